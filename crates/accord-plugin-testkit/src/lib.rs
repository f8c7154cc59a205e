//! Test helpers for Accord plugins.
//!
//! A [`Fixture`] starts from a small valid charter and is edited by JSON Pointer, so each rule
//! test states only what it is about:
//!
//! ```
//! use accord_plugin_testkit::Fixture;
//! use serde_json::json;
//!
//! let charter = Fixture::minimal()
//!     .set("/budget", json!({"currency": "USD", "total": 100, "published": false}))
//!     .remove("/partners/1/seeks")
//!     .charter();
//! assert!(!charter.budget.unwrap().published);
//! ```

use accord_plugin::{Charter, Outcome, Plugin, Rule};
use serde_json::{Map, Value, json};

/// A charter under construction, as JSON.
#[derive(Debug, Clone)]
pub struct Fixture(Value);

impl Fixture {
    /// The smallest valid charter: two partners (one local implementer, one international
    /// funder), a partnership from 2011-01-01 to 2016-12-31, and no optional section.
    pub fn minimal() -> Fixture {
        Fixture(json!({
            "charter_version": 1,
            "partnership": {
                "id": "lakou-water",
                "name": "Lakou Clean Water",
                "summary": "Rebuild and maintain community water points.",
                "country": "HT",
                "community": "Residents of three neighbourhoods of Port-au-Prince",
                "start": "2011-01-01",
                "end": "2016-12-31"
            },
            "partners": [
                {"id": "konbit", "name": "Konbit Dlo", "sector": "community", "base": "local",
                 "roles": ["implementing"], "brings": "Water committees", "seeks": "Ownership"},
                {"id": "aquafund", "name": "AquaFund", "sector": "philanthropy",
                 "base": "international", "roles": ["funding"], "brings": "Capital",
                 "seeks": "Evidence"}
            ]
        }))
    }

    /// Starts from any charter JSON.
    pub fn from_json(value: Value) -> Fixture {
        Fixture(value)
    }

    /// Starts from a charter written in TOML, converted to JSON as the host converts it:
    /// dates and times become their RFC 3339 text (`2011-01-01`).
    ///
    /// # Panics
    /// When the text is not valid TOML, or holds a float that JSON cannot represent (NaN or
    /// an infinity): a mistake in the fixture.
    pub fn from_toml_str(text: &str) -> Fixture {
        match toml::from_str::<toml::Table>(text) {
            Ok(table) => Fixture(toml_to_json(toml::Value::Table(table))),
            Err(e) => panic!("fixture is not valid TOML: {e}"),
        }
    }

    /// Starts from a charter file in TOML (see [`from_toml_str`](Self::from_toml_str)), e.g.
    /// `Fixture::from_toml_file(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/charter.toml"))`.
    ///
    /// # Panics
    /// When the file cannot be read or is not valid TOML.
    pub fn from_toml_file(path: impl AsRef<std::path::Path>) -> Fixture {
        let path = path.as_ref();
        match std::fs::read_to_string(path) {
            Ok(text) => Fixture::from_toml_str(&text),
            Err(e) => panic!("cannot read the fixture {}: {e}", path.display()),
        }
    }

    /// Sets the value at `pointer`, creating missing parent objects (`-` appends to an array).
    ///
    /// # Panics
    /// When a parent on the way is neither an object nor an array: a mistake in the test.
    pub fn set(mut self, pointer: &str, value: Value) -> Fixture {
        let (parent, last) = split(pointer);
        let mut node = &mut self.0;
        for token in parent {
            node = match node {
                Value::Object(map) => map
                    .entry(token)
                    .or_insert_with(|| Value::Object(Map::new())),
                Value::Array(items) => {
                    let i: usize = token.parse().expect("array index in fixture pointer");
                    &mut items[i]
                }
                other => panic!("cannot descend into {other} at `{token}` of `{pointer}`"),
            };
        }
        match node {
            Value::Object(map) => {
                map.insert(last, value);
            }
            Value::Array(items) if last == "-" => items.push(value),
            Value::Array(items) => items[last.parse::<usize>().expect("array index")] = value,
            other => panic!("cannot set `{pointer}` inside {other}"),
        }
        self
    }

    /// Removes the value at `pointer` (nothing happens when it is absent).
    pub fn remove(mut self, pointer: &str) -> Fixture {
        let (parent, last) = split(pointer);
        let parent_pointer: String = parent.iter().map(|t| format!("/{}", escape(t))).collect();
        match self.0.pointer_mut(&parent_pointer) {
            Some(Value::Object(map)) => {
                map.remove(&last);
            }
            Some(Value::Array(items)) => {
                if let Ok(i) = last.parse::<usize>()
                    && i < items.len()
                {
                    items.remove(i);
                }
            }
            _ => {}
        }
        self
    }

    pub fn json(&self) -> &Value {
        &self.0
    }

    /// The typed charter a plugin sees.
    ///
    /// # Panics
    /// When the fixture does not match the charter format.
    pub fn charter(&self) -> Charter<'static> {
        match Charter::from_json(self.0.clone()) {
            Ok(charter) => charter,
            Err(e) => panic!("fixture is not a charter: {e}"),
        }
    }

    /// Runs `plugin` on this charter with default options.
    ///
    /// # Panics
    /// When the plugin fails or reports a rule it does not declare.
    pub fn run<P: Plugin>(&self, plugin: &P) -> Outcome {
        self.run_with(plugin, Map::new())
    }

    /// Runs `plugin` with these options (completed with the manifest's defaults).
    ///
    /// # Panics
    /// When the plugin fails or reports a rule it does not declare.
    pub fn run_with<P: Plugin>(&self, plugin: &P, options: Map<String, Value>) -> Outcome {
        match accord_plugin::run_in_process(plugin, &self.charter(), options) {
            Ok(outcome) => outcome,
            Err(e) => panic!("plugin failed: {e}"),
        }
    }

    /// Runs `plugin` with default options, its findings asked in `locale` (`"fr"`), as the host
    /// asks: only when the manifest's `message_languages` lists it.
    ///
    /// # Panics
    /// When the plugin fails or reports a rule it does not declare.
    pub fn run_in<P: Plugin>(&self, plugin: &P, locale: &str) -> Outcome {
        match accord_plugin::run_in_process_in(plugin, &self.charter(), Map::new(), Some(locale)) {
            Ok(outcome) => outcome,
            Err(e) => panic!("plugin failed: {e}"),
        }
    }
}

mod l10n;
pub use l10n::assert_translated;

/// Asserts what every plugin's manifest owes its users: exactly the rules of `rules`, each once,
/// in the plugin's own category (`category.name`), each with a summary, rationale, fix,
/// example and references (the text `accord explain` prints).
///
/// # Panics
/// Naming the first rule that falls short.
pub fn assert_manifest_complete<P: Plugin>(plugin: &P, category: &str, rules: &[Rule]) {
    let manifest = plugin.manifest();
    let ids: Vec<&str> = manifest.rules.iter().map(|r| r.id.as_str()).collect();
    let expected: Vec<&str> = rules.iter().map(|r| r.id).collect();
    assert_eq!(
        ids, expected,
        "the manifest must list exactly the registered rules"
    );
    for r in &manifest.rules {
        assert!(
            r.id.starts_with(&format!("{category}.")),
            "{} is not in category {category}",
            r.id
        );
        assert_eq!(r.category, category, "{}", r.id);
        for (field, text) in [
            ("summary", &r.summary),
            ("rationale", &r.rationale),
            ("fix", &r.fix),
            ("example", &r.example),
        ] {
            assert!(!text.trim().is_empty(), "{} has no {field}", r.id);
        }
        assert!(!r.references.is_empty(), "{} has no references", r.id);
    }
}

/// Asserts that a plugin's table of rules lists each rule once, in id order: a reader finds a
/// rule where they expect it, and a rule added twice shows up.
///
/// # Panics
/// Showing the ids as listed.
pub fn assert_rules_in_id_order(rules: &[Rule]) {
    let ids: Vec<&str> = rules.iter().map(|r| r.id).collect();
    assert!(
        ids.windows(2).all(|pair| pair[0] < pair[1]),
        "the rules must be listed once each, in id order: {ids:?}"
    );
}

/// Asserts that every option of the plugin's options schema has a `default` (the host fills it
/// in when a profile does not set the option) and a `description` (what a profile author reads).
///
/// # Panics
/// Naming the first option that falls short.
pub fn assert_options_documented<P: Plugin>(plugin: &P) {
    let manifest = plugin.manifest();
    let properties = manifest.options["properties"].as_object();
    for (name, schema) in properties.into_iter().flatten() {
        assert!(
            schema.get("default").is_some(),
            "option `{name}` has no default"
        );
        let description = schema["description"].as_str().unwrap_or_default();
        assert!(
            !description.trim().is_empty(),
            "option `{name}` has no description"
        );
    }
}

/// An options map from a JSON object literal: `options(json!({"min_years": 5}))`.
pub fn options(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("options must be a JSON object, got {other}"),
    }
}

/// TOML to JSON as the host converts charters: datetimes become their text.
fn toml_to_json(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => match serde_json::Number::from_f64(f) {
            Some(n) => Value::Number(n),
            None => panic!("fixture holds {f}, which JSON cannot represent"),
        },
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(dt) => Value::String(dt.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(toml_to_json).collect()),
        toml::Value::Table(table) => Value::Object(
            table
                .into_iter()
                .map(|(key, value)| (key, toml_to_json(value)))
                .collect(),
        ),
    }
}

fn split(pointer: &str) -> (Vec<String>, String) {
    let mut tokens: Vec<String> = pointer.split('/').skip(1).map(unescape).collect();
    let last = tokens.pop().expect("a non-root JSON Pointer");
    (tokens, last)
}

fn unescape(token: &str) -> String {
    token.replace("~1", "/").replace("~0", "~")
}

fn escape(token: &str) -> String {
    token.replace('~', "~0").replace('/', "~1")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(id: &'static str) -> Rule {
        Rule {
            id,
            severity: accord_plugin::Severity::Warning,
            references: &[],
            doc: "",
        }
    }

    fn panics(f: impl FnOnce() + std::panic::UnwindSafe) -> bool {
        std::panic::catch_unwind(f).is_err()
    }

    #[test]
    fn rules_must_be_listed_once_in_id_order() {
        assert_rules_in_id_order(&[rule("demo.a"), rule("demo.b")]);
        assert!(panics(|| assert_rules_in_id_order(&[
            rule("demo.b"),
            rule("demo.a")
        ])));
        assert!(panics(|| assert_rules_in_id_order(&[
            rule("demo.a"),
            rule("demo.a")
        ])));
    }

    struct WithOption(Value);

    impl Plugin for WithOption {
        fn manifest(&self) -> accord_plugin::Manifest {
            accord_plugin::Manifest::new("demo", "0.1.0", "Demo.", &[]).option("n", self.0.clone())
        }
        fn check(&self, _: &Charter<'_>, _: &accord_plugin::Options) -> Result<Outcome, String> {
            Ok(Outcome::default())
        }
    }

    #[test]
    fn options_need_a_default_and_a_description() {
        assert_options_documented(&WithOption(json!({"default": 1, "description": "N."})));
        assert!(panics(|| assert_options_documented(&WithOption(
            json!({"description": "N."})
        ))));
        assert!(panics(|| assert_options_documented(&WithOption(
            json!({"default": 1, "description": " "})
        ))));
    }

    #[test]
    fn set_creates_parents_and_remove_deletes() {
        let f = Fixture::minimal()
            .set("/exit/strategy", json!("Hand over"))
            .set("/partners/-", json!({"id": "x"}))
            .remove("/partners/0/brings");
        assert_eq!(
            f.json().pointer("/exit/strategy"),
            Some(&json!("Hand over"))
        );
        assert_eq!(f.json()["partners"].as_array().map(Vec::len), Some(3));
        assert!(f.json().pointer("/partners/0/brings").is_none());
    }

    #[test]
    fn toml_fixture_converts_dates_and_keeps_order() {
        let f = Fixture::from_toml_str(
            r#"
charter_version = 1
[partnership]
id = "p"
name = "P"
summary = "S"
country = "HT"
community = "C"
start = 2011-01-01
end = 2016-12-31
[[partners]]
id = "konbit"
name = "Konbit"
sector = "community"
base = "local"
roles = ["implementing"]
[budget]
currency = "USD"
total = 1250.5
published = true
"#,
        );
        let json = f.json();
        assert_eq!(
            json.pointer("/partnership/start"),
            Some(&json!("2011-01-01"))
        );
        assert_eq!(json.pointer("/charter_version"), Some(&json!(1)));
        assert_eq!(json.pointer("/budget/total"), Some(&json!(1250.5)));
        assert_eq!(
            json.pointer("/partners/0/roles/0"),
            Some(&json!("implementing"))
        );
        let keys: Vec<&String> = json["partnership"].as_object().unwrap().keys().collect();
        assert_eq!(keys[..2], ["id", "name"]);
        let charter = f.charter();
        assert_eq!(charter.partnership.start.to_string(), "2011-01-01");
        assert!(charter.budget.unwrap().published);
    }

    #[test]
    fn toml_fixture_files_load() {
        let path = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../examples/charters/rebuild-haiti.toml"
        );
        let charter = Fixture::from_toml_file(path).charter();
        assert_eq!(charter.partnership.id, "lakou-rebuild");
    }

    /// Every charter of the examples and the test fixtures reads the same whether its text is
    /// borrowed from JSON text (what a plugin gets) or owned (from a `Value`, as here).
    #[test]
    fn charters_read_the_same_borrowed_and_owned() {
        let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
        let (mut read, mut refused) = (0, Vec::new());
        for dir in [
            "examples/charters",
            "tests/fixtures/valid",
            "tests/fixtures/audit",
            "tests/fixtures/formats",
        ] {
            let mut paths: Vec<_> = std::fs::read_dir(format!("{root}/{dir}"))
                .unwrap()
                .map(|e| e.unwrap().path())
                .collect();
            paths.sort();
            for path in paths {
                let json = match path.extension().and_then(|e| e.to_str()) {
                    Some("toml") => Fixture::from_toml_file(&path).json().to_string(),
                    Some("json") => std::fs::read_to_string(&path).unwrap(),
                    _ => continue,
                };
                let value: Value = serde_json::from_str(&json).unwrap();
                let owned = Charter::from_json(value);
                let borrowed = Charter::from_json_str(&json);
                let (owned, borrowed) = match (owned, borrowed) {
                    (Ok(o), Ok(b)) => (o, b),
                    (Err(_), Err(_)) => {
                        refused.push(path.file_name().unwrap().to_string_lossy().into_owned());
                        continue;
                    }
                    (o, b) => panic!("{}: {:?} but {:?}", path.display(), o.err(), b.err()),
                };
                assert_eq!(format!("{owned:?}"), format!("{borrowed:?}"), "{path:?}");
                assert!(borrowed.partnership.id.is_borrowed(), "{path:?}");
                assert!(!owned.partnership.id.is_borrowed(), "{path:?}");
                read += 1;
            }
        }
        assert!(read > 20, "{read} charters");
        // Every charter the schema accepts reads as a typed charter (`charter_version = 1.0`
        // once did not).
        assert_eq!(refused, Vec::<String>::new());
    }

    #[test]
    #[should_panic(expected = "not valid TOML")]
    fn invalid_toml_fixture_panics_with_the_cause() {
        let _ = Fixture::from_toml_str("a = ");
    }

    #[test]
    fn minimal_is_a_charter() {
        let c = Fixture::minimal().charter();
        assert_eq!(c.partners.len(), 2);
        assert!(c.partners[0].is_local());
    }
}
