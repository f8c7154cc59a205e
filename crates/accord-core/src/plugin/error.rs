use std::path::PathBuf;

/// Why a plugin could not be loaded. Each message names the file, the cause and the fix.
#[derive(Debug, thiserror::Error)]
pub enum PluginError {
    #[error(
        "plugin `{name}` was not found\nhelp: looked for `{file}` in: {searched}; build the plugins (`cargo build --workspace`), pass `--plugin-dir DIR`, or set ACCORD_PLUGIN_PATH"
    )]
    NotFound {
        name: String,
        file: String,
        searched: String,
    },
    #[error("the plugin file `{path}` could not be read: {cause}")]
    Read { path: PathBuf, cause: String },
    #[error(
        "the plugin file `{path}` changed during the run: accord verified sha256 {verified}, an isolated worker then read {found}\nhelp: something rewrote the file while accord ran; find out what, and run again"
    )]
    Changed {
        path: PathBuf,
        verified: String,
        found: String,
    },
    #[error(
        "`{path}` could not be loaded as a library: {cause}\nhelp: is it a shared library built for this platform?"
    )]
    Open { path: PathBuf, cause: String },
    #[error(
        "`{path}` is not an Accord plugin: it does not export `accord_plugin_entry` ({cause})\nhelp: a plugin exports that function; in Rust, call `accord_plugin::export_plugin!(YourPlugin);`"
    )]
    MissingSymbol { path: PathBuf, cause: String },
    #[error(
        "`{path}` speaks plugin ABI version {found}, but this accord supports version {supported}\nhelp: rebuild the plugin against an accord-plugin SDK for ABI version {supported}"
    )]
    AbiVersion {
        path: PathBuf,
        found: u32,
        supported: u32,
    },
    #[error(
        "`{path}` declares a plugin table of {found} bytes, shorter than the {needed} bytes of ABI version 1\nhelp: rebuild the plugin against the current `accord_plugin.h`"
    )]
    ShortStruct {
        path: PathBuf,
        found: u32,
        needed: usize,
    },
    #[error("`{path}` returned a NULL plugin table from `accord_plugin_entry`")]
    NullEntry { path: PathBuf },
    #[error(
        "`{path}` has a NULL `{function}` function in its plugin table\nhelp: all three functions (manifest, check, free_buf) are required"
    )]
    NullFunction {
        path: PathBuf,
        function: &'static str,
    },
    #[error(
        "the manifest of `{path}` is invalid: {cause}\nhelp: the manifest must match schemas/plugin-manifest.schema.json (`accord schema plugin-manifest`)"
    )]
    Manifest { path: PathBuf, cause: String },
    #[error(
        "the plugin `{name}` is defined twice: by `{first}` and by `{second}`\nhelp: remove one of the two files from the plugin directories, or name only one with `--plugin`"
    )]
    DuplicateName {
        name: String,
        first: PathBuf,
        second: PathBuf,
    },
    #[error(
        "the plugin `{path}` does not match its pin for `{name}` in {config}: its sha256 is {found}, the pin says {expected}\nhelp: if you trust the new file, run `accord plugins lock` to pin it; otherwise restore the pinned build (no flag skips a mismatch)"
    )]
    PinMismatch {
        path: PathBuf,
        name: String,
        expected: String,
        found: String,
        config: String,
    },
    #[error(
        "the plugin `{path}` ({name}, sha256 {sha256}) has no pin in {config}, which pins its plugins\nhelp: run `accord plugins lock` to pin it, or pass `--allow-unpinned` to admit unpinned plugins for this run"
    )]
    Unpinned {
        path: PathBuf,
        name: String,
        sha256: String,
        config: String,
    },
    #[error(
        "the plugin `{path}` failed while loading in an isolated worker (`--isolate`): {problem}\nhelp: nothing was audited; fix the plugin or remove it from the profile (if it only loads slowly, raise `--plugin-timeout`); without `--isolate` it would take the whole run down"
    )]
    Isolated { path: PathBuf, problem: String },
    /// An isolated worker's refusal of a plugin: the same sentence as in-process, naming the file.
    #[error("{0}")]
    Refused(String),
    #[error(
        "ACCORD_PLUGIN_PATH holds the relative directory `{entry}`\nhelp: its entries must be absolute paths: a relative one would be looked up from wherever accord runs, where others may put files; write `{}` instead", std::path::absolute(entry).unwrap_or_else(|_| entry.clone()).display()
    )]
    RelativePluginPath { entry: PathBuf },
    /// A plugin directory or library reached without being named, which another user could
    /// have changed.
    #[error(transparent)]
    Untrusted(#[from] crate::trust::Untrusted),
}
