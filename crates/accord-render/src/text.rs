//! The terminal report: grade and score first, then findings by category with the charter's
//! lines (rustc-style), each with its rule id and a one-line fix.
//!
//! Text from charters, plugins and file names is shown through [`crate::escape`]: a control
//! character prints as its escape, never as itself.

use std::fmt::Write;

use accord_core::Audit;
use accord_core::load::Source;
use accord_core::report::{Report, Status};
use accord_core::summary::Summary;
use accord_plugin::Severity;
use annotate_snippets::Level;

use crate::escape::{visible, visible_cut, visible_line as line};
use crate::snippet::{Message, render_message};
use crate::{Context, Format, Parts, category_order, count_line, score_text};

/// `--format text`.
pub struct Text;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "text",
    help: "for a terminal: grade and score first, findings by category with the charter's lines",
    format: &Text,
    media_type: "text/plain; charset=utf-8",
};

impl Format for Text {
    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>) {
        if !ctx.summary_only {
            out.extend_from_slice(report(&audit.report, audit.source.as_ref(), ctx).as_bytes());
        }
    }

    fn summarizes(&self) -> bool {
        true
    }

    fn end(
        &self,
        summary: &Summary,
        _parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        // A blank line between blocks, none before the first.
        let mut gap = if ctx.summary_only { "" } else { "\n" };
        if summary.charters > 1 || ctx.summary_only {
            write!(out, "{gap}{}", self::summary(summary))?;
        } else {
            write!(out, "{gap}{}", summary_head(summary))?;
        }
        gap = "\n";
        if ctx.statistics {
            write!(out, "{gap}{}", statistics(summary))?;
        }
        Ok(())
    }
}

pub fn report(r: &Report, source: Option<&Source>, ctx: &Context<'_>) -> String {
    let mut out = String::new();
    let name = r
        .charter
        .name
        .as_deref()
        .map_or("(unnamed charter)".into(), line);
    let id = r
        .charter
        .id
        .as_deref()
        .map(|i| format!(" ({})", line(i)))
        .unwrap_or_default();
    let path = line(&r.charter.path);
    let _ = writeln!(out, "{name}{id}: {path}");
    match r.status {
        Status::Audited => {
            let grade = r.score.grade.map_or("–", |g| g.as_str());
            let _ = writeln!(
                out,
                "  grade {grade}, score {} / 100, verdict {}{}",
                score_text(r.score.overall),
                r.verdict.as_str().to_uppercase(),
                crate::reasons_suffix(r)
            );
            let categories: Vec<String> = r
                .score
                .categories
                .iter()
                .map(|(c, s)| format!("{} {}", line(c), score_text(*s)))
                .collect();
            let _ = writeln!(out, "  {}", categories.join(" · "));
            if let Some(c) = &r.rules {
                let _ = writeln!(
                    out,
                    "  {}: {} passed, {} failed, {} not applicable, {} waived; {}",
                    crate::plural(c.evaluated, "rule", "rules"),
                    c.passed,
                    c.failed,
                    c.not_applicable,
                    c.waived,
                    count_line(r)
                );
            }
        }
        Status::Invalid => {
            let _ = writeln!(
                out,
                "  verdict INVALID: the charter has {} and was not audited",
                crate::plural(r.errors.len(), "structural error", "structural errors")
            );
            let _ = writeln!(out, "  run `accord validate {path}` to see each one");
        }
        Status::Error => {
            let _ = writeln!(
                out,
                "  verdict ERROR: a plugin failed, so the charter has no score"
            );
            for f in &r.plugin_failures {
                let _ = writeln!(
                    out,
                    "  plugin `{}` failed: {}",
                    line(&f.plugin),
                    visible(&f.failure.to_string())
                );
            }
        }
    }
    let plugins: Vec<String> = r
        .plugins
        .iter()
        .map(|p| format!("{} {}", line(&p.name), line(&p.version)))
        .collect();
    let config = r
        .config
        .as_deref()
        .map_or_else(|| "no config".to_owned(), |c| format!("config {}", line(c)));
    let _ = writeln!(
        out,
        "  profile {}, {config}, audit date {}, plugins: {}",
        line(&r.profile.name),
        r.audit_date,
        if plugins.is_empty() {
            "none".to_owned()
        } else {
            plugins.join(", ")
        }
    );
    if !r.packs.is_empty() {
        let packs: Vec<String> = r
            .packs
            .iter()
            .map(|p| format!("{} {}", line(&p.name), line(&p.version)))
            .collect();
        let _ = writeln!(out, "  packs: {}", packs.join(", "));
    }
    if let Some(text) = crate::baseline_line(r) {
        let _ = writeln!(out, "  {}", line(&text));
    }

    if r.status == Status::Invalid {
        for e in &r.errors {
            let at = match (e.line, e.column) {
                (Some(l), Some(c)) => format!("{path}:{l}:{c}: "),
                _ => format!("{path}: "),
            };
            let _ = writeln!(out, "  {at}{}", visible(&e.message));
        }
        return out;
    }
    for (category, findings) in category_order(&r.findings) {
        let score = r
            .score
            .categories
            .get(category)
            .map(|s| format!(" (score {})", score_text(*s)))
            .unwrap_or_default();
        let _ = writeln!(out, "\n── {}{score} ──\n", line(category));
        for f in findings {
            let level = match f.severity {
                Severity::Error => Level::ERROR,
                Severity::Warning => Level::WARNING,
                Severity::Info => Level::INFO,
            };
            let mut footers = Vec::new();
            if let Some(w) = &f.waiver {
                let by = w
                    .approved_by
                    .as_deref()
                    .map(|b| format!(", approved by {b}"))
                    .unwrap_or_default();
                let until = w
                    .expires
                    .as_deref()
                    .map(|e| format!(", until {e}"))
                    .unwrap_or_default();
                footers.push((
                    Level::NOTE,
                    format!("waived: {}{by}{until}", w.reason.trim_end_matches('.')),
                ));
            }
            match ctx.full_text(&f.rule) {
                Some(rule) => {
                    footers.push((Level::HELP, format!("how to fix: {}", rule.fix)));
                    if !rule.example.is_empty() {
                        footers
                            .push((Level::NOTE, format!("a passing example:\n{}", rule.example)));
                    }
                }
                None if !f.fix.is_empty() => {
                    footers.push((
                        Level::HELP,
                        format!("{} (`accord explain {}`)", f.fix, f.rule),
                    ));
                }
                None => {}
            }
            let text = render_message(
                Message {
                    level,
                    id: &f.rule,
                    title: &f.message,
                    path: &r.charter.path,
                    source,
                    span: f.span.clone(),
                    footers,
                },
                ctx.colour,
            );
            let _ = writeln!(out, "{text}\n");
        }
    }
    if r.findings.is_empty() && r.status == Status::Audited {
        let _ = writeln!(out, "\n  no findings: every rule passed or did not apply");
    }
    out
}

/// "Summary: 3 charters: 1 pass, …", and what the walks skipped: all a single charter gets.
pub fn summary_head(s: &Summary) -> String {
    let mut out = format!(
        "Summary: {}: {} pass, {} fail, {} invalid, {} error\n",
        crate::plural(s.charters, "charter", "charters"),
        s.pass,
        s.fail,
        s.invalid,
        s.error
    );
    if let Some(skipped) = s.skipped.describe() {
        let _ = writeln!(out, "{skipped}");
    }
    out
}

/// The ranked table after a batch.
pub fn summary(s: &Summary) -> String {
    let mut out = summary_head(s);
    let name_width = s
        .ranking
        .iter()
        .map(|r| line(r.name.as_deref().unwrap_or("")).chars().count())
        .max()
        .unwrap_or(0)
        .clamp(11, 40);
    let _ = writeln!(
        out,
        "  {:>3}  {:>5}  {:5}  {:7}  {:>6}  {:>8}  {:name_width$}  PATH",
        "#", "SCORE", "GRADE", "VERDICT", "ERRORS", "WARNINGS", "PARTNERSHIP"
    );
    for (i, row) in s.ranking.iter().enumerate() {
        let name = visible_cut(row.name.as_deref().unwrap_or(""), name_width);
        let _ = writeln!(
            out,
            "  {:>3}  {:>5}  {:5}  {:7}  {:>6}  {:>8}  {:name_width$}  {}",
            i + 1,
            score_text(row.score),
            row.grade.map_or("–", |g| g.as_str()),
            row.verdict.as_str(),
            row.counts.errors,
            row.counts.warnings,
            name,
            line(&row.path)
        );
    }
    out
}

/// The batch's statistics: the rules that fail most, with their count and share of the audited
/// charters, then the validation errors that several invalid charters share.
pub fn statistics(s: &Summary) -> String {
    let mut out = String::new();
    let audited = s.audited();
    let rules = s.most_failed(crate::MOST_FAILED);
    if rules.is_empty() {
        let _ = writeln!(
            out,
            "Statistics: no rule failed on any of the {}",
            crate::plural(audited, "audited charter", "audited charters")
        );
    } else {
        let _ = writeln!(
            out,
            "Rules that fail most, of {} ({} failed somewhere):",
            crate::plural(audited, "audited charter", "audited charters"),
            crate::plural(s.rule_counts.len(), "rule", "rules")
        );
        let _ = writeln!(out, "  {:>8}  {:>5}  RULE", "CHARTERS", "SHARE");
        for (rule, count) in rules {
            let _ = writeln!(
                out,
                "  {count:>8}  {:>5}  {}",
                crate::percent(count, audited),
                line(rule)
            );
        }
    }
    if s.invalid > 0 {
        out.push('\n');
        if s.recurring_errors.is_empty() {
            let _ = writeln!(
                out,
                "No validation error recurs across the {}",
                crate::plural(s.invalid, "invalid charter", "invalid charters")
            );
        } else {
            let _ = writeln!(
                out,
                "Validation errors that recur, of {}:",
                crate::plural(s.invalid, "invalid charter", "invalid charters")
            );
            let _ = writeln!(out, "  {:>8}  {:13}  WHERE  (EXAMPLE)", "CHARTERS", "KIND");
            for e in s.recurring_errors.iter().take(crate::MOST_FAILED) {
                let place = if e.place.is_empty() {
                    "(file)"
                } else {
                    &e.place
                };
                let _ = writeln!(
                    out,
                    "  {:>8}  {:13}  {}  ({})",
                    e.charters,
                    e.kind.as_str(),
                    line(place),
                    line(&e.example)
                );
            }
        }
    }
    out
}
