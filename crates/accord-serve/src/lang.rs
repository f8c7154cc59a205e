//! The language of each answer: `?lang=` (the page's picker, or an API client's choice), else
//! the request's `Accept-Language`, else the server's own (`--lang`, the configuration's
//! `lang`, the locale it was started in). Nothing is remembered between requests: the page
//! keeps its choice in its address, never in a cookie.
//!
//! [`layer`] chooses it for every request (handlers read it as an `Extension<Lang>`) and
//! writes every problem in it.

use std::sync::Arc;

use accord_core::lang::{Lang, from_accept_language};
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderValue, header};
use axum::middleware::Next;
use axum::response::Response;

use crate::Shared;
use crate::problem::{Problem, say};

/// The language a `lang` value names, written as the API documents it: a tag whose primary
/// subtag is an offered language's, in lowercase (`fr`, `fr-HT`, `es-PE`), or `qps-ploc` (the
/// pseudo-language, for tests).
pub fn from_param(value: &str) -> Option<Lang> {
    let mut subtags = value.split('-');
    let primary = subtags.next()?;
    if value == accord_plugin::l10n::PSEUDO {
        return Lang::from_tag(value);
    }
    let lang = Lang::offered().find(|l| l.tag() == primary)?;
    subtags
        .all(|s| (1..=8).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_alphanumeric()))
        .then_some(lang)
}

/// The pattern of a `lang` value, as the OpenAPI document gives it.
pub fn param_pattern() -> String {
    let offered: Vec<&str> = Lang::offered().map(Lang::tag).collect();
    format!(
        "^(({})(-[A-Za-z0-9]{{1,8}})*|{})$",
        offered.join("|"),
        accord_plugin::l10n::PSEUDO
    )
}

/// `?lang=`, then `Accept-Language`, then `default`. A `lang` that names no language Accord
/// speaks is passed over here (the API's routes and the page's form refuse it themselves; the
/// page's address ignores it).
pub fn negotiate(query: Option<&str>, headers: &HeaderMap, default: Lang) -> Lang {
    let asked = query
        .and_then(|q| serde_urlencoded::from_str::<Vec<(String, String)>>(q).ok())
        .and_then(|pairs| crate::negotiate::param(&pairs, "lang").and_then(from_param));
    asked
        .or_else(|| {
            headers
                .get_all(header::ACCEPT_LANGUAGE)
                .iter()
                .filter_map(|v| v.to_str().ok())
                .find_map(from_accept_language)
        })
        .unwrap_or(default)
}

/// Chooses the request's language, hands it to the handler, and writes a problem in it.
/// Every answer varies with `Accept-Language`.
pub async fn layer(
    State(shared): State<Arc<Shared>>,
    mut request: Request,
    next: Next,
) -> Response {
    let lang = negotiate(
        request.uri().query(),
        request.headers(),
        shared.default_lang(),
    );
    request.extensions_mut().insert(lang);
    let mut response = next.run(request).await;
    if let Some(problem) = response.extensions_mut().remove::<Problem>() {
        let lang = problem.lang(lang);
        *response.body_mut() = Body::from(problem.body(lang));
        let headers = response.headers_mut();
        headers.remove(header::CONTENT_LENGTH);
        set_language(headers, lang);
    }
    response
        .headers_mut()
        .append(header::VARY, HeaderValue::from_static("accept-language"));
    response
}

/// `Content-Language` for an answer written in `lang`.
pub fn set_language(headers: &mut HeaderMap, lang: Lang) {
    if let Ok(value) = HeaderValue::from_str(lang.tag()) {
        headers.insert(header::CONTENT_LANGUAGE, value);
    }
}

/// The language a route that takes `?lang=` answers in: the one asked, or a 400 naming the
/// languages there are; without `lang`, the one negotiated.
pub fn chosen(param: Option<&str>, negotiated: Lang) -> Result<Lang, Problem> {
    match param {
        None => Ok(negotiated),
        Some(value) => from_param(value).ok_or_else(|| {
            let tags: Vec<String> = Lang::offered()
                .map(|l| format!("`{}` ({})", l.tag(), l.name()))
                .collect();
            Problem::bad_request(say!("serve-problem-lang", tag = value))
                .help(say!("serve-problem-lang-help", tags = tags.join(", ")))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(lang: Option<Lang>) -> Option<&'static str> {
        lang.map(Lang::tag)
    }

    #[test]
    fn a_lang_value_is_a_tag_of_an_offered_language() {
        assert_eq!(tag(from_param("fr")), Some("fr"));
        assert_eq!(tag(from_param("fr-HT")), Some("fr"));
        assert_eq!(tag(from_param("es-419")), Some("es"));
        assert_eq!(tag(from_param("qps-ploc")), Some("qps-ploc"));
        for refused in [
            "",
            "de",
            "FR",
            "fr_HT",
            "fr-",
            "fr-toolongtag",
            " fr",
            "qps",
            "en-é",
        ] {
            assert_eq!(from_param(refused), None, "{refused:?}");
        }
        let pattern = param_pattern();
        assert_eq!(pattern, "^((en|fr|es)(-[A-Za-z0-9]{1,8})*|qps-ploc)$");
    }

    #[test]
    fn the_query_wins_then_accept_language_then_the_server() {
        let es = Lang::from_tag("es").expect("Spanish");
        let mut headers = HeaderMap::new();
        assert_eq!(negotiate(None, &headers, es), es);
        headers.insert(
            header::ACCEPT_LANGUAGE,
            HeaderValue::from_static("fr-FR,fr;q=0.9,en;q=0.5"),
        );
        assert_eq!(negotiate(None, &headers, es).tag(), "fr");
        assert_eq!(negotiate(Some("lang=en"), &headers, es).tag(), "en");
        assert_eq!(
            negotiate(Some("profile=x&lang=es-PE"), &headers, es).tag(),
            "es"
        );
        // A language Accord does not speak is passed over.
        assert_eq!(negotiate(Some("lang=de"), &headers, es).tag(), "fr");
        headers.insert(header::ACCEPT_LANGUAGE, HeaderValue::from_static("de, ja"));
        assert_eq!(negotiate(None, &headers, es), es);
    }

    #[test]
    fn an_unknown_lang_is_refused_with_the_languages_there_are() {
        assert_eq!(chosen(None, Lang::EN).ok(), Some(Lang::EN));
        assert_eq!(chosen(Some("es"), Lang::EN).ok().map(Lang::tag), Some("es"));
        let refused = chosen(Some("de"), Lang::EN).expect_err("400");
        assert_eq!(refused.status, 400);
        assert_eq!(
            refused.detail(Lang::EN),
            "Accord does not speak the language `de`"
        );
        let help = refused.help_text(Lang::EN).expect("help");
        assert!(help.contains("`fr` (français)"), "{help}");
    }
}
