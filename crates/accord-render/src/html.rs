//! `--format html`: one self-contained page (inline CSS, no scripts, no external assets) that a
//! review committee can read on screen and print.
//!
//! For a batch the ranked summary table comes first, each row linking to its charter's section
//! (anchored by [`anchor`], from the charter's path); the sections follow in the ranking's
//! order. Each charter: its name, path, grade, score and verdict written out in words (colour
//! only repeats them), a score card per category, the rule counts, then the findings grouped by
//! category (errors first), each with its rule id, severity, message, location, the charter line
//! it points at, its waiver and its fix.
//!
//! The markup lives in askama templates (`templates/html/`, checked at compile time), the
//! styles in `templates/html/report.css`, included at build time. Every value a template prints
//! goes through [`Escaper`] (markup characters as entities, control characters as visible
//! escapes); only the stylesheet is printed as it is. Only the source lines
//! that findings and errors point at are kept, not whole sources.

use std::collections::BTreeMap;
use std::fmt;

use accord_core::Audit;
use accord_core::baseline::Seen;
use accord_core::lang::{Lang, t};
use accord_core::load::Source;
use accord_core::report::{Counts, Finding, Grade, Report, ReportError, RunInfo, Status};
use accord_core::summary::{ErrorCount, Summary};
use accord_plugin::{RuleMeta, Severity};
use askama::Template;

use crate::markup::{Markup, Select, escape};
use crate::{Context, Format, Parts, category_order, html};

/// A kept source line is cut after this many characters.
const MAX_LINE_CHARS: usize = 240;

/// The page's styles, inlined into its `<head>`.
const CSS: &str = include_str!("../templates/html/report.css");

/// The escaper of every value the HTML templates print (see askama.toml): `&`, `<`, `>`, `"`
/// and `'` as entities, so a value is safe in content and in quoted attributes, and control
/// characters as visible escapes ([`crate::escape::visible`]), so the page holds no raw C0 or
/// C1 character and no bidi override.
#[derive(Clone, Copy)]
pub struct Escaper;

impl askama::filters::Escaper for Escaper {
    fn write_escaped_str<W: fmt::Write>(&self, mut dest: W, text: &str) -> fmt::Result {
        let text = crate::escape::visible(text);
        let mut last = 0;
        for (i, c) in text.char_indices() {
            let entity = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => continue,
            };
            dest.write_str(&text[last..i])?;
            dest.write_str(entity)?;
            last = i + c.len_utf8();
        }
        dest.write_str(&text[last..])
    }
}

/// A piece of running text: code (between backticks) or not.
pub struct Piece<'a> {
    pub code: bool,
    pub text: &'a str,
}

/// Running text from a rule or plugin cut into pieces, where `code` in backticks (the
/// convention of messages and fixes) is code; an unpaired backtick stays text.
pub fn prose_pieces(text: &str) -> Vec<Piece<'_>> {
    let ticks = text.matches('`').count();
    if ticks < 2 {
        return vec![Piece { code: false, text }];
    }
    // With an odd count the last backtick is unpaired: it and what follows stay text.
    let paired_end = if ticks % 2 == 1 {
        text.rfind('`').unwrap_or(text.len())
    } else {
        text.len()
    };
    let mut pieces = Vec::new();
    let mut inside = false;
    for part in text[..paired_end].split('`') {
        if !part.is_empty() || inside {
            pieces.push(Piece {
                code: inside,
                text: part,
            });
        }
        inside = !inside;
    }
    if paired_end < text.len() {
        pieces.push(Piece {
            code: false,
            text: &text[paired_end..],
        });
    }
    pieces
}

/// `--format html`: the sections wait for the end, since the ranked table comes first.
pub struct Html;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "html",
    help: "one self-contained page to read or print: ranked summary, then each charter",
    format: &Html,
    media_type: "text/html; charset=utf-8",
};

impl Format for Html {
    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>) {
        if ctx.summary_only {
            return;
        }
        let section = Section::new(audit, ctx);
        // Rendering into a Vec fails only if a value's Display fails, which ours never do.
        let _ = section.write_into(out);
    }

    fn defers_parts(&self) -> bool {
        true
    }

    fn summarizes(&self) -> bool {
        true
    }

    fn end(
        &self,
        summary: &Summary,
        parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let start = PageStart::new(summary, ctx);
        start.write_into(out)?;
        // Sections in the ranking's order, as the table lists them.
        for row in &summary.ranking {
            parts.copy(row.input as usize, out)?;
        }
        PageEnd {
            footer: html!(ctx.run.lang, "report-html-footer"),
        }
        .write_into(out)
    }
}

/// The anchor of a charter's section: its file name, made safe, and a short hash of its path
/// (unique in a run, stable across runs).
pub fn anchor(path: &str) -> String {
    let file = path.rsplit(['/', '\\']).next().unwrap_or(path);
    let slug: String = file
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    let hash = accord_core::sha256_hex(path.as_bytes());
    format!("charter-{}-{}", slug.trim_matches('-'), &hash[..8])
}

/// The page up to the first section: head, styles, the run, for a batch the ranked table
/// (with a score column per category), and with `--statistics` the batch's statistics.
#[derive(Template)]
#[template(path = "html/page-start.html")]
struct PageStart<'a> {
    css: &'static str,
    lang: Lang,
    title: String,
    /// The sentence about the run (HTML), when there is a charter.
    run: Option<String>,
    /// What the directory walks skipped (plain text), so that nothing leaves a batch unsaid.
    skipped: Option<String>,
    summary: Option<&'a Summary>,
    /// Every category some charter has a score in, sorted: a column each, with its name.
    categories: Vec<(&'a str, String)>,
    /// Whether the table links to the charters' sections (not with `--summary-only`).
    link: bool,
    statistics: Option<Statistics<'a>>,
    w: PageWords,
}

/// The page's fixed sentences in its language (HTML).
struct PageWords {
    heading: String,
    summary: String,
    counts: String,
    ranking: String,
    rank: String,
    partnership: String,
    score: String,
    grade: String,
    verdict: String,
    errors: String,
    warnings: String,
    path: String,
    statistics: String,
    rule: String,
    charters: String,
    share: String,
    kind: String,
    place: String,
    example: String,
    whole_file: String,
}

/// The statistics section.
struct Statistics<'a> {
    /// (rule, charters, share) of the rules that fail most.
    rules: Vec<(&'a str, u32, String)>,
    invalid: usize,
    errors: &'a [ErrorCount],
    /// "No rule failed on any of the 3 audited charters.", or the table's caption.
    rules_sentence: String,
    /// The same for the recurring validation errors.
    errors_sentence: String,
}

impl<'a> PageStart<'a> {
    fn new(summary: &'a Summary, ctx: &Context<'a>) -> PageStart<'a> {
        let lang = ctx.run.lang;
        let title = match summary.ranking.as_slice() {
            [one] => t!(
                lang,
                "report-html-title-one",
                name = name_or_file(one.name.as_deref(), &one.path)
            ),
            _ => t!(
                lang,
                "report-html-title-batch",
                charters = summary.charters
            ),
        };
        let versions = |items: Vec<(&str, &str)>| {
            items
                .iter()
                .map(|(name, version)| format!("{name} {version}"))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let run = ctx.run;
        let plugins = versions(
            run.plugins
                .iter()
                .map(|p| (p.name.as_str(), p.version.as_str()))
                .collect(),
        );
        let packs = versions(
            run.packs
                .iter()
                .map(|p| (p.name.as_str(), p.version.as_str()))
                .collect(),
        );
        let audited = summary.audited();
        let column = |c: &str| escape(&crate::column_title(lang, c));
        PageStart {
            css: CSS,
            lang,
            title,
            run: (summary.charters > 0).then(|| run_sentence(run, &plugins, &packs, lang)),
            skipped: summary.skipped.describe(lang),
            summary: (summary.charters > 1 || ctx.summary_only).then_some(summary),
            categories: {
                let mut all: Vec<&str> = summary
                    .ranking
                    .iter()
                    .flat_map(|row| row.categories.iter().map(|(c, _)| c))
                    .collect();
                all.sort_unstable();
                all.dedup();
                all.into_iter()
                    .map(|c| (c, crate::category_name(c, lang)))
                    .collect()
            },
            link: !ctx.summary_only,
            statistics: ctx.statistics.then(|| Statistics {
                rules: summary
                    .most_failed(crate::MOST_FAILED)
                    .into_iter()
                    .map(|(rule, n)| (rule, n, crate::percent(n, audited, lang)))
                    .collect(),
                invalid: summary.invalid,
                errors: &summary.recurring_errors
                    [..summary.recurring_errors.len().min(crate::MOST_FAILED)],
                rules_sentence: if summary.rule_counts.is_empty() {
                    html!(lang, "report-html-statistics-none", audited = audited)
                } else {
                    html!(
                        lang,
                        "report-most-failed",
                        audited = audited,
                        rules = summary.rule_counts.len()
                    )
                },
                errors_sentence: if summary.recurring_errors.is_empty() {
                    html!(
                        lang,
                        "report-html-no-recurring-errors",
                        invalid = summary.invalid
                    )
                } else {
                    html!(lang, "report-recurring-errors", invalid = summary.invalid)
                },
            }),
            w: PageWords {
                heading: html!(lang, "report-html-heading"),
                summary: html!(lang, "report-summary"),
                counts: html!(
                    lang,
                    "report-html-summary-counts",
                    charters = summary.charters,
                    pass = summary.pass,
                    fail = summary.fail,
                    invalid = summary.invalid,
                    error = summary.error
                ),
                ranking: html!(lang, "report-html-ranking"),
                rank: column("rank"),
                partnership: column("partnership"),
                score: column("score"),
                grade: column("grade"),
                verdict: column("verdict"),
                errors: column("errors"),
                warnings: column("warnings"),
                path: column("path"),
                statistics: html!(lang, "report-statistics"),
                rule: column("rule"),
                charters: column("charters"),
                share: column("share"),
                kind: column("kind"),
                place: column("where"),
                example: column("example"),
                whole_file: html!(lang, "report-whole-file"),
            },
        }
    }
}

impl PageStart<'_> {
    /// A score in the page's language.
    fn score(&self, score: &Option<f64>) -> String {
        crate::score_text(*score, self.lang)
    }

    /// A verdict as a word in the page's language.
    fn verdict(&self, verdict: &accord_core::report::Verdict) -> String {
        crate::verdict_word(*verdict, self.lang)
    }
}

/// "Audited on 2026-11-27 by Accord 0.1.0 with the profile **default**. Plugins: …".
fn run_sentence(run: &RunInfo, plugins: &str, packs: &str, lang: Lang) -> String {
    let date = Markup(format!(
        "<time datetime=\"{0}\">{0}</time>",
        escape(&run.audit_date)
    ));
    let mut out = match &run.config {
        Some(config) => html!(
            lang,
            "report-html-run-config",
            date = date,
            version = run.accord_version,
            profile = run.profile.name.as_str(),
            config = config.as_str()
        ),
        None => html!(
            lang,
            "report-html-run",
            date = date,
            version = run.accord_version,
            profile = run.profile.name.as_str()
        ),
    };
    if !plugins.is_empty() {
        out.push(' ');
        out.push_str(&html!(lang, "report-html-run-plugins", plugins = plugins));
    }
    if !packs.is_empty() {
        out.push(' ');
        out.push_str(&html!(lang, "report-html-run-packs", packs = packs));
    }
    if run.report_only {
        out.push(' ');
        out.push_str(&html!(lang, "report-html-run-report-only"));
    }
    out
}

/// The page after the last section.
#[derive(Template)]
#[template(path = "html/page-end.html")]
struct PageEnd {
    /// How grades and scores work (HTML).
    footer: String,
}

/// One charter's section.
#[derive(Template)]
#[template(path = "html/charter.html")]
struct Section<'a> {
    r: &'a Report,
    id: String,
    batch: bool,
    categories: Vec<CategoryRow>,
    groups: Vec<Group<'a>>,
    errors: Vec<ErrorItem<'a>>,
    w: SectionWords,
}

/// The section's sentences in its report's language (HTML).
struct SectionWords {
    headline: String,
    verdict: String,
    why: Option<String>,
    counts: Option<String>,
    untranslated: Option<String>,
    baseline: Option<String>,
    not_applicable: Option<String>,
    failures: Vec<String>,
    validate_again: String,
    /// The words every section of the language shares.
    fixed: &'static FixedWords,
}

/// The words of a section that do not depend on its report, written once per language.
struct FixedWords {
    /// The label before the partnership's id.
    id: String,
    back: String,
    score_by_category: String,
    category: String,
    score: String,
    unwaived: String,
    plugin_failures: String,
    validation_errors: String,
    no_findings: String,
    error: String,
    help: String,
    new: String,
    persisting: String,
    waived: String,
    how_to_fix: String,
    passing_example: String,
    fix: String,
    /// The severities as titles: error, warning, info.
    severities: [String; 3],
}

impl FixedWords {
    /// The words of `lang`, written on first use.
    fn of(lang: Lang) -> &'static FixedWords {
        static ALL: std::sync::OnceLock<Vec<FixedWords>> = std::sync::OnceLock::new();
        let all = ALL.get_or_init(|| Lang::all().map(FixedWords::new).collect());
        let index = Lang::all().position(|l| l == lang).unwrap_or(0);
        &all[index]
    }

    fn new(lang: Lang) -> FixedWords {
        let column = |c: &str| escape(&crate::column_title(lang, c));
        FixedWords {
            id: html!(lang, "report-html-id"),
            back: html!(lang, "report-html-back"),
            score_by_category: html!(lang, "report-html-score-by-category"),
            category: column("category"),
            score: column("score"),
            unwaived: column("unwaived"),
            plugin_failures: html!(lang, "report-html-plugin-failures"),
            validation_errors: html!(lang, "report-html-validation-errors"),
            no_findings: html!(lang, "report-html-no-findings"),
            error: severity_title(Severity::Error, lang),
            help: html!(lang, "report-html-help"),
            new: html!(lang, "report-html-new"),
            persisting: html!(lang, "report-html-persisting"),
            waived: html!(lang, "report-html-waived"),
            how_to_fix: html!(lang, "report-html-how-to-fix"),
            passing_example: html!(lang, "report-html-passing-example"),
            fix: html!(lang, "report-html-fix"),
            severities: [Severity::Error, Severity::Warning, Severity::Info]
                .map(|s| severity_title(s, lang)),
        }
    }

    /// A severity as a title.
    fn severity(&self, severity: Severity) -> String {
        let index = match severity {
            Severity::Error => 0,
            Severity::Warning => 1,
            Severity::Info => 2,
        };
        self.severities[index].clone()
    }
}

/// A row of a charter's score card.
struct CategoryRow {
    name: String,
    score: Option<f64>,
    /// The score as the language writes it.
    shown: String,
    /// "2 errors, 1 warning", or "none".
    findings: String,
}

/// The findings of one category.
struct Group<'a> {
    category: &'a str,
    name: String,
    /// "score 50.0" and "(3 findings)" after the category's name.
    score: Option<String>,
    count: String,
    findings: Vec<FindingItem<'a>>,
}

struct FindingItem<'a> {
    finding: &'a Finding,
    severity: String,
    /// "Line 12, column 3" (HTML).
    place: String,
    /// The waiver's sentence (HTML).
    waiver: Option<String>,
    snippet: Option<Snippet>,
    /// The rule's full texts, when reports are in full detail (`report_detail = "full"`).
    full: Option<&'a RuleMeta>,
}

struct ErrorItem<'a> {
    error: &'a ReportError,
    place: String,
    snippet: Option<Snippet>,
}

/// A source line as shown: its number, and its text cut around the marked span.
struct Snippet {
    number: usize,
    /// "line 12", as a screen reader says it.
    label: String,
    before: String,
    marked: String,
    after: String,
}

impl<'a> Section<'a> {
    fn new(audit: &'a Audit, ctx: &Context<'a>) -> Section<'a> {
        let r = &audit.report;
        let lang = crate::lang_of(r);
        let source = audit.source.as_ref();
        let mut lines = BTreeMap::new();
        let mut line = |number: usize| {
            let source = source?;
            let kept = lines
                .entry(number)
                .or_insert_with(|| keep_line(source, number));
            Some(kept.clone())
        };
        let categories = r
            .score
            .categories
            .iter()
            .map(|(category, score)| CategoryRow {
                name: crate::category_name(category, lang),
                score: *score,
                shown: crate::score_text(*score, lang),
                findings: category_findings(r, category, lang),
            })
            .collect();
        let groups = if r.status == Status::Invalid {
            Vec::new()
        } else {
            category_order(&r.findings)
                .into_iter()
                .map(|(category, findings)| Group {
                    category,
                    name: crate::category_name(category, lang),
                    score: r.score.categories.get(category).map(|s| {
                        html!(
                            lang,
                            "report-html-category-score",
                            score = crate::score_text(*s, lang)
                        )
                    }),
                    count: html!(lang, "report-html-finding-count", count = findings.len()),
                    findings: findings
                        .into_iter()
                        .map(|f| FindingItem {
                            finding: f,
                            severity: FixedWords::of(lang).severity(f.severity),
                            place: place(Some(f.line), Some(f.column), lang),
                            waiver: f.waiver.as_ref().map(|w| waiver(w, r.waived_count, lang)),
                            snippet: line(f.line)
                                .map(|l| snippet(f.line, &l, f.span.clone(), lang)),
                            full: ctx.full_text(&f.rule),
                        })
                        .collect(),
                })
                .collect()
        };
        let errors = r
            .errors
            .iter()
            .map(|e| ErrorItem {
                error: e,
                place: place(e.line, e.column, lang),
                snippet: e
                    .line
                    .and_then(|n| line(n).map(|l| snippet(n, &l, None, lang))),
            })
            .collect();
        Section {
            r,
            id: anchor(&r.charter.path),
            batch: ctx.batch,
            categories,
            groups,
            errors,
            w: SectionWords::new(r, lang),
        }
    }
}

impl SectionWords {
    fn new(r: &Report, lang: Lang) -> SectionWords {
        let verdict = crate::verdict_word(r.verdict, lang).to_uppercase();
        let headline = match r.status {
            Status::Audited => html!(
                lang,
                "report-headline",
                grade = Select(r.score.grade.map_or("none", |g| g.as_str())),
                score = crate::score_text(r.score.overall, lang)
            ),
            Status::Invalid => html!(lang, "report-html-invalid-headline"),
            Status::Error => html!(lang, "report-html-error-headline"),
        };
        let why =
            crate::verdict_reasons(r).map(|reasons| html!(lang, "report-html-why", reasons = reasons));
        let counts = r.rules.map(|c| {
            html!(
                lang,
                "report-html-rule-counts",
                evaluated = c.evaluated,
                passed = c.passed,
                failed = c.failed,
                not_applicable = c.not_applicable,
                waived = c.waived,
                findings = crate::count_line(r, lang)
            )
        });
        let not_applicable = (!r.not_applicable.is_empty()).then(|| {
            let rules: Vec<String> = r
                .not_applicable
                .iter()
                .map(|rule| format!("<code>{}</code>", escape(rule)))
                .collect();
            html!(
                lang,
                "report-html-not-applicable",
                rules = Markup(rules.join(", "))
            )
        });
        let failures = r
            .plugin_failures
            .iter()
            .map(|f| {
                html!(
                    lang,
                    "report-plugin-failed",
                    plugin = Markup(format!("<code>{}</code>", escape(&f.plugin))),
                    cause = Markup(crate::markup::prose(&f.failure.describe(lang)))
                )
            })
            .collect();
        SectionWords {
            headline,
            verdict: html!(lang, "report-html-verdict", verdict = verdict),
            why,
            counts,
            untranslated: crate::untranslated_line(r, lang).map(|l| escape(&l)),
            baseline: crate::baseline_line(r, lang).map(|l| escape(&l)),
            not_applicable,
            failures,
            validate_again: html!(
                lang,
                "report-html-validate-again",
                path = r.charter.path.as_str()
            ),
            fixed: FixedWords::of(lang),
        }
    }
}

/// "Line 12, column 3" (HTML), or nothing without a line.
fn place(line: Option<usize>, column: Option<usize>, lang: Lang) -> String {
    // Numbers only: no markup to make, the text escaped as it is.
    match (line, column) {
        (Some(line), Some(column)) => escape(&t!(
            lang,
            "report-html-line-column",
            line = line,
            column = column
        )),
        (Some(line), None) => escape(&t!(lang, "report-html-line", line = line)),
        _ => String::new(),
    }
}

/// "reason, approved by X, until 2030-01-01" (HTML), and under report-only waivers the note
/// that the finding still counts.
fn waiver(w: &accord_core::report::Waiver, report_only: bool, lang: Lang) -> String {
    let mut out = crate::waiver_detail(&w.reason, w, lang, escape);
    if report_only {
        out.push_str(" <em>");
        out.push_str(&html!(lang, "report-html-still-counted"));
        out.push_str("</em>");
    }
    out
}

/// "2 errors, 1 warning": the unwaived findings of a category, or "none".
fn category_findings(r: &Report, category: &str, lang: Lang) -> String {
    let counts = Counts::of(
        r.findings
            .iter()
            .filter(|f| f.category == category && f.waiver.is_none())
            .map(|f| f.severity),
    );
    if counts.total() == 0 {
        return t!(lang, "report-html-none");
    }
    [
        ("error", counts.errors),
        ("warning", counts.warnings),
        ("info", counts.infos),
    ]
    .iter()
    .filter(|(_, n)| *n > 0)
    .map(|(severity, n)| t!(lang, "report-severity-count", severity = *severity, count = *n))
    .collect::<Vec<_>>()
    .join(", ")
}

/// A kept source line: its byte offset in the source (to place a span on it) and its text.
#[derive(Clone)]
struct Line {
    start: usize,
    text: String,
}

fn keep_line(source: &Source, line: usize) -> Line {
    let span = source.lines.line_span(&source.text, line);
    let text = &source.text[span.clone()];
    let text = match text.char_indices().nth(MAX_LINE_CHARS) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    };
    Line {
        start: span.start,
        text,
    }
}

/// The source line, with the span (when it starts on this line) marked.
fn snippet(
    number: usize,
    line: &Line,
    span: Option<std::ops::Range<usize>>,
    lang: Lang,
) -> Snippet {
    let text = &line.text;
    let marked = span.and_then(|s| {
        let start = s.start.checked_sub(line.start)?;
        if start > text.len() {
            return None;
        }
        let end = s.end.saturating_sub(line.start).clamp(start, text.len());
        let (start, end) = (floor_char(text, start), floor_char(text, end));
        (end > start).then_some((start, end))
    });
    let (start, end) = marked.unwrap_or((text.len(), text.len()));
    Snippet {
        number,
        label: t!(lang, "report-html-line-label", line = number),
        before: text[..start].to_owned(),
        marked: text[start..end].to_owned(),
        after: text[end..].to_owned(),
    }
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The partnership's name, or for a charter without one (unreadable, malformed) its file name.
fn name_or_file<'a>(name: Option<&'a str>, path: &'a str) -> &'a str {
    name.unwrap_or_else(|| path.rsplit(['/', '\\']).next().unwrap_or(path))
}

fn grade_class(grade: &Option<Grade>) -> String {
    grade.map_or("none".to_owned(), |g| g.as_str().to_ascii_lowercase())
}

/// A path cut after each `/`, so that a narrow table cell may wrap there.
fn path_pieces(path: &str) -> impl Iterator<Item = &str> {
    path.split_inclusive('/')
}

/// "Error", "Avertissement": a severity as a title, in `lang`.
fn severity_title(s: Severity, lang: Lang) -> String {
    let word = t!(lang, "severity", severity = s.as_str());
    let mut chars = word.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect()
    })
}

/// A rule's hard-wrapped text (a fix, a rationale) as paragraphs.
fn paragraphs(text: &str) -> Vec<String> {
    crate::sarif::unwrap_lines(text)
        .split("\n\n")
        .map(str::to_owned)
        .collect()
}

impl CategoryRow {
    /// The colour band of the score's bar.
    fn band(&self) -> &'static str {
        match self.score.unwrap_or(0.0) {
            s if s >= 90.0 => "band-high",
            s if s >= 70.0 => "band-mid",
            _ => "band-low",
        }
    }

    /// The width of the score's bar, in percent.
    fn bar_width(&self) -> String {
        format!("{:.1}", self.score.unwrap_or(0.0).clamp(0.0, 100.0))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{render, sample_audit};

    fn page(count: usize) -> String {
        let audits: Vec<Audit> = (0..count)
            .map(|i| {
                let mut a = sample_audit(false);
                a.report.charter.path = format!("charters/{i}.toml");
                a
            })
            .collect();
        render(&Html, &audits, false)
    }

    #[test]
    fn escapes_the_five_characters() {
        assert_eq!(
            escape(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    /// Pieces as the `prose` macro prints them, unescaped.
    fn prose(text: &str) -> String {
        prose_pieces(text)
            .iter()
            .map(|p| match p.code {
                true => format!("<code>{}</code>", p.text),
                false => p.text.to_owned(),
            })
            .collect()
    }

    #[test]
    fn backticks_become_code() {
        assert_eq!(
            prose("set `a<b>` and `c`"),
            "set <code>a<b></code> and <code>c</code>"
        );
        assert_eq!(prose("one ` tick"), "one ` tick");
        assert_eq!(prose("`a` and ` odd"), "<code>a</code> and ` odd");
        assert_eq!(prose("``"), "<code></code>");
    }

    #[test]
    fn code_in_messages_is_escaped_inside_its_tags() {
        let mut audit = sample_audit(false);
        audit.report.findings[0].message = "set `a<b>` now".into();
        let html = render(&Html, &[audit], false);
        assert!(html.contains("set <code>a&lt;b&gt;</code> now"), "{html}");
    }

    #[test]
    fn charter_text_is_escaped() {
        let html = page(1);
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<b>"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;b&gt;"));
    }

    #[test]
    fn one_charter_shows_grade_score_verdict_and_findings() {
        let html = page(1);
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
        assert!(html.contains("<strong>Grade C</strong>, overall score <strong>72.5</strong>"));
        assert!(html.contains("Verdict: FAIL"));
        assert!(html.contains("<caption>Score by category</caption>"));
        assert!(html.contains("<th scope=\"row\">transparency</th>"));
        assert!(html.contains("<code class=\"rule\">exit.strategy</code>"));
        assert!(html.contains("Line 12, column 3"));
        // The source line with the span marked.
        assert!(
            html.contains("<span class=\"ln\" aria-label=\"line 12\">12</span>  <mark>strategy</mark> = &quot;&quot;"),
            "{html}"
        );
        assert!(html.contains(
            "<strong>Waived:</strong> Agreed with the funder, approved by Board, until 1 January 2030"
        ));
        assert!(
            !html.contains("class=\"summary\""),
            "no summary for one charter"
        );
        assert!(!html.contains("<script"));
        assert!(!html.contains("src="), "no external assets");
    }

    #[test]
    fn a_batch_links_the_ranking_to_each_section() {
        let html = page(3);
        assert!(html.contains("<h2 id=\"summary\">Summary</h2>"));
        for n in 0..3 {
            let id = anchor(&format!("charters/{n}.toml"));
            assert!(id.starts_with(&format!("charter-{n}-toml-")), "{id}");
            assert!(html.contains(&format!("href=\"#{id}\"")));
            assert!(html.contains(&format!("<section class=\"charter\" id=\"{id}\"")));
        }
        assert_eq!(
            html.matches("<section").count(),
            html.matches("</section>").count()
        );
        assert_eq!(
            html.matches("<article").count(),
            html.matches("</article>").count()
        );
        assert_eq!(
            html.matches("<table").count(),
            html.matches("</table>").count()
        );
    }

    #[test]
    fn only_the_lines_at_findings_are_kept() {
        let html = page(1);
        let shown: Vec<&str> = html
            .split("aria-label=\"line ")
            .skip(1)
            .filter_map(|rest| rest.split('"').next())
            .collect();
        // Findings by category, errors first: exit (line 12), humility (5), transparency (3).
        assert_eq!(shown, ["12", "5", "3"]);
    }
}
