//! `accord rules`: every rule of the run's catalogue (plugins, packs, host rules), in id order,
//! with the profile's severities.

use std::io::Write;

use accord_core::Engine;
use accord_core::catalogue::severity_label;
use accord_core::lang::t;
use accord_core::setup::Setup;
use accord_render::markdown::escape_cell;
use serde_json::json;

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
                let line = json!({
                    "id": r.meta.id, "severity": r.severity, "category": r.meta.category,
                    "source": r.origin.short(), "summary": r.meta.summary,
                    "references": r.meta.references,
                });
                writeln!(out, "{line}")?;
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
                    r.meta.category,
                    escape_cell(&r.origin.short_in(lang)),
                    escape_cell(&r.meta.summary),
                    escape_cell(&r.meta.references.join("; "))
                )?;
            }
        }
        ListFormat::Text => {
            let rows: Vec<[String; 5]> = rules
                .iter()
                .map(|r| {
                    [
                        r.meta.id.clone(),
                        severity_label(r.severity, lang),
                        r.meta.category.clone(),
                        r.origin.short_in(lang),
                        r.meta.summary.clone(),
                    ]
                })
                .collect();
            let heading = [
                t!(lang, "rules-column-rule"),
                t!(lang, "rules-column-severity"),
                t!(lang, "rules-column-category"),
                t!(lang, "rules-column-source"),
                t!(lang, "rules-column-summary"),
            ];
            // Each column as wide as its widest cell, and never narrower than the English
            // layout's (8, 14 and 22 for severity, category and source).
            let width = |column: usize, least: usize| {
                rows.iter()
                    .chain([&heading])
                    .map(|row| row[column].chars().count())
                    .fold(least, usize::max)
            };
            let widths = [width(0, 4), width(1, 8), width(2, 14), width(3, 22)];
            for row in std::iter::once(&heading).chain(&rows) {
                writeln!(
                    out,
                    "{:w0$}  {:w1$}  {:w2$}  {:w3$}  {}",
                    row[0],
                    row[1],
                    row[2],
                    row[3],
                    row[4],
                    w0 = widths[0],
                    w1 = widths[1],
                    w2 = widths[2],
                    w3 = widths[3],
                )?;
            }
            writeln!(out, "\n{}", t!(lang, "rules-footer", count = rules.len()))?;
        }
    }
    Ok(Outcome::Pass)
}
