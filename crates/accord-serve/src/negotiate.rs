//! What a request asks for: the report format from `Accept`, the charter's format from
//! `Content-Type`, and the query parameters, each refused with a problem that says why.

use accord_core::load::Format;
use axum::http::{HeaderMap, StatusCode, header};

use crate::problem::{Problem, code_list, say};

/// The media types of the formats a report can be had in, in the server's order of preference
/// (the first is the default for `Accept: */*` or no `Accept`).
pub const REPORT_FORMATS: &[&str] = &["json", "html", "markdown", "sarif", "text"];

/// The essence of a media type (`text/html; charset=utf-8` → `text/html`), lowercased.
pub fn essence(media_type: &str) -> String {
    media_type
        .split(';')
        .next()
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
}

/// Picks one of `offers` (media types, in the server's order of preference) for the request's
/// `Accept` header (RFC 9110 §12.5.1): the offer with the highest quality, where each offer's
/// quality is that of the most specific range matching it; ties go to the earlier offer.
/// `None` when the client accepts none of them.
pub fn choose(headers: &HeaderMap, offers: &[&str]) -> Option<usize> {
    let accept: Vec<&str> = headers
        .get_all(header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if accept.iter().all(|v| v.trim().is_empty()) {
        return (!offers.is_empty()).then_some(0);
    }
    let ranges: Vec<(String, u16)> = accept
        .iter()
        .flat_map(|v| v.split(','))
        .filter_map(range)
        .collect();
    let mut best: Option<(usize, u16)> = None;
    for (i, offer) in offers.iter().enumerate() {
        let offer = essence(offer);
        let quality = ranges
            .iter()
            .filter_map(|(r, q)| specificity(r, &offer).map(|s| (s, *q)))
            .max_by_key(|(s, _)| *s)
            .map_or(0, |(_, q)| q);
        if quality > 0 && best.is_none_or(|(_, q)| quality > q) {
            best = Some((i, quality));
        }
    }
    best.map(|(i, _)| i)
}

/// One media range and its quality in thousandths; `None` for an empty or malformed range.
fn range(text: &str) -> Option<(String, u16)> {
    let mut parts = text.split(';');
    let media = parts.next()?.trim().to_ascii_lowercase();
    if !media.contains('/') {
        return None;
    }
    let mut quality = 1000;
    for param in parts {
        if let Some((name, value)) = param.split_once('=')
            && name.trim().eq_ignore_ascii_case("q")
        {
            quality = value
                .trim()
                .parse::<f32>()
                .ok()
                .filter(|q| (0.0..=1.0).contains(q))
                .map_or(0, |q| (q * 1000.0).round() as u16);
        }
    }
    Some((media, quality))
}

/// How specifically `range` matches `offer` (2: exactly, 1: `type/*`, 0: `*/*`).
fn specificity(range: &str, offer: &str) -> Option<u8> {
    if range == offer {
        return Some(2);
    }
    if range == "*/*" {
        return Some(0);
    }
    let (kind, sub) = range.split_once('/')?;
    (sub == "*" && offer.split_once('/').is_some_and(|(k, _)| k == kind)).then_some(1)
}

/// The index of the offer `Accept` picks ([`choose`]), or a 406.
pub fn accepted(headers: &HeaderMap, offers: &[&str]) -> Result<usize, Problem> {
    choose(headers, offers).ok_or_else(|| not_acceptable(offers))
}

/// A 406 naming what the client may ask for.
fn not_acceptable(offers: &[&str]) -> Problem {
    Problem::new(
        StatusCode::NOT_ACCEPTABLE,
        say!("serve-problem-not-acceptable"),
    )
    .help(say!(
        "serve-problem-not-acceptable-help",
        types = code_list(offers.iter().map(|o| essence(o)))
    ))
}

/// The charter's format from `Content-Type`: `application/toml` or `application/json`.
pub fn charter_format(headers: &HeaderMap) -> Result<Format, Problem> {
    let given = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(essence);
    match given.as_deref() {
        Some("application/toml") => Ok(Format::Toml),
        Some("application/json") => Ok(Format::Json),
        other => Err(Problem::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            match other {
                Some(t) => say!("serve-problem-content-type", media = t),
                None => say!("serve-problem-no-content-type"),
            },
        )
        .help(say!("serve-problem-content-type-help"))),
    }
}

pub fn extension(format: Format) -> &'static str {
    match format {
        Format::Toml => "toml",
        Format::Json => "json",
    }
}

/// The query parameters, each at most once; any name outside `allowed` is refused.
pub fn query(raw: Option<&str>, allowed: &[&str]) -> Result<Vec<(String, String)>, Problem> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_str(raw.unwrap_or_default())
        .map_err(|e| {
            Problem::bad_request(say!("serve-problem-query-malformed", error = e.to_string()))
        })?;
    for (i, (name, _)) in pairs.iter().enumerate() {
        if !allowed.contains(&name.as_str()) {
            let help = if allowed.is_empty() {
                say!("serve-problem-query-none-help")
            } else {
                say!("serve-problem-query-help", names = code_list(allowed))
            };
            return Err(
                Problem::bad_request(say!("serve-problem-query-unknown", name = name)).help(help),
            );
        }
        if pairs[..i].iter().any(|(n, _)| n == name) {
            return Err(Problem::bad_request(say!(
                "serve-problem-query-twice",
                name = name
            )));
        }
    }
    Ok(pairs)
}

/// The value of one query parameter of [`query`]'s.
pub fn param<'a>(params: &'a [(String, String)], name: &str) -> Option<&'a str> {
    params
        .iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

/// The date of `?today=`, with the command line's sentence when it is not one.
pub fn date(text: &str) -> Result<accord_plugin::Date, Problem> {
    accord_plugin::Date::parse(text).ok_or_else(|| {
        Problem::bad_request(say!("serve-problem-date", text = text))
            .help(say!("serve-problem-date-help"))
    })
}

/// The longest name `?filename=` may give.
const MAX_FILENAME: usize = 255;

/// A name a report may carry: 1 to 255 characters, none of them a control character.
pub fn is_valid_name(name: &str) -> bool {
    !name.is_empty() && name.chars().count() <= MAX_FILENAME && !name.chars().any(char::is_control)
}

/// The reported name of a charter: `?filename=`, else `charter.toml` or `charter.json`. The
/// `Content-Type` alone gives the format, whatever the name's extension says.
pub fn filename(given: Option<&str>, format: Format) -> Result<String, Problem> {
    match given {
        None => Ok(format!("charter.{}", extension(format))),
        Some(name) if is_valid_name(name) => Ok(name.to_owned()),
        Some(_) => Err(Problem::bad_request(say!(
            "serve-problem-filename",
            max = MAX_FILENAME
        ))),
    }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::ACCEPT,
            HeaderValue::from_str(value).expect("header"),
        );
        headers
    }

    const OFFERS: &[&str] = &[
        "application/json",
        "text/html; charset=utf-8",
        "text/markdown",
    ];

    #[test]
    fn accept_picks_the_best_quality_then_the_servers_order() {
        assert_eq!(choose(&HeaderMap::new(), OFFERS), Some(0));
        assert_eq!(choose(&accept("*/*"), OFFERS), Some(0));
        assert_eq!(choose(&accept("text/html"), OFFERS), Some(1));
        assert_eq!(choose(&accept("text/*"), OFFERS), Some(1));
        assert_eq!(
            choose(&accept("TEXT/Markdown; charset=utf-8"), OFFERS),
            Some(2)
        );
        assert_eq!(
            choose(&accept("text/html;q=0.5, text/markdown;q=0.9"), OFFERS),
            Some(2)
        );
        // The most specific range decides: text/html is refused although text/* is welcome.
        assert_eq!(choose(&accept("text/*, text/html;q=0"), OFFERS), Some(2));
        assert_eq!(
            choose(&accept("*/*;q=0.1, application/json;q=0"), OFFERS),
            Some(1)
        );
        assert_eq!(choose(&accept("image/png"), OFFERS), None);
        assert_eq!(choose(&accept("nonsense"), OFFERS), None);
        assert_eq!(choose(&accept("application/json;q=2"), OFFERS), None);
    }

    #[test]
    fn content_type_gives_the_charter_format() {
        let with = |t: &str| {
            let mut h = HeaderMap::new();
            h.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_str(t).expect("header"),
            );
            charter_format(&h)
        };
        assert_eq!(with("application/toml").ok(), Some(Format::Toml));
        assert_eq!(
            with("Application/JSON; charset=utf-8").ok(),
            Some(Format::Json)
        );
        let refused = with("text/plain").expect_err("415");
        assert_eq!(refused.status, 415);
        let detail = refused.detail(accord_core::lang::Lang::EN);
        assert!(detail.contains("`text/plain`"), "{detail}");
        assert_eq!(
            charter_format(&HeaderMap::new()).expect_err("415").status,
            415
        );
    }

    #[test]
    fn a_filename_is_only_a_name() {
        assert_eq!(
            filename(None, Format::Json).ok().as_deref(),
            Some("charter.json")
        );
        assert_eq!(
            filename(Some("a/b.toml"), Format::Toml).ok().as_deref(),
            Some("a/b.toml")
        );
        assert_eq!(
            filename(Some("draft"), Format::Toml).ok().as_deref(),
            Some("draft")
        );
        // The Content-Type wins: the name is reported as given.
        assert_eq!(
            filename(Some("b.json"), Format::Toml).ok().as_deref(),
            Some("b.json")
        );
        assert!(filename(Some(&"x".repeat(256)), Format::Toml).is_err());
        assert!(filename(Some("a\u{85}b"), Format::Toml).is_err());
        assert!(filename(Some("a\nb"), Format::Toml).is_err());
        assert!(filename(Some(""), Format::Toml).is_err());
    }

    #[test]
    fn queries_take_each_known_name_once() {
        let q = query(Some("profile=a&today=2026-01-01"), &["profile", "today"]).expect("ok");
        assert_eq!(q.len(), 2);
        let unknown = query(Some("profle=a"), &["profile"]).expect_err("400");
        assert_eq!(
            unknown.detail(accord_core::lang::Lang::EN),
            "there is no query parameter `profle`"
        );
        assert!(query(Some("profile=a&profile=b"), &["profile"]).is_err());
        assert!(query(None, &[]).expect("empty").is_empty());
    }

    /// What the page and the form do with pasted text: JSON when it starts with `{` (a charter
    /// is an object; TOML cannot start so), else TOML.
    #[test]
    fn pasted_text_is_sniffed() {
        let sniff = Format::sniff;
        assert_eq!(sniff(b"  \n{\"a\": 1}"), Format::Json);
        assert_eq!(sniff("\u{feff}{}".as_bytes()), Format::Json);
        assert_eq!(sniff(b"# comment\n[partnership]"), Format::Toml);
        assert_eq!(sniff(b"[partnership]\nid = 1"), Format::Toml);
        assert_eq!(sniff(b""), Format::Toml);
    }
}
