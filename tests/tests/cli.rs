//! The command line around the commands: `--version` names the commit, `--help` ends with
//! examples that work, shell completions, manual pages, and `--color` with NO_COLOR and
//! CLICOLOR_FORCE.

use std::path::Path;
use std::process::{Command, Stdio};

use crate::util::{Output, accord, command_in, output_of, run, run_in, temp_dir, workspace_root};

/// Runs accord from the workspace root with no colour variables but `env`, output to pipes.
fn run_with_env(args: &[&str], env: &[(&str, &str)]) -> Output {
    output_of(
        command_in(&workspace_root())
            .args(args)
            .env_remove("NO_COLOR")
            .env_remove("CLICOLOR_FORCE")
            .envs(env.iter().copied()),
    )
}

fn coloured(text: &str) -> bool {
    text.contains("\x1b[")
}

#[test]
fn version_names_the_version_and_the_commit() {
    let out = run(&["--version"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let version = env!("CARGO_PKG_VERSION");
    let commit = Command::new("git")
        .current_dir(workspace_root())
        .args(["rev-parse", "--short", "HEAD"])
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned());
    match commit {
        // The binary the harness just built is of this checkout's HEAD (unless a packager set
        // ACCORD_BUILD_COMMIT for this build).
        Some(commit) if std::env::var_os("ACCORD_BUILD_COMMIT").is_none() => {
            assert_eq!(out.stdout, format!("accord {version} ({commit})\n"));
        }
        _ => {
            let rest = out
                .stdout
                .strip_prefix(&format!("accord {version} ("))
                .unwrap_or_else(|| panic!("{}", out.stdout));
            assert!(rest.ends_with(")\n") && rest.len() > 2, "{}", out.stdout);
        }
    }
}

#[test]
fn help_ends_with_examples_that_work_and_where_the_docs_are() {
    let out = run(&["--help"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let lines: Vec<&str> = out.stdout.trim_end().lines().collect();
    let examples_at = lines
        .iter()
        .position(|l| *l == "Examples:")
        .unwrap_or_else(|| panic!("no examples:\n{}", out.stdout));
    let examples: Vec<&str> = lines[examples_at + 1..]
        .iter()
        .take_while(|l| l.starts_with("  accord "))
        .copied()
        .collect();
    assert_eq!(examples.len(), 3, "{}", out.stdout);
    let docs = lines[examples_at + 4..].join(" ");
    assert!(
        docs.starts_with(" Docs: `docs/`") || docs.starts_with("Docs: `docs/`"),
        "{docs}"
    );
    assert!(docs.contains("accord man"), "{docs}");

    // Each example runs as printed (in an empty directory, in the order shown).
    let tmp = temp_dir("help-examples");
    for example in examples {
        let command = example.trim().split("  ").next().unwrap();
        let args: Vec<&str> = command.split_whitespace().skip(1).collect();
        let out = run_in(tmp.path(), &args);
        assert!(
            out.code == 0 || (args[0] == "audit" && out.code == 1),
            "`{command}`: {}",
            out.snapshot()
        );
        assert!(!out.crashed());
    }
    assert!(tmp.path().join("my-partnership.toml").is_file());
}

#[test]
fn completions_for_every_shell() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = run(&["completions", shell]);
        assert_eq!(out.code, 0, "{shell}: {}", out.snapshot());
        assert!(out.stdout.contains("fail-under"), "{shell}: audit's flags");
        assert!(
            out.stdout.contains("sdk-version"),
            "{shell}: plugins new's flags"
        );
        assert!(
            !out.stdout.contains("isolate-worker"),
            "{shell}: a hidden command"
        );
    }
    // Sourced in bash, the script registers a completion for `accord` that completes.
    let tmp = temp_dir("completions");
    let script = tmp.path().join("accord.bash");
    std::fs::write(&script, run(&["completions", "bash"]).stdout).unwrap();
    let probe = format!(
        "source '{}' && complete -p accord && COMP_WORDS=(accord au) && COMP_CWORD=1 \
         && COMP_LINE='accord au' && COMP_POINT=9 && _accord accord au accord \
         && echo \"words: ${{COMPREPLY[*]}}\"",
        script.display()
    );
    match Command::new("bash").arg("-c").arg(&probe).output() {
        Ok(output) => {
            let printed = String::from_utf8_lossy(&output.stdout);
            assert!(
                output.status.success(),
                "{printed}{}",
                String::from_utf8_lossy(&output.stderr)
            );
            assert!(printed.contains("-F _accord accord"), "{printed}");
            let words = printed
                .lines()
                .find_map(|l| l.strip_prefix("words: "))
                .unwrap_or_default();
            assert!(words.split(' ').any(|w| w == "audit"), "{printed}");
        }
        Err(e) => eprintln!("skipping the bash completion check: bash could not run ({e})"),
    }
    let out = run(&["completions", "tcsh"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stderr.contains("[possible values: bash"),
        "{}",
        out.stderr
    );
}

#[test]
fn manual_pages() {
    let out = run(&["man"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains(".TH accord 1"), "{}", out.stdout);
    assert!(out.stdout.contains(".SH EXAMPLES"), "{}", out.stdout);
    let out = run(&["man", "plugins", "new"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains(".TH accord-plugins-new 1"));
    let out = run(&["man", "audti"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(
        out.stderr
            .contains("error: `accord` has no command `audti`\nhelp: the commands with a page are: validate, audit,"),
        "{}",
        out.stderr
    );

    let tmp = temp_dir("man");
    let dir = tmp.path().join("man1");
    let out = run(&["man", "--out", dir.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let mut pages: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    pages.sort();
    assert_eq!(
        pages,
        [
            "accord-audit.1",
            "accord-completions.1",
            "accord-config-init.1",
            "accord-config-show.1",
            "accord-config.1",
            "accord-explain.1",
            "accord-init.1",
            "accord-lsp.1",
            "accord-man.1",
            "accord-plugins-list.1",
            "accord-plugins-lock.1",
            "accord-plugins-new.1",
            "accord-plugins-verify.1",
            "accord-plugins.1",
            "accord-rules.1",
            "accord-schema.1",
            "accord-serve.1",
            "accord-validate.1",
            "accord.1",
        ]
    );
    assert_eq!(
        out.stdout,
        format!("wrote {} manual pages to {}\n", pages.len(), dir.display())
    );
    // `man` renders each one, where it is installed.
    if Command::new("man").arg("--version").output().is_ok() {
        let page = Path::new(&dir).join("accord-audit.1");
        let output = Command::new("man")
            .args(["-l", page.to_str().unwrap()])
            .env("MANPAGER", "cat")
            .output()
            .unwrap();
        assert!(output.status.success());
        assert!(String::from_utf8_lossy(&output.stdout).contains("--fail-under"));
    }
}

#[test]
fn colour_follows_the_flag_then_no_color_then_clicolor_force() {
    // A diagnostic (validate), an error (a refused plugin name) and clap's own usage error.
    let runs: [&[&str]; 3] = [
        &["validate", "examples/invalid/clinic-draft.toml"],
        &["plugins", "new", "Bad_Name"],
        &["audti"],
    ];
    for args in runs {
        let with = |flag: Option<&str>, env: &[(&str, &str)]| {
            let mut all: Vec<&str> = args.to_vec();
            if let Some(flag) = flag {
                all.extend(["--color", flag]);
            }
            let out = run_with_env(&all, env);
            assert_eq!(out.code, 2, "{args:?}: {}", out.snapshot());
            coloured(&out.stdout) || coloured(&out.stderr)
        };
        // auto: never into a pipe, unless forced.
        assert!(!with(None, &[]), "{args:?}");
        assert!(with(None, &[("CLICOLOR_FORCE", "1")]), "{args:?}");
        assert!(!with(None, &[("CLICOLOR_FORCE", "0")]), "{args:?}");
        assert!(
            !with(None, &[("CLICOLOR_FORCE", "1"), ("NO_COLOR", "1")]),
            "{args:?}: NO_COLOR wins over CLICOLOR_FORCE"
        );
        // The flag wins over both.
        assert!(with(Some("always"), &[("NO_COLOR", "1")]), "{args:?}");
        assert!(!with(Some("never"), &[("CLICOLOR_FORCE", "1")]), "{args:?}");
        assert!(!with(Some("auto"), &[]), "{args:?}");
    }
    let out = run_with_env(&["plugins", "new", "Bad_Name", "--color", "always"], &[]);
    assert!(
        out.stderr
            .starts_with("\x1b[1;31merror\x1b[0m: `Bad_Name` is not a valid plugin name"),
        "{:?}",
        out.stderr
    );
    let out = run_with_env(&["audit", "x.toml", "--color", "purple"], &[]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("[possible values: auto, always, never]"),
        "{}",
        out.stderr
    );
}

/// `accord rules` in an 80-column terminal (`COLUMNS`, as a pipe to `less` has): every line
/// fits, with a funder's pack whose source names are long, and every rule is listed.
#[test]
fn rules_fit_an_80_column_terminal() {
    let output = accord()
        .current_dir(workspace_root())
        .args([
            "rules",
            "--no-config",
            "--pack",
            "examples/packs/funder-pack.toml",
        ])
        .env("COLUMNS", "80")
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .expect("accord runs");
    assert!(output.status.success());
    let text = String::from_utf8(output.stdout).expect("UTF-8");
    let too_long: Vec<&str> = text.lines().filter(|l| l.chars().count() > 80).collect();
    assert!(too_long.is_empty(), "{too_long:#?}");
    let listed = run(&[
        "rules",
        "--no-config",
        "--pack",
        "examples/packs/funder-pack.toml",
        "--format",
        "json",
    ]);
    for line in listed.stdout.lines() {
        let rule: serde_json::Value = serde_json::from_str(line).expect("a JSON line");
        let id = rule["id"].as_str().expect("an id");
        assert!(text.lines().any(|l| l == id), "{id} has a line of its own");
    }
}
