//! Located problems in an input file: what went wrong, where, and how to fix it.

use std::ops::Range;

use serde::Serialize;

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
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub kind: Kind,
    /// A sentence a programme officer understands.
    pub message: String,
    /// The JSON Pointer of the offending value, when the problem is about one.
    pub path: Option<String>,
    /// The byte span to underline, when known.
    pub span: Option<Range<usize>>,
    /// How to fix it.
    pub help: Option<String>,
}

impl Diagnostic {
    pub fn new(kind: Kind, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            kind,
            message: message.into(),
            path: None,
            span: None,
            help: None,
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

    pub fn with_help(mut self, help: impl Into<String>) -> Diagnostic {
        self.help = Some(help.into());
        self
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
                Diagnostic::new(Kind::Read, format!("`{origin}` could not be read: {cause}"))
                    .with_help("check the path, and that the file is readable"),
            ],
        }
    }
}

impl std::fmt::Display for InvalidFile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the {} `{}` is invalid:", self.kind.noun(), self.origin)?;
        for d in &self.diagnostics {
            let at = d.span.as_ref().zip(self.source.as_ref()).map(|(s, src)| {
                let loc = src.lines.location(&src.text, s.start);
                format!("{}:{}:{}", self.origin, loc.line, loc.column)
            });
            write!(
                f,
                "\n  {}: {}",
                at.as_deref().unwrap_or(&self.origin),
                d.message
            )?;
            if let Some(help) = &d.help {
                write!(f, " (help: {help})")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for InvalidFile {}
