//! Waivers: a charter's `[[waivers]]` matched against the findings, and the host's rules about
//! them (`waiver.expired`, `waiver.unknown-rule`, `waiver.unused`).
//!
//! A waiver covers every finding of its rule. Each host rule checks on its own: a waiver that
//! has expired and names an unknown rule gets both findings. Only a waiver that applies (a
//! known, waivable rule; not expired) can waive, or be unused.

use std::collections::HashMap;

use accord_plugin::l10n::Args;
use accord_plugin::{Date, Finding};
use serde_json::Value;

use crate::catalogue::{Catalogue, host};
use crate::report::Waiver;

/// The waivers of one charter, matched.
#[derive(Debug, Default, PartialEq)]
pub struct Waivers {
    /// Rule id → the waiver that covers its findings (the first that applies).
    pub waived: HashMap<String, Waiver>,
    /// Findings of the host's waiver rules, in waiver order.
    pub findings: Vec<Finding>,
}

/// Matches the charter's waivers against `findings` (before waivers) on `audit_date`.
pub fn apply(
    charter: &Value,
    findings: &[Finding],
    catalogue: &Catalogue,
    audit_date: Date,
) -> Waivers {
    let mut out = Waivers::default();
    let Some(list) = charter.get("waivers").and_then(Value::as_array) else {
        return out;
    };
    // In the catalogue's language, as the rest of the report.
    let messages = host::messages(catalogue.lang());
    for (i, w) in list.iter().enumerate() {
        let rule = w.get("rule").and_then(Value::as_str).unwrap_or_default();
        let text = |key: &str| w.get(key).and_then(Value::as_str).map(str::to_owned);
        let mut host_finding = |host_rule: &accord_plugin::Rule, key: &str, message: String| {
            out.findings.push(Finding {
                rule: host_rule.id.to_owned(),
                message,
                path: format!("/waivers/{i}/{key}"),
            });
        };
        let entry = catalogue.get(rule);
        let known = match entry {
            Some(e) if e.is_host() => {
                let id = if e.meta.category == "waiver" {
                    "waiver-names-host-waiver-rule"
                } else {
                    "waiver-names-host-rule"
                };
                host_finding(
                    &host::UNKNOWN_RULE,
                    "rule",
                    messages.format(id, &Args::new().text("rule", rule)),
                );
                false
            }
            Some(_) => true,
            None => {
                let mut message =
                    messages.format("waiver-names-unknown-rule", &Args::new().text("rule", rule));
                if let Some(closest) = catalogue.closest(rule) {
                    message.push(' ');
                    message.push_str(
                        &messages.format("waiver-did-you-mean", &Args::new().text("rule", closest)),
                    );
                }
                host_finding(&host::UNKNOWN_RULE, "rule", message);
                false
            }
        };
        let expires = text("expires");
        let expired = expires
            .as_deref()
            .and_then(Date::parse)
            .filter(|date| *date < audit_date);
        if let Some(date) = expired {
            host_finding(
                &host::EXPIRED,
                "expires",
                messages.format(
                    "waiver-expired-on",
                    &Args::new()
                        .text("rule", rule)
                        .text("expires", date.to_string())
                        .text("today", audit_date.to_string()),
                ),
            );
        }
        if !known || expired.is_some() {
            continue;
        }
        if !findings.iter().any(|f| f.rule == rule) {
            let id = if entry.is_some_and(|e| e.disabled) {
                "waiver-unused-rule-disabled"
            } else {
                "waiver-unused-no-finding"
            };
            host_finding(
                &host::UNUSED,
                "rule",
                messages.format(id, &Args::new().text("rule", rule)),
            );
            continue;
        }
        out.waived.entry(rule.to_owned()).or_insert(Waiver {
            reason: text("reason").unwrap_or_default(),
            approved_by: text("approved_by"),
            expires,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use accord_plugin::{RuleMeta, Severity};
    use serde_json::json;

    use super::*;
    use crate::catalogue::Origin;

    fn catalogue() -> Catalogue {
        let rule = RuleMeta {
            id: "exit.approach".into(),
            category: "exit".into(),
            severity: Severity::Warning,
            summary: String::new(),
            rationale: String::new(),
            fix: String::new(),
            example: String::new(),
            references: Vec::new(),
        };
        let host = host::HOST_RULES.iter().map(|r| (r.meta(), Origin::Host));
        Catalogue::from_rules(host.chain([(rule, Origin::Plugin("exit-plan".into()))]))
            .expect("unique")
    }

    fn finding(rule: &str) -> Finding {
        Finding {
            rule: rule.into(),
            message: "m".into(),
            path: "/exit/approach".into(),
        }
    }

    fn rules(w: &Waivers) -> Vec<(&str, &str)> {
        w.findings
            .iter()
            .map(|f| (f.rule.as_str(), f.path.as_str()))
            .collect()
    }

    const TODAY: &str = "2026-06-01";

    fn apply_on(charter: serde_json::Value, findings: &[Finding]) -> Waivers {
        apply(
            &charter,
            findings,
            &catalogue(),
            Date::parse(TODAY).expect("date"),
        )
    }

    #[test]
    fn a_waiver_that_applies_covers_its_rule() {
        let w = apply_on(
            json!({"waivers": [{"rule": "exit.approach", "reason": "Agreed with the board", "expires": TODAY}]}),
            &[finding("exit.approach")],
        );
        assert!(w.findings.is_empty(), "expiring today still applies");
        assert_eq!(w.waived["exit.approach"].reason, "Agreed with the board");
    }

    #[test]
    fn expired_and_unknown_are_each_reported() {
        let w = apply_on(
            json!({"waivers": [{"rule": "exit.aproach", "reason": "r", "expires": "2026-05-31"}]}),
            &[finding("exit.approach")],
        );
        assert_eq!(
            rules(&w),
            [
                ("waiver.unknown-rule", "/waivers/0/rule"),
                ("waiver.expired", "/waivers/0/expires")
            ]
        );
        assert!(
            w.findings[0]
                .message
                .contains("Did you mean `exit.approach`?")
        );
        assert!(w.waived.is_empty());
    }

    #[test]
    fn host_rules_cannot_be_waived_and_unused_waivers_are_named() {
        let w = apply_on(
            json!({"waivers": [
                {"rule": "waiver.unused", "reason": "r"},
                {"rule": "accord.plugin-failure", "reason": "r"},
                {"rule": "exit.approach", "reason": "r"}
            ]}),
            &[],
        );
        assert_eq!(
            rules(&w),
            [
                ("waiver.unknown-rule", "/waivers/0/rule"),
                ("waiver.unknown-rule", "/waivers/1/rule"),
                ("waiver.unused", "/waivers/2/rule")
            ]
        );
        assert!(w.findings[0].message.contains("a host rule about waivers"));
        assert!(w.findings[1].message.contains("a host rule, which cannot"));
        assert!(w.findings[2].message.contains("the rule found no problem"));
    }
}
