//! Plugins: native libraries loaded at run time through the C ABI (`include/accord_plugin.h`).
//!
//! `host` holds the only `unsafe` code of the host: loading, the header check, and the calls.
//! `lookup` turns plugin names into files. `set` loads a profile's plugins once per run and
//! refuses conflicts.

mod error;
mod failure;
mod host;
mod image;
pub mod isolate;
mod lookup;
mod set;

pub use error::PluginError;
pub use failure::{Broken, Exit, Failure, LoadProblem, WorkerEvent};
pub use host::{LoadedPlugin, OUTPUT_LIMIT};
pub use lookup::{Found, SearchPath, library_file_name};
pub use set::{Pins, PluginSet};
