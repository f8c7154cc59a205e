//! The self-audit page (`GET /`, its script, style sheet and icon, and the starter), and
//! `POST /`: the page's form without a script, which answers with the report itself.
//!
//! The page is static but for the profile picker; everything else comes from the API. Its
//! policy allows only what it needs: its own script and style sheet, and requests to this
//! server.

use std::sync::Arc;

use accord_core::lang::Lang;
use accord_core::load::Format;
use askama::Template;
use axum::Extension;
use axum::body::{Body, Bytes};
use axum::extract::{FromRequest, Multipart, RawQuery, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::Response;
use tokio::time::Instant;

use crate::api::{document, render_audit};
use crate::negotiate::{self, extension};
use crate::problem::{Problem, say};
use crate::texts::{self, PageTexts};
use crate::{Shared, lang, work};

/// What the page may load: its own script and style sheet, requests to this server, and its
/// icon; it may be framed by nothing and post its form only here.
pub const PAGE_CSP: &str = "default-src 'none'; script-src 'self'; style-src 'self'; \
     img-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; \
     frame-ancestors 'none'";

pub const SCRIPT: &str = include_str!("../assets/page.js");
pub const STYLE: &str = include_str!("../assets/page.css");
pub const ICON: &str = include_str!("../assets/favicon.svg");

#[derive(Template)]
#[template(path = "page.html")]
struct Page<'a> {
    lang: &'a str,
    t: &'a PageTexts,
    version: &'a str,
    languages: Vec<LanguageOption>,
    profiles: Vec<&'a str>,
    /// The texts of every language of the picker as JSON, safe inside a `<script>` element.
    texts: String,
}

/// One language of the picker.
struct LanguageOption {
    tag: &'static str,
    name: String,
    selected: bool,
}

/// `GET /`: the page in the language negotiated (`?lang=`, `Accept-Language`, the server's).
pub async fn index(
    State(shared): State<Arc<Shared>>,
    Extension(lang): Extension<Lang>,
) -> Result<Response, Problem> {
    let t = PageTexts::new(lang);
    let page = Page {
        lang: lang.tag(),
        t: &t,
        version: env!("CARGO_PKG_VERSION"),
        languages: texts::picker(lang)
            .into_iter()
            .map(|l| LanguageOption {
                tag: l.tag(),
                name: texts::display_name(l),
                selected: l == lang,
            })
            .collect(),
        profiles: shared.profile_names().collect(),
        texts: texts::json(lang),
    };
    let html = page.render().map_err(|e| {
        Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            say!("serve-problem-page", error = e.to_string()),
        )
    })?;
    let mut response = document("text/html; charset=utf-8", html);
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(PAGE_CSP),
    );
    lang::set_language(response.headers_mut(), lang);
    Ok(response)
}

pub async fn script() -> Response {
    document("text/javascript; charset=utf-8", SCRIPT)
}

pub async fn style() -> Response {
    document("text/css; charset=utf-8", STYLE)
}

pub async fn icon() -> Response {
    document("image/svg+xml", ICON)
}

/// `GET /starter.toml`: what `accord init charter.toml` writes, in `?lang=` (the page asks for
/// its own), else the language negotiated.
pub async fn starter(
    Extension(negotiated): Extension<Lang>,
    RawQuery(query): RawQuery,
) -> Result<Response, Problem> {
    let params = negotiate::query(query.as_deref(), &["lang"])?;
    let lang = lang::chosen(negotiate::param(&params, "lang"), negotiated)?;
    let mut response = document(
        "application/toml; charset=utf-8",
        accord_core::starter::for_file("charter.toml", lang),
    );
    response.headers_mut().insert(
        header::CONTENT_DISPOSITION,
        HeaderValue::from_static("inline; filename=\"charter.toml\""),
    );
    lang::set_language(response.headers_mut(), accord_core::starter::language(lang));
    Ok(response)
}

/// The fields of the page's form.
#[derive(Default)]
struct Form {
    charter: Option<Bytes>,
    /// An opened file: its name and bytes (when one was chosen).
    file: Option<(String, Bytes)>,
    profile: Option<String>,
    /// The page's language (its picker's choice, or the one it was served in).
    lang: Option<String>,
    download: Option<String>,
}

/// `POST /` (the form, urlencoded or multipart): the report in HTML, or with `download`, the
/// report as a file in that format, in the form's `lang` (else the language negotiated).
pub async fn form(
    State(shared): State<Arc<Shared>>,
    Extension(negotiated): Extension<Lang>,
    request: Request,
) -> Result<Response, Problem> {
    let deadline = Instant::now() + shared.timeout;
    let form = read_form(&shared, request, deadline).await?;
    let lang = lang::chosen(form.lang.as_deref(), negotiated)?;
    answer_form(&shared, form, lang, deadline)
        .await
        .map_err(|p| p.in_lang(lang))
}

async fn answer_form(
    shared: &Arc<Shared>,
    form: Form,
    lang: Lang,
    deadline: Instant,
) -> Result<Response, Problem> {
    let engine = shared.engine(form.profile.as_deref().filter(|p| !p.is_empty()))?;
    let (name, bytes, format) = match (form.file, form.charter) {
        (Some((name, bytes)), _) => {
            let format = Format::from_path(std::path::Path::new(&name))
                .unwrap_or_else(|| Format::sniff(&bytes));
            (name, bytes, format)
        }
        (None, Some(bytes)) => {
            let format = Format::sniff(&bytes);
            (format!("charter.{}", extension(format)), bytes, format)
        }
        (None, None) => (String::from("charter.toml"), Bytes::new(), Format::Toml),
    };
    if bytes.len() > shared.body_limit {
        return Err(work::too_large(Some(bytes.len() as u64), shared.body_limit));
    }
    let wanted = form.download.as_deref().unwrap_or("html");
    let info = match wanted {
        "html" | "markdown" | "json" => accord_render::format(wanted),
        _ => None,
    }
    .ok_or_else(|| {
        Problem::bad_request(say!("serve-problem-download", name = wanted))
            .help(say!("serve-problem-download-help"))
    })?;
    let date = accord_core::engine::today();
    let report_name = name.clone();
    let rendered = work::blocking(shared, deadline, move |s| {
        render_audit(
            &s.engines[engine],
            date,
            lang,
            &report_name,
            format,
            bytes.into(),
            info,
        )
    })
    .await?;
    let mut response = document(info.media_type, rendered);
    lang::set_language(response.headers_mut(), lang);
    if form.download.is_some() {
        let stem = std::path::Path::new(&name)
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or("charter");
        let safe: String = stem
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() || "-_.".contains(c) {
                    c
                } else {
                    '_'
                }
            })
            .collect();
        let ext = if info.name == "markdown" {
            "md"
        } else {
            info.name
        };
        if let Ok(value) =
            HeaderValue::from_str(&format!("attachment; filename=\"{safe}-report.{ext}\""))
        {
            response
                .headers_mut()
                .insert(header::CONTENT_DISPOSITION, value);
        }
    }
    Ok(response)
}

/// A urlencoded form may be three times the size of its text; a multipart one a little over.
fn form_limit(shared: &Shared) -> usize {
    shared
        .body_limit
        .saturating_mul(3)
        .saturating_add(64 * 1024)
}

async fn read_form(shared: &Shared, request: Request, deadline: Instant) -> Result<Form, Problem> {
    let media = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(negotiate::essence)
        .unwrap_or_default();
    let (parts, body) = request.into_parts();
    let bytes = work::body(body, &parts.headers, form_limit(shared), deadline).await?;
    let mut form = Form::default();
    match media.as_str() {
        "application/x-www-form-urlencoded" => {
            let fields: Vec<(String, String)> =
                serde_urlencoded::from_bytes(&bytes).map_err(|e| malformed(e.to_string()))?;
            for (name, value) in fields {
                form.set(&name, None, Bytes::from(value))?;
            }
        }
        "multipart/form-data" => {
            let request = Request::from_parts(parts, Body::from(bytes));
            let mut multipart = Multipart::from_request(request, &())
                .await
                .map_err(|e| malformed(e.body_text()))?;
            while let Some(field) = multipart
                .next_field()
                .await
                .map_err(|e| malformed(e.body_text()))?
            {
                let name = field.name().unwrap_or_default().to_owned();
                let file_name = field.file_name().map(str::to_owned);
                let value = field.bytes().await.map_err(|e| malformed(e.body_text()))?;
                form.set(&name, file_name, value)?;
            }
        }
        other => {
            return Err(Problem::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                say!("serve-problem-form-type", media = other),
            )
            .help(say!("serve-problem-form-type-help")));
        }
    }
    Ok(form)
}

/// A 400 for a form that cannot be read, with the parser's words.
fn malformed(error: String) -> Problem {
    Problem::bad_request(say!("serve-problem-form-malformed", error = error))
}

impl Form {
    fn set(&mut self, name: &str, file_name: Option<String>, value: Bytes) -> Result<(), Problem> {
        let text = || String::from_utf8_lossy(&value).into_owned();
        match name {
            "charter" => self.charter = Some(value.clone()),
            // A file input left empty still sends a part, with no name and no bytes.
            "file" => {
                if let Some(file_name) = file_name.filter(|n| !n.is_empty()) {
                    // Browsers send the bare name; keep only that whatever a client sends.
                    let base = file_name.rsplit(['/', '\\']).next().unwrap_or_default();
                    let base = if negotiate::is_valid_name(base) {
                        base.to_owned()
                    } else {
                        format!("charter.{}", extension(Format::sniff(&value)))
                    };
                    self.file = Some((base, value.clone()));
                }
            }
            "profile" => self.profile = Some(text()),
            "lang" => self.lang = Some(text()),
            "download" => self.download = Some(text()),
            _ => {
                return Err(
                    Problem::bad_request(say!("serve-problem-form-field", name = name))
                        .help(say!("serve-problem-form-field-help")),
                );
            }
        }
        Ok(())
    }
}
