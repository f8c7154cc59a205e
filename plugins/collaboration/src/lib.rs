//! The `collaboration` plugin: partners from several sectors, clear roles, no duplicated work,
//! measurable benchmarks and commitments that last.
//!
//! Each rule lives in its own module under `rules/`, whose doc comment is the text users see in
//! `accord explain`; [`RULES`] is the one table that registers them.

use accord_plugin::l10n::Translations;
use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin, Rule};
use serde_json::json;

mod rules;

/// The finding messages in English, and the rules' texts and messages in French and Spanish.
pub static TRANSLATIONS: Translations = Translations::new(&[
    ("en", include_str!("rules/l10n/en.ftl")),
    ("fr", include_str!("rules/l10n/fr.ftl")),
    ("es", include_str!("rules/l10n/es.ftl")),
]);

/// Every rule of this plugin, in id order.
pub const RULES: &[Rule] = &[
    rules::benchmark_cadence::RULE,
    rules::benchmarks_measurable::RULE,
    rules::commitment_horizon::RULE,
    rules::cross_sector::RULE,
    rules::initiatives_mapped::RULE,
    rules::long_term::RULE,
    rules::no_duplication::RULE,
    rules::roles_covered::RULE,
    rules::value_stated::RULE,
];

/// Option names and their defaults (declared in the manifest's options schema).
pub mod defaults {
    /// Option of `collaboration.benchmark-cadence`: the longest gap, in months, between
    /// consecutive dates of the plan (start, benchmark dues, end). Accord's own default.
    pub const MAX_MONTHS_BETWEEN_BENCHMARKS: &str = "max_months_between_benchmarks";
    pub const MAX_MONTHS_BETWEEN_BENCHMARKS_DEFAULT: u32 = 12;
    /// Option of `collaboration.long-term`: the shortest partnership span, in years. Accord's own
    /// default.
    pub const MIN_YEARS: &str = "min_years";
    pub const MIN_YEARS_DEFAULT: u32 = 3;
}

pub struct Collaboration;

impl Plugin for Collaboration {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "collaboration",
            env!("CARGO_PKG_VERSION"),
            "Collaboration: partners from several sectors with clear roles and stated value, mapped and non-duplicated initiatives, measurable and regular benchmarks, and commitments that last.",
            RULES,
        )
        .option(
            defaults::MAX_MONTHS_BETWEEN_BENCHMARKS,
            json!({
                "type": "integer",
                "minimum": 1,
                "default": defaults::MAX_MONTHS_BETWEEN_BENCHMARKS_DEFAULT,
                "description": "collaboration.benchmark-cadence: the longest allowed gap, in calendar months, between consecutive dates of the plan (partnership start, each benchmark's due date, partnership end). Accord's own default, not a framework figure."
            }),
        )
        .option(
            defaults::MIN_YEARS,
            json!({
                "type": "integer",
                "minimum": 1,
                "default": defaults::MIN_YEARS_DEFAULT,
                "description": "collaboration.long-term: the shortest partnership span, in years (the end must be on or after the start plus this many years). Accord's own default, not a framework figure."
            }),
        )
        .translated(&TRANSLATIONS)
    }

    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
        let max_months = positive_integer(options, defaults::MAX_MONTHS_BETWEEN_BENCHMARKS)?;
        let min_years = positive_integer(options, defaults::MIN_YEARS)?;
        let mut out = Outcome::default();
        let t = &TRANSLATIONS.messages(options.locale());
        rules::benchmark_cadence::check(charter, max_months, t, &mut out);
        rules::benchmarks_measurable::check(charter, t, &mut out);
        rules::commitment_horizon::check(charter, t, &mut out);
        rules::cross_sector::check(charter, t, &mut out);
        rules::initiatives_mapped::check(charter, t, &mut out);
        rules::long_term::check(charter, min_years, t, &mut out);
        rules::no_duplication::check(charter, t, &mut out);
        rules::roles_covered::check(charter, t, &mut out);
        rules::value_stated::check(charter, t, &mut out);
        Ok(out)
    }
}

/// An integer option that must be at least 1 (the options schema says so; the host validates
/// profiles against it, this guards direct callers).
fn positive_integer(options: &Options, name: &str) -> Result<u32, String> {
    let value = options.integer(name)?;
    u32::try_from(value)
        .ok()
        .filter(|v| *v >= 1)
        .ok_or_else(|| format!("option `{name}` must be a whole number of at least 1, got {value}"))
}

accord_plugin::export_plugin!(Collaboration);

#[cfg(test)]
mod tests {
    use super::{Collaboration, RULES};
    use accord_plugin::{Options, Plugin};
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        accord_plugin_testkit::assert_manifest_complete(
            &super::Collaboration,
            "collaboration",
            super::RULES,
        );
    }

    #[test]
    fn every_text_and_message_is_in_french_and_spanish() {
        accord_plugin_testkit::assert_translated(
            &super::Collaboration,
            &super::TRANSLATIONS,
            &["fr", "es"],
        );
    }

    #[test]
    fn rules_are_registered_in_id_order() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        accord_plugin_testkit::assert_rules_in_id_order(RULES);
        assert_eq!(
            ids,
            [
                "collaboration.benchmark-cadence",
                "collaboration.benchmarks-measurable",
                "collaboration.commitment-horizon",
                "collaboration.cross-sector",
                "collaboration.initiatives-mapped",
                "collaboration.long-term",
                "collaboration.no-duplication",
                "collaboration.roles-covered",
                "collaboration.value-stated",
            ]
        );
    }

    #[test]
    fn severities_follow_the_catalogue() {
        use accord_plugin::Severity::{Error, Info, Warning};
        let severity = |id: &str| RULES.iter().find(|r| r.id == id).map(|r| r.severity);
        assert_eq!(severity("collaboration.cross-sector"), Some(Warning));
        assert_eq!(severity("collaboration.roles-covered"), Some(Error));
        assert_eq!(severity("collaboration.value-stated"), Some(Warning));
        assert_eq!(severity("collaboration.no-duplication"), Some(Warning));
        assert_eq!(severity("collaboration.initiatives-mapped"), Some(Warning));
        assert_eq!(
            severity("collaboration.benchmarks-measurable"),
            Some(Warning)
        );
        assert_eq!(severity("collaboration.benchmark-cadence"), Some(Info));
        assert_eq!(severity("collaboration.long-term"), Some(Info));
        assert_eq!(severity("collaboration.commitment-horizon"), Some(Warning));
    }

    #[test]
    fn options_are_declared_with_defaults_and_descriptions() {
        let m = Collaboration.manifest();
        let defaults = m.option_defaults();
        assert_eq!(
            defaults.get("max_months_between_benchmarks"),
            Some(&json!(12))
        );
        assert_eq!(defaults.get("min_years"), Some(&json!(3)));
        assert_eq!(defaults.len(), 2);
        for name in ["max_months_between_benchmarks", "min_years"] {
            let schema = &m.options["properties"][name];
            assert_eq!(schema["type"], json!("integer"), "{name}");
        }
        accord_plugin_testkit::assert_options_documented(&Collaboration);
        assert_eq!(m.options["additionalProperties"], json!(false));
    }

    #[test]
    fn thresholds_marked_our_default_say_so() {
        for r in Collaboration.manifest().rules {
            if r.id == "collaboration.benchmark-cadence" || r.id == "collaboration.long-term" {
                let option = if r.id.ends_with("long-term") {
                    "min_years"
                } else {
                    "max_months_between_benchmarks"
                };
                let text = r.rationale.split_whitespace().collect::<Vec<_>>().join(" ");
                assert!(
                    text.contains("Accord's own default, not a framework figure"),
                    "{}",
                    r.id
                );
                assert!(
                    text.contains(&format!("a profile can change it with option `{option}`")),
                    "{}",
                    r.id
                );
            }
        }
    }

    #[test]
    fn minimal_charter_reports_only_what_it_lacks() {
        let out = Fixture::minimal().run(&Collaboration);
        let found: Vec<(&str, &str)> = out
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                // no benchmark at all between a 2011 start and a 2016 end
                ("collaboration.benchmark-cadence", "/partnership/end"),
                (
                    "collaboration.initiatives-mapped",
                    "/coordination/mapping_done"
                ),
            ]
        );
        assert!(out.not_applicable.is_empty());
    }

    #[test]
    fn out_of_range_options_are_errors_naming_the_option() {
        let charter = Fixture::minimal().charter();
        let options = Options::with_defaults(
            &Collaboration.manifest(),
            accord_plugin_testkit::options(json!({"min_years": -1})),
        );
        let err = Collaboration.check(&charter, &options).unwrap_err();
        assert!(err.contains("`min_years`"), "{err}");
        let options = Options::with_defaults(
            &Collaboration.manifest(),
            accord_plugin_testkit::options(json!({"max_months_between_benchmarks": 0})),
        );
        let err = Collaboration.check(&charter, &options).unwrap_err();
        assert!(err.contains("`max_months_between_benchmarks`"), "{err}");
    }
}
