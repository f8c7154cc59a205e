use accord_plugin::charter::non_empty;
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partnership publishes its data in the open: `[transparency]` names the open-data
    /// standard it uses in `open_data` (for example IATI).
    ///
    /// ## Why
    /// Data published to a common standard can be compared, checked and reused by anyone,
    /// including the community and other actors working in the same place, without asking the
    /// partners for it. The Grand Bargain (2016) commits signatories to publish timely,
    /// transparent and harmonised open data on their funding, using the IATI Standard, and
    /// Charter4Change (2015, updated 2019), commitment 3, asks that funding passed to local
    /// partners be published. A charter that names no standard fails.
    ///
    /// ## How to fix
    /// Publish the partnership's activity and funding data to an open-data standard and name it in
    /// `open_data` under `[transparency]` (for example `open_data = "IATI"`). Publish it where
    /// partners and the community can find it, and keep it up to date.
    ///
    /// ## Example
    /// ```toml
    /// [transparency]
    /// open_data = "IATI"
    /// ```
    pub RULE = "transparency.open-data", Info,
        references: [
            "Grand Bargain (2016): transparency, publish open data to the IATI Standard",
            "Charter4Change (2015, updated 2019): commitment 3, publish funding passed to local and national organisations",
        ]
}

const PATH: &str = "/transparency/open_data";

// The rule: "`open_data` names a standard". Read as "`open_data` is set to a non-blank text":
// the field's meaning is "open-data standard used", and the rule does not keep a list of
// recognised standards (a value such as "none" is not second-guessed).
pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match &charter.transparency {
        None => "open-data-no-section",
        Some(t) if non_empty(&t.open_data) => return,
        Some(_) => "open-data-unstated",
    };
    out.finding(&RULE, PATH, t.format(id, &Args::new()));
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Transparency;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn fires_without_a_transparency_section() {
        let out = Fixture::minimal().run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/open_data"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[transparency]`"))
        );
    }

    #[test]
    fn fires_when_missing() {
        let out = Fixture::minimal()
            .set("/transparency/audit", json!("independent"))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/open_data"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("names no open-data standard"))
        );
    }

    #[test]
    fn fires_when_blank() {
        // The schema refuses blank strings; the rule does not rely on it.
        let out = Fixture::minimal()
            .set("/transparency/open_data", json!(" "))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/open_data"]);
    }

    #[test]
    fn passes_when_a_standard_is_named() {
        let out = Fixture::minimal()
            .set("/transparency/open_data", json!("IATI"))
            .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
