//! Markdown reports, for pasting into a proposal review or an issue.

use std::fmt::Write;

use accord_core::Audit;
use accord_core::report::{Report, Status};
use accord_core::summary::Summary;

use crate::escape::visible_line;
use crate::{Context, Format, Parts, category_order, count_line, score_text};

/// Text as inline code (a path, a rule id, a plugin name), its control characters shown as
/// escapes. The fence is a backtick run longer than any inside the text, so a backtick in it
/// can neither close the span early nor leave one open; a space pads text that starts or ends
/// with a backtick (CommonMark strips one space from each side).
pub fn code(text: &str) -> String {
    let text = visible_line(text);
    let longest = text.split(|c| c != '`').map(str::len).max().unwrap_or(0);
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`')
        || text.ends_with('`')
        || (text.starts_with(' ') && text.ends_with(' ') && !text.trim().is_empty())
        || text.is_empty()
    {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// `--format markdown`.
pub struct Markdown;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "markdown",
    help: "for pasting into a proposal review or an issue",
    format: &Markdown,
    media_type: "text/markdown; charset=utf-8",
};

impl Format for Markdown {
    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>) {
        if !ctx.summary_only {
            out.extend_from_slice(report(&audit.report, ctx).as_bytes());
            out.push(b'\n');
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
        if summary.charters > 1 || ctx.summary_only {
            write!(out, "{}", self::summary(summary))?;
        } else {
            write!(out, "**Summary:** {}", summary_head(summary))?;
        }
        if ctx.statistics {
            write!(out, "\n{}", statistics(summary))?;
        }
        Ok(())
    }
}

/// Escapes text for a Markdown table cell or running text: charter text is never markup, and
/// its control characters show as escapes ([`crate::escape::visible`]). Code spans (between
/// backticks) stay code: inside them only `|` is escaped (GFM tables), since backslash escapes
/// are literal there.
pub fn escape_cell(text: &str) -> String {
    let text = crate::escape::visible(text);
    let spans: Vec<&str> = text.split('`').collect();
    // An odd number of backticks leaves the last one unmatched: it is escaped, not a code span.
    let balanced = spans.len() % 2 == 1;
    let in_code = |i: usize| i % 2 == 1 && (balanced || i + 1 != spans.len());
    let mut out = String::with_capacity(text.len() + 8);
    for (i, part) in spans.iter().enumerate() {
        if i > 0 {
            out.push_str(if in_code(i) || in_code(i - 1) {
                "`"
            } else {
                "\\`"
            });
        }
        for c in part.chars() {
            match c {
                '|' => out.push_str("\\|"),
                '\n' | '\r' => out.push(' '),
                '\\' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '!' if !in_code(i) => {
                    out.push('\\');
                    out.push(c);
                }
                _ => out.push(c),
            }
        }
    }
    out
}

pub fn report(r: &Report, ctx: &Context<'_>) -> String {
    let mut out = String::new();
    let name = r.charter.name.as_deref().unwrap_or("(unnamed charter)");
    // The path is part of the heading: two charters of a batch may share a name.
    let _ = writeln!(out, "## {} · {}", escape_cell(name), code(&r.charter.path));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "Audited {} with profile {} · **verdict: {}**{}",
        r.audit_date,
        code(&r.profile.name),
        r.verdict.as_str(),
        escape_cell(&crate::reasons_suffix(r))
    );
    let _ = writeln!(out);
    match r.status {
        Status::Invalid => {
            let _ = writeln!(out, "The charter is **invalid** and was not audited:");
            let _ = writeln!(out);
            for e in &r.errors {
                let at = e.line.map(|l| format!(" (line {l})")).unwrap_or_default();
                let _ = writeln!(out, "- {}{}", escape_cell(&e.message), at);
            }
            return out;
        }
        Status::Error => {
            let _ = writeln!(
                out,
                "The audit could not finish: a plugin failed. Scores are not given."
            );
            let _ = writeln!(out);
            for f in &r.plugin_failures {
                let _ = writeln!(
                    out,
                    "- plugin {}: {}",
                    code(&f.plugin),
                    escape_cell(&f.failure.to_string())
                );
            }
            let _ = writeln!(out);
        }
        Status::Audited => {
            let grade = r.score.grade.map_or("–", |g| g.as_str());
            let _ = writeln!(
                out,
                "**Grade {grade}**, overall score **{}** / 100. {}",
                score_text(r.score.overall),
                count_line(r)
            );
            let _ = writeln!(out);
            let _ = writeln!(out, "| Category | Score |");
            let _ = writeln!(out, "|---|---:|");
            for (category, score) in &r.score.categories {
                let _ = writeln!(
                    out,
                    "| {} | {} |",
                    escape_cell(category),
                    score_text(*score)
                );
            }
            let _ = writeln!(out);
        }
    }
    if let Some(line) = crate::baseline_line(r) {
        let _ = writeln!(out, "{}\n", escape_cell(&line));
    }
    if r.findings.is_empty() {
        let _ = writeln!(out, "No findings.");
        return out;
    }
    let _ = writeln!(out, "### Findings");
    for (category, findings) in category_order(&r.findings) {
        let _ = writeln!(out);
        let _ = writeln!(out, "#### {}", escape_cell(category));
        let _ = writeln!(out);
        for f in findings {
            let _ = writeln!(
                out,
                "- **{}** {} (line {}, {}): {}",
                f.severity.as_str(),
                code(&f.rule),
                f.line,
                code(&f.path),
                escape_cell(&f.message)
            );
            if let Some(w) = &f.waiver {
                let by = w
                    .approved_by
                    .as_deref()
                    .map(|b| format!(", approved by {}", escape_cell(b)))
                    .unwrap_or_default();
                let until = w
                    .expires
                    .as_deref()
                    .map(|e| format!(", until {}", escape_cell(e)))
                    .unwrap_or_default();
                let _ = writeln!(out, "  - *Waived*: {}{by}{until}", escape_cell(&w.reason));
            }
            match ctx.full_text(&f.rule) {
                Some(rule) => {
                    let _ = writeln!(out, "  - How to fix: {}", escape_cell(&rule.fix));
                    if !rule.example.is_empty() {
                        let _ = writeln!(
                            out,
                            "  - A passing example:\n\n    ```toml\n{}\n    ```",
                            indent_block(&rule.example)
                        );
                    }
                }
                None if !f.fix.is_empty() => {
                    let _ = writeln!(out, "  - Fix: {}", escape_cell(&f.fix));
                }
                None => {}
            }
        }
    }
    out
}

/// A code block inside a list item: indented, with backtick fences defused.
fn indent_block(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {}", l.replace("```", "'''")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// "3 charters: 1 pass, ….", and what the walks skipped as a paragraph of its own.
fn summary_head(s: &Summary) -> String {
    let mut out = format!(
        "{}: {} pass, {} fail, {} invalid, {} error.\n",
        crate::plural(s.charters, "charter", "charters"),
        s.pass,
        s.fail,
        s.invalid,
        s.error
    );
    if let Some(skipped) = s.skipped.describe() {
        let _ = writeln!(out, "\n{skipped}.");
    }
    out
}

pub fn summary(s: &Summary) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## Summary");
    let _ = writeln!(out);
    out.push_str(&summary_head(s));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "| # | Score | Grade | Verdict | Errors | Warnings | Partnership | Path |"
    );
    let _ = writeln!(out, "|---:|---:|:---:|---|---:|---:|---|---|");
    for (i, row) in s.ranking.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            score_text(row.score),
            row.grade.map_or("–", |g| g.as_str()),
            row.verdict.as_str(),
            row.counts.errors,
            row.counts.warnings,
            escape_cell(row.name.as_deref().unwrap_or("")),
            code(&row.path).replace('|', "\\|")
        );
    }
    out
}

/// The batch's statistics: the rules that fail most (count and share of the audited
/// charters), then the validation errors that several invalid charters share.
pub fn statistics(s: &Summary) -> String {
    let mut out = String::new();
    let audited = s.audited();
    let _ = writeln!(out, "## Statistics");
    let _ = writeln!(out);
    let rules = s.most_failed(crate::MOST_FAILED);
    if rules.is_empty() {
        let _ = writeln!(
            out,
            "No rule failed on any of the {}.",
            crate::plural(audited, "audited charter", "audited charters")
        );
    } else {
        let _ = writeln!(
            out,
            "Rules that fail most, of {} ({} failed somewhere):",
            crate::plural(audited, "audited charter", "audited charters"),
            crate::plural(s.rule_counts.len(), "rule", "rules")
        );
        let _ = writeln!(out);
        let _ = writeln!(out, "| Rule | Charters | Share |");
        let _ = writeln!(out, "|---|---:|---:|");
        for (rule, count) in rules {
            let _ = writeln!(
                out,
                "| {} | {count} | {} |",
                code(rule).replace('|', "\\|"),
                crate::percent(count, audited)
            );
        }
    }
    if s.invalid > 0 {
        let _ = writeln!(out);
        if s.recurring_errors.is_empty() {
            let _ = writeln!(
                out,
                "No validation error recurs across the {}.",
                crate::plural(s.invalid, "invalid charter", "invalid charters")
            );
        } else {
            let _ = writeln!(
                out,
                "Validation errors that recur, of {}:",
                crate::plural(s.invalid, "invalid charter", "invalid charters")
            );
            let _ = writeln!(out);
            let _ = writeln!(out, "| Kind | Where | Charters | Example |");
            let _ = writeln!(out, "|---|---|---:|---|");
            for e in s.recurring_errors.iter().take(crate::MOST_FAILED) {
                let place = if e.place.is_empty() {
                    "(file)".to_owned()
                } else {
                    code(&e.place).replace('|', "\\|")
                };
                let _ = writeln!(
                    out,
                    "| {} | {place} | {} | {} |",
                    e.kind.as_str(),
                    e.charters,
                    escape_cell(&e.example)
                );
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn code_spans_stay_code() {
        assert_eq!(
            super::escape_cell("set `exit.handover_date` [now]"),
            "set `exit.handover_date` \\[now\\]"
        );
        assert_eq!(super::escape_cell("a ` b_c"), "a \\` b\\_c");
    }

    #[test]
    fn code_spans_are_fenced_by_a_longer_run() {
        use super::code;
        assert_eq!(code("a.toml"), "`a.toml`");
        assert_eq!(code("it`s.toml"), "``it`s.toml``");
        assert_eq!(code("a``b`c"), "```a``b`c```");
        assert_eq!(code("`start"), "`` `start ``");
        assert_eq!(code(" both "), "`  both  `");
        assert_eq!(code("a\u{1b}[2J\nb"), "`a\\u{1b}[2J\\nb`");
    }

    #[test]
    fn a_single_backtick_in_charter_text_opens_no_code_span() {
        // The partner's name holds one backtick; the plugin's message quotes its id in code.
        let shown = super::escape_cell("Aqua`Fund (`aquafund`) has committed only until 2012");
        let unescaped = shown
            .match_indices('`')
            .filter(|(i, _)| !shown[..*i].ends_with('\\'));
        assert_eq!(unescaped.count() % 2, 0, "{shown}");
        assert!(shown.ends_with("has committed only until 2012"), "{shown}");
    }

    #[test]
    fn charter_text_cannot_inject_markup() {
        assert_eq!(
            super::escape_cell("a|b <script> *x*\nnext"),
            "a\\|b \\<script\\> \\*x\\* next"
        );
    }
}
