use accord_plugin::charter::{Overlap, non_empty};
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// No other initiative that duplicates this partnership's work (`overlap = "duplicate"` in
    /// `[[coordination.initiatives]]`) is left without an `arrangement` with it.
    ///
    /// ## Why
    /// Two programmes doing the same thing for the same community waste scarce money, confuse
    /// residents and compete for the same local leaders. Complementarity is one of the Principles
    /// of Partnership (Global Humanitarian Platform, 2007); the Core Humanitarian Standard (2014,
    /// revised 2024), commitment 6, asks that assistance be coordinated and complementary; and the
    /// Net Impact 2010 sessions on cross-sector collaboration (Smith) ask partners to listen and
    /// learn the community's context, which includes what already exists there, before designing
    /// anything. Overlap is sometimes unavoidable, but a duplicate needs an agreed way of working
    /// with it.
    ///
    /// ## How to fix
    /// For each initiative marked `overlap = "duplicate"`, agree with its lead how the work is
    /// split or merged and record it in `arrangement`.
    /// If the overlap turns out to be only partial, say `overlap = "partial"` instead.
    ///
    /// ## Example
    /// ```toml
    /// [[coordination.initiatives]]
    /// name = "Municipal water kiosks"
    /// lead = "DINEPA"
    /// overlap = "duplicate"
    /// arrangement = "DINEPA keeps the kiosks on the main road; Konbit Dlo runs the neighbourhood points."
    /// ```
    pub RULE = "collaboration.no-duplication", Warning,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): complementarity",
            "Core Humanitarian Standard (2014, revised 2024): commitment 6, coordinated and complementary",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): listen before designing; historical, political, cultural and regulatory context",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let initiatives = charter
        .coordination
        .as_ref()
        .and_then(|c| c.initiatives.as_deref())
        .unwrap_or_default();
    let offending = initiatives
        .iter()
        .enumerate()
        .find(|(_, i)| i.overlap == Overlap::Duplicate && !non_empty(&i.arrangement));
    if let Some((i, initiative)) = offending {
        let args = Args::new().text("initiative", initiative.name.as_ref());
        let message = match &initiative.lead {
            Some(lead) => t.format(
                "no-duplication-unarranged-led",
                &args.text("lead", lead.as_ref()),
            ),
            None => t.format("no-duplication-unarranged", &args),
        };
        out.finding(
            &RULE,
            format!("/coordination/initiatives/{i}/arrangement"),
            message,
        );
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::{Value, json};

    fn initiative(name: &str, overlap: &str, arrangement: Option<&str>) -> Value {
        let mut v = json!({"name": name, "lead": "DINEPA", "overlap": overlap});
        if let Some(a) = arrangement {
            v["arrangement"] = json!(a);
        }
        v
    }

    #[test]
    fn passes_without_coordination() {
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_with_an_empty_list() {
        let out = Fixture::minimal()
            .set(
                "/coordination",
                json!({"mapping_done": true, "initiatives": []}),
            )
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn fires_at_the_first_duplicate_without_arrangement() {
        let out = Fixture::minimal()
            .set(
                "/coordination/initiatives",
                json!([
                    initiative("Kiosks", "none", None),
                    initiative("Wells", "partial", None),
                    initiative("Tanks", "duplicate", Some("We split the streets")),
                    initiative("Pipes", "duplicate", None),
                    initiative("Pumps", "duplicate", None),
                ]),
            )
            .run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            ["/coordination/initiatives/3/arrangement"]
        );
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("\"Pipes\" (led by DINEPA)"), "{message}");
    }

    #[test]
    fn passes_when_every_duplicate_has_an_arrangement() {
        let out = Fixture::minimal()
            .set(
                "/coordination/initiatives",
                json!([
                    initiative("Pipes", "duplicate", Some("DINEPA keeps the main road")),
                    initiative("Wells", "partial", None),
                ]),
            )
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn message_without_a_lead() {
        let out = Fixture::minimal()
            .set(
                "/coordination/initiatives",
                json!([{"name": "Pipes", "overlap": "duplicate"}]),
            )
            .run(&Collaboration);
        assert_eq!(
            out.paths(&RULE),
            ["/coordination/initiatives/0/arrangement"]
        );
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("\"Pipes\" duplicates"), "{message}");
    }
}
