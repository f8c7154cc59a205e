//! The batch report formats end to end: `accord audit --format csv|sarif|html|junit` on the
//! example charters, an invalid charter and charters whose text needs quoting or escaping
//! (`tests/fixtures/formats/`).
//!
//! - CSV: snapshot, RFC 4180 records of 11 fields, LF line ends, the same whatever `--jobs`.
//! - SARIF: snapshot (rule descriptors reduced to their ids, one shown in full), validated
//!   against the official SARIF 2.1.0 schema (`../shared/testdata/sarif/`, skipped with a
//!   message when absent); waivers as suppressions unless report-only; plugin failures.
//! - JUnit: snapshot and a well-formedness check.
//! - HTML: structure (balanced elements, headings, table headers, links to sections) and
//!   escaping, and a real browser: headless Chromium renders the page and the dumped DOM shows
//!   the grades, scores and findings (skipped with a message where `chromium` is missing).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use accord_render::html::anchor;
use serde_json::Value;

use crate::util::{Output, c_plugin, insta_settings, run, temp_dir, workspace_root};

const TODAY: &str = "2026-11-27";
const EXAMPLES: &str = "examples/charters/";
const INVALID: &str = "tests/fixtures/invalid/several-errors.toml";
const QUOTING: &str = "tests/fixtures/formats/quoting.toml";
const ESCAPING: &str = "tests/fixtures/formats/escaping.toml";
const WAIVERS: &str = "tests/fixtures/audit/waivers.toml";

/// `accord audit PATHS… --today TODAY --format FORMAT EXTRA…`.
fn audit(paths: &[&str], format: &str, extra: &[&str]) -> Output {
    let mut args = vec!["audit"];
    args.extend_from_slice(paths);
    args.extend_from_slice(&["--today", TODAY, "--format", format]);
    args.extend_from_slice(extra);
    let out = run(&args);
    assert!(!out.crashed(), "{}", out.snapshot());
    out
}

/// The C plugin of the test suite that always reports an error status.
fn failing_plugin() -> String {
    c_plugin("err-status").display().to_string()
}

// ---------------------------------------------------------------------------------------------
// CSV

/// Parses RFC 4180 CSV (LF or CRLF record ends) into records of fields.
fn parse_csv(text: &str) -> Result<Vec<Vec<String>>, String> {
    let mut records = Vec::new();
    let mut record = Vec::new();
    let mut field = String::new();
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut at_start = true;
    while let Some(c) = chars.next() {
        if quoted {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => {
                    quoted = false;
                    if !matches!(chars.peek(), None | Some(',') | Some('\n') | Some('\r')) {
                        return Err(format!("text after a closing quote in {field:?}"));
                    }
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if at_start => {
                quoted = true;
                at_start = false;
            }
            '"' => return Err(format!("a quote inside an unquoted field {field:?}")),
            ',' => {
                record.push(std::mem::take(&mut field));
                at_start = true;
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' => {
                record.push(std::mem::take(&mut field));
                records.push(std::mem::take(&mut record));
                at_start = true;
            }
            _ => {
                field.push(c);
                at_start = false;
            }
        }
    }
    if quoted {
        return Err("an unterminated quoted field".into());
    }
    if !field.is_empty() || !record.is_empty() {
        return Err("the last record has no line end".into());
    }
    Ok(records)
}

#[test]
fn csv_batch_quotes_fields_and_counts_findings() {
    let out = audit(&[EXAMPLES, "tests/fixtures/formats/", INVALID], "csv", &[]);
    assert_eq!(out.code, 2, "an invalid charter makes the run exit 2");
    assert!(!out.stdout.contains('\r'), "LF line ends only");
    let records = parse_csv(&out.stdout).unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout));
    assert_eq!(
        records[0],
        [
            "path", "id", "name", "status", "verdict", "score", "grade", "errors", "warnings",
            "infos", "waived"
        ]
    );
    assert_eq!(
        records.len(),
        1 + 4 + 2 + 1,
        "a header and one row per charter"
    );
    for r in &records {
        assert_eq!(r.len(), 11, "{r:?}");
    }
    let quoting = records
        .iter()
        .find(|r| r[0] == QUOTING)
        .expect("the quoting fixture's row");
    assert_eq!(quoting[2], r#"Water, "Sanitation" & Hygiene"#);
    assert_eq!(quoting[10], "1", "one waived finding");
    let invalid = records
        .iter()
        .find(|r| r[0] == INVALID)
        .expect("the invalid row");
    assert_eq!(&invalid[3..7], ["invalid", "invalid", "", ""]);
    assert_eq!(
        invalid[7], "5",
        "an invalid charter counts its validation errors"
    );
    insta_settings().bind(|| insta::assert_snapshot!("csv_batch", out.snapshot()));
}

#[test]
fn csv_rows_come_in_path_order_whatever_the_jobs() {
    let one = audit(
        &[EXAMPLES, "tests/fixtures/formats/"],
        "csv",
        &["--jobs", "1"],
    );
    let four = audit(
        &[EXAMPLES, "tests/fixtures/formats/"],
        "csv",
        &["--jobs", "4"],
    );
    assert_eq!(one, four);
    let paths: Vec<&str> = one
        .stdout
        .lines()
        .skip(1)
        .map(|l| l.split(',').next().unwrap_or_default())
        .collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
}

// ---------------------------------------------------------------------------------------------
// SARIF

/// The official SARIF 2.1.0 schema (draft-04), compiled once; `None` when the file is absent.
fn sarif_schema() -> Option<&'static jsonschema::Validator> {
    static SCHEMA: OnceLock<Option<jsonschema::Validator>> = OnceLock::new();
    SCHEMA
        .get_or_init(|| {
            let path = workspace_root().join("../shared/testdata/sarif/sarif-schema-2.1.0.json");
            let Ok(text) = std::fs::read_to_string(&path) else {
                eprintln!(
                    "skipping SARIF schema validation: {} is absent",
                    path.display()
                );
                return None;
            };
            let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
            let validator = jsonschema::draft4::options()
                .should_validate_formats(true)
                .build(&schema)
                .unwrap_or_else(|e| panic!("the SARIF schema does not compile: {e}"));
            Some(validator)
        })
        .as_ref()
}

/// Parses SARIF output and validates it against the schema (when present).
fn sarif(out: &Output) -> Value {
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("SARIF output is not JSON ({e}):\n{}", out.stdout));
    if let Some(schema) = sarif_schema() {
        let errors: Vec<String> = schema
            .iter_errors(&doc)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
    }
    doc
}

fn results(doc: &Value) -> &Vec<Value> {
    doc["runs"][0]["results"].as_array().expect("results")
}

#[test]
fn sarif_batch_is_valid_and_locates_every_finding() {
    let out = audit(
        &[EXAMPLES, ESCAPING, QUOTING, WAIVERS, INVALID],
        "sarif",
        &[],
    );
    assert_eq!(out.code, 2);
    let doc = sarif(&out);
    if let Some(schema) = sarif_schema() {
        // The schema does reject what is not SARIF 2.1.0.
        let mut wrong = doc.clone();
        wrong["version"] = Value::String("2.0.0".into());
        assert!(!schema.is_valid(&wrong));
        wrong = doc.clone();
        wrong["runs"][0]["results"][0]["level"] = Value::String("fatal".into());
        assert!(!schema.is_valid(&wrong));
    }
    let run = &doc["runs"][0];
    assert_eq!(doc["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints");
    let rules = run["tool"]["driver"]["rules"].as_array().expect("rules");
    for result in results(&doc) {
        let index = result["ruleIndex"]
            .as_u64()
            .expect("every result has a rule index");
        assert_eq!(rules[index as usize]["id"], result["ruleId"]);
        let uri = &result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"];
        assert!(
            uri.as_str().is_some_and(|u| !u.starts_with('/')),
            "relative uri: {result}"
        );
    }
    // Every finding of the JSON report is a result, with its fingerprint, line and column.
    let json = audit(
        &[EXAMPLES, ESCAPING, QUOTING, WAIVERS, INVALID],
        "json",
        &[],
    );
    let mut expected = Vec::new();
    for line in json.stdout.lines() {
        let report: Value = serde_json::from_str(line).expect("JSON Lines");
        for f in report["findings"].as_array().into_iter().flatten() {
            expected.push((
                f["rule"].clone(),
                f["fingerprint"].clone(),
                f["line"].clone(),
                f["column"].clone(),
            ));
        }
    }
    // Every result has a fingerprint; those of findings are the report's.
    assert!(
        results(&doc)
            .iter()
            .all(|r| r["partialFingerprints"]["accordFingerprint/v1"].is_string())
    );
    let found: Vec<_> = results(&doc)
        .iter()
        .filter(|r| {
            r["ruleId"] != "accord.invalid-charter" && r["ruleId"] != "accord.plugin-failure"
        })
        .map(|r| {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            (
                r["ruleId"].clone(),
                r["partialFingerprints"]["accordFingerprint/v1"].clone(),
                region["startLine"].clone(),
                region["startColumn"].clone(),
            )
        })
        .collect();
    assert_eq!(found, expected);
    let invalid: Vec<&Value> = results(&doc)
        .iter()
        .filter(|r| r["ruleId"] == "accord.invalid-charter")
        .collect();
    assert_eq!(invalid.len(), 5, "one result per validation error");
    assert!(invalid.iter().all(|r| r["level"] == "error"));
}

/// The snapshot: the document with each rule descriptor reduced to its id and level, and two
/// descriptors in full.
#[test]
fn sarif_snapshot() {
    let out = audit(&[ESCAPING, WAIVERS, INVALID], "sarif", &[]);
    let mut doc = sarif(&out);
    let rules = doc["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .expect("rules")
        .clone();
    let full: Vec<&Value> = rules
        .iter()
        .filter(|r| r["id"] == "exit.strategy" || r["id"] == "accord.invalid-charter")
        .collect();
    assert_eq!(full.len(), 2);
    doc["runs"][0]["tool"]["driver"]["rules"] = rules
        .iter()
        .map(|r| {
            Value::String(format!(
                "{} ({})",
                r["id"].as_str().unwrap_or_default(),
                r["defaultConfiguration"]["level"]
                    .as_str()
                    .unwrap_or_default()
            ))
        })
        .collect();
    doc["runs"][0]["properties"]["profileSha256"] = Value::String("[sha256]".into());
    let shown = format!(
        "exit: {}\n--- document (rules reduced) ---\n{}\n--- two rules in full ---\n{}\n",
        out.code,
        serde_json::to_string_pretty(&doc).expect("JSON"),
        serde_json::to_string_pretty(&full).expect("JSON")
    );
    insta_settings().bind(|| insta::assert_snapshot!("sarif", shown));
}

#[test]
fn sarif_suppresses_waived_findings_unless_report_only() {
    let honour = sarif(&audit(&[WAIVERS], "sarif", &[]));
    let suppressed: Vec<&Value> = results(&honour)
        .iter()
        .filter(|r| r.get("suppressions").is_some())
        .collect();
    assert_eq!(suppressed.len(), 1, "the waiver that applies on {TODAY}");
    assert_eq!(suppressed[0]["ruleId"], "transparency.independent-audit");
    assert_eq!(suppressed[0]["suppressions"][0]["kind"], "inSource");
    assert_eq!(
        suppressed[0]["suppressions"][0]["justification"],
        "The national audit office audits the upazila's accounts; the partners agreed to rely on it."
    );

    let report_only = sarif(&audit(
        &[WAIVERS],
        "sarif",
        &["--profile", "funder-screening"],
    ));
    assert!(
        results(&report_only)
            .iter()
            .all(|r| r.get("suppressions").is_none()),
        "report-only waivers suppress nothing"
    );
    let waived = results(&report_only)
        .iter()
        .find(|r| r["ruleId"] == "transparency.independent-audit")
        .expect("the waived finding is still a result");
    assert_eq!(
        waived["properties"]["waiver"]["approved_by"],
        "Steering committee, 12 March 2018"
    );
}

#[test]
fn sarif_and_junit_report_plugin_failures() {
    let plugin = failing_plugin();
    let args = ["--plugin", plugin.as_str()];
    let out = audit(&["examples/charters/rebuild-haiti.toml"], "sarif", &args);
    assert_eq!(out.code, 2);
    let doc = sarif(&out);
    let failures: Vec<&Value> = results(&doc)
        .iter()
        .filter(|r| r["ruleId"] == "accord.plugin-failure")
        .collect();
    assert_eq!(failures.len(), 1, "{doc:#}");
    assert_eq!(failures[0]["level"], "error");
    assert!(
        failures[0]["message"]["text"]
            .as_str()
            .is_some_and(|m| m.contains("err-status") && m.contains("database unavailable"))
    );
    // A charter that could not be audited: the run did not succeed.
    assert_eq!(
        doc["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );

    let out = audit(&["examples/charters/rebuild-haiti.toml"], "junit", &args);
    assert_eq!(out.code, 2);
    check_markup(&out.stdout, &[]).unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout));
    assert!(out.stdout.contains("errors=\"1\""));
    assert!(out.stdout.contains(
        "<error type=\"error\" message=\"Lakou Rebuild Consortium: not scored, plugin failed: err-status\">"
    ));
}

// ---------------------------------------------------------------------------------------------
// Markup checks shared by JUnit (XML) and HTML

/// A light well-formedness check: every element closed in order (except `void` ones), quoted
/// attributes, no raw `<` in text or attributes, only known entities. Returns the element
/// names in document order.
fn check_markup(text: &str, void: &[&str]) -> Result<Vec<String>, String> {
    let mut stack: Vec<String> = Vec::new();
    let mut names = Vec::new();
    let mut rest = text;
    let mut raw_text_until: Option<String> = None;
    while let Some(lt) = rest.find('<') {
        let (before, after) = rest.split_at(lt);
        if let Some(end) = &raw_text_until {
            // Inside <style>: only the end tag matters.
            let close = format!("</{end}>");
            let at = rest
                .find(&close)
                .ok_or_else(|| format!("<{end}> is never closed"))?;
            rest = &rest[at..];
            raw_text_until = None;
            continue;
        }
        check_text(before)?;
        if let Some(body) = after.strip_prefix("<!--") {
            let end = body.find("-->").ok_or("an unterminated comment")?;
            rest = &body[end + 3..];
            continue;
        }
        if let Some(body) = after.strip_prefix("<?") {
            let end = body.find("?>").ok_or("an unterminated declaration")?;
            rest = &body[end + 2..];
            continue;
        }
        if after.starts_with("<!DOCTYPE") || after.starts_with("<!doctype") {
            let end = after.find('>').ok_or("an unterminated doctype")?;
            rest = &after[end + 1..];
            continue;
        }
        let end = after
            .find('>')
            .ok_or_else(|| format!("an unterminated tag: {}", &after[..after.len().min(40)]))?;
        let tag = &after[1..end];
        rest = &after[end + 1..];
        if let Some(name) = tag.strip_prefix('/') {
            let open = stack
                .pop()
                .ok_or_else(|| format!("</{name}> closes nothing"))?;
            if open != name.trim() {
                return Err(format!("</{name}> closes <{open}>"));
            }
            continue;
        }
        let self_closing = tag.ends_with('/');
        let tag = tag.trim_end_matches('/');
        let name_end = tag.find(char::is_whitespace).unwrap_or(tag.len());
        let name = &tag[..name_end];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            return Err(format!("a bad element name in <{tag}>"));
        }
        check_attributes(&tag[name_end..]).map_err(|e| format!("<{name}>: {e}"))?;
        names.push(name.to_owned());
        if !self_closing && !void.contains(&name) {
            stack.push(name.to_owned());
            if name == "style" || name == "script" {
                raw_text_until = Some(name.to_owned());
            }
        }
    }
    check_text(rest)?;
    if let Some(open) = stack.pop() {
        return Err(format!("<{open}> is never closed"));
    }
    Ok(names)
}

fn check_attributes(mut attrs: &str) -> Result<(), String> {
    loop {
        attrs = attrs.trim_start();
        if attrs.is_empty() {
            return Ok(());
        }
        let eq = attrs
            .find('=')
            .ok_or_else(|| format!("no value in {attrs}"))?;
        let name = &attrs[..eq];
        if !name
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ':')
        {
            return Err(format!("a bad attribute name {name:?}"));
        }
        let value = attrs[eq + 1..]
            .strip_prefix('"')
            .ok_or_else(|| format!("attribute {name} is not double-quoted"))?;
        let end = value
            .find('"')
            .ok_or_else(|| format!("attribute {name} is unterminated"))?;
        check_text(&value[..end])?;
        attrs = &value[end + 1..];
    }
}

fn check_text(text: &str) -> Result<(), String> {
    if text.contains('<') {
        return Err(format!("a raw < in {text:?}"));
    }
    let mut rest = text;
    while let Some(amp) = rest.find('&') {
        let entity = &rest[amp + 1..];
        let end = entity
            .find(';')
            .ok_or_else(|| format!("a raw & in {text:?}"))?;
        let name = &entity[..end];
        let known = matches!(name, "amp" | "lt" | "gt" | "quot" | "apos")
            || name
                .strip_prefix('#')
                .is_some_and(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()));
        if !known {
            return Err(format!("an unknown entity &{name}; in {text:?}"));
        }
        rest = &entity[end + 1..];
    }
    Ok(())
}

#[test]
fn the_markup_check_catches_mistakes() {
    assert!(check_markup("<a><b/></a>", &[]).is_ok());
    assert!(check_markup("<a><b></a>", &[]).is_err());
    assert!(check_markup("<a>x < y</a>", &[]).is_err());
    assert!(check_markup("<a>Tom & Jerry</a>", &[]).is_err());
    assert!(check_markup("<a t='x'></a>", &[]).is_err());
    assert!(check_markup("<a>&amp;&#39;</a>", &[]).is_ok());
    assert!(check_markup("<p><br></p>", &["br"]).is_ok());
}

// ---------------------------------------------------------------------------------------------
// JUnit

#[test]
fn junit_batch_is_well_formed() {
    let out = audit(&[EXAMPLES, ESCAPING, INVALID], "junit", &[]);
    assert_eq!(out.code, 2);
    let names = check_markup(&out.stdout, &[]).unwrap_or_else(|e| panic!("{e}:\n{}", out.stdout));
    assert_eq!(names.iter().filter(|n| *n == "testcase").count(), 6);
    assert_eq!(names.iter().filter(|n| *n == "failure").count(), 2);
    assert_eq!(names.iter().filter(|n| *n == "error").count(), 1);
    assert!(out.stdout.contains(
        "<testsuite name=\"accord\" tests=\"6\" failures=\"2\" errors=\"1\" skipped=\"0\">"
    ));
    assert!(!out.stdout.contains("<script>") && !out.stdout.contains("<b>"));
    assert!(
        out.stdout
            .contains("message=\"&lt;script&gt;alert(1)&lt;/script&gt;: verdict fail")
    );
    assert!(out.stdout.contains("&lt;b&gt;Aqua&lt;/b&gt; &amp; Fund"));
    insta_settings().bind(|| insta::assert_snapshot!("junit_batch", out.snapshot()));
}

// ---------------------------------------------------------------------------------------------
// HTML

const HTML_VOID: &[&str] = &["meta", "br", "wbr", "hr", "img", "link", "input"];

/// Checks the structure every HTML report has; returns its element names.
fn check_html(html: &str) -> Vec<String> {
    let names = check_markup(html, HTML_VOID).unwrap_or_else(|e| panic!("{e}:\n{html}"));
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
    assert!(html.contains("<meta charset=\"utf-8\">"));
    for tag in [
        "html", "head", "title", "style", "body", "header", "main", "footer", "h1",
    ] {
        assert_eq!(
            names.iter().filter(|n| *n == tag).count(),
            1,
            "one <{tag}> element"
        );
    }
    // Self-contained: no scripts, no external resources.
    assert!(
        !names
            .iter()
            .any(|n| n == "script" || n == "link" || n == "img")
    );
    assert!(!html.contains("src=") && !html.contains("url("));
    assert!(!html.contains("href=\"http") && !html.contains("@import"));
    assert!(html.contains("@media print"));
    // Every table has a caption and column headers.
    let tables = names.iter().filter(|n| *n == "table").count();
    assert_eq!(names.iter().filter(|n| *n == "caption").count(), tables);
    assert!(html.matches("<th scope=\"col\"").count() >= tables);
    // Every in-page link has its target.
    for part in html.split("href=\"#").skip(1) {
        let target = &part[..part.find('"').expect("a closed href")];
        assert!(
            html.contains(&format!("id=\"{target}\"")),
            "link to a missing #{target}"
        );
    }
    names
}

#[test]
fn html_batch_ranks_and_links_every_charter() {
    let out = audit(&[EXAMPLES, INVALID], "html", &[]);
    assert_eq!(out.code, 2);
    let html = &out.stdout;
    let names = check_html(html);
    assert_eq!(names.iter().filter(|n| *n == "section").count(), 1 + 5);
    assert!(html.contains("<h2 id=\"summary\">Summary</h2>"));
    assert!(html.contains("5 charters: <strong>3</strong> pass, <strong>1</strong> fail, <strong>1</strong> invalid, <strong>0</strong> error."));
    // The ranking: by score, the invalid charter last; each row links to its section, whose
    // anchor comes from the charter's path, and the sections follow in the ranking's order.
    let ranked: Vec<&str> = html
        .split("<tr><td class=\"num\">")
        .skip(1)
        .map(|row| {
            let at = row.find("href=\"#").expect("a link") + 7;
            &row[at..at + row[at..].find('"').expect("closed")]
        })
        .collect();
    let order = [
        "examples/charters/rebuild-haiti.toml",
        "examples/charters/school-meals.json",
        "examples/charters/clinic-venture.toml",
        "examples/charters/water-programme.toml",
        INVALID,
    ];
    let anchors: Vec<String> = order.iter().map(|p| anchor(p)).collect();
    assert_eq!(ranked, anchors);
    let mut last = 0;
    for (anchor, path) in anchors.iter().zip(order) {
        let at = html
            .find(&format!("<section class=\"charter\" id=\"{anchor}\""))
            .expect("the section");
        assert!(at > last, "sections follow the ranking: {path}");
        last = at;
        let section = &html[at..];
        let section = &section[..section.find("</section>").expect("closed")];
        assert!(section.contains(&format!("<code>{path}</code>")), "{path}");
    }
    for text in [
        "<strong>Grade A</strong>, overall score <strong>100.0</strong> / 100",
        "<strong>Grade F</strong>, overall score <strong>27.7</strong> / 100",
        "Verdict: FAIL",
        "Verdict: INVALID",
        "<caption>Score by category</caption>",
        "<code class=\"rule\">transparency.independent-audit</code>",
        "<pre class=\"snippet\">",
    ] {
        assert!(html.contains(text), "missing {text}");
    }
    assert!(html.contains(&format!(
        "<h3 id=\"{}-errors\">Validation errors</h3>",
        anchor(INVALID)
    )));
}

#[test]
fn html_escapes_charter_text() {
    let out = audit(&[ESCAPING, QUOTING], "html", &[]);
    assert_eq!(out.code, 1);
    let html = &out.stdout;
    let names = check_html(html);
    assert!(!names.iter().any(|n| n == "script" || n == "b"));
    assert!(!html.contains("<script") && !html.contains("<b>"));
    assert!(html.contains(&format!(
        "<h2 id=\"{}-title\">&lt;script&gt;alert(1)&lt;/script&gt;</h2>",
        anchor(ESCAPING)
    )));
    assert!(
        html.contains("&lt;b&gt;Aqua&lt;/b&gt; &amp; Fund (<code>aquafund</code>) has committed")
    );
    assert!(html.contains("Water, &quot;Sanitation&quot; &amp; Hygiene"));
    // The waiver reason, with its quotes, intact.
    assert!(html.contains(
        "The &quot;open data&quot; standard is chosen in year two,\nonce the committees agree."
    ));
}

#[test]
fn html_for_one_charter_has_no_summary() {
    let out = audit(&["examples/charters/clinic-venture.toml"], "html", &[]);
    assert_eq!(out.code, 0);
    let names = check_html(&out.stdout);
    assert_eq!(names.iter().filter(|n| *n == "section").count(), 1);
    assert!(
        out.stdout
            .contains("<title>Partnership audit: Afya Karibu Clinics</title>")
    );
    assert!(!out.stdout.contains("id=\"summary\""));
}

#[test]
fn html_output_file_matches_stdout() {
    let dir = temp_dir("html-output");
    let file = dir.path().join("report.html");
    let file_arg = file.display().to_string();
    let to_file = audit(&[EXAMPLES], "html", &["--output", &file_arg]);
    assert_eq!(to_file.stdout, "");
    let written = std::fs::read_to_string(&file).expect("the report file");
    assert_eq!(written, audit(&[EXAMPLES], "html", &[]).stdout);
}

/// `chromium`, when installed.
fn chromium() -> Option<PathBuf> {
    let out = Command::new("which").arg("chromium").output().ok()?;
    let path = String::from_utf8(out.stdout).ok()?;
    let path = path.trim();
    (out.status.success() && !path.is_empty()).then(|| PathBuf::from(path))
}

/// Renders `page` in headless Chromium and returns the DOM it built.
fn dump_dom(chromium: &Path, page: &Path) -> String {
    let profile = temp_dir("chromium-profile");
    let mut child = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--no-first-run",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg("--dump-dom")
        .arg(format!("file://{}", page.display()))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| panic!("could not start {}: {e}", chromium.display()));
    let reader = {
        let mut stdout = child.stdout.take().expect("piped stdout");
        std::thread::spawn(move || {
            let mut text = String::new();
            std::io::Read::read_to_string(&mut stdout, &mut text).map(|_| text)
        })
    };
    if crate::util::wait_within(&mut child, Duration::from_secs(120)).is_err() {
        panic!("chromium did not finish rendering {}", page.display());
    }
    reader
        .join()
        .expect("the reader thread")
        .expect("chromium printed UTF-8")
}

#[test]
fn html_renders_in_a_real_browser() {
    let Some(chromium) = chromium() else {
        eprintln!(
            "skipping the browser test: `chromium` is not installed (apt-get install chromium)"
        );
        return;
    };
    let dir = temp_dir("html-browser");
    let page = dir.path().join("report.html");
    let page_arg = page.display().to_string();
    let out = audit(
        &[EXAMPLES, ESCAPING, INVALID],
        "html",
        &["--output", &page_arg],
    );
    assert_eq!(out.code, 2);
    let dom = dump_dom(&chromium, &page);
    assert!(dom.contains("<html lang=\"en\">"), "{dom}");
    for text in [
        "Grade A",
        "Grade B",
        "Grade F",
        "100.0",
        "85.7",
        "27.7",
        "Verdict: PASS",
        "Verdict: FAIL",
        "Verdict: INVALID",
        "transparency.independent-audit",
        "collaboration.benchmarks-measurable",
        "Line 206, column 1",
        "<mark>[[goals.benchmarks]]</mark>",
        "Score by category",
        &format!("href=\"#{}\"", anchor(ESCAPING)),
        &format!("id=\"{}\"", anchor(INVALID)),
        // The hostile name, as text.
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&lt;b&gt;Aqua&lt;/b&gt; &amp; Fund",
    ] {
        assert!(
            dom.contains(text),
            "the rendered page lacks {text:?}:\n{dom}"
        );
    }
    // The browser's own parse: no script element and no <b> came from the charter text.
    assert!(!dom.contains("<script"), "{dom}");
    assert!(!dom.contains("<b>"), "{dom}");
    assert_eq!(
        dom.matches("<section class=\"charter\"").count(),
        6,
        "every charter has its section after parsing"
    );
    let written = std::fs::read_to_string(&page).expect("the report file");
    assert_eq!(
        dom.matches("<article class=\"finding").count(),
        written.matches("<article class=\"finding").count(),
        "every finding survives the browser's parse"
    );
}
