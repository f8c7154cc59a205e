//! What `audit`, `rules` and `explain` share: the config, the profile, its plugins and packs.

use std::path::{Path, PathBuf};

use accord_core::config::Config;
use accord_core::pack::Pack;
use accord_core::plugin::{Pins, PluginSet, SearchPath};
use accord_core::profile::Profile;
use anyhow::Context;

use crate::cli::RuleSourceArgs;

/// The rules of a run and where they came from.
pub struct Setup {
    pub config: Option<Config>,
    pub profile: Profile,
    pub plugins: PluginSet,
    pub packs: Vec<Pack>,
}

impl Setup {
    pub fn load(args: &RuleSourceArgs) -> anyhow::Result<Setup> {
        let config = config(args)?;
        let profile = match (
            &args.profile,
            config
                .as_ref()
                .and_then(|c| c.profile.as_ref().map(|p| (c, p))),
        ) {
            (Some(spec), _) => profile_spec(spec, None)?,
            (None, Some((config, spec))) => profile_spec(spec, Some(&config.dir()))?,
            (None, None) => Profile::built_in("default")?,
        };
        let config_dirs: Vec<PathBuf> = config
            .iter()
            .flat_map(|c| c.plugin_dirs.iter().map(|d| c.resolve(d)))
            .collect();
        let search = SearchPath::standard(&args.plugin_dirs, &config_dirs);
        let plugins = PluginSet::load_pinned(
            &profile.plugins,
            &args.plugins,
            &search,
            &pins(args, config.as_ref()),
        )?;
        let packs = packs(args, &profile, config.as_ref())?;
        Ok(Setup {
            config,
            profile,
            plugins,
            packs,
        })
    }

    pub fn config_path(&self) -> Option<String> {
        self.config.as_ref().map(|c| c.path.display().to_string())
    }
}

/// The configuration's pins (none without a configuration).
pub fn pins(args: &RuleSourceArgs, config: Option<&Config>) -> Pins {
    Pins {
        pins: config.map(|c| c.pins.clone()).unwrap_or_default(),
        allow_unpinned: args.allow_unpinned,
        config: config.map(|c| c.path.clone()),
    }
}

/// `--config FILE`, or `accord.toml` in the working directory or a parent, unless `--no-config`.
pub fn config(args: &RuleSourceArgs) -> anyhow::Result<Option<Config>> {
    if args.no_config {
        return Ok(None);
    }
    let path = match &args.config {
        Some(path) => Some(path.clone()),
        None => Config::discover(
            &std::env::current_dir().context("could not read the working directory")?,
        ),
    };
    Ok(path.map(|p| Config::from_file(&p)).transpose()?)
}

/// A built-in profile name, or a file when it has an extension or a path separator (relative
/// to `base` when it comes from a config).
pub fn profile_spec(spec: &str, base: Option<&Path>) -> anyhow::Result<Profile> {
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
    args: &RuleSourceArgs,
    profile: &Profile,
    config: Option<&Config>,
) -> anyhow::Result<Vec<Pack>> {
    let schema = accord_core::schemas::compile("pack")?;
    let mut packs = Vec::new();
    let mut load = |spec: &str, base: Option<PathBuf>, named_by: &str| -> anyhow::Result<()> {
        if looks_like_file(spec) {
            let path = base.map_or_else(|| PathBuf::from(spec), |dir| dir.join(spec));
            packs.push(Pack::from_file(&tidy(&path), &schema)?);
        } else {
            let known: Vec<&str> = accord_core::pack::BUILT_IN
                .iter()
                .map(|(n, _)| *n)
                .collect();
            let pack = Pack::built_in(spec, &schema).with_context(|| {
                format!(
                    "{named_by} names the pack `{spec}`, which is not built in\nhelp: built-in packs: {}; a pack file needs a path such as `./{spec}.toml`",
                    known.join(", ")
                )
            })?;
            packs.push(pack?);
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
    for path in &args.packs {
        packs.push(Pack::from_file(path, &schema)?);
    }
    Ok(packs)
}
