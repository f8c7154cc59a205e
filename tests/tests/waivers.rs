//! Waivers end to end: a valid waiver (its finding kept, marked waived with reason, approver
//! and expiry, the rule counted as passed) in JSON, text and Markdown; an expired one; one that
//! expires on the audit date; a waiver naming an unknown rule or a host rule; an unused one (and
//! one of a disabled rule); waivers of pack rules; `waivers = "report-only"`; `--deny warnings`.
//!
//! Fixtures: `tests/fixtures/audit/waivers.toml` (plugin rules, audited on 2024-01-01 as its
//! header says) and `tests/fixtures/waivers/pack-rules.toml` (pack rules, with profiles of the
//! core pack alone so no plugin needs loading).

use std::collections::BTreeSet;

use serde_json::{Value, json};

use crate::util::audit::*;
use crate::util::insta_settings;

const WAIVERS: &str = "tests/fixtures/audit/waivers.toml";
/// The audit date of waivers.toml: waiver 2 (exit.approach) expires on it.
const WAIVERS_DAY: &str = "2024-01-01";
const PACK_RULES: &str = "tests/fixtures/waivers/pack-rules.toml";
const CORE_ONLY: &str = "tests/fixtures/packs/core-only-profile.toml";
const DISABLED: &str = "tests/fixtures/waivers/disable-meeting-cadence.toml";
const REPORT_ONLY: &str = "tests/fixtures/waivers/report-only.toml";
const ONE_WAIVED_WARNING: &str = "tests/fixtures/waivers/one-waived-warning.toml";
const FUNDER_PACK: &str = "examples/packs/funder-pack.toml";

fn snapshot(name: &str, shown: String) {
    insta_settings().bind(|| insta::assert_snapshot!(name, shown));
}

fn waivers_json(today: &str, extra: &[&str]) -> Value {
    let mut args = vec![WAIVERS, "--format", "json"];
    args.extend_from_slice(extra);
    let out = audit_on(today, &args);
    only_report(&out)
}

#[test]
fn a_valid_waiver_in_every_format() {
    let report = waivers_json(WAIVERS_DAY, &[]);
    let waived = finding(
        &report,
        "transparency.independent-audit",
        "/transparency/audit",
    );
    assert_eq!(
        waived["waiver"],
        json!({
            "reason": "The national audit office audits the upazila's accounts; the partners agreed to rely on it.",
            "approved_by": "Steering committee, 12 March 2018",
            "expires": "2030-12-31",
        })
    );
    assert_eq!(
        waived["severity"], "warning",
        "the finding keeps its severity"
    );
    // The rule counts as passed: with the two waived warnings the charter scores 100 and
    // passes (open-data, unwaived, is an info and weighs 0).
    assert_eq!(report["verdict"], "pass");
    assert_eq!(report["score"]["overall"], 100.0);
    assert_eq!(report["rules"]["waived"], 2);
    check_scores(&report, default_catalogue(), Policy::DEFAULT);
    // Without waivers (the same charter under report-only) the score would be lower: see
    // `report_only_counts_waived_findings_as_failed`.

    let text = audit_on(WAIVERS_DAY, &[WAIVERS]);
    assert_eq!(text.code, 0);
    assert!(
        text.stdout.contains(
            "note: waived: The national audit office audits the upazila's accounts; the partners agreed to rely on it, approved by Steering committee, 12 March 2018, until 31 December 2030\n"
        ),
        "{}",
        text.stdout
    );
    let markdown = audit_on(WAIVERS_DAY, &[WAIVERS, "--format", "markdown"]);
    assert_eq!(markdown.code, 0);
    assert!(
        markdown.stdout.contains(
            "  - *Waived*: The national audit office audits the upazila's accounts; the partners agreed to rely on it., approved by Steering committee, 12 March 2018, until 31 December 2030\n"
        ),
        "{}",
        markdown.stdout
    );
    // Each format shows both waivers; the full reports are audit.rs's `*@waivers.toml`
    // snapshots.
    assert_eq!(text.stdout.matches("note: waived: ").count(), 2);
    assert_eq!(markdown.stdout.matches("*Waived*: ").count(), 2);
}

#[test]
fn expired_waivers() {
    // On 2024-01-01 the open-data waiver (expired 2023-12-31) does not apply: waiver.expired at
    // its `expires`, the finding unwaived. The exit.approach waiver expires that very day and
    // still applies.
    let report = waivers_json(WAIVERS_DAY, &[]);
    let expired = finding(&report, "waiver.expired", "/waivers/1/expires");
    assert_eq!(expired["severity"], "warning");
    assert_eq!(expired["category"], "waiver");
    assert!(
        expired["message"]
            .as_str()
            .unwrap()
            .contains("expired on 31 December 2023")
    );
    assert!(
        finding(&report, "transparency.open-data", "/transparency/open_data")["waiver"].is_null()
    );
    assert_eq!(
        finding(&report, "exit.approach", "/exit/approach")["waiver"]["expires"],
        "2024-01-01"
    );

    // One day later it has expired too: a second waiver.expired, and exit.approach (a warning)
    // counts against the score.
    let later = waivers_json("2024-01-02", &[]);
    let expired: BTreeSet<String> = rule_paths(&later)
        .into_iter()
        .filter(|(rule, _)| rule == "waiver.expired")
        .map(|(_, path)| path)
        .collect();
    assert_eq!(
        expired,
        BTreeSet::from([
            "/waivers/1/expires".to_owned(),
            "/waivers/2/expires".to_owned()
        ])
    );
    assert!(finding(&later, "exit.approach", "/exit/approach")["waiver"].is_null());
    assert!(later["score"]["overall"].as_f64().unwrap() < 100.0);
    assert_eq!(later["rules"]["waived"], 1);
    check_scores(&later, default_catalogue(), Policy::DEFAULT);
    let shown: Vec<String> = later["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            format!(
                "{} at {} ({}), waiver {}: {}",
                f["rule"].as_str().unwrap(),
                f["path"].as_str().unwrap(),
                f["severity"].as_str().unwrap(),
                if f["waiver"].is_null() {
                    "none"
                } else {
                    "applied"
                },
                f["message"].as_str().unwrap()
            )
        })
        .collect();
    snapshot(
        "waivers_on_2024-01-02",
        format!(
            "score {}, verdict {}\n{}\n",
            later["score"]["overall"],
            later["verdict"].as_str().unwrap(),
            shown.join("\n")
        ),
    );
}

#[test]
fn unknown_host_and_unused_waivers() {
    let report = waivers_json(WAIVERS_DAY, &[]);
    let unknown = finding(&report, "waiver.unknown-rule", "/waivers/4/rule");
    assert!(
        unknown["message"]
            .as_str()
            .unwrap()
            .contains("acme.site-visits"),
        "{unknown}"
    );
    let host = finding(&report, "waiver.unknown-rule", "/waivers/5/rule");
    let message = host["message"].as_str().unwrap();
    assert!(
        message.contains("waiver.expired") && message.contains("cannot be waived"),
        "the message says host rules cannot be waived: {message}"
    );
    let unused = finding(&report, "waiver.unused", "/waivers/3/rule");
    assert!(
        unused["message"]
            .as_str()
            .unwrap()
            .contains("humility.local-partner")
    );
    // Host rules are not scored and not counted in `rules`.
    assert_eq!(report["rules"]["evaluated"], 43);
    assert!(report["score"]["categories"].get("waiver").is_none());
    let host_findings: Vec<(String, String)> = rule_paths(&report)
        .into_iter()
        .filter(|(rule, _)| rule.starts_with("waiver."))
        .collect();
    assert_eq!(host_findings.len(), 4);
}

#[test]
fn waivers_of_pack_rules() {
    // With the core pack alone: the meeting-cadence waiver applies; the overhead-cap waiver
    // names a rule of a pack that is not loaded.
    let out = audit(&["--profile", CORE_ONLY, PACK_RULES, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let report = only_report(&out);
    let header = header_lines(PACK_RULES);
    let expected: BTreeSet<Finding> = header
        .iter()
        .skip_while(|l| !l.starts_with("# Expected findings under the core-only profile"))
        .skip(1)
        .map_while(|l| l.strip_prefix("#   "))
        .map(|entry| {
            let (entry, waived) = match entry.strip_suffix(" (waived)") {
                Some(e) => (e, true),
                None => (entry, false),
            };
            let (rule, path) = entry.split_once(" at ").unwrap();
            (rule.to_owned(), path.to_owned(), waived)
        })
        .collect();
    assert_eq!(expected.len(), 2, "the header lists two findings");
    assert_eq!(findings(&report), expected);
    let waived = finding(
        &report,
        "accountability.meeting-cadence",
        "/governance/meeting_every_days",
    );
    assert_eq!(
        waived["waiver"]["approved_by"],
        "Board of Konbit Dlo, 2026-02-10"
    );
    assert_eq!(waived["waiver"]["expires"], "2027-06-30");
    assert_eq!(
        report["score"]["overall"], 100.0,
        "the waived rule counts as passed"
    );
    let core = rule_catalogue(&["--profile", CORE_ONLY]);
    check_scores(&report, &core, Policy::DEFAULT);

    // With the funder pack, the overhead-cap waiver applies too (no overhead_share: a finding,
    // waived); the foundation's other rules fail as they would.
    let out = audit(&[
        "--profile",
        CORE_ONLY,
        "--pack",
        FUNDER_PACK,
        PACK_RULES,
        "--format",
        "json",
    ]);
    let report = only_report(&out);
    let waived = finding(&report, "foundation.overhead-cap", "/budget/overhead_share");
    assert_eq!(
        waived["waiver"]["approved_by"],
        "Open Futures Foundation programme committee, 2026-03-12"
    );
    assert!(
        waived["waiver"]["expires"].is_null(),
        "a waiver without expiry"
    );
    assert!(!failed_rule_ids(&report).contains("waiver.unknown-rule"));
    assert_eq!(report["rules"]["waived"], 2);
    let with_pack = rule_catalogue(&["--profile", CORE_ONLY, "--pack", FUNDER_PACK]);
    check_scores(&report, &with_pack, Policy::DEFAULT);

    // A waiver of a disabled rule waives nothing: waiver.unused.
    let out = audit(&["--profile", DISABLED, PACK_RULES, "--format", "json"]);
    let report = only_report(&out);
    assert_eq!(
        report["disabled"],
        json!(["accountability.meeting-cadence"])
    );
    let unused = finding(&report, "waiver.unused", "/waivers/0/rule");
    snapshot(
        "waiver_of_a_disabled_rule",
        unused["message"].as_str().unwrap().to_owned(),
    );
}

#[test]
fn report_only_counts_waived_findings_as_failed() {
    // Under funder-screening (waivers = "report-only") the waived findings are shown with
    // their waivers but count as failed: the independent-audit finding (raised to error
    // there) fails the verdict, and both waived findings lower the score.
    let honoured = waivers_json(WAIVERS_DAY, &[]);
    let report = waivers_json(WAIVERS_DAY, &["--profile", "funder-screening"]);
    assert_eq!(honoured["verdict"], "pass");
    assert_eq!(report["verdict"], "fail");
    assert!(
        report["score"]["overall"].as_f64() < honoured["score"]["overall"].as_f64(),
        "the waived findings count against the score"
    );
    for (rule, path) in [
        ("transparency.independent-audit", "/transparency/audit"),
        ("exit.approach", "/exit/approach"),
    ] {
        let shown = finding(&report, rule, path);
        assert_eq!(
            shown["waiver"],
            finding(&honoured, rule, path)["waiver"],
            "{rule}: the waiver is still shown"
        );
    }
    check_scores(
        &report,
        &rule_catalogue(&["--profile", "funder-screening"]),
        Policy {
            report_only: true,
            fail_under: 70.0,
            deny_warnings: false,
        },
    );

    // The same with a pack rule under a report-only profile of the core pack: the waived
    // meeting-cadence finding costs its weight (2 of 20: 90.0).
    let out = audit(&["--profile", REPORT_ONLY, PACK_RULES, "--format", "json"]);
    let report = only_report(&out);
    assert_eq!(report["score"]["overall"], 90.0);
    assert!(
        !finding(
            &report,
            "accountability.meeting-cadence",
            "/governance/meeting_every_days"
        )["waiver"]
            .is_null()
    );
    check_scores(
        &report,
        &rule_catalogue(&["--profile", REPORT_ONLY]),
        Policy {
            report_only: true,
            ..Policy::DEFAULT
        },
    );

    // Markdown under report-only still shows each waiver.
    let markdown = audit_on(
        WAIVERS_DAY,
        &[
            WAIVERS,
            "--profile",
            "funder-screening",
            "--format",
            "markdown",
        ],
    );
    assert_eq!(markdown.code, 1);
    assert_eq!(markdown.stdout.matches("*Waived*: ").count(), 2);
    assert!(markdown.stdout.contains("**verdict: fail**"));
}

#[test]
fn deny_warnings_counts_waiver_warnings() {
    // waivers.toml's own warnings are all waived; what remains are the four waiver.* warnings
    // (and an info). They count for --deny warnings: the verdict fails, the score stays 100.
    let out = audit_on(
        WAIVERS_DAY,
        &[WAIVERS, "--format", "json", "--deny", "warnings"],
    );
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let report = only_report(&out);
    assert_eq!(report["verdict"], "fail");
    assert_eq!(report["score"]["overall"], 100.0);
    let unwaived_warnings: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning" && f["waiver"].is_null())
        .map(|f| f["rule"].as_str().unwrap().to_owned())
        .collect();
    assert!(
        unwaived_warnings.iter().all(|r| r.starts_with("waiver.")),
        "{unwaived_warnings:?}"
    );
    check_scores(
        &report,
        default_catalogue(),
        Policy {
            deny_warnings: true,
            ..Policy::DEFAULT
        },
    );

    // A charter whose only warning is waived passes under --deny warnings when the waiver is
    // honoured, and fails when it is not (report-only).
    for (profile, verdict) in [(CORE_ONLY, "pass"), (REPORT_ONLY, "fail")] {
        let out = audit(&[
            "--profile",
            profile,
            ONE_WAIVED_WARNING,
            "--format",
            "json",
            "--deny",
            "warnings",
        ]);
        let report = only_report(&out);
        assert_eq!(report["verdict"], verdict, "{profile}");
        assert_eq!(out.code, if verdict == "pass" { 0 } else { 1 });
        assert_eq!(
            findings(&report),
            BTreeSet::from([(
                "accountability.meeting-cadence".to_owned(),
                "/governance/meeting_every_days".to_owned(),
                true
            )])
        );
        check_scores(
            &report,
            &rule_catalogue(&["--profile", profile]),
            Policy {
                report_only: profile == REPORT_ONLY,
                deny_warnings: true,
                ..Policy::DEFAULT
            },
        );
    }
}

#[test]
fn report_only_counts_agree_across_formats() {
    let args = [WAIVERS, "--profile", "funder-screening"];
    let csv = audit_on(WAIVERS_DAY, &[&args[..], &["--format", "csv"]].concat());
    let row: Vec<&str> = csv.stdout.lines().nth(1).unwrap().split(',').collect();
    let (errors, warnings) = (row[7], row[8]);
    assert_eq!((errors, warnings), ("1", "5"), "{}", csv.stdout);
    let text = audit_on(WAIVERS_DAY, &args);
    assert!(
        text.stdout.contains("1 error, 5 warnings"),
        "the text counts match the CSV and the verdict:\n{}",
        text.stdout
    );
}

#[test]
fn a_waiver_of_a_disabled_rule_says_so() {
    let out = audit(&["--profile", DISABLED, PACK_RULES, "--format", "json"]);
    let report = only_report(&out);
    let unused = finding(&report, "waiver.unused", "/waivers/0/rule");
    assert!(
        unused["message"].as_str().unwrap().contains("disabled"),
        "{unused}"
    );
}
