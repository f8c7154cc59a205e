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

/// How deep the outline follows arrays, tables and objects. The loader refuses a charter nested
/// deeper than 32; past this, a hostile document would cost the editor stack and quadratic time
/// (each level keeps its path), so what lies deeper is not outlined.
const MAX_DEPTH: usize = 64;

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

    /// Every prefix of texts being typed, with the cursor at every place: never a panic, and
    /// every span inside the text.
    #[test]
    fn any_text_and_any_cursor_are_read_without_panicking() {
        let texts = [
            include_str!("../../tests/fixtures/workspace/charters/troubled.toml"),
            include_str!("../../tests/fixtures/workspace/charters/broken.json"),
            "{\"a\": \"\\u00é\\\", \"b\\u12\": [1, {\"c\": tr",
            "{\"k\\u0😀\": \"\\u0😀\"}",
            "[a.\"é 😀\".b]\nx = { y = [1, \"مرحبا\", { z = '",
            "[[a]]\n[[a.b]]\n[a.b.c]\nd.e = \"\"\"\nmulti\n",
            "]]}}[[{{,,::\"\\",
        ];
        let deep = [
            format!(
                "charter_version = 1\nx = {}{}",
                "[".repeat(5000),
                "]".repeat(5000)
            ),
            format!(
                "charter_version = 1\nx = {}1{}",
                "{a=".repeat(3000),
                "}".repeat(3000)
            ),
            format!("charter_version = 1\nx = {}", "[[[[".repeat(2000)),
            format!(
                "{{\"charter_version\": 1, \"x\": {}{}",
                "[".repeat(20000),
                "]".repeat(20000)
            ),
            format!("{}\"k\": 1", "{\"a\":".repeat(20000)),
        ];
        // Nesting far past the loader's limit: no stack overflow, and in linear time (a debug
        // build read the 20,000-deep JSON in seconds and gigabytes before).
        for text in &deep {
            for format in [Format::Toml, Format::Json] {
                for offset in [0, text.len() / 2, text.len()] {
                    let (outline, cursor) = scan(text, format, Some(offset));
                    assert!(cursor.is_some());
                    assert!(outline.keys.len() < 100, "{} keys", outline.keys.len());
                }
            }
        }
        for text in texts {
            // Every place in the short texts; a sample of the long ones (a debug build is slow).
            let (every_end, every_offset) = if text.len() > 100 { (17, 5) } else { (1, 1) };
            for format in [Format::Toml, Format::Json] {
                let ends = (0..=text.len()).filter(|&e| text.is_char_boundary(e));
                for end in ends.step_by(every_end).chain([text.len()]) {
                    let prefix = &text[..end];
                    let offsets = (0..=end).filter(|&o| prefix.is_char_boundary(o));
                    for offset in offsets.step_by(every_offset) {
                        let (outline, cursor) = scan(prefix, format, Some(offset));
                        let cursor = cursor.expect("a cursor");
                        assert!(cursor.replace.end <= prefix.len(), "{prefix:?} {offset}");
                        assert!(cursor.replace.start <= cursor.replace.end);
                        for key in outline.keys {
                            assert!(prefix.get(key.span.clone()).is_some(), "{prefix:?}");
                        }
                    }
                }
            }
        }
    }
}
