use accord_plugin::l10n::{Args, Messages};
use accord_plugin::num;
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The budget shows where the money goes: `[budget]` lists allocations, and they add up to
    /// its `total` within 1%.
    ///
    /// ## Why
    /// A total without allocations, or allocations that do not add up, hides who receives the
    /// money, so partners and the community cannot follow it. The IATI Standard asks that an
    /// activity's budget be published with the organisations that receive it, so that money can be
    /// traced from funder to implementer. The 1% tolerance only absorbs rounding; it is Accord's
    /// own allowance, not a framework figure, and it is fixed. A charter without a `[budget]` also
    /// fails: there is nothing to trace.
    ///
    /// ## How to fix
    /// List every allocation of the budget under `[[budget.allocations]]` so that the amounts add
    /// up to `total`. Give each allocation the partner that receives it and, when it passes
    /// through other partners first, those intermediaries in `via`, in order.
    ///
    /// ## Example
    /// ```toml
    /// [budget]
    /// currency = "USD"
    /// total = 400000
    /// published = true
    ///
    /// [[budget.allocations]]
    /// partner = "konbit"
    /// amount = 300000
    ///
    /// [[budget.allocations]]
    /// partner = "aquafund"
    /// amount = 100000
    /// ```
    pub RULE = "transparency.allocations-balance", Warning,
        references: [
            "IATI Standard: budgets",
            "Accord default: a fixed 1% tolerance, only to absorb rounding",
        ]
}

const PATH: &str = "/budget/allocations";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let Some(budget) = &charter.budget else {
        out.finding(
            &RULE,
            PATH,
            t.format("allocations-balance-no-budget", &Args::new()),
        );
        return;
    };
    let currency = budget.currency.as_ref();
    let total = budget.total;
    // "Allocations exist": an empty list shows no more than an absent one.
    let allocations = budget.allocations.as_deref().unwrap_or_default();
    if allocations.is_empty() {
        let args = Args::new()
            .amount("total", total)
            .text("currency", currency);
        out.finding(&RULE, PATH, t.format("allocations-balance-none", &args));
        return;
    }
    let sum = num::sum(allocations.iter().map(|a| a.amount));
    // "Within 1%": |sum − total| ≤ total / 100.
    if (sum - total).abs() <= total / 100.0 {
        return;
    }
    let (gap, id) = if sum < total {
        (total - sum, "allocations-balance-less")
    } else if total > 0.0 {
        (sum - total, "allocations-balance-more")
    } else {
        (sum - total, "allocations-balance-zero-total")
    };
    let args = Args::new()
        .amount("sum", sum)
        .amount("gap", gap)
        .amount("total", total)
        .text("currency", currency)
        .percent_fixed("share", if total > 0.0 { gap / total } else { 0.0 }, 1);
    out.finding(&RULE, PATH, t.format(id, &args));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::Fixture;
    use serde_json::{Value, json};

    fn budget(total: Value, allocations: Value) -> Fixture {
        Fixture::minimal().set(
            "/budget",
            json!({"currency": "USD", "total": total, "published": true,
                   "allocations": allocations}),
        )
    }

    fn split(total: u64, first: u64, second: u64) -> Fixture {
        budget(
            json!(total),
            json!([
                {"partner": "konbit", "amount": first},
                {"partner": "aquafund", "amount": second}
            ]),
        )
    }

    fn message(out: &accord_plugin::Outcome) -> String {
        out.of(&RULE).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn fires_without_a_budget() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("no `[budget]`"));
    }

    #[test]
    fn fires_without_allocations() {
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 400000, "published": true}),
            )
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("no allocations"));
        assert!(message(&out).contains("400000 USD"));
    }

    #[test]
    fn fires_with_an_empty_allocation_list() {
        let out = budget(json!(400000), json!([])).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("no allocations"));
    }

    #[test]
    fn passes_when_allocations_match_the_total() {
        let out = split(400000, 300000, 100000).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_when_allocations_fall_short() {
        let out = split(400000, 300000, 50000).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert_eq!(
            message(&out),
            "The allocations add up to 350000 USD, 50000 USD less than the budget total of 400000 USD (12.5% of it); they should match it within 1%."
        );
    }

    #[test]
    fn fires_when_allocations_exceed_the_total() {
        let out = split(400000, 300000, 150000).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("50000 USD more than the budget total"));
    }

    #[test]
    fn exactly_one_percent_short_passes() {
        // Boundary: |396000 − 400000| = 4000 = total / 100 (inclusive).
        let out = split(400000, 300000, 96000).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn one_unit_past_one_percent_short_fails() {
        let out = split(400000, 300000, 95999).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("4001 USD less than"));
    }

    #[test]
    fn exactly_one_percent_over_passes() {
        let out = split(400000, 300000, 104000).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn one_unit_past_one_percent_over_fails() {
        let out = split(400000, 300000, 104001).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
    }

    #[test]
    fn intermediaries_do_not_change_the_sum() {
        let out = budget(
            json!(1000),
            json!([{"partner": "konbit", "amount": 1000, "via": ["aquafund"]}]),
        )
        .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn zero_total_with_zero_allocations_passes() {
        let out = budget(json!(0), json!([{"partner": "konbit", "amount": 0}])).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn zero_total_with_money_allocated_fails() {
        let out = budget(json!(0), json!([{"partner": "konbit", "amount": 10}])).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert_eq!(
            message(&out),
            "The allocations add up to 10 USD, 10 USD more than the budget total of 0 USD; they should match it within 1%."
        );
    }

    #[test]
    fn fractional_amounts_are_summed_exactly_enough() {
        let out = budget(
            json!(0.3),
            json!([
                {"partner": "konbit", "amount": 0.1},
                {"partner": "aquafund", "amount": 0.2}
            ]),
        )
        .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }
}
