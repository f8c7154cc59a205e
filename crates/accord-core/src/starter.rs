//! The starter charter of `accord init` and of the server's page: only what the schema
//! requires, with `TODO:` text, and every section the audit looks for as a commented-out
//! example, so a fresh starter validates but fails its audit with the partners' to-do list.

/// The starter's text; `{file}` stands for the file's own name. Tests validate it, audit it,
/// and validate it with every example uncommented.
pub const STARTER: &str = include_str!("../templates/starter.toml");

/// The starter for a file named `name`: its comments name the file as given, so the commands
/// they show run from the same directory.
pub fn for_file(name: &str) -> String {
    STARTER.replace("{file}", &shell_word(name))
}

/// `name` as one shell word inside a TOML comment: quoted when it holds anything but letters,
/// digits and `._-/+`; control characters (which would end the comment) become `?`.
pub fn shell_word(name: &str) -> String {
    let name: String = name
        .chars()
        .map(|c| if c.is_control() { '?' } else { c })
        .collect();
    let plain = |c: char| c.is_alphanumeric() || "._-/+".contains(c);
    if !name.is_empty() && name.chars().all(plain) {
        name
    } else {
        format!("'{}'", name.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_names_its_own_file() {
        let text = for_file("drafts/my-partnership.toml");
        assert!(
            text.contains("accord audit drafts/my-partnership.toml\n"),
            "{text}"
        );
        assert!(
            text.starts_with("#:schema ./.charter.schema.json\n# drafts/my-partnership.toml: ")
        );
        assert!(!text.contains("{file}"));
        // Exactly the placeholders change.
        assert_eq!(
            text.len() - STARTER.len(),
            STARTER.matches("{file}").count()
                * ("drafts/my-partnership.toml".len() - "{file}".len())
        );
    }

    #[test]
    fn odd_names_stay_one_word_inside_the_comment() {
        assert_eq!(shell_word("charter.toml"), "charter.toml");
        assert_eq!(shell_word("my partnership.toml"), "'my partnership.toml'");
        assert_eq!(shell_word("it's.toml"), r"'it'\''s.toml'");
        assert_eq!(shell_word("a\nb = 1.toml"), "'a?b = 1.toml'");
        let text = for_file("x\n[oops]\n.toml");
        assert!(!text.contains("\n[oops]"), "a file name cannot add TOML");
    }
}
