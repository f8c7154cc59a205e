use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The solution was not fixed before the community was engaged: `[listening]` says
    /// `solution_predetermined = false`.
    ///
    /// ## Why
    /// A partnership that arrives with its answer already chosen can only ask the community to
    /// accept it. The Core Humanitarian Standard (2014, revised 2024), commitment 1, asks that a
    /// response be appropriate and relevant to the needs of the people it serves, which needs those
    /// people to shape it; the Net Impact 2010 sessions on cross-sector collaboration (Smith) warn
    /// against entering a partnership with a predetermined solution and advise listening before
    /// designing. A charter that does not say whether the solution was predetermined fails too: the
    /// question has to be answered.
    ///
    /// ## How to fix
    /// Engage the community before choosing the intervention, then record it in `[listening]` with
    /// `solution_predetermined = false`. If the solution was fixed beforehand, say so honestly
    /// (`true`), reopen the design with the community, and record the consultations that
    /// followed.
    ///
    /// ## Example
    /// ```toml
    /// [listening]
    /// solution_predetermined = false
    /// ```
    pub RULE = "humility.no-predetermined-solution", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 1, appropriate and relevant",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): listen before designing; no predetermined solution",
        ]
}

const PATH: &str = "/listening/solution_predetermined";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match &charter.listening {
        // `solution_predetermined` is required in `[listening]`, so a missing value means a
        // missing section (missing data fails).
        None => "no-predetermined-solution-no-section",
        Some(l) if l.solution_predetermined => "no-predetermined-solution-true",
        Some(_) => return,
    };
    out.finding(&RULE, PATH, t.format(id, &Args::new()));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn fires_without_listening() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/solution_predetermined"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[listening]` section"))
        );
    }

    #[test]
    fn fires_when_predetermined() {
        let out = Fixture::minimal()
            .set("/listening/solution_predetermined", json!(true))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/solution_predetermined"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("`solution_predetermined = true`"))
        );
    }

    #[test]
    fn passes_when_not_predetermined() {
        let out = Fixture::minimal()
            .set("/listening/solution_predetermined", json!(false))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
