//! `accord plugins list|verify|lock`: what loads from where, and sha256 pins (`new`, the
//! scaffold, is in `scaffold.rs`).

use std::io::Write;
use std::path::PathBuf;

use accord_core::config::{Config, FILE_NAME};
use accord_core::lang::{msg, t};
use accord_core::plugin::PluginSet;
use accord_core::setup::{self, Setup};
use accord_plugin::abi::ACCORD_ABI_VERSION;
use anyhow::Context;

use crate::Outcome;
use crate::cli::{PluginsCommand, RuleSourceArgs};
use crate::lang::bail;

pub fn run(command: &PluginsCommand) -> anyhow::Result<Outcome> {
    match command {
        PluginsCommand::List(args) => list(args),
        PluginsCommand::Verify(args) => verify(args),
        PluginsCommand::Lock(args) => lock(args),
        PluginsCommand::New(args) => super::scaffold::run(args),
    }
}

fn list(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let setup = Setup::resolve(&args.sources()?)?;
    let lang = crate::lang::of(setup.config.as_ref());
    let mut out = std::io::stdout().lock();
    let config = setup
        .config_path()
        .unwrap_or_else(|| t!(lang, "cli-plugins-no-config"));
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-plugins-run",
            profile = setup.profile.name.as_str(),
            config = config
        )
    )?;
    let labels = [
        t!(lang, "cli-plugins-label", label = "path"),
        t!(lang, "cli-plugins-label", label = "sha256"),
        t!(lang, "cli-plugins-label", label = "rules"),
    ];
    let width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for p in &setup.plugins.plugins {
        writeln!(
            out,
            "\n{}",
            t!(
                lang,
                "cli-plugins-plugin",
                name = p.name(),
                version = p.manifest.version.as_str(),
                abi = ACCORD_ABI_VERSION,
                pinned = if p.pinned { "pinned" } else { "unpinned" },
                threads = if p.is_thread_safe() {
                    "thread-safe"
                } else {
                    "serialised"
                }
            )
        )?;
        writeln!(out, "  {:width$}  {}", labels[0], p.path.display())?;
        writeln!(out, "  {:width$}  {}", labels[1], p.sha256)?;
        let rules: Vec<&str> = p.manifest.rules.iter().map(|r| r.id.as_str()).collect();
        writeln!(out, "  {:width$}  {}", labels[2], rules.join(", "))?;
    }
    Ok(Outcome::Pass)
}

/// Loads the plugins against the pins; any mismatch or missing pin is the load error.
fn verify(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let Some(config) = setup::config(&args.sources()?.config)? else {
        bail!(
            msg!("cli-verify-no-config"),
            msg!("cli-verify-no-config-help")
        );
    };
    let lang = crate::lang::of(Some(&config));
    if config.pins.is_empty() {
        bail!(
            msg!(
                "cli-verify-no-pins",
                config = config.path.display().to_string()
            ),
            msg!("cli-verify-no-pins-help")
        );
    }
    let setup = Setup::resolve(&args.sources()?)?;
    let mut out = std::io::stdout().lock();
    for p in &setup.plugins.plugins {
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "cli-verify-ok",
                name = p.name(),
                version = p.manifest.version.as_str(),
                path = p.path.display().to_string()
            )
        )?;
    }
    Ok(Outcome::Pass)
}

/// Writes `[pins]` into accord.toml (the discovered or given one, else a new one in the working
/// directory), keeping the user's comments and formatting.
fn lock(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let sources = args.sources()?;
    let existing = setup::config(&sources.config)?;
    let lang = crate::lang::of(existing.as_ref());
    let path: PathBuf = existing
        .as_ref()
        .map_or_else(|| PathBuf::from(FILE_NAME), |c| c.path.clone());
    // Load without enforcing the current pins: lock is how pins change.
    let profile = setup::profile(&sources, existing.as_ref())?;
    let search = setup::search_path(&sources, existing.as_ref())?;
    let plugins = PluginSet::load(&profile.plugins, &sources.plugins, &search)?;

    let text = if path.exists() {
        std::fs::read_to_string(&path)
            .with_context(|| msg!("cli-could-not-read", path = path.display().to_string()))?
    } else {
        String::new()
    };
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| msg!("cli-not-toml", path = path.display().to_string()))?;
    if !doc.contains_key("pins") {
        doc["pins"] = toml_edit::table();
    }
    let pins = doc["pins"]
        .as_table_mut()
        .with_context(|| msg!("cli-pins-not-table", path = path.display().to_string()))?;
    let mut out = std::io::stdout().lock();
    for p in &plugins.plugins {
        pins[p.name()] = toml_edit::value(p.sha256.clone());
        writeln!(
            out,
            "{}",
            t!(
                lang,
                "cli-lock-pinned",
                name = p.name(),
                version = p.manifest.version.as_str(),
                sha256 = p.sha256.as_str()
            )
        )?;
    }
    std::fs::write(&path, doc.to_string())
        .with_context(|| msg!("cli-could-not-write", path = path.display().to_string()))?;
    Config::from_file(&path)?;
    writeln!(
        out,
        "{}",
        t!(lang, "cli-lock-wrote", path = path.display().to_string())
    )?;
    Ok(Outcome::Pass)
}
