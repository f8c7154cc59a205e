use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The budget is stated in a currency the funder accepts (by default USD or EUR).
    ///
    /// ## Why
    /// A budget in a currency the funder does not disburse in has to be converted for every
    /// report, and exchange losses tend to fall on the smallest partners. The IATI Standard asks
    /// for every budget value to name its ISO 4217 currency. The accepted currencies are this
    /// plugin's default; a profile changes them with option `accepted_currencies`. A charter
    /// without a budget is not checked (the rule is not applicable).
    ///
    /// ## How to fix
    /// State the budget in one of the accepted currencies. If the partnership works in another
    /// currency, ask the funder to add it to `accepted_currencies` in its profile.
    ///
    /// ## Example
    /// ```toml
    /// [budget]
    /// currency = "USD"
    /// total = 400000
    /// published = true
    /// ```
    pub RULE = "{{name}}.budget-currency", Warning,
        references: ["IATI Standard: budget value currency (ISO 4217)"]
}

/// Where the finding points: a JSON Pointer into the charter. The host turns it into a line and
/// column (an absent value is located at its nearest existing ancestor).
const CURRENCY: &str = "/budget/currency";

/// `accepted` is option `accepted_currencies`.
pub fn check(charter: &Charter<'_>, accepted: &[String], out: &mut Outcome) {
    let Some(budget) = &charter.budget else {
        out.not_applicable(&RULE);
        return;
    };
    let currency = &budget.currency;
    if !accepted.iter().any(|c| c.eq_ignore_ascii_case(currency)) {
        out.finding(
            &RULE,
            CURRENCY,
            format!(
                "The budget is in {currency}, which is not an accepted currency ({}).",
                accepted.join(", ")
            ),
        );
    }
}

#[cfg(test)]
mod tests {
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    use super::RULE;
    use crate::{{struct}};

    fn with_budget_in(currency: &str) -> Fixture {
        Fixture::minimal().set(
            "/budget",
            json!({"currency": currency, "total": 100000, "published": true}),
        )
    }

    #[test]
    fn fires_for_a_currency_not_accepted() {
        let out = with_budget_in("HTG").run(&{{struct}});
        assert_eq!(out.paths(&RULE), ["/budget/currency"]);
        assert!(out.findings[0].message.contains("HTG"));
    }

    #[test]
    fn passes_for_an_accepted_currency() {
        let out = with_budget_in("USD").run(&{{struct}});
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn the_option_changes_what_is_accepted() {
        let only_htg = options(json!({"accepted_currencies": ["HTG"]}));
        let htg = with_budget_in("HTG");
        let out = htg.run_with(&{{struct}}, only_htg.clone());
        assert!(out.paths(&RULE).is_empty());
        let usd = with_budget_in("USD");
        let out = usd.run_with(&{{struct}}, only_htg);
        assert_eq!(out.paths(&RULE), ["/budget/currency"]);
    }

    #[test]
    fn not_applicable_without_a_budget() {
        let out = Fixture::minimal().run(&{{struct}});
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }
}
