//! The host's messages as the code uses them: every `t!`, `msg!` and `html!` in the workspace's
//! crates names a message English has, with exactly the arguments it takes, and every message
//! of the files below is used somewhere (so translators never translate dead text).

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use accord_plugin::l10n::outline;

/// The files whose every message must be used by the code (others are checked for ids and
/// arguments only).
const OWNED_FILES: [&str; 3] = ["report.ftl", "core.ftl", "cli.ftl"];

/// Messages whose ids the code builds at run time: a schema key's description (`key-…`) and a
/// rule category's name (`category-…`).
const RUN_TIME_PREFIXES: [&str; 2] = ["key-", "category-"];

/// An id a test uses to show what happens to a message no file has.
const DELIBERATELY_MISSING: &str = "no-such-message";

/// One use of a message in the code.
#[derive(Debug)]
struct Use {
    id: String,
    args: BTreeSet<String>,
    at: String,
}

fn workspace_crates() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("crates/")
        .to_owned()
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            // Scaffolding templates are other projects' code.
            if path.file_name().is_some_and(|n| n == "templates") {
                continue;
            }
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs")
            // This scanner's own source names the macros in strings.
            && !path.ends_with("accord-l10n/src/usage.rs")
        {
            out.push(path);
        }
    }
}

/// Every `t!(lang, "id", a = …)`, `msg!("id", a = …)` and `html!(lang, "id", a = …)`.
fn uses() -> Vec<Use> {
    let mut files = Vec::new();
    for krate in std::fs::read_dir(workspace_crates())
        .expect("crates/")
        .flatten()
    {
        rust_files(&krate.path().join("src"), &mut files);
    }
    files.sort();
    let mut out = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).expect("a readable source file");
        for (offset, body) in invocations(&text) {
            let line = 1 + text[..offset].matches('\n').count();
            let at = format!("{}:{line}", file.display());
            let pieces = split_top_level(body);
            // The id is the first piece that is a string literal (after the language for t!).
            let Some(index) = pieces.iter().position(|p| p.trim().starts_with('"')) else {
                continue;
            };
            let id = pieces[index].trim().trim_matches('"').to_owned();
            let args = pieces[index + 1..]
                .iter()
                .filter_map(|p| argument_name(p))
                .collect();
            out.push(Use { id, args, at });
        }
    }
    out
}

/// The text between the parentheses of each macro invocation, with its offset.
fn invocations(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    for name in ["t!(", "msg!(", "html!("] {
        let mut from = 0;
        while let Some(found) = text[from..].find(name) {
            let start = from + found;
            from = start + name.len();
            // A whole macro name: `t!(`, not `format!(` or `wait!(`.
            let before = text[..start].chars().next_back();
            if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                continue;
            }
            // Doc comments and comments show calls that are not code.
            let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
            if text[line_start..start].contains("//") {
                continue;
            }
            if let Some(end) = closing(&text[from..]) {
                out.push((start, &text[from..from + end]));
            }
        }
    }
    out
}

/// Where the parenthesis opened just before `text` closes.
fn closing(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b'\'' => i = skip_char(bytes, i),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth == 0 => return Some(i),
            b')' | b']' | b'}' => depth -= 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// The index of the closing quote of the string starting at `i`.
fn skip_string(bytes: &[u8], mut i: usize) -> usize {
    i += 1;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'"' => return i,
            _ => {}
        }
        i += 1;
    }
    i
}

/// The index of the closing quote of a char literal at `i` (`'.'`, `'\''`), or `i` for a
/// lifetime.
fn skip_char(bytes: &[u8], i: usize) -> usize {
    if bytes.get(i + 1) == Some(&b'\\') {
        return (i + 2..bytes.len())
            .find(|&j| bytes[j] == b'\'')
            .unwrap_or(i);
    }
    let len = std::str::from_utf8(&bytes[i + 1..])
        .ok()
        .and_then(|s| s.chars().next())
        .map_or(1, char::len_utf8);
    if bytes.get(i + 1 + len) == Some(&b'\'') {
        i + 1 + len
    } else {
        i
    }
}

fn split_top_level(body: &str) -> Vec<&str> {
    let bytes = body.as_bytes();
    let mut pieces = Vec::new();
    let (mut depth, mut start, mut i) = (0usize, 0, 0);
    while i < bytes.len() {
        match bytes[i] {
            b'"' => i = skip_string(bytes, i),
            b'\'' => i = skip_char(bytes, i),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' => depth = depth.saturating_sub(1),
            b',' if depth == 0 => {
                pieces.push(&body[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        i += 1;
    }
    if !body[start..].trim().is_empty() {
        pieces.push(&body[start..]);
    }
    pieces
}

/// `name` of a `name = value` piece.
fn argument_name(piece: &str) -> Option<String> {
    let (name, rest) = piece.split_once('=')?;
    let name = name.trim();
    (!rest.starts_with('=')
        && !name.is_empty()
        && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
    .then(|| name.to_owned())
}

#[test]
fn every_message_the_code_uses_exists_with_its_arguments() {
    let english = outline(crate::HOST.file("en").expect("English"));
    let uses = uses();
    // Enough uses that a broken scanner cannot pass this test.
    assert!(uses.len() > 300, "only {} uses found", uses.len());
    let mut problems = Vec::new();
    for u in uses.iter().filter(|u| u.id != DELIBERATELY_MISSING) {
        match english.get(&u.id) {
            None => problems.push(format!("{}: no message `{}`", u.at, u.id)),
            Some(shape) if shape.variables != u.args => problems.push(format!(
                "{}: `{}` takes {:?}, given {:?}",
                u.at, u.id, shape.variables, u.args
            )),
            Some(_) => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_of_the_reports_engine_and_command_line_is_used() {
    let used: BTreeSet<String> = uses().into_iter().map(|u| u.id).collect();
    let mut unused: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for name in OWNED_FILES {
        let path = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("l10n/en")
            .join(name);
        let text = std::fs::read_to_string(&path).expect("an English file");
        for id in outline(&text).into_keys() {
            if !used.contains(&id) && !RUN_TIME_PREFIXES.iter().any(|p| id.starts_with(p)) {
                unused.entry(name).or_default().push(id);
            }
        }
    }
    assert!(unused.is_empty(), "messages no code uses: {unused:?}");
}

#[test]
fn the_scanner_reads_arguments_across_lines_and_around_literals() {
    let text = "let a = t!(\n    lang,\n    \"x-y\",\n    n = f(a, ')'),\n    m = \"a,b\",\n);\nformat!(\"no\");";
    let found = invocations(text);
    assert_eq!(found.len(), 1);
    let pieces = split_top_level(found[0].1);
    let names: Vec<String> = pieces.iter().filter_map(|p| argument_name(p)).collect();
    assert_eq!(names, ["n", "m"]);
    assert!(pieces[1].contains("\"x-y\""));
}
