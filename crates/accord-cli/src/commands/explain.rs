//! `accord explain RULE_ID`: the rule's full text.

use std::io::Write;

use crate::Outcome;
use crate::cli::ExplainArgs;

pub fn run(args: &ExplainArgs) -> anyhow::Result<Outcome> {
    let engine = super::rules::engine(&args.rules)?;
    let rules = engine.catalogue();
    let Some(rule) = rules.get(&args.rule) else {
        let help = match rules.closest(&args.rule) {
            Some(c) => format!("did you mean `{c}`?"),
            None => "`accord rules` lists every rule".to_owned(),
        };
        anyhow::bail!(
            "there is no rule `{}` in this profile's plugins or packs\nhelp: {help}",
            args.rule
        );
    };
    let m = &rule.meta;
    let mut out = std::io::stdout().lock();
    writeln!(
        out,
        "{}  ({}, category {}, from {})\n",
        m.id,
        rule.severity.as_str(),
        m.category,
        rule.origin.short()
    )?;
    writeln!(out, "{}\n", m.summary)?;
    for (title, body) in [("Why", &m.rationale), ("How to fix", &m.fix)] {
        writeln!(out, "{title}\n{}\n", indent(body, true))?;
    }
    writeln!(
        out,
        "Example (passes)\n{}\n",
        indent(m.example.trim_end(), false)
    )?;
    writeln!(out, "References")?;
    for r in &m.references {
        writeln!(out, "  - {r}")?;
    }
    Ok(Outcome::Pass)
}

/// Indents a text by two spaces; prose (`wrap`) is wrapped at about 96 columns, since pack
/// texts are often written as one long line.
fn indent(text: &str, wrap_prose: bool) -> String {
    let lines: Vec<String> = if wrap_prose {
        text.lines().flat_map(wrap).collect()
    } else {
        text.lines().map(str::to_owned).collect()
    };
    lines
        .iter()
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

fn wrap(line: &str) -> Vec<String> {
    const WIDTH: usize = 96;
    if line.chars().count() <= WIDTH {
        return vec![line.to_owned()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    out.push(current);
    out
}
