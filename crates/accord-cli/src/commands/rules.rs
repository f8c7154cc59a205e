//! `accord rules`: every rule of the loaded plugins and the host, in id order.

use std::io::Write;

use accord_core::host_rules::HOST_RULES;
use accord_plugin::RuleMeta;
use serde_json::json;

use super::setup::Setup;
use crate::Outcome;
use crate::cli::{ListFormat, RulesArgs};
use crate::render::markdown::escape_cell;

/// A rule and where it comes from (a plugin name, or `accord` for host rules).
pub struct Listed {
    pub meta: RuleMeta,
    pub source: String,
}

/// Every rule the profile's plugins define, plus the host rules, sorted by id.
pub fn catalogue(args: &crate::cli::RuleSourceArgs) -> anyhow::Result<Vec<Listed>> {
    let Setup { plugins, packs, .. } = Setup::load(args)?;
    let mut rules: Vec<Listed> = plugins
        .rules()
        .map(|(p, r)| Listed {
            meta: r.clone(),
            source: format!("plugin {}", p.name()),
        })
        .collect();
    for pack in &packs {
        rules.extend(pack.rules.iter().map(|r| Listed {
            meta: r.meta.clone(),
            source: format!("pack {}", pack.name),
        }));
    }
    rules.extend(HOST_RULES.iter().map(|r| Listed {
        meta: r.meta(),
        source: "accord (host)".to_owned(),
    }));
    rules.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    Ok(rules)
}

pub fn run(args: &RulesArgs) -> anyhow::Result<Outcome> {
    let rules = catalogue(&args.rules)?;
    let mut out = std::io::stdout().lock();
    match args.format {
        ListFormat::Json => {
            for r in &rules {
                let line = json!({
                    "id": r.meta.id, "severity": r.meta.severity, "category": r.meta.category,
                    "source": r.source, "summary": r.meta.summary, "references": r.meta.references,
                });
                writeln!(out, "{line}")?;
            }
        }
        ListFormat::Markdown => {
            writeln!(
                out,
                "| Rule | Severity | Category | Source | Summary | References |"
            )?;
            writeln!(out, "|---|---|---|---|---|---|")?;
            for r in &rules {
                writeln!(
                    out,
                    "| `{}` | {} | {} | {} | {} | {} |",
                    r.meta.id,
                    r.meta.severity.as_str(),
                    r.meta.category,
                    escape_cell(&r.source),
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
            for r in &rules {
                writeln!(
                    out,
                    "{:width$}  {:8}  {:14}  {:22}  {}",
                    r.meta.id,
                    r.meta.severity.as_str(),
                    r.meta.category,
                    r.source,
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
