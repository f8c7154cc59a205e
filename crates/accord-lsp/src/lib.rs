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
//! `workspace` (one engine per folder, and trust), `diagnostics`, `hover`, `completion`,
//! `actions` (code actions), `symbols`, `commands`; `outline` reads a document tolerantly,
//! `schema` walks the bundled schemas, `text` converts positions.

mod actions;
mod commands;
mod completion;
mod diagnostics;
mod hover;
mod outline;
mod schema;
mod server;
mod symbols;
mod text;
mod uri;
mod worker;
mod workspace;

use std::time::Duration;

pub use lsp_server::Connection;

/// How the server behaves (what the protocol leaves to the server).
#[derive(Debug, Clone)]
pub struct Options {
    /// How long a document that keeps changing waits, from its first unaudited change, before
    /// it is audited (a change after a pause is audited at once).
    pub debounce: Duration,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            debounce: Duration::from_millis(150),
        }
    }
}

/// Why the server stopped other than by the client's `shutdown` and `exit`.
#[derive(Debug)]
pub struct Error(String);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// Serves one client over standard input and output (what editors start).
pub fn run_stdio(options: Options) -> Result<(), Error> {
    let (connection, io_threads) = Connection::stdio();
    serve(connection, options)?;
    io_threads
        .join()
        .map_err(|e| Error(format!("the connection to the editor failed: {e}")))
}

/// Serves one client on `connection` until it sends `exit` (or goes away).
pub fn serve(connection: Connection, options: Options) -> Result<(), Error> {
    server::serve(connection, options)
}

/// The text of a caught panic's payload.
pub(crate) fn panic_message(payload: &Box<dyn std::any::Any + Send>) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| (*s).to_owned())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "an unknown panic".to_owned())
}
