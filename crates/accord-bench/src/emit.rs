//! Writing a charter value as TOML (by hand: tables after keys, `[[arrays]]` of tables, dates as
//! TOML local dates) and as JSON.

use serde_json::{Map, Value};

/// Whether a string is a date (`YYYY-MM-DD`): written as a TOML local date. The generator
/// never writes a text of that shape, so this is unambiguous for its charters.
fn is_date(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() == 10
        && b.iter().enumerate().all(|(i, c)| match i {
            4 | 7 => *c == b'-',
            _ => c.is_ascii_digit(),
        })
}

fn is_bare_key(k: &str) -> bool {
    !k.is_empty()
        && k.bytes()
            .all(|c| c.is_ascii_alphanumeric() || c == b'_' || c == b'-')
}

fn push_key(out: &mut String, k: &str) {
    if is_bare_key(k) {
        out.push_str(k);
    } else {
        push_string(out, k);
    }
}

fn push_string(out: &mut String, s: &str) {
    out.push('"');
    if !s
        .bytes()
        .any(|b| b < 0x20 || b == 0x7f || b == b'"' || b == b'\\')
    {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\u{:04X}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A table is written with a header; an array of tables as `[[…]]` entries.
fn is_table(v: &Value) -> bool {
    matches!(v, Value::Object(_))
}

fn is_table_array(v: &Value) -> bool {
    matches!(v, Value::Array(items) if !items.is_empty() && items.iter().all(is_table))
}

fn push_inline(out: &mut String, v: &Value) {
    match v {
        Value::Null => unreachable!("a charter holds no null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => {
            // serde_json writes floats with a fraction or exponent (`1.0`, `0.25`), as TOML needs.
            out.push_str(&n.to_string());
        }
        Value::String(s) if is_date(s) => out.push_str(s),
        Value::String(s) => push_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                push_inline(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => {
            out.push('{');
            for (i, (k, v)) in map.iter().enumerate() {
                out.push_str(if i > 0 { ", " } else { " " });
                push_key(out, k);
                out.push_str(" = ");
                push_inline(out, v);
            }
            out.push_str(if map.is_empty() { "}" } else { " }" });
        }
    }
}

fn push_header(out: &mut String, path: &[&str], array: bool) {
    if !out.is_empty() {
        out.push('\n');
    }
    out.push_str(if array { "[[" } else { "[" });
    for (i, k) in path.iter().enumerate() {
        if i > 0 {
            out.push('.');
        }
        push_key(out, k);
    }
    out.push_str(if array { "]]\n" } else { "]\n" });
}

fn push_table<'a>(out: &mut String, path: &mut Vec<&'a str>, map: &'a Map<String, Value>) {
    for (k, v) in map {
        if !is_table(v) && !is_table_array(v) {
            push_key(out, k);
            out.push_str(" = ");
            push_inline(out, v);
            out.push('\n');
        }
    }
    for (k, v) in map {
        match v {
            Value::Object(sub) => {
                path.push(k);
                let has_keys = sub.values().any(|v| !is_table(v) && !is_table_array(v));
                if has_keys || sub.is_empty() {
                    push_header(out, path, false);
                }
                push_table(out, path, sub);
                path.pop();
            }
            Value::Array(items) if is_table_array(v) => {
                path.push(k);
                for item in items {
                    push_header(out, path, true);
                    if let Value::Object(sub) = item {
                        push_table(out, path, sub);
                    }
                }
                path.pop();
            }
            _ => {}
        }
    }
}

/// The charter as TOML, after `comment` (each line prefixed with `# `).
pub fn to_toml(charter: &Value, comment: &str) -> String {
    let mut out = String::with_capacity(8192);
    for line in comment.lines() {
        out.push_str("# ");
        out.push_str(line);
        out.push('\n');
    }
    if let Value::Object(map) = charter {
        let mut body = String::with_capacity(8192);
        push_table(&mut body, &mut Vec::new(), map);
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(&body);
    }
    out
}

/// The charter as pretty-printed JSON with a final newline.
pub fn to_json(charter: &Value) -> String {
    let mut out = serde_json::to_string_pretty(charter).expect("a Value always serializes");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn writes_tables_after_keys_and_dates_bare() {
        let v = json!({
            "charter_version": 1,
            "partnership": {"id": "x", "start": "2011-01-01", "name": "A \"quoted\" name"},
            "partners": [{"id": "a", "roles": ["funding", "advisory"]}, {"id": "b", "share": 0.25}],
            "listening": {
                "solution_predetermined": false,
                "consultations": [{"date": "2010-06-20"}],
                "complaints": {"exists": true}
            },
            "extensions": {"kobo-sync": {"form_id": "f"}}
        });
        let text = to_toml(&v, "generated");
        assert_eq!(
            text,
            "# generated\n\ncharter_version = 1\n\n[partnership]\nid = \"x\"\nstart = 2011-01-01\nname = \"A \\\"quoted\\\" name\"\n\n[[partners]]\nid = \"a\"\nroles = [\"funding\", \"advisory\"]\n\n[[partners]]\nid = \"b\"\nshare = 0.25\n\n[listening]\nsolution_predetermined = false\n\n[[listening.consultations]]\ndate = 2010-06-20\n\n[listening.complaints]\nexists = true\n\n[extensions.kobo-sync]\nform_id = \"f\"\n"
        );
    }

    #[test]
    fn dates_are_recognised_exactly() {
        assert!(is_date("2024-02-29"));
        assert!(!is_date("2024-02-2"));
        assert!(!is_date("2024/02/29"));
        assert!(!is_date("About 2,000"));
    }
}
