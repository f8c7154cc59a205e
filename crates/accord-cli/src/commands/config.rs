//! `accord config init | show`: a commented accord.toml, and what a run resolves to.

use std::io::Write;
use std::path::{Path, PathBuf};

use accord_core::setup::{self, ConfigChoice, Setup};
use accord_core::trust::Reached;
use anyhow::Context;

use crate::Outcome;
use crate::cli::{ConfigCommand, ConfigInitArgs, RuleSourceArgs};

/// The commented configuration `config init` writes; a test validates it.
pub const TEMPLATE: &str = include_str!("../templates/accord.toml");

pub fn run(command: &ConfigCommand) -> anyhow::Result<Outcome> {
    match command {
        ConfigCommand::Init(args) => init(args),
        ConfigCommand::Show(args) => show(args),
    }
}

fn init(args: &ConfigInitArgs) -> anyhow::Result<Outcome> {
    let file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&args.file);
    let mut file = match file {
        Ok(file) => file,
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => anyhow::bail!(
            "`{}` already exists, and `accord config init` never overwrites a file\nhelp: `accord config show` prints what it resolves to; edit it, or give another file name",
            args.file.display()
        ),
        Err(e) => {
            return Err(e).with_context(|| format!("could not create `{}`", args.file.display()));
        }
    };
    file.write_all(TEMPLATE.as_bytes())
        .with_context(|| format!("could not write `{}`", args.file.display()))?;
    eprintln!(
        "wrote {}: the default profile, with packs, plugin directories and pins explained",
        accord_core::starter::shell_word(&args.file.display().to_string())
    );
    Ok(Outcome::Pass)
}

fn show(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let sources = args.sources()?;
    let setup = Setup::resolve(&sources)?;
    let mut out = String::new();
    let mut line = |label: &str, text: String| {
        out.push_str(&format!("{label:<14} {text}\n"));
    };

    let config_how = match (&sources.config, &setup.config) {
        (ConfigChoice::None, _) => "none (--no-config)".to_owned(),
        (ConfigChoice::File(_), Some(c)) => format!("{} (named with --config)", c.path.display()),
        (ConfigChoice::Discover(dir), Some(c)) => format!(
            "{} (found by looking in {} and its parents)",
            c.path.display(),
            dir.display()
        ),
        (ConfigChoice::Discover(dir), None) => format!(
            "none (no {} in {} or its parents)",
            accord_core::config::FILE_NAME,
            dir.display()
        ),
        (ConfigChoice::File(path), None) => format!("none ({} could not be read)", path.display()),
    };
    line("configuration", config_how);

    let profile = &setup.profile;
    let profile_from = match (
        &sources.profile,
        setup.config.as_ref().and_then(|c| c.profile.as_ref()),
    ) {
        (Some(_), _) => "named with --profile",
        (None, Some(_)) => "named by the configuration",
        (None, None) => "the default",
    };
    let built_in = profile.base_dir.is_none();
    line(
        "profile",
        format!(
            "{} ({}; {profile_from})",
            profile.name,
            if built_in {
                "built in".to_owned()
            } else {
                profile.origin.clone()
            }
        ),
    );

    // Packs come in this order: the profile's, the configuration's, the --packs.
    let from_config = setup.config.as_ref().map_or(0, |c| c.packs.len());
    let named_by = |i: usize| {
        if i < profile.packs.len() {
            "named by the profile"
        } else if i < profile.packs.len() + from_config {
            "named by the configuration"
        } else {
            "given with --pack"
        }
    };
    if setup.packs.is_empty() {
        line("packs", "none".to_owned());
    }
    for (i, pack) in setup.packs.iter().enumerate() {
        let label = if i == 0 { "packs" } else { "" };
        let file = pack
            .path
            .as_ref()
            .map_or_else(|| "built in".to_owned(), |p| p.display().to_string());
        line(
            label,
            format!(
                "{} {} ({file}; {}, {} rules)",
                pack.name,
                pack.version,
                named_by(i),
                pack.rules.len()
            ),
        );
    }

    let search = setup::search_path(&sources, setup.config.as_ref())?;
    let given: Vec<PathBuf> = sources.plugins.iter().map(|p| canonical(p)).collect();
    if setup.plugins.plugins.is_empty() {
        line("plugins", "none".to_owned());
    }
    for (i, plugin) in setup.plugins.plugins.iter().enumerate() {
        let label = if i == 0 { "plugins" } else { "" };
        let how = if given.contains(&canonical(&plugin.path)) {
            "given with --plugin".to_owned()
        } else {
            match search.find(plugin.name()).map(|f| f.reached) {
                Ok(Some(Reached::Config(config))) => {
                    format!("in a plugin_dirs entry of {}", config.display())
                }
                Ok(Some(Reached::PluginPath)) => "on ACCORD_PLUGIN_PATH".to_owned(),
                Ok(Some(Reached::Lookup)) | Ok(None) => {
                    if in_dirs(&plugin.path, &sources.plugin_dirs) {
                        "in a --plugin-dir".to_owned()
                    } else {
                        "next to the accord executable".to_owned()
                    }
                }
                Err(_) => "found".to_owned(),
            }
        };
        line(
            label,
            format!(
                "{} {} ({}; {how}; {})",
                plugin.name(),
                plugin.manifest.version,
                plugin.path.display(),
                if plugin.pinned {
                    "pinned"
                } else {
                    "not pinned"
                }
            ),
        );
    }

    let pins = setup.config.as_ref().map_or(0, |c| c.pins.len());
    line(
        "pins",
        match (pins, sources.allow_unpinned) {
            (0, _) => "none (every plugin loads unpinned)".to_owned(),
            (n, false) => format!("{n} in the configuration; a plugin without one is refused"),
            (n, true) => {
                format!("{n} in the configuration; --allow-unpinned admits plugins without one")
            }
        },
    );
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(Outcome::Pass)
}

fn canonical(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Whether `file` sits directly in one of `dirs`.
fn in_dirs(file: &Path, dirs: &[PathBuf]) -> bool {
    let parent = file.parent().map(canonical);
    dirs.iter().any(|d| Some(canonical(d)) == parent)
}
