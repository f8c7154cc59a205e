//! The host's own rules about waivers (RULES.md, "Host rules"): category `waiver`, never scored,
//! never waivable, counted as warnings everywhere else.

use accord_plugin::Rule;

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
    pub EXPIRED = "waiver.expired", Warning,
        references: ["Accord charter format: waivers (docs/charter.md)"]
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
    pub UNKNOWN_RULE = "waiver.unknown-rule", Warning,
        references: ["Accord charter format: waivers (docs/charter.md)"]
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
    pub UNUSED = "waiver.unused", Warning,
        references: ["Accord charter format: waivers (docs/charter.md)"]
}

/// Every host rule.
pub const HOST_RULES: &[Rule] = &[EXPIRED, UNKNOWN_RULE, UNUSED];

/// Whether `id` names a host rule.
pub fn is_host_rule(id: &str) -> bool {
    id.starts_with("waiver.")
}
