//! Setup: what a run's rules come from (the configuration, the profile, its plugins and packs),
//! resolved the same way for every front-end, before an [`Engine`](crate::Engine) is built.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::InvalidFile;
use crate::lang::{Lang, t, with_help};
use crate::pack::Pack;
use crate::plugin::isolate::Isolation;
use crate::plugin::{Pins, PluginError, PluginSet, SearchPath};
use crate::profile::{Profile, ProfileError};
use crate::validate::SchemaError;

/// Which configuration a run uses.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConfigChoice {
    /// `accord.toml` in this directory or its parents (never next to the audited charters).
    Discover(PathBuf),
    /// `--config FILE`.
    File(PathBuf),
    /// `--no-config`.
    None,
}

/// Where a run's rules come from, as the command line (or a server's start-up) names them.
#[derive(Debug, Clone)]
pub struct Sources {
    /// A built-in profile name or a profile file; default: the config's, else `default`.
    pub profile: Option<String>,
    /// `--plugin FILE`: more plugin libraries.
    pub plugins: Vec<PathBuf>,
    /// `--plugin-dir DIR`: searched first.
    pub plugin_dirs: Vec<PathBuf>,
    /// `--pack FILE`: more rule packs.
    pub packs: Vec<PathBuf>,
    pub config: ConfigChoice,
    /// `--allow-unpinned`.
    pub allow_unpinned: bool,
}

/// How far a run trusts the configuration it reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ConfigTrust {
    /// All of it, plugin directories and pins included: what the command line does, since the
    /// user chose where to run.
    #[default]
    Full,
    /// Its settings only (the profile and packs: TOML, no code). Its `plugin_dirs` and pins are
    /// ignored, so plugins come only from the standard search path: for an editor that opens a
    /// repository nobody has vetted, where loading a library the repository names would run its
    /// code.
    SettingsOnly,
}

/// Why a run's rules could not be set up (exit 2 before any audit).
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// A configuration, profile or pack file that was refused, its problems located.
    #[error(transparent)]
    Invalid(#[from] InvalidFile),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error("{}", self.describe(Lang::EN))]
    UnknownPack {
        /// Who names it: `profile` (with the profile's origin in `by`), `config` or `flag`.
        named_by: NamedBy,
        spec: String,
        known: String,
    },
    #[error(transparent)]
    Plugin(#[from] PluginError),
    /// A configuration found by the lookup that another user could have written.
    #[error(transparent)]
    Untrusted(#[from] crate::trust::Untrusted),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

/// Who names a pack.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NamedBy {
    /// The profile of this origin (a file or a built-in name).
    Profile(String),
    /// The configuration at this path.
    Config(String),
}

impl SetupError {
    /// The error and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            SetupError::Invalid(file) => file.describe(lang),
            SetupError::Profile(e) => e.describe(lang),
            SetupError::UnknownPack {
                named_by,
                spec,
                known,
            } => {
                let message = match named_by {
                    NamedBy::Profile(by) => t!(
                        lang,
                        "setup-unknown-pack-profile",
                        profile = by.as_str(),
                        pack = spec.as_str()
                    ),
                    NamedBy::Config(by) => t!(
                        lang,
                        "setup-unknown-pack-config",
                        config = by.as_str(),
                        pack = spec.as_str()
                    ),
                };
                with_help(
                    lang,
                    message,
                    t!(
                        lang,
                        "setup-unknown-pack-help",
                        known = known.as_str(),
                        pack = spec.as_str()
                    ),
                )
            }
            SetupError::Plugin(e) => e.describe(lang),
            SetupError::Untrusted(e) => e.describe(lang),
            SetupError::Schema(e) => e.to_string(),
        }
    }

    /// The refused file, when the error is about one (for front-ends that show its lines).
    pub fn invalid_file(&self) -> Option<&InvalidFile> {
        match self {
            SetupError::Invalid(file) | SetupError::Profile(ProfileError::Invalid(file)) => {
                Some(file)
            }
            _ => None,
        }
    }
}

/// The rules of a run and where they came from.
pub struct Setup {
    pub config: Option<Config>,
    pub profile: Profile,
    pub plugins: PluginSet,
    pub packs: Vec<Pack>,
    /// The pack files a configuration or profile named that an untrusted setup
    /// ([`ConfigTrust::SettingsOnly`]) left out, as they were written.
    pub ignored_packs: Vec<String>,
}

impl Setup {
    /// Reads the configuration and the profile, loads the plugins (enforcing pins) and packs.
    pub fn resolve(sources: &Sources) -> Result<Setup, SetupError> {
        Setup::resolve_with(sources, None, ConfigTrust::Full)
    }

    /// Like [`resolve`](Self::resolve), trusting the configuration only as far as `trust` says.
    pub fn resolve_trusting(sources: &Sources, trust: ConfigTrust) -> Result<Setup, SetupError> {
        Setup::resolve_with(sources, None, trust)
    }

    /// Like [`resolve`](Self::resolve), but this process never maps a plugin: each plugin's
    /// manifest is read by an isolated worker, a plugin that fails there is refused, and an
    /// [`Engine`](crate::Engine) built on this setup runs every check in isolated workers
    /// (`accord audit --isolate`).
    pub fn resolve_isolated(sources: &Sources, isolation: &Isolation) -> Result<Setup, SetupError> {
        Setup::resolve_with(sources, Some(isolation), ConfigTrust::Full)
    }

    fn resolve_with(
        sources: &Sources,
        isolation: Option<&Isolation>,
        trust: ConfigTrust,
    ) -> Result<Setup, SetupError> {
        let config = config(&sources.config)?;
        let profile = profile(sources, config.as_ref())?;
        // What only a trusted configuration may add: where libraries are loaded from, and pins.
        let trusted = config.as_ref().filter(|_| trust == ConfigTrust::Full);
        let (names, search, pins) = (
            &profile.plugins,
            &search_path(sources, trusted)?,
            &pins(sources, trusted),
        );
        let plugins = match isolation {
            None => PluginSet::load_pinned(names, &sources.plugins, search, pins)?,
            Some(isolation) => {
                PluginSet::describe_isolated(names, &sources.plugins, search, pins, isolation)?
            }
        };
        let (packs, ignored_packs) = packs(sources, &profile, config.as_ref(), trust)?;
        Ok(Setup {
            config,
            profile,
            plugins,
            packs,
            ignored_packs,
        })
    }

    /// The configuration file, as reports name it.
    pub fn config_path(&self) -> Option<String> {
        self.config.as_ref().map(|c| c.path.display().to_string())
    }
}

/// The configuration chosen, read and validated. One found by the lookup must be trusted
/// ([`crate::trust`]); one named with `--config` is trusted as named.
pub fn config(choice: &ConfigChoice) -> Result<Option<Config>, SetupError> {
    match choice {
        ConfigChoice::None => Ok(None),
        ConfigChoice::File(path) => Ok(Some(Config::from_file(path)?)),
        ConfigChoice::Discover(dir) => match Config::discover(dir) {
            None => Ok(None),
            Some(path) => {
                let file = crate::trust::open_config(&path)?;
                Ok(Some(Config::from_open_file(file, &path)?))
            }
        },
    }
}

/// The profile: `--profile`, else the config's, else `default`.
pub fn profile(sources: &Sources, config: Option<&Config>) -> Result<Profile, SetupError> {
    match (
        &sources.profile,
        config.and_then(|c| c.profile.as_ref().map(|p| (c, p))),
    ) {
        (Some(spec), _) => profile_spec(spec, None),
        (None, Some((config, spec))) => profile_spec(spec, Some(&config.dir())),
        (None, None) => Ok(Profile::built_in("default")?),
    }
}

/// Where plugins are looked for: `--plugin-dir`s, the config's, `ACCORD_PLUGIN_PATH`, the
/// executable's directory.
pub fn search_path(sources: &Sources, config: Option<&Config>) -> Result<SearchPath, SetupError> {
    Ok(SearchPath::standard(&sources.plugin_dirs, config)?)
}

/// The configuration's pins (none without a configuration).
pub fn pins(sources: &Sources, config: Option<&Config>) -> Pins {
    Pins {
        pins: config.map(|c| c.pins.clone()).unwrap_or_default(),
        allow_unpinned: sources.allow_unpinned,
        config: config.map(|c| c.path.clone()),
        lock_command: lock_command(sources),
    }
}

/// `accord plugins lock` with what makes this run load the plugins it does (the profile, the
/// plugin directories and files, the configuration), quoted for a shell.
pub fn lock_command(sources: &Sources) -> String {
    let mut words = vec!["accord".to_owned(), "plugins".to_owned(), "lock".to_owned()];
    let mut flag = |name: &str, value: &std::ffi::OsStr| {
        words.push(name.to_owned());
        words.push(crate::starter::shell_word(&value.to_string_lossy()));
    };
    if let Some(profile) = &sources.profile {
        flag("--profile", profile.as_ref());
    }
    if let ConfigChoice::File(path) = &sources.config {
        flag("--config", path.as_os_str());
    }
    for dir in &sources.plugin_dirs {
        flag("--plugin-dir", dir.as_os_str());
    }
    for file in &sources.plugins {
        flag("--plugin", file.as_os_str());
    }
    words.join(" ")
}

/// A built-in profile name, or a file when it has an extension or a path separator (relative
/// to `base` when it comes from a config).
pub fn profile_spec(spec: &str, base: Option<&Path>) -> Result<Profile, SetupError> {
    if looks_like_file(spec) {
        let path = base.map_or_else(|| PathBuf::from(spec), |dir| dir.join(spec));
        Ok(Profile::from_file(&path)?)
    } else {
        Ok(Profile::built_in(spec)?)
    }
}

/// A joined path without `.` components (`dir/./pack.toml` → `dir/pack.toml`), so reports show
/// the path a user would write.
fn tidy(path: &Path) -> PathBuf {
    path.components()
        .filter(|c| !matches!(c, std::path::Component::CurDir))
        .collect()
}

/// Whether a profile or pack name in a profile or config is a file path rather than a built-in
/// name: it has an extension or a path separator.
pub fn looks_like_file(spec: &str) -> bool {
    spec.contains('/') || spec.contains('\\') || Path::new(spec).extension().is_some()
}

/// The profile's packs (built-in names, or paths relative to the profile file), the config's,
/// then the `--pack`s.
/// The packs of a run, and the pack files left out because the configuration is trusted only
/// for its settings: an untrusted workspace gets the built-in packs alone.
fn packs(
    sources: &Sources,
    profile: &Profile,
    config: Option<&Config>,
    trust: ConfigTrust,
) -> Result<(Vec<Pack>, Vec<String>), SetupError> {
    let schema = crate::schemas::compile("pack")?;
    let mut packs = Vec::new();
    let mut ignored = Vec::new();
    let mut load =
        |spec: &str, base: Option<PathBuf>, named_by: NamedBy| -> Result<(), SetupError> {
            if looks_like_file(spec) && trust == ConfigTrust::SettingsOnly {
                ignored.push(spec.to_owned());
                return Ok(());
            }
            if looks_like_file(spec) {
                let path = base.map_or_else(|| PathBuf::from(spec), |dir| dir.join(spec));
                packs.push(Pack::from_file(&tidy(&path), &schema)?);
                return Ok(());
            }
            match Pack::built_in(spec, &schema) {
                Some(pack) => packs.push(pack?),
                None => {
                    let known: Vec<&str> = crate::pack::BUILT_IN.iter().map(|(n, _)| *n).collect();
                    return Err(SetupError::UnknownPack {
                        named_by,
                        spec: spec.to_owned(),
                        known: known.join(", "),
                    });
                }
            }
            Ok(())
        };
    for spec in &profile.packs {
        load(
            spec,
            profile.base_dir.clone(),
            NamedBy::Profile(profile.name.clone()),
        )?;
    }
    if let Some(config) = config {
        for spec in &config.packs {
            load(
                spec,
                Some(config.dir()),
                NamedBy::Config(config.path.display().to_string()),
            )?;
        }
    }
    for path in &sources.packs {
        packs.push(Pack::from_file(path, &schema)?);
    }
    Ok((packs, ignored))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plugin::library_file_name;

    /// A workspace whose configuration names a plugin directory holding a library `evil` (not a
    /// real library: loading it fails, which shows that it was found and opened).
    fn workspace(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("accord-setup-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("libs")).unwrap();
        std::fs::write(
            dir.join("libs").join(library_file_name("evil")),
            b"not a library",
        )
        .unwrap();
        std::fs::write(
            dir.join("accord.toml"),
            "profile = \"./mine.toml\"\nplugin_dirs = [\"libs\"]\n[pins]\nevil = \"0000000000000000000000000000000000000000000000000000000000000000\"\n",
        )
        .unwrap();
        std::fs::write(
            dir.join("mine.toml"),
            "name = \"mine\"\nplugins = [\"evil\"]\npacks = [\"core\"]\n",
        )
        .unwrap();
        dir
    }

    fn sources(dir: &Path) -> Sources {
        Sources {
            profile: None,
            plugins: Vec::new(),
            plugin_dirs: Vec::new(),
            packs: Vec::new(),
            config: ConfigChoice::Discover(dir.to_owned()),
            allow_unpinned: false,
        }
    }

    #[test]
    fn settings_only_never_looks_in_the_configurations_plugin_dirs() {
        let dir = workspace("trust");
        let libs = dir.join("libs").display().to_string();
        // Trusted: the library named by the configuration is found and opened (and its pin
        // checked before anything runs).
        let full = Setup::resolve_trusting(&sources(&dir), ConfigTrust::Full)
            .err()
            .expect("the fake library is refused");
        assert!(
            !matches!(full, SetupError::Plugin(PluginError::NotFound { .. })),
            "{full}"
        );
        assert!(full.to_string().contains(&libs), "{full}");
        // Settings only: the profile is the configuration's, but `libs` is never searched.
        let settings = Setup::resolve_trusting(&sources(&dir), ConfigTrust::SettingsOnly)
            .err()
            .expect("`evil` is not a built-in plugin");
        match &settings {
            SetupError::Plugin(PluginError::NotFound { name, searched, .. }) => {
                assert_eq!(name, "evil");
                assert!(!searched.contains(&libs), "{searched}");
            }
            other => panic!("expected a plugin not found, got {other}"),
        }
        // Without plugins the same configuration sets up, with its profile and packs.
        std::fs::write(
            dir.join("mine.toml"),
            "name = \"mine\"\npacks = [\"core\"]\n",
        )
        .unwrap();
        let setup = Setup::resolve_trusting(&sources(&dir), ConfigTrust::SettingsOnly).unwrap();
        assert_eq!(setup.profile.name, "mine");
        assert_eq!(setup.packs.len(), 1);
        assert!(setup.config.is_some());
        assert!(setup.ignored_packs.is_empty());
        // A pack file the profile names is the workspace's, not built in: left out, and said.
        std::fs::write(
            dir.join("mine.toml"),
            "name = \"mine\"\npacks = [\"core\", \"./extra.toml\"]\n",
        )
        .unwrap();
        let setup = Setup::resolve_trusting(&sources(&dir), ConfigTrust::SettingsOnly).unwrap();
        assert_eq!(setup.packs.len(), 1);
        assert_eq!(setup.ignored_packs, ["./extra.toml"]);
        // Trusted, the same file is read (and, missing, refused).
        let full = Setup::resolve_trusting(&sources(&dir), ConfigTrust::Full)
            .err()
            .expect("the missing pack file is refused");
        assert!(full.to_string().contains("extra.toml"), "{full}");
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn the_lock_hint_repeats_what_loads_the_plugins() {
        let sources = Sources {
            profile: Some("funder-screening".into()),
            plugins: vec![PathBuf::from("my plugins/libaccord_x.so")],
            plugin_dirs: vec![PathBuf::from("/opt/accord")],
            packs: vec![PathBuf::from("pack.toml")],
            config: ConfigChoice::File(PathBuf::from("it's.toml")),
            allow_unpinned: false,
        };
        assert_eq!(
            lock_command(&sources),
            "accord plugins lock --profile funder-screening --config 'it'\\''s.toml' \
             --plugin-dir /opt/accord --plugin 'my plugins/libaccord_x.so'"
        );
        let plain = Sources {
            profile: None,
            plugins: Vec::new(),
            plugin_dirs: Vec::new(),
            packs: Vec::new(),
            config: ConfigChoice::Discover(PathBuf::from(".")),
            allow_unpinned: false,
        };
        assert_eq!(lock_command(&plain), "accord plugins lock");
    }
}
