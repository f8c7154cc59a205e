//! Source text, line/column arithmetic, and the map from JSON Pointer to byte span.

use std::ops::Range;

/// A 1-based line and column; columns count Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Turns byte offsets into lines and columns.
///
/// Columns on an ASCII line are a subtraction. A line holding a non-ASCII byte ("wide") counts
/// characters instead, from the nearest checkpoint before the offset: one every 4 KiB of the
/// line, kept only for wide lines, so a lookup counts at most 4 KiB however long the line (a
/// minified JSON charter is one line).
#[derive(Debug, Clone)]
pub struct LineIndex {
    /// The byte offset where each line starts; the first is 0.
    starts: Vec<usize>,
    /// The wide lines, in line order.
    wide: Vec<WideLine>,
}

/// Bytes of a wide line between two char-count checkpoints.
const CHECKPOINT: usize = 4096;

#[derive(Debug, Clone)]
struct WideLine {
    /// 0-based line number.
    line: usize,
    /// Entry `k - 1`: the characters from the line start to byte `k × CHECKPOINT` of the line
    /// (moved back to a character boundary); empty for a line shorter than one interval.
    checkpoints: Vec<usize>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        // Counting first (a fast pass) sizes the table exactly, even for a one-line file.
        let mut starts = Vec::with_capacity(memchr::memchr_iter(b'\n', bytes).count() + 1);
        starts.push(0);
        starts.extend(memchr::memchr_iter(b'\n', bytes).map(|i| i + 1));
        let mut wide = Vec::new();
        // Most charters are ASCII throughout: one fast pass settles it.
        if !bytes.is_ascii() {
            for (line, &from) in starts.iter().enumerate() {
                let to = starts.get(line + 1).map_or(bytes.len(), |&next| next - 1);
                // Both ends are next to a `\n` or the text's ends, so on char boundaries.
                if let Some(content) = text.get(from..to)
                    && !content.is_ascii()
                {
                    wide.push(WideLine {
                        line,
                        checkpoints: checkpoints(content),
                    });
                }
            }
        }
        LineIndex { starts, wide }
    }

    /// The location of byte `offset` (clamped into the text, and back to a char boundary).
    pub fn location(&self, text: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(text, offset.min(text.len()));
        let line = self
            .starts
            .partition_point(|&s| s <= offset)
            .saturating_sub(1);
        let from = self.starts.get(line).copied().unwrap_or(0).min(offset);
        let wide = self
            .wide
            .binary_search_by_key(&line, |w| w.line)
            .ok()
            .and_then(|i| self.wide.get(i));
        let column = match wide {
            None => offset - from,
            Some(w) => {
                // The last checkpoint at or before `offset`: interval `k` starts at or before it
                // (a boundary moved back never passes `offset`, itself a boundary).
                let k = ((offset - from) / CHECKPOINT).min(w.checkpoints.len());
                let (at, counted) = match k.checked_sub(1).and_then(|i| w.checkpoints.get(i)) {
                    Some(&chars) => (floor_char_boundary(text, from + k * CHECKPOINT), chars),
                    None => (from, 0),
                };
                counted + text.get(at..offset).map_or(0, |s| s.chars().count())
            }
        } + 1;
        Location {
            line: line + 1,
            column,
        }
    }

    /// The byte range of 1-based line `line`, without its line end.
    pub fn line_span(&self, text: &str, line: usize) -> Range<usize> {
        let start = self
            .starts
            .get(line.saturating_sub(1))
            .copied()
            .unwrap_or(text.len());
        let end = self.starts.get(line).map_or(text.len(), |&next| next - 1);
        let end = if end > start && text.as_bytes().get(end - 1) == Some(&b'\r') {
            end - 1
        } else {
            end
        };
        start..end.max(start)
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }
}

/// The char counts at each [`CHECKPOINT`] of a wide line's `content` (see [`WideLine`]).
fn checkpoints(content: &str) -> Vec<usize> {
    let mut out = Vec::with_capacity(content.len() / CHECKPOINT);
    let (mut at, mut counted) = (0, 0);
    for k in 1..=content.len() / CHECKPOINT {
        let next = floor_char_boundary(content, k * CHECKPOINT);
        counted += content.get(at..next).map_or(0, |s| s.chars().count());
        out.push(counted);
        at = next;
    }
    out
}

/// The largest character boundary at or before `offset` (at most `text.len()`).
fn floor_char_boundary(text: &str, offset: usize) -> usize {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    offset
}

/// Where each value of a parsed document sits in its source.
///
/// A tree mirroring the value: cheap to build while parsing, and a lookup walks only the
/// pointer's tokens.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    root: Node,
    /// Where the document itself is shown: from the start of the first line that holds a key
    /// (never a comment or blank line above it) to the end of that key.
    root_span: Range<usize>,
}

#[derive(Debug, Clone, Default)]
pub(crate) struct Node {
    /// The key's span, for a member of a table or object.
    pub key: Option<Range<usize>>,
    /// The value's span (for a TOML `[[table]]` entry: its header).
    pub value: Range<usize>,
    pub children: Children,
}

#[derive(Debug, Clone, Default)]
pub(crate) enum Children {
    #[default]
    Leaf,
    /// Members in document order, and for large objects a key → member index, so locating
    /// stays fast however many keys a (hostile) table has.
    Object(
        Vec<(String, Node)>,
        Option<std::collections::HashMap<String, usize>>,
    ),
    Array(Vec<Node>),
}

impl Children {
    /// An object's children, indexed when it has many keys.
    pub(crate) fn object(members: Vec<(String, Node)>) -> Children {
        const LARGE: usize = 16;
        let index = (members.len() > LARGE).then(|| {
            // Reversed, so that the first of duplicate keys wins as in a linear search.
            members
                .iter()
                .enumerate()
                .rev()
                .map(|(i, (k, _))| (k.clone(), i))
                .collect()
        });
        Children::Object(members, index)
    }
}

/// The result of locating a JSON Pointer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    /// The span to point at: the key of a member, the entry of an array, or, for an absent
    /// path, the nearest existing ancestor's.
    pub span: Range<usize>,
    /// False when the path is absent and `span` is an ancestor's.
    pub exact: bool,
}

impl SourceMap {
    pub(crate) fn new(root: Node, text: &str) -> SourceMap {
        let first_key = match &root.children {
            Children::Object(members, _) => members
                .iter()
                .filter_map(|(_, n)| n.key.clone())
                .min_by_key(|k| k.start),
            _ => None,
        };
        let root_span = first_key.map_or(0..0, |key| {
            let line_start = text[..key.start].rfind('\n').map_or(0, |i| i + 1);
            line_start..key.end
        });
        SourceMap { root, root_span }
    }

    fn walk(&self, pointer: &str) -> (Vec<&Node>, bool) {
        let mut trail = vec![&self.root];
        if pointer.is_empty() {
            return (trail, true);
        }
        // A JSON Pointer is empty or starts with `/` (RFC 6901); anything else names nothing.
        if !pointer.starts_with('/') {
            return (trail, false);
        }
        for raw in pointer.split('/').skip(1) {
            let token = unescape(raw);
            let node = trail[trail.len() - 1];
            let next = match &node.children {
                Children::Object(members, Some(index)) => index.get(&token).map(|&i| &members[i].1),
                Children::Object(members, None) => {
                    members.iter().find(|(k, _)| *k == token).map(|(_, n)| n)
                }
                Children::Array(items) => array_index(&token).and_then(|i| items.get(i)),
                Children::Leaf => None,
            };
            match next {
                Some(n) => trail.push(n),
                None => return (trail, false),
            }
        }
        (trail, true)
    }

    /// Where a finding or error at `pointer` is shown (the JSON report's location rule).
    pub fn locate(&self, pointer: &str) -> Located {
        let (trail, exact) = self.walk(pointer);
        // The root is shown at the first line that holds a key, column 1.
        let span = trail
            .iter()
            .rev()
            .take(trail.len() - 1)
            .map(|n| n.key.clone().unwrap_or_else(|| n.value.clone()))
            .next()
            .unwrap_or_else(|| self.root_span.clone());
        Located { span, exact }
    }

    /// The span of the value at `pointer`, when it exists.
    pub fn value_span(&self, pointer: &str) -> Option<Range<usize>> {
        let (trail, exact) = self.walk(pointer);
        exact.then(|| trail[trail.len() - 1].value.clone())
    }

    /// The span of the key of the member at `pointer`, when it exists and is an object member.
    pub fn key_span(&self, pointer: &str) -> Option<Range<usize>> {
        let (trail, exact) = self.walk(pointer);
        if exact {
            trail[trail.len() - 1].key.clone()
        } else {
            None
        }
    }
}

/// An array index as RFC 6901 writes it: `0`, or digits without a leading zero or sign.
pub fn array_index(token: &str) -> Option<usize> {
    let digits = !token.is_empty() && token.bytes().all(|b| b.is_ascii_digit());
    if !digits || (token.len() > 1 && token.starts_with('0')) {
        return None;
    }
    token.parse().ok()
}

/// Decodes one JSON Pointer token (`~1` is `/`, `~0` is `~`).
pub fn unescape(token: &str) -> String {
    if token.contains('~') {
        token.replace("~1", "/").replace("~0", "~")
    } else {
        token.to_owned()
    }
}

/// Encodes one JSON Pointer token.
pub fn escape(token: &str) -> String {
    if token.contains(['~', '/']) {
        token.replace('~', "~0").replace('/', "~1")
    } else {
        token.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns_count_chars() {
        let text = "a = 1\nné = \"x\"\r\nlast";
        let idx = LineIndex::new(text);
        assert_eq!(idx.location(text, 0), Location { line: 1, column: 1 });
        assert_eq!(idx.location(text, 6), Location { line: 2, column: 1 });
        // `=` after the two-char `né` (3 bytes) is column 4.
        assert_eq!(idx.location(text, 10), Location { line: 2, column: 4 });
        assert_eq!(&text[idx.line_span(text, 2)], "né = \"x\"");
        assert_eq!(&text[idx.line_span(text, 3)], "last");
        assert_eq!(idx.location(text, 999), Location { line: 3, column: 5 });
    }

    /// Every location in `text`, checked against counting from the start of the text.
    fn assert_naive(text: &str) {
        let idx = LineIndex::new(text);
        let (mut line, mut column) = (1, 1);
        let mut chars = text.char_indices().peekable();
        for offset in 0..=text.len() {
            // Offsets inside a character are moved back to its start.
            if text.is_char_boundary(offset) {
                while let Some(&(at, c)) = chars.peek() {
                    if at >= offset {
                        break;
                    }
                    if c == '\n' {
                        (line, column) = (line + 1, 1);
                    } else {
                        column += 1;
                    }
                    chars.next();
                }
            }
            assert_eq!(
                idx.location(text, offset),
                Location { line, column },
                "offset {offset} of {} bytes",
                text.len()
            );
        }
        assert_eq!(idx.line_count(), text.matches('\n').count() + 1);
    }

    #[test]
    fn columns_on_wide_lines_agree_with_counting_across_checkpoints() {
        // Characters of 1 to 4 bytes, so that checkpoints fall inside characters and at every
        // possible distance from the next boundary.
        let wide: String = "aé€😀".chars().cycle().take(3 * CHECKPOINT).collect();
        assert!(wide.len() > 6 * CHECKPOINT);
        assert_naive(&wide);
        // Wide lines among ASCII ones, after a long ASCII line, with and without a final newline.
        let ascii = "x".repeat(CHECKPOINT + 7);
        let text = format!("{ascii}\n{wide}\n\n{ascii}\n😀{ascii}\r\n{wide}");
        assert_naive(&text);
        assert_naive(&format!("{text}\n"));
        // Exactly on an interval: the last checkpoint is the line end.
        assert_naive(&"é".repeat(CHECKPOINT));
        assert_naive(&format!("{}\n", "é".repeat(CHECKPOINT)));
    }

    #[test]
    fn crlf_lines_end_before_the_carriage_return() {
        let text = "a = 1\r\nné = 2\r\n";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 3);
        assert_eq!(&text[idx.line_span(text, 1)], "a = 1");
        assert_eq!(&text[idx.line_span(text, 2)], "né = 2");
        assert_eq!(idx.line_span(text, 3), text.len()..text.len());
        // The `\r` is a character of its line; the next line starts after the `\n`.
        assert_eq!(idx.location(text, 5), Location { line: 1, column: 6 });
        assert_eq!(idx.location(text, 7), Location { line: 2, column: 1 });
        assert_eq!(idx.location(text, 14), Location { line: 2, column: 7 });
        assert_eq!(idx.location(text, 16), Location { line: 3, column: 1 });
        assert_naive(text);
    }

    #[test]
    fn an_empty_text_is_one_empty_line() {
        let idx = LineIndex::new("");
        assert_eq!(idx.line_count(), 1);
        assert_eq!(idx.location("", 0), Location { line: 1, column: 1 });
        assert_eq!(idx.location("", 10), Location { line: 1, column: 1 });
        assert_eq!(idx.line_span("", 1), 0..0);
        assert_eq!(idx.line_span("", 2), 0..0);
        assert_naive("");
    }

    #[test]
    fn a_text_without_a_final_newline_ends_on_its_last_line() {
        for text in ["a\nbc", "a\nbé", "é"] {
            let idx = LineIndex::new(text);
            let last = idx.line_count();
            let end = idx.location(text, text.len());
            assert_eq!(end.line, last, "{text:?}");
            assert_eq!(
                &text[idx.line_span(text, last)],
                text.rsplit('\n').next().unwrap()
            );
            assert_eq!(idx.location(text, usize::MAX), end, "{text:?}");
            assert_naive(text);
        }
        assert_naive("a\n");
    }

    #[test]
    fn pointer_tokens_round_trip() {
        assert_eq!(unescape("a~1b~0c"), "a/b~c");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
    }
}
