use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Exit has measurable criteria: `exit.criteria` lists at least one benchmark that must be
    /// met before the outside partners leave.
    ///
    /// ## Why
    /// An exit decided by the calendar alone can leave before the community is ready, or never
    /// leave because "ready" was never defined. The C-SAFE/FANTA exit-strategy guidance asks for
    /// exit criteria tied to measurable benchmarks, so that everyone can see when the time to
    /// hand over has come. (The loader already checks that each criterion names a benchmark of
    /// `[[goals.benchmarks]]`.)
    ///
    /// ## How to fix
    /// List in `exit.criteria` the ids of the benchmarks that must be met before exit. Give
    /// those benchmarks an indicator, a target and a due date so that progress can be checked.
    ///
    /// ## Example
    /// ```toml
    /// [[goals]]
    /// id = "water"
    /// statement = "Every household has safe water within 200 m."
    /// [[goals.benchmarks]]
    /// id = "committees-run"
    /// description = "Committees run every water point"
    /// indicator = "water points run by a committee"
    /// target = 12
    /// due = 2014-06-30
    ///
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// criteria = ["committees-run"]
    /// ```
    pub RULE = "exit.measurable-criteria", Warning,
        references: [
            "C-SAFE/FANTA exit-strategy guidance: exit criteria tied to measurable benchmarks",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let has_criteria = charter
        .exit
        .as_ref()
        .and_then(|e| e.criteria.as_ref())
        .is_some_and(|c| !c.is_empty());
    if !has_criteria {
        let message = t.format("measurable-criteria-none", &Args::new());
        out.finding(&RULE, "/exit/criteria", message);
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/criteria"]);
    }

    #[test]
    fn fires_without_criteria() {
        let out = healthy().remove("/exit/criteria").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/criteria"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("no criteria")));
    }

    #[test]
    fn fires_with_an_empty_list() {
        let out = healthy().set("/exit/criteria", json!([])).run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/criteria"]);
    }

    #[test]
    fn passes_with_one_criterion() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
