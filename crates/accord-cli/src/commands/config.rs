//! `accord config init | show`: a commented accord.toml, and what a run resolves to.

use std::io::Write;
use std::path::{Path, PathBuf};

use accord_core::lang::{msg, t};
use accord_core::setup::{self, ConfigChoice, Setup};
use accord_core::trust::Reached;

use crate::Outcome;
use crate::cli::{ConfigCommand, ConfigInitArgs, RuleSourceArgs};
use crate::lang::Problem;

/// The commented configuration `config init` writes; a test validates it.
pub const TEMPLATE: &str = include_str!("../templates/accord.toml");

pub fn run(command: &ConfigCommand) -> anyhow::Result<Outcome> {
    match command {
        ConfigCommand::Init(args) => init(args),
        ConfigCommand::Show(args) => show(args),
    }
}

fn init(args: &ConfigInitArgs) -> anyhow::Result<Outcome> {
    let shown = args.file.display().to_string();
    super::create_file(
        &args.file,
        TEMPLATE.as_bytes(),
        Problem::new(msg!("cli-config-init-exists", path = shown.as_str()))
            .help(msg!("cli-config-init-exists-help")),
    )?;
    eprintln!(
        "{}",
        t!(
            crate::lang::current(),
            "cli-config-init-wrote",
            file = accord_core::starter::shell_word(&shown)
        )
    );
    Ok(Outcome::Pass)
}

fn show(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let sources = args.sources()?;
    let setup = Setup::resolve(&sources)?;
    let lang = crate::lang::of(setup.config.as_ref());
    let label = |which: &str| t!(lang, "cli-show-label", label = which);
    let width = ["configuration", "profile", "packs", "plugins", "pins"]
        .iter()
        .map(|l| label(l).chars().count())
        .max()
        .unwrap_or(0)
        .max(14);
    let mut out = String::new();
    let mut line = |label: &str, text: String| {
        out.push_str(&format!("{label:<width$} {text}\n"));
    };

    let config_how = match (&sources.config, &setup.config) {
        (ConfigChoice::None, _) => t!(lang, "cli-show-config-none-flag"),
        (ConfigChoice::File(_), Some(c)) => t!(
            lang,
            "cli-show-config-named",
            path = c.path.display().to_string()
        ),
        (ConfigChoice::Discover(dir), Some(c)) => t!(
            lang,
            "cli-show-config-found",
            path = c.path.display().to_string(),
            dir = dir.display().to_string()
        ),
        (ConfigChoice::Discover(dir), None) => t!(
            lang,
            "cli-show-config-not-found",
            file = accord_core::config::FILE_NAME,
            dir = dir.display().to_string()
        ),
        (ConfigChoice::File(path), None) => t!(
            lang,
            "cli-show-config-unreadable",
            path = path.display().to_string()
        ),
    };
    line(&label("configuration"), config_how);

    let profile = &setup.profile;
    let profile_from = match (
        &sources.profile,
        setup.config.as_ref().and_then(|c| c.profile.as_ref()),
    ) {
        (Some(_), _) => "flag",
        (None, Some(_)) => "config",
        (None, None) => "default",
    };
    let built_in = profile.base_dir.is_none();
    line(
        &label("profile"),
        t!(
            lang,
            "cli-show-profile",
            name = profile.name.as_str(),
            file = if built_in {
                t!(lang, "cli-show-built-in")
            } else {
                profile.origin.clone()
            },
            from = profile_from
        ),
    );

    let from_config = setup.config.as_ref().map_or(0, |c| c.packs.len());
    let named_by = |i: usize| {
        if i < profile.packs.len() {
            "profile"
        } else if i < profile.packs.len() + from_config {
            "config"
        } else {
            "flag"
        }
    };
    if setup.packs.is_empty() {
        line(&label("packs"), t!(lang, "cli-show-none"));
    }
    for (i, pack) in setup.packs.iter().enumerate() {
        let label = if i == 0 {
            label("packs")
        } else {
            String::new()
        };
        let file = pack.path.as_ref().map_or_else(
            || t!(lang, "cli-show-built-in"),
            |p| p.display().to_string(),
        );
        line(
            &label,
            t!(
                lang,
                "cli-show-pack",
                name = pack.name.as_str(),
                version = pack.version.as_str(),
                file = file,
                from = named_by(i),
                rules = pack.rules.len()
            ),
        );
    }

    let search = setup::search_path(&sources, setup.config.as_ref())?;
    let given: Vec<PathBuf> = sources.plugins.iter().map(|p| canonical(p)).collect();
    if setup.plugins.plugins.is_empty() {
        line(&label("plugins"), t!(lang, "cli-show-none"));
    }
    for (i, plugin) in setup.plugins.plugins.iter().enumerate() {
        let label = if i == 0 {
            label("plugins")
        } else {
            String::new()
        };
        let how = if given.contains(&canonical(&plugin.path)) {
            t!(lang, "cli-show-plugin-from", from = "flag")
        } else {
            match search.find(plugin.name()).map(|f| f.reached) {
                Ok(Some(Reached::Config(config))) => t!(
                    lang,
                    "cli-show-plugin-config",
                    config = config.display().to_string()
                ),
                Ok(Some(Reached::PluginPath)) => {
                    t!(lang, "cli-show-plugin-from", from = "path")
                }
                Ok(Some(Reached::Lookup)) | Ok(None) => {
                    if in_dirs(&plugin.path, &sources.plugin_dirs) {
                        t!(lang, "cli-show-plugin-from", from = "dir")
                    } else {
                        t!(lang, "cli-show-plugin-from", from = "executable")
                    }
                }
                Err(_) => t!(lang, "cli-show-plugin-from", from = "found"),
            }
        };
        line(
            &label,
            t!(
                lang,
                "cli-show-plugin",
                name = plugin.name(),
                version = plugin.manifest.version.as_str(),
                path = plugin.path.display().to_string(),
                how = how,
                pinned = if plugin.pinned { "yes" } else { "no" }
            ),
        );
    }

    let pins = setup.config.as_ref().map_or(0, |c| c.pins.len());
    line(
        &label("pins"),
        match (pins, sources.allow_unpinned) {
            (0, _) => t!(lang, "cli-show-pins-none"),
            (n, false) => t!(lang, "cli-show-pins", count = n),
            (n, true) => t!(lang, "cli-show-pins-allow-unpinned", count = n),
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
