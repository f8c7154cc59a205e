//! Faulty plugins against the host loader, which guarantees that each fault is a clean error
//! naming the file and the cause, that none crashes the process, and that the host goes on
//! working after it.
//!
//! The faulty plugins are written in C (`tests/c/`, compiled by `tests/build.rs`); the panicking
//! one is a Rust cdylib (`tests/plugins/panicky`), because a panic is what the Rust SDK must
//! catch. Each test that makes the host fail then loads the good C plugin and uses it.
//!
//! Two process-wide effects of the loader shape these tests:
//! - On Linux the host loads a library through `/proc/self/fd/N` and never releases the library
//!   or the descriptor (the regressions at the end guard this). Tests still keep loaded plugins
//!   for the process ([`keep`]), as the `accord` binary does, and the tests that drop loaded
//!   plugins (conflicts) run alone in a child process ([`in_child`]).
//! - Loading a file twice gives the same library, with its globals: a C plugin with counters is
//!   only used by one test at a time.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use accord_core::plugin::{LoadedPlugin, PluginError, PluginSet, SearchPath, library_file_name};
use accord_core::profile::Profile;
use accord_core::report::{Report, Status, Verdict};
use accord_core::validate::SchemaValidator;
use accord_core::{Catalogue, Engine, Settings};
use accord_plugin::Date;
use accord_plugin::abi::V1_STRUCT_SIZE;

use crate::util::{c_plugin, c_plugins_dir, cargo_cdylib, temp_dir, workspace_root};

fn manifest_schema() -> &'static SchemaValidator {
    static SCHEMA: OnceLock<SchemaValidator> = OnceLock::new();
    SCHEMA.get_or_init(|| accord_core::schemas::compile("plugin-manifest").unwrap())
}

fn output_schema() -> &'static SchemaValidator {
    static SCHEMA: OnceLock<SchemaValidator> = OnceLock::new();
    SCHEMA.get_or_init(|| accord_core::schemas::compile("plugin-output").unwrap())
}

/// The error of loading the C plugin `name`, which must fail.
fn load_error(name: &str) -> PluginError {
    let path = c_plugin(name);
    LoadedPlugin::load(&path, manifest_schema()).expect_err("a faulty plugin must not load")
}

fn set_error(result: Result<PluginSet, PluginError>) -> PluginError {
    match result {
        Ok(set) => panic!("the plugins loaded, but should not have: {:?}", set.plugins),
        Err(e) => e,
    }
}

/// Keeps a loaded plugin (or a set or auditor holding some) for the rest of the process, as the
/// `accord` binary does: dropping one closes the descriptor its library was loaded through, and
/// a later load reusing that number would get the old library (see the module doc).
fn keep<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

/// Runs the test `name` of this binary alone in a child process and asserts that it passed;
/// returns true in that child, where the caller runs the test's body.
///
/// For tests with process-wide effects (see the module doc): they must not disturb the others.
fn in_child(name: &str) -> bool {
    const VAR: &str = "ACCORD_TEST_CHILD";
    if std::env::var(VAR).is_ok_and(|v| v == name) {
        return true;
    }
    // libtest names a test by its module path within the test binary, without the crate name.
    let test = match module_path!().split_once("::") {
        Some((_, module)) => format!("{module}::{name}"),
        None => name.to_owned(),
    };
    let exe = std::env::current_exe().unwrap();
    let output = Command::new(&exe)
        .args([
            test.as_str(),
            "--exact",
            "--include-ignored",
            "--test-threads=1",
            "--nocapture",
        ])
        .env(VAR, name)
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", exe.display()));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success() && stdout.contains("1 passed"),
        "`{name}` failed in its child process ({}):\n{stdout}\n{stderr}",
        output.status
    );
    false
}

/// Asserts that `text` contains every one of `parts`.
fn assert_mentions(text: &str, parts: &[&str]) {
    for part in parts {
        assert!(text.contains(part), "expected {part:?} in:\n{text}");
    }
}

/// The input of direct `check` calls: a valid charter without a budget, and no options.
fn input() -> &'static [u8] {
    static INPUT: OnceLock<Vec<u8>> = OnceLock::new();
    INPUT.get_or_init(|| {
        let path = workspace_root().join("tests/fixtures/valid/minimal.json");
        let charter = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        format!(r#"{{"charter":{},"options":{{}}}}"#, charter.trim()).into_bytes()
    })
}

/// The host still loads and runs a good plugin: the process survived the fault before.
fn assert_host_still_works() {
    let good = keep(
        LoadedPlugin::load(&c_plugin("c-demo"), manifest_schema())
            .expect("the good C plugin loads after a faulty one"),
    );
    let outcome = good
        .check(input(), output_schema())
        .expect("the good C plugin runs after a faulty one");
    assert_eq!(outcome.findings.len(), 1, "{outcome:?}");
    assert_eq!(outcome.findings[0].rule, "cdemo.has-budget");
}

// ---------------------------------------------------------------------------------------------
// Load-time faults

#[test]
fn a_library_without_the_entry_symbol_is_refused_with_the_loader_cause() {
    let err = load_error("no-entry");
    assert!(matches!(err, PluginError::MissingSymbol { .. }), "{err:?}");
    let message = err.to_string();
    assert_mentions(
        &message,
        &[
            "libaccord_no_entry",
            "does not export `accord_plugin_entry`",
            "export_plugin!",
        ],
    );
    // libloading's Display alone says only "dlsym failed": the cause comes from source().
    #[cfg(target_os = "linux")]
    assert_mentions(&message, &["undefined symbol: accord_plugin_entry"]);
    assert_host_still_works();
}

#[test]
fn a_plugin_of_another_abi_version_is_refused_naming_both_versions() {
    let err = load_error("wrong-abi");
    assert!(
        matches!(
            err,
            PluginError::AbiVersion {
                found: 2,
                supported: 1,
                ..
            }
        ),
        "{err:?}"
    );
    assert_mentions(
        &err.to_string(),
        &["libaccord_wrong_abi", "ABI version 2", "supports version 1"],
    );
    assert_host_still_works();
}

#[test]
fn a_table_shorter_than_v1_is_refused_naming_both_sizes() {
    let err = load_error("short-struct");
    assert!(
        matches!(err, PluginError::ShortStruct { found: 16, needed, .. } if needed == V1_STRUCT_SIZE),
        "{err:?}"
    );
    let v1 = format!("{V1_STRUCT_SIZE} bytes");
    assert_mentions(
        &err.to_string(),
        &["libaccord_short_struct", "16 bytes", &v1, "ABI version 1"],
    );
    #[cfg(target_pointer_width = "64")]
    assert_mentions(&err.to_string(), &["40 bytes"]);
    assert_host_still_works();
}

#[test]
fn a_null_function_is_refused_naming_it() {
    let err = load_error("null-function");
    assert!(
        matches!(
            err,
            PluginError::NullFunction {
                function: "check",
                ..
            }
        ),
        "{err:?}"
    );
    assert_mentions(
        &err.to_string(),
        &["libaccord_null_function", "NULL `check` function"],
    );
    assert_host_still_works();
}

#[test]
fn a_null_entry_result_is_refused() {
    let err = load_error("null-entry");
    assert!(matches!(err, PluginError::NullEntry { .. }), "{err:?}");
    assert_mentions(
        &err.to_string(),
        &["libaccord_null_entry", "NULL plugin table"],
    );
    assert_host_still_works();
}

// A manifest fault happens after the host has kept the library, and the host then closes the
// descriptor it was loaded through: these tests run in a child process (see the module doc), and
// cannot go on to load the good plugin there (`the_host_goes_on_after_a_bad_manifest`).

#[test]
fn a_manifest_that_is_not_json_is_refused() {
    if !in_child("a_manifest_that_is_not_json_is_refused") {
        return;
    }
    let err = load_error("bad-manifest-json");
    assert!(matches!(err, PluginError::Manifest { .. }), "{err:?}");
    assert_mentions(
        &err.to_string(),
        &["libaccord_bad_manifest_json", "manifest", "not valid JSON"],
    );
}

#[test]
fn a_manifest_that_fails_its_schema_is_refused_naming_the_field() {
    if !in_child("a_manifest_that_fails_its_schema_is_refused_naming_the_field") {
        return;
    }
    let err = load_error("manifest-fails-schema");
    assert!(matches!(err, PluginError::Manifest { .. }), "{err:?}");
    assert_mentions(
        &err.to_string(),
        &[
            "libaccord_manifest_fails_schema",
            "severity",
            "plugin-manifest.schema.json",
        ],
    );
}

#[test]
fn a_file_that_is_not_a_library_is_refused_with_the_loader_cause() {
    let dir = temp_dir("not-a-library");
    let path = dir.path().join(library_file_name("garbage"));
    std::fs::write(&path, b"this is not a shared library\n").unwrap();
    let err = LoadedPlugin::load(&path, manifest_schema()).expect_err("a text file must not load");
    assert!(matches!(err, PluginError::Open { .. }), "{err:?}");
    let message = err.to_string();
    assert_mentions(&message, &["libaccord_garbage", "could not be loaded"]);
    // The loader's own reason follows libloading's bare "dlopen failed".
    #[cfg(target_os = "linux")]
    assert!(
        message.contains("dlopen failed: ") && message.contains(&path.display().to_string()),
        "{message}"
    );
    assert_host_still_works();
}

#[test]
fn a_missing_file_and_an_unknown_name_are_clean_errors() {
    let dir = temp_dir("missing-plugin");
    let err = LoadedPlugin::load(&dir.path().join("libaccord_absent.so"), manifest_schema())
        .expect_err("a missing file must not load");
    assert!(matches!(err, PluginError::Read { .. }), "{err:?}");
    assert_mentions(&err.to_string(), &["libaccord_absent.so"]);

    let search = SearchPath::named(vec![dir.path().to_owned(), c_plugins_dir()]);
    let err = set_error(PluginSet::load(&["nowhere".to_owned()], &[], &search));
    assert!(matches!(err, PluginError::NotFound { .. }), "{err:?}");
    assert_mentions(
        &err.to_string(),
        &[
            "`nowhere`",
            &library_file_name("nowhere"),
            &dir.path().display().to_string(),
            &c_plugins_dir().display().to_string(),
            "--plugin-dir DIR",
        ],
    );
    // Building the workspace is advice for the built-in plugins only.
    assert!(!err.to_string().contains("cargo build"), "{err}");
    let err = set_error(PluginSet::load(&["humility".to_owned()], &[], &search));
    assert_mentions(
        &err.to_string(),
        &["reinstall the bundle", "cargo build --workspace"],
    );
    assert_host_still_works();
}

// ---------------------------------------------------------------------------------------------
// Conflicts between plugins

// A conflict is found after both plugins loaded, and drops them: these run in a child process.

#[test]
fn two_plugins_declaring_the_same_rule_are_refused() {
    if !in_child("two_plugins_declaring_the_same_rule_are_refused") {
        return;
    }
    // Both load (rule ids are the catalogue's business); building the catalogue refuses them.
    let set = PluginSet::load(
        &[],
        &[c_plugin("c-demo"), c_plugin("c-duplicate")],
        &SearchPath::default(),
    )
    .unwrap_or_else(|e| panic!("both plugins load: {e}"));
    let err = Catalogue::new(&set, &[]).expect_err("the same rule twice is refused");
    assert_eq!(err.rule, "cdemo.has-budget");
    assert_eq!(err.first.describe(), "plugin `c-demo`");
    assert_eq!(err.second.describe(), "plugin `c-duplicate`");
    assert_mentions(&err.to_string(), &["`cdemo.has-budget` is defined twice"]);
    std::mem::forget(set);
}

#[test]
fn two_files_declaring_the_same_plugin_name_are_refused() {
    if !in_child("two_files_declaring_the_same_plugin_name_are_refused") {
        return;
    }
    let dir = temp_dir("duplicate-name");
    let copy = dir.path().join(library_file_name("c-demo-copy"));
    std::fs::copy(c_plugin("c-demo"), &copy).unwrap();
    let err = set_error(PluginSet::load(
        &[],
        &[c_plugin("c-demo"), copy.clone()],
        &SearchPath::default(),
    ));
    assert!(
        matches!(&err, PluginError::DuplicateName { name, .. } if name == "c-demo"),
        "{err:?}"
    );
    assert_mentions(
        &err.to_string(),
        &["libaccord_c_demo", &copy.display().to_string()],
    );
}

#[test]
fn the_same_file_named_twice_loads_once() {
    let good = c_plugin("c-demo");
    let set = keep(
        PluginSet::load(&[], &[good.clone(), good.clone()], &SearchPath::default())
            .expect("the same file twice is not a conflict"),
    );
    assert_eq!(set.plugins.len(), 1);

    // By name and by file, spelt differently: still one file, loaded once.
    let respelt = c_plugins_dir().join(".").join(library_file_name("c-demo"));
    let search = SearchPath::named(vec![c_plugins_dir()]);
    let set = keep(
        PluginSet::load(&["c-demo".to_owned()], &[respelt, good], &search)
            .expect("a plugin named by name and by file is not a conflict"),
    );
    assert_eq!(set.plugins.len(), 1);
    assert_eq!(set.plugins[0].name(), "c-demo");
}

// ---------------------------------------------------------------------------------------------
// Check-time faults: a failure of that charter, never of the process

fn loaded(path: &Path) -> &'static LoadedPlugin {
    keep(
        LoadedPlugin::load(path, manifest_schema())
            .unwrap_or_else(|e| panic!("{} should load: {e}", path.display())),
    )
}

fn settings() -> Settings {
    Settings {
        profile: Profile::parse("test", "name = \"test\"\nplugins = []\n").unwrap(),
        audit_date: Date::parse("2026-01-01").unwrap(),
        ..Settings::default()
    }
}

/// An auditor with these plugins and no rule packs, kept for the process.
fn auditor(set: PluginSet) -> &'static Engine {
    keep(Engine::new(settings(), set, Vec::new()).unwrap_or_else(|e| panic!("{e}")))
}

/// An auditor with the good C plugin and `faulty`.
fn auditor_with(faulty: &Path) -> &'static Engine {
    let files = [c_plugin("c-demo"), faulty.to_owned()];
    auditor(PluginSet::load(&[], &files, &SearchPath::default()).unwrap_or_else(|e| panic!("{e}")))
}

/// A charter without a budget (the good plugin finds that) and one with a published budget.
const NO_BUDGET: &str = "tests/fixtures/audit/no-budget.toml";
const WITH_BUDGET: &str = "examples/charters/rebuild-haiti.toml";

/// A failing plugin makes the charter `error`: no score, the failure named in the report, and
/// the good plugin's findings kept.
fn assert_error_report(report: &Report, plugin: &str, parts: &[&str], good_finds: bool) {
    let json = serde_json::to_string_pretty(report).unwrap();
    assert_eq!(report.status, Status::Error, "{json}");
    assert_eq!(report.verdict, Verdict::Error, "{json}");
    assert_eq!(report.plugin_failures.len(), 1, "{json}");
    assert_eq!(report.plugin_failures[0].plugin, plugin, "{json}");
    assert_mentions(&report.plugin_failures[0].failure.to_string(), parts);
    assert_eq!(report.score.overall, None, "{json}");
    assert_eq!(report.score.grade, None, "{json}");
    assert!(report.rules.is_none(), "{json}");
    let good_found = report
        .findings
        .iter()
        .any(|f| f.rule == "cdemo.has-budget" && f.path == "/budget/published");
    assert_eq!(good_found, good_finds, "the good plugin's findings: {json}");
    let names: Vec<&str> = report.plugins.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["c-demo", plugin], "{json}");
    // Serialized, the failure is part of the public report.
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(value["status"], "error");
    assert_eq!(value["score"]["overall"], serde_json::Value::Null);
    assert_eq!(value["plugin_failures"][0]["plugin"], plugin);
}

/// The plugin faults that happen in `check`: (C plugin name, what the cause must say).
const CHECK_FAULTS: &[(&str, &[&str])] = &[
    (
        "err-status",
        &[
            "reported an error (status 1)",
            "database unavailable",
            // The plugin counts its buffers not yet handed back to free_buf: none, ever.
            "(0 buffers not yet freed)",
        ],
    ),
    ("invalid-output-json", &["output is not valid JSON"]),
    (
        "output-fails-schema",
        &["does not match schemas/plugin-output.schema.json", "path"],
    ),
    (
        "unknown-rule",
        &["does not declare", "cdemo.has-budget", "`unknown-rule`"],
    ),
    (
        // The plugin refuses to answer while an earlier buffer of its was never freed, so the
        // second call also shows that the host freed the oversized first one.
        "oversized-output",
        &["16777217 bytes", "over the limit of 16777216 bytes"],
    ),
];

/// One test for all of them: each plugin is used by one thread at a time (its counters).
#[test]
fn check_faults_fail_the_charter_and_the_run_goes_on() {
    for (name, parts) in CHECK_FAULTS {
        let path = c_plugin(name);
        let plugin = loaded(&path);
        // Twice: the first failure leaves the plugin usable (and its buffer freed).
        for _ in 0..2 {
            let cause = plugin
                .check(input(), output_schema())
                .expect_err("a faulty check must fail");
            assert_mentions(&cause.to_string(), parts);
        }
        // Through the auditor: that charter is an error, the good plugin's findings are kept.
        let auditor = auditor_with(&path);
        let report = auditor.audit_path(&workspace_root().join(NO_BUDGET)).report;
        assert_error_report(&report, name, parts, true);
        let report = auditor
            .audit_path(&workspace_root().join(WITH_BUDGET))
            .report;
        assert_error_report(&report, name, parts, false);
        assert_host_still_works();
    }

    // And with the good plugin alone, the same charters are audited as usual.
    let files = [c_plugin("c-demo")];
    let alone = auditor(PluginSet::load(&[], &files, &SearchPath::default()).unwrap());
    for charter in [NO_BUDGET, WITH_BUDGET] {
        let report = alone.audit_path(&workspace_root().join(charter)).report;
        assert_eq!(report.status, Status::Audited, "{charter}");
        assert!(report.plugin_failures.is_empty(), "{charter}");
        assert!(report.score.overall.is_some(), "{charter}");
    }
}

#[test]
fn a_panicking_rust_plugin_is_an_error_not_an_abort() {
    let parts = ["it panicked: ", "panicked: charter too interesting"];
    let plugin = loaded(panicky());
    assert_eq!(plugin.name(), "test-panicky");
    for _ in 0..2 {
        let cause = plugin
            .check(input(), output_schema())
            .expect_err("a panicking check must fail");
        assert_mentions(&cause.to_string(), &parts);
        // Said once: the SDK sends the panic's message, the host introduces it.
        assert_eq!(cause.to_string().matches("panicked").count(), 1, "{cause}");
    }
    let auditor = auditor_with(panicky());
    let report = auditor.audit_path(&workspace_root().join(NO_BUDGET)).report;
    assert_error_report(&report, "test-panicky", &parts, true);
    let report = auditor
        .audit_path(&workspace_root().join(WITH_BUDGET))
        .report;
    assert_error_report(&report, "test-panicky", &parts, false);
    assert_host_still_works();
}

#[test]
fn a_caught_panic_prints_no_rust_panic_message() {
    // The SDK turns the panic into the charter's plugin failure; Rust's own `thread '…'
    // panicked at` line would only confuse the person reading the audit.
    let panicky = panicky().display().to_string();
    let out = crate::util::run(&[
        "audit",
        NO_BUDGET,
        "--no-config",
        "--profile",
        "tests/fixtures/profiles/no-plugins.toml",
        "--plugin",
        &panicky,
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stdout.contains("charter too interesting"),
        "{}",
        out.stdout
    );
    assert!(!out.stderr.contains("panicked at"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------------------------
// Regressions: host bugs found by this suite, now fixed

#[test]
fn an_output_without_not_applicable_is_accepted() {
    // schemas/plugin-output.schema.json requires only `findings`.
    let plugin = loaded(&c_plugin("findings-only"));
    let outcome = plugin
        .check(input(), output_schema())
        .unwrap_or_else(|cause| panic!("a schema-valid output was refused: {cause}"));
    assert!(outcome.findings.is_empty());
    assert!(outcome.not_applicable.is_empty());
}

#[test]
fn the_host_goes_on_after_a_bad_manifest() {
    if !in_child("the_host_goes_on_after_a_bad_manifest") {
        return;
    }
    let err = load_error("bad-manifest-json");
    assert!(matches!(err, PluginError::Manifest { .. }), "{err:?}");
    // This load used to return the bad library again (its descriptor number was reused).
    assert_host_still_works();
}

#[test]
fn a_load_after_a_dropped_plugin_loads_the_new_file() {
    if !in_child("a_load_after_a_dropped_plugin_loads_the_new_file") {
        return;
    }
    let good = LoadedPlugin::load(&c_plugin("c-demo"), manifest_schema()).unwrap();
    assert_eq!(good.name(), "c-demo");
    drop(good);
    // This used to "load" c-demo again, under the path and sha256 of no_entry.so.
    match LoadedPlugin::load(&c_plugin("no-entry"), manifest_schema()) {
        Err(PluginError::MissingSymbol { .. }) => {}
        Err(other) => panic!("expected MissingSymbol, got {other}"),
        Ok(plugin) => panic!(
            "{} loaded as the plugin `{}`",
            plugin.path.display(),
            plugin.name()
        ),
    }
}

// ---------------------------------------------------------------------------------------------
// Building the panicking Rust plugin

/// `libaccord_test_panicky.so`, built once per test process.
fn panicky() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| cargo_cdylib("accord-test-panicky", "accord_test_panicky"))
}
