//! A property test of error locations: break the minimal valid charters (TOML and JSON) at known
//! places with random mutations and check, through the library, that every error lies inside the
//! file and points at the mutated key or value (or, for a renamed required key, at the table
//! that now lacks it).
//!
//! Deterministic: a seeded xorshift generator. `ACCORD_LOCATIONS_SEED` and
//! `ACCORD_LOCATIONS_CASES` override the seed and the number of cases per format.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use accord_core::Kind;
use accord_core::load::{Format, Limits, parse_text};
use accord_core::source::LineIndex;
use accord_core::validate::{CHARTER_SCHEMA, SchemaValidator, validate_charter};
use serde_json::Value;

use crate::util::workspace_root;

const DEFAULT_SEED: u64 = 0x5EED_ACC0_4D00_0001;
const DEFAULT_CASES: usize = 120;

/// xorshift64*: small, fast and good enough to pick mutations.
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        Rng(seed.max(1))
    }

    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<T: Clone>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())].clone()
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn letters(&mut self, n: usize) -> String {
        (0..n)
            .map(|_| (b'a' + self.below(26) as u8) as char)
            .collect()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fmt {
    Toml,
    Json,
}

/// What a key holds in the minimal charters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    Version,
    Slug,
    Text,
    Country,
    Enum,
    Date,
    Roles,
    /// A table or list written over several lines (`[partnership]`, `"partners": [`).
    Container,
}

fn class_of(key: &str) -> Class {
    match key {
        "charter_version" => Class::Version,
        "id" => Class::Slug,
        "name" | "summary" | "community" => Class::Text,
        "country" => Class::Country,
        "start" | "end" => Class::Date,
        "sector" | "base" => Class::Enum,
        "roles" => Class::Roles,
        "partnership" | "partners" => Class::Container,
        other => panic!("the minimal fixture has a key this test does not know: {other}"),
    }
}

/// One line of the document being mutated.
#[derive(Debug, Clone)]
struct Line {
    text: String,
    /// The line's index in the original file (None for an inserted line).
    orig: Option<usize>,
    /// The mutation that wrote or inserted this line.
    tag: Option<usize>,
}

/// A key line (or TOML table header) of the original file.
#[derive(Debug, Clone)]
struct Field {
    orig: usize,
    key: String,
    class: Class,
    /// For TOML: `[table]` or `[[table]]` header; the brackets around the key.
    header: Option<(&'static str, &'static str)>,
}

fn parse_field(fmt: Fmt, orig: usize, line: &str) -> Option<Field> {
    match fmt {
        Fmt::Toml => {
            if let Some(name) = line.strip_prefix("[[").and_then(|l| l.strip_suffix("]]")) {
                return Some(Field {
                    orig,
                    key: name.to_owned(),
                    class: Class::Container,
                    header: Some(("[[", "]]")),
                });
            }
            if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
                return Some(Field {
                    orig,
                    key: name.to_owned(),
                    class: Class::Container,
                    header: Some(("[", "]")),
                });
            }
            let (key, _) = line.split_once(" = ")?;
            (!key.starts_with('#')).then(|| Field {
                orig,
                key: key.to_owned(),
                class: class_of(key),
                header: None,
            })
        }
        Fmt::Json => {
            let rest = line.trim_start().strip_prefix('"')?;
            let (key, _) = rest.split_once("\": ")?;
            Some(Field {
                orig,
                key: key.to_owned(),
                class: class_of(key),
                header: None,
            })
        }
    }
}

/// Splits a JSON member line into indentation, key, value and trailing comma.
fn json_parts(line: &str) -> (&str, &str, &str, &str) {
    let indent = &line[..line.len() - line.trim_start().len()];
    let rest = &line[indent.len() + 1..];
    let (key, value) = rest.split_once("\": ").unwrap();
    let (value, comma) = match value.strip_suffix(',') {
        Some(v) => (v, ","),
        None => (value, ""),
    };
    (indent, key, value, comma)
}

fn key_line(fmt: Fmt, original: &str, key: &str, value: &str) -> String {
    match fmt {
        Fmt::Toml => format!("{key} = {value}"),
        Fmt::Json => {
            let (indent, _, _, comma) = json_parts(original);
            format!("{indent}\"{key}\": {value}{comma}")
        }
    }
}

/// A string literal (the same in TOML and JSON for these plain values).
fn string(s: &str) -> String {
    format!("\"{s}\"")
}

/// A date: bare in TOML, a string in JSON.
fn date(fmt: Fmt, d: &str) -> String {
    match fmt {
        Fmt::Toml => d.to_owned(),
        Fmt::Json => string(d),
    }
}

fn inline_table(fmt: Fmt) -> String {
    match fmt {
        Fmt::Toml => "{ a = 1 }".to_owned(),
        Fmt::Json => "{\"a\": 1}".to_owned(),
    }
}

/// A value of the wrong type for `class`.
fn wrong_type(rng: &mut Rng, fmt: Fmt, class: Class) -> String {
    let mut choices = vec![
        "42".to_owned(),
        "true".to_owned(),
        "1.5".to_owned(),
        inline_table(fmt),
    ];
    match class {
        Class::Version => choices = vec!["\"1\"".into(), "true".into(), "[1]".into()],
        Class::Roles => choices.push(string("implementing")),
        _ => choices.push("[1, 2]".to_owned()),
    }
    rng.pick(&choices)
}

/// A value of the right type that breaks a rule of `class`, and the kinds of error it may give.
fn bad_value(rng: &mut Rng, fmt: Fmt, class: Class) -> (String, &'static [Kind]) {
    match class {
        Class::Version => (
            rng.pick(&["0", "2", "-1", "99"]).to_string(),
            &[Kind::Enum, Kind::Range],
        ),
        Class::Slug => (
            string(rng.pick(&["Not A Slug", "-leading", "UPPER", "under_score", ""])),
            &[Kind::Pattern, Kind::Length],
        ),
        Class::Text => (
            string(rng.pick(&["", "   ", "\\t"])),
            &[Kind::Pattern, Kind::Length],
        ),
        Class::Country => (
            string(rng.pick(&["Haiti", "ht", "H1", "HTI", ""])),
            &[Kind::Enum, Kind::Pattern, Kind::Format],
        ),
        Class::Enum => (string(&format!("zz{}", rng.letters(4))), &[Kind::Enum]),
        Class::Date => {
            let mut choices: Vec<String> = ["2011-02-30", "30/01/2011", "2011-13-01", "soon"]
                .iter()
                .map(|s| string(s))
                .collect();
            if fmt == Fmt::Toml {
                choices.extend(["2011-01-01T10:00:00".into(), "10:30:00".into()]);
            }
            (rng.pick(&choices), &[Kind::Format])
        }
        Class::Roles => {
            let bad = string(&format!("zz{}", rng.letters(3)));
            let choices = [
                ("[]".to_owned(), &[Kind::Length][..]),
                (format!("[{bad}]"), &[Kind::Enum][..]),
                (format!("[\"implementing\", {bad}]"), &[Kind::Enum][..]),
            ];
            let (v, k) = rng.pick(&choices);
            (v, k)
        }
        Class::Container => unreachable!("containers are only renamed"),
    }
}

/// A typo of `key` that is a valid bare key and no key the charter schema knows.
fn typo(rng: &mut Rng, key: &str, known: &BTreeSet<String>) -> String {
    loop {
        let mut chars: Vec<char> = key.chars().collect();
        let at = rng.below(chars.len());
        match rng.below(4) {
            0 => chars.insert(rng.below(chars.len() + 1), rng.letters(1).remove(0)),
            1 if chars.len() > 2 => {
                chars.remove(at);
            }
            2 if chars.len() > 1 && at + 1 < chars.len() => chars.swap(at, at + 1),
            _ => chars[at] = rng.letters(1).remove(0),
        }
        let candidate: String = chars.into_iter().collect();
        if candidate != key && !known.contains(&candidate) {
            return candidate;
        }
    }
}

/// Every property name the charter schema defines.
fn schema_keys() -> BTreeSet<String> {
    fn walk(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    out.extend(props.keys().cloned());
                }
                map.values().for_each(|v| walk(v, out));
            }
            Value::Array(items) => items.iter().for_each(|v| walk(v, out)),
            _ => {}
        }
    }
    let schema: Value = serde_json::from_str(CHARTER_SCHEMA).unwrap();
    let mut out = BTreeSet::new();
    walk(&schema, &mut out);
    out
}

/// What one mutation must produce.
#[derive(Debug)]
struct Expect {
    /// The kind of mutation, for the tally.
    category: &'static str,
    what: String,
    /// The tag of the line the error must be on (the mutated line, or `end` for date order).
    line_tag: LineRef,
    /// The key at the start of that line.
    key: String,
    kinds: &'static [Kind],
    /// Also allowed: the parent table's line (a renamed required key is missing there).
    parent_of: Option<LineRef>,
}

#[derive(Debug, Clone, Copy)]
enum LineRef {
    Tag(usize),
    Orig(usize),
}

fn find(lines: &[Line], r: LineRef) -> usize {
    lines
        .iter()
        .position(|l| match r {
            LineRef::Tag(t) => l.tag == Some(t),
            LineRef::Orig(o) => l.orig == Some(o),
        })
        .expect("a tracked line")
}

/// The 0-based index of the line holding the table that `line` is a member of: the nearest
/// header above (TOML) or the nearest line above with less indentation (JSON); the root (None,
/// shown at 1:1) when there is none.
/// The first line (1-based) that holds a key: not blank, not a comment, not a lone brace.
fn first_key_line(lines: &[Line]) -> usize {
    lines
        .iter()
        .position(|l| {
            let t = l.text.trim();
            !t.is_empty() && !t.starts_with('#') && t != "{"
        })
        .map_or(1, |i| i + 1)
}

fn parent_line(fmt: Fmt, lines: &[Line], line: usize) -> Option<usize> {
    let indent = |s: &str| s.len() - s.trim_start().len();
    match fmt {
        // A header's table sits in the root; a key's table is the nearest header above.
        Fmt::Toml if lines[line].text.starts_with('[') => None,
        Fmt::Toml => (0..line).rev().find(|&i| lines[i].text.starts_with('[')),
        Fmt::Json => {
            let mine = indent(&lines[line].text);
            (0..line)
                .rev()
                .find(|&i| indent(&lines[i].text) < mine)
                .filter(|&i| i > 0)
        }
    }
}

/// Applies one mutation at `field`, tagging what it writes with `tag`. Returns the expectation.
fn mutate(
    rng: &mut Rng,
    fmt: Fmt,
    lines: &mut Vec<Line>,
    fields: &[Field],
    field: &Field,
    tag: usize,
    known: &BTreeSet<String>,
) -> Expect {
    let at = find(lines, LineRef::Orig(field.orig));
    let original = lines[at].text.clone();
    let container = field.class == Class::Container;
    let choice = if container {
        0
    } else if field.class == Class::Date && rng.chance(40) {
        4
    } else {
        rng.below(5)
    };
    match choice {
        // Rename the key to a typo: an unknown key here, and a missing required key at the parent.
        0 => {
            let new_key = typo(rng, &field.key, known);
            lines[at].text = match (fmt, field.header) {
                (Fmt::Toml, Some((open, close))) => format!("{open}{new_key}{close}"),
                (Fmt::Toml, None) => original.replacen(&field.key, &new_key, 1),
                (Fmt::Json, _) => {
                    original.replacen(&format!("\"{}\"", field.key), &format!("\"{new_key}\""), 1)
                }
            };
            lines[at].tag = Some(tag);
            Expect {
                category: "rename key",
                what: format!("rename `{}` to `{new_key}`", field.key),
                line_tag: LineRef::Tag(tag),
                key: new_key,
                kinds: &[Kind::UnknownKey],
                parent_of: Some(LineRef::Tag(tag)),
            }
        }
        // A value of the wrong type.
        1 => {
            let value = wrong_type(rng, fmt, field.class);
            lines[at].text = key_line(fmt, &original, &field.key, &value);
            lines[at].tag = Some(tag);
            Expect {
                category: "wrong type",
                what: format!("`{}` = {value} (wrong type)", field.key),
                line_tag: LineRef::Tag(tag),
                key: field.key.clone(),
                kinds: &[Kind::Type, Kind::Enum],
                parent_of: None,
            }
        }
        // A value of the right type that breaks a rule.
        2 => {
            let (value, kinds) = bad_value(rng, fmt, field.class);
            lines[at].text = key_line(fmt, &original, &field.key, &value);
            lines[at].tag = Some(tag);
            Expect {
                category: "bad value",
                what: format!("`{}` = {value} (bad value)", field.key),
                line_tag: LineRef::Tag(tag),
                key: field.key.clone(),
                kinds,
                parent_of: None,
            }
        }
        // An unknown key inserted before this one, in the same table.
        3 => {
            let len = 3 + rng.below(4);
            let key = format!("zz_{}", rng.letters(len));
            let value = if rng.chance(50) {
                string("extra")
            } else {
                "7".to_owned()
            };
            let text = match fmt {
                Fmt::Toml => format!("{key} = {value}"),
                Fmt::Json => {
                    let indent = &original[..original.len() - original.trim_start().len()];
                    format!("{indent}\"{key}\": {value},")
                }
            };
            lines.insert(
                at,
                Line {
                    text,
                    orig: None,
                    tag: Some(tag),
                },
            );
            Expect {
                category: "unknown key",
                what: format!("insert unknown key `{key}` before `{}`", field.key),
                line_tag: LineRef::Tag(tag),
                key,
                kinds: &[Kind::UnknownKey],
                parent_of: None,
            }
        }
        // Dates out of order (only as the sole mutation: see `case`): always reported at `end`.
        _ if field.class == Class::Date => {
            let end = fields.iter().find(|f| f.key == "end").unwrap();
            let value = if field.key == "end" {
                date(fmt, rng.pick(&["2011-01-01", "2010-12-31", "2005-06-15"]))
            } else {
                date(fmt, rng.pick(&["2016-12-31", "2017-01-01", "2020-02-29"]))
            };
            lines[at].text = key_line(fmt, &original, &field.key, &value);
            lines[at].tag = Some(tag);
            Expect {
                category: "date order",
                what: format!("`{}` = {value} (dates out of order)", field.key),
                line_tag: LineRef::Orig(end.orig),
                key: "end".to_owned(),
                kinds: &[Kind::DateOrder],
                parent_of: None,
            }
        }
        // Otherwise a second kind of bad value.
        _ => {
            let (value, kinds) = bad_value(rng, fmt, field.class);
            lines[at].text = key_line(fmt, &original, &field.key, &value);
            lines[at].tag = Some(tag);
            Expect {
                category: "bad value",
                what: format!("`{}` = {value} (bad value)", field.key),
                line_tag: LineRef::Tag(tag),
                key: field.key.clone(),
                kinds,
                parent_of: None,
            }
        }
    }
}

struct Fixture {
    fmt: Fmt,
    lines: Vec<Line>,
    fields: Vec<Field>,
}

fn fixture(fmt: Fmt, path: &str) -> Fixture {
    let text = std::fs::read_to_string(workspace_root().join(path)).unwrap();
    let lines: Vec<Line> = text
        .lines()
        .enumerate()
        .map(|(i, l)| Line {
            text: l.to_owned(),
            orig: Some(i),
            tag: None,
        })
        .collect();
    let fields = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| parse_field(fmt, i, &l.text))
        .collect();
    Fixture { fmt, lines, fields }
}

/// Runs one case; returns a description of what went wrong, if anything.
fn case(
    rng: &mut Rng,
    fixture: &Fixture,
    schema: &SchemaValidator,
    known: &BTreeSet<String>,
    tally: &mut BTreeMap<&'static str, usize>,
) -> Result<(), String> {
    let fmt = fixture.fmt;
    let mut lines = fixture.lines.clone();
    // One mutation, or two at different lines. Renaming a table, and dates out of order, only
    // alone: they hide other errors (nothing inside an unknown table is checked; the order of
    // two dates is only checked when both are dates).
    let wanted = if rng.chance(30) { 2 } else { 1 };
    let mut used: Vec<usize> = Vec::new();
    let mut expects = Vec::new();
    while expects.len() < wanted {
        let field = &rng.pick(&fixture.fields);
        if used.contains(&field.orig) {
            continue;
        }
        let mut trial = lines.clone();
        let expect = mutate(
            rng,
            fmt,
            &mut trial,
            &fixture.fields,
            field,
            expects.len(),
            known,
        );
        let exclusive = field.class == Class::Container || expect.kinds == [Kind::DateOrder];
        if exclusive && wanted > 1 {
            continue;
        }
        used.push(field.orig);
        lines = trial;
        expects.push(expect);
    }

    for e in &expects {
        *tally.entry(e.category).or_default() += 1;
    }
    let text: String = lines.iter().map(|l| format!("{}\n", l.text)).collect();
    let mut report = String::new();
    for e in &expects {
        writeln!(report, "mutation: {}", e.what).unwrap();
    }
    for (i, l) in lines.iter().enumerate() {
        writeln!(report, "{:>3} | {}", i + 1, l.text).unwrap();
    }
    let format = match fmt {
        Fmt::Toml => Format::Toml,
        Fmt::Json => Format::Json,
    };
    let doc = parse_text(&text, format, &Limits::default())
        .map_err(|d| format!("{report}the mutated text does not parse: {d:?}"))?;
    let errors = validate_charter(schema, &doc);
    let index = LineIndex::new(&text);
    for d in &errors {
        writeln!(
            report,
            "error: {:?} {:?} at {:?} {:?}",
            d.kind, d.message, d.path, d.span
        )
        .unwrap();
    }
    if errors.is_empty() {
        return Err(format!("{report}no error at all"));
    }

    // Lines (1-based) where errors may be, with the key each mutated line starts with.
    let mut primary: Vec<(usize, &Expect)> = Vec::new();
    let mut allowed: BTreeSet<usize> = BTreeSet::new();
    for e in &expects {
        let line = find(&lines, e.line_tag);
        primary.push((line + 1, e));
        allowed.insert(line + 1);
        if let Some(child) = e.parent_of {
            let parent = parent_line(fmt, &lines, find(&lines, child));
            // The root is shown at the first line that holds a key.
            allowed.insert(parent.map_or_else(|| first_key_line(&lines), |p| p + 1));
        }
    }

    let mut found = vec![false; expects.len()];
    for d in &errors {
        let span = d
            .span
            .clone()
            .ok_or_else(|| format!("{report}an error without a location: {}", d.message))?;
        if span.start > text.len() || span.end > text.len() {
            return Err(format!(
                "{report}span {span:?} outside the text: {}",
                d.message
            ));
        }
        let at = index.location(&text, span.start);
        let line_text = &text[index.line_span(&text, at.line)];
        if at.line > lines.len() || at.column > line_text.chars().count() + 1 {
            return Err(format!(
                "{report}{}:{} lies outside the file: {}",
                at.line, at.column, d.message
            ));
        }
        if !allowed.contains(&at.line) {
            return Err(format!(
                "{report}error on line {} (allowed: {allowed:?}): {}",
                at.line, d.message
            ));
        }
        for (i, (line, e)) in primary.iter().enumerate() {
            if *line != at.line {
                continue;
            }
            let column = at.column - 1;
            let key_col = line_text.find(e.key.as_str()).unwrap_or(0);
            let key_col = line_text[..key_col].chars().count();
            let value_col = match fmt {
                Fmt::Toml => line_text.find(" = ").map(|b| b + 3),
                Fmt::Json => line_text.find("\": ").map(|b| b + 3),
            }
            .map(|b| line_text[..b].chars().count());
            let quote = usize::from(fmt == Fmt::Json);
            let at_key = column == key_col - quote.min(key_col)
                || column == key_col
                || (line_text.starts_with('[') && column == 0)
                // An error about the root (a missing required key) is shown at column 1 of the
                // first line that holds a key, whatever that line's own key is.
                || (column == 0 && at.line == first_key_line(&lines));
            let in_value = value_col.is_some_and(|v| column >= v);
            if !(at_key || in_value) {
                return Err(format!(
                    "{report}error at {}:{} points at neither the key `{}` nor its value: {}",
                    at.line, at.column, e.key, d.message
                ));
            }
            if e.kinds.contains(&d.kind) {
                found[i] = true;
            }
        }
    }
    if let Some(i) = found.iter().position(|f| !f) {
        return Err(format!(
            "{report}no {:?} error on line {} for `{}`",
            expects[i].kinds, primary[i].0, expects[i].what
        ));
    }
    Ok(())
}

#[test]
fn errors_point_at_the_mutated_place() {
    let seed = std::env::var("ACCORD_LOCATIONS_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_SEED);
    let cases: usize = std::env::var("ACCORD_LOCATIONS_CASES")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(DEFAULT_CASES);
    let schema = SchemaValidator::charter().expect("the bundled schema compiles");
    let known = schema_keys();
    let fixtures = [
        fixture(Fmt::Toml, "tests/fixtures/valid/minimal.toml"),
        fixture(Fmt::Json, "tests/fixtures/valid/minimal.json"),
    ];
    // The unmutated fixtures are valid: every error below comes from a mutation.
    for f in &fixtures {
        let text: String = f.lines.iter().map(|l| format!("{}\n", l.text)).collect();
        let format = if f.fmt == Fmt::Toml {
            Format::Toml
        } else {
            Format::Json
        };
        let doc = parse_text(&text, format, &Limits::default()).unwrap();
        assert_eq!(
            validate_charter(&schema, &doc),
            vec![],
            "{:?} fixture",
            f.fmt
        );
        assert!(f.fields.len() >= 10, "{:?}: {:?}", f.fmt, f.fields);
    }

    let mut rng = Rng::new(seed);
    let mut failures = Vec::new();
    let mut tally = BTreeMap::new();
    for n in 0..cases {
        for fixture in &fixtures {
            if let Err(why) = case(&mut rng, fixture, &schema, &known, &mut tally) {
                failures.push(format!("case {n} ({:?}):\n{why}", fixture.fmt));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases failed (seed {seed:#x}); the first:\n{}",
        failures.len(),
        cases * fixtures.len(),
        failures[0]
    );
    eprintln!("mutations applied (seed {seed:#x}): {tally:?}");
    for category in [
        "rename key",
        "wrong type",
        "bad value",
        "unknown key",
        "date order",
    ] {
        assert!(
            tally.contains_key(category) || cases < 50,
            "no `{category}` mutation was tried: {tally:?}"
        );
    }
}
