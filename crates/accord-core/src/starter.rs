//! The starter charter of `accord init` and of the server's page: only what the schema
//! requires, with `TODO:` text, and every section the audit looks for as a commented-out
//! example, so a fresh starter validates but fails its audit with the partners' to-do list.

use crate::lang::Lang;

/// The starter's text in English; `{file}` stands for the file's own name. Tests validate it,
/// audit it, and validate it with every example uncommented.
pub const STARTER: &str = include_str!("../templates/starter.toml");

/// The starter in each language it is written in, after English: the same keys and values,
/// with its comments and `TODO:` texts translated.
const TRANSLATED: &[(&str, &str)] = &[
    ("fr", include_str!("../templates/starter.fr.toml")),
    ("es", include_str!("../templates/starter.es.toml")),
];

/// The starter's text in `lang`; English for a language it is not written in (the
/// pseudo-language included).
pub fn template(lang: Lang) -> &'static str {
    TRANSLATED
        .iter()
        .find(|(tag, _)| *tag == lang.tag())
        .map_or(STARTER, |(_, text)| text)
}

/// The language the starter is written in for a reader of `lang`: `lang` itself, or English.
pub fn language(lang: Lang) -> Lang {
    if TRANSLATED.iter().any(|(tag, _)| *tag == lang.tag()) {
        lang
    } else {
        Lang::EN
    }
}

/// The starter in `lang` for a file named `name`: its comments name the file as given, so the
/// commands they show run from the same directory.
pub fn for_file(name: &str, lang: Lang) -> String {
    template(lang).replace("{file}", &shell_word(name))
}

/// `name` as one shell word, for the commands Accord suggests (in the starter's comments, in
/// errors): quoted when it holds anything but letters, digits and `._-/+`; control characters
/// (which would end a comment or a line) become `?`.
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
    use serde_json::Value;

    use super::*;
    use crate::load::{Format, Limits, parse_text};

    fn parsed(text: &str) -> Value {
        parse_text(text, Format::Toml, &Limits::default())
            .unwrap_or_else(|d| panic!("the starter does not parse: {d:?}"))
            .value
    }

    /// `value` with every `TODO:` text replaced by the bare marker: what a translation changes.
    fn without_texts(value: Value) -> Value {
        match value {
            Value::String(text) if text.starts_with("TODO: ") => Value::from("TODO:"),
            Value::Array(items) => items.into_iter().map(without_texts).collect(),
            Value::Object(map) => map
                .into_iter()
                .map(|(key, value)| (key, without_texts(value)))
                .collect(),
            other => other,
        }
    }

    /// Every commented-out line that is a table header or `key = value`, uncommented (as the
    /// end-to-end tests do).
    fn uncommented(text: &str) -> String {
        text.lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.starts_with('[') || is_assignment(rest) => rest,
                _ => line,
            })
            .map(|line| format!("{line}\n"))
            .collect()
    }

    fn is_assignment(line: &str) -> bool {
        let key_end = line
            .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
            .unwrap_or(line.len());
        key_end > 0 && line[key_end..].starts_with(" = ")
    }

    /// The keys of the lines that carry a `# TODO:` note after their value.
    fn keys_with_a_todo_note(text: &str) -> Vec<&str> {
        text.lines()
            .filter(|line| line.contains("# TODO: "))
            .filter_map(|line| line.trim_start_matches("# ").split(" = ").next())
            .collect()
    }

    #[test]
    fn each_language_has_its_own_starter_and_english_is_the_fallback() {
        for tag in ["fr", "es"] {
            let lang = Lang::from_tag(tag).expect("an offered language");
            assert_eq!(language(lang), lang);
            assert_ne!(template(lang), STARTER, "{tag}");
        }
        assert_eq!(template(Lang::EN), STARTER);
        let pseudo = Lang::all()
            .find(|l| l.is_pseudo())
            .expect("the pseudo-language");
        assert_eq!(template(pseudo), STARTER);
        assert_eq!(language(pseudo), Lang::EN);
        let french = for_file("charte.toml", Lang::from_tag("fr-HT").expect("French"));
        assert!(french.starts_with("#:schema ./.charter.schema.json\n# charte.toml\u{a0}: "));
        assert!(french.contains("\n#     accord audit charte.toml\n"));
    }

    #[test]
    fn a_translated_starter_is_the_english_one_but_for_its_words() {
        let english = parsed(STARTER);
        let english_full = parsed(&uncommented(STARTER));
        assert_ne!(english, english_full);
        for lang in Lang::all().filter(|l| language(*l) != Lang::EN) {
            let text = template(lang);
            assert_eq!(text.lines().next(), STARTER.lines().next(), "{lang}");
            assert_eq!(
                without_texts(parsed(text)),
                without_texts(english.clone()),
                "{lang}: the same keys and values as the English starter"
            );
            assert_eq!(
                without_texts(parsed(&uncommented(text))),
                without_texts(english_full.clone()),
                "{lang}: the same commented-out examples as the English starter"
            );
            // Every text is translated after its marker, and the notes sit on the same keys.
            let texts = |v: &Value| v.to_string().matches("\"TODO: ").count();
            assert_eq!(texts(&parsed(&uncommented(text))), texts(&english_full));
            assert_eq!(keys_with_a_todo_note(text), keys_with_a_todo_note(STARTER));
            // The same placeholders and the same commands, each on its own line.
            assert_eq!(
                text.matches("{file}").count(),
                STARTER.matches("{file}").count()
            );
            let commands = |t: &'static str| -> Vec<&'static str> {
                t.lines().filter(|l| l.starts_with("#     ")).collect()
            };
            assert_eq!(commands(text), commands(STARTER), "{lang}");
            for line in text.lines().filter(|l| l.contains("TODO")) {
                assert!(
                    !line.contains("TODO\u{a0}:") && !line.contains("TODO :"),
                    "{lang}: the marker is `TODO:` as in English: {line}"
                );
            }
        }
    }

    #[test]
    fn the_starter_names_its_own_file() {
        let text = for_file("drafts/my-partnership.toml", Lang::EN);
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
        assert_eq!(shell_word("/a/b.toml"), "/a/b.toml");
        assert_eq!(shell_word("/a b/it's"), r"'/a b/it'\''s'");
        let text = for_file("x\n[oops]\n.toml", Lang::EN);
        assert!(!text.contains("\n[oops]"), "a file name cannot add TOML");
    }
}
