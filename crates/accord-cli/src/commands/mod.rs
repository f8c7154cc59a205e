//! One module per subcommand.

mod audit;
mod completions;
mod explain;
mod init;
mod man;
mod plugins;
mod rules;
mod scaffold;
mod schema;
mod validate;
mod write_sdk;

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
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
        Command::WriteSdk(args) => write_sdk::run(&args),
    }
}
