//! `accord init`: writes the starter charter, refusing to overwrite a file.

use std::io::Write;

use accord_core::starter::{for_file, shell_word};
use anyhow::Context;

use crate::Outcome;
use crate::cli::InitArgs;

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
    let name = args.file.display().to_string();
    file.write_all(for_file(&name).as_bytes())
        .with_context(|| format!("could not write `{}`", args.file.display()))?;
    eprintln!(
        "wrote {0}: a starter charter with TODOs; `accord audit {0}` lists what to add next",
        shell_word(&name)
    );
    Ok(Outcome::Pass)
}
