//! `--baseline OLD.jsonl`: progress since an earlier audit. Findings are matched by fingerprint
//! (new or persisting), the old ones no longer found are resolved, and scores are compared.
//! Charters are matched by `charter.id`, else by path.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;

use serde::Serialize;
use serde_json::Value;

use crate::report::Report;

/// Whether a finding was already in the baseline.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Seen {
    New,
    Persisting,
}

/// The `baseline` object of a report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    /// `id` or `path`.
    pub matched_by: &'static str,
    /// Fingerprints of the baseline's findings that are gone.
    pub resolved: Vec<String>,
    pub score_change: ScoreChange,
    /// The rule of each resolved finding (same order), for renderers.
    #[serde(skip)]
    pub resolved_rules: Vec<String>,
}

/// New score minus old, rounded to one decimal; null where either side has no score.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ScoreChange {
    pub overall: Option<f64>,
    pub categories: BTreeMap<String, Option<f64>>,
}

/// What is kept of one old report.
struct Old {
    findings: Vec<(String, String)>,
    overall: Option<f64>,
    categories: BTreeMap<String, Option<f64>>,
}

/// An earlier run's reports, indexed by charter id and path.
pub struct Baseline {
    old: Vec<Old>,
    by_id: HashMap<String, usize>,
    by_path: HashMap<String, usize>,
}

#[derive(Debug, thiserror::Error)]
#[error("{}", self.describe(crate::lang::Lang::EN))]
pub struct BaselineError {
    pub path: String,
    /// Why, in any language (the system's or the parser's own words inside).
    pub cause: crate::lang::Message,
}

impl BaselineError {
    /// The error and its help line in `lang` (the cause as the reader or parser gave it).
    pub fn describe(&self, lang: crate::lang::Lang) -> String {
        crate::lang::with_help(
            lang,
            crate::lang::t!(
                lang,
                "baseline-unusable",
                path = self.path.as_str(),
                cause = self.cause.text(lang)
            ),
            crate::lang::t!(lang, "baseline-unusable-help"),
        )
    }
}

impl Baseline {
    pub fn from_file(path: &Path) -> Result<Baseline, BaselineError> {
        let text = std::fs::read_to_string(path).map_err(|e| BaselineError {
            path: path.display().to_string(),
            cause: crate::lang::Message::verbatim(e.to_string()),
        })?;
        Baseline::parse(&text).map_err(|cause| BaselineError {
            path: path.display().to_string(),
            cause,
        })
    }

    /// Reads JSON Lines of reports (summary lines are skipped).
    pub fn parse(text: &str) -> Result<Baseline, crate::lang::Message> {
        let mut baseline = Baseline {
            old: Vec::new(),
            by_id: HashMap::new(),
            by_path: HashMap::new(),
        };
        for (n, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let v: Value = serde_json::from_str(line).map_err(|e| {
                crate::lang::msg!("baseline-not-json", line = n + 1, error = e.to_string())
            })?;
            if v.get("type").and_then(Value::as_str) != Some("report") {
                continue;
            }
            let text_at = |p: &str| v.pointer(p).and_then(Value::as_str).map(str::to_owned);
            let findings = v
                .get("findings")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
                .filter_map(|f| {
                    Some((
                        f.get("fingerprint")?.as_str()?.to_owned(),
                        f.get("rule")?.as_str()?.to_owned(),
                    ))
                })
                .collect();
            let scores = |p: &str| v.pointer(p).and_then(Value::as_f64);
            let categories = v
                .pointer("/score/categories")
                .and_then(Value::as_object)
                .map(|c| c.iter().map(|(k, s)| (k.clone(), s.as_f64())).collect())
                .unwrap_or_default();
            let index = baseline.old.len();
            baseline.old.push(Old {
                findings,
                overall: scores("/score/overall"),
                categories,
            });
            if let Some(id) = text_at("/charter/id") {
                baseline.by_id.entry(id).or_insert(index);
            }
            if let Some(path) = text_at("/charter/path") {
                baseline.by_path.entry(path).or_insert(index);
            }
        }
        if baseline.old.is_empty() {
            return Err(crate::lang::msg!("baseline-no-reports"));
        }
        Ok(baseline)
    }

    /// Marks the report's findings new or persisting and records what changed.
    pub fn apply(&self, report: &mut Report) {
        let matched = report
            .charter
            .id
            .as_ref()
            .and_then(|id| self.by_id.get(id).map(|&i| ("id", i)))
            .or_else(|| self.by_path.get(&report.charter.path).map(|&i| ("path", i)));
        let Some((matched_by, index)) = matched else {
            for f in &mut report.findings {
                f.baseline = Some(Seen::New);
            }
            return;
        };
        let old = &self.old[index];
        let before: HashSet<&str> = old.findings.iter().map(|(fp, _)| fp.as_str()).collect();
        let now: HashSet<String> = report
            .findings
            .iter()
            .map(|f| f.fingerprint.clone())
            .collect();
        for f in &mut report.findings {
            f.baseline = Some(if before.contains(f.fingerprint.as_str()) {
                Seen::Persisting
            } else {
                Seen::New
            });
        }
        let resolved: Vec<&(String, String)> = old
            .findings
            .iter()
            .filter(|(fp, _)| !now.contains(fp))
            .collect();
        let change = |new: Option<f64>, old: Option<f64>| {
            new.zip(old).map(|(n, o)| ((n - o) * 10.0).round() / 10.0)
        };
        let mut categories: BTreeMap<String, Option<f64>> = BTreeMap::new();
        for (category, score) in &report.score.categories {
            categories.insert(
                category.clone(),
                change(*score, old.categories.get(category).copied().flatten()),
            );
        }
        report.baseline = Some(Comparison {
            matched_by,
            resolved: resolved.iter().map(|(fp, _)| fp.clone()).collect(),
            resolved_rules: resolved.iter().map(|(_, rule)| rule.clone()).collect(),
            score_change: ScoreChange {
                overall: change(report.score.overall, old.overall),
                categories,
            },
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::{CharterRef, Finding, ProfileRef, Report, Score, Status, Verdict};
    use accord_plugin::Severity;

    fn finding(rule: &str, fingerprint: &str) -> Finding {
        Finding {
            rule: rule.into(),
            category: "x".into(),
            severity: Severity::Warning,
            message: String::new(),
            path: String::new(),
            line: 1,
            column: 1,
            fix: String::new(),
            fingerprint: fingerprint.into(),
            waiver: None,
            baseline: None,
            span: None,
        }
    }

    fn report(id: Option<&str>, path: &str, overall: f64, findings: Vec<Finding>) -> Report {
        Report {
            kind: "report",
            report_version: 1,
            accord_version: "0",
            audit_date: "2026-01-01".into(),
            lang: "en",
            profile: ProfileRef {
                name: "default".into(),
                sha256: String::new(),
            },
            config: None,
            allow_unpinned: false,
            charter: CharterRef {
                path: path.into(),
                id: id.map(str::to_owned),
                name: None,
                sha256: None,
            },
            status: Status::Audited,
            verdict: Verdict::Pass,
            score: Score {
                overall: Some(overall),
                grade: None,
                categories: [("x".to_owned(), Some(overall))].into(),
            },
            findings,
            not_applicable: vec![],
            rules: None,
            disabled: vec![],
            overrides: Default::default(),
            errors: vec![],
            plugin_failures: vec![],
            plugins: vec![],
            untranslated_plugins: vec![],
            packs: vec![],
            fail_under: 0.0,
            deny_warnings: false,
            verdict_reasons: Vec::new(),
            waived_count: false,
            baseline: None,
        }
    }

    #[test]
    fn marks_new_persisting_and_resolved() {
        let old = report(
            Some("a"),
            "old/path.toml",
            60.0,
            vec![finding("r.one", "1111"), finding("r.two", "2222")],
        );
        let text = serde_json::to_string(&old).unwrap() + "\n{\"type\":\"summary\"}\n";
        let baseline = Baseline::parse(&text).unwrap();
        // Matched by id although the path changed.
        let mut new = report(
            Some("a"),
            "new/path.toml",
            72.5,
            vec![finding("r.two", "2222"), finding("r.three", "3333")],
        );
        baseline.apply(&mut new);
        let seen: Vec<_> = new.findings.iter().map(|f| f.baseline).collect();
        assert_eq!(seen, [Some(Seen::Persisting), Some(Seen::New)]);
        let c = new.baseline.unwrap();
        assert_eq!(c.matched_by, "id");
        assert_eq!(c.resolved, ["1111"]);
        assert_eq!(c.resolved_rules, ["r.one"]);
        assert_eq!(c.score_change.overall, Some(12.5));
        assert_eq!(c.score_change.categories["x"], Some(12.5));
        // Without an id, the path matches; an unknown charter has only new findings.
        let mut by_path = report(None, "old/path.toml", 60.0, vec![]);
        baseline.apply(&mut by_path);
        assert_eq!(by_path.baseline.unwrap().matched_by, "path");
        let mut stranger = report(Some("z"), "z.toml", 10.0, vec![finding("r.one", "1111")]);
        baseline.apply(&mut stranger);
        assert!(stranger.baseline.is_none());
        assert_eq!(stranger.findings[0].baseline, Some(Seen::New));
        assert!(Baseline::parse("{\"type\":\"summary\"}").is_err());
        assert!(Baseline::parse("not json").is_err());
    }
}
