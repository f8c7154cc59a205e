use accord_plugin::charter::AuditKind;
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

pub fn check(charter: &Charter<'_>, out: &mut Outcome) {
    let Some(transparency) = &charter.transparency else {
        out.finding(
            &RULE,
            PATH,
            "The charter has no `[transparency]` section, so it does not say how the finances are audited; an independent audit is expected.",
        );
        return;
    };
    let message = match transparency.audit {
        Some(AuditKind::Independent) => return,
        Some(AuditKind::Internal) => {
            "The finances are audited only internally (`audit = \"internal\"`); an independent audit is expected."
        }
        Some(AuditKind::None) => {
            "The finances are not audited (`audit = \"none\"`); an independent audit is expected."
        }
        None => {
            "The charter does not say how the finances are audited (`transparency.audit`); an independent audit is expected."
        }
    };
    out.finding(&RULE, PATH, message);
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
