use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

use super::{not_local_because, partner_label};

accord_plugin::rule! {
    /// A local partner leads after handover: `exit.successor` names a local partner (based
    /// `local` or `national`, and not an affiliate of an international organisation).
    ///
    /// ## Why
    /// Handing the work to another outside organisation, or to the country office of one, is a
    /// relay, not an exit: the community still depends on someone else. The Core Humanitarian
    /// Standard (2014, revised 2024), commitment 3.3, asks to develop local leadership, and the Net
    /// Impact 2010 sessions on cross-sector collaboration (Smith) see local people as the central
    /// change agents, the ones who carry the work on.
    ///
    /// ## How to fix
    /// Set `exit.successor` to the id of the local partner that will lead after handover. If no
    /// local partner can lead yet, add one to `[[partners]]` and plan the capacity transfer it
    /// needs.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    ///
    /// [exit]
    /// strategy = "Konbit Dlo runs the water points alone from 2015."
    /// successor = "konbit"
    /// ```
    pub RULE = "exit.local-successor", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 3.3, develop local leadership",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): local people as the central change agents",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let path = "/exit/successor";
    let Some(successor) = charter.exit.as_ref().and_then(|e| e.successor.as_deref()) else {
        out.finding(
            &RULE,
            path,
            t.format("local-successor-unstated", &Args::new()),
        );
        return;
    };
    if let Some(why) = not_local_because(charter, successor) {
        let args = Args::new()
            .text("why", why)
            .text("id", successor)
            .text("partner", partner_label(charter, successor));
        out.finding(&RULE, path, t.format("local-successor-not-local", &args));
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn single_message(f: Fixture) -> String {
        let out = f.run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/successor"]);
        out.of(&RULE).map(|f| f.message.clone()).collect()
    }

    #[test]
    fn fires_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/successor"]);
    }

    #[test]
    fn fires_without_a_successor() {
        let m = single_message(healthy().remove("/exit/successor"));
        assert!(m.contains("no successor"), "{m}");
    }

    #[test]
    fn fires_for_an_international_successor() {
        let m = single_message(healthy().set("/exit/successor", json!("aquafund")));
        assert!(
            m.contains("AquaFund (aquafund)") && m.contains("international"),
            "{m}"
        );
    }

    #[test]
    fn fires_for_an_affiliate_of_an_international() {
        let f = healthy().set("/partners/0/affiliated_international", json!(true));
        let m = single_message(f);
        assert!(
            m.contains("Konbit Dlo (konbit)") && m.contains("affiliate"),
            "{m}"
        );
    }

    #[test]
    fn passes_for_a_local_successor() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_for_a_national_successor() {
        let out = healthy()
            .set("/partners/0/base", json!("national"))
            .set("/partners/0/affiliated_international", json!(false))
            .run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
    }
}
