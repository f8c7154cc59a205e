use accord_plugin::charter::Role;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Local partners who implement the work also designed it: every local partner with the
    /// `implementing` role has `involved_in_design = true`.
    ///
    /// ## Why
    /// A local organisation that only delivers a plan drawn up elsewhere is a subcontractor, not
    /// a partner, and its knowledge of the place is lost to the design. Charter4Change (2015,
    /// updated 2019), commitment 6, asks for equality in decision-making and an end to treating
    /// local organisations as mere subcontractors. A local implementer whose involvement is not
    /// recorded fails: the charter has to say it.
    ///
    /// ## How to fix
    /// Involve every local implementing partner in designing the work, not only in delivering
    /// it, and record `involved_in_design = true` on its `[[partners]]` entry. If one was brought
    /// in after the design, reopen the design with it before implementation goes further.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    /// involved_in_design = true
    /// ```
    pub RULE = "humility.local-partners-in-design", Warning,
        references: [
            "Charter4Change (2015, updated 2019): commitment 6, equality in decision-making, no mere subcontracting",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    // "Every local implementing partner": passes when there is none (another rule reports a
    // charter without local partners). The first offending partner in document order.
    let offender = charter.partners.iter().enumerate().find(|(_, p)| {
        p.is_local() && p.has_role(Role::Implementing) && p.involved_in_design != Some(true)
    });
    let Some((i, p)) = offender else {
        return;
    };
    let id = match p.involved_in_design {
        Some(false) => "local-partners-in-design-false",
        _ => "local-partners-in-design-unstated",
    };
    let args = Args::new()
        .text("partner", p.name.as_ref())
        .text("id", p.id.as_ref());
    out.finding(
        &RULE,
        format!("/partners/{i}/involved_in_design"),
        t.format(id, &args),
    );
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn second_local_implementer(involved: Option<bool>) -> Fixture {
        let mut p = json!({"id": "fanm-dlo", "name": "Fanm Dlo", "sector": "nonprofit",
                           "base": "national", "roles": ["implementing", "advisory"]});
        if let (Some(p), Some(involved)) = (p.as_object_mut(), involved) {
            p.insert("involved_in_design".into(), json!(involved));
        }
        Fixture::minimal().set("/partners/-", p)
    }

    #[test]
    fn fires_when_not_recorded() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners/0/involved_in_design"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.starts_with("Konbit Dlo (konbit)"), "{message}");
        assert!(message.contains("is missing"), "{message}");
    }

    #[test]
    fn fires_when_false() {
        let out = Fixture::minimal()
            .set("/partners/0/involved_in_design", json!(false))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners/0/involved_in_design"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("did not take part"))
        );
    }

    #[test]
    fn passes_when_involved() {
        let out = Fixture::minimal()
            .set("/partners/0/involved_in_design", json!(true))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn points_at_the_first_offender_only() {
        let out = second_local_implementer(Some(false))
            .set("/partners/0/involved_in_design", json!(true))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners/2/involved_in_design"]);
        let both = second_local_implementer(None).run(&Humility);
        assert_eq!(both.paths(&RULE), ["/partners/0/involved_in_design"]);
    }

    #[test]
    fn national_partners_count_as_local() {
        let out = second_local_implementer(Some(true))
            .set("/partners/0/involved_in_design", json!(true))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn ignores_international_and_affiliated_implementers() {
        let out = Fixture::minimal()
            .set("/partners/0/affiliated_international", json!(true))
            .set("/partners/1/roles", json!(["funding", "implementing"]))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn ignores_local_partners_that_do_not_implement() {
        let out = Fixture::minimal()
            .set("/partners/0/roles", json!(["advisory"]))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_without_any_local_implementer() {
        // "Every" over an empty set passes; `humility.local-partner` reports the absence.
        let out = Fixture::minimal()
            .set("/partners/0/base", json!("international"))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }
}
