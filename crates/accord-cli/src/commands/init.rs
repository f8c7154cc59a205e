//! `accord init`: writes the starter charter, refusing to overwrite a file.

use accord_core::lang::{msg, t};
use accord_core::starter::{for_file, shell_word};

use crate::Outcome;
use crate::cli::InitArgs;
use crate::lang::Problem;

pub fn run(args: &InitArgs) -> anyhow::Result<Outcome> {
    // The starter is written in the run's language, `accord.toml`'s `lang` included.
    let lang = crate::lang::discovered();
    let name = args.file.display().to_string();
    super::create_file(
        &args.file,
        for_file(&name, lang).as_bytes(),
        Problem::new(msg!("cli-init-exists", path = name.as_str()))
            .help(msg!("cli-init-exists-help")),
    )?;
    eprintln!("{}", t!(lang, "cli-init-wrote", file = shell_word(&name)));
    Ok(Outcome::Pass)
}
