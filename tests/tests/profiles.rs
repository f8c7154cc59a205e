//! Profiles end to end: the three built-in profiles on the example charters, a user profile's
//! `disable`, `[severity]` and `[options]`, and every kind of profile error (stderr and exit 2).
//!
//! User profiles are fixtures under `tests/fixtures/profiles/` (the erroneous ones under
//! `errors/`), each with a header comment saying what it is for.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{Mutex, OnceLock};

use serde_json::{Value, json};

use crate::util::audit::*;
use crate::util::{Output, insta_settings};

const EXAMPLES: &str = "examples/charters";
const MIDDLING: &str = "examples/charters/clinic-venture.toml";
const WAIVERS: &str = "tests/fixtures/audit/waivers.toml";
const HEALTHY: &str = "tests/fixtures/audit/healthy-full.toml";
const STRICT_LOCAL: &str = "tests/fixtures/profiles/strict-local.toml";
const LOCAL_SHARE_HALF: &str = "tests/fixtures/profiles/local-share-half.toml";
const ERRORS: &str = "tests/fixtures/profiles/errors";
const PROFILES: [&str; 3] = ["default", "funder-screening", "self-audit"];

fn snapshot(name: &str, shown: String) {
    insta_settings().bind(|| insta::assert_snapshot!(name, shown));
}

/// A run refused before anything was audited, as the snapshot `error@NAME`.
fn assert_refused_as(name: &str, description: String, out: &Output) {
    assert_refused(name, out);
    snapshot_described(&format!("error@{name}"), description, out.snapshot());
}

fn snapshot_described(name: &str, description: String, shown: String) {
    let mut settings = insta_settings();
    settings.set_description(description);
    settings.bind(|| insta::assert_snapshot!(name, shown));
}

/// The policy each built-in profile sets (rules/profiles/*.toml).
fn builtin_policy(profile: &str) -> Policy {
    match profile {
        "default" | "self-audit" => Policy::DEFAULT,
        "funder-screening" => Policy {
            report_only: true,
            fail_under: 70.0,
            deny_warnings: false,
        },
        other => panic!("no built-in profile {other}"),
    }
}

/// `accord audit --profile PROFILE examples/charters --format json`, run once per profile.
fn examples_json(profile: &str) -> &'static Output {
    static RUNS: [OnceLock<Output>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let i = PROFILES.iter().position(|p| *p == profile).unwrap();
    RUNS[i].get_or_init(|| audit(&["--profile", profile, EXAMPLES, "--format", "json"]))
}

/// `accord rules --profile PROFILE --format json`, run once per profile.
fn catalogue(profile: &str) -> &'static BTreeMap<String, Rule> {
    static RUNS: Mutex<BTreeMap<String, &'static BTreeMap<String, Rule>>> =
        Mutex::new(BTreeMap::new());
    if let Some(found) = RUNS.lock().unwrap().get(profile) {
        return found;
    }
    let read: &'static BTreeMap<String, Rule> =
        Box::leak(Box::new(rule_catalogue(&["--profile", profile])));
    RUNS.lock().unwrap().insert(profile.to_owned(), read);
    read
}

/// The report of one charter in a JSON run.
fn report_of<'a>(lines: &'a [Value], path: &str) -> &'a Value {
    lines
        .iter()
        .find(|r| r["type"] == "report" && r["charter"]["path"] == path)
        .unwrap_or_else(|| panic!("no report of {path}"))
}

#[test]
fn builtin_profiles_on_the_examples() {
    for_each(&PROFILES, |profile| {
        let text = audit(&["--profile", profile, EXAMPLES]);
        assert_eq!(text.code, 1, "{}", text.stderr);
        assert!(text.stderr.is_empty(), "{}", text.stderr);
        for header in text.stdout.lines().filter(|l| l.starts_with("  profile ")) {
            assert!(
                header.starts_with(&format!("  profile {profile}, ")),
                "each section names the profile: {header}"
            );
        }
        // Self-audit gives every finding its full fix text and a passing example; the others
        // give the one-line fix only.
        let findings = text
            .stdout
            .lines()
            .filter(|l| {
                l.starts_with("warning[") || l.starts_with("info[") || l.starts_with("error[")
            })
            .count();
        let full = text.stdout.matches("help: how to fix: ").count();
        let examples = text.stdout.matches("note: a passing example:\n").count();
        if *profile == "self-audit" {
            assert_eq!((full, examples), (findings, findings));
        } else {
            assert_eq!((full, examples), (0, 0));
        }
        snapshot(&format!("examples_text@{profile}"), text.snapshot());

        let json = examples_json(profile);
        assert_eq!(json.code, 1);
        let lines = json_lines(json);
        for report in reports(&lines) {
            assert_eq!(report["profile"]["name"], *profile);
            assert!(report["disabled"].as_array().unwrap().is_empty());
            let overrides = if *profile == "funder-screening" {
                json!({"transparency.independent-audit": "error", "transparency.local-funding-share": "error"})
            } else {
                json!({})
            };
            assert_eq!(report["overrides"], overrides);
            check_scores(report, catalogue(profile), builtin_policy(profile));
        }
    });
}

#[test]
fn funder_screening_judges_strictly() {
    // Under funder-screening the clinic example (grade B, passing by default) fails: its
    // internal audit and its 18% local share are errors there. The summary's verdicts follow.
    let default = json_lines(examples_json("default"));
    assert_eq!(report_of(&default, MIDDLING)["verdict"], "pass");
    let lines = json_lines(examples_json("funder-screening"));
    let clinic = report_of(&lines, MIDDLING);
    assert_eq!(clinic["verdict"], "fail");
    for rule in [
        "transparency.independent-audit",
        "transparency.local-funding-share",
    ] {
        let f = clinic["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == rule)
            .unwrap_or_else(|| panic!("no finding of {rule}"));
        assert_eq!(f["severity"], "error", "{rule} is raised to error");
    }
    let summary = lines.last().unwrap();
    assert_eq!(summary["type"], "summary");
    assert_eq!(summary["pass"], 2);
    assert_eq!(summary["fail"], 2);
}

#[test]
fn rules_and_explain_show_the_profile_severities() {
    // `accord rules` lists the severity a profile gives a rule, not the plugin's default.
    for (profile, severity) in [("default", "warning"), ("funder-screening", "error")] {
        let rules = catalogue(profile);
        for rule in [
            "transparency.independent-audit",
            "transparency.local-funding-share",
        ] {
            assert_eq!(rules[rule].severity, severity, "{profile}: {rule}");
        }
        let out = accord(&[
            "explain",
            "transparency.independent-audit",
            "--profile",
            profile,
            "--no-config",
            "--plugin-dir",
            &plugin_dir_arg(),
        ]);
        assert_eq!(out.code, 0, "{}", out.snapshot());
        assert!(
            out.stdout
                .starts_with(&format!("transparency.independent-audit  ({severity},")),
            "{profile}: {}",
            out.stdout
        );
    }
}

#[test]
fn funder_screening_shows_waivers_but_does_not_honour_them() {
    // waivers.toml on its audit date: under the default profile two findings are waived and
    // the charter passes with 100; under funder-screening the same waivers are shown, but the
    // waived findings count as failed: the independent-audit finding (an error there) fails
    // the verdict and both lower the score.
    let text = audit_on("2024-01-01", &["--profile", "funder-screening", WAIVERS]);
    assert_eq!(text.code, 1, "{}", text.snapshot());
    snapshot("waivers_text@funder-screening", text.snapshot());
    assert_eq!(
        text.stdout.matches("note: waived: ").count(),
        2,
        "both waivers are shown:\n{}",
        text.stdout
    );

    let out = audit_on(
        "2024-01-01",
        &["--profile", "funder-screening", WAIVERS, "--format", "json"],
    );
    assert_eq!(out.code, 1);
    let report = only_report(&out);
    assert_eq!(report["verdict"], "fail");
    let audit_finding = finding(
        &report,
        "transparency.independent-audit",
        "/transparency/audit",
    );
    assert_eq!(audit_finding["severity"], "error");
    assert_eq!(
        audit_finding["waiver"]["approved_by"],
        "Steering committee, 12 March 2018"
    );
    assert_eq!(audit_finding["waiver"]["expires"], "2030-12-31");
    assert!(
        !finding(&report, "exit.approach", "/exit/approach")["waiver"].is_null(),
        "the waiver expiring on the audit date is still shown"
    );
    assert_ne!(
        report["score"]["overall"], 100.0,
        "the waived findings count"
    );
    check_scores(
        &report,
        catalogue("funder-screening"),
        builtin_policy("funder-screening"),
    );
}

#[test]
fn user_profile_disables_rules_and_overrides_severities() {
    let default = json_lines(examples_json("default"));
    let default = report_of(&default, MIDDLING);
    let out = audit(&["--profile", STRICT_LOCAL, MIDDLING, "--format", "json"]);
    assert_eq!(
        out.code,
        1,
        "the local share is an error now:\n{}",
        out.snapshot()
    );
    let report = only_report(&out);
    assert_eq!(report["profile"]["name"], "strict-local");
    assert_eq!(
        report["disabled"],
        json!(["accountability.meeting-cadence", "transparency.open-data"])
    );
    assert_eq!(
        report["overrides"],
        json!({"exit.adopted-early": "info", "transparency.local-funding-share": "error"})
    );
    let rules = failed_rule_ids(&report);
    assert!(
        !rules.contains("transparency.open-data"),
        "a disabled rule gives no finding"
    );
    assert!(failed_rule_ids(default).contains("transparency.open-data"));
    assert_eq!(
        finding(
            &report,
            "transparency.local-funding-share",
            "/budget/allocations"
        )["severity"],
        "error"
    );
    assert_eq!(
        finding(&report, "exit.adopted-early", "/exit/adopted")["severity"],
        "info"
    );
    assert_eq!(report["rules"]["evaluated"], 41, "43 rules, 2 disabled");
    assert_eq!(report["verdict"], "fail");
    check_scores(&report, catalogue(STRICT_LOCAL), Policy::DEFAULT);
    // The findings other than the disabled rule's are the default profile's.
    let without_disabled: BTreeSet<(String, String)> = rule_paths(default)
        .into_iter()
        .filter(|(rule, _)| rule != "transparency.open-data")
        .collect();
    assert_eq!(
        rule_paths(&report).into_iter().collect::<BTreeSet<_>>(),
        without_disabled
    );

    let mut shown: BTreeMap<&str, &Value> = BTreeMap::new();
    for key in [
        "profile",
        "verdict",
        "score",
        "rules",
        "disabled",
        "overrides",
    ] {
        shown.insert(key, &report[key]);
    }
    let severities: Vec<String> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| format!("{} {} at {}", f["severity"], f["rule"], f["path"]).replace('"', ""))
        .collect();
    snapshot_described(
        "user_profile_json",
        description(STRICT_LOCAL),
        format!(
            "exit: {}\n--- report fields ---\n{}\n--- findings ---\n{}\n",
            out.code,
            serde_json::to_string_pretty(&shown).unwrap(),
            severities.join("\n")
        ),
    );
}

#[test]
fn plugin_options_change_a_finding() {
    let charters = [
        "tests/fixtures/audit/boundary-thresholds.toml",
        "tests/fixtures/audit/two-intermediaries.toml",
    ];
    let default = audit(&[charters[0], charters[1], "--format", "json"]);
    let half = audit(&[
        "--profile",
        LOCAL_SHARE_HALF,
        charters[0],
        charters[1],
        "--format",
        "json",
    ]);
    let default = json_lines(&default);
    let half = json_lines(&half);
    let share = |report: &Value| -> Option<String> {
        report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "transparency.local-funding-share")
            .map(|f| f["message"].as_str().unwrap().to_owned())
    };
    // Exactly 25% local: passes at the default 0.25, fails at 0.5.
    assert_eq!(share(&default[0]), None);
    let message = share(&half[0]).expect("a finding at 50%");
    assert!(message.contains("50%"), "{message}");
    // 22.5% local fails both, measured against the target the profile sets.
    let at_default = share(&default[1]).expect("a finding at 25%");
    let at_half = share(&half[1]).expect("a finding at 50%");
    assert!(at_default.contains("25%"), "{at_default}");
    assert!(at_half.contains("50%"), "{at_half}");
    snapshot_described(
        "options_min_local_funding_share",
        description(LOCAL_SHARE_HALF),
        format!(
            "default, {}:\n  (no finding)\nlocal-share-half, {}:\n  {message}\ndefault, {}:\n  {at_default}\nlocal-share-half, {}:\n  {at_half}\n",
            charters[0], charters[0], charters[1], charters[1]
        ),
    );
    for report in reports(&half) {
        check_scores(report, catalogue(LOCAL_SHARE_HALF), Policy::DEFAULT);
    }
}

// ---------------------------------------------------------------------------------------------
// Errors

/// Every profile error: a snapshot of stderr and the exit code, and nothing audited.
#[test]
fn profile_file_errors() {
    // Beyond the snapshots, the essentials of each message.
    let needles = [
        ("bad-waivers.toml", "honour, report-only"),
        ("fail-under-out-of-range.toml", "at most 100"),
        ("option-out-of-range.toml", "min_local_funding_share"),
        ("options-for-unloaded-plugin.toml", "`humility`"),
        ("unknown-key.toml", "did you mean `fail_under`?"),
        (
            "unknown-option.toml",
            "did you mean `min_local_funding_share`?",
        ),
        (
            "unknown-rule.toml",
            "did you mean `transparency.open-data`?",
        ),
    ];
    assert_each_refused(
        ERRORS,
        &needles,
        |file| audit(&["--profile", file, HEALTHY]),
        snapshot_described,
    );
}

#[test]
fn unknown_builtin_profile_and_missing_file() {
    let out = audit(&["--profile", "funder", HEALTHY]);
    assert_refused_as(
        "unknown-builtin",
        "--profile funder: no such built-in profile".into(),
        &out,
    );
    assert!(
        out.stderr.contains("funder-screening"),
        "lists the built-in profiles"
    );

    let out = audit(&[
        "--profile",
        "tests/fixtures/profiles/does-not-exist.toml",
        HEALTHY,
    ]);
    assert_refused_as(
        "missing-file",
        "--profile naming a file that does not exist".into(),
        &out,
    );
    assert!(out.stderr.contains("does-not-exist.toml"), "{}", out.stderr);
}

#[test]
fn validate_as_profile() {
    // `accord validate --as profile` checks profile files against the schema: the user
    // profiles pass; schema errors (not the ones that need the loaded plugins) are reported.
    let out = accord(&[
        "validate",
        "--as",
        "profile",
        STRICT_LOCAL,
        LOCAL_SHARE_HALF,
    ]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    for file in [
        "unknown-key.toml",
        "bad-waivers.toml",
        "fail-under-out-of-range.toml",
    ] {
        let path = format!("{ERRORS}/{file}");
        let out = accord(&["validate", "--as", "profile", &path]);
        assert_eq!(out.code, 2, "{file}:\n{}", out.snapshot());
    }
    let out = accord(&[
        "validate",
        "--as",
        "profile",
        &format!("{ERRORS}/unknown-key.toml"),
    ]);
    snapshot("validate_as_profile@unknown-key", out.snapshot());
}

#[test]
fn a_profile_missing_its_name_is_not_called_a_charter() {
    let file = "tests/fixtures/profiles/missing-name.toml";
    for args in [
        vec!["validate", "--as", "profile", file],
        vec!["audit", "--no-config", "--profile", file, HEALTHY],
    ] {
        let out = accord(&args);
        assert_eq!(out.code, 2, "{}", out.snapshot());
        let shown = format!("{}{}", out.stdout, out.stderr);
        assert!(shown.contains("`name`"), "{shown}");
        assert!(
            !shown.contains("charter"),
            "a profile is not a charter:\n{shown}"
        );
    }
}

#[test]
fn later_profile_errors_name_the_file() {
    for file in [
        "unknown-rule.toml",
        "unknown-option.toml",
        "options-for-unloaded-plugin.toml",
    ] {
        let path = format!("{ERRORS}/{file}");
        let out = audit(&["--profile", &path, HEALTHY]);
        assert_eq!(out.code, 2);
        assert!(
            out.stderr.contains(&path),
            "{file}: the error names the file:\n{}",
            out.stderr
        );
    }
}
