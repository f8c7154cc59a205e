use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Every partner's interests are on the table: each partner states what it `seeks`, and
    /// `[transparency]` says `interests_disclosed = true`.
    ///
    /// ## Why
    /// Partners join for their own reasons (a market, evidence, visibility, a mandate), and
    /// unspoken interests turn into distrust and hidden conflicts of interest. Transparency is one
    /// of the Principles of Partnership (Global Humanitarian Platform, 2007), and The Partnering
    /// Initiative's Partnering Toolbook and Partnering Agreement Scorecard ask a partnership to
    /// record the objectives of each partner, not only the shared ones. Each partner without a
    /// `seeks` is a separate finding, and so is a missing or false `interests_disclosed`.
    ///
    /// ## How to fix
    /// Write in each partner's `seeks` what that partner wants out of the partnership, and set
    /// `interests_disclosed = true` in `[transparency]` once partners have declared their
    /// interests and conflicts of interest to each other. Revisit both when a partner's situation
    /// changes.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    /// seeks = "Lasting ownership of the water points"
    ///
    /// [transparency]
    /// interests_disclosed = true
    /// ```
    pub RULE = "transparency.interests-declared", Warning,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): transparency",
            "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: objectives of each partner",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    // One finding per gap: each partner without `seeks`, then the disclosure flag (the order of
    // their paths).
    for (i, partner) in charter.partners.iter().enumerate() {
        if !non_empty(&partner.seeks) {
            let args = Args::new()
                .text("partner", partner.name.as_ref())
                .text("id", partner.id.as_ref());
            out.finding(
                &RULE,
                format!("/partners/{i}/seeks"),
                t.format("interests-declared-no-seeks", &args),
            );
        }
    }
    let disclosed = charter
        .transparency
        .as_ref()
        .and_then(|t| t.interests_disclosed);
    let id = match (&charter.transparency, disclosed) {
        (_, Some(true)) => return,
        (_, Some(false)) => "interests-declared-false",
        (None, None) => "interests-declared-no-section",
        (Some(_), None) => "interests-declared-unstated",
    };
    out.finding(
        &RULE,
        "/transparency/interests_disclosed",
        t.format(id, &Args::new()),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn disclosed() -> Fixture {
        Fixture::minimal().set("/transparency/interests_disclosed", json!(true))
    }

    #[test]
    fn passes_when_every_partner_seeks_and_interests_are_disclosed() {
        let out = disclosed().run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_at_the_flag_without_a_transparency_section() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/interests_disclosed"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[transparency]`"))
        );
    }

    #[test]
    fn fires_at_the_flag_when_missing() {
        let out = Fixture::minimal()
            .set("/transparency/audit", json!("independent"))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/interests_disclosed"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("does not say")));
    }

    #[test]
    fn fires_at_the_flag_when_false() {
        let out = Fixture::minimal()
            .set("/transparency/interests_disclosed", json!(false))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/interests_disclosed"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("`interests_disclosed = false`"))
        );
    }

    #[test]
    fn fires_at_each_partner_without_seeks() {
        let out = disclosed().remove("/partners/1/seeks").run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/partners/1/seeks"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert_eq!(
            message,
            "Partner AquaFund (`aquafund`) does not state what it seeks from the partnership (`seeks`)."
        );
    }

    #[test]
    fn one_finding_per_gap() {
        let out = Fixture::minimal()
            .remove("/partners/0/seeks")
            .remove("/partners/1/seeks")
            .set("/transparency/interests_disclosed", json!(false))
            .run(&Transparency);
        assert_eq!(
            out.paths(&RULE),
            [
                "/partners/0/seeks",
                "/partners/1/seeks",
                "/transparency/interests_disclosed"
            ]
        );
    }

    #[test]
    fn a_blank_seeks_counts_as_missing() {
        // The schema refuses blank strings; the rule does not rely on it.
        let out = disclosed()
            .set("/partners/0/seeks", json!("  "))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/partners/0/seeks"]);
    }
}
