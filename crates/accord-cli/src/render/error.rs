//! Errors that stop a command, as sentences: the error, its causes, and a help line.

/// Prints the error to stderr. Errors quote file names and charter text, so control characters
/// show as escapes (`\u{1b}`), never as themselves.
pub fn print(error: &anyhow::Error) {
    eprintln!("{}", accord_render::escape::visible(&text(error)));
}

fn text(error: &anyhow::Error) -> String {
    let mut text = format!("error: {error}");
    for cause in error.chain().skip(1) {
        text.push_str(&format!("\n  caused by: {cause}"));
    }
    text
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_in_errors_are_shown() {
        let error = anyhow::anyhow!("could not read `a\u{1b}]0;title\u{7}.toml`");
        let shown = accord_render::escape::visible(&super::text(&error)).into_owned();
        assert_eq!(shown, "error: could not read `a\\u{1b}]0;title\\u{7}.toml`");
    }
}
