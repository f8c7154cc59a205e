//! `accord __write-sdk DIR` (hidden): writes the SDK crates this binary embeds, standalone, into
//! `DIR/accord-plugin` and `DIR/accord-plugin-testkit`. Release bundles ship them from here, so
//! the bundle's `sdk/` is exactly what `accord plugins new` vendors.

use std::io::Write;

use crate::Outcome;
use crate::cli::WriteSdkArgs;
use crate::sdk;

pub fn run(args: &WriteSdkArgs) -> anyhow::Result<Outcome> {
    sdk::write_to(&args.dir, |path, bytes| {
        super::scaffold::write_new(path, bytes)
    })?;
    writeln!(
        std::io::stdout().lock(),
        "wrote the SDK crates (version {}) to {}",
        sdk::version()?,
        args.dir.display()
    )?;
    Ok(Outcome::Pass)
}
