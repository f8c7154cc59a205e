use std::path::PathBuf;

use crate::lang::{Lang, Message, t, with_help};

/// Why a plugin could not be loaded. Each message names the file, the cause and the fix, in
/// the reader's language ([`describe`](PluginError::describe)); its `Display` is English.
#[derive(Debug)]
pub enum PluginError {
    NotFound {
        name: String,
        file: String,
        /// The directories searched, each in backticks, joined (empty: none).
        searched: String,
        /// A built-in plugin (reinstall the bundle) rather than another's (point at it).
        built_in: bool,
    },
    Read {
        path: PathBuf,
        cause: Message,
    },
    Changed {
        path: PathBuf,
        verified: String,
        found: String,
    },
    Open {
        path: PathBuf,
        cause: String,
    },
    MissingSymbol {
        path: PathBuf,
        cause: String,
    },
    AbiVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    ShortStruct {
        path: PathBuf,
        found: u32,
        needed: usize,
    },
    NullEntry {
        path: PathBuf,
    },
    NullFunction {
        path: PathBuf,
        function: &'static str,
    },
    Manifest {
        path: PathBuf,
        cause: String,
    },
    DuplicateName {
        name: String,
        first: PathBuf,
        second: PathBuf,
    },
    PinMismatch {
        path: PathBuf,
        name: String,
        expected: Box<str>,
        found: Box<str>,
        config: String,
        /// The command that pins it (boxed: errors travel in `Result`s).
        lock: Box<str>,
    },
    Unpinned {
        path: PathBuf,
        name: String,
        sha256: String,
        config: String,
        /// The command that pins it (boxed: errors travel in `Result`s).
        lock: Box<str>,
    },
    Isolated {
        path: PathBuf,
        problem: super::failure::LoadProblem,
    },
    /// An isolated worker's refusal of a plugin: the same sentence as in-process, naming the
    /// file (as the worker wrote it).
    Refused(String),
    RelativePluginPath {
        entry: PathBuf,
    },
    /// A plugin directory or library reached without being named, which another user could
    /// have changed.
    Untrusted(crate::trust::Untrusted),
}

impl PluginError {
    /// The error and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let shown = |p: &PathBuf| p.display().to_string();
        let (message, help) = match self {
            PluginError::NotFound {
                name,
                file,
                searched,
                built_in,
            } => (
                t!(lang, "plugin-not-found", name = name.as_str()),
                Some(t!(
                    lang,
                    "plugin-not-found-help",
                    file = file.as_str(),
                    searched = if searched.is_empty() {
                        t!(lang, "plugin-no-directories")
                    } else {
                        searched.clone()
                    },
                    fix = if *built_in {
                        t!(lang, "plugin-not-found-built-in")
                    } else {
                        t!(lang, "plugin-not-found-other")
                    }
                )),
            ),
            PluginError::Read { path, cause } => (
                t!(
                    lang,
                    "plugin-read",
                    path = shown(path),
                    cause = cause.text(lang)
                ),
                None,
            ),
            PluginError::Changed {
                path,
                verified,
                found,
            } => (
                t!(
                    lang,
                    "plugin-changed",
                    path = shown(path),
                    verified = verified.as_str(),
                    found = found.as_str()
                ),
                Some(t!(lang, "plugin-changed-help")),
            ),
            PluginError::Open { path, cause } => (
                t!(
                    lang,
                    "plugin-open",
                    path = shown(path),
                    cause = cause.as_str()
                ),
                Some(t!(lang, "plugin-open-help")),
            ),
            PluginError::MissingSymbol { path, cause } => (
                t!(
                    lang,
                    "plugin-missing-symbol",
                    path = shown(path),
                    cause = cause.as_str()
                ),
                Some(t!(lang, "plugin-missing-symbol-help")),
            ),
            PluginError::AbiVersion {
                path,
                found,
                supported,
            } => (
                t!(
                    lang,
                    "plugin-abi-version",
                    path = shown(path),
                    found = *found,
                    supported = *supported
                ),
                Some(t!(lang, "plugin-abi-version-help", supported = *supported)),
            ),
            PluginError::ShortStruct {
                path,
                found,
                needed,
            } => (
                t!(
                    lang,
                    "plugin-short-struct",
                    path = shown(path),
                    found = *found,
                    needed = *needed
                ),
                Some(t!(lang, "plugin-short-struct-help")),
            ),
            PluginError::NullEntry { path } => {
                (t!(lang, "plugin-null-entry", path = shown(path)), None)
            }
            PluginError::NullFunction { path, function } => (
                t!(
                    lang,
                    "plugin-null-function",
                    path = shown(path),
                    function = *function
                ),
                Some(t!(lang, "plugin-null-function-help")),
            ),
            PluginError::Manifest { path, cause } => (
                t!(
                    lang,
                    "plugin-manifest",
                    path = shown(path),
                    cause = cause.as_str()
                ),
                Some(t!(lang, "plugin-manifest-help")),
            ),
            PluginError::DuplicateName {
                name,
                first,
                second,
            } => (
                t!(
                    lang,
                    "plugin-duplicate-name",
                    name = name.as_str(),
                    first = shown(first),
                    second = shown(second)
                ),
                Some(t!(lang, "plugin-duplicate-name-help")),
            ),
            PluginError::PinMismatch {
                path,
                name,
                expected,
                found,
                config,
                lock,
            } => (
                t!(
                    lang,
                    "plugin-pin-mismatch",
                    path = shown(path),
                    name = name.as_str(),
                    config = config.as_str(),
                    found = &**found,
                    expected = &**expected
                ),
                Some(t!(lang, "plugin-pin-mismatch-help", lock = &**lock)),
            ),
            PluginError::Unpinned {
                path,
                name,
                sha256,
                config,
                lock,
            } => (
                t!(
                    lang,
                    "plugin-unpinned",
                    path = shown(path),
                    name = name.as_str(),
                    sha256 = sha256.as_str(),
                    config = config.as_str()
                ),
                Some(t!(lang, "plugin-unpinned-help", lock = &**lock)),
            ),
            PluginError::Isolated { path, problem } => (
                t!(
                    lang,
                    "plugin-isolated",
                    path = shown(path),
                    problem = problem.describe(lang)
                ),
                Some(t!(lang, "plugin-isolated-help")),
            ),
            PluginError::Refused(sentence) => (sentence.clone(), None),
            PluginError::RelativePluginPath { entry } => (
                t!(lang, "plugin-relative-path", entry = shown(entry)),
                Some(t!(
                    lang,
                    "plugin-relative-path-help",
                    absolute = std::path::absolute(entry)
                        .unwrap_or_else(|_| entry.clone())
                        .display()
                        .to_string()
                )),
            ),
            PluginError::Untrusted(untrusted) => (untrusted.describe(lang), None),
        };
        match help {
            Some(help) => with_help(lang, message, help),
            None => message,
        }
    }
}

/// English.
impl std::fmt::Display for PluginError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

impl std::error::Error for PluginError {}

impl From<crate::trust::Untrusted> for PluginError {
    fn from(untrusted: crate::trust::Untrusted) -> PluginError {
        PluginError::Untrusted(untrusted)
    }
}
