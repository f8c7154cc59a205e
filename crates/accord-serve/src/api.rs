//! The JSON API under `/v1`, and `/healthz`.

use std::sync::Arc;

use accord_core::Engine;
use accord_core::lang::Lang;
use accord_core::load::Format;
use accord_core::profile::ReportDetail;
use accord_plugin::Date;
use accord_render::FormatInfo;
use axum::Extension;
use axum::body::Body;
use axum::extract::{Path, RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;
use tokio::time::Instant;

use crate::negotiate::{self, REPORT_FORMATS, param};
use crate::problem::{Problem, code_list, say};
use crate::{Shared, lang, work};

/// The report formats of `POST /v1/audit`, in the order `Accept` ties are broken.
pub fn report_formats() -> Vec<&'static FormatInfo> {
    REPORT_FORMATS
        .iter()
        .filter_map(|name| accord_render::format(name))
        .collect()
}

/// A body with its media type.
pub fn document(media_type: &'static str, body: impl Into<Body>) -> Response {
    (
        [(header::CONTENT_TYPE, HeaderValue::from_static(media_type))],
        body.into(),
    )
        .into_response()
}

/// One charter's report in `info`'s format, as `accord audit --format NAME --lang TAG` writes
/// it for that one charter, audited on `date`, in `lang`.
pub fn render_audit(
    engine: &Engine,
    date: Date,
    lang: Lang,
    name: &str,
    format: Format,
    bytes: Vec<u8>,
    info: &FormatInfo,
) -> Vec<u8> {
    let audit = engine.audit_bytes_as(date, lang, name, format, bytes);
    let mut run = engine.run().clone();
    run.audit_date = date.to_string();
    // The summary line and the HTML page's `lang` follow the reader, not the server.
    run.lang = lang;
    let ctx = accord_render::Context {
        catalogue: engine.catalogue_in(lang),
        run: &run,
        full: engine.settings().profile.report_detail == ReportDetail::Full,
        colour: false,
        baseline: false,
        batch: false,
        summary_only: false,
        statistics: false,
    };
    accord_render::render_one(info.format, &audit, &ctx)
}

/// `POST /v1/audit`: the charter in the body, its report in the format `Accept` asks for, in
/// the language `?lang=` or `Accept-Language` asks for.
pub async fn audit(
    State(shared): State<Arc<Shared>>,
    Extension(negotiated): Extension<Lang>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    let deadline = Instant::now() + shared.timeout;
    let params = negotiate::query(query.as_deref(), &["profile", "filename", "today", "lang"])?;
    let lang = lang::chosen(param(&params, "lang"), negotiated)?;
    let engine = shared.engine(param(&params, "profile"))?;
    let format = negotiate::charter_format(&headers)?;
    let formats = report_formats();
    let offers: Vec<&str> = formats.iter().map(|f| f.media_type).collect();
    let info = formats[negotiate::accepted(&headers, &offers)?];
    let date = match param(&params, "today") {
        Some(text) => negotiate::date(text)?,
        None => accord_core::engine::today(),
    };
    let name = negotiate::filename(param(&params, "filename"), format)?;
    let bytes = work::body(body, &headers, shared.body_limit, deadline).await?;
    let rendered = work::blocking(&shared, deadline, move |s| {
        render_audit(
            &s.engines[engine],
            date,
            lang,
            &name,
            format,
            bytes.into(),
            info,
        )
    })
    .await?;
    Ok(in_language(document(info.media_type, rendered), lang))
}

/// An answer written in `lang`.
fn in_language(mut response: Response, lang: Lang) -> Response {
    lang::set_language(response.headers_mut(), lang);
    response
}

/// `POST /v1/validate`: the charter's structure only, as `accord validate --format json`.
pub async fn validate(
    State(shared): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
    body: Body,
) -> Result<Response, Problem> {
    let deadline = Instant::now() + shared.timeout;
    let params = negotiate::query(query.as_deref(), &["filename"])?;
    let format = negotiate::charter_format(&headers)?;
    negotiate::accepted(&headers, &["application/json"])?;
    let name = negotiate::filename(param(&params, "filename"), format)?;
    let bytes = work::body(body, &headers, shared.body_limit, deadline).await?;
    let line = work::blocking(&shared, deadline, move |s| {
        let checked = s.engines[0].validate_bytes(&name, format, bytes.into());
        accord_render::validation::json_line(&checked).to_string()
    })
    .await?;
    Ok(document("application/json", line))
}

/// `GET /v1/rules`: every rule of a profile, as `accord rules --format json` lists them.
pub async fn rules(
    State(shared): State<Arc<Shared>>,
    Extension(negotiated): Extension<Lang>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let params = negotiate::query(query.as_deref(), &["profile", "lang"])?;
    let lang = lang::chosen(param(&params, "lang"), negotiated)?;
    let engine = &shared.engines[shared.engine(param(&params, "profile"))?];
    negotiate::accepted(&headers, &["application/json"])?;
    let rules: Vec<_> = engine
        .catalogue_in(lang)
        .iter()
        .map(accord_render::explain::listing)
        .collect();
    Ok(in_language(
        document(
            "application/json",
            serde_json::Value::from(rules).to_string(),
        ),
        lang,
    ))
}

/// `GET /v1/rules/{id}`: what `accord explain` prints, or the same in Markdown.
pub async fn rule(
    State(shared): State<Arc<Shared>>,
    Extension(negotiated): Extension<Lang>,
    Path(id): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    let params = negotiate::query(query.as_deref(), &["profile", "lang"])?;
    let lang = lang::chosen(param(&params, "lang"), negotiated)?;
    let engine = &shared.engines[shared.engine(param(&params, "profile"))?];
    let offers = ["text/plain; charset=utf-8", "text/markdown; charset=utf-8"];
    let chosen = negotiate::accepted(&headers, &offers)?;
    let rules = engine.catalogue_in(lang);
    let Some(rule) = rules.get(&id) else {
        let help = match rules.closest(&id) {
            Some(c) => say!("serve-problem-rule-closest", closest = c),
            None => say!("serve-problem-rule-help"),
        };
        return Err(Problem::new(
            StatusCode::NOT_FOUND,
            say!("serve-problem-rule", id = id.as_str()),
        )
        .help(help));
    };
    let explained = match chosen {
        0 => document(offers[0], accord_render::explain::text(rule)),
        _ => document(offers[1], accord_render::explain::markdown(rule)),
    };
    Ok(in_language(explained, lang))
}

/// `GET /v1/schemas/{name}`: a bundled JSON Schema, as `accord schema NAME` prints it.
pub async fn schema(
    Path(name): Path<String>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    negotiate::query(query.as_deref(), &[])?;
    let offers = ["application/schema+json", "application/json"];
    let chosen = negotiate::accepted(&headers, &offers)?;
    let Some(text) = accord_core::schemas::text(&name) else {
        let names = code_list(accord_core::schemas::SCHEMAS.iter().map(|(n, _)| n));
        return Err(Problem::new(
            StatusCode::NOT_FOUND,
            say!("serve-problem-schema", name = name.as_str()),
        )
        .help(say!("serve-problem-schema-help", names = names)));
    };
    Ok(document(offers[chosen], text))
}

/// `GET /v1/openapi.json`: this API's description.
pub async fn openapi(
    State(shared): State<Arc<Shared>>,
    RawQuery(query): RawQuery,
    headers: HeaderMap,
) -> Result<Response, Problem> {
    negotiate::query(query.as_deref(), &[])?;
    negotiate::accepted(&headers, &["application/json"])?;
    Ok(document("application/json", shared.openapi.clone()))
}

/// `GET /healthz`: the server is up, and with which profiles.
pub async fn health(State(shared): State<Arc<Shared>>) -> Response {
    let body = json!({
        "status": "ok",
        "version": env!("CARGO_PKG_VERSION"),
        "profiles": shared.profile_names().collect::<Vec<_>>(),
    });
    document("application/json", body.to_string())
}
