use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The exit strategy was adopted early: `exit.adopted` falls within the first 25% of the
    /// partnership's span, counted in days from `partnership.start`.
    ///
    /// ## Why
    /// An exit planned at the end is an announcement, not a plan: local partners need the whole
    /// partnership to prepare for taking over. The Core Humanitarian Standard (2014, revised
    /// 2024), commitment 3.4, asks for an exit or transition strategy planned in the early
    /// stages. The 25% threshold is Accord's own default, not a framework figure; a profile can
    /// change it with option `max_adoption_fraction`.
    ///
    /// ## How to fix
    /// Agree the exit strategy with all partners early, within the first quarter of the
    /// partnership by default, and record the date in `exit.adopted`. If it was agreed later,
    /// record the real date and bring the partners together now to agree the remaining steps; a
    /// waiver can explain why it came late.
    ///
    /// ## Example
    /// ```toml
    /// [partnership]
    /// start = 2011-01-01
    /// end = 2016-12-31
    ///
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// adopted = 2011-03-01
    /// ```
    pub RULE = "exit.adopted-early", Warning,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 3.4, plan an exit or transition strategy in the early stages",
            "Accord default: adopted within the first 25% of the span, so that local partners have most of the partnership to prepare",
        ]
}

/// `max_fraction`: option `max_adoption_fraction`. The comparison is on day counts, without
/// rounding: `(adopted − start) ≤ max_fraction × (end − start)` (the rules' comparison of spans).
pub fn check(charter: &Charter<'_>, max_fraction: f64, t: &Messages<'_>, out: &mut Outcome) {
    let Some(adopted) = charter.exit.as_ref().and_then(|e| e.adopted) else {
        let message = t.format("adopted-early-unstated", &Args::new());
        out.finding(&RULE, "/exit/adopted", message);
        return;
    };
    let start = charter.partnership.start;
    let span = start.days_until(charter.partnership.end);
    let elapsed = start.days_until(adopted);
    if elapsed as f64 <= max_fraction * span as f64 {
        return;
    }
    let args = Args::new()
        .text("adopted", adopted.to_string())
        .integer("elapsed", elapsed)
        .integer("span", span)
        .text("start", start.to_string())
        .percent("limit", max_fraction);
    let message = if span > 0 {
        let share = elapsed as f64 / span as f64;
        t.format("adopted-early-late", &args.percent("share", share))
    } else {
        t.format("adopted-early-late-no-span", &args)
    };
    out.finding(&RULE, "/exit/adopted", message);
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin::Date;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    fn date(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    fn adopted(on: &str) -> Fixture {
        healthy().set("/exit/adopted", json!(on))
    }

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/adopted"]);
    }

    #[test]
    fn fires_without_an_adoption_date() {
        let out = healthy().remove("/exit/adopted").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/adopted"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("does not say when"))
        );
    }

    #[test]
    fn passes_when_adopted_early() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_when_adopted_before_the_start() {
        let out = adopted("2010-11-15").run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn boundary_with_a_fractional_limit() {
        // 2011-01-01..2016-12-31 is 2191 days; 25% of it is 547.75 days.
        let start = date("2011-01-01");
        assert_eq!(start.days_until(date("2016-12-31")), 2191);
        assert_eq!(start.days_until(date("2012-07-01")), 547);
        assert!(adopted("2012-07-01").run(&ExitPlan).paths(&RULE).is_empty());
        let out = adopted("2012-07-02").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/adopted"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("2 July 2012"), "{message}");
        assert!(message.contains("548 days"), "{message}");
        assert!(message.contains("2191-day"), "{message}");
        assert!(message.contains("25.01%"), "{message}");
        assert!(message.contains("first 25%"), "{message}");
    }

    #[test]
    fn boundary_exactly_at_the_limit_passes() {
        // A 400-day span: 25% is exactly 100 days.
        let start = date("2011-01-01");
        assert_eq!(start.days_until(date("2012-02-05")), 400);
        assert_eq!(start.days_until(date("2011-04-11")), 100);
        let f = healthy().set("/partnership/end", json!("2012-02-05"));
        let at = f.clone().set("/exit/adopted", json!("2011-04-11"));
        assert!(at.run(&ExitPlan).paths(&RULE).is_empty());
        let past = f.set("/exit/adopted", json!("2011-04-12"));
        assert_eq!(past.run(&ExitPlan).paths(&RULE), ["/exit/adopted"]);
    }

    #[test]
    fn option_widens_the_window() {
        let late = adopted("2013-01-01");
        assert_eq!(late.run(&ExitPlan).paths(&RULE), ["/exit/adopted"]);
        let half = options(json!({"max_adoption_fraction": 0.5}));
        assert!(late.run_with(&ExitPlan, half).paths(&RULE).is_empty());
    }

    #[test]
    fn option_narrows_the_window() {
        // healthy() adopts on day 59; 2% of 2191 days is 43.82.
        let strict = options(json!({"max_adoption_fraction": 0.02}));
        let out = healthy().run_with(&ExitPlan, strict);
        assert_eq!(out.paths(&RULE), ["/exit/adopted"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("first 2%")));
    }

    #[test]
    fn a_zero_fraction_accepts_only_the_start() {
        let zero = || options(json!({"max_adoption_fraction": 0}));
        let on_start = adopted("2011-01-01").run_with(&ExitPlan, zero());
        assert!(on_start.paths(&RULE).is_empty());
        let next_day = adopted("2011-01-02").run_with(&ExitPlan, zero());
        assert_eq!(next_day.paths(&RULE), ["/exit/adopted"]);
    }
}
