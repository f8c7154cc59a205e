//! Arbitrary JSON Pointers against a parsed document. The input is a document, a NUL byte, then
//! pointers one per line; the document is JSON when it starts with `{` or `[`, else TOML, and a
//! fixed charter when it does not parse. Every span the source map gives must lie within the
//! text on char boundaries, and `locate` must agree with `serde_json::Value::pointer` on whether
//! the path exists.

#![no_main]

mod common;

use accord_core::load::{Format, Limits, parse_text};
use accord_core::source::{LineIndex, escape, unescape};
use libfuzzer_sys::fuzz_target;

const FALLBACK: &str = include_str!("../../tests/fixtures/valid/minimal.toml");

fuzz_target!(|data: &[u8]| {
    let (doc, rest) = match data.iter().position(|&b| b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let doc = String::from_utf8_lossy(doc);
    let format = if doc.trim_start().starts_with(['{', '[']) {
        Format::Json
    } else {
        Format::Toml
    };
    let limits = Limits::default();
    let (text, parsed) = match parse_text(&doc, format, &limits) {
        Ok(parsed) => (&*doc, parsed),
        Err(_) => (
            FALLBACK,
            parse_text(FALLBACK, Format::Toml, &limits).unwrap(),
        ),
    };
    let lines = LineIndex::new(text);
    let pointers = String::from_utf8_lossy(rest);
    for pointer in pointers.split('\n') {
        common::check_pointer(text, &lines, &parsed.map, pointer);
        let exact = parsed.map.locate(pointer).exact;
        let found = parsed.value.pointer(pointer).is_some();
        // Both read pointers as RFC 6901 writes them (array indices without a sign or a
        // leading zero; a pointer is empty or starts with `/`).
        assert_eq!(
            exact, found,
            "{pointer:?}: source map {exact}, serde_json {found}"
        );
        for token in pointer.split('/') {
            assert_eq!(
                unescape(&escape(token)),
                token,
                "escape round trip of {token:?}"
            );
        }
    }
});
