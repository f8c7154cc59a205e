//! `accord init`: writes the starter charter, refusing to overwrite a file.

use std::io::Write;

use accord_core::lang::{msg, t};
use accord_core::starter::{for_file, shell_word};
use anyhow::Context;

use crate::Outcome;
use crate::cli::InitArgs;
use crate::lang::bail;

pub fn run(args: &InitArgs) -> anyhow::Result<Outcome> {
    // The starter is written in the run's language, `accord.toml`'s `lang` included.
    let lang = crate::lang::discovered();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.file);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            bail!(
                msg!("cli-init-exists", path = args.file.display().to_string()),
                msg!("cli-init-exists-help")
            );
        }
        Err(e) => {
            return Err(e).with_context(|| {
                msg!(
                    "cli-could-not-create",
                    path = args.file.display().to_string()
                )
            });
        }
    };
    let name = args.file.display().to_string();
    file.write_all(for_file(&name, lang).as_bytes())
        .with_context(|| {
            msg!(
                "cli-could-not-write",
                path = args.file.display().to_string()
            )
        })?;
    eprintln!("{}", t!(lang, "cli-init-wrote", file = shell_word(&name)));
    Ok(Outcome::Pass)
}
