//! Pins that hold: a pinned plugin's code is the code that was hashed, for the whole run.
//!
//! A mapped library shows later writes to its file, so a plugin overwritten in place during a
//! long audit (`dd conv=notrunc`) would run the new code under the old, pinned sha256. The host
//! reads the file once, hashes those bytes and loads a sealed private copy of them. The test:
//! lock the plugin `race` (tests/c/overwrite_race.c, built as "original" and "replaced", same
//! size), start a batch that takes a while, overwrite the library with the other build as soon as
//! the plugin has run once, and check that every report still carries the original code's finding,
//! its sha256 and its real path; in-process and under `--isolate`.
#![cfg(unix)]

use std::io::Write;
use std::os::unix::fs::FileExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use tempfile::TempDir;

use crate::util::{built, c_plugin, temp_dir, workspace_root};
use serde_json::Value;

/// Charters in the batch: at 40 ms per check, about 1.5 s of auditing after the overwrite.
const CHARTERS: usize = 40;

/// The two builds of `race`, padded with zeros to the same length (an ELF file ignores bytes
/// past its sections), so the overwrite changes bytes but not the size.
fn builds() -> (Vec<u8>, Vec<u8>) {
    let mut original = std::fs::read(c_plugin("race-original")).unwrap();
    let mut replaced = std::fs::read(c_plugin("race-replaced")).unwrap();
    let len = original.len().max(replaced.len());
    original.resize(len, 0);
    replaced.resize(len, 0);
    assert_ne!(original, replaced, "the two builds differ");
    (original, replaced)
}

/// A locked project in a temporary directory: `plugins/libaccord_race.so` (the original build),
/// `race.toml` (a profile of that plugin alone), `accord.toml` pinning it, and a batch of
/// charters.
struct Project {
    dir: TempDir,
    library: PathBuf,
    sha256: String,
    replaced: Vec<u8>,
}

impl Project {
    fn new(label: &str) -> Project {
        let dir = temp_dir(label);
        let root = dir.path();
        let (original, replaced) = builds();
        std::fs::create_dir_all(root.join("plugins")).unwrap();
        std::fs::create_dir_all(root.join("charters")).unwrap();
        let library = root
            .join("plugins")
            .join(accord_core::plugin::library_file_name("race"));
        std::fs::write(&library, &original).unwrap();
        let sha256 = accord_core::sha256_hex(&original);
        std::fs::write(
            root.join("race.toml"),
            "name = \"race\"\nplugins = [\"race\"]\n",
        )
        .unwrap();
        std::fs::write(
            root.join("accord.toml"),
            format!(
                "profile = \"race.toml\"\nplugin_dirs = [\"plugins\"]\n\n[pins]\nrace = \"{sha256}\"\n"
            ),
        )
        .unwrap();
        let charter =
            std::fs::read(workspace_root().join("examples/charters/water-programme.toml")).unwrap();
        for n in 0..CHARTERS {
            std::fs::write(root.join(format!("charters/c{n:02}.toml")), &charter).unwrap();
        }
        Project {
            dir,
            library,
            sha256,
            replaced,
        }
    }

    /// Audits the batch (one job, JSON) with `extra` flags, overwriting the library in place
    /// with the other build once the plugin has run; returns the reports and the exit code.
    fn audit_while_overwriting(&self, extra: &[&str]) -> (Vec<Value>, i32) {
        let root = self.dir.path();
        let marker = root.join("first-check-done");
        let (stdout, stderr) = (root.join("stdout"), root.join("stderr"));
        let mut cmd = Command::new(&built().accord);
        cmd.current_dir(root)
            .args(["audit", "--config", "accord.toml", "--format", "json"])
            .args(["--jobs", "1", "--today", "2026-11-27"])
            .args(extra)
            .arg("charters")
            .env("ACCORD_TEST_RACE_MARKER", &marker)
            .env("NO_COLOR", "1")
            .env_remove("ACCORD_PLUGIN_PATH")
            .stdin(Stdio::null())
            .stdout(std::fs::File::create(&stdout).unwrap())
            .stderr(std::fs::File::create(&stderr).unwrap());
        let mut child = cmd.spawn().unwrap();
        let deadline = Instant::now() + Duration::from_secs(120);
        while !marker.exists() {
            if let Some(status) = child.try_wait().unwrap() {
                panic!(
                    "accord ended ({status}) before the plugin ran:\n{}",
                    std::fs::read_to_string(&stderr).unwrap()
                );
            }
            assert!(Instant::now() < deadline, "the plugin never ran");
            std::thread::sleep(Duration::from_millis(5));
        }
        overwrite_in_place(&self.library, &self.replaced);
        let status = crate::util::wait_within(
            &mut child,
            deadline.saturating_duration_since(Instant::now()),
        )
        .unwrap_or_else(|_| panic!("accord did not finish within two minutes"));
        let stderr = std::fs::read_to_string(&stderr).unwrap();
        let code = status
            .code()
            .unwrap_or_else(|| panic!("accord was killed ({status}):\n{stderr}"));
        let reports: Vec<Value> = std::fs::read_to_string(&stdout)
            .unwrap()
            .lines()
            .map(|line| serde_json::from_str::<Value>(line).unwrap())
            .filter(|v| v["type"] == "report")
            .collect();
        assert_eq!(reports.len(), CHARTERS, "every charter reported:\n{stderr}");
        (reports, code)
    }

    /// Every report ran the original code and names it as pinned, by its sha256 and real path.
    fn assert_pinned_code_ran(&self, reports: &[Value]) {
        assert_ne!(
            accord_core::sha256_hex(&std::fs::read(&self.library).unwrap()),
            self.sha256,
            "the library was overwritten during the run"
        );
        let mut replaced = 0;
        for report in reports {
            let path = report["charter"]["path"].as_str().unwrap();
            let messages: Vec<&str> = report["findings"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|f| f["rule"] == "race.code")
                .map(|f| f["message"].as_str().unwrap())
                .collect();
            if messages != ["ran the original code"] {
                eprintln!("{path}: {messages:?}");
                replaced += 1;
            }
            let plugins = report["plugins"].as_array().unwrap();
            assert_eq!(plugins.len(), 1, "{path}: {report}");
            assert_eq!(plugins[0]["sha256"], self.sha256.as_str(), "{path}");
            assert_eq!(plugins[0]["pinned"], true, "{path}");
            // A relative path is relative to the run's working directory, the project.
            let shown = self.dir.path().join(plugins[0]["path"].as_str().unwrap());
            assert_eq!(
                shown.canonicalize().ok(),
                self.library.canonicalize().ok(),
                "{path}: the report names the plugin's file, not a descriptor: {}",
                shown.display()
            );
        }
        assert_eq!(
            replaced,
            0,
            "{replaced} of {} reports carry findings of code that was never pinned",
            reports.len()
        );
    }
}

/// `dd conv=notrunc`: writes `bytes` over the start of `path` without truncating it.
fn overwrite_in_place(path: &Path, bytes: &[u8]) {
    let mut file = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    file.write_all_at(bytes, 0).unwrap();
    file.flush().unwrap();
}

#[test]
fn an_in_place_overwrite_during_an_audit_does_not_change_the_pinned_code() {
    let project = Project::new("pins-hold");
    let (reports, code) = project.audit_while_overwriting(&[]);
    project.assert_pinned_code_ran(&reports);
    assert_eq!(code, 0, "every charter passes (the finding is `info`)");
}

#[test]
fn an_in_place_overwrite_does_not_change_the_pinned_code_of_isolated_workers() {
    let project = Project::new("pins-hold-isolate");
    let (reports, code) = project.audit_while_overwriting(&["--isolate", "--plugin-timeout", "60"]);
    project.assert_pinned_code_ran(&reports);
    assert_eq!(code, 0, "every charter passes (the finding is `info`)");
}
