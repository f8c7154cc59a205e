//! The command line (clap). Help texts here are the user's first documentation: keep them true.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "accord",
    version,
    about = "Audit the health of cross-sector partnerships",
    long_about = "Accord reads partnership charters (TOML or JSON), validates them, runs rule plugins \
                  for transparency, humility, exit plans and collaboration, scores the partnership \
                  and writes an audit report.",
    after_help = "Exit codes: 0 every charter passed; 1 at least one failed its verdict; 2 at least one \
                  could not be audited (invalid or error), a usage error, or a refusal."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check charters for structure only (schema, references, dates); exit 2 if any is invalid.
    Validate(ValidateArgs),
    /// Print a bundled JSON Schema.
    Schema(SchemaArgs),
    /// Write a commented starter charter that validates (refuses to overwrite a file).
    Init(InitArgs),
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Charter files (.toml or .json) or directories to walk.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format: `text` (rustc-style snippets) or `json` (JSON Lines, one object per file).
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub format: ValidateFormat,
    #[command(flatten)]
    pub load: LoadArgs,
}

#[derive(Debug, Clone, Args)]
pub struct LoadArgs {
    /// Refuse charter files larger than this many bytes.
    #[arg(long, value_name = "BYTES", default_value_t = 4 * 1024 * 1024)]
    pub max_file_size: u64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ValidateFormat {
    Text,
    Json,
}

#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// Which schema to print.
    #[arg(value_enum)]
    pub which: SchemaName,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SchemaName {
    Charter,
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Where to write the starter charter.
    #[arg(default_value = "charter.toml", value_name = "FILE")]
    pub file: PathBuf,
}
