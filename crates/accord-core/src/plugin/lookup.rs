//! Plugin lookup by name: `--plugin-dir`s, the config's, `ACCORD_PLUGIN_PATH`, the executable's directory.

use std::path::{Path, PathBuf};

use super::PluginError;

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
/// `ACCORD_PLUGIN_PATH`, and the directory of the `accord` executable.
#[derive(Debug, Clone, Default)]
pub struct SearchPath {
    pub dirs: Vec<PathBuf>,
}

impl SearchPath {
    /// The standard search path for this process.
    pub fn standard(flag_dirs: &[PathBuf], config_dirs: &[PathBuf]) -> SearchPath {
        let mut dirs: Vec<PathBuf> = flag_dirs.iter().chain(config_dirs).cloned().collect();
        if let Some(env) = std::env::var_os("ACCORD_PLUGIN_PATH") {
            dirs.extend(std::env::split_paths(&env).filter(|p| !p.as_os_str().is_empty()));
        }
        if let Some(dir) = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().map(Path::to_path_buf))
        {
            dirs.push(dir);
        }
        SearchPath { dirs }
    }

    /// The first file for plugin `name`.
    pub fn find(&self, name: &str) -> Result<PathBuf, PluginError> {
        let file = library_file_name(name);
        self.dirs
            .iter()
            .map(|d| d.join(&file))
            .find(|p| p.is_file())
            .ok_or_else(|| PluginError::NotFound {
                name: name.to_owned(),
                file: file.clone(),
                searched: if self.dirs.is_empty() {
                    "(no directories)".to_owned()
                } else {
                    self.dirs
                        .iter()
                        .map(|d| format!("`{}`", d.display()))
                        .collect::<Vec<_>>()
                        .join(", ")
                },
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
        let search = SearchPath {
            dirs: vec![a.clone(), b],
        };
        assert_eq!(
            search.find("demo").unwrap(),
            a.join(library_file_name("demo"))
        );
        let err = search.find("nope").unwrap_err().to_string();
        assert!(err.contains("accord_nope"), "{err}");
        std::fs::remove_dir_all(base).unwrap();
    }
}
