//! The host's own rules: the three about waivers (category `waiver`), and the two that SARIF
//! results use for charters that could not be audited. None is scored, counted in a report's
//! `rules` or waivable; the waiver rules count as warnings everywhere else.

use accord_plugin::Rule;
use accord_plugin::l10n::{Messages, Translations};

use super::Translated;
use crate::lang::Lang;

/// The host rules' texts in other languages and their finding messages (English in `en.ftl`),
/// kept beside these rules as a plugin keeps its own.
pub static TRANSLATIONS: Translations = Translations::new(&[
    ("en", include_str!("l10n/en.ftl")),
    ("fr", include_str!("l10n/fr.ftl")),
    ("es", include_str!("l10n/es.ftl")),
]);

/// The translations of one host rule, by language.
pub fn translated(rule: &str) -> Translated {
    Lang::all()
        .filter(|l| !l.is_source())
        .filter_map(|lang| Some((lang, TRANSLATIONS.rule_texts(lang.tag(), rule)?)))
        .collect()
}

/// The host rules' finding messages in `lang`.
pub fn messages(lang: Lang) -> Messages<'static> {
    TRANSLATIONS.messages(Some(lang.tag()))
}

accord_plugin::rule! {
    /// A waiver has expired: its `expires` date is before the audit date.
    ///
    /// ## Why
    /// A waiver is a promise to fix something by a date. Once that date has passed, the waiver
    /// no longer applies, the finding it covered counts again, and the charter should say what
    /// happened. A waiver expiring on the audit date still applies.
    ///
    /// ## How to fix
    /// Fix what the waiver covered and remove the waiver, or renew it with a new reason and date.
    ///
    /// ## Example
    /// ```toml
    /// [[waivers]]
    /// rule = "transparency.open-data"
    /// reason = "IATI publishing starts with the next grant cycle."
    /// expires = 2027-03-01
    /// ```
    pub EXPIRED = "waiver.expired", Warning, references: ["Accord charter format: waivers (docs/charter.md)"]
}

accord_plugin::rule! {
    /// A waiver names a rule that no loaded plugin or pack defines, or a host rule, which cannot
    /// be waived.
    ///
    /// ## Why
    /// A waiver for a rule that does not exist waives nothing: usually a typo in the rule id, or
    /// a rule of a plugin that this audit does not load.
    ///
    /// ## How to fix
    /// Correct the rule id (`accord rules` lists them) or remove the waiver.
    ///
    /// ## Example
    /// ```toml
    /// [[waivers]]
    /// rule = "transparency.independent-audit"
    /// reason = "The first independent audit is contracted for the end of year one."
    /// ```
    pub UNKNOWN_RULE = "waiver.unknown-rule", Warning, references: ["Accord charter format: waivers (docs/charter.md)"]
}

accord_plugin::rule! {
    /// A waiver applies (known rule, not expired) but its rule found nothing to waive.
    ///
    /// ## Why
    /// A waiver with nothing to waive is out of date: the problem was fixed, or the rule is
    /// disabled by the profile. Leaving it in hides the next real finding of that rule.
    ///
    /// ## How to fix
    /// Remove the waiver.
    ///
    /// ## Example
    /// ```toml
    /// # no [[waivers]] entry for a rule that passes
    /// ```
    pub UNUSED = "waiver.unused", Warning, references: ["Accord charter format: waivers (docs/charter.md)"]
}

accord_plugin::rule! {
    /// The charter can be read, parsed and validated.
    ///
    /// ## Why
    /// A charter that cannot be read, is not UTF-8, is malformed, or fails the charter schema or
    /// the loader's checks is not audited: it has no score and its verdict is `invalid`. SARIF
    /// reports each of its validation errors as one result of this rule.
    ///
    /// ## How to fix
    /// Run `accord validate PATH` and fix each error it names (the file, line and fix).
    ///
    /// ## Example
    /// ```toml
    /// charter_version = 1
    /// ```
    pub INVALID_CHARTER = "accord.invalid-charter", Error, references: ["Accord charter format (docs/charter.md): what the loader checks"]
}

accord_plugin::rule! {
    /// Every plugin of the profile ran on the charter.
    ///
    /// ## Why
    /// A plugin that fails on a charter (an error status, a panic, bad output, a crash or a
    /// timeout) makes that charter `error`: the other plugins' findings are kept and the scores
    /// are null. SARIF reports each failure as one result of this rule.
    ///
    /// ## How to fix
    /// Re-run the audit (with `--isolate` to contain a crashing plugin) and report the failure
    /// to the plugin's author with the charter that triggers it.
    ///
    /// ## Example
    /// ```toml
    /// # nothing to change in the charter: the plugin must be fixed
    /// ```
    pub PLUGIN_FAILURE = "accord.plugin-failure", Error, references: ["Accord plugin guide (docs/plugin-guide.md): what the host refuses"]
}

/// Every host rule.
pub const HOST_RULES: &[Rule] = &[
    EXPIRED,
    UNKNOWN_RULE,
    UNUSED,
    INVALID_CHARTER,
    PLUGIN_FAILURE,
];

#[cfg(test)]
mod tests {
    use accord_plugin::{Charter, Manifest, Options, Outcome, Plugin};

    /// The host rules seen as a plugin's manifest, to check their translations as a plugin's.
    struct HostRules;

    impl Plugin for HostRules {
        fn manifest(&self) -> Manifest {
            Manifest::new("accord", "0.0.0", "Accord's own rules.", super::HOST_RULES)
                .translated(&super::TRANSLATIONS)
        }

        fn check(&self, _: &Charter<'_>, _: &Options) -> Result<Outcome, String> {
            Ok(Outcome::default())
        }
    }

    #[test]
    fn every_host_rule_text_and_message_is_in_french_and_spanish() {
        accord_plugin_testkit::assert_translated(&HostRules, &super::TRANSLATIONS, &["fr", "es"]);
    }

    #[test]
    fn waiver_messages_follow_the_language() {
        let fr = crate::lang::Lang::from_tag("fr").expect("French");
        let args = accord_plugin::l10n::Args::new()
            .text("rule", "exit.approach")
            .text("expires", "2024-01-01")
            .text("today", "2026-11-27");
        assert_eq!(
            super::messages(fr).format("waiver-expired-on", &args),
            "La dérogation de `exit.approach` a expiré le 1er janvier 2024, avant la date de \
             l’audit (27 novembre 2026)."
        );
    }
}
