use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Every partner says, in `brings`, what it contributes to the partnership.
    ///
    /// ## Why
    /// Partners complement each other only when each one's contribution is known: money, people,
    /// skills, networks, trust or a mandate. The Partnering Initiative's Partnering Toolbook and
    /// Partnering Agreement Scorecard ask an agreement to record the resources each partner
    /// commits, and complementarity is one of the Principles of Partnership (Global Humanitarian
    /// Platform, 2007): the diversity of partners is an asset only when each one's comparative
    /// advantage is recognised. A partner that brings nothing stated is easily a partner in name
    /// only.
    ///
    /// ## How to fix
    /// Add a `brings` line to each partner saying what it contributes to the partnership.
    /// Be concrete: "Neighbourhood water committees and the trust of residents" says more than
    /// "community engagement".
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    /// brings = "Neighbourhood water committees and the trust of residents"
    ///
    /// [[partners]]
    /// id = "aquafund"
    /// name = "AquaFund"
    /// sector = "philanthropy"
    /// base = "international"
    /// roles = ["funding"]
    /// brings = "Capital grant and procurement know-how"
    /// ```
    pub RULE = "collaboration.value-stated", Warning,
        references: [
            "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: resources",
            "Principles of Partnership (Global Humanitarian Platform, 2007): complementarity",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let mut missing = charter
        .partners
        .iter()
        .enumerate()
        .filter(|(_, p)| !non_empty(&p.brings));
    let Some((i, first)) = missing.next() else {
        return;
    };
    let args = Args::new()
        .text("partner", first.name.as_ref())
        .text("id", first.id.as_ref());
    let message = match missing.count() {
        0 => t.format("value-stated-missing", &args),
        others => t.format("value-stated-missing-others", &args.count("others", others)),
    };
    out.finding(&RULE, format!("/partners/{i}/brings"), message);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn passes_when_every_partner_states_its_value() {
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_at_the_partner_without_brings() {
        let out = Fixture::minimal()
            .remove("/partners/1/brings")
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/1/brings"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("AquaFund (`aquafund`)"), "{message}");
        assert!(!message.contains("other"), "{message}");
    }

    #[test]
    fn points_at_the_first_offending_partner_only() {
        let out = Fixture::minimal()
            .remove("/partners/0/brings")
            .remove("/partners/1/brings")
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/0/brings"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("Konbit Dlo (`konbit`)"), "{message}");
        assert!(message.contains("1 other partner"), "{message}");
    }

    #[test]
    fn a_blank_brings_is_not_a_stated_value() {
        // the schema refuses blank strings; the rule does not count one as present either
        let out = Fixture::minimal()
            .set("/partners/0/brings", json!("   "))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/0/brings"]);
    }

    #[test]
    fn passes_with_no_partners() {
        // "every" over an empty list passes; other rules report the missing partners
        let out = Fixture::minimal()
            .set("/partners", json!([]))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }
}
