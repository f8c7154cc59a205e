//! The engine: built once from a profile, its plugins and packs and the run's settings, then
//! shared by every thread and front-end (CLI, server, language server) to audit files or text.
//!
//! An audit never fails: whatever happens to a charter ends up in its report. The stages are
//! the crate's modules: load → validate → evaluate → waivers → verdict → report.

use std::path::Path;

use accord_plugin::Date;
use serde_json::Value;

use crate::catalogue::{Catalogue, DuplicateRule};
use crate::evaluate::{Evaluator, OptionsError};
use crate::lang::{Lang, t};
use crate::load::{Document, Format, Limits, Source};
use crate::pack::Pack;
use crate::plugin::PluginSet;
use crate::plugin::isolate::Pool;
use crate::profile::{Profile, ProfileProblem, WaiverPolicy};
use crate::report::{
    CharterRef, Finding, PackRef, PluginFailure, PluginRef, ProfileRef, ReasonKind, Report,
    ReportError, RunInfo, Score, Status, Verdict, VerdictReason, fingerprint, sort_findings,
};
use crate::validate::{Checked, SchemaError, SchemaValidator};
use crate::verdict::Policy;

/// What a run is configured with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Profile,
    pub limits: Limits,
    /// The date waivers expire against (`--today`).
    pub audit_date: Date,
    /// `--fail-under`, overriding the profile's.
    pub fail_under: Option<f64>,
    /// `--deny warnings` (the profile's `deny_warnings` also counts).
    pub deny_warnings: bool,
    /// The configuration file used, as reports name it.
    pub config: Option<String>,
    pub allow_unpinned: bool,
    /// The language of the reports: rule texts, finding messages (where the rules speak it)
    /// and, in time, every sentence ([`crate::lang::negotiate`] chooses it).
    pub lang: Lang,
}

impl Default for Settings {
    /// The built-in `default` profile, default limits, today, no config.
    fn default() -> Settings {
        Settings {
            // The embedded default profile is checked by a unit test of `profile`.
            profile: Profile::built_in("default")
                .unwrap_or_else(|e| unreachable!("the embedded default profile is valid: {e}")),
            limits: Limits::default(),
            audit_date: today(),
            fail_under: None,
            deny_warnings: false,
            config: None,
            allow_unpinned: false,
            lang: Lang::EN,
        }
    }
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

/// Why an engine could not be built (exit 2 before any audit).
#[derive(Debug, thiserror::Error)]
pub enum BuildError {
    #[error(transparent)]
    DuplicateRule(#[from] DuplicateRule),
    #[error(transparent)]
    Profile(#[from] ProfileProblem),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

impl BuildError {
    /// The error and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            BuildError::DuplicateRule(e) => e.describe(lang),
            BuildError::Profile(e) => e.describe(lang),
            BuildError::Schema(e) => e.to_string(),
        }
    }
}

impl From<OptionsError> for BuildError {
    fn from(e: OptionsError) -> BuildError {
        match e {
            OptionsError::Profile(p) => BuildError::Profile(p),
            OptionsError::Schema(s) => BuildError::Schema(s),
        }
    }
}

/// One charter's report, with its text when it was readable (for renderers that show lines).
#[derive(Debug)]
pub struct Audit {
    pub report: Report,
    pub source: Option<Source>,
}

/// Everything the audits of one run share. `Send + Sync`.
pub struct Engine {
    settings: Settings,
    /// The catalogue in every language (overrides applied), by [`Lang::all`] order.
    catalogues: Vec<Catalogue>,
    evaluator: Evaluator,
    charter_schema: SchemaValidator,
    policy: Policy,
    /// The parts of every report that the run fixes.
    run: RunInfo,
}

impl Engine {
    /// Builds the catalogue (with the profile's overrides) and checks the profile's options.
    pub fn new(
        settings: Settings,
        plugins: PluginSet,
        packs: Vec<Pack>,
    ) -> Result<Engine, BuildError> {
        let profile = &settings.profile;
        let mut catalogue = Catalogue::new(&plugins, &packs)?;
        catalogue.apply(profile)?;
        let run = RunInfo {
            accord_version: env!("CARGO_PKG_VERSION"),
            audit_date: settings.audit_date.to_string(),
            config: settings.config.clone(),
            allow_unpinned: settings.allow_unpinned,
            report_only: profile.waivers == WaiverPolicy::ReportOnly,
            profile: ProfileRef {
                name: profile.name.clone(),
                sha256: profile.sha256.clone(),
            },
            plugins: plugins
                .plugins
                .iter()
                .map(|p| PluginRef {
                    name: p.name().to_owned(),
                    version: p.manifest.version.clone(),
                    path: p.path.display().to_string(),
                    sha256: p.sha256.clone(),
                    pinned: p.pinned,
                })
                .collect(),
            packs: packs
                .iter()
                .map(|p| PackRef {
                    name: p.name.clone(),
                    version: p.version.clone(),
                    path: p.path.as_ref().map(|p| p.display().to_string()),
                })
                .collect(),
            lang: settings.lang,
            disabled: {
                let mut disabled = profile.disable.clone();
                disabled.sort();
                disabled
            },
            overrides: profile.severity.clone(),
        };
        let policy = Policy {
            fail_under_milli: settings.fail_under.map_or(profile.fail_under_milli(), |f| {
                (f.clamp(0.0, 100.0) * 1000.0).round() as u64
            }),
            deny_warnings: settings.deny_warnings || profile.deny_warnings,
            report_only: profile.waivers == WaiverPolicy::ReportOnly,
        };
        let evaluator = Evaluator::new(plugins, packs, profile)?;
        let catalogues = Lang::all().map(|lang| catalogue.in_lang(lang)).collect();
        Ok(Engine {
            charter_schema: SchemaValidator::charter()?,
            settings,
            catalogues,
            evaluator,
            policy,
            run,
        })
    }

    /// Runs the plugins' checks in worker processes from now on.
    pub fn isolate(&mut self, pool: Pool) {
        self.evaluator.isolate(pool);
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The rules, their texts in the run's language.
    pub fn catalogue(&self) -> &Catalogue {
        self.catalogue_in(self.settings.lang)
    }

    /// The rules, their texts in `lang` (a server answering each reader in their language).
    pub fn catalogue_in(&self, lang: Lang) -> &Catalogue {
        // Built for every language in `new`, in `Lang::all` order.
        let index = Lang::all().position(|l| l == lang).unwrap_or(0);
        &self.catalogues[index]
    }

    /// The plugins that do not write their finding messages in `lang`: in a report in `lang`,
    /// their messages (and the rule texts they do not translate) are in English. Empty for
    /// English.
    pub fn untranslated_plugins(&self, lang: Lang) -> Vec<String> {
        self.plugins()
            .plugins
            .iter()
            .filter(|p| !lang.is_source() && crate::evaluate::message_language(p, lang).is_none())
            .map(|p| p.name().to_owned())
            .collect()
    }

    pub fn plugins(&self) -> &PluginSet {
        self.evaluator.plugins()
    }

    /// What every report of this run says about the run.
    pub fn run(&self) -> &RunInfo {
        &self.run
    }

    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The compiled charter schema.
    pub fn charter_schema(&self) -> &SchemaValidator {
        &self.charter_schema
    }

    /// Loads and validates a charter file.
    pub fn validate_path(&self, path: &Path) -> Checked {
        crate::validate::check_file(path, &self.settings.limits, &self.charter_schema)
    }

    /// Validates a charter's text; `name` is its reported path.
    pub fn validate_source(&self, name: &str, format: Format, text: &str) -> Checked {
        self.validate_bytes(name, format, text.as_bytes().to_vec())
    }

    /// Validates a charter's bytes (a request body, which may not be UTF-8); `name` is its
    /// reported path.
    pub fn validate_bytes(&self, name: &str, format: Format, bytes: Vec<u8>) -> Checked {
        let loaded = crate::load::load_bytes(Path::new(name), format, bytes, &self.settings.limits);
        crate::validate::check_loaded(loaded, &self.charter_schema)
    }

    /// Audits a charter file.
    pub fn audit_path(&self, path: &Path) -> Audit {
        self.audit(self.validate_path(path))
    }

    /// Audits one input of a batch: a file, the charter read from standard input, or a
    /// directory that could not be read (an invalid entry).
    pub fn audit_input(&self, input: &crate::inputs::Input) -> Audit {
        let loaded = input.load(&self.settings.limits);
        self.audit(crate::validate::check_loaded(loaded, &self.charter_schema))
    }

    /// Audits a charter's text; `name` is its reported path.
    pub fn audit_source(&self, name: &str, format: Format, text: &str) -> Audit {
        self.audit(self.validate_source(name, format, text))
    }

    /// Audits a charter's bytes on `date` and in `lang` instead of the run's (waivers expire
    /// against the date; the report carries both): a server audits each request on its own
    /// day, in its reader's language.
    pub fn audit_bytes_as(
        &self,
        date: Date,
        lang: Lang,
        name: &str,
        format: Format,
        bytes: Vec<u8>,
    ) -> Audit {
        let checked = self.validate_bytes(name, format, bytes);
        let report = self.audit_checked_as(&checked, date, lang);
        Audit {
            report,
            source: checked.loaded.source,
        }
    }

    fn audit(&self, checked: Checked) -> Audit {
        let report = self.audit_checked(&checked);
        Audit {
            report,
            source: checked.loaded.source,
        }
    }

    /// Audits a charter already loaded and validated.
    pub fn audit_checked(&self, checked: &Checked) -> Report {
        self.audit_checked_as(checked, self.settings.audit_date, self.settings.lang)
    }

    /// Audits a charter's text with its report in `lang` rather than the run's language.
    pub fn audit_source_in(&self, lang: Lang, name: &str, format: Format, text: &str) -> Audit {
        let date = self.settings.audit_date;
        self.audit_bytes_as(date, lang, name, format, text.as_bytes().to_vec())
    }

    /// Audits a charter already loaded and validated, on `date`, its report in `lang`.
    pub fn audit_checked_as(&self, checked: &Checked, date: Date, lang: Lang) -> Report {
        let catalogue = self.catalogue_in(lang);
        let mut report = self.empty_report(checked);
        report.audit_date = date.to_string();
        report.lang = lang.tag();
        report.untranslated_plugins = self.untranslated_plugins(lang);
        let Some(doc) = checked.document().filter(|_| checked.is_valid()) else {
            report.status = Status::Invalid;
            report.verdict = Verdict::Invalid;
            report.errors = report_errors(checked, lang);
            report.verdict_reasons.push(VerdictReason {
                kind: ReasonKind::Invalid,
                message: t!(lang, "verdict-invalid", count = report.errors.len()),
            });
            return report;
        };
        let source = checked.loaded.source.as_ref();
        let evaluation =
            self.evaluator
                .evaluate(&doc.value, catalogue, source.map_or(0, |s| s.text.len()));
        let waivers = crate::waivers::apply(&doc.value, &evaluation.findings, catalogue, date);
        let mut findings: Vec<Finding> = evaluation
            .findings
            .iter()
            .chain(&waivers.findings)
            .map(|f| {
                let waiver = waivers.waived.get(&f.rule).cloned();
                finding(catalogue, f, waiver, doc, source)
            })
            .collect();
        sort_findings(&mut findings);
        report.findings = findings;
        report.not_applicable = evaluation.not_applicable;
        report.plugin_failures = evaluation
            .failures
            .into_iter()
            .map(|(plugin, failure)| PluginFailure { plugin, failure })
            .collect();
        if !report.plugin_failures.is_empty() {
            report.status = Status::Error;
            report.verdict = Verdict::Error;
            report.verdict_reasons = report
                .plugin_failures
                .iter()
                .map(|f| VerdictReason {
                    kind: ReasonKind::PluginFailure,
                    message: t!(
                        lang,
                        "verdict-plugin-failed",
                        plugin = f.plugin.as_str(),
                        cause = f.failure.describe(lang)
                    ),
                })
                .collect();
            return report;
        }
        let judgement = crate::verdict::judge(
            &report.findings,
            &report.not_applicable,
            catalogue,
            &self.policy,
            lang,
        );
        report.status = Status::Audited;
        report.verdict = judgement.verdict;
        report.score = judgement.score;
        report.rules = Some(judgement.rules);
        report.verdict_reasons = judgement.reasons;
        report
    }

    fn empty_report(&self, checked: &Checked) -> Report {
        let value = checked.document().map(|d| &d.value);
        let text = |p: &str| {
            value
                .and_then(|v| v.pointer(p))
                .and_then(Value::as_str)
                .map(str::to_owned)
        };
        Report {
            kind: "report",
            report_version: 1,
            accord_version: self.run.accord_version,
            audit_date: self.run.audit_date.clone(),
            lang: self.settings.lang.tag(),
            profile: self.run.profile.clone(),
            config: self.run.config.clone(),
            allow_unpinned: self.run.allow_unpinned,
            charter: CharterRef {
                path: checked.loaded.path.display().to_string(),
                id: text("/partnership/id"),
                name: text("/partnership/name"),
                sha256: checked.loaded.bytes_sha256.clone(),
            },
            status: Status::Audited,
            verdict: Verdict::Pass,
            score: Score::default(),
            findings: Vec::new(),
            not_applicable: Vec::new(),
            rules: None,
            disabled: self.run.disabled.clone(),
            overrides: self.run.overrides.clone(),
            errors: Vec::new(),
            plugin_failures: Vec::new(),
            plugins: self.run.plugins.clone(),
            untranslated_plugins: Vec::new(),
            packs: self.run.packs.clone(),
            fail_under: self.policy.fail_under(),
            deny_warnings: self.policy.deny_warnings,
            verdict_reasons: Vec::new(),
            waived_count: self.policy.report_only,
            baseline: None,
        }
    }
}

/// A located finding of the report from a rule's raw finding (the fix in the catalogue's
/// language).
fn finding(
    catalogue: &Catalogue,
    raw: &accord_plugin::Finding,
    waiver: Option<crate::report::Waiver>,
    doc: &Document,
    source: Option<&Source>,
) -> Finding {
    let rule = raw.rule.as_str();
    let entry = catalogue.get(rule);
    let span = doc.map.locate(&raw.path).span;
    let location = source.map(|s| s.lines.location(&s.text, span.start));
    Finding {
        rule: rule.to_owned(),
        category: entry.map_or_else(
            || rule.split('.').next().unwrap_or(rule).to_owned(),
            |r| r.meta.category.clone(),
        ),
        severity: entry.map_or(accord_plugin::Severity::Warning, |r| r.severity),
        message: raw.message.clone(),
        path: raw.path.clone(),
        line: location.map_or(1, |l| l.line),
        column: location.map_or(1, |l| l.column),
        fix: entry.map(|r| r.fix_line.clone()).unwrap_or_default(),
        fingerprint: fingerprint(rule, &raw.path, &doc.value),
        waiver,
        baseline: None,
        span: Some(span),
    }
}

/// The validation errors of a charter, located, as the report lists them.
fn report_errors(checked: &Checked, lang: Lang) -> Vec<ReportError> {
    let source = checked.loaded.source.as_ref();
    checked
        .errors
        .iter()
        .map(|d| {
            let loc = d
                .span
                .as_ref()
                .zip(source)
                .map(|(s, src)| src.lines.location(&src.text, s.start));
            ReportError {
                kind: d.kind,
                message: d.message_in(lang),
                path: d.path.clone(),
                line: loc.map(|l| l.line),
                column: loc.map(|l| l.column),
                help: d.help_in(lang),
                english: d.message.clone(),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn engine_with_core_pack() -> Engine {
        let schema = crate::schemas::compile("pack").expect("pack schema");
        let core = Pack::built_in("core", &schema)
            .expect("core is built in")
            .expect("core is valid");
        let settings = Settings {
            audit_date: Date::parse("2026-01-01").expect("date"),
            ..Settings::default()
        };
        Engine::new(settings, PluginSet::empty(), vec![core]).expect("engine")
    }

    #[test]
    fn the_engine_is_shared_across_threads() {
        fn send_sync<T: Send + Sync>() {}
        send_sync::<Engine>();
    }

    #[test]
    fn audits_text_in_memory() {
        let engine = engine_with_core_pack();
        let text = include_str!("../../../examples/charters/water-programme.toml");
        let audit = engine.audit_source("draft.toml", Format::Toml, text);
        let r = &audit.report;
        assert_eq!(r.charter.path, "draft.toml");
        assert_eq!(r.status, Status::Audited);
        assert!(audit.source.is_some());
        // Only the core pack runs: every finding is one of its rules, located in the text.
        assert!(
            r.findings
                .iter()
                .all(|f| f.rule.starts_with("accountability."))
        );
        assert!(r.findings.iter().all(|f| f.line >= 1 && f.span.is_some()));
        let counts = r.rules.expect("audited");
        assert_eq!(counts.evaluated, 7);
        assert_eq!(counts.passed + counts.failed + counts.not_applicable, 7);
    }

    #[test]
    fn an_audit_on_another_date_expires_waivers_against_that_date() {
        let engine = engine_with_core_pack();
        let text = include_str!("../../../tests/fixtures/audit/waivers.toml");
        let on = |date: &str| {
            let date = Date::parse(date).expect("date");
            engine
                .audit_bytes_as(
                    date,
                    engine.settings().lang,
                    "w.toml",
                    Format::Toml,
                    text.as_bytes().to_vec(),
                )
                .report
        };
        let expired = |r: &Report| r.findings.iter().any(|f| f.rule == "waiver.expired");
        let (early, late) = (on("2000-01-01"), on("2999-01-01"));
        assert_eq!(early.audit_date, "2000-01-01");
        assert_eq!(late.audit_date, "2999-01-01");
        assert!(!expired(&early), "{:?}", early.findings);
        assert!(expired(&late), "{:?}", late.findings);
        // The run's own date is untouched.
        assert_eq!(engine.run().audit_date, "2026-01-01");
        assert_eq!(
            engine
                .audit_source("w.toml", Format::Toml, text)
                .report
                .audit_date,
            "2026-01-01"
        );
    }

    #[test]
    fn bytes_that_are_not_utf8_give_a_located_invalid_report() {
        let engine = engine_with_core_pack();
        let date = Date::parse("2026-01-01").expect("date");
        let audit = engine.audit_bytes_as(
            date,
            engine.settings().lang,
            "x.toml",
            Format::Toml,
            b"a = \"\xff\"\n".to_vec(),
        );
        assert_eq!(audit.report.status, Status::Invalid);
        assert_eq!(audit.report.errors[0].line, Some(1));
    }

    #[test]
    fn invalid_text_gives_an_invalid_report_with_located_errors() {
        let engine = engine_with_core_pack();
        let audit = engine.audit_source("x.json", Format::Json, "{\"charter_version\": 1}");
        assert_eq!(audit.report.status, Status::Invalid);
        assert_eq!(audit.report.verdict, Verdict::Invalid);
        assert!(!audit.report.errors.is_empty());
        assert!(audit.report.errors.iter().all(|e| e.line == Some(1)));
        assert!(audit.report.score.overall.is_none());
    }
}
