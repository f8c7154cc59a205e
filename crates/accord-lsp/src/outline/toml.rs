//! TOML, read through `toml_parser`'s error-recovering events.

use std::collections::HashMap;
use std::ops::Range;

use toml_parser::decoder::Encoding;
use toml_parser::parser::{Event, EventKind};
use toml_parser::{Raw, Source, Span};

use super::{Cursor, Key, Outline, Place};

pub(super) fn scan(text: &str, cursor: Option<usize>) -> (Outline, Option<Cursor>) {
    let tokens = Source::new(text).lex().into_vec();
    let mut events: Vec<Event> = Vec::new();
    let mut errors = ();
    let mut push = |event: Event| events.push(event);
    // The parser recurses on every nested array and inline table: the guard stops it at
    // MAX_DEPTH, as the `toml` crate's own reading does, so deep nesting cannot overflow the
    // stack.
    let depth = u32::try_from(super::MAX_DEPTH).unwrap_or(u32::MAX);
    let mut guarded = toml_parser::parser::RecursionGuard::new(&mut push, depth);
    toml_parser::parser::parse_document(&tokens, &mut guarded, &mut errors);
    let mut walker = Walker {
        text,
        offset: cursor,
        keys: Vec::new(),
        table: Vec::new(),
        entries: HashMap::new(),
        stack: Vec::new(),
        key: Vec::new(),
        in_header: false,
        value: None,
        cursor: None,
    };
    for event in &events {
        walker.step(event);
    }
    if walker.offset.is_some() && walker.cursor.is_none() {
        let end = walker.offset.unwrap_or_default();
        walker.cursor = Some(walker.gap(end));
    }
    (Outline { keys: walker.keys }, walker.cursor)
}

/// A container of the value being read.
enum Frame {
    Inline(Vec<String>),
    List { path: Vec<String>, index: usize },
}

struct Walker<'t> {
    text: &'t str,
    offset: Option<usize>,
    keys: Vec<Key>,
    /// The table the last header opened (indexed).
    table: Vec<String>,
    /// How many entries each array of tables has so far, by its (indexed) path.
    entries: HashMap<Vec<String>, usize>,
    stack: Vec<Frame>,
    /// The segments of the key being read.
    key: Vec<(String, Range<usize>)>,
    in_header: bool,
    /// After `=`: the path of the value expected.
    value: Option<Vec<String>>,
    cursor: Option<Cursor>,
}

impl Walker<'_> {
    fn step(&mut self, event: &Event) {
        let span = event.span();
        let (start, end) = (span.start(), span.end());
        if let (Some(offset), None) = (self.offset, &self.cursor) {
            let token = matches!(
                event.kind(),
                EventKind::SimpleKey | EventKind::Scalar | EventKind::Comment
            );
            if token && start <= offset && offset <= end {
                self.cursor = Some(self.on_token(event, offset));
            } else if start >= offset {
                self.cursor = Some(self.gap(offset));
            }
        }
        match event.kind() {
            EventKind::StdTableOpen | EventKind::ArrayTableOpen => {
                self.stack.clear();
                self.key.clear();
                self.value = None;
                self.in_header = true;
            }
            EventKind::StdTableClose => {
                let segments = std::mem::take(&mut self.key);
                self.table = self.header(&segments, false);
                self.in_header = false;
            }
            EventKind::ArrayTableClose => {
                let segments = std::mem::take(&mut self.key);
                self.table = self.header(&segments, true);
                self.in_header = false;
            }
            EventKind::SimpleKey => {
                let name = self.decode(span, event.encoding());
                self.key.push((name, start..end));
            }
            EventKind::KeyValSep => {
                let mut path = self.container();
                for (name, span) in std::mem::take(&mut self.key) {
                    path.push(name);
                    self.keys.push(Key {
                        path: path.clone(),
                        span,
                    });
                }
                self.value = Some(path);
            }
            EventKind::Scalar if !matches!(self.stack.last(), Some(Frame::List { .. })) => {
                self.value = None;
            }
            EventKind::ArrayOpen => {
                let path = self.value_path();
                self.stack.push(Frame::List { path, index: 0 });
                self.value = None;
            }
            EventKind::InlineTableOpen => {
                let path = self.value_path();
                self.stack.push(Frame::Inline(path));
                self.value = None;
            }
            EventKind::ArrayClose | EventKind::InlineTableClose => {
                self.stack.pop();
            }
            EventKind::ValueSep => match self.stack.last_mut() {
                Some(Frame::List { index, .. }) => *index += 1,
                _ => {
                    self.key.clear();
                    self.value = None;
                }
            },
            EventKind::Newline if self.stack.is_empty() => {
                // A key-value ends with its line, whatever state a syntax error left.
                self.key.clear();
                self.value = None;
            }
            _ => {}
        }
    }

    /// The (indexed) path a header names, recording its keys; a `[[header]]` adds an entry.
    fn header(&mut self, segments: &[(String, Range<usize>)], array: bool) -> Vec<String> {
        let mut path: Vec<String> = Vec::new();
        for (i, (name, span)) in segments.iter().enumerate() {
            path.push(name.clone());
            self.keys.push(Key {
                path: path.clone(),
                span: span.clone(),
            });
            let last = i + 1 == segments.len();
            if array && last {
                let count = self.entries.entry(path.clone()).or_insert(0);
                *count += 1;
                path.push((*count - 1).to_string());
            } else if let Some(count) = self.entries.get(&path) {
                // `[goals.benchmarks]` is in the last entry of `[[goals]]`.
                path.push(count.saturating_sub(1).to_string());
            }
        }
        path
    }

    /// Where keys being read go: the inline table being read, else the current table.
    fn container(&self) -> Vec<String> {
        match self.stack.last() {
            Some(Frame::Inline(path)) => path.clone(),
            Some(Frame::List { path, index }) => {
                let mut p = path.clone();
                p.push(index.to_string());
                p
            }
            None => self.table.clone(),
        }
    }

    /// The path of the value about to be read.
    fn value_path(&self) -> Vec<String> {
        match (self.stack.last(), &self.value) {
            (Some(Frame::List { path, index }), _) => {
                let mut p = path.clone();
                p.push(index.to_string());
                p
            }
            (_, Some(path)) => path.clone(),
            (_, None) => self.container(),
        }
    }

    fn decode(&self, span: Span, encoding: Option<Encoding>) -> String {
        let raw_text = self.text.get(span.start()..span.end()).unwrap_or_default();
        let raw = Raw::new_unchecked(raw_text, encoding, span);
        let mut out = String::new();
        raw.decode_key(&mut out, &mut ());
        out
    }

    /// The cursor on a key, value or comment token.
    fn on_token(&self, event: &Event, offset: usize) -> Cursor {
        let span = event.span();
        let whole = span.start()..span.end();
        let (replace, quoted) = inside_quotes(self.text, &whole, event.encoding(), offset)
            .map_or((whole, false), |inner| (inner, true));
        let (path, place) = match event.kind() {
            EventKind::Comment => (Vec::new(), Place::Nothing),
            EventKind::SimpleKey => {
                let path = if self.in_header {
                    let segments: Vec<String> = self.key.iter().map(|(k, _)| k.clone()).collect();
                    self.resolve(&segments)
                } else {
                    let mut path = self.container();
                    path.extend(self.key.iter().map(|(k, _)| k.clone()));
                    path
                };
                (path, Place::Key)
            }
            _ => match self.stack.last() {
                Some(Frame::List { path, .. }) => (path.clone(), Place::Value { in_list: true }),
                _ => match &self.value {
                    Some(path) => (path.clone(), Place::Value { in_list: false }),
                    // A bare word where a key goes: a key being typed.
                    None => (self.container(), Place::Key),
                },
            },
        };
        Cursor {
            path,
            place,
            replace,
            quoted,
        }
    }

    /// The cursor between tokens.
    fn gap(&self, offset: usize) -> Cursor {
        let (path, place) = if self.in_header {
            let segments: Vec<String> = self.key.iter().map(|(k, _)| k.clone()).collect();
            (self.resolve(&segments), Place::Key)
        } else {
            match (self.stack.last(), &self.value) {
                (Some(Frame::List { path, .. }), _) => {
                    (path.clone(), Place::Value { in_list: true })
                }
                (_, Some(path)) => (path.clone(), Place::Value { in_list: false }),
                _ => {
                    let mut path = self.container();
                    path.extend(self.key.iter().map(|(k, _)| k.clone()));
                    (path, Place::Key)
                }
            }
        };
        Cursor {
            path,
            place,
            replace: offset..offset,
            quoted: false,
        }
    }

    /// The indexed path of header segments, without adding an entry.
    fn resolve(&self, segments: &[String]) -> Vec<String> {
        let mut path = Vec::new();
        for name in segments {
            path.push(name.clone());
            if let Some(count) = self.entries.get(&path) {
                path.push(count.saturating_sub(1).to_string());
            }
        }
        path
    }
}

/// The inside of a one-line string token when `offset` is inside its quotes.
fn inside_quotes(
    text: &str,
    span: &Range<usize>,
    encoding: Option<Encoding>,
    offset: usize,
) -> Option<Range<usize>> {
    let quote = match encoding? {
        Encoding::BasicString => b'"',
        Encoding::LiteralString => b'\'',
        _ => return None,
    };
    let bytes = text.as_bytes();
    let start = span.start + 1;
    let closed = span.end > start && bytes.get(span.end - 1) == Some(&quote);
    let end = if closed { span.end - 1 } else { span.end };
    (start <= offset && offset <= end).then_some(start..end)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{at, path};
    use super::*;
    use accord_core::load::Format;

    fn cursor(marked: &str) -> (Cursor, String) {
        let (_, cursor, text) = at(marked, Format::Toml);
        (cursor, text)
    }

    #[test]
    fn keys_get_indexed_paths() {
        let text = "charter_version = 1\n[partnership]\nid = \"x\"\n[[partners]]\nid = \"a\"\n[[partners]]\nid = \"b\"\nroles = [\"funding\"]\n[[goals]]\nid = \"g\"\n[[goals.benchmarks]]\nid = \"b1\"\n[goals.x]\n\"quoted key\".dotted = { inner = 1 }\n";
        let (outline, _) = scan(text, None);
        let paths: Vec<String> = outline.keys.iter().map(|k| k.path.join("/")).collect();
        assert_eq!(
            paths,
            [
                "charter_version",
                "partnership",
                "partnership/id",
                "partners",
                "partners/0/id",
                "partners",
                "partners/1/id",
                "partners/1/roles",
                "goals",
                "goals/0/id",
                "goals",
                "goals/0/benchmarks",
                "goals/0/benchmarks/0/id",
                "goals",
                "goals/0/x",
                "goals/0/x/quoted key",
                "goals/0/x/quoted key/dotted",
                "goals/0/x/quoted key/dotted/inner",
            ]
        );
        let quoted = &outline.keys[15];
        assert_eq!(&text[quoted.span.clone()], "\"quoted key\"");
        let entry = path(&["partners", "1"]);
        let present: Vec<&str> = outline
            .keys
            .iter()
            .filter(|k| k.path.len() == 3 && k.path.starts_with(&entry))
            .map(|k| k.path[2].as_str())
            .collect();
        assert_eq!(present, ["id", "roles"]);
    }

    #[test]
    fn the_cursor_on_keys_values_and_gaps() {
        let (c, text) = cursor("[partnership]\nco|\n");
        assert_eq!((c.path, c.place), (path(&["partnership"]), Place::Key));
        assert_eq!(&text[c.replace], "co");

        let (c, _) = cursor("[partnership]\nid = \"x\"\n|\n[budget]\n");
        assert_eq!(
            (c.path, c.place, c.replace),
            (path(&["partnership"]), Place::Key, 23..23)
        );

        let (c, text) = cursor("[partnership]\ncountry = \"H|\"\n");
        assert_eq!(c.path, path(&["partnership", "country"]));
        assert_eq!(c.place, Place::Value { in_list: false });
        assert!(c.quoted);
        assert_eq!(&text[c.replace], "H");

        let (c, text) = cursor("[partnership]\ncountry = \"H|\n[budget]\n");
        assert_eq!(c.path, path(&["partnership", "country"]));
        assert!(c.quoted);
        assert_eq!(&text[c.replace], "H");

        let (c, _) = cursor("[partnership]\nstart = |\n");
        assert_eq!(c.path, path(&["partnership", "start"]));
        assert_eq!(c.place, Place::Value { in_list: false });
        assert!(!c.quoted);

        let (c, text) = cursor("[[partners]]\nid = \"a\"\nroles = [\"funding\", \"imp|\"]\n");
        assert_eq!(c.path, path(&["partners", "0", "roles"]));
        assert_eq!(c.place, Place::Value { in_list: true });
        assert_eq!(&text[c.replace], "imp");

        let (c, _) = cursor("[[partners]]\n[[partners]]\nroles = [|]\n");
        assert_eq!(c.path, path(&["partners", "1", "roles"]));
        assert_eq!(c.place, Place::Value { in_list: true });

        let (c, text) = cursor("[[waivers]]\nrule = \"transparency.|\"\n");
        assert_eq!(c.path, path(&["waivers", "0", "rule"]));
        assert_eq!(&text[c.replace], "transparency.");

        let (c, text) = cursor("[gov|]\n");
        assert_eq!((c.path, c.place), (Vec::<String>::new(), Place::Key));
        assert_eq!(&text[c.replace], "gov");

        let (c, _) = cursor("[[goals]]\n[goals.benchmarks|]\n");
        assert_eq!(c.path, path(&["goals", "0"]));

        let (c, _) = cursor("# a comment |here\n");
        assert_eq!(c.place, Place::Nothing);

        let (c, _) = cursor("[budget]\nx = { currency = \"U|\" }\n");
        assert_eq!(c.path, path(&["budget", "x", "currency"]));

        let (c, _) = cursor("partnership.|");
        assert_eq!((c.path, c.place), (path(&["partnership"]), Place::Key));
    }
}
