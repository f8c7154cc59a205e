//! Errors that stop a command, as sentences: the error, its causes, and a help line.
//!
//! Errors quote file names and charter text, so control characters show as escapes
//! (`\u{1b}`, [`accord_render::escape`]), never as themselves; colour is added after.

use std::error::Error;
use std::io::IsTerminal;

use accord_core::diagnostic::InvalidFile;
use accord_core::lang::{Lang, Message, labelled, t};
use accord_core::setup::SetupError;

use crate::lang::Problem;

pub fn print(error: &anyhow::Error) {
    let colour = super::use_colour(std::io::stderr().is_terminal());
    let lang = crate::lang::current();
    match invalid_file(error) {
        Some(file) => eprintln!("{}", format_invalid(file, colour, lang)),
        None => eprintln!("{}", format_error(error, colour, lang)),
    }
}

/// The refused pack, profile or configuration an error is about, if any.
fn invalid_file(error: &anyhow::Error) -> Option<&InvalidFile> {
    error
        .downcast_ref::<SetupError>()
        .and_then(SetupError::invalid_file)
        .or_else(|| error.downcast_ref::<InvalidFile>())
}

/// The file refused, then each problem as a snippet of its text (as `accord validate` shows a
/// charter's), so a funder's own pack or profile is fixed the same way.
fn format_invalid(file: &InvalidFile, colour: bool, lang: Lang) -> String {
    let count = file.diagnostics.len();
    let headline = t!(
        lang,
        "file-invalid",
        kind = file.kind.schema(),
        file = accord_render::escape::visible_line(&file.origin)
    );
    let mut text = label(
        lang,
        "error",
        &t!(lang, "cli-file-problems", file = headline, count = count),
        colour,
    );
    for d in &file.diagnostics {
        text.push_str("\n\n");
        text.push_str(&accord_render::snippet::render(
            d,
            &file.origin,
            file.source.as_deref(),
            colour,
            lang,
        ));
    }
    text
}

/// `error: …`, a `caused by:` line per cause, each in `lang` where its type allows; with colour,
/// `error` in bold red and each `help:` line's label in bold, as rustc and clap show them.
fn format_error(error: &anyhow::Error, colour: bool, lang: Lang) -> String {
    let first = outermost(error, lang);
    let mut text = labelled(lang, "error", &first);
    for cause in error.chain().skip(1) {
        text.push_str("\n  ");
        text.push_str(&labelled(lang, "cause", &describe(cause, lang)));
    }
    let mut text = accord_render::escape::visible(&text).into_owned();
    if colour {
        let error_label = t!(lang, "label", label = "error");
        let help_label = t!(lang, "label", label = "help");
        text = text.replacen(&error_label, &format!("\x1b[1;31m{error_label}\x1b[0m"), 1);
        text = text.replace(
            &format!("\n{help_label}"),
            &format!("\n\x1b[1m{help_label}\x1b[0m"),
        );
    }
    text
}

/// `label: text` with the label in `lang`, coloured as rustc does.
fn label(lang: Lang, which: &str, text: &str, colour: bool) -> String {
    let line = labelled(lang, which, text);
    if !colour {
        return line;
    }
    let name = t!(lang, "label", label = which);
    line.replacen(&name, &format!("\x1b[1;31m{name}\x1b[0m"), 1)
}

/// The error itself (or the context it was given), in `lang`.
fn outermost(error: &anyhow::Error, lang: Lang) -> String {
    if let Some(problem) = error.downcast_ref::<Problem>() {
        problem.describe(lang)
    } else if let Some(message) = error.downcast_ref::<Message>() {
        message.text(lang)
    } else {
        describe(error.as_ref(), lang)
    }
}

/// An error of a type that can say itself in `lang`, else its `Display`.
fn describe(error: &(dyn Error + 'static), lang: Lang) -> String {
    use accord_core::{engine, plugin, profile, trust};
    if let Some(e) = error.downcast_ref::<Problem>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<Message>() {
        e.text(lang)
    } else if let Some(e) = error.downcast_ref::<SetupError>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<InvalidFile>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<plugin::PluginError>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<profile::ProfileError>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<trust::Untrusted>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<engine::BuildError>() {
        e.describe(lang)
    } else if let Some(e) = error.downcast_ref::<accord_core::baseline::BaselineError>() {
        e.describe(lang)
    } else {
        error.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_refused_file_shows_each_problem_at_its_line() {
        let schema = accord_core::schemas::compile("config").expect("config schema");
        let text = "profile = \"default\"\nprofil = \"x\"\n";
        let file = accord_core::validate::check_toml(
            accord_core::diagnostic::DocumentKind::Config,
            "accord.toml",
            text,
            &schema,
        )
        .expect_err("an unknown key");
        let shown = format_invalid(&file, false, Lang::EN);
        assert!(
            shown.starts_with("error: the configuration `accord.toml` is invalid (1 problem):"),
            "{shown}"
        );
        assert!(shown.contains("--> accord.toml:2:1"), "{shown}");
        assert!(shown.contains("2 | profil = \"x\""), "{shown}");
        assert!(shown.contains("did you mean `profile`?"), "{shown}");
        let error = anyhow::Error::new(SetupError::from(file));
        assert!(invalid_file(&error).is_some());
    }

    #[test]
    fn control_characters_in_errors_are_shown() {
        let error = anyhow::anyhow!("could not read `a\u{1b}]0;title\u{7}.toml`");
        assert_eq!(
            format_error(&error, true, Lang::EN),
            "\x1b[1;31merror\x1b[0m: could not read `a\\u{1b}]0;title\\u{7}.toml`"
        );
    }

    #[test]
    fn colour_marks_the_labels_only() {
        let error = anyhow::anyhow!("`x.toml` is missing\nhelp: create it");
        assert_eq!(
            format_error(&error, false, Lang::EN),
            "error: `x.toml` is missing\nhelp: create it"
        );
        assert_eq!(
            format_error(&error, true, Lang::EN),
            "\x1b[1;31merror\x1b[0m: `x.toml` is missing\n\x1b[1mhelp\x1b[0m: create it"
        );
    }
}
