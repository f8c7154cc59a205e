use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The budget is public: a `[budget]` section exists and says `published = true`.
    ///
    /// ## Why
    /// Partners who hide where the money goes cannot be held to account by each other or by the
    /// community they serve. Transparency is one of the Principles of Partnership (Global
    /// Humanitarian Platform, 2007), and the IATI Standard asks every activity to publish its
    /// budget.
    ///
    /// ## How to fix
    /// Add a `[budget]` section with the currency and total, publish it, and set
    /// `published = true` (with `published_url` where it can be read).
    ///
    /// ## Example
    /// ```toml
    /// [budget]
    /// currency = "USD"
    /// total = 400000
    /// published = true
    /// published_url = "https://example.org/lakou-water/budget"
    /// ```
    pub RULE = "transparency.budget-published", Error,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): transparency",
            "IATI Standard: budget",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match &charter.budget {
        None => "budget-published-no-budget",
        Some(b) if !b.published => "budget-published-not-published",
        Some(_) => return,
    };
    out.finding(&RULE, "/budget/published", t.format(id, &Args::new()));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn fires_without_a_budget() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/published"]);
    }

    #[test]
    fn fires_when_unpublished() {
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 10, "published": false}),
            )
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/published"]);
    }

    #[test]
    fn passes_when_published() {
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 10, "published": true}),
            )
            .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }
}
