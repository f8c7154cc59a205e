//! The user-facing documentation stays true to the code it describes.
//!
//! - `docs/charter.md` documents exactly the keys of `schemas/charter.schema.json`. Its
//!   convention, stated on the page: every key table starts with the header `| Key | Required |`
//!   and each of its rows names one key, as its full dotted path in backticks, in the first
//!   column (`goals.benchmarks.due`: arrays add no brackets; the free-form table of a plugin
//!   under `extensions` is `extensions.<plugin>`). The required column starts with "yes" exactly
//!   when the schema requires the key in its parent, and a row names every allowed value of its
//!   key's enum. Table headers and dotted key paths mentioned in the prose must exist too.
//! - The page's complete charter is valid, uses every key, and passes every built-in rule but
//!   the one its waiver covers.
//! - `docs/rules.md` is `accord rules --format markdown` of the default profile.
//! - Every built-in rule cites sources a user can look up: the frameworks of the rule
//!   catalogue, each with its clause, and an "Accord default: …" reference exactly when the
//!   rationale says a threshold is Accord's own choice.

use std::collections::{BTreeMap, BTreeSet};

use crate::util::{Output, plugin_dir, run, temp_dir, workspace_root};
use serde_json::{Map, Value};

const CHARTER_DOC: &str = "docs/charter.md";
const RULES_DOC: &str = "docs/rules.md";
const CHARTER_SCHEMA: &str = "schemas/charter.schema.json";
/// The heading of the section whose TOML block is the complete charter.
const COMPLETE_HEADING: &str = "## A complete charter";
/// The audit date the complete charter is documented with (its waiver expires later).
const COMPLETE_TODAY: &str = "2011-06-01";
/// Enums this long (the ISO country and currency codes) are described by name, not listed.
const LISTED_ENUM_MAX: usize = 20;

fn read(relative: &str) -> String {
    let path = workspace_root().join(relative);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

fn checked(args: &[&str]) -> Output {
    let out = run(args);
    assert!(
        !out.crashed(),
        "accord crashed on `{}`: {}",
        args.join(" "),
        out.stderr
    );
    out
}

// ---------------------------------------------------------------------------------------------
// The schema's keys

/// What the schema says about one key.
#[derive(Debug, Default)]
struct SchemaKey {
    required: bool,
    /// The allowed values of the key, or of its list's items.
    allowed: Vec<String>,
}

/// Every key path of the charter schema, at every level: properties, the properties of array
/// items, those reached through `$ref` into `$defs`, and free-form tables (`additionalProperties`).
struct SchemaKeys<'s> {
    defs: &'s Map<String, Value>,
    keys: BTreeMap<String, SchemaKey>,
    used_defs: BTreeSet<&'s str>,
}

impl<'s> SchemaKeys<'s> {
    fn of(schema: &'s Value) -> BTreeMap<String, SchemaKey> {
        let defs = schema["$defs"]
            .as_object()
            .expect("the charter schema has $defs");
        let mut walk = SchemaKeys {
            defs,
            keys: BTreeMap::new(),
            used_defs: BTreeSet::new(),
        };
        walk.node(schema, "", 0);
        for (name, def) in defs {
            assert!(
                !def.get("properties").is_some_and(Value::is_object)
                    || walk.used_defs.contains(name.as_str()),
                "{CHARTER_SCHEMA}: `$defs/{name}` defines keys, but no part of the charter uses \
                 it; use it or remove it"
            );
        }
        walk.keys
    }

    /// `node` and the schemas its `$ref`s lead to, in order: a keyword is read from the first
    /// that has it.
    fn chain(&mut self, node: &'s Value) -> Vec<&'s Value> {
        let mut chain = vec![node];
        let mut at = node;
        while let Some(reference) = at.get("$ref").and_then(Value::as_str) {
            let name = reference
                .strip_prefix("#/$defs/")
                .unwrap_or_else(|| panic!("{CHARTER_SCHEMA}: unexpected $ref `{reference}`"));
            at = self
                .defs
                .get(name)
                .unwrap_or_else(|| panic!("{CHARTER_SCHEMA}: `{reference}` names no $def"));
            self.used_defs.insert(name);
            assert!(
                chain.len() < 16,
                "{CHARTER_SCHEMA}: a $ref cycle at `{reference}`"
            );
            chain.push(at);
        }
        chain
    }

    fn keyword(&mut self, node: &'s Value, keyword: &str) -> Option<&'s Value> {
        self.chain(node).into_iter().find_map(|n| n.get(keyword))
    }

    fn node(&mut self, node: &'s Value, path: &str, depth: usize) {
        assert!(depth < 64, "{CHARTER_SCHEMA}: nesting too deep at `{path}`");
        if let Some(properties) = self.keyword(node, "properties").and_then(Value::as_object) {
            let required: BTreeSet<&str> = self
                .keyword(node, "required")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(Value::as_str)
                .collect();
            for (key, child) in properties {
                let child_path = join(path, key);
                let allowed = self.allowed(child);
                let previous = self.keys.insert(
                    child_path.clone(),
                    SchemaKey {
                        required: required.contains(key.as_str()),
                        allowed,
                    },
                );
                assert!(previous.is_none(), "two schema keys at `{child_path}`");
                self.node(child, &child_path, depth + 1);
            }
        }
        if let Some(items) = self.keyword(node, "items") {
            // A list's entries add no step to the path: `goals.benchmarks.due`.
            self.node(items, path, depth + 1);
        }
        if let Some(free) = self.keyword(node, "additionalProperties")
            && free.is_object()
        {
            let child_path = join(path, map_placeholder(path));
            self.keys.insert(child_path.clone(), SchemaKey::default());
            self.node(free, &child_path, depth + 1);
        }
    }

    /// The allowed values of a key or of its list's items, when short enough to list.
    fn allowed(&mut self, node: &'s Value) -> Vec<String> {
        let values = match self.keyword(node, "enum") {
            Some(values) => Some(values),
            None => self
                .keyword(node, "items")
                .and_then(|items| self.keyword(items, "enum")),
        };
        let values: Vec<String> = values
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        if values.len() > LISTED_ENUM_MAX {
            Vec::new()
        } else {
            values
        }
    }
}

/// The name a page uses for the keys of a free-form table (`extensions.<plugin>`).
fn map_placeholder(path: &str) -> &'static str {
    if path == "extensions" {
        "<plugin>"
    } else {
        "<key>"
    }
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_owned()
    } else {
        format!("{path}.{key}")
    }
}

fn schema_keys(schema: &Value) -> BTreeMap<String, SchemaKey> {
    let keys = SchemaKeys::of(schema);
    assert!(
        keys.contains_key("charter_version") && keys.contains_key("goals.benchmarks.due"),
        "the schema walk found too little: {:?}",
        keys.keys().collect::<Vec<_>>()
    );
    keys
}

fn charter_schema() -> Value {
    serde_json::from_str(&read(CHARTER_SCHEMA)).expect("the charter schema is JSON")
}

// ---------------------------------------------------------------------------------------------
// The page's keys

/// One row of a key table: the key, its required column, the whole row, and its line.
struct Row {
    key: String,
    required: String,
    text: String,
    line: usize,
}

/// The lines of a Markdown page outside fenced code blocks, with their 1-based numbers.
fn prose_lines(page: &str) -> Vec<(usize, &str)> {
    let mut in_code = false;
    let mut out = Vec::new();
    for (i, line) in page.lines().enumerate() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        if !in_code {
            out.push((i + 1, line));
        }
    }
    out
}

fn cells(line: &str) -> Vec<&str> {
    let inner = line.trim().trim_start_matches('|').trim_end_matches('|');
    inner.split('|').map(str::trim).collect()
}

/// Every row of every key table (a table whose header starts `| Key | Required |`).
fn key_rows(page: &str) -> Vec<Row> {
    let mut rows = Vec::new();
    let mut in_table = false;
    for (line_no, line) in prose_lines(page) {
        let header = cells(line);
        if line.starts_with('|') && header.len() >= 2 && header[..2] == ["Key", "Required"] {
            in_table = true;
            continue;
        }
        if !line.starts_with('|') {
            in_table = false;
            continue;
        }
        if !in_table || line.starts_with("|---") {
            continue;
        }
        let row = cells(line);
        let key = row[0]
            .strip_prefix('`')
            .and_then(|k| k.strip_suffix('`'))
            .filter(|k| !k.contains('`'))
            .unwrap_or_else(|| {
                panic!(
                    "{CHARTER_DOC}:{line_no}: the first cell of a key table's row must be one key \
                     path in backticks, such as `goals.benchmarks.due`; found `{}`",
                    row[0]
                )
            });
        rows.push(Row {
            key: key.to_owned(),
            required: row.get(1).copied().unwrap_or_default().to_owned(),
            text: line.to_owned(),
            line: line_no,
        });
    }
    rows
}

#[test]
fn the_charter_page_documents_every_key_of_the_schema_and_no_other() {
    let schema = charter_schema();
    let keys = schema_keys(&schema);
    let page = read(CHARTER_DOC);
    let rows = key_rows(&page);

    let mut problems = Vec::new();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for row in &rows {
        if let Some(first) = seen.insert(row.key.as_str(), row.line) {
            problems.push(format!(
                "{CHARTER_DOC}:{}: `{}` has a second row (the first is on line {first})",
                row.line, row.key
            ));
        }
        let Some(key) = keys.get(&row.key) else {
            problems.push(format!(
                "{CHARTER_DOC}:{}: `{}` is documented, but the charter schema has no such key: \
                 remove the row or correct the path",
                row.line, row.key
            ));
            continue;
        };
        let says_required = row.required.starts_with("yes");
        if says_required != key.required {
            problems.push(format!(
                "{CHARTER_DOC}:{}: `{}` is {}required in the schema, but its row says `{}`",
                row.line,
                row.key,
                if key.required { "" } else { "not " },
                row.required
            ));
        }
        for value in &key.allowed {
            if !row.text.contains(&format!("`{value}`")) {
                problems.push(format!(
                    "{CHARTER_DOC}:{}: the row of `{}` does not name its allowed value `{value}`",
                    row.line, row.key
                ));
            }
        }
    }
    for path in keys.keys() {
        if !seen.contains_key(path.as_str()) {
            problems.push(format!(
                "{CHARTER_DOC} does not document `{path}`, a key of {CHARTER_SCHEMA}: add a row \
                 for it to the table of its section"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// A token in backticks that names a key path: a TOML table header (`[exit]`, `[[goals]]`) or
/// a dotted path that starts with a top-level key (`exit.handover_date`). Rule ids contain
/// hyphens and keys never do, so `exit.local-successor` is not one.
fn mentioned_key(token: &str, top_level: &BTreeSet<&str>) -> Option<String> {
    let bare = token.trim_start_matches('[').trim_end_matches(']');
    let is_header = bare.len() != token.len();
    let is_path = !bare.is_empty()
        && bare.split('.').all(|part| {
            part == "<plugin>" || part.chars().all(|c| c.is_ascii_lowercase() || c == '_')
        });
    let first = bare.split('.').next().unwrap_or_default();
    (is_path && top_level.contains(first) && (is_header || bare.contains('.')))
        .then(|| bare.to_owned())
}

#[test]
fn the_charter_page_mentions_only_keys_the_schema_has() {
    let schema = charter_schema();
    let keys = schema_keys(&schema);
    let top_level: BTreeSet<&str> = keys
        .keys()
        .filter(|k| !k.contains('.'))
        .map(String::as_str)
        .collect();
    let page = read(CHARTER_DOC);
    let mut problems = Vec::new();
    let mut checked_any = false;
    for (line_no, line) in prose_lines(&page) {
        assert!(
            line.matches('`').count() % 2 == 0,
            "{CHARTER_DOC}:{line_no}: a code span breaks across lines; keep each on one line so \
             that the key mentions can be checked"
        );
        for (i, token) in line.split('`').enumerate() {
            if i % 2 == 0 {
                continue; // outside backticks
            }
            if let Some(path) = mentioned_key(token, &top_level) {
                checked_any = true;
                if !keys.contains_key(&path) {
                    problems.push(format!(
                        "{CHARTER_DOC}:{line_no}: `{token}` names no key of the charter schema"
                    ));
                }
            }
        }
    }
    assert!(
        checked_any,
        "no key mentions were found: is the page empty?"
    );
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

// ---------------------------------------------------------------------------------------------
// The complete charter

/// The TOML block under [`COMPLETE_HEADING`].
fn complete_charter(page: &str) -> String {
    let after = page
        .split_once(&format!("\n{COMPLETE_HEADING}\n"))
        .unwrap_or_else(|| panic!("{CHARTER_DOC} has no `{COMPLETE_HEADING}` section"))
        .1;
    let block = after
        .split_once("```toml\n")
        .and_then(|(_, rest)| rest.split_once("\n```"))
        .unwrap_or_else(|| panic!("`{COMPLETE_HEADING}` in {CHARTER_DOC} has no ```toml block"))
        .0;
    format!("{block}\n")
}

/// Every key path a charter value uses, named as the schema walk names them.
fn used_keys(value: &Value, path: &str, out: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (key, child) in map {
                if path == "extensions" {
                    // A plugin's own data is free-form: its keys are not the format's.
                    out.insert(join(path, map_placeholder(path)));
                    continue;
                }
                let child_path = join(path, key);
                out.insert(child_path.clone());
                used_keys(child, &child_path, out);
            }
        }
        Value::Array(items) => {
            for item in items {
                used_keys(item, path, out);
            }
        }
        _ => {}
    }
}

#[test]
fn the_complete_charter_is_valid_uses_every_key_and_passes_the_rules() {
    let page = read(CHARTER_DOC);
    let text = complete_charter(&page);
    let dir = temp_dir("docs-complete-charter");
    let file = dir.path().join("complete.toml");
    std::fs::write(&file, &text).expect("write the complete charter");
    let file_arg = file.display().to_string();

    let validated = checked(&["validate", &file_arg]);
    assert_eq!(
        validated.code,
        0,
        "the complete charter of {CHARTER_DOC} must be valid:\n{}",
        validated.snapshot()
    );

    let limits = accord_core::load::Limits::default();
    let document = accord_core::load::parse_text(&text, accord_core::load::Format::Toml, &limits)
        .unwrap_or_else(|e| panic!("the complete charter does not parse: {e:?}"));
    let mut used = BTreeSet::new();
    used_keys(&document.value, "", &mut used);
    let keys = schema_keys(&charter_schema());
    let unused: Vec<&String> = keys.keys().filter(|k| !used.contains(*k)).collect();
    assert!(
        unused.is_empty(),
        "the complete charter of {CHARTER_DOC} must use every key; it leaves out {unused:?}"
    );

    let plugins = plugin_dir().display().to_string();
    let audited = checked(&[
        "audit",
        &file_arg,
        "--no-config",
        "--plugin-dir",
        &plugins,
        "--today",
        COMPLETE_TODAY,
        "--format",
        "json",
    ]);
    assert_eq!(audited.code, 0, "{}", audited.snapshot());
    let report: Value = serde_json::from_str(audited.stdout.trim_end()).expect("one JSON report");
    assert_eq!(report["verdict"], "pass", "{}", audited.stdout);
    assert_eq!(report["not_applicable"], Value::Array(Vec::new()));
    let findings: Vec<(&str, bool)> = report["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| {
            (
                f["rule"].as_str().unwrap_or_default(),
                f["waiver"].is_object(),
            )
        })
        .collect();
    assert_eq!(
        findings,
        [("transparency.independent-audit", true)],
        "the page says the complete charter passes every rule but the one its waiver covers"
    );
}

// ---------------------------------------------------------------------------------------------
// Rule references

/// The sources of the rule catalogue: how a reference to each begins, and its short name.
/// A reference is the source, a colon, then the clause or point it takes from it.
const SOURCES: &[(&str, &str)] = &[
    (
        "Principles of Partnership (Global Humanitarian Platform, 2007): ",
        "PoP",
    ),
    ("Grand Bargain (2016): ", "GB"),
    ("Charter4Change (2015, updated 2019): commitment ", "C4C"),
    (
        "Core Humanitarian Standard (2014, revised 2024): commitment ",
        "CHS",
    ),
    (
        "The Partnering Initiative, Partnering Toolbook and Partnering Agreement Scorecard: ",
        "TPI",
    ),
    ("IATI Standard: ", "IATI"),
    ("C-SAFE/FANTA exit-strategy guidance: ", "EXIT"),
    ("OECD-DAC evaluation criteria (2019): ", "DAC"),
    (
        "Lisa Smith, \"Net Impact In Review: The Growing Imperative of Cross-Sector \
         Collaboration\" (Net Impact blog, on the Net Impact 2010 Conference sessions): ",
        "SEED",
    ),
    (
        "Accord charter format: waivers (docs/charter.md)",
        "charter",
    ),
    ("Accord charter format (docs/charter.md): ", "charter-doc"),
    ("Accord plugin guide (docs/plugin-guide.md): ", "guide"),
];

/// A threshold that is Accord's own choice is cited as "Accord default: <why>".
const ACCORD_DEFAULT: &str = "Accord default: ";
/// How a rationale says that a threshold is Accord's own choice.
const OWN_THRESHOLD: &str = "not a framework figure";

/// The sources of each built-in rule, as the rule catalogue lists them (commitments of
/// Charter4Change and the Core Humanitarian Standard by number).
const CATALOGUE: &[(&str, &[&str])] = &[
    ("accord.invalid-charter", &["charter-doc"]),
    ("accord.plugin-failure", &["guide"]),
    ("accountability.conflict-resolution", &["TPI"]),
    ("accountability.decision-making", &["TPI"]),
    ("accountability.funder-not-sole-decider", &["PoP", "C4C 6"]),
    ("accountability.goals-stated", &["TPI"]),
    ("accountability.health-review", &["TPI"]),
    ("accountability.meeting-cadence", &["TPI"]),
    ("accountability.termination", &["TPI"]),
    ("collaboration.benchmark-cadence", &["SEED"]),
    (
        "collaboration.benchmarks-measurable",
        &["IATI", "TPI", "SEED"],
    ),
    ("collaboration.commitment-horizon", &["GB", "SEED"]),
    ("collaboration.cross-sector", &["SEED"]),
    ("collaboration.initiatives-mapped", &["CHS 6", "SEED"]),
    ("collaboration.long-term", &["SEED"]),
    ("collaboration.no-duplication", &["PoP", "CHS 6", "SEED"]),
    ("collaboration.roles-covered", &["IATI", "TPI"]),
    ("collaboration.value-stated", &["TPI", "PoP"]),
    ("exit.adopted-early", &["CHS 3.4"]),
    ("exit.approach", &["EXIT"]),
    ("exit.capacity-transfer", &["GB", "C4C 7", "SEED"]),
    ("exit.funding-after-exit", &["DAC"]),
    ("exit.handover-date", &["CHS 3.4", "IATI"]),
    ("exit.local-staff-growth", &["C4C 4", "SEED"]),
    ("exit.local-successor", &["CHS 3.3", "SEED"]),
    ("exit.measurable-criteria", &["EXIT"]),
    ("exit.strategy", &["CHS 3.4", "SEED"]),
    ("exit.support-bounded", &["CHS 3.4", "SEED"]),
    (
        "humility.community-in-governance",
        &["PoP", "C4C 6", "SEED"],
    ),
    ("humility.complaints-mechanism", &["CHS 5"]),
    ("humility.consulted-before-design", &["CHS 4", "GB", "SEED"]),
    ("humility.context-assessed", &["SEED", "CHS 1"]),
    ("humility.feedback-loop", &["CHS 4", "CHS 7", "GB"]),
    ("humility.local-language", &["CHS 4"]),
    ("humility.local-partner", &["PoP", "GB", "SEED"]),
    ("humility.local-partners-in-design", &["C4C 6"]),
    ("humility.no-predetermined-solution", &["CHS 1", "SEED"]),
    ("transparency.allocations-balance", &["IATI"]),
    ("transparency.budget-published", &["PoP", "IATI"]),
    ("transparency.independent-audit", &["CHS 9", "TPI"]),
    ("transparency.interests-declared", &["PoP", "TPI"]),
    ("transparency.local-funding-share", &["GB", "C4C 1"]),
    ("transparency.local-share-published", &["C4C 3"]),
    ("transparency.open-data", &["GB", "C4C 3"]),
    ("transparency.public-reporting", &["PoP", "IATI"]),
    ("waiver.expired", &["charter"]),
    ("waiver.unknown-rule", &["charter"]),
    ("waiver.unused", &["charter"]),
];

/// The short name of a reference's source ("CHS 3.4"), or why it is not a citable one.
fn source_of(reference: &str) -> Result<String, String> {
    let (prefix, short) = SOURCES
        .iter()
        .find(|(prefix, _)| reference.starts_with(prefix))
        .ok_or("it names none of the catalogue's sources")?;
    let point = &reference[prefix.len()..];
    match *short {
        "C4C" | "CHS" => {
            let number: String = point
                .chars()
                .take_while(|c| c.is_ascii_digit() || *c == '.')
                .collect();
            let rest = point[number.len()..].strip_prefix(", ").unwrap_or_default();
            if number.is_empty() || rest.trim().is_empty() {
                return Err("write the commitment as `commitment N, <point>`".to_owned());
            }
            Ok(format!("{short} {number}"))
        }
        "charter" => {
            if !workspace_root().join("docs/charter.md").is_file() {
                return Err("docs/charter.md does not exist".to_owned());
            }
            Ok((*short).to_owned())
        }
        _ if point.trim().is_empty() => Err("it names no clause or point".to_owned()),
        _ => Ok((*short).to_owned()),
    }
}

/// `accord explain ID`'s "Why" section.
fn rationale(id: &str, plugins: &str) -> String {
    let out = checked(&["explain", id, "--no-config", "--plugin-dir", plugins]);
    assert_eq!(out.code, 0, "{}", out.snapshot());
    let why = out
        .stdout
        .split_once("\nWhy\n")
        .and_then(|(_, rest)| rest.split_once("\nHow to fix\n"))
        .unwrap_or_else(|| panic!("`accord explain {id}` has no Why section:\n{}", out.stdout))
        .0;
    why.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn every_rule_cites_sources_a_user_can_look_up() {
    let plugins = plugin_dir().display().to_string();
    let listed = checked(&[
        "rules",
        "--no-config",
        "--plugin-dir",
        &plugins,
        "--format",
        "json",
    ]);
    assert_eq!(listed.code, 0, "{}", listed.snapshot());
    let rules: Vec<Value> = listed
        .stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per rule"))
        .collect();
    let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
    let catalogue: BTreeMap<&str, &[&str]> = CATALOGUE.iter().copied().collect();
    assert_eq!(
        ids.iter().copied().collect::<BTreeSet<_>>(),
        catalogue.keys().copied().collect::<BTreeSet<_>>(),
        "the built-in rules and the catalogue of sources in this test differ"
    );

    let mut problems = Vec::new();
    for rule in &rules {
        let id = rule["id"].as_str().unwrap_or_default();
        let references: Vec<&str> = rule["references"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        let mut sources = BTreeSet::new();
        let mut own_default = false;
        for reference in &references {
            if let Some(why) = reference.strip_prefix(ACCORD_DEFAULT) {
                own_default = true;
                if why.trim().is_empty() {
                    problems.push(format!("{id}: `{reference}` does not say why"));
                }
                continue;
            }
            match source_of(reference) {
                Ok(source) => {
                    sources.insert(source);
                }
                Err(why) => problems.push(format!("{id}: `{reference}`: {why}")),
            }
        }
        let expected: BTreeSet<String> = catalogue[id].iter().map(|s| (*s).to_owned()).collect();
        if sources != expected {
            problems.push(format!(
                "{id} cites {sources:?}; the rule catalogue gives {expected:?}"
            ));
        }
        let says_own = rationale(id, &plugins).contains(OWN_THRESHOLD);
        if says_own != own_default {
            problems.push(if says_own {
                format!(
                    "{id}: the rationale calls a threshold Accord's own, but no reference \
                     starts `{ACCORD_DEFAULT}`"
                )
            } else {
                format!(
                    "{id}: a reference starts `{ACCORD_DEFAULT}`, but the rationale does not say \
                     the threshold is `{OWN_THRESHOLD}`"
                )
            });
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_waiver_rules_point_at_a_page_that_explains_waivers() {
    let page = read(CHARTER_DOC);
    for heading in ["## Waivers: `[[waivers]]`", "How waivers behave"] {
        assert!(
            page.contains(heading),
            "{CHARTER_DOC} lacks `{heading}`, which the host rules' references rely on"
        );
    }
    for rule in ["waiver.expired", "waiver.unknown-rule", "waiver.unused"] {
        assert!(
            page.contains(&format!("`{rule}`")),
            "{CHARTER_DOC} does not explain `{rule}`"
        );
    }
}

#[test]
fn the_rules_page_is_the_catalogue_of_the_default_profile() {
    let dir = plugin_dir().display().to_string();
    let out = checked(&[
        "rules",
        "--format",
        "markdown",
        "--no-config",
        "--plugin-dir",
        &dir,
    ]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let page = read(RULES_DOC);
    assert!(
        page == out.stdout,
        "{RULES_DOC} differs from the catalogue: regenerate it with\n  \
         cargo run -q -p accord-cli -- rules --format markdown --no-config > {RULES_DOC}\n\
         (docs/architecture.md, \"Generated docs\")"
    );
}

#[test]
fn the_readme_examples_name_files_that_exist() {
    let readme = read("README.md");
    let mut named = 0;
    for line in readme
        .lines()
        .filter(|l| l.starts_with("accord ") || l.contains(" accord "))
    {
        let command = line.split(" # ").next().unwrap_or(line);
        for word in command.split_whitespace() {
            let word = word.trim_end_matches(['*', ';', ')']);
            if word.starts_with("examples/") || word.starts_with("tests/") {
                named += 1;
                assert!(
                    workspace_root().join(word).exists(),
                    "README names `{word}`, which is not in the repository: {line}"
                );
            }
        }
    }
    assert!(
        named >= 10,
        "the README's examples name repository files ({named})"
    );
    // The first command audits an example that has findings (so a newcomer sees what Accord
    // does) and exits 0 (so the README's command "works").
    let first = readme
        .lines()
        .find(|l| l.contains("target/release/accord audit"))
        .expect("the README's first command");
    let charter = first.rsplit(' ').next().unwrap_or_default();
    let dir = plugin_dir().display().to_string();
    let out = checked(&[
        "audit",
        charter,
        "--no-config",
        "--plugin-dir",
        &dir,
        "--format",
        "json",
    ]);
    assert_eq!(out.code, 0, "the first command passes: {}", out.stdout);
    let report: Value =
        serde_json::from_str(out.stdout.lines().next().unwrap_or_default()).expect("a JSON report");
    assert!(
        report["findings"].as_array().is_some_and(|f| f.len() >= 5),
        "the first command's charter has findings to show: {report}"
    );
}
