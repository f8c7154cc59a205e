//! bytes → `load_bytes` as TOML → (if parsed) charter schema and the loader's checks; every span
//! of every error and every value is checked (common/mod.rs). Differential against
//! `toml::from_str::<toml::Value>` (which checks integers fully): both accept the same files
//! with the same values, except what the loader refuses on purpose (limits, NaN and infinities).
//! Integers past 64 bits are refused by both.

#![no_main]

mod common;

use accord_core::Kind;
use accord_core::load::{Format, Limits, parse_text};
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

fuzz_target!(|data: &[u8]| {
    common::load_and_check(data, Format::Toml, |_, _| {});
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let ours = parse_text(text, Format::Toml, &Limits::default());
    let theirs = toml::from_str::<toml::Table>(text);
    match (&ours, &theirs) {
        (Ok(doc), Ok(table)) => {
            let value = json(&toml::Value::Table(table.clone()));
            assert!(
                same(&doc.value, &value),
                "the values differ:\nours  {}\ntoml  {value}",
                doc.value
            );
        }
        (Ok(doc), Err(e)) => panic!(
            "accepted what the toml crate refuses ({}): {}",
            e.message(),
            doc.value
        ),
        (Err(d), Ok(_)) => assert!(
            matches!(d.kind, Kind::Limit | Kind::Type),
            "refused what the toml crate accepts: {d:?}"
        ),
        (Err(_), Err(_)) => {}
    }
});

/// The toml crate's value as the loader converts it (dates as their RFC 3339 text).
fn json(value: &toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s.clone()),
        toml::Value::Integer(i) => Value::from(*i),
        toml::Value::Float(f) => {
            serde_json::Number::from_f64(*f).map_or(Value::Null, Value::Number)
        }
        toml::Value::Boolean(b) => Value::Bool(*b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.iter().map(json).collect()),
        toml::Value::Table(t) => {
            Value::Object(t.iter().map(|(k, v)| (k.clone(), json(v))).collect())
        }
    }
}

/// Equal values, floats compared as f64 and objects regardless of order.
fn same(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) if x.is_f64() || y.is_f64() => {
            x.as_f64() == y.as_f64()
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(a, b)| same(a, b))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| same(v, w)))
        }
        _ => a == b,
    }
}
