use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// No partner's commitment ends too early: every `commitment_until`, where given, is on or
    /// after `exit.handover_date` (or `partnership.end` when there is no handover date).
    ///
    /// ## Why
    /// A partner that leaves before local partners take the lead leaves them to carry the work
    /// unprepared, exactly when support matters most. The Grand Bargain (2016), localisation
    /// workstream, commits signatories to multi-year investment in the capacities of local and
    /// national responders, and the Net Impact 2010 sessions on cross-sector collaboration (Smith)
    /// ask outside partners to "make yourself not needed" before they go, not simply to leave. Each
    /// partner's commitment should therefore reach at least the handover (or, without one, the end
    /// of the partnership).
    ///
    /// ## How to fix
    /// Extend each early partner's `commitment_until` to the handover date, or bring the
    /// handover forward to a date every partner has committed to.
    /// If a partner cannot stay that long, plan who takes over its role before it leaves.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "aquafund"
    /// name = "AquaFund"
    /// sector = "philanthropy"
    /// base = "international"
    /// roles = ["funding"]
    /// commitment_until = 2015-06-30
    ///
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015; AquaFund advises on request."
    /// handover_date = 2015-01-01
    /// successor = "konbit"
    /// ```
    pub RULE = "collaboration.commitment-horizon", Warning,
        references: [
            "Grand Bargain (2016): localisation workstream, multi-year investment in the capacities of local and national responders",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): make yourself not needed",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let handover = charter.exit.as_ref().and_then(|e| e.handover_date);
    let (horizon, what) = match handover {
        Some(date) => (date, "handover"),
        None => (charter.partnership.end, "end"),
    };
    let offending =
        charter
            .partners
            .iter()
            .enumerate()
            .find_map(|(i, p)| match p.commitment_until {
                Some(until) if until < horizon => Some((i, p, until)),
                _ => None,
            });
    if let Some((i, partner, until)) = offending {
        let args = Args::new()
            .text("partner", partner.name.as_ref())
            .text("id", partner.id.as_ref())
            .text("until", until.to_string())
            .text("horizon", what)
            .text("date", horizon.to_string());
        out.finding(
            &RULE,
            format!("/partners/{i}/commitment_until"),
            t.format("commitment-horizon-short", &args),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn message(out: &accord_plugin::Outcome) -> String {
        out.of(&RULE).next().unwrap().message.clone()
    }

    #[test]
    fn passes_when_no_partner_states_a_commitment() {
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn without_handover_the_end_is_the_horizon() {
        let f = Fixture::minimal();
        let at_end = f
            .clone()
            .set("/partners/1/commitment_until", json!("2016-12-31"))
            .run(&Collaboration);
        assert!(at_end.paths(&RULE).is_empty());
        let out = f
            .set("/partners/1/commitment_until", json!("2016-12-30"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/1/commitment_until"]);
        let m = message(&out);
        assert!(m.contains("AquaFund (`aquafund`)"), "{m}");
        assert!(m.contains("until 30 December 2016"), "{m}");
        assert!(
            m.contains("before the end of the partnership on 31 December 2016"),
            "{m}"
        );
    }

    #[test]
    fn an_exit_without_handover_date_also_uses_the_end() {
        let out = Fixture::minimal()
            .set("/exit", json!({"strategy": "Hand over to Konbit Dlo"}))
            .set("/partners/1/commitment_until", json!("2015-06-30"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/1/commitment_until"]);
    }

    #[test]
    fn with_handover_the_handover_is_the_horizon() {
        let f = Fixture::minimal().set("/exit/handover_date", json!("2015-01-01"));
        // exactly at the handover passes; after the handover but before the end passes
        let out = f
            .clone()
            .set("/partners/0/commitment_until", json!("2015-01-01"))
            .set("/partners/1/commitment_until", json!("2015-06-30"))
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        // one day before the handover fails
        let out = f
            .set("/partners/1/commitment_until", json!("2014-12-31"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/1/commitment_until"]);
        let m = message(&out);
        assert!(m.contains("before the handover on 1 January 2015"), "{m}");
    }

    #[test]
    fn points_at_the_first_offending_partner() {
        let out = Fixture::minimal()
            .set("/partners/0/commitment_until", json!("2012-01-01"))
            .set("/partners/1/commitment_until", json!("2011-06-30"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/0/commitment_until"]);
    }

    #[test]
    fn partners_without_a_commitment_are_skipped() {
        let out = Fixture::minimal()
            .set("/partners/1/commitment_until", json!("2012-01-01"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners/1/commitment_until"]);
    }
}
