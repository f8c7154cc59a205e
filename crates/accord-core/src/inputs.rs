//! Which files a command works on: files as given, directories walked.

use std::path::{Path, PathBuf};

/// Expands command-line paths: a file stays as given (whatever its extension: a wrong one is
/// reported by the loader, never skipped); a directory is walked recursively for `*.toml` and
/// `*.json`, skipping hidden entries and files named `accord.toml`, without following symlinks,
/// in sorted order. A walked file's path is the directory argument joined with its relative path.
pub fn expand(paths: &[PathBuf]) -> std::io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    for path in paths {
        if path.is_dir() {
            walk(path, &mut out)?;
        } else {
            out.push(path.clone());
        }
    }
    Ok(out)
}

fn walk(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with('.') {
            continue;
        }
        let file_type = entry.file_type()?;
        let path = dir.join(&*name);
        if file_type.is_dir() {
            walk(&path, out)?;
        } else if file_type.is_file()
            && name != "accord.toml"
            && (name.ends_with(".toml") || name.ends_with(".json"))
        {
            out.push(path);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_sorted_skipping_hidden_and_config() {
        let dir = std::env::temp_dir().join(format!("accord-inputs-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        for f in [
            "b.toml",
            "a.json",
            "sub/c.toml",
            ".hidden/d.toml",
            ".e.toml",
            "accord.toml",
            "notes.txt",
        ] {
            let p = dir.join(f);
            std::fs::create_dir_all(p.parent().unwrap()).unwrap();
            std::fs::write(p, "").unwrap();
        }
        let got = expand(std::slice::from_ref(&dir)).unwrap();
        let names: Vec<_> = got
            .iter()
            .map(|p| p.strip_prefix(&dir).unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.json", "b.toml", "sub/c.toml"]);
        let explicit = expand(&[dir.join("notes.txt")]).unwrap();
        assert_eq!(explicit, [dir.join("notes.txt")]);
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
