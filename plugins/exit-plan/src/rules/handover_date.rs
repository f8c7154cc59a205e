use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The exit plan sets a handover date inside the partnership: `exit.handover_date` is after
    /// `partnership.start` and not after `partnership.end`.
    ///
    /// ## Why
    /// Without a date, handing over stays an intention that can be postponed forever; a date
    /// outside the partnership's own span means the handover is not really planned within it.
    /// The Core Humanitarian Standard (2014, revised 2024), commitment 3.4, asks for an exit or
    /// transition strategy with a real timeline, and the IATI Standard records activity dates
    /// that must be consistent (no start after an end).
    ///
    /// ## How to fix
    /// Set `exit.handover_date` to the day local partners take the lead, after the partnership
    /// starts and no later than it ends. Leave enough time before `partnership.end` for the
    /// local partners to lead while support is still at hand.
    ///
    /// ## Example
    /// ```toml
    /// [partnership]
    /// start = 2011-01-01
    /// end = 2016-12-31
    ///
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// handover_date = 2015-01-01
    /// ```
    pub RULE = "exit.handover-date", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 3.4, exit or transition strategy",
            "IATI Standard: activity dates",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let path = "/exit/handover_date";
    let (start, end) = (charter.partnership.start, charter.partnership.end);
    let args = Args::new()
        .text("start", start.to_string())
        .text("end", end.to_string());
    match charter.exit.as_ref().and_then(|e| e.handover_date) {
        None => out.finding(&RULE, path, t.format("handover-date-unstated", &args)),
        Some(handover) if handover <= start => {
            let args = args.text("handover", handover.to_string());
            out.finding(&RULE, path, t.format("handover-date-too-early", &args));
        }
        Some(handover) if handover > end => {
            let args = args.text("handover", handover.to_string());
            out.finding(&RULE, path, t.format("handover-date-too-late", &args));
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn handover(on: &str) -> Fixture {
        healthy().set("/exit/handover_date", json!(on))
    }

    fn message(f: &Fixture) -> String {
        let out = f.run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/handover_date"]);
        out.of(&RULE).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/handover_date"]);
    }

    #[test]
    fn fires_without_a_handover_date() {
        let m = message(&healthy().remove("/exit/handover_date"));
        assert!(m.contains("no handover date"), "{m}");
    }

    #[test]
    fn passes_inside_the_span() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn boundary_at_the_start_fails_and_the_day_after_passes() {
        let m = message(&handover("2011-01-01"));
        assert!(
            m.contains("1 January 2011") && m.contains("not after"),
            "{m}"
        );
        assert!(
            handover("2011-01-02")
                .run(&ExitPlan)
                .paths(&RULE)
                .is_empty()
        );
    }

    #[test]
    fn fires_before_the_start() {
        let m = message(&handover("2010-06-30"));
        assert!(
            m.contains("30 June 2010") && m.contains("starts (1 January 2011)"),
            "{m}"
        );
    }

    #[test]
    fn boundary_at_the_end_passes_and_the_day_after_fails() {
        assert!(
            handover("2016-12-31")
                .run(&ExitPlan)
                .paths(&RULE)
                .is_empty()
        );
        let m = message(&handover("2017-01-01"));
        assert!(
            m.contains("1 January 2017") && m.contains("ends (31 December 2016)"),
            "{m}"
        );
    }
}
