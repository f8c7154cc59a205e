//! Errors as RFC 9457 problem details (`application/problem+json`): the HTTP status, a title,
//! and the same sentences the command line prints (`detail`, and `help` for the fix).
//!
//! Only faults of the request itself are problems: a charter that does not parse or fails its
//! schema is still a 200 with an `invalid` report, exactly as the command line reports it.

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

pub const MEDIA_TYPE: &str = "application/problem+json";

/// One problem: `type` is `about:blank`, so `title` is the status's phrase (RFC 9457 §4.2.1).
#[derive(Debug, Clone, Serialize)]
pub struct Problem {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub title: &'static str,
    pub status: u16,
    /// What went wrong, as the command line says it.
    pub detail: String,
    /// How to fix it, when there is something to say.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    /// Seconds after which a retry may succeed (503), also sent as `Retry-After`.
    #[serde(skip)]
    pub retry_after: Option<u32>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: impl Into<String>) -> Problem {
        Problem {
            kind: "about:blank",
            title: status.canonical_reason().unwrap_or("Error"),
            status: status.as_u16(),
            detail: detail.into(),
            help: None,
            retry_after: None,
        }
    }

    /// A CLI message of the form `sentence\nhelp: fix` split into its detail and help.
    pub fn from_message(status: StatusCode, message: &str) -> Problem {
        match message.split_once("\nhelp: ") {
            Some((detail, help)) => Problem::new(status, detail).help(help),
            None => Problem::new(status, message),
        }
    }

    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    pub fn bad_request(detail: impl Into<String>) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, detail)
    }

    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }
}

impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        // A problem is strings and numbers: serializing it cannot fail.
        let body = serde_json::to_vec(&self).unwrap_or_default();
        let mut response = (
            self.status(),
            [(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE))],
            body,
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cli_message_splits_into_detail_and_help() {
        let p = Problem::from_message(
            StatusCode::NOT_FOUND,
            "there is no rule `x`\nhelp: did you mean `y`?",
        );
        assert_eq!(p.detail, "there is no rule `x`");
        assert_eq!(p.help.as_deref(), Some("did you mean `y`?"));
        let json = serde_json::to_value(&p).expect("json");
        assert_eq!(json["type"], "about:blank");
        assert_eq!(json["title"], "Not Found");
        assert_eq!(json["status"], 404);
    }
}
