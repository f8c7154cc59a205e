//! The `transparency` plugin: money flows, interests and reporting in the open.
//!
//! Each rule lives in its own module under `rules/`, whose doc comment is the text users see in
//! `accord explain`; [`RULES`] is the one table that registers them.

use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin, Rule};

mod rules;

/// Every rule of this plugin, in id order.
pub const RULES: &[Rule] = &[
    rules::budget_published::RULE,
    // further rules are registered here
];

/// Option names and their defaults (declared in the manifest's options schema).
pub mod defaults {}

pub struct Transparency;

impl Plugin for Transparency {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "transparency",
            env!("CARGO_PKG_VERSION"),
            "Transparency: published budgets, declared interests, public reporting, independent audit and local funding.",
            RULES,
        )
    }

    fn check(&self, charter: &Charter, _options: &Options) -> Result<Outcome, String> {
        let mut out = Outcome::default();
        rules::budget_published::check(charter, &mut out);
        Ok(out)
    }
}

accord_plugin::export_plugin!(Transparency);

#[cfg(test)]
mod tests {
    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        use accord_plugin::Plugin;
        let m = super::Transparency.manifest();
        assert_eq!(m.rules.len(), super::RULES.len());
        for r in &m.rules {
            assert!(r.id.starts_with("transparency."), "{}", r.id);
            for (field, text) in [
                ("summary", &r.summary),
                ("rationale", &r.rationale),
                ("fix", &r.fix),
                ("example", &r.example),
            ] {
                assert!(!text.is_empty(), "{} has no {field}", r.id);
            }
            assert!(!r.references.is_empty(), "{} has no references", r.id);
        }
        let _ = serde_json::json!(null);
    }
}
