use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

use super::partner_label;

accord_plugin::rule! {
    /// Skills are handed over in time: at least one `[[exit.capacity_transfer]]` goes to a local
    /// partner, every transfer has a `by` date, and none is due after `exit.handover_date`.
    ///
    /// ## Why
    /// Local partners can only take the lead if the skills, systems and relationships move to them
    /// before the outside partners step back. The Grand Bargain (2016), localisation workstream,
    /// commits to invest in the institutional capacity of local and national responders;
    /// Charter4Change (2015, updated 2019), commitment 7, to support their capacity; and the Net
    /// Impact 2010 sessions on cross-sector collaboration (Smith) ask outside partners to "make
    /// yourself not needed". A transfer with no date, or one due after handover, leaves the local
    /// partner to lead without what it needs.
    ///
    /// ## How to fix
    /// Add an `[[exit.capacity_transfer]]` entry for each skill a local partner needs to lead,
    /// with a `by` date no later than the handover. Name the receiving partner in `to` and say
    /// how the skill is passed on in `method` (training, mentoring, secondment, co-management or
    /// documentation).
    ///
    /// ## Example
    /// ```toml
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// handover_date = 2015-01-01
    ///
    /// [[exit.capacity_transfer]]
    /// skill = "Pump repair and spare-parts supply"
    /// to = "konbit"
    /// by = 2014-06-30
    /// method = "training"
    /// ```
    pub RULE = "exit.capacity-transfer", Error,
        references: [
            "Grand Bargain (2016): localisation workstream, invest in local and national responders' capacity",
            "Charter4Change (2015, updated 2019): commitment 7, capacity support",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): make yourself not needed",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let exit = charter.exit.as_ref();
    let transfers = exit
        .and_then(|e| e.capacity_transfer.as_deref())
        .unwrap_or_default();
    if transfers.is_empty() {
        let message = t.format("capacity-transfer-none", &Args::new());
        out.finding(&RULE, "/exit/capacity_transfer", message);
    } else if !transfers.iter().any(|t| charter.is_local_partner(&t.to)) {
        let mut recipients: Vec<String> = Vec::new();
        for t in transfers {
            let name = partner_label(charter, &t.to);
            if !recipients.contains(&name) {
                recipients.push(name);
            }
        }
        let args = Args::new().text("recipients", recipients.join(", "));
        let message = t.format("capacity-transfer-none-local", &args);
        out.finding(&RULE, "/exit/capacity_transfer", message);
    }
    let handover = exit.and_then(|e| e.handover_date);
    // Every transfer, whoever receives it, needs a `by` no later than the handover (the rule
    // says "a finding per transfer", not "per transfer to a local partner").
    for (i, transfer) in transfers.iter().enumerate() {
        let path = format!("/exit/capacity_transfer/{i}/by");
        let args = Args::new()
            .text("skill", transfer.skill.as_ref())
            .text("partner", partner_label(charter, &transfer.to));
        match (transfer.by, handover) {
            (None, _) => out.finding(&RULE, path, t.format("capacity-transfer-no-date", &args)),
            (Some(by), Some(handover)) if by > handover => {
                let args = args
                    .text("by", by.to_string())
                    .text("handover", handover.to_string());
                out.finding(&RULE, path, t.format("capacity-transfer-late", &args));
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn transfers(list: serde_json::Value) -> Fixture {
        healthy().set("/exit/capacity_transfer", list)
    }

    fn messages(f: &Fixture) -> Vec<String> {
        f.run(&ExitPlan)
            .of(&RULE)
            .map(|f| f.message.clone())
            .collect()
    }

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/capacity_transfer"]);
    }

    #[test]
    fn fires_without_transfers() {
        let out = healthy().remove("/exit/capacity_transfer").run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/capacity_transfer"]);
    }

    #[test]
    fn fires_with_an_empty_list() {
        let out = transfers(json!([])).run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/capacity_transfer"]);
    }

    #[test]
    fn fires_when_no_transfer_goes_to_a_local_partner() {
        let f = transfers(json!([
            {"skill": "Grant reporting", "to": "aquafund", "by": "2014-01-01"}
        ]));
        assert_eq!(f.run(&ExitPlan).paths(&RULE), ["/exit/capacity_transfer"]);
        let m = messages(&f).join("");
        assert!(m.contains("go only to AquaFund (aquafund)."), "{m}");
    }

    #[test]
    fn an_affiliate_of_an_international_is_not_local() {
        let out = healthy()
            .set("/partners/0/affiliated_international", json!(true))
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/capacity_transfer"]);
    }

    #[test]
    fn one_local_transfer_is_enough() {
        let out = transfers(json!([
            {"skill": "Grant reporting", "to": "aquafund", "by": "2014-01-01"},
            {"skill": "Pump repair", "to": "konbit", "by": "2014-06-30"}
        ]))
        .run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_with_a_dated_local_transfer() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn a_finding_per_transfer_without_by() {
        let f = transfers(json!([
            {"skill": "Pump repair", "to": "konbit"},
            {"skill": "Bookkeeping", "to": "konbit", "by": "2014-06-30"},
            {"skill": "Water testing", "to": "konbit"}
        ]));
        assert_eq!(
            f.run(&ExitPlan).paths(&RULE),
            [
                "/exit/capacity_transfer/0/by",
                "/exit/capacity_transfer/2/by"
            ]
        );
        let m = messages(&f);
        assert!(
            m[0].contains("\"Pump repair\" to Konbit Dlo (konbit) has no `by`"),
            "{m:?}"
        );
    }

    #[test]
    fn transfers_to_non_local_partners_need_a_by_too() {
        let out = transfers(json!([
            {"skill": "Pump repair", "to": "konbit", "by": "2014-06-30"},
            {"skill": "Grant reporting", "to": "aquafund"}
        ]))
        .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/capacity_transfer/1/by"]);
    }

    #[test]
    fn a_finding_per_transfer_due_after_handover() {
        // healthy() hands over on 2015-01-01: due on that day passes, the day after is late.
        let f = transfers(json!([
            {"skill": "Pump repair", "to": "konbit", "by": "2015-01-02"},
            {"skill": "Bookkeeping", "to": "konbit", "by": "2015-01-01"},
            {"skill": "Water testing", "to": "konbit", "by": "2016-06-30"}
        ]));
        assert_eq!(
            f.run(&ExitPlan).paths(&RULE),
            [
                "/exit/capacity_transfer/0/by",
                "/exit/capacity_transfer/2/by"
            ]
        );
        let m = messages(&f);
        assert!(
            m[0].contains("2 January 2015") && m[0].contains("handover on 1 January 2015"),
            "{m:?}"
        );
    }

    #[test]
    fn no_lateness_check_without_a_handover_date() {
        let out = transfers(json!([
            {"skill": "Pump repair", "to": "konbit", "by": "2030-01-01"}
        ]))
        .remove("/exit/handover_date")
        .run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn every_condition_reports_at_once() {
        let out = transfers(json!([
            {"skill": "Grant reporting", "to": "aquafund"},
            {"skill": "Donor relations", "to": "aquafund", "by": "2016-01-01"}
        ]))
        .run(&ExitPlan);
        assert_eq!(
            out.paths(&RULE),
            [
                "/exit/capacity_transfer",
                "/exit/capacity_transfer/0/by",
                "/exit/capacity_transfer/1/by"
            ]
        );
    }
}
