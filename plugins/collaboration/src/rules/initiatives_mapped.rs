use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partners have mapped the other initiatives already working with this community:
    /// `[coordination]` says `mapping_done = true`.
    ///
    /// ## Why
    /// A partnership that does not know who else is at work in the community will duplicate,
    /// undercut or ignore them. The Core Humanitarian Standard (2014, revised 2024), commitment 6,
    /// asks that assistance be coordinated and complementary, which starts with knowing the other
    /// actors; the Net Impact 2010 sessions on cross-sector collaboration (Smith) ask partners to
    /// listen and to learn the community's historical, political, cultural and regulatory context
    /// before designing anything, and what is already being done there is part of that context.
    ///
    /// ## How to fix
    /// Map the other initiatives working with the same community, list them under
    /// `[[coordination.initiatives]]`, and set `mapping_done = true` in `[coordination]`.
    /// Ask local authorities, the coordination cluster and residents themselves; note for each
    /// initiative how much it overlaps with yours.
    ///
    /// ## Example
    /// ```toml
    /// [coordination]
    /// mapping_done = true
    ///
    /// [[coordination.initiatives]]
    /// name = "Municipal water kiosks"
    /// lead = "DINEPA"
    /// overlap = "partial"
    /// ```
    pub RULE = "collaboration.initiatives-mapped", Warning,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 6, coordinated and complementary",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): listen before designing; historical, political, cultural and regulatory context",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match charter.coordination.as_ref().map(|c| c.mapping_done) {
        None => "initiatives-mapped-no-section",
        Some(Some(true)) => return,
        Some(Some(false)) => "initiatives-mapped-false",
        Some(None) => "initiatives-mapped-unstated",
    };
    out.finding(
        &RULE,
        "/coordination/mapping_done",
        t.format(id, &Args::new()),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn fires_without_coordination() {
        let out = Fixture::minimal().run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/coordination/mapping_done"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("no `[coordination]`"), "{message}");
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_when_mapping_done_is_missing() {
        let out = Fixture::minimal()
            .set("/coordination", json!({"initiatives": []}))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/coordination/mapping_done"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("missing"), "{message}");
    }

    #[test]
    fn fires_when_mapping_is_not_done() {
        let out = Fixture::minimal()
            .set("/coordination/mapping_done", json!(false))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/coordination/mapping_done"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("`mapping_done = false`"), "{message}");
    }

    #[test]
    fn passes_when_mapping_is_done() {
        let out = Fixture::minimal()
            .set("/coordination/mapping_done", json!(true))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }
}
