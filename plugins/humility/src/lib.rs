//! The `humility` plugin: listen first, let local people lead, and keep listening.
//!
//! Each rule lives in its own module under `rules/`, whose doc comment is the text users see in
//! `accord explain`; [`RULES`] is the one table that registers them.

use accord_plugin::l10n::Translations;
use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin, Rule};

mod rules;

/// The finding messages in English, and the rules' texts and messages in French and Spanish.
pub static TRANSLATIONS: Translations = Translations::new(&[
    ("en", include_str!("rules/l10n/en.ftl")),
    ("fr", include_str!("rules/l10n/fr.ftl")),
    ("es", include_str!("rules/l10n/es.ftl")),
]);

/// Every rule of this plugin, in id order.
pub const RULES: &[Rule] = &[
    rules::community_in_governance::RULE,
    rules::complaints_mechanism::RULE,
    rules::consulted_before_design::RULE,
    rules::context_assessed::RULE,
    rules::feedback_loop::RULE,
    rules::local_language::RULE,
    rules::local_partner::RULE,
    rules::local_partners_in_design::RULE,
    rules::no_predetermined_solution::RULE,
];

/// Option names and their defaults (declared in the manifest's options schema).
pub mod defaults {
    /// Option of `humility.complaints-mechanism`: the longest acceptable time, in days, to
    /// answer a complaint. Accord's own default, not a framework figure.
    pub const MAX_COMPLAINT_RESPONSE_DAYS: &str = "max_complaint_response_days";
    pub const MAX_COMPLAINT_RESPONSE_DAYS_DEFAULT: i64 = 30;
}

pub struct Humility;

impl Plugin for Humility {
    fn manifest(&self) -> Manifest {
        Manifest::new(
            "humility",
            env!("CARGO_PKG_VERSION"),
            "Humility: consult the community before designing, no predetermined solution, local partners in design and governance, feedback, complaints, local languages and context.",
            RULES,
        )
        .option(
            defaults::MAX_COMPLAINT_RESPONSE_DAYS,
            serde_json::json!({
                "type": "integer",
                "minimum": 0,
                "default": defaults::MAX_COMPLAINT_RESPONSE_DAYS_DEFAULT,
                "description": "humility.complaints-mechanism: the longest time, in days, the complaints mechanism may take to answer (`listening.complaints.response_days` must be at most this). Accord's own default, not a framework figure."
            }),
        )
        .translated(&TRANSLATIONS)
    }

    fn check(&self, charter: &Charter<'_>, options: &Options) -> Result<Outcome, String> {
        let max_complaint_response_days = options.integer(defaults::MAX_COMPLAINT_RESPONSE_DAYS)?;
        let mut out = Outcome::default();
        let t = &TRANSLATIONS.messages(options.locale());
        rules::community_in_governance::check(charter, t, &mut out);
        rules::complaints_mechanism::check(charter, max_complaint_response_days, t, &mut out);
        rules::consulted_before_design::check(charter, t, &mut out);
        rules::context_assessed::check(charter, t, &mut out);
        rules::feedback_loop::check(charter, t, &mut out);
        rules::local_language::check(charter, t, &mut out);
        rules::local_partner::check(charter, t, &mut out);
        rules::local_partners_in_design::check(charter, t, &mut out);
        rules::no_predetermined_solution::check(charter, t, &mut out);
        Ok(out)
    }
}

accord_plugin::export_plugin!(Humility);

#[cfg(test)]
mod tests {
    use accord_plugin::Plugin;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    #[test]
    fn manifest_lists_every_rule_with_its_text() {
        accord_plugin_testkit::assert_manifest_complete(&super::Humility, "humility", super::RULES);
    }

    #[test]
    fn every_text_and_message_is_in_french_and_spanish() {
        accord_plugin_testkit::assert_translated(
            &super::Humility,
            &super::TRANSLATIONS,
            &["fr", "es"],
        );
    }

    #[test]
    fn rules_are_registered_in_id_order_once() {
        let ids: Vec<&str> = super::RULES.iter().map(|r| r.id).collect();
        accord_plugin_testkit::assert_rules_in_id_order(super::RULES);
        assert_eq!(ids.len(), 9);
    }

    #[test]
    fn every_rule_text_is_well_formed() {
        let m = super::Humility.manifest();
        for r in &m.rules {
            // The summary is one sentence; the fix's first sentence stands alone.
            assert!(r.summary.ends_with('.'), "{}: {}", r.id, r.summary);
            assert!(r.fix.contains('.'), "{}", r.id);
            // The rationale names its source frameworks.
            assert!(r.rationale.contains('('), "{} names no source", r.id);
            // The example is a TOML fragment, not a fenced block.
            assert!(!r.example.contains("```"), "{}", r.id);
            assert!(r.example.starts_with('['), "{}: {}", r.id, r.example);
        }
    }

    #[test]
    fn option_declared_with_default_and_description() {
        let m = super::Humility.manifest();
        let schema = &m.options["properties"]["max_complaint_response_days"];
        assert_eq!(schema["default"], json!(30));
        assert_eq!(schema["type"], json!("integer"));
        accord_plugin_testkit::assert_options_documented(&super::Humility);
        assert_eq!(m.option_defaults().len(), 1);
    }

    #[test]
    fn option_given_as_integral_float_is_accepted() {
        let out = Fixture::minimal()
            .set(
                "/listening",
                json!({"solution_predetermined": false,
                       "complaints": {"exists": true, "response_days": 14}}),
            )
            .run_with(
                &super::Humility,
                options(json!({"max_complaint_response_days": 14.0})),
            );
        assert!(
            out.paths(&super::rules::complaints_mechanism::RULE)
                .is_empty()
        );
    }

    #[test]
    fn a_bad_option_is_an_error_not_a_panic() {
        let manifest = super::Humility.manifest();
        let opts = accord_plugin::Options::with_defaults(
            &manifest,
            options(json!({"max_complaint_response_days": "thirty"})),
        );
        let err = super::Humility
            .check(&Fixture::minimal().charter(), &opts)
            .unwrap_err();
        assert!(err.contains("max_complaint_response_days"), "{err}");
    }

    #[test]
    fn minimal_charter_findings() {
        // The minimal charter has a local partner but no listening, governance or context.
        let out = Fixture::minimal().run(&super::Humility);
        let mut ids: Vec<&str> = out.findings.iter().map(|f| f.rule.as_str()).collect();
        ids.dedup();
        assert_eq!(
            ids,
            [
                "humility.community-in-governance",
                "humility.complaints-mechanism",
                "humility.consulted-before-design",
                "humility.context-assessed",
                "humility.feedback-loop",
                "humility.local-partners-in-design",
                "humility.no-predetermined-solution",
            ]
        );
        assert_eq!(out.not_applicable, ["humility.local-language"]);
    }

    #[test]
    fn lists_read_naturally_in_each_language() {
        let list = |tag: &str, items: &[&str]| super::TRANSLATIONS.messages(Some(tag)).list(items);
        assert_eq!(list("en", &[]), "");
        assert_eq!(list("en", &["a"]), "a");
        assert_eq!(list("en", &["a", "b", "c"]), "a, b and c");
        assert_eq!(list("fr", &["a", "b", "c"]), "a, b et c");
        assert_eq!(list("es", &["radio", "SMS"]), "radio y SMS");
    }
}
