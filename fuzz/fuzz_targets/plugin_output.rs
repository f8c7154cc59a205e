//! bytes → the steps `LoadedPlugin::check` takes on a plugin's output (crates/accord-core/src/
//! plugin/host.rs), unchanged: JSON, the plugin-output schema, `Outcome`, and the rule ids
//! against a fixed manifest. An output the schema accepts must deserialize, and the schema's
//! boolean check (which the host runs first) must agree with its list of errors.

#![no_main]

use std::sync::LazyLock;

use accord_core::validate::SchemaValidator;
use accord_plugin::{Manifest, Outcome};
use libfuzzer_sys::fuzz_target;
use serde_json::{Value, json};

static SCHEMA: LazyLock<SchemaValidator> =
    LazyLock::new(|| accord_core::schemas::compile("plugin-output").expect("output schema"));

static MANIFEST: LazyLock<Manifest> = LazyLock::new(|| {
    let rule = |id: &str| {
        json!({
            "id": id, "category": "demo", "severity": "warning",
            "summary": "s", "rationale": "r", "fix": "f", "example": "", "references": []
        })
    };
    serde_json::from_value(json!({
        "name": "fuzz-demo", "version": "1.0.0", "description": "d",
        "options": {"type": "object", "additionalProperties": false, "properties": {}},
        "rules": [rule("demo.has-budget"), rule("demo.has-exit")]
    }))
    .expect("manifest")
});

fuzz_target!(|data: &[u8]| {
    let Ok(value) = serde_json::from_slice::<Value>(data) else {
        return;
    };
    let errors = SCHEMA.explain(&value);
    // The host asks `is_valid` first and explains only what it refuses: the two must agree.
    assert_eq!(SCHEMA.is_valid(&value), errors.is_empty(), "{errors:?}");
    for e in &errors {
        assert!(e.starts_with("at `"), "{e}");
    }
    let outcome = serde_json::from_value::<Outcome>(value);
    if errors.is_empty() {
        let outcome = outcome.expect("an output the schema accepts must deserialize");
        let _ = outcome.check_against(&MANIFEST);
    } else if let Ok(outcome) = outcome {
        let _ = outcome.check_against(&MANIFEST);
    }
});
