//! Profiles: which plugins and packs run, and how findings are judged
//! "Configuration"). Built-in profiles are embedded in the binary.

use std::collections::BTreeMap;

use accord_plugin::Severity;
use serde::Deserialize;
use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostic, DocumentKind, InvalidFile, Kind};
use crate::lang::{Lang, Message, t, with_help};

/// How waivers count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum WaiverPolicy {
    /// A waived finding counts as passed.
    #[default]
    Honour,
    /// Waivers are shown, but waived findings count as failed.
    ReportOnly,
}

/// How much a report says about each finding (an Accord extension of the profile format).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ReportDetail {
    /// The message, the charter line and a one-line fix.
    #[default]
    Brief,
    /// Also the rule's full fix text and a passing example (the `self-audit` profile).
    Full,
}

/// A profile, as written in TOML.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    pub name: String,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub plugins: Vec<String>,
    #[serde(default)]
    pub packs: Vec<String>,
    #[serde(default)]
    pub disable: Vec<String>,
    #[serde(default)]
    pub fail_under: f64,
    #[serde(default)]
    pub waivers: WaiverPolicy,
    #[serde(default)]
    pub deny_warnings: bool,
    /// How much the text and Markdown reports say about each finding.
    #[serde(default)]
    pub report_detail: ReportDetail,
    #[serde(default)]
    pub severity: BTreeMap<String, Severity>,
    #[serde(default)]
    pub options: BTreeMap<String, Map<String, Value>>,
    /// The sha256 of the profile's text (reports name it).
    #[serde(skip)]
    pub sha256: String,
    /// Where the profile comes from, for messages: its file, or `built-in profile NAME`.
    #[serde(skip)]
    pub origin: String,
    /// The directory relative pack paths resolve from (`None` for built-in profiles).
    #[serde(skip)]
    pub base_dir: Option<std::path::PathBuf>,
}

/// The built-in profiles, by name.
pub const BUILT_IN: &[(&str, &str)] = &[
    (
        "default",
        include_str!("../../../rules/profiles/default.toml"),
    ),
    (
        "funder-screening",
        include_str!("../../../rules/profiles/funder-screening.toml"),
    ),
    (
        "self-audit",
        include_str!("../../../rules/profiles/self-audit.toml"),
    ),
];

/// A profile that does not fit the rules or plugins it names (found when an engine is built).
#[derive(Debug, Clone)]
pub struct ProfileProblem {
    /// The profile's origin: its file, or its built-in name.
    pub profile: String,
    /// What is wrong, as the rest of a sentence starting with the profile.
    pub problem: Message,
    pub help: Message,
}

impl ProfileProblem {
    /// The problem and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        with_help(
            lang,
            t!(
                lang,
                "profile-problem",
                profile = self.profile.as_str(),
                problem = self.problem.text(lang)
            ),
            self.help.text(lang),
        )
    }
}

/// English.
impl std::fmt::Display for ProfileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

impl std::error::Error for ProfileProblem {}

#[derive(Debug, thiserror::Error)]
pub enum ProfileError {
    #[error(transparent)]
    Schema(#[from] crate::validate::SchemaError),
    #[error("{}", self.describe(Lang::EN))]
    Unknown { name: String, known: String },
    #[error(transparent)]
    Invalid(#[from] InvalidFile),
}

impl ProfileError {
    /// The error and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            ProfileError::Schema(e) => e.to_string(),
            ProfileError::Unknown { name, known } => with_help(
                lang,
                t!(lang, "profile-unknown", name = name.as_str()),
                t!(lang, "profile-unknown-help", known = known.as_str()),
            ),
            ProfileError::Invalid(file) => file.describe(lang),
        }
    }
}

impl Profile {
    /// Parses a profile's TOML text, checked against schemas/profile.schema.json.
    pub fn parse(origin: &str, text: &str) -> Result<Profile, ProfileError> {
        let schema = crate::schemas::compile("profile")?;
        let doc = crate::validate::check_toml(DocumentKind::Profile, origin, text, &schema)?;
        let mut profile: Profile = serde_json::from_value(doc.value).map_err(|e| InvalidFile {
            kind: DocumentKind::Profile,
            origin: origin.to_owned(),
            source: None,
            diagnostics: vec![Diagnostic::new(
                Kind::Schema,
                crate::lang::Message::verbatim(e.to_string()),
            )],
        })?;
        profile.sha256 = crate::sha256_hex(text.as_bytes());
        profile.origin = origin.to_owned();
        Ok(profile)
    }

    /// Reads a profile file; relative pack paths in it resolve from its directory.
    pub fn from_file(path: &std::path::Path) -> Result<Profile, ProfileError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|e| InvalidFile::unreadable(DocumentKind::Profile, &origin, &e))?;
        let mut profile = Profile::parse(&origin, &text)?;
        profile.base_dir = path.parent().map(std::path::Path::to_path_buf);
        Ok(profile)
    }

    /// A built-in profile by name.
    pub fn built_in(name: &str) -> Result<Profile, ProfileError> {
        let (_, text) =
            BUILT_IN
                .iter()
                .find(|(n, _)| *n == name)
                .ok_or_else(|| ProfileError::Unknown {
                    name: name.to_owned(),
                    known: BUILT_IN
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", "),
                })?;
        Profile::parse(name, text)
    }

    /// `fail_under` in thousandths of a point, so the verdict compares integers.
    pub fn fail_under_milli(&self) -> u64 {
        (self.fail_under.clamp(0.0, 100.0) * 1000.0).round() as u64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_built_in_profile_is_valid() {
        for (name, _) in BUILT_IN {
            let p = Profile::built_in(name).unwrap_or_else(|e| panic!("{e}"));
            assert_eq!(p.name, *name);
        }
        assert_eq!(
            Profile::built_in("self-audit").unwrap().report_detail,
            ReportDetail::Full
        );
        let strict = Profile::built_in("funder-screening").unwrap();
        assert_eq!(strict.waivers, WaiverPolicy::ReportOnly);
        assert_eq!(strict.fail_under_milli(), 70_000);
    }

    #[test]
    fn default_profile_loads() {
        let p = Profile::built_in("default").unwrap();
        assert_eq!(
            p.plugins,
            ["transparency", "humility", "exit-plan", "collaboration"]
        );
        assert_eq!(p.waivers, WaiverPolicy::Honour);
        assert_eq!(p.sha256.len(), 64);
        assert!(
            Profile::built_in("nope")
                .unwrap_err()
                .to_string()
                .contains("default")
        );
    }
}
