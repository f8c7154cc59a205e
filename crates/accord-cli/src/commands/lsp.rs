//! `accord lsp`: the language server, over standard input and output.

use crate::Outcome;
use crate::cli::LspArgs;

pub fn run(_args: &LspArgs) -> anyhow::Result<Outcome> {
    // `--stdio` is what editor clients pass; standard input and output is the only transport.
    accord_lsp::run_stdio(accord_lsp::Options::default())?;
    Ok(Outcome::Pass)
}
