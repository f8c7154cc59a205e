//! `--format sarif`: SARIF 2.1.0, one run for the whole batch, written after the last charter.
//!
//! - `tool.driver.rules`: every rule the run loaded and did not disable (plugins, packs, host
//!   rules), sorted by id, then the two rules of the host's own results:
//!   `accord.invalid-charter` (one result per validation error of an invalid charter) and
//!   `accord.plugin-failure` (one result per plugin that failed on a charter).
//! - `results`: charters in path order; per charter its findings in the contract order, then its
//!   validation errors, then its plugin failures. Levels: error → `error`, warning → `warning`,
//!   info → `note`. A waived finding carries a `suppressions` entry (`inSource`, the waiver's
//!   reason as justification) unless waivers are report-only, where it stays unsuppressed; in
//!   both cases `properties.waiver` shows the waiver.
//! - Plugin failures are also listed as `invocations[0].toolExecutionNotifications`, the place
//!   SARIF gives to tool problems; the results make sure a pipeline that reads only results
//!   still sees them.
//!
//! Only what the document needs is kept per charter (no sources, no report).

use std::collections::HashMap;

use accord_core::audit::{Audited, RuleInfo};
use accord_core::baseline::Seen;
use accord_core::report::{Report, Waiver};
use accord_plugin::{RuleMeta, Severity};
use serde_json::{Map, Value, json};

/// The rule id of a result for one validation error of an invalid charter.
pub const INVALID_CHARTER: &str = "accord.invalid-charter";
/// The rule id of a result for a plugin that failed on a charter.
pub const PLUGIN_FAILURE: &str = "accord.plugin-failure";

const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// The run being collected.
pub struct Sarif {
    rules: Vec<Value>,
    index: HashMap<String, usize>,
    report_only: bool,
    results: Vec<Item>,
    notifications: Vec<Item>,
    properties: Option<Value>,
}

/// One result (or notification), compact until the document is written.
struct Item {
    rule: String,
    level: &'static str,
    message: String,
    uri: String,
    line: Option<usize>,
    column: Option<usize>,
    fingerprint: Option<String>,
    waiver: Option<Waiver>,
    /// With `--baseline`: SARIF's `baselineState` (`new` or `unchanged`).
    baseline: Option<&'static str>,
    properties: Vec<(&'static str, String)>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

impl Sarif {
    /// `rules`: the run's rules (`Auditor::rules()`); `report_only`: the waiver policy.
    pub fn new(rules: &HashMap<String, RuleInfo>, report_only: bool) -> Sarif {
        let mut infos: Vec<&RuleInfo> = rules.values().filter(|r| !r.disabled).collect();
        infos.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        let mut descriptors: Vec<Value> = infos.into_iter().map(rule_descriptor).collect();
        descriptors.push(host_descriptor(
            INVALID_CHARTER,
            "The charter can be read, parsed and validated.",
            "A charter that cannot be read, is not UTF-8, is malformed, or fails the charter \
             schema or the loader's checks is not audited: it has no score and its verdict is \
             `invalid`. Each validation error is one result.",
            "Run `accord validate PATH` and fix each error it names (the file, line and fix).",
        ));
        descriptors.push(host_descriptor(
            PLUGIN_FAILURE,
            "Every plugin of the profile ran on the charter.",
            "A plugin that fails on a charter (an error status, a panic, bad output, a crash or a \
             timeout) makes that charter `error`: the other plugins' findings are kept and the \
             scores are null.",
            "Re-run the audit (with `--isolate` to contain a crashing plugin) and report the \
             failure to the plugin's author with the charter that triggers it.",
        ));
        let index = descriptors
            .iter()
            .enumerate()
            .filter_map(|(i, d)| Some((d["id"].as_str()?.to_owned(), i)))
            .collect();
        Sarif {
            rules: descriptors,
            index,
            report_only,
            results: Vec::new(),
            notifications: Vec::new(),
            properties: None,
        }
    }

    /// Keeps the results of one charter.
    pub fn push(&mut self, audited: &Audited) {
        self.push_report(&audited.report);
    }

    pub fn push_report(&mut self, r: &Report) {
        if self.properties.is_none() {
            self.properties = Some(json!({
                "profile": r.profile.name,
                "profileSha256": r.profile.sha256,
                "config": r.config,
                "auditDate": r.audit_date,
                "allowUnpinned": r.allow_unpinned,
            }));
        }
        let uri = uri_reference(&r.charter.path);
        for f in &r.findings {
            self.results.push(Item {
                rule: f.rule.clone(),
                level: level(f.severity),
                message: f.message.clone(),
                uri: uri.clone(),
                line: Some(f.line),
                column: Some(f.column),
                fingerprint: Some(f.fingerprint.clone()),
                waiver: f.waiver.clone(),
                baseline: f.baseline.as_ref().map(|seen| match seen {
                    Seen::New => "new",
                    Seen::Persisting => "unchanged",
                }),
                properties: vec![("category", f.category.clone()), ("path", f.path.clone())],
            });
        }
        for e in &r.errors {
            let mut properties = vec![("kind", e.kind.as_str().to_owned())];
            if let Some(path) = &e.path {
                properties.push(("path", path.clone()));
            }
            let message = match &e.help {
                Some(help) => format!("{} (help: {help})", e.message),
                None => e.message.clone(),
            };
            self.results.push(Item {
                rule: INVALID_CHARTER.to_owned(),
                level: "error",
                message,
                uri: uri.clone(),
                line: e.line,
                column: e.column,
                fingerprint: None,
                waiver: None,
                baseline: None,
                properties,
            });
        }
        for p in &r.plugin_failures {
            let item = || Item {
                rule: PLUGIN_FAILURE.to_owned(),
                level: "error",
                message: format!("Plugin `{}` failed on this charter: {}", p.plugin, p.cause),
                uri: uri.clone(),
                line: None,
                column: None,
                fingerprint: None,
                waiver: None,
                baseline: None,
                properties: vec![("plugin", p.plugin.clone())],
            };
            self.results.push(item());
            self.notifications.push(item());
        }
    }

    /// The SARIF document (pretty JSON, with a final line end).
    pub fn finish(self) -> String {
        let results: Vec<Value> = self.results.iter().map(|i| self.result(i)).collect();
        let notifications: Vec<Value> = self
            .notifications
            .iter()
            .map(|i| {
                let mut rule = json!({ "id": i.rule });
                if let Some(index) = self.index.get(&i.rule) {
                    rule["index"] = json!(index);
                }
                json!({
                    "level": i.level,
                    "message": { "text": i.message },
                    "locations": [location(i)],
                    "associatedRule": rule,
                })
            })
            .collect();
        let mut invocation = json!({ "executionSuccessful": true });
        if !notifications.is_empty() {
            invocation["toolExecutionNotifications"] = Value::Array(notifications);
        }
        let mut run = json!({
            "tool": {
                "driver": {
                    "name": "accord",
                    "version": env!("CARGO_PKG_VERSION"),
                    "semanticVersion": env!("CARGO_PKG_VERSION"),
                    "informationUri": information_uri(),
                    "rules": self.rules,
                }
            },
            "invocations": [invocation],
            "columnKind": "unicodeCodePoints",
            "results": results,
        });
        if let Some(properties) = self.properties {
            run["properties"] = properties;
        }
        let document = json!({
            "$schema": SCHEMA_URI,
            "version": "2.1.0",
            "runs": [run],
        });
        let mut text = serde_json::to_string_pretty(&document).unwrap_or_default();
        text.push('\n');
        text
    }

    fn result(&self, i: &Item) -> Value {
        let mut result = json!({
            "ruleId": i.rule,
            "level": i.level,
            "message": { "text": i.message },
            "locations": [location(i)],
        });
        if let Some(index) = self.index.get(&i.rule) {
            result["ruleIndex"] = json!(index);
        }
        if let Some(fp) = &i.fingerprint {
            result["partialFingerprints"] = json!({ "accordFingerprint/v1": fp });
        }
        if let Some(state) = i.baseline {
            result["baselineState"] = json!(state);
        }
        let mut properties: Map<String, Value> = i
            .properties
            .iter()
            .map(|(k, v)| ((*k).to_owned(), json!(v)))
            .collect();
        if let Some(w) = &i.waiver {
            properties.insert("waiver".into(), json!(w));
            if !self.report_only {
                let mut suppression = json!({
                    "kind": "inSource",
                    "status": "accepted",
                    "justification": w.reason,
                });
                let mut extra = Map::new();
                if let Some(by) = &w.approved_by {
                    extra.insert("approvedBy".into(), json!(by));
                }
                if let Some(expires) = &w.expires {
                    extra.insert("expires".into(), json!(expires));
                }
                if !extra.is_empty() {
                    suppression["properties"] = Value::Object(extra);
                }
                result["suppressions"] = json!([suppression]);
            }
        }
        if !properties.is_empty() {
            result["properties"] = Value::Object(properties);
        }
        result
    }
}

fn location(i: &Item) -> Value {
    let mut physical = json!({ "artifactLocation": { "uri": i.uri } });
    if let Some(line) = i.line {
        let mut region = json!({ "startLine": line });
        if let Some(column) = i.column {
            region["startColumn"] = json!(column);
        }
        physical["region"] = region;
    }
    json!({ "physicalLocation": physical })
}

fn information_uri() -> &'static str {
    match env!("CARGO_PKG_REPOSITORY") {
        "" => "https://example.invalid/accord",
        uri => uri,
    }
}

/// Joins the hard-wrapped lines of doc-comment text into paragraphs (list items and blank
/// lines kept), since SARIF viewers wrap text themselves.
pub fn unwrap_lines(text: &str) -> String {
    let is_item = |line: &str| {
        line.starts_with("- ")
            || line.starts_with("* ")
            || line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            if blank {
                out.push_str("\n\n");
            } else if is_item(line) {
                out.push('\n');
            } else {
                out.push(' ');
            }
        }
        blank = false;
        out.push_str(line);
    }
    out
}

fn rule_descriptor(info: &RuleInfo) -> Value {
    let m = &RuleMeta {
        summary: unwrap_lines(&info.meta.summary),
        rationale: unwrap_lines(&info.meta.rationale),
        fix: unwrap_lines(&info.meta.fix),
        ..info.meta.clone()
    };
    let summary = if m.summary.is_empty() {
        m.id.clone()
    } else {
        m.summary.clone()
    };
    let mut markdown = String::new();
    if !m.fix.is_empty() {
        markdown.push_str(&format!("**How to fix:** {}\n\n", m.fix));
    }
    if !m.rationale.is_empty() {
        markdown.push_str(&format!("**Why:** {}\n\n", m.rationale));
    }
    if !m.example.trim().is_empty() {
        markdown.push_str(&format!(
            "**Example** (passes):\n\n```toml\n{}\n```\n\n",
            m.example.trim_end()
        ));
    }
    if !m.references.is_empty() {
        markdown.push_str(&format!("**Sources:** {}\n\n", m.references.join("; ")));
    }
    let help_text = if m.fix.is_empty() {
        summary.clone()
    } else {
        m.fix.clone()
    };
    let full = if m.rationale.is_empty() {
        summary.clone()
    } else {
        m.rationale.clone()
    };
    json!({
        "id": m.id,
        "shortDescription": { "text": summary },
        "fullDescription": { "text": full },
        "help": { "text": help_text, "markdown": markdown.trim_end() },
        "defaultConfiguration": { "level": level(info.severity) },
        "properties": {
            "category": m.category,
            "tags": [m.category],
            "references": m.references,
            "source": info.source.describe(),
        },
    })
}

fn host_descriptor(id: &str, summary: &str, why: &str, fix: &str) -> Value {
    json!({
        "id": id,
        "shortDescription": { "text": summary },
        "fullDescription": { "text": why },
        "help": {
            "text": fix,
            "markdown": format!("**How to fix:** {fix}\n\n**Why:** {why}"),
        },
        "defaultConfiguration": { "level": "error" },
        "properties": {
            "category": "accord",
            "tags": ["accord"],
            "references": [],
            "source": "accord (host)",
        },
    })
}

/// A charter path as a relative URI reference: `/` kept, everything outside the unreserved and
/// sub-delimiter characters percent-encoded (a space, `%`, `#`, `?`, `:` …), byte by byte.
pub fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b);
        if keep {
            out.push(b as char);
        } else if b == b'\\' && cfg!(windows) {
            out.push('/');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::sample_report;

    fn document(report_only: bool) -> Value {
        let mut sarif = Sarif::new(&HashMap::new(), report_only);
        sarif.push_report(&sample_report());
        serde_json::from_str(&sarif.finish()).expect("the SARIF output is JSON")
    }

    #[test]
    fn levels_locations_and_fingerprints() {
        let doc = document(false);
        assert_eq!(doc["version"], "2.1.0");
        let run = &doc["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "accord");
        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 3);
        assert_eq!(results[0]["level"], "error");
        assert_eq!(results[1]["level"], "warning");
        assert_eq!(results[2]["level"], "note");
        let loc = &results[0]["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "charters/my%20charter.toml");
        assert_eq!(loc["region"]["startLine"], 12);
        assert_eq!(loc["region"]["startColumn"], 3);
        assert_eq!(
            results[0]["partialFingerprints"]["accordFingerprint/v1"],
            "0123456789abcdef"
        );
    }

    #[test]
    fn waived_findings_are_suppressed_unless_report_only() {
        let doc = document(false);
        let waived = &doc["runs"][0]["results"][1];
        assert_eq!(waived["suppressions"][0]["kind"], "inSource");
        assert_eq!(
            waived["suppressions"][0]["justification"],
            "Agreed with the funder"
        );
        let doc = document(true);
        let waived = &doc["runs"][0]["results"][1];
        assert!(waived.get("suppressions").is_none());
        assert_eq!(
            waived["properties"]["waiver"]["reason"],
            "Agreed with the funder"
        );
    }

    #[test]
    fn host_rules_are_described() {
        let doc = document(false);
        let rules = doc["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules");
        let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(ids, [INVALID_CHARTER, PLUGIN_FAILURE]);
    }

    #[test]
    fn hard_wrapped_text_is_unwrapped() {
        assert_eq!(
            unwrap_lines("one\ntwo\n\nthree\n- a\n- b\n1. c"),
            "one two\n\nthree\n- a\n- b\n1. c"
        );
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_reference("a/b c.toml"), "a/b%20c.toml");
        assert_eq!(uri_reference("c:x#1?.toml"), "c%3Ax%231%3F.toml");
        assert_eq!(uri_reference("ñ.toml"), "%C3%B1.toml");
        assert_eq!(uri_reference("100%.json"), "100%25.json");
    }
}
