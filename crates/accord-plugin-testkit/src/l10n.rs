//! Completeness of a plugin's translations: every rule text and every finding message in every
//! language, with the same arguments, and examples that are still the same charter fragment.

use std::collections::BTreeMap;

use accord_plugin::l10n::{
    DESCRIPTION_ID, MessageOutline, RULE_ATTRIBUTES, Translations, outline, rule_message_id,
};
use accord_plugin::{Manifest, Plugin};

/// Asserts that `plugin` speaks each of `languages` (`["fr", "es"]`) completely:
///
/// - its Fluent files have no syntax error;
/// - the manifest lists each language in `message_languages` and has, in `l10n`, the plugin's
///   description and every rule's summary, rationale, fix and example;
/// - each finding message of `en.ftl` is in every language with the same arguments and the
///   same functions (`DATE`), and no language has a message English lacks; `en.ftl` holds no
///   rule texts (their English is the rule's doc comment);
/// - each translated example is TOML with the same keys as the English one, and the same
///   values except for texts with a space in them (prose a translator translates; ids, enum
///   values and language tags stay).
///
/// # Panics
/// Listing every gap.
pub fn assert_translated<P: Plugin>(plugin: &P, translations: &Translations, languages: &[&str]) {
    let manifest = plugin.manifest();
    let mut gaps: Vec<String> = translations.problems().to_vec();
    let english = translations.file("en").map(outline).unwrap_or_default();
    if translations.file("en").is_none() {
        gaps.push("there is no `en` file with the English finding messages".to_owned());
    }
    let rule_ids: BTreeMap<String, &str> = manifest
        .rules
        .iter()
        .map(|r| (rule_message_id(&r.id), r.id.as_str()))
        .collect();
    for (id, shape) in &english {
        if rule_ids.contains_key(id) {
            gaps.push(format!(
                "en: `{id}` is the id of a rule's texts in the other languages: name the finding message otherwise"
            ));
        } else if !shape.attributes.is_empty() {
            gaps.push(format!(
                "en: `{id}` has attributes: the English of a rule's texts is its doc comment"
            ));
        }
    }
    for lang in languages {
        let Some(file) = translations.file(lang) else {
            gaps.push(format!("{lang}: no file"));
            continue;
        };
        if !manifest.message_languages.iter().any(|l| l == lang) {
            gaps.push(format!("{lang}: not in the manifest's `message_languages`"));
        }
        check_manifest_texts(&manifest, lang, &mut gaps);
        check_messages(lang, &english, &outline(file), &rule_ids, &mut gaps);
    }
    assert!(
        gaps.is_empty(),
        "the translations of `{}` are incomplete:\n  {}",
        manifest.name,
        gaps.join("\n  ")
    );
}

fn check_manifest_texts(manifest: &Manifest, lang: &str, gaps: &mut Vec<String>) {
    let texts = manifest.l10n.get(lang);
    if texts.and_then(|t| t.description.as_ref()).is_none() {
        gaps.push(format!("{lang}: no `{DESCRIPTION_ID}`"));
    }
    for rule in &manifest.rules {
        let Some(t) = texts.and_then(|t| t.rules.get(&rule.id)) else {
            gaps.push(format!("{lang}: no texts for `{}`", rule.id));
            continue;
        };
        for (name, text) in [
            ("summary", &t.summary),
            ("rationale", &t.rationale),
            ("fix", &t.fix),
            ("example", &t.example),
        ] {
            if text.as_deref().is_none_or(|t| t.trim().is_empty()) {
                gaps.push(format!("{lang}: `{}` has no {name}", rule.id));
            }
        }
        if let Some(example) = &t.example
            && let Err(why) = same_fragment(&rule.example, example)
        {
            gaps.push(format!("{lang}: the example of `{}` {why}", rule.id));
        }
    }
}

fn check_messages(
    lang: &str,
    english: &BTreeMap<String, MessageOutline>,
    translated: &BTreeMap<String, MessageOutline>,
    rule_ids: &BTreeMap<String, &str>,
    gaps: &mut Vec<String>,
) {
    for (id, shape) in english {
        match translated.get(id) {
            None => gaps.push(format!("{lang}: the message `{id}` is missing")),
            Some(t) if t.variables != shape.variables || t.value != shape.value => {
                gaps.push(format!(
                    "{lang}: `{id}` uses {:?}, English uses {:?}",
                    t.variables, shape.variables
                ));
            }
            Some(t) if t.functions != shape.functions => {
                gaps.push(format!(
                    "{lang}: `{id}` calls {:?}, English calls {:?} (a date written out in one language is written out in all)",
                    t.functions, shape.functions
                ));
            }
            Some(_) => {}
        }
    }
    for (id, shape) in translated {
        if id == DESCRIPTION_ID || english.contains_key(id) {
            continue;
        }
        if !rule_ids.contains_key(id) {
            gaps.push(format!(
                "{lang}: `{id}` is neither a rule nor an English message"
            ));
            continue;
        }
        if shape.value || !shape.variables.is_empty() {
            gaps.push(format!(
                "{lang}: `{id}` (a rule's texts) must have only attributes, without arguments"
            ));
        }
        for attribute in &shape.attributes {
            if !RULE_ATTRIBUTES.contains(&attribute.as_str()) {
                gaps.push(format!(
                    "{lang}: `{id}` has `.{attribute}`, not one of {RULE_ATTRIBUTES:?}"
                ));
            }
        }
    }
}

/// Whether a translated example is the same charter fragment as the English one.
fn same_fragment(english: &str, translated: &str) -> Result<(), String> {
    let parse = |text: &str| text.parse::<toml::Table>();
    let (Ok(en), tr) = (parse(english), parse(translated)) else {
        // An English example that is not TOML (a comment only) is compared as text.
        return (english.trim() == translated.trim() || !translated.trim().is_empty())
            .then_some(())
            .ok_or_else(|| "is empty".to_owned());
    };
    let tr = tr.map_err(|e| format!("is not TOML: {e}"))?;
    let mut problems = Vec::new();
    compare(
        &toml::Value::Table(en),
        &toml::Value::Table(tr),
        "",
        &mut problems,
    );
    match problems.first() {
        None => Ok(()),
        Some(first) => Err(first.clone()),
    }
}

fn compare(en: &toml::Value, tr: &toml::Value, at: &str, problems: &mut Vec<String>) {
    use toml::Value::{Array, String as Text, Table};
    match (en, tr) {
        (Table(a), Table(b)) => {
            let keys_a: Vec<_> = a.keys().collect();
            let keys_b: Vec<_> = b.keys().collect();
            if keys_a != keys_b {
                problems.push(format!("has keys {keys_b:?} at `{at}`, English {keys_a:?}"));
                return;
            }
            for (key, value) in a {
                compare(value, &b[key], &format!("{at}.{key}"), problems);
            }
        }
        (Array(a), Array(b)) if a.len() == b.len() => {
            for (i, (x, y)) in a.iter().zip(b).enumerate() {
                compare(x, y, &format!("{at}[{i}]"), problems);
            }
        }
        // Prose is translated; ids, enum values and tags (no space) are not.
        (Text(a), Text(b)) if a.contains(' ') && !b.trim().is_empty() => {}
        (a, b) if a == b => {}
        (a, b) => problems.push(format!("has {b:?} at `{at}`, English {a:?}")),
    }
}

#[cfg(test)]
mod tests {
    use super::same_fragment;

    #[test]
    fn examples_keep_their_keys_ids_and_numbers() {
        let en = "[[partners]]\nid = \"konbit\"\nbrings = \"Water committees\"\ntotal = 3\n";
        assert_eq!(
            same_fragment(
                en,
                "[[partners]]\nid = \"konbit\"\nbrings = \"Comités de l’eau\"\ntotal = 3\n"
            ),
            Ok(())
        );
        for bad in [
            "[[partners]]\nid = \"konbit-fr\"\nbrings = \"Comités\"\ntotal = 3\n",
            "[[partners]]\nid = \"konbit\"\napporte = \"Comités\"\ntotal = 3\n",
            "[[partners]]\nid = \"konbit\"\nbrings = \"Comités\"\ntotal = 4\n",
            "[[partners]\n",
        ] {
            assert!(same_fragment(en, bad).is_err(), "{bad}");
        }
    }
}
