//! The resource limits of a charter (docs/charter.md), each an error of kind `limit` at the offending place.

use crate::lang::{Message, msg};

/// Limits on what the loader accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest file, in bytes (default 4 MiB; `--max-file-size`).
    pub max_file_size: u64,
    /// Deepest nesting of tables and arrays (the root is level 0).
    pub max_depth: usize,
    /// Most entries in one list.
    pub max_list_len: usize,
    /// Most characters in one string.
    pub max_string_chars: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_file_size: 4 * 1024 * 1024,
            max_depth: 32,
            max_list_len: 10_000,
            max_string_chars: 100_000,
        }
    }
}

impl Limits {
    pub(crate) fn depth_error(&self) -> Message {
        msg!("load-too-deep", depth = self.max_depth)
    }

    pub(crate) fn list_error(&self) -> Message {
        msg!("load-list-too-long", limit = self.max_list_len)
    }

    pub(crate) fn string_error(&self, chars: usize) -> Message {
        msg!(
            "load-text-too-long",
            chars = chars,
            limit = self.max_string_chars
        )
    }

    /// The same limit for a key (a key is a string too, and an unknown key is quoted whole).
    pub(crate) fn key_error(&self, chars: usize) -> Message {
        msg!(
            "load-key-too-long",
            chars = chars,
            limit = self.max_string_chars
        )
    }

    /// Checks a string's length in characters (cheap for short strings: bytes ≥ chars).
    pub(crate) fn string_too_long(&self, s: &str) -> Option<usize> {
        if s.len() <= self.max_string_chars {
            return None;
        }
        let chars = s.chars().count();
        (chars > self.max_string_chars).then_some(chars)
    }
}
