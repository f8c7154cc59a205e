//! What the loader targets share: load bytes, then check every span and location the loader and
//! the validator produce, and that the source map finds every value of the document.

#![allow(dead_code)] // Each target uses a part.

use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use accord_core::Diagnostic;
use accord_core::load::{Document, Format, Limits, load_bytes};
use accord_core::source::{LineIndex, SourceMap, escape};
use accord_core::validate::{SchemaValidator, validate_charter};
use serde_json::Value;

pub static CHARTER: LazyLock<SchemaValidator> =
    LazyLock::new(|| accord_core::schemas::compile("charter").expect("charter schema"));

/// A span must lie within the text, on char boundaries, and have a location inside the text
/// that agrees with `LineIndex::line_span`.
pub fn check_span(text: &str, lines: &LineIndex, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside the text of {} bytes",
        text.len()
    );
    assert!(
        text.is_char_boundary(span.start) && text.is_char_boundary(span.end),
        "{what}: span {span:?} not on char boundaries"
    );
    for offset in [span.start, span.end] {
        let loc = lines.location(text, offset);
        assert!(
            loc.line >= 1 && loc.line <= lines.line_count(),
            "{what}: {loc:?}"
        );
        assert!(loc.column >= 1, "{what}: {loc:?}");
        let line = lines.line_span(text, loc.line);
        assert!(
            line.start <= line.end && line.end <= text.len(),
            "{what}: line_span {line:?} of line {}",
            loc.line
        );
        assert!(
            text.is_char_boundary(line.start) && text.is_char_boundary(line.end),
            "{what}: line_span {line:?} not on char boundaries"
        );
        assert!(
            line.start <= offset,
            "{what}: {offset} before its line {line:?}"
        );
        // The column counts the chars from the line's start (a `\r` before `\n` is one).
        assert_eq!(
            loc.column - 1,
            text[line.start..offset].chars().count(),
            "{what}: column of offset {offset}"
        );
        // The offset sits on its line: at most the line end, or its `\r`.
        let after = text.get(line.end..offset).unwrap_or_default();
        assert!(
            offset <= line.end || after == "\r",
            "{what}: offset {offset} beyond its line {line:?}"
        );
    }
}

/// Every JSON Pointer of `value` (the root is `""`), in document order.
pub fn pointers(value: &Value, at: String, out: &mut Vec<String>) {
    match value {
        Value::Object(map) => {
            out.push(at.clone());
            for (k, v) in map {
                pointers(v, format!("{at}/{}", escape(k)), out);
            }
        }
        Value::Array(items) => {
            out.push(at.clone());
            for (i, v) in items.iter().enumerate() {
                pointers(v, format!("{at}/{i}"), out);
            }
        }
        _ => out.push(at),
    }
}

/// Locates one pointer and checks each span the source map gives for it.
pub fn check_pointer(text: &str, lines: &LineIndex, map: &SourceMap, pointer: &str) {
    let located = map.locate(pointer);
    check_span(text, lines, &located.span, &format!("locate({pointer:?})"));
    if let Some(span) = map.value_span(pointer) {
        check_span(text, lines, &span, &format!("value_span({pointer:?})"));
    }
    if let Some(span) = map.key_span(pointer) {
        check_span(text, lines, &span, &format!("key_span({pointer:?})"));
    }
}

/// Every value of the document is found exactly, at a span inside the text.
pub fn check_document(text: &str, lines: &LineIndex, doc: &Document) {
    let mut all = Vec::new();
    pointers(&doc.value, String::new(), &mut all);
    for pointer in &all {
        let located = doc.map.locate(pointer);
        assert!(
            located.exact,
            "{pointer:?} is in the value but not in the source map"
        );
        assert!(
            doc.map.value_span(pointer).is_some(),
            "{pointer:?} has no value span"
        );
        check_pointer(text, lines, &doc.map, pointer);
    }
}

pub fn check_diagnostic(text: &str, lines: &LineIndex, doc: Option<&Document>, d: &Diagnostic) {
    assert!(
        !d.message.trim().is_empty(),
        "a diagnostic without a message: {d:?}"
    );
    if let Some(span) = &d.span {
        check_span(text, lines, span, &format!("diagnostic {:?}", d.message));
    }
    if let (Some(path), Some(doc)) = (&d.path, doc) {
        check_pointer(text, lines, &doc.map, path);
    }
}

/// The whole loader target: load, then either check the error or validate and check every
/// error and every value's place. Returns the document for format-specific checks.
pub fn load_and_check(data: &[u8], format: Format, check: impl FnOnce(&str, &Document)) {
    let name = match format {
        Format::Toml => "fuzz.toml",
        Format::Json => "fuzz.json",
    };
    let loaded = load_bytes(Path::new(name), format, data.to_vec(), &Limits::default());
    let Some(source) = &loaded.source else {
        // Only an oversized file has no text; libFuzzer inputs are far below 4 MiB.
        panic!(
            "no source for {} bytes: {:?}",
            data.len(),
            loaded.document.err()
        );
    };
    let text = source.text.as_str();
    let lines = &source.lines;
    match &loaded.document {
        Err(d) => check_diagnostic(text, lines, None, d),
        Ok(doc) => {
            check_document(text, lines, doc);
            for d in validate_charter(&CHARTER, doc) {
                check_diagnostic(text, lines, Some(doc), &d);
            }
            check(text, doc);
        }
    }
}
