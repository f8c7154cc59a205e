//! One module per subcommand.

mod audit;
mod completions;
mod config;
mod explain;
mod init;
mod inputs;
mod lsp;
mod man;
mod output;
mod plugins;
mod rules;
mod scaffold;
mod schema;
mod serve;
mod validate;
mod write_sdk;

use std::path::Path;

use crate::Outcome;
use crate::cli::{Cli, Command};
use crate::lang::Problem;

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Audit(args) => audit::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Plugins(command) => plugins::run(&command),
        Command::Config(command) => config::run(&command),
        Command::IsolateWorker => audit::worker(),
        Command::Schema(args) => schema::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
        Command::WriteSdk(args) => write_sdk::run(&args),
        Command::Serve(args) => serve::run(&args),
        Command::Lsp(args) => lsp::run(&args),
    }
}

/// What a run uses. With an isolation timeout (`--isolate`), no plugin is ever mapped in this
/// process: workers read the manifests and run the checks (the engine starts them itself).
pub(crate) fn resolve(
    sources: &accord_core::setup::Sources,
    isolate: Option<std::time::Duration>,
) -> anyhow::Result<accord_core::setup::Setup> {
    use accord_core::plugin::isolate::Isolation;
    use accord_core::setup::Setup;
    use anyhow::Context;
    Ok(match isolate {
        Some(timeout) => {
            // Workers write their refusals in the run's language, which the configuration's
            // `lang` may choose: read it (TOML only, nothing runs) before the plugins load.
            let config = accord_core::setup::config(&sources.config).ok().flatten();
            let isolation = Isolation {
                lang: crate::lang::of(config.as_ref()),
                program: std::env::current_exe()
                    .context("could not find the accord executable to start isolated workers")?,
                timeout,
            };
            Setup::resolve_isolated(sources, &isolation)?
        }
        None => Setup::resolve(sources)?,
    })
}

/// Writes `bytes` to a new file at `path`; when the file already exists nothing is touched and
/// `exists` is the error (`init`, `config init`).
pub(crate) fn create_file(path: &Path, bytes: &[u8], exists: Problem) -> anyhow::Result<()> {
    use std::io::Write;

    use accord_core::lang::msg;
    use anyhow::Context;
    let shown = || path.display().to_string();
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => return Err(exists.into()),
        Err(e) => return Err(e).with_context(|| msg!("cli-could-not-create", path = shown())),
    };
    file.write_all(bytes)
        .with_context(|| msg!("cli-could-not-write", path = shown()))
}
