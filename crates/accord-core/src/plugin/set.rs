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
    /// file named twice loads once; two files declaring the same plugin name or rule id are an
    /// error.
    pub fn load(
        names: &[String],
        files: &[PathBuf],
        search: &SearchPath,
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
        let mut paths: Vec<PathBuf> = Vec::new();
        for name in names {
            paths.push(search.find(name)?);
        }
        paths.extend(files.iter().cloned());
        let mut seen: Vec<PathBuf> = Vec::new();
        let mut plugins: Vec<LoadedPlugin> = Vec::new();
        for path in paths {
            let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
            if seen.contains(&canonical) {
                continue;
            }
            seen.push(canonical);
            let plugin = LoadedPlugin::load(&path, &manifest_schema)?;
            check_conflicts(&plugins, &plugin)?;
            plugins.push(plugin);
        }
        Ok(PluginSet {
            plugins,
            output_schema,
        })
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

fn check_conflicts(loaded: &[LoadedPlugin], new: &LoadedPlugin) -> Result<(), PluginError> {
    for other in loaded {
        if other.name() == new.name() {
            return Err(PluginError::DuplicateName {
                name: new.name().to_owned(),
                first: other.path.clone(),
                second: new.path.clone(),
            });
        }
        for rule in &new.manifest.rules {
            if other.manifest.declares(&rule.id) {
                return Err(PluginError::DuplicateRule {
                    rule: rule.id.clone(),
                    first: describe(other.name(), &other.path),
                    second: describe(new.name(), &new.path),
                });
            }
        }
    }
    Ok(())
}

fn describe(name: &str, path: &Path) -> String {
    format!("plugin `{name}` ({})", path.display())
}
