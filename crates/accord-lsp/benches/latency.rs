//! The language server's latency: `didChange` → `publishDiagnostics` for a typical charter
//! (~6 KB of TOML) and a large one (~200 KB), with the built-in plugins and the core pack.
//!
//! `cargo build --release --workspace && cargo bench -p accord-lsp` (the plugins are loaded from
//! `target/release`, or from `ACCORD_BENCH_PLUGIN_DIR`). The server runs in-process over
//! `Connection::memory` with no debounce, so each sample is the time from the change arriving
//! at the server to its diagnostics leaving it: applying the change, the audit on the worker,
//! and the conversion to LSP diagnostics (not the JSON encoding on stdout, which an editor
//! session adds).

#[path = "../tests/client/mod.rs"]
mod client;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use accord_lsp::Options;
use client::{Client, init_params, uri};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::{Value, json};

const SEED: u64 = 42;

/// The first generated charter of 5–7 KB with every main section and goals with benchmarks.
fn typical() -> Value {
    (1..)
        .map(|i| accord_bench::charter(SEED, i))
        .find(|v| {
            let size = accord_bench::to_toml(v, "").len();
            (5_000..7_000).contains(&size)
                && [
                    "budget",
                    "governance",
                    "transparency",
                    "listening",
                    "context",
                    "exit",
                ]
                .iter()
                .all(|k| v.get(k).is_some())
                && v["goals"]
                    .as_array()
                    .is_some_and(|g| g.iter().any(|g| g.get("benchmarks").is_some()))
        })
        .expect("the corpus has a typical charter")
}

/// The typical charter grown to `bytes` of TOML with copies of its goals (new ids; their
/// benchmarks keep their owners, who are partners of the charter).
fn grown(base: &Value, bytes: usize) -> String {
    let mut value = base.clone();
    let goals = base["goals"].as_array().cloned().unwrap_or_default();
    let mut copy = 0;
    loop {
        let text = accord_bench::to_toml(&value, "benchmark charter");
        if text.len() >= bytes {
            return text;
        }
        copy += 1;
        for goal in &goals {
            let mut goal = goal.clone();
            goal["id"] = json!(format!("{}-{copy}", goal["id"].as_str().unwrap_or("goal")));
            if let Some(benchmarks) = goal.get_mut("benchmarks").and_then(Value::as_array_mut) {
                for b in benchmarks {
                    b["id"] = json!(format!("{}-{copy}", b["id"].as_str().unwrap_or("bm")));
                }
            }
            value["goals"].as_array_mut().expect("goals").push(goal);
        }
    }
}

fn plugin_dir() -> PathBuf {
    std::env::var_os("ACCORD_BENCH_PLUGIN_DIR").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/release"),
        PathBuf::from,
    )
}

/// A workspace whose configuration finds the built plugins (trusted, as a user's own is).
fn workspace() -> PathBuf {
    let dir = std::env::temp_dir().join(format!("accord-lsp-bench-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a temporary directory");
    let plugins = plugin_dir().canonicalize().unwrap_or_else(|e| {
        panic!(
            "{}: {e}; build the plugins first: cargo build --release --workspace",
            plugin_dir().display()
        )
    });
    std::fs::write(
        dir.join("accord.toml"),
        format!("plugin_dirs = [{}]\n", json!(plugins.display().to_string())),
    )
    .expect("write accord.toml");
    dir
}

fn latency(c: &mut Criterion) {
    let base = typical();
    let dir = workspace();
    let options = Options {
        debounce: Duration::ZERO,
        ..Options::default()
    };
    let trusted = json!({ "trustWorkspace": true });
    let (mut client, _) = Client::start(init_params(&[&dir], trusted, false), options);
    let mut group = c.benchmark_group("lsp didChange to publishDiagnostics");
    group
        .sample_size(40)
        .measurement_time(Duration::from_secs(10));
    for (label, text) in [
        ("6 KB", accord_bench::to_toml(&base, "benchmark charter")),
        ("200 KB", grown(&base, 200 * 1024)),
    ] {
        let uri = uri(&dir.join(format!("charter-{}.toml", label.replace(' ', ""))));
        client.open(&uri, "toml", 0, &text);
        let first = client.diagnostics(&uri, Some(0));
        let plugins_ran = first.iter().any(|d| {
            d["code"]
                .as_str()
                .is_some_and(|c| c.starts_with("transparency."))
        });
        assert!(
            plugins_ran,
            "no plugin finding: build the plugins first (cargo build --release --workspace)"
        );
        eprintln!("{label}: {} bytes, {} diagnostics", text.len(), first.len());
        // Two texts that differ, as a keystroke makes them.
        let edited = text.replacen("charter_version = 1", "charter_version = 1 ", 1);
        let mut version = 0;
        group.bench_function(label, |b| {
            b.iter_custom(|iterations| {
                let mut total = Duration::ZERO;
                for _ in 0..iterations {
                    version += 1;
                    let body = if version % 2 == 0 { &text } else { &edited };
                    let start = Instant::now();
                    client.replace(&uri, version, body);
                    client.diagnostics(&uri, Some(version));
                    total += start.elapsed();
                }
                // The notifications are kept by the client; drop them between samples.
                client.notifications.clear();
                total
            });
        });
    }
    group.finish();
    client.shutdown();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group!(benches, latency);
criterion_main!(benches);
