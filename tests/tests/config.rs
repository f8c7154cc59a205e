//! `accord.toml` end to end: discovery in the working directory and its parents (never next
//! to the audited charters), `--no-config`, `--config FILE`, an invalid config, the config named
//! in every report; and plugin pins: `accord plugins lock` and `verify`, a mismatch refused (also
//! with `--allow-unpinned`), an unpinned extra plugin refused unless `--allow-unpinned`.
//!
//! Each test builds its own directory tree under the system temporary directory, with copies of
//! the freshly built plugins (so the config's `plugin_dirs` is what finds them). Snapshots show
//! that directory as `[DIR]` and every sha256 as `[sha256]` (the plugins change with each build).

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::util::audit::*;
use crate::util::{Output, c_plugin, plugin_dir, temp_dir, workspace_root};

const CHARTER: &str = "tests/fixtures/audit/healthy-full.toml";
const PLUGINS: [&str; 4] = ["transparency", "humility", "exit-plan", "collaboration"];

/// The library file of a plugin, as the host names it.
fn library(name: &str) -> String {
    format!(
        "{}accord_{}{}",
        std::env::consts::DLL_PREFIX,
        name.replace('-', "_"),
        std::env::consts::DLL_SUFFIX
    )
}

/// A temporary tree: `plugins/` (copies of the built plugins), `project/accord.toml`
/// (profile funder-screening, `plugin_dirs = ["../plugins"]`, a comment) with
/// `project/a/b/c/` below it, `submissions/` (a charter and an `accord.toml` that must never be
/// used), and `elsewhere/` (no config above it).
struct Tree {
    dir: tempfile::TempDir,
}

const PROJECT_CONFIG: &str = "# Accord settings for the project (tests/tests/config.rs)\n\
profile = \"funder-screening\"\n\
plugin_dirs = [\"../plugins\"] # copies of the freshly built plugins\n";

impl Tree {
    fn new(label: &str) -> Tree {
        let dir = temp_dir(label);
        let root = dir.path();
        for sub in ["plugins", "project/a/b/c", "submissions", "elsewhere"] {
            std::fs::create_dir_all(root.join(sub)).unwrap();
        }
        for name in PLUGINS {
            std::fs::copy(
                plugin_dir().join(library(name)),
                root.join("plugins").join(library(name)),
            )
            .unwrap();
        }
        std::fs::write(root.join("project/accord.toml"), PROJECT_CONFIG).unwrap();
        std::fs::copy(
            workspace_root().join(CHARTER),
            root.join("submissions/charter.toml"),
        )
        .unwrap();
        // A config next to the charters: were it used, the run would fail (no such plugin
        // directory, an unknown profile).
        std::fs::write(
            root.join("submissions/accord.toml"),
            "profile = \"no-such-profile\"\nplugin_dirs = [\"/nonexistent\"]\n",
        )
        .unwrap();
        Tree { dir }
    }

    fn path(&self, sub: &str) -> PathBuf {
        self.dir.path().join(sub)
    }

    fn charter(&self) -> String {
        self.path("submissions/charter.toml").display().to_string()
    }

    /// `accord ARGS…` run in `sub` (with `--today` for audits).
    fn run(&self, sub: &str, args: &[&str]) -> Output {
        let mut all: Vec<&str> = args.to_vec();
        if args.first() == Some(&"audit") {
            all.extend(["--today", TODAY]);
        }
        accord_in(&self.path(sub), &all)
    }

    /// Insta settings that also show this tree as `[DIR]` and any sha256 as `[sha256]`.
    fn settings(&self) -> insta::Settings {
        let mut settings = crate::util::insta_settings();
        for dir in [
            self.dir.path().canonicalize().unwrap(),
            self.dir.path().to_owned(),
        ] {
            settings.add_filter(&escape(&dir.display().to_string()), "[DIR]");
        }
        // The tree once the `[TMP]` filter has run: `temp_dir` adds 6 random characters.
        settings.add_filter(r"\[TMP\]/accord-tests-[a-z-]+-[0-9A-Za-z]{6}", "[DIR]");
        settings.add_filter("[0-9a-f]{64}", "[sha256]");
        // The C plugins' directory (under the target directory, named with a build hash),
        // before the plugin directory that contains it.
        settings.add_filter(&escape(env!("ACCORD_TEST_C_PLUGINS")), "[C_PLUGINS]");
        settings.add_filter(
            r"\[ROOT\]/target/[a-z]+/build/accord-tests-[0-9a-f]+/out/c-plugins",
            "[C_PLUGINS]",
        );
        settings.add_filter(&escape(&plugin_dir().display().to_string()), "[PLUGIN_DIR]");
        settings.add_filter(r"\[ROOT\]/target/[a-z]+", "[PLUGIN_DIR]");
        settings
    }
}

fn escape(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if "\\.+*?()|[]{}^$#&-~".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// The one report of a JSON run, schema-checked.
fn report(out: &Output) -> Value {
    assert_no_crash(out, "audit");
    only_report(out)
}

fn same_file(a: &str, b: &Path) -> bool {
    Path::new(a).canonicalize().ok() == b.canonicalize().ok()
}

// ---------------------------------------------------------------------------------------------
// Discovery

#[test]
fn discovered_from_a_nested_directory() {
    let tree = Tree::new("config-nested");
    let charter = tree.charter();
    let out = tree.run("project/a/b/c", &["audit", &charter, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let r = report(&out);
    let config = r["config"].as_str().expect("the report names the config");
    assert!(
        same_file(config, &tree.path("project/accord.toml")),
        "{config}"
    );
    assert_eq!(r["profile"]["name"], "funder-screening");
    // The plugins came from the config's plugin_dirs (relative to the config's directory).
    for plugin in r["plugins"].as_array().unwrap() {
        let path = Path::new(plugin["path"].as_str().unwrap());
        assert!(
            same_file(
                path.parent().unwrap().to_str().unwrap(),
                &tree.path("plugins")
            ),
            "{}",
            path.display()
        );
    }

    // The text report names it too.
    let text = tree.run("project/a/b/c", &["audit", &charter]);
    assert_eq!(text.code, 0);
    let named: Vec<&str> = text
        .stdout
        .lines()
        .filter(|l| l.contains("config "))
        .collect();
    assert_eq!(named.len(), 1, "{}", text.stdout);
    assert!(
        named[0].contains(&format!("config {config}")),
        "{}",
        named[0]
    );
    tree.settings().bind(|| {
        insta::assert_snapshot!(
            "discovered_config_text_header",
            text.stdout.lines().take(6).collect::<Vec<_>>().join("\n")
        )
    });

    // From the project directory itself as well.
    let here = tree.run("project", &["audit", &charter, "--format", "json"]);
    assert_eq!(report(&here)["config"], r["config"]);
}

#[test]
fn no_config_ignores_it() {
    let tree = Tree::new("config-none");
    let charter = tree.charter();
    let dir = plugin_dir_arg();
    let out = tree.run(
        "project/a/b/c",
        &[
            "audit",
            &charter,
            "--no-config",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let r = report(&out);
    assert!(r["config"].is_null());
    assert_eq!(r["profile"]["name"], "default");
    let text = tree.run(
        "project/a/b/c",
        &["audit", &charter, "--no-config", "--plugin-dir", &dir],
    );
    assert!(text.stdout.contains(", no config, "), "{}", text.stdout);
}

#[test]
fn config_flag_names_one() {
    let tree = Tree::new("config-flag");
    std::fs::write(
        tree.path("other.toml"),
        "profile = \"self-audit\"\nplugin_dirs = [\"./plugins\"]\n",
    )
    .unwrap();
    let other = tree.path("other.toml").display().to_string();
    let charter = tree.charter();
    // From inside the project, --config wins over the discovered accord.toml.
    let out = tree.run(
        "project/a/b/c",
        &["audit", &charter, "--config", &other, "--format", "json"],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let r = report(&out);
    assert!(same_file(
        r["config"].as_str().unwrap(),
        &tree.path("other.toml")
    ));
    assert_eq!(r["profile"]["name"], "self-audit");
    // --profile overrides the config's profile.
    let out = tree.run(
        "project/a/b/c",
        &[
            "audit",
            &charter,
            "--profile",
            "default",
            "--format",
            "json",
        ],
    );
    let r = report(&out);
    assert_eq!(r["profile"]["name"], "default");
    assert!(same_file(
        r["config"].as_str().unwrap(),
        &tree.path("project/accord.toml")
    ));
}

#[test]
fn a_config_next_to_the_charters_is_not_used() {
    let tree = Tree::new("config-beside");
    let dir = plugin_dir_arg();
    // From a directory with no accord.toml above it: the submissions' accord.toml (which
    // names an unknown profile) is neither used nor audited as a charter.
    let out = tree.run(
        "elsewhere",
        &[
            "audit",
            "../submissions",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let lines = json_lines(&out);
    assert_eq!(
        lines.len(),
        1,
        "one charter: accord.toml is skipped by the walk"
    );
    assert_eq!(lines[0]["charter"]["path"], "../submissions/charter.toml");
    assert!(lines[0]["config"].is_null());
    assert_eq!(lines[0]["profile"]["name"], "default");
    // The same with the charter named directly.
    let out = tree.run(
        "elsewhere",
        &[
            "audit",
            "../submissions/charter.toml",
            "--plugin-dir",
            &dir,
            "--format",
            "json",
        ],
    );
    assert!(report(&out)["config"].is_null());
}

#[test]
fn an_invalid_config_is_refused() {
    let tree = Tree::new("config-invalid");
    std::fs::write(
        tree.path("project/accord.toml"),
        "# a typo\nprofil = \"funder-screening\"\nplugin_dirs = \"../plugins\"\n",
    )
    .unwrap();
    let charter = tree.charter();
    let out = tree.run("project/a/b/c", &["audit", &charter]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr.contains("accord.toml"),
        "names the file: {}",
        out.stderr
    );
    assert!(
        out.stderr.contains("did you mean `profile`?"),
        "{}",
        out.stderr
    );
    tree.settings()
        .bind(|| insta::assert_snapshot!("invalid_config", out.snapshot()));
    // `accord validate --as config` says the same.
    let out = tree.run("project", &["validate", "--as", "config", "accord.toml"]);
    assert_eq!(out.code, 2);
    tree.settings()
        .bind(|| insta::assert_snapshot!("validate_as_config", out.snapshot()));
    // Not TOML at all.
    std::fs::write(tree.path("project/accord.toml"), "profile: default\n").unwrap();
    let out = tree.run("project/a/b/c", &["audit", &charter]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stderr.contains("accord.toml"), "{}", out.stderr);
    // --config naming a missing file.
    let out = tree.run(
        "elsewhere",
        &["audit", &charter, "--config", "missing.toml"],
    );
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stderr.contains("missing.toml"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------------------------
// Pins

/// The sha256 of a file, by `sha256sum`.
fn sha256_of(path: &Path) -> String {
    let out = std::process::Command::new("sha256sum")
        .arg(path)
        .output()
        .expect("sha256sum");
    String::from_utf8(out.stdout).unwrap()[..64].to_owned()
}

/// The C plugin of build.rs that audits fine (its manifest names it `c-demo`).
fn c_demo() -> String {
    c_plugin("c-demo").display().to_string()
}

/// A tree whose project config has been locked.
fn locked(label: &str) -> Tree {
    let tree = Tree::new(label);
    let out = tree.run("project", &["plugins", "lock"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    tree
}

#[test]
fn lock_writes_pins_and_keeps_comments_and_verify_passes() {
    let tree = Tree::new("pins-lock");
    let out = tree.run("project/a/b/c", &["plugins", "lock"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    tree.settings()
        .bind(|| insta::assert_snapshot!("plugins_lock", out.snapshot()));
    let written = std::fs::read_to_string(tree.path("project/accord.toml")).unwrap();
    assert!(
        written.starts_with(PROJECT_CONFIG),
        "the config, its comments included, is kept as it was:\n{written}"
    );
    for name in PLUGINS {
        let hash = sha256_of(&tree.path("plugins").join(library(name)));
        assert!(
            written.contains(&format!("{name} = \"{hash}\"")),
            "{name} pinned to {hash}:\n{written}"
        );
    }
    tree.settings()
        .bind(|| insta::assert_snapshot!("locked_accord_toml", written));
    // The locked file still validates.
    let out = tree.run("project", &["validate", "--as", "config", "accord.toml"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());

    let out = tree.run("project/a/b/c", &["plugins", "verify"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    tree.settings()
        .bind(|| insta::assert_snapshot!("plugins_verify_ok", out.snapshot()));

    // An audit records every plugin as pinned.
    let charter = tree.charter();
    let out = tree.run("project", &["audit", &charter, "--format", "json"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let r = report(&out);
    assert_eq!(r["allow_unpinned"], false);
    assert!(
        r["plugins"]
            .as_array()
            .unwrap()
            .iter()
            .all(|p| p["pinned"] == true)
    );

    // Locking again changes nothing.
    let out = tree.run("project", &["plugins", "lock"]);
    assert_eq!(out.code, 0);
    assert_eq!(
        std::fs::read_to_string(tree.path("project/accord.toml")).unwrap(),
        written
    );
}

#[test]
fn a_pin_mismatch_is_refused() {
    let tree = locked("pins-mismatch");
    let config = tree.path("project/accord.toml");
    let text = std::fs::read_to_string(&config).unwrap();
    let library_path = tree.path("plugins").join(library("humility"));
    let real = sha256_of(&library_path);
    let bogus = "0".repeat(64);
    let corrupted = text.replace(&real, &bogus);
    assert_ne!(corrupted, text);
    std::fs::write(&config, corrupted).unwrap();
    let charter = tree.charter();

    for extra in [&[][..], &["--allow-unpinned"][..]] {
        let mut args = vec!["audit", charter.as_str()];
        args.extend_from_slice(extra);
        let out = tree.run("project", &args);
        assert_eq!(out.code, 2, "{extra:?}: {}", out.snapshot());
        assert!(out.stdout.is_empty(), "nothing audited: {}", out.stdout);
        for needle in [
            real.as_str(),
            bogus.as_str(),
            "accord.toml",
            library("humility").as_str(),
        ] {
            assert!(
                out.stderr.contains(needle),
                "{extra:?}: the refusal names `{needle}`:\n{}",
                out.stderr
            );
        }
        if extra.is_empty() {
            tree.settings()
                .bind(|| insta::assert_snapshot!("pin_mismatch", out.snapshot()));
        }
    }
    let out = tree.run("project", &["plugins", "verify"]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    tree.settings()
        .bind(|| insta::assert_snapshot!("plugins_verify_mismatch", out.snapshot()));
}

#[cfg(unix)]
#[test]
fn an_unpinned_plugin_needs_allow_unpinned() {
    let tree = locked("pins-unpinned");
    let charter = tree.charter();
    let demo = c_demo();
    let out = tree.run("project", &["audit", &charter, "--plugin", &demo]);
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stdout.is_empty());
    assert!(out.stderr.contains("--allow-unpinned"), "{}", out.stderr);
    assert!(
        out.stderr.contains(&sha256_of(Path::new(&demo))),
        "{}",
        out.stderr
    );
    // The hint names the command that pins this very file.
    assert!(
        out.stderr.contains(&format!(
            "run `accord plugins lock --plugin {demo}` to pin it"
        )),
        "{}",
        out.stderr
    );
    tree.settings()
        .bind(|| insta::assert_snapshot!("unpinned_plugin_refused", out.snapshot()));

    let out = tree.run(
        "project",
        &[
            "audit",
            &charter,
            "--plugin",
            &demo,
            "--allow-unpinned",
            "--format",
            "json",
        ],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let r = report(&out);
    assert_eq!(r["allow_unpinned"], true);
    let pinned: Vec<(String, bool)> = r["plugins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["name"].as_str().unwrap().to_owned(),
                p["pinned"].as_bool().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pinned,
        [
            ("transparency".to_owned(), true),
            ("humility".to_owned(), true),
            ("exit-plan".to_owned(), true),
            ("collaboration".to_owned(), true),
            ("c-demo".to_owned(), false),
        ]
    );
    let c = &r["plugins"][4];
    assert_eq!(c["sha256"], sha256_of(Path::new(&demo)));
    assert!(same_file(c["path"].as_str().unwrap(), Path::new(&demo)));
}

#[cfg(unix)]
#[test]
fn the_unpinned_refusal_reads_well() {
    let tree = locked("pins-wording");
    let charter = tree.charter();
    let out = tree.run("project", &["audit", &charter, "--plugin", &c_demo()]);
    assert_eq!(out.code, 2);
    assert!(!out.stderr.contains("(("), "{}", out.stderr);
}

#[test]
fn config_init_writes_a_commented_configuration_that_validates() {
    let tree = Tree::new("config-init");
    let out = tree.run("elsewhere", &["config", "init"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let written = std::fs::read_to_string(tree.path("elsewhere/accord.toml")).unwrap();
    for explained in [
        "profile = \"default\"",
        "# packs = ",
        "# plugin_dirs = ",
        "# [pins]",
    ] {
        assert!(written.contains(explained), "{explained} in:\n{written}");
    }
    let out = tree.run("elsewhere", &["validate", "--as", "config", "accord.toml"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // Uncommented, the examples are a valid configuration too (with a real pack and pin).
    let uncommented: String = written
        .lines()
        .map(|l| match l.strip_prefix("# ") {
            Some(rest) if rest.contains(" = ") || rest.starts_with('[') => rest,
            _ => l,
        })
        .collect::<Vec<_>>()
        .join("\n");
    std::fs::write(tree.path("elsewhere/all.toml"), uncommented).unwrap();
    let out = tree.run("elsewhere", &["validate", "--as", "config", "all.toml"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    // Never over an existing file.
    let out = tree.run("elsewhere", &["config", "init"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("already exists"), "{}", out.stderr);
}

#[test]
fn config_show_says_where_each_part_comes_from() {
    let tree = Tree::new("config-show");
    let out = tree.run("project/a/b/c", &["config", "show"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    for part in [
        "project/accord.toml (found by looking in",
        "funder-screening (built in; named by the configuration)",
        "core 1.0.0 (built in; named by the profile, 7 rules)",
        "in a plugin_dirs entry of",
        "pins           none",
    ] {
        assert!(out.stdout.contains(part), "{part} in:\n{}", out.stdout);
    }
    tree.settings()
        .bind(|| insta::assert_snapshot!("config_show", out.snapshot()));
    let out = tree.run(
        "elsewhere",
        &[
            "config",
            "show",
            "--no-config",
            "--plugin-dir",
            &plugin_dir().display().to_string(),
        ],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.starts_with("configuration  none (--no-config)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("default (built in; the default)"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("; in a --plugin-dir; not pinned)"),
        "{}",
        out.stdout
    );
}
