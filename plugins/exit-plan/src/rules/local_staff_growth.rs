use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Local staff grow towards exit: `exit.local_staff_share_at_exit` is at least
    /// `exit.local_staff_share_now` and at least 75%.
    ///
    /// ## Why
    /// A partnership that hires away local talent, or keeps outside staff in the key posts to the
    /// end, leaves the community weaker than it found it. Charter4Change (2015, updated 2019),
    /// commitment 4, asks international partners to stop undermining local capacity, and the Net
    /// Impact 2010 sessions on cross-sector collaboration (Smith) see local people as the central
    /// change agents, so the share of local staff should rise, not fall, as exit approaches. The
    /// 75% threshold is Accord's own default, not a framework figure; a profile can change it with
    /// option `min_local_staff_share_at_exit`.
    ///
    /// ## How to fix
    /// Record today's share of local staff in `local_staff_share_now` and plan a share at exit
    /// of at least 75% and no lower than today's. Plan the recruitment, training and promotion of
    /// local staff into the key posts before handover.
    ///
    /// ## Example
    /// ```toml
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// local_staff_share_now = 0.5
    /// local_staff_share_at_exit = 0.9
    /// ```
    pub RULE = "exit.local-staff-growth", Warning,
        references: [
            "Charter4Change (2015, updated 2019): commitment 4, stop undermining local capacity",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): local people as the central change agents",
            "Accord default: at least 75% local staff at exit, so that local people hold most of the posts when the outside partners leave",
        ]
}

/// `min_share`: option `min_local_staff_share_at_exit`; both comparisons are inclusive.
pub fn check(charter: &Charter<'_>, min_share: f64, t: &Messages<'_>, out: &mut Outcome) {
    let exit = charter.exit.as_ref();
    let Some(at_exit) = exit.and_then(|e| e.local_staff_share_at_exit) else {
        let message = t.format("local-staff-growth-no-exit-share", &Args::new());
        out.finding(&RULE, "/exit/local_staff_share_at_exit", message);
        return;
    };
    let Some(now) = exit.and_then(|e| e.local_staff_share_now) else {
        let message = t.format("local-staff-growth-no-current-share", &Args::new());
        out.finding(&RULE, "/exit/local_staff_share_now", message);
        return;
    };
    let falls = at_exit < now;
    let below = at_exit < min_share;
    let id = match (falls, below) {
        (false, false) => return,
        (true, false) => "local-staff-growth-falls",
        (false, true) => "local-staff-growth-below",
        (true, true) => "local-staff-growth-falls-below",
    };
    let args = Args::new()
        .percent("now", now)
        .percent("exit", at_exit)
        .percent("target", min_share);
    out.finding(
        &RULE,
        "/exit/local_staff_share_at_exit",
        t.format(id, &args),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    fn shares(now: f64, at_exit: f64) -> Fixture {
        healthy()
            .set("/exit/local_staff_share_now", json!(now))
            .set("/exit/local_staff_share_at_exit", json!(at_exit))
    }

    fn message(f: &Fixture) -> String {
        let out = f.run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_at_exit"]);
        out.of(&RULE).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_at_exit"]);
    }

    #[test]
    fn fires_at_the_exit_share_when_it_is_missing() {
        let out = healthy()
            .remove("/exit/local_staff_share_at_exit")
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_at_exit"]);
    }

    #[test]
    fn the_exit_share_is_checked_before_the_current_one() {
        let out = healthy()
            .remove("/exit/local_staff_share_at_exit")
            .remove("/exit/local_staff_share_now")
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_at_exit"]);
    }

    #[test]
    fn fires_at_the_current_share_when_it_is_missing() {
        let out = healthy()
            .remove("/exit/local_staff_share_now")
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_now"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("local today")));
    }

    #[test]
    fn passes_when_growing_above_the_target() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn boundary_at_the_target() {
        assert!(shares(0.5, 0.75).run(&ExitPlan).paths(&RULE).is_empty());
        let m = message(&shares(0.5, 0.74));
        assert!(
            m.contains("74% of staff at exit, below the 75% target"),
            "{m}"
        );
    }

    #[test]
    fn boundary_at_the_current_share() {
        assert!(shares(0.8, 0.8).run(&ExitPlan).paths(&RULE).is_empty());
        let m = message(&shares(0.81, 0.8));
        assert!(m.contains("falls from 81% now to 80% at exit"), "{m}");
        assert!(!m.contains("target"), "{m}");
    }

    #[test]
    fn both_conditions_failing_give_one_finding() {
        let m = message(&shares(0.9, 0.6));
        assert!(
            m.contains("falls from 90% now to 60% at exit, below the 75% target"),
            "{m}"
        );
    }

    #[test]
    fn option_changes_the_target() {
        let f = shares(0.4, 0.6);
        assert_eq!(
            f.run(&ExitPlan).paths(&RULE),
            ["/exit/local_staff_share_at_exit"]
        );
        let lower = options(json!({"min_local_staff_share_at_exit": 0.6}));
        assert!(f.run_with(&ExitPlan, lower).paths(&RULE).is_empty());
        let higher = options(json!({"min_local_staff_share_at_exit": 0.95}));
        let out = healthy().run_with(&ExitPlan, higher);
        assert_eq!(out.paths(&RULE), ["/exit/local_staff_share_at_exit"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("below the 95% target"))
        );
    }

    #[test]
    fn a_full_local_team_at_exit_passes() {
        assert!(shares(1.0, 1.0).run(&ExitPlan).paths(&RULE).is_empty());
    }
}
