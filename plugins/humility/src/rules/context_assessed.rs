use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The place was understood before acting on it: `[context]` describes its `history`,
    /// `political` and `regulatory` situation and `culture`.
    ///
    /// ## Why
    /// Partnerships that ignore what happened before them, who holds power, which laws apply and
    /// how people live repeat old failures and are easily captured. The Net Impact 2010 sessions on
    /// cross-sector collaboration (Smith) ask partners to learn the historical, political, cultural
    /// and regulatory context before designing; the Core Humanitarian Standard (2014, revised
    /// 2024), commitment 1, asks that a response be appropriate and relevant to its context. Each
    /// missing description is a separate finding.
    ///
    /// ## How to fix
    /// Write a short context analysis in `[context]` covering `history`, `political`,
    /// `regulatory` and `culture`, with the community and local partners. Note past projects and
    /// why they succeeded or failed, who holds power locally, the laws and permits that apply,
    /// and the customs that shape participation; record `analysis_date`.
    ///
    /// ## Example
    /// ```toml
    /// [context]
    /// history = "Water points built by three earlier projects fell into disrepair once funding ended."
    /// political = "Neighbourhood committees are respected; the municipality has little reach."
    /// regulatory = "DINEPA licenses water-point operators and sets tariffs."
    /// culture = "Water collection is mostly women's work; meetings are held after church on Sundays."
    /// languages = ["ht", "fr"]
    /// analysis_date = 2010-10-01
    /// ```
    pub RULE = "humility.context-assessed", Warning,
        references: [
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): historical, political, cultural and regulatory context",
            "Core Humanitarian Standard (2014, revised 2024): commitment 1, appropriate and relevant",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let context = charter.context.as_ref();
    // One finding per missing key, in the order the rule lists them (the host sorts by path).
    let keys = [
        ("history", context.map(|c| &c.history)),
        ("political", context.map(|c| &c.political)),
        ("regulatory", context.map(|c| &c.regulatory)),
        ("culture", context.map(|c| &c.culture)),
    ];
    let id = if context.is_none() {
        "context-assessed-no-section"
    } else {
        "context-assessed-missing"
    };
    for (key, value) in keys {
        if value.is_some_and(non_empty) {
            continue;
        }
        let message = t.format(id, &Args::new().text("key", key));
        out.finding(&RULE, format!("/context/{key}"), message);
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn full() -> Fixture {
        Fixture::minimal().set(
            "/context",
            json!({
                "history": "Earlier water points fell into disrepair.",
                "political": "Committees are respected.",
                "regulatory": "DINEPA licenses operators.",
                "culture": "Meetings after church on Sundays."
            }),
        )
    }

    #[test]
    fn fires_four_times_without_context() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(
            out.paths(&RULE),
            [
                "/context/history",
                "/context/political",
                "/context/regulatory",
                "/context/culture"
            ]
        );
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[context]` section"))
        );
    }

    #[test]
    fn fires_four_times_with_only_languages() {
        let out = Fixture::minimal()
            .set("/context", json!({"languages": ["ht"]}))
            .run(&Humility);
        assert_eq!(out.paths(&RULE).len(), 4);
    }

    #[test]
    fn passes_when_all_four_are_described() {
        let out = full().run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn each_missing_key_has_its_own_finding() {
        for key in ["history", "political", "regulatory", "culture"] {
            let out = full().remove(&format!("/context/{key}")).run(&Humility);
            let expected = format!("/context/{key}");
            assert_eq!(out.paths(&RULE), [expected.as_str()]);
            assert!(
                out.of(&RULE)
                    .all(|f| f.message.contains(&format!("`context.{key}`"))),
                "{key}"
            );
        }
    }

    #[test]
    fn two_missing_keys_give_two_findings() {
        let out = full()
            .remove("/context/political")
            .remove("/context/culture")
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/context/political", "/context/culture"]);
    }

    #[test]
    fn a_blank_description_counts_as_missing() {
        let out = full().set("/context/history", json!("   ")).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/context/history"]);
    }
}
