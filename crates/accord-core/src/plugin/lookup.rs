//! Plugin lookup by name: `--plugin-dir`s, the config's, `ACCORD_PLUGIN_PATH`, the executable's directory.

use std::path::{Path, PathBuf};

use super::PluginError;
use crate::config::Config;
use crate::trust::Reached;

/// The plugins that ship with accord, next to its executable.
pub const BUILT_IN: &[&str] = &["transparency", "humility", "exit-plan", "collaboration"];

/// `foo-bar` → `libaccord_foo_bar.so` (platform prefix and suffix, hyphens as underscores, as
/// cargo names the library).
pub fn library_file_name(name: &str) -> String {
    format!(
        "{}accord_{}{}",
        std::env::consts::DLL_PREFIX,
        name.replace('-', "_"),
        std::env::consts::DLL_SUFFIX
    )
}

/// Where plugins are looked for, in order: `--plugin-dir` dirs, the config's plugin dirs,
/// `ACCORD_PLUGIN_PATH`, and the directory of the `accord` executable. The config's and
/// `ACCORD_PLUGIN_PATH`'s directories, and the libraries found in them, must be trusted
/// ([`crate::trust`]); the others are trusted as named.
#[derive(Debug, Clone, Default)]
pub struct SearchPath {
    dirs: Vec<SearchDir>,
}

#[derive(Debug, Clone)]
struct SearchDir {
    path: PathBuf,
    /// How it was reached when the user did not name it (then it must be trusted).
    reached: Option<Reached>,
}

/// A plugin's library file, and how its directory was reached when the user did not name it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    pub path: PathBuf,
    pub reached: Option<Reached>,
}

impl SearchPath {
    /// Directories the user (or a program) names, trusted as named.
    pub fn named(dirs: impl IntoIterator<Item = PathBuf>) -> SearchPath {
        SearchPath {
            dirs: dirs
                .into_iter()
                .map(|path| SearchDir {
                    path,
                    reached: None,
                })
                .collect(),
        }
    }

    /// The standard search path for this process: `flag_dirs` (`--plugin-dir`), the `plugin_dirs`
    /// of `config`, `ACCORD_PLUGIN_PATH` (whose entries must be absolute) and the directory of the
    /// `accord` executable.
    pub fn standard(
        flag_dirs: &[PathBuf],
        config: Option<&Config>,
    ) -> Result<SearchPath, PluginError> {
        let mut search = SearchPath::named(flag_dirs.iter().cloned());
        if let Some(config) = config {
            let reached = Reached::Config(config.path.clone());
            search
                .dirs
                .extend(config.plugin_dirs.iter().map(|d| SearchDir {
                    path: config.resolve(d),
                    reached: Some(reached.clone()),
                }));
        }
        if let Some(env) = std::env::var_os("ACCORD_PLUGIN_PATH") {
            for path in std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty()) {
                if !path.is_absolute() {
                    return Err(PluginError::RelativePluginPath { entry: path });
                }
                search.dirs.push(SearchDir {
                    path,
                    reached: Some(Reached::PluginPath),
                });
            }
        }
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(Path::to_path_buf))
        {
            search.dirs.push(SearchDir {
                path: dir,
                reached: None,
            });
        }
        Ok(search)
    }

    /// The directories, in lookup order.
    pub fn dirs(&self) -> impl Iterator<Item = &Path> {
        self.dirs.iter().map(|d| d.path.as_path())
    }

    /// The first file for plugin `name`.
    pub fn find(&self, name: &str) -> Result<Found, PluginError> {
        let file = library_file_name(name);
        self.dirs
            .iter()
            .find(|d| d.path.join(&file).is_file())
            .map(|d| Found {
                path: d.path.join(&file),
                reached: d.reached.clone(),
            })
            .ok_or_else(|| PluginError::NotFound {
                name: name.to_owned(),
                file: file.clone(),
                built_in: BUILT_IN.contains(&name),
                searched: self
                    .dirs
                    .iter()
                    .map(|d| format!("`{}`", d.path.display()))
                    .collect::<Vec<_>>()
                    .join(", "),
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_cargo() {
        let f = library_file_name("exit-plan");
        assert!(f.contains("accord_exit_plan"), "{f}");
        assert!(f.ends_with(std::env::consts::DLL_SUFFIX));
    }

    #[test]
    fn first_directory_wins_and_missing_names_the_file() {
        let base = std::env::temp_dir().join(format!("accord-lookup-{}", std::process::id()));
        let (a, b) = (base.join("a"), base.join("b"));
        std::fs::create_dir_all(&a).unwrap();
        std::fs::create_dir_all(&b).unwrap();
        std::fs::write(b.join(library_file_name("demo")), b"").unwrap();
        std::fs::write(a.join(library_file_name("demo")), b"").unwrap();
        let search = SearchPath::named([a.clone(), b]);
        assert_eq!(
            search.find("demo").unwrap(),
            Found {
                path: a.join(library_file_name("demo")),
                reached: None,
            }
        );
        let err = search.find("nope").unwrap_err().to_string();
        assert!(err.contains("accord_nope"), "{err}");
        std::fs::remove_dir_all(base).unwrap();
    }
}
