//! The terminal report: grade and score first, then findings by category with the charter's
//! lines (rustc-style), each with its rule id and a one-line fix.
//!
//! Text from charters, plugins and file names is shown through [`crate::escape`]: a control
//! character prints as its escape, never as itself.

use std::fmt::Write;

use accord_core::Audit;
use accord_core::lang::{Lang, t};
use accord_core::load::Source;
use accord_core::report::{Report, Status};
use accord_core::summary::Summary;
use accord_plugin::Severity;

use crate::escape::{visible, visible_cut, visible_line as line};
use crate::snippet::{Label, Message, render_message};
use crate::{
    Context, Format, Parts, category_name, category_order, count_line, score_text, verdict_word,
};

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
        let lang = ctx.run.lang;
        // A blank line between blocks, none before the first.
        let mut gap = if ctx.summary_only { "" } else { "\n" };
        if summary.charters > 1 || ctx.summary_only {
            write!(out, "{gap}{}", self::summary(summary, lang))?;
        } else {
            write!(out, "{gap}{}", summary_head(summary, lang))?;
        }
        gap = "\n";
        if ctx.statistics {
            write!(out, "{gap}{}", statistics(summary, lang))?;
        }
        Ok(())
    }
}

pub fn report(r: &Report, source: Option<&Source>, ctx: &Context<'_>) -> String {
    let lang = crate::lang_of(r);
    let mut out = String::new();
    let name = r
        .charter
        .name
        .as_deref()
        .map_or_else(|| t!(lang, "report-unnamed"), |n| line(n).into_owned());
    let id = r
        .charter
        .id
        .as_deref()
        .map(|i| format!(" ({})", line(i)))
        .unwrap_or_default();
    let path = line(&r.charter.path);
    let _ = writeln!(
        out,
        "{}",
        t!(lang, "report-text-title", name = name, id = id, path = path.as_ref())
    );
    match r.status {
        Status::Audited => {
            let grade = crate::grade_text(r.score.grade);
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    lang,
                    "report-text-headline",
                    grade = grade,
                    score = score_text(r.score.overall, lang),
                    verdict = verdict_word(r.verdict, lang).to_uppercase(),
                    reasons = crate::reasons_suffix(r)
                )
            );
            let categories: Vec<String> = r
                .score
                .categories
                .iter()
                .map(|(c, s)| {
                    format!(
                        "{} {}",
                        line(&category_name(c, lang)),
                        score_text(*s, lang)
                    )
                })
                .collect();
            let _ = writeln!(out, "  {}", categories.join(" · "));
            if let Some(c) = &r.rules {
                let _ = writeln!(
                    out,
                    "  {}",
                    t!(
                        lang,
                        "report-text-rule-counts",
                        evaluated = c.evaluated,
                        passed = c.passed,
                        failed = c.failed,
                        not_applicable = c.not_applicable,
                        waived = c.waived,
                        findings = count_line(r, lang)
                    )
                );
            }
        }
        Status::Invalid => {
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    lang,
                    "report-text-invalid",
                    verdict = verdict_word(r.verdict, lang).to_uppercase(),
                    count = r.errors.len()
                )
            );
            let _ = writeln!(
                out,
                "  {}",
                t!(lang, "report-text-run-validate", path = path.as_ref())
            );
        }
        Status::Error => {
            let _ = writeln!(
                out,
                "  {}",
                t!(
                    lang,
                    "report-text-error",
                    verdict = verdict_word(r.verdict, lang).to_uppercase()
                )
            );
            for f in &r.plugin_failures {
                let _ = writeln!(
                    out,
                    "  {}",
                    t!(
                        lang,
                        "report-plugin-failed",
                        plugin = line(&f.plugin),
                        cause = visible(&f.failure.describe(lang))
                    )
                );
            }
        }
    }
    let plugins: Vec<String> = r
        .plugins
        .iter()
        .map(|p| format!("{} {}", line(&p.name), line(&p.version)))
        .collect();
    let config = r.config.as_deref().map_or_else(
        || t!(lang, "report-text-no-config"),
        |c| t!(lang, "report-text-config", config = line(c)),
    );
    let plugins = if plugins.is_empty() {
        t!(lang, "report-text-no-plugins")
    } else {
        plugins.join(", ")
    };
    let _ = writeln!(
        out,
        "  {}",
        t!(
            lang,
            "report-text-run",
            profile = line(&r.profile.name),
            config = config,
            date = r.audit_date.as_str(),
            plugins = plugins
        )
    );
    if !r.packs.is_empty() {
        let packs: Vec<String> = r
            .packs
            .iter()
            .map(|p| format!("{} {}", line(&p.name), line(&p.version)))
            .collect();
        let _ = writeln!(
            out,
            "  {}",
            t!(lang, "report-text-packs", packs = packs.join(", "))
        );
    }
    if let Some(text) = crate::untranslated_line(r, lang) {
        let _ = writeln!(out, "  {}", line(&text));
    }
    if let Some(text) = crate::baseline_line(r, lang) {
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
        let name = line(&category_name(category, lang)).into_owned();
        let heading = match r.score.categories.get(category) {
            Some(s) => t!(
                lang,
                "report-text-category",
                category = name,
                score = score_text(*s, lang)
            ),
            None => name,
        };
        let _ = writeln!(out, "\n── {heading} ──\n");
        for f in findings {
            let level = match f.severity {
                Severity::Error => Label::Error,
                Severity::Warning => Label::Warning,
                Severity::Info => Label::Info,
            };
            let mut footers = Vec::new();
            if let Some(w) = &f.waiver {
                footers.push((Label::Note, waiver_note(w, lang)));
            }
            match ctx.full_text(&f.rule) {
                Some(rule) => {
                    footers.push((
                        Label::Help,
                        t!(lang, "report-text-how-to-fix", fix = rule.fix.as_str()),
                    ));
                    if !rule.example.is_empty() {
                        footers.push((
                            Label::Note,
                            t!(
                                lang,
                                "report-text-passing-example",
                                example = rule.example.as_str()
                            ),
                        ));
                    }
                }
                None if !f.fix.is_empty() => {
                    footers.push((
                        Label::Help,
                        t!(
                            lang,
                            "report-text-fix",
                            fix = f.fix.as_str(),
                            rule = f.rule.as_str()
                        ),
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
                lang,
            );
            let _ = writeln!(out, "{text}\n");
        }
    }
    if r.findings.is_empty() && r.status == Status::Audited {
        let _ = writeln!(out, "\n  {}", t!(lang, "report-text-no-findings"));
    }
    out
}

/// "waived: reason, approved by X, until 2030-01-01".
fn waiver_note(w: &accord_core::report::Waiver, lang: Lang) -> String {
    let detail = crate::waiver_detail(w.reason.trim_end_matches('.'), w, lang, str::to_owned);
    t!(lang, "report-text-waived", note = detail)
}

/// "Summary: 3 charters: 1 pass, …", and what the walks skipped: all a single charter gets.
pub fn summary_head(s: &Summary, lang: Lang) -> String {
    let mut out = t!(
        lang,
        "report-text-summary",
        charters = s.charters,
        pass = s.pass,
        fail = s.fail,
        invalid = s.invalid,
        error = s.error
    );
    out.push('\n');
    if let Some(skipped) = s.skipped.describe(lang) {
        let _ = writeln!(out, "{skipped}");
    }
    out
}

/// The ranked table after a batch.
pub fn summary(s: &Summary, lang: Lang) -> String {
    let mut out = summary_head(s, lang);
    let heading = |id| crate::column(lang, id);
    let headers = [
        "#".to_owned(),
        heading("score"),
        heading("grade"),
        heading("verdict"),
        heading("errors"),
        heading("warnings"),
        heading("partnership"),
        heading("path"),
    ];
    let rows: Vec<[String; 7]> = s
        .ranking
        .iter()
        .enumerate()
        .map(|(i, row)| {
            [
                (i + 1).to_string(),
                score_text(row.score, lang),
                crate::grade_text(row.grade).to_owned(),
                verdict_word(row.verdict, lang),
                row.counts.errors.to_string(),
                row.counts.warnings.to_string(),
                line(&row.path).into_owned(),
            ]
        })
        .collect();
    // Each column as wide as its header and widest cell (at least as wide as English's).
    let width = |column: usize, least: usize| {
        rows.iter()
            .map(|r| r[column].chars().count())
            .chain([headers[column].chars().count(), least])
            .max()
            .unwrap_or(least)
    };
    let widths = [
        width(0, 3),
        width(1, 5),
        width(2, 5),
        width(3, 7),
        width(4, 6),
        width(5, 8),
    ];
    let name_width = s
        .ranking
        .iter()
        .map(|r| line(r.name.as_deref().unwrap_or("")).chars().count())
        .chain([headers[6].chars().count()])
        .max()
        .unwrap_or(0)
        .clamp(11, 40);
    let [w0, w1, w2, w3, w4, w5] = widths;
    let _ = writeln!(
        out,
        "  {:>w0$}  {:>w1$}  {:w2$}  {:w3$}  {:>w4$}  {:>w5$}  {:name_width$}  {}",
        headers[0],
        headers[1],
        headers[2],
        headers[3],
        headers[4],
        headers[5],
        headers[6],
        headers[7]
    );
    for (row, cells) in s.ranking.iter().zip(&rows) {
        let name = visible_cut(row.name.as_deref().unwrap_or(""), name_width);
        let _ = writeln!(
            out,
            "  {:>w0$}  {:>w1$}  {:w2$}  {:w3$}  {:>w4$}  {:>w5$}  {:name_width$}  {}",
            cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], name, cells[6]
        );
    }
    out
}

/// The batch's statistics: the rules that fail most, with their count and share of the audited
/// charters, then the validation errors that several invalid charters share.
pub fn statistics(s: &Summary, lang: Lang) -> String {
    let mut out = String::new();
    let audited = s.audited();
    let rules = s.most_failed(crate::MOST_FAILED);
    if rules.is_empty() {
        let _ = writeln!(
            out,
            "{}",
            t!(lang, "report-text-statistics-none", audited = audited)
        );
    } else {
        let _ = writeln!(
            out,
            "{}",
            crate::most_failed_lead(s, lang)
        );
        let charters = crate::column(lang, "charters");
        let share = crate::column(lang, "share");
        let w1 = charters.chars().count().max(8);
        let w2 = share.chars().count().max(5);
        let _ = writeln!(
            out,
            "  {charters:>w1$}  {share:>w2$}  {}",
            crate::column(lang, "rule")
        );
        for (rule, count) in rules {
            let _ = writeln!(
                out,
                "  {count:>w1$}  {:>w2$}  {}",
                crate::percent(count, audited, lang),
                line(rule)
            );
        }
    }
    if s.invalid > 0 {
        out.push('\n');
        if s.recurring_errors.is_empty() {
            let _ = writeln!(
                out,
                "{}",
                t!(lang, "report-text-no-recurring-errors", invalid = s.invalid)
            );
        } else {
            let _ = writeln!(
                out,
                "{}",
                crate::recurring_errors_lead(s, lang)
            );
            let charters = crate::column(lang, "charters");
            let kind = crate::column(lang, "kind");
            let w1 = charters.chars().count().max(8);
            let w2 = kind.chars().count().max(13);
            let _ = writeln!(
                out,
                "  {charters:>w1$}  {kind:w2$}  {}",
                t!(lang, "report-text-where-example")
            );
            for e in s.recurring_errors.iter().take(crate::MOST_FAILED) {
                let place = if e.place.is_empty() {
                    t!(lang, "report-whole-file")
                } else {
                    line(&e.place).into_owned()
                };
                let _ = writeln!(
                    out,
                    "  {:>w1$}  {:w2$}  {}  ({})",
                    e.charters,
                    e.kind.as_str(),
                    place,
                    line(&e.example)
                );
            }
        }
    }
    out
}
