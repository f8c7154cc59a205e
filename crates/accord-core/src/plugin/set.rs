//! The plugins of one run: loaded once, checked for conflicts, shared across threads.

use std::path::{Path, PathBuf};

use accord_plugin::RuleMeta;

use super::{LoadedPlugin, PluginError, SearchPath};
use crate::validate::SchemaValidator;

/// The loaded plugins, in the order they were named, and the schemas to check them with.
pub struct PluginSet {
    pub plugins: Vec<LoadedPlugin>,
    output_schema: SchemaValidator,
}

impl PluginSet {
    /// Loads the plugins named (looked up on `search`) and the files given directly. The same
    /// file named twice loads once; two files declaring the same plugin name are an error (rule
    /// ids are checked by the [`Catalogue`](crate::catalogue::Catalogue)).
    pub fn load(
        names: &[String],
        files: &[PathBuf],
        search: &SearchPath,
    ) -> Result<PluginSet, PluginError> {
        PluginSet::load_pinned(names, files, search, &Pins::default())
    }

    /// Like [`load`](Self::load), enforcing the configuration's pins before any plugin code
    /// runs: with pins, a plugin named `n` must hash to `pins[n]`, and a `--plugin` file must
    /// hash to one of the pinned hashes; a plugin without a pin is refused unless
    /// `allow_unpinned`. A mismatch is always refused.
    pub fn load_pinned(
        names: &[String],
        files: &[PathBuf],
        search: &SearchPath,
        pins: &Pins,
    ) -> Result<PluginSet, PluginError> {
        let manifest_schema =
            crate::schemas::compile("plugin-manifest").map_err(|e| PluginError::Manifest {
                path: PathBuf::from("(bundled schema)"),
                cause: e.to_string(),
            })?;
        let output_schema =
            crate::schemas::compile("plugin-output").map_err(|e| PluginError::Manifest {
                path: PathBuf::from("(bundled schema)"),
                cause: e.to_string(),
            })?;
        let mut paths: Vec<(Option<&str>, PathBuf)> = Vec::new();
        for name in names {
            paths.push((Some(name.as_str()), search.find(name)?));
        }
        paths.extend(files.iter().map(|f| (None, f.clone())));
        let mut seen: Vec<PathBuf> = Vec::new();
        let mut plugins: Vec<LoadedPlugin> = Vec::new();
        for (name, path) in paths {
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.contains(&canonical) {
                continue;
            }
            seen.push(canonical);
            let plugin = LoadedPlugin::load_verified(&path, &manifest_schema, |sha| {
                pins.verify(name, &path, sha)
            })?;
            check_conflicts(&plugins, &plugin)?;
            plugins.push(plugin);
        }
        Ok(PluginSet {
            plugins,
            output_schema,
        })
    }

    /// No plugins at all (a run of packs only).
    pub fn empty() -> PluginSet {
        PluginSet {
            plugins: Vec::new(),
            output_schema: crate::schemas::compile("plugin-output")
                .unwrap_or_else(|e| unreachable!("the embedded output schema compiles: {e}")),
        }
    }

    pub fn output_schema(&self) -> &SchemaValidator {
        &self.output_schema
    }

    /// Every rule of every plugin, with the plugin that declares it.
    pub fn rules(&self) -> impl Iterator<Item = (&LoadedPlugin, &RuleMeta)> {
        self.plugins
            .iter()
            .flat_map(|p| p.manifest.rules.iter().map(move |r| (p, r)))
    }

    pub fn get(&self, name: &str) -> Option<&LoadedPlugin> {
        self.plugins.iter().find(|p| p.name() == name)
    }
}

/// The configuration's pins: plugin name → sha256 of its library file.
#[derive(Debug, Clone, Default)]
pub struct Pins {
    pub pins: std::collections::BTreeMap<String, String>,
    /// `--allow-unpinned`: admit plugins without a pin (never a mismatch).
    pub allow_unpinned: bool,
    /// The config file that holds the pins, for messages.
    pub config: Option<PathBuf>,
}

impl Pins {
    /// Whether a plugin with this hash may load; `Ok(true)` when it matched a pin.
    pub fn verify(
        &self,
        name: Option<&str>,
        path: &Path,
        sha256: &str,
    ) -> Result<bool, PluginError> {
        if self.pins.is_empty() {
            return Ok(false);
        }
        let config = self.config.as_ref().map_or_else(
            || "the configuration".to_owned(),
            |c| format!("`{}`", c.display()),
        );
        let pin = match name {
            Some(name) => self
                .pins
                .get(name)
                .map(|pin| (name.to_owned(), pin.clone())),
            None => self
                .pins
                .iter()
                .find(|(_, pin)| pin.as_str() == sha256)
                .map(|(n, p)| (n.clone(), p.clone())),
        };
        match pin {
            Some((_, pin)) if pin == sha256 => Ok(true),
            Some((pinned_name, pin)) => Err(PluginError::PinMismatch {
                path: path.to_owned(),
                name: pinned_name,
                expected: pin,
                found: sha256.to_owned(),
                config,
            }),
            None if self.allow_unpinned => Ok(false),
            None => Err(PluginError::Unpinned {
                path: path.to_owned(),
                name: name.map_or_else(|| "given with --plugin".to_owned(), str::to_owned),
                sha256: sha256.to_owned(),
                config,
            }),
        }
    }
}

fn check_conflicts(loaded: &[LoadedPlugin], new: &LoadedPlugin) -> Result<(), PluginError> {
    for other in loaded {
        if other.name() == new.name() {
            return Err(PluginError::DuplicateName {
                name: new.name().to_owned(),
                first: other.path.clone(),
                second: new.path.clone(),
            });
        }
    }
    Ok(())
}
