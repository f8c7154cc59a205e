//! Trust: a planted `accord.toml` runs no code.
//!
//! A configuration found by the lookup, and every plugin directory or library reached through it
//! or through `ACCORD_PLUGIN_PATH`, must be owned by the user running accord or by root (under
//! sudo, also by `SUDO_UID`) and not be writable by group or others; otherwise the run stops
//! before loading anything (exit 2), naming the file, its owner and the fix. What the user names
//! (`--config`, `--plugin-dir`) is trusted as named.
//!
//! The planted library is tests/c/planted.c: its constructor creates the file named by
//! `ACCORD_TEST_PLANTED_MARKER`, so a test sees whether its code ran. Files owned by another user
//! are planted as `nobody` in a world-writable directory, with `setpriv` (or `su`): those tests
//! need root (CI runs as root) and say so when they skip. Tests about write permissions run as
//! any user.
#![cfg(unix)]

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

use crate::util::{Output, command_in, output_of, plugin_dir, temp_dir, workspace_root};

const CHARTER: &str = "examples/charters/water-programme.toml";

/// The planted plugin's library, as the build made it.
fn planted_library() -> PathBuf {
    let file = PathBuf::from(env!("ACCORD_TEST_C_PLUGINS"))
        .join(accord_core::plugin::library_file_name("planted"));
    assert!(file.is_file(), "build.rs did not build {}", file.display());
    file
}

fn library_name() -> String {
    accord_core::plugin::library_file_name("planted")
}

/// A profile that runs the planted plugin alone.
const EVIL_PROFILE: &str = "name = \"evil\"\nplugins = [\"planted\"]\n";
/// A configuration that brings it in.
const EVIL_CONFIG: &str = "profile = \"evil.toml\"\nplugin_dirs = [\"plugins\"]\n";

/// A directory tree for one test: `marker` is where the planted code leaves its trace.
struct Scene {
    dir: TempDir,
}

impl Scene {
    fn new(label: &str) -> Scene {
        let dir = temp_dir(label);
        // Others (`nobody`) may enter: a temporary directory starts private.
        chmod(dir.path(), 0o755);
        std::fs::copy(
            workspace_root().join(CHARTER),
            dir.path().join("charter.toml"),
        )
        .unwrap();
        Scene { dir }
    }

    fn path(&self, sub: &str) -> PathBuf {
        self.dir.path().join(sub)
    }

    fn marker(&self) -> PathBuf {
        self.path("planted-code-ran")
    }

    /// Whether the planted library's code ran (and forgets it, for the next run).
    fn planted_code_ran(&self) -> bool {
        std::fs::remove_file(self.marker()).is_ok()
    }

    /// `accord audit charter.toml --format json ARGS…` in `sub`, with `env`.
    fn audit(&self, sub: &str, args: &[&str], env: &[(&str, &str)]) -> Output {
        output_of(
            command_in(&self.path(sub))
                .args(["audit", "--today", "2026-11-27", "--format", "json"])
                .arg(self.path("charter.toml"))
                .args(args)
                .env("ACCORD_TEST_PLANTED_MARKER", self.marker())
                .env_remove("SUDO_UID")
                .envs(env.iter().copied()),
        )
    }
}

/// Asserts a run was refused before anything loaded: exit 2, nothing audited, the planted code
/// never ran, and stderr says each of `needles`.
fn assert_refused(scene: &Scene, out: &Output, needles: &[&str]) {
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stdout.is_empty(), "nothing audited: {}", out.snapshot());
    assert!(!scene.planted_code_ran(), "the planted code ran");
    for needle in needles {
        assert!(
            out.stderr.contains(needle),
            "the refusal says `{needle}`:\n{}",
            out.stderr
        );
    }
    assert!(!out.stderr.contains("internal error"), "{}", out.stderr);
}

/// Asserts the planted plugin was used: the charter audited (it passes: the plugin finds
/// nothing), and its code ran.
fn assert_used(scene: &Scene, out: &Output) {
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains("\"planted\""), "{}", out.stdout);
    assert!(scene.planted_code_ran(), "the planted plugin was loaded");
}

fn write(path: &Path, text: &str, mode: u32) {
    if let Some(dir) = path.parent() {
        std::fs::create_dir_all(dir).unwrap();
    }
    std::fs::write(path, text).unwrap();
    chmod(path, mode);
}

fn chmod(path: &Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Planting files as another user

/// `nobody`'s uid and gid, from /etc/passwd.
fn nobody() -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        (fields.first() == Some(&"nobody"))
            .then(|| Some((fields.get(2)?.parse().ok()?, fields.get(3)?.parse().ok()?)))
            .flatten()
    })
}

/// A way to run a shell script as `nobody`, or why there is none (the test then skips).
fn as_nobody() -> Result<Command, String> {
    if euid() != 0 {
        return Err("these tests plant files as `nobody`, which needs root".to_owned());
    }
    let (_, gid) = nobody().ok_or("there is no user `nobody`")?;
    let works = |cmd: &mut Command| cmd.stdout(Stdio::null()).stderr(Stdio::null()).status();
    let mut setpriv = Command::new("setpriv");
    setpriv.args([
        "--reuid=nobody",
        &format!("--regid={gid}"),
        "--clear-groups",
        "sh",
        "-c",
    ]);
    let mut probe = Command::new("setpriv");
    probe.args([
        "--reuid=nobody",
        &format!("--regid={gid}"),
        "--clear-groups",
        "true",
    ]);
    if works(&mut probe).is_ok_and(|s| s.success()) {
        return Ok(setpriv);
    }
    let mut probe = Command::new("su");
    probe.args(["nobody", "-s", "/bin/sh", "-c", "true"]);
    if works(&mut probe).is_ok_and(|s| s.success()) {
        let mut su = Command::new("su");
        su.args(["nobody", "-s", "/bin/sh", "-c"]);
        return Ok(su);
    }
    Err("neither `setpriv` nor `su` can run a command as `nobody` here".to_owned())
}

/// The effective uid of this test process (from /proc, else `id -u`).
fn euid() -> u32 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| {
            status
                .lines()
                .find_map(|l| l.strip_prefix("Uid:"))
                .and_then(|ids| ids.split_whitespace().nth(1)?.parse().ok())
        })
        .unwrap_or_else(|| {
            // No /proc: ask `id`.
            let out = Command::new("id").arg("-u").output().unwrap();
            String::from_utf8_lossy(&out.stdout).trim().parse().unwrap()
        })
}

/// Runs `script` (sh) as `nobody` in `dir`, made world-writable first, as an attacker would
/// find a shared directory. `None` (with a message) when this machine cannot.
fn plant(dir: &Path, script: &str) -> Option<()> {
    let mut cmd = match as_nobody() {
        Ok(cmd) => cmd,
        Err(why) => {
            eprintln!("skipped: {why}");
            return None;
        }
    };
    chmod(dir, 0o777);
    let run = |cmd: &mut Command, script: String| {
        cmd.arg(script)
            .stdin(Stdio::null())
            .status()
            .unwrap()
            .success()
    };
    // A temporary directory under a private one (a TMPDIR in root's home) is out of reach.
    let mut probe = as_nobody().ok()?;
    if !run(&mut probe, format!("test -w '{}'", dir.display())) {
        eprintln!(
            "skipped: `nobody` cannot write to {} (is TMPDIR private?)",
            dir.display()
        );
        return None;
    }
    let planted = run(&mut cmd, format!("cd '{}' && {script}", dir.display()));
    assert!(planted, "planting as nobody failed: {script}");
    Some(())
}

/// Puts the planted library and the evil profile where `nobody` can copy them from.
fn stage_for_nobody(scene: &Scene) {
    write(&scene.path("staged/evil.toml"), EVIL_PROFILE, 0o644);
    write(&scene.path("staged/accord.toml"), EVIL_CONFIG, 0o644);
    std::fs::copy(planted_library(), scene.path("staged").join(library_name())).unwrap();
    chmod(&scene.path("staged"), 0o755);
}

// ---------------------------------------------------------------------------------------------
// A configuration found by the lookup

#[test]
fn a_config_planted_by_another_user_is_refused_before_any_plugin_loads() {
    let scene = Scene::new("trust-planted");
    stage_for_nobody(&scene);
    let lib = library_name();
    let planted = plant(
        scene.dir.path(),
        &format!(
            "mkdir -p shared/sub shared/plugins && cp staged/accord.toml staged/evil.toml shared/ \
             && cp staged/{lib} shared/plugins/ && chmod 755 shared shared/sub shared/plugins"
        ),
    );
    if planted.is_none() {
        return;
    }
    let config = scene.path("shared/accord.toml");
    let shown = config.display().to_string();
    let out = scene.audit("shared/sub", &[], &[]);
    assert_refused(
        &scene,
        &out,
        &[
            &format!("refusing to use the configuration `{shown}`"),
            "owned by nobody",
            "--no-config",
            "--config FILE",
            "chown",
        ],
    );
    let mut settings = crate::util::insta_settings();
    settings.add_filter(r"accord-tests-trust-planted-[A-Za-z0-9]+", "[SCENE]");
    settings.add_filter(r"uid \d+", "uid [N]");
    settings.bind(|| insta::assert_snapshot!("planted_config_refused", out.stderr));

    // `--no-config` is the fix: the run goes on without it (the built-in plugins).
    let dir = plugin_dir().display().to_string();
    let out = scene.audit("shared/sub", &["--no-config", "--plugin-dir", &dir], &[]);
    assert!(matches!(out.code, 0 | 1), "{}", out.snapshot());
    assert!(!scene.planted_code_ran());

    // What the user names is trusted as named: `--config` trusts that file, not the plugin
    // directories it lists, which another user may still own; `--plugin-dir` names one.
    let out = scene.audit("shared/sub", &["--config", &shown], &[]);
    let plugins = scene.path("shared/plugins").display().to_string();
    assert_refused(
        &scene,
        &out,
        &[&format!("refusing to use the plugin directory `{plugins}`")],
    );
    let out = scene.audit(
        "shared/sub",
        &["--config", &shown, "--plugin-dir", &plugins],
        &[],
    );
    assert_used(&scene, &out);

    // Under sudo, the user who ran sudo may own it.
    let (uid, _) = nobody().unwrap();
    let out = scene.audit("shared/sub", &[], &[("SUDO_UID", &uid.to_string())]);
    assert_used(&scene, &out);
}

#[test]
fn a_config_that_others_can_write_is_refused() {
    let scene = Scene::new("trust-writable-config");
    write(&scene.path("project/evil.toml"), EVIL_PROFILE, 0o644);
    write(&scene.path("project/accord.toml"), EVIL_CONFIG, 0o666);
    std::fs::create_dir_all(scene.path("project/plugins")).unwrap();
    std::fs::copy(
        planted_library(),
        scene.path("project/plugins").join(library_name()),
    )
    .unwrap();
    let config = scene.path("project/accord.toml").display().to_string();
    let out = scene.audit("project", &[], &[]);
    assert_refused(
        &scene,
        &out,
        &[
            &config,
            "its group and every other user can write to it (mode 666)",
            "chmod go-w",
        ],
    );
    chmod(&scene.path("project/accord.toml"), 0o664);
    let out = scene.audit("project", &[], &[]);
    assert_refused(&scene, &out, &["every member of its group", "chmod g-w"]);
    // Fixed as the message says, it is used.
    chmod(&scene.path("project/accord.toml"), 0o644);
    let out = scene.audit("project", &[], &[]);
    assert_used(&scene, &out);
}

// ---------------------------------------------------------------------------------------------
// Plugin directories and libraries reached through a configuration

#[test]
fn a_plugin_directory_of_another_user_is_refused_and_trusted_when_named() {
    let scene = Scene::new("trust-plugin-dir");
    stage_for_nobody(&scene);
    let lib = library_name();
    write(&scene.path("project/accord.toml"), EVIL_CONFIG, 0o644);
    write(&scene.path("project/evil.toml"), EVIL_PROFILE, 0o644);
    chmod(&scene.path("project"), 0o777);
    let planted = plant(
        &scene.path("project"),
        &format!("mkdir plugins && cp ../staged/{lib} plugins/ && chmod 755 plugins"),
    );
    chmod(&scene.path("project"), 0o755);
    if planted.is_none() {
        return;
    }
    let out = scene.audit("project", &[], &[]);
    let plugins = scene.path("project/plugins").display().to_string();
    assert_refused(
        &scene,
        &out,
        &[
            &format!("refusing to use the plugin directory `{plugins}`"),
            "owned by nobody",
            "plugin_dirs",
            "--plugin-dir DIR",
        ],
    );
    // `--plugin-dir` names it: trusted as named.
    let out = scene.audit("project", &["--plugin-dir", &plugins], &[]);
    assert_used(&scene, &out);
}

#[test]
fn a_plugin_library_that_others_can_write_is_refused() {
    let scene = Scene::new("trust-library");
    write(&scene.path("project/accord.toml"), EVIL_CONFIG, 0o644);
    write(&scene.path("project/evil.toml"), EVIL_PROFILE, 0o644);
    std::fs::create_dir_all(scene.path("project/plugins")).unwrap();
    let library = scene.path("project/plugins").join(library_name());
    std::fs::copy(planted_library(), &library).unwrap();
    chmod(&library, 0o757);
    let out = scene.audit("project", &[], &[]);
    assert_refused(
        &scene,
        &out,
        &[
            &format!("refusing to use the plugin library `{}`", library.display()),
            "every other user can write to it (mode 757)",
            "chmod o-w",
            "--plugin FILE",
        ],
    );
    chmod(&library, 0o755);
    let out = scene.audit("project", &[], &[]);
    assert_used(&scene, &out);
}

// ---------------------------------------------------------------------------------------------
// ACCORD_PLUGIN_PATH

#[test]
fn accord_plugin_path_entries_must_be_absolute_and_trusted() {
    let scene = Scene::new("trust-plugin-path");
    write(&scene.path("evil.toml"), EVIL_PROFILE, 0o644);
    let profile = scene.path("evil.toml").display().to_string();
    std::fs::create_dir_all(scene.path("plugins")).unwrap();
    std::fs::copy(
        planted_library(),
        scene.path("plugins").join(library_name()),
    )
    .unwrap();
    let args = ["--no-config", "--profile", profile.as_str()];

    let out = scene.audit("", &args, &[("ACCORD_PLUGIN_PATH", "plugins")]);
    assert_refused(
        &scene,
        &out,
        &[
            "ACCORD_PLUGIN_PATH holds the relative directory `plugins`",
            "absolute",
        ],
    );

    let plugins = scene.path("plugins").display().to_string();
    chmod(&scene.path("plugins"), 0o777);
    let out = scene.audit("", &args, &[("ACCORD_PLUGIN_PATH", &plugins)]);
    assert_refused(
        &scene,
        &out,
        &[
            &format!("refusing to use the plugin directory `{plugins}`"),
            "every other user can write to it (mode 777)",
            "ACCORD_PLUGIN_PATH",
        ],
    );
    chmod(&scene.path("plugins"), 0o755);
    let out = scene.audit("", &args, &[("ACCORD_PLUGIN_PATH", &plugins)]);
    assert_used(&scene, &out);
}
