use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The community served sits on the governing body: `governance.community_seats` is at
    /// least 1.
    ///
    /// ## Why
    /// Decisions about a community taken without it repeat the pattern the partnership should
    /// break. Equality is one of the Principles of Partnership (Global Humanitarian Platform,
    /// 2007); Charter4Change (2015, updated 2019), commitment 6, asks for equality in
    /// decision-making rather than mere subcontracting; and the Net Impact 2010 sessions on
    /// cross-sector collaboration (Smith) see local people as the central change agents. At least
    /// one seat is the minimum this rule asks.
    ///
    /// ## How to fix
    /// Give people of the community served at least one seat on the governing body and record
    /// it as `community_seats` in `[governance]`. Say how those members are chosen, and set
    /// `total_seats` so readers can see their weight on the board.
    ///
    /// ## Example
    /// ```toml
    /// [governance]
    /// decision_making = "consensus"
    /// total_seats = 7
    /// community_seats = 3
    /// ```
    pub RULE = "humility.community-in-governance", Warning,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): equality",
            "Charter4Change (2015, updated 2019): commitment 6, equality in decision-making",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): local people as the central change agents",
        ]
}

const PATH: &str = "/governance/community_seats";
const MIN_SEATS: i64 = 1;

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let Some(governance) = &charter.governance else {
        let message = t.format("community-in-governance-no-section", &Args::new());
        out.finding(&RULE, PATH, message);
        return;
    };
    match governance.community_seats {
        None => out.finding(
            &RULE,
            PATH,
            t.format("community-in-governance-unstated", &Args::new()),
        ),
        Some(seats) if seats < MIN_SEATS => {
            let args = Args::new()
                .integer("seats", seats)
                .integer("least", MIN_SEATS);
            let message = match governance.total_seats {
                Some(total) => t.format(
                    "community-in-governance-too-few-of-total",
                    &args.integer("total", total),
                ),
                None => t.format("community-in-governance-too-few", &args),
            };
            out.finding(&RULE, PATH, message);
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    fn governance(extra: serde_json::Value) -> Fixture {
        let mut g = json!({"decision_making": "consensus"});
        if let (Some(g), Some(extra)) = (g.as_object_mut(), extra.as_object()) {
            g.extend(extra.clone());
        }
        Fixture::minimal().set("/governance", g)
    }

    #[test]
    fn fires_without_governance() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/governance/community_seats"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[governance]`"))
        );
    }

    #[test]
    fn fires_without_community_seats() {
        let out = governance(json!({"total_seats": 5})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/governance/community_seats"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("`community_seats`"))
        );
    }

    #[test]
    fn zero_seats_fails() {
        // Boundary: one step below the minimum of 1.
        let out = governance(json!({"total_seats": 7, "community_seats": 0})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/governance/community_seats"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert_eq!(
            message,
            "The community holds 0 seats out of 7 on the governing body; it should hold at least 1."
        );
    }

    #[test]
    fn one_seat_passes() {
        // Boundary: exactly the minimum (inclusive).
        let out = governance(json!({"community_seats": 1})).run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn several_seats_pass() {
        let out = governance(json!({"total_seats": 7, "community_seats": 3})).run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
