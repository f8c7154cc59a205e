//! Helpers shared by every test module: the memoised build, running `accord`, insta settings,
//! temporary directories; `audit` has the helpers of the `accord audit` tests.
//!
//! A separate test crate gets no `CARGO_BIN_EXE_accord`, and `cargo test` builds plugin cdylibs
//! only into `target/*/deps/`, under hashed names. So the harness runs one memoised `cargo build`
//! of the binary and the built-in plugins and reads the paths of what it built from cargo's JSON
//! messages: the tests never run a stale binary or guess a library's path.

pub mod audit;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use cargo_metadata::{Artifact, Message};

/// The packages the harness builds: the binary and every built-in plugin.
const PACKAGES: &[&str] = &[
    "accord-cli",
    "accord-transparency",
    "accord-humility",
    "accord-exit-plan",
    "accord-collaboration",
];

/// The library (target) names of the built-in plugins, as cargo names their cdylibs.
const PLUGIN_TARGETS: &[&str] = &[
    "accord_transparency",
    "accord_humility",
    "accord_exit_plan",
    "accord_collaboration",
];

/// What the memoised build produced.
#[derive(Debug, Clone)]
pub struct Built {
    /// The `accord` executable.
    pub accord: PathBuf,
    /// The directory holding every built-in plugin.
    pub plugin_dir: PathBuf,
    /// Each built-in plugin's shared library.
    pub plugins: Vec<PathBuf>,
}

/// The workspace root (canonical).
pub fn workspace_root() -> PathBuf {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        let raw = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
        raw.canonicalize()
            .unwrap_or_else(|e| panic!("cannot resolve the workspace root {}: {e}", raw.display()))
    })
    .clone()
}

/// Builds the binary and the plugins once per test process and returns their paths.
///
/// Panics with cargo's diagnostics when the build fails.
pub fn built() -> &'static Built {
    static BUILT: OnceLock<Built> = OnceLock::new();
    BUILT.get_or_init(build)
}

fn build() -> Built {
    let messages = cargo_build(PACKAGES);
    let (accord, plugins) = parse_artifacts(&messages);
    let stdout = String::from_utf8_lossy(&messages);
    let accord = accord.unwrap_or_else(|| {
        panic!(
            "cargo built no `accord` executable (no compiler-artifact message for it):\n{stdout}"
        )
    });
    let mut missing = Vec::new();
    for name in PLUGIN_TARGETS {
        if !plugins.iter().any(|(target, _)| target == name) {
            missing.push(*name);
        }
    }
    assert!(
        missing.is_empty(),
        "cargo reported no cdylib for the plugins {missing:?}:\n{stdout}"
    );
    let plugins: Vec<PathBuf> = plugins.into_iter().map(|(_, path)| path).collect();
    let dirs: Vec<&Path> = plugins.iter().filter_map(|p| p.parent()).collect();
    let plugin_dir = dirs[0].to_owned();
    assert!(
        dirs.iter().all(|d| *d == plugin_dir),
        "the plugin libraries were built into different directories: {plugins:?}"
    );
    for file in plugins.iter().chain([&accord]) {
        assert!(
            file.is_file(),
            "cargo reported {} but it does not exist",
            file.display()
        );
    }
    Built {
        accord,
        plugin_dir,
        plugins,
    }
}

/// Builds `package` (a plugin outside the built-in set) and returns the shared library of its
/// library target `target`. Callers memoise it: one build per test process.
pub fn cargo_cdylib(package: &str, target: &str) -> PathBuf {
    let messages = cargo_build(&[package]);
    artifacts(&messages)
        .filter(|artifact| artifact.target.name == target)
        .find_map(|artifact| shared_library(&artifact))
        .unwrap_or_else(|| {
            panic!(
                "cargo reported no cdylib for `{target}` of `{package}`:\n{}",
                String::from_utf8_lossy(&messages)
            )
        })
}

/// Runs `cargo build -p PACKAGE…` from the workspace root (with `--release` when these tests are
/// optimised) and returns cargo's JSON messages. Panics with cargo's diagnostics when the build
/// fails.
fn cargo_build(packages: &[&str]) -> Vec<u8> {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(workspace_root())
        .arg("build")
        .arg("--message-format=json-render-diagnostics");
    for package in packages {
        cmd.args(["-p", package]);
    }
    if !cfg!(debug_assertions) {
        cmd.arg("--release");
    }
    cmd.stdin(Stdio::null());
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run `{}`: {e}", env!("CARGO")));
    if !output.status.success() {
        panic!(
            "building {packages:?} for the end-to-end tests failed ({}):\n{cmd:?}\n\n{}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    output.stdout
}

/// The `compiler-artifact` messages among cargo's JSON messages.
fn artifacts(messages: &[u8]) -> impl Iterator<Item = Artifact> + '_ {
    Message::parse_stream(messages).filter_map(|message| {
        match message.unwrap_or_else(|e| panic!("cannot read cargo's JSON messages: {e}")) {
            Message::CompilerArtifact(artifact) => Some(artifact),
            _ => None,
        }
    })
}

/// The shared library among an artifact's files (a cdylib target also lists its rlib).
fn shared_library(artifact: &Artifact) -> Option<PathBuf> {
    let mut files = artifact.filenames.iter();
    let file = files.find(|file| file.as_str().ends_with(std::env::consts::DLL_SUFFIX))?;
    Some(file.clone().into_std_path_buf())
}

/// The `accord` executable, and for each built-in plugin target its shared library, from cargo's
/// JSON messages.
fn parse_artifacts(messages: &[u8]) -> (Option<PathBuf>, Vec<(String, PathBuf)>) {
    let mut accord = None;
    let mut plugins = Vec::new();
    for artifact in artifacts(messages) {
        let target = &artifact.target;
        if target.is_bin() && target.name == "accord" {
            accord = artifact.executable.map(|exe| exe.into_std_path_buf());
        } else if target.is_cdylib()
            && PLUGIN_TARGETS.contains(&target.name.as_str())
            && let Some(library) = shared_library(&artifact)
        {
            plugins.push((target.name.clone(), library));
        }
    }
    (accord, plugins)
}

/// A command for the freshly built `accord` binary, in English whatever the locale of the
/// machine running the tests (the language tests set LC_ALL, LC_MESSAGES, LANG or `--lang`).
pub fn accord() -> Command {
    let mut command = Command::new(&built().accord);
    in_english(&mut command);
    command
}

/// Removes the locale variables `accord` negotiates its language from.
fn in_english(cmd: &mut Command) {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        cmd.env_remove(name);
    }
}

/// The directory holding the freshly built plugin libraries (for `--plugin-dir`).
pub fn plugin_dir() -> PathBuf {
    built().plugin_dir.clone()
}

/// What one run of `accord` printed and how it exited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Output {
    pub stdout: String,
    pub stderr: String,
    /// The exit code (a run killed by a signal panics in [`run`] instead).
    pub code: i32,
}

impl Output {
    /// True when the binary panicked or otherwise crashed: it must never do either. (Exit codes
    /// are 0, 1 and 2; a panic exits 101 after the binary's hook prints "accord hit an internal
    /// error".)
    pub fn crashed(&self) -> bool {
        !matches!(self.code, 0..=2)
            || self.stderr.contains("accord hit an internal error")
            || self.stderr.contains("thread 'main' panicked")
    }

    /// The run as a snapshot: the exit code, stdout, and stderr when there is any.
    pub fn snapshot(&self) -> String {
        let mut out = format!("exit: {}\n--- stdout ---\n{}", self.code, self.stdout);
        if !self.stderr.is_empty() {
            out.push_str("--- stderr ---\n");
            out.push_str(&self.stderr);
        }
        out
    }
}

/// Runs `accord ARGS…` from the workspace root, with `NO_COLOR=1` and stdin from /dev/null.
pub fn run(args: &[&str]) -> Output {
    run_in(&workspace_root(), args)
}

/// Runs `accord ARGS…` in `dir`, with `NO_COLOR=1` and stdin from /dev/null.
pub fn run_in(dir: &Path, args: &[&str]) -> Output {
    output_of(command_in(dir).args(args))
}

/// A command for `accord` in `dir` as [`run_in`] runs it: in English, `NO_COLOR=1`, no
/// `ACCORD_PLUGIN_PATH`, stdin from /dev/null. For a test that adds variables or arguments.
pub fn command_in(dir: &Path) -> Command {
    let mut cmd = accord();
    plain(&mut cmd, dir);
    cmd
}

/// A command for `accord ARGS…` from the workspace root as [`command_in`] makes it, through
/// `sh` with `ulimit -c 0` first: the plugin workers inherit the limit, so a crashing plugin dumps
/// no core file into the workspace.
#[cfg(unix)]
pub fn command_without_core_dumps<S: AsRef<std::ffi::OsStr>>(args: &[S]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"ulimit -c 0 2>/dev/null; exec "$0" "$@""#)
        .arg(&built().accord)
        .args(args);
    in_english(&mut cmd);
    plain(&mut cmd, &workspace_root());
    cmd
}

/// What every run of the tests shares: `dir`, no colour, no plugin path from the environment, and
/// nothing on stdin.
fn plain(cmd: &mut Command, dir: &Path) {
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("ACCORD_PLUGIN_PATH")
        .stdin(Stdio::null());
}

/// Runs `cmd` to the end and returns what it printed and how it exited. Panics when it cannot
/// run, is killed by a signal or prints non-UTF-8.
pub fn output_of(cmd: &mut Command) -> Output {
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
    Output::of(&format!("{cmd:?}"), output)
}

impl Output {
    /// The output of the finished run `what`. Panics when it was killed by a signal or printed
    /// non-UTF-8.
    pub fn of(what: &str, output: std::process::Output) -> Output {
        let code = output.status.code().unwrap_or_else(|| {
            panic!(
                "{what} was killed by a signal ({}); stderr:\n{}",
                output.status,
                String::from_utf8_lossy(&output.stderr)
            )
        });
        Output {
            stdout: String::from_utf8(output.stdout)
                .unwrap_or_else(|e| panic!("{what} printed non-UTF-8 on stdout: {e}")),
            stderr: String::from_utf8(output.stderr)
                .unwrap_or_else(|e| panic!("{what} printed non-UTF-8 on stderr: {e}")),
            code,
        }
    }
}

/// The directory of the C test plugins that `tests/build.rs` compiles from `tests/c/`.
pub fn c_plugins_dir() -> PathBuf {
    PathBuf::from(env!("ACCORD_TEST_C_PLUGINS"))
}

/// The library of the C test plugin `name` (as its manifest names it), under the file name the
/// host looks it up by. Panics when build.rs did not build it.
pub fn c_plugin(name: &str) -> PathBuf {
    let file = c_plugins_dir().join(accord_core::plugin::library_file_name(name));
    assert!(file.is_file(), "build.rs did not build {}", file.display());
    file
}

/// Insta settings for this crate's snapshots: no expression in the header, and absolute paths
/// (the workspace root, the temporary directory) replaced by `[ROOT]` and `[TMP]`. Commands run
/// from the workspace root with relative paths, so the filters are only a safety net.
pub fn insta_settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_omit_expression(true);
    settings.set_prepend_module_to_snapshot(true);
    let root = workspace_root();
    let raw_root = PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/.."));
    let tmp = std::env::temp_dir();
    let mut filters: Vec<(String, &str)> = vec![
        (regex_escape(&raw_root.display().to_string()), "[ROOT]"),
        (regex_escape(&root.display().to_string()), "[ROOT]"),
    ];
    if let Ok(tmp) = tmp.canonicalize() {
        filters.push((regex_escape(&tmp.display().to_string()), "[TMP]"));
    }
    filters.push((regex_escape(&tmp.display().to_string()), "[TMP]"));
    for (regex, replacement) in &filters {
        settings.add_filter(regex, *replacement);
    }
    settings
}

/// Escapes a literal for use in a regex.
fn regex_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A fresh empty directory under the system temporary directory, removed on drop. Its name
/// starts `accord-tests-LABEL-`, so a directory left by a killed run says which test made it.
pub fn temp_dir(label: &str) -> tempfile::TempDir {
    tempfile::Builder::new()
        .prefix(&format!("accord-tests-{label}-"))
        .tempdir()
        .unwrap_or_else(|e| panic!("cannot create a temporary directory for {label}: {e}"))
}

/// The files directly in `dir` (relative to the workspace root), sorted by name.
pub fn files_in(dir: &str) -> Vec<String> {
    let abs = workspace_root().join(dir);
    let mut names: Vec<String> = std::fs::read_dir(&abs)
        .unwrap_or_else(|e| panic!("cannot list {}: {e}", abs.display()))
        .map(|e| e.expect("readable directory entry"))
        .filter(|e| e.file_type().is_ok_and(|t| t.is_file()))
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
        .into_iter()
        .map(|name| format!("{}/{name}", dir.trim_end_matches('/')))
        .collect()
}

/// Waits for `child` at most `limit`: `Ok` with its status if it ended, else `Err` with the
/// status it had once killed (a hang, which the caller reports in its own words).
pub fn wait_within(
    child: &mut std::process::Child,
    limit: std::time::Duration,
) -> Result<std::process::ExitStatus, std::process::ExitStatus> {
    let deadline = std::time::Instant::now() + limit;
    loop {
        if let Some(status) = child.try_wait().expect("the child can be waited for") {
            return Ok(status);
        }
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            return Err(child.wait().expect("the killed child can be waited for"));
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_artifact_messages() {
        // As `cargo build --message-format=json-render-diagnostics` prints them (paths shortened).
        let stdout = concat!(
            "   Compiling accord-humility v0.1.0\n",
            r#"{"reason":"compiler-artifact","package_id":"registry+https://github.com/rust-lang/crates.io-index#serde_derive@1.0.229","manifest_path":"/r/serde_derive/Cargo.toml","target":{"kind":["proc-macro"],"crate_types":["proc-macro"],"name":"serde_derive","src_path":"/r/serde_derive/src/lib.rs","edition":"2021","doc":true,"doctest":true,"test":true},"profile":{"opt_level":"0","debuginfo":0,"debug_assertions":true,"overflow_checks":true,"test":false},"features":["default"],"filenames":["/t/debug/deps/libserde_derive-1.so"],"executable":null,"fresh":true}"#,
            "\n",
            r#"{"reason":"compiler-artifact","package_id":"path+file:///w/plugins/humility#accord-humility@0.1.0","manifest_path":"/w/plugins/humility/Cargo.toml","target":{"kind":["cdylib","rlib"],"crate_types":["cdylib","rlib"],"name":"accord_humility","src_path":"/w/plugins/humility/src/lib.rs","edition":"2024","doc":true,"doctest":true,"test":true},"profile":{"opt_level":"0","debuginfo":"line-tables-only","debug_assertions":true,"overflow_checks":true,"test":false},"features":[],"filenames":["/t/debug/libaccord_humility.so","/t/debug/libaccord_humility.rlib"],"executable":null,"fresh":true}"#,
            "\n",
            r#"{"reason":"compiler-artifact","package_id":"path+file:///w/crates/accord-cli#0.1.0","manifest_path":"/w/crates/accord-cli/Cargo.toml","target":{"kind":["bin"],"crate_types":["bin"],"name":"accord","src_path":"/w/crates/accord-cli/src/main.rs","edition":"2024","doc":true,"doctest":false,"test":true},"profile":{"opt_level":"0","debuginfo":"line-tables-only","debug_assertions":true,"overflow_checks":true,"test":false},"features":[],"filenames":["/t/debug/accord"],"executable":"/t/debug/accord","fresh":true}"#,
            "\n",
            r#"{"reason":"build-finished","success":true}"#,
            "\n"
        );
        let (accord, plugins) = parse_artifacts(stdout.as_bytes());
        assert_eq!(accord, Some(PathBuf::from("/t/debug/accord")));
        if std::env::consts::DLL_SUFFIX == ".so" {
            assert_eq!(
                plugins,
                [(
                    "accord_humility".to_owned(),
                    PathBuf::from("/t/debug/libaccord_humility.so")
                )]
            );
        }
    }

    #[test]
    fn escapes_regex_metacharacters() {
        assert_eq!(regex_escape("/a.b/c+d"), r"/a\.b/c\+d");
    }
}
