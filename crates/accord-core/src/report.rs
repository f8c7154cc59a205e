//! The report model: one per charter. Its serde form is the JSON report, a public contract
//! (ARCHITECTURE.md, "The JSON report"; schemas/report.schema.json): field names are fixed.

use std::collections::BTreeMap;

use accord_plugin::Severity;
use serde::Serialize;

use crate::diagnostic::Kind;

#[derive(Debug, Clone, Serialize)]
pub struct Report {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub report_version: u32,
    pub accord_version: &'static str,
    pub audit_date: String,
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
    pub packs: Vec<PackRef>,
    /// Whether waived findings count as failed (`waivers = "report-only"`): renderers count
    /// findings the way the verdict does.
    #[serde(skip)]
    pub waived_count: bool,
    /// With `--baseline`: how this audit compares with the earlier one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub baseline: Option<crate::baseline::Comparison>,
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
}

#[derive(Debug, Clone, Serialize)]
pub struct PluginFailure {
    pub plugin: String,
    pub cause: String,
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

impl Report {
    /// Counts of unwaived findings by severity (host rules included), as CSV and summaries
    /// show them. A waived finding counts when waivers are report-only (`waived_count`).
    pub fn unwaived_counts(&self) -> [usize; 3] {
        let mut counts = [0; 3];
        for f in self
            .findings
            .iter()
            .filter(|f| self.waived_count || f.waiver.is_none())
        {
            counts[f.severity as usize] += 1;
        }
        counts
    }
}
