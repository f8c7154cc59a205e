//! The `exit-plan` plugin: how the outside partners plan to make themselves not needed.
//!
//! Its rule ids are `exit.*` (category `exit`). Each rule lives in its own module under `rules/`,
//! whose doc comment is the text users see in `accord explain`; [`RULES`] is the one table that
//! registers them.

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
    rules::adopted_early::RULE,
    rules::approach::RULE,
    rules::capacity_transfer::RULE,
    rules::funding_after_exit::RULE,
    rules::handover_date::RULE,
    rules::local_staff_growth::RULE,
    rules::local_successor::RULE,
    rules::measurable_criteria::RULE,
    rules::strategy::RULE,
    rules::support_bounded::RULE,
];

/// Option names and their defaults (declared in the manifest's options schema).
pub mod defaults {
    /// Option of `exit.adopted-early`: the exit strategy is adopted within this fraction of the
    /// partnership's span. Accord's own default, not a framework figure.
    pub const MAX_ADOPTION_FRACTION: &str = "max_adoption_fraction";
    pub const MAX_ADOPTION_FRACTION_DEFAULT: f64 = 0.25;
    /// Option of `exit.local-staff-growth`: the least share of local staff at exit. Accord's own
    /// default, not a framework figure.
    pub const MIN_LOCAL_STAFF_SHARE_AT_EXIT: &str = "min_local_staff_share_at_exit";
    pub const MIN_LOCAL_STAFF_SHARE_AT_EXIT_DEFAULT: f64 = 0.75;
}

pub struct ExitPlan;

impl Plugin for ExitPlan {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "exit-plan",
            env!("CARGO_PKG_VERSION"),
            "Exit plan: an early, measurable strategy for handing the work to local partners and making outside partners not needed.",
            RULES,
        )
        .option(
            defaults::MAX_ADOPTION_FRACTION,
            json!({
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "default": defaults::MAX_ADOPTION_FRACTION_DEFAULT,
                "description": "exit.adopted-early: the exit strategy must be adopted within this fraction of the partnership's span, counted in days from its start (0.25 = the first quarter)."
            }),
        )
        .option(
            defaults::MIN_LOCAL_STAFF_SHARE_AT_EXIT,
            json!({
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "default": defaults::MIN_LOCAL_STAFF_SHARE_AT_EXIT_DEFAULT,
                "description": "exit.local-staff-growth: the least share of local staff planned at exit (0.75 = 75%)."
            }),
        )
        .translated(&TRANSLATIONS)
    }

    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
        let max_adoption_fraction = options.number(defaults::MAX_ADOPTION_FRACTION)?;
        let min_local_staff_share = options.number(defaults::MIN_LOCAL_STAFF_SHARE_AT_EXIT)?;
        let mut out = Outcome::default();
        let t = &TRANSLATIONS.messages(options.locale());
        rules::adopted_early::check(charter, max_adoption_fraction, t, &mut out);
        rules::approach::check(charter, t, &mut out);
        rules::capacity_transfer::check(charter, t, &mut out);
        rules::funding_after_exit::check(charter, t, &mut out);
        rules::handover_date::check(charter, t, &mut out);
        rules::local_staff_growth::check(charter, min_local_staff_share, t, &mut out);
        rules::local_successor::check(charter, t, &mut out);
        rules::measurable_criteria::check(charter, t, &mut out);
        rules::strategy::check(charter, t, &mut out);
        rules::support_bounded::check(charter, t, &mut out);
        Ok(out)
    }
}

accord_plugin::export_plugin!(ExitPlan);

#[cfg(test)]
mod tests {
    use accord_plugin::Plugin;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    use super::{ExitPlan, RULES};

    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        accord_plugin_testkit::assert_manifest_complete(&super::ExitPlan, "exit", super::RULES);
    }

    #[test]
    fn every_text_and_message_is_in_french_and_spanish() {
        accord_plugin_testkit::assert_translated(
            &super::ExitPlan,
            &super::TRANSLATIONS,
            &["fr", "es"],
        );
    }

    #[test]
    fn rules_are_registered_in_id_order_without_duplicates() {
        let ids: Vec<&str> = RULES.iter().map(|r| r.id).collect();
        accord_plugin_testkit::assert_rules_in_id_order(RULES);
        assert_eq!(ids.len(), 10);
    }

    #[test]
    fn severities_follow_the_catalogue() {
        use accord_plugin::Severity::{Error, Info, Warning};
        let expected = [
            ("exit.adopted-early", Warning),
            ("exit.approach", Warning),
            ("exit.capacity-transfer", Error),
            ("exit.funding-after-exit", Warning),
            ("exit.handover-date", Error),
            ("exit.local-staff-growth", Warning),
            ("exit.local-successor", Error),
            ("exit.measurable-criteria", Warning),
            ("exit.strategy", Error),
            ("exit.support-bounded", Info),
        ];
        let actual: Vec<_> = RULES.iter().map(|r| (r.id, r.severity)).collect();
        assert_eq!(actual, expected);
    }

    #[test]
    fn options_declare_their_defaults() {
        let m = ExitPlan.manifest();
        let defaults = m.option_defaults();
        assert_eq!(defaults.get("max_adoption_fraction"), Some(&json!(0.25)));
        assert_eq!(
            defaults.get("min_local_staff_share_at_exit"),
            Some(&json!(0.75))
        );
        let props = m.options["properties"].as_object().map(|p| p.len());
        assert_eq!(props, Some(2));
        accord_plugin_testkit::assert_options_documented(&ExitPlan);
    }

    #[test]
    fn fixes_stand_alone_in_their_first_sentence() {
        for r in ExitPlan.manifest().rules {
            let first = r.fix.split(". ").next().unwrap_or("");
            assert!(first.len() > 30, "{}: {first}", r.id);
            assert!(first.starts_with(char::is_uppercase), "{}: {first}", r.id);
            assert!(!first.contains("e.g"), "{}: {first}", r.id);
            assert!(r.fix.contains('.'), "{}", r.id);
        }
    }

    #[test]
    fn own_thresholds_say_so_and_name_their_option() {
        let m = ExitPlan.manifest();
        for (id, option) in [
            ("exit.adopted-early", "max_adoption_fraction"),
            ("exit.local-staff-growth", "min_local_staff_share_at_exit"),
        ] {
            let rule = m.rules.iter().find(|r| r.id == id).unwrap();
            // The doc comment wraps lines; compare the words.
            let rationale = rule.rationale.split_whitespace().collect::<Vec<_>>();
            let rationale = rationale.join(" ");
            assert!(
                rationale.contains("Accord's own default, not a framework figure"),
                "{id}: {rationale}"
            );
            assert!(
                rationale.contains(&format!("option `{option}`")),
                "{id}: {rationale}"
            );
        }
    }

    #[test]
    fn an_option_of_the_wrong_type_is_a_plugin_error() {
        let charter = Fixture::minimal().charter();
        let result = accord_plugin::run_in_process(
            &ExitPlan,
            &charter,
            options(json!({"max_adoption_fraction": "a quarter"})),
        );
        assert!(result.is_err_and(|e| e.contains("max_adoption_fraction")));
    }

    #[test]
    fn a_charter_without_exit_fails_every_rule_but_support_bounded() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert!(out.not_applicable.is_empty());
        for rule in RULES {
            let fired = out.of(rule).count() > 0;
            assert_eq!(fired, rule.id != "exit.support-bounded", "{}", rule.id);
        }
    }

    #[test]
    fn a_healthy_exit_plan_passes_every_rule() {
        let out = healthy().run(&ExitPlan);
        assert!(out.findings.is_empty(), "{:?}", out.findings);
        assert!(out.not_applicable.is_empty());
    }

    /// The minimal charter with an exit plan that passes every rule of this plugin.
    pub(crate) fn healthy() -> Fixture {
        Fixture::minimal()
            .set(
                "/goals",
                json!([{
                    "id": "water",
                    "statement": "Every household has safe water within 200 m.",
                    "benchmarks": [{
                        "id": "committees-run",
                        "description": "Committees run every water point",
                        "indicator": "water points run by a committee",
                        "target": 12,
                        "due": "2014-06-30",
                        "owner": "konbit"
                    }]
                }]),
            )
            .set(
                "/exit",
                json!({
                    "strategy": "Konbit Dlo runs the water points alone from 2015.",
                    "approach": "phase-over",
                    "adopted": "2011-03-01",
                    "criteria": ["committees-run"],
                    "handover_date": "2015-01-01",
                    "successor": "konbit",
                    "local_staff_share_now": 0.5,
                    "local_staff_share_at_exit": 0.9,
                    "funding_after_exit": "Water fees collected by the committees.",
                    "capacity_transfer": [
                        {"skill": "Pump repair", "to": "konbit", "by": "2014-06-30",
                         "method": "training"}
                    ],
                    "support_after_exit": {
                        "kind": "Technical advice", "until": "2017-12-31", "on_request": true
                    }
                }),
            )
    }
}
