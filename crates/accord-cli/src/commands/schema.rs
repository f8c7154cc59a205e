use std::io::Write;

use crate::Outcome;
use crate::cli::SchemaArgs;

pub fn run(args: &SchemaArgs) -> anyhow::Result<Outcome> {
    let name = args.which.as_str();
    let text = accord_core::schemas::text(name)
        .ok_or_else(|| anyhow::Error::new(accord_core::lang::msg!("cli-no-schema", name = name)))?;
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(Outcome::Pass)
}
