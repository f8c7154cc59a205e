//! `accord plugins list|verify|lock`: what loads from where, and sha256 pins (`new`, the
//! scaffold, is in `scaffold.rs`).

use std::io::Write;
use std::path::PathBuf;

use accord_core::config::{Config, FILE_NAME};
use accord_core::plugin::PluginSet;
use accord_core::setup::{self, Setup};
use accord_plugin::abi::ACCORD_ABI_VERSION;
use anyhow::Context;

use crate::Outcome;
use crate::cli::{PluginsCommand, RuleSourceArgs};

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
    let mut out = std::io::stdout().lock();
    let config = setup.config_path().unwrap_or_else(|| "none".to_owned());
    writeln!(out, "profile {}, config {config}", setup.profile.name)?;
    for p in &setup.plugins.plugins {
        let pinned = if p.pinned { "pinned" } else { "unpinned" };
        writeln!(
            out,
            "\n{} {} (ABI {ACCORD_ABI_VERSION}, {pinned}, {})",
            p.name(),
            p.manifest.version,
            if p.is_thread_safe() {
                "thread-safe"
            } else {
                "serialised"
            }
        )?;
        writeln!(out, "  path    {}", p.path.display())?;
        writeln!(out, "  sha256  {}", p.sha256)?;
        let rules: Vec<&str> = p.manifest.rules.iter().map(|r| r.id.as_str()).collect();
        writeln!(out, "  rules   {}", rules.join(", "))?;
    }
    Ok(Outcome::Pass)
}

/// Loads the plugins against the pins; any mismatch or missing pin is the load error.
fn verify(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let config = setup::config(&args.sources()?.config)?.context("there is no configuration to verify against\nhelp: pins live in accord.toml; run `accord plugins lock` to write them")?;
    if config.pins.is_empty() {
        anyhow::bail!(
            "`{}` pins no plugins\nhelp: run `accord plugins lock` to pin the plugins the profile uses",
            config.path.display()
        );
    }
    let setup = Setup::resolve(&args.sources()?)?;
    let mut out = std::io::stdout().lock();
    for p in &setup.plugins.plugins {
        writeln!(
            out,
            "ok: {} {} matches its pin ({})",
            p.name(),
            p.manifest.version,
            p.path.display()
        )?;
    }
    Ok(Outcome::Pass)
}

/// Writes `[pins]` into accord.toml (the discovered or given one, else a new one in the working
/// directory), keeping the user's comments and formatting.
fn lock(args: &RuleSourceArgs) -> anyhow::Result<Outcome> {
    let sources = args.sources()?;
    let existing = setup::config(&sources.config)?;
    let path: PathBuf = existing
        .as_ref()
        .map_or_else(|| PathBuf::from(FILE_NAME), |c| c.path.clone());
    // Load without enforcing the current pins: lock is how pins change.
    let profile = setup::profile(&sources, existing.as_ref())?;
    let search = setup::search_path(&sources, existing.as_ref())?;
    let plugins = PluginSet::load(&profile.plugins, &sources.plugins, &search)?;

    let text = if path.exists() {
        std::fs::read_to_string(&path)
            .with_context(|| format!("could not read `{}`", path.display()))?
    } else {
        String::new()
    };
    let mut doc: toml_edit::DocumentMut = text
        .parse()
        .with_context(|| format!("`{}` is not valid TOML", path.display()))?;
    if !doc.contains_key("pins") {
        doc["pins"] = toml_edit::table();
    }
    let pins = doc["pins"]
        .as_table_mut()
        .with_context(|| format!("`pins` in `{}` is not a table", path.display()))?;
    let mut out = std::io::stdout().lock();
    for p in &plugins.plugins {
        pins[p.name()] = toml_edit::value(p.sha256.clone());
        writeln!(
            out,
            "pinned {} {} = {}",
            p.name(),
            p.manifest.version,
            p.sha256
        )?;
    }
    std::fs::write(&path, doc.to_string())
        .with_context(|| format!("could not write `{}`", path.display()))?;
    Config::from_file(&path)?;
    writeln!(out, "wrote {}", path.display())?;
    Ok(Outcome::Pass)
}
