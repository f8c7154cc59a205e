//! Batches that lose nothing, end to end: what `validate` and `audit` read and how a run ends.
//!
//! - Special files: a FIFO named explicitly (or listed) reads as an empty, invalid charter and
//!   never hangs; a FIFO with a writer is read until the writer closes it; a pipe named
//!   explicitly needs no extension; a walk skips them.
//! - Skips are said: extensions in any case, and every symlink, hidden entry, special file and
//!   `accord.toml` a walk leaves out is counted by cause (text, Markdown, the JSON summary's
//!   `skipped`); a single charter gets a one-line summary in text and Markdown.
//! - One unreadable directory is one invalid entry, the rest is audited; file names that are
//!   not UTF-8 are read under their real name (from a walk and from `--files-from`).
//! - `-o`: never one of the inputs; a regular file is replaced only by a finished report,
//!   keeping its mode; anything else is written directly.
//! - A closed pipe ends a run with exit 141, quietly.
//! - `--jobs` is capped (`-j 100000` on two files finishes at once).
//! - Standard input: `-` is one charter (`--stdin-filename`), `--files-from FILE|-` a list of
//!   paths (`--null`).

use std::ffi::{OsStr, OsString};
use std::io::{Read, Write};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use crate::util::{Output, plugin_dir, temp_dir, workspace_root};
use serde_json::Value;

const TODAY: &str = "2026-11-27";
const TROUBLED: &str = "examples/charters/water-programme.toml";
const HEALTHY: &str = "examples/charters/rebuild-haiti.toml";
const JSON_CHARTER: &str = "examples/charters/school-meals.json";
/// Long enough for a debug build on a busy machine; a run that takes longer hangs.
const DEADLINE: Duration = Duration::from_secs(60);

/// How one run is started.
#[derive(Default)]
struct Run {
    args: Vec<OsString>,
    stdin: Option<Vec<u8>>,
    /// Run as the user `nobody` (through `setpriv`), for tests that need a permission denied.
    as_nobody: bool,
}

impl Run {
    fn new<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Run {
        Run {
            args: args.into_iter().map(|a| a.as_ref().to_owned()).collect(),
            ..Run::default()
        }
    }

    /// `accord audit` with the built plugins, no config and a fixed date, then `args`.
    fn audit<S: AsRef<OsStr>>(args: impl IntoIterator<Item = S>) -> Run {
        let mut run = Run::new([
            OsString::from("audit"),
            "--no-config".into(),
            "--plugin-dir".into(),
            plugin_dir().into(),
            "--today".into(),
            TODAY.into(),
        ]);
        run.args
            .extend(args.into_iter().map(|a| a.as_ref().to_owned()));
        run
    }

    fn stdin(mut self, bytes: impl Into<Vec<u8>>) -> Run {
        self.stdin = Some(bytes.into());
        self
    }

    fn command(&self) -> Command {
        let accord = &crate::util::built().accord;
        let mut cmd = if self.as_nobody {
            let mut cmd = Command::new("setpriv");
            cmd.args(["--reuid=nobody", "--regid=nogroup", "--clear-groups"])
                .arg(accord);
            cmd
        } else {
            Command::new(accord)
        };
        cmd.current_dir(workspace_root())
            .args(&self.args)
            .env("NO_COLOR", "1")
            .env_remove("ACCORD_PLUGIN_PATH")
            .stdin(if self.stdin.is_some() {
                Stdio::piped()
            } else {
                Stdio::null()
            })
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd
    }

    fn spawn(&self) -> Child {
        let mut child = self
            .command()
            .spawn()
            .unwrap_or_else(|e| panic!("could not start accord {:?}: {e}", self.args));
        if let Some(bytes) = self.stdin.clone() {
            let mut stdin = child.stdin.take().expect("piped stdin");
            // A run may stop reading early: a broken pipe here is its business.
            std::thread::spawn(move || {
                let _ = stdin.write_all(&bytes);
            });
        }
        child
    }

    /// Runs to the end, or panics when the run takes longer than [`DEADLINE`] (it hangs).
    fn output(&self) -> Output {
        let mut child = self.spawn();
        let stdout = drain(child.stdout.take().expect("piped stdout"));
        let stderr = drain(child.stderr.take().expect("piped stderr"));
        let status = wait(&mut child, &format!("{:?}", self.args));
        let text = |bytes: Vec<u8>, what: &str| {
            String::from_utf8(bytes)
                .unwrap_or_else(|e| panic!("accord printed non-UTF-8 on {what}: {e}"))
        };
        Output {
            stdout: text(stdout.join().expect("stdout reader"), "stdout"),
            stderr: text(stderr.join().expect("stderr reader"), "stderr"),
            code: status
                .code()
                .unwrap_or_else(|| panic!("accord {:?} was killed: {status}", self.args)),
        }
    }
}

fn drain(mut from: impl Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        let _ = from.read_to_end(&mut bytes);
        bytes
    })
}

fn wait(child: &mut Child, what: &str) -> std::process::ExitStatus {
    crate::util::wait_within(child, DEADLINE)
        .unwrap_or_else(|_| panic!("accord {what} did not finish within {DEADLINE:?}: it hangs"))
}

fn json_lines(out: &Output) -> Vec<Value> {
    out.stdout
        .lines()
        .map(|line| {
            let value: Value = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("not JSON ({e}): {line}\n{}", out.stderr));
            let errors: Vec<String> = report_schema()
                .iter_errors(&value)
                .map(|e| format!("{e} at `{}`", e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{errors:?}\n{line}");
            value
        })
        .collect()
}

fn report_schema() -> &'static jsonschema::Validator {
    static SCHEMA: OnceLock<jsonschema::Validator> = OnceLock::new();
    SCHEMA.get_or_init(|| {
        let text = std::fs::read_to_string(workspace_root().join("schemas/report.schema.json"))
            .expect("the report schema");
        let schema: Value = serde_json::from_str(&text).expect("the report schema is JSON");
        jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .expect("the report schema compiles")
    })
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo")
        .arg(path)
        .status()
        .expect("mkfifo (coreutils)");
    assert!(status.success(), "mkfifo {}", path.display());
}

fn copy(from: &str, to: &Path) {
    std::fs::create_dir_all(to.parent().unwrap()).unwrap();
    std::fs::copy(workspace_root().join(from), to)
        .unwrap_or_else(|e| panic!("copy {from} to {}: {e}", to.display()));
}

fn read(path: impl AsRef<Path>) -> Vec<u8> {
    std::fs::read(workspace_root().join(path)).unwrap()
}

fn paths_of(lines: &[Value]) -> Vec<&str> {
    lines
        .iter()
        .filter(|l| l["type"] == "report")
        .map(|l| l["charter"]["path"].as_str().unwrap())
        .collect()
}

// --- 8. FIFOs and other special files -----------------------------------------------------

#[test]
fn a_fifo_without_a_writer_is_an_empty_invalid_charter_and_never_hangs() {
    let dir = temp_dir("fifo");
    let fifo = dir.path().join("pipe.toml");
    mkfifo(&fifo);
    let out = Run::new([OsStr::new("validate"), fifo.as_os_str()]).output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains("missing the required key `partnership`")
            && out.stdout.contains(&format!("invalid: {}", fifo.display())),
        "{}",
        out.snapshot()
    );

    let out = Run::audit([fifo.as_os_str(), "--format".as_ref(), "json".as_ref()]).output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    let report = &json_lines(&out)[0];
    assert_eq!(report["status"], "invalid");
    assert_eq!(report["charter"]["path"], fifo.to_str().unwrap());

    // In a list of paths too.
    let list = dir.path().join("list.txt");
    std::fs::write(&list, format!("{}\n{HEALTHY}\n", fifo.display())).unwrap();
    let out = Run::new([
        OsStr::new("validate"),
        "--files-from".as_ref(),
        list.as_os_str(),
    ])
    .output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stdout.contains(&format!("valid: {HEALTHY}")),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("1 of 2 charters valid"),
        "{}",
        out.stdout
    );
}

#[test]
fn a_fifo_with_a_writer_is_read_until_the_writer_closes_it() {
    let dir = temp_dir("fifo-writer");
    let fifo = dir.path().join("stream.json");
    mkfifo(&fifo);
    // Opened for reading and writing, a FIFO does not wait for a partner (Linux): the charter
    // waits in it, and this end is the writer accord must wait for.
    let mut writer = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    writer.write_all(&read(JSON_CHARTER)).unwrap();
    let run = Run::new([OsStr::new("validate"), fifo.as_os_str()]);
    let mut child = run.spawn();
    let stdout = drain(child.stdout.take().unwrap());
    // Once accord has the FIFO open, close this end: accord reads the charter, then the end.
    let fds = PathBuf::from(format!("/proc/{}/fd", child.id()));
    let start = Instant::now();
    while !std::fs::read_dir(&fds)
        .into_iter()
        .flatten()
        .flatten()
        .any(|fd| std::fs::read_link(fd.path()).is_ok_and(|t| t == fifo))
    {
        assert!(start.elapsed() < DEADLINE, "accord never opened the FIFO");
        std::thread::sleep(Duration::from_millis(10));
    }
    drop(writer);
    let status = wait(&mut child, "validate FIFO");
    let stdout = String::from_utf8(stdout.join().unwrap()).unwrap();
    assert_eq!(status.code(), Some(0), "{stdout}");
    assert_eq!(stdout, format!("valid: {}\n", fifo.display()));
}

#[test]
fn a_pipe_named_explicitly_needs_no_extension() {
    // `accord validate /dev/stdin`, `accord audit <(…)`: the format is sniffed from the text.
    let out = Run::new(["validate", "/dev/stdin"])
        .stdin(read(JSON_CHARTER))
        .output();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "valid: /dev/stdin\n"),
        "{}",
        out.snapshot()
    );
    let out = Run::audit(["/dev/stdin", "--format", "json"])
        .stdin(read(TROUBLED))
        .output();
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert_eq!(json_lines(&out)[0]["status"], "audited");
    // A regular file still needs one.
    let out = Run::new(["validate", "README.md"]).output();
    assert_eq!(out.code, 2);
    assert!(
        out.stdout.contains("neither a `.toml` nor a `.json` file"),
        "{}",
        out.stdout
    );
}

// --- 9. Nothing skipped in silence ---------------------------------------------------------

/// A folder with charters in odd cases, a symlink, a hidden charter, a FIFO, a config and a
/// stray text file.
fn mixed_folder() -> tempfile::TempDir {
    let dir = temp_dir("mixed");
    let root = dir.path();
    copy(TROUBLED, &root.join("A.TOML"));
    copy(JSON_CHARTER, &root.join("sub/B.Json"));
    copy(HEALTHY, &root.join(".draft.toml"));
    std::os::unix::fs::symlink(workspace_root().join(HEALTHY), root.join("linked.toml")).unwrap();
    mkfifo(&root.join("pipe.json"));
    std::fs::write(root.join("accord.toml"), "").unwrap();
    std::fs::write(root.join("notes.txt"), "not a charter").unwrap();
    dir
}

const MIXED_SKIPS: &str = "4 files skipped: 1 symlink, 1 hidden, 1 special file, 1 accord.toml; --follow-symlinks to include symlinks";

#[test]
fn a_walk_matches_extensions_in_any_case_and_counts_every_skip() {
    let dir = mixed_folder();
    let root = dir.path();

    let out = Run::audit([root]).output();
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let summary = &out.stdout[out.stdout.find("Summary:").expect("a summary")..];
    assert!(
        summary.starts_with(&format!(
            "Summary: 2 charters: 1 pass, 1 fail, 0 invalid, 0 error\n{MIXED_SKIPS}\n"
        )),
        "{summary}"
    );

    let out = Run::audit([root.as_os_str(), "--format".as_ref(), "json".as_ref()]).output();
    let lines = json_lines(&out);
    let a = root.join("A.TOML");
    let b = root.join("sub/B.Json");
    assert_eq!(paths_of(&lines), [a.to_str().unwrap(), b.to_str().unwrap()]);
    assert!(lines[..2].iter().all(|r| r["status"] == "audited"));
    assert_eq!(
        lines[2]["skipped"],
        serde_json::json!({"symlinks": 1, "hidden": 1, "special": 1, "config": 1})
    );

    let out = Run::audit([root.as_os_str(), "--format".as_ref(), "markdown".as_ref()]).output();
    assert!(
        out.stdout.contains(&format!(
            "2 charters: 1 pass, 1 fail, 0 invalid, 0 error.\n\n{MIXED_SKIPS}.\n"
        )),
        "{}",
        out.stdout
    );
    let out = Run::audit([root.as_os_str(), "--format".as_ref(), "html".as_ref()]).output();
    assert!(
        out.stdout.contains(&format!(
            "<p class=\"run-meta skipped\">{}.</p>",
            MIXED_SKIPS.replace('`', "")
        )),
        "{}",
        out.stdout
    );

    let out = Run::new([OsStr::new("validate"), root.as_os_str()]).output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout
            .ends_with(&format!("2 of 2 charters valid\n{MIXED_SKIPS}\n")),
        "{}",
        out.stdout
    );

    // Followed, the symlink is a charter like any other.
    let out = Run::audit([
        root.as_os_str(),
        "--follow-symlinks".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ])
    .output();
    let lines = json_lines(&out);
    assert_eq!(paths_of(&lines).len(), 3, "{}", out.stdout);
    assert!(paths_of(&lines).contains(&root.join("linked.toml").to_str().unwrap()));
    assert_eq!(
        lines[3]["skipped"],
        serde_json::json!({"symlinks": 0, "hidden": 1, "special": 1, "config": 1})
    );
}

#[test]
fn nothing_found_says_what_was_skipped() {
    let dir = temp_dir("only-links");
    std::os::unix::fs::symlink(workspace_root().join(HEALTHY), dir.path().join("a.toml")).unwrap();
    let out = Run::audit([dir.path()]).output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stderr.contains("no charters found")
            && out
                .stderr
                .contains("1 file skipped: 1 symlink; --follow-symlinks to include symlinks"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_single_charter_gets_a_one_line_summary_in_text_and_markdown() {
    let out = Run::audit([TROUBLED]).output();
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .ends_with("\nSummary: 1 charter: 0 pass, 1 fail, 0 invalid, 0 error\n"),
        "{}",
        out.stdout
    );
    let out = Run::audit([TROUBLED, "--format", "markdown"]).output();
    assert!(
        out.stdout
            .ends_with("\n**Summary:** 1 charter: 0 pass, 1 fail, 0 invalid, 0 error.\n"),
        "{}",
        out.stdout
    );
    // JSON keeps its summary line for batches only: one charter is one report line.
    let out = Run::audit([TROUBLED, "--format", "json"]).output();
    let lines = json_lines(&out);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0]["type"], "report");
}

// --- 10. One bad directory, odd names ------------------------------------------------------

/// Whether this test can make a directory it cannot read: as root only by running accord as
/// `nobody`, which needs `setpriv` and an accord that `nobody` may run.
fn unreadable_dirs_possible() -> Option<bool> {
    if !running_as_root() {
        return Some(false);
    }
    let probe = Run {
        as_nobody: true,
        ..Run::new(["--version"])
    };
    match probe.command().output() {
        Ok(out) if out.status.success() => Some(true),
        Ok(out) => {
            eprintln!(
                "skipped: accord cannot run as `nobody` ({}): {}",
                out.status,
                String::from_utf8_lossy(&out.stderr)
            );
            None
        }
        Err(e) => {
            eprintln!("skipped: running as root and `setpriv` is not available ({e})");
            None
        }
    }
}

fn running_as_root() -> bool {
    // The owner of a file just created is the effective user.
    let dir = temp_dir("whoami");
    let file = dir.path().join("me");
    std::fs::write(&file, "").unwrap();
    std::os::unix::fs::MetadataExt::uid(&std::fs::metadata(&file).unwrap()) == 0
}

#[test]
fn an_unreadable_directory_is_one_invalid_entry_and_the_rest_is_audited() {
    let Some(as_nobody) = unreadable_dirs_possible() else {
        return;
    };
    let dir = temp_dir("locked");
    let root = dir.path();
    copy(TROUBLED, &root.join("a/water.toml"));
    copy(JSON_CHARTER, &root.join("b-locked/meals.json"));
    copy(HEALTHY, &root.join("c/haiti.toml"));
    for d in [root, &root.join("a"), &root.join("c")] {
        std::fs::set_permissions(d, std::fs::Permissions::from_mode(0o755)).unwrap();
    }
    for f in ["a/water.toml", "c/haiti.toml"] {
        std::fs::set_permissions(root.join(f), std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    let locked = root.join("b-locked");
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();

    let run = |mut run: Run| {
        run.as_nobody = as_nobody;
        run.output()
    };
    let out = run(Run::audit([
        root.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    let lines = json_lines(&out);
    let paths = paths_of(&lines);
    assert_eq!(
        paths,
        [
            root.join("a/water.toml").to_str().unwrap(),
            locked.to_str().unwrap(),
            root.join("c/haiti.toml").to_str().unwrap()
        ],
        "{}",
        out.snapshot()
    );
    let entry = &lines[1];
    assert_eq!(entry["status"], "invalid");
    assert_eq!(entry["errors"][0]["kind"], "read");
    assert!(
        entry["errors"][0]["message"]
            .as_str()
            .unwrap()
            .contains("permission was denied"),
        "{entry}"
    );
    assert_eq!(lines[0]["status"], "audited");
    assert_eq!(lines[2]["status"], "audited");
    assert_eq!(
        (lines[3]["charters"].as_u64(), lines[3]["invalid"].as_u64()),
        (Some(3), Some(1))
    );

    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = run(Run::new([OsStr::new("validate"), root.as_os_str()]));
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stdout
            .contains(&format!("invalid: {} (1 error)", locked.display()))
            && out.stdout.contains("2 of 3 charters valid"),
        "{}",
        out.stdout
    );
}

#[test]
fn file_names_that_are_not_utf8_are_read_under_their_real_name() {
    let dir = temp_dir("latin1");
    let name = OsStr::from_bytes(b"caf\xe9.toml");
    let file = dir.path().join(name);
    copy(TROUBLED, &file);
    let shown = file.to_string_lossy().into_owned();
    assert!(shown.contains('\u{FFFD}'));

    let from_walk =
        Run::audit([dir.path().as_os_str(), "--format".as_ref(), "json".as_ref()]).output();
    let list = [file.as_os_str().as_bytes(), b"\n"].concat();
    let from_list = Run::audit(["--files-from", "-", "--format", "json"])
        .stdin(list)
        .output();
    for out in [from_walk, from_list] {
        assert_eq!(out.code, 1, "{}", out.snapshot());
        let lines = json_lines(&out);
        assert_eq!(lines.len(), 1, "{}", out.stdout);
        assert_eq!(lines[0]["status"], "audited", "{}", lines[0]);
        assert_eq!(lines[0]["charter"]["path"], shown.as_str());
    }
}

// --- 11. -o never destroys data --------------------------------------------------------------

#[test]
fn output_naming_an_input_is_refused_and_the_input_kept() {
    let dir = temp_dir("o-input");
    let charter = dir.path().join("water.toml");
    copy(TROUBLED, &charter);
    let before = std::fs::read(&charter).unwrap();
    // Named directly, through a walk, and through another name (a hard link).
    let link = dir.path().join("other-name.txt");
    std::fs::hard_link(&charter, &link).unwrap();
    for (input, output) in [
        (&charter, &charter),
        (&dir.path().to_owned(), &charter),
        (&charter, &link),
    ] {
        let out = Run::audit([input.as_os_str(), "-o".as_ref(), output.as_os_str()]).output();
        assert_eq!(out.code, 2, "{}", out.snapshot());
        assert!(
            out.stderr
                .contains("writing the report there would destroy it"),
            "{}",
            out.stderr
        );
        assert_eq!(
            std::fs::read(&charter).unwrap(),
            before,
            "the charter was touched"
        );
    }
    // The list of paths given to --files-from is an input too.
    let list = dir.path().join("list.txt");
    std::fs::write(&list, format!("{}\n", charter.display())).unwrap();
    let out = Run::audit([
        "--files-from".as_ref(),
        list.as_os_str(),
        "-o".as_ref(),
        list.as_os_str(),
    ])
    .output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        std::fs::read_to_string(&list)
            .unwrap()
            .contains("water.toml")
    );
}

#[test]
fn a_report_file_is_replaced_only_by_a_finished_report() {
    let dir = temp_dir("o-atomic");
    let report = dir.path().join("report.txt");
    std::fs::write(&report, "the last good report\n").unwrap();
    std::fs::set_permissions(&report, std::fs::Permissions::from_mode(0o640)).unwrap();
    // A FIFO whose writer never closes keeps the run in its middle for as long as needed.
    let fifo = dir.path().join("slow.toml");
    mkfifo(&fifo);
    let writer = std::fs::OpenOptions::new()
        .read(true)
        .write(true)
        .open(&fifo)
        .unwrap();
    let run = Run::audit([
        OsStr::new(HEALTHY),
        fifo.as_os_str(),
        "-o".as_ref(),
        report.as_os_str(),
    ]);
    let mut child = run.spawn();
    let temp_files = || {
        std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().as_bytes().starts_with(b".accord-report-"))
            .count()
    };
    let start = Instant::now();
    let mid_run = loop {
        let old = std::fs::read_to_string(&report).unwrap();
        if temp_files() > 0 || old != "the last good report\n" {
            break old;
        }
        assert!(start.elapsed() < DEADLINE, "the run never started writing");
        std::thread::sleep(Duration::from_millis(10));
    };
    child.kill().unwrap();
    let _ = child.wait();
    drop(writer);
    assert_eq!(
        mid_run, "the last good report\n",
        "the report was overwritten before the run finished"
    );
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "the last good report\n",
        "a killed run left its partial report"
    );

    // A finished run replaces it whole, with the file's mode, and leaves no temporary file.
    for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
        if entry.file_name().as_bytes().starts_with(b".accord-report-") {
            std::fs::remove_file(entry.path()).unwrap();
        }
    }
    let out = Run::audit([OsStr::new(HEALTHY), "-o".as_ref(), report.as_os_str()]).output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(written.starts_with("Lakou Rebuild Consortium"), "{written}");
    let mode = std::fs::metadata(&report).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o640);
    assert_eq!(temp_files(), 0);
}

#[test]
fn output_to_a_device_is_written_directly() {
    let out = Run::audit([HEALTHY, "-o", "/dev/stdout", "--format", "json"]).output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(json_lines(&out)[0]["charter"]["path"], HEALTHY);
}

// --- 12. A closed pipe ---------------------------------------------------------------------

#[test]
fn a_closed_pipe_ends_the_run_with_141_quietly() {
    for args in [
        vec!["audit", "examples/charters"],
        vec!["validate", "examples/charters"],
        vec!["rules", "--no-config"],
    ] {
        let run = if args[0] == "audit" {
            Run::audit(&args[1..])
        } else {
            Run::new(&args)
        };
        let mut child = run.spawn();
        // The reader is gone before accord writes a byte, as `| head -0` would leave it.
        drop(child.stdout.take());
        let stderr = drain(child.stderr.take().unwrap());
        let status = wait(&mut child, &args.join(" "));
        let stderr = String::from_utf8(stderr.join().unwrap()).unwrap();
        assert_eq!(status.code(), Some(141), "{args:?}: {stderr}");
        assert_eq!(stderr, "", "{args:?}");
    }
}

// --- 13. --jobs --------------------------------------------------------------------------------

#[test]
fn jobs_are_capped_by_the_inputs_and_the_cores() {
    let out = Run::audit([HEALTHY, TROUBLED, "-j", "100000", "--format", "json"]).output();
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert_eq!(paths_of(&json_lines(&out)), [HEALTHY, TROUBLED]);
    let out = Run::new(["validate", HEALTHY, TROUBLED, "--jobs", "100000"]).output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let out = Run::new(["validate", HEALTHY, "-j", "0"]).output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let help = Run::new(["audit", "--help"]).output();
    assert!(
        help.stdout.contains("at most 4× the cores"),
        "{}",
        help.stdout
    );
}

// --- 16. Standard input ----------------------------------------------------------------------

#[test]
fn dash_is_one_charter_read_from_stdin() {
    let file = Run::audit([TROUBLED, "--format", "json"]).output();
    let piped = Run::audit(["-", "--format", "json"])
        .stdin(read(TROUBLED))
        .output();
    assert_eq!(piped.code, 1, "{}", piped.snapshot());
    let (mut from_file, mut from_stdin) = (json_lines(&file), json_lines(&piped));
    assert_eq!(from_stdin.len(), 1, "one charter, not one per line");
    assert_eq!(from_stdin[0]["charter"]["path"], "-");
    // The same report but for the path.
    from_file[0]["charter"]["path"] = "-".into();
    from_stdin[0]["charter"]["path"] = "-".into();
    assert_eq!(from_file, from_stdin);

    let out = Run::new(["validate", "-"])
        .stdin(read(JSON_CHARTER))
        .output();
    assert_eq!(
        (out.code, out.stdout.as_str()),
        (0, "valid: -\n"),
        "{}",
        out.snapshot()
    );
}

#[test]
fn stdin_filename_names_the_charter_and_gives_its_format() {
    let out = Run::audit([
        "-",
        "--stdin-filename",
        "inbox/meals.json",
        "--format",
        "json",
    ])
    .stdin(read(JSON_CHARTER))
    .output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert_eq!(json_lines(&out)[0]["charter"]["path"], "inbox/meals.json");

    // TOML text under a `.json` name is read as JSON, and so is invalid.
    let out = Run::new(["validate", "-", "--stdin-filename", "x.json"])
        .stdin(read(HEALTHY))
        .output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stdout.contains("invalid: x.json"), "{}", out.stdout);
}

#[test]
fn stdin_combines_with_paths_once_per_run() {
    let out = Run::audit([HEALTHY, "-", "--format", "json"])
        .stdin(read(TROUBLED))
        .output();
    assert_eq!(out.code, 1, "{}", out.snapshot());
    let lines = json_lines(&out);
    assert_eq!(paths_of(&lines), ["-", HEALTHY]);
    assert_eq!(lines[2]["charters"], 2);

    for args in [
        vec!["validate", "-", "-"],
        vec!["validate", "-", "--files-from", "-"],
    ] {
        let out = Run::new(&args).stdin(read(HEALTHY)).output();
        assert_eq!(out.code, 2, "{args:?}: {}", out.snapshot());
        assert!(
            out.stderr.contains("can be read only once"),
            "{}",
            out.stderr
        );
    }
}

#[test]
fn a_list_of_paths_on_stdin_is_pointed_to_files_from() {
    let list = format!("{HEALTHY}\n{TROUBLED}\n");
    let out = Run::audit(["-"]).stdin(list.clone()).output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stdout.contains("Summary: 1 charter:"), "{}", out.stdout);
    assert!(
        out.stderr.contains("help: standard input looks like a list of files, one per line: to check those files, give `--files-from -` instead of `-`"),
        "{}",
        out.snapshot()
    );
    let out = Run::audit(["-", "--format", "json"])
        .stdin(list.clone())
        .output();
    let help = &json_lines(&out)[0]["errors"][0]["help"];
    assert!(
        help.as_str().unwrap().contains("`--files-from -`"),
        "{help}"
    );
    let out = Run::new(["validate", "-"]).stdin(list.clone()).output();
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stdout.contains("give `--files-from -` instead of `-`"),
        "{}",
        out.stdout
    );

    let out = Run::audit(["--files-from", "-", "--format", "json"])
        .stdin(list)
        .output();
    assert_eq!(out.code, 1, "{}", out.snapshot());
    assert_eq!(paths_of(&json_lines(&out)), [HEALTHY, TROUBLED]);

    // NUL-separated, from a file, with other paths; a name may hold a newline.
    let dir = temp_dir("files-from");
    let odd = dir.path().join("two\nlines.json");
    copy(JSON_CHARTER, &odd);
    let list = dir.path().join("list");
    let mut bytes = odd.as_os_str().as_bytes().to_vec();
    bytes.extend_from_slice(b"\0");
    bytes.extend_from_slice(TROUBLED.as_bytes());
    bytes.extend_from_slice(b"\0");
    std::fs::write(&list, bytes).unwrap();
    let out = Run::new([
        OsStr::new("validate"),
        HEALTHY.as_ref(),
        "--files-from".as_ref(),
        list.as_os_str(),
        "--null".as_ref(),
        "--format".as_ref(),
        "json".as_ref(),
    ])
    .output();
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let files: Vec<String> = out
        .stdout
        .lines()
        .map(|l| {
            serde_json::from_str::<Value>(l).unwrap()["path"]
                .as_str()
                .unwrap()
                .to_owned()
        })
        .collect();
    // `validate` keeps the order given.
    assert_eq!(files, [HEALTHY, odd.to_str().unwrap(), TROUBLED]);
}
