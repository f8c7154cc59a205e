//! Report: the model of one charter's audit, and the helpers that assemble it (findings in the
//! contract order, fingerprints).
//!
//! Its serde form is the JSON report, a public contract (schemas/report.schema.json): field
//! names are fixed.

use std::collections::BTreeMap;

use accord_plugin::Severity;
use serde::Serialize;
use serde::ser::SerializeStruct;
use serde_json::Value;

use crate::diagnostic::Kind;
use crate::plugin::Failure;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub report_version: u32,
    pub accord_version: &'static str,
    pub audit_date: String,
    /// The language of `message`, `fix` and every sentence (a BCP 47 tag). Machine fields,
    /// ids and fingerprints are the same in every language.
    pub lang: &'static str,
    pub profile: ProfileRef,
    pub config: Option<String>,
    pub allow_unpinned: bool,
    pub charter: CharterRef,
    pub status: Status,
    pub verdict: Verdict,
    pub score: Score,
    pub findings: Vec<Finding>,
    pub not_applicable: Vec<String>,
    pub rules: Option<RuleCounts>,
    pub disabled: Vec<String>,
    pub overrides: BTreeMap<String, Severity>,
    pub errors: Vec<ReportError>,
    pub plugin_failures: Vec<PluginFailure>,
    pub plugins: Vec<PluginRef>,
    /// The plugins that do not write their finding messages in `lang`: their messages, and
    /// the rule texts they do not translate, are in English. Empty for English.
    pub untranslated_plugins: Vec<String>,
    pub packs: Vec<PackRef>,
    /// The score under which a charter fails (the profile's, or `--fail-under`).
    pub fail_under: f64,
    /// Whether any unwaived warning fails the verdict.
    pub deny_warnings: bool,
    /// Why the verdict is not `pass` (empty for a pass).
    pub verdict_reasons: Vec<VerdictReason>,
    /// Whether waived findings count as failed (`waivers = "report-only"`): renderers count
    /// findings the way the verdict does.
    #[serde(skip)]
    pub waived_count: bool,
    /// With `--baseline`: how this audit compares with the earlier one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<crate::baseline::Comparison>,
}

/// What every report of a run says about the run (fixed when the engine is built).
#[derive(Debug, Clone)]
pub struct RunInfo {
    pub accord_version: &'static str,
    pub audit_date: String,
    pub profile: ProfileRef,
    pub config: Option<String>,
    pub allow_unpinned: bool,
    /// `waivers = "report-only"`: waived findings count as failed.
    pub report_only: bool,
    pub plugins: Vec<PluginRef>,
    pub packs: Vec<PackRef>,
    pub disabled: Vec<String>,
    pub overrides: BTreeMap<String, Severity>,
    /// The run's language: what the summary of a batch is written in (each report carries
    /// its own `lang`). A server answering a reader in another language sets it on its copy.
    pub lang: crate::lang::Lang,
}

#[derive(Debug, Clone, Serialize)]
pub struct ProfileRef {
    pub name: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct CharterRef {
    pub path: String,
    pub id: Option<String>,
    pub name: Option<String>,
    pub sha256: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Audited,
    Invalid,
    Error,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Pass,
    Fail,
    Invalid,
    Error,
}

impl Verdict {
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Pass => "pass",
            Verdict::Fail => "fail",
            Verdict::Invalid => "invalid",
            Verdict::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub enum Grade {
    A,
    B,
    C,
    D,
    F,
}

impl Grade {
    pub fn as_str(self) -> &'static str {
        match self {
            Grade::A => "A",
            Grade::B => "B",
            Grade::C => "C",
            Grade::D => "D",
            Grade::F => "F",
        }
    }
}

#[derive(Debug, Clone, Default, Serialize)]
pub struct Score {
    /// 0–100, rounded to one decimal; null when no rule with weight applied.
    pub overall: Option<f64>,
    pub grade: Option<Grade>,
    /// Each category of an evaluated rule → its score, or null without applicable weight.
    pub categories: BTreeMap<String, Option<f64>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Finding {
    pub rule: String,
    pub category: String,
    pub severity: Severity,
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    /// The rule's one-line fix.
    pub fix: String,
    pub fingerprint: String,
    pub waiver: Option<Waiver>,
    /// With `--baseline`: `new` or `persisting`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<crate::baseline::Seen>,
    /// The byte span in the charter source, for renderers that show the line (not in JSON).
    #[serde(skip)]
    pub span: Option<std::ops::Range<usize>>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Waiver {
    pub reason: String,
    pub approved_by: Option<String>,
    pub expires: Option<String>,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct RuleCounts {
    pub evaluated: usize,
    pub passed: usize,
    pub failed: usize,
    pub not_applicable: usize,
    /// Rules whose every finding is waived (counted in `passed` when waivers are honoured, in
    /// `failed` under `waivers = "report-only"`).
    pub waived: usize,
}

#[derive(Debug, Clone, Serialize)]
pub struct ReportError {
    pub kind: Kind,
    pub message: String,
    pub path: Option<String>,
    pub line: Option<usize>,
    pub column: Option<usize>,
    pub help: Option<String>,
    /// `message` in English (not in JSON): what identifies the error in every language (SARIF
    /// fingerprints).
    #[serde(skip)]
    pub english: String,
}

/// One reason a charter did not pass.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct VerdictReason {
    pub kind: ReasonKind,
    /// The reason as a phrase ("3 unwaived errors").
    pub message: String,
}

/// The kinds of reasons, as the JSON report writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReasonKind {
    UnwaivedErrors,
    UnderFailUnder,
    DeniedWarnings,
    Invalid,
    PluginFailure,
}

/// A plugin that failed on this charter. In JSON: `plugin`, `kind` (the cause's machine name)
/// and `cause` (the sentence).
#[derive(Debug, Clone, PartialEq)]
pub struct PluginFailure {
    pub plugin: String,
    pub failure: Failure,
}

impl Serialize for PluginFailure {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut s = serializer.serialize_struct("PluginFailure", 3)?;
        s.serialize_field("plugin", &self.plugin)?;
        s.serialize_field("kind", self.failure.kind())?;
        s.serialize_field("cause", &self.failure.to_string())?;
        s.end()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct PluginRef {
    pub name: String,
    pub version: String,
    pub path: String,
    pub sha256: String,
    pub pinned: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct PackRef {
    pub name: String,
    pub version: String,
    pub path: Option<String>,
}

/// Findings counted by severity.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub errors: u32,
    pub warnings: u32,
    pub infos: u32,
}

impl Counts {
    pub fn add(&mut self, severity: Severity) {
        let n = match severity {
            Severity::Error => &mut self.errors,
            Severity::Warning => &mut self.warnings,
            Severity::Info => &mut self.infos,
        };
        *n = n.saturating_add(1);
    }

    pub fn of(findings: impl IntoIterator<Item = Severity>) -> Counts {
        let mut counts = Counts::default();
        for severity in findings {
            counts.add(severity);
        }
        counts
    }

    pub fn total(&self) -> u32 {
        self.errors
            .saturating_add(self.warnings)
            .saturating_add(self.infos)
    }
}

impl Report {
    /// Whether a finding counts against the verdict: unwaived, or waived while waivers are
    /// report-only (`waived_count`).
    pub fn counts_against(&self, f: &Finding) -> bool {
        self.waived_count || f.waiver.is_none()
    }

    /// The findings that count against the verdict (host rules included), as CSV and summaries
    /// count them.
    pub fn unwaived(&self) -> impl Iterator<Item = &Finding> {
        self.findings.iter().filter(|f| self.counts_against(f))
    }

    /// [`unwaived`](Self::unwaived) findings by severity.
    pub fn unwaived_counts(&self) -> Counts {
        Counts::of(self.unwaived().map(|f| f.severity))
    }

    /// Findings that carry a waiver (whatever the waiver policy).
    pub fn waived(&self) -> usize {
        self.findings.iter().filter(|f| f.waiver.is_some()).count()
    }
}

/// Findings in the contract order: rule id, then path with array indices compared as numbers.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        a.rule
            .cmp(&b.rule)
            .then_with(|| compare_paths(&a.path, &b.path))
    });
}

fn compare_paths(a: &str, b: &str) -> std::cmp::Ordering {
    let mut ta = a.split('/');
    let mut tb = b.split('/');
    loop {
        match (ta.next(), tb.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(i), Ok(j)) => i.cmp(&j),
                    _ => x.cmp(y),
                };
                if ord.is_ne() {
                    return ord;
                }
            }
        }
    }
}

/// The first 16 hex digits of sha256(rule + "\n" + path), where each array index of an entry
/// with an `id` becomes `@id`, so findings survive reordering of lists with ids.
pub fn fingerprint(rule: &str, path: &str, charter: &Value) -> String {
    let mut stable = String::with_capacity(path.len());
    let mut node = Some(charter);
    for token in path.split('/').skip(1) {
        let next = match node {
            Some(Value::Array(items)) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            Some(Value::Object(map)) => map.get(&crate::source::unescape(token)),
            _ => None,
        };
        stable.push('/');
        match (node, next.and_then(|n| n.get("id")).and_then(Value::as_str)) {
            (Some(Value::Array(_)), Some(id)) => {
                stable.push('@');
                stable.push_str(id);
            }
            _ => stable.push_str(token),
        }
        node = next;
    }
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(rule)
        .chain_update("\n")
        .chain_update(&stable)
        .finalize();
    crate::hex(&digest[..8])
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fingerprints_use_ids_where_entries_have_them() {
        let charter =
            json!({"partners": [{"id": "a"}, {"id": "b"}], "goals": [{"statement": "x"}]});
        let swapped =
            json!({"partners": [{"id": "b"}, {"id": "a"}], "goals": [{"statement": "x"}]});
        assert_eq!(
            fingerprint("r.x", "/partners/1/seeks", &charter),
            fingerprint("r.x", "/partners/0/seeks", &swapped)
        );
        assert_ne!(
            fingerprint("r.x", "/partners/1/seeks", &charter),
            fingerprint("r.y", "/partners/1/seeks", &charter)
        );
        let expected = &crate::sha256_hex(b"r.x\n/partners/@b/seeks")[..16];
        assert_eq!(fingerprint("r.x", "/partners/1/seeks", &charter), expected);
        // A list without ids keeps the index; an absent path keeps its tokens.
        let expected = &crate::sha256_hex(b"r.x\n/goals/0/benchmarks")[..16];
        assert_eq!(
            fingerprint("r.x", "/goals/0/benchmarks", &charter),
            expected
        );
    }

    #[test]
    fn paths_sort_with_numeric_indices() {
        let mut paths = ["/p/10/a", "/p/9/a", "/p/9", "/q"];
        paths.sort_by(|a, b| compare_paths(a, b));
        assert_eq!(paths, ["/p/9", "/p/9/a", "/p/10/a", "/q"]);
    }
}
