//! `accord-parse-floor DIR… [--ext toml|json] [--jobs N] [--raw]`: read and parse every charter
//! file of the given directories (not recursive) in parallel, and nothing else: the floor an
//! audit cannot go below.
//!
//! By default each file goes through `accord_core::load::load_file`, the loader `accord audit`
//! starts with (read, sha256, parse into a JSON value and a source map, resource limits).
//! `--raw` instead does only `std::fs::read` and `toml::from_str::<toml::Table>` or
//! `serde_json::from_slice::<serde_json::Value>`: "merely reading and parsing" the charters.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::atomic::{AtomicUsize, Ordering};

use accord_core::load::{Limits, load_file};

/// The allocator of `accord` itself (crates/accord-cli/src/main.rs).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let mut dirs = Vec::new();
    let mut ext: Option<String> = None;
    let mut jobs = std::thread::available_parallelism().map_or(1, std::num::NonZero::get);
    let mut raw = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--ext" => ext = args.next(),
            "--jobs" => jobs = args.next().and_then(|n| n.parse().ok()).unwrap_or(jobs),
            "--raw" => raw = true,
            _ => dirs.push(PathBuf::from(arg)),
        }
    }
    let mut files = Vec::new();
    for dir in &dirs {
        let Ok(entries) = std::fs::read_dir(dir) else {
            eprintln!("accord-parse-floor: cannot read {}", dir.display());
            return ExitCode::from(2);
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let e = path.extension().and_then(|e| e.to_str()).unwrap_or("");
            if (e == "toml" || e == "json") && ext.as_deref().is_none_or(|x| x == e) {
                files.push(path);
            }
        }
    }
    files.sort();
    if files.is_empty() {
        eprintln!("accord-parse-floor: no charters found");
        return ExitCode::from(2);
    }
    let limits = Limits::default();
    let next = AtomicUsize::new(0);
    let failed = AtomicUsize::new(0);
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(path) = files.get(i) else { break };
                    let ok = if raw {
                        match std::fs::read(path) {
                            Ok(bytes) if path.extension().is_some_and(|e| e == "toml") => {
                                std::str::from_utf8(&bytes)
                                    .ok()
                                    .and_then(|t| toml::from_str::<toml::Table>(t).ok())
                                    .is_some()
                            }
                            Ok(bytes) => {
                                serde_json::from_slice::<serde_json::Value>(&bytes).is_ok()
                            }
                            Err(_) => false,
                        }
                    } else {
                        load_file(path, &limits).document.is_ok()
                    };
                    if !ok {
                        failed.fetch_add(1, Ordering::Relaxed);
                    }
                }
            });
        }
    });
    let failed = failed.into_inner();
    println!("{} files parsed, {failed} failed", files.len());
    if failed == 0 { ExitCode::SUCCESS } else { ExitCode::from(1) }
}
