//! What `audit`, `rules` and `explain` share: the profile and the plugins it names.

use std::path::Path;

use accord_core::plugin::{PluginSet, SearchPath};
use accord_core::profile::Profile;
use anyhow::Context;

use crate::cli::RuleSourceArgs;

/// The profile named on the command line: a built-in name, or a file when it has an extension
/// or a path separator.
pub fn profile(spec: &str) -> anyhow::Result<Profile> {
    let looks_like_file =
        spec.contains('/') || spec.contains('\\') || Path::new(spec).extension().is_some();
    if looks_like_file {
        let text = std::fs::read_to_string(spec)
            .with_context(|| format!("could not read the profile file `{spec}`"))?;
        Ok(Profile::parse(spec, &text)?)
    } else {
        Ok(Profile::built_in(spec)?)
    }
}

/// Loads the profile's plugins and the ones given with `--plugin`.
pub fn plugins(args: &RuleSourceArgs, profile: &Profile) -> anyhow::Result<PluginSet> {
    let search = SearchPath::standard(&args.plugin_dirs, &[]);
    Ok(PluginSet::load(&profile.plugins, &args.plugins, &search)?)
}
