//! Errors that stop a command, as sentences: the error, its causes, and a help line.

use std::io::IsTerminal;

pub fn print(error: &anyhow::Error) {
    let colour = super::use_colour(std::io::stderr().is_terminal());
    eprintln!("{}", format_error(error, colour));
}

/// `error: …`, a `caused by:` line per cause; with colour, `error` in bold red and each `help:`
/// line's label in bold, as rustc and clap show them.
fn format_error(error: &anyhow::Error, colour: bool) -> String {
    let mut text = format!("error: {error}");
    for cause in error.chain().skip(1) {
        text.push_str(&format!("\n  caused by: {cause}"));
    }
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
