//! Plugins under concurrent calls: the host calls a plugin without `ACCORD_FLAG_THREAD_SAFE`
//! under a mutex, and others from any worker thread.
//!
//! - One `Auditor` with the built `transparency` plugin, shared by 8 threads, gives exactly the
//!   reports of a serial run.
//! - The C plugin `not_thread_safe` (flags = 0), called from 8 threads, never sees two of its
//!   calls overlap; the same code flagged thread-safe (`claims_thread_safe`) does, which shows
//!   that the plugin's counters would catch a host that did not serialise.
//!
//! Loaded plugins are kept for the process, as the `accord` binary keeps them (bad_plugins.rs
//! explains why), and each library is loaded by one test only: a second load of the same file
//! gives the same library, with the same global counters.
#![cfg(unix)]

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Barrier, OnceLock};

use accord_core::plugin::{LoadedPlugin, PluginSet, SearchPath};
use accord_core::profile::Profile;
use accord_core::report::Status;
use accord_core::validate::SchemaValidator;
use accord_core::{Engine, Settings};
use accord_plugin::Date;

use crate::util::{built, c_plugin, files_in, workspace_root};

const THREADS: usize = 8;

/// Keeps a value holding loaded plugins for the rest of the process.
fn keep<T>(value: T) -> &'static T {
    Box::leak(Box::new(value))
}

// ---------------------------------------------------------------------------------------------
// The same reports, serial or parallel

fn settings() -> Settings {
    Settings {
        profile: Profile::parse("test", "name = \"test\"\nplugins = []\n").unwrap(),
        audit_date: Date::parse("2026-01-01").unwrap(),
        ..Settings::default()
    }
}

/// The charters audited: the examples and the audit fixtures (absolute paths).
fn charters() -> Vec<PathBuf> {
    let mut files = files_in("examples/charters");
    files.extend(files_in("tests/fixtures/audit"));
    files.iter().map(|f| workspace_root().join(f)).collect()
}

#[test]
fn parallel_audits_give_the_reports_of_a_serial_run() {
    let set = PluginSet::load(&[], &[transparency().to_owned()], &SearchPath::default())
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(
        set.plugins[0].is_thread_safe(),
        "the SDK flags plugins thread-safe"
    );
    let auditor = keep(Engine::new(settings(), set, Vec::new()).unwrap_or_else(|e| panic!("{e}")));
    let charters = charters();
    assert!(charters.len() >= 10, "{charters:?}");

    let serial: Vec<String> = charters
        .iter()
        .map(|c| serde_json::to_string(&auditor.audit_path(c).report).unwrap())
        .collect();
    // A meaningful comparison: the charters are audited, and the plugin finds problems in some.
    let audited = serial
        .iter()
        .filter(|r| r.contains(r#""status":"audited""#))
        .count();
    assert_eq!(audited, charters.len(), "every fixture is a valid charter");
    assert!(
        serial
            .iter()
            .any(|r| r.contains(r#""rule":"transparency."#)),
        "the transparency plugin found nothing at all"
    );

    // 8 threads take the charters, repeated 20 times, from one shared queue.
    const REPEAT: usize = 20;
    let jobs = charters.len() * REPEAT;
    let next = AtomicUsize::new(0);
    let start = Barrier::new(THREADS);
    let results: Vec<Vec<(usize, String)>> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|_| {
                scope.spawn(|| {
                    start.wait();
                    let mut done = Vec::new();
                    loop {
                        let job = next.fetch_add(1, Ordering::Relaxed);
                        if job >= jobs {
                            return done;
                        }
                        let report = auditor.audit_path(&charters[job % charters.len()]).report;
                        done.push((job, serde_json::to_string(&report).unwrap()));
                    }
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });

    let mut seen = vec![false; jobs];
    for (job, report) in results.into_iter().flatten() {
        assert!(!seen[job], "job {job} done twice");
        seen[job] = true;
        let expected = &serial[job % charters.len()];
        assert!(
            report == *expected,
            "a parallel report of {} differs from the serial one:\nparallel: {report}\nserial:   {expected}",
            charters[job % charters.len()].display()
        );
    }
    assert!(seen.iter().all(|s| *s), "some jobs were never done");
}

// ---------------------------------------------------------------------------------------------
// A plugin that is not thread-safe is serialised

fn schema(name: &str) -> SchemaValidator {
    accord_core::schemas::compile(name).unwrap()
}

/// The counters the serial-test plugin reports: (calls, overlaps, outstanding buffers).
fn counters(plugin: &LoadedPlugin, output_schema: &SchemaValidator) -> (u64, u64, u64) {
    let outcome = plugin
        .check(br#"{"charter":{},"options":{}}"#, output_schema)
        .unwrap_or_else(|cause| panic!("{cause}"));
    assert_eq!(outcome.findings.len(), 1, "{outcome:?}");
    let message = &outcome.findings[0].message;
    let value = |key: &str| -> u64 {
        message
            .split(' ')
            .find_map(|part| part.strip_prefix(key)?.strip_prefix('='))
            .and_then(|n| n.parse().ok())
            .unwrap_or_else(|| panic!("no {key}=N in {message:?}"))
    };
    (value("calls"), value("overlaps"), value("outstanding"))
}

/// Calls `plugin` from 8 threads at once, `per_thread` times each.
fn hammer(plugin: &LoadedPlugin, output_schema: &SchemaValidator, per_thread: usize) {
    let start = Barrier::new(THREADS);
    std::thread::scope(|scope| {
        for _ in 0..THREADS {
            scope.spawn(|| {
                start.wait();
                for _ in 0..per_thread {
                    counters(plugin, output_schema);
                }
            });
        }
    });
}

#[test]
fn a_plugin_that_is_not_thread_safe_is_never_called_concurrently() {
    // Loaded once, alongside the good C plugin, in an auditor: the plugin is called directly from
    // 8 threads, then inside 8 parallel audits.
    let set = PluginSet::load(
        &[],
        &[c_plugin("c-demo"), c_plugin("not-thread-safe")],
        &SearchPath::default(),
    )
    .unwrap_or_else(|e| panic!("{e}"));
    let auditor = keep(Engine::new(settings(), set, Vec::new()).unwrap_or_else(|e| panic!("{e}")));
    let plugin = auditor.plugins().get("not-thread-safe").unwrap();
    assert_eq!(plugin.flags, 0);
    assert!(!plugin.is_thread_safe());
    let output_schema = schema("plugin-output");

    const PER_THREAD: usize = 25;
    hammer(plugin, &output_schema, PER_THREAD);

    let charters = charters();
    let start = Barrier::new(THREADS);
    let reports: Vec<_> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..THREADS)
            .map(|i| {
                let (charters, start) = (&charters, &start);
                scope.spawn(move || {
                    start.wait();
                    auditor.audit_path(&charters[i % charters.len()]).report
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).collect()
    });
    for report in &reports {
        assert_eq!(
            report.status,
            Status::Audited,
            "{:?}",
            report.plugin_failures
        );
        let serial = report
            .findings
            .iter()
            .find(|f| f.rule == "serial.calls")
            .expect("the serialised plugin reported its counters");
        assert!(
            serial.message.contains(" overlaps=0 "),
            "{}",
            serial.message
        );
    }

    let (calls, overlaps, outstanding) = counters(plugin, &output_schema);
    assert_eq!(
        overlaps, 0,
        "the host called a non-thread-safe plugin concurrently"
    );
    // Non-atomic increments lose updates when calls overlap: none may be lost.
    assert_eq!(calls, (THREADS * PER_THREAD + reports.len() + 1) as u64);
    // Every earlier buffer went back to free_buf.
    assert_eq!(outstanding, 0);
}

#[test]
fn the_overlap_counter_does_catch_concurrent_calls() {
    // The same C code with ACCORD_FLAG_THREAD_SAFE: the host calls it concurrently, and the
    // plugin sees it. Without this, the test above could pass for a host that never serialised.
    let output_schema = schema("plugin-output");
    let plugin = keep(
        LoadedPlugin::load(&c_plugin("claims-thread-safe"), &schema("plugin-manifest"))
            .unwrap_or_else(|e| panic!("{e}")),
    );
    assert!(plugin.is_thread_safe());
    for _ in 0..5 {
        hammer(plugin, &output_schema, 25);
        let (_, overlaps, _) = counters(plugin, &output_schema);
        if overlaps > 0 {
            return;
        }
    }
    panic!("8 threads calling a plugin that sleeps inside check never overlapped");
}

// ---------------------------------------------------------------------------------------------
// Building the transparency plugin

/// `libaccord_transparency.so` of the memoised build. (Building the package alone would give it
/// other features and overwrite the library the other tests load, in the same process.)
fn transparency() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        built()
            .plugins
            .iter()
            .find(|p| {
                p.file_name()
                    .is_some_and(|n| n.to_string_lossy().contains("accord_transparency"))
            })
            .cloned()
            .unwrap_or_else(|| panic!("the memoised build has no transparency plugin"))
    })
}
