//! TOML → JSON value with spans, via `toml::de::DeTable` (which keeps a span for every key and
//! value). Integers and floats are converted here from their text: `DeTable` checks them lazily.

use std::num::IntErrorKind;
use std::ops::Range;

use serde_json::{Map, Number, Value};
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::{Document, Limits};
use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Message, msg};
use crate::source::{Children, Node, SourceMap};

pub(super) fn parse(text: &str, limits: &Limits) -> Result<Document, Diagnostic> {
    let root = DeTable::parse(text).map_err(|e| {
        if is_recursion_error(&e) {
            too_deep(text, limits, e.span())
        } else {
            syntax(&e)
        }
    })?;
    let span = root.span();
    let converter = Converter { limits, text };
    let (value, children) = converter.table(root.get_ref(), 1)?;
    Ok(Document {
        value,
        map: SourceMap::new(
            Node {
                key: None,
                value: span,
                children,
            },
            text,
        ),
    })
}

/// The errors of the toml crate's own recursion guard: more than 80 inline arrays and tables
/// in one another, or more than 80 keys in one dotted key or header. It stops there, before the
/// loader can count levels, but either is far past [`Limits::max_depth`].
const RECURSION_ERRORS: [&str; 2] = [
    "cannot recurse further; max recursion depth met",
    "recursion limit",
];

fn is_recursion_error(e: &toml::de::Error) -> bool {
    RECURSION_ERRORS.contains(&e.message().trim())
}

fn syntax(e: &toml::de::Error) -> Diagnostic {
    Diagnostic::new(
        Kind::Syntax,
        msg!("load-toml-syntax", detail = tidy(e.message())),
    )
    .at_span(e.span().unwrap_or(0..0))
    .with_help(msg!("load-toml-syntax-help"))
}

/// The error for text the toml crate refused at its recursion guard (`at` is where it stopped,
/// when it says): the nesting limit, located like the loader's own at the first value in the
/// text nested too deep, unless a syntax error comes before it.
fn too_deep(text: &str, limits: &Limits, at: Option<Range<usize>>) -> Diagnostic {
    // The place is before where the toml crate stopped; the text need not be read past it.
    let until = at.as_ref().map_or(text.len(), |s| s.end);
    let span = match Scan::new(text, limits.max_depth, until).run() {
        Err(Stop::TooDeep(span)) => Some(span),
        Ok(()) | Err(Stop::Lost) => None,
    }
    .or(at)
    .unwrap_or(0..0);
    // The toml crate finds some syntax errors (an empty value) only after its guard has spoken,
    // so its first error need not be the first in the text: the first in the text is shown.
    let (_, errors) = DeTable::parse_recoverable(text);
    let earlier = errors
        .iter()
        .filter(|e| !is_recursion_error(e))
        .filter(|e| e.span().is_some_and(|s| s.start < span.start))
        .min_by_key(|e| e.span().map_or(0, |s| s.start));
    match earlier {
        Some(e) => syntax(e),
        None => limit(limits.depth_error(), span),
    }
}

fn tidy(message: &str) -> String {
    message.trim().trim_end_matches('.').to_owned()
}

struct Converter<'a> {
    limits: &'a Limits,
    /// The source, to quote a bad number as written.
    text: &'a str,
}

impl Converter<'_> {
    fn table(&self, table: &DeTable<'_>, depth: usize) -> Result<(Value, Children), Diagnostic> {
        let mut map = Map::with_capacity(table.len());
        let mut members = Vec::with_capacity(table.len());
        for (key, value) in table {
            let key_span = key.span();
            if let Some(chars) = self.limits.string_too_long(key.get_ref()) {
                return Err(Diagnostic::new(Kind::Limit, self.limits.key_error(chars))
                    .at_span(key_span)
                    .with_help(msg!("load-shorten-key")));
            }
            let (v, node) = self.value(value, depth)?;
            map.insert(key.get_ref().to_string(), v);
            members.push((
                key.get_ref().to_string(),
                Node {
                    key: Some(key_span),
                    ..node
                },
            ));
        }
        Ok((Value::Object(map), Children::object(members)))
    }

    fn array(
        &self,
        array: &DeArray<'_>,
        span: Range<usize>,
        depth: usize,
    ) -> Result<(Value, Children), Diagnostic> {
        if array.len() > self.limits.max_list_len {
            return Err(limit(self.limits.list_error(), span));
        }
        let mut values = Vec::with_capacity(array.len());
        let mut nodes = Vec::with_capacity(array.len());
        for item in array.iter() {
            let (v, node) = self.value(item, depth)?;
            values.push(v);
            nodes.push(node);
        }
        Ok((Value::Array(values), Children::Array(nodes)))
    }

    /// Converts one value at nesting level `depth` (its container's level + 1).
    fn value(
        &self,
        value: &Spanned<DeValue<'_>>,
        depth: usize,
    ) -> Result<(Value, Node), Diagnostic> {
        let span = value.span();
        let leaf = |v: Value| {
            Ok((
                v,
                Node {
                    key: None,
                    value: span.clone(),
                    children: Children::Leaf,
                },
            ))
        };
        match value.get_ref() {
            DeValue::String(s) => {
                if let Some(chars) = self.limits.string_too_long(s) {
                    return Err(limit(self.limits.string_error(chars), span));
                }
                leaf(Value::String(s.to_string()))
            }
            DeValue::Integer(i) => {
                let written = self.text.get(span.clone()).unwrap_or(i.as_str());
                leaf(Value::Number(integer(
                    i.as_str(),
                    i.radix(),
                    written,
                    &span,
                )?))
            }
            DeValue::Float(f) => leaf(Value::Number(float(f.as_str(), &span)?)),
            DeValue::Boolean(b) => leaf(Value::Bool(*b)),
            // Dates and times become their RFC 3339 text; the schema then says which is wanted.
            DeValue::Datetime(dt) => leaf(Value::String(dt.to_string())),
            DeValue::Array(_) | DeValue::Table(_) if depth >= self.limits.max_depth => {
                Err(limit(self.limits.depth_error(), span))
            }
            DeValue::Array(array) => {
                let (v, children) = self.array(array, span.clone(), depth + 1)?;
                Ok((
                    v,
                    Node {
                        key: None,
                        value: span,
                        children,
                    },
                ))
            }
            DeValue::Table(table) => {
                let (v, children) = self.table(table, depth + 1)?;
                Ok((
                    v,
                    Node {
                        key: None,
                        value: span,
                        children,
                    },
                ))
            }
        }
    }
}

fn limit(message: Message, span: Range<usize>) -> Diagnostic {
    Diagnostic::new(Kind::Limit, message)
        .at_span(span)
        .with_help(msg!("load-split-value"))
}

/// Reads TOML's structure (headers, dotted keys, inline arrays and tables; strings and comments
/// skipped) to find the first value in the text that the loader would refuse as nested too deep,
/// counting levels as [`Converter`] does. A loop with a stack of at most `max_depth` open
/// containers, so any nesting is read without recursion.
struct Scan<'a> {
    bytes: &'a [u8],
    pos: usize,
    max_depth: usize,
    /// Where to give up: the text need not be well formed past it.
    until: usize,
}

/// Why a [`Scan`] stopped early.
#[derive(Debug, PartialEq, Eq)]
enum Stop {
    /// The first value nested too deep: a key (of a table it opens) or an opening bracket.
    TooDeep(Range<usize>),
    /// The text does not read as TOML here.
    Lost,
}

/// What the scan expects next.
#[derive(Clone, Copy)]
enum Want {
    /// A header or a key/value pair, at the top level.
    Statement,
    /// A value at this level.
    Value(usize),
    /// What follows a value: a separator, a closing bracket, or the next statement.
    After,
    /// A value or the `]` of the innermost array.
    Item,
    /// A key/value pair or the `}` of the innermost inline table.
    Member,
}

impl Scan<'_> {
    fn new(text: &str, max_depth: usize, until: usize) -> Scan<'_> {
        Scan {
            bytes: text.as_bytes(),
            pos: 0,
            max_depth,
            until: until.min(text.len()),
        }
    }

    /// Reads up to `until`; `Ok` when no value there is nested too deep.
    fn run(&mut self) -> Result<(), Stop> {
        // The level of the table the last header opened (the root is 0).
        let mut table = 0;
        // The inline arrays (false) and tables (true) open around the place, with their levels.
        let mut open: Vec<(bool, usize)> = Vec::new();
        let mut want = Want::Statement;
        loop {
            self.skip_blank();
            if self.pos >= self.until {
                return Ok(());
            }
            want = match want {
                Want::Statement if self.bytes.get(self.pos) == Some(&b'[') => {
                    let header = self.pos;
                    self.pos += 1;
                    let array = self.eat(b'[');
                    let keys = self.keys()?;
                    if !(self.eat(b']') && (!array || self.eat(b']'))) {
                        return Err(Stop::Lost);
                    }
                    // Key `i` of a header opens a table (the last of `[[…]]` an array) at level
                    // `i`, shown at the key, or for the header's own table or array at the header.
                    let too_deep = self.max_depth.saturating_sub(1);
                    if too_deep + 1 < keys.len()
                        && let Some(key) = keys.get(too_deep)
                    {
                        return Err(Stop::TooDeep(key.clone()));
                    }
                    table = keys.len() + usize::from(array);
                    if table >= self.max_depth {
                        return Err(Stop::TooDeep(header..self.pos));
                    }
                    Want::Statement
                }
                Want::Statement => self.pair(table)?,
                Want::Value(level) => match self.bytes.get(self.pos) {
                    Some(&b @ (b'[' | b'{')) => {
                        if level >= self.max_depth {
                            return Err(Stop::TooDeep(self.pos..self.pos + 1));
                        }
                        self.pos += 1;
                        open.push((b == b'{', level));
                        if b == b'{' { Want::Member } else { Want::Item }
                    }
                    Some(b'"' | b'\'') => {
                        self.string()?;
                        Want::After
                    }
                    _ => {
                        self.scalar()?;
                        Want::After
                    }
                },
                Want::After => match open.last() {
                    None => Want::Statement,
                    Some(&(inline_table, _)) => {
                        let close = if inline_table { b'}' } else { b']' };
                        if self.eat(b',') {
                            if inline_table {
                                Want::Member
                            } else {
                                Want::Item
                            }
                        } else if self.eat(close) {
                            open.pop();
                            Want::After
                        } else {
                            return Err(Stop::Lost);
                        }
                    }
                },
                Want::Item | Want::Member => {
                    let Some(&(inline_table, level)) = open.last() else {
                        return Err(Stop::Lost);
                    };
                    if self.eat(if inline_table { b'}' } else { b']' }) {
                        open.pop();
                        Want::After
                    } else if inline_table {
                        self.pair(level)?
                    } else {
                        Want::Value(level + 1)
                    }
                }
            };
        }
    }

    /// A key/value pair in a table at level `base`, up to its `=`; its value is next.
    fn pair(&mut self, base: usize) -> Result<Want, Stop> {
        let keys = self.keys()?;
        // Each key but the last opens a table, at `base + i` for the `i`th.
        let too_deep = self.max_depth.saturating_sub(base).max(1);
        if let Some(key) = keys
            .get(..keys.len().saturating_sub(1))
            .and_then(|k| k.get(too_deep - 1))
        {
            return Err(Stop::TooDeep(key.clone()));
        }
        self.skip_space();
        if !self.eat(b'=') {
            return Err(Stop::Lost);
        }
        self.skip_space();
        Ok(Want::Value(base + keys.len()))
    }

    /// A simple or dotted key; the spans of its parts.
    fn keys(&mut self) -> Result<Vec<Range<usize>>, Stop> {
        let mut keys = Vec::new();
        loop {
            self.skip_space();
            let start = self.pos;
            match self.bytes.get(self.pos) {
                Some(b'"' | b'\'') => self.string()?,
                _ => {
                    while self
                        .bytes
                        .get(self.pos)
                        .is_some_and(|&b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
                    {
                        self.pos += 1;
                    }
                    if self.pos == start {
                        return Err(Stop::Lost);
                    }
                }
            }
            keys.push(start..self.pos);
            self.skip_space();
            if !self.eat(b'.') {
                return Ok(keys);
            }
        }
    }

    /// A string of any of TOML's four kinds, from its opening quote.
    fn string(&mut self) -> Result<(), Stop> {
        let Some(&quote) = self.bytes.get(self.pos) else {
            return Err(Stop::Lost);
        };
        let escapes = quote == b'"';
        let triple = [quote; 3];
        let multiline = self.bytes[self.pos..].starts_with(&triple);
        self.pos += if multiline { 3 } else { 1 };
        while let Some(&b) = self.bytes.get(self.pos) {
            if escapes && b == b'\\' {
                self.pos += 2;
            } else if multiline && self.bytes[self.pos..].starts_with(&triple) {
                self.pos += 3;
                // Up to two quotes of the content may come right before the closing three.
                for _ in 0..2 {
                    self.eat(quote);
                }
                return Ok(());
            } else if !multiline && b == quote {
                self.pos += 1;
                return Ok(());
            } else if !multiline && b == b'\n' {
                return Err(Stop::Lost);
            } else {
                self.pos += 1;
            }
        }
        Err(Stop::Lost)
    }

    /// A number, boolean, date or time: up to what ends a value.
    fn scalar(&mut self) -> Result<(), Stop> {
        let start = self.pos;
        while self
            .bytes
            .get(self.pos)
            .is_some_and(|b| !b",]}#\r\n".contains(b))
        {
            self.pos += 1;
        }
        if self.pos == start {
            return Err(Stop::Lost);
        }
        Ok(())
    }

    fn eat(&mut self, byte: u8) -> bool {
        let found = self.bytes.get(self.pos) == Some(&byte);
        self.pos += usize::from(found);
        found
    }

    fn skip_space(&mut self) {
        while let Some(b' ' | b'\t') = self.bytes.get(self.pos) {
            self.pos += 1;
        }
    }

    /// Spaces, line ends and comments.
    fn skip_blank(&mut self) {
        loop {
            match self.bytes.get(self.pos) {
                Some(b' ' | b'\t' | b'\r' | b'\n') => self.pos += 1,
                Some(b'#') => {
                    while self.bytes.get(self.pos).is_some_and(|&b| b != b'\n') {
                        self.pos += 1;
                    }
                }
                _ => return,
            }
        }
    }
}

/// A TOML integer: 64-bit signed, as TOML defines it. A value past `i64` is refused with its
/// place, never kept as a wider number that the next reader cannot hold.
fn integer(
    text: &str,
    radix: u32,
    written: &str,
    span: &Range<usize>,
) -> Result<Number, Diagnostic> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let error = match i64::from_str_radix(&digits, radix) {
        Ok(i) => return Ok(Number::from(i)),
        Err(e) => e,
    };
    let (kind, message) = match error.kind() {
        IntErrorKind::PosOverflow => (
            Kind::Range,
            msg!(
                "load-integer-too-large",
                written = written,
                max = i64::MAX.to_string()
            ),
        ),
        IntErrorKind::NegOverflow => (
            Kind::Range,
            msg!(
                "load-integer-too-small",
                written = written,
                min = i64::MIN.to_string()
            ),
        ),
        _ => (
            Kind::Syntax,
            msg!("load-integer-invalid", written = written),
        ),
    };
    Err(Diagnostic::new(kind, message)
        .at_span(span.clone())
        .with_help(msg!(
            "load-integer-help",
            min = i64::MIN.to_string(),
            max = i64::MAX.to_string()
        )))
}

fn float(text: &str, span: &Range<usize>) -> Result<Number, Diagnostic> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let parsed: Option<f64> = digits.parse().ok();
    match parsed.and_then(Number::from_f64) {
        Some(n) if !digits.contains("inf") && !digits.contains("nan") => Ok(n),
        _ => Err(
            Diagnostic::new(Kind::Type, msg!("load-not-finite", written = text))
                .at_span(span.clone())
                .with_help(msg!("load-not-finite-help")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(text: &str) -> Document {
        parse(text, &Limits::default()).unwrap()
    }

    #[test]
    fn converts_values_and_dates() {
        let d = doc(
            "a = 1\nb = 0x1F\nc = 1_000.5\nd = 2011-06-30\ne = 2011-06-30T10:00:00Z\n[t]\nx = [true, \"s\"]\n",
        );
        assert_eq!(
            d.value,
            serde_json::json!({"a": 1, "b": 31, "c": 1000.5, "d": "2011-06-30", "e": "2011-06-30T10:00:00Z", "t": {"x": [true, "s"]}})
        );
    }

    #[test]
    fn a_missing_section_is_shown_at_the_first_key_not_at_a_comment() {
        let text =
            "#:schema ./x.json\n# A comment.\n\ncharter_version = 1\n[partnership]\nid = \"x\"\n";
        let d = doc(text);
        let missing = d.map.locate("/exit/strategy");
        assert!(!missing.exact);
        assert_eq!(&text[missing.span.clone()], "charter_version");
        let lines = crate::source::LineIndex::new(text);
        let at = lines.location(text, missing.span.start);
        assert_eq!((at.line, at.column), (4, 1));
        // JSON too, at column 1 of the line of its first key.
        let json = "{\n  \"charter_version\": 1\n}\n";
        let d = crate::load::parse_text(json, crate::load::Format::Json, &Limits::default())
            .expect("valid JSON");
        let span = d.map.locate("/exit").span;
        assert_eq!(span.start, 2);
        assert_eq!(&json[span], "  \"charter_version\"");
    }

    #[test]
    fn spans_point_at_keys_and_array_tables() {
        let text =
            "[partnership]\nid = \"x\"\n\n[[partners]]\nid = \"a\"\n\n[[partners]]\nid = \"b\"\n";
        let d = doc(text);
        let at = |p: &str| &text[d.map.locate(p).span];
        assert_eq!(at("/partnership/id"), "id");
        assert!(at("/partners/1").starts_with("[[partners]]"));
        assert_eq!(
            d.map.locate("/partners/1/id").span.start,
            text.rfind("id").unwrap()
        );
        // Absent paths fall back to the nearest ancestor.
        let missing = d.map.locate("/partnership/end");
        assert!(!missing.exact);
        assert_eq!(&text[missing.span], "partnership");
        // The root: its first key (here a table header's).
        assert_eq!(&text[d.map.locate("").span], "[partnership");
    }

    #[test]
    fn rejects_infinities_and_bad_integers() {
        let e = parse("a = inf\n", &Limits::default()).unwrap_err();
        assert_eq!(e.kind, Kind::Type);
        assert!(e.message.contains("finite"));
        let e = parse("a = nan\n", &Limits::default()).unwrap_err();
        assert_eq!(e.span, Some(4..7));
        assert!(parse("a = 99999999999999999999\n", &Limits::default()).is_err());
        // Integers hold what TOML's 64-bit signed integers hold: the extremes are kept exactly.
        let d =
            doc("a = 9223372036854775807\nb = -9223372036854775808\nc = 0x7FFF_FFFF_FFFF_FFFF\n");
        assert_eq!(d.value["a"].as_i64(), Some(i64::MAX));
        assert_eq!(d.value["b"].as_i64(), Some(i64::MIN));
        assert_eq!(d.value["c"].as_i64(), Some(i64::MAX));
        // An empty radix integer is quoted as written.
        let e = parse("a = 0x\n", &Limits::default()).unwrap_err();
        assert!(
            e.message.contains("`0x`") || e.kind == Kind::Syntax,
            "{}",
            e.message
        );
    }

    #[test]
    fn integers_past_64_bits_are_refused_at_their_place() {
        for (text, word) in [
            ("a = 9223372036854775808\n", "too large"),
            ("a = +9_223_372_036_854_775_808\n", "too large"),
            ("a = 18446744073709551615\n", "too large"),
            ("a = 0x8000000000000000\n", "too large"),
            ("a = 0o1000000000000000000000\n", "too large"),
            ("a = -9223372036854775809\n", "too small"),
        ] {
            let e = parse(text, &Limits::default()).unwrap_err();
            let value = text["a = ".len()..].trim_end();
            assert_eq!(e.kind, Kind::Range, "{text:?}: {e:?}");
            assert_eq!(e.span, Some(4..4 + value.len()), "{text:?}");
            assert!(
                e.message
                    .starts_with(&format!("`{value}` is {word} for a TOML integer")),
                "{text:?}: {}",
                e.message
            );
            assert!(
                e.help
                    .as_deref()
                    .is_some_and(|h| h.contains("9223372036854775807"))
            );
        }
    }

    #[test]
    fn syntax_errors_carry_a_span() {
        let e = parse("a = 1\nb = \n", &Limits::default()).unwrap_err();
        assert_eq!(e.kind, Kind::Syntax);
        assert!(e.span.is_some());
    }

    #[test]
    fn enforces_limits() {
        let limits = Limits {
            max_depth: 3,
            max_list_len: 2,
            max_string_chars: 5,
            ..Limits::default()
        };
        let e = parse("a = [[[[1]]]]\n", &limits).unwrap_err();
        assert_eq!(e.kind, Kind::Limit);
        let e = parse("a = [1, 2, 3]\n", &limits).unwrap_err();
        assert!(e.message.contains("more than 2 entries"), "{}", e.message);
        let e = parse("a = \"héllo!\"\n", &limits).unwrap_err();
        assert!(e.message.contains("6 characters"));
        assert!(parse("a = \"héllo\"\n", &limits).is_ok());
        // Keys too, at the key, including one that only names a table.
        let e = parse("\"héllo!\" = 1\n", &limits).unwrap_err();
        assert_eq!(e.kind, Kind::Limit);
        assert_eq!(
            e.message,
            "a key holds 6 characters, more than the limit of 5"
        );
        assert_eq!(e.span, Some(0..9));
        let e = parse("[a.abcdef]\nx = 1\n", &limits).unwrap_err();
        assert_eq!(e.span, Some(3..9), "{e:?}");
        assert!(parse("héllo = 1\n", &limits).is_err());
        assert!(parse("\"héllo\" = 1\n", &limits).is_ok());
    }

    fn scan(text: &str, max_depth: usize) -> Result<(), Stop> {
        Scan::new(text, max_depth, text.len()).run()
    }

    #[test]
    fn the_scan_counts_levels_as_the_loader_does() {
        let limits = |max_depth| Limits {
            max_depth,
            ..Limits::default()
        };
        for text in [
            "a = [[1]]\n",
            "a = [[1], [[2]]]\n",
            "a = {b = {c = 1}}\n",
            "a.b.c = 1\n",
            "[a.b]\nc = 1\n",
            "[a]\nb.c = 1\n",
            "[[a]]\nb = 1\n",
            "[[a]]\nb.c = 1\n",
            "[[a.b]]\n",
            "a = [{b = 1}]\n",
            "a = [{b = [1]}]\n",
            "a = {b.c = 1}\n",
            "[a]\nb = [1]\n",
            "a = [\n  [1], # [[[[\n  [2],\n]\n",
            "a = \"[[[{{{\"\nb = '''\n[[[''''\nc = \"\"\"\\\"\"\"[[[\"\"\"\"\nd = 1979-05-27 07:32:00Z\n",
            "\"a.b\".'c.d' . e = 1\n",
        ] {
            for max_depth in 1..6 {
                // Whatever the loader refuses as too deep, the scan finds, at the same place.
                let loaded = parse(text, &limits(max_depth));
                let scanned = scan(text, max_depth);
                match (loaded, scanned) {
                    (Ok(_), Ok(())) => {}
                    (Err(e), Err(Stop::TooDeep(span))) => {
                        assert_eq!(e.kind, Kind::Limit, "{text:?} at {max_depth}: {e:?}");
                        assert_eq!(
                            e.span.map(|s| s.start),
                            Some(span.start),
                            "{text:?} at {max_depth}"
                        );
                    }
                    (loaded, scanned) => {
                        panic!("{text:?} at {max_depth}: loader {loaded:?}, scan {scanned:?}")
                    }
                }
            }
        }
        // What does not read as TOML loses the scan, without a panic.
        for text in [
            "a = \"x",
            "a = '''x",
            "[a",
            "= 1",
            "a = [1 2]",
            "a = {b = 1",
            "a = \"\\",
        ] {
            assert!(
                matches!(scan(text, 32), Ok(()) | Err(Stop::Lost)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn nesting_past_the_toml_crates_guard_is_the_nesting_limit() {
        let limits = Limits::default();
        let text = format!("a = {}1{}\n", "[".repeat(200), "]".repeat(200));
        let e = parse(&text, &limits).unwrap_err();
        assert_eq!(e.kind, Kind::Limit);
        assert_eq!(e.message, limits.depth_error().to_string());
        // The 32nd `[`, where 33 to 80 levels are refused too.
        assert_eq!(e.span, Some(35..36));
        assert!(e.help.is_some());
        // A syntax error earlier in the text comes first, though the toml crate finds an empty
        // value only after its guard has spoken.
        for text in [
            format!("a = [1 2, {}\n", "[".repeat(200)),
            format!("x =\na = {}\n", "[".repeat(200)),
        ] {
            let e = parse(&text, &limits).unwrap_err();
            assert_eq!(e.kind, Kind::Syntax, "{e:?}");
            assert!(e.span.as_ref().is_some_and(|s| s.start < 9), "{e:?}");
        }
    }
}
