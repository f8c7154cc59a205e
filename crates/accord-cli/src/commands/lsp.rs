//! `accord lsp`: the language server, over standard input and output.

use accord_core::lang::{Origin, negotiate};

use crate::Outcome;
use crate::cli::LspArgs;

pub fn run(_args: &LspArgs) -> anyhow::Result<Outcome> {
    // `--lang` wins over the editor; the locale the editor started the server in counts only
    // when the editor names no language Accord speaks (accord_lsp's `language` module).
    let flag = crate::lang::FLAG.get().and_then(Option::as_deref);
    let asked = flag.map(|tag| negotiate(Some(tag), None, |_| None));
    if let Some(warning) = asked.as_ref().and_then(|choice| choice.warning()) {
        eprintln!("warning: {warning}");
    }
    let locale = negotiate(None, None, |name| std::env::var(name).ok());
    let options = accord_lsp::Options {
        lang: asked
            .filter(|choice| choice.unsupported.is_none())
            .map(|choice| choice.lang),
        locale_lang: matches!(locale.origin, Origin::Env { .. } if locale.unsupported.is_none())
            .then_some(locale.lang),
        ..accord_lsp::Options::default()
    };
    // `--stdio` is what editor clients pass; standard input and output is the only transport.
    Ok(match accord_lsp::run_stdio(options)? {
        accord_lsp::Ended::AfterShutdown => Outcome::Pass,
        accord_lsp::Ended::WithoutShutdown => Outcome::Fail,
    })
}
