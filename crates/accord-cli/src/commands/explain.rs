//! `accord explain RULE_ID`: the rule's full text.

use std::io::Write;

use accord_core::lang::msg;

use crate::Outcome;
use crate::cli::ExplainArgs;
use crate::lang::bail;

pub fn run(args: &ExplainArgs) -> anyhow::Result<Outcome> {
    let engine = super::rules::engine(&args.rules)?;
    let rules = engine.catalogue();
    let Some(rule) = rules.get(&args.rule) else {
        let help = match rules.closest(&args.rule) {
            Some(c) => msg!("check-did-you-mean", suggestion = c),
            None => msg!("cli-rules-lists-every-rule"),
        };
        bail!(msg!("cli-no-such-rule", rule = args.rule.as_str()), help);
    };
    std::io::stdout()
        .lock()
        .write_all(accord_render::explain::text(rule).as_bytes())?;
    Ok(Outcome::Pass)
}
