use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Every goal has at least one benchmark, and every benchmark has an `indicator`, a `target`,
    /// an `owner` and a `due` date inside the partnership's span.
    ///
    /// ## Why
    /// A goal without a measurable benchmark cannot be checked, so nobody can tell whether the
    /// partnership is on track or when the outside partners are no longer needed. The IATI Standard
    /// records results as indicators with a baseline and a target; The Partnering Initiative's
    /// Partnering Toolbook and Partnering Agreement Scorecard ask for agreed indicators and who is
    /// responsible for them; and the Net Impact 2010 sessions on cross-sector collaboration (Smith)
    /// call for benchmarks that show progress towards local ownership. A benchmark due outside the
    /// partnership's span is one nobody will be there to check.
    ///
    /// ## How to fix
    /// Give each goal at least one `[[goals.benchmarks]]` entry with an `indicator`, a numeric
    /// `target`, an `owner` partner and a `due` date between `partnership.start` and
    /// `partnership.end`.
    /// Add a `baseline` too, so progress can be measured from where the work began.
    ///
    /// ## Example
    /// ```toml
    /// [[goals]]
    /// id = "access"
    /// statement = "Every household is within 200 m of a working water point."
    ///
    /// [[goals.benchmarks]]
    /// id = "points-working"
    /// description = "Water points in working order"
    /// indicator = "Share of water points working at the monthly check"
    /// baseline = 0.4
    /// target = 0.95
    /// owner = "konbit"
    /// due = 2013-06-30
    /// ```
    pub RULE = "collaboration.benchmarks-measurable", Warning,
        references: [
            "IATI Standard: results (indicator, baseline, target)",
            "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: indicators",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): benchmarks",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let (start, end) = (charter.partnership.start, charter.partnership.end);
    for (i, goal) in charter.goals.iter().enumerate() {
        let benchmarks = goal.benchmarks.as_deref().unwrap_or_default();
        if benchmarks.is_empty() {
            let args = Args::new().text("goal", goal.id.as_ref());
            let message = t.format("benchmarks-measurable-none", &args);
            out.finding(&RULE, format!("/goals/{i}/benchmarks"), message);
            continue;
        }
        for (j, b) in benchmarks.iter().enumerate() {
            let path = |key: &str| format!("/goals/{i}/benchmarks/{j}/{key}");
            let args = Args::new()
                .text("benchmark", b.id.as_ref())
                .text("goal", goal.id.as_ref());
            if !non_empty(&b.indicator) {
                let message = t.format("benchmarks-measurable-no-indicator", &args);
                out.finding(&RULE, path("indicator"), message);
            }
            if b.target.is_none() {
                let message = t.format("benchmarks-measurable-no-target", &args);
                out.finding(&RULE, path("target"), message);
            }
            if !non_empty(&b.owner) {
                let message = t.format("benchmarks-measurable-no-owner", &args);
                out.finding(&RULE, path("owner"), message);
            }
            match b.due {
                None => {
                    let message = t.format("benchmarks-measurable-no-due", &args);
                    out.finding(&RULE, path("due"), message);
                }
                Some(due) if due < start || due > end => {
                    let args = args
                        .text("due", due.to_string())
                        .text("start", start.to_string())
                        .text("end", end.to_string());
                    let message = t.format("benchmarks-measurable-due-outside", &args);
                    out.finding(&RULE, path("due"), message);
                }
                Some(_) => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::{Value, json};

    fn benchmark(id: &str, due: &str) -> Value {
        json!({"id": id, "description": "Water points working", "indicator": "Share working",
               "baseline": 0.4, "target": 0.95, "owner": "konbit", "due": due})
    }

    fn with_goals(goals: Value) -> Fixture {
        Fixture::minimal().set("/goals", goals)
    }

    #[test]
    fn passes_without_goals() {
        // "every goal" over no goals passes: accountability.goals-stated reports the absence
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_with_complete_benchmarks() {
        let out = with_goals(json!([
            {"id": "access", "statement": "Water", "benchmarks": [
                benchmark("a1", "2012-01-01"), benchmark("a2", "2013-06-30")]},
            {"id": "upkeep", "statement": "Upkeep", "benchmarks": [benchmark("u1", "2014-01-01")]}
        ]))
        .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn fires_per_goal_without_benchmarks() {
        let out = with_goals(json!([
            {"id": "access", "statement": "Water"},
            {"id": "upkeep", "statement": "Upkeep", "benchmarks": [benchmark("u1", "2014-01-01")]},
            {"id": "health", "statement": "Health", "benchmarks": []}
        ]))
        .run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            ["/goals/0/benchmarks", "/goals/2/benchmarks"]
        );
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("Goal `access` has no benchmark"),
            "{message}"
        );
    }

    #[test]
    fn fires_per_missing_key() {
        let mut bare = benchmark("a1", "2012-01-01");
        for key in ["indicator", "target", "owner", "due"] {
            bare.as_object_mut().unwrap().remove(key);
        }
        let mut no_owner = benchmark("a2", "2012-01-01");
        no_owner.as_object_mut().unwrap().remove("owner");
        let out = with_goals(json!([
            {"id": "access", "statement": "Water", "benchmarks": [bare, no_owner]}
        ]))
        .run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            [
                "/goals/0/benchmarks/0/indicator",
                "/goals/0/benchmarks/0/target",
                "/goals/0/benchmarks/0/owner",
                "/goals/0/benchmarks/0/due",
                "/goals/0/benchmarks/1/owner",
            ]
        );
    }

    #[test]
    fn each_key_alone_points_at_itself() {
        for key in ["indicator", "target", "owner", "due"] {
            let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
                benchmark("ok", "2012-01-01"), benchmark("b", "2012-01-01")]}]))
            .remove(&format!("/goals/0/benchmarks/1/{key}"))
            .run(&Collaboration);
            assert_eq!(
                out.paths(&RULE),
                [format!("/goals/0/benchmarks/1/{key}")],
                "{key}"
            );
        }
    }

    #[test]
    fn due_on_the_span_boundaries_passes() {
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            benchmark("first", "2011-01-01"), benchmark("last", "2016-12-31")]}]))
        .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn due_one_day_outside_the_span_fires() {
        let out = with_goals(json!([{"id": "g", "statement": "S", "benchmarks": [
            benchmark("early", "2010-12-31"), benchmark("ok", "2014-01-01"),
            benchmark("late", "2017-01-01")]}]))
        .run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            ["/goals/0/benchmarks/0/due", "/goals/0/benchmarks/2/due"]
        );
        let message = &out.of(&RULE).nth(1).unwrap().message;
        assert!(
            message.contains("`late` of goal `g` is due on 1 January 2017"),
            "{message}"
        );
        assert!(
            message.contains("1 January 2011 to 31 December 2016"),
            "{message}"
        );
    }

    #[test]
    fn findings_span_several_goals() {
        let out = with_goals(json!([
            {"id": "a", "statement": "A", "benchmarks": [benchmark("a1", "2012-01-01")]},
            {"id": "b", "statement": "B", "benchmarks": [benchmark("b1", "2012-01-01")]}
        ]))
        .remove("/goals/1/benchmarks/0/target")
        .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/goals/1/benchmarks/0/target"]);
    }
}
