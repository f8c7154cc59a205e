//! `accord`: audits the health of cross-sector partnerships.
//!
//! A thin binary over `accord-core`: argument parsing, rendering and exit codes.

mod cli;
mod commands;
mod render;

use std::process::ExitCode;

use clap::Parser;

/// A fifth of an audit's CPU went to glibc's malloc and free (docs/performance.md): the host
/// allocates a small value tree, source map and report per charter, on every worker thread.
/// (Its default purge delay is kept: purging at once cost 5% more CPU in page faults and saved
/// only ~3 MB at 100,000 charters.)
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Exit codes (ARCHITECTURE.md, "Command line"): 2 wins over 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Every charter passed (or the command succeeded).
    Pass = 0,
    /// At least one charter failed its verdict.
    Fail = 1,
    /// A charter could not be audited, a usage error, or a refusal.
    Unusable = 2,
}

fn main() -> ExitCode {
    std::panic::set_hook(Box::new(|info| {
        eprintln!("error: accord hit an internal error, which is a bug in accord: {info}");
        eprintln!("help: please report it with the command you ran and the input that caused it");
    }));
    let cli = cli::Cli::parse();
    match commands::run(cli) {
        Ok(outcome) => ExitCode::from(outcome as u8),
        // A reader that stops early (`accord rules | head`) is not an error.
        Err(error)
            if error
                .downcast_ref::<std::io::Error>()
                .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe) =>
        {
            ExitCode::SUCCESS
        }
        Err(error) => {
            render::error::print(&error);
            ExitCode::from(Outcome::Unusable as u8)
        }
    }
}
