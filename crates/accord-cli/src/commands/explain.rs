//! `accord explain RULE_ID`: the rule's full text.

use std::io::Write;

use super::rules::catalogue;
use crate::Outcome;
use crate::cli::ExplainArgs;

pub fn run(args: &ExplainArgs) -> anyhow::Result<Outcome> {
    let rules = catalogue(&args.rules)?;
    let Some(rule) = rules.iter().find(|r| r.meta.id == args.rule) else {
        let ids = rules.iter().map(|r| r.meta.id.as_str());
        let help = match accord_core::validate::closest(&args.rule, ids) {
            Some(c) => format!("did you mean `{c}`?"),
            None => "`accord rules` lists every rule".to_owned(),
        };
        anyhow::bail!(
            "there is no rule `{}` in this profile's plugins\nhelp: {help}",
            args.rule
        );
    };
    let m = &rule.meta;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}  ({}, category {}, from {})\n",
        m.id,
        m.severity.as_str(),
        m.category,
        rule.source
    )?;
    writeln!(out, "{}\n", m.summary)?;
    for (title, body) in [("Why", &m.rationale), ("How to fix", &m.fix)] {
        writeln!(out, "{title}\n{}\n", indent(body))?;
    }
    writeln!(out, "Example (passes)\n{}\n", indent(&m.example))?;
    writeln!(out, "References")?;
    for r in &m.references {
        writeln!(out, "  - {r}")?;
    }
    Ok(Outcome::Pass)
}

fn indent(text: &str) -> String {
    text.lines()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("  {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}
