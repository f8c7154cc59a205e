//! Two things the binary carries from its build:
//!
//! - `ACCORD_BUILD_COMMIT`, the commit it was built from, for `accord --version`: the
//!   `ACCORD_BUILD_COMMIT` environment variable when a packager sets it, else `git rev-parse
//!   --short HEAD`, else `unknown` (a source tree without git). It is re-read only when HEAD or
//!   the branch it points to moves, not on every build.
//! - `$OUT_DIR/sdk_files.rs`, the plugin SDK crates' source files (`include_bytes!` of every file
//!   of crates/accord-plugin and crates/accord-plugin-testkit that `cargo package` ships), which
//!   `accord plugins new` vendors into new projects (see src/sdk.rs).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command;

/// The SDK crates, as directories of the workspace, in the order they are written.
const SDK_CRATES: &[&str] = &["accord-plugin", "accord-plugin-testkit"];

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("set by cargo"));
    let workspace = manifest_dir
        .parent()
        .and_then(Path::parent)
        .expect("accord-cli lives in crates/ of the workspace")
        .to_owned();
    println!(
        "cargo:rustc-env=ACCORD_BUILD_COMMIT={}",
        commit(&manifest_dir, &workspace)
    );
    write_sdk_files(&workspace);
}

fn commit(dir: &Path, workspace: &Path) -> String {
    println!("cargo:rerun-if-env-changed=ACCORD_BUILD_COMMIT");
    if let Some(given) = std::env::var("ACCORD_BUILD_COMMIT")
        .ok()
        .filter(|c| !c.trim().is_empty())
    {
        return given.trim().to_owned();
    }
    // Only this workspace's own checkout: a source tree unpacked inside some other repository
    // must not take that repository's commit for its own.
    let top = git(dir, &["rev-parse", "--show-toplevel"])
        .and_then(|top| Path::new(&top).canonicalize().ok());
    if top.is_none() || top != workspace.canonicalize().ok() {
        return "unknown".to_owned();
    }
    // Rebuild when HEAD moves: HEAD itself (a checkout of another branch), the branch's ref file,
    // and packed-refs (where the ref may live instead). Only existing files: cargo takes a
    // missing one for changed on every build.
    let head_ref = git(dir, &["rev-parse", "--symbolic-full-name", "HEAD"]);
    let mut watched = vec!["HEAD".to_owned(), "packed-refs".to_owned()];
    watched.extend(head_ref.filter(|r| r.starts_with("refs/")));
    for name in watched {
        if let Some(path) = git(dir, &["rev-parse", "--git-path", &name]) {
            let path = dir.join(path);
            if path.is_file() {
                println!("cargo:rerun-if-changed={}", path.display());
            }
        }
    }
    git(dir, &["rev-parse", "--short", "HEAD"]).unwrap_or_else(|| "unknown".to_owned())
}

/// The trimmed output of a successful git command, or `None` (no git, not a checkout).
fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .current_dir(dir)
        .args(args)
        .output()
        .ok()?;
    let text = String::from_utf8(output.stdout).ok()?;
    let text = text.trim();
    (output.status.success() && !text.is_empty()).then(|| text.to_owned())
}

/// Writes `sdk_files.rs`: `SDK_CRATES`, each crate's directory name and its files as (path
/// relative to the crate, bytes), and the workspace manifest and lockfile the crates' settings
/// and dependency versions come from.
fn write_sdk_files(workspace: &Path) {
    let mut code = String::from("pub static SDK_CRATES: &[SdkCrate] = &[\n");
    for name in SDK_CRATES {
        let dir = workspace.join("crates").join(name);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files = Vec::new();
        collect(&dir, &dir, &mut files);
        files.sort();
        assert!(
            files.iter().any(|f| f == "Cargo.toml"),
            "{} has no Cargo.toml",
            dir.display()
        );
        writeln!(code, "    SdkCrate {{ name: {name:?}, files: &[").unwrap();
        for file in files {
            let path = dir.join(&file);
            let path = path.to_str().expect("the workspace path is UTF-8");
            writeln!(code, "        ({file:?}, include_bytes!({path:?})),").unwrap();
        }
        writeln!(code, "    ] }},").unwrap();
    }
    code.push_str("];\n");
    for (constant, file) in [
        ("WORKSPACE_MANIFEST", "Cargo.toml"),
        ("WORKSPACE_LOCK", "Cargo.lock"),
    ] {
        let path = workspace.join(file);
        println!("cargo:rerun-if-changed={}", path.display());
        let path = path.to_str().expect("the workspace path is UTF-8");
        writeln!(
            code,
            "pub static {constant}: &str = include_str!({path:?});"
        )
        .unwrap();
    }
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("set by cargo"));
    std::fs::write(out.join("sdk_files.rs"), code).expect("OUT_DIR is writable");
}

/// Every file under `dir` that `cargo package` would ship: all but hidden files and `target/`.
/// (Symlinks, like the licences', are followed, as cargo does.) Paths use `/`.
fn collect(root: &Path, dir: &Path, out: &mut Vec<String>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or(".");
        if name.starts_with('.') || name == "target" {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, out);
        } else if path.is_file() {
            let relative = path.strip_prefix(root).expect("under the root");
            let parts: Vec<&str> = relative
                .components()
                .map(|c| c.as_os_str().to_str().expect("UTF-8 file names in the SDK"))
                .collect();
            out.push(parts.join("/"));
        }
    }
}
