//! Load: bytes → `serde_json::Value` plus a [`SourceMap`], for TOML and JSON alike.
//!
//! Every way a file can be unusable (unreadable, too large, not UTF-8, wrong extension,
//! malformed, over a resource limit) is a located [`Diagnostic`], never a panic.

mod json;
mod limits;
mod toml;

use std::path::{Path, PathBuf};

use serde_json::Value;

pub use limits::Limits;

use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Message, msg};
use crate::source::{LineIndex, SourceMap};

/// The formats a charter may be written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Toml,
    Json,
}

impl Format {
    /// The format of text that comes without a name: JSON when its first non-blank character
    /// is `{`, else TOML.
    pub fn sniff(bytes: &[u8]) -> Format {
        let text = bytes.strip_prefix("\u{FEFF}".as_bytes()).unwrap_or(bytes);
        match text.iter().find(|b| !b.is_ascii_whitespace()) {
            Some(b'{') => Format::Json,
            _ => Format::Toml,
        }
    }

    /// The format for a path, from its extension (in any case: `A.TOML` is TOML).
    pub fn from_path(path: &Path) -> Option<Format> {
        let extension = path.extension()?;
        if extension.eq_ignore_ascii_case("toml") {
            Some(Format::Toml)
        } else if extension.eq_ignore_ascii_case("json") {
            Some(Format::Json)
        } else {
            None
        }
    }
}

/// A file's text, as far as it could be read.
#[derive(Debug, Clone)]
pub struct Source {
    pub path: PathBuf,
    pub text: String,
    pub lines: LineIndex,
}

impl Source {
    pub fn new(path: PathBuf, text: String) -> Source {
        let lines = LineIndex::new(&text);
        Source { path, text, lines }
    }
}

/// A parsed document: its value and where each part of it sits in the text.
#[derive(Debug, Clone)]
pub struct Document {
    pub value: Value,
    pub map: SourceMap,
}

/// The outcome of loading one file: the source (when the bytes were text) and the document or
/// the reason it could not be parsed.
#[derive(Debug)]
pub struct Loaded {
    pub path: PathBuf,
    pub source: Option<Source>,
    pub bytes_sha256: Option<String>,
    pub document: Result<Document, Diagnostic>,
}

/// Reads and parses the file at `path`.
pub fn load_file(path: &Path, limits: &Limits) -> Loaded {
    let failed = |d: Diagnostic| Loaded {
        path: path.to_owned(),
        source: None,
        bytes_sha256: None,
        document: Err(d),
    };
    // One open, one fstat, one read: at thousands of files the extra syscalls show.
    let mut file = match open_without_blocking(path) {
        Ok(file) => file,
        Err(e) => return failed(read_error(path, &e)),
    };
    let meta = match file.metadata() {
        Ok(meta) => meta,
        Err(e) => return failed(read_error(path, &e)),
    };
    // A pipe or device named explicitly (`/dev/stdin`, `<(…)`) is read as a stream, within the
    // limit, and needs no extension.
    let stream = !meta.is_file() && !meta.is_dir();
    let format = Format::from_path(path);
    if format.is_none() && !stream {
        return failed(
            Diagnostic::new(
                Kind::UnsupportedExtension,
                msg!(
                    "load-unsupported-extension",
                    path = path.display().to_string()
                ),
            )
            .with_help(msg!("load-unsupported-extension-help")),
        );
    }
    if meta.len() > limits.max_file_size {
        return failed(too_large(meta.len(), limits));
    }
    if stream && let Err(e) = block_on_reads(&file) {
        return failed(read_error(path, &e));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    // Never more than the limit allows, even if the file grows while it is read.
    let mut reader = std::io::Read::take(&mut file, limits.max_file_size.saturating_add(1));
    if let Err(e) = std::io::Read::read_to_end(&mut reader, &mut bytes) {
        return failed(read_error(path, &e));
    }
    let format = format.unwrap_or_else(|| Format::sniff(&bytes));
    load_bytes(path, format, bytes, limits)
}

/// Opens `path` for reading without waiting: opening a FIFO blocks until it has a writer, so it
/// is opened non-blocking (and never becomes the controlling terminal).
fn open_without_blocking(path: &Path) -> std::io::Result<std::fs::File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use rustix::fs::OFlags;
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags((OFlags::NONBLOCK | OFlags::NOCTTY).bits() as i32);
    }
    options.open(path)
}

/// Makes reads of an open pipe or device wait for data again: a FIFO with a writer is read until
/// the writer closes it; one without a writer reads as empty.
fn block_on_reads(file: &std::fs::File) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use rustix::fs::{OFlags, fcntl_getfl, fcntl_setfl};
        let flags = fcntl_getfl(file)?;
        fcntl_setfl(file, flags - OFlags::NONBLOCK)?;
    }
    #[cfg(not(unix))]
    let _ = file;
    Ok(())
}

/// Parses bytes already read (the size limit is checked again, for bytes from elsewhere).
pub fn load_bytes(path: &Path, format: Format, bytes: Vec<u8>, limits: &Limits) -> Loaded {
    let sha = crate::sha256_hex(&bytes);
    if bytes.len() as u64 > limits.max_file_size {
        return Loaded {
            path: path.to_owned(),
            source: None,
            bytes_sha256: Some(sha),
            document: Err(too_large_read(bytes.len() as u64, limits)),
        };
    }
    let text = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let offset = e.utf8_error().valid_up_to();
            let byte = e.as_bytes()[offset];
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            // Everything before `offset` is valid, so the lossy text has the same prefix and the
            // bad byte became U+FFFD (3 bytes) right there.
            let d = Diagnostic::new(
                Kind::NotUtf8,
                msg!(
                    "load-not-utf8",
                    byte = format!("0x{byte:02X}"),
                    offset = offset
                ),
            )
            .at_span(offset..offset + '\u{FFFD}'.len_utf8())
            .with_help(msg!("load-not-utf8-help"));
            return Loaded {
                path: path.to_owned(),
                source: Some(Source::new(path.to_owned(), lossy)),
                bytes_sha256: Some(sha),
                document: Err(d),
            };
        }
    };
    let document = parse_text(&text, format, limits);
    Loaded {
        path: path.to_owned(),
        source: Some(Source::new(path.to_owned(), text)),
        bytes_sha256: Some(sha),
        document,
    }
}

/// Parses text in the given format.
pub fn parse_text(text: &str, format: Format, limits: &Limits) -> Result<Document, Diagnostic> {
    match format {
        Format::Toml => toml::parse(text, limits),
        Format::Json => json::parse(text, limits),
    }
}

/// The diagnostic of a file or request body over the size limit (the server's 413 says the same).
pub fn too_large(size: u64, limits: &Limits) -> Diagnostic {
    Diagnostic::new(
        Kind::TooLarge,
        msg!("load-too-large", size = size, limit = limits.max_file_size),
    )
    .with_help(msg!("load-too-large-help"))
}

/// Why `path` could not be read, in the reader's language for the common causes (the system's
/// own words otherwise).
pub(crate) fn io_cause(path: &Path, e: &std::io::Error) -> Message {
    match e.kind() {
        std::io::ErrorKind::NotFound => msg!("load-cause-not-found"),
        std::io::ErrorKind::PermissionDenied => msg!("load-cause-permission"),
        _ if path.is_dir() => msg!("load-cause-directory"),
        _ => Message::verbatim(e.to_string()),
    }
}

/// The same for bytes already read: one byte past the limit is where a stream's reading stops,
/// so its whole size is not known and only "more than the limit" is true.
fn too_large_read(size: u64, limits: &Limits) -> Diagnostic {
    if size != limits.max_file_size.saturating_add(1) {
        return too_large(size, limits);
    }
    Diagnostic::new(
        Kind::TooLarge,
        msg!("load-too-large-read", limit = limits.max_file_size),
    )
    .with_help(msg!("load-too-large-help"))
}

fn read_error(path: &Path, e: &std::io::Error) -> Diagnostic {
    let cause = io_cause(path, e);
    Diagnostic::new(
        Kind::Read,
        msg!(
            "load-unreadable",
            path = path.display().to_string(),
            cause = cause
        ),
    )
    .with_help(msg!("load-check-path"))
}
