use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Support after exit is bounded: `[exit.support_after_exit]`, if the charter has one, sets
    /// an `until` date and `on_request = true`.
    ///
    /// ## Why
    /// Open-ended support quietly turns an exit into a permanent presence, and support the outside
    /// partner decides to give keeps the decisions in its hands. The Core Humanitarian Standard
    /// (2014, revised 2024), commitment 3.4, asks for a real exit or transition strategy, and the
    /// Net Impact 2010 sessions on cross-sector collaboration (Smith) advise continued consulting
    /// only when necessary; this rule reads that as support for a limited time, given when local
    /// partners ask for it.
    ///
    /// ## How to fix
    /// Give `[exit.support_after_exit]` an `until` date and set `on_request = true`, so that
    /// support ends and is given only when the local partners ask. A charter with no support
    /// after exit passes this rule.
    ///
    /// ## Example
    /// ```toml
    /// [exit.support_after_exit]
    /// kind = "Technical advice on pump repairs"
    /// until = 2017-12-31
    /// on_request = true
    /// ```
    pub RULE = "exit.support-bounded", Info,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 3.4, exit or transition strategy",
            "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): continued consulting only when necessary",
        ]
}

/// No `[exit.support_after_exit]` (or no `[exit]`) passes: the rule says "if any", and only
/// the rules that say so are ever not applicable.
pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let Some(support) = charter
        .exit
        .as_ref()
        .and_then(|e| e.support_after_exit.as_ref())
    else {
        return;
    };
    let args = Args::new().text("kind", support.kind.as_ref());
    if support.until.is_none() {
        let message = t.format("support-bounded-no-end", &args);
        out.finding(&RULE, "/exit/support_after_exit/until", message);
    } else if support.on_request != Some(true) {
        let message = t.format("support-bounded-not-on-request", &args);
        out.finding(&RULE, "/exit/support_after_exit/on_request", message);
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::ExitPlan;
    use crate::tests::healthy;
    use accord_plugin_testkit::Fixture;
    use serde_json::json;

    #[test]
    fn passes_without_an_exit_section() {
        let out = Fixture::minimal().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_without_support_after_exit() {
        let out = healthy().remove("/exit/support_after_exit").run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_when_bounded_and_on_request() {
        let out = healthy().run(&ExitPlan);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn fires_without_until() {
        let out = healthy()
            .remove("/exit/support_after_exit/until")
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/support_after_exit/until"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("Technical advice"))
        );
    }

    #[test]
    fn until_is_checked_first() {
        let out = healthy()
            .remove("/exit/support_after_exit/until")
            .set("/exit/support_after_exit/on_request", json!(false))
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/support_after_exit/until"]);
    }

    #[test]
    fn fires_when_not_on_request() {
        let out = healthy()
            .set("/exit/support_after_exit/on_request", json!(false))
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/support_after_exit/on_request"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("on_request = true"))
        );
    }

    #[test]
    fn fires_when_on_request_is_missing() {
        let out = healthy()
            .remove("/exit/support_after_exit/on_request")
            .run(&ExitPlan);
        assert_eq!(out.paths(&RULE), ["/exit/support_after_exit/on_request"]);
    }
}
