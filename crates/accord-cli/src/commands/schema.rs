use std::io::Write;

use accord_core::validate::CHARTER_SCHEMA;

use crate::Outcome;
use crate::cli::{SchemaArgs, SchemaName};

pub fn run(args: &SchemaArgs) -> anyhow::Result<Outcome> {
    let text = match args.which {
        SchemaName::Charter => CHARTER_SCHEMA,
    };
    let mut out = std::io::stdout().lock();
    out.write_all(text.as_bytes())?;
    if !text.ends_with('\n') {
        out.write_all(b"\n")?;
    }
    Ok(Outcome::Pass)
}
