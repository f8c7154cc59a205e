use accord_plugin::l10n::{Args, Messages};
use accord_plugin::num::sum;
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// At least 25% of the budget (by default) goes to local partners, directly or through at
    /// most one intermediary.
    ///
    /// ## Why
    /// Local and national organisations do most of the work and stay when the outside partners
    /// leave, yet they usually receive a small fraction of the money, and what reaches them
    /// through a chain of intermediaries arrives late and diminished. The Grand Bargain (2016),
    /// localisation workstream, commits signatories to pass at least 25% of humanitarian funding
    /// to local and national responders as directly as possible, counting money that passes
    /// through at most one intermediary; Charter4Change (2015, updated 2019), commitment 1, sets
    /// the same 25% for local and national NGOs. The 25% is their figure; a profile can change it
    /// with option `min_local_funding_share`. A partner counts as local when it is based locally or
    /// nationally and is not an affiliate of an international organisation. The share is of
    /// `budget.total`; without a budget, or with a total of 0, the rule does not apply.
    ///
    /// ## How to fix
    /// Allocate at least 25% of the budget (or the share your profile sets) to local partners,
    /// directly or through no more than one intermediary. Record each allocation in
    /// `[[budget.allocations]]` with the partner that receives it and the intermediaries in
    /// `via`; where money passes through two or more intermediaries, channel it more directly.
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
    pub RULE = "transparency.local-funding-share", Warning,
        references: [
            "Grand Bargain (2016): localisation workstream, at least 25% of funding to local and national responders as directly as possible",
            "Charter4Change (2015, updated 2019): commitment 1, 25% of funding to local and national NGOs",
        ]
}

const PATH: &str = "/budget/allocations";

/// `min_share` is option `min_local_funding_share`.
pub fn check(charter: &Charter<'_>, min_share: f64, t: &Messages<'_>, out: &mut Outcome) {
    let Some(budget) = charter.budget.as_ref().filter(|b| b.total > 0.0) else {
        out.not_applicable(&RULE);
        return;
    };
    let total = budget.total;
    let currency = budget.currency.as_ref();
    let allocations = budget.allocations.as_deref().unwrap_or_default();
    let to_local = allocations
        .iter()
        .filter(|a| charter.is_local_partner(&a.partner));
    // An allocation counts when its partner is local and it has at most one intermediary.
    let counted = to_local.clone().filter(|a| a.via.len() <= 1);
    let local = sum(counted.map(|a| a.amount));
    if local >= min_share * total {
        return;
    }
    let too_indirect = sum(to_local.filter(|a| a.via.len() > 1).map(|a| a.amount));
    // One decimal, but never rounded up to look like the target it misses.
    let mut shown = local / total;
    if (shown * 1000.0).round() >= min_share * 1000.0 {
        shown = (shown * 1000.0).floor() / 1000.0;
    }
    let args = Args::new()
        .percent_fixed("share", shown, 1)
        .amount("local", local)
        .amount("total", total)
        .amount("indirect", too_indirect)
        .text("currency", currency)
        .percent("target", min_share);
    let mut message = t.format("local-funding-share-below", &args);
    let more = if too_indirect > 0.0 {
        Some("local-funding-share-too-indirect")
    } else if allocations.is_empty() {
        Some("local-funding-share-no-allocations")
    } else {
        None
    };
    if let Some(id) = more {
        message.push(' ');
        message.push_str(&t.format(id, &args));
    }
    out.finding(&RULE, PATH, message);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::{Value, json};

    /// The minimal charter plus a national partner, an affiliate of an international NGO and an
    /// international NGO, with a budget of 400000 USD and these allocations.
    fn allocations(allocations: Value) -> Fixture {
        Fixture::minimal()
            .set(
                "/partners/-",
                json!({"id": "nat", "name": "National Water Network", "sector": "nonprofit",
                       "base": "national", "roles": ["implementing"]}),
            )
            .set(
                "/partners/-",
                json!({"id": "affiliate", "name": "Global Aid Haiti", "sector": "nonprofit",
                       "base": "national", "roles": ["implementing"],
                       "affiliated_international": true}),
            )
            .set(
                "/partners/-",
                json!({"id": "ingo", "name": "Global Aid", "sector": "nonprofit",
                       "base": "international", "roles": ["extending"]}),
            )
            .set(
                "/budget",
                json!({"currency": "USD", "total": 400000, "published": true,
                       "allocations": allocations}),
            )
    }

    fn to_konbit(amount: f64) -> Fixture {
        allocations(json!([
            {"partner": "konbit", "amount": amount},
            {"partner": "aquafund", "amount": 400000.0 - amount}
        ]))
    }

    fn message(out: &accord_plugin::Outcome) -> String {
        out.of(&RULE).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn not_applicable_without_a_budget() {
        let out = Fixture::minimal().run(&Transparency);
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn not_applicable_with_a_zero_total() {
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 0, "published": true}),
            )
            .run(&Transparency);
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_with_most_money_to_a_local_partner() {
        let out = to_konbit(300000.0).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_with_little_money_to_local_partners() {
        let out = to_konbit(48000.0).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert_eq!(
            message(&out),
            "Local partners receive 12.0% of the budget (48000 of 400000 USD), below the 25% target."
        );
    }

    #[test]
    fn fires_without_allocations() {
        // Missing data fails: no allocation shows money reaching local partners.
        let out = Fixture::minimal()
            .set(
                "/budget",
                json!({"currency": "USD", "total": 400000, "published": true}),
            )
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert_eq!(
            message(&out),
            "Local partners receive 0.0% of the budget (0 of 400000 USD), below the 25% target. The budget lists no allocations."
        );
    }

    #[test]
    fn exactly_a_quarter_passes() {
        // Boundary: 100000 ≥ 0.25 × 400000 (inclusive).
        let out = to_konbit(100000.0).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn one_unit_below_a_quarter_fails() {
        let out = to_konbit(99999.0).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        // 24.99975% is shown as 24.9%, never rounded up to the target it misses.
        assert!(message(&out).contains("24.9% of the budget (99999 of 400000 USD)"));
    }

    #[test]
    fn one_intermediary_still_counts() {
        let out = allocations(json!([
            {"partner": "konbit", "amount": 100000, "via": ["aquafund"]},
            {"partner": "aquafund", "amount": 300000}
        ]))
        .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn two_intermediaries_do_not_count() {
        let out = allocations(json!([
            {"partner": "konbit", "amount": 300000, "via": ["aquafund", "ingo"]},
            {"partner": "nat", "amount": 50000, "via": ["ingo"]},
            {"partner": "aquafund", "amount": 50000}
        ]))
        .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert_eq!(
            message(&out),
            "Local partners receive 12.5% of the budget (50000 of 400000 USD), below the 25% target. Another 300000 USD reaches local partners through two or more intermediaries and does not count."
        );
    }

    #[test]
    fn the_message_speaks_french_and_spanish_numbers() {
        let charter = allocations(json!([
            {"partner": "konbit", "amount": 300000, "via": ["aquafund", "ingo"]},
            {"partner": "nat", "amount": 50000, "via": ["ingo"]},
            {"partner": "aquafund", "amount": 50000}
        ]));
        let message = |tag| message(&charter.run_in(&Transparency, tag));
        assert_eq!(
            message("fr"),
            "Les partenaires locaux reçoivent 12,5\u{202F}% du budget (50\u{202F}000 sur \
             400\u{202F}000 USD), en dessous de l’objectif de 25\u{202F}%. 300\u{202F}000 USD de \
             plus parviennent aux partenaires locaux par deux intermédiaires ou plus et ne sont \
             pas comptés."
        );
        assert_eq!(
            message("es"),
            "Los socios locales reciben el 12.5\u{A0}% del presupuesto (50\u{202F}000 de \
             400\u{202F}000 USD), por debajo de la meta del 25\u{A0}%. Otros 300\u{202F}000 USD \
             llegan a los socios locales a través de dos intermediarios o más y no se cuentan."
        );
        // A language the plugin does not speak: English, as the host would get it.
        assert!(message("de").starts_with("Local partners receive 12.5% of the budget"));
    }

    #[test]
    fn national_partners_count_as_local() {
        let out = allocations(json!([
            {"partner": "nat", "amount": 100000},
            {"partner": "aquafund", "amount": 300000}
        ]))
        .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn affiliates_of_internationals_do_not_count() {
        let out = allocations(json!([
            {"partner": "affiliate", "amount": 300000},
            {"partner": "konbit", "amount": 50000},
            {"partner": "ingo", "amount": 50000}
        ]))
        .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&out).contains("12.5% of the budget (50000 of 400000 USD)"));
    }

    #[test]
    fn money_to_several_local_partners_adds_up() {
        let out = allocations(json!([
            {"partner": "konbit", "amount": 60000},
            {"partner": "nat", "amount": 40000, "via": ["ingo"]},
            {"partner": "aquafund", "amount": 300000}
        ]))
        .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn the_share_is_of_the_total_not_of_the_allocations() {
        // Allocations cover only half the total: 100000 is 50% of them but 25% of the total.
        let out = allocations(json!([
            {"partner": "konbit", "amount": 99999},
            {"partner": "aquafund", "amount": 100001}
        ]))
        .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/budget/allocations"]);
    }

    #[test]
    fn a_profile_can_raise_the_target() {
        let opts = || options(json!({"min_local_funding_share": 0.5}));
        let at = to_konbit(200000.0).run_with(&Transparency, opts());
        assert!(at.paths(&RULE).is_empty());
        let below = to_konbit(199999.0).run_with(&Transparency, opts());
        assert_eq!(below.paths(&RULE), ["/budget/allocations"]);
        assert!(message(&below).contains("below the 50% target"));
    }

    #[test]
    fn a_profile_can_lower_the_target() {
        let opts = || options(json!({"min_local_funding_share": 0.1}));
        let out = to_konbit(48000.0).run_with(&Transparency, opts());
        assert!(out.paths(&RULE).is_empty());
        let below = to_konbit(39999.0).run_with(&Transparency, opts());
        assert!(message(&below).contains("below the 10% target"));
    }
}
