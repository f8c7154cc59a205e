//! Accord's engine: load → validate → evaluate → waivers → verdict → report.
//!
//! An [`Engine`] is built once per run from a profile, its plugins and packs, and audits files
//! or text from any thread. The crate prints nothing: front-ends (the `accord` binary, its
//! server and language server) render what it returns.

pub mod baseline;
pub mod batch;
pub mod catalogue;
pub mod config;
pub mod diagnostic;
pub mod engine;
pub mod evaluate;
pub mod inputs;
/// The run's language: [`lang::negotiate`], [`lang::Lang`], and the host's sentences
/// ([`lang::t!`](accord_l10n::t)).
pub use accord_l10n as lang;
pub mod load;
pub mod pack;
pub mod plugin;
pub mod profile;
pub mod report;
pub mod schemas;
pub mod setup;
pub mod source;
pub mod starter;
pub mod summary;
pub mod trust;
pub mod validate;
pub mod verdict;
pub mod waivers;

pub use catalogue::Catalogue;
pub use diagnostic::{Diagnostic, Kind};
pub use engine::{Audit, Engine, Settings};

/// The lowercase hex sha256 of `bytes`.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    hex(&Sha256::digest(bytes))
}

/// Lowercase hex of `bytes`.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut out = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        out.push(char::from(DIGITS[usize::from(b >> 4)]));
        out.push(char::from(DIGITS[usize::from(b & 0xf)]));
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn sha256_hex_is_lowercase_hex_of_the_digest() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(super::hex(&[0x00, 0x0f, 0xa0, 0xff]), "000fa0ff");
    }
}
