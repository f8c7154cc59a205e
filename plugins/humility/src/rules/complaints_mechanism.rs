use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// The community can complain and gets an answer in time: `[listening.complaints]` has
    /// `exists = true` and a `response_days` of at most 30 (by default).
    ///
    /// ## Why
    /// People who cannot safely complain, or who never hear back, stop telling the partners what
    /// goes wrong, including abuse and fraud. The Core Humanitarian Standard (2014, revised
    /// 2024), commitment 5, asks that complaints be welcomed and addressed. This rule asks for an
    /// answer within 30 days, and this threshold is Accord's own default, not a framework
    /// figure; a profile can change it with option `max_complaint_response_days`. A mechanism
    /// that sets no response time fails: without one, nobody can tell whether complaints are
    /// answered.
    ///
    /// ## How to fix
    /// Set up a complaints mechanism and record it in `[listening.complaints]` with
    /// `exists = true` and the number of days within which every complaint is answered
    /// (`response_days`, at most 30 by default). Design it with the community, and allow
    /// anonymous complaints so people can raise abuse safely.
    ///
    /// ## Example
    /// ```toml
    /// [listening]
    /// solution_predetermined = false
    ///
    /// [listening.complaints]
    /// exists = true
    /// anonymous = true
    /// response_days = 14
    /// designed_with_community = true
    /// ```
    pub RULE = "humility.complaints-mechanism", Error,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 5, complaints are welcomed and addressed",
            "Accord default: an answer within 30 days, so that people who complain hear back while it still matters",
        ]
}

const EXISTS: &str = "/listening/complaints/exists";
const RESPONSE_DAYS: &str = "/listening/complaints/response_days";

/// `max_response_days` is option `max_complaint_response_days`.
pub fn check(charter: &Charter<'_>, max_response_days: i64, t: &Messages<'_>, out: &mut Outcome) {
    let complaints = charter
        .listening
        .as_ref()
        .and_then(|l| l.complaints.as_ref());
    let Some(complaints) = complaints else {
        out.finding(
            &RULE,
            EXISTS,
            t.format("complaints-mechanism-none", &Args::new()),
        );
        return;
    };
    if !complaints.exists {
        let message = t.format("complaints-mechanism-not-exists", &Args::new());
        out.finding(&RULE, EXISTS, message);
        return;
    }
    let args = Args::new().integer("max", max_response_days);
    match complaints.response_days {
        None => out.finding(
            &RULE,
            RESPONSE_DAYS,
            t.format("complaints-mechanism-no-response-time", &args),
        ),
        Some(days) if days > max_response_days => out.finding(
            &RULE,
            RESPONSE_DAYS,
            t.format("complaints-mechanism-too-slow", &args.integer("days", days)),
        ),
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::RULE;
    use crate::Humility;
    use accord_plugin_testkit::{Fixture, options};
    use serde_json::json;

    fn complaints(value: serde_json::Value) -> Fixture {
        Fixture::minimal().set(
            "/listening",
            json!({"solution_predetermined": false, "complaints": value}),
        )
    }

    #[test]
    fn fires_at_exists_without_listening() {
        let out = Fixture::minimal().run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/complaints/exists"]);
    }

    #[test]
    fn fires_at_exists_without_complaints() {
        let out = Fixture::minimal()
            .set("/listening", json!({"solution_predetermined": false}))
            .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/complaints/exists"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("no complaints mechanism"))
        );
    }

    #[test]
    fn fires_at_exists_when_false() {
        // The first failing condition gives the finding, even with a late response time.
        let out = complaints(json!({"exists": false, "response_days": 90})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/complaints/exists"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("`exists = false`"))
        );
    }

    #[test]
    fn fires_at_response_days_when_missing() {
        let out = complaints(json!({"exists": true})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/complaints/response_days"]);
        assert!(out.of(&RULE).all(|f| f.message.contains("within 30 days")));
    }

    #[test]
    fn thirty_days_passes() {
        // Boundary: exactly the default maximum (inclusive).
        let out = complaints(json!({"exists": true, "response_days": 30})).run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn thirty_one_days_fails() {
        // Boundary: one day past the default maximum.
        let out = complaints(json!({"exists": true, "response_days": 31})).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/complaints/response_days"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert_eq!(
            message,
            "Complaints are answered within 31 days, longer than the maximum of 30 days."
        );
    }

    #[test]
    fn zero_days_passes() {
        let out = complaints(json!({"exists": true, "response_days": 0})).run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn a_profile_can_tighten_the_limit() {
        let opts = || options(json!({"max_complaint_response_days": 14}));
        let at =
            complaints(json!({"exists": true, "response_days": 14})).run_with(&Humility, opts());
        assert!(at.paths(&RULE).is_empty());
        let past =
            complaints(json!({"exists": true, "response_days": 15})).run_with(&Humility, opts());
        assert_eq!(past.paths(&RULE), ["/listening/complaints/response_days"]);
        assert!(
            past.of(&RULE)
                .all(|f| f.message.contains("15 days") && f.message.contains("maximum of 14"))
        );
    }

    #[test]
    fn rationale_says_the_threshold_is_ours() {
        let why = RULE.meta().rationale.replace('\n', " ");
        assert!(
            why.contains("this threshold is Accord's own default, not a framework figure"),
            "{why}"
        );
        assert!(
            why.contains("option `max_complaint_response_days`"),
            "{why}"
        );
        assert!(why.contains("Core Humanitarian Standard"), "{why}");
    }

    #[test]
    fn a_profile_can_loosen_the_limit() {
        let out = complaints(json!({"exists": true, "response_days": 45})).run_with(
            &Humility,
            options(json!({"max_complaint_response_days": 60})),
        );
        assert!(out.paths(&RULE).is_empty());
    }
}
