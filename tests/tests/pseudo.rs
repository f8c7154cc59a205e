//! The pseudo-language `qps-ploc` (every letter of a translated sentence accented, vowels
//! doubled) over every example and fixture, in every format, and through the commands a person
//! reads: a sentence that did not pass through a language's catalogue keeps plain ASCII
//! letters, so the test removes what may stay as it is (code spans, paths, ids, numbers, the
//! charters' own texts, the schema's values, the rules' references, a parser's own words and
//! the texts of a plugin the report names as untranslated) and fails on any word left.
//!
//! Every check counts what it read and must read a floor of lines, so a format that printed
//! nothing (or a check that skipped everything) fails instead of passing.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use accord_core::load::{Format, Limits, parse_text};
use regex::Regex;
use serde_json::Value;

use crate::util::audit::{json_lines_of, plugin_dir_arg, reports};
use crate::util::{Output, run, temp_dir, workspace_root};

const LANG: &str = "qps-ploc";
const TODAY: &str = "2026-11-27";

/// Every example and fixture a report can be made of.
const INPUTS: &[&str] = &[
    "examples/charters",
    "examples/invalid",
    "tests/fixtures/audit",
    "tests/fixtures/invalid",
    "tests/fixtures/formats",
    "tests/fixtures/valid",
    "tests/fixtures/hostile",
];

/// The machine names a validation error's kind is written as (the JSON report's values).
const KINDS: &[&str] = &[
    "read",
    "too-large",
    "not-utf8",
    "unsupported-extension",
    "syntax",
    "duplicate-key",
    "limit",
    "type",
    "enum",
    "required",
    "unknown-key",
    "format",
    "pattern",
    "range",
    "length",
    "schema",
    "reference",
    "duplicate-id",
    "date-order",
];

/// A C test plugin built by build.rs, as an argument.
fn c_plugin(name: &str) -> String {
    crate::util::c_plugin(name).display().to_string()
}

/// `accord ARGS… --lang qps-ploc`, from the workspace root; it must not crash.
fn pseudo(args: &[&str]) -> Output {
    let mut all = args.to_vec();
    all.extend(["--lang", LANG]);
    let out = run(&all);
    assert!(!out.crashed(), "{all:?}:\n{}", out.stderr);
    out
}

/// `accord audit INPUTS… --lang qps-ploc` with the built-in plugins and `extra`.
fn audit(format: &str, extra: &[&str]) -> Output {
    let dir = plugin_dir_arg();
    let mut args = vec![
        "audit",
        "--no-config",
        "--plugin-dir",
        &dir,
        "--today",
        TODAY,
        "--format",
        format,
    ];
    args.extend_from_slice(extra);
    pseudo(&args)
}

/// What a sentence may hold that no catalogue translates.
#[derive(Clone)]
struct Allowed {
    /// Texts kept as they are, longest first: the charters' strings (as each format escapes
    /// them), the schema's values, the rules' references, the parsers' own words, and the texts
    /// of the plugins a report names as untranslated.
    texts: Vec<String>,
    machine: Vec<Regex>,
}

/// A text as the formats show it: as written, without its final period (the text report's
/// waivers), with control characters as escapes, escaped for Markdown and for XML (decoded),
/// each line on its own.
fn variants(text: &str, texts: &mut BTreeSet<String>) {
    let code = Regex::new(r"`[^`]*`").expect("a valid pattern");
    let escaped = [
        // As HTML shows it once its code is taken out (`code`).
        code.replace_all(text, "`code`").into_owned(),
        text.to_owned(),
        text.trim_end_matches('.').to_owned(),
        accord_render::escape::visible(text).into_owned(),
        accord_render::markdown::escape_cell(text),
        unescape(&accord_render::junit::escape_xml(text, false)),
    ];
    for variant in escaped {
        for line in variant.lines().map(str::trim) {
            if line.chars().filter(char::is_ascii_alphabetic).count() > 1 {
                texts.insert(line.to_owned());
            }
        }
    }
}

impl Allowed {
    /// What every run may show: the charters' texts, the schema's values, the rules'
    /// references and the parsers' own words.
    fn new() -> Allowed {
        let mut texts = BTreeSet::new();
        for file in input_files() {
            let Ok(text) = std::fs::read_to_string(&file) else {
                continue;
            };
            let Some(format) = Format::from_path(&file) else {
                continue;
            };
            match parse_text(&text, format, &Limits::default()) {
                Ok(doc) => strings(&doc.value, &mut |s| variants(s, &mut texts)),
                // The parser's own words (in English by design) after the translated frame.
                Err(d) => {
                    if let Some((_, detail)) = d.message.split_once(": ") {
                        variants(detail, &mut texts);
                    }
                }
            }
        }
        // The keys and values of the formats people write are code.
        for name in ["charter", "pack", "profile", "config"] {
            let text = accord_core::schemas::text(name).expect("a bundled schema");
            let schema: Value = serde_json::from_str(text).expect("a bundled schema is JSON");
            enum_values(&schema, &mut |s| variants(s, &mut texts));
        }
        // What the error fixtures of packs and profiles hold, and the parser's words on them.
        for dir in [
            "tests/fixtures/packs/errors",
            "tests/fixtures/profiles/errors",
        ] {
            for file in files(&workspace_root().join(dir)) {
                let text = std::fs::read_to_string(&file).expect("a fixture");
                match parse_text(&text, Format::Toml, &Limits::default()) {
                    Ok(doc) => strings(&doc.value, &mut |s| variants(s, &mut texts)),
                    Err(d) => {
                        if let Some((_, detail)) = d.message.split_once(": ") {
                            variants(detail, &mut texts);
                        }
                    }
                }
            }
        }
        // The references of a rule are never translated.
        for rule in catalogue(&[]) {
            for reference in rule["references"].as_array().into_iter().flatten() {
                variants(reference.as_str().unwrap_or_default(), &mut texts);
            }
        }
        let kinds = KINDS.join("|");
        let machine = [
            // The JSON Schema validator's own words (English by design, like the parsers').
            r#"\S+ is not valid under any of the schemas listed in the '\w+' keyword"#.to_owned(),
            r"\bat `[^`]*`: \S+ is (?:greater|less) than (?:or equal to )?the (?:maximum|minimum) of \S+".to_owned(),
            r"`[^`]*`".to_owned(),
            // A plugin or pack and its version; a hexadecimal byte.
            r"\b[a-z][a-z-]* \d+\.\d+\.\d+\b".to_owned(),
            r"\b0x[0-9A-Fa-f]+\b".to_owned(),
            // A validation error's kind where a table or a log line names it.
            format!(r"^\s*\d+\s+(?:{kinds})\s"),
            format!(r"\| (?:{kinds}) \|"),
            format!(r"\[(?:{kinds})\]"),
            format!(r"^(?:{kinds}) (?:\d+:)*"),
            // Paths, file names, ids (dotted, hyphenated), hashes, numbers, single letters.
            r"\S*/\S*".to_owned(),
            r"\S+\.(?:toml|json|yaml|so|md)\b".to_owned(),
            r"\b[A-Za-z0-9_]+(?:[._-][A-Za-z0-9_]+)+\b".to_owned(),
            r"\b[0-9a-f]{8,}\b".to_owned(),
            r"\b[A-Za-z]\b".to_owned(),
            r"\b\d+\b".to_owned(),
            // The formats a command line names, the profiles the runs name, and the test
            // plugins' categories.
            r"\b(?:json|csv|sarif|junit)\b".to_owned(),
            r"\b(?:default|self-audit|isolation|cdemo|crashonone)\b".to_owned(),
        ]
        .iter()
        .map(|p| Regex::new(p).expect("a valid pattern"))
        .collect();
        Allowed::sorted(texts, machine)
    }

    fn sorted(texts: BTreeSet<String>, machine: Vec<Regex>) -> Allowed {
        let mut texts: Vec<String> = texts.into_iter().collect();
        texts.sort_by_key(|t| std::cmp::Reverse(t.len()));
        Allowed { texts, machine }
    }

    /// These, and what the plugins of a run that speak only English write (their rules' texts,
    /// their findings' messages, their own words when they fail): the report names them.
    fn with_run(&self, plugins: &[&str], inputs: &[&str]) -> Allowed {
        let rules = catalogue(plugins);
        let mut args = plugins.to_vec();
        args.extend_from_slice(inputs);
        let out = audit("json", &args);
        let lines = json_lines_of(&out.stdout);
        let mut untranslated = BTreeSet::new();
        for report in reports(&lines) {
            for plugin in report["untranslated_plugins"]
                .as_array()
                .into_iter()
                .flatten()
            {
                untranslated.insert(format!("plugin {}", plugin.as_str().unwrap_or_default()));
            }
        }
        let mut texts: BTreeSet<String> = self.texts.iter().cloned().collect();
        let mut ids = BTreeSet::new();
        for rule in &rules {
            for reference in rule["references"].as_array().into_iter().flatten() {
                variants(reference.as_str().unwrap_or_default(), &mut texts);
            }
            if untranslated.contains(rule["source"].as_str().unwrap_or_default()) {
                ids.insert(rule["id"].as_str().unwrap_or_default().to_owned());
                for field in ["summary", "fix"] {
                    variants(rule[field].as_str().unwrap_or_default(), &mut texts);
                }
            }
        }
        for report in reports(&lines) {
            for finding in report["findings"].as_array().into_iter().flatten() {
                if ids.contains(finding["rule"].as_str().unwrap_or_default()) {
                    for field in ["message", "fix"] {
                        variants(finding[field].as_str().unwrap_or_default(), &mut texts);
                    }
                }
            }
            // A failing plugin's own words, after the sentence that frames them.
            for failure in report["plugin_failures"].as_array().into_iter().flatten() {
                let cause = failure["cause"].as_str().unwrap_or_default();
                if let Some((_, own)) = cause.split_once("): ").or_else(|| cause.split_once(": ")) {
                    variants(own, &mut texts);
                }
            }
        }
        Allowed::sorted(texts, self.machine.clone())
    }

    /// The words of `line` that are English no catalogue wrote.
    fn leftover(&self, line: &str) -> Vec<String> {
        let mut line = line.to_owned();
        let boundary = |c: Option<char>| {
            c.is_none_or(|c| !(c.is_alphanumeric() || matches!(c, '.' | '_' | '-')))
        };
        for text in &self.texts {
            let mut from = 0;
            while let Some(at) = line[from..].find(text.as_str()) {
                let start = from + at;
                let end = start + text.len();
                if boundary(line[..start].chars().next_back())
                    && boundary(line[end..].chars().next())
                {
                    line.replace_range(start..end, " ");
                    from = start + 1;
                } else {
                    from = end;
                }
            }
        }
        line = self.cut_names(&line);
        for pattern in &self.machine {
            line = pattern.replace_all(&line, " ").into_owned();
        }
        Regex::new(r"[A-Za-z]{2,}")
            .expect("a valid pattern")
            .find_iter(&line)
            .map(|m| m.as_str().to_owned())
            .collect()
    }

    /// A charter's text cut short in a table column ("Allin Kawsay Disaster…").
    fn cut_names(&self, line: &str) -> String {
        let mut out = line.to_owned();
        for (at, _) in line
            .match_indices('…')
            .collect::<Vec<_>>()
            .into_iter()
            .rev()
        {
            let start = line[..at].rfind("  ").map_or(0, |s| s + 2);
            let cut = &line[start..at];
            if cut.chars().count() > 3 && self.texts.iter().any(|t| t.starts_with(cut)) {
                out.replace_range(start..at, " ");
            }
        }
        out
    }
}

/// Every input file (and the charter the isolated worker crashes on).
fn input_files() -> Vec<PathBuf> {
    let mut files = Vec::new();
    for dir in INPUTS.iter().chain(&["tests/fixtures/isolation"]) {
        for entry in std::fs::read_dir(workspace_root().join(dir)).expect("a fixture directory") {
            files.push(entry.expect("an entry").path());
        }
    }
    files.sort();
    files
}

/// Every string in a value.
fn strings(value: &Value, add: &mut impl FnMut(&str)) {
    match value {
        Value::String(s) => add(s),
        Value::Array(items) => items.iter().for_each(|v| strings(v, add)),
        Value::Object(map) => map.values().for_each(|v| strings(v, add)),
        _ => {}
    }
}

/// Every value of an `enum` in a schema and every key it defines (the format's own words).
fn enum_values(schema: &Value, add: &mut impl FnMut(&str)) {
    match schema {
        Value::Object(map) => {
            for value in map
                .get("enum")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(text) = value.as_str() {
                    add(text);
                }
            }
            for key in map
                .get("properties")
                .and_then(Value::as_object)
                .into_iter()
                .flat_map(|p| p.keys())
            {
                add(key);
            }
            map.values().for_each(|v| enum_values(v, add));
        }
        Value::Array(items) => items.iter().for_each(|v| enum_values(v, add)),
        _ => {}
    }
}

/// The rules of a run with these plugin and profile arguments, as `accord rules --format json`
/// lists them.
fn catalogue(plugins: &[&str]) -> Vec<Value> {
    let dir = plugin_dir_arg();
    let mut args = vec![
        "rules",
        "--format",
        "json",
        "--no-config",
        "--plugin-dir",
        &dir,
    ];
    args.extend(plugins.iter().copied().filter(|a| *a != "--isolate"));
    // `--plugin-timeout N` goes with `--isolate`, which `rules` does not take.
    if let Some(at) = args.iter().position(|a| *a == "--plugin-timeout") {
        args.drain(at..at + 2);
    }
    let out = pseudo(&args);
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    out.stdout
        .lines()
        .map(|l| serde_json::from_str(l).expect("a rule as JSON"))
        .collect()
}

fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// The C plugin that speaks only English, beside the built-in plugins.
fn demo() -> Vec<&'static str> {
    vec!["--plugin", leak(c_plugin("c-demo"))]
}

/// The lines a check reads, and those with English left.
#[derive(Default)]
struct Checked {
    lines: usize,
    offenders: Vec<String>,
}

impl Checked {
    fn line(&mut self, allowed: &Allowed, what: &str, line: &str) {
        if line.trim().is_empty() {
            return;
        }
        self.lines += 1;
        let left = allowed.leftover(line);
        if !left.is_empty() {
            self.offenders
                .push(format!("{what}: {left:?} in {:?}", truncate(line)));
        }
    }

    fn text(&mut self, allowed: &Allowed, what: &str, text: &str) {
        for line in text.lines() {
            self.line(allowed, what, line);
        }
    }
}

fn truncate(line: &str) -> String {
    line.chars().take(200).collect()
}

/// The lines of a text report or a terminal's output, without the charter's own lines that
/// snippets quote and their markers, and without the TOML of a rule's passing example.
fn terminal_lines(text: &str) -> impl Iterator<Item = &str> {
    let quoted = Regex::new(r"^\s*(?:\d+\s*)?\|").expect("a valid pattern");
    let toml = Regex::new(r#"^\s+(?:\[\[?[a-z_.]+\]\]?|[a-z_]+ = .*)$"#).expect("a valid pattern");
    text.lines().filter(move |l| {
        !quoted.is_match(l) && !toml.is_match(l) && !l.trim_start().starts_with("-->")
    })
}

/// Markdown without its code blocks (rules' examples).
fn markdown_lines(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut code = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            code = !code;
            continue;
        }
        let separator = line.starts_with('|') && line.chars().all(|c| "|-: ".contains(c));
        if !code && !separator {
            out.push(line);
        }
    }
    out
}

/// The text a reader of an HTML page sees (and hears: `aria-label`), without styles, code and
/// quoted charter lines; entities decoded.
fn html_texts(html: &str) -> Vec<String> {
    let html = Regex::new(r"(?s)<style>.*?</style>|<pre[^>]*>.*?</pre>")
        .expect("a valid pattern")
        .replace_all(html, "");
    let html = Regex::new(r"(?s)<code[^>]*>.*?</code>")
        .expect("a valid pattern")
        .replace_all(&html, "`code`");
    let mut texts: Vec<String> = Regex::new(r#"aria-label="([^"]*)""#)
        .expect("a valid pattern")
        .captures_iter(&html)
        .map(|c| unescape(&c[1]))
        .collect();
    let text = Regex::new(r"<[^>]*>")
        .expect("a valid pattern")
        .replace_all(&html, "\n");
    texts.extend(text.lines().map(unescape));
    texts
}

/// XML and HTML entities decoded.
fn unescape(text: &str) -> String {
    let numeric = Regex::new(r"&#(\d+);").expect("a valid pattern");
    let text = numeric.replace_all(text, |c: &regex::Captures<'_>| {
        c[1].parse::<u32>()
            .ok()
            .and_then(char::from_u32)
            .map_or_else(String::new, String::from)
    });
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&")
}

/// The sentences of JSON reports: findings' `message` and `fix`, validation errors' `message`
/// and `help`, verdict reasons' `message`.
fn json_sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for line in json_lines_of(text) {
        for (list, fields) in [
            ("findings", &["message", "fix"][..]),
            ("errors", &["message", "help"][..]),
            ("verdict_reasons", &["message"][..]),
        ] {
            for item in line[list].as_array().into_iter().flatten() {
                for field in fields {
                    if let Some(text) = item[*field].as_str() {
                        out.push(text.to_owned());
                    }
                }
            }
        }
    }
    out
}

/// The sentences of a SARIF log: every result's message, and each rule's descriptions and
/// help (its Markdown without the example's code).
fn sarif_sentences(text: &str) -> Vec<String> {
    let log: Value = serde_json::from_str(text).expect("SARIF is JSON");
    let run = &log["runs"][0];
    let mut out = Vec::new();
    for result in run["results"].as_array().into_iter().flatten() {
        out.push(
            result["message"]["text"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        );
    }
    for rule in run["tool"]["driver"]["rules"]
        .as_array()
        .into_iter()
        .flatten()
    {
        for text in [
            &rule["shortDescription"]["text"],
            &rule["fullDescription"]["text"],
            &rule["help"]["text"],
        ] {
            out.push(text.as_str().unwrap_or_default().to_owned());
        }
        let markdown = rule["help"]["markdown"].as_str().unwrap_or_default();
        out.extend(markdown_lines(markdown).into_iter().map(str::to_owned));
    }
    out
}

/// The sentences of a JUnit report: each test case's message and the lines of its body.
fn junit_sentences(xml: &str) -> Vec<String> {
    let mut out: Vec<String> = Regex::new(r#"message="([^"]*)""#)
        .expect("a valid pattern")
        .captures_iter(xml)
        .map(|c| unescape(&c[1]))
        .collect();
    for body in
        Regex::new(r"(?s)<(failure|error|system-out)[^>]*>(.*?)</(?:failure|error|system-out)>")
            .expect("a valid pattern")
            .captures_iter(xml)
    {
        out.extend(body[2].lines().map(unescape));
    }
    out
}

/// Reads one format's output: the lines it checked go to `checked`.
fn check_format(allowed: &Allowed, checked: &mut Checked, what: &str, format: &str, output: &str) {
    match format {
        "text" => {
            for line in terminal_lines(output) {
                checked.line(allowed, what, line);
            }
        }
        "markdown" => {
            for line in markdown_lines(output) {
                checked.line(allowed, what, line);
            }
        }
        "html" => {
            for text in html_texts(output) {
                checked.line(allowed, what, &text);
            }
        }
        "json" => {
            for text in json_sentences(output) {
                checked.text(allowed, what, &text);
            }
        }
        "sarif" => {
            for text in sarif_sentences(output) {
                checked.text(allowed, what, &text);
            }
        }
        "junit" => {
            for text in junit_sentences(output) {
                checked.line(allowed, what, &text);
            }
        }
        other => panic!("no check for {other}"),
    }
}

/// One run of the pseudo test: what it shows, its plugin and profile arguments, its inputs.
struct Run {
    what: &'static str,
    plugins: Vec<&'static str>,
    inputs: Vec<&'static str>,
    /// `--statistics`, for the formats that summarize (text, Markdown, HTML).
    statistics: bool,
    /// Only in the formats that summarize.
    summarizing: bool,
}

/// Every run: the whole batch (with an English-only plugin) and its statistics, full detail, a
/// baseline, report-only waivers, a plugin that reports an error, a plugin that crashes its
/// isolated worker.
fn runs() -> Vec<Run> {
    let dir = plugin_dir_arg();
    let english = run(&[
        "audit",
        "--no-config",
        "--plugin-dir",
        &dir,
        "--today",
        TODAY,
        "--format",
        "json",
        "examples/charters",
    ]);
    let workspace = Box::leak(Box::new(temp_dir("pseudo")));
    let baseline = workspace.path().join("baseline.jsonl");
    std::fs::write(&baseline, &english.stdout).expect("write the baseline");
    let baseline = leak(baseline.display().to_string());
    let run = |what, plugins, inputs: Vec<&'static str>, statistics, summarizing| Run {
        what,
        plugins,
        inputs,
        statistics,
        summarizing,
    };
    vec![
        run("the batch", demo(), INPUTS.to_vec(), true, false),
        run(
            "full detail",
            vec!["--profile", "self-audit"],
            vec!["examples/charters"],
            false,
            true,
        ),
        run(
            "a baseline",
            Vec::new(),
            vec![
                "--baseline",
                baseline,
                "examples/charters",
                "tests/fixtures/audit/waivers.toml",
            ],
            false,
            true,
        ),
        run(
            "report-only waivers",
            vec!["--profile", "tests/fixtures/waivers/report-only.toml"],
            vec!["tests/fixtures/audit/waivers.toml"],
            false,
            true,
        ),
        run(
            "a plugin that reports an error",
            vec!["--plugin", leak(c_plugin("err-status"))],
            vec!["examples/charters/water-programme.toml"],
            false,
            false,
        ),
        run(
            "a plugin that crashes its isolated worker",
            vec![
                "--profile",
                "tests/fixtures/isolation/profile.toml",
                "--plugin-dir",
                leak(env!("ACCORD_TEST_C_PLUGINS").to_owned()),
                "--plugin",
                leak(c_plugin("crash-on-one")),
                "--isolate",
                "--plugin-timeout",
                "30",
            ],
            vec![
                "tests/fixtures/isolation/crash-me.toml",
                "examples/charters/rebuild-haiti.toml",
            ],
            false,
            false,
        ),
    ]
}

#[test]
fn every_sentence_of_every_format_goes_through_the_catalogue() {
    let base = Allowed::new();
    let runs = runs();
    let allowed: Vec<Allowed> = runs
        .iter()
        .map(|r| base.with_run(&r.plugins, &r.inputs))
        .collect();
    let mut floors = Vec::new();
    for format in ["text", "json", "markdown", "sarif", "html", "junit"] {
        let summarizes = ["text", "markdown", "html"].contains(&format);
        let mut checked = Checked::default();
        for (run, allowed) in runs.iter().zip(&allowed) {
            if run.summarizing && !summarizes {
                continue;
            }
            let mut args = [run.plugins.clone(), run.inputs.clone()].concat();
            if run.statistics && summarizes {
                args.push("--statistics");
            }
            let out = audit(format, &args);
            let what = format!("{format}, {}", run.what);
            assert!(matches!(out.code, 0..=2), "{what}: {}", out.stderr);
            check_format(allowed, &mut checked, &what, format, &out.stdout);
        }
        floors.push((format, checked.lines));
        assert!(
            checked.offenders.is_empty(),
            "{} line(s) of {format} with English no catalogue wrote:\n{}",
            checked.offenders.len(),
            checked.offenders.join("\n")
        );
    }
    // Enough was read that a format printing nothing (or a check skipping all) fails.
    for (format, lines) in floors {
        let floor = if format == "junit" { 300 } else { 600 };
        assert!(lines >= floor, "only {lines} lines of {format} checked");
    }
}

#[test]
fn csv_has_no_sentences_and_is_the_same_in_every_language() {
    let batch = [demo(), INPUTS.to_vec()].concat();
    let pseudo = audit("csv", &batch);
    let dir = plugin_dir_arg();
    let mut english_args = vec![
        "audit",
        "--no-config",
        "--plugin-dir",
        &dir,
        "--today",
        TODAY,
        "--format",
        "csv",
    ];
    english_args.extend_from_slice(&batch);
    let english = run(&english_args);
    assert!(pseudo.stdout.lines().count() > 80, "{}", pseudo.stdout);
    assert_eq!(pseudo.stdout, english.stdout);
    assert!(
        pseudo
            .stdout
            .starts_with("path,id,name,status,verdict,score,")
    );
}

#[test]
fn validation_and_the_command_line_speak_the_pseudo_language() {
    let allowed = Allowed::new();
    let mut checked = Checked::default();
    let invalid = ["examples/invalid", "tests/fixtures/invalid"];
    for format in ["text", "json"] {
        let mut args = vec!["validate", "--format", format];
        args.extend_from_slice(&invalid);
        let out = pseudo(&args);
        assert_eq!(out.code, 2, "{}", out.stderr);
        match format {
            "text" => {
                for line in terminal_lines(&out.stdout) {
                    checked.line(&allowed, "validate", line);
                }
            }
            _ => {
                for line in out.stdout.lines() {
                    let line: Value = serde_json::from_str(line).expect("a validation line");
                    for error in line["errors"].as_array().into_iter().flatten() {
                        for field in ["message", "help"] {
                            if let Some(text) = error[field].as_str() {
                                checked.line(&allowed, "validate --format json", text);
                            }
                        }
                    }
                }
            }
        }
    }
    // The command line's own output and errors.
    let dir = plugin_dir_arg();
    let empty = temp_dir("pseudo-empty");
    let empty = empty.path().display().to_string();
    let packs = workspace_root().join("tests/fixtures/packs/errors");
    let profiles = workspace_root().join("tests/fixtures/profiles/errors");
    let mut commands: Vec<Vec<String>> = vec![
        vec!["audit".into(), "--no-config".into(), empty.clone()],
        vec![
            "explain".into(),
            "exit.strategi".into(),
            "--no-config".into(),
            "--plugin-dir".into(),
            dir.clone(),
        ],
        vec![
            "audit".into(),
            "--summary-only".into(),
            "--format".into(),
            "json".into(),
            "examples/charters".into(),
        ],
        vec![
            "init".into(),
            "examples/charters/water-programme.toml".into(),
        ],
        vec![
            "audit".into(),
            "--no-config".into(),
            "--profile".into(),
            "no-such-profile".into(),
            "examples/charters".into(),
        ],
        vec!["plugins".into(), "verify".into(), "--no-config".into()],
        vec![
            "plugins".into(),
            "list".into(),
            "--no-config".into(),
            "--plugin-dir".into(),
            dir.clone(),
        ],
        vec![
            "config".into(),
            "show".into(),
            "--no-config".into(),
            "--plugin-dir".into(),
            dir.clone(),
        ],
        vec!["validate".into(), "examples/charters".into()],
    ];
    for file in files(&packs) {
        commands.push(vec![
            "audit".into(),
            "--no-config".into(),
            "--plugin-dir".into(),
            dir.clone(),
            "--pack".into(),
            file,
            "examples/charters/water-programme.toml".into(),
        ]);
    }
    for file in files(&profiles) {
        commands.push(vec![
            "audit".into(),
            "--no-config".into(),
            "--plugin-dir".into(),
            dir.clone(),
            "--profile".into(),
            file,
            "examples/charters/water-programme.toml".into(),
        ]);
    }
    for command in &commands {
        let args: Vec<&str> = command.iter().map(String::as_str).collect();
        let out = pseudo(&args);
        let what = args.join(" ");
        for line in terminal_lines(&out.stdout).chain(terminal_lines(&out.stderr)) {
            checked.line(&allowed, &what, line);
        }
    }
    assert!(checked.lines >= 300, "only {} lines checked", checked.lines);
    assert!(
        checked.offenders.is_empty(),
        "{} line(s) with English no catalogue wrote:\n{}",
        checked.offenders.len(),
        checked.offenders.join("\n")
    );
}

/// The files of a directory, as paths from the workspace root.
fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(dir)
        .expect("a fixture directory")
        .map(|e| e.expect("an entry").path().display().to_string())
        .collect();
    out.sort();
    out
}

#[test]
fn the_check_finds_english_and_lets_machine_text_through() {
    let allowed = Allowed::new();
    // A sentence no catalogue wrote is caught, word by word.
    assert_eq!(
        allowed.leftover("ƥŀŭŭɠīīƞ `x` failed: no findings"),
        ["failed", "no", "findings"]
    );
    // Code, paths, ids, numbers and a charter's own text pass.
    assert!(
        allowed
            .leftover("Chikwawa Boreholes Programme (chikwawa-boreholes): examples/charters/water-programme.toml:3:1 `exit.successor` 27.7")
            .is_empty()
    );
    // A charter's own word passes only as a whole, never inside an id.
    assert_eq!(allowed.leftover("local unthinkable"), ["unthinkable"]);
    assert_eq!(
        allowed.leftover("humility.local-partners unthinkable"),
        ["unthinkable"]
    );
}
