//! What only the terminal needs: colour, the progress bar, errors. Reports are rendered by
//! `accord-render`.

pub mod error;
pub mod progress;

use std::io::IsTerminal;

/// Colour only on a terminal, and never when NO_COLOR is set (https://no-color.org).
pub fn use_colour(stream_is_terminal: bool) -> bool {
    stream_is_terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
}

pub fn stdout_colour() -> bool {
    use_colour(std::io::stdout().is_terminal())
}
