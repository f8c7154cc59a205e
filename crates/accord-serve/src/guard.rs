//! What every response goes through: the `Host` check while bound to loopback (DNS
//! rebinding), security headers, and the one log line per request.

use std::net::IpAddr;
use std::sync::Arc;
use std::time::Instant;

use axum::body::HttpBody;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::Shared;
use crate::problem::{Problem, say};

/// The policy of every response but the page: nothing may load, run or frame it. A report in
/// HTML keeps its inline style sheet (the renderer's, escaped text only; no script can run).
pub const DOCUMENT_CSP: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// While bound to loopback, a request must name a loopback host: a page elsewhere that
/// rebinds its own name to 127.0.0.1 still sends its own name, and is refused.
pub async fn host(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if !shared.loopback {
        return next.run(request).await;
    }
    let named = request
        .headers()
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .map(str::to_owned)
        .or_else(|| request.uri().authority().map(|a| a.as_str().to_owned()));
    match named {
        Some(host) if is_loopback_host(&host) => next.run(request).await,
        Some(host) => Problem::new(
            StatusCode::FORBIDDEN,
            say!("serve-problem-host", host = host.escape_debug().to_string()),
        )
        .help(say!("serve-problem-host-help"))
        .into_response(),
        None => Problem::bad_request(say!("serve-problem-no-host")).into_response(),
    }
}

/// `localhost`, a name under `.localhost`, or a loopback address, with or without a port.
pub fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => match rest.split_once(']') {
            Some((address, port))
                if port.is_empty() || port.strip_prefix(':').is_some_and(is_port) =>
            {
                address
            }
            _ => return false,
        },
        None => match host.rsplit_once(':') {
            Some((name, port)) if is_port(port) => name,
            Some(_) => return false,
            None => host,
        },
    };
    let name = name.strip_suffix('.').unwrap_or(name).to_ascii_lowercase();
    name == "localhost"
        || (name.ends_with(".localhost") && !name.starts_with('.'))
        || name.parse::<IpAddr>().is_ok_and(|ip| ip.is_loopback())
}

/// A port number's text: one to five digits.
fn is_port(text: &str) -> bool {
    (1..=5).contains(&text.len()) && text.bytes().all(|b| b.is_ascii_digit())
}

/// Headers every response carries unless its handler set them: no sniffing, no framing, no
/// referrer, no caching (drafts are private), and the document policy.
pub async fn headers(request: Request, next: Next) -> Response {
    let mut response = next.run(request).await;
    let set = response.headers_mut();
    let defaults: [(HeaderName, &'static str); 6] = [
        (header::CONTENT_SECURITY_POLICY, DOCUMENT_CSP),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (header::CACHE_CONTROL, "no-store"),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
    ];
    for (name, value) in defaults {
        set.entry(name)
            .or_insert_with(|| HeaderValue::from_static(value));
    }
    response
}

/// One line per request on standard error: method, route, status, bytes, milliseconds. The
/// route is the matched pattern (`/v1/rules/{id}`), never a query or a body.
pub async fn log(State(shared): State<Arc<Shared>>, request: Request, next: Next) -> Response {
    if !shared.log {
        return next.run(request).await;
    }
    let started = Instant::now();
    let method = request.method().clone();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|m| m.as_str().to_owned())
        .unwrap_or_else(|| request.uri().path().escape_debug().to_string());
    let response = next.run(request).await;
    let bytes = response
        .body()
        .size_hint()
        .exact()
        .map_or_else(|| "-".to_owned(), |n| n.to_string());
    eprintln!(
        "{method} {route} {} {bytes} bytes {:.1} ms",
        response.status().as_u16(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    response
}

#[cfg(test)]
mod tests {
    use super::is_loopback_host;

    #[test]
    fn only_loopback_names_and_addresses_pass() {
        for host in [
            "localhost",
            "localhost:8080",
            "LOCALHOST.",
            "app.localhost:1",
            "127.0.0.1",
            "127.0.0.1:65535",
            "127.1.2.3:80",
            "[::1]",
            "[::1]:8080",
        ] {
            assert!(is_loopback_host(host), "{host}");
        }
        for host in [
            "evil.example",
            "evil.example:8080",
            "localhost.evil.example",
            "127.0.0.1.evil.example",
            "10.0.0.1:8080",
            "[::2]:80",
            "[::1]x",
            "localhost:80:80",
            "localhost:http",
            ".localhost",
            "",
        ] {
            assert!(!is_loopback_host(host), "{host}");
        }
    }
}
