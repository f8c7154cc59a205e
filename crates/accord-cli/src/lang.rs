//! The language of the run: `--lang`, else the configuration's `lang`, else the POSIX locale,
//! else English (accord_core::lang::negotiate). `--help` stays English.

use std::io::IsTerminal;
use std::sync::OnceLock;

use accord_core::config::Config;
use accord_core::lang::{Lang, negotiate};

/// `--lang TAG`, set once by `main`.
pub static FLAG: OnceLock<Option<String>> = OnceLock::new();

/// The language of the run, for a command that read `config`. A language Accord does not speak
/// is a warning on standard error, printed once per run, then English.
pub fn of(config: Option<&Config>) -> Lang {
    static CHOSEN: OnceLock<Lang> = OnceLock::new();
    *CHOSEN.get_or_init(|| {
        let flag = FLAG.get().and_then(Option::as_deref);
        let choice = negotiate(flag, config.and_then(|c| c.lang.as_deref()), |name| {
            std::env::var(name).ok()
        });
        if let Some(warning) = choice.warning() {
            let label = if crate::render::use_colour(std::io::stderr().is_terminal()) {
                "\x1b[1;33mwarning\x1b[0m"
            } else {
                "warning"
            };
            eprintln!("{label}: {warning}");
        }
        choice.lang
    })
}
