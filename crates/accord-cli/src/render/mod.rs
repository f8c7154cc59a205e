//! What only the terminal needs: colour, the progress bar, errors. Reports are rendered by
//! `accord-render`.

pub mod error;
pub mod progress;

use std::io::IsTerminal;

/// `--color always|never` as `Some(true|false)`, `auto` as `None`: set once by `main`.
pub static COLOUR_FLAG: std::sync::OnceLock<Option<bool>> = std::sync::OnceLock::new();

/// Whether to colour a stream: the `--color` flag wins; then a non-empty NO_COLOR disables
/// colour (https://no-color.org) and a CLICOLOR_FORCE other than `0` enables it; else colour
/// only on a terminal.
pub fn use_colour(stream_is_terminal: bool) -> bool {
    let var = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty());
    if let Some(&Some(flag)) = COLOUR_FLAG.get() {
        flag
    } else if var("NO_COLOR").is_some() {
        false
    } else if var("CLICOLOR_FORCE").is_some_and(|v| v != "0") {
        true
    } else {
        stream_is_terminal
    }
}

pub fn stdout_colour() -> bool {
    use_colour(std::io::stdout().is_terminal())
}
