//! SARIF for GitHub code scanning, checked by Microsoft's SARIF multitool
//! (`validate --rule-kind "Gh;Sarif"`, installed by `.ci/run` into `tests/sarif/node_modules`
//! from the committed package.json and package-lock.json; the test skips with a message where
//! it is missing) and by the official SARIF 2.1.0 schema, on a batch with passing, failing and
//! invalid charters and a plugin failure:
//!
//! - inputs inside the working directory: relative URIs against `%SRCROOT%`;
//! - inputs outside it: absolute `file://` URIs and `invocations[0].workingDirectory`.
//!
//! No error, and no warning but those [`ACCEPTED`] lists with the reason each is accepted.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::util::{Output, c_plugin, run_in, temp_dir, workspace_root};
use serde_json::Value;

/// The multitool's warnings that accord's SARIF is allowed to get, and why.
const ACCEPTED: &[(&str, &str)] = &[(
    "SARIF2005",
    "the driver has no informationUri: the project has no public home yet, and a made-up URI \
     would send readers nowhere",
)];

/// The multitool's executable for this platform, when installed.
fn multitool() -> Option<PathBuf> {
    let package = match std::env::consts::OS {
        "linux" => "sarif-multitool-linux",
        "macos" => "sarif-multitool-darwin",
        _ => return None,
    };
    let exe = workspace_root()
        .join("tests/sarif/node_modules/@microsoft")
        .join(package)
        .join("Sarif.Multitool");
    exe.is_file().then_some(exe)
}

/// `accord audit` of the batch, run in `dir`, as SARIF: every example (passing and failing),
/// an invalid charter, and the err-status plugin, which fails on every charter it sees.
fn sarif_batch(dir: &Path, paths: &[String]) -> (Output, Value) {
    let plugin = c_plugin("err-status").display().to_string();
    let mut args: Vec<&str> = vec!["audit"];
    args.extend(paths.iter().map(String::as_str));
    args.extend([
        "--today",
        "2026-11-27",
        "--format",
        "sarif",
        "--plugin",
        plugin.as_str(),
    ]);
    let out = run_in(dir, &args);
    assert!(!out.crashed(), "{}", out.snapshot());
    assert_eq!(out.code, 2, "invalid and failed charters: {}", out.stderr);
    let doc: Value = serde_json::from_str(&out.stdout)
        .unwrap_or_else(|e| panic!("SARIF is not JSON ({e}):\n{}", out.stdout));
    (out, doc)
}

/// The batch's paths: relative to the workspace root, or absolute.
fn batch_paths(absolute: bool) -> Vec<String> {
    [
        "examples/charters/",
        "tests/fixtures/invalid/several-errors.toml",
        "tests/fixtures/formats/escaping.toml",
    ]
    .iter()
    .map(|p| {
        if absolute {
            workspace_root().join(p).display().to_string()
        } else {
            (*p).to_owned()
        }
    })
    .collect()
}

/// The multitool's findings on `sarif`: (level, rule id, message) of each.
fn validate(tool: &Path, sarif: &Path) -> Vec<(String, String, String)> {
    let report = sarif.with_extension("validation.sarif");
    let out = Command::new(tool)
        .arg("validate")
        .args(["--rule-kind", "Gh;Sarif"])
        .arg(sarif)
        .arg("--output")
        .arg(&report)
        // .NET needs libicu unless told to run without culture data.
        .env("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", tool.display()));
    let text = std::fs::read_to_string(&report).unwrap_or_else(|e| {
        panic!(
            "the multitool wrote no report ({e}); it printed:\n{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    let doc: Value = serde_json::from_str(&text).expect("the multitool's report is JSON");
    doc["runs"][0]["results"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|r| {
            let message = r["message"]["text"]
                .as_str()
                .map(str::to_owned)
                .unwrap_or_else(|| r["message"].to_string());
            (
                // SARIF's default level is `warning`.
                r["level"].as_str().unwrap_or("warning").to_owned(),
                r["ruleId"].as_str().unwrap_or_default().to_owned(),
                message,
            )
        })
        .collect()
}

/// Validates against the official SARIF 2.1.0 schema, when it is there.
fn check_schema(doc: &Value) {
    let path = workspace_root().join("../shared/testdata/sarif/sarif-schema-2.1.0.json");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping SARIF schema validation: {} is absent",
            path.display()
        );
        return;
    };
    let schema: Value = serde_json::from_str(&text).expect("the SARIF schema is JSON");
    let validator = jsonschema::draft4::options()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap_or_else(|e| panic!("the SARIF schema does not compile: {e}"));
    let errors: Vec<String> = validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "invalid SARIF:\n{}", errors.join("\n"));
}

/// What every result needs for code scanning: a region and a fingerprint.
fn check_results(doc: &Value) {
    let results = doc["runs"][0]["results"].as_array().expect("results");
    for rule in ["accord.invalid-charter", "accord.plugin-failure"] {
        assert!(
            results.iter().any(|r| r["ruleId"] == rule),
            "the batch has a {rule} result"
        );
    }
    for r in results {
        let region = &r["locations"][0]["physicalLocation"]["region"];
        assert!(region["startLine"].as_u64().is_some_and(|l| l >= 1), "{r}");
        assert!(
            r["partialFingerprints"]["accordFingerprint/v1"]
                .as_str()
                .is_some_and(|f| f.len() == 16),
            "{r}"
        );
    }
    assert_eq!(
        doc["runs"][0]["invocations"][0]["executionSuccessful"],
        false
    );
    assert!(
        doc["runs"][0]["tool"]["driver"]
            .get("informationUri")
            .is_none()
    );
}

fn check_with_multitool(doc: &Value, label: &str) {
    let Some(tool) = multitool() else {
        eprintln!(
            "skipping the SARIF multitool check ({label}): tests/sarif/node_modules is not installed (run .ci/run, or `npm ci` in tests/sarif)"
        );
        return;
    };
    let dir = temp_dir("sarif-multitool");
    let file = dir.path().join(format!("{label}.sarif"));
    std::fs::write(&file, serde_json::to_string_pretty(doc).expect("JSON")).expect("write");
    let found = validate(&tool, &file);
    let errors: Vec<_> = found
        .iter()
        .filter(|(level, ..)| level == "error")
        .collect();
    assert!(errors.is_empty(), "{label}: SARIF errors {errors:#?}");
    let unexpected: Vec<_> = found
        .iter()
        .filter(|(level, rule, _)| {
            level == "warning" && !ACCEPTED.iter().any(|(accepted, _)| accepted == rule)
        })
        .collect();
    assert!(
        unexpected.is_empty(),
        "{label}: warnings that are not accepted {unexpected:#?}"
    );
}

#[test]
fn inputs_inside_the_working_directory_are_relative_to_srcroot() {
    let (_, doc) = sarif_batch(&workspace_root(), &batch_paths(false));
    check_schema(&doc);
    check_results(&doc);
    let run = &doc["runs"][0];
    let root = format!("file://{}/", workspace_root().display());
    assert_eq!(run["originalUriBaseIds"]["%SRCROOT%"]["uri"], root.as_str());
    assert!(run["invocations"][0].get("workingDirectory").is_none());
    for r in run["results"].as_array().expect("results") {
        let artifact = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert_eq!(artifact["uriBaseId"], "%SRCROOT%", "{r}");
        assert!(
            artifact["uri"]
                .as_str()
                .is_some_and(|u| !u.starts_with('/') && !u.contains(':')),
            "{r}"
        );
    }
    check_with_multitool(&doc, "relative");
}

#[test]
fn inputs_outside_the_working_directory_get_file_uris() {
    let elsewhere = temp_dir("sarif-elsewhere");
    let (_, doc) = sarif_batch(elsewhere.path(), &batch_paths(true));
    check_schema(&doc);
    check_results(&doc);
    let run = &doc["runs"][0];
    let cwd = elsewhere
        .path()
        .canonicalize()
        .expect("the temporary directory");
    let expected = format!("file://{}/", cwd.display());
    assert_eq!(
        run["invocations"][0]["workingDirectory"]["uri"],
        expected.as_str()
    );
    let prefix = format!("file://{}/", workspace_root().display());
    for r in run["results"].as_array().expect("results") {
        let artifact = &r["locations"][0]["physicalLocation"]["artifactLocation"];
        assert!(artifact.get("uriBaseId").is_none(), "{r}");
        assert!(
            artifact["uri"]
                .as_str()
                .is_some_and(|u| u.starts_with(&prefix)),
            "{r}"
        );
    }
    check_with_multitool(&doc, "absolute");
}
