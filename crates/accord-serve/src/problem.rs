//! Errors as RFC 9457 problem details (`application/problem+json`): the HTTP status, a title,
//! and the sentences the command line would print (`detail`, and `help` for the fix), in the
//! request's language.
//!
//! A problem holds its sentences as Fluent messages with their arguments ([`Say`]), not as
//! text: it is written out in the language negotiated for its request ([`crate::lang`]), which
//! the code that refuses a request (a guard, a parser of the query) need not know.
//!
//! Only faults of the request itself are problems: a charter that does not parse or fails its
//! schema is still a 200 with an `invalid` report, exactly as the command line reports it.

use accord_core::lang::{Arg, Args, Lang};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::json;

pub const MEDIA_TYPE: &str = "application/problem+json";

/// One sentence to say: a message of `serve.ftl` and its arguments, written in a language
/// only when the answer is.
#[derive(Debug, Clone)]
pub struct Say {
    id: &'static str,
    args: Vec<(&'static str, Arg<'static>)>,
}

/// `say!("serve-problem-date", text = given)`: the message and its arguments (texts are
/// copied, numbers kept as numbers so that each language writes them its way).
macro_rules! say {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::problem::Say::new($id)$(.arg(stringify!($name), $value))*
    };
}
pub(crate) use say;

impl Say {
    pub fn new(id: &'static str) -> Say {
        Say {
            id,
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl IntoArg) -> Say {
        self.args.push((name, value.into_arg()));
        self
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let args = self.args.iter().fold(Args::new(), |args, (name, value)| {
            args.arg(name, value.clone())
        });
        accord_core::lang::text(lang, self.id, &args)
    }
}

/// Names as a sentence lists them: each in backticks, separated by commas.
pub fn code_list<T: std::fmt::Display>(names: impl IntoIterator<Item = T>) -> String {
    names
        .into_iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// What a [`Say`] argument can be: a text (copied) or a number.
pub trait IntoArg {
    fn into_arg(self) -> Arg<'static>;
}

impl IntoArg for &str {
    fn into_arg(self) -> Arg<'static> {
        Arg::from(self.to_owned())
    }
}

impl IntoArg for String {
    fn into_arg(self) -> Arg<'static> {
        Arg::from(self)
    }
}

impl IntoArg for &String {
    fn into_arg(self) -> Arg<'static> {
        Arg::from(self.clone())
    }
}

macro_rules! numbers {
    ($($t:ty),*) => {$(
        impl IntoArg for $t {
            fn into_arg(self) -> Arg<'static> {
                Arg::from(self)
            }
        }
    )*};
}
numbers!(usize, u64, u32, f64);

/// One problem. Its `type` is `about:blank`, so its title is the status's phrase (RFC 9457
/// §4.2.1), which the RFC lets a server write in the client's language.
#[derive(Debug, Clone)]
pub struct Problem {
    pub status: u16,
    detail: Say,
    help: Option<Say>,
    /// Seconds after which a retry may succeed (503), also sent as `Retry-After`.
    pub retry_after: Option<u32>,
    /// The language to write it in when the handler knows better than the request's headers
    /// (the page's form carries its language in its body).
    lang: Option<Lang>,
}

impl Problem {
    pub fn new(status: StatusCode, detail: Say) -> Problem {
        Problem {
            status: status.as_u16(),
            detail,
            help: None,
            retry_after: None,
            lang: None,
        }
    }

    pub fn help(mut self, help: Say) -> Problem {
        self.help = Some(help);
        self
    }

    pub fn bad_request(detail: Say) -> Problem {
        Problem::new(StatusCode::BAD_REQUEST, detail)
    }

    /// Written in `lang` whatever the request's headers ask.
    pub fn in_lang(mut self, lang: Lang) -> Problem {
        self.lang = Some(lang);
        self
    }

    pub fn status(&self) -> StatusCode {
        StatusCode::from_u16(self.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    /// The language it is written in for a request negotiated to `lang`.
    pub fn lang(&self, negotiated: Lang) -> Lang {
        self.lang.unwrap_or(negotiated)
    }

    pub fn title(&self, lang: Lang) -> String {
        accord_core::lang::t!(lang, "serve-problem-title", status = u32::from(self.status))
    }

    pub fn detail(&self, lang: Lang) -> String {
        self.detail.text(lang)
    }

    pub fn help_text(&self, lang: Lang) -> Option<String> {
        self.help.as_ref().map(|h| h.text(lang))
    }

    /// The body in `lang`.
    pub fn body(&self, lang: Lang) -> Vec<u8> {
        let mut body = json!({
            "type": "about:blank",
            "title": self.title(lang),
            "status": self.status,
            "detail": self.detail(lang),
        });
        if let Some(help) = self.help_text(lang) {
            body["help"] = json!(help);
        }
        // Strings and numbers: serializing cannot fail.
        serde_json::to_vec(&body).unwrap_or_default()
    }
}

/// In English, with the problem itself attached: the language layer ([`crate::lang`]) writes
/// it again in the request's language.
impl IntoResponse for Problem {
    fn into_response(self) -> Response {
        let lang = self.lang(Lang::EN);
        let mut response = (
            self.status(),
            [(header::CONTENT_TYPE, HeaderValue::from_static(MEDIA_TYPE))],
            self.body(lang),
        )
            .into_response();
        if let Some(seconds) = self.retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response.extensions_mut().insert(self);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fr() -> Lang {
        Lang::from_tag("fr").expect("French")
    }

    #[test]
    fn a_problem_is_written_in_the_language_asked() {
        let p = Problem::new(
            StatusCode::NOT_FOUND,
            say!("serve-problem-rule", id = "x.y"),
        )
        .help(say!("serve-problem-rule-closest", closest = "x.z"));
        let json: serde_json::Value = serde_json::from_slice(&p.body(Lang::EN)).expect("json");
        assert_eq!(json["type"], "about:blank");
        assert_eq!(json["title"], "Not Found");
        assert_eq!(json["status"], 404);
        assert_eq!(
            json["detail"],
            "there is no rule `x.y` in this profile's plugins or packs"
        );
        assert_eq!(json["help"], "did you mean `x.z`?");
        let french: serde_json::Value = serde_json::from_slice(&p.body(fr())).expect("json");
        assert_eq!(french["title"], "Introuvable");
        assert_eq!(french["help"], "vouliez-vous dire `x.z`\u{202f}?");
        // A language the handler chose wins over the request's.
        assert_eq!(p.clone().in_lang(fr()).lang(Lang::EN), fr());
        assert_eq!(p.lang(fr()), fr());
    }

    /// English titles are the status phrases of the HTTP crate; every status the server
    /// answers with has its own title in every language.
    #[test]
    fn every_status_has_its_title() {
        for status in [400, 403, 404, 405, 406, 408, 413, 415, 500, 503] {
            let code = StatusCode::from_u16(status).expect("a status");
            let p = Problem::new(code, say!("serve-problem-no-host"));
            assert_eq!(
                p.title(Lang::EN),
                code.canonical_reason().expect("a phrase"),
                "{status}"
            );
            let other = Problem::new(StatusCode::IM_A_TEAPOT, say!("serve-problem-no-host"));
            for lang in Lang::offered() {
                assert_ne!(p.title(lang), other.title(lang), "{lang} {status}");
            }
        }
    }

    #[test]
    fn numbers_are_written_as_each_language_writes_them() {
        let p = Problem::new(
            StatusCode::SERVICE_UNAVAILABLE,
            say!("serve-problem-busy", slots = 4usize, seconds = 0.5),
        );
        assert_eq!(
            p.detail(Lang::EN),
            "the server is busy: all 4 audit slots stayed taken for 0.5 seconds"
        );
        assert_eq!(
            p.detail(fr()),
            "le serveur est occupé\u{a0}: ses 4 emplacements d’audit sont restés pris pendant 0,5 seconde"
        );
    }
}
