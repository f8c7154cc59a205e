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

pub fn check(charter: &Charter<'_>, out: &mut Outcome) {
    let message = match &charter.transparency {
        None => {
            "The charter has no `[transparency]` section, so it does not say whether the amount and share of funding reaching local partners are published."
        }
        Some(t) => match t.local_share_published {
            Some(true) => return,
            Some(false) => {
                "The amount and share of funding reaching local partners are not published (`local_share_published = false`)."
            }
            None => {
                "The charter does not say whether the amount and share of funding reaching local partners are published (`transparency.local_share_published`)."
            }
        },
    };
    out.finding(&RULE, PATH, message);
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
