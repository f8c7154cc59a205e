//! Isolation from the first byte: under `--isolate` the host never maps a plugin.
//!
//! Loading a library runs its constructors, then `accord_plugin_entry` and `manifest()`: a crash,
//! an abort, an endless loop or an `exit(0)` in any of them (tests/c/load_fault.c) used to end or
//! hang the host itself, since it read every manifest in its own process. Under `--isolate` the
//! manifests are read in workers, and such a plugin is refused before any audit: exit 2, a message
//! naming the plugin's file and what happened to its worker, and no output. Then: processes a
//! plugin forks end with their worker (tests/c/fork_sleeper.c), and a worker that dies of a signal
//! is reported as that signal even when a child it forked still holds its pipe open.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus};
use std::time::{Duration, Instant};

use crate::util::{c_plugin, c_plugins_dir, command_without_core_dumps, temp_dir};
use serde_json::Value;

/// The profile of the isolation tests: `c-demo` and the core pack.
const PROFILE: &str = "tests/fixtures/isolation/profile.toml";
const CHARTER: &str = "examples/charters/water-programme.toml";
/// `--plugin-timeout`, in seconds.
const TIMEOUT: &str = "2";
/// How long any run may take before the test calls it hung (and kills it).
const DEADLINE: Duration = Duration::from_secs(30);

/// One finished (or killed) run of `accord`.
#[derive(Debug)]
struct Run {
    status: ExitStatus,
    stdout: String,
    stderr: String,
    hung: bool,
}

impl Run {
    /// What the run did, for assertion messages.
    fn describe(&self) -> String {
        format!(
            "{}{}\n--- stdout ---\n{}--- stderr ---\n{}",
            self.status,
            if self.hung {
                " (hung: killed by the test)"
            } else {
                ""
            },
            self.stdout,
            self.stderr
        )
    }
}

/// Runs `accord ARGS…` from the workspace root with `env`, output to files (so a process that a
/// plugin leaves behind cannot hold the test's pipes), without core dumps, killed at `DEADLINE`.
fn accord(args: &[&str], env: &[(&str, &Path)]) -> Run {
    let tmp = temp_dir("isolate-load-run");
    let (out, err) = (tmp.path().join("stdout"), tmp.path().join("stderr"));
    let mut cmd = command_without_core_dumps(args);
    cmd.stdout(std::fs::File::create(&out).unwrap())
        .stderr(std::fs::File::create(&err).unwrap());
    for (name, value) in env {
        cmd.env(name, value);
    }
    let mut child = cmd.spawn().unwrap();
    let (status, hung) = match crate::util::wait_within(&mut child, DEADLINE) {
        Ok(status) => (status, false),
        Err(killed) => (killed, true),
    };
    Run {
        status,
        stdout: String::from_utf8_lossy(&std::fs::read(&out).unwrap()).into_owned(),
        stderr: String::from_utf8_lossy(&std::fs::read(&err).unwrap()).into_owned(),
        hung,
    }
}

/// `accord audit --isolate` of `paths` with the plugin `plugin` added to the profile.
fn audit_isolated(plugin: &Path, paths: &[&str], env: &[(&str, &Path)]) -> Run {
    let dir = c_plugins_dir().display().to_string();
    let lib = plugin.display().to_string();
    let mut args = vec![
        "audit",
        "--no-config",
        "--profile",
        PROFILE,
        "--plugin-dir",
        &dir,
        "--today",
        "2026-11-27",
        "--format",
        "json",
        "--jobs",
        "2",
        "--isolate",
        "--plugin-timeout",
        TIMEOUT,
        "--plugin",
        &lib,
    ];
    args.extend_from_slice(paths);
    accord(&args, env)
}

/// The four faults of load_fault.c and what the refusal must say about each.
const FAULTS: [(&str, &str); 4] = [
    ("crash", "signal 11 (SIGSEGV"),
    ("abort", "signal 6 (SIGABRT"),
    ("loop", "within 2 s"),
    ("exit", "exited with status 0"),
];

/// Every fault at `place` (constructor, entry or manifest): exit 2, nothing audited, and a
/// refusal naming the file and what happened; all faults are run, then all problems reported.
fn assert_refused_at(place: &str) {
    let mut problems = Vec::new();
    for (fault, cause) in FAULTS {
        let lib = c_plugin(&format!("fault-{fault}-in-{place}"));
        let run = audit_isolated(&lib, &[CHARTER], &[]);
        let file = lib.file_name().unwrap().to_string_lossy().into_owned();
        let mut wrong = Vec::new();
        if run.hung || run.status.code() != Some(2) {
            wrong.push("the exit code is not 2".to_owned());
        }
        if !run.stdout.is_empty() {
            wrong.push("something was audited".to_owned());
        }
        for needle in [file.as_str(), cause, "--isolate"] {
            if !run.stderr.contains(needle) {
                wrong.push(format!("the refusal does not say `{needle}`"));
            }
        }
        if run.stderr.contains("internal error") || run.stderr.contains("panicked") {
            wrong.push("accord crashed".to_owned());
        }
        if !wrong.is_empty() {
            problems.push(format!(
                "{fault} in {place}: {}\n{}",
                wrong.join("; "),
                run.describe()
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n\n"));
}

#[test]
fn a_plugin_that_faults_in_a_constructor_is_refused_before_any_audit() {
    assert_refused_at("constructor");
}

#[test]
fn a_plugin_that_faults_in_its_entry_point_is_refused_before_any_audit() {
    assert_refused_at("entry");
}

#[test]
fn a_plugin_that_faults_in_manifest_is_refused_before_any_audit() {
    assert_refused_at("manifest");
}

#[test]
fn the_refusal_reads_as_a_sentence_with_a_fix() {
    let lib = c_plugin("fault-crash-in-constructor");
    let run = audit_isolated(&lib, &[CHARTER], &[]);
    let stderr = run.stderr.replace(&lib.display().to_string(), "[LIB]");
    crate::util::insta_settings().bind(|| insta::assert_snapshot!("load_fault_refusal", stderr));
}

// ---------------------------------------------------------------------------------------------
// What a plugin forks dies with its worker

/// The pids a fork plugin wrote, one per line.
fn pids(file: &Path) -> Vec<u32> {
    std::fs::read_to_string(file)
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().parse().unwrap())
        .collect()
}

/// Whether `pid` still runs (a zombie waiting for its parent to reap it has ended).
fn alive(pid: u32) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).is_ok_and(|stat| {
        // The state follows the parenthesised command name.
        stat.rsplit_once(')')
            .is_some_and(|(_, rest)| !rest.trim_start().starts_with(['Z', 'X']))
    })
}

/// The children a fork plugin reports in a pid file; any still running when this is dropped (a
/// failed test) is killed, so no sleeper outlives the test.
struct Forked {
    file: PathBuf,
}

impl Forked {
    /// Asserts at least `at_least` children were forked and all have ended within a few seconds
    /// of the run.
    fn assert_all_ended(&self, at_least: usize) {
        let pids = pids(&self.file);
        assert!(
            pids.len() >= at_least,
            "the plugin forked {} children, expected at least {at_least}",
            pids.len()
        );
        let start = Instant::now();
        while pids.iter().any(|&p| alive(p)) && start.elapsed() < Duration::from_secs(5) {
            std::thread::sleep(Duration::from_millis(50));
        }
        let survivors: Vec<u32> = pids.iter().copied().filter(|&p| alive(p)).collect();
        assert!(
            survivors.is_empty(),
            "processes the plugin forked outlived the run: {survivors:?} (of {pids:?})"
        );
    }
}

impl Drop for Forked {
    fn drop(&mut self) {
        for pid in pids(&self.file).into_iter().filter(|&p| alive(p)) {
            let _ = Command::new("kill").arg("-9").arg(pid.to_string()).status();
        }
    }
}

#[cfg(target_os = "linux")]
#[test]
fn processes_a_plugin_forks_end_with_its_workers() {
    let tmp = temp_dir("isolate-fork");
    let forked = Forked {
        file: tmp.path().join("pids"),
    };
    let lib = c_plugin("fork-sleeper");
    let charters = crate::util::files_in("examples/charters");
    let paths: Vec<&str> = charters.iter().map(String::as_str).collect();
    let run = audit_isolated(&lib, &paths, &[("ACCORD_TEST_SLEEPER_PIDS", &forked.file)]);
    assert!(
        !run.hung && matches!(run.status.code(), Some(0 | 1)),
        "{}",
        run.describe()
    );
    for line in run.stdout.lines() {
        let value: Value = serde_json::from_str(line).unwrap();
        if value["type"] == "report" {
            assert_eq!(value["status"], "audited", "{value}");
        }
    }
    // One child from manifest() (read in a worker) and one from each worker's first check.
    forked.assert_all_ended(2);
}

#[cfg(target_os = "linux")]
#[test]
fn a_worker_that_dies_of_a_signal_is_reported_as_that_signal_though_its_child_holds_the_pipe() {
    let tmp = temp_dir("isolate-fork-crash");
    let forked = Forked {
        file: tmp.path().join("pids"),
    };
    let lib = c_plugin("fork-then-crash");
    let start = Instant::now();
    let run = audit_isolated(
        &lib,
        &[CHARTER],
        &[("ACCORD_TEST_SLEEPER_PIDS", &forked.file)],
    );
    let elapsed = start.elapsed();
    assert_eq!(run.status.code(), Some(2), "{}", run.describe());
    let report: Value = run
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .find(|v| v["type"] == "report")
        .unwrap_or_else(|| panic!("no report: {}", run.describe()));
    let failures = report["plugin_failures"].as_array().unwrap();
    assert_eq!(failures.len(), 1, "{report}");
    let cause = failures[0]["cause"].as_str().unwrap();
    assert!(cause.contains("SIGSEGV"), "{cause}");
    assert!(
        elapsed < Duration::from_secs(10),
        "the crash is noticed without waiting for the child: {elapsed:?}"
    );
    forked.assert_all_ended(1);
}

// ---------------------------------------------------------------------------------------------
// In-process, nothing can stop a plugin ending the run: the help says so

#[test]
fn the_help_of_isolate_says_what_in_process_cannot_stop() {
    let run = accord(&["audit", "--help"], &[]);
    assert_eq!(run.status.code(), Some(0), "{}", run.describe());
    let help = run.stdout.split_whitespace().collect::<Vec<_>>().join(" ");
    for needle in ["Without --isolate", "ending the whole run", "never maps"] {
        assert!(help.contains(needle), "`{needle}` in:\n{}", run.stdout);
    }
}
