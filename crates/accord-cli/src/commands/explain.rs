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
    std::io::stdout()
        .lock()
        .write_all(accord_render::explain::text(rule).as_bytes())?;
    Ok(Outcome::Pass)
}
