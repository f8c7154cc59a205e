//! `accord plugins new`: the generated projects build, pass their own tests and load in the host
//! (a new author runs `accord plugins new my-rules` anywhere, `cargo test` in it passes, and
//! `accord audit --plugin <built .so> …` shows its rule).
//!
//! The Rust project is generated in a temporary directory outside this checkout, on the SDK
//! copy the binary embeds (vendored into the project), then moved before it is built: no path
//! may point outside it. It builds with `CARGO_TARGET_DIR` set to `target/scaffold-test` of this
//! workspace, so its dependencies compile once (the first run takes about a minute) and later
//! runs only rebuild the generated crate; its Cargo.lock is the workspace's, so the crates
//! already in cargo's cache suffice (no network). The C project is built with `make` (or `cc`
//! directly when there is no `make`).

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use accord_core::plugin::library_file_name;
use serde_json::Value;

use crate::util::{Output, run, run_in, temp_dir, workspace_root};

/// Where the generated Rust projects build: shared by every run, so dependencies build once.
fn scaffold_target_dir() -> PathBuf {
    workspace_root().join("target").join("scaffold-test")
}

/// Runs a command to completion, panicking with its output when it fails.
fn run_ok(cmd: &mut Command) -> String {
    cmd.stdin(Stdio::null());
    let output = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run {cmd:?}: {e}"));
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "{cmd:?} failed ({}):\n--- stdout ---\n{stdout}\n--- stderr ---\n{stderr}",
        output.status
    );
    stdout + &stderr
}

fn cargo_in(project: &Path, args: &[&str]) -> String {
    let mut cmd = Command::new(env!("CARGO"));
    cmd.current_dir(project)
        .args(args)
        .env("CARGO_TARGET_DIR", scaffold_target_dir())
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_ENCODED_RUSTFLAGS");
    run_ok(&mut cmd)
}

/// The JSON Lines of a run, parsed.
fn json_lines(output: &Output) -> Vec<Value> {
    output
        .stdout
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("not JSON ({e}): {line}")))
        .collect()
}

/// The one report of an `audit --format json` run over one charter.
fn report(output: &Output) -> Value {
    assert!(!output.crashed(), "{}", output.snapshot());
    let lines = json_lines(output);
    assert_eq!(lines.len(), 1, "{}", output.snapshot());
    lines.into_iter().next().unwrap()
}

/// The rule ids `accord rules --no-config --plugin <library>` lists.
fn rule_ids(library: &Path) -> Vec<String> {
    let out = run(&[
        "rules",
        "--no-config",
        "--plugin",
        path_str(library),
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    json_lines(&out)
        .iter()
        .map(|rule| rule["id"].as_str().unwrap_or_default().to_owned())
        .collect()
}

/// Audits one charter (relative to the workspace root) with the built-in plugins, the `core`
/// pack and `library`.
fn audit_with(library: &Path, charter: &str, extra: &[&str]) -> Value {
    let mut args = vec![
        "audit",
        "--no-config",
        "--today",
        "2026-01-01",
        "--format",
        "json",
        "--plugin",
        path_str(library),
    ];
    args.extend_from_slice(extra);
    args.push(charter);
    report(&run(&args))
}

/// The (rule, path, line) of each finding of `rule`.
fn findings_of(report: &Value, rule: &str) -> Vec<(String, String, u64)> {
    report["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|f| f["rule"] == rule)
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default().to_owned(),
                f["path"].as_str().unwrap_or_default().to_owned(),
                f["line"].as_u64().unwrap_or_default(),
            )
        })
        .collect()
}

fn path_str(path: &Path) -> &str {
    path.to_str()
        .unwrap_or_else(|| panic!("{} is not UTF-8", path.display()))
}

fn plugin_names(report: &Value) -> Vec<&str> {
    report["plugins"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|p| p["name"].as_str())
        .collect()
}

#[test]
fn rust_scaffold_builds_anywhere_passes_its_tests_audits_and_pins() {
    let tmp = temp_dir("scaffold-rust");
    // Outside any checkout: the SDK comes from the binary itself.
    let out = run_in(tmp.path(), &["plugins", "new", "demo-rules"]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.contains("created the Rust plugin `demo-rules`"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("vendor/accord-plugin"),
        "{}",
        out.stdout
    );
    // Moved before it is built: it must depend on nothing by an absolute path.
    let project = tmp.path().join("moved").join("demo-rules");
    std::fs::create_dir_all(project.parent().unwrap()).unwrap();
    std::fs::rename(tmp.path().join("demo-rules"), &project).unwrap();
    for file in [
        "Cargo.toml",
        "Cargo.lock",
        "README.md",
        ".gitignore",
        "src/lib.rs",
        "src/rules/mod.rs",
        "src/rules/budget_currency.rs",
        "tests/fixture.rs",
        "tests/fixtures/charter.toml",
        "vendor/accord-plugin/Cargo.toml",
        "vendor/accord-plugin/README.md",
        "vendor/accord-plugin/LICENSE-MIT",
        "vendor/accord-plugin/include/accord_plugin.h",
        "vendor/accord-plugin-testkit/Cargo.toml",
        "vendor/accord-plugin-testkit/LICENSE-APACHE",
    ] {
        assert!(project.join(file).is_file(), "{file} was not written");
    }
    let manifest = std::fs::read_to_string(project.join("Cargo.toml")).unwrap();
    let version = env!("CARGO_PKG_VERSION");
    for krate in ["accord-plugin", "accord-plugin-testkit"] {
        let dependency =
            format!("{krate} = {{ version = \"{version}\", path = \"vendor/{krate}\" }}");
        assert!(manifest.contains(&dependency), "{dependency}:\n{manifest}");
    }
    assert!(manifest.contains("crate-type = [\"cdylib\", \"rlib\"]"));
    assert!(manifest.contains("\n[workspace]\n"));
    // The vendored SDK is the workspace's own source, with a manifest that stands alone.
    for file in ["src/lib.rs", "src/charter.rs", "include/accord_plugin.h"] {
        assert_eq!(
            std::fs::read(project.join("vendor/accord-plugin").join(file)).unwrap(),
            std::fs::read(workspace_root().join("crates/accord-plugin").join(file)).unwrap(),
            "vendor/accord-plugin/{file}"
        );
    }
    let testkit =
        std::fs::read_to_string(project.join("vendor/accord-plugin-testkit/Cargo.toml")).unwrap();
    assert!(!testkit.contains("workspace = true"), "{testkit}");
    assert!(
        testkit.contains(&format!(
            "accord-plugin = {{ version = \"{version}\", path = \"../accord-plugin\" }}"
        )),
        "{testkit}"
    );
    for text in [&manifest, &testkit] {
        assert!(!text.contains(path_str(tmp.path())), "{text}");
        assert!(!text.contains(path_str(&workspace_root())), "{text}");
    }
    let readme = std::fs::read_to_string(project.join("README.md")).unwrap();
    let library_name = library_file_name("demo-rules");
    assert!(readme.contains(&format!(
        "accord audit --plugin target/debug/{library_name}"
    )));

    // The generated fixture charter is a valid charter for the host too.
    let fixture = project.join("tests/fixtures/charter.toml");
    let out = run(&["validate", path_str(&fixture)]);
    assert_eq!(out.code, 0, "{}", out.snapshot());

    // Its own tests pass: the rule's unit tests (fires, passes, option, not applicable), the
    // manifest checks and the fixture test through the testkit's TOML loader.
    let tests = cargo_in(&project, &["test"]);
    for name in [
        "rules::budget_currency::tests::fires_for_a_currency_not_accepted ... ok",
        "rules::budget_currency::tests::passes_for_an_accepted_currency ... ok",
        "rules::budget_currency::tests::the_option_changes_what_is_accepted ... ok",
        "rules::budget_currency::tests::not_applicable_without_a_budget ... ok",
        "tests::manifest_lists_every_rule_with_its_text ... ok",
        "the_fixture_charter_passes ... ok",
        "a_budget_in_another_currency_is_found ... ok",
    ] {
        assert!(tests.contains(name), "`{name}` did not pass:\n{tests}");
    }
    assert!(
        !tests.contains("Updating crates.io index") && !tests.contains("Downloading"),
        "the build went to the network:\n{tests}"
    );

    // Built, the library loads in the host and shows its rule.
    cargo_in(&project, &["build"]);
    let library = scaffold_target_dir().join("debug").join(&library_name);
    assert!(library.is_file(), "{} was not built", library.display());
    let ids = rule_ids(&library);
    assert!(
        ids.iter().any(|id| id == "demo-rules.budget-currency"),
        "{ids:?}"
    );

    // On the healthy example charter (budget in USD) the new rule is evaluated and passes.
    let healthy = audit_with(&library, "examples/charters/rebuild-haiti.toml", &[]);
    assert_eq!(healthy["status"], "audited", "{healthy:#}");
    assert_eq!(healthy["verdict"], "pass");
    assert!(
        plugin_names(&healthy).contains(&"demo-rules"),
        "{healthy:#}"
    );
    assert_eq!(
        healthy["score"]["categories"]["demo-rules"], 100.0,
        "{healthy:#}"
    );
    assert!(findings_of(&healthy, "demo-rules.budget-currency").is_empty());

    // On a budget in soles it finds the currency, located at the charter's line.
    let soles = audit_with(&library, "examples/charters/school-meals.json", &[]);
    let found = findings_of(&soles, "demo-rules.budget-currency");
    assert_eq!(found.len(), 1, "{soles:#}");
    assert_eq!(found[0].1, "/budget/currency");
    assert!(found[0].2 > 1, "{found:?}");

    // And the generated fixture charter audits (it is valid) with the rule passing.
    let own = audit_with(&library, path_str(&fixture), &[]);
    assert_eq!(own["status"], "audited", "{own:#}");
    assert!(findings_of(&own, "demo-rules.budget-currency").is_empty());

    // `plugins lock` pins it with the built-in ones, `plugins verify` then passes, and a pin
    // that no longer matches the library is refused.
    let with_library = |command: &str| {
        run_in(
            &project,
            &["plugins", command, "--plugin", path_str(&library)],
        )
    };
    let out = with_library("lock");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let config = std::fs::read_to_string(project.join("accord.toml")).unwrap();
    let sha256 = accord_core::sha256_hex(&std::fs::read(&library).unwrap());
    assert!(
        config.contains(&format!("demo-rules = \"{sha256}\"")),
        "{config}"
    );
    let out = with_library("verify");
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(
        out.stdout.contains("ok: demo-rules 0.1.0 matches its pin"),
        "{}",
        out.stdout
    );
    std::fs::write(
        project.join("accord.toml"),
        config.replace(&sha256, &"0".repeat(64)),
    )
    .unwrap();
    let out = with_library("verify");
    assert_eq!(out.code, 2, "{}", out.snapshot());
    assert!(out.stderr.contains("demo-rules"), "{}", out.stderr);
    assert!(!out.crashed());
}

#[test]
fn sdk_version_depends_on_the_published_crates() {
    let tmp = temp_dir("scaffold-sdk-version");
    let out = run_in(
        tmp.path(),
        &["plugins", "new", "published", "--sdk-version", "0.1.0"],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    assert!(out.stdout.contains("from crates.io"), "{}", out.stdout);
    let project = tmp.path().join("published");
    let manifest = std::fs::read_to_string(project.join("Cargo.toml")).unwrap();
    assert!(
        manifest.contains("\naccord-plugin = \"0.1.0\"\n"),
        "{manifest}"
    );
    assert!(
        manifest.contains("\naccord-plugin-testkit = \"0.1.0\"\n"),
        "{manifest}"
    );
    assert!(!project.join("vendor").exists(), "nothing is vendored");
    assert!(!manifest.contains("path ="), "{manifest}");

    for (args, expected) in [
        (
            &["plugins", "new", "a", "--sdk-version", "latest"][..],
            "`--sdk-version latest` is not a version",
        ),
        (
            &[
                "plugins",
                "new",
                "b",
                "--template",
                "c",
                "--sdk-version",
                "0.1.0",
            ][..],
            "a C plugin uses none",
        ),
    ] {
        let out = run_in(tmp.path(), args);
        assert_eq!(out.code, 2, "{}", out.snapshot());
        assert!(out.stderr.contains(expected), "{}", out.stderr);
    }
    assert!(!tmp.path().join("a").exists() && !tmp.path().join("b").exists());
}

#[cfg(unix)]
#[test]
fn c_scaffold_compiles_with_its_makefile_and_loads() {
    let tmp = temp_dir("scaffold-c");
    // Outside any checkout: the C variant needs no SDK, only the header it copies.
    let out = run_in(
        tmp.path(),
        &["plugins", "new", "c-rules", "--template", "c"],
    );
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let project = tmp.path().join("c-rules");
    let header = std::fs::read_to_string(project.join("accord_plugin.h")).unwrap();
    let sdk_header = std::fs::read_to_string(
        workspace_root().join("crates/accord-plugin/include/accord_plugin.h"),
    )
    .unwrap();
    assert_eq!(header, sdk_header, "the header is copied verbatim");

    let library = project.join(library_file_name("c-rules"));
    // Warnings are errors here: the template must compile cleanly with -Wall -Wextra.
    let flags = "-std=c11 -Wall -Wextra -Werror -O2";
    let mut make = Command::new("make");
    make.current_dir(&project).arg(format!("CFLAGS={flags}"));
    match make.stdin(Stdio::null()).output() {
        Ok(output) => assert!(
            output.status.success(),
            "make failed ({}):\n{}{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        ),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            eprintln!("no `make`: compiling with `cc` as the Makefile would");
            let mut cc = Command::new("cc");
            cc.current_dir(&project)
                .args(["-shared", "-fPIC"])
                .args(flags.split(' '))
                .arg("-o")
                .arg(&library)
                .arg("plugin.c");
            run_ok(&mut cc);
        }
        Err(e) => panic!("could not run make: {e}"),
    }
    assert!(library.is_file(), "{} was not built", library.display());

    let ids = rule_ids(&library);
    assert!(
        ids.iter().any(|id| id == "c-rules.budget-currency"),
        "{ids:?}"
    );

    // The rule passes on a budget in USD, fires on one in soles, and the profile's options
    // (checked against the manifest's options schema) change what it accepts.
    let healthy = audit_with(&library, "examples/charters/rebuild-haiti.toml", &[]);
    assert_eq!(healthy["status"], "audited", "{healthy:#}");
    assert!(plugin_names(&healthy).contains(&"c-rules"));
    assert!(findings_of(&healthy, "c-rules.budget-currency").is_empty());
    let soles = audit_with(&library, "examples/charters/school-meals.json", &[]);
    assert_eq!(
        findings_of(&soles, "c-rules.budget-currency").len(),
        1,
        "{soles:#}"
    );

    let profile = tmp.path().join("soles.toml");
    std::fs::write(
        &profile,
        "name = \"soles\"\nplugins = []\n[options.c-rules]\naccepted_currencies = [\"PEN\"]\n",
    )
    .unwrap();
    let with_profile = ["--profile", path_str(&profile)];
    let soles = audit_with(
        &library,
        "examples/charters/school-meals.json",
        &with_profile,
    );
    assert!(findings_of(&soles, "c-rules.budget-currency").is_empty());
    let dollars = audit_with(
        &library,
        "examples/charters/rebuild-haiti.toml",
        &with_profile,
    );
    let found = findings_of(&dollars, "c-rules.budget-currency");
    assert_eq!(found.len(), 1, "{dollars:#}");
    assert_eq!(found[0].1, "/budget/currency");

    // Without a budget the rule is not applicable.
    let no_budget = tmp.path().join("no-budget.toml");
    let minimal = std::fs::read_to_string(
        workspace_root()
            .join("crates/accord-cli/src/templates/plugin-rust/tests/fixtures/charter.toml"),
    )
    .unwrap();
    let without = minimal.split("[budget]").next().unwrap();
    std::fs::write(&no_budget, without).unwrap();
    let report = audit_with(&library, path_str(&no_budget), &with_profile);
    assert_eq!(report["status"], "audited", "{report:#}");
    assert_eq!(
        report["not_applicable"],
        serde_json::json!(["c-rules.budget-currency"])
    );
}

#[test]
fn an_existing_directory_and_bad_names_are_refused() {
    let tmp = temp_dir("scaffold-refusals");
    let taken = tmp.path().join("taken");
    std::fs::create_dir_all(&taken).unwrap();
    std::fs::write(taken.join("notes.txt"), "mine").unwrap();
    for lang in ["rust", "c"] {
        let out = run_in(tmp.path(), &["plugins", "new", "taken", "--template", lang]);
        assert_eq!(out.code, 2, "{}", out.snapshot());
        assert!(
            out.stderr.contains("already exists and is not empty"),
            "{}",
            out.stderr
        );
        assert!(!out.crashed());
    }
    let entries: Vec<_> = std::fs::read_dir(&taken).unwrap().collect();
    assert_eq!(
        entries.len(),
        1,
        "nothing was added to the existing directory"
    );
    assert_eq!(
        std::fs::read_to_string(taken.join("notes.txt")).unwrap(),
        "mine"
    );

    for bad in ["My-Rules", "my_rules", "-rules", "my rules", "rules.x"] {
        let out = run_in(
            tmp.path(),
            &["plugins", "new", "--template", "c", "--", bad],
        );
        assert_eq!(out.code, 2, "{bad}: {}", out.snapshot());
        assert!(
            out.stderr.contains("not a valid plugin name"),
            "{}",
            out.stderr
        );
    }
    for reserved in ["transparency", "accord", "waiver", "exit", "accountability"] {
        for lang in ["rust", "c"] {
            let out = run_in(
                tmp.path(),
                &["plugins", "new", reserved, "--template", lang],
            );
            assert_eq!(out.code, 2, "{}", out.snapshot());
            assert!(
                out.stderr
                    .contains(&format!("error: `{reserved}` is reserved: ")),
                "{}",
                out.stderr
            );
            assert!(out.stderr.contains("help: choose another name"));
        }
    }
    // Nothing was created by the refusals.
    let created: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .map(|e| e.file_name())
        .collect();
    assert_eq!(created, ["taken"]);
}
