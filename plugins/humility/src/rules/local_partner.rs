use accord_plugin::charter::{Base, Partner};
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// At least one partner is local: based `local` or `national`, and not a country office or
    /// affiliate of an international organisation.
    ///
    /// ## Why
    /// Local people are the central change agents; a partnership run entirely by outsiders has no
    /// one to hand the work to. The Principles of Partnership (Global Humanitarian Platform, 2007)
    /// rest on equality and complementarity with local actors; the Grand Bargain (2016),
    /// localisation workstream, commits to support local and national responders, and under its
    /// IASC reading an international organisation's country office is not one; and the Net Impact
    /// 2010 sessions on cross-sector collaboration (Smith) name local people as the central change
    /// agents.
    ///
    /// ## How to fix
    /// Bring in at least one local or national organisation as a full partner, listed in
    /// `[[partners]]` with `base = "local"` or `"national"`. A country office or affiliate of an
    /// international organisation (`affiliated_international = true`) does not count: partner
    /// with an independent organisation rooted in the community.
    ///
    /// ## Example
    /// ```toml
    /// [[partners]]
    /// id = "konbit"
    /// name = "Konbit Dlo"
    /// sector = "community"
    /// base = "local"
    /// roles = ["implementing"]
    /// ```
    pub RULE = "humility.local-partner", Error,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): equality, complementarity",
            "Grand Bargain (2016): localisation workstream",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): local people as the central change agents",
        ]
}

const PATH: &str = "/partners";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    if charter.partners.iter().any(Partner::is_local) {
        return;
    }
    let described: Vec<String> = charter.partners.iter().map(|p| describe(p, t)).collect();
    let args = Args::new()
        .count("count", charter.partners.len())
        .text("partners", t.list(&described));
    out.finding(&RULE, PATH, t.format("local-partner-none", &args));
}

/// "AquaFund (international)", "Oxfam Haiti (national, affiliate of an international organisation)".
fn describe(p: &Partner<'_>, t: &Messages<'_>) -> String {
    let base = match p.base {
        Base::Local => "local",
        Base::National => "national",
        Base::International => "international",
    };
    let affiliate = if p.affiliated_international == Some(true) {
        "yes"
    } else {
        "no"
    };
    let args = Args::new()
        .text("name", p.name.as_ref())
        .text("base", base)
        .text("affiliate", affiliate);
    t.format("local-partner-described", &args)
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn passes_with_a_local_partner() {
        let out = Fixture::minimal().run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_with_a_national_partner() {
        let out = Fixture::minimal()
            .set("/partners/0/base", json!("national"))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_with_affiliated_international_false() {
        let out = Fixture::minimal()
            .set("/partners/0/affiliated_international", json!(false))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn fires_when_every_partner_is_international() {
        let out = Fixture::minimal()
            .set("/partners/0/base", json!("international"))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert_eq!(
            message,
            "None of the 2 partners is local or national: Konbit Dlo (international) and AquaFund (international)."
        );
    }

    #[test]
    fn an_affiliate_of_an_international_is_not_local() {
        let out = Fixture::minimal()
            .set("/partners/0/base", json!("national"))
            .set("/partners/0/affiliated_international", json!(true))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(
            message.contains("Konbit Dlo (national, affiliate of an international organisation)"),
            "{message}"
        );
    }

    #[test]
    fn fires_with_a_single_international_partner() {
        let out = Fixture::minimal().remove("/partners/0").run(&Humility);
        assert_eq!(out.paths(&RULE), ["/partners"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert!(message.starts_with("The only partner is"), "{message}");
    }
}
