//! `accord.toml`: the run's configuration.
//!
//! It is looked up in the working directory and its parents only, never next to the audited
//! charters, so auditing a folder of untrusted submissions cannot bring in their plugins.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, DocumentKind, InvalidFile, Kind};

/// The file name looked up.
pub const FILE_NAME: &str = "accord.toml";

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    pub profile: Option<String>,
    #[serde(default)]
    pub packs: Vec<String>,
    #[serde(default)]
    pub plugin_dirs: Vec<String>,
    #[serde(default)]
    pub pins: BTreeMap<String, String>,
    /// The language of the reports (a BCP 47 tag), unless `--lang` says otherwise.
    pub lang: Option<String>,
    /// The file it was read from.
    #[serde(skip)]
    pub path: PathBuf,
}

/// Why a configuration was refused: each problem located in the file.
pub type ConfigError = InvalidFile;

impl Config {
    /// Reads and validates a config file.
    pub fn from_file(path: &Path) -> Result<Config, ConfigError> {
        Config::from_open_file(std::fs::File::open(path), path)
    }

    /// Reads and validates a config file already opened (or that failed to open) at `path`.
    pub fn from_open_file(
        file: std::io::Result<std::fs::File>,
        path: &Path,
    ) -> Result<Config, ConfigError> {
        use std::io::Read;
        let origin = path.display().to_string();
        let text = file
            .and_then(|mut file| {
                let mut text = String::new();
                file.read_to_string(&mut text).map(|_| text)
            })
            .map_err(|e| InvalidFile::unreadable(DocumentKind::Config, &origin, &e))?;
        // The embedded schema compiles (a unit test of `schemas` says so).
        let schema = crate::schemas::compile("config")
            .unwrap_or_else(|e| unreachable!("the embedded config schema compiles: {e}"));
        let doc = crate::validate::check_toml(DocumentKind::Config, &origin, &text, &schema)?;
        let mut config: Config = serde_json::from_value(doc.value).map_err(|e| InvalidFile {
            kind: DocumentKind::Config,
            origin: origin.clone(),
            source: None,
            diagnostics: vec![Diagnostic::new(
                Kind::Schema,
                crate::lang::Message::verbatim(e.to_string()),
            )],
        })?;
        config.path = path.to_owned();
        Ok(config)
    }

    /// The first `accord.toml` in `start` or its parents.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|p| p.is_file())
    }

    /// The directory relative paths in this file resolve from.
    pub fn dir(&self) -> PathBuf {
        self.path
            .parent()
            .map_or_else(|| PathBuf::from("."), Path::to_path_buf)
    }

    /// A path written in this file, resolved from its directory.
    pub fn resolve(&self, path: &str) -> PathBuf {
        let p = Path::new(path);
        if p.is_absolute() {
            p.to_owned()
        } else {
            self.dir().join(p)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn discovery_walks_up_from_a_nested_directory() {
        let base = std::env::temp_dir().join(format!("accord-config-{}", std::process::id()));
        let nested = base.join("a/b/c");
        std::fs::create_dir_all(&nested).unwrap();
        std::fs::write(
            base.join("a").join(FILE_NAME),
            "profile = \"default\"\nplugin_dirs = [\"plugins\"]\n",
        )
        .unwrap();
        let found = Config::discover(&nested).unwrap();
        assert_eq!(found, base.join("a").join(FILE_NAME));
        let config = Config::from_file(&found).unwrap();
        assert_eq!(config.profile.as_deref(), Some("default"));
        assert_eq!(config.resolve("plugins"), base.join("a/plugins"));
        std::fs::write(base.join("a").join(FILE_NAME), "profil = \"default\"\n").unwrap();
        let err = Config::from_file(&found).unwrap_err().to_string();
        assert!(err.contains("did you mean `profile`"), "{err}");
        std::fs::remove_dir_all(base).unwrap();
    }
}
