//! Helpers shared by the `accord audit` test modules (audit, profiles, packs, waivers, config):
//! running an audit against the freshly built plugins, validating every JSON report line against
//! `schemas/report.schema.json`, redacting what changes from build to build, reading the
//! fixtures' "Expected findings" headers, and recomputing scores independently.

use std::collections::{BTreeMap, BTreeSet};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

use super::{Output, files_in, plugin_dir, run, run_in, workspace_root};

/// The audit date of every test unless a fixture's header says otherwise.
pub const TODAY: &str = "2026-11-27";

/// `--plugin-dir` pointing at the freshly built plugins, as a string.
pub fn plugin_dir_arg() -> String {
    plugin_dir().display().to_string()
}

/// `accord audit --today DATE --no-config --plugin-dir <built> ARGS…`, from the workspace root.
pub fn audit_on(today: &str, args: &[&str]) -> Output {
    let dir = plugin_dir_arg();
    let mut all = vec![
        "audit",
        "--today",
        today,
        "--no-config",
        "--plugin-dir",
        &dir,
    ];
    all.extend_from_slice(args);
    let out = run(&all);
    assert_no_crash(&out, &all.join(" "));
    out
}

/// `accord audit --today TODAY --no-config --plugin-dir <built> ARGS…`, from the workspace root.
pub fn audit(args: &[&str]) -> Output {
    audit_on(TODAY, args)
}

/// `accord ARGS…` from the workspace root, checked not to crash.
pub fn accord(args: &[&str]) -> Output {
    let out = run(args);
    assert_no_crash(&out, &args.join(" "));
    out
}

/// `accord ARGS…` in `dir`, checked not to crash.
pub fn accord_in(dir: &Path, args: &[&str]) -> Output {
    let out = run_in(dir, args);
    assert_no_crash(&out, &args.join(" "));
    out
}

pub fn assert_no_crash(out: &Output, what: &str) {
    assert!(
        !out.crashed(),
        "accord crashed on `{what}` (exit {}):\n{}",
        out.code,
        out.stderr
    );
}

/// The report schema (draft 2020-12, formats asserted), compiled once.
pub fn report_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let path = workspace_root().join("schemas/report.schema.json");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let schema: Value = serde_json::from_str(&text).expect("the report schema is JSON");
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .unwrap_or_else(|e| panic!("the report schema does not compile: {e}"))
    })
}

/// The schema errors of one JSON value (empty when valid).
pub fn schema_errors(value: &Value) -> Vec<String> {
    report_schema()
        .iter_errors(value)
        .map(|e| format!("{e} at `{}`", e.instance_path()))
        .collect()
}

/// Parses every stdout line of `--format json`, validating each against the report schema.
pub fn json_lines(out: &Output) -> Vec<Value> {
    json_lines_of(&out.stdout)
}

/// Parses JSON Lines text, validating each line against the report schema.
pub fn json_lines_of(text: &str) -> Vec<Value> {
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "the JSON Lines output does not end with a newline"
    );
    text.lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("a JSON line does not parse ({e}): {line}"));
            let errors = schema_errors(&value);
            assert!(
                errors.is_empty(),
                "a JSON line fails schemas/report.schema.json:\n{}\n{line}",
                errors.join("\n")
            );
            value
        })
        .collect()
}

/// The report lines (`"type": "report"`) of JSON output, in order.
pub fn reports(lines: &[Value]) -> Vec<&Value> {
    lines.iter().filter(|l| l["type"] == "report").collect()
}

/// The one report of a single-charter JSON run (no summary line).
pub fn only_report(out: &Output) -> Value {
    let lines = json_lines(out);
    assert_eq!(
        lines.len(),
        1,
        "one charter gives exactly one line, no summary:\n{}",
        out.stdout
    );
    assert_eq!(lines[0]["type"], "report");
    lines.into_iter().next().unwrap()
}

/// Replaces, in a report, what changes with every build: each plugin's sha256 becomes
/// `[sha256]` and its directory `[PLUGIN_DIR]` (the built-in plugins) or `[C_PLUGINS]` (the C
/// test plugins of build.rs). Summary lines are left alone.
pub fn redact(report: &mut Value) {
    let builtin = plugin_dir();
    let c_plugins = PathBuf::from(env!("ACCORD_TEST_C_PLUGINS"));
    if let Some(plugins) = report["plugins"].as_array_mut() {
        for plugin in plugins {
            plugin["sha256"] = Value::String("[sha256]".into());
            if let Some(path) = plugin["path"].as_str() {
                let path = Path::new(path);
                let name = path.file_name().unwrap().to_string_lossy();
                let dir = path.parent().unwrap();
                let shown = if dir == builtin {
                    format!("[PLUGIN_DIR]/{name}")
                } else if dir == c_plugins {
                    format!("[C_PLUGINS]/{name}")
                } else {
                    path.display().to_string()
                };
                plugin["path"] = Value::String(shown);
            }
        }
    }
}

/// A finding as the fixture headers list it: (rule, path, waived).
pub type Finding = (String, String, bool);

/// The findings of a report as (rule, path, waived).
pub fn findings(report: &Value) -> BTreeSet<Finding> {
    report["findings"]
        .as_array()
        .unwrap_or_else(|| panic!("`findings` is not an array: {report}"))
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap().to_owned(),
                !f["waiver"].is_null(),
            )
        })
        .collect()
}

/// The (rule, path) pairs of a report's findings, sorted.
pub fn rule_paths(report: &Value) -> Vec<(String, String)> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap().to_owned(),
                f["path"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

/// The finding of `rule` at `path` (panics when there is none or several).
pub fn finding<'a>(report: &'a Value, rule: &str, path: &str) -> &'a Value {
    let matching: Vec<&Value> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] == rule && f["path"] == path)
        .collect();
    assert_eq!(
        matching.len(),
        1,
        "expected one finding of {rule} at {path}, got {matching:#?}"
    );
    matching[0]
}

/// The rule ids of a report's findings (deduplicated, sorted).
pub fn failed_rule_ids(report: &Value) -> BTreeSet<String> {
    findings(report)
        .into_iter()
        .map(|(rule, _, _)| rule)
        .collect()
}

/// A string array of a report (e.g. `not_applicable`, `disabled`) as a set.
pub fn string_set(value: &Value) -> BTreeSet<String> {
    value
        .as_array()
        .unwrap_or_else(|| panic!("not an array: {value}"))
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// What a fixture's header comment says an audit gives.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Expected {
    /// `# Expected findings (rule at path):` then `#   RULE at PATH` lines, `(waived)` marked.
    pub findings: BTreeSet<Finding>,
    /// `# Not applicable: a, b.` (empty when the header has no such line).
    pub not_applicable: BTreeSet<String>,
    /// The audit date the header asks for (`audited with --today YYYY-MM-DD`), else [`TODAY`].
    pub today: String,
}

/// The header comment lines of a TOML file (the leading `#` lines).
pub fn header_lines(path: &str) -> Vec<String> {
    let text = std::fs::read_to_string(workspace_root().join(path))
        .unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    text.lines()
        .take_while(|l| l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Reads the expectation of a fixture of `tests/fixtures/audit/`. A JSON fixture has no
/// comments: it takes the header of its TOML twin (same stem), which it must mirror.
pub fn expected(path: &str) -> Expected {
    let source = match path.strip_suffix(".json") {
        Some(stem) => format!("{stem}.toml"),
        None => path.to_owned(),
    };
    let header = header_lines(&source);
    assert!(!header.is_empty(), "{source} has no header comment");
    let mut expected = Expected {
        today: TODAY.to_owned(),
        ..Expected::default()
    };
    let mut said = false;
    let mut in_list = false;
    for line in &header {
        if let Some(at) = line.find("--today ") {
            expected.today = line[at + 8..at + 18].to_owned();
        }
        if line == "# Expected findings (rule at path):" {
            said = true;
            in_list = true;
            continue;
        }
        if in_list {
            if let Some(entry) = line.strip_prefix("#   ") {
                let (entry, waived) = match entry.strip_suffix(" (waived)") {
                    Some(e) => (e, true),
                    None => (entry, false),
                };
                let (rule, path) = entry
                    .split_once(" at ")
                    .unwrap_or_else(|| panic!("{source}: bad header line `{line}`"));
                let new = expected
                    .findings
                    .insert((rule.to_owned(), path.to_owned(), waived));
                assert!(new, "{source}: `{line}` listed twice");
                continue;
            }
            in_list = false;
        }
        if line.starts_with("# Expected findings: none") {
            said = true;
        }
        if let Some(list) = line.strip_prefix("# Not applicable:") {
            expected.not_applicable = list
                .trim()
                .trim_end_matches('.')
                .split(',')
                .map(|r| r.trim().to_owned())
                .collect();
        }
    }
    assert!(
        said,
        "{source}: the header has neither `# Expected findings (rule at path):` nor `# Expected findings: none`"
    );
    expected
}

/// Runs `check` for each item, collecting failures so every item is checked (and every snapshot
/// written under `INSTA_UPDATE=always`) before the test fails.
pub fn for_each<T: std::fmt::Debug>(items: &[T], check: impl Fn(&T)) {
    let mut failed = Vec::new();
    for item in items {
        if catch_unwind(AssertUnwindSafe(|| check(item))).is_err() {
            failed.push(format!("{item:?}"));
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} failed (see the panics above): {failed:#?}",
        failed.len(),
        items.len()
    );
}

/// One rule of `accord rules --format json`.
#[derive(Debug, Clone)]
pub struct Rule {
    pub severity: String,
    pub category: String,
    pub source: String,
}

/// The rules the given profile and packs load, from `accord rules --format json` (host rules
/// included, with source `host`).
pub fn rule_catalogue(extra: &[&str]) -> BTreeMap<String, Rule> {
    let dir = plugin_dir_arg();
    let mut args = vec![
        "rules",
        "--format",
        "json",
        "--no-config",
        "--plugin-dir",
        &dir,
    ];
    args.extend_from_slice(extra);
    let out = accord(&args);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    out.stdout
        .lines()
        .map(|line| {
            let v: Value = serde_json::from_str(line).expect("a JSON line");
            (
                v["id"].as_str().unwrap().to_owned(),
                Rule {
                    severity: v["severity"].as_str().unwrap().to_owned(),
                    category: v["category"].as_str().unwrap().to_owned(),
                    source: v["source"].as_str().unwrap().to_owned(),
                },
            )
        })
        .collect()
}

/// The rules of the default profile (built-in plugins, core pack, host rules), read once.
pub fn default_catalogue() -> &'static BTreeMap<String, Rule> {
    static CATALOGUE: OnceLock<BTreeMap<String, Rule>> = OnceLock::new();
    CATALOGUE.get_or_init(|| rule_catalogue(&[]))
}

fn weight(severity: &str) -> u64 {
    match severity {
        "error" => 5,
        "warning" => 2,
        "info" => 0,
        other => panic!("unknown severity {other}"),
    }
}

/// A score ×10, rounded half away from zero, from passed and applicable weights.
fn tenths(passed: u64, applicable: u64) -> u64 {
    (2000 * passed + applicable) / (2 * applicable)
}

fn grade(passed: u64, applicable: u64) -> &'static str {
    let (p, a) = (100 * passed, applicable);
    if p >= 90 * a {
        "A"
    } else if p >= 80 * a {
        "B"
    } else if p >= 70 * a {
        "C"
    } else if p >= 60 * a {
        "D"
    } else {
        "F"
    }
}

fn score_tenths(value: &Value) -> Option<u64> {
    value.as_f64().map(|v| (v * 10.0).round() as u64)
}

/// How the audit treated waivers and warnings, for [`check_scores`].
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// `waivers = "report-only"`: a waived finding counts as failed.
    pub report_only: bool,
    /// `fail_under` (0 when the profile sets none).
    pub fail_under: f64,
    /// `--deny warnings` or `deny_warnings = true`.
    pub deny_warnings: bool,
}

impl Policy {
    pub const DEFAULT: Policy = Policy {
        report_only: false,
        fail_under: 0.0,
        deny_warnings: false,
    };
}

/// Recomputes, from the findings, the catalogue's severities (after the report's `overrides`)
/// and the scoring rules (weights, rounding, grades, verdict), the report's `rules` counts,
/// overall and category scores, grade and verdict, and compares them with what the report says.
pub fn check_scores(report: &Value, catalogue: &BTreeMap<String, Rule>, policy: Policy) {
    let what = report["charter"]["path"].as_str().unwrap_or("?");
    assert_eq!(report["status"], "audited", "{what}");
    let disabled = string_set(&report["disabled"]);
    let not_applicable = string_set(&report["not_applicable"]);
    let overrides = report["overrides"].as_object().unwrap();
    let mut failing: BTreeSet<String> = BTreeSet::new();
    let mut waived_rules: BTreeSet<String> = BTreeSet::new();
    let mut unwaived_errors = 0;
    let mut unwaived_warnings = 0;
    for f in report["findings"].as_array().unwrap() {
        let rule = f["rule"].as_str().unwrap();
        let waived = !f["waiver"].is_null();
        if waived {
            waived_rules.insert(rule.to_owned());
        }
        let counts = !waived || policy.report_only;
        if counts {
            failing.insert(rule.to_owned());
            match f["severity"].as_str().unwrap() {
                "error" => unwaived_errors += 1,
                "warning" => unwaived_warnings += 1,
                _ => {}
            }
        }
        // The finding's severity is the rule's, after the profile's override.
        if let Some(rule_def) = catalogue.get(rule) {
            let severity = overrides
                .get(rule)
                .and_then(Value::as_str)
                .unwrap_or(&rule_def.severity);
            assert_eq!(f["severity"], severity, "{what}: severity of {rule}");
            assert_eq!(f["category"], rule_def.category.as_str(), "{what}: {rule}");
        } else {
            panic!("{what}: a finding of `{rule}`, which `accord rules` does not list");
        }
    }
    let (mut passed_w, mut applicable_w) = (0u64, 0u64);
    let mut categories: BTreeMap<&str, (u64, u64)> = BTreeMap::new();
    let (mut evaluated, mut passed, mut failed, mut na) = (0u64, 0u64, 0u64, 0u64);
    for (id, rule) in catalogue {
        if rule.source == "accord (host)" || disabled.contains(id) {
            assert!(
                !failing.contains(id) || rule.source == "accord (host)",
                "{what}: a finding of the disabled rule {id}"
            );
            continue;
        }
        evaluated += 1;
        let category = categories.entry(&rule.category).or_default();
        if not_applicable.contains(id) {
            na += 1;
            assert!(
                !failing.contains(id),
                "{what}: {id} is not applicable yet failed"
            );
            continue;
        }
        let severity = overrides
            .get(id)
            .and_then(Value::as_str)
            .unwrap_or(&rule.severity);
        let w = weight(severity);
        applicable_w += w;
        category.1 += w;
        if failing.contains(id) {
            failed += 1;
        } else {
            passed += 1;
            passed_w += w;
            category.0 += w;
        }
    }
    let rules = &report["rules"];
    assert_eq!(rules["evaluated"], evaluated, "{what}: rules.evaluated");
    assert_eq!(rules["passed"], passed, "{what}: rules.passed");
    assert_eq!(rules["failed"], failed, "{what}: rules.failed");
    assert_eq!(rules["not_applicable"], na, "{what}: rules.not_applicable");
    let scored_waived = waived_rules
        .iter()
        .filter(|r| !r.starts_with("waiver."))
        .count();
    assert_eq!(rules["waived"], scored_waived, "{what}: rules.waived");
    let score = &report["score"];
    if applicable_w == 0 {
        assert!(score["overall"].is_null(), "{what}");
        assert!(score["grade"].is_null(), "{what}");
    } else {
        assert_eq!(
            score_tenths(&score["overall"]),
            Some(tenths(passed_w, applicable_w)),
            "{what}: overall score ({passed_w} of {applicable_w})"
        );
        assert_eq!(
            score["grade"],
            grade(passed_w, applicable_w),
            "{what}: grade"
        );
    }
    let shown = score["categories"].as_object().unwrap();
    let names: BTreeSet<&str> = shown.keys().map(String::as_str).collect();
    let expected_names: BTreeSet<&str> = categories.keys().copied().collect();
    assert_eq!(names, expected_names, "{what}: the categories scored");
    for (name, (p, a)) in &categories {
        let got = &shown[*name];
        if *a == 0 {
            assert!(got.is_null(), "{what}: category {name} has no weight");
        } else {
            assert_eq!(
                score_tenths(got),
                Some(tenths(*p, *a)),
                "{what}: category {name} ({p} of {a})"
            );
        }
    }
    // Verdict: fail on any unwaived error, a score strictly under fail_under, or (denying
    // warnings) any unwaived warning, host rules included.
    let under =
        applicable_w > 0 && (100 * passed_w) as f64 / (applicable_w as f64) < policy.fail_under;
    let fails = unwaived_errors > 0 || under || (policy.deny_warnings && unwaived_warnings > 0);
    assert_eq!(
        report["verdict"],
        if fails { "fail" } else { "pass" },
        "{what}: verdict ({unwaived_errors} unwaived errors, {unwaived_warnings} warnings, under fail_under: {under})"
    );
}

/// The snapshot description of a fixture: its header comment joined into one paragraph.
pub fn description(path: &str) -> String {
    let header = if path.ends_with(".json") {
        let twin = format!("{}.toml", path.trim_end_matches(".json"));
        if workspace_root().join(&twin).is_file() {
            let mut lines = header_lines(&twin);
            lines.insert(0, format!("# (JSON twin of {twin})"));
            lines
        } else {
            Vec::new()
        }
    } else {
        header_lines(path)
    };
    let text: Vec<&str> = header
        .iter()
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    if text.is_empty() {
        format!("{path} (no header comment)")
    } else {
        format!("{path}: {}", text.join(" "))
    }
}

/// A path's sort key: array indices compare as numbers, keys as text.
type PathKey = Vec<(u8, u64, String)>;

fn path_key(path: &str) -> PathKey {
    path.split('/')
        .skip(1)
        .map(|part| match part.parse::<u64>() {
            Ok(n) => (0, n, String::new()),
            Err(_) => (1, 0, part.to_owned()),
        })
        .collect()
}

/// Findings come in the documented order: by rule id, then by path with array indices compared
/// as numbers.
pub fn assert_contract_order(report: &Value) {
    let keys: Vec<(String, PathKey)> = rule_paths(report)
        .into_iter()
        .map(|(rule, path)| (rule, path_key(&path)))
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(
        keys, sorted,
        "{}: findings out of order",
        report["charter"]["path"]
    );
}

/// A run refused before anything was audited: exit 2, no output, an `error:` on stderr.
pub fn assert_refused(name: &str, out: &Output) {
    assert_eq!(out.code, 2, "{name}:\n{}", out.snapshot());
    assert!(
        out.stdout.is_empty(),
        "{name}: nothing audited:\n{}",
        out.stdout
    );
    assert!(out.stderr.starts_with("error: "), "{name}:\n{}", out.stderr);
}

/// Every file of `dir` (a folder of broken packs or profiles) is refused ([`assert_refused`])
/// with an error naming the file and holding the file's needle; `needles` must list every file.
/// Each refusal goes to `snapshot(name, description, shown)` as `error@FILE`, described by the
/// file's header comment: the caller's own function, as insta names a snapshot after the file
/// whose macro call made it.
pub fn assert_each_refused(
    dir: &str,
    needles: &[(&str, &str)],
    run: impl Fn(&str) -> Output,
    snapshot: impl Fn(&str, String, String),
) {
    let files = files_in(dir);
    assert_eq!(files.len(), needles.len(), "{files:?}");
    for_each(&files, |file| {
        let out = run(file);
        let name = file.rsplit('/').next().unwrap();
        assert_refused(name, &out);
        assert!(
            out.stderr.contains(file.as_str()),
            "{name}: the error names the file:\n{}",
            out.stderr
        );
        let needle = needles.iter().find(|(f, _)| *f == name).unwrap().1;
        assert!(
            out.stderr.contains(needle),
            "{name}: `{needle}` in:\n{}",
            out.stderr
        );
        snapshot(&format!("error@{name}"), description(file), out.snapshot());
    });
}
