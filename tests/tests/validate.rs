//! `accord validate`, `accord schema charter` and `accord init`, end to end.
//!
//! Every fixture in `tests/fixtures/invalid/` has two snapshots, `text@FILE` and `json@FILE`,
//! each starting with the exit code. Each TOML fixture's header comment says what error it is
//! meant to produce; it is copied into the snapshot's description so a reviewer can compare.

use std::panic::{AssertUnwindSafe, catch_unwind};

use serde_json::Value;

use crate::util::{Output, files_in, insta_settings, run, run_in, temp_dir, workspace_root};

const INVALID: &str = "tests/fixtures/invalid";
const VALID: &str = "tests/fixtures/valid";

/// The kinds of error that come without a location: the file was never read as text.
const UNLOCATED_KINDS: &[&str] = &["read", "too-large", "unsupported-extension"];

/// The header comment of a fixture (its intended error), or a note for formats without comments.
fn description(path: &str) -> String {
    let text =
        String::from_utf8_lossy(&std::fs::read(workspace_root().join(path)).unwrap()).into_owned();
    let header: Vec<&str> = text
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(|l| l.trim_start_matches('#').trim())
        .collect();
    if header.is_empty() {
        format!("{path} (no header comment: the file name says the intended error)")
    } else {
        format!("{path}: {}", header.join(" "))
    }
}

/// Runs `check` for each file, collecting failures so that every file is checked (and every
/// snapshot written under `INSTA_UPDATE=always`) before the test fails.
fn for_each_file(files: &[String], check: impl Fn(&str)) {
    let mut failed = Vec::new();
    for file in files {
        if catch_unwind(AssertUnwindSafe(|| check(file))).is_err() {
            failed.push(file.clone());
        }
    }
    assert!(
        failed.is_empty(),
        "{} of {} files failed (see the panics above): {failed:#?}",
        failed.len(),
        files.len()
    );
}

fn assert_no_crash(out: &Output, what: &str) {
    assert!(
        !out.crashed(),
        "accord crashed on {what} (exit {}):\n{}",
        out.code,
        out.stderr
    );
}

/// The lines of a file as `LineIndex` counts them (split at `\n`; a `\r` is a character of its
/// line), decoded lossily as the loader does for non-UTF-8 files.
fn file_lines(path: &str) -> Option<Vec<String>> {
    let bytes = std::fs::read(workspace_root().join(path)).ok()?;
    let text = String::from_utf8_lossy(&bytes);
    Some(text.split('\n').map(str::to_owned).collect())
}

/// Checks one `{"type": "validation", …}` line: its shape, and that every location lies inside
/// the file. Returns the parsed object.
fn check_validation_line(line: &str) -> Value {
    let v: Value = serde_json::from_str(line)
        .unwrap_or_else(|e| panic!("a JSON line does not parse ({e}): {line}"));
    assert_eq!(v["type"], "validation", "{line}");
    let path = v["path"]
        .as_str()
        .unwrap_or_else(|| panic!("`path` is not a string: {line}"));
    let valid = v["valid"]
        .as_bool()
        .unwrap_or_else(|| panic!("`valid` is not a boolean: {line}"));
    let errors = v["errors"]
        .as_array()
        .unwrap_or_else(|| panic!("`errors` is not an array: {line}"));
    assert_eq!(valid, errors.is_empty(), "valid iff no errors: {line}");
    let lines = file_lines(path);
    for e in errors {
        let kind = e["kind"]
            .as_str()
            .unwrap_or_else(|| panic!("error without a string `kind`: {e}"));
        assert!(
            e["message"].as_str().is_some_and(|m| !m.is_empty()),
            "error without a message: {e}"
        );
        assert!(e.get("path").is_some(), "error without a `path` key: {e}");
        assert!(
            e["path"].is_null()
                || e["path"]
                    .as_str()
                    .is_some_and(|p| p.is_empty() || p.starts_with('/')),
            "`path` is neither null nor a JSON Pointer: {e}"
        );
        for key in ["line", "column"] {
            assert!(
                e.get(key)
                    .is_some_and(|l| l.is_null() || l.as_u64().is_some_and(|n| n >= 1)),
                "`{key}` is neither null nor a positive integer: {e}"
            );
        }
        match (e["line"].as_u64(), e["column"].as_u64()) {
            (None, None) => assert!(
                UNLOCATED_KINDS.contains(&kind),
                "a `{kind}` error must have a line and column: {e}"
            ),
            (Some(line_no), Some(column)) => {
                let lines = lines
                    .as_ref()
                    .unwrap_or_else(|| panic!("{path} is located but unreadable: {e}"));
                let line_no = usize::try_from(line_no).unwrap();
                assert!(
                    line_no <= lines.len(),
                    "{path}: line {line_no} is past the last line ({}): {e}",
                    lines.len()
                );
                let chars = lines[line_no - 1].chars().count();
                assert!(
                    usize::try_from(column).unwrap() <= chars + 1,
                    "{path}:{line_no}: column {column} is past the end of the line ({chars} characters): {e}"
                );
            }
            _ => panic!("a line without a column or the reverse: {e}"),
        }
    }
    v
}

/// Checks every line of a `--format json` run; returns the parsed lines.
fn check_json_output(out: &Output) -> Vec<Value> {
    assert!(
        out.stdout.ends_with('\n') || out.stdout.is_empty(),
        "{}",
        out.stdout
    );
    out.stdout.lines().map(check_validation_line).collect()
}

/// Checks that every `error[…]` of a text run is followed by a `--> PATH:LINE:COLUMN` line,
/// and returns how many errors there were.
fn assert_text_errors_located(out: &Output, path: &str) -> usize {
    let lines: Vec<&str> = out.stdout.lines().collect();
    let mut count = 0;
    for (i, line) in lines.iter().enumerate() {
        if line.starts_with("error[") {
            count += 1;
            let arrow = lines.get(i + 1).map(|l| l.trim_start()).unwrap_or_default();
            let location = arrow
                .strip_prefix("--> ")
                .unwrap_or_else(|| panic!("`{line}` has no `-->` location line:\n{}", out.stdout));
            let rest = location
                .strip_prefix(path)
                .and_then(|r| r.strip_prefix(':'))
                .unwrap_or_else(|| panic!("`{arrow}` does not name {path}"));
            let (l, c) = rest.split_once(':').expect("LINE:COLUMN");
            assert!(
                l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
                "bad location `{arrow}`"
            );
        }
    }
    count
}

#[test]
fn invalid_fixtures_text() {
    let files = files_in(INVALID);
    assert!(files.len() >= 40, "fixtures missing: {files:?}");
    for_each_file(&files, |file| {
        let out = run(&["validate", file]);
        assert_no_crash(&out, file);
        assert_eq!(out.code, 2, "{file} must be invalid:\n{}", out.snapshot());
        assert!(
            out.stdout.contains(&format!("invalid: {file} (")),
            "{file}: no `invalid:` line:\n{}",
            out.stdout
        );
        let name = file.rsplit('/').next().unwrap();
        let mut settings = insta_settings();
        settings.set_description(description(file));
        settings.bind(|| insta::assert_snapshot!(format!("text@{name}"), out.snapshot()));
    });
}

#[test]
fn invalid_fixtures_json() {
    let files = files_in(INVALID);
    for_each_file(&files, |file| {
        let out = run(&["validate", "--format", "json", file]);
        assert_no_crash(&out, file);
        assert_eq!(out.code, 2, "{file} must be invalid:\n{}", out.snapshot());
        let lines = check_json_output(&out);
        assert_eq!(lines.len(), 1, "one line per file:\n{}", out.stdout);
        assert_eq!(lines[0]["path"], *file);
        assert_eq!(lines[0]["valid"], false);
        // Pretty-printed for review; the raw line's shape is checked above.
        let pretty = serde_json::to_string_pretty(&lines[0]).unwrap();
        let shown = Output {
            stdout: format!("{pretty}\n"),
            ..out
        };
        let name = file.rsplit('/').next().unwrap();
        let mut settings = insta_settings();
        settings.set_description(description(file));
        settings.bind(|| insta::assert_snapshot!(format!("json@{name}"), shown.snapshot()));
    });
}

#[test]
fn every_fixture_and_example_gives_located_json() {
    // One call over directories (walked) and files: every line well-formed and located.
    let out = run(&[
        "validate",
        "--format",
        "json",
        INVALID,
        VALID,
        "examples/charters",
        "examples/invalid",
        "tests/fixtures/audit",
        "tests/fixtures/invalid/charter.yaml",
    ]);
    assert_no_crash(&out, "the fixture directories");
    assert_eq!(out.code, 2);
    let lines = check_json_output(&out);
    let walked: Vec<String> = [
        INVALID,
        VALID,
        "examples/charters",
        "examples/invalid",
        "tests/fixtures/audit",
    ]
    .iter()
    .flat_map(|d| files_in(d))
    .filter(|f| f.ends_with(".toml") || f.ends_with(".json"))
    .chain(["tests/fixtures/invalid/charter.yaml".to_owned()])
    .collect();
    let paths: Vec<&str> = lines.iter().map(|l| l["path"].as_str().unwrap()).collect();
    assert_eq!(paths, walked, "each input reported once, in order");
}

#[test]
fn output_is_deterministic() {
    // The same run four times gives the same bytes (no hash-map order in messages).
    let args = ["validate", "--format", "json", INVALID, "examples/invalid"];
    let first = run(&args);
    for _ in 0..3 {
        let again = run(&args);
        let differ = first
            .stdout
            .lines()
            .zip(again.stdout.lines())
            .find(|(a, b)| a != b);
        assert!(
            differ.is_none() && first.stdout.len() == again.stdout.len(),
            "two runs of `accord {}` differ, first at:\n{differ:#?}",
            args.join(" ")
        );
    }
}

#[test]
fn parallel_output_keeps_the_input_order() {
    // Files are checked in parallel; the output must still follow the input order, and the
    // summary count every file, however many jobs run.
    let args = [
        "validate",
        INVALID,
        "examples/invalid",
        VALID,
        "examples/charters",
    ];
    let with = |jobs: &str| run(&[&args[..], &["--jobs", jobs]].concat());
    let one = with("1");
    assert_eq!(one.code, 2, "{}", one.stderr);
    for jobs in ["2", "4"] {
        let many = with(jobs);
        assert_eq!(many, one, "--jobs {jobs} differs from --jobs 1");
    }
    // The order is the arguments' order, each directory's files sorted, each file once.
    let json = run(&[&args[..], &["--format", "json", "--jobs", "2"]].concat());
    let paths: Vec<String> = check_json_output(&json)
        .iter()
        .map(|line| line["path"].as_str().expect("a path").to_owned())
        .collect();
    let dirs = &args[1..];
    let mut expected = paths.clone();
    expected.sort_by_key(|p| {
        let dir = dirs
            .iter()
            .position(|d| p.starts_with(d))
            .expect("a given directory");
        (dir, p.clone())
    });
    expected.dedup();
    assert_eq!(paths, expected);
    let summary = one.stdout.lines().last().unwrap_or_default();
    assert_eq!(
        summary,
        format!(
            "{} of {} charters valid",
            one.stdout.matches("\nvalid: ").count()
                + usize::from(one.stdout.starts_with("valid: ")),
            paths.len()
        )
    );
}

#[test]
fn oversized_file() {
    let file = "tests/fixtures/valid/minimal.toml";
    let out = run(&["validate", "--max-file-size", "100", file]);
    assert_no_crash(&out, file);
    assert_eq!(out.code, 2);
    insta_settings().bind(|| insta::assert_snapshot!("oversized_file_text", out.snapshot()));

    let out = run(&[
        "validate",
        "--max-file-size",
        "100",
        "--format",
        "json",
        file,
    ]);
    assert_eq!(out.code, 2);
    let lines = check_json_output(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["errors"][0]["kind"], "too-large");
    assert_eq!(lines[0]["errors"].as_array().unwrap().len(), 1);

    // The limit is inclusive: a file of exactly the limit is read.
    let size = std::fs::metadata(workspace_root().join(file))
        .unwrap()
        .len();
    let out = run(&["validate", "--max-file-size", &size.to_string(), file]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
}

#[test]
fn missing_file() {
    let out = run(&["validate", "tests/fixtures/does-not-exist.toml"]);
    assert_no_crash(&out, "a missing file");
    assert_eq!(out.code, 2);
    insta_settings().bind(|| insta::assert_snapshot!("missing_file_text", out.snapshot()));

    let out = run(&[
        "validate",
        "--format",
        "json",
        "tests/fixtures/does-not-exist.toml",
    ]);
    assert_eq!(out.code, 2);
    let lines = check_json_output(&out);
    assert_eq!(lines[0]["errors"][0]["kind"], "read");
}

#[test]
fn directory_argument_is_walked() {
    let out = run(&["validate", VALID]);
    assert_no_crash(&out, VALID);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    insta_settings()
        .bind(|| insta::assert_snapshot!("directory_of_valid_charters", out.snapshot()));

    // A directory of invalid charters: every `.toml` and `.json` file is reported (the `.yaml`
    // one is not picked up by the walk), in sorted order, and the run exits 2.
    let out = run(&["validate", INVALID]);
    assert_no_crash(&out, INVALID);
    assert_eq!(out.code, 2);
    let expected: Vec<String> = files_in(INVALID)
        .into_iter()
        .filter(|f| f.ends_with(".toml") || f.ends_with(".json"))
        .collect();
    let reported: Vec<&str> = out
        .stdout
        .lines()
        .filter_map(|l| l.strip_prefix("invalid: "))
        .map(|l| l.rsplit_once(" (").map_or(l, |(path, _)| path))
        .collect();
    assert_eq!(reported, expected);
    assert!(
        out.stdout
            .ends_with(&format!("0 of {} charters valid\n", expected.len())),
        "{}",
        out.stdout
    );
}

#[test]
fn several_files_in_one_call() {
    let files = [
        "tests/fixtures/valid/minimal.toml",
        "tests/fixtures/invalid/bad-enum.toml",
        "tests/fixtures/valid/minimal.json",
        "tests/fixtures/invalid/wrong-type.json",
    ];
    let mut args = vec!["validate"];
    args.extend(files);
    let out = run(&args);
    assert_no_crash(&out, "several files");
    assert_eq!(out.code, 2, "exit 2 when any is invalid");
    insta_settings().bind(|| insta::assert_snapshot!("several_files_text", out.snapshot()));

    args.extend(["--format", "json"]);
    let out = run(&args);
    assert_eq!(out.code, 2);
    let lines = check_json_output(&out);
    let got: Vec<(&str, bool)> = lines
        .iter()
        .map(|l| (l["path"].as_str().unwrap(), l["valid"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        got,
        [
            (files[0], true),
            (files[1], false),
            (files[2], true),
            (files[3], false)
        ]
    );
}

#[test]
fn example_charters_are_valid() {
    let files = files_in("examples/charters");
    assert!(!files.is_empty());
    let mut args = vec!["validate"];
    args.extend(files.iter().map(String::as_str));
    let out = run(&args);
    assert_no_crash(&out, "examples/charters");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    for file in &files {
        assert!(
            out.stdout.contains(&format!("valid: {file}\n")),
            "{file}:\n{}",
            out.stdout
        );
    }
    let json = run(&["validate", "--format", "json", "examples/charters"]);
    assert_eq!(json.code, 0);
    assert!(check_json_output(&json).iter().all(|l| l["valid"] == true));
}

#[test]
fn example_invalid_charters_are_located() {
    let files = files_in("examples/invalid");
    assert!(!files.is_empty());
    for file in &files {
        let out = run(&["validate", file]);
        assert_no_crash(&out, file);
        assert_eq!(out.code, 2, "{file}:\n{}", out.snapshot());
        let errors = assert_text_errors_located(&out, file);
        assert!(errors >= 1, "{file}: no errors shown:\n{}", out.stdout);
        let noun = if errors == 1 { "error" } else { "errors" };
        assert!(
            out.stdout
                .contains(&format!("invalid: {file} ({errors} {noun})\n")),
            "{file}: the count does not match the errors shown:\n{}",
            out.stdout
        );
        let json = run(&["validate", "--format", "json", file]);
        let lines = check_json_output(&json);
        let json_errors = lines[0]["errors"].as_array().unwrap();
        assert_eq!(json_errors.len(), errors, "text and JSON agree on {file}");
        assert!(json_errors.iter().all(|e| e["line"].is_u64()), "{file}");
    }
}

#[test]
fn valid_fixtures() {
    for file in files_in(VALID) {
        let out = run(&["validate", &file]);
        assert_no_crash(&out, &file);
        assert_eq!(out.code, 0, "{file}:\n{}", out.snapshot());
        assert_eq!(out.stdout, format!("valid: {file}\n"));
        let json = run(&["validate", "--format", "json", &file]);
        assert_eq!(json.code, 0);
        let lines = check_json_output(&json);
        assert_eq!(lines.len(), 1);
        assert_eq!(lines[0]["valid"], true);
        assert_eq!(lines[0]["errors"], Value::Array(vec![]));
    }
}

#[test]
fn usage_errors_exit_2() {
    let out = run(&["validate"]);
    assert_no_crash(&out, "no arguments");
    assert_eq!(out.code, 2, "{}", out.snapshot());
    let out = run(&[
        "validate",
        "--format",
        "yaml",
        "tests/fixtures/valid/minimal.toml",
    ]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
}

#[test]
fn schema_charter_matches_the_file() {
    let out = run(&["schema", "charter"]);
    assert_no_crash(&out, "schema charter");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let printed: Value = serde_json::from_str(&out.stdout).expect("the schema is JSON");
    let file = std::fs::read_to_string(workspace_root().join("schemas/charter.schema.json"))
        .expect("schemas/charter.schema.json");
    let expected: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(printed, expected);
}

#[test]
fn init_writes_a_valid_charter_and_refuses_to_overwrite() {
    let dir = temp_dir("init");

    // The default file name, in the working directory.
    let out = run_in(dir.path(), &["init"]);
    assert_no_crash(&out, "init");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let written = dir.path().join("charter.toml");
    assert!(written.is_file(), "init wrote no charter.toml");
    let out = run_in(dir.path(), &["validate", "charter.toml"]);
    assert_eq!(
        out.code,
        0,
        "the starter charter must validate:\n{}",
        out.snapshot()
    );
    assert_eq!(out.stdout, "valid: charter.toml\n");

    // A named file, then the same file again: refused, unchanged.
    let named = dir.path().join("my-partnership.toml");
    let out = run_in(dir.path(), &["init", "my-partnership.toml"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let before = std::fs::read(&named).unwrap();
    let out = run(&["validate", named.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.snapshot());

    std::fs::write(&named, b"# edited by hand\n").unwrap();
    let edited = std::fs::read(&named).unwrap();
    let out = run_in(dir.path(), &["init", "my-partnership.toml"]);
    assert_no_crash(&out, "a second init");
    assert_eq!(
        out.code,
        2,
        "a second init must refuse:\n{}",
        out.snapshot()
    );
    assert!(
        out.stderr.contains("already exists"),
        "the refusal must say the file exists:\n{}",
        out.stderr
    );
    assert!(out.stderr.contains("my-partnership.toml"), "{}", out.stderr);
    assert_eq!(
        std::fs::read(&named).unwrap(),
        edited,
        "the file was changed"
    );
    assert_ne!(before, edited);
    insta_settings().bind(|| insta::assert_snapshot!("init_refuses_to_overwrite", out.snapshot()));
}
