//! Rendering: what the user sees. The core returns data; this module turns it into text.

pub mod diagnostic;
pub mod error;

use std::io::IsTerminal;

/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
pub fn use_colour(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn stdout_colour() -> bool {
    use_colour(std::io::stdout().is_terminal())
}

/// A path as shown to the user: as given, with `/` separators kept.
pub fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}

pub mod markdown;
pub mod progress;
pub mod text;

use accord_core::report::{Finding, Report};
use accord_plugin::Severity;

/// A score for display: one decimal, or `–` when there is none.
pub fn score_text(score: Option<f64>) -> String {
    score.map_or_else(|| "–".to_owned(), |s| format!("{s:.1}"))
}

/// "3 errors, 10 warnings, 2 infos unwaived; 1 waived."
pub fn count_line(r: &Report) -> String {
    let [e, w, i] = r.unwaived_counts(false);
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
