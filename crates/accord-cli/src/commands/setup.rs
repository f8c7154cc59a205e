//! What `audit`, `rules` and `explain` share: the profile, its plugins and its packs.

use std::path::{Path, PathBuf};

use accord_core::pack::Pack;
use accord_core::plugin::{PluginSet, SearchPath};
use accord_core::profile::Profile;
use anyhow::Context;

use crate::cli::RuleSourceArgs;

/// The profile named on the command line: a built-in name, or a file when it has an extension
/// or a path separator.
pub fn profile(spec: &str) -> anyhow::Result<Profile> {
    if looks_like_file(spec) {
        Ok(Profile::from_file(Path::new(spec))?)
    } else {
        Ok(Profile::built_in(spec)?)
    }
}

fn looks_like_file(spec: &str) -> bool {
    spec.contains('/') || spec.contains('\\') || Path::new(spec).extension().is_some()
}

/// Loads the profile's plugins and the ones given with `--plugin`.
pub fn plugins(args: &RuleSourceArgs, profile: &Profile) -> anyhow::Result<PluginSet> {
    let search = SearchPath::standard(&args.plugin_dirs, &[]);
    Ok(PluginSet::load(&profile.plugins, &args.plugins, &search)?)
}

/// The profile's packs (built-in names, or paths relative to the profile file) and `--pack`s.
pub fn packs(args: &RuleSourceArgs, profile: &Profile) -> anyhow::Result<Vec<Pack>> {
    let schema = accord_core::schemas::compile("pack")?;
    let mut packs = Vec::new();
    for spec in &profile.packs {
        if looks_like_file(spec) {
            let path = profile
                .base_dir
                .as_ref()
                .map_or_else(|| PathBuf::from(spec), |dir| dir.join(spec));
            packs.push(Pack::from_file(&path, &schema)?);
        } else {
            let known: Vec<&str> = accord_core::pack::BUILT_IN
                .iter()
                .map(|(n, _)| *n)
                .collect();
            let pack = Pack::built_in(spec, &schema).with_context(|| {
                format!(
                    "the profile `{}` names the pack `{spec}`, which is not built in\nhelp: built-in packs: {}; a pack file needs a path such as `./{spec}.toml`",
                    profile.name,
                    known.join(", ")
                )
            })?;
            packs.push(pack?);
        }
    }
    for path in &args.packs {
        packs.push(Pack::from_file(path, &schema)?);
    }
    Ok(packs)
}
