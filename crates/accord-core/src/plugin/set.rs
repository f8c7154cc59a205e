//! The plugins of one run: located, read and verified, then loaded once (in-process, or only
//! described by isolated workers), checked for conflicts, shared across threads.

use std::path::{Path, PathBuf};

use accord_plugin::RuleMeta;

use super::image::Image;
use super::isolate::{self, Isolation};
use super::{Found, LoadedPlugin, PluginError, SearchPath};
use crate::trust::Reached;
use crate::validate::SchemaValidator;

/// The plugins, in the order they were named, and the schemas to check them with.
pub struct PluginSet {
    pub plugins: Vec<LoadedPlugin>,
    output_schema: SchemaValidator,
    /// Set when the plugins were only described by isolated workers: their checks run there.
    isolation: Option<Isolation>,
}

/// A plugin file the run will use: read once, hashed, and verified against the pins.
struct Wanted {
    path: PathBuf,
    image: Image,
    pinned: bool,
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
        let manifest_schema = bundled("plugin-manifest")?;
        let mut plugins: Vec<LoadedPlugin> = Vec::new();
        for Wanted {
            path,
            image,
            pinned,
        } in wanted(names, files, search, pins)?
        {
            let plugin = LoadedPlugin::load_image(&path, image, &manifest_schema, |_| Ok(pinned))?;
            check_conflicts(&plugins, &plugin)?;
            plugins.push(plugin);
        }
        Ok(PluginSet {
            plugins,
            output_schema: bundled("plugin-output")?,
            isolation: None,
        })
    }

    /// Like [`load_pinned`](Self::load_pinned), but this process never maps a plugin: each
    /// plugin's manifest is read by an isolated worker of its own (all at once), within the
    /// isolation's time limit and the worker memory limit, and a plugin that fails there (a
    /// crash, an abort, a hang or an exit while loading) is refused. An
    /// [`Engine`](crate::Engine) built on this set runs every check in isolated workers.
    pub fn describe_isolated(
        names: &[String],
        files: &[PathBuf],
        search: &SearchPath,
        pins: &Pins,
        isolation: &Isolation,
    ) -> Result<PluginSet, PluginError> {
        let manifest_schema = bundled("plugin-manifest")?;
        let wanted: Vec<(PathBuf, String, bool)> = wanted(names, files, search, pins)?
            .into_iter()
            .map(|w| (w.path, w.image.sha256, w.pinned))
            .collect();
        let described: Vec<_> = std::thread::scope(|scope| {
            let workers: Vec<_> = wanted
                .iter()
                .map(|(path, sha256, _)| {
                    scope.spawn(move || isolate::describe(isolation, path, sha256))
                })
                .collect();
            workers
                .into_iter()
                .map(|w| {
                    w.join().unwrap_or_else(|_| {
                        Err(PluginError::Refused(
                            "a plugin could not be described: accord hit an internal error"
                                .to_owned(),
                        ))
                    })
                })
                .collect()
        });
        let mut plugins: Vec<LoadedPlugin> = Vec::new();
        for ((path, sha256, pinned), answer) in wanted.into_iter().zip(described) {
            let (manifest, flags) = answer?;
            let plugin =
                LoadedPlugin::described(&path, sha256, pinned, manifest, flags, &manifest_schema)?;
            check_conflicts(&plugins, &plugin)?;
            plugins.push(plugin);
        }
        Ok(PluginSet {
            plugins,
            output_schema: bundled("plugin-output")?,
            isolation: Some(isolation.clone()),
        })
    }

    /// No plugins at all (a run of packs only).
    pub fn empty() -> PluginSet {
        PluginSet {
            plugins: Vec::new(),
            output_schema: crate::schemas::compile("plugin-output")
                .unwrap_or_else(|e| unreachable!("the embedded output schema compiles: {e}")),
            isolation: None,
        }
    }

    /// How the plugins are isolated, when they were only described by isolated workers.
    pub fn isolation(&self) -> Option<&Isolation> {
        self.isolation.as_ref()
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
    /// The `accord plugins lock …` command that pins this run's plugins (same profile, plugin
    /// directories and files), for the hint of a refusal.
    pub lock_command: String,
}

impl Pins {
    fn lock_command(&self) -> Box<str> {
        if self.lock_command.is_empty() {
            "accord plugins lock".into()
        } else {
            self.lock_command.as_str().into()
        }
    }

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
                expected: pin.into(),
                found: sha256.into(),
                config,
                lock: self.lock_command(),
            }),
            None if self.allow_unpinned => Ok(false),
            None => Err(PluginError::Unpinned {
                path: path.to_owned(),
                name: name.map_or_else(|| "given with --plugin".to_owned(), str::to_owned),
                sha256: sha256.to_owned(),
                config,
                lock: self.lock_command(),
            }),
        }
    }
}

/// The files of the plugins named (looked up on `search`) and given, each once, read and
/// verified against the pins: nothing runs until every file has passed.
fn wanted(
    names: &[String],
    files: &[PathBuf],
    search: &SearchPath,
    pins: &Pins,
) -> Result<Vec<Wanted>, PluginError> {
    let mut found: Vec<(Option<&str>, Found)> = Vec::new();
    for name in names {
        found.push((Some(name.as_str()), search.find(name)?));
    }
    // `--plugin` files are trusted as named.
    found.extend(files.iter().map(|f| {
        let named = Found {
            path: f.clone(),
            reached: None,
        };
        (None, named)
    }));
    let mut seen: Vec<PathBuf> = Vec::new();
    let mut wanted = Vec::new();
    for (name, Found { path, reached }) in found {
        let canonical = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
        if seen.contains(&canonical) {
            continue;
        }
        seen.push(canonical);
        let image = match &reached {
            Some(reached) => read_trusted(&path, reached)?,
            None => Image::read(&path)?,
        };
        let pinned = pins.verify(name, &path, &image.sha256)?;
        wanted.push(Wanted {
            path,
            image,
            pinned,
        });
    }
    Ok(wanted)
}

/// Reads a library reached without being named, once its directory and the file are trusted.
fn read_trusted(path: &Path, reached: &Reached) -> Result<Image, PluginError> {
    let (Some(dir), Some(name)) = (path.parent(), path.file_name()) else {
        return Image::read(path);
    };
    match crate::trust::open_library(dir, name, reached)? {
        Ok(file) => Image::from_file(file, path),
        Err(e) => Err(PluginError::Read {
            path: path.to_owned(),
            cause: crate::load::io_cause(path, &e),
        }),
    }
}

/// A bundled schema (they are checked by unit tests).
fn bundled(name: &str) -> Result<SchemaValidator, PluginError> {
    crate::schemas::compile(name).map_err(|e| PluginError::Manifest {
        path: PathBuf::from("(bundled schema)"),
        cause: e.to_string(),
    })
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
