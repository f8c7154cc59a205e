use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Date, Outcome};

accord_plugin::rule! {
    /// Progress is checked regularly: from the partnership's start, through every benchmark's
    /// `due` date, to its end, no gap is longer than 12 months (option
    /// `max_months_between_benchmarks`).
    ///
    /// ## Why
    /// The Net Impact 2010 sessions on cross-sector collaboration (Smith) call for benchmarks: set
    /// along the way, they let partners and the community see whether the work is on track and
    /// whether local partners are ready to lead. Long stretches without any benchmark leave
    /// problems unnoticed until it is too late to change course. The 12-month threshold is Accord's
    /// own default, not a framework figure; a profile can change it with option
    /// `max_months_between_benchmarks`.
    ///
    /// ## How to fix
    /// Add a benchmark due inside each gap of more than 12 months, so that no year passes
    /// without a measured step.
    /// Benchmarks without a `due` date do not count here (`collaboration.benchmarks-measurable`
    /// reports them); a long gap before the end usually means the last year has no benchmark.
    ///
    /// ## Example
    /// ```toml
    /// [partnership]
    /// id = "lakou-water"
    /// name = "Lakou Clean Water"
    /// summary = "Rebuild and maintain community water points."
    /// country = "HT"
    /// community = "Residents of three neighbourhoods of Port-au-Prince"
    /// start = 2011-01-01
    /// end = 2014-06-30
    ///
    /// [[goals]]
    /// id = "access"
    /// statement = "Every household is within 200 m of a working water point."
    ///
    /// [[goals.benchmarks]]
    /// id = "points-rebuilt"
    /// description = "Water points rebuilt"
    /// indicator = "Number of water points rebuilt"
    /// target = 12
    /// owner = "konbit"
    /// due = 2011-12-31
    ///
    /// [[goals.benchmarks]]
    /// id = "points-working"
    /// description = "Water points in working order"
    /// indicator = "Share of water points working at the monthly check"
    /// target = 0.95
    /// owner = "konbit"
    /// due = 2012-12-31
    ///
    /// [[goals.benchmarks]]
    /// id = "committees-alone"
    /// description = "Water committees run the points without outside staff"
    /// indicator = "Water committees running their point alone"
    /// target = 12
    /// owner = "konbit"
    /// due = 2013-12-31
    /// ```
    pub RULE = "collaboration.benchmark-cadence", Info,
        references: [
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): benchmarks",
            "Accord default: at most 12 months without a benchmark, so that no year passes without a measured step",
        ]
}

/// One date of the plan: where it sits in the charter and how a message names it.
struct Point {
    date: Date,
    path: String,
    kind: Kind,
}

enum Kind {
    Start,
    Due { benchmark: String, goal: String },
    End,
}

impl Point {
    /// This date as a message names it: "The partnership ends on 2016-12-31" (`subject`, the
    /// subject of a sentence) or "the partnership start on 2011-01-01" (`previous`).
    fn describe(&self, t: &Messages<'_>, id: &str) -> String {
        let (kind, benchmark, goal) = match &self.kind {
            Kind::Start => ("start", "", ""),
            Kind::Due { benchmark, goal } => ("due", benchmark.as_str(), goal.as_str()),
            Kind::End => ("end", "", ""),
        };
        let args = Args::new()
            .text("kind", kind)
            .text("date", self.date.to_string())
            .text("benchmark", benchmark)
            .text("goal", goal);
        t.format(id, &args)
    }
}

// How this rule reads its check:
// - With no dated benchmark the list is just start and end, so a span longer than the limit makes
//   `/partnership/end` late: "no benchmark for N years" is exactly what the rule is about.
// - Dues outside the span are sorted in like any other date (benchmarks-measurable reports them):
//   a due before the start can make `/partnership/start` late, and a due after the end can be
//   late after the end; this is why the rule lists `/partnership/start` among the paths.
// - The first date in sorted order has no previous date and is never late.
pub fn check(charter: &Charter<'_>, max_months: u32, t: &Messages<'_>, out: &mut Outcome) {
    // The order the rule fixes for equal dates: start first, then dues in goal and benchmark
    // order, then end. Building the list in that order and sorting it stably by date keeps it.
    let mut points = vec![Point {
        date: charter.partnership.start,
        path: "/partnership/start".to_owned(),
        kind: Kind::Start,
    }];
    for (i, goal) in charter.goals.iter().enumerate() {
        for (j, b) in goal.benchmarks.iter().flatten().enumerate() {
            // benchmarks without `due` are skipped
            if let Some(due) = b.due {
                points.push(Point {
                    date: due,
                    path: format!("/goals/{i}/benchmarks/{j}/due"),
                    kind: Kind::Due {
                        benchmark: b.id.to_string(),
                        goal: goal.id.to_string(),
                    },
                });
            }
        }
    }
    points.push(Point {
        date: charter.partnership.end,
        path: "/partnership/end".to_owned(),
        kind: Kind::End,
    });
    points.sort_by_key(|p| p.date);

    for pair in points.windows(2) {
        let [previous, point] = pair else { continue };
        let latest = previous.date.add_months(max_months);
        if point.date > latest {
            let args = Args::new()
                .text("subject", point.describe(t, "benchmark-cadence-subject"))
                .text(
                    "previous",
                    previous.describe(t, "benchmark-cadence-previous"),
                )
                .count("months", max_months as usize)
                .text("latest", latest.to_string());
            let message = t.format("benchmark-cadence-gap", &args);
            out.finding(&RULE, point.path.clone(), message);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::{Value, json};

    fn b(id: &str, due: &str) -> Value {
        json!({"id": id, "description": "Step", "due": due})
    }

    /// The minimal charter (2011-01-01 to 2016-12-31) with these goals.
    fn with_goals(goals: Value) -> Fixture {
        Fixture::minimal().set("/goals", goals)
    }

    /// Dues every 12 months from 2012-01-01 to 2016-01-01: the end (2016-12-31) is within 12
    /// months of the last one.
    fn yearly() -> Value {
        json!([{"id": "access", "statement": "Water", "benchmarks": [
            b("y1", "2012-01-01"), b("y2", "2013-01-01"), b("y3", "2014-01-01"),
            b("y4", "2015-01-01"), b("y5", "2016-01-01")]}])
    }

    #[test]
    fn passes_with_yearly_benchmarks_exactly_at_the_limit() {
        let out = with_goals(yearly()).run(&Collaboration);
        assert!(out.paths(&RULE).is_empty(), "{:?}", out.findings);
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn without_benchmarks_the_end_is_late() {
        let out = Fixture::minimal().run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("The partnership ends on 31 December 2016, more than 12 months after the partnership start on 1 January 2011"),
            "{message}"
        );
        assert!(message.contains("needed by 1 January 2012"), "{message}");
    }

    #[test]
    fn one_day_past_the_limit_is_late() {
        let out = with_goals(yearly())
            .set("/goals/0/benchmarks/2/due", json!("2014-01-02"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/2/due"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("Benchmark `y3` of goal `access` is due on 2 January 2014"),
            "{message}"
        );
        assert!(
            message.contains("after benchmark `y2`, due on 1 January 2013"),
            "{message}"
        );
    }

    #[test]
    fn the_first_benchmark_can_be_late_after_the_start() {
        let out = with_goals(yearly())
            .set("/goals/0/benchmarks/0/due", json!("2012-01-02"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/0/due"]);
    }

    #[test]
    fn one_finding_per_late_date_sorted_across_goals() {
        // goal order is not date order: dues are sorted before comparing
        let out = with_goals(json!([
            {"id": "late", "statement": "L", "benchmarks": [b("l1", "2014-06-30")]},
            {"id": "early", "statement": "E", "benchmarks": [b("e1", "2011-12-01")]}
        ]))
        .run(&Collaboration);
        // 2011-01-01 → 2011-12-01 ok; → 2014-06-30 late; → 2016-12-31 late
        assert_eq!(
            out.paths(&RULE),
            ["/goals/0/benchmarks/0/due", "/partnership/end"]
        );
    }

    #[test]
    fn benchmarks_without_due_are_skipped() {
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            {"id": "undated", "description": "No date"}]}]))
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
    }

    #[test]
    fn a_due_before_the_start_can_make_the_start_late() {
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            b("pre", "2009-06-30"), b("y1", "2011-12-31"), b("y2", "2012-12-31"),
            b("y3", "2013-12-31"), b("y4", "2014-12-31"), b("y5", "2015-12-31")]}]))
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partnership/start"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("The partnership starts on 1 January 2011, more than 12 months after benchmark `pre`, due on 30 June 2009"),
            "{message}"
        );
    }

    #[test]
    fn a_due_after_the_end_can_be_late_after_the_end() {
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            b("y1", "2012-01-01"), b("y2", "2013-01-01"), b("y3", "2014-01-01"),
            b("y4", "2015-01-01"), b("y5", "2016-01-01"), b("post", "2018-01-01")]}]))
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/5/due"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("after the partnership end on 31 December 2016"),
            "{message}"
        );
    }

    #[test]
    fn equal_dates_sort_start_first_and_only_the_first_can_be_late() {
        // two dues on the same late date: only the first in goal/benchmark order is reported
        let out = with_goals(json!([
            {"id": "a", "statement": "A", "benchmarks": [b("a1", "2012-06-30")]},
            {"id": "b", "statement": "B", "benchmarks": [b("b1", "2012-06-30"),
                b("b2", "2013-06-30"), b("b3", "2014-06-30"), b("b4", "2015-06-30"),
                b("b5", "2016-06-30")]}
        ]))
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/0/due"]);
        // a due on the start date sorts after the start and is never late
        let out = with_goals(yearly())
            .set("/goals/0/benchmarks/-", b("day-one", "2011-01-01"))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn a_late_due_on_the_end_date_is_reported_at_the_due_not_the_end() {
        // the due sorts before the end on the same date, so it is the late one
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            b("y1", "2012-01-01"), b("y2", "2013-01-01"), b("y3", "2014-01-01"),
            b("y4", "2015-01-01"), b("last", "2016-12-31")]}]))
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/4/due"]);
    }

    #[test]
    fn month_arithmetic_clamps_to_the_month_end() {
        // 2011-01-31 + 1 month = 2011-02-28: 2011-02-28 is on time, 2011-03-01 is late
        let f = Fixture::minimal()
            .set("/partnership/start", json!("2011-01-31"))
            .set("/partnership/end", json!("2011-02-28"));
        let one = options(json!({"max_months_between_benchmarks": 1}));
        assert!(
            f.run_with(&Collaboration, one.clone())
                .paths(&RULE)
                .is_empty()
        );
        let out = f
            .set("/partnership/end", json!("2011-03-01"))
            .run_with(&Collaboration, one);
        assert_eq!(out.paths(&RULE), ["/partnership/end"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("more than 1 month after"), "{message}");
    }

    #[test]
    fn max_months_option_changes_the_limit() {
        // every 24 months: fine with the option at 24, late at the default 12
        let goals = json!([{"id": "g", "statement": "S", "benchmarks": [
            b("t1", "2013-01-01"), b("t2", "2015-01-01")]}]);
        let out = with_goals(goals.clone()).run_with(
            &Collaboration,
            options(json!({"max_months_between_benchmarks": 24})),
        );
        assert!(out.paths(&RULE).is_empty());
        let out = with_goals(goals.clone()).run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            [
                "/goals/0/benchmarks/0/due",
                "/goals/0/benchmarks/1/due",
                "/partnership/end"
            ]
        );
        // one day past 24 months
        let out = with_goals(goals)
            .set("/goals/0/benchmarks/0/due", json!("2013-01-02"))
            .run_with(
                &Collaboration,
                options(json!({"max_months_between_benchmarks": 24})),
            );
        assert_eq!(out.paths(&RULE), ["/goals/0/benchmarks/0/due"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("more than 24 months"), "{message}");
    }
}
