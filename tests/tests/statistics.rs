//! A funder's view of an intake: `--statistics` and `--summary-only` on a batch of 200
//! generated charters (accord-corpus) and two copies of an invalid charter.
//!
//! - the JSON summary line's `rule_counts` equals what the reports say: for each rule, the
//!   audited charters with an unwaived finding of it (host rules aside);
//! - text, Markdown and HTML with `--summary-only --statistics` print the ranked table and the
//!   statistics and nothing else, naming the most common failing rules with their counts and
//!   shares, and the validation errors the two invalid charters share;
//! - `--summary-only` or `--statistics` with json, csv, sarif or junit is a usage error;
//! - HTML: a score column per category, and `report_detail = "full"` (the self-audit profile)
//!   shows every finding's full fix text and example.

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::OnceLock;

use crate::util::{Output, run_in, temp_dir, workspace_root};
use serde_json::Value;

const TODAY: &str = "2026-11-27";
const CHARTERS: u64 = 200;

/// The batch directory: 200 generated charters and two copies of an invalid one.
fn intake() -> &'static Path {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| {
        let dir = temp_dir("intake");
        accord_bench::write_corpus(dir.path(), CHARTERS, 7, accord_bench::Format::Toml, 2)
            .expect("generate charters");
        let invalid = workspace_root().join("tests/fixtures/invalid/several-errors.toml");
        for name in ["invalid-a.toml", "invalid-b.toml"] {
            std::fs::copy(&invalid, dir.path().join(name)).expect("copy the invalid charter");
        }
        dir
    })
    .path()
}

fn audit(extra: &[&str]) -> Output {
    let mut args = vec!["audit", ".", "--today", TODAY];
    args.extend_from_slice(extra);
    let out = run_in(intake(), &args);
    assert!(!out.crashed(), "{}", out.snapshot());
    out
}

/// (reports, summary line) of the JSON run.
fn json_run() -> &'static (Vec<Value>, Value) {
    static RUN: OnceLock<(Vec<Value>, Value)> = OnceLock::new();
    RUN.get_or_init(|| {
        let out = audit(&["--format", "json"]);
        assert_eq!(out.code, 2, "two invalid charters");
        let mut lines: Vec<Value> = out
            .stdout
            .lines()
            .map(|l| serde_json::from_str(l).expect("JSON Lines"))
            .collect();
        let summary = lines.pop().expect("a summary line");
        assert_eq!(summary["type"], "summary");
        (lines, summary)
    })
}

/// For each rule, the audited charters where it has an unwaived finding (host rules aside),
/// from the reports themselves.
fn expected_rule_counts() -> BTreeMap<String, u64> {
    let mut counts = BTreeMap::new();
    for report in &json_run().0 {
        if report["status"] != "audited" {
            continue;
        }
        let mut rules: Vec<&str> = report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .filter(|f| f["waiver"].is_null() && f["category"] != "waiver")
            .filter_map(|f| f["rule"].as_str())
            .collect();
        rules.sort_unstable();
        rules.dedup();
        for rule in rules {
            *counts.entry(rule.to_owned()).or_default() += 1;
        }
    }
    counts
}

/// The most failed rules, most first then by id, with their counts.
fn top_rules(n: usize) -> Vec<(String, u64)> {
    let mut rules: Vec<(String, u64)> = expected_rule_counts().into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    rules.truncate(n);
    rules
}

fn audited() -> u64 {
    let summary = &json_run().1;
    summary["pass"].as_u64().unwrap_or(0) + summary["fail"].as_u64().unwrap_or(0)
}

fn share(count: u64) -> String {
    format!("{:.0}%", 100.0 * count as f64 / audited() as f64)
}

#[test]
fn the_json_summary_carries_rule_counts() {
    let (reports, summary) = json_run();
    assert_eq!(reports.len() as u64, CHARTERS + 2);
    let counts: BTreeMap<String, u64> = summary["rule_counts"]
        .as_object()
        .expect("rule_counts")
        .iter()
        .map(|(rule, n)| (rule.clone(), n.as_u64().expect("a count")))
        .collect();
    assert!(!counts.is_empty(), "generated charters fail some rules");
    assert_eq!(counts, expected_rule_counts());
    assert!(counts.values().all(|&n| n >= 1 && n <= audited()));
    // The summary line is described by the report schema.
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(workspace_root().join("schemas/report.schema.json"))
            .expect("the report schema"),
    )
    .expect("JSON");
    let validator = jsonschema::validator_for(&schema).expect("the report schema compiles");
    let errors: Vec<String> = validator
        .iter_errors(summary)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let mut broken = summary.clone();
    broken["rule_counts"]["x.y"] = Value::from("many");
    assert!(!validator.is_valid(&broken), "rule_counts are integers");
}

#[test]
fn text_summary_only_prints_the_table_and_the_statistics_and_nothing_else() {
    let out = audit(&["--summary-only", "--statistics"]);
    assert_eq!(out.code, 2);
    let text = &out.stdout;
    assert!(text.starts_with("Summary: 202 charters: "), "{text}");
    // No charter's report: no grade lines, no category rules, no snippets.
    assert!(!text.contains("  grade "), "{text}");
    assert!(!text.contains("── "), "{text}");
    assert!(!text.contains(" --> "), "{text}");
    let rows = text
        .lines()
        .filter(|l| l.contains("./charter-") || l.contains("./invalid-"))
        .count();
    assert_eq!(rows, 202, "one table row per charter");
    let header = format!("Rules that fail most, of {} audited charters (", audited());
    assert!(text.contains(&header), "{text}");
    for (rule, count) in top_rules(10) {
        let row = format!("  {count:>8}  {:>5}  {rule}\n", share(count));
        assert!(text.contains(&row), "no row {row:?} in:\n{text}");
    }
    assert!(
        text.contains("Validation errors that recur, of 2 invalid charters:"),
        "{text}"
    );
    assert!(
        text.contains("         2  type           /budget/total  (`budget.total` must be a number; found `lots`)"),
        "{text}"
    );
    // Without --statistics, only the table.
    let plain = audit(&["--summary-only"]);
    assert!(plain.stdout.starts_with("Summary: 202 charters: "));
    assert!(!plain.stdout.contains("Rules that fail most"));
    assert_eq!(plain.stdout.lines().count(), 2 + 202);
}

#[test]
fn markdown_summary_only_prints_the_table_and_the_statistics() {
    let out = audit(&["--summary-only", "--statistics", "--format", "markdown"]);
    assert_eq!(out.code, 2);
    let headings: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("## "))
        .collect();
    assert_eq!(headings, ["## Summary", "## Statistics"], "{}", out.stdout);
    for (rule, count) in top_rules(10) {
        let row = format!("| `{rule}` | {count} | {} |", share(count));
        assert!(out.stdout.contains(&row), "no row {row:?}");
    }
    assert!(out.stdout.contains("| type | `/budget/total` | 2 | "));
}

#[test]
fn html_summary_only_has_no_sections_and_a_column_per_category() {
    let out = audit(&["--summary-only", "--statistics", "--format", "html"]);
    assert_eq!(out.code, 2);
    let html = &out.stdout;
    assert!(!html.contains("<section class=\"charter\""));
    assert!(
        !html.contains("href=\"#charter-"),
        "no links to absent sections"
    );
    assert_eq!(html.matches("<tr><td class=\"num\">").count(), 202);
    for category in [
        "accountability",
        "collaboration",
        "exit",
        "humility",
        "transparency",
    ] {
        assert!(
            html.contains(&format!(
                "<th scope=\"col\" class=\"num category-score\">{category}</th>"
            )),
            "a column for {category}"
        );
    }
    assert!(html.contains("<h2 id=\"statistics\">Statistics</h2>"));
    for (rule, count) in top_rules(10) {
        let row = format!(
            "<tr><th scope=\"row\"><code>{rule}</code></th><td class=\"num\">{count}</td><td class=\"num\">{}</td></tr>",
            share(count)
        );
        assert!(html.contains(&row), "no row {row:?}");
    }
    // With the reports, each row links to its section and the sections follow.
    let full = audit(&["--format", "html"]);
    assert_eq!(
        full.stdout.matches("<section class=\"charter\"").count(),
        202
    );
    assert!(full.stdout.contains("href=\"#charter-"));
    assert!(!full.stdout.contains("id=\"statistics\""));
}

#[test]
fn summary_flags_are_usage_errors_with_formats_that_hold_every_charter() {
    for format in ["json", "csv", "sarif", "junit"] {
        for flag in ["--summary-only", "--statistics"] {
            let out = audit(&[flag, "--format", format]);
            assert_eq!(out.code, 2, "{format} {flag}");
            assert!(out.stdout.is_empty(), "{format} {flag}: {}", out.stdout);
            assert!(
                out.stderr.starts_with(&format!(
                    "error: {flag} works with --format text, markdown or html, not {format}"
                )),
                "{}",
                out.stderr
            );
        }
    }
}

#[test]
fn html_honours_full_report_detail() {
    let out = run_in(
        &workspace_root(),
        &[
            "audit",
            "examples/charters/water-programme.toml",
            "--today",
            TODAY,
            "--format",
            "html",
            "--profile",
            "self-audit",
        ],
    );
    assert_eq!(out.code, 1, "{}", out.stderr);
    let html = &out.stdout;
    let findings = html.matches("<article class=\"finding").count();
    assert!(findings > 10);
    assert_eq!(
        html.matches("<strong>How to fix:</strong>").count(),
        findings,
        "every finding has its full fix text"
    );
    assert!(
        !html.contains("<strong>Fix:</strong>"),
        "not the one-line fix"
    );
    // The example of exit.capacity-transfer, as the rule's text gives it.
    assert!(html.contains(
        "<pre class=\"example\">[exit]\nstrategy = &quot;Konbit Dlo runs the water points alone from 2015.&quot;"
    ));
    let default = run_in(
        &workspace_root(),
        &[
            "audit",
            "examples/charters/water-programme.toml",
            "--today",
            TODAY,
            "--format",
            "html",
        ],
    );
    assert!(!default.stdout.contains("How to fix:"));
    assert!(!default.stdout.contains("<pre class=\"example\">"));
}
