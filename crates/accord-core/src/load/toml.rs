//! TOML → JSON value with spans, via `toml::de::DeTable` (which keeps a span for every key and
//! value). Integers and floats are converted here from their text: `DeTable` checks them lazily.

use std::ops::Range;

use serde_json::{Map, Number, Value};
use toml::Spanned;
use toml::de::{DeArray, DeTable, DeValue};

use super::{Document, Limits};
use crate::diagnostic::{Diagnostic, Kind};
use crate::source::{Children, Node, SourceMap};

pub(super) fn parse(text: &str, limits: &Limits) -> Result<Document, Diagnostic> {
    let root = DeTable::parse(text).map_err(|e| {
        let span = e.span().unwrap_or(0..0);
        Diagnostic::new(
            Kind::Syntax,
            format!("this is not valid TOML: {}", tidy(e.message())),
        )
        .at_span(span)
        .with_help("fix the TOML syntax at the marked place (https://toml.io explains the format)")
    })?;
    let span = root.span();
    let converter = Converter { limits, text };
    let (value, children) = converter.table(root.get_ref(), 1)?;
    Ok(Document {
        value,
        map: SourceMap::new(Node {
            key: None,
            value: span,
            children,
        }),
    })
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
            let (v, node) = self.value(value, depth)?;
            let key_span = key.span();
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

fn limit(message: String, span: Range<usize>) -> Diagnostic {
    Diagnostic::new(Kind::Limit, message)
        .at_span(span)
        .with_help("a charter never needs this much; split or shorten the marked value")
}

fn integer(
    text: &str,
    radix: u32,
    written: &str,
    span: &Range<usize>,
) -> Result<Number, Diagnostic> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let parsed = i64::from_str_radix(&digits, radix)
        .map(Number::from)
        .or_else(|_| u64::from_str_radix(digits.trim_start_matches('+'), radix).map(Number::from));
    parsed.map_err(|_| {
        Diagnostic::new(Kind::Syntax, format!("`{written}` is not a valid TOML integer (or is too large)"))
            .at_span(span.clone())
            .with_help("write a whole number such as 42, between -9223372036854775808 and 18446744073709551615")
    })
}

fn float(text: &str, span: &Range<usize>) -> Result<Number, Diagnostic> {
    let digits: String = text.chars().filter(|&c| c != '_').collect();
    let parsed: Option<f64> = digits.parse().ok();
    match parsed.and_then(Number::from_f64) {
        Some(n) if !digits.contains("inf") && !digits.contains("nan") => Ok(n),
        _ => Err(Diagnostic::new(
            Kind::Type,
            format!(
                "`{text}` is not a finite number: infinities and NaN cannot be stored in a charter"
            ),
        )
        .at_span(span.clone())
        .with_help("write a finite number such as 0.25")),
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
        assert_eq!(d.map.locate("").span, 0..0);
    }

    #[test]
    fn rejects_infinities_and_bad_integers() {
        let e = parse("a = inf\n", &Limits::default()).unwrap_err();
        assert_eq!(e.kind, Kind::Type);
        assert!(e.message.contains("finite"));
        let e = parse("a = nan\n", &Limits::default()).unwrap_err();
        assert_eq!(e.span, Some(4..7));
        assert!(parse("a = 99999999999999999999\n", &Limits::default()).is_err());
        // An empty radix integer is quoted as written.
        let e = parse("a = 0x\n", &Limits::default()).unwrap_err();
        assert!(
            e.message.contains("`0x`") || e.kind == Kind::Syntax,
            "{}",
            e.message
        );
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
    }
}
