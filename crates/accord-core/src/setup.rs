//! Setup: what a run's rules come from (the configuration, the profile, its plugins and packs),
//! resolved the same way for every front-end, before an [`Engine`](crate::Engine) is built.

use std::path::{Path, PathBuf};

use crate::config::Config;
use crate::diagnostic::InvalidFile;
use crate::pack::Pack;
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

/// Why a run's rules could not be set up (exit 2 before any audit).
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    /// A configuration, profile or pack file that was refused, its problems located.
    #[error(transparent)]
    Invalid(#[from] InvalidFile),
    #[error(transparent)]
    Profile(#[from] ProfileError),
    #[error(
        "{named_by} names the pack `{spec}`, which is not built in\nhelp: built-in packs: {known}; a pack file needs a path such as `./{spec}.toml`"
    )]
    UnknownPack {
        named_by: String,
        spec: String,
        known: String,
    },
    #[error(transparent)]
    Plugin(#[from] PluginError),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

impl SetupError {
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
}

impl Setup {
    /// Reads the configuration and the profile, loads the plugins (enforcing pins) and packs.
    pub fn resolve(sources: &Sources) -> Result<Setup, SetupError> {
        let config = config(&sources.config)?;
        let profile = profile(sources, config.as_ref())?;
        let plugins = PluginSet::load_pinned(
            &profile.plugins,
            &sources.plugins,
            &search_path(sources, config.as_ref()),
            &pins(sources, config.as_ref()),
        )?;
        let packs = packs(sources, &profile, config.as_ref())?;
        Ok(Setup {
            config,
            profile,
            plugins,
            packs,
        })
    }

    /// The configuration file, as reports name it.
    pub fn config_path(&self) -> Option<String> {
        self.config.as_ref().map(|c| c.path.display().to_string())
    }
}

/// The configuration chosen, read and validated.
pub fn config(choice: &ConfigChoice) -> Result<Option<Config>, SetupError> {
    let path = match choice {
        ConfigChoice::None => return Ok(None),
        ConfigChoice::File(path) => Some(path.clone()),
        ConfigChoice::Discover(dir) => Config::discover(dir),
    };
    Ok(path.map(|p| Config::from_file(&p)).transpose()?)
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
pub fn search_path(sources: &Sources, config: Option<&Config>) -> SearchPath {
    let config_dirs: Vec<PathBuf> = config
        .iter()
        .flat_map(|c| c.plugin_dirs.iter().map(|d| c.resolve(d)))
        .collect();
    SearchPath::standard(&sources.plugin_dirs, &config_dirs)
}

/// The configuration's pins (none without a configuration).
pub fn pins(sources: &Sources, config: Option<&Config>) -> Pins {
    Pins {
        pins: config.map(|c| c.pins.clone()).unwrap_or_default(),
        allow_unpinned: sources.allow_unpinned,
        config: config.map(|c| c.path.clone()),
    }
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

fn looks_like_file(spec: &str) -> bool {
    spec.contains('/') || spec.contains('\\') || Path::new(spec).extension().is_some()
}

/// The profile's packs (built-in names, or paths relative to the profile file), the config's,
/// then the `--pack`s.
fn packs(
    sources: &Sources,
    profile: &Profile,
    config: Option<&Config>,
) -> Result<Vec<Pack>, SetupError> {
    let schema = crate::schemas::compile("pack")?;
    let mut packs = Vec::new();
    let mut load = |spec: &str, base: Option<PathBuf>, named_by: &str| -> Result<(), SetupError> {
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
                    named_by: named_by.to_owned(),
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
            &format!("the profile `{}`", profile.name),
        )?;
    }
    if let Some(config) = config {
        for spec in &config.packs {
            load(
                spec,
                Some(config.dir()),
                &format!("the configuration `{}`", config.path.display()),
            )?;
        }
    }
    for path in &sources.packs {
        packs.push(Pack::from_file(path, &schema)?);
    }
    Ok(packs)
}
