//! What fuzzing (fuzz/, see fuzz/README.md) and the probes run alongside it found, kept as
//! regression tests through the library. Each input is a file under `tests/fixtures/fuzz/TARGET/`
//! (the fuzz target that found it), or, for inputs that must be large to show the problem
//! (slow-downs that grow with the square of the input), generated here.
//!
//! Each test says what was found (with the numbers measured before the fix) and checks the
//! behaviour that replaced it. A finding still open is marked `#[ignore = "…"]` until fixed.
//!
//! "Clean" means what the fuzz targets check: no panic, and every span the loader, the
//! validator and the source map give lies within the text, on character boundaries.

use std::ops::Range;
use std::path::Path;
use std::sync::LazyLock;

use accord_core::load::{Document, Format, Limits, load_bytes};
use accord_core::source::LineIndex;
use accord_core::validate::{SchemaValidator, validate_charter};
use accord_core::{Diagnostic, Kind};

use crate::util::workspace_root;

static CHARTER: LazyLock<SchemaValidator> =
    LazyLock::new(|| SchemaValidator::charter().expect("the charter schema compiles"));

fn fixture(target: &str, name: &str) -> Vec<u8> {
    let path = workspace_root()
        .join("tests/fixtures/fuzz")
        .join(target)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn check_span(text: &str, lines: &LineIndex, span: &Range<usize>, what: &str) {
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{what}: span {span:?} outside the text of {} bytes",
        text.len()
    );
    if !(text.is_char_boundary(span.start) && text.is_char_boundary(span.end)) {
        let bytes = text.as_bytes();
        let around = &bytes[span.start.saturating_sub(4)..(span.end + 4).min(bytes.len())];
        panic!(
            "{what}: span {span:?} splits a character of {:?}",
            String::from_utf8_lossy(around)
        );
    }
    // And its place can be shown: a line and a column inside the text.
    let at = lines.location(text, span.start);
    assert!(at.line <= lines.line_count(), "{what}: {at:?}");
}

/// Loads `bytes` as the fuzz targets `load_toml` and `load_json` do and checks that the result
/// is clean; returns the loader's error or the validation errors.
fn load_clean(format: Format, bytes: Vec<u8>) -> Result<(Document, Vec<Diagnostic>), Diagnostic> {
    let loaded = load_bytes(Path::new("fuzz"), format, bytes, &Limits::default());
    let source = loaded.source.as_ref().expect("the text is kept");
    let (text, lines) = (&source.text, &source.lines);
    let doc = match loaded.document {
        Err(d) => {
            check_span(text, lines, d.span.as_ref().expect("located"), &d.message);
            return Err(d);
        }
        Ok(doc) => doc,
    };
    let errors = validate_charter(&CHARTER, &doc);
    for d in &errors {
        if let Some(span) = &d.span {
            check_span(text, lines, span, &d.message);
        }
        if let Some(path) = &d.path {
            check_span(text, lines, &doc.map.locate(path).span, path);
        }
    }
    Ok((doc, errors))
}

// --- load_json -----------------------------------------------------------------------------
//
// Found by `load_json`: three syntax errors of crates/accord-core/src/load/json.rs ended their
// span one byte (or four) after a position, cutting a multi-byte character in two. The CLI's
// renderers clamp spans, so nothing panicked there, but the report's span was wrong and any
// `&text[span]` would panic.

#[test]
fn load_json_unknown_escape_before_a_multibyte_character() {
    // `{"é€\€name`: the escape `\€` is unknown.
    let d = load_clean(Format::Json, fixture("load_json", "unknown-escape.json")).unwrap_err();
    assert_eq!(d.kind, Kind::Syntax);
    assert!(d.message.contains("unknown escape"), "{}", d.message);
}

#[test]
fn load_json_bad_unicode_escape_before_multibyte_characters() {
    // `"\u€€"`: `\u` without four hex digits; four bytes on, the second `€` is cut.
    let d = load_clean(Format::Json, fixture("load_json", "bad-u-escape.json")).unwrap_err();
    assert_eq!(d.kind, Kind::Syntax);
    assert!(d.message.contains("four hex digits"), "{}", d.message);
}

#[test]
fn load_json_multibyte_text_after_the_value() {
    // `{} é`.
    let d = load_clean(Format::Json, fixture("load_json", "trailing-char.json")).unwrap_err();
    assert_eq!(d.kind, Kind::Syntax);
    assert!(d.message.contains("after the end"), "{}", d.message);
}

// --- Slow-downs (probes next to the fuzz runs; libFuzzer's inputs are too small to show them) --
//
// Each was measured with the release binary (`accord validate --format json FILE`) before the
// fix; the numbers are in each test. These tests build inputs of about 1 MiB: fixed, each takes
// well under a second in release and a few seconds in debug; unfixed, minutes.

/// `{"k0":{},"k1":{},…}` under `extensions`: valid data, no error to report.
fn many_keys(format: Format, keys: usize) -> Vec<u8> {
    match format {
        Format::Json => {
            let members: Vec<String> = (0..keys).map(|i| format!("\"k{i}\":{{}}")).collect();
            format!("{{\"extensions\":{{{}}}}}", members.join(",")).into_bytes()
        }
        Format::Toml => {
            let members: String = (0..keys).map(|i| format!("k{i} = {{}}\n")).collect();
            format!("[extensions]\n{members}").into_bytes()
        }
    }
}

/// Found: 40,000 keys took 10 s with the release binary, all of it in the duplicate-key check of
/// the JSON parser, which compared each key with every earlier key of its object
/// (crates/accord-core/src/load/json.rs, `Parser::object`). A 4 MiB file holds 400,000 keys:
/// about 1,000 s. TOML (the toml crate hashes) takes 0.3 s.
#[test]
fn a_json_object_with_100000_keys_is_parsed_in_linear_time() {
    let (doc, _) = load_clean(Format::Json, many_keys(Format::Json, 100_000)).unwrap();
    assert_eq!(doc.value["extensions"].as_object().unwrap().len(), 100_000);
}

#[test]
fn a_toml_table_with_100000_keys_is_parsed_in_linear_time() {
    let (doc, _) = load_clean(Format::Toml, many_keys(Format::Toml, 100_000)).unwrap();
    assert_eq!(doc.value["extensions"].as_object().unwrap().len(), 100_000);
}

/// `k0 = 0`, `k1 = 0`, …: an unknown key each, so one error each, each located through the
/// source map. Found: its lookup scanned the members of a table one by one
/// (crates/accord-core/src/source.rs, `SourceMap::walk`). 40,000 keys: 23 s with the release
/// binary (TOML; JSON 42 s, with the two slow-downs above and below added). A 4 MiB file holds
/// 400,000: about 40 minutes.
#[test]
fn a_hundred_thousand_unknown_keys_are_located_in_linear_time() {
    for format in [Format::Toml, Format::Json] {
        let text: String = match format {
            Format::Toml => (0..100_000).map(|i| format!("k{i} = 0\n")).collect(),
            Format::Json => {
                let members: Vec<String> = (0..100_000).map(|i| format!("\"k{i}\":0")).collect();
                format!("{{{}}}", members.join(","))
            }
        };
        // load_clean locates each error.
        let (_, errors) = load_clean(format, text.into_bytes()).unwrap();
        assert!(
            errors.iter().any(|d| d.kind == Kind::UnknownKey),
            "{format:?}: {errors:?}"
        );
    }
}

/// A minified JSON charter is one line. Found: the column of each error counted the characters
/// from the start of its line (crates/accord-core/src/source.rs, `LineIndex::location`), so many
/// errors late on a long line cost (errors × line length): 5,000 partners with 5 errors each
/// after 3 MB of (valid) text took 22 s with the release binary; pretty-printed, 1.5 s.
#[test]
fn many_errors_late_on_one_long_line_are_located_in_linear_time() {
    let pad: Vec<String> = (0..10)
        .map(|i| format!("\"a{i}\":\"{}\"", "x".repeat(99_000)))
        .collect();
    let partners = vec!["{\"id\":1}"; 10_000].join(",");
    let text = format!(
        "{{\"extensions\":{{\"pad\":{{{}}}}},\"partners\":[{partners}]}}",
        pad.join(",")
    );
    let loaded = load_bytes(
        Path::new("long.json"),
        Format::Json,
        text.clone().into_bytes(),
        &Limits::default(),
    );
    let doc = loaded.document.unwrap();
    let errors = validate_charter(&CHARTER, &doc);
    assert!(!errors.is_empty());
    // As the renderers do: the line and column of each error.
    let lines = LineIndex::new(&text);
    for d in &errors {
        let span = d.span.clone().unwrap();
        assert_eq!(lines.location(&text, span.start).line, 1);
    }
}

/// Found: each dangling reference's help listed every partner id when none was close, after
/// looking for the closest id among all of them (crates/accord-core/src/validate/references.rs,
/// `dangling`), so time and memory grew as (references × partners): 2,000 partners and 20,000
/// dangling references (a 130 KB file) took 24 s and 1.2 GB with the release binary and printed
/// 287 MB; the same with 400,000 references (2 MB) needed about 24 GB.
#[test]
fn many_dangling_references_stay_small() {
    let partners: Vec<String> = (0..2_000)
        .map(|i| format!("{{\"id\":\"p{i:04}\"}}"))
        .collect();
    let via = vec!["\"zz\""; 10_000].join(",");
    let text = format!(
        "{{\"partners\":[{}],\"budget\":{{\"allocations\":[{{\"partner\":\"zz\",\"via\":[{via}]}},{{\"partner\":\"zz\",\"via\":[{via}]}}]}}}}",
        partners.join(",")
    );
    let (_, errors) = load_clean(Format::Json, text.into_bytes()).unwrap();
    let dangling: Vec<&Diagnostic> = errors
        .iter()
        .filter(|d| d.kind == Kind::Reference)
        .collect();
    assert!(!dangling.is_empty());
    let bytes: usize = dangling
        .iter()
        .map(|d| d.message.len() + d.help.as_ref().map_or(0, String::len))
        .sum();
    assert!(
        bytes < dangling.len() * 1_000,
        "{bytes} bytes of messages for {} references",
        dangling.len()
    );
}

/// Found: `MAX_ERRORS` capped the schema errors, but one `additionalProperties` error became
/// one diagnostic per unknown key (crates/accord-core/src/validate/messages.rs, `explain`), so
/// a file of unknown keys gave one error per key; and on a line holding a non-ASCII character
/// the column counted the characters from the line start (crates/accord-core/src/source.rs,
/// `LineIndex::location`). 330,000 unknown keys in a 3.8 MB minified JSON file, with the release
/// binary after both fixes above: 28 s, 1.2 GB and 96 MB of output; with a `é` as the first key,
/// 144 s. Fixed: the unknown keys of one error are capped at `MAX_ERRORS` as well, and a wide
/// line keeps a character count every 4 KiB, so a column costs at most 4 KiB of counting. Here
/// the unknown keys come after 1 MB of non-ASCII text, so every column is counted far along.
#[test]
fn unknown_keys_on_one_non_ascii_line_are_capped_and_located_quickly() {
    let pad: Vec<String> = (0..10)
        .map(|i| format!("\"a{i}\":\"{}\"", "\u{e9}".repeat(50_000)))
        .collect();
    let members: Vec<String> = (0..100_000).map(|i| format!("\"k{i}\":0")).collect();
    let text = format!(
        "{{\"\u{e9}\":0,\"extensions\":{{\"pad\":{{{}}}}},{}}}",
        pad.join(","),
        members.join(",")
    );
    let loaded = load_bytes(
        Path::new("keys.json"),
        Format::Json,
        text.clone().into_bytes(),
        &Limits::default(),
    );
    let errors = validate_charter(&CHARTER, &loaded.document.unwrap());
    assert!(
        errors.iter().any(|d| d.kind == Kind::UnknownKey),
        "{errors:?}"
    );
    assert!(
        errors.len() <= 2 * accord_core::validate::MAX_ERRORS,
        "{} errors",
        errors.len()
    );
    // As the renderers do: the line and column of each error.
    let lines = LineIndex::new(&text);
    for d in &errors {
        check_span(&text, &lines, d.span.as_ref().unwrap(), &d.message);
    }
    // And the columns are right: each is the count of characters before it, plus one (counted
    // here in one pass over the line, in order of place).
    let mut starts: Vec<usize> = errors
        .iter()
        .filter_map(|d| d.span.as_ref().map(|s| s.start))
        .collect();
    starts.sort_unstable();
    let late = starts.iter().filter(|&&s| s > 1_000_000).count();
    assert!(late >= 100, "{late} errors after the first 1 MB");
    let (mut at, mut chars) = (0, 0);
    for start in starts {
        chars += text[at..start].chars().count();
        at = start;
        let expected = accord_core::source::Location {
            line: 1,
            column: chars + 1,
        };
        assert_eq!(lines.location(&text, start), expected, "at byte {start}");
    }
}

// --- locate --------------------------------------------------------------------------------

/// RFC 6901: an array index is `0` or digits without a leading zero, and a pointer is empty or
/// starts with `/`. `serde_json::Value::pointer` (which the pack's rules use) follows it. Found
/// (a divergence the `locate` target checks): the source map read `01` and `+1` as index 1, and
/// `abc` as the root, so a plugin finding at `/partners/01` was shown as an exact place that the
/// charter's value does not have.
#[test]
fn the_source_map_reads_pointers_as_rfc_6901_does() {
    let text = "[[partners]]\nid = \"a\"\n[[partners]]\nid = \"b\"\n";
    let (doc, _) = load_clean(Format::Toml, text.as_bytes().to_vec()).unwrap();
    for pointer in [
        "/partners/01",
        "/partners/+1",
        "/partners/00",
        "partners",
        "x",
    ] {
        assert!(doc.value.pointer(pointer).is_none(), "{pointer}");
        assert!(
            !doc.map.locate(pointer).exact,
            "{pointer} is not in the charter"
        );
    }
    assert!(doc.map.locate("/partners/1").exact);
}
