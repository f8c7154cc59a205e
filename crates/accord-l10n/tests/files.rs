//! The host's Fluent files, file by file: every language folder has the files English has, and
//! each file has the messages of its English namesake with the same arguments. (The crate's own
//! test compares the languages' files joined; this one keeps each face's messages in its own
//! file, so that `serve.ftl` in French is the French of `serve.ftl`.)

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use accord_l10n::Lang;
use accord_plugin::l10n::outline;

fn folder(tag: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("l10n").join(tag)
}

fn files(tag: &str) -> BTreeSet<String> {
    std::fs::read_dir(folder(tag))
        .unwrap_or_else(|e| panic!("l10n/{tag}: {e}"))
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name.ends_with(".ftl"))
        .collect()
}

fn read(tag: &str, file: &str) -> String {
    std::fs::read_to_string(folder(tag).join(file))
        .unwrap_or_else(|e| panic!("l10n/{tag}/{file}: {e}"))
}

#[test]
fn every_file_has_its_english_namesakes_messages_and_arguments() {
    let english = files("en");
    assert!(english.contains("serve.ftl") && english.contains("lsp.ftl"));
    for lang in Lang::offered().filter(|l| !l.is_source()) {
        let tag = lang.tag();
        assert_eq!(
            files(tag),
            english,
            "l10n/{tag} has other files than l10n/en"
        );
        for file in &english {
            let source = outline(&read("en", file));
            let translated = outline(&read(tag, file));
            let ids = |o: &std::collections::BTreeMap<String, _>| {
                o.keys().cloned().collect::<BTreeSet<String>>()
            };
            assert_eq!(
                ids(&translated),
                ids(&source),
                "{tag}/{file}: other messages"
            );
            for (id, shape) in &source {
                assert_eq!(translated[id], *shape, "{tag}/{file}: `{id}`");
            }
        }
    }
}

/// The host's sentences in French follow its typography: a no-break space before `:` and a
/// narrow one before `;`, `?`, `!` and `%`, no-break spaces inside « »; Spanish opens its
/// questions.
#[test]
fn french_and_spanish_typography() {
    let all = files("en");
    assert!(all.len() >= 6, "{all:?}");
    for file in &all {
        let messages = |tag: &str| -> Vec<String> {
            read(tag, file)
                .lines()
                .filter(|l| !l.trim_start().starts_with('#'))
                .map(str::to_owned)
                .collect()
        };
        for line in messages("fr") {
            for (bad, why) in [
                (" :", "a no-break space (U+00A0) before `:`"),
                (" ;", "a narrow no-break space (U+202F) before `;`"),
                (" ?", "a narrow no-break space before `?`"),
                (" !", "a narrow no-break space before `!`"),
                (" %", "a narrow no-break space before `%`"),
                ("« ", "a no-break space after «"),
                (" »", "a no-break space before »"),
                ("'", "the apostrophe ’"),
            ] {
                assert!(!line.contains(bad), "fr/{file}: {why}: {line}");
            }
            for mark in [';', '?', '!', '%'] {
                let text: Vec<char> = line.chars().collect();
                for (i, c) in text.iter().enumerate() {
                    if *c == mark && i > 0 && text[i - 1] == '\u{a0}' {
                        panic!("fr/{file}: a narrow no-break space before `{mark}`: {line}");
                    }
                }
            }
        }
        for line in messages("es") {
            if line.contains('?') {
                assert!(line.contains('¿'), "es/{file}: an opening ¿: {line}");
            }
        }
    }
}
