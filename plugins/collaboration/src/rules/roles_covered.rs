use accord_plugin::charter::Role;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// At least one partner has the `funding` role and at least one has the `implementing` role
    /// (one partner may hold both).
    ///
    /// ## Why
    /// A partnership nobody pays for, or that nobody carries out, exists only on paper. The IATI
    /// Standard describes every activity by its organisation roles (funding, accountable,
    /// extending, implementing), and The Partnering Initiative's Partnering Toolbook and
    /// Partnering Agreement Scorecard ask a partnering agreement to set out each partner's role
    /// and the resources it commits. Naming who funds and who implements is the least a charter
    /// must say.
    ///
    /// ## How to fix
    /// Give the partner that pays the `funding` role and the partner that does the work the
    /// `implementing` role in their `roles`.
    /// A partner that both funds and implements may list both roles.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    ///
    /// [[partners]]
    /// id = "aquafund"
    /// name = "AquaFund"
    /// sector = "philanthropy"
    /// base = "international"
    /// roles = ["funding"]
    /// ```
    pub RULE = "collaboration.roles-covered", Error,
        references: [
            "IATI Standard: organisation roles",
            "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: roles and resources",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let has = |role: Role| charter.partners.iter().any(|p| p.has_role(role));
    let id = match (has(Role::Funding), has(Role::Implementing)) {
        (true, true) => return,
        (false, true) => "roles-covered-no-funding",
        (true, false) => "roles-covered-no-implementing",
        (false, false) => "roles-covered-neither",
    };
    out.finding(&RULE, "/partners", t.format(id, &Args::new()));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn message(out: &accord_plugin::Outcome) -> String {
        out.of(&RULE).next().unwrap().message.clone()
    }

    #[test]
    fn passes_with_a_funder_and_an_implementer() {
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_without_a_funder() {
        let out = Fixture::minimal()
            .set("/partners/1/roles", json!(["advisory"]))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        assert!(message(&out).contains("`funding`"));
        assert!(!message(&out).contains("`implementing`"));
    }

    #[test]
    fn fires_without_an_implementer() {
        let out = Fixture::minimal()
            .set("/partners/0/roles", json!(["accountable", "extending"]))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        assert!(message(&out).contains("`implementing`"));
        assert!(!message(&out).contains("`funding`"));
    }

    #[test]
    fn fires_once_when_both_are_missing() {
        let out = Fixture::minimal()
            .set("/partners/0/roles", json!(["advisory"]))
            .set("/partners/1/roles", json!(["accountable"]))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        assert!(message(&out).contains("`funding` or the `implementing`"));
    }

    #[test]
    fn one_partner_may_hold_both_roles() {
        let out = Fixture::minimal()
            .remove("/partners/1")
            .set("/partners/0/roles", json!(["funding", "implementing"]))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }
}
