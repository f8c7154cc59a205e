//! One module per subcommand.

mod init;
mod schema;
mod validate;

use crate::Outcome;
use crate::cli::{Cli, Command};

pub fn run(cli: Cli) -> anyhow::Result<Outcome> {
    match cli.command {
        Command::Validate(args) => validate::run(&args),
        Command::Schema(args) => schema::run(&args),
        Command::Init(args) => init::run(&args),
    }
}
