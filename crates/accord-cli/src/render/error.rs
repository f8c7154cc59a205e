//! Errors that stop a command, as sentences: the error, its causes, and a help line.
//!
//! Errors quote file names and charter text, so control characters show as escapes
//! (`\u{1b}`, [`accord_render::escape`]), never as themselves; colour is added after.

use std::io::IsTerminal;

use accord_core::diagnostic::InvalidFile;
use accord_core::setup::SetupError;

pub fn print(error: &anyhow::Error) {
    let colour = super::use_colour(std::io::stderr().is_terminal());
    match invalid_file(error) {
        Some(file) => eprintln!("{}", format_invalid(file, colour)),
        None => eprintln!("{}", format_error(error, colour)),
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
fn format_invalid(file: &InvalidFile, colour: bool) -> String {
    let count = file.diagnostics.len();
    let mut text = format!(
        "error: the {} `{}` is invalid ({}):",
        file.kind.noun(),
        accord_render::escape::visible_line(&file.origin),
        accord_core::plural(count, "problem", "problems")
    );
    if colour {
        text = text.replacen("error:", "\x1b[1;31merror\x1b[0m:", 1);
    }
    for d in &file.diagnostics {
        text.push_str("\n\n");
        text.push_str(&accord_render::snippet::render(
            d,
            &file.origin,
            file.source.as_deref(),
            colour,
        ));
    }
    text
}

/// `error: …`, a `caused by:` line per cause; with colour, `error` in bold red and each `help:`
/// line's label in bold, as rustc and clap show them.
fn format_error(error: &anyhow::Error, colour: bool) -> String {
    let mut text = format!("error: {error}");
    for cause in error.chain().skip(1) {
        text.push_str(&format!("\n  caused by: {cause}"));
    }
    let mut text = accord_render::escape::visible(&text).into_owned();
    if colour {
        text = text.replacen("error:", "\x1b[1;31merror\x1b[0m:", 1);
        text = text.replace("\nhelp:", "\n\x1b[1mhelp\x1b[0m:");
    }
    text
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
        let shown = format_invalid(&file, false);
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
            format_error(&error, true),
            "\x1b[1;31merror\x1b[0m: could not read `a\\u{1b}]0;title\\u{7}.toml`"
        );
    }

    #[test]
    fn colour_marks_the_labels_only() {
        let error = anyhow::anyhow!("`x.toml` is missing\nhelp: create it");
        assert_eq!(
            format_error(&error, false),
            "error: `x.toml` is missing\nhelp: create it"
        );
        assert_eq!(
            format_error(&error, true),
            "\x1b[1;31merror\x1b[0m: `x.toml` is missing\n\x1b[1mhelp\x1b[0m: create it"
        );
    }
}
