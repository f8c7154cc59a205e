//! `accord init`'s starter, end to end: it validates, its audit fails with the partner's to-do
//! list, its texts are all `TODO:`, and with every commented-out example uncommented it is a
//! valid charter that passes every rule. (validate.rs checks that `init` never overwrites.)

use std::collections::BTreeSet;
use std::path::Path;

use crate::util::{Output, plugin_dir, run_in, temp_dir};
use accord_core::load::{Format, Limits, parse_text};
use accord_core::validate::CHARTER_SCHEMA;
use serde_json::Value;

/// The languages the starter is written in.
const LANGS: [&str; 3] = ["en", "fr", "es"];

/// `accord init FILE` in a fresh directory: the directory and the file's text.
fn init(file: &str) -> (tempfile::TempDir, String) {
    init_in("en", file)
}

/// `accord --lang LANG init FILE` in a fresh directory: the directory and the file's text.
fn init_in(lang: &str, file: &str) -> (tempfile::TempDir, String) {
    let dir = temp_dir("init");
    let out = run_in(dir.path(), &["--lang", lang, "init", file]);
    assert!(!out.crashed(), "{}", out.snapshot());
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stderr.contains(&format!("`accord audit {file}`")),
        "init says what to run next:\n{}",
        out.stderr
    );
    let text = std::fs::read_to_string(dir.path().join(file)).unwrap();
    (dir, text)
}

/// `accord audit --format json FILE` in `dir` with the built plugins.
fn audit(dir: &Path, file: &str) -> (Output, Value) {
    let plugins = plugin_dir();
    let out = run_in(
        dir,
        &[
            "audit",
            "--no-config",
            "--today",
            "2026-06-01",
            "--plugin-dir",
            plugins.to_str().unwrap(),
            "--format",
            "json",
            file,
        ],
    );
    assert!(!out.crashed(), "{}", out.snapshot());
    let report = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON lines"))
        .find(|v| v["type"] == "report")
        .unwrap_or_else(|| panic!("no report:\n{}", out.snapshot()));
    (out, report)
}

/// The starter with every commented-out example uncommented: each line that is `# ` and then a
/// table header or a `key = value` loses its `# `; the explanations stay comments.
fn uncomment(text: &str) -> String {
    text.lines()
        .map(|line| match line.strip_prefix("# ") {
            Some(rest) if is_toml(rest) => rest,
            _ => line,
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

fn is_toml(line: &str) -> bool {
    let key_end = line
        .find(|c: char| !(c.is_ascii_lowercase() || c == '_'))
        .unwrap_or(line.len());
    line.starts_with('[') || (key_end > 0 && line[key_end..].starts_with(" = "))
}

/// Every text of the charter (a value the schema defines as `$defs/text`), with its path.
fn texts(charter: &Value) -> Vec<(String, String)> {
    fn walk(
        schema: &Value,
        node: &Value,
        value: &Value,
        at: String,
        out: &mut Vec<(String, String)>,
    ) {
        if node["$ref"] == "#/$defs/text" {
            if let Some(text) = value.as_str() {
                out.push((at, text.to_owned()));
            }
            return;
        }
        let node = match node["$ref"].as_str() {
            Some(r) => schema
                .pointer(r.trim_start_matches('#'))
                .expect("a $ref target"),
            None => node,
        };
        match value {
            Value::Object(map) => {
                for (key, child) in map {
                    if let Some(property) = node["properties"].get(key) {
                        walk(schema, property, child, format!("{at}/{key}"), out);
                    }
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    walk(schema, &node["items"], child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }
    let schema: Value = serde_json::from_str(CHARTER_SCHEMA).unwrap();
    let mut out = Vec::new();
    walk(&schema, &schema, charter, String::new(), &mut out);
    out
}

fn parse(text: &str) -> Value {
    parse_text(text, Format::Toml, &Limits::default())
        .unwrap_or_else(|d| panic!("the starter does not parse: {d:?}"))
        .value
}

#[test]
fn the_starter_validates_and_its_audit_fails_with_a_to_do_list() {
    let (dir, text) = init("my-partnership.toml");
    let out = run_in(dir.path(), &["validate", "my-partnership.toml"]);
    assert_eq!(
        out.code,
        0,
        "the starter must validate:\n{}",
        out.snapshot()
    );

    let (out, report) = audit(dir.path(), "my-partnership.toml");
    assert_eq!(
        out.code,
        1,
        "a fresh starter fails its audit:\n{}",
        out.snapshot()
    );
    assert_eq!(report["status"], "audited");
    assert_eq!(report["verdict"], "fail");
    assert_eq!(report["plugin_failures"], serde_json::json!([]));
    let findings = report["findings"].as_array().unwrap();
    let categories: BTreeSet<&str> = findings
        .iter()
        .map(|f| f["rule"].as_str().unwrap().split('.').next().unwrap())
        .collect();
    assert_eq!(
        categories,
        BTreeSet::from([
            "accountability",
            "collaboration",
            "exit",
            "humility",
            "transparency"
        ]),
        "the to-do list reaches every part of the charter"
    );
    assert!(findings.len() >= 30, "{} findings", findings.len());
    assert!(
        findings.iter().any(|f| f["severity"] == "error"),
        "errors make it fail whatever the profile's threshold"
    );

    // Only what the schema requires is filled in, and every text says TODO.
    let charter = parse(&text);
    let keys: Vec<&String> = charter.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["charter_version", "partnership", "partners"]);
    let texts = texts(&charter);
    assert!(texts.len() >= 4, "{texts:?}");
    for (at, text) in texts {
        assert!(text.starts_with("TODO:"), "{at} = {text:?}");
    }
}

/// The rule ids of a report's findings, in order.
fn rule_ids(report: &Value) -> Vec<String> {
    report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| f["rule"].as_str().expect("a rule id").to_owned())
        .collect()
}

#[test]
fn init_writes_the_starter_in_the_language_of_the_run() {
    let (dir, english) = init("my-partnership.toml");
    let (_, report) = audit(dir.path(), "my-partnership.toml");
    let english_rules = rule_ids(&report);
    for lang in ["fr", "es"] {
        let (dir, text) = init_in(lang, "my-partnership.toml");
        let wanted = accord_core::lang::Lang::from_tag(lang).expect("a language");
        assert_eq!(
            text,
            accord_core::starter::for_file("my-partnership.toml", wanted)
        );
        assert_ne!(text, english, "{lang}: the starter is translated");
        assert!(
            text.contains("\n#     accord audit my-partnership.toml\n"),
            "{text}"
        );

        // It validates, and its audit fails with exactly the English starter's findings.
        let out = run_in(dir.path(), &["validate", "my-partnership.toml"]);
        assert_eq!(out.code, 0, "{lang}: {}", out.snapshot());
        let (out, report) = audit(dir.path(), "my-partnership.toml");
        assert_eq!(out.code, 1, "{lang}: {}", out.snapshot());
        assert_eq!(report["verdict"], "fail");
        assert_eq!(rule_ids(&report), english_rules, "{lang}");
        let charter = parse(&text);
        for (at, text) in texts(&charter) {
            assert!(text.starts_with("TODO: "), "{lang}: {at} = {text:?}");
        }
    }
    // `lang` in accord.toml chooses it too.
    let dir = temp_dir("init");
    std::fs::write(dir.path().join("accord.toml"), "lang = \"es\"\n").unwrap();
    let out = run_in(dir.path(), &["init"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let text = std::fs::read_to_string(dir.path().join("charter.toml")).unwrap();
    assert!(text.contains("\n# --- Nuestra alianza ---"), "{text}");
}

#[test]
fn the_starter_with_its_examples_uncommented_passes_every_rule() {
    for lang in LANGS {
        starter_with_its_examples_uncommented_passes_every_rule(lang);
    }
}

fn starter_with_its_examples_uncommented_passes_every_rule(lang: &str) {
    let (dir, text) = init_in(lang, "charter.toml");
    let full = uncomment(&text);
    assert!(full.len() > text.len() / 2 && full != text);
    std::fs::write(dir.path().join("full.toml"), &full).unwrap();

    let out = run_in(dir.path(), &["validate", "full.toml"]);
    assert_eq!(
        out.code,
        0,
        "{lang}: the uncommented examples must validate:\n{}",
        out.snapshot()
    );
    let charter = parse(&full);
    for section in [
        "budget",
        "governance",
        "transparency",
        "listening",
        "context",
        "coordination",
        "goals",
        "exit",
        "waivers",
    ] {
        assert!(
            charter.get(section).is_some(),
            "{lang}: no example of [{section}]"
        );
    }
    // The examples hold no made-up text either.
    for (at, text) in texts(&charter) {
        assert!(text.starts_with("TODO:"), "{lang}: {at} = {text:?}");
    }

    // Everything the rules look for is among the examples: every scored rule passes. The one
    // finding is the example waiver's, which has nothing left to waive.
    let (out, report) = audit(dir.path(), "full.toml");
    assert_eq!(out.code, 0, "{lang}: {}", out.snapshot());
    assert_eq!(report["verdict"], "pass");
    assert_eq!(report["rules"]["failed"], 0, "{report:#}");
    assert_eq!(report["rules"]["not_applicable"], 0, "{report:#}");
    let rules: Vec<&str> = report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["waiver.unused"], "{lang}: {report:#}");
}

#[test]
fn the_starter_names_its_file_and_its_schema_without_a_made_up_address() {
    let (dir, text) = init("my-partnership.toml");
    assert!(
        text.contains("    accord audit my-partnership.toml\n"),
        "{text}"
    );
    assert!(!text.contains("{file}") && !text.contains("charter.toml"));

    // Taplo reads a relative `#:schema` path from the document's folder; no web address.
    let directive = text.lines().next().unwrap();
    assert_eq!(directive, "#:schema ./.charter.schema.json");
    assert!(!text.contains("://"), "the starter names no web address");

    // The command the starter gives writes that file, and auditing the folder skips it (hidden)
    // and says so.
    let out = run_in(dir.path(), &["schema", "charter"]);
    assert_eq!(out.code, 0);
    assert!(text.contains("    accord schema charter > .charter.schema.json\n"));
    std::fs::write(dir.path().join(".charter.schema.json"), &out.stdout).unwrap();
    let out = run_in(dir.path(), &["validate", "."]);
    assert_eq!(
        out.stdout,
        "valid: ./my-partnership.toml\n1 file skipped: 1 hidden\n",
        "{}",
        out.snapshot()
    );
}
