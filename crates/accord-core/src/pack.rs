//! Rule packs: declarative rules in TOML, each a JSON Schema assertion about the value at a
//! JSON Pointer (docs/rule-packs.md). A funder adds requirements without code.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use accord_plugin::{RuleMeta, RuleTexts, Severity};
use serde::Deserialize;
use serde_json::Value;

use crate::catalogue::Translated;
use crate::diagnostic::{Diagnostic, DocumentKind, InvalidFile, Kind};
use crate::lang::{Lang, Message, msg};
use crate::validate::SchemaValidator;

/// The packs built into the binary, by name.
pub const BUILT_IN: &[(&str, &str)] = &[("core", include_str!("../../../rules/core.toml"))];

/// What happens when a rule's path is absent from the charter.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WhenAbsent {
    #[default]
    Fail,
    Pass,
    NotApplicable,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PackFile {
    pack: Header,
    #[serde(default)]
    rule: Vec<RuleDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    name: String,
    version: String,
    #[serde(default)]
    #[allow(dead_code)]
    description: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleDef {
    id: String,
    category: String,
    severity: Severity,
    summary: String,
    rationale: String,
    fix: String,
    #[serde(default)]
    example: String,
    #[serde(default)]
    references: Vec<String>,
    path: String,
    #[serde(default)]
    when_absent: WhenAbsent,
    assert: Value,
    message: String,
    /// The rule's texts in other languages: `[rule.l10n.fr]`.
    #[serde(default)]
    l10n: BTreeMap<String, RuleL10n>,
}

/// `[rule.l10n.<tag>]`: any of a rule's texts in one language.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleL10n {
    summary: Option<String>,
    rationale: Option<String>,
    fix: Option<String>,
    example: Option<String>,
    message: Option<String>,
}

/// A compiled pack rule.
pub struct PackRule {
    pub meta: RuleMeta,
    pub path: String,
    pub when_absent: WhenAbsent,
    /// The finding message, in English.
    pub message: String,
    /// The rule's texts in other languages (`[rule.l10n.<tag>]`).
    pub translated: Translated,
    /// The finding message in other languages.
    pub messages: BTreeMap<Lang, String>,
    assert: jsonschema::Validator,
}

/// A loaded pack: its rules compiled once per run.
pub struct Pack {
    pub name: String,
    pub version: String,
    /// `None` for packs embedded in the binary.
    pub path: Option<PathBuf>,
    pub rules: Vec<PackRule>,
}

/// Why a pack was refused: its file and each problem, located (the rule it concerns at that
/// rule's `id` or `assert`).
pub type PackError = InvalidFile;

impl Pack {
    /// A built-in pack by name.
    pub fn built_in(name: &str, schema: &SchemaValidator) -> Option<Result<Pack, PackError>> {
        BUILT_IN
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(n, text)| Pack::parse(&format!("{n} (built in)"), text, None, schema))
    }

    /// Reads and parses a pack file.
    pub fn from_file(path: &Path, schema: &SchemaValidator) -> Result<Pack, PackError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InvalidFile::unreadable(DocumentKind::Pack, &origin, &e))?;
        Pack::parse(&origin, &text, Some(path.to_owned()), schema)
    }

    /// Parses a pack's TOML: the pack schema first (every error located), then each `assert`
    /// compiled as a JSON Schema.
    pub fn parse(
        origin: &str,
        text: &str,
        path: Option<PathBuf>,
        schema: &SchemaValidator,
    ) -> Result<Pack, PackError> {
        let doc = crate::validate::check_toml(DocumentKind::Pack, origin, text, schema)?;
        let refuse = |pointer: String, message: Message| InvalidFile {
            kind: DocumentKind::Pack,
            origin: origin.to_owned(),
            source: Some(Box::new(crate::load::Source::new(
                origin.into(),
                text.to_owned(),
            ))),
            diagnostics: vec![
                Diagnostic::new(Kind::Schema, message)
                    .at_span(doc.map.locate(&pointer).span)
                    .at_path(pointer),
            ],
        };
        let file: PackFile = serde_json::from_value(doc.value.clone())
            .map_err(|e| refuse(String::new(), Message::verbatim(e.to_string())))?;
        let mut rules: Vec<PackRule> = Vec::with_capacity(file.rule.len());
        for (i, def) in file.rule.into_iter().enumerate() {
            if rules.iter().any(|r| r.meta.id == def.id) {
                return Err(refuse(
                    format!("/rule/{i}/id"),
                    msg!("pack-rule-twice", rule = def.id.as_str()),
                ));
            }
            let assert = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&def.assert)
                .map_err(|e| {
                    refuse(
                        format!("/rule/{i}/assert"),
                        msg!(
                            "pack-assert-invalid",
                            rule = def.id.as_str(),
                            reason = e.to_string()
                        ),
                    )
                })?;
            let (translated, messages) = translations(def.l10n);
            rules.push(PackRule {
                meta: RuleMeta {
                    id: def.id,
                    category: def.category,
                    severity: def.severity,
                    summary: def.summary,
                    rationale: def.rationale,
                    fix: def.fix,
                    example: def.example,
                    references: def.references,
                },
                path: def.path,
                when_absent: def.when_absent,
                message: def.message,
                translated,
                messages,
                assert,
            });
        }
        Ok(Pack {
            name: file.pack.name,
            version: file.pack.version,
            path,
            rules,
        })
    }
}

/// A rule's `[rule.l10n.<tag>]` tables by language (tags Accord does not speak are kept out).
fn translations(l10n: BTreeMap<String, RuleL10n>) -> (Translated, BTreeMap<Lang, String>) {
    let mut texts = Translated::new();
    let mut messages = BTreeMap::new();
    for (tag, t) in l10n {
        let Some(lang) = Lang::from_tag(&tag).filter(|l| !l.is_source() && !l.is_pseudo()) else {
            continue;
        };
        if let Some(message) = t.message {
            messages.entry(lang).or_insert(message);
        }
        let rule = RuleTexts {
            summary: t.summary,
            rationale: t.rationale,
            fix: t.fix,
            example: t.example,
        };
        if !rule.is_empty() {
            texts.entry(lang).or_insert(rule);
        }
    }
    (texts, messages)
}

impl PackRule {
    /// The finding message in `lang`, else in English.
    pub fn message_in(&self, lang: Lang) -> Cow<'_, str> {
        if lang.is_pseudo() {
            return Cow::Owned(accord_plugin::l10n::pseudo(&self.message));
        }
        Cow::Borrowed(self.messages.get(&lang).unwrap_or(&self.message))
    }

    /// Evaluates the rule on a charter: `Some(true)` passes, `Some(false)` fails, `None` is not
    /// applicable.
    pub fn check(&self, charter: &Value) -> Option<bool> {
        match charter.pointer(&self.path) {
            Some(value) => Some(self.assert.is_valid(value)),
            None => match self.when_absent {
                WhenAbsent::Fail => Some(false),
                WhenAbsent::Pass => Some(true),
                WhenAbsent::NotApplicable => None,
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every key path of a TOML fragment, and its value unless it is prose (a text with a space).
    fn shape(text: &str) -> Vec<String> {
        fn walk(value: &toml::Value, at: &str, out: &mut Vec<String>) {
            match value {
                toml::Value::Table(table) => {
                    for (key, value) in table {
                        walk(value, &format!("{at}.{key}"), out);
                    }
                }
                toml::Value::Array(items) => {
                    for (i, item) in items.iter().enumerate() {
                        walk(item, &format!("{at}[{i}]"), out);
                    }
                }
                toml::Value::String(s) if s.contains(' ') => out.push(at.to_owned()),
                other => out.push(format!("{at} = {other:?}")),
            }
        }
        let table: toml::Table = text
            .parse()
            .unwrap_or_else(|e| panic!("not TOML: {e}\n{text}"));
        let mut out = Vec::new();
        walk(&toml::Value::Table(table), "", &mut out);
        out
    }

    #[test]
    fn the_core_pack_speaks_french_and_spanish() {
        let schema = crate::schemas::compile("pack").expect("pack schema");
        let core = Pack::built_in("core", &schema)
            .expect("core is built in")
            .expect("core is valid");
        for tag in ["fr", "es"] {
            let lang = Lang::from_tag(tag).expect("a language Accord speaks");
            for rule in &core.rules {
                let id = &rule.meta.id;
                let texts = rule
                    .translated
                    .get(&lang)
                    .unwrap_or_else(|| panic!("{id}: no [rule.l10n.{tag}]"));
                for (field, text) in [
                    ("summary", &texts.summary),
                    ("rationale", &texts.rationale),
                    ("fix", &texts.fix),
                    ("example", &texts.example),
                ] {
                    assert!(
                        text.as_deref().is_some_and(|t| !t.trim().is_empty()),
                        "{id}: no {field} in {tag}"
                    );
                }
                let message = rule.message_in(lang);
                assert_ne!(message, rule.message.as_str(), "{id}: no message in {tag}");
                // The same fragment: keys, ids and numbers as in English, only prose translated.
                let example = texts.example.as_deref().unwrap_or_default();
                assert_eq!(shape(example), shape(&rule.meta.example), "{id} in {tag}");
                // Code spans (keys, values) are the English ones.
                let code = |text: &str| -> Vec<String> {
                    text.split('`')
                        .skip(1)
                        .step_by(2)
                        .map(str::to_owned)
                        .collect()
                };
                let mut english: Vec<String> = code(&rule.message);
                let mut translated: Vec<String> = code(&message);
                english.sort();
                translated.sort();
                assert_eq!(translated, english, "{id}: the code in its {tag} message");
            }
        }
    }
}
