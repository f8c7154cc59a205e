//! Rule packs: declarative rules in TOML, each a JSON Schema assertion about the value at a
//! JSON Pointer (ARCHITECTURE.md, "Rule packs"). A funder adds requirements without code.

use std::path::{Path, PathBuf};

use accord_plugin::{RuleMeta, Severity};
use serde::Deserialize;
use serde_json::Value;

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
}

/// A compiled pack rule.
pub struct PackRule {
    pub meta: RuleMeta,
    pub path: String,
    pub when_absent: WhenAbsent,
    pub message: String,
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

/// Why a pack was refused: the file, the rule when there is one, and each problem located.
#[derive(Debug, thiserror::Error)]
#[error("the rule pack `{origin}` is invalid{}:\n{}", rule.as_ref().map(|r| format!(" (rule `{r}`)")).unwrap_or_default(), problems.join("\n"))]
pub struct PackError {
    pub origin: String,
    pub rule: Option<String>,
    pub problems: Vec<String>,
}

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
        let text = std::fs::read_to_string(path).map_err(|e| PackError {
            origin: path.display().to_string(),
            rule: None,
            problems: vec![format!("it could not be read: {e}")],
        })?;
        Pack::parse(
            &path.display().to_string(),
            &text,
            Some(path.to_owned()),
            schema,
        )
    }

    /// Parses a pack's TOML: the pack schema first (every error located), then each `assert`
    /// compiled as a JSON Schema.
    pub fn parse(
        origin: &str,
        text: &str,
        path: Option<PathBuf>,
        schema: &SchemaValidator,
    ) -> Result<Pack, PackError> {
        let refuse = |rule: Option<String>, problems: Vec<String>| PackError {
            origin: origin.to_owned(),
            rule,
            problems,
        };
        let doc = crate::validate::check_toml(origin, text, schema)
            .map_err(|problems| refuse(None, problems))?;
        let file: PackFile =
            serde_json::from_value(doc.value).map_err(|e| refuse(None, vec![e.to_string()]))?;
        let mut rules: Vec<PackRule> = Vec::with_capacity(file.rule.len());
        for def in file.rule {
            if rules.iter().any(|r| r.meta.id == def.id) {
                return Err(refuse(
                    Some(def.id.clone()),
                    vec!["the id is defined twice in this pack".to_owned()],
                ));
            }
            let assert = jsonschema::draft202012::options()
                .should_validate_formats(true)
                .build(&def.assert)
                .map_err(|e| {
                    refuse(
                        Some(def.id.clone()),
                        vec![format!("its `assert` is not a valid JSON Schema: {e}")],
                    )
                })?;
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

impl PackRule {
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
