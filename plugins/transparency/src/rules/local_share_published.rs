use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The partnership publishes how much of its funding reaches local and national partners:
    /// `[transparency]` says `local_share_published = true`.
    ///
    /// ## Why
    /// A localisation target means little if nobody can see whether it is met. Charter4Change
    /// (2015, updated 2019), commitment 3, asks signatories to publish the amount and the share
    /// of their funding passed to local and national organisations, so that partners and the
    /// community can hold them to it. A charter that does not say so fails.
    ///
    /// ## How to fix
    /// Publish the amount and the share of the budget that reaches local and national partners,
    /// and set `local_share_published = true` in `[transparency]`. Publish it with the budget and
    /// update it when allocations change.
    ///
    /// ## Example
    /// ```toml
    /// [transparency]
    /// local_share_published = true
    /// ```
    pub RULE = "transparency.local-share-published", Info,
        references: [
            "Charter4Change (2015, updated 2019): commitment 3, publish the amount and share of funding passed to local and national organisations",
        ]
}

const PATH: &str = "/transparency/local_share_published";

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let id = match charter
        .transparency
        .as_ref()
        .map(|t| t.local_share_published)
    {
        None => "local-share-published-no-section",
        Some(Some(true)) => return,
        Some(Some(false)) => "local-share-published-false",
        Some(None) => "local-share-published-unstated",
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
        assert_eq!(out.paths(&RULE), ["/transparency/local_share_published"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no `[transparency]`"))
        );
    }

    #[test]
    fn fires_when_missing() {
        let out = Fixture::minimal()
            .set("/transparency/open_data", json!("IATI"))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/local_share_published"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("does not say")));
    }

    #[test]
    fn fires_when_false() {
        let out = Fixture::minimal()
            .set("/transparency/local_share_published", json!(false))
            .run(&Transparency);
        assert_eq!(out.paths(&RULE), ["/transparency/local_share_published"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("are not published"))
        );
    }

    #[test]
    fn passes_when_published() {
        let out = Fixture::minimal()
            .set("/transparency/local_share_published", json!(true))
            .run(&Transparency);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }
}
