//! `accord lsp` driven by real editor clients over stdio: pytest-lsp (tests/lsp/, in the venv
//! `.ci/run` makes at target/lsp-venv) through a partner's session, and a headless Neovim that
//! opens a troubled example charter. Each skips, saying why, only when its client is missing.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use crate::util::{built, temp_dir, workspace_root};

/// The venv's Python with pytest-lsp, or why there is none.
fn pytest_lsp_python() -> Result<PathBuf, String> {
    let python = std::env::var_os("ACCORD_LSP_PYTHON").map_or_else(
        || workspace_root().join("target/lsp-venv/bin/python"),
        PathBuf::from,
    );
    if !python.is_file() {
        return Err(format!(
            "{} does not exist (make it with `python3 -m venv target/lsp-venv && target/lsp-venv/bin/pip install -r tests/lsp/requirements.txt`, as .ci/run does)",
            python.display()
        ));
    }
    let import = Command::new(&python)
        .args(["-c", "import pytest_lsp"])
        .output()
        .map_err(|e| format!("{} could not run: {e}", python.display()))?;
    if !import.status.success() {
        return Err(format!(
            "{} has no pytest-lsp: {}",
            python.display(),
            String::from_utf8_lossy(&import.stderr).trim()
        ));
    }
    Ok(python)
}

#[test]
fn pytest_lsp_drives_a_partners_session_over_stdio_in_english_and_french() {
    let python = match pytest_lsp_python() {
        Ok(python) => python,
        Err(why) => {
            eprintln!("skipped: the pytest-lsp client is not installed: {why}");
            return;
        }
    };
    let output = Command::new(&python)
        .args(["-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/lsp"])
        .current_dir(workspace_root())
        .env("ACCORD_BIN", &built().accord)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env_remove("ACCORD_PLUGIN_PATH")
        // The English session is English whatever the machine's locale; the French one says so.
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .output()
        .expect("pytest runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "pytest-lsp failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(stdout.contains("2 passed"), "{stdout}");
}

/// Runs `command` to its end, killing it after `limit`.
fn run_for(mut command: Command, limit: Duration) -> std::process::ExitStatus {
    let mut child = command.spawn().expect("the command starts");
    crate::util::wait_within(&mut child, limit)
        .unwrap_or_else(|_| panic!("{command:?} did not finish within {limit:?}"))
}

/// Every finding of `accord audit --format json` on the charter: (rule, line).
fn cli_findings(charter: &Path) -> Vec<(String, u64)> {
    let output = Command::new(&built().accord)
        .args(["audit", "--no-config", "--format", "json"])
        .arg(charter)
        .env_remove("ACCORD_PLUGIN_PATH")
        .stdin(Stdio::null())
        .output()
        .expect("accord runs");
    assert_eq!(output.status.code(), Some(1), "the example fails its audit");
    let line = String::from_utf8_lossy(&output.stdout);
    let report: serde_json::Value =
        serde_json::from_str(line.lines().next().unwrap_or_default()).expect("a JSON report");
    let mut findings: Vec<(String, u64)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect();
    findings.sort();
    findings
}

#[test]
fn headless_neovim_shows_every_finding_the_cli_prints_at_its_line() {
    let Ok(version) = Command::new("nvim").arg("--version").output() else {
        eprintln!("skipped: Neovim (`nvim`) is not installed (Debian: apt-get install neovim)");
        return;
    };
    eprintln!(
        "{}",
        String::from_utf8_lossy(&version.stdout)
            .lines()
            .next()
            .unwrap_or_default()
    );
    // A folder of its own, so that no accord.toml above the repository is found.
    let dir = temp_dir("nvim");
    let charter = dir.path().join("water-programme.toml");
    std::fs::copy(
        workspace_root().join("examples/charters/water-programme.toml"),
        &charter,
    )
    .expect("copy the example");
    let out = dir.path().join("diagnostics.txt");
    let mut nvim = Command::new("nvim");
    nvim.args(["--headless", "-u", "NONE", "-i", "NONE", "-n", "-c"])
        .arg(format!(
            "luafile {}",
            workspace_root().join("tests/lsp/nvim_smoke.lua").display()
        ))
        .current_dir(dir.path())
        .env("ACCORD_BIN", &built().accord)
        .env("ACCORD_CHARTER", &charter)
        .env("ACCORD_NVIM_OUT", &out)
        .env_remove("ACCORD_PLUGIN_PATH")
        .stdin(Stdio::null())
        .stdout(Stdio::null());
    let status = run_for(nvim, Duration::from_secs(120));
    assert!(status.success(), "nvim exited with {status}");
    let written = std::fs::read_to_string(&out).expect("the script wrote its diagnostics");
    println!("Neovim received:\n{written}");
    assert!(
        !written.starts_with("TIMEOUT") && !written.starts_with("ERROR"),
        "{written}"
    );
    let mut received: Vec<(String, u64)> = written
        .lines()
        .filter_map(|l| {
            let mut parts = l.split('\t');
            Some((parts.next()?.to_owned(), parts.next()?.parse().ok()?))
        })
        .collect();
    received.sort();
    let expected = cli_findings(&charter);
    assert!(expected.len() > 30, "{expected:?}");
    assert_eq!(received, expected);
}
