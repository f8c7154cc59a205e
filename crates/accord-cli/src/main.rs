//! `accord`: audits the health of cross-sector partnerships.
//!
//! A thin binary over `accord-core`: argument parsing, rendering and exit codes.

mod cli;
mod commands;
mod lang;
mod render;
mod sdk;

use std::process::ExitCode;

/// A fifth of an audit's CPU went to glibc's malloc and free (docs/performance.md): the host
/// allocates a small value tree, source map and report per charter, on every worker thread.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// `mi_option_purge_delay` in the `mi_option_e` enum of the vendored mimalloc.h (v3, pinned by
/// Cargo.lock): the bindings leave options unnamed "for stability reasons".
const MI_OPTION_PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// Freed memory goes back to the system after 10 ms instead of mimalloc 3's default of 1 s:
/// reports are built on worker threads and freed on the writing thread, and with the default a
/// 100,000-charter batch peaked at 73 MB instead of 59 MB (docs/performance.md). Purging at
/// once (0) saved only 3 MB more and cost ~5% of the CPU in page faults.
fn tune_allocator() {
    // SAFETY: called first thing in `main`, before any other thread exists (mimalloc's options
    // are not thread-safe); the option id is valid for the vendored mimalloc. The `_default`
    // variant lets a `MIMALLOC_PURGE_DELAY` environment variable still win.
    unsafe { libmimalloc_sys::mi_option_set_default(MI_OPTION_PURGE_DELAY, 10) };
}

/// `accord --version`: the version and the commit it was built from (see build.rs).
pub const VERSION: &str = concat!(
    env!("CARGO_PKG_VERSION"),
    " (",
    env!("ACCORD_BUILD_COMMIT"),
    ")"
);

/// Exit codes (`accord --help` lists them): 2 wins over 1; a broken pipe is
/// [`BROKEN_PIPE`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// Every charter passed (or the command succeeded).
    Pass = 0,
    /// At least one charter failed its verdict.
    Fail = 1,
    /// A charter could not be audited, a usage error, or a refusal.
    Unusable = 2,
}

/// The exit code of a run whose output was cut short: the shell's code for a death by SIGPIPE
/// (128 + 13), which is what the run would have exited with had Rust not ignored the signal.
const BROKEN_PIPE: u8 = 141;

fn is_broken_pipe(error: &anyhow::Error) -> bool {
    error.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn main() -> ExitCode {
    tune_allocator();
    std::panic::set_hook(Box::new(|info| {
        use accord_core::lang::{labelled, t};
        let lang = lang::current();
        let message = t!(lang, "cli-internal-error", info = info.to_string());
        eprintln!("{}", labelled(lang, "error", &message));
        eprintln!(
            "{}",
            labelled(lang, "help", &t!(lang, "cli-internal-error-help"))
        );
    }));
    // Also settles `--color` for everything printed from here on.
    let cli = cli::parse();
    let _ = lang::FLAG.set(cli.lang.clone());
    match commands::run(cli) {
        Ok(outcome) => ExitCode::from(outcome as u8),
        // A reader that stopped early (`accord audit DIR | head`): stop quietly, but never say
        // the run finished.
        Err(error) if is_broken_pipe(&error) => ExitCode::from(BROKEN_PIPE),
        Err(error) => {
            render::error::print(&error);
            ExitCode::from(Outcome::Unusable as u8)
        }
    }
}
