//! An audit as the editor shows it: validation errors, then findings, each at the span the CLI
//! underlines.
//!
//! Severities map one to one (error, warning, information). A waived finding is a hint tagged
//! unnecessary (editors grey it out), unless the profile counts waived findings
//! (`waivers = "report-only"`): then it keeps its severity and says so. `code` is the rule id
//! (or the kind of a validation error); no rule has a documentation URL, so there is no
//! `codeDescription`. The fix goes in the related information, at the same place. Everything is
//! in the engine's language (the rules' texts and messages as the catalogue gives them, the
//! server's own words from `lsp.ftl`).

use std::ops::Range;

use accord_core::lang::{Lang, t};
use accord_core::load::{Format, Limits};
use accord_core::report::Verdict;
use accord_core::validate::{Checked, SchemaValidator};
use accord_core::{Diagnostic as Problem, Engine, Kind as ProblemKind};
use accord_plugin::Severity;
use lsp_types::{
    Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, DiagnosticTag, Location,
    NumberOrString, Uri,
};
use serde_json::json;

use crate::schema::Schema;
use crate::text::{Encoding, Text};
use crate::workspace::Kind;

/// What every diagnostic says it comes from.
pub const SOURCE: &str = "accord";

/// A document's diagnostics, and where its findings are (for hovers).
#[derive(Debug, Clone, Default)]
pub struct Audited {
    pub diagnostics: Vec<Diagnostic>,
    /// Each finding's rule id and span.
    pub findings: Vec<(String, Range<usize>)>,
    /// A charter's verdict.
    pub verdict: Option<Verdict>,
}

/// Where diagnostics go: the document's URI, its text and the negotiated encoding.
pub struct Target<'a> {
    pub uri: &'a Uri,
    pub text: &'a Text,
    pub encoding: Encoding,
}

impl Target<'_> {
    /// The range of a span; an empty one (the charter as a whole is at 0..0) covers the
    /// character it is at, as the CLI's caret does, so that every editor shows it.
    fn range(&self, span: Option<&Range<usize>>) -> lsp_types::Range {
        let span = span.cloned().unwrap_or(0..0);
        let text = self.text.as_str();
        let span = match text.get(span.start..).and_then(|rest| rest.chars().next()) {
            Some(c) if span.is_empty() && c != '\n' && c != '\r' => {
                span.start..span.start + c.len_utf8()
            }
            _ => span,
        };
        self.text.range(&span, self.encoding)
    }

    fn related(
        &self,
        span: Option<&Range<usize>>,
        message: String,
    ) -> DiagnosticRelatedInformation {
        DiagnosticRelatedInformation {
            location: Location::new(self.uri.clone(), self.range(span)),
            message,
        }
    }
}

/// The full audit of a charter's text.
pub fn charter(engine: &Engine, name: &str, format: Format, target: &Target<'_>) -> Audited {
    let checked = engine.validate_source(name, format, target.text.as_str());
    audited(engine, &checked, target)
}

/// The audit of a charter already loaded and validated (from a file, for the workspace audit).
pub fn audited(engine: &Engine, checked: &Checked, target: &Target<'_>) -> Audited {
    let report = engine.audit_checked(checked);
    let lang = engine.settings().lang;
    let schema = Schema::bundled("charter");
    let mut out = Audited {
        verdict: Some(report.verdict),
        ..Audited::default()
    };
    out.diagnostics.extend(
        checked
            .errors
            .iter()
            .map(|p| problem(p, schema, target, lang)),
    );
    let report_only = engine.policy().report_only;
    for finding in &report.findings {
        let span = finding.span.as_ref();
        let (severity, tags, message) = match &finding.waiver {
            Some(w) if !report_only => (
                DiagnosticSeverity::HINT,
                Some(vec![DiagnosticTag::UNNECESSARY]),
                t!(
                    lang,
                    "lsp-waived",
                    message = &finding.message,
                    reason = &w.reason
                ),
            ),
            Some(w) => (
                severity(finding.severity),
                None,
                t!(
                    lang,
                    "lsp-waived-counted",
                    message = &finding.message,
                    reason = &w.reason,
                    profile = &engine.run().profile.name
                ),
            ),
            None => (severity(finding.severity), None, finding.message.clone()),
        };
        let related = (!finding.fix.is_empty())
            .then(|| vec![target.related(span, t!(lang, "lsp-fix", fix = &finding.fix))]);
        out.diagnostics.push(Diagnostic {
            range: target.range(span),
            severity: Some(severity),
            code: Some(NumberOrString::String(finding.rule.clone())),
            code_description: None,
            source: Some(SOURCE.to_owned()),
            message,
            related_information: related,
            tags,
            data: None,
        });
        out.findings
            .push((finding.rule.clone(), finding.span.clone().unwrap_or(0..0)));
    }
    for failure in &report.plugin_failures {
        out.diagnostics.push(Diagnostic {
            range: target.range(None),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String("plugin-failure".to_owned())),
            source: Some(SOURCE.to_owned()),
            message: t!(
                lang,
                "lsp-plugin-failed",
                plugin = &failure.plugin,
                cause = failure.failure.to_string()
            ),
            ..Diagnostic::default()
        });
    }
    out
}

/// A pack, profile or configuration checked against its schema (as `accord validate --as`),
/// its help in `lang`.
pub fn own_file(
    kind: Kind,
    validator: &SchemaValidator,
    name: &str,
    target: &Target<'_>,
    lang: Lang,
) -> Audited {
    let loaded = accord_core::load::load_bytes(
        std::path::Path::new(name),
        Format::Toml,
        target.text.as_str().as_bytes().to_vec(),
        &Limits::default(),
    );
    let mut checked = accord_core::validate::check_loaded(loaded, validator);
    // What the pack schema cannot see (a rule id defined twice, an `assert` that is not a
    // JSON Schema), located as `accord validate --as pack` locates it.
    if kind == Kind::Pack
        && checked.is_valid()
        && let Err(refused) =
            accord_core::pack::Pack::parse(name, target.text.as_str(), None, validator)
    {
        checked.errors.extend(refused.diagnostics);
    }
    let schema = Schema::bundled(kind.schema());
    Audited {
        diagnostics: checked
            .errors
            .iter()
            .map(|p| problem(p, schema, target, lang))
            .collect(),
        findings: Vec::new(),
        verdict: None,
    }
}

/// A validation error.
fn problem(p: &Problem, schema: Option<&Schema>, target: &Target<'_>, lang: Lang) -> Diagnostic {
    let span = p.span.as_ref();
    let replacement = (p.kind == ProblemKind::UnknownKey)
        .then(|| closest_key(p.path.as_deref()?, schema?))
        .flatten();
    Diagnostic {
        range: target.range(span),
        severity: Some(DiagnosticSeverity::ERROR),
        code: Some(NumberOrString::String(p.kind.as_str().to_owned())),
        code_description: None,
        source: Some(SOURCE.to_owned()),
        message: p.message.clone(),
        related_information: p
            .help
            .as_ref()
            .map(|h| vec![target.related(span, t!(lang, "lsp-help", help = h))]),
        tags: None,
        data: replacement.map(|key| json!({ "replace_with": key })),
    }
}

/// For an unknown key at `pointer`, the closest key its table allows (the one the error's help
/// suggests).
fn closest_key(pointer: &str, schema: &Schema) -> Option<String> {
    let mut tokens: Vec<String> = pointer
        .split('/')
        .skip(1)
        .map(accord_core::source::unescape)
        .collect();
    let key = tokens.pop()?;
    let table = schema.at(&tokens)?;
    let keys: Vec<&str> = table.properties().iter().map(|(k, _)| *k).collect();
    accord_core::validate::closest(&key, keys).map(str::to_owned)
}

fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Info => DiagnosticSeverity::INFORMATION,
    }
}
