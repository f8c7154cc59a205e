//! One audit, end to end: load → validate → evaluate → waivers and overrides → score → report.
//!
//! An [`Auditor`] is built once per run (schemas compiled, plugins loaded, options checked) and
//! shared by every worker thread; [`Auditor::audit_file`] never fails: whatever happens to a
//! charter ends up in its report.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use accord_plugin::{Date, RuleMeta, Severity};
use serde_json::Value;

use crate::host_rules::{self, HOST_RULES};
use crate::load::{Document, Limits};
use crate::pack::Pack;
use crate::plugin::{PluginError, PluginSet};
use crate::profile::{Profile, WaiverPolicy};
use crate::report::{
    CharterRef, Finding, PackRef, PluginFailure, PluginRef, ProfileRef, Report, ReportError, Score,
    Status, Verdict, Waiver,
};
use crate::score::{RuleResult, RuleState, score};
use crate::source::LineIndex;
use crate::validate::{Checked, SchemaValidator, check_file};

/// What a run is configured with.
#[derive(Debug, Clone)]
pub struct Settings {
    pub profile: Profile,
    pub limits: Limits,
    pub audit_date: Date,
    /// `--fail-under`, overriding the profile's.
    pub fail_under: Option<f64>,
    /// `--deny warnings`, or the profile's `deny_warnings`.
    pub deny_warnings: bool,
    pub config: Option<String>,
    pub allow_unpinned: bool,
}

/// Why a run could not start (exit 2 before any audit).
#[derive(Debug, thiserror::Error)]
pub enum SetupError {
    #[error(transparent)]
    Plugin(#[from] PluginError),
    #[error(transparent)]
    Schema(#[from] crate::validate::SchemaError),
    #[error("the profile `{profile}` {problem}\nhelp: {help}")]
    Profile {
        profile: String,
        problem: String,
        help: String,
    },
    #[error(
        "the rule `{rule}` is defined twice: by {first} and by {second}\nhelp: rule ids must be unique across all plugins and packs; rename one"
    )]
    DuplicateRule {
        rule: String,
        first: String,
        second: String,
    },
    #[error(transparent)]
    Pack(#[from] crate::pack::PackError),
}

/// Where a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RuleSource {
    Plugin(String),
    /// A pack: its name and where it comes from (a file, or built in).
    Pack {
        name: String,
        origin: String,
    },
    /// The host's own rules about waivers: never scored.
    Host,
}

impl RuleSource {
    pub fn describe(&self) -> String {
        match self {
            RuleSource::Plugin(name) => format!("plugin `{name}`"),
            RuleSource::Pack { name, origin } => format!("pack `{name}` ({origin})"),
            RuleSource::Host => "accord (host)".to_owned(),
        }
    }
}

/// A rule as the audit knows it: from a plugin, a pack or the host.
#[derive(Debug, Clone)]
pub struct RuleInfo {
    pub meta: RuleMeta,
    /// The severity in force (after the profile's overrides).
    pub severity: Severity,
    pub source: RuleSource,
    pub disabled: bool,
    /// The first sentence of the fix, shown with each finding (computed once per run).
    pub fix_line: String,
}

impl RuleInfo {
    /// Plugin and pack rules are scored; host rules are not.
    pub fn is_scored(&self) -> bool {
        self.source != RuleSource::Host
    }
}

/// A report with the charter's text (when it was readable).
pub struct Audited {
    pub report: Report,
    pub source: Option<crate::load::Source>,
}

/// Everything shared by the audits of one run.
pub struct Auditor {
    settings: Settings,
    plugins: PluginSet,
    /// With `--isolate`: the worker processes that run the plugins' checks.
    isolation: Option<crate::plugin::isolate::Pool>,
    packs: Vec<Pack>,
    pack_refs: Vec<PackRef>,
    charter_schema: SchemaValidator,
    /// Per plugin (same order as `plugins`): its options as JSON text.
    options_json: Vec<String>,
    rules: HashMap<String, RuleInfo>,
    plugin_refs: Vec<PluginRef>,
    overrides: BTreeMap<String, Severity>,
    disabled: Vec<String>,
    /// The ids of the rules that are scored and not disabled, sorted: fixed for the run.
    scored: Vec<String>,
}

impl Auditor {
    pub fn new(
        settings: Settings,
        plugins: PluginSet,
        packs: Vec<Pack>,
    ) -> Result<Auditor, SetupError> {
        let charter_schema = SchemaValidator::charter()?;
        let profile = &settings.profile;
        let profile_error = |problem: String, help: String| SetupError::Profile {
            profile: profile.origin.clone(),
            problem,
            help,
        };

        let mut rules: HashMap<String, RuleInfo> = HashMap::new();
        let mut register = |meta: &RuleMeta, source: RuleSource| -> Result<(), SetupError> {
            if let Some(existing) = rules.get(&meta.id) {
                return Err(SetupError::DuplicateRule {
                    rule: meta.id.clone(),
                    first: existing.source.describe(),
                    second: source.describe(),
                });
            }
            let info = RuleInfo {
                meta: meta.clone(),
                severity: meta.severity,
                source,
                disabled: false,
                fix_line: first_sentence(&meta.fix),
            };
            rules.insert(meta.id.clone(), info);
            Ok(())
        };
        for rule in HOST_RULES {
            register(&rule.meta(), RuleSource::Host)?;
        }
        for (plugin, meta) in plugins.rules() {
            register(meta, RuleSource::Plugin(plugin.name().to_owned()))?;
        }
        for pack in &packs {
            for rule in &pack.rules {
                register(
                    &rule.meta,
                    RuleSource::Pack {
                        name: pack.name.clone(),
                        origin: pack
                            .path
                            .as_ref()
                            .map_or_else(|| "built in".to_owned(), |p| p.display().to_string()),
                    },
                )?;
            }
        }
        let known = |rules: &HashMap<String, RuleInfo>, id: &str| -> Result<(), SetupError> {
            if rules.get(id).is_some_and(RuleInfo::is_scored) {
                return Ok(());
            }
            let suggestion = crate::validate::closest(id, rules.keys().map(String::as_str))
                .map(|c| format!("did you mean `{c}`?"))
                .unwrap_or_else(|| {
                    "`accord rules` lists the rules of the loaded plugins".to_owned()
                });
            Err(profile_error(
                format!(
                    "names the rule `{id}`, which no loaded plugin or pack defines (host rules cannot be changed)"
                ),
                suggestion,
            ))
        };
        for id in &profile.disable {
            known(&rules, id)?;
            if let Some(r) = rules.get_mut(id) {
                r.disabled = true;
            }
        }
        for (id, severity) in &profile.severity {
            known(&rules, id)?;
            if let Some(r) = rules.get_mut(id) {
                r.severity = *severity;
            }
        }

        let mut options_json = Vec::new();
        for plugin in &plugins.plugins {
            let given = profile
                .options
                .get(plugin.name())
                .cloned()
                .unwrap_or_default();
            // The option names the plugin declares, for "did you mean" and the help line.
            let declared: Vec<&str> = plugin
                .manifest
                .options
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| p.keys().map(String::as_str).collect())
                .unwrap_or_default();
            let listed = if declared.is_empty() {
                "it declares no options".to_owned()
            } else {
                let mut names = declared.clone();
                names.sort_unstable();
                format!("its options are {}", names.join(", "))
            };
            // Only where the schema refuses undeclared options (a plugin may accept any).
            let closed =
                plugin.manifest.options.get("additionalProperties") == Some(&Value::Bool(false));
            if closed && let Some(unknown) = given.keys().find(|k| !declared.contains(&k.as_str()))
            {
                let suggestion = crate::validate::closest(unknown, declared.iter().copied())
                    .map(|c| format!("did you mean `{c}`? "))
                    .unwrap_or_default();
                return Err(profile_error(
                    format!(
                        "sets the option `{unknown}` for plugin `{}`, which does not have it",
                        plugin.name()
                    ),
                    format!(
                        "{suggestion}{listed} (`accord explain` on the plugin's rules describes them)"
                    ),
                ));
            }
            let options = accord_plugin::Options::with_defaults(&plugin.manifest, given);
            let value = Value::Object(options.as_map().clone());
            let schema = SchemaValidator::new(
                &format!("options of {}", plugin.name()),
                plugin.manifest.options.clone(),
            )?;
            if let Some(problem) = schema.explain(&value).into_iter().next() {
                return Err(profile_error(
                    format!(
                        "sets invalid options for plugin `{}`: {problem}",
                        plugin.name()
                    ),
                    format!("{listed} (`accord explain` on the plugin's rules describes them)"),
                ));
            }
            options_json.push(value.to_string());
        }
        for name in profile.options.keys() {
            if plugins.get(name).is_none() {
                return Err(profile_error(
                    format!("sets options for `{name}`, which is not a loaded plugin"),
                    "remove the `[options]` table or load the plugin".into(),
                ));
            }
        }

        let plugin_refs = plugins
            .plugins
            .iter()
            .map(|p| PluginRef {
                name: p.name().to_owned(),
                version: p.manifest.version.clone(),
                path: p.path.display().to_string(),
                sha256: p.sha256.clone(),
                pinned: p.pinned,
            })
            .collect();
        let overrides = profile.severity.clone();
        let mut disabled = profile.disable.clone();
        disabled.sort();
        let mut scored: Vec<String> = rules
            .iter()
            .filter(|(_, r)| r.is_scored() && !r.disabled)
            .map(|(id, _)| id.clone())
            .collect();
        scored.sort();
        let pack_refs = packs
            .iter()
            .map(|p| PackRef {
                name: p.name.clone(),
                version: p.version.clone(),
                path: p.path.as_ref().map(|p| p.display().to_string()),
            })
            .collect();
        Ok(Auditor {
            settings,
            plugins,
            isolation: None,
            packs,
            pack_refs,
            charter_schema,
            options_json,
            rules,
            plugin_refs,
            overrides,
            disabled,
            scored,
        })
    }

    /// Runs the plugins' checks in worker processes from now on.
    pub fn isolate(&mut self, pool: crate::plugin::isolate::Pool) {
        self.isolation = Some(pool);
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    pub fn plugins(&self) -> &PluginSet {
        &self.plugins
    }

    /// Every rule known to this run (plugins and host), by id.
    pub fn rules(&self) -> &HashMap<String, RuleInfo> {
        &self.rules
    }

    /// Audits one charter file. Never fails: problems end up in the report.
    pub fn audit_file(&self, path: &Path) -> Report {
        self.audit_path(path).report
    }

    /// Audits one charter file and keeps its source, for renderers that show charter lines.
    pub fn audit_path(&self, path: &Path) -> Audited {
        let checked = check_file(path, &self.settings.limits, &self.charter_schema);
        let report = self.audit_checked(&checked);
        Audited {
            report,
            source: checked.loaded.source,
        }
    }

    /// Audits a charter already loaded and validated.
    pub fn audit_checked(&self, checked: &Checked) -> Report {
        let mut report = self.empty_report(checked);
        let Some(doc) = checked.document().filter(|_| checked.is_valid()) else {
            report.status = Status::Invalid;
            report.verdict = Verdict::Invalid;
            report.errors = self.errors(checked);
            return report;
        };
        let lines = checked.loaded.source.as_ref().map(|s| (&s.text, &s.lines));

        // Evaluate: every plugin, with the charter serialized once.
        // `{"charter":…,"options":` once; each plugin's options and the closing brace go after it.
        let mut input =
            Vec::with_capacity(checked.loaded.source.as_ref().map_or(0, |s| s.text.len()) + 256);
        input.extend_from_slice(b"{\"charter\":");
        // Cannot fail: a `Value`'s keys are strings and a Vec always grows.
        let _ = serde_json::to_writer(&mut input, &doc.value);
        input.extend_from_slice(b",\"options\":");
        let prefix = input.len();
        let mut raw: Vec<accord_plugin::Finding> = Vec::new();
        let mut not_applicable: Vec<String> = Vec::new();
        for (index, (plugin, options)) in self
            .plugins
            .plugins
            .iter()
            .zip(&self.options_json)
            .enumerate()
        {
            input.truncate(prefix);
            input.extend_from_slice(options.as_bytes());
            input.push(b'}');
            let result = match &self.isolation {
                Some(pool) => pool.check(index, &input),
                None => plugin.check(&input, self.plugins.output_schema()),
            };
            match result {
                Ok(outcome) => {
                    raw.extend(outcome.findings);
                    not_applicable.extend(outcome.not_applicable);
                }
                Err(cause) => report.plugin_failures.push(PluginFailure {
                    plugin: plugin.name().to_owned(),
                    cause,
                }),
            }
        }
        for pack in &self.packs {
            for rule in &pack.rules {
                match rule.check(&doc.value) {
                    Some(true) => {}
                    Some(false) => raw.push(accord_plugin::Finding {
                        rule: rule.meta.id.clone(),
                        message: rule.message.clone(),
                        path: rule.path.clone(),
                    }),
                    None => not_applicable.push(rule.meta.id.clone()),
                }
            }
        }
        raw.retain(|f| !self.rules.get(&f.rule).is_some_and(|r| r.disabled));
        not_applicable.retain(|id| {
            !self.rules.get(id).is_some_and(|r| r.disabled) && !raw.iter().any(|f| &f.rule == id)
        });
        not_applicable.sort();
        not_applicable.dedup();

        // Waivers, then the host rules about them.
        let waivers = self.apply_waivers(doc, &raw);
        let mut findings: Vec<Finding> = raw
            .iter()
            .map(|f| {
                let waiver = waivers.waived.get(&f.rule).cloned();
                self.finding(&f.rule, &f.message, &f.path, waiver, doc, lines)
            })
            .collect();
        for (rule, path, message) in waivers.host_findings {
            findings.push(self.finding(rule, &message, &path, None, doc, lines));
        }
        sort_findings(&mut findings);
        report.findings = findings;
        report.not_applicable = not_applicable;

        if !report.plugin_failures.is_empty() {
            report.status = Status::Error;
            report.verdict = Verdict::Error;
            return report;
        }
        self.judge(&mut report);
        report
    }

    /// Scores the report and gives the verdict.
    fn judge(&self, report: &mut Report) {
        let report_only = self.settings.profile.waivers == WaiverPolicy::ReportOnly;
        let counts_against = |f: &Finding| f.waiver.is_none() || report_only;
        let results: Vec<RuleResult<'_>> = self
            .scored
            .iter()
            .filter_map(|id| Some((id, self.rules.get(id)?)))
            .map(|(id, r)| {
                let of_rule: Vec<&Finding> =
                    report.findings.iter().filter(|f| f.rule == *id).collect();
                let state = if of_rule.iter().any(|f| counts_against(f)) {
                    RuleState::Failed
                } else if report.not_applicable.iter().any(|na| na == id) {
                    RuleState::NotApplicable
                } else {
                    RuleState::Passed
                };
                let waived = !of_rule.is_empty() && of_rule.iter().all(|f| f.waiver.is_some());
                RuleResult {
                    category: &r.meta.category,
                    severity: r.severity,
                    state,
                    waived,
                }
            })
            .collect();
        let (score, counts, tally) = score(&results);
        let fail_under = self
            .settings
            .fail_under
            .map_or(self.settings.profile.fail_under_milli(), |f| {
                (f.clamp(0.0, 100.0) * 1000.0).round() as u64
            });
        let unwaived = |severity: Severity| {
            report
                .findings
                .iter()
                .any(|f| f.severity == severity && counts_against(f))
        };
        let fails = unwaived(Severity::Error)
            || tally.is_under(fail_under)
            || (self.settings.deny_warnings && unwaived(Severity::Warning));
        report.status = Status::Audited;
        report.verdict = if fails { Verdict::Fail } else { Verdict::Pass };
        report.score = score;
        report.rules = Some(counts);
    }

    fn finding(
        &self,
        rule: &str,
        message: &str,
        path: &str,
        waiver: Option<Waiver>,
        doc: &Document,
        lines: Option<(&String, &LineIndex)>,
    ) -> Finding {
        let info = self.rules.get(rule);
        let span = doc.map.locate(path).span;
        let location = lines.map(|(text, index)| index.location(text, span.start));
        Finding {
            rule: rule.to_owned(),
            category: info.map_or_else(
                || rule.split('.').next().unwrap_or(rule).to_owned(),
                |r| r.meta.category.clone(),
            ),
            severity: info.map_or(Severity::Warning, |r| r.severity),
            message: message.to_owned(),
            path: path.to_owned(),
            line: location.map_or(1, |l| l.line),
            column: location.map_or(1, |l| l.column),
            fix: info.map(|r| r.fix_line.clone()).unwrap_or_default(),
            fingerprint: fingerprint(rule, path, &doc.value),
            waiver,
            baseline: None,
            span: Some(span),
        }
    }

    fn apply_waivers(&self, doc: &Document, findings: &[accord_plugin::Finding]) -> Waivers {
        let mut out = Waivers::default();
        let Some(list) = doc.value.get("waivers").and_then(Value::as_array) else {
            return out;
        };
        for (i, w) in list.iter().enumerate() {
            let rule = w.get("rule").and_then(Value::as_str).unwrap_or_default();
            let text = |key: &str| w.get(key).and_then(Value::as_str).map(str::to_owned);
            let expires = text("expires");
            if host_rules::is_host_rule(rule) {
                out.host_findings.push((
                    host_rules::UNKNOWN_RULE.id,
                    format!("/waivers/{i}/rule"),
                    format!("The waiver names `{rule}`, a host rule about waivers, which cannot be waived."),
                ));
                continue;
            }
            if !self.rules.contains_key(rule) {
                let hint = crate::validate::closest(rule, self.rules.keys().map(String::as_str))
                    .map(|c| format!(" Did you mean `{c}`?"))
                    .unwrap_or_default();
                out.host_findings.push((
                    host_rules::UNKNOWN_RULE.id,
                    format!("/waivers/{i}/rule"),
                    format!(
                        "The waiver names `{rule}`, which no loaded plugin or pack defines.{hint}"
                    ),
                ));
                continue;
            }
            if let Some(date) = expires.as_deref().and_then(Date::parse)
                && date < self.settings.audit_date
            {
                out.host_findings.push((
                    host_rules::EXPIRED.id,
                    format!("/waivers/{i}/expires"),
                    format!(
                        "The waiver of `{rule}` expired on {date}, before the audit date {}.",
                        self.settings.audit_date
                    ),
                ));
                continue;
            }
            if !findings.iter().any(|f| f.rule == rule) {
                out.host_findings.push((
                    host_rules::UNUSED.id,
                    format!("/waivers/{i}/rule"),
                    if self.rules.get(rule).is_some_and(|r| r.disabled) {
                        format!(
                            "The waiver of `{rule}` waives nothing: the rule is disabled by the profile."
                        )
                    } else {
                        format!("The waiver of `{rule}` waives nothing: the rule found no problem.")
                    },
                ));
                continue;
            }
            out.waived.entry(rule.to_owned()).or_insert(Waiver {
                reason: text("reason").unwrap_or_default(),
                approved_by: text("approved_by"),
                expires,
            });
        }
        out
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
            accord_version: env!("CARGO_PKG_VERSION"),
            audit_date: self.settings.audit_date.to_string(),
            profile: ProfileRef {
                name: self.settings.profile.name.clone(),
                sha256: self.settings.profile.sha256.clone(),
            },
            config: self.settings.config.clone(),
            allow_unpinned: self.settings.allow_unpinned,
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
            disabled: self.disabled.clone(),
            overrides: self.overrides.clone(),
            errors: Vec::new(),
            plugin_failures: Vec::new(),
            plugins: self.plugin_refs.clone(),
            packs: self.pack_refs.clone(),
            waived_count: self.settings.profile.waivers == WaiverPolicy::ReportOnly,
            baseline: None,
        }
    }

    fn errors(&self, checked: &Checked) -> Vec<ReportError> {
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
                    message: d.message.clone(),
                    path: d.path.clone(),
                    line: loc.map(|l| l.line),
                    column: loc.map(|l| l.column),
                    help: d.help.clone(),
                }
            })
            .collect()
    }
}

#[derive(Default)]
struct Waivers {
    /// Rule id → the waiver that covers its findings.
    waived: HashMap<String, Waiver>,
    /// (host rule id, path, message).
    host_findings: Vec<(&'static str, String, String)>,
}

/// The first sentence of a text: the one-line fix.
pub fn first_sentence(text: &str) -> String {
    // Paragraphs are wrapped in doc comments: join lines of the first paragraph.
    let paragraph = text
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .replace('\n', " ");
    // A sentence ends at ". " before a capital letter (so "e.g. this" does not end one).
    let end = paragraph
        .match_indices(". ")
        .find(|(i, _)| paragraph[i + 2..].starts_with(|c: char| c.is_uppercase()))
        .map_or(paragraph.len(), |(i, _)| i + 1);
    paragraph[..end].trim().to_owned()
}

/// Findings in the contract order: rule id, then path with array indices compared as numbers.
pub fn sort_findings(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        a.rule
            .cmp(&b.rule)
            .then_with(|| compare_paths(&a.path, &b.path))
    });
}

fn compare_paths(a: &str, b: &str) -> std::cmp::Ordering {
    let mut ta = a.split('/');
    let mut tb = b.split('/');
    loop {
        match (ta.next(), tb.next()) {
            (None, None) => return std::cmp::Ordering::Equal,
            (None, Some(_)) => return std::cmp::Ordering::Less,
            (Some(_), None) => return std::cmp::Ordering::Greater,
            (Some(x), Some(y)) => {
                let ord = match (x.parse::<u64>(), y.parse::<u64>()) {
                    (Ok(i), Ok(j)) => i.cmp(&j),
                    _ => x.cmp(y),
                };
                if ord.is_ne() {
                    return ord;
                }
            }
        }
    }
}

/// The first 16 hex digits of sha256(rule + "\n" + path), where each array index of an entry
/// with an `id` becomes `@id`, so findings survive reordering of lists with ids.
pub fn fingerprint(rule: &str, path: &str, charter: &Value) -> String {
    let mut stable = String::with_capacity(path.len());
    let mut node = Some(charter);
    for token in path.split('/').skip(1) {
        let next = match node {
            Some(Value::Array(items)) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            Some(Value::Object(map)) => map.get(&crate::source::unescape(token)),
            _ => None,
        };
        stable.push('/');
        match (node, next.and_then(|n| n.get("id")).and_then(Value::as_str)) {
            (Some(Value::Array(_)), Some(id)) => {
                stable.push('@');
                stable.push_str(id);
            }
            _ => stable.push_str(token),
        }
        node = next;
    }
    use sha2::{Digest, Sha256};
    let digest = Sha256::new()
        .chain_update(rule)
        .chain_update("\n")
        .chain_update(&stable)
        .finalize();
    crate::hex(&digest[..8])
}

/// Today's date in UTC, from the system clock.
pub fn today() -> Date {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    Date::from_days_since_epoch((secs / 86_400) as i64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn fingerprints_use_ids_where_entries_have_them() {
        let charter =
            json!({"partners": [{"id": "a"}, {"id": "b"}], "goals": [{"statement": "x"}]});
        let swapped =
            json!({"partners": [{"id": "b"}, {"id": "a"}], "goals": [{"statement": "x"}]});
        assert_eq!(
            fingerprint("r.x", "/partners/1/seeks", &charter),
            fingerprint("r.x", "/partners/0/seeks", &swapped)
        );
        assert_ne!(
            fingerprint("r.x", "/partners/1/seeks", &charter),
            fingerprint("r.y", "/partners/1/seeks", &charter)
        );
        let expected = &crate::sha256_hex(b"r.x\n/partners/@b/seeks")[..16];
        assert_eq!(fingerprint("r.x", "/partners/1/seeks", &charter), expected);
        // A list without ids keeps the index; an absent path keeps its tokens.
        let expected = &crate::sha256_hex(b"r.x\n/goals/0/benchmarks")[..16];
        assert_eq!(
            fingerprint("r.x", "/goals/0/benchmarks", &charter),
            expected
        );
    }

    #[test]
    fn paths_sort_with_numeric_indices() {
        let mut paths = ["/p/10/a", "/p/9/a", "/p/9", "/q"];
        paths.sort_by(|a, b| compare_paths(a, b));
        assert_eq!(paths, ["/p/9", "/p/9/a", "/p/10/a", "/q"]);
    }

    #[test]
    fn first_sentence_is_the_one_line_fix() {
        assert_eq!(
            first_sentence("Publish it. Then link it.\nMore."),
            "Publish it."
        );
        assert_eq!(
            first_sentence("Add a\nbudget. Then more.\n\nNext paragraph."),
            "Add a budget."
        );
        assert_eq!(first_sentence("Set e.g. this"), "Set e.g. this");
    }
}
