//! A plugin written in C against `accord_plugin.h` alone (`tests/c/good.c`, built by
//! `tests/build.rs`) loads by name and audits charters end to end through the library: the
//! header alone is enough to write a working plugin.
#![cfg(unix)]

use std::sync::OnceLock;

use accord_core::plugin::{PluginSet, SearchPath, library_file_name};
use accord_core::profile::Profile;
use accord_core::report::{Report, Status, Verdict};
use accord_core::{Engine, Settings};
use accord_plugin::{Date, Severity};

use crate::util::{c_plugins_dir, workspace_root};

/// The good C plugin, looked up by its name as the host does.
fn c_demo() -> PluginSet {
    let search = SearchPath::named(vec![c_plugins_dir()]);
    PluginSet::load(&["c-demo".to_owned()], &[], &search).unwrap_or_else(|e| panic!("{e}"))
}

/// One auditor with the good C plugin for the whole process, as the `accord` binary keeps its
/// plugins (bad_plugins.rs explains why a test process should not drop loaded plugins).
fn auditor() -> &'static Engine {
    static AUDITOR: OnceLock<Engine> = OnceLock::new();
    AUDITOR.get_or_init(new_auditor)
}

fn new_auditor() -> Engine {
    let settings = Settings {
        profile: Profile::parse("test", "name = \"test\"\nplugins = []\n").unwrap(),
        audit_date: Date::parse("2026-01-01").unwrap(),
        ..Settings::default()
    };
    Engine::new(settings, c_demo(), Vec::new()).unwrap_or_else(|e| panic!("{e}"))
}

/// Audits a charter given relative to the workspace root.
fn audit(charter: &str) -> Report {
    auditor().audit_path(&workspace_root().join(charter)).report
}

fn json(report: &Report) -> String {
    serde_json::to_string_pretty(report).unwrap()
}

/// The 1-based line of the first line of `charter` that starts with `prefix`.
fn line_of(charter: &str, prefix: &str) -> usize {
    let text = std::fs::read_to_string(workspace_root().join(charter)).unwrap();
    1 + text
        .lines()
        .position(|l| l.starts_with(prefix))
        .unwrap_or_else(|| panic!("no line of {charter} starts with {prefix:?}"))
}

#[test]
fn the_c_plugin_loads_by_name_with_its_manifest() {
    let set = auditor().plugins();
    assert_eq!(set.plugins.len(), 1);
    let plugin = &set.plugins[0];
    assert_eq!(plugin.name(), "c-demo");
    assert_eq!(plugin.manifest.version, "1.0.0");
    assert!(
        plugin.is_thread_safe(),
        "good.c sets ACCORD_FLAG_THREAD_SAFE"
    );
    assert_eq!(
        plugin.path,
        c_plugins_dir().join(library_file_name("c-demo"))
    );
    let bytes = std::fs::read(&plugin.path).unwrap();
    assert_eq!(plugin.sha256, accord_core::sha256_hex(&bytes));

    let rules: Vec<_> = set.rules().map(|(_, r)| r).collect();
    assert_eq!(rules.len(), 1);
    assert_eq!(rules[0].id, "cdemo.has-budget");
    assert_eq!(rules[0].category, "cdemo");
    assert_eq!(rules[0].severity, Severity::Warning);
    assert_eq!(rules[0].references, ["Accord test suite"]);
}

#[test]
fn a_charter_without_a_budget_gets_a_finding_at_the_root() {
    let charter = "tests/fixtures/audit/no-budget.toml";
    let report = audit(charter);
    let json = json(&report);
    assert_eq!(report.status, Status::Audited, "{json}");
    assert!(report.plugin_failures.is_empty(), "{json}");
    let findings: Vec<_> = report
        .findings
        .iter()
        .filter(|f| f.rule == "cdemo.has-budget")
        .collect();
    assert_eq!(findings.len(), 1, "{json}");
    let finding = findings[0];
    assert_eq!(finding.path, "/budget/published");
    assert_eq!(
        finding.message,
        "The charter has no budget (found by a C plugin)."
    );
    assert_eq!(finding.category, "cdemo");
    assert_eq!(finding.severity, Severity::Warning);
    assert_eq!(
        finding.fix,
        "Add a `[budget]` table with `published = true`."
    );
    assert_eq!(finding.fingerprint.len(), 16);
    // An absent path is located at its nearest existing ancestor: here the root, which is shown
    // at column 1 of the first line that holds a key (after the fixture's header comment).
    let text = std::fs::read_to_string(workspace_root().join(charter)).unwrap();
    let first_key = text
        .lines()
        .position(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .unwrap()
        + 1;
    assert!(first_key > 1);
    assert_eq!((finding.line, finding.column), (first_key, 1), "{json}");

    // One warning-weighted rule, failed: score 0, but a warning alone does not fail the verdict.
    let rules = report.rules.expect("an audited charter counts its rules");
    assert_eq!((rules.evaluated, rules.failed), (1, 1), "{json}");
    assert_eq!(report.score.overall, Some(0.0), "{json}");
    assert_eq!(report.verdict, Verdict::Pass, "{json}");
    assert_eq!(report.plugins.len(), 1);
    assert_eq!(report.plugins[0].name, "c-demo");
    assert_eq!(report.plugins[0].version, "1.0.0");
}

#[test]
fn an_unpublished_budget_is_located_at_its_key() {
    let charter = "examples/charters/water-programme.toml";
    let report = audit(charter);
    let json = json(&report);
    assert_eq!(report.status, Status::Audited, "{json}");
    let finding = report
        .findings
        .iter()
        .find(|f| f.rule == "cdemo.has-budget")
        .unwrap_or_else(|| panic!("no cdemo finding: {json}"));
    assert_eq!(finding.path, "/budget/published");
    assert_eq!(
        finding.message,
        "The budget is not published (found by a C plugin)."
    );
    let line = line_of(charter, "published = false");
    assert_eq!((finding.line, finding.column), (line, 1), "{json}");
}

#[test]
fn charters_with_a_published_budget_pass() {
    for charter in [
        "examples/charters/rebuild-haiti.toml",
        "examples/charters/school-meals.json",
        "tests/fixtures/audit/healthy-full.toml",
    ] {
        let report = audit(charter);
        let json = json(&report);
        assert_eq!(report.status, Status::Audited, "{charter}: {json}");
        assert!(
            !report.findings.iter().any(|f| f.rule.starts_with("cdemo.")),
            "{charter}: {json}"
        );
        let rules = report.rules.expect("an audited charter counts its rules");
        assert_eq!((rules.evaluated, rules.passed), (1, 1), "{charter}: {json}");
        assert_eq!(report.score.overall, Some(100.0), "{charter}: {json}");
        assert_eq!(report.verdict, Verdict::Pass, "{charter}: {json}");
    }
}

#[test]
fn an_invalid_charter_never_reaches_the_plugin() {
    let report = audit("tests/fixtures/invalid/missing-partnership.toml");
    assert_eq!(report.status, Status::Invalid);
    assert!(report.findings.is_empty());
    assert!(report.plugin_failures.is_empty());
}

#[test]
fn the_c_plugin_reports_its_own_errors_cleanly() {
    let set = auditor().plugins();
    let output_schema = accord_core::schemas::compile("plugin-output").unwrap();
    let cause = set.plugins[0]
        .check(br#"{"options":{}}"#, &output_schema)
        .expect_err("an input without a charter is an error");
    assert_eq!(
        cause,
        accord_core::plugin::Failure::Status {
            status: 1,
            message: "the input has no charter".into()
        }
    );
    assert_eq!(
        cause.to_string(),
        "it reported an error (status 1): the input has no charter"
    );
}
