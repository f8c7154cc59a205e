//! `--baseline`: a partner re-auditing its charter sees what improved (issue: batch screening,
//! item 8). The second audit runs on an edited copy of the troubled example.

use serde_json::Value;

use crate::util::{plugin_dir, run, temp_dir};

const TROUBLED: &str = "examples/charters/water-programme.toml";

fn audit(args: &[&str]) -> crate::util::Output {
    let dir = plugin_dir();
    let mut all = vec![
        "audit",
        "--no-config",
        "--today",
        "2026-11-27",
        "--plugin-dir",
        dir.to_str().unwrap(),
    ];
    all.extend_from_slice(args);
    run(&all)
}

fn reports(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .filter(|v| v["type"] == "report")
        .collect()
}

#[test]
fn findings_are_new_persisting_or_resolved_and_scores_compared() {
    let tmp = temp_dir("baseline");
    let before = audit(&["--format", "json", TROUBLED]);
    assert_eq!(before.code, 1, "{}", before.stderr);
    let baseline = tmp.path().join("before.jsonl");
    std::fs::write(&baseline, &before.stdout).unwrap();
    let old = &reports(&before.stdout)[0];

    // Publish the budget (resolves transparency.budget-published) and add an unknown waiver
    // (a new waiver.unknown-rule finding); the charter keeps its id, so it matches by id.
    let text = std::fs::read_to_string(crate::util::workspace_root().join(TROUBLED))
        .unwrap()
        .replacen("published = false", "published = true", 1)
        + "\n[[waivers]]\nrule = \"acme.unknown\"\nreason = \"A rule of a pack we no longer load.\"\n";
    let edited = tmp.path().join("edited.toml");
    std::fs::write(&edited, text).unwrap();
    let after = audit(&[
        "--format",
        "json",
        "--baseline",
        baseline.to_str().unwrap(),
        edited.to_str().unwrap(),
    ]);
    let new = &reports(&after.stdout)[0];

    let comparison = &new["baseline"];
    assert_eq!(comparison["matched_by"], "id");
    let resolved: Vec<&str> = comparison["resolved"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap())
        .collect();
    let old_fp = |rule: &str| {
        old["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap()["fingerprint"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert_eq!(resolved, [old_fp("transparency.budget-published")]);
    let seen = |rule: &str| {
        new["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap()["baseline"]
            .clone()
    };
    assert_eq!(seen("waiver.unknown-rule"), "new");
    // Every other finding was there before.
    for f in new["findings"].as_array().unwrap() {
        if f["rule"] != "waiver.unknown-rule" {
            assert_eq!(f["baseline"], "persisting", "{f}");
        }
    }
    let change = comparison["score_change"]["overall"].as_f64().unwrap();
    let expected =
        new["score"]["overall"].as_f64().unwrap() - old["score"]["overall"].as_f64().unwrap();
    assert!((change - expected).abs() < 0.051, "{change} vs {expected}");
    assert!(change > 0.0);
    assert!(
        comparison["score_change"]["categories"]["transparency"]
            .as_f64()
            .unwrap()
            > 0.0
    );

    // The text, Markdown and CSV reports say the same.
    let text = audit(&[
        "--baseline",
        baseline.to_str().unwrap(),
        edited.to_str().unwrap(),
    ]);
    assert!(
        text.stdout.contains("since the baseline (matched by id)"),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("1 resolved (transparency.budget-published)"),
        "{}",
        text.stdout
    );
    let markdown = audit(&[
        "--format",
        "markdown",
        "--baseline",
        baseline.to_str().unwrap(),
        edited.to_str().unwrap(),
    ]);
    assert!(
        markdown.stdout.contains("since the baseline"),
        "{}",
        markdown.stdout
    );
    let csv = audit(&[
        "--format",
        "csv",
        "--baseline",
        baseline.to_str().unwrap(),
        edited.to_str().unwrap(),
    ]);
    let mut lines = csv.stdout.lines();
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(",score_change,new,resolved")
    );
    assert!(
        lines
            .next()
            .unwrap()
            .ends_with(&format!(",{change:.1},1,1")),
        "{}",
        csv.stdout
    );
}

#[test]
fn a_charter_missing_from_the_baseline_has_only_new_findings() {
    let tmp = temp_dir("baseline-missing");
    let before = audit(&["--format", "json", "examples/charters/rebuild-haiti.toml"]);
    let baseline = tmp.path().join("before.jsonl");
    std::fs::write(&baseline, &before.stdout).unwrap();
    let after = audit(&[
        "--format",
        "json",
        "--baseline",
        baseline.to_str().unwrap(),
        TROUBLED,
    ]);
    let report = &reports(&after.stdout)[0];
    assert!(report.get("baseline").is_none());
    assert!(
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["baseline"] == "new")
    );
    // Without --baseline the fields are absent.
    assert!(
        reports(&before.stdout)[0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f.get("baseline").is_none())
    );
}

#[test]
fn an_unusable_baseline_is_a_clear_error() {
    let tmp = temp_dir("baseline-bad");
    let bad = tmp.path().join("bad.jsonl");
    std::fs::write(&bad, "not json\n").unwrap();
    let out = audit(&["--baseline", bad.to_str().unwrap(), TROUBLED]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("cannot be used: line 1 is not JSON"),
        "{}",
        out.stderr
    );
    let missing = audit(&["--baseline", "no-such-file.jsonl", TROUBLED]);
    assert_eq!(missing.code, 2);
    assert!(
        missing.stderr.contains("no-such-file.jsonl"),
        "{}",
        missing.stderr
    );
}
