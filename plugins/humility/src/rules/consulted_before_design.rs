use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The community was heard before the work was designed: at least one consultation has
    /// `before_design = true` and one or more participants.
    ///
    /// ## Why
    /// Outsiders who design first and consult afterwards ask people to approve a plan, not to shape
    /// it. The Core Humanitarian Standard (2014, revised 2024), commitment 4, asks that communities
    /// take part in the decisions that affect them; the Grand Bargain (2016) participation
    /// revolution asks that the people served shape the response; and the Net Impact 2010 sessions
    /// on cross-sector collaboration (Smith) advise listening before designing. A consultation with
    /// nobody in it does not count.
    ///
    /// ## How to fix
    /// Hold at least one consultation with the community before the solution is chosen and
    /// record it in `[[listening.consultations]]` with `before_design = true` and its number of
    /// `participants`. Record when it took place, how (`method`) and in which `language`, so
    /// readers can see whose voices shaped the design.
    ///
    /// ## Example
    /// ```toml
    /// [listening]
    /// solution_predetermined = false
    ///
    /// [[listening.consultations]]
    /// date = 2010-11-15
    /// method = "community-meeting"
    /// participants = 85
    /// language = "ht"
    /// before_design = true
    /// ```
    pub RULE = "humility.consulted-before-design", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 4, communication, participation and feedback",
            "Grand Bargain (2016): participation revolution",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): listen before designing",
        ]
}

const PATH: &str = "/listening/consultations";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let consultations = charter
        .listening
        .as_ref()
        .and_then(|l| l.consultations.as_deref())
        .unwrap_or_default();
    if consultations.is_empty() {
        let message = t.format("consulted-before-design-none", &Args::new());
        out.finding(&RULE, PATH, message);
        return;
    }
    if consultations
        .iter()
        .any(|c| c.before_design && c.participants > 0)
    {
        return;
    }
    let before = consultations.iter().filter(|c| c.before_design).count();
    let after = consultations.len() - before;
    let mut parts = Vec::new();
    if after > 0 {
        parts.push(t.format(
            "consulted-before-design-after",
            &Args::new().count("count", after),
        ));
    }
    if before > 0 {
        parts.push(t.format(
            "consulted-before-design-empty",
            &Args::new().count("count", before),
        ));
    }
    let args = Args::new()
        .count("count", consultations.len())
        .text("kinds", t.list(&parts));
    out.finding(
        &RULE,
        PATH,
        t.format("consulted-before-design-not-before", &args),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::{Value, json};

    fn consultation(participants: i64, before_design: bool) -> Value {
        json!({"date": "2010-11-15", "method": "community-meeting",
               "participants": participants, "before_design": before_design})
    }

    fn with_consultations(list: Value) -> Fixture {
        Fixture::minimal().set(
            "/listening",
            json!({"solution_predetermined": false, "consultations": list}),
        )
    }

    #[test]
    fn fires_without_listening() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("no consultation")));
    }

    #[test]
    fn fires_without_consultations() {
        let out = Fixture::minimal()
            .set("/listening", json!({"solution_predetermined": false}))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations"]);
    }

    #[test]
    fn fires_with_an_empty_list() {
        let out = with_consultations(json!([])).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations"]);
    }

    #[test]
    fn fires_when_every_consultation_came_after_the_design() {
        let out = with_consultations(json!([consultation(40, false), consultation(12, false)]))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("(2 recorded: 2 held after the design)"),
            "{message}"
        );
    }

    #[test]
    fn zero_participants_before_design_fails() {
        // Boundary: participants must be > 0.
        let out = with_consultations(json!([consultation(0, true), consultation(30, false)]))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("1 held after the design and 1 held before it with no participants"),
            "{message}"
        );
    }

    #[test]
    fn one_participant_before_design_passes() {
        // Boundary: one step past 0.
        let out = with_consultations(json!([consultation(1, true)])).run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_when_any_consultation_qualifies() {
        let out = with_consultations(json!([
            consultation(0, true),
            consultation(25, false),
            consultation(85, true)
        ]))
        .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
