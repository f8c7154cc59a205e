//! `accord rules`: every rule of the run's catalogue (plugins, packs, host rules), in id order,
//! with the profile's severities.

use std::io::Write;

use accord_core::Engine;
use accord_core::catalogue::{Entry, severity_label};
use accord_core::lang::{Lang, t};
use accord_core::setup::Setup;
use accord_render::escape::visible_line;
use accord_render::markdown::escape_cell;

use crate::Outcome;
use crate::cli::{ListFormat, RuleSourceArgs, RulesArgs};

/// The engine of `rules` and `explain`: the profile's plugins and packs, its overrides applied.
pub fn engine(args: &RuleSourceArgs) -> anyhow::Result<Engine> {
    let setup = Setup::resolve(&args.sources()?)?;
    let settings = accord_core::Settings {
        lang: crate::lang::of(setup.config.as_ref()),
        config: setup.config_path(),
        profile: setup.profile,
        ..accord_core::Settings::default()
    };
    Ok(Engine::new(settings, setup.plugins, setup.packs)?)
}

pub fn run(args: &RulesArgs) -> anyhow::Result<Outcome> {
    let engine = engine(&args.rules)?;
    let rules = engine.catalogue();
    let lang = rules.lang();
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            for r in rules.iter() {
                writeln!(out, "{}", accord_render::explain::listing(r))?;
            }
        }
        ListFormat::Markdown => {
            let profile = escape_cell(&engine.run().profile.name);
            writeln!(
                out,
                "# {}\n\n{}\n",
                t!(lang, "rules-markdown-title", profile = profile),
                t!(lang, "rules-markdown-intro", count = rules.len())
            )?;
            writeln!(out, "{}", t!(lang, "rules-markdown-columns"))?;
            writeln!(out, "|---|---|---|---|---|---|")?;
            for r in rules.iter() {
                writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} | {} |",
                    r.meta.id,
                    severity_label(r.severity, lang),
                    escape_cell(&accord_render::category_name(&r.meta.category, lang)),
                    escape_cell(&r.origin.short_in(lang)),
                    escape_cell(&r.meta.summary),
                    escape_cell(&r.meta.references.join("; "))
                )?;
            }
        }
        ListFormat::Text => {
            let rows: Vec<[String; 5]> = rules.iter().map(|r| text_row(r, lang)).collect();
            let header = [
                t!(lang, "rules-column-rule"),
                t!(lang, "rules-column-severity"),
                t!(lang, "rules-column-category"),
                t!(lang, "rules-column-source"),
                t!(lang, "rules-column-summary"),
            ];
            write!(
                out,
                "{}",
                table(&header, &rows, crate::render::output_width())
            )?;
            writeln!(out, "\n{}", t!(lang, "rules-footer", count = rules.len()))?;
        }
    }
    Ok(Outcome::Pass)
}

/// A rule's cells in the text table. A pack's or plugin's texts are shown through
/// [`accord_render::escape`], as in reports: a control character prints as its escape.
fn text_row(r: &Entry, lang: Lang) -> [String; 5] {
    let shown = |text: &str| visible_line(text).into_owned();
    [
        shown(&r.meta.id),
        severity_label(r.severity, lang),
        shown(&accord_render::category_name(&r.meta.category, lang)),
        shown(&r.origin.short_in(lang)),
        shown(&r.meta.summary.replace('\n', " ")),
    ]
}

/// Columns as wide as their widest cell, the last one wrapped to `width` (when known) under
/// its own column.
fn table(header: &[String; 5], rows: &[[String; 5]], width: Option<usize>) -> String {
    let chars = |s: &str| s.chars().count();
    let mut widths = [0usize; 4];
    for row in std::iter::once(header).chain(rows) {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = (*w).max(chars(cell));
        }
    }
    let indent: usize = widths.iter().map(|w| w + 2).sum();
    let room = width.map(|w| w.saturating_sub(indent));
    if let (Some(width), Some(room)) = (width, room)
        && room < 30
    {
        return stacked(rows, width);
    }
    let mut out = String::new();
    for row in std::iter::once(header).chain(rows) {
        for (w, cell) in widths.iter().zip(row) {
            out.push_str(cell);
            out.push_str(&" ".repeat(w - chars(cell) + 2));
        }
        let lines = match room {
            Some(room) => wrap(&row[4], room),
            None => vec![row[4].clone()],
        };
        for (i, line) in lines.iter().enumerate() {
            if i > 0 {
                out.push_str(&" ".repeat(indent));
            }
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The listing for a terminal too narrow for the table: each rule's id on a line of its own,
/// then its severity, category and source, then its summary wrapped to the width; a blank line
/// between rules.
fn stacked(rows: &[[String; 5]], width: usize) -> String {
    let mut blocks = Vec::new();
    for [id, severity, category, source, summary] in rows {
        let mut block = format!("{id}\n    {severity} · {category} · {source}\n");
        for line in wrap(summary, width.saturating_sub(4).max(20)) {
            block.push_str(&format!("    {line}\n"));
        }
        blocks.push(block);
    }
    blocks.join("\n")
}

/// Words into lines of at most `room` characters (a longer word gets a line of its own).
fn wrap(text: &str, room: usize) -> Vec<String> {
    let mut lines = vec![String::new()];
    for word in text.split_whitespace() {
        let last = lines.last_mut().expect("one line at least");
        if !last.is_empty() && last.chars().count() + 1 + word.chars().count() > room {
            lines.push(word.to_owned());
        } else {
            if !last.is_empty() {
                last.push(' ');
            }
            last.push_str(word);
        }
    }
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_packs_control_characters_are_shown_as_escapes() {
        let catalogue = accord_core::Catalogue::new(&accord_core::plugin::PluginSet::empty(), &[])
            .expect("host rules are unique");
        let host = accord_core::catalogue::host::EXPIRED.id;
        let mut rule = catalogue.get(host).expect("a host rule").clone();
        rule.meta.summary = "Clears\u{1b}[2J the\nscreen\u{202e}".to_owned();
        rule.meta.category = "cat\u{7}".to_owned();
        let cells = text_row(&rule, Lang::EN);
        assert_eq!(cells[0], host);
        assert_eq!(cells[2], "cat\\u{7}");
        assert_eq!(cells[4], "Clears\\u{1b}[2J the screen\\u{202e}");
    }

    fn row(id: &str, source: &str, summary: &str) -> [String; 5] {
        [id, "warning", "c", source, summary].map(str::to_owned)
    }

    #[test]
    fn columns_fit_their_widest_cell_and_summaries_wrap_under_their_column() {
        let header = ["RULE", "SEVERITY", "CATEGORY", "SOURCE", "SUMMARY"].map(str::to_owned);
        let rows = [
            row("a.one", "pack open-futures-foundation", "short"),
            row(
                "b.two",
                "plugin x",
                "one two three four five six seven eight nine ten eleven",
            ),
        ];
        let text = table(&header, &rows, Some(100));
        let lines: Vec<&str> = text.lines().collect();
        let summary_col = lines[0].find("SUMMARY").expect("header");
        assert_eq!(lines[1].find("short"), Some(summary_col));
        assert_eq!(lines[2].find("one two"), Some(summary_col));
        assert!(lines.len() > 3, "the long summary wraps: {text}");
        assert!(lines.iter().all(|l| l.chars().count() <= 100), "{text}");
        assert_eq!(lines[3].find(|c: char| c != ' '), Some(summary_col));
        // Unknown width: no wrapping.
        assert_eq!(table(&header, &rows, None).lines().count(), 3);
    }

    #[test]
    fn a_narrow_terminal_gets_each_rule_stacked_within_its_width() {
        let header = ["RULE", "SEVERITY", "CATEGORY", "SOURCE", "SUMMARY"].map(str::to_owned);
        let long = "one two three four five six seven eight nine ten eleven twelve thirteen";
        let rows = [
            row("a-rather-long.rule-identifier", "pack open-futures", long),
            row("b.two", "plugin x", "short"),
        ];
        let text = table(&header, &rows, Some(40));
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines.iter().all(|l| l.chars().count() <= 40), "{text}");
        assert_eq!(lines[0], "a-rather-long.rule-identifier");
        assert_eq!(lines[1], "    warning · c · pack open-futures");
        assert!(lines[2].starts_with("    one two"), "{text}");
        assert!(lines.len() > 7, "the summary wraps: {text}");
        let b = lines.iter().position(|l| *l == "b.two").expect("b.two");
        assert_eq!(lines[b - 1], "", "a blank line between rules");
        assert_eq!(lines[b + 2], "    short");
        // Wide enough: the table.
        assert!(table(&header, &rows, Some(140)).starts_with("RULE"));
    }
}
