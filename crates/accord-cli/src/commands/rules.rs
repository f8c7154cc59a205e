//! `accord rules`: every rule of the run's catalogue (plugins, packs, host rules), in id order,
//! with the profile's severities.

use std::io::Write;

use accord_core::Engine;
use accord_core::setup::Setup;
use accord_render::markdown::escape_cell;
use serde_json::json;

use crate::Outcome;
use crate::cli::{ListFormat, RuleSourceArgs, RulesArgs};

/// The engine of `rules` and `explain`: the profile's plugins and packs, its overrides applied.
pub fn engine(args: &RuleSourceArgs) -> anyhow::Result<Engine> {
    let setup = Setup::resolve(&args.sources()?)?;
    let settings = accord_core::Settings {
        config: setup.config_path(),
        profile: setup.profile,
        ..accord_core::Settings::default()
    };
    Ok(Engine::new(settings, setup.plugins, setup.packs)?)
}

pub fn run(args: &RulesArgs) -> anyhow::Result<Outcome> {
    let engine = engine(&args.rules)?;
    let rules = engine.catalogue();
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
            writeln!(
                out,
                "# The rules of the profile `{}`\n\n{} rules, with the severity the profile gives \
                 them. `accord explain RULE` tells what each checks, why, how to fix it, and shows \
                 a passing example.\n",
                escape_cell(&engine.run().profile.name),
                rules.len()
            )?;
            writeln!(
                out,
                "| Rule | Severity | Category | Source | Summary | References |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|")?;
            for r in rules.iter() {
                writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} | {} |",
                    r.meta.id,
                    r.severity.as_str(),
                    r.meta.category,
                    escape_cell(&r.origin.short()),
                    escape_cell(&r.meta.summary),
                    escape_cell(&r.meta.references.join("; "))
                )?;
            }
        }
        ListFormat::Text => {
            let width = rules.iter().map(|r| r.meta.id.len()).max().unwrap_or(4);
            writeln!(
                out,
                "{:width$}  {:8}  {:14}  {:22}  SUMMARY",
                "RULE", "SEVERITY", "CATEGORY", "SOURCE"
            )?;
            for r in rules.iter() {
                writeln!(
                    out,
                    "{:width$}  {:8}  {:14}  {:22}  {}",
                    r.meta.id,
                    r.severity.as_str(),
                    r.meta.category,
                    r.origin.short(),
                    r.meta.summary
                )?;
            }
            writeln!(
                out,
                "\n{} rules; `accord explain RULE` tells what each checks, why, and how to fix it.",
                rules.len()
            )?;
        }
    }
    Ok(Outcome::Pass)
}
