//! The invalid-input cases of the TOML compliance suite (toml-lang/toml-test, `tests/invalid`),
//! from `../shared/testdata/toml-test-invalid/`: every one must be refused with a located error,
//! never accepted and never a panic. Skipped, with a message, when the folder is absent.
//!
//! The loader is called directly (`load_bytes`): spawning the binary ~500 times would be slow.
//! A few cases also go through the binary to check the CLI path. Set `ACCORD_TOML_TEST_VERBOSE`
//! to print where and why each case is refused.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use accord_core::Kind;
use accord_core::load::{Format, Limits, load_bytes};
use accord_core::source::LineIndex;

use crate::util::{run, workspace_root};

/// Cases the loader accepts on purpose, each with the reason. Keep this list short and explained:
/// an accepted case that is not here fails the test.
const KNOWN_ACCEPTED: &[(&str, &str)] = &[];

fn suite_dir() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared/testdata/toml-test-invalid");
    dir.is_dir().then_some(dir)
}

/// Every `.toml` file under `dir`, sorted (the suite's LICENSE is not a case).
fn cases(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "toml") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// What became of one case.
enum Outcome {
    /// Refused with a diagnostic located inside the file (or an encoding error).
    Refused(Kind),
    /// Refused, but the diagnostic has no span or points outside the file.
    Mislocated(String),
    /// Accepted as a charter document.
    Accepted,
}

fn load(path: &Path) -> Outcome {
    let bytes = std::fs::read(path).unwrap();
    let loaded = load_bytes(path, Format::Toml, bytes, &Limits::default());
    let diagnostic = match loaded.document {
        Ok(_) => return Outcome::Accepted,
        Err(d) => d,
    };
    if diagnostic.kind == Kind::NotUtf8 {
        return Outcome::Refused(diagnostic.kind);
    }
    let Some(source) = loaded.source else {
        return Outcome::Mislocated(format!("{:?} without a source", diagnostic.kind));
    };
    let Some(span) = diagnostic.span.clone() else {
        return Outcome::Mislocated(format!("no span: {}", diagnostic.message));
    };
    let text = &source.text;
    if span.start > text.len() || span.end > text.len() || span.start > span.end {
        return Outcome::Mislocated(format!(
            "span {span:?} outside the {} bytes: {}",
            text.len(),
            diagnostic.message
        ));
    }
    let index = LineIndex::new(text);
    let at = index.location(text, span.start);
    // The line as split at `\n` only: a bare carriage return is a character of its line.
    let line_text = text.split('\n').nth(at.line - 1).unwrap_or_default();
    if at.line > index.line_count() || at.column > line_text.chars().count() + 1 {
        return Outcome::Mislocated(format!(
            "{}:{} outside the file: {}",
            at.line, at.column, diagnostic.message
        ));
    }
    if std::env::var_os("ACCORD_TOML_TEST_VERBOSE").is_some() {
        eprintln!(
            "{}:{}:{}: {}: {}",
            path.display(),
            at.line,
            at.column,
            diagnostic.kind.as_str(),
            diagnostic.message
        );
    }
    Outcome::Refused(diagnostic.kind)
}

fn name(dir: &Path, path: &Path) -> String {
    path.strip_prefix(dir).unwrap().display().to_string()
}

#[test]
fn every_invalid_case_is_refused_with_a_location() {
    let Some(dir) = suite_dir() else {
        eprintln!(
            "skipped: ../shared/testdata/toml-test-invalid is absent (it is not part of a plain clone)"
        );
        return;
    };
    let cases = cases(&dir);
    assert!(!cases.is_empty(), "no cases in {}", dir.display());

    let mut refused = 0;
    let mut encoding = 0;
    let mut accepted = Vec::new();
    let mut expected_accepted = Vec::new();
    let mut mislocated = Vec::new();
    let mut panicked = Vec::new();
    for path in &cases {
        let case = name(&dir, path);
        match catch_unwind(AssertUnwindSafe(|| load(path))) {
            Ok(Outcome::Refused(kind)) => {
                refused += 1;
                if kind == Kind::NotUtf8 {
                    encoding += 1;
                }
            }
            Ok(Outcome::Mislocated(why)) => mislocated.push(format!("{case}: {why}")),
            Ok(Outcome::Accepted) => {
                if KNOWN_ACCEPTED.iter().any(|(known, _)| *known == case) {
                    expected_accepted.push(case);
                } else {
                    accepted.push(case);
                }
            }
            Err(payload) => {
                let message = payload
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                panicked.push(format!("{case}: {message}"));
            }
        }
    }

    let stale: Vec<&str> = KNOWN_ACCEPTED
        .iter()
        .map(|(known, _)| *known)
        .filter(|known| !expected_accepted.iter().any(|c| c == known))
        .collect();
    let summary = format!(
        "{} cases: {refused} refused with a location ({encoding} of them encoding errors), \
         {} accepted as known exceptions, {} accepted unexpectedly, {} mislocated, {} panicked",
        cases.len(),
        expected_accepted.len(),
        accepted.len(),
        mislocated.len(),
        panicked.len()
    );
    eprintln!("{summary}");
    assert!(
        accepted.is_empty() && mislocated.is_empty() && panicked.is_empty() && stale.is_empty(),
        "{summary}\naccepted: {accepted:#?}\nmislocated: {mislocated:#?}\npanicked: {panicked:#?}\n\
         listed in KNOWN_ACCEPTED but refused now (remove them): {stale:#?}"
    );
}

#[test]
fn the_cli_reports_syntax_errors_with_a_location() {
    let Some(dir) = suite_dir() else {
        eprintln!(
            "skipped: ../shared/testdata/toml-test-invalid is absent (it is not part of a plain clone)"
        );
        return;
    };
    // A spread of syntax-error cases: every 40th case whose error is about syntax.
    let picked: Vec<PathBuf> = cases(&dir)
        .into_iter()
        .filter(|p| matches!(load(p), Outcome::Refused(Kind::Syntax)))
        .step_by(40)
        .collect();
    assert!(picked.len() >= 5, "too few syntax cases: {picked:?}");
    for path in &picked {
        let shown = path.display().to_string();
        let out = run(&["validate", &shown]);
        assert!(!out.crashed(), "{shown}: accord crashed:\n{}", out.stderr);
        assert_eq!(out.code, 2, "{shown}:\n{}", out.snapshot());
        assert!(
            out.stdout.starts_with("error[syntax]: "),
            "{shown}: no `error[syntax]`:\n{}",
            out.stdout
        );
        let arrow = format!("--> {shown}:");
        assert!(
            out.stdout
                .lines()
                .any(|l| l.trim_start().starts_with(&arrow)),
            "{shown}: no `{arrow}LINE:COLUMN` line:\n{}",
            out.stdout
        );
    }
}
