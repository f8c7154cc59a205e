use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The exit plan says how the work is paid for after exit: `exit.funding_after_exit` is
    /// non-empty.
    ///
    /// ## Why
    /// Benefits that stop when the outside money stops were never the community's own. The
    /// OECD-DAC evaluation criteria (2019) judge sustainability by whether the benefits continue
    /// after support ends, and that needs a source of money the local partners control.
    ///
    /// ## How to fix
    /// Describe in `exit.funding_after_exit` who pays for the work after handover and from what
    /// source (user fees, a municipal budget line, local fundraising, a government programme).
    /// Say what is already agreed and what still has to be secured.
    ///
    /// ## Example
    /// ```toml
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// funding_after_exit = "Water fees collected by the committees cover repairs; the municipality funds pump replacement."
    /// ```
    pub RULE = "exit.funding-after-exit", Warning,
        references: ["OECD-DAC evaluation criteria (2019): sustainability"]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let stated = charter
        .exit
        .as_ref()
        .is_some_and(|e| non_empty(&e.funding_after_exit));
    if !stated {
        let message = t.format("funding-after-exit-unstated", &Args::new());
        out.finding(&RULE, "/exit/funding_after_exit", message);
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
        assert_eq!(out.paths(&RULE), ["/exit/funding_after_exit"]);
    }

    #[test]
    fn fires_without_funding_after_exit() {
        let out = healthy().remove("/exit/funding_after_exit").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/funding_after_exit"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("paid for")));
    }

    #[test]
    fn fires_when_blank() {
        let out = healthy()
            .set("/exit/funding_after_exit", json!(" "))
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/funding_after_exit"]);
    }

    #[test]
    fn passes_when_stated() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
