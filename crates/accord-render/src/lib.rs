//! Every output format of an audit, behind one trait.
//!
//! A [`Format`] renders each charter's part on a worker thread (in any order) and writes the
//! run's beginning and end; the [`Writer`] puts the parts in input order, or, for formats that
//! need the whole batch first (HTML's ranked table, JUnit's counts), keeps them in a temporary
//! file until the end, so memory stays flat at any batch size. [`FORMATS`] is the table of
//! formats: a new format is one file and one line there.
//!
//! Renderers know nothing of rule logic: they read reports, the run's catalogue and its
//! [`RunInfo`].

pub mod escape;
pub mod explain;
pub mod markup;
pub mod snippet;
pub mod validation;
mod writer;

/// Declares the format modules and the table of their `INFO`s.
macro_rules! formats {
    ($($module:ident),+ $(,)?) => {
        $(pub mod $module;)+
        /// Every format, in the order `--help` lists them.
        pub const FORMATS: &[FormatInfo] = &[$($module::INFO),+];
    };
}

#[cfg(test)]
pub(crate) mod sample;

use std::io::Write;

use accord_core::lang::{Lang, Message, t};
use accord_core::report::{Finding, Grade, Report, RunInfo, Status, Verdict};
use accord_core::summary::Summary;
use accord_core::{Audit, Catalogue};
use accord_plugin::Severity;

pub use writer::{Parts, Writer, render_one};

/// What every format may read besides the reports: fixed for a run.
#[derive(Clone, Copy)]
pub struct Context<'a> {
    pub catalogue: &'a Catalogue,
    pub run: &'a RunInfo,
    /// Each finding with its rule's full fix text and a passing example (the profile's
    /// `report_detail = "full"`), instead of the one-line fix.
    pub full: bool,
    /// ANSI colour (text only).
    pub colour: bool,
    /// The run compares with a baseline (CSV adds its columns).
    pub baseline: bool,
    /// The run covers more than one charter (sections link back to the summary).
    pub batch: bool,
    /// `--summary-only`: the ranked table (and statistics) without the charters' reports, for
    /// the formats that [summarize](Format::summarizes).
    pub summary_only: bool,
    /// `--statistics`: the rules that fail most and the validation errors that recur, after the
    /// ranked table, for the formats that [summarize](Format::summarizes).
    pub statistics: bool,
}

impl<'a> Context<'a> {
    /// The rule's full texts, when reports are in full detail.
    pub fn full_text(&self, rule: &str) -> Option<&'a accord_plugin::RuleMeta> {
        if self.full {
            self.catalogue.get(rule).map(|e| &e.meta)
        } else {
            None
        }
    }
}

/// One output format.
pub trait Format: Sync {
    /// Written before the first charter.
    fn begin(&self, _ctx: &Context<'_>, _out: &mut Vec<u8>) {}

    /// One charter's part, rendered on a worker thread.
    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>);

    /// Whether the charters' parts wait for [`end`](Format::end) instead of being written as
    /// they come.
    fn defers_parts(&self) -> bool {
        false
    }

    /// Whether the format prints a ranked summary a person reads, and so honours
    /// `summary_only` and `statistics` (text, Markdown, HTML). The others always hold every
    /// charter (JSON's summary line always carries `rule_counts`).
    fn summarizes(&self) -> bool {
        false
    }

    /// Written after the last charter: the summary, and for a format that defers its parts,
    /// the parts themselves (in input order in `parts`).
    fn end(
        &self,
        summary: &Summary,
        parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn Write,
    ) -> std::io::Result<()>;
}

/// A format the command line offers.
pub struct FormatInfo {
    pub name: &'static str,
    /// One line for `--help`.
    pub help: &'static str,
    pub format: &'static dyn Format,
    /// Its media type (for the HTTP API).
    pub media_type: &'static str,
}

// Every format, in the order `--help` lists them: each module holds its format and its
// `INFO`, and this line is the whole registration.
formats!(text, json, markdown, csv, sarif, html, junit);

/// The format named `name`.
pub fn format(name: &str) -> Option<&'static FormatInfo> {
    FORMATS.iter().find(|f| f.name == name)
}

/// A report status as the JSON report and CSV write it.
pub fn status_str(status: Status) -> &'static str {
    match status {
        Status::Audited => "audited",
        Status::Invalid => "invalid",
        Status::Error => "error",
    }
}

/// The language a report is written in (English for a tag Accord does not speak).
pub fn lang_of(r: &Report) -> Lang {
    Lang::from_tag(r.lang).unwrap_or_default()
}

/// "since the baseline: score +12.5; 2 new, 5 persisting, 1 resolved (r.one)", when there is
/// a baseline.
pub fn baseline_line(r: &Report, lang: Lang) -> Option<String> {
    use accord_core::baseline::Seen;
    let seen = |s: Seen| r.findings.iter().filter(|f| f.baseline == Some(s)).count();
    if r.findings.iter().all(|f| f.baseline.is_none()) && r.baseline.is_none() {
        return None;
    }
    let Some(c) = &r.baseline else {
        return Some(t!(lang, "report-baseline-absent", count = r.findings.len()));
    };
    let change = c.score_change.overall.map_or_else(
        || t!(lang, "report-baseline-no-score"),
        |d| {
            let sign = if (d * 10.0).round() >= 0.0 { "+" } else { "" };
            let number = format!("{sign}{}", numbers(lang).decimal(d, 1, 1));
            t!(lang, "report-baseline-score", change = number)
        },
    );
    let mut rules = c.resolved_rules.clone();
    rules.dedup();
    let counts = t!(
        lang,
        "report-baseline-counts",
        new = seen(Seen::New),
        persisting = seen(Seen::Persisting),
        resolved = c.resolved.len()
    );
    let resolved = if rules.is_empty() {
        String::new()
    } else {
        format!(" ({})", rules.join(", "))
    };
    Some(t!(
        lang,
        "report-baseline",
        matched_by = c.matched_by,
        change = change,
        counts = counts,
        rules = resolved
    ))
}

/// "3 unwaived errors; score 62.5 is under fail_under 70": why an audited charter failed, or
/// `None` for a pass (invalid and error reports say why in their own lines).
pub fn verdict_reasons(r: &Report) -> Option<String> {
    if r.status != Status::Audited || r.verdict_reasons.is_empty() {
        return None;
    }
    let reasons: Vec<&str> = r
        .verdict_reasons
        .iter()
        .map(|v| v.message.as_str())
        .collect();
    Some(reasons.join("; "))
}

/// [`verdict_reasons`] in parentheses after the verdict, empty for a pass.
pub fn reasons_suffix(r: &Report) -> String {
    verdict_reasons(r).map_or_else(String::new, |why| format!(" ({why})"))
}

/// How many rules the statistics list, at most.
pub const MOST_FAILED: usize = 10;

/// How `lang` writes numbers in prose.
pub fn numbers(lang: Lang) -> &'static accord_plugin::l10n::Numbers {
    &lang.language().numbers
}

/// A share of a whole as a whole percentage: "45%", "45 %".
pub fn percent(part: u32, whole: usize, lang: Lang) -> String {
    if whole == 0 {
        return "–".to_owned();
    }
    // Rounded half to even, as the formats always wrote it, then written the language's way.
    let whole_percent = (100.0 * f64::from(part) / whole as f64).round_ties_even();
    numbers(lang).percent(whole_percent / 100.0, 0, 0)
}

/// A score for display: one decimal, as `lang` writes it, or `–` when there is none.
pub fn score_text(score: Option<f64>, lang: Lang) -> String {
    score.map_or_else(|| "–".to_owned(), |s| numbers(lang).decimal(s, 1, 1))
}

/// A grade for display: its letter, or `–` when there is none.
pub fn grade_text(grade: Option<Grade>) -> &'static str {
    grade.map_or("–", |g| g.as_str())
}

/// A verdict as a word in `lang`: "fail", "non conforme".
pub fn verdict_word(verdict: Verdict, lang: Lang) -> String {
    t!(lang, "report-verdict", verdict = verdict.as_str())
}

/// A category's name in `lang`: the host's translation of the built-in categories, else the
/// category as the rules name it.
pub fn category_name(category: &str, lang: Lang) -> String {
    Message::keyed(format!("category-{category}"), category).text(lang)
}

/// "3 errors, 10 warnings, 2 infos unwaived; 1 waived."
pub fn count_line(r: &Report, lang: Lang) -> String {
    let c = r.unwaived_counts();
    let waived = r.waived();
    let counts = t!(
        lang,
        "report-count-line",
        errors = c.errors,
        warnings = c.warnings,
        infos = c.infos
    );
    if waived > 0 {
        t!(
            lang,
            "report-count-line-waived",
            counts = counts,
            waived = waived
        )
    } else {
        t!(lang, "report-count-line-end", counts = counts)
    }
}

/// A waiver as the formats show it: "reason, approved by X, until 2030-01-01", each part of
/// the charter's text passed through `escape` (for Markdown or HTML) first.
pub fn waiver_detail<'t>(
    reason: &'t str,
    w: &'t accord_core::report::Waiver,
    lang: Lang,
    escape: impl Fn(&'t str) -> String,
) -> String {
    let reason = escape(reason);
    match (&w.approved_by, &w.expires) {
        (Some(by), Some(until)) => t!(
            lang,
            "report-waiver-by-until",
            reason = reason,
            by = escape(by),
            until = escape(until)
        ),
        (Some(by), None) => t!(lang, "report-waiver-by", reason = reason, by = escape(by)),
        (None, Some(until)) => t!(
            lang,
            "report-waiver-until",
            reason = reason,
            until = escape(until)
        ),
        (None, None) => reason,
    }
}

/// "3 charters: 1 pass, 1 fail, 1 invalid, 0 error".
pub fn summary_counts(s: &Summary, lang: Lang) -> String {
    t!(
        lang,
        "report-summary-counts",
        charters = s.charters,
        pass = s.pass,
        fail = s.fail,
        invalid = s.invalid,
        error = s.error
    )
}

/// A table column's heading in `lang` (text uppercases it): `score`, `grade`, `verdict`,
/// `errors`, `warnings`, `partnership`, `path`, `charters`, `share`, `rule`, `kind`, `where`,
/// `example`, `category`, `rank`.
pub fn column(lang: Lang, column: &str) -> String {
    t!(lang, "report-column", column = column).to_uppercase()
}

/// A table column's heading as Markdown and HTML write it (`Score`).
pub fn column_title(lang: Lang, column: &str) -> String {
    t!(lang, "report-column", column = column)
}

/// A sentence that introduces what follows: "…:" (with French's space before the colon).
pub fn with_colon(lang: Lang, sentence: String) -> String {
    t!(lang, "report-colon", text = sentence)
}

/// The statistics' lead-in to the rules that fail most: "The rules that fail most, of 12
/// audited charters (43 rules):" in text and Markdown.
pub fn most_failed_lead(s: &Summary, lang: Lang) -> String {
    let audited = s.audited();
    let rules = s.rule_counts.len();
    with_colon(
        lang,
        t!(lang, "report-most-failed", audited = audited, rules = rules),
    )
}

/// The statistics' lead-in to the validation errors that several invalid charters share.
pub fn recurring_errors_lead(s: &Summary, lang: Lang) -> String {
    with_colon(
        lang,
        t!(lang, "report-recurring-errors", invalid = s.invalid),
    )
}

/// The line that names the plugins that do not speak the report's language, if any.
pub fn untranslated_line(r: &Report, lang: Lang) -> Option<String> {
    if r.untranslated_plugins.is_empty() {
        return None;
    }
    Some(t!(
        lang,
        "report-untranslated",
        count = r.untranslated_plugins.len(),
        plugins = lang.language().list(&r.untranslated_plugins)
    ))
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
