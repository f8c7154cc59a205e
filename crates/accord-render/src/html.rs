//! `--format html`: one self-contained page (inline CSS, no scripts, no external assets) that a
//! review committee can read on screen and print.
//!
//! For a batch the ranked summary table comes first, each row linking to its charter's section
//! (`#charter-N`, N counting the charters in path order). Each charter: its name, path, grade,
//! score and verdict written out in words (colour only repeats them), a score card per category,
//! the rule counts, then the findings grouped by category (errors first), each with its rule id,
//! severity, message, location, the charter line it points at, its waiver and its fix.
//!
//! Every text that comes from a charter, a plugin or a file name goes through [`escape_html`].
//! Only the source lines that findings and errors point at are kept, not whole sources.

use std::collections::BTreeMap;
use std::fmt::Write;

use accord_core::Audit;
use accord_core::baseline::Seen;
use accord_core::load::Source;
use accord_core::report::{Counts, Finding, Report, Status};
use accord_core::summary::Summary;
use accord_plugin::Severity;

use crate::{Context, Format, Parts, category_order, count_line, score_text};

/// A kept source line is cut after this many characters.
const MAX_LINE_CHARS: usize = 240;

/// Escapes text for HTML content and quoted attribute values.
pub fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// Escaped running text from a rule or plugin, where `code` in backticks (the convention of
/// messages and fixes) becomes `<code>`. Escaping first keeps it safe: the tags are ours.
pub fn prose(text: &str) -> String {
    let escaped = escape_html(text);
    if escaped.matches('`').count() < 2 {
        return escaped;
    }
    let mut out = String::with_capacity(escaped.len() + 32);
    let mut parts = escaped.split('`').peekable();
    let mut inside = false;
    while let Some(part) = parts.next() {
        if inside {
            if parts.peek().is_some() {
                out.push_str("<code>");
                out.push_str(part);
                out.push_str("</code>");
            } else {
                // An unpaired backtick stays as it was.
                out.push('`');
                out.push_str(part);
            }
        } else {
            out.push_str(part);
        }
        inside = !inside;
    }
    out
}

/// An escaped path that may wrap after each `/` in a narrow table cell.
fn breakable_path(path: &str) -> String {
    escape_html(path).replace('/', "/<wbr>")
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
        let r = &audit.report;
        let mut lines = BTreeMap::new();
        if let Some(source) = &audit.source {
            let wanted = r
                .findings
                .iter()
                .map(|f| f.line)
                .chain(r.errors.iter().filter_map(|e| e.line));
            for line in wanted {
                lines.entry(line).or_insert_with(|| keep_line(source, line));
            }
        }
        let mut text = String::new();
        charter(&mut text, r, &lines, ctx.batch);
        out.extend_from_slice(text.as_bytes());
    }

    fn defers_parts(&self) -> bool {
        true
    }

    fn end(
        &self,
        summary: &Summary,
        parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let mut head = String::with_capacity(16 * 1024);
        let title = match summary.ranking.as_slice() {
            [one] => format!(
                "Partnership audit: {}",
                name_or_file(one.name.as_deref(), &one.path)
            ),
            _ => format!("Partnership audit: {} charters", summary.charters),
        };
        let _ = write!(
            head,
            "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <meta name=\"generator\" content=\"accord\">\n<title>{}</title>\n<style>\n{CSS}</style>\n</head>\n<body>\n",
            escape_html(&title)
        );
        head.push_str("<header class=\"run\">\n<h1>Partnership audit report</h1>\n");
        if summary.charters > 0 {
            let run = ctx.run;
            let _ = write!(
                head,
                "<p class=\"run-meta\">Audited on <time datetime=\"{date}\">{date}</time> by Accord {version} \
                 with the profile <strong>{profile}</strong>",
                date = escape_html(&run.audit_date),
                version = escape_html(run.accord_version),
                profile = escape_html(&run.profile.name),
            );
            if let Some(config) = &run.config {
                let _ = write!(
                    head,
                    " and the configuration <code>{}</code>",
                    escape_html(config)
                );
            }
            head.push('.');
            let named = |items: Vec<String>| items.join(", ");
            if !run.plugins.is_empty() {
                let plugins = named(
                    run.plugins
                        .iter()
                        .map(|p| format!("{} {}", p.name, p.version))
                        .collect(),
                );
                let _ = write!(head, " Plugins: {}.", escape_html(&plugins));
            }
            if !run.packs.is_empty() {
                let packs = named(
                    run.packs
                        .iter()
                        .map(|p| format!("{} {}", p.name, p.version))
                        .collect(),
                );
                let _ = write!(head, " Rule packs: {}.", escape_html(&packs));
            }
            if run.report_only {
                head.push_str(" Waivers are <strong>report-only</strong>: a waived finding still counts as failed.");
            }
            head.push_str("</p>\n");
        }
        head.push_str("</header>\n<main>\n");
        if summary.charters > 1 {
            ranking(&mut head, summary);
        }
        out.write_all(head.as_bytes())?;
        // Sections in the ranking's order, as the table lists them.
        for row in &summary.ranking {
            parts.copy(row.input as usize, out)?;
        }
        out.write_all(
            b"</main>\n<footer>\n<p>Grades: A at 90 or more, B at 80, C at 70, D at 60, F under 60. \
             Scores weigh each applicable rule by its severity (error 5, warning 2, info 0); a rule \
             passes when it has no unwaived finding. Run <code>accord explain RULE</code> for why a \
             rule matters and how to meet it.</p>\n</footer>\n</body>\n</html>\n",
        )
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

/// The ranked table of a batch.
fn ranking(out: &mut String, s: &Summary) {
    let _ = write!(
        out,
        "<section class=\"summary\" aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n\
         <p>{} charters: <strong>{}</strong> pass, <strong>{}</strong> fail, <strong>{}</strong> invalid, \
         <strong>{}</strong> error.</p>\n<table class=\"ranking\">\n\
         <caption>Charters ranked by overall score (invalid and error charters last)</caption>\n\
         <thead><tr><th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Partnership</th>\
         <th scope=\"col\" class=\"num\">Score</th><th scope=\"col\">Grade</th><th scope=\"col\">Verdict</th>\
         <th scope=\"col\" class=\"num\">Errors</th><th scope=\"col\" class=\"num\">Warnings</th>\
         <th scope=\"col\">Path</th></tr></thead>\n<tbody>\n",
        s.charters, s.pass, s.fail, s.invalid, s.error,
    );
    for (rank, row) in s.ranking.iter().enumerate() {
        let verdict = row.verdict.as_str();
        let grade = row.grade.map_or("–", |g| g.as_str());
        let _ = writeln!(
            out,
            "<tr><td class=\"num\">{}</td><th scope=\"row\"><a href=\"#{}\">{}</a></th>\
             <td class=\"num\">{}</td><td><span class=\"grade-chip grade-{}\">{grade}</span></td>\
             <td><span class=\"verdict-chip verdict-{verdict}\">{verdict}</span></td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td><code>{}</code></td></tr>",
            rank + 1,
            anchor(&row.path),
            escape_html(name_or_file(row.name.as_deref(), &row.path)),
            score_text(row.score),
            grade_class(row.grade.map(|g| g.as_str())),
            row.counts.errors,
            row.counts.warnings,
            breakable_path(&row.path),
        );
    }
    out.push_str("</tbody>\n</table>\n</section>\n");
}

/// A kept source line: its byte offset in the source (to place a span on it) and its text.
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

fn display_name(r: &Report) -> &'_ str {
    name_or_file(r.charter.name.as_deref(), &r.charter.path)
}

/// The partnership's name, or for a charter without one (unreadable, malformed) its file name.
fn name_or_file<'a>(name: Option<&'a str>, path: &'a str) -> &'a str {
    name.unwrap_or_else(|| path.rsplit(['/', '\\']).next().unwrap_or(path))
}

fn grade_class(grade: Option<&str>) -> String {
    grade.map_or("none".to_owned(), str::to_ascii_lowercase)
}

fn severity_title(s: Severity) -> &'static str {
    match s {
        Severity::Error => "Error",
        Severity::Warning => "Warning",
        Severity::Info => "Info",
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn charter(out: &mut String, r: &Report, lines: &BTreeMap<usize, Line>, batch: bool) {
    let report_only = r.waived_count;
    let id = anchor(&r.charter.path);
    let _ = write!(
        out,
        "<section class=\"charter\" id=\"{id}\" aria-labelledby=\"{id}-title\">\n\
         <h2 id=\"{id}-title\">{}</h2>\n<p class=\"charter-meta\"><code>{}</code>",
        escape_html(display_name(r)),
        escape_html(&r.charter.path),
    );
    if let Some(cid) = &r.charter.id {
        let _ = write!(out, " · id <code>{}</code>", escape_html(cid));
    }
    if batch {
        out.push_str("<span class=\"back\"> · <a href=\"#summary\">back to the summary</a></span>");
    }
    out.push_str("</p>\n");

    let verdict = r.verdict.as_str();
    let grade = r.score.grade.map(|g| g.as_str());
    let _ = write!(
        out,
        "<div class=\"overview\">\n<p class=\"badge grade-{}\" aria-hidden=\"true\">{}</p>\n<div>\n",
        grade_class(grade),
        grade.unwrap_or("–")
    );
    match r.status {
        Status::Audited => {
            let _ = writeln!(
                out,
                "<p class=\"headline\"><strong>{}</strong>, overall score <strong>{}</strong> / 100</p>",
                grade.map_or_else(|| "No grade".to_owned(), |g| format!("Grade {g}")),
                score_text(r.score.overall),
            );
        }
        Status::Invalid => out.push_str(
            "<p class=\"headline\"><strong>Not audited</strong>: the charter is invalid, so it has no score</p>\n",
        ),
        Status::Error => out.push_str(
            "<p class=\"headline\"><strong>No score</strong>: a plugin failed on this charter</p>\n",
        ),
    }
    let _ = writeln!(
        out,
        "<p><span class=\"verdict-chip verdict-{verdict}\">Verdict: {}</span></p>",
        verdict.to_uppercase()
    );
    if let Some(rc) = &r.rules {
        let _ = writeln!(
            out,
            "<p class=\"counts\">{} rules: {} passed, {} failed, {} not applicable, {} waived. Findings: {}</p>",
            rc.evaluated,
            rc.passed,
            rc.failed,
            rc.not_applicable,
            rc.waived,
            escape_html(&count_line(r)),
        );
    }
    out.push_str("</div>\n</div>\n");

    if !r.score.categories.is_empty() {
        categories(out, &id, r);
    }
    if !r.not_applicable.is_empty() {
        let list: Vec<String> = r
            .not_applicable
            .iter()
            .map(|rule| format!("<code>{}</code>", escape_html(rule)))
            .collect();
        let _ = writeln!(
            out,
            "<p class=\"muted\">Not applicable to this charter: {}.</p>",
            list.join(", ")
        );
    }
    if !r.plugin_failures.is_empty() {
        let _ = writeln!(
            out,
            "<h3 id=\"{id}-plugin-failures\">Plugin failures</h3>\n<ul class=\"problems\">"
        );
        for p in &r.plugin_failures {
            let _ = writeln!(
                out,
                "<li><span class=\"sev sev-error\">Error</span> plugin <code>{}</code> failed: {}</li>",
                escape_html(&p.plugin),
                prose(&p.failure.to_string())
            );
        }
        out.push_str("</ul>\n");
    }
    if r.status == Status::Invalid {
        let _ = writeln!(
            out,
            "<h3 id=\"{id}-errors\">Validation errors</h3>\n<p>Run <code>accord validate {}</code> to check the charter again after fixing these.</p>",
            escape_html(&r.charter.path)
        );
        for e in &r.errors {
            out.push_str("<article class=\"finding finding-error\">\n");
            let _ = writeln!(
                out,
                "<h4><span class=\"sev sev-error\">Error</span> <code class=\"rule\">{}</code></h4>\n<p class=\"message\">{}</p>",
                escape_html(e.kind.as_str()),
                prose(&e.message)
            );
            where_line(out, e.line, e.column, e.path.as_deref());
            if let Some(line) = e.line.and_then(|l| lines.get(&l).map(|t| (l, t))) {
                snippet(out, line.0, line.1, None);
            }
            if let Some(help) = &e.help {
                let _ = writeln!(
                    out,
                    "<p class=\"fix\"><strong>Help:</strong> {}</p>",
                    prose(help)
                );
            }
            out.push_str("</article>\n");
        }
    } else if r.findings.is_empty() {
        out.push_str(
            "<p class=\"all-clear\">No findings: every rule passed or did not apply.</p>\n",
        );
    } else {
        for (category, findings) in category_order(&r.findings) {
            let score = r
                .score
                .categories
                .get(category)
                .map(|s| format!(" <span class=\"cat-score\">score {}</span>", score_text(*s)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "<h3 class=\"category\" id=\"{id}-{}\">{}{score} <span class=\"cat-count\">({})</span></h3>",
                escape_html(category),
                escape_html(category),
                plural(findings.len(), "finding", "findings"),
            );
            for f in findings {
                finding(out, f, lines, report_only);
            }
        }
    }
    out.push_str("</section>\n");
}

fn categories(out: &mut String, id: &str, r: &Report) {
    let _ = write!(
        out,
        "<table class=\"categories\" id=\"{id}-scores\">\n<caption>Score by category</caption>\n\
         <thead><tr><th scope=\"col\">Category</th><th scope=\"col\" class=\"num\">Score</th>\
         <th scope=\"col\">Unwaived findings</th></tr></thead>\n<tbody>\n"
    );
    for (category, score) in &r.score.categories {
        let counts = Counts::of(
            r.findings
                .iter()
                .filter(|f| &f.category == category && f.waiver.is_none())
                .map(|f| f.severity),
        );
        let findings = if counts.total() == 0 {
            "none".to_owned()
        } else {
            let parts: Vec<String> = [
                (counts.errors as usize, "error", "errors"),
                (counts.warnings as usize, "warning", "warnings"),
                (counts.infos as usize, "info", "infos"),
            ]
            .iter()
            .filter(|(n, ..)| *n > 0)
            .map(|(n, one, many)| plural(*n, one, many))
            .collect();
            parts.join(", ")
        };
        let bar = match score {
            Some(s) => format!(
                "<span class=\"bar\" aria-hidden=\"true\"><span class=\"fill {}\" style=\"width:{:.1}%\"></span></span>",
                score_band(*s),
                s.clamp(0.0, 100.0)
            ),
            None => String::new(),
        };
        let _ = writeln!(
            out,
            "<tr><th scope=\"row\">{}</th><td class=\"num\"><span class=\"score-cell\">{bar}<span class=\"score\">{}</span></span></td><td>{findings}</td></tr>",
            escape_html(category),
            score_text(*score),
        );
    }
    out.push_str("</tbody>\n</table>\n");
}

fn score_band(score: f64) -> &'static str {
    if score >= 90.0 {
        "band-high"
    } else if score >= 70.0 {
        "band-mid"
    } else {
        "band-low"
    }
}

fn where_line(out: &mut String, line: Option<usize>, column: Option<usize>, path: Option<&str>) {
    let mut parts = Vec::new();
    if let Some(l) = line {
        parts.push(match column {
            Some(c) => format!("Line {l}, column {c}"),
            None => format!("Line {l}"),
        });
    }
    if let Some(p) = path.filter(|p| !p.is_empty()) {
        parts.push(format!("<code>{}</code>", escape_html(p)));
    }
    if !parts.is_empty() {
        let _ = writeln!(out, "<p class=\"where\">{}</p>", parts.join(" · "));
    }
}

fn finding(out: &mut String, f: &Finding, lines: &BTreeMap<usize, Line>, report_only: bool) {
    let sev = f.severity.as_str();
    let waived = if f.waiver.is_some() { " waived" } else { "" };
    // With `--baseline`: whether the finding is new since the earlier audit.
    let seen = match f.baseline {
        Some(Seen::New) => " <span class=\"tag tag-new\">new</span>",
        Some(Seen::Persisting) => " <span class=\"tag\">persisting</span>",
        None => "",
    };
    let _ = writeln!(
        out,
        "<article class=\"finding finding-{sev}{waived}\">\n<h4><span class=\"sev sev-{sev}\">{}</span> <code class=\"rule\">{}</code>{seen}</h4>\n<p class=\"message\">{}</p>",
        severity_title(f.severity),
        escape_html(&f.rule),
        prose(&f.message),
    );
    where_line(out, Some(f.line), Some(f.column), Some(&f.path));
    if let Some(line) = lines.get(&f.line) {
        snippet(out, f.line, line, f.span.clone());
    }
    if let Some(w) = &f.waiver {
        let mut extra = String::new();
        if let Some(by) = &w.approved_by {
            let _ = write!(extra, ", approved by {}", escape_html(by));
        }
        if let Some(until) = &w.expires {
            let _ = write!(extra, ", until {}", escape_html(until));
        }
        let note = if report_only {
            " <em>(report-only: still counted as failed)</em>"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "<p class=\"waiver\"><strong>Waived:</strong> {}{extra}{note}</p>",
            escape_html(&w.reason)
        );
    }
    if !f.fix.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"fix\"><strong>Fix:</strong> {} <span class=\"explain\">(<code>accord explain {}</code>)</span></p>",
            prose(&f.fix),
            escape_html(&f.rule),
        );
    }
    out.push_str("</article>\n");
}

/// The source line, with the span (when it starts on this line) marked.
fn snippet(out: &mut String, number: usize, line: &Line, span: Option<std::ops::Range<usize>>) {
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
    let body = match marked {
        Some((start, end)) => format!(
            "{}<mark>{}</mark>{}",
            escape_html(&text[..start]),
            escape_html(&text[start..end]),
            escape_html(&text[end..])
        ),
        None => escape_html(text),
    };
    let _ = writeln!(
        out,
        "<pre class=\"snippet\"><span class=\"ln\" aria-label=\"line {number}\">{number}</span>{body}</pre>"
    );
}

fn floor_char(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

const CSS: &str = r#":root {
  --fg: #1b1f24; --muted: #4b5563; --line: #d0d7de; --soft: #f6f7f9;
  --err: #b3261e; --err-bg: #fdecea; --warn: #8a5300; --warn-bg: #fff4e0;
  --info: #1d4f91; --info-bg: #e8f0fb; --ok: #1e6b34; --ok-bg: #e6f4ea; --link: #0b57d0;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
  margin: 0 auto; max-width: 62rem; padding: 2rem 1.5rem 3rem;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif;
  font-size: 16px; line-height: 1.5; color: var(--fg); background: #fff;
}
h1 { font-size: 1.9rem; margin: 0 0 .25rem; line-height: 1.2; }
h2 { font-size: 1.5rem; margin: 0 0 .25rem; line-height: 1.25; }
h3 { font-size: 1.15rem; margin: 1.75rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3.category { text-transform: capitalize; }
h4 { font-size: 1rem; margin: 0 0 .25rem; font-weight: 600; }
a { color: var(--link); }
code, pre { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, Consolas, "Liberation Mono", monospace; font-size: .875em; }
code { overflow-wrap: anywhere; }
.run { border-bottom: 3px solid var(--fg); padding-bottom: 1rem; margin-bottom: 2rem; }
.run-meta, .muted, .charter-meta, .where { color: var(--muted); }
.run-meta { margin: .25rem 0 0; }
section.summary, section.charter { margin: 0 0 3rem; }
section.charter { border-top: 1px solid var(--line); padding-top: 1.5rem; }
main > section.charter:first-child { border-top: none; padding-top: 0; }
.charter-meta { margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; padding: 0 0 .5rem; }
th, td { text-align: left; padding: .45rem .6rem; border-bottom: 1px solid var(--line); vertical-align: top; }
thead th { background: var(--soft); border-bottom: 2px solid var(--line); font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
tbody th { font-weight: 600; }
.num { text-align: right; white-space: nowrap; }
table.ranking td code { font-size: .8rem; overflow-wrap: normal; }
.overview { display: flex; gap: 1.25rem; align-items: center; background: var(--soft); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.25rem; }
.overview p { margin: .15rem 0; }
.badge { flex: none; width: 4.5rem; height: 4.5rem; border-radius: 50%; display: flex; align-items: center; justify-content: center; font-size: 2.4rem; font-weight: 700; color: #fff; margin: 0 !important; }
.headline { font-size: 1.2rem; }
.counts { color: var(--muted); font-size: .95rem; }
.grade-a { background: #1e6b34; } .grade-b { background: #3f6212; } .grade-c { background: #7a5b00; }
.grade-d { background: #9a4a00; } .grade-f { background: #b3261e; } .grade-none { background: var(--muted); }
.grade-chip { display: inline-block; min-width: 1.8em; text-align: center; color: #fff; font-weight: 700; border-radius: .25rem; padding: 0 .35em; }
.verdict-chip { display: inline-block; font-weight: 700; border-radius: 1rem; padding: .05rem .7rem; border: 1px solid currentColor; font-size: .9rem; }
.verdict-pass { color: var(--ok); background: var(--ok-bg); }
.verdict-fail, .verdict-invalid, .verdict-error { color: var(--err); background: var(--err-bg); }
table.categories { max-width: 40rem; }
.score-cell { display: inline-flex; align-items: center; gap: .6rem; }
.score { min-width: 3.2em; display: inline-block; }
.bar { display: inline-block; width: 8rem; height: .6rem; background: #e5e7eb; border-radius: .3rem; overflow: hidden; }
.bar .fill { display: block; height: 100%; }
.band-high { background: #1e6b34; } .band-mid { background: #b7791f; } .band-low { background: #b3261e; }
h3 .cat-score, h3 .cat-count { font-weight: 400; color: var(--muted); text-transform: none; font-size: .95rem; }
.finding { border: 1px solid var(--line); border-left: .35rem solid var(--muted); border-radius: .35rem; padding: .75rem 1rem; margin: .75rem 0; background: #fff; }
.finding-error { border-left-color: var(--err); }
.finding-warning { border-left-color: var(--warn); }
.finding-info { border-left-color: var(--info); }
.finding p { margin: .3rem 0; }
.finding .message { font-size: 1.02rem; }
.sev { display: inline-block; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; padding: .05rem .45rem; border-radius: .25rem; vertical-align: .1em; }
.sev-error { color: var(--err); background: var(--err-bg); }
.sev-warning { color: var(--warn); background: var(--warn-bg); }
.sev-info { color: var(--info); background: var(--info-bg); }
code.rule { font-weight: 600; }
.tag { display: inline-block; font-size: .75rem; font-weight: 600; padding: 0 .45rem; border-radius: .25rem; border: 1px solid var(--line); color: var(--muted); vertical-align: .1em; }
.tag-new { color: var(--err); border-color: currentColor; }
.where { font-size: .9rem; }
pre.snippet { margin: .5rem 0; padding: .5rem .75rem; background: var(--soft); border: 1px solid var(--line); border-radius: .3rem; overflow-x: auto; white-space: pre-wrap; overflow-wrap: anywhere; }
pre.snippet .ln { display: inline-block; min-width: 3ch; margin-right: 1ch; padding-right: 1ch; border-right: 1px solid var(--line); color: var(--muted); text-align: right; user-select: none; }
mark { background: #fff3b0; color: var(--fg); border-bottom: 2px solid var(--warn); }
.waiver { background: var(--info-bg); padding: .3rem .6rem; border-radius: .25rem; }
.finding.waived { border-style: dashed; border-left-style: solid; }
.fix strong { color: var(--ok); }
.explain { color: var(--muted); font-size: .9rem; }
.all-clear { color: var(--ok); font-weight: 600; }
ul.problems { padding-left: 1.25rem; }
footer { border-top: 1px solid var(--line); margin-top: 2rem; padding-top: 1rem; color: var(--muted); font-size: .9rem; }
@media (max-width: 40rem) {
  body { padding: 1rem; }
  .overview { flex-direction: column; align-items: flex-start; }
  .bar { display: none; }
}
@media print {
  @page { margin: 16mm 14mm; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  a { color: inherit; text-decoration: none; }
  .back { display: none; }
  section.charter { break-before: page; border-top: none; padding-top: 0; }
  .finding, .overview, tr, pre.snippet { break-inside: avoid; }
  h2, h3, h4 { break-after: avoid; }
  thead { display: table-header-group; }
  pre.snippet { overflow: visible; }
  .overview, .badge, .bar, .fill, .grade-chip, .verdict-chip, .sev, mark, thead th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
"#;

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
            escape_html(r#"<a href="x">Tom & 'Jerry'</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; &#39;Jerry&#39;&lt;/a&gt;"
        );
    }

    #[test]
    fn backticks_become_code_after_escaping() {
        assert_eq!(
            prose("set `a<b>` and `c`"),
            "set <code>a&lt;b&gt;</code> and <code>c</code>"
        );
        assert_eq!(prose("one ` tick"), "one ` tick");
        assert_eq!(prose("`a` and ` odd"), "<code>a</code> and ` odd");
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
            "<strong>Waived:</strong> Agreed with the funder, approved by Board, until 2030-01-01"
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
