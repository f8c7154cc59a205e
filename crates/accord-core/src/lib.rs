//! Accord's library: load → validate → evaluate → score → report model.
//!
//! It prints nothing: the `accord` binary renders what this crate returns.

pub mod audit;
pub mod baseline;
pub mod config;
pub mod diagnostic;
pub mod host_rules;
pub mod inputs;
pub mod load;
pub mod pack;
pub mod plugin;
pub mod profile;
pub mod report;
pub mod schemas;
pub mod score;
pub mod source;
pub mod summary;
pub mod validate;

pub use diagnostic::{Diagnostic, Kind};

/// The lowercase hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(64);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}
