//! The release bundle: `scripts/package.sh` packages the build the harness made (the debug
//! build under `cargo test`: a release build is too slow here), and the unpacked bundle works on
//! its own, from an empty directory with no checkout around it.

#![cfg(target_os = "linux")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::util::{built, temp_dir, workspace_root};

/// Runs a command, panicking with its output unless it exits 0; returns stdout.
fn run_ok(cmd: &mut Command) -> String {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
    assert!(
        output.status.success(),
        "{cmd:?} failed ({}):\n--- stdout ---\n{}\n--- stderr ---\n{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

/// The unpacked bundle's accord, run in `dir` with nothing from the checkout or the build in its
/// environment: a bare one, whose PATH is the bundle and the system's directories.
fn bundled(accord: &Path, dir: &Path, args: &[&str]) -> (i32, String, String) {
    let bundle = accord.parent().expect("the bundle's directory");
    let output = Command::new(accord)
        .current_dir(dir)
        .args(args)
        .env_clear()
        .env("PATH", format!("{}:/usr/bin:/bin", bundle.display()))
        .env("HOME", dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("could not run {}: {e}", accord.display()));
    (
        output.status.code().expect("accord exits"),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

#[test]
fn the_packaged_bundle_works_unpacked_anywhere() {
    let build = built();
    let tmp = temp_dir("bundle");
    let dist = tmp.path().join("dist");
    let mut package = Command::new("bash");
    package
        .current_dir(workspace_root())
        .arg("scripts/package.sh")
        .arg("--no-build")
        .args(["--out", dist.to_str().unwrap()]);
    if cfg!(debug_assertions) {
        package.arg("--debug");
    }
    let started = std::time::Instant::now();
    let printed = run_ok(&mut package);
    eprintln!("package.sh took {:.1?}", started.elapsed());

    let version = env!("CARGO_PKG_VERSION");
    let host = String::from_utf8(
        Command::new("rustc")
            .arg("-vV")
            .output()
            .expect("rustc runs")
            .stdout,
    )
    .unwrap()
    .lines()
    .find_map(|l| l.strip_prefix("host: ").map(str::to_owned))
    .expect("rustc names its host");
    let name = format!("accord-{version}-{host}");
    let archive = dist.join(format!("{name}.tar.gz"));
    assert!(archive.is_file(), "no {}:\n{printed}", archive.display());
    let sums = std::fs::read_to_string(dist.join("SHA256SUMS")).unwrap();
    let digest = accord_core::sha256_hex(&std::fs::read(&archive).unwrap());
    assert_eq!(sums, format!("{digest}  {name}.tar.gz\n"));

    // Unpacked into an empty directory outside the checkout.
    let unpacked = tmp.path().join("unpacked");
    std::fs::create_dir(&unpacked).unwrap();
    run_ok(
        Command::new("tar")
            .arg("-xzf")
            .arg(&archive)
            .arg("-C")
            .arg(&unpacked),
    );
    let bundle = unpacked.join(&name);
    let plugins = ["transparency", "humility", "exit_plan", "collaboration"];
    let mut expected: Vec<String> = [
        "accord",
        "include/accord_plugin.h",
        "sdk/accord-plugin/Cargo.toml",
        "sdk/accord-plugin/README.md",
        "sdk/accord-plugin/LICENSE-MIT",
        "sdk/accord-plugin/LICENSE-APACHE",
        "sdk/accord-plugin/src/lib.rs",
        "sdk/accord-plugin/include/accord_plugin.h",
        "sdk/accord-plugin-testkit/Cargo.toml",
        "sdk/accord-plugin-testkit/README.md",
        "sdk/accord-plugin-testkit/LICENSE-MIT",
        "sdk/accord-plugin-testkit/LICENSE-APACHE",
        "sdk/accord-plugin-testkit/src/lib.rs",
        "completions/accord.bash",
        "completions/_accord",
        "completions/accord.fish",
        "completions/_accord.ps1",
        "completions/accord.elv",
        "man/man1/accord.1",
        "man/man1/accord-audit.1",
        "man/man1/accord-plugins-new.1",
        "docs/plugin-guide.md",
        "docs/install.md",
        "examples/charters/rebuild-haiti.toml",
        "README.md",
        "LICENSE-MIT",
        "LICENSE-APACHE",
        "SHA256SUMS",
    ]
    .map(str::to_owned)
    .to_vec();
    expected.extend(plugins.map(|p| format!("libaccord_{p}.so")));
    for file in &expected {
        assert!(bundle.join(file).is_file(), "the bundle has no {file}");
    }
    // The binary and plugins are the ones the harness built.
    assert_eq!(
        std::fs::read(bundle.join("accord")).unwrap(),
        std::fs::read(&build.accord).unwrap()
    );
    // SHA256SUMS covers every other file, and matches.
    let listed: Vec<(String, String)> = std::fs::read_to_string(bundle.join("SHA256SUMS"))
        .unwrap()
        .lines()
        .map(|l| {
            let (sum, file) = l.split_once("  ").expect("`<sha256>  <file>` lines");
            (sum.to_owned(), file.to_owned())
        })
        .collect();
    let mut files = Vec::new();
    walk(&bundle, &bundle, &mut files);
    files.retain(|f| f != "SHA256SUMS");
    files.sort();
    let mut names: Vec<String> = listed.iter().map(|(_, f)| f.clone()).collect();
    names.sort();
    assert_eq!(names, files);
    for (sum, file) in &listed {
        let bytes = std::fs::read(bundle.join(file)).unwrap();
        assert_eq!(*sum, accord_core::sha256_hex(&bytes), "{file}");
    }

    // From an empty directory with no checkout around it: init, then audit, with the plugins
    // found next to the binary.
    let work = tmp.path().join("work");
    std::fs::create_dir(&work).unwrap();
    let accord = bundle.join("accord");
    let (code, stdout, _) = bundled(&accord, &work, &["--version"]);
    assert_eq!(code, 0);
    assert!(
        stdout.starts_with(&format!("accord {version} (")),
        "{stdout}"
    );
    let (code, _, stderr) = bundled(&accord, &work, &["init"]);
    assert_eq!(code, 0, "{stderr}");
    assert!(work.join("charter.toml").is_file());
    let (code, stdout, stderr) = bundled(&accord, &work, &["audit", "charter.toml"]);
    assert!(code == 0 || code == 1, "exit {code}:\n{stdout}\n{stderr}");
    assert!(stdout.contains("charter.toml"), "{stdout}");
    let (code, report, stderr) = bundled(
        &accord,
        &work,
        &["audit", "--format", "json", "charter.toml"],
    );
    assert!(code == 0 || code == 1, "exit {code}: {stderr}");
    let report: serde_json::Value = serde_json::from_str(report.trim()).unwrap();
    assert_eq!(report["status"], "audited", "{report:#}");
    let bundle_real = bundle.canonicalize().unwrap();
    let loaded: Vec<PathBuf> = report["plugins"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| PathBuf::from(p["path"].as_str().unwrap()))
        .collect();
    assert_eq!(loaded.len(), 4, "{report:#}");
    for path in &loaded {
        assert_eq!(
            path.canonicalize().unwrap().parent(),
            Some(bundle_real.as_path()),
            "{} is not the bundle's",
            path.display()
        );
    }
    // The bundle's own examples, as README's first command audits them.
    let examples = bundle.join("examples/charters");
    let (code, lines, stderr) = bundled(
        &accord,
        &work,
        &["audit", examples.to_str().unwrap(), "--format", "json"],
    );
    assert_eq!(code, 1, "one example fails its verdict: {stderr}");
    let lines: Vec<serde_json::Value> = lines
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let reports: Vec<&serde_json::Value> = lines.iter().filter(|l| l["type"] == "report").collect();
    assert_eq!(reports.len(), 4, "{lines:?}");
    assert!(
        reports
            .iter()
            .all(|r| r["status"] == "audited"
                && r["plugins"].as_array().is_some_and(|p| p.len() == 4))
    );
    let (code, stdout, _) = bundled(&accord, &work, &["man", "audit"]);
    assert_eq!(code, 0);
    assert_eq!(
        stdout,
        std::fs::read_to_string(bundle.join("man/man1/accord-audit.1")).unwrap()
    );

    // A Rust plugin scaffolded by the bundled accord vendors the bundle's own SDK.
    let (code, _, stderr) = bundled(&accord, &work, &["plugins", "new", "from-bundle"]);
    assert_eq!(code, 0, "{stderr}");
    for file in ["Cargo.toml", "src/lib.rs", "include/accord_plugin.h"] {
        assert_eq!(
            std::fs::read(work.join("from-bundle/vendor/accord-plugin").join(file)).unwrap(),
            std::fs::read(bundle.join("sdk/accord-plugin").join(file)).unwrap(),
            "{file}"
        );
    }
}

/// Every file under `dir`, relative to `root`, with `/` separators.
fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            walk(root, &path, out);
        } else {
            let relative = path.strip_prefix(root).unwrap();
            out.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}
