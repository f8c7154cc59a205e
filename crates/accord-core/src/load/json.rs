//! A strict RFC 8259 JSON parser that keeps spans.
//!
//! Written here rather than taken from a crate because the loader needs four things together
//! that no maintained parser offers: byte spans for every key and value, duplicate keys as
//! errors (serde_json silently keeps the last), a nesting limit checked before recursing (so a
//! hostile file cannot overflow the stack), and strictness (no comments or trailing commas,
//! which JSONC parsers accept). Numbers are handed to serde_json once their syntax is checked.

use std::ops::Range;

use serde_json::{Map, Number, Value};

use super::{Document, Limits};
use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Message, msg};
use crate::source::{Children, Node, SourceMap};

pub(super) fn parse(text: &str, limits: &Limits) -> Result<Document, Diagnostic> {
    let mut p = Parser {
        text,
        bytes: text.as_bytes(),
        pos: 0,
        limits,
    };
    // A byte-order mark is tolerated, as most JSON readers do.
    if text.starts_with('\u{feff}') {
        p.pos = 3;
    }
    p.skip_ws();
    let (value, node) = p.value(0)?;
    p.skip_ws();
    if p.pos < p.bytes.len() {
        return Err(p.error(msg!("load-json-text-after-end"), p.pos..p.pos + 1));
    }
    Ok(Document {
        value,
        map: SourceMap::new(node, text),
    })
}

struct Parser<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    limits: &'a Limits,
}

impl Parser<'_> {
    fn error(&self, message: Message, span: Range<usize>) -> Diagnostic {
        // Spans end on a character boundary (a byte count may stop inside a character).
        let mut end = span.end.min(self.text.len());
        while !self.text.is_char_boundary(end) {
            end += 1;
        }
        Diagnostic::new(Kind::Syntax, msg!("load-json-syntax", detail = message))
            .at_span(span.start..end)
            .with_help(msg!("load-json-syntax-help"))
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    /// `expected`: what the parser wanted here (`value`, `key`, `colon`, `comma-or-brace`,
    /// `comma-or-bracket`, `fraction-digit`, `exponent-digit`; the message names it).
    fn unexpected(&self, expected: &'static str) -> Diagnostic {
        match self.text[self.pos..].chars().next() {
            None => self.error(
                msg!("load-json-ends-early", expected = expected),
                self.pos..self.pos,
            ),
            Some(c) => self.error(
                msg!(
                    "load-json-unexpected",
                    found = c.to_string(),
                    expected = expected
                ),
                self.pos..self.pos + c.len_utf8(),
            ),
        }
    }

    fn expect(&mut self, byte: u8, expected: &'static str) -> Result<(), Diagnostic> {
        if self.peek() == Some(byte) {
            self.pos += 1;
            Ok(())
        } else {
            Err(self.unexpected(expected))
        }
    }

    /// Parses a value at nesting level `depth` (the root is 0).
    fn value(&mut self, depth: usize) -> Result<(Value, Node), Diagnostic> {
        let start = self.pos;
        let leaf = |v: Value, end: usize| {
            (
                v,
                Node {
                    key: None,
                    value: start..end,
                    children: Children::Leaf,
                },
            )
        };
        match self.peek() {
            Some(b'{' | b'[') if depth >= self.limits.max_depth => {
                Err(Diagnostic::new(Kind::Limit, self.limits.depth_error())
                    .at_span(start..start + 1)
                    .with_help(msg!("load-flatten-value")))
            }
            Some(b'{') => self.object(depth),
            Some(b'[') => self.array(depth),
            Some(b'"') => {
                let s = self.string()?;
                if let Some(chars) = self.limits.string_too_long(&s) {
                    return Err(
                        Diagnostic::new(Kind::Limit, self.limits.string_error(chars))
                            .at_span(start..self.pos)
                            .with_help(msg!("load-shorten-text")),
                    );
                }
                Ok(leaf(Value::String(s), self.pos))
            }
            Some(b't') => self
                .literal("true", Value::Bool(true))
                .map(|v| leaf(v, self.pos)),
            Some(b'f') => self
                .literal("false", Value::Bool(false))
                .map(|v| leaf(v, self.pos)),
            Some(b'n') => self.literal("null", Value::Null).map(|v| leaf(v, self.pos)),
            Some(b'-' | b'0'..=b'9') => self.number().map(|v| leaf(v, self.pos)),
            _ => Err(self.unexpected("value")),
        }
    }

    fn literal(&mut self, word: &str, value: Value) -> Result<Value, Diagnostic> {
        if self.text[self.pos..].starts_with(word) {
            self.pos += word.len();
            Ok(value)
        } else {
            Err(self.unexpected("value"))
        }
    }

    fn object(&mut self, depth: usize) -> Result<(Value, Node), Diagnostic> {
        let start = self.pos;
        self.pos += 1;
        let mut map = Map::new();
        let mut members: Vec<(String, Node)> = Vec::new();
        // Key → index in `members`, so duplicate checks stay linear in the number of keys.
        let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        self.skip_ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
        } else {
            loop {
                self.skip_ws();
                if self.peek() != Some(b'"') {
                    return Err(self.unexpected("key"));
                }
                let key_start = self.pos;
                let key = self.string()?;
                let key_span = key_start..self.pos;
                if let Some(chars) = self.limits.string_too_long(&key) {
                    return Err(Diagnostic::new(Kind::Limit, self.limits.key_error(chars))
                        .at_span(key_span)
                        .with_help(msg!("load-shorten-marked-key")));
                }
                if let Some(first) = seen.get(&key).map(|&i| &members[i].1) {
                    let first_line = self.text[..first.key.as_ref().map_or(0, |s| s.start)]
                        .matches('\n')
                        .count()
                        + 1;
                    return Err(Diagnostic::new(
                        Kind::DuplicateKey,
                        msg!(
                            "load-json-duplicate-key",
                            key = key.as_str(),
                            line = first_line
                        ),
                    )
                    .at_span(key_span)
                    .with_help(msg!("load-json-duplicate-key-help")));
                }
                self.skip_ws();
                self.expect(b':', "colon")?;
                self.skip_ws();
                let (value, node) = self.value(depth + 1)?;
                map.insert(key.clone(), value);
                seen.insert(key.clone(), members.len());
                members.push((
                    key,
                    Node {
                        key: Some(key_span),
                        ..node
                    },
                ));
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b'}') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.unexpected("comma-or-brace")),
                }
            }
        }
        Ok((
            Value::Object(map),
            Node {
                key: None,
                value: start..self.pos,
                children: Children::object(members),
            },
        ))
    }

    fn array(&mut self, depth: usize) -> Result<(Value, Node), Diagnostic> {
        let start = self.pos;
        self.pos += 1;
        let mut values = Vec::new();
        let mut nodes = Vec::new();
        self.skip_ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
        } else {
            loop {
                self.skip_ws();
                if values.len() == self.limits.max_list_len {
                    return Err(Diagnostic::new(Kind::Limit, self.limits.list_error())
                        .at_span(start..start + 1)
                        .with_help(msg!("load-shorten-list")));
                }
                let (value, node) = self.value(depth + 1)?;
                values.push(value);
                nodes.push(node);
                self.skip_ws();
                match self.peek() {
                    Some(b',') => self.pos += 1,
                    Some(b']') => {
                        self.pos += 1;
                        break;
                    }
                    _ => return Err(self.unexpected("comma-or-bracket")),
                }
            }
        }
        Ok((
            Value::Array(values),
            Node {
                key: None,
                value: start..self.pos,
                children: Children::Array(nodes),
            },
        ))
    }

    fn number(&mut self) -> Result<Value, Diagnostic> {
        let start = self.pos;
        let digits = |p: &mut Self| {
            let from = p.pos;
            while let Some(b'0'..=b'9') = p.peek() {
                p.pos += 1;
            }
            p.pos - from
        };
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        let int_start = self.pos;
        let n = digits(self);
        if n == 0 || (n > 1 && self.bytes[int_start] == b'0') {
            return Err(self.error(
                msg!("load-json-number-digits"),
                start..self.pos.max(start + 1),
            ));
        }
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if digits(self) == 0 {
                return Err(self.unexpected("fraction-digit"));
            }
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if digits(self) == 0 {
                return Err(self.unexpected("exponent-digit"));
            }
        }
        let text = &self.text[start..self.pos];
        let number = if let Ok(i) = text.parse::<i64>() {
            Some(Number::from(i))
        } else if let Ok(u) = text.parse::<u64>() {
            Some(Number::from(u))
        } else {
            text.parse::<f64>().ok().and_then(Number::from_f64)
        };
        match number {
            Some(n) if n.as_f64().is_some_and(f64::is_finite) => Ok(Value::Number(n)),
            _ => Err(Diagnostic::new(
                Kind::Syntax,
                msg!("load-json-number-too-large", written = text),
            )
            .at_span(start..self.pos)
            .with_help(msg!("load-json-number-too-large-help"))),
        }
    }

    /// Parses a string starting at the opening quote; returns its decoded text.
    fn string(&mut self) -> Result<String, Diagnostic> {
        let open = self.pos;
        self.pos += 1;
        let mut out = String::new();
        loop {
            let run_start = self.pos;
            while let Some(b) = self.peek() {
                if b == b'"' || b == b'\\' || b < 0x20 {
                    break;
                }
                self.pos += 1;
            }
            out.push_str(&self.text[run_start..self.pos]);
            match self.peek() {
                None => return Err(self.error(msg!("load-json-unclosed-text"), open..self.pos)),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let esc = self.pos;
                    self.pos += 1;
                    let c = match self.peek() {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => {
                            self.pos += 1;
                            let c = self.unicode_escape(esc)?;
                            out.push(c);
                            continue;
                        }
                        _ => {
                            return Err(self.error(
                                msg!("load-json-unknown-escape"),
                                esc..(self.pos + 1).min(self.bytes.len()),
                            ));
                        }
                    };
                    self.pos += 1;
                    out.push(c);
                }
                Some(_) => {
                    return Err(
                        self.error(msg!("load-json-control-character"), self.pos..self.pos + 1)
                    );
                }
            }
        }
    }

    /// After `\u`: four hex digits, and a low surrogate's `\uXXXX` after a high one.
    fn unicode_escape(&mut self, esc: usize) -> Result<char, Diagnostic> {
        let first = self.hex4(esc)?;
        let code = if (0xD800..0xDC00).contains(&first) {
            if !self.text[self.pos..].starts_with("\\u") {
                return Err(self.error(msg!("load-json-lone-surrogate"), esc..self.pos));
            }
            self.pos += 2;
            let second = self.hex4(esc)?;
            if !(0xDC00..0xE000).contains(&second) {
                return Err(self.error(msg!("load-json-lone-surrogate"), esc..self.pos));
            }
            0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
        } else {
            first
        };
        char::from_u32(code)
            .ok_or_else(|| self.error(msg!("load-json-lone-surrogate"), esc..self.pos))
    }

    fn hex4(&mut self, esc: usize) -> Result<u32, Diagnostic> {
        let digits = self
            .text
            .get(self.pos..self.pos + 4)
            .filter(|d| d.bytes().all(|b| b.is_ascii_hexdigit()));
        let Some(digits) = digits else {
            return Err(self.error(
                msg!("load-json-four-hex-digits"),
                esc..(self.pos + 4).min(self.bytes.len()),
            ));
        };
        self.pos += 4;
        u32::from_str_radix(digits, 16)
            .map_err(|_| self.error(msg!("load-json-four-hex-digits"), esc..self.pos))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn ok(text: &str) -> Document {
        parse(text, &Limits::default()).unwrap()
    }

    fn err(text: &str) -> Diagnostic {
        parse(text, &Limits::default()).unwrap_err()
    }

    #[test]
    fn parses_like_serde_json() {
        for text in [
            r#"{"a": [1, -2.5, 3e2, true, false, null, "x\n\u00e9\ud83d\ude00"], "b": {}, "c": []}"#,
            "  [ ]  ",
            "\"\\/\"",
            "18446744073709551615",
        ] {
            let expected: Value = serde_json::from_str(text).unwrap();
            assert_eq!(ok(text).value, expected, "{text}");
        }
    }

    #[test]
    fn big_integers_are_numbers_for_the_schema_to_bound() {
        // JSON sets no limit on integers: the loader keeps each one as exactly as it can (i64,
        // u64, else the nearest f64) and the charter schema refuses those past 2^53 - 1, at
        // their place, instead of letting them reach a plugin.
        let d = ok(
            "[9007199254740992, 18446744073709551615, 18446744073709551616, \
             -9223372036854775809, 123456789012345678901234567890]",
        );
        let numbers: Vec<&Number> = d
            .value
            .as_array()
            .unwrap()
            .iter()
            .filter_map(|v| v.as_number())
            .collect();
        assert_eq!(numbers[0].as_i64(), Some(9_007_199_254_740_992));
        assert_eq!(numbers[1].as_u64(), Some(u64::MAX));
        assert_eq!(numbers[2].as_f64(), Some(2f64.powi(64)));
        assert!(numbers[2].is_f64());
        assert_eq!(numbers[3].as_f64(), Some(-(2f64.powi(63))));
        assert_eq!(numbers[4].as_f64(), Some(1.234_567_890_123_456_8e29));
        // Located as written, for the schema's error.
        let text = "[0, 123456789012345678901234567890]";
        let span = ok(text).map.value_span("/1").unwrap();
        assert_eq!(&text[span], "123456789012345678901234567890");
    }

    #[test]
    fn keeps_spans_of_keys_and_entries() {
        let text = "{\n  \"a\": [10, {\"b\": true}]\n}";
        let d = ok(text);
        assert_eq!(&text[d.map.locate("/a").span], "\"a\"");
        assert_eq!(&text[d.map.locate("/a/0").span], "10");
        assert_eq!(&text[d.map.locate("/a/1").span], "{\"b\": true}");
        assert_eq!(&text[d.map.locate("/a/1/b").span], "\"b\"");
        assert_eq!(&text[d.map.value_span("/a/1/b").unwrap()], "true");
    }

    #[test]
    fn duplicate_keys_are_errors() {
        let e = err("{\"a\": 1,\n \"a\": 2}");
        assert_eq!(e.kind, Kind::DuplicateKey);
        assert!(e.message.contains("first on line 1"));
        assert_eq!(e.span, Some(10..13));
    }

    #[test]
    fn rejects_what_strict_json_rejects() {
        for bad in [
            "{\"a\": 1,}",
            "[1,]",
            "// c\n{}",
            "{a: 1}",
            "01",
            "1.",
            ".5",
            "+1",
            "\"\t\"",
            "\"\\x\"",
            "\"\\ud800\"",
            "{} x",
            "",
            "[1 2]",
            "1e400",
            "NaN",
            "'a'",
        ] {
            let e = err(bad);
            assert_eq!(e.kind, Kind::Syntax, "{bad:?}");
            assert!(e.span.is_some(), "{bad:?}");
        }
    }

    #[test]
    fn deep_nesting_is_a_limit_error_not_a_stack_overflow() {
        let deep = "[".repeat(100_000);
        let e = err(&deep);
        assert_eq!(e.kind, Kind::Limit);
        let limits = Limits {
            max_depth: 2,
            ..Limits::default()
        };
        assert!(parse("[[1]]", &limits).is_ok());
        assert!(parse("[[[1]]]", &limits).is_err());
        let _ = json!(null);
    }

    #[test]
    fn long_lists_and_strings_are_limit_errors() {
        let limits = Limits {
            max_list_len: 3,
            max_string_chars: 4,
            ..Limits::default()
        };
        assert!(parse("[1,2,3]", &limits).is_ok());
        assert_eq!(parse("[1,2,3,4]", &limits).unwrap_err().kind, Kind::Limit);
        assert!(parse("\"éééé\"", &limits).is_ok());
        assert_eq!(parse("\"ééééé\"", &limits).unwrap_err().kind, Kind::Limit);
        // Keys too, at the key, before a duplicate is looked for.
        assert!(parse("{\"éééé\": 1}", &limits).is_ok());
        let e = parse("{\"a\": 1, \"ééééé\": 1, \"ééééé\": 2}", &limits).unwrap_err();
        assert_eq!(e.kind, Kind::Limit);
        assert_eq!(
            e.message,
            "a key holds 5 characters, more than the limit of 4"
        );
        assert_eq!(e.span, Some(9..21));
    }
}
