//! JSON, read by a small tolerant tokenizer: strings, punctuation and bare words.

use std::ops::Range;

use super::{Cursor, Key, Outline, Place};

enum Frame {
    Object {
        path: Vec<String>,
        /// The member's key once read; `colon` once its `:` is.
        key: Option<String>,
        colon: bool,
    },
    List {
        path: Vec<String>,
        index: usize,
    },
}

enum Token {
    Punct(u8),
    /// A string: its span with the quotes, its decoded text, and whether it was closed.
    Str(Range<usize>, String, bool),
    /// A number, `true`, `false`, `null`, or a word being typed.
    Word(Range<usize>),
}

pub(super) fn scan(text: &str, cursor: Option<usize>) -> (Outline, Option<Cursor>) {
    let mut state = State {
        stack: Vec::new(),
        keys: Vec::new(),
        deeper: 0,
    };
    let mut found = None;
    let mut tokens = Tokens { text, at: 0 };
    while let Some(token) = tokens.next() {
        if let (Some(offset), None) = (cursor, &found) {
            let span = match &token {
                Token::Punct(_) => tokens.at - 1..tokens.at,
                Token::Str(span, ..) | Token::Word(span) => span.clone(),
            };
            match &token {
                Token::Str(span, _, closed) if span.start < offset => {
                    let end = if *closed { span.end - 1 } else { span.end };
                    if offset <= end {
                        found = Some(state.cursor(span.start + 1..end, true));
                    }
                }
                Token::Word(span) if span.start <= offset && offset <= span.end => {
                    found = Some(state.cursor(span.clone(), false));
                }
                _ => {}
            }
            if found.is_none() && span.start >= offset {
                found = Some(state.cursor(offset..offset, false));
            }
        }
        state.step(token);
    }
    if let (Some(offset), None) = (cursor, &found) {
        found = Some(state.cursor(offset..offset, false));
    }
    (Outline { keys: state.keys }, found)
}

struct State {
    stack: Vec<Frame>,
    keys: Vec<Key>,
    /// How many open objects and lists lie past `MAX_DEPTH` (not outlined).
    deeper: usize,
}

impl State {
    /// The path of the value about to be read.
    fn value_path(&self) -> Vec<String> {
        match self.stack.last() {
            Some(Frame::Object { path, key, .. }) => {
                let mut p = path.clone();
                p.extend(key.clone());
                p
            }
            Some(Frame::List { path, index }) => {
                let mut p = path.clone();
                p.push(index.to_string());
                p
            }
            None => Vec::new(),
        }
    }

    fn step(&mut self, token: Token) {
        if self.deeper > 0 || self.stack.len() >= super::MAX_DEPTH {
            match token {
                Token::Punct(b'{' | b'[') => self.deeper += 1,
                Token::Punct(b'}' | b']') if self.deeper > 0 => self.deeper -= 1,
                Token::Punct(b'}' | b']') => {
                    self.stack.pop();
                }
                _ => {}
            }
            return;
        }
        match token {
            Token::Punct(b'{') => {
                let path = self.value_path();
                self.stack.push(Frame::Object {
                    path,
                    key: None,
                    colon: false,
                });
            }
            Token::Punct(b'[') => {
                let path = self.value_path();
                self.stack.push(Frame::List { path, index: 0 });
            }
            Token::Punct(b'}' | b']') => {
                self.stack.pop();
            }
            Token::Punct(b':') => {
                if let Some(Frame::Object { colon, .. }) = self.stack.last_mut() {
                    *colon = true;
                }
            }
            Token::Punct(b',') => match self.stack.last_mut() {
                Some(Frame::Object { key, colon, .. }) => {
                    *key = None;
                    *colon = false;
                }
                Some(Frame::List { index, .. }) => *index += 1,
                None => {}
            },
            Token::Str(span, text, _) => {
                if let Some(Frame::Object {
                    path,
                    key: key @ None,
                    colon: false,
                }) = self.stack.last_mut()
                {
                    let mut full = path.clone();
                    full.push(text.clone());
                    self.keys.push(Key { path: full, span });
                    *key = Some(text);
                }
            }
            Token::Punct(_) | Token::Word(_) => {}
        }
    }

    fn cursor(&self, replace: Range<usize>, quoted: bool) -> Cursor {
        let (path, place) = match self.stack.last() {
            _ if self.deeper > 0 => (Vec::new(), Place::Nothing),
            Some(Frame::Object {
                path, colon: false, ..
            }) => (path.clone(), Place::Key),
            Some(Frame::Object { .. }) => (self.value_path(), Place::Value { in_list: false }),
            Some(Frame::List { path, .. }) => (path.clone(), Place::Value { in_list: true }),
            None => (Vec::new(), Place::Nothing),
        };
        Cursor {
            path,
            place,
            replace,
            quoted,
        }
    }
}

struct Tokens<'t> {
    text: &'t str,
    at: usize,
}

impl Tokens<'_> {
    fn next(&mut self) -> Option<Token> {
        let bytes = self.text.as_bytes();
        while self.at < bytes.len() && bytes[self.at].is_ascii_whitespace() {
            self.at += 1;
        }
        let start = self.at;
        let &b = bytes.get(start)?;
        match b {
            b'{' | b'}' | b'[' | b']' | b':' | b',' => {
                self.at += 1;
                Some(Token::Punct(b))
            }
            b'"' => {
                let mut i = start + 1;
                let mut decoded = String::new();
                let mut closed = false;
                while i < bytes.len() {
                    match bytes[i] {
                        b'"' => {
                            closed = true;
                            i += 1;
                            break;
                        }
                        // An unclosed string ends with its line.
                        b'\n' => break,
                        b'\\' if i + 1 < bytes.len() => {
                            let (c, len) = escape(self.text, i);
                            decoded.push(c);
                            i += len;
                        }
                        _ => {
                            let c = self.text[i..].chars().next().unwrap_or('\u{FFFD}');
                            decoded.push(c);
                            i += c.len_utf8().max(1);
                        }
                    }
                }
                self.at = i;
                Some(Token::Str(start..i, decoded, closed))
            }
            _ => {
                let mut i = start;
                while i < bytes.len()
                    && !bytes[i].is_ascii_whitespace()
                    && !b"{}[]:,\"".contains(&bytes[i])
                {
                    i += 1;
                }
                // Never stop inside a character.
                while !self.text.is_char_boundary(i) {
                    i += 1;
                }
                self.at = i.max(start + 1);
                Some(Token::Word(start..self.at))
            }
        }
    }
}

/// The character of the escape at `at` (a backslash) and the escape's length.
fn escape(text: &str, at: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    match bytes.get(at + 1) {
        Some(b'n') => ('\n', 2),
        Some(b't') => ('\t', 2),
        Some(b'r') => ('\r', 2),
        Some(b'b') => ('\u{8}', 2),
        Some(b'f') => ('\u{c}', 2),
        Some(b'u') => match text.get(at + 2..at + 6) {
            Some(hex) if hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                let code = u32::from_str_radix(hex, 16).ok();
                (code.and_then(char::from_u32).unwrap_or('\u{FFFD}'), 6)
            }
            // A broken escape: skip the `\u` alone, never into a character.
            _ => ('\u{FFFD}', 2),
        },
        Some(&other) if other.is_ascii() => (char::from(other), 2),
        // A backslash before a non-ASCII character: keep the backslash alone.
        _ => ('\\', 1),
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{at, path};
    use super::*;
    use accord_core::load::Format;

    #[test]
    fn keys_get_indexed_paths() {
        let text = r#"{"charter_version": 1, "partners": [{"id": "a"}, {"id": "b", "ro\u006ces": []}],
            "partnership": {"name": "x", "themes": ["a", "b"]}}"#;
        let (outline, _) = scan(text, None);
        let paths: Vec<String> = outline.keys.iter().map(|k| k.path.join("/")).collect();
        assert_eq!(
            paths,
            [
                "charter_version",
                "partners",
                "partners/0/id",
                "partners/1/id",
                "partners/1/roles",
                "partnership",
                "partnership/name",
                "partnership/themes"
            ]
        );
        assert_eq!(&text[outline.keys[0].span.clone()], "\"charter_version\"");
    }

    #[test]
    fn the_cursor_on_keys_values_and_gaps() {
        let (_, c, text) = at(r#"{"partnership": {"co|"}}"#, Format::Json);
        assert_eq!((c.path, c.place), (path(&["partnership"]), Place::Key));
        assert!(c.quoted);
        assert_eq!(&text[c.replace], "co");

        let (_, c, _) = at("{\"partnership\": {\"id\": \"x\", |}}", Format::Json);
        assert_eq!((c.path, c.place), (path(&["partnership"]), Place::Key));
        assert!(!c.quoted);

        let (_, c, text) = at(r#"{"partnership": {"country": "H|"#, Format::Json);
        assert_eq!(c.path, path(&["partnership", "country"]));
        assert_eq!(c.place, Place::Value { in_list: false });
        assert_eq!(&text[c.replace], "H");

        let (_, c, _) = at(r#"{"partners": [{"roles": ["funding", |]}]}"#, Format::Json);
        assert_eq!(c.path, path(&["partners", "0", "roles"]));
        assert_eq!(c.place, Place::Value { in_list: true });

        let (_, c, text) = at(r#"{"budget": {"published": tr|}}"#, Format::Json);
        assert_eq!(c.path, path(&["budget", "published"]));
        assert_eq!(&text[c.replace], "tr");

        let (_, c, _) = at(
            r#"{"partnership": {"name": "é 😀 اسم", "start": |}}"#,
            Format::Json,
        );
        assert_eq!(c.path, path(&["partnership", "start"]));
    }
}
