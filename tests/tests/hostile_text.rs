//! Charter text that tries to take over a terminal (`tests/fixtures/hostile/terminal.toml`,
//! copied under a file name holding the same characters): ESC[2J, OSC 0 and OSC 8 sequences,
//! BEL, CR, BS and U+202E in the partnership's name, a partner's name (which a plugin's
//! message quotes), a waiver's reason and approver, and the file name.
//!
//! - text (report, summary table), Markdown, HTML and CSV show each control character as its
//!   escape (`\u{1b}`), and so do errors printed by the CLI and `validate`;
//! - HTML parses with zero errors in html5lib (skipped with a message when no Python with
//!   html5lib is found: `.ci/run` installs it into `target/venv`);
//! - JSON and SARIF keep the text as written (escaped by JSON); JUnit keeps what XML 1.0 can
//!   hold and writes the rest (C0 controls) as the same visible escapes.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::util::{Output, run_in, temp_dir, workspace_root};
use serde_json::Value;

const TODAY: &str = "2026-11-27";
const FIXTURE: &str = "tests/fixtures/hostile/terminal.toml";
/// The file name the charter is audited under.
const FILE_NAME: &str = "charter\u{1b}[2J\u{1b}]0;file\u{7}\r\u{8}\u{202e}.toml";

/// The partnership's name, as the fixture writes it in TOML escapes.
const NAME: &str = "Lakou\u{1b}[2J\u{1b}]0;pwned\u{7} Dlo\r\u{8}X\u{202e}evil";
const PARTNER: &str =
    "Aqua\u{1b}]8;;https://evil.example/\u{1b}\\Fund\u{1b}]8;;\u{1b}\\\u{7}\r\u{8}\u{202e}";
const REASON: &str = "Chosen later\u{1b}[2J\u{1b}]0;title\u{7}\r\u{8}\u{202e} by the committees";
const APPROVER: &str =
    "Board\u{1b}]8;;https://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\\r\u{8}\u{202e}";

/// A character that must never reach a reader raw: C0 but tab and line feed, DEL, C1, and the
/// bidi controls.
fn is_hidden(c: char) -> bool {
    accord_render::escape::is_hidden(c)
}

fn hidden_in(text: &str) -> Vec<String> {
    text.chars()
        .filter(|&c| is_hidden(c))
        .map(|c| format!("U+{:04X}", c as u32))
        .collect()
}

/// How the text reports show `text`: each control character as its escape.
fn shown(text: &str) -> String {
    text.chars()
        .map(|c| {
            if is_hidden(c) {
                c.escape_debug().to_string()
            } else {
                c.to_string()
            }
        })
        .collect()
}

/// A temporary directory holding the hostile charter under the hostile file name, and the
/// water-programme example beside it (so that a batch has a summary table).
fn hostile_dir() -> tempfile::TempDir {
    let dir = temp_dir("hostile");
    let text = std::fs::read_to_string(workspace_root().join(FIXTURE)).expect("the fixture");
    std::fs::write(dir.path().join(FILE_NAME), text).expect("write the hostile charter");
    std::fs::copy(
        workspace_root().join("examples/charters/water-programme.toml"),
        dir.path().join("water.toml"),
    )
    .expect("copy an example");
    dir
}

fn audit(dir: &Path, paths: &[&str], format: &str) -> Output {
    let mut args = vec!["audit"];
    args.extend_from_slice(paths);
    args.extend_from_slice(&["--today", TODAY, "--format", format]);
    let out = run_in(dir, &args);
    assert!(!out.crashed(), "{}", out.snapshot());
    out
}

#[test]
fn text_markdown_html_and_csv_show_control_characters_as_escapes() {
    let dir = hostile_dir();
    for format in ["text", "markdown", "html", "csv"] {
        let out = audit(dir.path(), &[FILE_NAME, "water.toml"], format);
        assert_eq!(out.code, 1, "{format}: {}", out.snapshot());
        assert!(
            hidden_in(&out.stdout).is_empty() && hidden_in(&out.stderr).is_empty(),
            "{format} printed control characters {:?}:\n{}",
            hidden_in(&out.stdout),
            out.snapshot()
        );
        // The file name, in a path or a code span.
        assert!(
            out.stdout.contains(&shown(FILE_NAME)),
            "{format}: the file name"
        );
        let texts: &[(&str, &str)] = if format == "csv" {
            &[("the name", NAME)]
        } else {
            // A plugin's message quoting the partner, and the waiver.
            &[
                ("the name", NAME),
                ("the partner", PARTNER),
                ("the reason", REASON),
                ("the approver", APPROVER),
            ]
        };
        for (what, text) in texts {
            let expected = match format {
                // Markdown also escapes its own markup characters (`\`, `[`, `]`).
                "markdown" => accord_render::markdown::escape_cell(text),
                _ => shown(text),
            };
            assert!(
                out.stdout.contains(&expected),
                "{format}: {what} should read {expected:?}:\n{}",
                out.stdout
            );
        }
    }
}

#[test]
fn the_summary_table_stays_aligned() {
    let dir = hostile_dir();
    let out = audit(dir.path(), &[FILE_NAME, "water.toml"], "text");
    let summary = &out.stdout[out.stdout.find("Summary:").expect("a summary")..];
    let lines: Vec<&str> = summary.lines().skip(1).collect();
    assert_eq!(lines.len(), 3, "a header and two rows:\n{summary}");
    let path_column = lines[0].find("PATH").expect("the PATH header");
    for row in &lines[1..] {
        // Every column before PATH has the same width in characters.
        let before: String = row.chars().take(path_column).collect();
        assert_eq!(before.chars().count(), path_column, "{row}");
        assert!(
            row.chars()
                .nth(path_column - 2)
                .is_some_and(|c| c == ' ' || c == '…'),
            "{summary}"
        );
    }
}

#[test]
fn json_and_sarif_keep_the_text_as_written() {
    let dir = hostile_dir();
    let out = audit(dir.path(), &[FILE_NAME], "json");
    assert!(
        !out.stdout.contains('\u{1b}'),
        "JSON escapes control characters"
    );
    let report: Value = serde_json::from_str(out.stdout.trim()).expect("one JSON report");
    assert_eq!(report["charter"]["name"], NAME);
    assert_eq!(report["charter"]["path"], FILE_NAME);
    let waived = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .find(|f| f["waiver"].is_object())
        .expect("the waived finding");
    assert_eq!(waived["waiver"]["reason"], REASON);
    assert_eq!(waived["waiver"]["approved_by"], APPROVER);
    assert!(
        report["findings"]
            .as_array()
            .expect("findings")
            .iter()
            .any(|f| f["message"].as_str().is_some_and(|m| m.contains(PARTNER))),
        "a plugin message quotes the partner as written"
    );

    let out = audit(dir.path(), &[FILE_NAME], "sarif");
    let doc: Value = serde_json::from_str(&out.stdout).expect("SARIF is JSON");
    let results = doc["runs"][0]["results"].as_array().expect("results");
    assert!(results.iter().any(|r| {
        r["message"]["text"]
            .as_str()
            .is_some_and(|m| m.contains(PARTNER))
    }));
    let suppressed = results
        .iter()
        .find(|r| r["suppressions"].is_array())
        .expect("the waived finding");
    assert_eq!(suppressed["suppressions"][0]["justification"], REASON);
}

#[test]
fn junit_writes_what_xml_cannot_hold_as_escapes() {
    let dir = hostile_dir();
    let out = audit(dir.path(), &[FILE_NAME], "junit");
    assert_eq!(out.code, 1);
    // XML 1.0 holds no C0 control but tab, line feed and carriage return.
    let illegal: Vec<char> = out
        .stdout
        .chars()
        .filter(|&c| (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    assert!(illegal.is_empty(), "{illegal:?}");
    assert!(
        out.stdout
            .contains("Lakou\\u{1b}[2J\\u{1b}]0;pwned\\u{7} Dlo&#13;\\u{8}X\u{202e}evil")
    );
    assert!(out.stdout.contains("name=\"charter\\u{1b}[2J"));
}

#[test]
fn cli_errors_and_validate_show_escapes() {
    let dir = hostile_dir();
    // A baseline that does not exist stops the run with an error naming it.
    let missing = "missing\u{1b}]0;title\u{7}\u{202e}.jsonl";
    let out = run_in(dir.path(), &["audit", "water.toml", "--baseline", missing]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(hidden_in(&out.stderr).is_empty(), "{}", out.stderr);
    assert!(
        out.stderr
            .contains("missing\\u{1b}]0;title\\u{7}\\u{202e}.jsonl"),
        "{}",
        out.stderr
    );

    std::fs::write(
        dir.path().join(FILE_NAME),
        "charter_version = \"\u{1b}[2J\"\n",
    )
    .expect("write");
    let out = run_in(dir.path(), &["validate", FILE_NAME]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        hidden_in(&out.stdout).is_empty() && hidden_in(&out.stderr).is_empty(),
        "{}",
        out.snapshot()
    );
    assert!(out.stdout.contains(&shown(FILE_NAME)), "{}", out.stdout);
    // The charter's line, with its escape, in the snippet.
    assert!(
        out.stdout.contains("charter_version = \"\\u{1b}[2J\""),
        "{}",
        out.stdout
    );
}

/// A Python that can import html5lib: `target/venv` (made by `.ci/run`), else `python3`.
fn python_with_html5lib() -> Option<PathBuf> {
    let venv = workspace_root().join("target/venv/bin/python");
    [venv, PathBuf::from("python3")].into_iter().find(|python| {
        Command::new(python)
            .args(["-c", "import html5lib"])
            .output()
            .is_ok_and(|o| o.status.success())
    })
}

#[test]
fn html_parses_without_errors_in_html5lib() {
    let Some(python) = python_with_html5lib() else {
        eprintln!(
            "skipping the html5lib check: no Python with html5lib (run .ci/run, or `python3 -m venv target/venv && target/venv/bin/pip install html5lib`)"
        );
        return;
    };
    let dir = hostile_dir();
    let examples = workspace_root().join("examples/charters");
    let invalid = workspace_root().join("tests/fixtures/invalid/several-errors.toml");
    let (examples, invalid) = (
        examples.display().to_string(),
        invalid.display().to_string(),
    );
    for (label, paths) in [
        ("hostile", [FILE_NAME, "water.toml"]),
        ("examples", [examples.as_str(), invalid.as_str()]),
    ] {
        let page = dir.path().join(format!("{label}.html"));
        let page_arg = page.display().to_string();
        let mut args = paths.to_vec();
        args.extend_from_slice(&["--output", &page_arg]);
        let out = audit(dir.path(), &args, "html");
        assert!(matches!(out.code, 1 | 2), "{}", out.snapshot());
        let script = "import sys, html5lib\n\
                      p = html5lib.HTMLParser(strict=False)\n\
                      p.parse(open(sys.argv[1], 'rb').read().decode('utf-8'))\n\
                      for pos, code, data in p.errors: print(pos, code, data)\n";
        let parsed = Command::new(&python)
            .args(["-c", script])
            .arg(&page)
            .output()
            .expect("run python");
        assert!(
            parsed.status.success(),
            "{}",
            String::from_utf8_lossy(&parsed.stderr)
        );
        let errors = String::from_utf8_lossy(&parsed.stdout);
        assert!(
            errors.trim().is_empty(),
            "html5lib found parse errors in the {label} page:\n{errors}"
        );
    }
}

/// CSV cells that a spreadsheet would run as formulas start with `'`; numbers stay numbers.
#[test]
fn csv_cells_cannot_start_formulas() {
    let dir = temp_dir("csv-formula");
    // The baseline: the Lakou charter at 100. The audited charter shares its id, so it is
    // compared with it and its score falls.
    let baseline = run_in(
        &workspace_root(),
        &[
            "audit",
            "examples/charters/rebuild-haiti.toml",
            "--today",
            TODAY,
            "--format",
            "json",
        ],
    );
    std::fs::write(dir.path().join("base.jsonl"), &baseline.stdout).expect("write");
    let hostile = std::fs::read_to_string(workspace_root().join(FIXTURE)).expect("the fixture");
    let formula = "=HYPERLINK(\"https://evil.example\",\"Click\")";
    let name_line = hostile
        .lines()
        .find(|l| l.starts_with("name = \"Lakou"))
        .expect("the name");
    let text = hostile
        .replace("id = \"hostile\"", "id = \"lakou-rebuild\"")
        .replacen(
            name_line,
            &format!("name = {}", serde_json::to_string(formula).expect("JSON")),
            1,
        );
    std::fs::write(dir.path().join("@lakou.toml"), text).expect("write");
    let out = run_in(
        dir.path(),
        &[
            "audit",
            "@lakou.toml",
            "--today",
            TODAY,
            "--format",
            "csv",
            "--baseline",
            "base.jsonl",
        ],
    );
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let mut reader = csv::ReaderBuilder::new().from_reader(out.stdout.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(str::to_owned)
        .collect();
    let row = reader.records().next().expect("one row").expect("a record");
    let cell = |name: &str| &row[header.iter().position(|h| h == name).expect(name)];
    assert_eq!(cell("path"), "'@lakou.toml");
    assert_eq!(cell("name"), format!("'{formula}"));
    // Numbers stay numbers: the score, the counts, and a negative score change.
    assert!(cell("score").parse::<f64>().is_ok_and(|s| s < 100.0));
    assert!(cell("errors").parse::<u32>().is_ok());
    let change: f64 = cell("score_change").parse().expect("a number");
    assert!(change < 0.0, "{}", out.stdout);
    assert!(cell("score_change").starts_with('-'));
}

/// Markdown: two charters with the same name get distinct headings (the path is part of the
/// heading), and a backtick in a file name or a name opens no code span.
#[test]
fn markdown_headings_are_distinct_and_backticks_stay_in_their_span() {
    let dir = temp_dir("markdown-names");
    let example =
        std::fs::read_to_string(workspace_root().join("examples/charters/water-programme.toml"))
            .expect("an example");
    let name_line = example
        .lines()
        .find(|l| l.starts_with("name = "))
        .expect("the name");
    let ticked = example.replacen(name_line, "name = \"Chikwawa `Boreholes\"", 1);
    for file in ["a.toml", "b`c.toml"] {
        std::fs::write(dir.path().join(file), &ticked).expect("write");
    }
    let out = audit(dir.path(), &["a.toml", "b`c.toml"], "markdown");
    let headings: Vec<&str> = out
        .stdout
        .lines()
        .filter(|l| l.starts_with("## "))
        .collect();
    assert_eq!(
        headings,
        [
            "## Chikwawa \\`Boreholes · `a.toml`",
            "## Chikwawa \\`Boreholes · ``b`c.toml``",
            "## Summary"
        ],
        "{}",
        out.stdout
    );
    // The summary table's path cell fences the backtick the same way.
    assert!(out.stdout.contains("| ``b`c.toml`` |"), "{}", out.stdout);
}
