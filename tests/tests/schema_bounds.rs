//! Whatever the charter schema accepts, every built-in plugin accepts: numbers across their
//! whole valid range reach the plugins' checks, and numbers outside it are invalid charters
//! (exit 2, status `invalid`, a located error), never plugin errors.
//!
//! The property test reads each number's bounds from `schemas/charter.schema.json` itself, so a
//! field the schema leaves unbounded is generated up to the largest finite number the loader
//! reads, and any value a plugin's SDK then refuses fails the test. It runs a bounded number of
//! cases from a fixed seed (`PROPTEST_RNG_SEED` and `PROPTEST_CASES` override both).

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::sync::OnceLock;

use accord_core::load::{Format, Limits, load_bytes};
use accord_core::plugin::{PluginSet, SearchPath};
use accord_core::profile::Profile;
use accord_core::report::Status;
use accord_core::validate::{CHARTER_SCHEMA, Checked, SchemaValidator, validate_charter};
use accord_core::{Engine, Settings};
use accord_plugin::{Charter, Date};
use accord_tests::{built, plugin_dir, run};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngSeed, TestCaseError, TestRunner};
use serde_json::{Number, Value, json};

/// Every number of the charter: where the generated charter holds it, where the schema defines
/// it, and whether the schema requires it once its table is there.
const FIELDS: &[(&str, &str, bool)] = &[
    ("/charter_version", "/properties/charter_version", true),
    ("/budget/total", "/$defs/budget/properties/total", true),
    (
        "/budget/overhead_share",
        "/$defs/budget/properties/overhead_share",
        false,
    ),
    (
        "/budget/allocations/0/amount",
        "/$defs/allocation/properties/amount",
        true,
    ),
    (
        "/budget/allocations/1/amount",
        "/$defs/allocation/properties/amount",
        true,
    ),
    (
        "/governance/meeting_every_days",
        "/$defs/governance/properties/meeting_every_days",
        false,
    ),
    (
        "/governance/total_seats",
        "/$defs/governance/properties/total_seats",
        false,
    ),
    // After total_seats: the loader checks community_seats <= total_seats.
    (
        "/governance/community_seats",
        "/$defs/governance/properties/community_seats",
        false,
    ),
    (
        "/governance/review_every_months",
        "/$defs/governance/properties/review_every_months",
        false,
    ),
    (
        "/transparency/report_every_months",
        "/$defs/transparency/properties/report_every_months",
        false,
    ),
    (
        "/listening/consultations/0/participants",
        "/$defs/consultation/properties/participants",
        true,
    ),
    (
        "/listening/complaints/response_days",
        "/$defs/complaints/properties/response_days",
        false,
    ),
    (
        "/goals/0/benchmarks/0/baseline",
        "/$defs/benchmark/properties/baseline",
        false,
    ),
    (
        "/goals/0/benchmarks/0/target",
        "/$defs/benchmark/properties/target",
        false,
    ),
    (
        "/exit/local_staff_share_now",
        "/$defs/exit/properties/local_staff_share_now",
        false,
    ),
    (
        "/exit/local_staff_share_at_exit",
        "/$defs/exit/properties/local_staff_share_at_exit",
        false,
    ),
];

const DEFAULT_CASES: u32 = 256;
const DEFAULT_SEED: u64 = 0x5EED_0B0D_5EED;

/// The charter every case fills in: each number of `FIELDS` is a placeholder `0`.
fn skeleton() -> Value {
    json!({
        "charter_version": 0,
        "partnership": {
            "id": "lakou-water", "name": "Lakou Clean Water", "summary": "Water points.",
            "country": "HT", "community": "Residents of Port-au-Prince",
            "start": "2011-01-01", "end": "2016-12-31"
        },
        "partners": [
            {"id": "konbit", "name": "Konbit Dlo", "sector": "community", "base": "local",
             "roles": ["implementing"]},
            {"id": "aquafund", "name": "AquaFund", "sector": "philanthropy",
             "base": "international", "roles": ["funding"]}
        ],
        "budget": {
            "currency": "USD", "total": 0, "published": true, "overhead_share": 0,
            "allocations": [{"partner": "konbit", "amount": 0}, {"partner": "aquafund", "amount": 0}]
        },
        "governance": {
            "decision_making": "consensus", "meeting_every_days": 0, "total_seats": 0,
            "community_seats": 0, "review_every_months": 0
        },
        "transparency": {"report_every_months": 0, "public_reports": true},
        "listening": {
            "solution_predetermined": false,
            "consultations": [{"date": "2010-11-15", "method": "survey", "participants": 0,
                               "before_design": true}],
            "complaints": {"exists": true, "response_days": 0}
        },
        "goals": [{"id": "access", "statement": "Safe water.", "benchmarks": [
            {"id": "points", "description": "Water points", "baseline": 0, "target": 0}
        ]}],
        "exit": {"strategy": "Hand over.", "local_staff_share_now": 0,
                 "local_staff_share_at_exit": 0}
    })
}

/// What the schema allows for one number.
#[derive(Debug, Clone, Copy)]
struct Bounds {
    lo: f64,
    hi: f64,
    integer: bool,
}

fn schema() -> &'static Value {
    static SCHEMA: OnceLock<Value> = OnceLock::new();
    SCHEMA.get_or_init(|| serde_json::from_str(CHARTER_SCHEMA).expect("the charter schema"))
}

/// The schema node at `pointer`, following `$ref`s.
fn resolve<'s>(schema: &'s Value, pointer: &str) -> &'s Value {
    let mut node = schema
        .pointer(pointer)
        .unwrap_or_else(|| panic!("the schema has no {pointer}"));
    while let Some(target) = node.get("$ref").and_then(Value::as_str) {
        node = resolve(schema, target.trim_start_matches('#'));
    }
    node
}

/// A number's bounds from the schema; an unbounded side is the largest finite number, which the
/// loader reads (only NaN and infinities are refused before the schema).
fn bounds(pointer: &str) -> Bounds {
    let node = resolve(schema(), pointer);
    let integer = node["type"] == "integer";
    assert!(
        integer || node["type"] == "number",
        "{pointer} is not a number"
    );
    if let Some(value) = node.get("const").and_then(Value::as_f64) {
        return Bounds {
            lo: value,
            hi: value,
            integer,
        };
    }
    Bounds {
        lo: node["minimum"].as_f64().unwrap_or(-f64::MAX),
        hi: node["maximum"].as_f64().unwrap_or(f64::MAX),
        integer,
    }
}

/// Every number the schema defines, as schema pointers of the properties holding one.
fn numbers_in_schema() -> BTreeSet<String> {
    fn walk(schema: &Value, node: &Value, at: &str, out: &mut BTreeSet<String>) {
        let Some(properties) = node.get("properties").and_then(Value::as_object) else {
            return;
        };
        for (key, property) in properties {
            let here = format!("{at}/properties/{key}");
            let target = match property.get("$ref").and_then(Value::as_str) {
                Some(r) => resolve(schema, r.trim_start_matches('#')),
                None => property,
            };
            if matches!(target["type"].as_str(), Some("integer" | "number")) {
                out.insert(here);
            }
        }
    }
    let schema = schema();
    let mut out = BTreeSet::new();
    walk(schema, schema, "", &mut out);
    for (name, def) in schema["$defs"].as_object().expect("$defs") {
        walk(schema, def, &format!("/$defs/{name}"), &mut out);
    }
    out
}

/// A value from `lo` to `hi`, spread over magnitudes (so 7, 4096 and 1e15 all come up): `t` in
/// 0..=1 picks the magnitude, `down` the side of the range's anchor (0 when in range, else `lo`).
fn spread(b: Bounds, t: f64, down: bool) -> f64 {
    let anchor = if b.lo <= 0.0 && 0.0 <= b.hi {
        0.0
    } else {
        b.lo
    };
    let room = if down { anchor - b.lo } else { b.hi - anchor };
    let magnitude = (room.ln_1p() * t).exp_m1().clamp(0.0, room);
    let value = if down {
        anchor - magnitude
    } else {
        anchor + magnitude
    };
    let value = if b.integer { value.round() } else { value };
    value.clamp(b.lo, b.hi)
}

/// How a generated number is written in the charter's JSON.
#[derive(Debug, Clone, Copy)]
enum Written {
    /// `3`, when the value is a whole number an `i64` holds.
    Integer,
    /// `3.0` or `1e+300`.
    Float,
    /// `-0.0` for zero.
    NegativeZero,
}

fn write(value: f64, written: Written) -> Value {
    let whole = value.fract() == 0.0 && value.abs() < 9.2e18;
    match written {
        Written::Integer if whole => Value::from(value as i64),
        Written::NegativeZero if value == 0.0 => Value::Number(Number::from_f64(-0.0).unwrap()),
        _ => Value::Number(Number::from_f64(value).expect("a finite number")),
    }
}

/// A number within `b`, the extremes and the magnitudes between, written every way JSON allows.
fn number_in(b: Bounds) -> BoxedStrategy<Value> {
    let value = prop_oneof![
        1 => Just(b.lo),
        1 => Just(b.hi),
        1 => Just(if b.integer { (b.lo + 1.0).min(b.hi) } else { b.lo }),
        1 => (0.0..=1.0f64).prop_map(move |t| {
            let v = b.lo * (1.0 - t) + b.hi * t;
            if b.integer { v.round().clamp(b.lo, b.hi) } else { v }
        }),
        4 => (0.0..=1.0f64, any::<bool>()).prop_map(move |(t, down)| spread(b, t, down)),
    ];
    let written = prop_oneof![
        Just(Written::Integer),
        Just(Written::Float),
        Just(Written::NegativeZero)
    ];
    (value, written).prop_map(|(v, w)| write(v, w)).boxed()
}

/// Every number of `FIELDS`: `None` leaves an optional one out.
fn numbers() -> impl Strategy<Value = Vec<(&'static str, Option<Value>)>> {
    let one = |i: usize| {
        let (at, schema_at, required) = FIELDS[i];
        let value = number_in(bounds(schema_at));
        if required {
            value.prop_map(move |v| (at, Some(v))).boxed()
        } else {
            proptest::option::weighted(0.85, value)
                .prop_map(move |v| (at, v))
                .boxed()
        }
    };
    let all: Vec<BoxedStrategy<(&'static str, Option<Value>)>> =
        (0..FIELDS.len()).map(one).collect();
    all.prop_map(|mut fields| {
        // community_seats <= total_seats: bring the community's down to the total when over.
        let total = fields
            .iter()
            .find(|(at, _)| *at == "/governance/total_seats")
            .and_then(|(_, v)| v.as_ref()?.as_f64());
        if let (Some(total), Some((_, Some(community)))) = (
            total,
            fields
                .iter_mut()
                .find(|(at, _)| *at == "/governance/community_seats"),
        ) && community.as_f64().is_some_and(|c| c > total)
        {
            *community = write(total, Written::Integer);
        }
        fields
    })
}

fn charter(fields: &[(&str, Option<Value>)]) -> Value {
    let mut charter = skeleton();
    for (at, value) in fields {
        match value {
            Some(v) => *charter.pointer_mut(at).expect("in the skeleton") = v.clone(),
            None => {
                let (parent, key) = at.rsplit_once('/').expect("a pointer");
                charter
                    .pointer_mut(parent)
                    .and_then(Value::as_object_mut)
                    .expect("a table")
                    .remove(key);
            }
        }
    }
    charter
}

/// One auditor with the four built-in plugins for the whole process, as the binary keeps its
/// plugins (bad_plugins.rs explains why a test process should not drop loaded plugins).
fn auditor() -> &'static Engine {
    static AUDITOR: OnceLock<Engine> = OnceLock::new();
    AUDITOR.get_or_init(|| {
        let plugins = PluginSet::load(&[], &built().plugins, &SearchPath::default())
            .unwrap_or_else(|e| panic!("{e}"));
        let settings = Settings {
            profile: Profile::parse("test", "name = \"test\"\n").unwrap(),
            audit_date: Date::parse("2026-01-01").unwrap(),
            ..Settings::default()
        };
        Engine::new(settings, plugins, Vec::new()).unwrap_or_else(|e| panic!("{e}"))
    })
}

fn config() -> Config {
    let mut config = Config {
        cases: DEFAULT_CASES,
        // Failures print the smallest failing charter; nothing is written into the source tree.
        failure_persistence: None,
        ..Config::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_some() {
        config.cases = Config::default().cases;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = RngSeed::Fixed(DEFAULT_SEED);
    }
    config
}

#[test]
fn the_generator_covers_every_number_of_the_schema() {
    let generated: BTreeSet<String> = FIELDS.iter().map(|(_, s, _)| (*s).to_owned()).collect();
    assert_eq!(
        generated,
        numbers_in_schema(),
        "FIELDS must hold every integer and number the charter schema defines"
    );
    // Every number is in the skeleton, so a case can set it.
    let skeleton = skeleton();
    for (at, _, _) in FIELDS {
        assert!(skeleton.pointer(at).is_some(), "{at}");
    }
}

#[test]
fn every_charter_the_schema_accepts_reaches_every_plugin() {
    let schema = SchemaValidator::charter().unwrap();
    let auditor = auditor();
    assert_eq!(
        auditor.plugins().plugins.len(),
        4,
        "the four built-in plugins"
    );
    // What the cases covered, per field: its lowest and highest value, a float form of a whole
    // number, and -0.0.
    let seen: RefCell<BTreeMap<&str, BTreeSet<&str>>> = RefCell::default();

    let mut runner = TestRunner::new(config());
    let result = runner.run(&numbers(), |fields| {
        let value = charter(&fields);
        let text = serde_json::to_string_pretty(&value).unwrap();
        let loaded = load_bytes(
            Path::new("generated.json"),
            Format::Json,
            text.clone().into_bytes(),
            &Limits::default(),
        );
        let doc = loaded
            .document
            .as_ref()
            .map_err(|d| TestCaseError::fail(format!("the loader refused it: {d:?}\n{text}")))?;
        let errors = validate_charter(&schema, doc);
        prop_assert!(
            errors.is_empty(),
            "not a valid charter: {errors:#?}\n{text}"
        );
        if let Err(e) = Charter::from_json(doc.value.clone()) {
            return Err(TestCaseError::fail(format!(
                "the SDK refused it: {e}\n{text}"
            )));
        }
        let report = auditor.audit_checked(&Checked { loaded, errors });
        prop_assert!(
            report.plugin_failures.is_empty(),
            "plugin failures: {:#?}\n{text}",
            report.plugin_failures
        );
        prop_assert_eq!(report.status, Status::Audited, "{}", text);

        let mut seen = seen.borrow_mut();
        for (at, v) in &fields {
            let (Some(v), Some((_, schema_at, _))) = (v, FIELDS.iter().find(|(a, _, _)| a == at))
            else {
                continue;
            };
            let b = bounds(schema_at);
            let n = v.as_f64().unwrap();
            let marks = seen.entry(at).or_default();
            if n == b.lo {
                marks.insert("lowest");
            }
            if n == b.hi {
                marks.insert("highest");
            }
            if v.is_f64() && n.fract() == 0.0 && n != 0.0 {
                marks.insert("whole float");
            }
            if v.is_f64() && n == 0.0 && n.is_sign_negative() {
                marks.insert("-0.0");
            }
        }
        Ok(())
    });
    if let Err(e) = result {
        panic!("{e}");
    }

    // The cases did explore the range: every field at both ends and as a whole float.
    let seen = seen.into_inner();
    for (at, schema_at, _) in FIELDS {
        let b = bounds(schema_at);
        let marks = seen.get(at).cloned().unwrap_or_default();
        let mut wanted = vec!["lowest", "highest"];
        if b.hi.abs() >= 1.0 {
            wanted.push("whole float");
        }
        if b.lo == 0.0 {
            wanted.push("-0.0");
        }
        for mark in wanted {
            assert!(
                marks.contains(mark),
                "{at} never came up as {mark}: {marks:?}"
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Out-of-range numbers end to end: invalid charters with a located error, never plugin errors

/// `accord audit --format json FILE` with the built plugins: (exit code, the report).
fn audit_json(file: &str) -> (i32, Value) {
    let dir = plugin_dir();
    let out = run(&[
        "audit",
        "--no-config",
        "--today",
        "2026-11-27",
        "--plugin-dir",
        dir.to_str().unwrap(),
        "--format",
        "json",
        file,
    ]);
    assert!(!out.crashed(), "{}", out.snapshot());
    let report = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).expect("JSON lines"))
        .find(|v| v["type"] == "report")
        .unwrap_or_else(|| panic!("no report:\n{}", out.snapshot()));
    (out.code, report)
}

/// An error's kind, JSON Pointer (empty when the loader could not name one) and line.
type Located = (&'static str, &'static str, u64);

#[test]
fn numbers_outside_the_schema_are_invalid_charters_not_plugin_errors() {
    let cases: &[(&str, &[Located])] = &[
        (
            "tests/fixtures/invalid/huge-seat-count.toml",
            &[("range", "/governance/total_seats", 50)],
        ),
        (
            "tests/fixtures/invalid/integer-past-i64.toml",
            &[("range", "", 50)],
        ),
        (
            "tests/fixtures/invalid/negative-seats.toml",
            &[
                ("range", "/governance/total_seats", 50),
                ("range", "/governance/community_seats", 51),
            ],
        ),
        (
            "tests/fixtures/invalid/more-community-seats-than-seats.toml",
            &[("range", "/governance/community_seats", 51)],
        ),
        (
            "tests/fixtures/invalid/big-integers.json",
            &[
                ("range", "/governance/total_seats", 17),
                ("range", "/listening/consultations/0/participants", 21),
            ],
        ),
    ];
    for (file, expected) in cases {
        let (code, report) = audit_json(file);
        assert_eq!(code, 2, "{file}: {report:#}");
        assert_eq!(report["status"], "invalid", "{file}: {report:#}");
        assert_eq!(report["verdict"], "invalid", "{file}");
        assert_eq!(report["plugin_failures"], json!([]), "{file}");
        let errors: Vec<(&str, &str, u64)> = report["errors"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap(),
                    e["path"].as_str().unwrap_or_default(),
                    e["line"].as_u64().unwrap_or(0),
                )
            })
            .collect();
        assert_eq!(errors, *expected, "{file}: {report:#}");
    }
}
