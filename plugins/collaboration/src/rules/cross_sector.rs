use accord_plugin::charter::Sector;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partners come from at least two different sectors (community, nonprofit, business,
    /// government, academic, philanthropy, multilateral).
    ///
    /// ## Why
    /// Accord exists to audit cross-sector partnerships, which the Net Impact 2010 conference
    /// sessions (Smith) describe as a growing imperative in development: no single sector holds the
    /// money, the mandate, the know-how and the community's trust that lasting change needs. A
    /// "partnership" whose members all come from one sector misses the perspectives and resources
    /// the others bring. Two sectors is the definition of cross-sector, not a tunable threshold.
    ///
    /// ## How to fix
    /// Bring in at least one partner from another sector, or correct a partner's `sector`.
    /// A community organisation working with a philanthropy, a local government and a university,
    /// say, is a cross-sector partnership; each `[[partners]]` entry names its own `sector`.
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
    /// [[partners]]
    /// id = "aquafund"
    /// name = "AquaFund"
    /// sector = "philanthropy"
    /// base = "international"
    /// roles = ["funding"]
    /// ```
    pub RULE = "collaboration.cross-sector", Warning,
        references: [
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): cross-sector collaboration",
        ]
}

/// The fewest distinct sectors a cross-sector partnership has.
const MIN_SECTORS: usize = 2;

// How this rule reads its check:
// - Every partner counts, whatever its base or affiliation.
// - "at least 2" is the definition of cross-sector, not marked as an option, so it is a constant.
// - An empty partner list (refused by the schema anyway) has 0 sectors and fails.
pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let mut sectors: Vec<Sector> = Vec::new();
    for partner in &charter.partners {
        if !sectors.contains(&partner.sector) {
            sectors.push(partner.sector);
        }
    }
    if sectors.len() >= MIN_SECTORS {
        return;
    }
    let message = match sectors.first() {
        None => t.format("cross-sector-no-partners", &Args::new()),
        Some(sector) => {
            let args = Args::new()
                .count("count", charter.partners.len())
                .text("sector", sector_name(*sector))
                .count("least", MIN_SECTORS);
            t.format("cross-sector-one-sector", &args)
        }
    };
    out.finding(&RULE, "/partners", message);
}

/// The sector as the charter writes it (`nonprofit`), which messages select on.
pub fn sector_name(sector: Sector) -> &'static str {
    match sector {
        Sector::Business => "business",
        Sector::Government => "government",
        Sector::Nonprofit => "nonprofit",
        Sector::Community => "community",
        Sector::Academic => "academic",
        Sector::Philanthropy => "philanthropy",
        Sector::Multilateral => "multilateral",
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Collaboration;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn passes_with_exactly_two_sectors() {
        // the boundary: community + philanthropy
        let out = Fixture::minimal().run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_when_every_partner_is_from_one_sector() {
        let out = Fixture::minimal()
            .set("/partners/1/sector", json!("community"))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("All 2 partners"), "{message}");
        assert!(message.contains("community sector"), "{message}");
    }

    #[test]
    fn fires_with_a_single_partner() {
        let out = Fixture::minimal().remove("/partners/1").run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.contains("The only partner"), "{message}");
    }

    #[test]
    fn fires_with_no_partners_at_all() {
        let out = Fixture::minimal()
            .set("/partners", json!([]))
            .run(&Collaboration);
        assert_eq!(out.paths(&RULE), ["/partners"]);
    }

    #[test]
    fn many_partners_of_one_sector_plus_one_other_pass() {
        let out = Fixture::minimal()
            .set("/partners/1/sector", json!("community"))
            .set(
                "/partners/-",
                json!({"id": "mairie", "name": "Mairie", "sector": "government",
                       "base": "local", "roles": ["accountable"]}),
            )
            .run(&Collaboration);
        assert!(out.paths(&RULE).is_empty());
    }
}
