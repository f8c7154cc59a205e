use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The exit plan names its approach: `exit.approach` is `phase-down`, `phase-out` or
    /// `phase-over`.
    ///
    /// ## Why
    /// Leaving can mean reducing support gradually (phase down), stopping it (phase out) or
    /// handing the work to local institutions (phase over), and each asks different things of
    /// the partners who stay. The C-SAFE/FANTA exit-strategy guidance asks programmes to choose
    /// one explicitly, so that everyone plans for the same ending.
    ///
    /// ## How to fix
    /// Set `approach` in `[exit]` to `phase-down`, `phase-out` or `phase-over`. Choose
    /// `phase-over` when local partners will carry the work on.
    ///
    /// ## Example
    /// ```toml
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// approach = "phase-over"
    /// ```
    pub RULE = "exit.approach", Warning,
        references: [
            "C-SAFE/FANTA exit-strategy guidance: phase down, phase out, phase over",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    if charter.exit.as_ref().and_then(|e| e.approach).is_none() {
        out.finding(
            &RULE,
            "/exit/approach",
            t.format("approach-unstated", &Args::new()),
        );
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
        assert_eq!(out.paths(&RULE), ["/exit/approach"]);
    }

    #[test]
    fn fires_without_an_approach() {
        let out = healthy().remove("/exit/approach").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/approach"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("phased over")));
    }

    #[test]
    fn passes_with_any_approach() {
        for approach in ["phase-down", "phase-out", "phase-over"] {
            let out = Fixture::minimal()
                .set("/exit/approach", json!(approach))
                .run(&ExitPlan);
            assert!(out.paths(&RULE).is_empty(), "{approach}");
        }
    }
}
