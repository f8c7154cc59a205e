//! A tolerant reading of a document as it is being typed: every key with its path, and what the
//! cursor is on. Unlike the loader, it never gives up on a syntax error, so hovers and
//! completions keep working on a line that does not parse yet.

mod json;
mod toml;

use std::ops::Range;

use accord_core::load::Format;

/// A key as written: the JSON Pointer tokens of its value (entries of arrays of tables
/// indexed), and the span of its text (for a dotted key or a table header, of its own segment).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Key {
    pub path: Vec<String>,
    pub span: Range<usize>,
}

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Place {
    /// Where a key is written: `path` is the table or object that holds it.
    Key,
    /// In the value of the key at `path`; `in_list`: an entry of the list at `path`.
    Value { in_list: bool },
    /// A comment, or anywhere else nothing is completed.
    Nothing,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cursor {
    pub path: Vec<String>,
    pub place: Place,
    /// What a completion replaces: the key or value under the cursor (empty between tokens).
    pub replace: Range<usize>,
    /// `replace` is the inside of a quoted string: completions go in without quotes.
    pub quoted: bool,
}

/// The keys of a document, in document order.
#[derive(Debug, Clone, Default)]
pub struct Outline {
    pub keys: Vec<Key>,
}

impl Outline {
    /// The key whose text holds `offset`.
    pub fn key_at(&self, offset: usize) -> Option<&Key> {
        self.keys
            .iter()
            .find(|k| k.span.start <= offset && offset <= k.span.end)
    }
}

/// Reads `text` tolerantly, and where `cursor` (a byte offset) is.
pub fn scan(text: &str, format: Format, cursor: Option<usize>) -> (Outline, Option<Cursor>) {
    match format {
        Format::Toml => toml::scan(text, cursor),
        Format::Json => json::scan(text, cursor),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cursor at the `|` of `marked`, read as `format`.
    pub(super) fn at(marked: &str, format: Format) -> (Outline, Cursor, String) {
        let offset = marked.find('|').expect("a cursor mark");
        let text = marked.replacen('|', "", 1);
        let (outline, cursor) = scan(&text, format, Some(offset));
        (outline, cursor.expect("a cursor"), text)
    }

    pub(super) fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }
}
