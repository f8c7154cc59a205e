use std::io::Write;

use anyhow::Context;

use crate::Outcome;
use crate::cli::InitArgs;

/// The starter charter: valid, with every section explained. A test validates it.
pub const STARTER: &str = include_str!("../templates/starter.toml");

pub fn run(args: &InitArgs) -> anyhow::Result<Outcome> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.file);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!(
                "`{}` already exists, and `accord init` never overwrites a file\nhelp: give `accord init` another file name, or move the existing file away first",
                args.file.display()
            );
        }
        Err(e) => {
            return Err(e).with_context(|| format!("could not create `{}`", args.file.display()));
        }
    };
    file.write_all(STARTER.as_bytes())
        .with_context(|| format!("could not write `{}`", args.file.display()))?;
    eprintln!(
        "wrote {}: fill in each section, then run `accord validate {0}` and `accord audit {0}`",
        args.file.display()
    );
    Ok(Outcome::Pass)
}
