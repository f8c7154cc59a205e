//! The `{{name}}` plugin for Accord.
//!
//! Each rule lives in its own module under `rules/`, whose doc comment is the text users see in
//! `accord explain`; [`RULES`] is the one table that registers them. To add a rule: copy
//! `rules/budget_currency.rs`, give it a new id (`{{name}}.<rule-name>`), add the module to
//! `rules/mod.rs`, list its `RULE` in [`RULES`] and call its `check` from [`Plugin::check`].

use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin, Rule};
use serde_json::json;

mod rules;

/// Every rule of this plugin, in id order.
pub const RULES: &[Rule] = &[rules::budget_currency::RULE];

/// Option names and their defaults (declared in the manifest's options schema). A profile sets
/// them in `[options.{{name}}]`; the host checks them against the schema and fills in the
/// defaults before every call.
pub mod defaults {
    /// Option of `{{name}}.budget-currency`: the currencies (ISO 4217 codes) a budget may be in.
    pub const ACCEPTED_CURRENCIES: &str = "accepted_currencies";
    pub const ACCEPTED_CURRENCIES_DEFAULT: &[&str] = &["USD", "EUR"];
}

/// The plugin. `check` must be a pure function of the charter and the options: the host may call
/// it from several threads at once.
pub struct {{struct}};

impl Plugin for {{struct}} {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "{{name}}",
            env!("CARGO_PKG_VERSION"),
            "{{name}}: what these rules check, in one sentence.",
            RULES,
        )
        .option(
            defaults::ACCEPTED_CURRENCIES,
            json!({
                "type": "array",
                "items": {"type": "string", "pattern": "^[A-Z]{3}$"},
                "minItems": 1,
                "uniqueItems": true,
                "default": defaults::ACCEPTED_CURRENCIES_DEFAULT,
                "description": "{{name}}.budget-currency: the currencies (ISO 4217 codes) the budget may be stated in."
            }),
        )
    }

    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
        let accepted = string_list(options, defaults::ACCEPTED_CURRENCIES)?;
        let mut out = Outcome::default();
        rules::budget_currency::check(charter, &accepted, &mut out);
        Ok(out)
    }
}

/// An option holding a list of strings; an error names the option.
fn string_list(options: &Options, name: &str) -> Result<Vec<String>, String> {
    options
        .get(name)
        .and_then(|value| serde_json::from_value(value.clone()).ok())
        .ok_or_else(|| format!("option `{name}` is missing or not a list of strings"))
}

accord_plugin::export_plugin!({{struct}});

#[cfg(test)]
mod tests {
    use accord_plugin::Plugin;
    use accord_plugin_testkit::assert_manifest_complete;

    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        // Exactly the rules of RULES, in this plugin's category, each with a summary,
        // rationale, fix, example and references: the text `accord explain` prints.
        let plugin = super::{{struct}};
        assert_manifest_complete(&plugin, "{{name}}", super::RULES);
    }

    #[test]
    fn every_option_has_a_default_and_a_description() {
        let m = super::{{struct}}.manifest();
        let properties = m.options["properties"].as_object().unwrap();
        for (name, schema) in properties {
            assert!(schema.get("default").is_some(), "{name} has no default");
            let description = schema["description"].as_str().unwrap_or_default();
            assert!(!description.is_empty(), "{name} has no description");
        }
    }
}
