//! Markdown reports, for pasting into a proposal review or an issue.

use std::fmt::Write;

use accord_core::Audit;
use accord_core::lang::{Lang, t};
use accord_core::report::{Report, Status};
use accord_core::summary::Summary;

use crate::escape::visible_line;
use crate::{
    Context, Format, Parts, category_name, category_order, column_title, count_line, score_text,
    verdict_word,
};

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
        let lang = ctx.run.lang;
        if summary.charters > 1 || ctx.summary_only {
            write!(out, "{}", self::summary(summary, lang))?;
        } else {
            let line = t!(
                lang,
                "report-markdown-summary-line",
                charters = summary.charters,
                pass = summary.pass,
                fail = summary.fail,
                invalid = summary.invalid,
                error = summary.error
            );
            write!(out, "{}", with_skipped(line, summary, lang))?;
        }
        if ctx.statistics {
            write!(out, "\n{}", statistics(summary, lang))?;
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
    let lang = crate::lang_of(r);
    let mut out = String::new();
    let name = r
        .charter
        .name
        .as_deref()
        .map_or_else(|| escape_cell(&t!(lang, "report-unnamed")), escape_cell);
    // The path is part of the heading: two charters of a batch may share a name.
    let _ = writeln!(out, "## {} · {}", name, code(&r.charter.path));
    let _ = writeln!(out);
    let _ = writeln!(
        out,
        "{}",
        t!(
            lang,
            "report-markdown-run",
            date = r.audit_date.as_str(),
            profile = code(&r.profile.name),
            verdict = verdict_word(r.verdict, lang),
            reasons = escape_cell(&crate::reasons_suffix(r))
        )
    );
    let _ = writeln!(out);
    match r.status {
        Status::Invalid => {
            let _ = writeln!(out, "{}", t!(lang, "report-markdown-invalid"));
            let _ = writeln!(out);
            for e in &r.errors {
                let at = e
                    .line
                    .map(|l| format!(" ({})", t!(lang, "report-line", line = l)))
                    .unwrap_or_default();
                let _ = writeln!(out, "- {}{}", escape_cell(&e.message), at);
            }
            return out;
        }
        Status::Error => {
            let _ = writeln!(out, "{}", t!(lang, "report-markdown-error"));
            let _ = writeln!(out);
            for f in &r.plugin_failures {
                let _ = writeln!(
                    out,
                    "- {}",
                    t!(
                        lang,
                        "report-plugin-failed",
                        plugin = code(&f.plugin),
                        cause = escape_cell(&f.failure.describe(lang))
                    )
                );
            }
            let _ = writeln!(out);
        }
        Status::Audited => {
            let grade = crate::grade_text(r.score.grade);
            let _ = writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "report-markdown-headline",
                    grade = grade,
                    score = score_text(r.score.overall, lang),
                    findings = escape_cell(&count_line(r, lang))
                )
            );
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "| {} | {} |",
                column_title(lang, "category"),
                column_title(lang, "score")
            );
            let _ = writeln!(out, "|---|---:|");
            for (category, score) in &r.score.categories {
                let _ = writeln!(
                    out,
                    "| {} | {} |",
                    escape_cell(&category_name(category, lang)),
                    score_text(*score, lang)
                );
            }
            let _ = writeln!(out);
        }
    }
    if let Some(line) = crate::untranslated_line(r, lang) {
        let _ = writeln!(out, "{}\n", escape_cell(&line));
    }
    if let Some(line) = crate::baseline_line(r, lang) {
        let _ = writeln!(out, "{}\n", escape_cell(&line));
    }
    if r.findings.is_empty() {
        let _ = writeln!(out, "{}", t!(lang, "report-markdown-no-findings"));
        return out;
    }
    let _ = writeln!(out, "### {}", t!(lang, "report-findings"));
    for (category, findings) in category_order(&r.findings) {
        let _ = writeln!(out);
        let _ = writeln!(out, "#### {}", escape_cell(&category_name(category, lang)));
        let _ = writeln!(out);
        for f in findings {
            let _ = writeln!(
                out,
                "- {}",
                t!(
                    lang,
                    "report-markdown-finding",
                    severity = t!(lang, "severity", severity = f.severity.as_str()),
                    rule = code(&f.rule),
                    line = f.line,
                    path = code(&f.path),
                    message = escape_cell(&f.message)
                )
            );
            if let Some(w) = &f.waiver {
                let _ = writeln!(out, "  - {}", waiver_note(w, lang));
            }
            match ctx.full_text(&f.rule) {
                Some(rule) => {
                    let _ = writeln!(
                        out,
                        "  - {}",
                        t!(
                            lang,
                            "report-markdown-how-to-fix",
                            fix = escape_cell(&rule.fix)
                        )
                    );
                    if !rule.example.is_empty() {
                        let _ = writeln!(
                            out,
                            "  - {}\n\n    ```toml\n{}\n    ```",
                            t!(lang, "report-markdown-passing-example"),
                            indent_block(&rule.example)
                        );
                    }
                }
                None if !f.fix.is_empty() => {
                    let _ = writeln!(
                        out,
                        "  - {}",
                        t!(lang, "report-markdown-fix", fix = escape_cell(&f.fix))
                    );
                }
                None => {}
            }
        }
    }
    out
}

/// "*Waived*: reason, approved by X, until 2030-01-01", every part escaped.
fn waiver_note(w: &accord_core::report::Waiver, lang: Lang) -> String {
    let detail = crate::waiver_detail(&w.reason, w, lang, escape_cell);
    t!(lang, "report-markdown-waived", note = detail)
}

/// A code block inside a list item: indented, with backtick fences defused.
fn indent_block(text: &str) -> String {
    text.lines()
        .map(|l| format!("    {}", l.replace("```", "'''")))
        .collect::<Vec<_>>()
        .join("\n")
}

/// `line` ("3 charters: 1 pass, ….") as a paragraph, then what the walks skipped as one of its
/// own.
fn with_skipped(line: String, s: &Summary, lang: Lang) -> String {
    let mut out = line;
    out.push('\n');
    if let Some(skipped) = s.skipped.describe(lang) {
        let _ = writeln!(out, "\n{skipped}.");
    }
    out
}

pub fn summary(s: &Summary, lang: Lang) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "## {}", t!(lang, "report-summary"));
    let _ = writeln!(out);
    out.push_str(&with_skipped(
        format!("{}.", crate::summary_counts(s, lang)),
        s,
        lang,
    ));
    let _ = writeln!(out);
    let headings: Vec<String> = [
        "score",
        "grade",
        "verdict",
        "errors",
        "warnings",
        "partnership",
        "path",
    ]
    .iter()
    .map(|c| column_title(lang, c))
    .collect();
    let _ = writeln!(out, "| # | {} |", headings.join(" | "));
    let _ = writeln!(out, "|---:|---:|:---:|---|---:|---:|---|---|");
    for (i, row) in s.ranking.iter().enumerate() {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            i + 1,
            score_text(row.score, lang),
            crate::grade_text(row.grade),
            verdict_word(row.verdict, lang),
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
pub fn statistics(s: &Summary, lang: Lang) -> String {
    let mut out = String::new();
    let audited = s.audited();
    let _ = writeln!(out, "## {}", t!(lang, "report-statistics"));
    let _ = writeln!(out);
    let rules = s.most_failed(crate::MOST_FAILED);
    if rules.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "report-markdown-statistics-none", audited = audited)
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            crate::most_failed_lead(s, lang)
        );
        let _ = writeln!(out);
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            column_title(lang, "rule"),
            column_title(lang, "charters"),
            column_title(lang, "share")
        );
        let _ = writeln!(out, "|---|---:|---:|");
        for (rule, count) in rules {
            let _ = writeln!(
                out,
                "| {} | {count} | {} |",
                code(rule).replace('|', "\\|"),
                crate::percent(count, audited, lang)
            );
        }
    }
    if s.invalid > 0 {
        let _ = writeln!(out);
        if s.recurring_errors.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                t!(
                    lang,
                    "report-markdown-no-recurring-errors",
                    invalid = s.invalid
                )
            );
        } else {
            let _ = writeln!(
                out,
                "{}",
                crate::recurring_errors_lead(s, lang)
            );
            let _ = writeln!(out);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |",
                column_title(lang, "kind"),
                column_title(lang, "where"),
                column_title(lang, "charters"),
                column_title(lang, "example")
            );
            let _ = writeln!(out, "|---|---|---:|---|");
            for e in s.recurring_errors.iter().take(crate::MOST_FAILED) {
                let place = if e.place.is_empty() {
                    escape_cell(&t!(lang, "report-whole-file"))
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
