//! The resource limits of the charter format, for TOML and JSON alike: a file over 4 MiB (kind
//! `too-large`), nesting deeper than 32 levels, a list of more than 10,000 entries and a string
//! of more than 100,000 characters (each kind `limit`, at the offending place). Each limit is
//! tested at its edge (the limit itself passes, one more fails) through the library.
//!
//! Already covered elsewhere, so not repeated here: the CLI path of `--max-file-size`
//! (validate.rs, `oversized_file`), the snapshots of `too-deep.json`, `too-many-items.json` and
//! `too-long-string.toml` (validate.rs), the loaders' own unit tests with small limits
//! (crates/accord-core/src/load/), and the 16 MiB plugin output limit in-process
//! (bad_plugins.rs, the `oversized-output` C plugin of `check_faults_…`).

use std::ops::Range;
use std::path::Path;

use accord_core::Kind;
use accord_core::load::{Document, Format, Limits, load_bytes};

const MAX_DEPTH: usize = 32;
const MAX_LIST: usize = 10_000;
const MAX_CHARS: usize = 100_000;
const MAX_FILE: usize = 4 * 1024 * 1024;

const BOTH: [Format; 2] = [Format::Toml, Format::Json];

fn load(format: Format, text: &str) -> Result<Document, accord_core::Diagnostic> {
    let path = match format {
        Format::Toml => Path::new("limits.toml"),
        Format::Json => Path::new("limits.json"),
    };
    load_bytes(path, format, text.as_bytes().to_vec(), &Limits::default()).document
}

/// Loads `text`, which must be refused with kind `limit` at a span inside the text; returns
/// the span and the message.
fn refused(format: Format, text: &str) -> (Range<usize>, String) {
    let d = match load(format, text) {
        Ok(_) => panic!("{format:?}: accepted a text of {} bytes", text.len()),
        Err(d) => d,
    };
    assert_eq!(d.kind, Kind::Limit, "{format:?}: {d:?}");
    let span = d.span.clone().unwrap_or_else(|| panic!("no span: {d:?}"));
    assert!(
        span.start <= span.end && span.end <= text.len(),
        "{format:?}: span {span:?} outside the text of {} bytes",
        text.len()
    );
    assert!(
        d.help.is_some(),
        "{format:?}: a limit error says what to do: {d:?}"
    );
    (span, d.message)
}

fn accepted(format: Format, text: &str) -> Document {
    load(format, text).unwrap_or_else(|d| panic!("{format:?}: refused: {d:?}"))
}

/// `key` holding `inner` in either format (TOML `key = inner`, JSON `{"key": inner}`).
fn document(format: Format, key: &str, inner: &str) -> String {
    match format {
        Format::Toml => format!("{key} = {inner}\n"),
        Format::Json => format!("{{\"{key}\": {inner}}}"),
    }
}

/// `levels` arrays nested in one another around `1`.
fn nested_arrays(levels: usize) -> String {
    format!("{}1{}", "[".repeat(levels), "]".repeat(levels))
}

/// `levels` tables nested in one another (TOML inline tables, JSON objects) around `x = 1`.
fn nested_tables(format: Format, levels: usize) -> String {
    let (open, close) = match format {
        Format::Toml => ("{x = ", "}"),
        Format::Json => ("{\"x\": ", "}"),
    };
    format!("{}1{}", open.repeat(levels), close.repeat(levels))
}

/// The byte offset of the `n`th (1-based) occurrence of `c`.
fn nth(text: &str, c: char, n: usize) -> usize {
    text.match_indices(c).nth(n - 1).unwrap().0
}

// --- File size -----------------------------------------------------------------------------

#[test]
fn a_file_of_the_size_limit_is_read_and_one_byte_more_is_refused() {
    for format in BOTH {
        let head = match format {
            Format::Toml => "a = 1\n#",
            Format::Json => "{\"a\": 1}",
        };
        let pad = match format {
            Format::Toml => "x",
            Format::Json => " ",
        };
        let at_limit = format!("{head}{}", pad.repeat(MAX_FILE - head.len()));
        assert_eq!(at_limit.len(), MAX_FILE);
        accepted(format, &at_limit);

        let over = format!("{at_limit}{pad}");
        let path = Path::new("big");
        let loaded = load_bytes(path, format, over.into_bytes(), &Limits::default());
        let d = loaded.document.expect_err("a file over 4 MiB is refused");
        // A file over 4 MiB is refused whole: its kind is `too-large`, not `limit`.
        assert_eq!(d.kind, Kind::TooLarge, "{format:?}: {d:?}");
        // One byte past the limit is where a stream's reading stops: its size is not known.
        assert!(
            d.message
                .contains(&format!("more than {MAX_FILE} bytes, the limit")),
            "{format:?}: the message names the limit: {}",
            d.message
        );
        assert!(d.help.as_deref().unwrap().contains("--max-file-size"));
        assert!(loaded.source.is_none(), "an oversized file is not kept");
        // Bytes whose whole size is known: the size and the limit.
        let known = format!("{at_limit}{pad}{pad}");
        let loaded = load_bytes(path, format, known.into_bytes(), &Limits::default());
        let d = loaded.document.expect_err("refused");
        assert!(
            d.message.contains(&format!(
                "{} bytes, over the limit of {MAX_FILE} bytes",
                MAX_FILE + 2
            )),
            "{format:?}: {}",
            d.message
        );
    }
}

// --- Nesting -------------------------------------------------------------------------------
//
// Levels as the loader counts them: the root is level 0 and each table or list adds one, so
// `a = [[1]]` has `a`'s list at level 1, the inner list at 2 and the `1` at 3. A value at level
// 32 passes; a container at level 32 (whose entries would be at 33) is refused, at the container.

#[test]
fn arrays_reaching_level_32_pass_and_level_33_is_a_limit_error() {
    for format in BOTH {
        // Under the root's key, `levels` arrays put the `1` at level `levels + 1`.
        let ok = document(format, "a", &nested_arrays(MAX_DEPTH - 1));
        accepted(format, &ok);
        let deep = document(format, "a", &nested_arrays(MAX_DEPTH));
        let (span, message) = refused(format, &deep);
        assert!(message.contains("32 levels"), "{format:?}: {message}");
        // The 32nd array, at level 32, is the first container too deep.
        assert_eq!(
            span.start,
            nth(&deep, '[', MAX_DEPTH),
            "{format:?}: {span:?}"
        );
    }
}

#[test]
fn tables_reaching_level_32_pass_and_level_33_is_a_limit_error() {
    for format in BOTH {
        let ok = document(format, "a", &nested_tables(format, MAX_DEPTH - 1));
        accepted(format, &ok);
        let deep = document(format, "a", &nested_tables(format, MAX_DEPTH));
        let (span, message) = refused(format, &deep);
        assert!(message.contains("32 levels"), "{format:?}: {message}");
        let braces_before = match format {
            // TOML: the whole document is not in braces.
            Format::Toml => MAX_DEPTH,
            // JSON: the root object's `{` comes first.
            Format::Json => MAX_DEPTH + 1,
        };
        assert_eq!(
            span.start,
            nth(&deep, '{', braces_before),
            "{format:?}: {span:?}"
        );
    }
}

#[test]
fn toml_table_headers_and_dotted_keys_count_as_nesting() {
    let path = |n: usize| vec!["t"; n].join(".");
    // A header of 31 keys opens a table at level 31; its `x` is at level 32.
    accepted(Format::Toml, &format!("[{}]\nx = 1\n", path(MAX_DEPTH - 1)));
    refused(Format::Toml, &format!("[{}]\nx = 1\n", path(MAX_DEPTH)));
    // A dotted key of 32 keys puts its value at level 32.
    accepted(Format::Toml, &format!("{} = 1\n", path(MAX_DEPTH)));
    refused(Format::Toml, &format!("{} = 1\n", path(MAX_DEPTH + 1)));
    // The two add up.
    let half = MAX_DEPTH / 2;
    accepted(
        Format::Toml,
        &format!("[{}]\n{} = 1\n", path(half), path(half)),
    );
    refused(
        Format::Toml,
        &format!("[{}]\n{} = 1\n", path(half), path(half + 1)),
    );
    // So does an array of tables.
    accepted(
        Format::Toml,
        &format!("[[{}]]\nx = 1\n", path(MAX_DEPTH - 2)),
    );
    refused(
        Format::Toml,
        &format!("[[{}]]\nx = 1\n", path(MAX_DEPTH - 1)),
    );
}

/// The stack of the threads that load charters in these tests: half of Rust's default for a
/// spawned thread (and rayon's), so that unbounded recursion shows here, not only on large files.
const STACK: usize = 1024 * 1024;

/// Far past any limit (the JSON parser checks the depth before recursing; the toml crate has a
/// recursion guard of its own, 80 levels): refused as too deep, without a stack overflow.
#[test]
fn a_hundred_thousand_open_brackets_are_refused_without_overflowing_the_stack() {
    let texts = |format: Format| {
        vec![
            document(format, "a", &"[".repeat(100_000)),
            document(format, "a", &nested_arrays(100_000)),
            document(
                format,
                "a",
                &match format {
                    Format::Toml => "{a = ".repeat(100_000),
                    Format::Json => "{\"a\": ".repeat(100_000),
                },
            ),
            document(format, "a", &nested_tables(format, 100_000)),
        ]
    };
    for format in BOTH {
        for text in texts(format) {
            let kind = on_small_stack(STACK, move || {
                load(format, &text).map(|_| ()).unwrap_err().kind
            });
            assert_eq!(kind, Kind::Limit, "{format:?}");
        }
    }
}

/// Runs `f` on a thread with a stack of `size` bytes; a stack overflow aborts the test binary.
fn on_small_stack<T: Send + 'static>(size: usize, f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(size)
        .spawn(f)
        .unwrap()
        .join()
        .expect("no panic")
}

/// The deepest nesting the toml crate builds: its guard counts inline tables and arrays (80)
/// and, separately, the keys of one dotted key (80), so a 79-key header and 79 inline tables,
/// each holding a dotted key of 79 keys, nest about 6,300 tables in its `DeTable`. The loader
/// refuses the document at level 33, but the `DeTable` is dropped recursively by the toml
/// crate: that needs between 1 and 2 MiB of stack in a debug build (under 512 KiB in release),
/// so this runs on 2 MiB, the default of a spawned thread and of rayon's workers.
#[test]
fn the_deepest_toml_the_toml_crate_builds_is_refused_on_a_default_thread_stack() {
    let dotted = vec!["a"; 79].join(".");
    let text = format!(
        "[{dotted}]\nx = {}1{}\n",
        format!("{{{dotted} = ").repeat(79),
        "}".repeat(79)
    );
    let kind = on_small_stack(2 * 1024 * 1024, move || {
        load(Format::Toml, &text).map(|_| ()).unwrap_err().kind
    });
    assert_eq!(kind, Kind::Limit);
}

/// The charter format makes nesting deeper than 32 levels an error of kind `limit`. Past 80
/// levels the toml crate's own recursion guard stops before the loader counts levels ("cannot
/// recurse further; max recursion depth met", or "recursion limit" for a dotted key or header of
/// more than 80 keys), and that error came out as `syntax`, while the same nesting in JSON was
/// `limit`. Now it is `limit` too, at the same place as between 33 and 80 levels: the first value
/// too deep.
#[test]
fn deep_toml_nesting_is_a_limit_error_past_the_toml_crates_guard_too() {
    for levels in [81, 100, 100_000] {
        let arrays = document(Format::Toml, "a", &nested_arrays(levels));
        let tables = document(Format::Toml, "a", &nested_tables(Format::Toml, levels));
        // Unclosed, too: the toml crate stops at the 81st level before it sees the end.
        let open = document(Format::Toml, "a", &"[".repeat(levels));
        for (text, bracket) in [(arrays, '['), (tables, '{'), (open, '[')] {
            let (span, message) = on_small_stack(STACK, move || {
                let (span, message) = refused(Format::Toml, &text);
                (span.start - nth(&text, bracket, MAX_DEPTH), message)
            });
            assert!(message.contains("32 levels"), "{levels}: {message}");
            assert_eq!(span, 0, "{levels} {bracket}: at the 32nd bracket");
        }
    }
    // A dotted key or header of more than 80 keys, likewise: at the key whose table would be at
    // level 32.
    let path = vec!["t"; 100].join(".");
    let key_32 = |text: &str| text.match_indices('t').nth(MAX_DEPTH - 1).unwrap().0;
    for text in [
        format!("{path} = 1\n"),
        format!("[{path}]\n"),
        format!("[[{path}]]\n"),
    ] {
        let (span, message) = refused(Format::Toml, &text);
        assert!(message.contains("32 levels"), "{text}: {message}");
        assert_eq!(span, key_32(&text)..key_32(&text) + 1, "{text}");
    }
    // Under a header, the levels add up: `[a.b]` puts the dotted key's first table at level 3.
    let text = format!("[a.b]\n{path} = 1\n");
    let (span, _) = refused(Format::Toml, &text);
    assert_eq!(span.start, key_32(&text) - 2 * 2, "{text}");
    // And in an inline table (at level 1) the 31st key opens a table at level 32.
    let text = format!("a = {{ {path} = 1 }}\n");
    let (span, _) = refused(Format::Toml, &text);
    assert_eq!(span.start, key_32(&text) - 2, "{text}");
    // Strings and comments that look like nesting do not mislead the search for the place.
    let text = format!(
        "# [[[[\ns = \"[[{{\"\nm = \"\"\"\n[[[\"\"\"\nl = '[[['\n{}",
        document(Format::Toml, "a", &nested_arrays(100))
    );
    let (span, _) = refused(Format::Toml, &text);
    let first = text.find("a = ").unwrap() + 4;
    assert_eq!(span.start, first + MAX_DEPTH - 1, "{text}");
    // A syntax error before the deep nesting is still reported first, as a syntax error.
    let text = format!("x = \n{}", document(Format::Toml, "a", &nested_arrays(100)));
    let d = load(Format::Toml, &text).unwrap_err();
    assert_eq!(d.kind, Kind::Syntax, "{d:?}");
}

// --- Lists ---------------------------------------------------------------------------------

#[test]
fn a_list_of_10000_entries_passes_and_10001_is_a_limit_error_at_the_list() {
    for format in BOTH {
        let list = |n: usize| format!("[{}]", vec!["0"; n].join(", "));
        let doc = accepted(format, &document(format, "a", &list(MAX_LIST)));
        assert_eq!(doc.value["a"].as_array().unwrap().len(), MAX_LIST);
        let text = document(format, "a", &list(MAX_LIST + 1));
        let (span, message) = refused(format, &text);
        assert!(message.contains("10000 entries"), "{format:?}: {message}");
        assert_eq!(span.start, text.find('[').unwrap(), "{format:?}: {span:?}");
    }
}

#[test]
fn a_toml_array_of_tables_counts_as_a_list() {
    let tables = |n: usize| "[[a]]\nx = 1\n".repeat(n);
    accepted(Format::Toml, &tables(MAX_LIST));
    refused(Format::Toml, &tables(MAX_LIST + 1));
    // And an empty inline table per entry, or an array of arrays, likewise.
    let inline = |n: usize| format!("a = [{}]\n", vec!["{}"; n].join(","));
    accepted(Format::Toml, &inline(MAX_LIST));
    refused(Format::Toml, &inline(MAX_LIST + 1));
}

#[test]
fn nested_lists_are_counted_each_on_its_own() {
    for format in BOTH {
        // Two lists of 10,000: 20,000 entries in all, but no list over the limit.
        let list = format!("[{}]", vec!["0"; MAX_LIST].join(","));
        accepted(format, &document(format, "a", &format!("[{list}, {list}]")));
    }
}

// --- Strings -------------------------------------------------------------------------------

/// Every way of writing a string of `chars` characters `c` in the format.
fn strings(format: Format, c: char, chars: usize) -> Vec<String> {
    let s: String = std::iter::repeat_n(c, chars).collect();
    match format {
        Format::Toml => vec![
            format!("\"{s}\""),
            format!("'{s}'"),
            format!("\"\"\"\n{s}\"\"\""),
            format!("'''\n{s}'''"),
        ],
        Format::Json => {
            let escaped: String =
                std::iter::repeat_n(format!("\\u{:04x}", c as u32), chars).collect();
            vec![format!("\"{s}\""), format!("\"{escaped}\"")]
        }
    }
}

#[test]
fn a_string_of_100000_characters_passes_and_100001_is_a_limit_error_at_the_string() {
    for format in BOTH {
        // `é` is two bytes: the limit counts characters, not bytes.
        for c in ['x', 'é'] {
            for written in strings(format, c, MAX_CHARS) {
                let doc = accepted(format, &document(format, "a", &written));
                assert_eq!(doc.value["a"].as_str().unwrap().chars().count(), MAX_CHARS);
            }
            for written in strings(format, c, MAX_CHARS + 1) {
                let text = document(format, "a", &written);
                let (span, message) = refused(format, &text);
                assert!(
                    message.contains("100001 characters") && message.contains("100000"),
                    "{format:?}: {message}"
                );
                let at = text.find(&*written).unwrap();
                assert_eq!(span.start, at, "{format:?} {c}: {span:?}");
            }
        }
    }
}

#[test]
fn a_long_string_inside_a_list_is_refused_at_the_string() {
    for format in BOTH {
        let s = "x".repeat(MAX_CHARS + 1);
        let text = document(format, "a", &format!("[\"ok\", \"{s}\"]"));
        let (span, _) = refused(format, &text);
        assert_eq!(
            span.start,
            text.find(&s).unwrap() - 1,
            "{format:?}: {span:?}"
        );
    }
}

/// A key is a string too: the limit on strings of more than 100,000 characters covers keys, and
/// an unknown key is quoted whole in its error message.
#[test]
fn a_key_of_more_than_100000_characters_is_a_limit_error() {
    for format in BOTH {
        let key = "k".repeat(MAX_CHARS + 1);
        let text = match format {
            Format::Toml => format!("\"{key}\" = 1\n"),
            Format::Json => format!("{{\"{key}\": 1}}"),
        };
        let (span, message) = refused(format, &text);
        assert_eq!(
            message, "a key holds 100001 characters, more than the limit of 100000",
            "{format:?}"
        );
        // At the key, quotes included.
        assert_eq!(&text[span], format!("\"{key}\""), "{format:?}");
        // The limit itself passes.
        let key = "k".repeat(MAX_CHARS);
        let doc = accepted(format, &document(format, &key, "1"));
        assert_eq!(doc.value[&key], 1, "{format:?}");
    }
}
