//! The Accord language server (`accord lsp`): each finding under the line it is about while a
//! partner writes the charter, the schema's word on a key, completions, waivers written for
//! them, an outline.
//!
//! Built on `lsp-server` and `lsp-types`, the crates rust-analyzer is built on, rather than
//! `tower-lsp-server`: Accord's engine is synchronous, so a synchronous loop over channels needs
//! no async runtime (nothing else in Accord uses one), and `Connection::memory` runs the whole
//! server in-process in tests, message by message. The price, writing the dispatch loop, buys
//! exactly the control the server needs: audits on a worker thread, stale results dropped,
//! cancellation and panics handled per request.
//!
//! Module map: `server` (the loop and the documents), `worker` (audits off the loop),
//! `workspace` (one engine per folder, and trust), `language` (which language each folder's
//! engine and the session speak), `diagnostics`, `hover`, `completion`,
//! `actions` (code actions), `symbols`, `commands`; `outline` reads a document tolerantly,
//! `schema` walks the bundled schemas, `text` converts positions.

mod actions;
mod commands;
mod completion;
mod diagnostics;
mod hover;
mod language;
mod outline;
mod schema;
mod server;
mod symbols;
mod text;
mod uri;
mod worker;
mod workspace;

use std::time::Duration;

use accord_core::lang::Lang;
pub use lsp_server::Connection;

/// How the server behaves (what the protocol leaves to the server).
#[derive(Debug, Clone)]
pub struct Options {
    /// How long a document that keeps changing waits, from its first unaudited change, before
    /// it is audited (a change after a pause is audited at once).
    pub debounce: Duration,
    /// The date waivers expire against, as `accord audit --today` sets it; default: today,
    /// by `clock` (the engines are built again when the day changes).
    pub today: Option<accord_plugin::Date>,
    /// What day it is, when `today` is not set (the system's date; tests move it).
    pub clock: fn() -> accord_plugin::Date,
    /// `accord lsp --lang TAG`: the language whatever the editor and the workspaces say.
    pub lang: Option<Lang>,
    /// The language of the locale the server was started in (`LC_ALL`, `LC_MESSAGES`,
    /// `LANG`), for an editor that sends no language Accord speaks.
    pub locale_lang: Option<Lang>,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            debounce: Duration::from_millis(150),
            today: None,
            clock: accord_core::engine::today,
            lang: None,
            locale_lang: None,
        }
    }
}

/// Why the server stopped other than by the client's `shutdown` and `exit`.
#[derive(Debug, PartialEq, Eq)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Serves one client over standard input and output (what editors start).
pub fn run_stdio(options: Options) -> Result<Ended, Error> {
    let (connection, io_threads) = Connection::stdio();
    let ended = serve(connection, options)?;
    io_threads
        .join()
        .map_err(|e| Error(format!("the connection to the editor failed: {e}")))?;
    Ok(ended)
}

/// How a session ended. The protocol asks a server told to `exit` before `shutdown` (or left
/// by its client) to exit with 1, so that an editor can tell a crash of its own from a close.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    AfterShutdown,
    WithoutShutdown,
}

/// Serves one client on `connection` until it sends `exit` (or goes away).
pub fn serve(connection: Connection, options: Options) -> Result<Ended, Error> {
    server::serve(connection, options)
}

/// Runs a handler; a panic in it (a bug in Accord or a plugin) becomes the sentence the client
/// and the log get, `what` saying what was being done, and the server goes on.
pub(crate) fn guarded<T>(what: &str, handler: impl FnOnce() -> T) -> Result<T, String> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(handler)).map_err(|payload| {
        let cause = payload
            .downcast_ref::<&str>()
            .map(|s| (*s).to_owned())
            .or_else(|| payload.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "an unknown panic".to_owned());
        format!("accord hit an internal error {what} (a bug in accord): {cause}")
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_becomes_a_sentence() {
        let error = super::guarded("answering `x`", || -> u8 { panic!("boom {}", 1) });
        assert_eq!(
            error,
            Err("accord hit an internal error answering `x` (a bug in accord): boom 1".to_owned())
        );
        assert_eq!(super::guarded("x", || 7), Ok(7));
    }
}
