//! The isolation matrix: `accord audit --isolate` (plugin checks in child processes) against C
//! plugins that abort, segfault, hang, return huge output, exhaust memory, crash on one charter
//! only, or print to stdout (`tests/c/`, built by `tests/build.rs`).
//!
//! Each faulty plugin runs through the real binary over the example charters, next to the
//! well-behaved C plugin `c-demo` and the core rule pack (`tests/fixtures/isolation/profile.toml`;
//! the built-in plugins take seconds to load in a debug build, and a worker's loading counts
//! against its first request's 2 s timeout: the first known bug at the end). For each: every
//! charter is reported, with status and verdict `error` and one `plugin_failures` entry naming
//! the plugin and the cause; the other plugin's and the pack's findings are unchanged; the batch
//! finishes (exit 2), in bounded time. Then: a plugin that prints to stdout, the in-process
//! abort that `--isolate` exists for, and `--isolate` against in-process with the built-in
//! plugins (identical output).
//!
//! Every run sets `ulimit -c 0`, which the workers inherit: crashing plugins dump no core files
//! into the workspace.
#![cfg(unix)]

use std::collections::BTreeMap;
use std::ffi::OsStr;
use std::os::unix::process::ExitStatusExt;
use std::process::ExitStatus;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::util::{c_plugins_dir, command_without_core_dumps, files_in};

const TODAY: &str = "2026-11-27";
/// The profile of the matrix: `c-demo` and the core pack.
const PROFILE: &str = "tests/fixtures/isolation/profile.toml";
/// A valid charter whose partnership id contains "crash" (`crash_on_one.c` segfaults on it).
const CRASH_ME: &str = "tests/fixtures/isolation/crash-me.toml";
/// `--plugin-timeout` of the matrix, in seconds.
const TIMEOUT: &str = "2";

/// The library of the C plugin `name`, as an argument.
fn c_plugin(name: &str) -> String {
    crate::util::c_plugin(name).display().to_string()
}

/// The batch: the example charters.
fn batch() -> Vec<String> {
    files_in("examples/charters")
}

/// One finished run of `accord`.
struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    elapsed: Duration,
}

impl Run {
    fn code(&self) -> i32 {
        self.status.code().unwrap_or_else(|| {
            panic!(
                "accord was killed ({}); stderr:\n{}",
                self.status, self.stderr
            )
        })
    }

    /// Every stdout line as JSON (each must parse): the reports by charter path, and the
    /// summary line.
    fn json(&self) -> (BTreeMap<String, Value>, Option<Value>) {
        let mut reports = BTreeMap::new();
        let mut summary = None;
        for line in self.stdout.lines() {
            let value: Value = serde_json::from_str(line).unwrap_or_else(|e| {
                panic!(
                    "a stdout line is not JSON ({e}): {line:?}\nstdout:\n{}",
                    self.stdout
                )
            });
            match value["type"].as_str() {
                Some("report") => {
                    let path = value["charter"]["path"].as_str().unwrap().to_owned();
                    assert!(
                        reports.insert(path.clone(), value).is_none(),
                        "{path} reported twice"
                    );
                }
                Some("summary") => {
                    assert!(summary.is_none(), "two summaries:\n{}", self.stdout);
                    summary = Some(value);
                }
                _ => panic!("an unexpected line: {line}"),
            }
        }
        (reports, summary)
    }
}

/// Runs `accord ARGS…` from the workspace root with no core dumps (see the module doc).
fn accord<S: AsRef<OsStr>>(args: &[S]) -> Run {
    let mut cmd = command_without_core_dumps(args);
    let start = Instant::now();
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
    let run = Run {
        status: output.status,
        stdout: String::from_utf8(output.stdout).expect("accord printed non-UTF-8 on stdout"),
        stderr: String::from_utf8(output.stderr).expect("accord printed non-UTF-8 on stderr"),
        elapsed: start.elapsed(),
    };
    for crash in ["accord hit an internal error", "panicked"] {
        assert!(
            !run.stderr.contains(crash),
            "accord crashed:\n{}",
            run.stderr
        );
    }
    run
}

/// `accord audit` with the matrix profile, JSON output, `EXTRA…` and the charters `paths`.
fn audit(extra: &[&str], paths: &[String]) -> Run {
    let dir = c_plugins_dir().display().to_string();
    let mut args = vec![
        "audit",
        "--no-config",
        "--profile",
        PROFILE,
        "--plugin-dir",
        &dir,
        "--today",
        TODAY,
        "--format",
        "json",
        "--jobs",
        "2",
    ];
    args.extend_from_slice(extra);
    args.extend(paths.iter().map(String::as_str));
    accord(&args)
}

/// `audit --isolate --plugin-timeout 2 --plugin PLUGIN`.
fn isolated(plugin: &str, paths: &[String]) -> Run {
    let lib = c_plugin(plugin);
    audit(
        &["--isolate", "--plugin-timeout", TIMEOUT, "--plugin", &lib],
        paths,
    )
}

/// The reports of an in-process run without a faulty plugin over the batch and `crash-me`.
fn baseline() -> &'static BTreeMap<String, Value> {
    static BASELINE: OnceLock<BTreeMap<String, Value>> = OnceLock::new();
    BASELINE.get_or_init(|| {
        let mut paths = batch();
        paths.push(CRASH_ME.to_owned());
        let run = audit(&[], &paths);
        assert!(matches!(run.code(), 0 | 1), "{}", run.stderr);
        let (reports, _) = run.json();
        for (path, report) in &reports {
            assert_eq!(report["status"], "audited", "{path}: {report}");
        }
        assert_eq!(reports.len(), paths.len());
        reports
    })
}

/// The findings of `report` except those of the rules `skip`.
fn findings_without(report: &Value, skip: &str) -> Vec<Value> {
    report["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["rule"] != skip)
        .cloned()
        .collect()
}

/// Asserts the outcome of a faulty plugin over the whole batch: every charter is reported with
/// status and verdict `error`, one `plugin_failures` entry naming `plugin` with a cause that
/// mentions one of `causes`, and the findings of the other plugin and the pack; exit code 2.
fn assert_every_charter_failed(run: &Run, plugin: &str, causes: &[&str]) {
    let batch = batch();
    let (reports, summary) = run.json();
    let paths: Vec<&String> = reports.keys().collect();
    let mut expected: Vec<&String> = batch.iter().collect();
    expected.sort();
    assert_eq!(
        paths, expected,
        "every charter is reported:\n{}",
        run.stdout
    );
    for (path, report) in &reports {
        assert_eq!(report["status"], "error", "{path}: {report}");
        assert_eq!(report["verdict"], "error", "{path}: {report}");
        let failures = report["plugin_failures"].as_array().unwrap();
        assert_eq!(failures.len(), 1, "{path}: {report}");
        assert_eq!(failures[0]["plugin"], plugin, "{path}: {report}");
        let cause = failures[0]["cause"].as_str().unwrap();
        assert!(
            causes.iter().any(|c| cause.contains(c)),
            "{path}: the cause should mention one of {causes:?}: {cause}"
        );
        assert_eq!(
            report["findings"],
            baseline()[path]["findings"],
            "{path}: the other plugins' findings are unchanged"
        );
    }
    let summary = summary.expect("a batch ends with a summary");
    assert_eq!(summary["charters"], batch.len(), "{summary}");
    assert_eq!(summary["error"], batch.len(), "{summary}");
    assert_eq!(run.code(), 2, "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// Faulty plugins under --isolate

#[test]
fn an_aborting_plugin_costs_each_charter_a_failure_naming_sigabrt() {
    let run = isolated("abort-plugin", &batch());
    assert_every_charter_failed(&run, "abort-plugin", &["SIGABRT"]);
}

#[test]
fn a_segfaulting_plugin_costs_each_charter_a_failure_naming_sigsegv() {
    let run = isolated("segfault-plugin", &batch());
    assert_every_charter_failed(&run, "segfault-plugin", &["SIGSEGV"]);
}

#[test]
fn a_hanging_plugin_times_out_on_each_charter_and_the_batch_finishes() {
    let run = isolated("hang-plugin", &batch());
    assert_every_charter_failed(&run, "hang-plugin", &["timed out"]);
    // 4 charters, 2 jobs, 2 s each: about 4 s; the plugin would sleep 1000 s.
    assert!(
        run.elapsed < Duration::from_secs(30),
        "the batch took {:?}",
        run.elapsed
    );
}

#[test]
fn a_plugin_with_huge_output_costs_each_charter_a_failure() {
    let run = isolated("huge-output", &batch());
    assert_every_charter_failed(&run, "huge-output", &["over the limit"]);
}

#[test]
fn a_plugin_that_exhausts_memory_costs_each_charter_a_failure() {
    // The worker's address-space limit makes malloc fail ("out of memory"); were the kernel to
    // kill the worker instead, the cause names the signal.
    let run = isolated("memory-hog", &batch());
    assert_every_charter_failed(&run, "memory-hog", &["out of memory", "signal"]);
}

#[test]
fn a_plugin_that_crashes_on_one_charter_costs_only_that_charter() {
    let mut paths = batch();
    paths.push(CRASH_ME.to_owned());
    let run = isolated("crash-on-one", &paths);
    let (reports, summary) = run.json();
    assert_eq!(reports.len(), paths.len(), "{}", run.stdout);
    for (path, report) in &reports {
        let failures = report["plugin_failures"].as_array().unwrap();
        if path == CRASH_ME {
            assert_eq!(report["status"], "error", "{report}");
            assert_eq!(report["verdict"], "error", "{report}");
            assert_eq!(failures.len(), 1, "{report}");
            assert_eq!(failures[0]["plugin"], "crash-on-one", "{report}");
            let cause = failures[0]["cause"].as_str().unwrap();
            assert!(cause.contains("SIGSEGV"), "{cause}");
            assert_eq!(report["findings"], baseline()[path]["findings"], "{path}");
        } else {
            assert_eq!(report["status"], "audited", "{path}: {report}");
            assert!(failures.is_empty(), "{path}: {report}");
            let own = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == "crashonone.rule")
                .count();
            assert_eq!(own, 1, "{path}: {report}");
            assert_eq!(
                Value::from(findings_without(report, "crashonone.rule")),
                baseline()[path]["findings"],
                "{path}"
            );
        }
    }
    let summary = summary.expect("a batch ends with a summary");
    assert_eq!(summary["error"], 1, "{summary}");
    assert_eq!(run.code(), 2, "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// A plugin that prints to stdout

#[test]
fn a_plugin_printing_to_stdout_works_under_isolate_without_corrupting_the_json() {
    let batch = batch();
    let run = isolated("prints-stdout", &batch);
    // Every stdout line parses (Run::json), and the plugin's prints went to stderr.
    let (reports, summary) = run.json();
    assert_eq!(reports.len(), batch.len(), "{}", run.stdout);
    assert!(summary.is_some(), "{}", run.stdout);
    assert!(
        run.stderr.contains("{\"ok\":"),
        "the plugin's prints should reach stderr:\n{}",
        run.stderr
    );
    for (path, report) in &reports {
        assert_eq!(report["status"], "audited", "{path}: {report}");
        assert!(
            report["plugin_failures"].as_array().unwrap().is_empty(),
            "{path}: {report}"
        );
        let own: Vec<&Value> = report["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["rule"] == "prints.rule")
            .collect();
        assert_eq!(own.len(), 1, "{path}: {report}");
        assert_eq!(own[0]["path"], "/partnership/id", "{path}: {report}");
        assert_eq!(
            Value::from(findings_without(report, "prints.rule")),
            baseline()[path]["findings"],
            "{path}"
        );
    }
    assert!(matches!(run.code(), 0 | 1), "{}", run.stderr);
}

#[test]
fn a_plugin_printing_to_stdout_in_process_does_not_crash_the_run() {
    // In-process its prints land in accord's own stdout, among the JSON lines: that is one
    // reason --isolate exists (docs/plugin-guide.md). Only the run's survival is asserted.
    let lib = c_plugin("prints-stdout");
    let run = audit(&["--plugin", &lib], &batch());
    assert!(matches!(run.code(), 0 | 1), "{}", run.stderr);
}

// ---------------------------------------------------------------------------------------------
// Why --isolate exists, and what it must not change

#[test]
fn in_process_an_aborting_plugin_kills_the_whole_run() {
    let lib = c_plugin("abort-plugin");
    let run = audit(&["--plugin", &lib], &batch());
    assert_eq!(
        run.status.signal(),
        Some(6),
        "in-process, abort() ends accord with SIGABRT ({}); stderr:\n{}",
        run.status,
        run.stderr
    );
    assert!(
        !run.stdout.contains("\"type\":\"summary\""),
        "no summary: {}",
        run.stdout
    );
}

#[test]
fn isolate_and_in_process_give_the_same_reports_with_the_built_in_plugins() {
    // The default profile: the built-in plugins, next to the binary. One job (one worker) and a
    // generous timeout, since a debug build takes seconds to load them in each process; the two
    // runs go in parallel.
    let base = [
        "audit",
        "--no-config",
        "--today",
        TODAY,
        "--format",
        "json",
        "--jobs",
        "1",
    ];
    let examples = "examples/charters/";
    let (in_process, isolated) = std::thread::scope(|s| {
        let in_process = s.spawn(|| accord(&[&base[..], &[examples]].concat()));
        let isolated = accord(
            &[
                &base[..],
                &["--isolate", "--plugin-timeout", "120", examples],
            ]
            .concat(),
        );
        (in_process.join().unwrap(), isolated)
    });
    let (reports, _) = in_process.json();
    assert_eq!(reports.len(), batch().len());
    for (path, report) in &reports {
        assert_eq!(report["status"], "audited", "{path}: {report}");
    }
    assert_eq!(isolated.stdout, in_process.stdout);
    assert_eq!(isolated.code(), in_process.code(), "{}", isolated.stderr);
}

// ---------------------------------------------------------------------------------------------
// Regressions: isolation bugs found by this suite, now fixed

#[test]
fn loading_the_plugins_does_not_count_against_the_plugin_timeout() {
    // Four builds of slow_start.c: each manifest() takes 1 s, each check no time; c-demo is
    // instant. Each plugin loads well within the 3.5 s timeout on its own (room for a busy
    // machine), but a worker that loads all of them takes 4 s: no check is slow, yet each fresh
    // worker was killed before it had loaded.
    let libs: Vec<String> = ["slow-start", "slow-start-2", "slow-start-3", "slow-start-4"]
        .into_iter()
        .map(c_plugin)
        .collect();
    let batch = batch();
    let mut args = vec!["--isolate", "--plugin-timeout", "3.5"];
    for lib in &libs {
        args.extend(["--plugin", lib.as_str()]);
    }
    let run = audit(&args, &batch);
    let (reports, _) = run.json();
    assert_eq!(reports.len(), batch.len());
    for (path, report) in &reports {
        assert_eq!(report["plugin_failures"], Value::Array(vec![]), "{path}");
        assert_eq!(report["status"], "audited", "{path}: {report}");
    }
}

#[test]
#[cfg(target_os = "linux")]
fn a_plugin_at_a_non_utf8_path_works_under_isolate() {
    use std::os::unix::ffi::OsStrExt;
    let tmp = crate::util::temp_dir("isolation-non-utf8");
    let dir = tmp.path().join(OsStr::from_bytes(b"plugins-\xff"));
    std::fs::create_dir(&dir).unwrap();
    let lib = dir.join(accord_core::plugin::library_file_name("c-demo"));
    std::fs::copy(c_plugin("c-demo"), &lib).unwrap();
    let charter = "examples/charters/water-programme.toml";
    let mut args: Vec<&OsStr> = [
        "audit",
        "--no-config",
        "--profile",
        PROFILE,
        "--today",
        TODAY,
        "--format",
        "json",
        "--isolate",
        "--plugin-dir",
    ]
    .iter()
    .map(OsStr::new)
    .collect();
    args.extend([dir.as_os_str(), OsStr::new(charter)]);
    let run = accord(&args);
    let (reports, _) = run.json();
    let report = &reports[charter];
    assert_eq!(report["plugin_failures"], Value::Array(vec![]), "{report}");
    assert_eq!(report["status"], "audited", "{report}");
}
