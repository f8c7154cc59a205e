use std::io::Write;
use std::path::Path;

use anyhow::Context;

use crate::Outcome;
use crate::cli::InitArgs;

/// The starter charter: only what the schema requires, with `TODO:` text, and every section the
/// audit looks for as a commented-out example, so a fresh starter validates but fails its audit
/// with the partners' to-do list. `{file}` stands for the file's own name. Tests validate it,
/// audit it, and validate it with every example uncommented.
pub const STARTER: &str = include_str!("../templates/starter.toml");

/// The starter written to `path`: its comments name the file as it was given to `accord init`,
/// so the commands they show run from the same directory.
pub fn starter(path: &Path) -> String {
    STARTER.replace("{file}", &shell_word(&path.display().to_string()))
}

/// `name` as one shell word inside a TOML comment: quoted when it holds anything but letters,
/// digits and `._-/+`; control characters (which would end the comment) become `?`.
fn shell_word(name: &str) -> String {
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

pub fn run(args: &InitArgs) -> anyhow::Result<Outcome> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.file);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            anyhow::bail!(
                "`{}` already exists, and `accord init` never overwrites a file\nhelp: give `accord init` another file name, or move the existing file away first",
                args.file.display()
            );
        }
        Err(e) => {
            return Err(e).with_context(|| format!("could not create `{}`", args.file.display()));
        }
    };
    file.write_all(starter(&args.file).as_bytes())
        .with_context(|| format!("could not write `{}`", args.file.display()))?;
    eprintln!(
        "wrote {0}: a starter charter with TODOs; `accord audit {0}` lists what to add next",
        shell_word(&args.file.display().to_string())
    );
    Ok(Outcome::Pass)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_starter_names_its_own_file() {
        let text = starter(Path::new("drafts/my-partnership.toml"));
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
        let text = starter(Path::new("x\n[oops]\n.toml"));
        assert!(!text.contains("\n[oops]"), "a file name cannot add TOML");
    }
}
