//! The routes in process: every route and method, every `Accept`, the limits, the problems,
//! the page's policy and texts, and the OpenAPI document against the route table.

use std::collections::BTreeSet;
use std::time::Duration;

use accord_core::Engine;
use accord_core::lang::Lang;
use accord_core::load::{Format, Limits};
use accord_core::pack::Pack;
use accord_core::plugin::PluginSet;
use accord_plugin::Date;
use axum::Router;
use axum::body::Body;
use axum::http::{HeaderMap, Method, Request, StatusCode, header};
use http_body_util::BodyExt;
use serde_json::Value;
use tower::ServiceExt;

use crate::routes::ROUTES;
use crate::{App, Config};

const WATER: &str = include_str!("../../../examples/charters/water-programme.toml");
const INVALID: &str = include_str!("../../../tests/fixtures/invalid/several-errors.toml");
const DATE: &str = "2026-11-27";

fn engine(profile: &str, max_file_size: u64) -> Engine {
    let schema = accord_core::schemas::compile("pack").expect("pack schema");
    let core = Pack::built_in("core", &schema)
        .expect("core is built in")
        .expect("core is valid");
    let settings = accord_core::Settings {
        profile: accord_core::profile::Profile::built_in(profile).expect("built-in profile"),
        limits: Limits {
            max_file_size,
            ..Limits::default()
        },
        audit_date: Date::parse(DATE).expect("date"),
        ..accord_core::Settings::default()
    };
    Engine::new(settings, PluginSet::empty(), vec![core]).expect("engine")
}

fn config() -> Config {
    Config {
        engines: vec![
            engine("default", 4 * 1024 * 1024),
            engine("self-audit", 4 * 1024 * 1024),
        ],
        request_timeout: Duration::from_secs(30),
        max_audits: 2,
        log: false,
    }
}

fn app() -> Router {
    router(config(), true)
}

fn router(config: Config, loopback: bool) -> Router {
    App::new(config)
        .expect("app")
        .router(loopback)
        .expect("a router")
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    body: Vec<u8>,
}

impl Answer {
    fn text(&self) -> String {
        String::from_utf8(self.body.clone()).expect("UTF-8 body")
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body)
            .unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.text()))
    }

    fn content_type(&self) -> &str {
        self.headers
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }

    /// A problem's `detail`, after checking it is one with this status.
    fn problem(&self, status: u16) -> String {
        assert_eq!(self.status.as_u16(), status, "{}", self.text());
        assert_eq!(self.content_type(), "application/problem+json");
        let p = self.json();
        assert_eq!(p["status"], status);
        assert!(p["title"].is_string());
        p["detail"].as_str().expect("a detail").to_owned()
    }
}

/// A request builder with a loopback `Host`, as a browser on this machine sends.
fn request(method: Method, uri: &str) -> axum::http::request::Builder {
    Request::builder()
        .method(method)
        .uri(uri)
        .header(header::HOST, "127.0.0.1:8080")
}

/// Sending a request as built, in one call.
trait Sending {
    /// With no body.
    async fn send(self, router: &Router) -> Answer;
    /// With `body`.
    async fn send_with(self, router: &Router, body: impl Into<Body>) -> Answer;
}

impl Sending for axum::http::request::Builder {
    async fn send(self, router: &Router) -> Answer {
        self.send_with(router, Body::empty()).await
    }

    async fn send_with(self, router: &Router, body: impl Into<Body>) -> Answer {
        let request = self.body(body.into()).expect("request");
        let response = router
            .clone()
            .oneshot(request)
            .await
            .expect("the router is infallible");
        let (parts, body) = response.into_parts();
        let body = body.collect().await.expect("a body").to_bytes().to_vec();
        Answer {
            status: parts.status,
            headers: parts.headers,
            body,
        }
    }
}

async fn get(router: &Router, uri: &str) -> Answer {
    request(Method::GET, uri).send(router).await
}

async fn post(router: &Router, uri: &str, content_type: &str, accept: &str, body: &str) -> Answer {
    let mut r = request(Method::POST, uri).header(header::CONTENT_TYPE, content_type);
    if !accept.is_empty() {
        r = r.header(header::ACCEPT, accept);
    }
    r.send_with(router, body.to_owned()).await
}

/// The report of `text` as the renderer gives it for one charter, on the test's date.
fn expected(format: &str, text: &str, name: &str, profile: &str) -> Vec<u8> {
    expected_in(Lang::EN, format, text, name, profile)
}

/// The same, in `lang`.
fn expected_in(lang: Lang, format: &str, text: &str, name: &str, profile: &str) -> Vec<u8> {
    let engine = engine(profile, 4 * 1024 * 1024);
    let info = accord_render::format(format).expect("format");
    crate::api::render_audit(
        &engine,
        Date::parse(DATE).expect("date"),
        lang,
        name,
        Format::Toml,
        text.as_bytes().to_vec(),
        info,
    )
}

#[tokio::test]
async fn every_accept_gets_its_format_of_the_same_report() {
    let app = app();
    let uri = format!("/v1/audit?today={DATE}&filename=water.toml");
    for (accept, format, media) in [
        ("", "json", "application/json"),
        ("*/*", "json", "application/json"),
        ("application/json", "json", "application/json"),
        ("text/html", "html", "text/html; charset=utf-8"),
        ("text/markdown", "markdown", "text/markdown; charset=utf-8"),
        ("application/sarif+json", "sarif", "application/sarif+json"),
        ("text/plain", "text", "text/plain; charset=utf-8"),
        (
            "text/html;q=0.5, text/markdown",
            "markdown",
            "text/markdown; charset=utf-8",
        ),
    ] {
        let answer = post(&app, &uri, "application/toml", accept, WATER).await;
        assert_eq!(answer.status, StatusCode::OK, "{accept}: {}", answer.text());
        assert_eq!(answer.content_type(), media, "{accept}");
        assert_eq!(
            answer.body,
            expected(format, WATER, "water.toml", "default"),
            "{accept}"
        );
    }
    let report = post(&app, &uri, "application/toml", "", WATER).await.json();
    assert_eq!(report["charter"]["path"], "water.toml");
    assert_eq!(report["audit_date"], DATE);
    assert_eq!(report["status"], "audited");
    assert!(!report["findings"].as_array().expect("findings").is_empty());
    let refused = post(&app, &uri, "application/toml", "image/png", WATER).await;
    assert!(refused.problem(406).contains("`Accept`"));
    assert_eq!(
        refused.json()["help"],
        "accept one of `application/json`, `text/html`, `text/markdown`, \
         `application/sarif+json`, `text/plain`"
    );
}

#[tokio::test]
async fn the_query_chooses_profile_date_and_name() {
    let app = app();
    let answer = post(
        &app,
        "/v1/audit?profile=self-audit&today=2030-01-02",
        "application/toml",
        "",
        WATER,
    )
    .await;
    let report = answer.json();
    assert_eq!(report["profile"]["name"], "self-audit");
    assert_eq!(report["audit_date"], "2030-01-02");
    assert_eq!(report["charter"]["path"], "charter.toml");
    // Without `today`, the day of the request (the engine's own date is only the CLI's).
    let today = accord_core::engine::today().to_string();
    let report = post(&app, "/v1/audit", "application/toml", "", WATER)
        .await
        .json();
    assert_eq!(report["audit_date"], today);
    let json = serde_json::to_string(&serde_json::json!({"charter_version": 1})).expect("json");
    let report = post(&app, "/v1/audit", "application/json", "", &json)
        .await
        .json();
    assert_eq!(report["charter"]["path"], "charter.json");
}

#[tokio::test]
async fn an_invalid_charter_is_a_200_with_its_located_errors() {
    let app = app();
    for body in [INVALID, "not = [toml", "\u{0}\u{1}"] {
        let answer = post(&app, "/v1/audit", "application/toml", "", body).await;
        assert_eq!(answer.status, StatusCode::OK);
        let report = answer.json();
        assert_eq!(report["status"], "invalid");
        assert_eq!(report["verdict"], "invalid");
        let errors = report["errors"].as_array().expect("errors");
        assert!(!errors.is_empty());
        assert!(errors.iter().all(|e| e["line"].is_u64()), "{errors:?}");
    }
    let answer = post(&app, "/v1/validate", "application/toml", "", INVALID).await;
    let line = answer.json();
    assert_eq!(line["type"], "validation");
    assert_eq!(line["valid"], false);
    assert_eq!(line["path"], "charter.toml");
    let valid = post(
        &app,
        "/v1/validate?filename=w.toml",
        "application/toml",
        "",
        WATER,
    )
    .await;
    assert_eq!(valid.json()["valid"], true);
    assert_eq!(valid.json()["path"], "w.toml");
}

#[tokio::test]
async fn request_faults_are_problems_with_the_cli_sentences() {
    let app = app();
    let cases: &[(&str, &str, u16, &str)] = &[
        ("/v1/audit", "text/plain", 415, "`text/plain`"),
        (
            "/v1/audit?today=2026-02-30",
            "application/toml",
            400,
            "`2026-02-30` is not a date like 2026-01-31",
        ),
        (
            "/v1/audit?profile=nope",
            "application/toml",
            400,
            "there is no profile `nope` on this server",
        ),
        (
            "/v1/audit?profle=default",
            "application/toml",
            400,
            "there is no query parameter `profle`",
        ),
        (
            "/v1/audit?filename=",
            "application/toml",
            400,
            "the filename must be",
        ),
        (
            "/v1/audit?today=1&today=2",
            "application/toml",
            400,
            "given twice",
        ),
        (
            "/v1/validate?profile=default",
            "application/toml",
            400,
            "there is no query parameter `profile`",
        ),
    ];
    for (uri, content_type, status, sentence) in cases {
        let answer = post(&app, uri, content_type, "", WATER).await;
        let detail = answer.problem(*status);
        assert!(detail.contains(sentence), "{uri}: {detail}");
    }
    let unknown = post(
        &app,
        "/v1/audit?profile=nope",
        "application/toml",
        "",
        WATER,
    )
    .await;
    assert_eq!(
        unknown.json()["help"],
        "this server audits with `default`, `self-audit`"
    );
    let nothing = request(Method::POST, "/v1/audit")
        .send_with(&app, "x")
        .await;
    assert!(nothing.problem(415).contains("no `Content-Type`"));
}

#[tokio::test]
async fn a_body_over_the_charter_size_limit_is_a_413() {
    let mut config = config();
    config.engines = vec![engine("default", 1000)];
    let app = router(config, true);
    let big = "# padding\n".repeat(101);
    // With a Content-Length, in the command line's words.
    let answer = post(&app, "/v1/audit", "application/toml", "", &big).await;
    let detail = answer.problem(413);
    assert_eq!(
        detail,
        "the file is 1010 bytes, over the limit of 1000 bytes"
    );
    assert!(
        answer.json()["help"]
            .as_str()
            .expect("help")
            .contains("--max-file-size")
    );
    // Streamed without a length.
    let chunks: Vec<Result<String, std::io::Error>> = vec![Ok(big.clone()), Ok(big)];
    let answer = request(Method::POST, "/v1/audit")
        .header(header::CONTENT_TYPE, "application/toml")
        .send_with(&app, Body::from_stream(futures_util::stream::iter(chunks)))
        .await;
    assert_eq!(
        answer.problem(413),
        "the charter is over the limit of 1000 bytes"
    );
    // At the limit, an audit.
    let fits = "#".repeat(999) + "\n";
    assert_eq!(
        post(&app, "/v1/audit", "application/toml", "", &fits)
            .await
            .status,
        200
    );
}

/// The methods each route of the OpenAPI document answers.
fn documented() -> BTreeSet<(String, String)> {
    let doc: Value = serde_json::from_str(crate::OPENAPI).expect("openapi.json is JSON");
    assert_eq!(doc["openapi"], "3.1.0");
    let mut out = BTreeSet::new();
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for method in item.as_object().expect("a path item").keys() {
            out.insert((method.to_uppercase(), path.clone()));
        }
    }
    out
}

#[test]
fn the_openapi_document_describes_exactly_the_routes() {
    let routes: BTreeSet<(String, String)> = ROUTES
        .iter()
        .flat_map(|r| {
            r.methods
                .iter()
                .map(|m| ((*m).to_owned(), r.path.to_owned()))
        })
        .collect();
    assert_eq!(documented(), routes);
    let doc: Value = serde_json::from_str(crate::OPENAPI).expect("JSON");
    // Every operation says what the Host check answers, and every body route its limits.
    for (path, item) in doc["paths"].as_object().expect("paths") {
        for (method, op) in item.as_object().expect("item") {
            let responses = op["responses"].as_object().expect("responses");
            assert!(responses.contains_key("403"), "{method} {path}");
            if op.get("requestBody").is_some() {
                for status in ["408", "413", "415", "503"] {
                    assert!(responses.contains_key(status), "{method} {path} {status}");
                }
            }
        }
    }
    // The schema names are the bundled schemas'.
    let names: Vec<&str> = accord_core::schemas::SCHEMAS
        .iter()
        .map(|(n, _)| *n)
        .collect();
    assert_eq!(
        doc["paths"]["/v1/schemas/{name}"]["get"]["parameters"][0]["schema"]["enum"],
        serde_json::json!(names)
    );
    // The audit's media types are the formats' own.
    let audit = &doc["paths"]["/v1/audit"]["post"]["responses"]["200"]["content"];
    let documented: BTreeSet<String> = audit
        .as_object()
        .expect("content")
        .keys()
        .cloned()
        .collect();
    let offered: BTreeSet<String> = crate::api::report_formats()
        .iter()
        .map(|f| crate::negotiate::essence(f.media_type))
        .collect();
    assert_eq!(documented, offered);
    // The report's summary schema asks for nothing the report schema does not promise.
    let report_schema: Value =
        serde_json::from_str(accord_core::schemas::text("report").expect("report schema"))
            .expect("JSON");
    let promised = report_schema.to_string();
    for field in doc["components"]["schemas"]["Report"]["required"]
        .as_array()
        .expect("required")
    {
        let field = field.as_str().expect("a name");
        assert!(promised.contains(&format!("\"{field}\"")), "{field}");
    }
}

#[tokio::test]
async fn every_route_answers_its_methods_and_refuses_the_others() {
    let app = app();
    for route in ROUTES {
        let uri = route
            .path
            .replace("{id}", "waiver.expired")
            .replace("{name}", "charter");
        for method in [
            Method::GET,
            Method::POST,
            Method::PUT,
            Method::DELETE,
            Method::PATCH,
        ] {
            let (content_type, body) = if route.path == "/" {
                (
                    "application/x-www-form-urlencoded",
                    "charter=a%20%3D%201".to_owned(),
                )
            } else {
                ("application/toml", WATER.to_owned())
            };
            let answer = request(method.clone(), &uri)
                .header(header::CONTENT_TYPE, content_type)
                .send_with(&app, body)
                .await;
            if route.methods.contains(&method.as_str()) {
                assert!(
                    answer.status.is_success(),
                    "{method} {uri}: {} {}",
                    answer.status,
                    String::from_utf8_lossy(&answer.body)
                );
            } else {
                assert!(answer.problem(405).contains(route.path), "{method} {uri}");
                let allow = answer.headers[header::ALLOW].to_str().expect("Allow");
                for m in route.methods {
                    assert!(allow.contains(m), "{allow}");
                }
            }
            // Every answer carries the security headers.
            for name in [
                "x-content-type-options",
                "x-frame-options",
                "content-security-policy",
            ] {
                assert!(answer.headers.contains_key(name), "{method} {uri}: {name}");
            }
        }
    }
    let missing = get(&app, "/nothing/here").await;
    assert!(missing.problem(404).contains("`/nothing/here`"));
}

#[tokio::test]
async fn the_read_only_routes_give_what_the_cli_prints() {
    let app = app();
    let engine = engine("default", 4 * 1024 * 1024);
    let rules = get(&app, "/v1/rules").await.json();
    let ids: Vec<&str> = rules
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| r["id"].as_str().expect("id"))
        .collect();
    let catalogue: Vec<&str> = engine
        .catalogue()
        .iter()
        .map(|r| r.meta.id.as_str())
        .collect();
    assert_eq!(ids, catalogue);
    let rule = engine
        .catalogue()
        .get("waiver.expired")
        .expect("a host rule");
    let text = get(&app, "/v1/rules/waiver.expired").await;
    assert_eq!(text.content_type(), "text/plain; charset=utf-8");
    assert_eq!(text.text(), accord_render::explain::text(rule));
    let md = request(Method::GET, "/v1/rules/waiver.expired?profile=self-audit")
        .header(header::ACCEPT, "text/markdown")
        .send(&app)
        .await;
    assert_eq!(md.text(), accord_render::explain::markdown(rule));
    let unknown = get(&app, "/v1/rules/waiver.expird").await;
    assert_eq!(
        unknown.problem(404),
        "there is no rule `waiver.expird` in this profile's plugins or packs"
    );
    assert_eq!(unknown.json()["help"], "did you mean `waiver.expired`?");
    for (name, text) in accord_core::schemas::SCHEMAS {
        let answer = get(&app, &format!("/v1/schemas/{name}")).await;
        assert_eq!(answer.content_type(), "application/schema+json");
        assert_eq!(answer.text(), *text);
    }
    let no_schema = get(&app, "/v1/schemas/nope").await;
    assert!(no_schema.problem(404).contains("`nope`"));
    let help = no_schema.json()["help"].as_str().expect("help").to_owned();
    assert!(
        help.starts_with("the schemas are `charter`, `report`"),
        "{help}"
    );
    let served = get(&app, "/v1/openapi.json").await.json();
    let profiles = serde_json::json!(["default", "self-audit"]);
    assert_eq!(
        served["components"]["parameters"]["Profile"]["schema"]["enum"],
        profiles
    );
    assert_eq!(
        served["components"]["schemas"]["Form"]["properties"]["profile"]["enum"],
        profiles
    );
    let mut repo: Value = serde_json::from_str(crate::OPENAPI).expect("JSON");
    repo["components"]["parameters"]["Profile"]["schema"]["enum"] = profiles.clone();
    repo["components"]["schemas"]["Form"]["properties"]["profile"]["enum"] = profiles;
    assert_eq!(
        served, repo,
        "the served document is the repository's with the profiles"
    );
    let health = get(&app, "/healthz").await.json();
    assert_eq!(health["status"], "ok");
    assert_eq!(
        health["profiles"],
        serde_json::json!(["default", "self-audit"])
    );
    let starter = get(&app, "/starter.toml").await;
    assert_eq!(
        starter.text(),
        accord_core::starter::for_file("charter.toml", accord_core::lang::Lang::EN)
    );
}

#[tokio::test]
async fn a_host_that_is_not_loopback_is_refused_while_bound_to_loopback() {
    let evil = |app: Router| async move {
        Request::builder()
            .uri("/healthz")
            .header(header::HOST, "attacker.example:8080")
            .send(&app)
            .await
    };
    let refused = evil(app()).await;
    assert!(refused.problem(403).contains("`attacker.example:8080`"));
    assert!(refused.headers.contains_key("content-security-policy"));
    let open = evil(router(config(), false)).await;
    assert_eq!(open.status, StatusCode::OK);
    for host in ["localhost:8080", "[::1]:8080", "127.0.0.1"] {
        let answer = Request::builder()
            .uri("/healthz")
            .header(header::HOST, host)
            .send(&app())
            .await;
        assert_eq!(answer.status, StatusCode::OK, "{host}");
    }
}

#[tokio::test]
async fn the_page_loads_only_from_itself_and_labels_every_control() {
    let app = app();
    let page = get(&app, "/").await;
    assert_eq!(page.content_type(), "text/html; charset=utf-8");
    let csp = page.headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("CSP");
    assert_eq!(csp, crate::page::PAGE_CSP);
    for directive in [
        "default-src 'none'",
        "script-src 'self'",
        "style-src 'self'",
        "connect-src 'self'",
        "frame-ancestors 'none'",
        "form-action 'self'",
    ] {
        assert!(csp.contains(directive), "{directive}");
    }
    let html = page.text();
    // Nothing from elsewhere, no inline script or style: the only script element that is not
    // the page's own file holds data (JSON), which no browser runs.
    assert!(
        !html.contains("://"),
        "nothing is loaded from another address"
    );
    assert!(!html.contains("style="));
    assert_eq!(html.matches("<script").count(), 2);
    assert!(html.contains("<script src=\"/page.js\" defer></script>"));
    assert!(html.contains("<script type=\"application/json\" id=\"texts\">"));
    for name in ["default", "self-audit"] {
        assert!(html.contains(&format!("<option value=\"{name}\">{name}</option>")));
    }
    // Every form control has a label.
    for id in ["lang", "profile", "file", "charter"] {
        assert!(html.contains(&format!("id=\"{id}\"")), "{id}");
        let labelled = html
            .match_indices(&format!(" for=\"{id}\""))
            .any(|(at, _)| {
                html[..at]
                    .rfind('<')
                    .is_some_and(|open| html[open..].starts_with("<label"))
            });
        assert!(labelled, "{id}");
    }
    for (path, media) in [
        ("/page.js", "text/javascript; charset=utf-8"),
        ("/page.css", "text/css; charset=utf-8"),
        ("/favicon.svg", "image/svg+xml"),
    ] {
        assert_eq!(get(&app, path).await.content_type(), media, "{path}");
    }
}

#[test]
fn every_text_the_script_uses_is_in_the_catalogue_and_every_text_is_used() {
    let texts = crate::texts::script(Lang::EN);
    let keys: BTreeSet<&str> = texts.keys().copied().collect();
    let script = crate::page::SCRIPT;
    let mut used = BTreeSet::new();
    for (prefix, end) in [
        ("T.", &[' ', ')', ',', ';', '|', '}', ']'][..]),
        ("say('", &['\''][..]),
    ] {
        for (i, _) in script.match_indices(prefix) {
            let rest = &script[i + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| !end.contains(c) && (c.is_alphanumeric() || *c == '_'))
                .collect();
            if !name.is_empty() {
                used.insert(name);
            }
        }
    }
    // Severity names are looked up by the report's own values.
    for severity in ["error", "warning", "info"] {
        used.insert(severity.to_owned());
    }
    let used: BTreeSet<&str> = used.iter().map(String::as_str).collect();
    assert_eq!(used, keys, "the script's texts and the catalogue differ");
    // The script writes no sentence of its own: every quoted string is code, not prose.
    let comment = |l: &str| {
        ["//", "/*", "*"]
            .iter()
            .any(|c| l.trim_start().starts_with(c))
    };
    for line in script.lines().filter(|l| !comment(l)) {
        for quoted in line.split('\'').skip(1).step_by(2) {
            assert!(
                quoted.split_whitespace().count() < 3,
                "a sentence in the script instead of the texts: {quoted:?}"
            );
        }
    }
}

#[tokio::test]
async fn the_form_works_without_a_script() {
    let app = app();
    let form =
        serde_urlencoded::to_string([("charter", WATER), ("profile", "self-audit")]).expect("form");
    let answer = post(&app, "/", "application/x-www-form-urlencoded", "", &form).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.content_type(), "text/html; charset=utf-8");
    let html = answer.text();
    assert!(html.contains("Chikwawa Boreholes Programme"));
    assert!(html.contains("self-audit"));
    assert!(!answer.headers.contains_key(header::CONTENT_DISPOSITION));
    // Multipart, with an opened file and a download.
    let boundary = "XyZ";
    let body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"charter\"\r\n\r\n\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"dir/my charter.toml\"\r\nContent-Type: application/octet-stream\r\n\r\n{WATER}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"download\"\r\n\r\nmarkdown\r\n\
         --{boundary}--\r\n"
    );
    let answer = post(
        &app,
        "/",
        &format!("multipart/form-data; boundary={boundary}"),
        "",
        &body,
    )
    .await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.content_type(), "text/markdown; charset=utf-8");
    assert_eq!(
        answer.headers[header::CONTENT_DISPOSITION],
        "attachment; filename=\"my_charter-report.md\""
    );
    assert!(
        answer.text().contains("my charter.toml"),
        "the file's own name is reported"
    );
    let refused = post(&app, "/", "text/plain", "", "charter=x").await;
    assert_eq!(
        refused.problem(415),
        "the form's `Content-Type` is `text/plain`, which is not a form"
    );
    let unknown = post(
        &app,
        "/",
        "application/x-www-form-urlencoded",
        "",
        "charter=x&evil=1",
    )
    .await;
    assert_eq!(unknown.problem(400), "the form has no field `evil`");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn audits_wait_for_a_slot_then_get_a_503_and_the_server_goes_on() {
    use std::sync::Arc;

    use tokio::time::Instant;

    let shared = Arc::new(crate::Shared {
        engines: Vec::new(),
        body_limit: 10,
        slots: Arc::new(tokio::sync::Semaphore::new(1)),
        pool: crate::audit_pool(1).expect("a pool"),
        max_audits: 1,
        timeout: Duration::from_millis(300),
        log: false,
        loopback: true,
        openapi: String::new(),
    });
    let slow = {
        let shared = Arc::clone(&shared);
        tokio::spawn(async move {
            let deadline = Instant::now() + Duration::from_secs(5);
            crate::work::blocking(&shared, deadline, |_| {
                std::thread::sleep(Duration::from_millis(600))
            })
            .await
        })
    };
    tokio::time::sleep(Duration::from_millis(100)).await;
    // The only slot is taken: this one waits until its deadline, then is told so.
    let waited =
        crate::work::blocking(&shared, Instant::now() + Duration::from_millis(200), |_| 1).await;
    let busy = waited.expect_err("no slot came free");
    assert_eq!(busy.status, 503);
    assert_eq!(busy.retry_after, Some(1));
    let detail = busy.detail(Lang::EN);
    assert!(
        detail.contains("its only audit slot stayed taken"),
        "{detail}"
    );
    assert!(slow.await.expect("joined").is_ok());
    // An audit past its deadline is a 503; it finishes in the background, holding its slot.
    let late = crate::work::blocking(&shared, Instant::now() + Duration::from_millis(100), |_| {
        std::thread::sleep(Duration::from_millis(400));
    })
    .await;
    assert!(
        late.expect_err("too slow")
            .detail(Lang::EN)
            .contains("longer than the server's limit")
    );
    // Then the server goes on.
    let next = crate::work::blocking(&shared, Instant::now() + Duration::from_secs(5), |_| 7).await;
    assert_eq!(next.ok(), Some(7));
}

#[test]
fn two_profiles_of_one_name_are_refused() {
    let mut config = config();
    config.engines = vec![engine("default", 100), engine("default", 100)];
    let error = App::new(config).err().expect("refused");
    assert!(
        error
            .to_string()
            .contains("two of the profiles are named `default`")
    );
    let mut none = self::config();
    none.engines.clear();
    assert!(App::new(none).is_err());
}

// ---------------------------------------------------------------------------------------------
// Languages

fn lang(tag: &str) -> Lang {
    Lang::from_tag(tag).expect("a language Accord speaks")
}

/// A request with a French browser's `Accept-Language`.
fn french(method: Method, uri: &str) -> axum::http::request::Builder {
    request(method, uri).header(header::ACCEPT_LANGUAGE, "fr-FR,fr;q=0.9,en;q=0.5")
}

impl Answer {
    fn header(&self, name: header::HeaderName) -> &str {
        self.headers
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
    }
}

#[tokio::test]
async fn a_french_browser_gets_the_page_and_the_report_in_french() {
    let app = app();
    let page = french(Method::GET, "/").send(&app).await;
    let html = page.text();
    assert!(
        html.starts_with("<!DOCTYPE html>\n<html lang=\"fr\">"),
        "{html}"
    );
    assert!(html.contains("<title data-text=\"title\">Auto-évaluation avec Accord</title>"));
    assert!(html.contains("<option value=\"fr\" lang=\"fr\" selected>Français</option>"));
    assert!(html.contains("<input type=\"hidden\" id=\"form-lang\" name=\"lang\" value=\"fr\">"));
    assert_eq!(page.header(header::CONTENT_LANGUAGE), "fr");
    assert!(page.header(header::VARY).contains("accept-language"));
    // The report: the renderer's, in French.
    let uri = format!("/v1/audit?today={DATE}&filename=water.toml");
    let answer = french(Method::POST, &uri)
        .header(header::CONTENT_TYPE, "application/toml")
        .send_with(&app, WATER)
        .await;
    assert_eq!(answer.header(header::CONTENT_LANGUAGE), "fr");
    assert_eq!(
        answer.body,
        expected_in(lang("fr"), "json", WATER, "water.toml", "default")
    );
    let report = answer.json();
    assert_eq!(report["lang"], "fr");
    let english = post(&app, &uri, "application/toml", "", WATER).await.json();
    assert_eq!(english["lang"], "en");
    let messages = |r: &Value| -> Vec<String> {
        r["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .map(|f| f["message"].as_str().unwrap_or_default().to_owned())
            .collect()
    };
    assert_eq!(messages(&report).len(), messages(&english).len());
    assert_ne!(
        messages(&report),
        messages(&english),
        "the findings speak French"
    );
}

#[tokio::test]
async fn lang_in_the_query_wins_over_accept_language() {
    let app = app();
    let page = french(Method::GET, "/?lang=es-PE").send(&app).await;
    assert!(page.text().contains("<html lang=\"es\">"));
    assert!(page.text().contains("Autoevaluación con Accord"));
    // An unknown one is ignored by the page…
    let page = french(Method::GET, "/?lang=de").send(&app).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.text().contains("<html lang=\"fr\">"));
    // …and refused by the API, in the language the browser prefers.
    let refused = french(Method::POST, "/v1/audit?lang=de")
        .header(header::CONTENT_TYPE, "application/toml")
        .send_with(&app, WATER)
        .await;
    assert_eq!(refused.problem(400), "Accord ne parle pas la langue `de`");
    let problem = refused.json();
    assert_eq!(problem["title"], "Requête incorrecte");
    assert_eq!(
        problem["help"],
        "demandez `en` (English), `fr` (français), `es` (español), ou omettez `lang` pour suivre `Accept-Language`"
    );
    let report = french(Method::POST, &format!("/v1/audit?lang=es&today={DATE}"))
        .header(header::CONTENT_TYPE, "application/toml")
        .send_with(&app, WATER)
        .await;
    assert_eq!(report.json()["lang"], "es");
    assert_eq!(report.header(header::CONTENT_LANGUAGE), "es");
}

#[tokio::test]
async fn problems_speak_the_requests_language_and_keep_their_headers() {
    let app = app();
    let missing = french(Method::GET, "/nothing").send(&app).await;
    assert_eq!(missing.problem(404), "il n’y a rien à l’adresse `/nothing`");
    assert_eq!(missing.json()["title"], "Introuvable");
    assert_eq!(missing.header(header::CONTENT_LANGUAGE), "fr");
    let refused = request(Method::DELETE, "/v1/audit")
        .header(header::ACCEPT_LANGUAGE, "es")
        .send(&app)
        .await;
    assert_eq!(refused.problem(405), "`/v1/audit` no responde a DELETE");
    assert_eq!(refused.json()["title"], "Método no permitido");
    assert_eq!(refused.header(header::ALLOW), "POST");
    // The loopback guard's refusal too.
    let foreign = Request::builder()
        .uri("/healthz")
        .header(header::HOST, "attacker.example")
        .header(header::ACCEPT_LANGUAGE, "fr")
        .send(&app)
        .await;
    assert!(
        foreign
            .problem(403)
            .starts_with("ce serveur écoute sur une adresse de bouclage")
    );
    // The form's own `lang` wins: its errors and its report are in the page's language.
    let form =
        serde_urlencoded::to_string([("charter", WATER), ("lang", "es"), ("download", "pdf")])
            .expect("form");
    let answer = french(Method::POST, "/")
        .header(header::CONTENT_TYPE, "application/x-www-form-urlencoded")
        .send_with(&app, form)
        .await;
    assert_eq!(
        answer.problem(400),
        "no existe el formato de descarga `pdf`"
    );
}

#[tokio::test]
async fn the_form_answers_in_the_pages_language() {
    let app = app();
    let form = serde_urlencoded::to_string([("charter", WATER), ("lang", "fr")]).expect("form");
    let answer = post(&app, "/", "application/x-www-form-urlencoded", "", &form).await;
    assert_eq!(answer.status, StatusCode::OK, "{}", answer.text());
    assert_eq!(answer.header(header::CONTENT_LANGUAGE), "fr");
    let french = crate::api::render_audit(
        &engine("default", 4 * 1024 * 1024),
        accord_core::engine::today(),
        lang("fr"),
        "charter.toml",
        Format::Toml,
        WATER.as_bytes().to_vec(),
        accord_render::format("html").expect("html"),
    );
    assert_eq!(answer.body, french, "the HTML report in French");
}

#[tokio::test]
async fn the_rules_speak_the_language_asked() {
    let app = app();
    let engine = engine("default", 4 * 1024 * 1024);
    let es = lang("es");
    let rules = get(&app, "/v1/rules?lang=es").await.json();
    let summaries: Vec<&str> = rules
        .as_array()
        .expect("an array")
        .iter()
        .map(|r| r["summary"].as_str().expect("summary"))
        .collect();
    let catalogue: Vec<&str> = engine
        .catalogue_in(es)
        .iter()
        .map(|r| r.meta.summary.as_str())
        .collect();
    assert_eq!(summaries, catalogue);
    let english: Vec<&str> = engine
        .catalogue()
        .iter()
        .map(|r| r.meta.summary.as_str())
        .collect();
    assert_ne!(summaries, english);
    let rule = engine
        .catalogue_in(es)
        .get("accountability.meeting-cadence")
        .expect("a core rule");
    let md = request(Method::GET, "/v1/rules/accountability.meeting-cadence")
        .header(header::ACCEPT, "text/markdown")
        .header(header::ACCEPT_LANGUAGE, "es-PE, en;q=0.3")
        .send(&app)
        .await;
    assert_eq!(md.text(), accord_render::explain::markdown(rule));
    assert!(md.text().contains("**Cómo corregirlo.**"), "{}", md.text());
}

/// The page in the pseudo-language: every piece of text it shows went through `serve.ftl`.
/// What may stay as it is: names (languages, profiles, formats, Accord's version), the gutter's
/// line number and the texts the script receives as JSON (checked below).
#[tokio::test]
async fn every_sentence_of_the_page_goes_through_the_catalogue() {
    let app = app();
    let html = get(&app, "/?lang=qps-ploc").await.text();
    assert!(html.contains("<html lang=\"qps-ploc\">"));
    let body = &html[..html
        .find("<script type=\"application/json\"")
        .expect("the texts")];
    let names = [
        "English",
        "Français",
        "Español",
        "Pseudo",
        "default",
        "self-audit",
        "HTML",
        "Markdown",
        "JSON",
        "1",
    ];
    let mut seen = 0;
    for piece in body.split('>').filter_map(|s| s.split('<').next()) {
        let piece = piece.trim();
        if piece.is_empty() || names.contains(&piece) || piece.starts_with("Accord 0.") {
            continue;
        }
        seen += 1;
        assert!(
            !piece.is_ascii(),
            "not from the catalogue (the pseudo-language would have accented it): {piece:?}"
        );
    }
    assert!(seen >= 15, "{seen} texts");
    // The script's texts: every letter outside `{placeholders}` is transformed.
    let all: Value =
        serde_json::from_str(&crate::texts::json(lang("qps-ploc"))).expect("the texts");
    let script = all["languages"]["qps-ploc"]["script"]
        .as_object()
        .expect("the script's texts");
    for (name, value) in script {
        let forms: Vec<&str> = match value {
            Value::Object(forms) => forms.values().filter_map(Value::as_str).collect(),
            other => vec![other.as_str().expect("a text")],
        };
        for form in forms {
            let mut prose = String::new();
            let mut depth = 0;
            for c in form.chars() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ if depth == 0 && c.is_ascii_alphabetic() => prose.push(c),
                    _ => {}
                }
            }
            let code = form.split('`').skip(1).step_by(2).collect::<String>();
            let stray: String = prose.chars().filter(|c| !code.contains(*c)).collect();
            assert!(
                stray.len() <= 2,
                "{name}: {form:?} keeps English letters {stray:?}"
            );
        }
    }
}

/// The script rewrites every element marked `data-text="NAME"` when the language changes: each
/// mark names a page text, and each page text is marked, but for those the script writes
/// itself (the status, the cursor) and the one no script ever shows.
#[test]
fn every_page_text_is_marked_for_the_script_and_every_mark_is_a_text() {
    let template = include_str!("../templates/page.html");
    let marked: BTreeSet<&str> = template
        .match_indices("data-text=\"")
        .filter_map(|(at, mark)| {
            let rest = &template[at + mark.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect();
    let texts = serde_json::to_value(crate::texts::PageTexts::new(Lang::EN)).expect("JSON");
    let names: BTreeSet<&str> = texts
        .as_object()
        .expect("an object")
        .keys()
        .map(String::as_str)
        .filter(|n| !["empty", "cursor", "no_script"].contains(n))
        .collect();
    assert_eq!(marked, names);
    let script = crate::page::SCRIPT;
    for used in ["data-text", "form-lang", "language-apply", "replaceState"] {
        assert!(script.contains(used), "{used}");
    }
}

#[tokio::test]
async fn the_starter_is_in_the_page_s_language() {
    let app = app();
    // A French browser, with no `?lang=`: the language negotiated.
    let answer = french(Method::GET, "/starter.toml").send(&app).await;
    assert_eq!(answer.status, StatusCode::OK);
    assert_eq!(
        answer.text(),
        accord_core::starter::for_file("charter.toml", lang("fr"))
    );
    assert_eq!(answer.header(header::CONTENT_LANGUAGE), "fr");
    // The page's own choice wins over the browser's, as the page asks with `?lang=`.
    for tag in ["es", "es-PE", "en"] {
        let answer = french(Method::GET, &format!("/starter.toml?lang={tag}"))
            .send(&app)
            .await;
        assert_eq!(
            answer.text(),
            accord_core::starter::for_file("charter.toml", lang(tag)),
            "{tag}"
        );
    }
    // The pseudo-language gets the English starter, and says so.
    let pseudo = get(&app, "/starter.toml?lang=qps-ploc").await;
    assert_eq!(
        pseudo.text(),
        accord_core::starter::for_file("charter.toml", Lang::EN)
    );
    assert_eq!(pseudo.header(header::CONTENT_LANGUAGE), "en");
    // A language Accord does not speak, or another parameter, is refused as the API refuses it.
    assert!(
        get(&app, "/starter.toml?lang=de")
            .await
            .problem(400)
            .contains("`de`")
    );
    get(&app, "/starter.toml?profile=default")
        .await
        .problem(400);
    // The page's link and script ask for the page's language.
    let page = french(Method::GET, "/").send(&app).await;
    assert!(page.text().contains("href=\"/starter.toml?lang=fr\""));
    assert!(
        crate::page::SCRIPT.contains("fetch(`/starter.toml?lang=${encodeURIComponent(lang)}`)")
    );
}
