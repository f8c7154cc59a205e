//! Criterion benchmarks of one charter through each stage of an audit:
//! `cargo bench -p accord-bench` (after `cargo build --release --workspace`, which builds the
//! plugins the audit and plugin benchmarks load from `target/release`).
//!
//! The charter is a typical generated one (seed 42): all sections present, ~6 KB of TOML.
//! Set `ACCORD_BENCH_PLUGIN_DIR` to load the plugins from elsewhere.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use accord_core::load::{Format, Limits, parse_text};
use accord_core::pack::Pack;
use accord_core::plugin::{PluginSet, SearchPath, library_file_name};
use accord_core::profile::Profile;
use accord_core::validate::{SchemaValidator, check_file, validate_charter};
use accord_core::verdict::{RuleResult, RuleState, score};
use accord_core::{Engine, Settings};
use accord_plugin::{Date, Severity};
use criterion::{Criterion, criterion_group, criterion_main};
use serde_json::Value;

const SEED: u64 = 42;

/// A typical charter: the first of the corpus with every main section, 4–7 partners and
/// 5–7 KB of TOML.
fn typical_charter() -> (u64, Value) {
    (1..)
        .map(|i| (i, accord_bench::charter(SEED, i)))
        .find(|(i, v)| {
            let size = accord_bench::charter_toml(SEED, *i).len();
            let partners = v["partners"].as_array().map_or(0, Vec::len);
            (5_000..7_000).contains(&size)
                && (4..=7).contains(&partners)
                && [
                    "budget",
                    "governance",
                    "transparency",
                    "listening",
                    "context",
                    "goals",
                    "exit",
                ]
                .iter()
                .all(|k| v.get(k).is_some())
        })
        .expect("the corpus has a typical charter")
}

struct Fixture {
    dir: PathBuf,
    toml_path: PathBuf,
    json_path: PathBuf,
    toml_text: String,
    json_text: String,
}

impl Fixture {
    fn new() -> Fixture {
        let (index, value) = typical_charter();
        let dir = std::env::temp_dir().join(format!("accord-bench-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let toml_text = accord_bench::to_toml(&value, "benchmark charter");
        let json_text = accord_bench::to_json(&value);
        let toml_path = dir.join("charter.toml");
        let json_path = dir.join("charter.json");
        std::fs::write(&toml_path, &toml_text).expect("write the TOML charter");
        std::fs::write(&json_path, &json_text).expect("write the JSON charter");
        eprintln!(
            "benchmark charter: seed {SEED}, charter {index}: {} bytes of TOML, {} bytes of JSON, {} partners",
            toml_text.len(),
            json_text.len(),
            value["partners"].as_array().map_or(0, Vec::len)
        );
        Fixture {
            dir,
            toml_path,
            json_path,
            toml_text,
            json_text,
        }
    }
}

impl Drop for Fixture {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Where the built plugins are: `ACCORD_BENCH_PLUGIN_DIR`, else the profile directory this
/// benchmark was built into (`target/release`, whose `deps/` holds the benchmark itself).
fn plugin_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os("ACCORD_BENCH_PLUGIN_DIR") {
        return Some(PathBuf::from(dir));
    }
    let exe = std::env::current_exe().ok()?;
    let deps = exe.parent()?;
    Some(deps.parent().unwrap_or(deps).to_path_buf())
}

fn engine(profile: &Profile) -> Option<Engine> {
    let dir = plugin_dir()?;
    let missing: Vec<String> = profile
        .plugins
        .iter()
        .map(|name| library_file_name(name))
        .filter(|file| !dir.join(file).is_file())
        .collect();
    if !missing.is_empty() {
        eprintln!(
            "skipping the audit and plugin benchmarks: {} not found in {}\n\
             build the plugins first: `cargo build --release --workspace` \
             (or point ACCORD_BENCH_PLUGIN_DIR at a directory holding them)",
            missing.join(", "),
            dir.display()
        );
        return None;
    }
    let search = SearchPath::named([dir]);
    let plugins = PluginSet::load(&profile.plugins, &[], &search).expect("load the plugins");
    let settings = Settings {
        profile: profile.clone(),
        audit_date: Date::new(2026, 11, 27).expect("a valid date"),
        ..Settings::default()
    };
    Some(Engine::new(settings, plugins, vec![core_pack()]).expect("build the engine"))
}

fn core_pack() -> Pack {
    let schema = accord_core::schemas::compile("pack").expect("the pack schema compiles");
    Pack::built_in("core", &schema)
        .expect("the core pack is built in")
        .expect("the core pack parses")
}

/// The 43 scored rules of the default profile (docs/rules.md), as categories and severities, in a
/// mix of states.
fn rule_results() -> Vec<RuleResult<'static>> {
    use Severity::{Error as E, Info as I, Warning as W};
    let rules: &[(&str, &[Severity])] = &[
        ("transparency", &[E, W, W, W, W, W, I, I]),
        ("humility", &[E, E, E, W, W, E, W, W, W]),
        ("exit", &[E, W, W, E, E, E, W, W, W, I]),
        ("collaboration", &[W, E, W, W, W, W, I, I, W]),
        ("accountability", &[E, E, W, W, W, W, W]),
    ];
    let mut out = Vec::new();
    for (category, severities) in rules {
        for (i, severity) in severities.iter().enumerate() {
            let state = match i % 5 {
                0 | 2 | 4 => RuleState::Passed,
                1 => RuleState::Failed,
                _ => RuleState::NotApplicable,
            };
            out.push(RuleResult {
                category,
                severity: *severity,
                state,
                waived: i == 6,
            });
        }
    }
    out
}

fn benches(c: &mut Criterion) {
    let fixture = Fixture::new();
    let limits = Limits::default();
    let schema = SchemaValidator::charter().expect("the charter schema compiles");

    let mut g = c.benchmark_group("load");
    g.bench_function("parse_only/toml", |b| {
        b.iter(|| parse_text(black_box(&fixture.toml_text), Format::Toml, &limits))
    });
    g.bench_function("parse_only/json", |b| {
        b.iter(|| parse_text(black_box(&fixture.json_text), Format::Json, &limits))
    });
    let doc = parse_text(&fixture.toml_text, Format::Toml, &limits).expect("the charter parses");
    g.bench_function("validate_only", |b| {
        b.iter(|| validate_charter(&schema, black_box(&doc)))
    });
    g.bench_function("load_validate/toml", |b| {
        b.iter(|| check_file(black_box(&fixture.toml_path), &limits, &schema))
    });
    g.bench_function("load_validate/json", |b| {
        b.iter(|| check_file(black_box(&fixture.json_path), &limits, &schema))
    });
    g.finish();

    let results = rule_results();
    c.bench_function("score/43_rules", |b| b.iter(|| score(black_box(&results))));

    let pack = core_pack();
    c.bench_function("pack/core", |b| {
        b.iter(|| {
            pack.rules
                .iter()
                .map(|rule| rule.check(black_box(&doc.value)))
                .filter(|r| *r == Some(false))
                .count()
        })
    });

    c.bench_function("corpus/generate_toml", |b| {
        let mut i = 0;
        b.iter(|| {
            i += 1;
            accord_bench::charter_toml(SEED, i)
        })
    });

    let profile = Profile::built_in("default").expect("the default profile");
    let Some(engine) = engine(&profile) else {
        return;
    };

    // What `lsp` and `serve` pay per keystroke and per request: one charter's text, in memory,
    // through an engine built once.
    let mut g = c.benchmark_group("engine");
    g.bench_function("audit_source", |b| {
        b.iter(|| engine.audit_source("charter.toml", Format::Toml, black_box(&fixture.toml_text)))
    });
    g.finish();

    let mut g = c.benchmark_group("audit");
    g.bench_function("one_charter/toml", |b| {
        b.iter(|| engine.audit_path(black_box(&fixture.toml_path)))
    });
    g.bench_function("one_charter/json", |b| {
        b.iter(|| engine.audit_path(black_box(&fixture.json_path)))
    });
    let checked = check_file(&fixture.toml_path, &limits, &schema);
    assert!(checked.is_valid(), "the benchmark charter is valid");
    g.bench_function("evaluate_score_report", |b| {
        b.iter(|| engine.audit_checked(black_box(&checked)))
    });
    g.finish();

    let mut g = c.benchmark_group("plugin");
    let plugins = engine.plugins();
    let charter_json = doc.value.to_string();
    for plugin in &plugins.plugins {
        let options =
            accord_plugin::Options::with_defaults(&plugin.manifest, serde_json::Map::new());
        let input = format!(
            "{{\"charter\":{charter_json},\"options\":{}}}",
            Value::Object(options.as_map().clone())
        );
        plugin
            .check(input.as_bytes(), plugins.output_schema())
            .unwrap_or_else(|e| panic!("plugin {} failed: {e}", plugin.name()));
        g.bench_function(plugin.name(), |b| {
            b.iter(|| plugin.check(black_box(input.as_bytes()), plugins.output_schema()))
        });
    }
    g.finish();
}

fn config() -> Criterion {
    Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
}

criterion_group! {
    name = accord;
    config = config();
    targets = benches
}
criterion_main!(accord);
