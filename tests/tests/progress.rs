//! The progress bar of `accord audit`: on a terminal's standard error only, in the run's
//! language, and never with `--quiet`. The runs go through `script`, which gives them a
//! pseudo-terminal and records everything they write to it.
#![cfg(unix)]

use std::process::{Command, Stdio};

use crate::util::audit::plugin_dir_arg;
use crate::util::{built, workspace_root};

/// The batch: the four example charters.
const BATCH: &str = "examples/charters";

/// Quotes `word` for `sh`.
fn quoted(word: &str) -> String {
    format!("'{}'", word.replace('\'', r"'\''"))
}

/// What `accord audit BATCH --format json ARGS…` writes to a terminal (its report goes to
/// /dev/null), or None when `script` is missing.
fn on_a_terminal(args: &[&str]) -> Option<String> {
    let dir = plugin_dir_arg();
    let mut words = vec![built().accord.display().to_string()];
    for arg in [
        "audit",
        BATCH,
        "--no-config",
        "--plugin-dir",
        &dir,
        "--format",
        "json",
    ]
    .iter()
    .chain(args)
    {
        words.push(arg.to_string());
    }
    let line: Vec<String> = words.iter().map(|w| quoted(w)).collect();
    let command = format!("{} >/dev/null", line.join(" "));
    let output = match Command::new("script")
        .args(["-qec", &command, "/dev/null"])
        .current_dir(workspace_root())
        .env("NO_COLOR", "1")
        .env_remove("ACCORD_PLUGIN_PATH")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("LANG")
        .stdin(Stdio::null())
        .output()
    {
        Ok(output) => output,
        Err(e) => {
            eprintln!("skipped: `script` (util-linux) cannot run: {e}");
            return None;
        }
    };
    let transcript = String::from_utf8_lossy(&output.stdout).into_owned();
    // A batch with failing charters exits 1; 2 or a signal would be a broken run.
    assert!(
        matches!(output.status.code(), Some(0 | 1)),
        "accord {args:?} on a terminal ({}):\n{transcript}",
        output.status
    );
    Some(transcript)
}

#[test]
fn a_terminal_shows_the_bar_in_the_runs_language_and_quiet_hides_it() {
    let Some(english) = on_a_terminal(&[]) else {
        return;
    };
    assert!(
        english.contains("/4 charters") && english.contains("ETA"),
        "the bar on a terminal:\n{english}"
    );
    let Some(french) = on_a_terminal(&["--lang", "fr"]) else {
        return;
    };
    assert!(
        french.contains("/4 chartes") && french.contains("fin dans"),
        "the bar in French:\n{french}"
    );
    let Some(quiet) = on_a_terminal(&["--quiet"]) else {
        return;
    };
    assert!(
        !quiet.contains("charters") && !quiet.contains("ETA"),
        "--quiet shows no bar:\n{quiet}"
    );
}
