//! The language of the run: `--lang`, else the configuration's `lang`, else the POSIX locale,
//! else English (accord_core::lang::negotiate). `--help` stays English.

use std::io::IsTerminal;
use std::sync::OnceLock;

use accord_core::config::Config;
use accord_core::lang::{Lang, Message, negotiate};

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

/// The language of the run as far as it is known: the one chosen, else `--lang` or the locale
/// (an error before the configuration was read).
pub fn current() -> Lang {
    of(None)
}

/// The language of a command that reads no rules (`validate`): the configuration found by the
/// lookup is read for its `lang` only, and one that cannot be read is left out.
pub fn discovered() -> Lang {
    let config = std::env::current_dir().ok().and_then(|dir| {
        accord_core::setup::config(&accord_core::setup::ConfigChoice::Discover(dir))
            .ok()
            .flatten()
    });
    of(config.as_ref())
}

/// An error of the command line, written in the reader's language when it is shown: what went
/// wrong, and how to fix it. Its `Display` is English.
#[derive(Debug)]
pub struct Problem {
    pub message: Message,
    pub help: Option<Message>,
}

impl Problem {
    pub fn new(message: Message) -> Problem {
        Problem {
            message,
            help: None,
        }
    }

    pub fn help(mut self, help: Message) -> Problem {
        self.help = Some(help);
        self
    }

    /// The problem and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let message = self.message.text(lang);
        match &self.help {
            Some(help) => accord_core::lang::with_help(lang, message, help.text(lang)),
            None => message,
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

impl std::error::Error for Problem {}

/// `bail!(message, help)`: returns a [`Problem`] from the current function.
macro_rules! bail {
    ($message:expr $(,)?) => {
        return Err(anyhow::Error::new($crate::lang::Problem::new($message)))
    };
    ($message:expr, $help:expr $(,)?) => {
        return Err(anyhow::Error::new(
            $crate::lang::Problem::new($message).help($help),
        ))
    };
}
pub(crate) use bail;
