//! One module per subcommand.

mod audit;
mod explain;
mod init;
mod lsp;
mod plugins;
mod rules;
mod scaffold;
mod schema;
mod validate;

use crate::Outcome;
use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Audit(args) => audit::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Explain(args) => explain::run(&args),
        Command::Plugins(command) => plugins::run(&command),
        Command::IsolateWorker => audit::worker(),
        Command::Schema(args) => schema::run(&args),
        Command::Init(args) => init::run(&args),
        Command::Lsp(args) => lsp::run(&args),
    }
}
