//! Compiles the C plugins of `c/` into shared libraries for the plugin tests.
//!
//! `cc::Build::compile` only makes static archives, so each plugin is compiled with the `cc`
//! crate's compiler command plus `-shared -fPIC`.
//! The libraries land in `$OUT_DIR/c-plugins/`, named as the host looks plugins up
//! (`libaccord_<name>.so`), and the tests find that directory through `ACCORD_TEST_C_PLUGINS`.
//! Never run cargo from here: a nested cargo deadlocks on the target directory.

use std::path::{Path, PathBuf};
use std::process::Command;

/// (source file in `c/`, library name (`accord_<name>`), extra compiler arguments).
const PLUGINS: &[(&str, &str, &[&str])] = &[
    ("good.c", "c_demo", &[]),
    ("speaks_french.c", "c_parle", &[]),
    ("no_entry.c", "no_entry", &[]),
    ("wrong_abi.c", "wrong_abi", &[]),
    ("short_struct.c", "short_struct", &[]),
    ("null_function.c", "null_function", &[]),
    ("null_entry.c", "null_entry", &[]),
    ("bad_manifest_json.c", "bad_manifest_json", &[]),
    ("manifest_fails_schema.c", "manifest_fails_schema", &[]),
    ("err_status.c", "err_status", &[]),
    ("invalid_output_json.c", "invalid_output_json", &[]),
    ("output_fails_schema.c", "output_fails_schema", &[]),
    ("unknown_rule.c", "unknown_rule", &[]),
    ("oversized_output.c", "oversized_output", &[]),
    ("not_thread_safe.c", "not_thread_safe", &[]),
    (
        "not_thread_safe.c",
        "claims_thread_safe",
        &["-DCLAIM_THREAD_SAFE"],
    ),
    ("duplicate_rule.c", "c_duplicate", &[]),
    ("findings_only.c", "findings_only", &[]),
    // The isolation matrix (tests/isolation.rs).
    ("abort.c", "abort_plugin", &[]),
    ("segfault.c", "segfault_plugin", &[]),
    ("hang.c", "hang_plugin", &[]),
    ("huge_output.c", "huge_output", &[]),
    ("prints_stdout.c", "prints_stdout", &[]),
    (
        "memory_hog.c",
        "memory_hog",
        &["-DTOUCH_STRIDE=(1024 * 1024)"],
    ),
    ("crash_on_one.c", "crash_on_one", &[]),
    ("slow_start.c", "slow_start", &[]),
    (
        "slow_start.c",
        "slow_start_2",
        &[
            "-DSLOW_NAME=\"slow-start-2\"",
            "-DSLOW_RULE=\"slowstart2.rule\"",
        ],
    ),
    (
        "slow_start.c",
        "slow_start_3",
        &[
            "-DSLOW_NAME=\"slow-start-3\"",
            "-DSLOW_RULE=\"slowstart3.rule\"",
        ],
    ),
    (
        "slow_start.c",
        "slow_start_4",
        &[
            "-DSLOW_NAME=\"slow-start-4\"",
            "-DSLOW_RULE=\"slowstart4.rule\"",
        ],
    ),
    // Pins that hold (tests/pins_hold.rs): two builds of one plugin, differing in one word.
    (
        "overwrite_race.c",
        "race_original",
        &["-DCODE=\"original\""],
    ),
    (
        "overwrite_race.c",
        "race_replaced",
        &["-DCODE=\"replaced\""],
    ),
    // Trust (tests/trust.rs): a plugin another user might plant.
    ("planted.c", "planted", &[]),
    // Isolation from the first byte (tests/isolate_load.rs): faults while a plugin loads.
    (
        "load_fault.c",
        "fault_crash_in_constructor",
        &["-DFAULT_CRASH", "-DIN_CONSTRUCTOR"],
    ),
    (
        "load_fault.c",
        "fault_crash_in_entry",
        &["-DFAULT_CRASH", "-DIN_ENTRY"],
    ),
    (
        "load_fault.c",
        "fault_crash_in_manifest",
        &["-DFAULT_CRASH", "-DIN_MANIFEST"],
    ),
    (
        "load_fault.c",
        "fault_abort_in_constructor",
        &["-DFAULT_ABORT", "-DIN_CONSTRUCTOR"],
    ),
    (
        "load_fault.c",
        "fault_abort_in_entry",
        &["-DFAULT_ABORT", "-DIN_ENTRY"],
    ),
    (
        "load_fault.c",
        "fault_abort_in_manifest",
        &["-DFAULT_ABORT", "-DIN_MANIFEST"],
    ),
    (
        "load_fault.c",
        "fault_loop_in_constructor",
        &["-DFAULT_LOOP", "-DIN_CONSTRUCTOR"],
    ),
    (
        "load_fault.c",
        "fault_loop_in_entry",
        &["-DFAULT_LOOP", "-DIN_ENTRY"],
    ),
    (
        "load_fault.c",
        "fault_loop_in_manifest",
        &["-DFAULT_LOOP", "-DIN_MANIFEST"],
    ),
    (
        "load_fault.c",
        "fault_exit_in_constructor",
        &["-DFAULT_EXIT", "-DIN_CONSTRUCTOR"],
    ),
    (
        "load_fault.c",
        "fault_exit_in_entry",
        &["-DFAULT_EXIT", "-DIN_ENTRY"],
    ),
    (
        "load_fault.c",
        "fault_exit_in_manifest",
        &["-DFAULT_EXIT", "-DIN_MANIFEST"],
    ),
    ("fork_sleeper.c", "fork_sleeper", &[]),
    (
        "fork_sleeper.c",
        "fork_then_crash",
        &["-DKEEP_FDS", "-DTHEN_CRASH"],
    ),
];

fn main() {
    let manifest_dir = PathBuf::from(env("CARGO_MANIFEST_DIR"));
    let sources = manifest_dir.join("c");
    let include = manifest_dir.join("../crates/accord-plugin/include");
    let out_dir = PathBuf::from(env("OUT_DIR")).join("c-plugins");
    std::fs::create_dir_all(&out_dir)
        .unwrap_or_else(|e| panic!("cannot create {}: {e}", out_dir.display()));

    println!("cargo:rerun-if-changed={}", sources.display());
    println!(
        "cargo:rerun-if-changed={}",
        include.join("accord_plugin.h").display()
    );
    println!(
        "cargo:rustc-env=ACCORD_TEST_C_PLUGINS={}",
        out_dir.display()
    );

    // The C plugins are built for Unix-like targets with a GCC-compatible compiler; the tests
    // that use them are `#[cfg(unix)]`.
    if env("CARGO_CFG_TARGET_FAMILY")
        .split(',')
        .all(|family| family != "unix")
    {
        return;
    }
    let (prefix, suffix) = match env("CARGO_CFG_TARGET_OS").as_str() {
        "macos" | "ios" => ("lib", ".dylib"),
        _ => ("lib", ".so"),
    };

    let compiler = cc::Build::new().cargo_metadata(false).get_compiler();
    for (source, name, extra) in PLUGINS {
        let output = out_dir.join(format!("{prefix}accord_{name}{suffix}"));
        compile(&compiler, &sources.join(source), &include, extra, &output);
    }
}

fn compile(compiler: &cc::Tool, source: &Path, include: &Path, extra: &[&str], output: &Path) {
    let mut cmd: Command = compiler.to_command();
    cmd.args(["-std=c11", "-Wall", "-Wextra", "-shared", "-fPIC", "-O1"])
        .args(extra)
        .arg("-I")
        .arg(include)
        .arg("-o")
        .arg(output)
        .arg(source);
    let result = cmd
        .output()
        .unwrap_or_else(|e| panic!("could not run the C compiler ({cmd:?}): {e}"));
    let stderr = String::from_utf8_lossy(&result.stderr);
    if !result.status.success() {
        panic!(
            "compiling the test plugin {} failed ({}):\n{cmd:?}\n{stderr}",
            source.display(),
            result.status
        );
    }
    // The C plugins are kept warning-free: surface any warning of this compiler.
    for line in stderr.lines().filter(|l| !l.trim().is_empty()) {
        println!("cargo:warning={}: {line}", source.display());
    }
}

fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| panic!("cargo did not set {name} for the build script"))
}
