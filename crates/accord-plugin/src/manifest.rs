//! The manifest a plugin declares (schemas/plugin-manifest.schema.json) and the options it reads.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value, json};

use crate::l10n::Translations;
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
    /// The texts in other languages than English, by BCP 47 tag (manifest revision 1.1).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub l10n: BTreeMap<String, LangTexts>,
    /// The languages besides English the plugin writes its finding messages in: the host sends
    /// `locale` only to a plugin that lists the language asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub message_languages: Vec<String>,
}

/// A manifest's texts in one language; what is missing stays in English.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct LangTexts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// Rule id → its texts in this language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub rules: BTreeMap<String, RuleTexts>,
}

/// A rule's texts in one language; a missing one falls back to English.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RuleTexts {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rationale: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fix: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
}

impl RuleTexts {
    pub fn is_empty(&self) -> bool {
        self == &RuleTexts::default()
    }
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
            l10n: BTreeMap::new(),
            message_languages: Vec::new(),
        }
    }

    /// Adds the texts of `translations` in every language but English (`l10n`), and lists
    /// every language of its files as one the plugin writes finding messages in
    /// (`message_languages`, the pseudo-language `qps-ploc` included).
    pub fn translated(mut self, translations: &Translations) -> Manifest {
        let source = crate::l10n::source().tag;
        for tag in translations.languages() {
            if tag == source {
                continue;
            }
            self.message_languages.push(tag.to_owned());
            let rules: BTreeMap<String, RuleTexts> = self
                .rules
                .iter()
                .filter_map(|r| Some((r.id.clone(), translations.rule_texts(tag, &r.id)?)))
                .collect();
            let texts = LangTexts {
                description: translations.description(tag),
                rules,
            };
            if texts != LangTexts::default() {
                self.l10n.insert(tag.to_owned(), texts);
            }
        }
        self
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

/// A plugin's options: the profile's values, completed with the manifest's defaults, and the
/// language the host asked the findings in.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Options {
    values: Map<String, Value>,
    locale: Option<String>,
}

impl Options {
    /// `given` completed with every default of `manifest` that it does not set.
    pub fn with_defaults(manifest: &Manifest, given: Map<String, Value>) -> Options {
        let mut values = manifest.option_defaults();
        values.extend(given);
        Options::from_map(values)
    }

    pub fn from_map(values: Map<String, Value>) -> Options {
        Options {
            values,
            locale: None,
        }
    }

    /// The same options, findings asked in `locale` (a BCP 47 tag).
    pub fn with_locale(mut self, locale: Option<String>) -> Options {
        self.locale = locale;
        self
    }

    /// The language the host asks the finding messages in: the input's `locale`, sent only
    /// when the manifest's `message_languages` lists it. `None` means English.
    /// [`Translations::messages`] takes it as it is.
    pub fn locale(&self) -> Option<&str> {
        self.locale.as_deref()
    }

    pub fn get(&self, name: &str) -> Option<&Value> {
        self.values.get(name)
    }

    /// A numeric option; an error names the option when it is missing or not a number.
    pub fn number(&self, name: &str) -> Result<f64, String> {
        self.values
            .get(name)
            .and_then(Value::as_f64)
            .ok_or_else(|| format!("option `{name}` is missing or not a number"))
    }

    /// An integer option (integral floats such as `3.0` count, as in JSON Schema).
    pub fn integer(&self, name: &str) -> Result<i64, String> {
        let value = self.values.get(name);
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
        &self.values
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
