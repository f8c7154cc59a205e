//! text → `Pack::parse` against the pack schema; when a pack parses, each rule is checked
//! against a fixed charter (its `assert` is a user-written JSON Schema and its `path` a
//! user-written pointer).

#![no_main]

use std::sync::LazyLock;

use accord_core::load::{Format, Limits, parse_text};
use accord_core::pack::Pack;
use accord_core::validate::SchemaValidator;
use libfuzzer_sys::fuzz_target;
use serde_json::Value;

static SCHEMA: LazyLock<SchemaValidator> =
    LazyLock::new(|| accord_core::schemas::compile("pack").expect("pack schema"));

static CHARTER: LazyLock<Value> = LazyLock::new(|| {
    let text = include_str!("../../examples/charters/water-programme.toml");
    parse_text(text, Format::Toml, &Limits::default())
        .unwrap()
        .value
});

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    match Pack::parse("fuzz.toml", text, None, &SCHEMA) {
        Ok(pack) => {
            for rule in &pack.rules {
                let _ = rule.check(&CHARTER);
            }
        }
        Err(e) => {
            assert!(
                !e.problems.is_empty(),
                "a pack error without a problem: {e:?}"
            );
            let _ = e.to_string();
        }
    }
});
