use accord_plugin::charter::AuditKind;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partnership's finances are audited independently: `[transparency]` says
    /// `audit = "independent"`.
    ///
    /// ## Why
    /// An audit by someone outside the partnership is the check partners, funders and the
    /// community can trust that resources are used as agreed; an internal audit is the partners
    /// checking themselves. The Core Humanitarian Standard (2014, revised 2024), commitment 9,
    /// asks that resources be managed responsibly and accounted for, and The Partnering
    /// Initiative's Partnering Toolbook and Partnering Agreement Scorecard ask a partnership to
    /// agree how its resources are accounted for. A charter that does not say how its finances
    /// are audited fails.
    ///
    /// ## How to fix
    /// Commission a financial audit by an independent auditor and set `audit = "independent"` in
    /// `[transparency]`. Agree in the charter who appoints the auditor and how often, and share
    /// the audit report with all partners.
    ///
    /// ## Example
    /// ```toml
    /// [transparency]
    /// audit = "independent"
    /// ```
    pub RULE = "transparency.independent-audit", Warning,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 9, resources are managed responsibly",
            "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: resources",
        ]
}

const PATH: &str = "/transparency/audit";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match charter.transparency.as_ref().map(|t| t.audit) {
        None => "independent-audit-no-section",
        Some(Some(AuditKind::Independent)) => return,
        Some(Some(AuditKind::Internal)) => "independent-audit-internal",
        Some(Some(AuditKind::None)) => "independent-audit-none",
        Some(None) => "independent-audit-unstated",
    };
    out.finding(&RULE, PATH, t.format(id, &Args::new()));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn audit(kind: &str) -> accord_plugin::Outcome {
        Fixture::minimal()
            .set("/transparency/audit", json!(kind))
            .run(&Transparency)
    }

    #[test]
    fn fires_without_a_transparency_section() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/audit"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[transparency]`"))
        );
    }

    #[test]
    fn fires_when_the_audit_is_not_stated() {
        let out = Fixture::minimal()
            .set("/transparency/public_reports", json!(true))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/audit"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("does not say")));
    }

    #[test]
    fn fires_without_an_audit() {
        let out = audit("none");
        assert_eq!(out.paths(&RULE), ["/transparency/audit"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("not audited")));
    }

    #[test]
    fn fires_with_an_internal_audit() {
        let out = audit("internal");
        assert_eq!(out.paths(&RULE), ["/transparency/audit"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("only internally")));
    }

    #[test]
    fn passes_with_an_independent_audit() {
        let out = audit("independent");
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
