use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Progress is reported in public and often enough: `[transparency]` says
    /// `public_reports = true` and `report_every_months` is at most 6 (by default).
    ///
    /// ## Why
    /// Reports that stay inside the partnership, or come once a year, leave the community and the
    /// partners unable to see problems while there is still time to act. Transparency is one of
    /// the Principles of Partnership (Global Humanitarian Platform, 2007), and the IATI Standard
    /// asks that activity data, including results, be published and kept up to date. The 6-month
    /// interval is Accord's own default, not a framework figure; a profile can change it with
    /// option `max_report_interval_months`. A charter that does not say whether reports are
    /// public, or how often they come, fails.
    ///
    /// ## How to fix
    /// Publish progress reports at least every 6 months and record it in `[transparency]` with
    /// `public_reports = true` and `report_every_months`. Share them with the community in a form
    /// and language it can use, not only with funders.
    ///
    /// ## Example
    /// ```toml
    /// [transparency]
    /// public_reports = true
    /// report_every_months = 6
    /// ```
    pub RULE = "transparency.public-reporting", Warning,
        references: [
            "Principles of Partnership (Global Humanitarian Platform, 2007): transparency",
            "IATI Standard: publishing activity data and results",
            "Accord default: a public report at least every 6 months, so that problems come to light while there is still time to act",
        ]
}

const PUBLIC_REPORTS: &str = "/transparency/public_reports";
const REPORT_EVERY_MONTHS: &str = "/transparency/report_every_months";

/// `max_months` is option `max_report_interval_months`.
pub fn check(charter: &Charter<'_>, max_months: i64, t: &Messages<'_>, out: &mut Outcome) {
    // The first failing condition gives the one finding.
    let public = match charter.transparency.as_ref().map(|t| t.public_reports) {
        None => Some("public-reporting-no-section"),
        Some(Some(true)) => None,
        Some(Some(false)) => Some("public-reporting-not-public"),
        Some(None) => Some("public-reporting-unstated"),
    };
    if let Some(id) = public {
        out.finding(&RULE, PUBLIC_REPORTS, t.format(id, &Args::new()));
        return;
    }
    let every = charter
        .transparency
        .as_ref()
        .and_then(|t| t.report_every_months);
    let args = Args::new().integer("max", max_months);
    match every {
        None => out.finding(
            &RULE,
            REPORT_EVERY_MONTHS,
            t.format("public-reporting-no-interval", &args),
        ),
        Some(months) if months > max_months => out.finding(
            &RULE,
            REPORT_EVERY_MONTHS,
            t.format("public-reporting-too-rare", &args.integer("months", months)),
        ),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::{Value, json};

    fn transparency(value: Value) -> Fixture {
        Fixture::minimal().set("/transparency", value)
    }

    fn every(months: i64) -> Fixture {
        transparency(json!({"public_reports": true, "report_every_months": months}))
    }

    #[test]
    fn fires_at_public_reports_without_a_transparency_section() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/public_reports"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[transparency]`"))
        );
    }

    #[test]
    fn fires_at_public_reports_when_missing() {
        let out = transparency(json!({"report_every_months": 3})).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/public_reports"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("does not say")));
    }

    #[test]
    fn fires_at_public_reports_when_false() {
        // The first failing condition gives the finding, even with a late cadence.
        let out = transparency(json!({"public_reports": false, "report_every_months": 24}))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/public_reports"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("`public_reports = false`"))
        );
    }

    #[test]
    fn fires_at_report_every_months_when_missing() {
        let out = transparency(json!({"public_reports": true})).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/report_every_months"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("every 6 months")));
    }

    #[test]
    fn six_months_passes() {
        // Boundary: exactly the default maximum (inclusive).
        let out = every(6).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn seven_months_fails() {
        // Boundary: one month past the default maximum.
        let out = every(7).run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/report_every_months"]);
        assert_eq!(
            out.of(&RULE).next().unwrap().message,
            "Progress is reported every 7 months; reports should come at least every 6 months."
        );
    }

    #[test]
    fn monthly_reports_pass() {
        let out = every(1).run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn a_profile_can_tighten_the_interval() {
        let opts = || options(json!({"max_report_interval_months": 3}));
        let at = every(3).run_with(&Transparency, opts());
        assert!(at.paths(&RULE).is_empty());
        let past = every(4).run_with(&Transparency, opts());
        assert_eq!(past.paths(&RULE), ["/transparency/report_every_months"]);
        assert!(
            past.of(&RULE)
                .all(|f| f.message.contains("every 4 months")
                    && f.message.contains("every 3 months"))
        );
    }

    #[test]
    fn a_profile_can_loosen_the_interval() {
        let opts = || options(json!({"max_report_interval_months": 12}));
        let at = every(12).run_with(&Transparency, opts());
        assert!(at.paths(&RULE).is_empty());
        let past = every(13).run_with(&Transparency, opts());
        assert_eq!(past.paths(&RULE), ["/transparency/report_every_months"]);
    }
}
