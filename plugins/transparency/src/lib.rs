//! The `transparency` plugin: money flows, interests and reporting in the open.
//!
//! Each rule lives in its own module under `rules/`, whose doc comment is the text users see in
//! `accord explain`; [`RULES`] is the one table that registers them. `rules/l10n/` holds the
//! finding messages (`en.ftl`) and every text in French and Spanish ([`TRANSLATIONS`]).

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
    rules::allocations_balance::RULE,
    rules::budget_published::RULE,
    rules::independent_audit::RULE,
    rules::interests_declared::RULE,
    rules::local_funding_share::RULE,
    rules::local_share_published::RULE,
    rules::open_data::RULE,
    rules::public_reporting::RULE,
];

/// Option names and their defaults (declared in the manifest's options schema).
pub mod defaults {
    /// Option of `transparency.public-reporting`: the longest interval, in months, between
    /// public progress reports. Accord's own default, not a framework figure.
    pub const MAX_REPORT_INTERVAL_MONTHS: &str = "max_report_interval_months";
    pub const MAX_REPORT_INTERVAL_MONTHS_DEFAULT: i64 = 6;
    /// Option of `transparency.local-funding-share`: the least share of the budget that must
    /// reach local partners. The Grand Bargain's and Charter4Change's 25%.
    pub const MIN_LOCAL_FUNDING_SHARE: &str = "min_local_funding_share";
    pub const MIN_LOCAL_FUNDING_SHARE_DEFAULT: f64 = 0.25;
}

pub struct Transparency;

impl Plugin for Transparency {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "transparency",
            env!("CARGO_PKG_VERSION"),
            "Transparency: published budgets, declared interests, public reporting, independent audit and local funding.",
            RULES,
        )
        .option(
            defaults::MAX_REPORT_INTERVAL_MONTHS,
            json!({
                "type": "integer",
                "minimum": 1,
                "default": defaults::MAX_REPORT_INTERVAL_MONTHS_DEFAULT,
                "description": "transparency.public-reporting: the longest interval, in months, between public progress reports (`transparency.report_every_months` must be at most this). Accord's own default, not a framework figure."
            }),
        )
        .option(
            defaults::MIN_LOCAL_FUNDING_SHARE,
            json!({
                "type": "number",
                "minimum": 0,
                "maximum": 1,
                "default": defaults::MIN_LOCAL_FUNDING_SHARE_DEFAULT,
                "description": "transparency.local-funding-share: the least share of `budget.total` that must be allocated to local partners, directly or via at most one intermediary (0.25 = 25%, the Grand Bargain and Charter4Change target)."
            }),
        )
        .translated(&TRANSLATIONS)
    }

    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
        let max_report_interval_months = options.integer(defaults::MAX_REPORT_INTERVAL_MONTHS)?;
        let min_local_funding_share = options.number(defaults::MIN_LOCAL_FUNDING_SHARE)?;
        let t = &TRANSLATIONS.messages(options.locale());
        let mut out = Outcome::default();
        rules::allocations_balance::check(charter, t, &mut out);
        rules::budget_published::check(charter, t, &mut out);
        rules::independent_audit::check(charter, t, &mut out);
        rules::interests_declared::check(charter, t, &mut out);
        rules::local_funding_share::check(charter, min_local_funding_share, t, &mut out);
        rules::local_share_published::check(charter, t, &mut out);
        rules::open_data::check(charter, t, &mut out);
        rules::public_reporting::check(charter, max_report_interval_months, t, &mut out);
        Ok(out)
    }
}

accord_plugin::export_plugin!(Transparency);

#[cfg(test)]
mod tests {
    use accord_plugin::Plugin;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        accord_plugin_testkit::assert_manifest_complete(
            &super::Transparency,
            "transparency",
            super::RULES,
        );
    }

    #[test]
    fn every_text_and_message_is_in_french_and_spanish() {
        accord_plugin_testkit::assert_translated(
            &super::Transparency,
            &super::TRANSLATIONS,
            &["fr", "es"],
        );
    }

    #[test]
    fn rules_are_registered_in_id_order_once() {
        let ids: Vec<&str> = super::RULES.iter().map(|r| r.id).collect();
        accord_plugin_testkit::assert_rules_in_id_order(super::RULES);
        assert_eq!(
            ids,
            [
                "transparency.allocations-balance",
                "transparency.budget-published",
                "transparency.independent-audit",
                "transparency.interests-declared",
                "transparency.local-funding-share",
                "transparency.local-share-published",
                "transparency.open-data",
                "transparency.public-reporting",
            ]
        );
    }

    #[test]
    fn severities_match_the_catalogue() {
        use accord_plugin::Severity::{Error, Info, Warning};
        let severities: Vec<_> = super::RULES.iter().map(|r| r.severity).collect();
        assert_eq!(
            severities,
            [
                Warning, Error, Warning, Warning, Warning, Info, Info, Warning
            ]
        );
    }

    #[test]
    fn every_rule_text_is_well_formed() {
        let m = super::Transparency.manifest();
        for r in &m.rules {
            // The summary is one sentence; the fix's first sentence stands alone.
            assert!(r.summary.ends_with('.'), "{}: {}", r.id, r.summary);
            assert!(r.fix.contains('.'), "{}", r.id);
            // The rationale names every source framework its references cite.
            let sources: &[&str] = match r.id.as_str() {
                "transparency.budget-published" => &["Principles of Partnership", "IATI Standard"],
                "transparency.allocations-balance" => &["IATI Standard"],
                "transparency.interests-declared" => {
                    &["Principles of Partnership", "The Partnering Initiative"]
                }
                "transparency.public-reporting" => &["Principles of Partnership", "IATI Standard"],
                "transparency.independent-audit" => &[
                    "Core Humanitarian Standard (2014, revised 2024), commitment 9",
                    "The Partnering Initiative",
                ],
                "transparency.local-funding-share" => &[
                    "Grand Bargain (2016)",
                    "Charter4Change (2015, updated 2019), commitment 1",
                ],
                "transparency.local-share-published" => {
                    &["Charter4Change (2015, updated 2019), commitment 3"]
                }
                "transparency.open-data" => &[
                    "Grand Bargain (2016)",
                    "Charter4Change (2015, updated 2019), commitment 3",
                ],
                other => panic!("unexpected rule {other}"),
            };
            let rationale = r.rationale.replace('\n', " ");
            for source in sources {
                assert!(
                    rationale.contains(source),
                    "{} does not name {source}",
                    r.id
                );
            }
            // The example is a TOML fragment, not a fenced block.
            assert!(!r.example.contains("```"), "{}", r.id);
            assert!(r.example.starts_with('['), "{}: {}", r.id, r.example);
        }
    }

    #[test]
    fn our_default_thresholds_say_so() {
        let m = super::Transparency.manifest();
        let public = m
            .rules
            .iter()
            .find(|r| r.id == "transparency.public-reporting")
            .unwrap();
        assert!(public.rationale.replace('\n', " ").contains(
            "Accord's own default, not a framework figure; a profile can change it with option `max_report_interval_months`"
        ));
        let local = m
            .rules
            .iter()
            .find(|r| r.id == "transparency.local-funding-share")
            .unwrap();
        let local_rationale = local.rationale.replace('\n', " ");
        assert!(local_rationale.contains("option `min_local_funding_share`"));
        assert!(!local_rationale.contains("Accord's own default"));
    }

    #[test]
    fn options_declared_with_default_and_description() {
        let m = super::Transparency.manifest();
        let interval = &m.options["properties"]["max_report_interval_months"];
        assert_eq!(interval["default"], json!(6));
        assert_eq!(interval["type"], json!("integer"));
        let share = &m.options["properties"]["min_local_funding_share"];
        assert_eq!(share["default"], json!(0.25));
        assert_eq!(share["type"], json!("number"));
        accord_plugin_testkit::assert_options_documented(&super::Transparency);
        assert_eq!(m.option_defaults().len(), 2);
    }

    #[test]
    fn bad_options_are_errors_not_panics() {
        let manifest = super::Transparency.manifest();
        for (name, value) in [
            ("max_report_interval_months", json!("six")),
            ("max_report_interval_months", json!(6.5)),
            ("min_local_funding_share", json!("a quarter")),
        ] {
            let mut given = serde_json::Map::new();
            given.insert(name.to_owned(), value);
            let opts = accord_plugin::Options::with_defaults(&manifest, given);
            let err = super::Transparency
                .check(&Fixture::minimal().charter(), &opts)
                .unwrap_err();
            assert!(err.contains(name), "{err}");
        }
    }

    #[test]
    fn integral_float_option_is_accepted() {
        let out = Fixture::minimal()
            .set(
                "/transparency",
                json!({"public_reports": true, "report_every_months": 3}),
            )
            .run_with(
                &super::Transparency,
                options(json!({"max_report_interval_months": 3.0})),
            );
        assert!(out.paths(&super::rules::public_reporting::RULE).is_empty());
    }

    #[test]
    fn minimal_charter_findings() {
        // The minimal charter has no budget and no `[transparency]`; every partner states
        // what it seeks.
        let out = Fixture::minimal().run(&super::Transparency);
        let found: Vec<(&str, &str)> = out
            .findings
            .iter()
            .map(|f| (f.rule.as_str(), f.path.as_str()))
            .collect();
        assert_eq!(
            found,
            [
                ("transparency.allocations-balance", "/budget/allocations"),
                ("transparency.budget-published", "/budget/published"),
                ("transparency.independent-audit", "/transparency/audit"),
                (
                    "transparency.interests-declared",
                    "/transparency/interests_disclosed"
                ),
                (
                    "transparency.local-share-published",
                    "/transparency/local_share_published"
                ),
                ("transparency.open-data", "/transparency/open_data"),
                (
                    "transparency.public-reporting",
                    "/transparency/public_reports"
                ),
            ]
        );
        assert_eq!(out.not_applicable, ["transparency.local-funding-share"]);
    }

    #[test]
    fn healthy_charter_passes_every_rule() {
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 400000, "published": true,
                "allocations": [
                    {"partner": "konbit", "amount": 300000},
                    {"partner": "aquafund", "amount": 100000}
                ]}),
            )
            .set(
                "/transparency",
                json!({"report_every_months": 6, "public_reports": true,
                       "audit": "independent", "open_data": "IATI",
                       "interests_disclosed": true, "local_share_published": true}),
            )
            .run(&super::Transparency);
        assert!(out.findings.is_empty(), "{:?}", out.findings);
        assert!(out.not_applicable.is_empty());
    }
}
