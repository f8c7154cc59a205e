//! The bundled JSON Schemas (`accord schema NAME`), embedded so the binary works anywhere.

use crate::validate::{SchemaError, SchemaValidator};

/// Every bundled schema, by the name `accord schema` takes.
pub const SCHEMAS: &[(&str, &str)] = &[
    (
        "charter",
        include_str!("../../../schemas/charter.schema.json"),
    ),
    (
        "report",
        include_str!("../../../schemas/report.schema.json"),
    ),
    (
        "plugin-manifest",
        include_str!("../../../schemas/plugin-manifest.schema.json"),
    ),
    (
        "plugin-input",
        include_str!("../../../schemas/plugin-input.schema.json"),
    ),
    (
        "plugin-output",
        include_str!("../../../schemas/plugin-output.schema.json"),
    ),
    (
        "pack",
        include_str!("../../../schemas/rule-pack.schema.json"),
    ),
    (
        "profile",
        include_str!("../../../schemas/profile.schema.json"),
    ),
    (
        "config",
        include_str!("../../../schemas/config.schema.json"),
    ),
];

/// The text of a bundled schema.
pub fn text(name: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
}

/// Compiles a bundled schema.
pub fn compile(name: &str) -> Result<SchemaValidator, SchemaError> {
    let text = text(name).ok_or_else(|| SchemaError {
        name: name.to_owned(),
        message: "no such schema".into(),
    })?;
    let value = serde_json::from_str(text).map_err(|e| SchemaError {
        name: name.to_owned(),
        message: e.to_string(),
    })?;
    SchemaValidator::new(name, value)
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_bundled_schema_compiles() {
        for (name, _) in super::SCHEMAS {
            super::compile(name).unwrap_or_else(|e| panic!("{e}"));
        }
    }
}
