//! bytes → `load_bytes` as JSON → (if parsed) charter schema and the loader's checks; every span
//! of every error and every value is checked (common/mod.rs). Differential: whatever the strict
//! parser accepts, serde_json accepts with the same value, and what it refuses as a syntax
//! error, serde_json refuses too.

#![no_main]

mod common;

use accord_core::Kind;
use accord_core::load::{Format, Limits, parse_text};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    common::load_and_check(data, Format::Json, |_, _| {});
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = parse_text(text, Format::Json, &Limits::default());
    // serde_json refuses a byte-order mark, which the loader tolerates.
    let theirs = serde_json::from_str::<Value>(text.strip_prefix('\u{feff}').unwrap_or(text));
    match (&ours, &theirs) {
        (Ok(doc), Ok(value)) => assert!(
            same(&doc.value, value),
            "the values differ:\nours   {}\nserde  {value}",
            doc.value
        ),
        (Ok(doc), Err(e)) => panic!("accepted what serde_json refuses ({e}): {}", doc.value),
        (Err(d), Ok(_)) => assert!(
            matches!(d.kind, Kind::DuplicateKey | Kind::Limit),
            "refused what serde_json accepts: {d:?}"
        ),
        (Err(_), Err(_)) => {}
    }
});

/// Equal values, numbers compared as f64 (serde_json's float parsing is not always correctly
/// rounded without its `float_roundtrip` feature, and it reads `-0` as a float).
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if x.is_f64() || y.is_f64() {
                let (x, y) = (x.as_f64().unwrap(), y.as_f64().unwrap());
                x == y || ((x - y) / x).abs() < 1e-15
            } else {
                x == y
            }
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len()
                && x.iter()
                    .zip(y)
                    .all(|((ka, va), (kb, vb))| ka == kb && same(va, vb))
        }
        _ => a == b,
    }
}
