//! Source text, line/column arithmetic, and the map from JSON Pointer to byte span.

use std::ops::Range;

/// A 1-based line and column; columns count Unicode scalar values.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
pub struct Location {
    pub line: usize,
    pub column: usize,
}

/// Turns byte offsets into lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    /// Per line: whether it holds a non-ASCII byte (ASCII lines count columns in O(1)).
    wide: Vec<bool>,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        let mut wide = vec![false];
        for (i, b) in text.bytes().enumerate() {
            if b == b'\n' {
                starts.push(i + 1);
                wide.push(false);
            } else if !b.is_ascii()
                && let Some(w) = wide.last_mut()
            {
                *w = true;
            }
        }
        LineIndex { starts, wide }
    }

    /// The location of byte `offset` (clamped into the text, and back to a char boundary).
    pub fn location(&self, text: &str, offset: usize) -> Location {
        let mut offset = offset.min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let from = self.starts[line];
        let column = if self.wide[line] {
            text[from..offset].chars().count()
        } else {
            offset - from
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

/// Where each value of a parsed document sits in its source.
///
/// A tree mirroring the value: cheap to build while parsing, and a lookup walks only the
/// pointer's tokens.
#[derive(Debug, Clone, Default)]
pub struct SourceMap {
    root: Node,
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
    pub(crate) fn new(root: Node) -> SourceMap {
        SourceMap { root }
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

    /// Where a finding or error at `pointer` is shown (ARCHITECTURE.md, "The JSON report").
    pub fn locate(&self, pointer: &str) -> Located {
        let (trail, exact) = self.walk(pointer);
        // The root has no span of its own: it is shown at 1:1.
        let span = trail
            .iter()
            .rev()
            .take(trail.len() - 1)
            .map(|n| n.key.clone().unwrap_or_else(|| n.value.clone()))
            .next()
            .unwrap_or(0..0);
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

    #[test]
    fn pointer_tokens_round_trip() {
        assert_eq!(unescape("a~1b~0c"), "a/b~c");
        assert_eq!(escape("a/b~c"), "a~1b~0c");
    }
}
