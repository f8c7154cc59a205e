//! A document's text and LSP positions: (line, character) ↔ byte offsets.
//!
//! LSP counts characters in UTF-16 code units unless client and server agree on UTF-8 at
//! `initialize`; Accord's spans are byte ranges. Lines end at `\n` (a `\r` before it belongs
//! to its line, as TOML and JSON read it).

use std::ops::Range;

use lsp_types::{Position, TextDocumentContentChangeEvent};

/// How positions count characters within a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// UTF-8 code units: bytes.
    Utf8,
    /// UTF-16 code units (LSP's default).
    Utf16,
}

impl Encoding {
    fn units(self, c: char) -> usize {
        match self {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
        }
    }
}

/// A document's text with the offsets of its lines.
#[derive(Debug, Clone)]
pub struct Text {
    text: String,
    /// The byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
}

impl Text {
    pub fn new(text: String) -> Text {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i + 1),
        );
        Text { text, starts }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    /// The byte range of line `line` (0-based), without its `\n`.
    fn line(&self, line: usize) -> Range<usize> {
        let start = self.starts.get(line).copied().unwrap_or(self.text.len());
        let end = self
            .starts
            .get(line + 1)
            .map_or(self.text.len(), |next| next - 1);
        start..end.max(start)
    }

    /// The position of byte `offset` (clamped into the text and back to a character boundary).
    pub fn position(&self, offset: usize, encoding: Encoding) -> Position {
        let mut offset = offset.min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let start = self.starts.get(line).copied().unwrap_or(0);
        let before = self.text.get(start..offset).unwrap_or_default();
        let character = match encoding {
            Encoding::Utf8 => before.len(),
            Encoding::Utf16 => before.chars().map(char::len_utf16).sum(),
        };
        Position::new(to_u32(line), to_u32(character))
    }

    /// The byte offset of `position`: a character past the line's end means the line's end, a
    /// line past the text's end means the end of the text, and a position inside a character
    /// (half of a UTF-16 surrogate pair) means that character's start.
    pub fn offset(&self, position: Position, encoding: Encoding) -> usize {
        let line = position.line as usize;
        if line >= self.starts.len() {
            return self.text.len();
        }
        let range = self.line(line);
        let mut left = position.character as usize;
        for (i, c) in self.text[range.clone()].char_indices() {
            let units = encoding.units(c);
            if left < units {
                return range.start + i;
            }
            left -= units;
        }
        range.end
    }

    /// The LSP range of a byte span.
    pub fn range(&self, span: &Range<usize>, encoding: Encoding) -> lsp_types::Range {
        lsp_types::Range::new(
            self.position(span.start, encoding),
            self.position(span.end.max(span.start), encoding),
        )
    }

    /// The byte span of an LSP range.
    pub fn span(&self, range: lsp_types::Range, encoding: Encoding) -> Range<usize> {
        let start = self.offset(range.start, encoding);
        let end = self.offset(range.end, encoding);
        start.min(end)..end.max(start)
    }

    /// Applies one change sent with `textDocument/didChange`: the whole text, or a range
    /// replaced.
    pub fn apply(&mut self, change: TextDocumentContentChangeEvent, encoding: Encoding) {
        let text = match change.range {
            None => change.text,
            Some(range) => {
                let span = self.span(range, encoding);
                let mut text = std::mem::take(&mut self.text);
                text.replace_range(span, &change.text);
                text
            }
        };
        *self = Text::new(text);
    }
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// é is 2 bytes and 1 UTF-16 unit; 😀 is 4 bytes and 2 units; Arabic letters 2 bytes and 1.
    const TEXT: &str = "name = \"café\"\nx = \"😀 ok\"\r\nاسم = \"مرحبا\"\nlast";

    #[test]
    fn positions_count_utf16_units_or_bytes() {
        let text = Text::new(TEXT.to_owned());
        let at = |needle: &str| TEXT.find(needle).unwrap();
        // The closing quote after `café`: 12 UTF-16 units, 13 bytes into line 0.
        let quote = at("é") + 'é'.len_utf8();
        assert_eq!(text.position(quote, Encoding::Utf16), Position::new(0, 12));
        assert_eq!(text.position(quote, Encoding::Utf8), Position::new(0, 13));
        // ` ok` after the emoji: 5 + 2 units, 5 + 4 bytes.
        let ok = at(" ok");
        assert_eq!(text.position(ok, Encoding::Utf16), Position::new(1, 7));
        assert_eq!(text.position(ok, Encoding::Utf8), Position::new(1, 9));
        // `=` after three Arabic letters and a space.
        let eq = at(" = \"م") + 1;
        assert_eq!(text.position(eq, Encoding::Utf16), Position::new(2, 4));
        assert_eq!(text.position(eq, Encoding::Utf8), Position::new(2, 7));
        for offset in (0..=TEXT.len()).filter(|&o| TEXT.is_char_boundary(o)) {
            for encoding in [Encoding::Utf8, Encoding::Utf16] {
                let position = text.position(offset, encoding);
                assert_eq!(
                    text.offset(position, encoding),
                    offset,
                    "{offset} {encoding:?}"
                );
            }
        }
    }

    #[test]
    fn out_of_range_positions_are_clamped() {
        let text = Text::new(TEXT.to_owned());
        // Inside the emoji's surrogate pair: the emoji's start.
        let emoji = TEXT.find('😀').unwrap();
        assert_eq!(text.offset(Position::new(1, 6), Encoding::Utf16), emoji);
        // Past the end of a line: its end, after the `\r` that belongs to it.
        let crlf = TEXT.find("\r\n").unwrap();
        assert_eq!(text.offset(Position::new(1, 99), Encoding::Utf16), crlf + 1);
        assert_eq!(
            text.offset(Position::new(99, 0), Encoding::Utf16),
            TEXT.len()
        );
        assert_eq!(
            text.position(usize::MAX, Encoding::Utf16),
            Position::new(3, 4)
        );
    }

    #[test]
    fn changes_replace_ranges_in_the_negotiated_units() {
        let mut text = Text::new(TEXT.to_owned());
        // Replace `ok` (after the emoji) with `fine`, in UTF-16 units.
        let range = lsp_types::Range::new(Position::new(1, 8), Position::new(1, 10));
        text.apply(
            TextDocumentContentChangeEvent {
                range: Some(range),
                range_length: None,
                text: "fine".into(),
            },
            Encoding::Utf16,
        );
        assert!(text.as_str().contains("\"😀 fine\""), "{}", text.as_str());
        // Insert a line at the start: later lines move down.
        text.apply(
            TextDocumentContentChangeEvent {
                range: Some(lsp_types::Range::new(
                    Position::new(0, 0),
                    Position::new(0, 0),
                )),
                range_length: None,
                text: "# é\n".into(),
            },
            Encoding::Utf8,
        );
        assert_eq!(
            text.position(text.len(), Encoding::Utf16),
            Position::new(4, 4)
        );
        text.apply(
            TextDocumentContentChangeEvent {
                range: None,
                range_length: None,
                text: "all new".into(),
            },
            Encoding::Utf16,
        );
        assert_eq!(text.as_str(), "all new");
    }
}
