use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partnership is planned for the long term: `partnership.end` is at least 3 years after
    /// `partnership.start` (option `min_years`).
    ///
    /// ## Why
    /// The Net Impact 2010 sessions on cross-sector collaboration (Smith) ask outside partners to
    /// make local people the central change agents and, in the end, to "make yourself not needed".
    /// Building that local capacity and handing the work over takes years; a short project ends
    /// before the community can own what was built. The 3-year threshold is Accord's own default,
    /// not a framework figure; a profile can change it with option `min_years`.
    ///
    /// ## How to fix
    /// Plan the partnership over at least 3 years by moving `partnership.end` later, with
    /// benchmarks and a handover along the way.
    /// If the funding only covers a shorter phase, say how the later phases will be paid for.
    ///
    /// ## Example
    /// ```toml
    /// [partnership]
    /// id = "lakou-water"
    /// name = "Lakou Clean Water"
    /// summary = "Rebuild and maintain community water points in three neighbourhoods."
    /// country = "HT"
    /// community = "Residents of three neighbourhoods of Port-au-Prince"
    /// start = 2011-01-01
    /// end = 2016-12-31
    /// ```
    pub RULE = "collaboration.long-term", Info,
        references: [
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): local people as the central change agents; make yourself not needed",
            "Accord default: at least 3 years, because building local capacity and handing the work over takes years",
        ]
}

pub fn check(charter: &Charter<'_>, min_years: u32, t: &Messages<'_>, out: &mut Outcome) {
    let (start, end) = (charter.partnership.start, charter.partnership.end);
    let earliest_end = start.add_years(min_years);
    if end >= earliest_end {
        return;
    }
    let args = Args::new()
        .text("start", start.to_string())
        .text("end", end.to_string())
        .count("years", min_years as usize)
        .text("earliest", earliest_end.to_string());
    out.finding(
        &RULE,
        "/partnership/end",
        t.format("long-term-short", &args),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    #[test]
    fn passes_for_six_years() {
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_at_exactly_three_years() {
        let out = Fixture::minimal()
            .set("/partnership/end", json!("2014-01-01"))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn fires_one_day_short_of_three_years() {
        let out = Fixture::minimal()
            .set("/partnership/end", json!("2013-12-31"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("from 1 January 2011 to 31 December 2013, less than 3 years"),
            "{message}"
        );
        assert!(message.contains("on or after 1 January 2014"), "{message}");
    }

    #[test]
    fn a_leap_day_start_clamps_to_the_end_of_february() {
        let leap = Fixture::minimal().set("/partnership/start", json!("2012-02-29"));
        let out = leap
            .clone()
            .set("/partnership/end", json!("2015-02-28"))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        let out = leap
            .set("/partnership/end", json!("2015-02-27"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
    }

    #[test]
    fn min_years_option_raises_the_bar() {
        // 2011-01-01 + 6 years = 2017-01-01, one day after the end
        let out = Fixture::minimal().run_with(&Collaboration, options(json!({"min_years": 6})));
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("less than 6 years"), "{message}");
        let out = Fixture::minimal()
            .set("/partnership/end", json!("2017-01-01"))
            .run_with(&Collaboration, options(json!({"min_years": 6})));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn min_years_option_can_lower_the_bar() {
        let short = Fixture::minimal().set("/partnership/end", json!("2012-01-01"));
        assert_eq!(short.run(&Collaboration).paths(&RULE), ["/partnership/end"]);
        let out = short.run_with(&Collaboration, options(json!({"min_years": 1})));
        assert!(out.paths(&RULE).is_empty());
        let out = Fixture::minimal()
            .set("/partnership/end", json!("2011-12-31"))
            .run_with(&Collaboration, options(json!({"min_years": 1})));
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("less than 1 year;"), "{message}");
    }
}
