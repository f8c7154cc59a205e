//! Located problems in an input file: what went wrong, where, and how to fix it.

use std::ops::Range;

use serde::Serialize;

use crate::lang::{Lang, Message, msg};

/// What kind of problem a [`Diagnostic`] reports. Serialized in kebab-case into reports
/// (`errors[].kind`), so the names are part of the JSON contract.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    /// The file could not be read.
    Read,
    /// The file is larger than the size limit.
    TooLarge,
    /// The file is not UTF-8.
    NotUtf8,
    /// The file's extension is neither `.toml` nor `.json`.
    UnsupportedExtension,
    /// Malformed TOML or JSON.
    Syntax,
    /// A JSON object repeats a key.
    DuplicateKey,
    /// Nesting, list length or string length over the charter limits.
    Limit,
    /// A value of the wrong type.
    Type,
    /// A value outside its enumeration (or not the one allowed constant).
    Enum,
    /// A required key is missing.
    Required,
    /// A key the format does not define.
    UnknownKey,
    /// A date, uri or code in the wrong form.
    Format,
    /// A text that does not match its pattern (slugs, rule ids, language tags, blank text).
    Pattern,
    /// A number outside its range.
    Range,
    /// A text or list too short or too long.
    Length,
    /// Any other schema violation.
    Schema,
    /// A reference to an id that does not exist.
    Reference,
    /// An id used twice.
    DuplicateId,
    /// Dates in the wrong order.
    DateOrder,
}

impl Kind {
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Read => "read",
            Kind::TooLarge => "too-large",
            Kind::NotUtf8 => "not-utf8",
            Kind::UnsupportedExtension => "unsupported-extension",
            Kind::Syntax => "syntax",
            Kind::DuplicateKey => "duplicate-key",
            Kind::Limit => "limit",
            Kind::Type => "type",
            Kind::Enum => "enum",
            Kind::Required => "required",
            Kind::UnknownKey => "unknown-key",
            Kind::Format => "format",
            Kind::Pattern => "pattern",
            Kind::Range => "range",
            Kind::Length => "length",
            Kind::Schema => "schema",
            Kind::Reference => "reference",
            Kind::DuplicateId => "duplicate-id",
            Kind::DateOrder => "date-order",
        }
    }
}

/// One problem, located by JSON Pointer and/or byte span in the source text.
///
/// Its sentences are kept typed ([`Message`]) so that each front-end writes them in its
/// reader's language ([`message_in`](Self::message_in)); `message` and `help` hold them in
/// English, for logs and for front-ends that write English.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: Kind,
    /// A sentence a programme officer understands, in English.
    pub message: String,
    /// The JSON Pointer of the offending value, when the problem is about one.
    pub path: Option<String>,
    /// The byte span to underline, when known.
    pub span: Option<Range<usize>>,
    /// How to fix it, in English.
    pub help: Option<String>,
    /// `message`, in any language.
    pub text: Message,
    /// `help`, in any language.
    pub help_text: Option<Message>,
}

impl Diagnostic {
    pub fn new(kind: Kind, message: Message) -> Diagnostic {
        Diagnostic {
            kind,
            message: message.to_string(),
            path: None,
            span: None,
            help: None,
            text: message,
            help_text: None,
        }
    }

    pub fn at_path(mut self, path: impl Into<String>) -> Diagnostic {
        self.path = Some(path.into());
        self
    }

    pub fn at_span(mut self, span: Range<usize>) -> Diagnostic {
        self.span = Some(span);
        self
    }

    pub fn with_help(mut self, help: Message) -> Diagnostic {
        self.set_help(help);
        self
    }

    /// Replaces the help.
    pub fn set_help(&mut self, help: Message) {
        self.help = Some(help.to_string());
        self.help_text = Some(help);
    }

    /// The problem in `lang`.
    pub fn message_in(&self, lang: Lang) -> String {
        if lang.is_source() {
            self.message.clone()
        } else {
            self.text.text(lang)
        }
    }

    /// How to fix it, in `lang`.
    pub fn help_in(&self, lang: Lang) -> Option<String> {
        match (&self.help_text, lang.is_source()) {
            (Some(_), true) => self.help.clone(),
            (Some(help), false) => Some(help.text(lang)),
            (None, _) => None,
        }
    }
}

/// The kinds of files Accord reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocumentKind {
    Charter,
    Pack,
    Profile,
    Config,
}

impl DocumentKind {
    /// How messages name such a file.
    pub fn noun(self) -> &'static str {
        match self {
            DocumentKind::Charter => "charter",
            DocumentKind::Pack => "rule pack",
            DocumentKind::Profile => "profile",
            DocumentKind::Config => "configuration",
        }
    }

    /// The name of its bundled schema (`accord schema NAME`).
    pub fn schema(self) -> &'static str {
        match self {
            DocumentKind::Charter => "charter",
            DocumentKind::Pack => "pack",
            DocumentKind::Profile => "profile",
            DocumentKind::Config => "config",
        }
    }
}

/// A file of Accord's own (a rule pack, a profile, a configuration) that was refused, with
/// every problem located in its text. Its `Display` lists them as `file:line:column: message`;
/// front-ends with a terminal show `source` as snippets instead.
#[derive(Debug, Clone)]
pub struct InvalidFile {
    pub kind: DocumentKind,
    /// The file as the user named it, or `NAME (built in)`.
    pub origin: String,
    /// The text, when it could be read (boxed: errors travel in `Result`s).
    pub source: Option<Box<crate::load::Source>>,
    pub diagnostics: Vec<Diagnostic>,
}

impl InvalidFile {
    /// A file refused for one problem that has no place in it (it could not be read).
    pub fn unreadable(kind: DocumentKind, origin: &str, cause: &std::io::Error) -> InvalidFile {
        InvalidFile {
            kind,
            origin: origin.to_owned(),
            source: None,
            diagnostics: vec![
                Diagnostic::new(
                    Kind::Read,
                    msg!("load-unreadable", path = origin, cause = cause.to_string()),
                )
                .with_help(msg!("load-check-path")),
            ],
        }
    }

    /// "the rule pack `x.toml` is invalid", in `lang`.
    pub fn headline(&self, lang: Lang) -> String {
        msg!(
            "file-invalid",
            kind = self.kind.schema(),
            file = self.origin.as_str()
        )
        .text(lang)
    }

    /// The file and each problem as `file:line:column: message (help: …)`, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let mut out = format!("{}:", self.headline(lang));
        for d in &self.diagnostics {
            let at = d.span.as_ref().zip(self.source.as_ref()).map(|(s, src)| {
                let loc = src.lines.location(&src.text, s.start);
                format!("{}:{}:{}", self.origin, loc.line, loc.column)
            });
            out.push_str(&format!(
                "\n  {}: {}",
                at.as_deref().unwrap_or(&self.origin),
                d.message_in(lang)
            ));
            if let Some(help) = d.help_in(lang) {
                out.push_str(&crate::lang::t!(lang, "help-in-parentheses", help = help));
            }
        }
        out
    }
}

/// English.
impl std::fmt::Display for InvalidFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

impl std::error::Error for InvalidFile {}
