//! Rendering: what the user sees. The core returns data; this module turns it into text.

pub mod diagnostic;
pub mod error;

use std::io::IsTerminal;

/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
pub fn use_colour(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn stdout_colour() -> bool {
    use_colour(std::io::stdout().is_terminal())
}

/// A path as shown to the user: as given, with `/` separators kept.
pub fn display_path(path: &std::path::Path) -> String {
    path.display().to_string()
}
