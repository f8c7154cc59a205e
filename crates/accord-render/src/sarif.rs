//! `--format sarif`: SARIF 2.1.0, one run for the whole batch.
//!
//! - `tool.driver.rules`: every rule of the run's catalogue that the profile did not disable
//!   (plugins, packs and host rules, `accord.invalid-charter` and `accord.plugin-failure`
//!   included), sorted by id.
//! - `results`: charters in path order; per charter its findings in the contract order, then
//!   its validation errors (`accord.invalid-charter`), then its plugin failures
//!   (`accord.plugin-failure`). Levels: error → `error`, warning → `warning`, info → `note`. A
//!   waived finding carries a `suppressions` entry (`inSource`, the waiver's reason as
//!   justification) unless waivers are report-only, where it stays unsuppressed; in both cases
//!   `properties.waiver` shows the waiver.
//!
//! Locations, as GitHub code scanning reads them: a charter inside the working directory is a
//! relative URI with `uriBaseId` `%SRCROOT%`, which `run.originalUriBaseIds` resolves to the
//! working directory (a `file://` URI ending in `/`); a charter outside it (an absolute path
//! elsewhere, or `../`) is an absolute `file://` URI, and then `invocations[0].workingDirectory`
//! names the working directory too. Every result has a region (line 1 when a validation error
//! or plugin failure has no line) and `partialFingerprints`. The driver has no
//! `informationUri` and the rules no `helpUri`: the project has no public home to point at.
//!
//! The document is typed below. Results are written per charter as the batch runs (each
//! charter's part holds its results), so memory does not grow with the batch.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use accord_core::Audit;
use accord_core::baseline::Seen;
use accord_core::inputs::normalize;
use accord_core::catalogue::{Entry, host};
use accord_core::lang::{Lang, t};
use accord_core::report::{Report, Waiver};
use accord_core::summary::Summary;
use accord_plugin::Severity;
use serde::Serialize;
use serde_json::Value;

use crate::{Context, Format, Parts};

const SCHEMA_URI: &str =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

/// Where the results go in the pretty-printed document (a string no real value contains).
const RESULTS_MARKER: &str = "\u{0}accord-results\u{0}";
/// The indentation of a result in the document: `runs[0].results[i]`.
const RESULT_INDENT: &str = "        ";

/// `--format sarif`.
pub struct Sarif;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "sarif",
    help: "SARIF 2.1.0 for code-scanning tools: one run, every finding located in its charter",
    format: &Sarif,
    media_type: "application/sarif+json",
};

impl Format for Sarif {
    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>) {
        for result in results(&audit.report, ctx) {
            // Serializing plain structs of strings and numbers cannot fail.
            let text = serde_json::to_string_pretty(&result).unwrap_or_default();
            for line in text.lines() {
                out.extend_from_slice(RESULT_INDENT.as_bytes());
                out.extend_from_slice(line.as_bytes());
                out.push(b'\n');
            }
            // Every result ends with a comma; `end` drops the last one.
            let newline = out.pop();
            debug_assert_eq!(newline, Some(b'\n'));
            out.extend_from_slice(b",\n");
        }
    }

    fn defers_parts(&self) -> bool {
        true
    }

    fn end(
        &self,
        summary: &Summary,
        parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        let run = &ctx.run;
        let document = Log {
            schema: SCHEMA_URI,
            version: "2.1.0",
            runs: [Run {
                tool: Tool {
                    driver: Driver {
                        name: "accord",
                        version: run.accord_version,
                        semantic_version: run.accord_version,
                        rules: ctx
                            .catalogue
                            .iter()
                            .filter(|e| !e.disabled)
                            .map(|e| descriptor(e, run.lang))
                            .collect(),
                    },
                },
                invocations: [Invocation {
                    execution_successful: summary.invalid + summary.error == 0,
                    // Needed where a result's URI is absolute (GitHub code scanning).
                    working_directory: summary
                        .ranking
                        .iter()
                        .any(|row| artifact(&row.path).uri_base_id.is_none())
                        .then(working_directory_uri)
                        .flatten()
                        .map(|uri| Uri { uri }),
                }],
                original_uri_base_ids: working_directory_uri()
                    .map(|uri| BTreeMap::from([(SRCROOT, Uri { uri })])),
                column_kind: "unicodeCodePoints",
                results: RESULTS_MARKER,
                properties: (summary.charters > 0).then(|| RunProperties {
                    profile: &run.profile.name,
                    profile_sha256: &run.profile.sha256,
                    config: run.config.as_deref(),
                    audit_date: &run.audit_date,
                    allow_unpinned: run.allow_unpinned,
                }),
            }],
        };
        let text = serde_json::to_string_pretty(&document).map_err(std::io::Error::other)?;
        let marker = serde_json::to_string(RESULTS_MARKER).map_err(std::io::Error::other)?;
        let (before, after) = text.split_once(&marker).unwrap_or((&text, ""));
        out.write_all(before.as_bytes())?;
        if parts.is_empty() {
            out.write_all(b"[]")?;
        } else {
            out.write_all(b"[\n")?;
            let mut results = HoldBack::new(&mut *out, b",\n");
            parts.copy_all(&mut results)?;
            results.finish()?;
            out.write_all(b"\n      ]")?;
        }
        out.write_all(after.as_bytes())?;
        out.write_all(b"\n")
    }
}

/// A writer that passes everything through but a final `tail` (the last result's comma).
struct HoldBack<'a> {
    inner: &'a mut dyn Write,
    tail: &'static [u8],
    held: Vec<u8>,
}

impl<'a> HoldBack<'a> {
    fn new(inner: &'a mut dyn Write, tail: &'static [u8]) -> HoldBack<'a> {
        HoldBack {
            inner,
            tail,
            held: Vec::new(),
        }
    }

    /// Writes what was held unless it is exactly the tail.
    fn finish(self) -> std::io::Result<()> {
        if self.held != self.tail {
            self.inner.write_all(&self.held)?;
        }
        Ok(())
    }
}

impl Write for HoldBack<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.held.extend_from_slice(buf);
        if self.held.len() > self.tail.len() {
            let keep = self.held.len() - self.tail.len();
            self.inner.write_all(&self.held[..keep])?;
            self.held.drain(..keep);
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: [Run<'a>; 1],
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    invocations: [Invocation; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    original_uri_base_ids: Option<BTreeMap<&'static str, Uri>>,
    column_kind: &'static str,
    /// Replaced by the results when the document is written.
    results: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<RunProperties<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Descriptor>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Invocation {
    execution_successful: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    working_directory: Option<Uri>,
}

#[derive(Serialize)]
struct Uri {
    uri: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RunProperties<'a> {
    profile: &'a str,
    profile_sha256: &'a str,
    config: Option<&'a str>,
    audit_date: &'a str,
    allow_unpinned: bool,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Descriptor {
    id: String,
    short_description: Text,
    full_description: Text,
    help: Help,
    default_configuration: Configuration,
    properties: DescriptorProperties,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
struct Help {
    text: String,
    markdown: String,
}

#[derive(Serialize)]
struct Configuration {
    level: &'static str,
}

#[derive(Serialize)]
struct DescriptorProperties {
    category: String,
    tags: [String; 1],
    references: Vec<String>,
    source: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult {
    rule_id: String,
    level: &'static str,
    message: Text,
    locations: [Location; 1],
    #[serde(skip_serializing_if = "Option::is_none")]
    rule_index: Option<usize>,
    partial_fingerprints: BTreeMap<&'static str, String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    baseline_state: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    suppressions: Option<[Suppression; 1]>,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    properties: BTreeMap<&'static str, Value>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location {
    physical_location: PhysicalLocation,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation {
    artifact_location: ArtifactLocation,
    region: Region,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region {
    start_line: usize,
    #[serde(skip_serializing_if = "Option::is_none")]
    start_column: Option<usize>,
}

#[derive(Serialize)]
struct Suppression {
    kind: &'static str,
    status: &'static str,
    justification: String,
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    properties: BTreeMap<&'static str, String>,
}

fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// Where `rule` sits in the driver's rule list (the catalogue without disabled rules).
fn rule_index(ctx: &Context<'_>, rule: &str) -> Option<usize> {
    ctx.catalogue
        .iter()
        .filter(|e| !e.disabled)
        .position(|e| e.id() == rule)
}

/// A location in a charter; without a line (a file that could not be read, a plugin failure),
/// the charter's first line.
fn location(path: &str, line: Option<usize>, column: Option<usize>) -> [Location; 1] {
    [Location {
        physical_location: PhysicalLocation {
            artifact_location: artifact(path),
            region: Region {
                start_line: line.unwrap_or(1),
                start_column: line.and(column),
            },
        },
    }]
}

/// The fingerprint of a result that is not a finding: the first 16 hex digits of the sha256
/// of its rule and what identifies it within the charter, one per line.
fn fingerprint(parts: &[&str]) -> BTreeMap<&'static str, String> {
    let hash = accord_core::sha256_hex(parts.join("\n").as_bytes());
    BTreeMap::from([(FINGERPRINT, hash[..16].to_owned())])
}

const FINGERPRINT: &str = "accordFingerprint/v1";
const SRCROOT: &str = "%SRCROOT%";

/// The working directory, once per run (`None` if it cannot be read).
fn working_directory() -> Option<&'static Path> {
    static CWD: OnceLock<Option<PathBuf>> = OnceLock::new();
    CWD.get_or_init(|| std::env::current_dir().ok()).as_deref()
}

/// The working directory as a `file://` URI ending in `/`.
fn working_directory_uri() -> Option<String> {
    let uri = file_uri(working_directory()?);
    Some(if uri.ends_with('/') { uri } else { uri + "/" })
}

/// Where a charter is: relative to `%SRCROOT%` (the working directory) when it lies inside it,
/// else an absolute `file://` URI.
fn artifact(path: &str) -> ArtifactLocation {
    let Some(cwd) = working_directory() else {
        return ArtifactLocation {
            uri: uri_reference(path),
            uri_base_id: Some(SRCROOT),
        };
    };
    let absolute = normalize(&cwd.join(path));
    match absolute.strip_prefix(cwd) {
        Ok(inside) => ArtifactLocation {
            uri: uri_reference(&inside.to_string_lossy()),
            uri_base_id: Some(SRCROOT),
        },
        Err(_) => ArtifactLocation {
            uri: file_uri(&absolute),
            uri_base_id: None,
        },
    }
}


/// An absolute path as a `file://` URI.
fn file_uri(path: &Path) -> String {
    format!("file://{}", uri_reference(&path.to_string_lossy()))
}

/// One charter's results: findings, then validation errors, then plugin failures.
fn results(r: &Report, ctx: &Context<'_>) -> Vec<SarifResult> {
    let lang = crate::lang_of(r);
    let path = r.charter.path.as_str();
    let mut out = Vec::new();
    for f in &r.findings {
        let mut properties = BTreeMap::from([
            ("category", Value::from(f.category.as_str())),
            ("path", Value::from(f.path.as_str())),
        ]);
        if let Some(w) = &f.waiver {
            properties.insert("waiver", serde_json::to_value(w).unwrap_or(Value::Null));
        }
        out.push(SarifResult {
            rule_id: f.rule.clone(),
            level: level(f.severity),
            message: Text {
                text: f.message.clone(),
            },
            locations: location(path, Some(f.line), Some(f.column)),
            rule_index: rule_index(ctx, &f.rule),
            partial_fingerprints: BTreeMap::from([(FINGERPRINT, f.fingerprint.clone())]),
            baseline_state: f.baseline.map(|seen| match seen {
                Seen::New => "new",
                Seen::Persisting => "unchanged",
            }),
            suppressions: f
                .waiver
                .as_ref()
                .filter(|_| !r.waived_count)
                .map(|w| [suppression(w)]),
            properties,
        });
    }
    for e in &r.errors {
        let mut properties = BTreeMap::from([("kind", Value::from(e.kind.as_str()))]);
        if let Some(path) = &e.path {
            properties.insert("path", Value::from(path.as_str()));
        }
        let message = match &e.help {
            Some(help) => format!(
                "{}{}",
                e.message,
                t!(lang, "help-in-parentheses", help = help.as_str())
            ),
            None => e.message.clone(),
        };
        out.push(SarifResult {
            rule_id: host::INVALID_CHARTER.id.to_owned(),
            level: "error",
            message: Text { text: message },
            locations: location(path, e.line, e.column),
            rule_index: rule_index(ctx, host::INVALID_CHARTER.id),
            partial_fingerprints: fingerprint(&[
                host::INVALID_CHARTER.id,
                e.kind.as_str(),
                e.path.as_deref().unwrap_or(""),
                // In English, so that the fingerprint is the same in every language.
                &e.english,
            ]),
            baseline_state: None,
            suppressions: None,
            properties,
        });
    }
    for p in &r.plugin_failures {
        out.push(SarifResult {
            rule_id: host::PLUGIN_FAILURE.id.to_owned(),
            level: "error",
            message: Text {
                text: t!(
                    lang,
                    "report-sarif-plugin-failed",
                    plugin = p.plugin.as_str(),
                    cause = p.failure.describe(lang)
                ),
            },
            locations: location(path, None, None),
            rule_index: rule_index(ctx, host::PLUGIN_FAILURE.id),
            partial_fingerprints: fingerprint(&[
                host::PLUGIN_FAILURE.id,
                &p.plugin,
                p.failure.kind(),
            ]),
            baseline_state: None,
            suppressions: None,
            properties: BTreeMap::from([("plugin", Value::from(p.plugin.as_str()))]),
        });
    }
    out
}

fn suppression(w: &Waiver) -> Suppression {
    let mut properties = BTreeMap::new();
    if let Some(by) = &w.approved_by {
        properties.insert("approvedBy", by.clone());
    }
    if let Some(expires) = &w.expires {
        properties.insert("expires", expires.clone());
    }
    Suppression {
        kind: "inSource",
        status: "accepted",
        justification: w.reason.clone(),
        properties,
    }
}

/// Joins the hard-wrapped lines of doc-comment text into paragraphs (list items and blank
/// lines kept), since SARIF viewers wrap text themselves.
pub fn unwrap_lines(text: &str) -> String {
    let is_item = |line: &str| {
        line.starts_with("- ")
            || line.starts_with("* ")
            || line
                .split_once(". ")
                .is_some_and(|(n, _)| !n.is_empty() && n.chars().all(|c| c.is_ascii_digit()))
    };
    let mut out = String::with_capacity(text.len());
    let mut blank = false;
    for line in text.trim().lines().map(str::trim) {
        if line.is_empty() {
            blank = true;
            continue;
        }
        if !out.is_empty() {
            if blank {
                out.push_str("\n\n");
            } else if is_item(line) {
                out.push('\n');
            } else {
                out.push(' ');
            }
        }
        blank = false;
        out.push_str(line);
    }
    out
}

fn descriptor(entry: &Entry, lang: Lang) -> Descriptor {
    let m = &entry.meta;
    let summary = match unwrap_lines(&m.summary) {
        s if s.is_empty() => m.id.clone(),
        s => s,
    };
    let rationale = unwrap_lines(&m.rationale);
    let fix = unwrap_lines(&m.fix);
    let mut markdown = String::new();
    if !fix.is_empty() {
        markdown.push_str(&t!(lang, "report-sarif-how-to-fix", fix = fix.as_str()));
        markdown.push_str("\n\n");
    }
    if !rationale.is_empty() {
        markdown.push_str(&t!(lang, "report-sarif-why", why = rationale.as_str()));
        markdown.push_str("\n\n");
    }
    if !m.example.trim().is_empty() {
        markdown.push_str(&format!(
            "{}\n\n```toml\n{}\n```\n\n",
            t!(lang, "explain-example-markdown"),
            m.example.trim_end()
        ));
    }
    if !m.references.is_empty() {
        markdown.push_str(&format!(
            "{} {}\n\n",
            t!(lang, "explain-sources-markdown"),
            m.references.join("; ")
        ));
    }
    Descriptor {
        id: m.id.clone(),
        full_description: Text {
            text: if rationale.is_empty() {
                summary.clone()
            } else {
                rationale
            },
        },
        help: Help {
            text: if fix.is_empty() { summary.clone() } else { fix },
            markdown: markdown.trim_end().to_owned(),
        },
        short_description: Text { text: summary },
        default_configuration: Configuration {
            level: level(entry.severity),
        },
        properties: DescriptorProperties {
            category: m.category.clone(),
            tags: [m.category.clone()],
            references: m.references.clone(),
            source: entry.origin.describe(),
        },
    }
}

/// A charter path as a relative URI reference: `/` kept, everything outside the unreserved and
/// sub-delimiter characters percent-encoded (a space, `%`, `#`, `?`, `:` …), byte by byte.
pub fn uri_reference(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        let keep = b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=@".contains(&b);
        if keep {
            out.push(b as char);
        } else if b == b'\\' && cfg!(windows) {
            out.push('/');
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{render, sample_audit};

    fn document(report_only: bool) -> Value {
        let text = render(&Sarif, &[sample_audit(report_only)], report_only);
        serde_json::from_str(&text).expect("the SARIF output is JSON")
    }

    #[test]
    fn levels_locations_and_fingerprints() {
        let doc = document(false);
        assert_eq!(doc["version"], "2.1.0");
        let run = &doc["runs"][0];
        assert_eq!(run["columnKind"], "unicodeCodePoints");
        assert_eq!(run["tool"]["driver"]["name"], "accord");
        let results = run["results"].as_array().expect("results");
        assert_eq!(results.len(), 3);
        assert_eq!(results[0]["level"], "error");
        assert_eq!(results[1]["level"], "warning");
        assert_eq!(results[2]["level"], "note");
        let loc = &results[0]["locations"][0]["physicalLocation"];
        assert_eq!(loc["artifactLocation"]["uri"], "charters/my%20charter.toml");
        assert_eq!(loc["artifactLocation"]["uriBaseId"], "%SRCROOT%");
        let root = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
            .as_str()
            .expect("the working directory");
        assert!(
            root.starts_with("file:///") && root.ends_with('/'),
            "{root}"
        );
        // Every charter is inside the working directory: no need to name it again.
        assert!(run["invocations"][0].get("workingDirectory").is_none());
        assert!(run["tool"]["driver"].get("informationUri").is_none());
        assert_eq!(loc["region"]["startLine"], 12);
        assert_eq!(loc["region"]["startColumn"], 3);
        assert_eq!(
            results[0]["partialFingerprints"]["accordFingerprint/v1"],
            "0123456789abcdef"
        );
    }

    #[test]
    fn waived_findings_are_suppressed_unless_report_only() {
        let doc = document(false);
        let waived = &doc["runs"][0]["results"][1];
        assert_eq!(waived["suppressions"][0]["kind"], "inSource");
        assert_eq!(
            waived["suppressions"][0]["justification"],
            "Agreed with the funder"
        );
        let doc = document(true);
        let waived = &doc["runs"][0]["results"][1];
        assert!(waived.get("suppressions").is_none());
        assert_eq!(
            waived["properties"]["waiver"]["reason"],
            "Agreed with the funder"
        );
    }

    #[test]
    fn the_rule_table_is_the_catalogue() {
        let doc = document(false);
        let rules = doc["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .expect("rules");
        let ids: Vec<&str> = rules.iter().filter_map(|r| r["id"].as_str()).collect();
        assert_eq!(
            ids,
            [
                "accord.invalid-charter",
                "accord.plugin-failure",
                "waiver.expired",
                "waiver.unknown-rule",
                "waiver.unused"
            ]
        );
    }

    #[test]
    fn an_empty_run_has_an_empty_result_list() {
        let text = render(&Sarif, &[], false);
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        assert_eq!(doc["runs"][0]["results"], serde_json::json!([]));
    }

    #[test]
    fn hard_wrapped_text_is_unwrapped() {
        assert_eq!(
            unwrap_lines("one\ntwo\n\nthree\n- a\n- b\n1. c"),
            "one two\n\nthree\n- a\n- b\n1. c"
        );
    }

    #[test]
    fn charters_outside_the_working_directory_get_file_uris() {
        let cwd = working_directory().expect("a working directory");
        let inside = artifact("a/./b.toml");
        assert_eq!(
            (inside.uri.as_str(), inside.uri_base_id),
            ("a/b.toml", Some(SRCROOT))
        );
        let absolute_inside = artifact(&cwd.join("c d.toml").to_string_lossy());
        assert_eq!(absolute_inside.uri, "c%20d.toml");
        assert_eq!(absolute_inside.uri_base_id, Some(SRCROOT));
        let parent = cwd.parent().expect("the working directory has a parent");
        let up = artifact("../x y.toml");
        assert_eq!(up.uri, file_uri(&parent.join("x y.toml")));
        assert!(up.uri.starts_with("file:///") && up.uri.ends_with("/x%20y.toml"));
        assert_eq!(up.uri_base_id, None);
        let elsewhere = artifact("/nowhere-accord/z.toml");
        assert_eq!(elsewhere.uri, "file:///nowhere-accord/z.toml");
        assert_eq!(elsewhere.uri_base_id, None);
    }

    #[test]
    fn invalid_charters_and_plugin_failures_have_a_region_and_a_fingerprint() {
        use accord_core::diagnostic::Kind;
        use accord_core::report::{PluginFailure, ReportError, Status};
        let mut audit = sample_audit(false);
        audit.report.status = Status::Invalid;
        audit.report.findings.clear();
        audit.report.errors = vec![ReportError {
            kind: Kind::Read,
            message: "could not be read".into(),
            path: None,
            line: None,
            column: None,
            help: None,
            english: "could not be read".into(),
        }];
        audit.report.plugin_failures = vec![PluginFailure {
            plugin: "p".into(),
            failure: accord_core::plugin::Failure::Panicked {
                message: "boom".into(),
            },
        }];
        let text = render(&Sarif, &[audit], false);
        let doc: Value = serde_json::from_str(&text).expect("JSON");
        let results = doc["runs"][0]["results"].as_array().expect("results");
        assert_eq!(results.len(), 2);
        for r in results {
            let region = &r["locations"][0]["physicalLocation"]["region"];
            assert_eq!(region["startLine"], 1, "{r}");
            assert!(region.get("startColumn").is_none());
            let print = r["partialFingerprints"][FINGERPRINT]
                .as_str()
                .expect("a fingerprint");
            assert_eq!(print.len(), 16);
        }
        assert_ne!(
            results[0]["partialFingerprints"],
            results[1]["partialFingerprints"]
        );
    }

    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(uri_reference("a/b c.toml"), "a/b%20c.toml");
        assert_eq!(uri_reference("c:x#1?.toml"), "c%3Ax%231%3F.toml");
        assert_eq!(uri_reference("ñ.toml"), "%C3%B1.toml");
        assert_eq!(uri_reference("100%.json"), "100%25.json");
    }
}
