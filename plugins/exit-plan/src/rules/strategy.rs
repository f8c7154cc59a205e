use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The charter states an exit strategy: `[exit]` has a non-empty `strategy`.
    ///
    /// ## Why
    /// Outside partners who never say how they will leave tend to stay, and the community never
    /// takes the lead. The Core Humanitarian Standard (2014, revised 2024), commitment 3.4, asks
    /// for an exit or transition strategy planned in the early stages, and the Net Impact 2010
    /// sessions on cross-sector collaboration (Smith) tell every outside partner to "make yourself
    /// not needed".
    ///
    /// ## How to fix
    /// Write in `[exit]` a `strategy` saying who takes over the work, when and how. Name the
    /// local partner that will lead, the date of handover, and what the outside partners still
    /// do afterwards, if anything.
    ///
    /// ## Example
    /// ```toml
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015; AquaFund advises on request."
    /// ```
    pub RULE = "exit.strategy", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 3.4, exit or transition strategy",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): make yourself not needed",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match &charter.exit {
        None => "strategy-no-section",
        Some(exit) if !non_empty(&exit.strategy) => "strategy-empty",
        Some(_) => return,
    };
    out.finding(&RULE, "/exit/strategy", t.format(id, &Args::new()));
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
        assert_eq!(out.paths(&RULE), ["/exit/strategy"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("no `[exit]`")));
    }

    #[test]
    fn fires_when_the_strategy_is_missing() {
        let out = healthy().remove("/exit/strategy").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/strategy"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("no strategy")));
    }

    #[test]
    fn fires_with_an_empty_exit_section() {
        let out = Fixture::minimal().set("/exit", json!({})).run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/strategy"]);
    }

    #[test]
    fn fires_when_the_strategy_is_blank() {
        // The schema refuses blank strings; the rule does not rely on it.
        let out = healthy().set("/exit/strategy", json!("  ")).run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/strategy"]);
    }

    #[test]
    fn passes_with_a_strategy() {
        let out = Fixture::minimal()
            .set("/exit/strategy", json!("Konbit Dlo takes over in 2015."))
            .run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
