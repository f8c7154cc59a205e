//! The generated charters are valid per the library's own loader and schema, deterministic, and
//! varied.

use std::path::{Path, PathBuf};

use accord_bench::{Format, charter, charter_json, charter_toml, write_corpus};
use accord_core::load::Limits;
use accord_core::validate::{SchemaValidator, check_file, located};
use serde_json::Value;

/// A fresh directory under the system temp dir, removed on drop.
struct TempDir(PathBuf);

impl TempDir {
    fn new(name: &str) -> TempDir {
        let dir = std::env::temp_dir().join(format!(
            "accord-bench-{name}-{}-{}",
            std::process::id(),
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos())
        ));
        std::fs::create_dir_all(&dir).unwrap();
        TempDir(dir)
    }
}

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn file(dir: &Path, i: u64, ext: &str) -> PathBuf {
    dir.join(format!("charter-{i:06}.{ext}"))
}

#[test]
fn generated_charters_are_valid_and_toml_equals_json() {
    const COUNT: u64 = 200;
    let dir = TempDir::new("valid");
    let written = write_corpus(&dir.0, COUNT, 20_261_127, Format::Both, 2).unwrap();
    assert_eq!(written.files, 2 * COUNT);
    let schema = SchemaValidator::charter().unwrap();
    let limits = Limits::default();
    let mut failures = Vec::new();
    for i in 1..=COUNT {
        let mut values = Vec::new();
        for ext in ["toml", "json"] {
            let path = file(&dir.0, i, ext);
            let checked = check_file(&path, &limits, &schema);
            if !checked.errors.is_empty() {
                let text = checked
                    .loaded
                    .source
                    .as_ref()
                    .map_or(String::new(), |s| s.text.clone());
                let origin = path.display().to_string();
                let first: Vec<String> = checked
                    .errors
                    .iter()
                    .take(5)
                    .map(|d| located(&origin, &text, d))
                    .collect();
                failures.push(first.join("\n"));
            }
            values.push(checked.document().map(|d| d.value.clone()));
        }
        assert_eq!(
            values[0], values[1],
            "charter {i}: the TOML and JSON files differ in content"
        );
    }
    assert!(
        failures.is_empty(),
        "{} of {} files are invalid; first errors:\n{}",
        failures.len(),
        2 * COUNT,
        failures[..failures.len().min(5)].join("\n\n")
    );
}

#[test]
fn same_seed_same_bytes_different_seed_different_bytes() {
    for i in [1, 2, 77, 500] {
        assert_eq!(charter_toml(5, i), charter_toml(5, i));
        assert_eq!(charter_json(5, i), charter_json(5, i));
        assert_ne!(charter_toml(5, i), charter_toml(6, i));
    }
    assert_ne!(charter_toml(5, 1), charter_toml(5, 2));

    // Whole corpora: the same whatever the number of threads; another seed differs.
    let a = TempDir::new("det-a");
    let b = TempDir::new("det-b");
    let c = TempDir::new("det-c");
    write_corpus(&a.0, 40, 9, Format::Both, 1).unwrap();
    write_corpus(&b.0, 40, 9, Format::Both, 3).unwrap();
    write_corpus(&c.0, 40, 10, Format::Both, 1).unwrap();
    let mut differing = 0;
    for i in 1..=40 {
        for ext in ["toml", "json"] {
            let bytes_a = std::fs::read(file(&a.0, i, ext)).unwrap();
            let bytes_b = std::fs::read(file(&b.0, i, ext)).unwrap();
            let bytes_c = std::fs::read(file(&c.0, i, ext)).unwrap();
            assert_eq!(
                bytes_a, bytes_b,
                "charter {i}.{ext} depends on the thread count"
            );
            differing += usize::from(bytes_a != bytes_c);
        }
    }
    assert_eq!(differing, 80, "seed 10 repeats charters of seed 9");
}

fn len(v: &Value, pointer: &str) -> usize {
    v.pointer(pointer)
        .and_then(Value::as_array)
        .map_or(0, Vec::len)
}

#[test]
fn corpus_is_varied_and_within_the_brief() {
    const COUNT: u64 = 400;
    let mut present = std::collections::BTreeMap::<&str, u64>::new();
    let mut affiliated = 0;
    let mut two_hops = 0;
    let mut one_hop = 0;
    let mut waivers = 0;
    let mut sizes = Vec::new();
    let sections = [
        "budget",
        "governance",
        "transparency",
        "listening",
        "context",
        "coordination",
        "goals",
        "exit",
        "waivers",
        "extensions",
    ];
    for i in 1..=COUNT {
        let v = charter(3, i);
        let partners = len(&v, "/partners");
        assert!(
            (2..=12).contains(&partners),
            "charter {i}: {partners} partners"
        );
        let goals = len(&v, "/goals");
        assert!(goals <= 6, "charter {i}: {goals} goals");
        for g in 0..goals {
            assert!(len(&v, &format!("/goals/{g}/benchmarks")) <= 4);
        }
        for s in sections {
            if v.get(s).is_some() {
                *present.entry(s).or_default() += 1;
            }
        }
        affiliated += v["partners"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|p| p["affiliated_international"] == Value::Bool(true))
            .count();
        for a in v
            .pointer("/budget/allocations")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            match len(a, "/via") {
                1 => one_hop += 1,
                2 => two_hops += 1,
                _ => {}
            }
        }
        waivers += len(&v, "/waivers");
        sizes.push(charter_toml(3, i).len());
    }
    for s in sections {
        let n = present.get(s).copied().unwrap_or(0);
        assert!(
            n > 0 && n < COUNT,
            "`{s}` is present in {n} of {COUNT} charters: it should be sometimes present, sometimes absent"
        );
    }
    assert!(affiliated > 0 && one_hop > 0 && two_hops > 0 && waivers > 0);
    sizes.sort_unstable();
    let median = sizes[sizes.len() / 2];
    assert!(
        (3_000..=8_000).contains(&median),
        "median TOML size {median} bytes"
    );
    assert!(sizes[0] >= 1_000 && *sizes.last().unwrap() <= 16_000);
}
