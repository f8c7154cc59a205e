//! `accord audit` end to end, with the freshly built plugins (`--plugin-dir`, `--no-config`).
//!
//! - Every example charter and every fixture of `tests/fixtures/audit/` has three snapshots,
//!   `text@FILE`, `json@FILE` and `markdown@FILE`, each starting with the exit code. JSON lines
//!   are validated against `schemas/report.schema.json` (draft 2020-12, formats asserted) and
//!   pretty-printed, with the plugins' paths and hashes redacted.
//! - Each fixture's findings (rule, path, waived) and not-applicable rules equal the list in its
//!   header comment; each example's failed rules equal those its header names.
//! - Scores, grades, rule counts and verdicts are recomputed from the findings and the rule
//!   severities (`accord rules`) by integer weights (error 5, warning 2) and compared.
//! - Batches: the summary line and its ranking, exit codes (2 wins over 1), determinism across
//!   `--jobs`, `--output`, `--fail-under`, `--deny warnings`, and `--files-from -`.

use std::io::Write;
use std::process::Stdio;

use serde_json::Value;

use crate::util::audit::*;
use crate::util::{Output, command_in, files_in, insta_settings, temp_dir, workspace_root};

const EXAMPLES: &str = "examples/charters";
const FIXTURES: &str = "tests/fixtures/audit";
const HEALTHY: &str = "examples/charters/rebuild-haiti.toml";
const MIDDLING: &str = "examples/charters/clinic-venture.toml";
const TROUBLED: &str = "examples/charters/water-programme.toml";
const WARNINGS_ONLY: &str = "examples/charters/school-meals.json";
const INVALID: &str = "tests/fixtures/invalid/several-errors.toml";

/// Every charter with per-file snapshots: the examples, then the audit fixtures.
fn charters() -> Vec<String> {
    let files: Vec<String> = files_in(EXAMPLES)
        .into_iter()
        .chain(files_in(FIXTURES))
        .collect();
    assert!(files.len() >= 4 + 10, "charters missing: {files:?}");
    let mut names: Vec<&str> = files.iter().map(|f| file_name(f)).collect();
    names.sort_unstable();
    names.dedup();
    assert_eq!(
        names.len(),
        files.len(),
        "snapshot names are file names: they must be unique"
    );
    files
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap()
}

/// The audit date for a charter: the one its header asks for, else [`TODAY`].
fn today_for(path: &str) -> String {
    if path.starts_with(FIXTURES) {
        expected(path).today
    } else {
        TODAY.to_owned()
    }
}

/// The exit code a single charter's verdict gives.
fn exit_for(verdict: &Value) -> i32 {
    match verdict.as_str().unwrap() {
        "pass" => 0,
        "fail" => 1,
        _ => 2,
    }
}

fn snapshot(name: String, path: &str, shown: String) {
    let mut settings = insta_settings();
    settings.set_description(description(path));
    settings.bind(|| insta::assert_snapshot!(name, shown));
}

/// The rules each example's header comment says fail (examples/charters/*.toml; the JSON example
/// has no comment, so its expectation is the reviewed snapshot).
fn example_expectation(path: &str) -> Option<Vec<&'static str>> {
    match path {
        HEALTHY => Some(vec![]),
        MIDDLING => Some(vec![
            "collaboration.benchmark-cadence",
            "collaboration.benchmarks-measurable",
            "collaboration.commitment-horizon",
            "exit.adopted-early",
            "exit.support-bounded",
            "humility.context-assessed",
            "humility.local-partners-in-design",
            "transparency.independent-audit",
            "transparency.interests-declared",
            "transparency.local-funding-share",
            "transparency.local-share-published",
            "transparency.open-data",
        ]),
        TROUBLED => Some(vec![
            "accountability.conflict-resolution",
            "accountability.funder-not-sole-decider",
            "accountability.health-review",
            "accountability.meeting-cadence",
            "accountability.termination",
            "collaboration.benchmark-cadence",
            "collaboration.benchmarks-measurable",
            "collaboration.initiatives-mapped",
            "collaboration.long-term",
            "collaboration.no-duplication",
            "collaboration.value-stated",
            "exit.adopted-early",
            "exit.approach",
            "exit.capacity-transfer",
            "exit.funding-after-exit",
            "exit.handover-date",
            "exit.local-staff-growth",
            "exit.local-successor",
            "exit.measurable-criteria",
            "humility.community-in-governance",
            "humility.complaints-mechanism",
            "humility.consulted-before-design",
            "humility.context-assessed",
            "humility.feedback-loop",
            "humility.local-language",
            "humility.no-predetermined-solution",
            "transparency.allocations-balance",
            "transparency.budget-published",
            "transparency.independent-audit",
            "transparency.interests-declared",
            "transparency.local-funding-share",
            "transparency.local-share-published",
            "transparency.open-data",
            "transparency.public-reporting",
        ]),
        _ => None,
    }
}

/// One charter's part of a batch run: its exit code (from its verdict, as `accord audit FILE`
/// alone exits) and its section of the output.
#[derive(Debug)]
struct Part {
    exit: i32,
    section: String,
}

/// The charters grouped by audit date, in path order within each group.
fn date_groups() -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for path in charters() {
        let today = today_for(&path);
        match groups.iter_mut().find(|(d, _)| *d == today) {
            Some((_, paths)) => paths.push(path),
            None => groups.push((today, vec![path])),
        }
    }
    for (_, paths) in &mut groups {
        paths.sort();
    }
    groups
}

/// The worst exit code of several charters: 2 wins over 1 wins over 0.
fn worst(exits: impl IntoIterator<Item = i32>) -> i32 {
    exits.into_iter().max().unwrap_or(0)
}

/// Every charter's JSON report, from one batch run per audit date (the plugins are slow to
/// load in a debug build, so one run per file and format would take minutes). Each line is
/// validated against the report schema; `(path, report, raw line)`.
fn json_batch() -> &'static Vec<(String, Value, String)> {
    static BATCH: std::sync::OnceLock<Vec<(String, Value, String)>> = std::sync::OnceLock::new();
    BATCH.get_or_init(|| {
        let mut all = Vec::new();
        for (today, paths) in date_groups() {
            let mut args: Vec<&str> = paths.iter().map(String::as_str).collect();
            args.extend(["--format", "json"]);
            let out = audit_on(&today, &args);
            assert!(out.stderr.is_empty(), "{}", out.stderr);
            let lines = json_lines(&out);
            let raw: Vec<&str> = out.stdout.lines().collect();
            let n = paths.len();
            assert_eq!(
                lines.len(),
                if n > 1 { n + 1 } else { 1 },
                "reports and a summary"
            );
            if n > 1 {
                assert_eq!(lines[n]["type"], "summary");
                assert_eq!(lines[n]["charters"], n);
            }
            let mut exits = Vec::new();
            for (i, path) in paths.iter().enumerate() {
                assert_eq!(lines[i]["charter"]["path"], path.as_str(), "path order");
                exits.push(exit_for(&lines[i]["verdict"]));
                all.push((path.clone(), lines[i].clone(), raw[i].to_owned()));
            }
            assert_eq!(out.code, worst(exits), "the batch's exit code");
        }
        all
    })
}

/// The report of one charter from [`json_batch`].
fn batch_report(path: &str) -> &'static Value {
    &json_batch()
        .iter()
        .find(|(p, _, _)| p == path)
        .unwrap_or_else(|| panic!("{path} is not in the batch"))
        .1
}

/// Every charter's section of a text or Markdown batch run (one run per audit date), keyed by
/// path; each format is run once per test process.
fn sections(format: &str) -> &'static Vec<(String, Part)> {
    static TEXT: std::sync::OnceLock<Vec<(String, Part)>> = std::sync::OnceLock::new();
    static MARKDOWN: std::sync::OnceLock<Vec<(String, Part)>> = std::sync::OnceLock::new();
    let cell = match format {
        "text" => &TEXT,
        "markdown" => &MARKDOWN,
        other => panic!("no sections for {other}"),
    };
    cell.get_or_init(|| run_sections(format))
}

fn run_sections(format: &str) -> Vec<(String, Part)> {
    let mut parts = Vec::new();
    for (today, paths) in date_groups() {
        let mut args: Vec<&str> = paths.iter().map(String::as_str).collect();
        args.extend(["--format", format]);
        let out = audit_on(&today, &args);
        assert!(out.stderr.is_empty(), "{}", out.stderr);
        let starts: Vec<usize> = paths
            .iter()
            .map(|path| section_start(&out.stdout, format, path))
            .collect();
        let end = if paths.len() > 1 {
            let summary = if format == "text" {
                "\nSummary:"
            } else {
                "## Summary\n"
            };
            out.stdout
                .rfind(summary)
                .expect("a summary after the sections")
        } else {
            single_section(&out.stdout).len()
        };
        for (i, path) in paths.iter().enumerate() {
            assert!(
                i == 0 || starts[i] > starts[i - 1],
                "sections in path order"
            );
            let stop = starts.get(i + 1).copied().unwrap_or(end);
            let exit = exit_for(&batch_report(path)["verdict"]);
            parts.push((
                path.clone(),
                Part {
                    exit,
                    section: out.stdout[starts[i]..stop].to_owned(),
                },
            ));
        }
    }
    parts
}

/// A single charter's text or Markdown output without the one-line summary that ends it
/// (checked to be there, and one line).
fn single_section(stdout: &str) -> &str {
    let at = stdout
        .rfind("\nSummary: 1 charter: ")
        .or_else(|| stdout.rfind("**Summary:** 1 charter: "))
        .unwrap_or_else(|| panic!("no one-line summary:\n{stdout}"));
    assert_eq!(
        stdout[at..].trim().lines().count(),
        1,
        "the summary of one charter is one line:\n{}",
        &stdout[at..]
    );
    &stdout[..at]
}

/// Where a charter's section starts: text, the line `NAME (ID): PATH`; Markdown, the heading
/// `## NAME · `PATH``.
fn section_start(stdout: &str, format: &str, path: &str) -> usize {
    let (marker, heading) = if format == "text" {
        (format!("): {path}\n"), "\n")
    } else {
        (format!(" · `{path}`\n"), "## ")
    };
    let at = stdout
        .find(&marker)
        .unwrap_or_else(|| panic!("no section for {path} in the {format} batch"));
    let line_start = stdout[..at].rfind('\n').map_or(0, |i| i + 1);
    if format == "text" {
        line_start
    } else {
        let heading_at = stdout[..at]
            .rfind(heading)
            .unwrap_or_else(|| panic!("no `## ` heading before {path}"));
        assert!(heading_at == 0 || stdout[..heading_at].ends_with('\n'));
        heading_at
    }
}

fn part_snapshot(part: &Part) -> String {
    format!("exit: {}\n--- stdout ---\n{}", part.exit, part.section)
}

#[test]
fn every_charter_text() {
    let parts = sections("text");
    assert_eq!(parts.len(), charters().len());
    let paths: Vec<&String> = parts.iter().map(|(p, _)| p).collect();
    for_each(&paths, |path| {
        let part = &parts.iter().find(|(p, _)| p == *path).unwrap().1;
        snapshot(
            format!("text@{}", file_name(path)),
            path,
            part_snapshot(part),
        );
    });
}

#[test]
fn every_charter_markdown() {
    let parts = sections("markdown");
    assert_eq!(parts.len(), charters().len());
    let paths: Vec<&String> = parts.iter().map(|(p, _)| p).collect();
    for_each(&paths, |path| {
        let part = &parts.iter().find(|(p, _)| p == *path).unwrap().1;
        assert!(
            part.section.starts_with("## "),
            "a Markdown section starts with its heading"
        );
        snapshot(
            format!("markdown@{}", file_name(path)),
            path,
            part_snapshot(part),
        );
    });
}

#[test]
fn every_charter_json() {
    let batch = json_batch();
    assert_eq!(batch.len(), charters().len());
    let paths: Vec<&String> = batch.iter().map(|(p, _, _)| p).collect();
    for_each(&paths, |path| {
        let report = batch_report(path);
        let today = today_for(path);
        assert_eq!(report["audit_date"], today.as_str());
        assert_eq!(report["profile"]["name"], "default");
        assert_eq!(report["config"], Value::Null);
        assert_eq!(report["allow_unpinned"], false);
        assert_eq!(report["status"], "audited", "{path} is a valid charter");
        check_scores(report, default_catalogue(), Policy::DEFAULT);
        assert_contract_order(report);
        check_fingerprints(path, report);
        check_plugins_and_packs(report);

        if path.starts_with(FIXTURES) {
            let want = expected(path);
            assert_eq!(
                findings(report),
                want.findings,
                "{path}: the findings (rule, path, waived) differ from the header's list"
            );
            assert_eq!(
                string_set(&report["not_applicable"]),
                want.not_applicable,
                "{path}: the not-applicable rules differ from the header's list"
            );
        } else if let Some(rules) = example_expectation(path) {
            let want: std::collections::BTreeSet<String> =
                rules.into_iter().map(str::to_owned).collect();
            assert_eq!(failed_rule_ids(report), want, "{path}: the failed rules");
        }
        let mut shown = report.clone();
        redact(&mut shown);
        let part = Part {
            exit: exit_for(&report["verdict"]),
            section: format!("{}\n", serde_json::to_string_pretty(&shown).unwrap()),
        };
        snapshot(
            format!("json@{}", file_name(path)),
            path,
            part_snapshot(&part),
        );
    });
}

#[test]
fn a_batch_section_is_the_single_run_output() {
    // The per-file snapshots come from batch runs: a charter's section of a batch is exactly
    // what `accord audit FILE` alone prints, and the exit code is that of its verdict.
    for (path, format) in [(MIDDLING, "text"), (TROUBLED, "markdown")] {
        let alone = audit_on(&today_for(path), &[path, "--format", format]);
        let part = &sections(format).iter().find(|(p, _)| p == path).unwrap().1;
        assert_eq!(
            single_section(&alone.stdout),
            part.section,
            "{path} ({format})"
        );
        assert_eq!(alone.code, part.exit, "{path} ({format})");
    }
}

/// The text a finding's fingerprint hashes: the rule, a newline, and the
/// path with each array index replaced by `@` + that entry's `id` where it has one.
fn fingerprint_input(rule: &str, path: &str, charter: &Value) -> String {
    let mut shown = String::new();
    let mut node = Some(charter);
    for segment in path.split('/').skip(1) {
        let next = match node {
            Some(Value::Array(items)) => segment.parse::<usize>().ok().and_then(|i| items.get(i)),
            Some(Value::Object(map)) => map.get(segment),
            _ => None,
        };
        let id = match (node, next) {
            (Some(Value::Array(_)), Some(entry)) => entry.get("id").and_then(Value::as_str),
            _ => None,
        };
        shown.push('/');
        match id {
            Some(id) => {
                shown.push('@');
                shown.push_str(id);
            }
            None => shown.push_str(segment),
        }
        node = next;
    }
    format!("{rule}\n{shown}")
}

/// Every finding's fingerprint is the first 16 hex digits of the sha256 of its
/// [`fingerprint_input`] (hashed by `sha256sum`, independently of the binary).
fn check_fingerprints(path: &str, report: &Value) {
    let loaded = accord_core::load::load_file(
        &workspace_root().join(path),
        &accord_core::load::Limits::default(),
    );
    let charter = loaded.document.expect("the charter loads").value;
    let findings = report["findings"].as_array().unwrap();
    if findings.is_empty() {
        return;
    }
    let dir = temp_dir("fingerprints");
    let mut files = Vec::new();
    for (i, f) in findings.iter().enumerate() {
        let input = fingerprint_input(
            f["rule"].as_str().unwrap(),
            f["path"].as_str().unwrap(),
            &charter,
        );
        let file = dir.path().join(i.to_string());
        std::fs::write(&file, input).unwrap();
        files.push(file);
    }
    let out = std::process::Command::new("sha256sum")
        .args(&files)
        .output()
        .expect("sha256sum");
    let hashes = String::from_utf8(out.stdout).unwrap();
    assert_eq!(hashes.lines().count(), findings.len(), "{path}: sha256sum");
    for (f, line) in findings.iter().zip(hashes.lines()) {
        assert_eq!(
            f["fingerprint"].as_str().unwrap(),
            &line[..16],
            "{path}: the fingerprint of {} at {}",
            f["rule"],
            f["path"]
        );
    }
}

/// The `plugins` and `packs` of a default-profile report: the four built-in plugins from the
/// plugin directory, unpinned, each with the sha256 of its file, and the embedded core pack.
fn check_plugins_and_packs(report: &Value) {
    let plugins = report["plugins"].as_array().unwrap();
    let names: Vec<&str> = plugins
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["transparency", "humility", "exit-plan", "collaboration"]
    );
    for plugin in plugins {
        let path = std::path::Path::new(plugin["path"].as_str().unwrap());
        assert_eq!(path.parent(), Some(crate::util::plugin_dir().as_path()));
        assert_eq!(plugin["sha256"], sha256_of(path), "{}", path.display());
        assert_eq!(plugin["pinned"], false);
    }
    assert_eq!(
        report["packs"],
        serde_json::json!([{"name": "core", "version": "1.0.0", "path": null}])
    );
}

/// The sha256 of a file in lowercase hex, by `sha256sum` (independent of the binary's own
/// hashing), memoised per path.
fn sha256_of(path: &std::path::Path) -> String {
    use std::collections::HashMap;
    use std::sync::Mutex;
    static CACHE: std::sync::OnceLock<Mutex<HashMap<std::path::PathBuf, String>>> =
        std::sync::OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(hash) = cache.lock().unwrap().get(path) {
        return hash.clone();
    }
    let out = std::process::Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum");
    let hash = String::from_utf8(out.stdout).unwrap()[..64].to_owned();
    cache.lock().unwrap().insert(path.to_owned(), hash.clone());
    hash
}

#[test]
fn the_schema_validator_asserts_formats() {
    // A sanity check of the test's own validator: a well-formed report passes, the same report
    // with an impossible date or an unknown verdict does not.
    let report = batch_report(HEALTHY);
    assert!(schema_errors(report).is_empty());
    let mut bad = report.clone();
    bad["audit_date"] = Value::String("2011-02-30".into());
    assert!(
        !schema_errors(&bad).is_empty(),
        "formats must be asserted: 2011-02-30 is no date"
    );
    let mut bad = report.clone();
    bad["verdict"] = Value::String("maybe".into());
    assert!(!schema_errors(&bad).is_empty());
}

// ---------------------------------------------------------------------------------------------
// Batches

/// `accord audit examples/charters --format json`, run once.
fn examples_json() -> &'static Output {
    static OUT: std::sync::OnceLock<Output> = std::sync::OnceLock::new();
    OUT.get_or_init(|| audit(&[EXAMPLES, "--format", "json"]))
}

#[test]
fn batch_over_the_examples() {
    let out = examples_json();
    assert_eq!(out.code, 1, "the troubled example fails:\n{}", out.stderr);
    let lines = json_lines(out);
    let expected_paths = files_in(EXAMPLES);
    assert_eq!(
        lines.len(),
        expected_paths.len() + 1,
        "reports and a summary"
    );
    let reports = reports(&lines);
    let paths: Vec<&str> = reports
        .iter()
        .map(|r| r["charter"]["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        paths, expected_paths,
        "a walked directory: reports in sorted path order"
    );
    for report in &reports {
        let path = report["charter"]["path"].as_str().unwrap();
        assert_eq!(
            *report,
            batch_report(path),
            "{path}: the same report in any batch"
        );
    }

    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["charters"], 4);
    assert_eq!(summary["pass"], 3);
    assert_eq!(summary["fail"], 1);
    assert_eq!(summary["invalid"], 0);
    assert_eq!(summary["error"], 0);
    let ranking = summary["ranking"].as_array().unwrap();
    let ranked: Vec<&str> = ranking
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    assert_eq!(
        ranked,
        [HEALTHY, WARNINGS_ONLY, MIDDLING, TROUBLED],
        "ranking: score descending"
    );
    for row in ranking {
        let report = reports
            .iter()
            .find(|r| r["charter"]["path"] == row["path"])
            .unwrap();
        assert_eq!(row["id"], report["charter"]["id"]);
        assert_eq!(row["name"], report["charter"]["name"]);
        assert_eq!(row["verdict"], report["verdict"]);
        assert_eq!(row["score"], report["score"]["overall"]);
        assert_eq!(row["grade"], report["score"]["grade"]);
    }

    // The text batch: a section per charter in path order, then the ranked summary table.
    let text = audit(&[EXAMPLES]);
    assert_eq!(text.code, 1);
    let mut at = 0;
    for path in &expected_paths {
        let header = format!("): {path}\n");
        let found = text.stdout[at..]
            .find(&header)
            .unwrap_or_else(|| panic!("no section for {path} after byte {at}"));
        at += found + header.len();
    }
    let summary = &text.stdout[text.stdout.find("\nSummary:").expect("a summary") + 1..];
    insta_settings().bind(|| {
        insta::assert_snapshot!(
            "batch_examples_text_summary",
            format!(
                "exit: {}\n--- summary (end of stdout) ---\n{summary}",
                text.code
            )
        )
    });
}

#[test]
fn batch_ranks_ties_by_path_and_invalid_last() {
    // healthy-full.toml and its JSON twin score 100.0 like the healthy example: ties sort by
    // path; the invalid charter comes last; 2 wins over 1.
    let files = [
        TROUBLED,
        INVALID,
        "tests/fixtures/audit/healthy-full.toml",
        HEALTHY,
        "tests/fixtures/audit/healthy-full.json",
    ];
    let mut args = files.to_vec();
    args.extend(["--format", "json"]);
    let out = audit(&args);
    assert_eq!(
        out.code, 2,
        "an invalid charter makes the run exit 2, over the failure's 1"
    );
    let lines = json_lines(&out);
    let summary = lines.last().unwrap();
    assert_eq!(summary["charters"], 5);
    assert_eq!(summary["pass"], 3);
    assert_eq!(summary["fail"], 1);
    assert_eq!(summary["invalid"], 1);
    let ranked: Vec<(&str, &str)> = summary["ranking"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| (r["path"].as_str().unwrap(), r["verdict"].as_str().unwrap()))
        .collect();
    assert_eq!(
        ranked,
        [
            (HEALTHY, "pass"),
            ("tests/fixtures/audit/healthy-full.json", "pass"),
            ("tests/fixtures/audit/healthy-full.toml", "pass"),
            (TROUBLED, "fail"),
            (INVALID, "invalid"),
        ]
    );
    // Files named on the command line are reported as given, in sorted path order whatever
    // `--jobs`.
    let paths: Vec<&str> = reports(&lines)
        .iter()
        .map(|r| r["charter"]["path"].as_str().unwrap())
        .collect();
    let mut sorted = files.to_vec();
    sorted.sort();
    assert_eq!(paths, sorted);
    let invalid = reports(&lines)
        .into_iter()
        .find(|r| r["charter"]["path"] == INVALID)
        .unwrap();
    assert_eq!(invalid["status"], "invalid");
    assert_eq!(invalid["verdict"], "invalid");
    assert_eq!(
        invalid["charter"]["id"], "lakou-water",
        "a readable charter keeps its id"
    );
    assert!(invalid["score"]["overall"].is_null());
    assert!(invalid["rules"].is_null());
    assert_eq!(invalid["errors"].as_array().unwrap().len(), 5);
}

#[test]
fn exit_codes() {
    // The healthy example alone exits 0 and prints its batch section; the troubled one exits 1
    // and prints its batch line.
    let healthy = audit(&[HEALTHY]);
    assert_eq!(healthy.code, 0, "{}", healthy.snapshot());
    let part = &sections("text")
        .iter()
        .find(|(p, _)| p == HEALTHY)
        .unwrap()
        .1;
    assert_eq!(single_section(&healthy.stdout), part.section);
    let troubled = audit(&[TROUBLED, "--format", "json"]);
    assert_eq!(troubled.code, 1);
    let line = &json_batch()
        .iter()
        .find(|(p, _, _)| p == TROUBLED)
        .unwrap()
        .2;
    assert_eq!(troubled.stdout, format!("{line}\n"));

    // An invalid charter exits 2 (text and JSON).
    let invalid = audit(&[INVALID]);
    assert_eq!(invalid.code, 2);
    insta_settings().bind(|| insta::assert_snapshot!("invalid_charter_text", invalid.snapshot()));
    let invalid_json = audit(&[INVALID, "--format", "json"]);
    assert_eq!(invalid_json.code, 2);
    let mut report = only_report(&invalid_json);
    assert_eq!(report["verdict"], "invalid");
    redact(&mut report);
    insta_settings().bind(|| {
        insta::assert_snapshot!(
            "invalid_charter_json",
            serde_json::to_string_pretty(&report).unwrap()
        )
    });

    // No charter at all is a usage error.
    let empty = temp_dir("audit-empty");
    let out = audit(&[empty.path().to_str().unwrap()]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stderr.contains("no charters found"), "{}", out.stderr);
}

#[test]
fn json_is_deterministic_across_jobs() {
    let one = audit(&[EXAMPLES, FIXTURES, "--format", "json", "--jobs", "1"]);
    let two = audit(&[EXAMPLES, FIXTURES, "--format", "json", "--jobs", "2"]);
    assert_eq!(one.code, two.code);
    let lines = json_lines(&one);
    assert_eq!(
        reports(&lines).len(),
        files_in(EXAMPLES).len() + files_in(FIXTURES).len()
    );
    if one.stdout != two.stdout {
        let first = one
            .stdout
            .lines()
            .zip(two.stdout.lines())
            .position(|(a, b)| a != b);
        panic!("--jobs 1 and --jobs 2 differ, first at line {first:?}");
    }
}

#[test]
fn output_file() {
    let dir = temp_dir("audit-output");
    let file = dir.path().join("report.jsonl");
    let file_arg = file.to_str().unwrap();
    let out = audit(&[EXAMPLES, "--format", "json", "--output", file_arg]);
    assert_eq!(out.code, 1, "the exit code is the same with --output");
    assert!(out.stdout.is_empty(), "nothing on stdout: {}", out.stdout);
    let written = std::fs::read_to_string(&file).expect("--output wrote the file");
    assert_eq!(
        written,
        examples_json().stdout,
        "the file holds what stdout would"
    );
    json_lines_of(&written);

    // Text to a file (`-o`): the same text, no colour codes.
    let text_file = dir.path().join("report.txt");
    let out = audit(&[MIDDLING, "-o", text_file.to_str().unwrap()]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&text_file).unwrap();
    let part = &sections("text")
        .iter()
        .find(|(p, _)| p == MIDDLING)
        .unwrap()
        .1;
    assert_eq!(single_section(&written), part.section);
    assert!(!written.contains('\u{1b}'));
}

#[test]
fn fail_under_flips_a_b_to_fail() {
    let plain = batch_report(MIDDLING);
    assert_eq!(plain["score"]["grade"], "B");
    assert_eq!(plain["verdict"], "pass");

    let out = audit(&[MIDDLING, "--format", "json", "--fail-under", "90"]);
    assert_eq!(out.code, 1);
    let strict = only_report(&out);
    assert_eq!(strict["verdict"], "fail");
    assert_eq!(strict["score"], plain["score"], "the score does not change");
    assert_eq!(strict["findings"], plain["findings"]);
    // The report says why, and with what policy.
    assert_eq!(plain["fail_under"], 0.0);
    assert_eq!(plain["verdict_reasons"], serde_json::json!([]));
    assert_eq!(strict["fail_under"], 90.0);
    assert_eq!(strict["deny_warnings"], false);
    assert_eq!(
        strict["verdict_reasons"],
        serde_json::json!([{"kind": "under-fail-under", "message": "score 85.7 is under fail_under 90"}])
    );
    let out = audit(&[MIDDLING, "--fail-under", "90", "--deny", "warnings"]);
    assert_eq!(out.code, 1);
    let warnings = plain["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning" && f["waiver"].is_null())
        .count();
    assert!(warnings > 1);
    let verdict_line = out.stdout.lines().nth(1).unwrap_or_default();
    assert!(
        verdict_line.ends_with(&format!(
            "verdict FAIL (score 85.7 is under fail_under 90; warnings are denied and {warnings} warnings are unwaived)"
        )),
        "{verdict_line}"
    );
    for (format, shown) in [
        (
            "html",
            "<strong>Why:</strong> score 85.7 is under fail_under 90.",
        ),
        (
            "junit",
            "verdict fail, grade B, score 85.7; score 85.7 is under fail_under 90;",
        ),
    ] {
        let out = audit(&[MIDDLING, "--fail-under", "90", "--format", format]);
        assert!(out.stdout.contains(shown), "{format}: {}", out.stdout);
    }
    let out = audit(&[MIDDLING, "--fail-under", "90", "--format", "markdown"]);
    assert!(
        out.stdout
            .contains("**verdict: fail** (score 85.7 is under fail\\_under 90)"),
        "{}",
        out.stdout
    );
    check_scores(
        &strict,
        default_catalogue(),
        Policy {
            fail_under: 90.0,
            ..Policy::DEFAULT
        },
    );

    // "Under" is strict and compares the unrounded score (85.71…, shown as 85.7).
    assert_eq!(plain["score"]["overall"], 85.7);
    let at = audit(&[MIDDLING, "--fail-under", "85.7"]);
    assert_eq!(at.code, 0, "85.71… is not under 85.7:\n{}", at.stdout);
    let above = audit(&[MIDDLING, "--fail-under", "85.72"]);
    assert_eq!(above.code, 1, "85.71… is under 85.72");
    insta_settings().bind(|| insta::assert_snapshot!("fail_under_text_head", head(&above, 7)));

    // Out of range is a usage error.
    let out = audit(&[MIDDLING, "--fail-under", "101"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    insta_settings().bind(|| insta::assert_snapshot!("fail_under_out_of_range", out.snapshot()));
}

/// The exit code and the first `n` lines of stdout.
fn head(out: &Output, n: usize) -> String {
    let lines: Vec<&str> = out.stdout.lines().take(n).collect();
    format!(
        "exit: {}\n--- stdout (first {n} lines) ---\n{}\n",
        out.code,
        lines.join("\n")
    )
}

#[test]
fn deny_warnings_fails_a_pass_with_warnings() {
    let plain = batch_report(WARNINGS_ONLY);
    assert_eq!(plain["verdict"], "pass");
    let warnings = plain["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning")
        .count();
    assert!(warnings > 0, "the example has warnings");

    let out = audit(&[WARNINGS_ONLY, "--format", "json", "--deny", "warnings"]);
    assert_eq!(out.code, 1);
    let denied = only_report(&out);
    assert_eq!(denied["verdict"], "fail");
    assert_eq!(denied["score"], plain["score"], "scores unchanged");
    assert_eq!(denied["findings"], plain["findings"]);
    check_scores(
        &denied,
        default_catalogue(),
        Policy {
            deny_warnings: true,
            ..Policy::DEFAULT
        },
    );

    // Text, and a charter whose only findings are infos (benchmark-gaps has warnings; the
    // healthy example has none at all): it still passes.
    let text = audit(&[WARNINGS_ONLY, HEALTHY, "--deny", "warnings"]);
    assert_eq!(text.code, 1);
    // Sorted path order puts the healthy example first: snapshot the denied charter's section.
    let at = text
        .stdout
        .find("Qali Mikhuy")
        .expect("the denied charter's section");
    let section = Output {
        stdout: text.stdout[at..].to_owned(),
        ..text.clone()
    };
    insta_settings().bind(|| insta::assert_snapshot!("deny_warnings_text_head", head(&section, 7)));
    assert!(
        text.stdout.contains("Lakou Rebuild Consortium (lakou-rebuild): examples/charters/rebuild-haiti.toml\n  grade A, score 100.0 / 100, verdict PASS\n"),
        "{}",
        text.stdout
    );
}

#[test]
fn paths_from_stdin() {
    // `--files-from -` reads one path per line from standard input; each report is the one the
    // same path gives on the command line.
    let mut cmd = command_in(&workspace_root());
    let dir = plugin_dir_arg();
    cmd.args([
        "audit",
        "--files-from",
        "-",
        "--today",
        TODAY,
        "--no-config",
        "--plugin-dir",
        &dir,
        "--format",
        "json",
    ])
    .stdin(Stdio::piped())
    .stdout(Stdio::piped())
    .stderr(Stdio::piped());
    let mut child = cmd.spawn().expect("accord");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(format!("{HEALTHY}\n{TROUBLED}\n").as_bytes())
        .unwrap();
    let out = Output::of(
        "accord audit --files-from -",
        child.wait_with_output().unwrap(),
    );
    assert!(!out.crashed(), "{}", out.snapshot());
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 3, "two reports and a summary");
    let raw: Vec<&str> = out.stdout.lines().collect();
    for (i, path) in [HEALTHY, TROUBLED].iter().enumerate() {
        let line = &json_batch().iter().find(|(p, _, _)| p == path).unwrap().2;
        assert_eq!(raw[i], line, "{path}");
    }
    assert_eq!(lines[2]["charters"], 2);
    assert_eq!(lines[2]["fail"], 1);
}

#[test]
fn every_valid_fixture_is_audited_by_every_plugin() {
    // A charter the schema accepts must reach every plugin's rules: `charter_version = 1.0` (an
    // integer to JSON Schema) once made all four plugins refuse their input.
    let out = crate::util::run(&[
        "audit",
        "--no-config",
        "--format",
        "json",
        "--today",
        "2026-11-27",
        "tests/fixtures/valid",
    ]);
    assert!(!out.crashed(), "{}", out.stderr);
    let reports: Vec<Value> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a JSON line"))
        .filter(|v: &Value| v["type"] != "summary")
        .collect();
    assert!(reports.len() > 3, "{} reports", reports.len());
    for report in &reports {
        let path = report["charter"]["path"].as_str().unwrap_or_default();
        assert_eq!(
            report["plugin_failures"],
            serde_json::json!([]),
            "{path}: a plugin refused the charter"
        );
        assert_eq!(report["status"], "audited", "{path}");
    }
    assert!(
        reports
            .iter()
            .any(|r| r["charter"]["path"].as_str()
                == Some("tests/fixtures/valid/integer-as-float.toml")),
        "the integral-float fixture is among them"
    );
}
