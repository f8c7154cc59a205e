//! The manifest a plugin declares (schemas/plugin-manifest.schema.json) and the options it reads.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::{Rule, RuleMeta};

/// What a plugin is and which rules and options it has.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    pub name: String,
    pub version: String,
    pub description: String,
    /// A JSON Schema for the plugin's options object, with a `default` for each option.
    pub options: Value,
    pub rules: Vec<RuleMeta>,
}

impl Manifest {
    /// A manifest with the given rules and no options yet.
    pub fn new(name: &str, version: &str, description: &str, rules: &[Rule]) -> Manifest {
        Manifest {
            name: name.to_owned(),
            version: version.to_owned(),
            description: description.to_owned(),
            options: json!({"type": "object", "additionalProperties": false, "properties": {}}),
            rules: rules.iter().map(Rule::meta).collect(),
        }
    }

    /// Declares one option: `schema` is its JSON Schema and must hold a `default`.
    pub fn option(mut self, name: &str, schema: Value) -> Manifest {
        if let Some(props) = self
            .options
            .get_mut("properties")
            .and_then(Value::as_object_mut)
        {
            props.insert(name.to_owned(), schema);
        }
        self
    }

    /// The declared default of each option.
    pub fn option_defaults(&self) -> Map<String, Value> {
        let mut defaults = Map::new();
        if let Some(props) = self.options.get("properties").and_then(Value::as_object) {
            for (name, schema) in props {
                if let Some(default) = schema.get("default") {
                    defaults.insert(name.clone(), default.clone());
                }
            }
        }
        defaults
    }

    pub fn declares(&self, rule_id: &str) -> bool {
        self.rules.iter().any(|r| r.id == rule_id)
    }
}

/// A plugin's options: the profile's values, completed with the manifest's defaults.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options(Map<String, Value>);

impl Options {
    /// `given` completed with every default of `manifest` that it does not set.
    pub fn with_defaults(manifest: &Manifest, given: Map<String, Value>) -> Options {
        let mut values = manifest.option_defaults();
        values.extend(given);
        Options(values)
    }

    pub fn from_map(values: Map<String, Value>) -> Options {
        Options(values)
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// A numeric option; an error names the option when it is missing or not a number.
    pub fn number(&self, name: &str) -> Result<f64, String> {
        self.0
            .get(name)
            .and_then(Value::as_f64)
            .ok_or_else(|| format!("option `{name}` is missing or not a number"))
    }

    /// An integer option (integral floats such as `3.0` count, as in JSON Schema).
    pub fn integer(&self, name: &str) -> Result<i64, String> {
        let value = self.0.get(name);
        value
            .and_then(Value::as_i64)
            .or_else(|| {
                value
                    .and_then(Value::as_f64)
                    .filter(|f| f.fract() == 0.0)
                    .map(|f| f as i64)
            })
            .ok_or_else(|| format!("option `{name}` is missing or not an integer"))
    }

    pub fn as_map(&self) -> &Map<String, Value> {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_fill_only_what_is_not_given() {
        let m = Manifest::new("demo", "0.1.0", "Demo", &[])
            .option("a", json!({"type": "number", "default": 0.25}))
            .option("b", json!({"type": "integer", "default": 6}));
        let mut given = Map::new();
        given.insert("b".into(), json!(3.0));
        let options = Options::with_defaults(&m, given);
        assert_eq!(options.number("a"), Ok(0.25));
        assert_eq!(options.integer("b"), Ok(3));
        assert!(options.number("c").unwrap_err().contains("`c`"));
    }
}
