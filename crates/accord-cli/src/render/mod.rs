//! Rendering: what the user sees. The core returns data; this module turns it into text.

pub mod diagnostic;
pub mod error;

use std::io::IsTerminal;

/// `--color always|never` as `Some(true|false)`, `auto` as `None`: set once by `main`.
pub static COLOUR_FLAG: std::sync::OnceLock<Option<bool>> = std::sync::OnceLock::new();

/// Whether to colour a stream: the `--color` flag wins; then a non-empty NO_COLOR disables
/// colour (https://no-color.org) and a CLICOLOR_FORCE other than `0` enables it; else colour
/// only on a terminal.
pub fn use_colour(stream_is_terminal: bool) -> bool {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(&Some(flag)) = COLOUR_FLAG.get() {
        flag
    } else if var("NO_COLOR").is_some() {
        false
    } else if var("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
        true
    } else {
        stream_is_terminal
    }
}

pub fn stdout_colour() -> bool {
    use_colour(std::io::stdout().is_terminal())
}

/// A path as shown to the user: as given, with `/` separators kept.
pub fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}

#[cfg(test)]
pub(crate) mod sample;

pub mod csv;
pub mod html;
pub mod junit;
pub mod markdown;
pub mod progress;
pub mod sarif;
pub mod text;

use accord_core::audit::Audited;
use accord_core::report::{Finding, Report, Status};
use accord_plugin::Severity;

/// A report status as the JSON report and CSV write it.
pub fn status_str(status: Status) -> &'static str {
    match status {
        Status::Audited => "audited",
        Status::Invalid => "invalid",
        Status::Error => "error",
    }
}

/// The formats that need every charter before they are written: each keeps compact
/// per-charter data while the batch runs and writes its document at the end.
pub enum Deferred {
    Sarif(sarif::Sarif),
    Html(html::Html),
    Junit(junit::Junit),
}

impl Deferred {
    /// The collector for `format`, or `None` for the formats written per charter.
    pub fn for_format(
        format: crate::cli::AuditFormat,
        rules: &std::collections::HashMap<String, accord_core::audit::RuleInfo>,
        report_only: bool,
    ) -> Option<Deferred> {
        use crate::cli::AuditFormat;
        match format {
            AuditFormat::Sarif => Some(Deferred::Sarif(sarif::Sarif::new(rules, report_only))),
            AuditFormat::Html => Some(Deferred::Html(html::Html::new(report_only))),
            AuditFormat::Junit => Some(Deferred::Junit(junit::Junit::new(report_only))),
            AuditFormat::Text | AuditFormat::Json | AuditFormat::Markdown | AuditFormat::Csv => {
                None
            }
        }
    }

    pub fn push(&mut self, audited: &Audited) {
        match self {
            Deferred::Sarif(s) => s.push(audited),
            Deferred::Html(h) => h.push(audited),
            Deferred::Junit(j) => j.push(audited),
        }
    }

    /// The whole document.
    pub fn finish(self) -> String {
        match self {
            Deferred::Sarif(s) => s.finish(),
            Deferred::Html(h) => h.finish(),
            Deferred::Junit(j) => j.finish(),
        }
    }
}

/// The rules' full texts, for reports in full detail (the `self-audit` profile).
pub struct FullText<'a> {
    pub rules: &'a std::collections::HashMap<String, accord_core::audit::RuleInfo>,
}

impl FullText<'_> {
    pub fn rule(&self, id: &str) -> Option<&accord_plugin::RuleMeta> {
        self.rules.get(id).map(|r| &r.meta)
    }
}

/// "since the baseline: score +12.5; 2 new, 5 persisting, 1 resolved (r.one)", when there is
/// a baseline.
pub fn baseline_line(r: &Report) -> Option<String> {
    use accord_core::baseline::Seen;
    let seen = |s: Seen| r.findings.iter().filter(|f| f.baseline == Some(s)).count();
    if r.findings.iter().all(|f| f.baseline.is_none()) && r.baseline.is_none() {
        return None;
    }
    let Some(c) = &r.baseline else {
        return Some(format!(
            "not in the baseline: all {} findings are new",
            r.findings.len()
        ));
    };
    let change = c.score_change.overall.map_or_else(
        || "no score to compare".to_owned(),
        |d| format!("score {d:+.1}"),
    );
    let mut rules = c.resolved_rules.clone();
    rules.dedup();
    let resolved = if rules.is_empty() {
        String::new()
    } else {
        format!(" ({})", rules.join(", "))
    };
    Some(format!(
        "since the baseline (matched by {}): {change}; {} new, {} persisting, {} resolved{resolved}",
        c.matched_by,
        seen(Seen::New),
        seen(Seen::Persisting),
        c.resolved.len()
    ))
}

/// A score for display: one decimal, or `–` when there is none.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"))
}

/// "3 errors, 10 warnings, 2 infos unwaived; 1 waived."
pub fn count_line(r: &Report) -> String {
    let [e, w, i] = r.unwaived_counts();
    let waived = r.findings.iter().filter(|f| f.waiver.is_some()).count();
    let plural =
        |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
    let mut line = format!(
        "{}, {}, {}",
        plural(e, "error", "errors"),
        plural(w, "warning", "warnings"),
        plural(i, "info", "infos")
    );
    if waived > 0 {
        line.push_str(&format!("; {waived} waived"));
    }
    line.push('.');
    line
}

/// Findings grouped by category (categories with errors first, then by name), errors first
/// within each group.
pub fn category_order(findings: &[Finding]) -> Vec<(&str, Vec<&Finding>)> {
    let mut groups: Vec<(&str, Vec<&Finding>)> = Vec::new();
    for f in findings {
        match groups.iter_mut().find(|(c, _)| *c == f.category) {
            Some((_, list)) => list.push(f),
            None => groups.push((&f.category, vec![f])),
        }
    }
    for (_, list) in &mut groups {
        // Stable: keeps the contract order (rule, path) within a severity.
        list.sort_by_key(|f| f.severity);
    }
    let worst = |list: &Vec<&Finding>| {
        list.iter()
            .map(|f| f.severity)
            .min()
            .unwrap_or(Severity::Info)
    };
    groups.sort_by(|a, b| worst(&a.1).cmp(&worst(&b.1)).then_with(|| a.0.cmp(b.0)));
    groups
}
