//! Verdict: scores, grade and pass/fail.
//!
//! Weights are integers (error 5, warning 2, info 0) and every comparison is made in integers
//! (grades, `fail_under`), with one rounding at the end for display, so no float error can flip
//! a grade. A rule passes when it has no finding that counts against it.

use std::collections::BTreeMap;

use accord_plugin::Severity;

use crate::catalogue::Catalogue;
use crate::lang::{Arg, Lang, t};
use crate::report::{Finding, Grade, ReasonKind, RuleCounts, Score, Verdict, VerdictReason};

/// How findings are judged in a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Policy {
    /// Fail a charter whose exact score is under this many thousandths of a point.
    pub fail_under_milli: u64,
    /// Any unwaived warning fails the verdict.
    pub deny_warnings: bool,
    /// `waivers = "report-only"`: a waived finding counts as unwaived.
    pub report_only: bool,
}

impl Policy {
    /// Whether a finding counts against its rule (and the verdict).
    pub fn counts_against(&self, f: &Finding) -> bool {
        f.waiver.is_none() || self.report_only
    }
}

impl Policy {
    /// `fail_under` as a score (the policy keeps thousandths of a point).
    pub fn fail_under(&self) -> f64 {
        self.fail_under_milli as f64 / 1000.0
    }
}

/// The judgement of one audited charter.
#[derive(Debug, Clone)]
pub struct Judgement {
    pub score: Score,
    pub rules: RuleCounts,
    pub verdict: Verdict,
    /// Why it fails (empty for a pass): every reason that holds, in a fixed order.
    pub reasons: Vec<VerdictReason>,
}

/// Scores the scored rules of `catalogue` on these findings and gives the verdict.
pub fn judge(
    findings: &[Finding],
    not_applicable: &[String],
    catalogue: &Catalogue,
    policy: &Policy,
    lang: Lang,
) -> Judgement {
    let results: Vec<RuleResult<'_>> = catalogue
        .scored()
        .map(|rule| {
            let id = rule.id();
            let mut of_rule = findings.iter().filter(|f| f.rule == id).peekable();
            let any = of_rule.peek().is_some();
            let (mut against, mut all_waived) = (false, true);
            for f in of_rule {
                against |= policy.counts_against(f);
                all_waived &= f.waiver.is_some();
            }
            let state = if against {
                RuleState::Failed
            } else if not_applicable.iter().any(|na| na == id) {
                RuleState::NotApplicable
            } else {
                RuleState::Passed
            };
            RuleResult {
                category: &rule.meta.category,
                severity: rule.severity,
                state,
                waived: any && all_waived,
            }
        })
        .collect();
    let (score, rules, tally) = score(&results);
    let unwaived = |severity: Severity| {
        findings
            .iter()
            .filter(|f| f.severity == severity && policy.counts_against(f))
            .count()
    };
    let mut reasons = Vec::new();
    let errors = unwaived(Severity::Error);
    if errors > 0 {
        reasons.push(VerdictReason {
            kind: ReasonKind::UnwaivedErrors,
            message: t!(lang, "verdict-unwaived-errors", count = errors),
        });
    }
    if tally.is_under(policy.fail_under_milli) {
        reasons.push(VerdictReason {
            kind: ReasonKind::UnderFailUnder,
            // A score is under the threshold only when rules applied, so it has one.
            message: t!(
                lang,
                "verdict-under-fail-under",
                score = Arg::decimal(score.overall.unwrap_or(0.0), 1),
                fail_under = policy.fail_under().to_string()
            ),
        });
    }
    let warnings = unwaived(Severity::Warning);
    if policy.deny_warnings && warnings > 0 {
        reasons.push(VerdictReason {
            kind: ReasonKind::DeniedWarnings,
            message: t!(lang, "verdict-denied-warnings", count = warnings),
        });
    }
    Judgement {
        score,
        rules,
        verdict: if reasons.is_empty() {
            Verdict::Pass
        } else {
            Verdict::Fail
        },
        reasons,
    }
}

/// What became of one evaluated rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleState {
    Passed,
    Failed,
    NotApplicable,
}

/// One evaluated, scored rule (host rules are never scored).
#[derive(Debug, Clone)]
pub struct RuleResult<'a> {
    pub category: &'a str,
    pub severity: Severity,
    pub state: RuleState,
    /// Every finding of the rule is waived.
    pub waived: bool,
}

/// Passed and applicable weight of a set of rules.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    pub passed: u64,
    pub applicable: u64,
}

impl Tally {
    fn add(&mut self, r: &RuleResult<'_>) {
        let w = r.severity.weight();
        match r.state {
            RuleState::Passed => {
                self.passed += w;
                self.applicable += w;
            }
            RuleState::Failed => self.applicable += w,
            RuleState::NotApplicable => {}
        }
    }

    /// The score rounded to one decimal, half away from zero; `None` without applicable weight.
    pub fn rounded(self) -> Option<f64> {
        (self.applicable > 0).then(|| {
            // tenths = round(1000 · passed / applicable), in integers.
            let tenths = (2000 * self.passed + self.applicable) / (2 * self.applicable);
            tenths as f64 / 10.0
        })
    }

    /// A iff 100·passed ≥ 90·applicable; B ≥ 80; C ≥ 70; D ≥ 60; else F.
    pub fn grade(self) -> Option<Grade> {
        (self.applicable > 0).then(|| {
            let p = 100 * self.passed;
            let a = self.applicable;
            match () {
                _ if p >= 90 * a => Grade::A,
                _ if p >= 80 * a => Grade::B,
                _ if p >= 70 * a => Grade::C,
                _ if p >= 60 * a => Grade::D,
                _ => Grade::F,
            }
        })
    }

    /// Whether the exact score is strictly under `threshold_milli` thousandths of a point.
    /// A null score is never under.
    pub fn is_under(self, threshold_milli: u64) -> bool {
        self.applicable > 0 && 100_000 * self.passed < threshold_milli * self.applicable
    }
}

/// The score and rule counts of a set of evaluated rules.
pub fn score(results: &[RuleResult<'_>]) -> (Score, RuleCounts, Tally) {
    let mut overall = Tally::default();
    let mut categories: BTreeMap<&str, Tally> = BTreeMap::new();
    let mut counts = RuleCounts::default();
    for r in results {
        overall.add(r);
        categories.entry(r.category).or_default().add(r);
        counts.evaluated += 1;
        match r.state {
            RuleState::Passed => counts.passed += 1,
            RuleState::Failed => counts.failed += 1,
            RuleState::NotApplicable => counts.not_applicable += 1,
        }
        if r.waived {
            counts.waived += 1;
        }
    }
    let score = Score {
        overall: overall.rounded(),
        grade: overall.grade(),
        categories: categories
            .into_iter()
            .map(|(c, t)| (c.to_owned(), t.rounded()))
            .collect(),
    };
    (score, counts, overall)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule(category: &'static str, severity: Severity, state: RuleState) -> RuleResult<'static> {
        RuleResult {
            category,
            severity,
            state,
            waived: false,
        }
    }

    #[test]
    fn weights_and_categories() {
        let results = [
            rule("a", Severity::Error, RuleState::Passed),
            rule("a", Severity::Warning, RuleState::Failed),
            rule("b", Severity::Info, RuleState::Failed),
            rule("b", Severity::Error, RuleState::NotApplicable),
        ];
        let (score, counts, tally) = score(&results);
        assert_eq!(
            tally,
            Tally {
                passed: 5,
                applicable: 7
            }
        );
        assert_eq!(score.overall, Some(71.4));
        assert_eq!(score.grade, Some(Grade::C));
        assert_eq!(score.categories["a"], Some(71.4));
        // Info weighs nothing, the error is not applicable: no score.
        assert_eq!(score.categories["b"], None);
        assert_eq!(
            counts,
            RuleCounts {
                evaluated: 4,
                passed: 1,
                failed: 2,
                not_applicable: 1,
                waived: 0
            }
        );
    }

    #[test]
    fn grade_boundaries_are_exact() {
        // 9 of 10 is exactly 90: A. 89.99…: B.
        assert_eq!(
            Tally {
                passed: 9,
                applicable: 10
            }
            .grade(),
            Some(Grade::A)
        );
        assert_eq!(
            Tally {
                passed: 8999,
                applicable: 10000
            }
            .grade(),
            Some(Grade::B)
        );
        assert_eq!(
            Tally {
                passed: 8,
                applicable: 10
            }
            .grade(),
            Some(Grade::B)
        );
        assert_eq!(
            Tally {
                passed: 7,
                applicable: 10
            }
            .grade(),
            Some(Grade::C)
        );
        assert_eq!(
            Tally {
                passed: 6,
                applicable: 10
            }
            .grade(),
            Some(Grade::D)
        );
        assert_eq!(
            Tally {
                passed: 59,
                applicable: 100
            }
            .grade(),
            Some(Grade::F)
        );
        assert_eq!(Tally::default().grade(), None);
    }

    #[test]
    fn rounding_is_half_away_from_zero() {
        // 1/8 = 12.5 exactly; 2/3 = 66.666… → 66.7; 1/16 = 6.25 → 6.3.
        assert_eq!(
            Tally {
                passed: 1,
                applicable: 8
            }
            .rounded(),
            Some(12.5)
        );
        assert_eq!(
            Tally {
                passed: 2,
                applicable: 3
            }
            .rounded(),
            Some(66.7)
        );
        assert_eq!(
            Tally {
                passed: 1,
                applicable: 16
            }
            .rounded(),
            Some(6.3)
        );
        assert_eq!(
            Tally {
                passed: 0,
                applicable: 0
            }
            .rounded(),
            None
        );
    }

    #[test]
    fn under_is_strict_and_unrounded() {
        let t = Tally {
            passed: 7,
            applicable: 10,
        };
        assert!(!t.is_under(70_000));
        assert!(t.is_under(70_001));
        // 69.96 rounds to 70.0 for display but is still under 70.
        let t = Tally {
            passed: 6996,
            applicable: 10000,
        };
        assert_eq!(t.rounded(), Some(70.0));
        assert!(t.is_under(70_000));
        assert!(!Tally::default().is_under(100_000));
    }
}

#[cfg(test)]
mod judge_tests {
    use accord_plugin::RuleMeta;

    use super::*;
    use crate::catalogue::Origin;
    use crate::report::Waiver;

    fn catalogue() -> Catalogue {
        let meta = |id: &str, severity| RuleMeta {
            id: id.into(),
            category: "c".into(),
            severity,
            summary: String::new(),
            rationale: String::new(),
            fix: String::new(),
            example: String::new(),
            references: Vec::new(),
        };
        let p = || Origin::Plugin("p".into());
        Catalogue::from_rules([
            (meta("c.error", Severity::Error), p()),
            (meta("c.warning", Severity::Warning), p()),
        ])
        .expect("unique")
    }

    fn finding(rule: &str, severity: Severity, waived: bool) -> Finding {
        Finding {
            rule: rule.into(),
            category: "c".into(),
            severity,
            message: String::new(),
            path: String::new(),
            line: 1,
            column: 1,
            fix: String::new(),
            fingerprint: String::new(),
            waiver: waived.then(|| Waiver {
                reason: "r".into(),
                approved_by: None,
                expires: None,
            }),
            baseline: None,
            span: None,
        }
    }

    #[test]
    fn an_unwaived_error_fails_and_a_waived_one_passes_unless_report_only() {
        let c = catalogue();
        let honour = Policy::default();
        let found = [finding("c.error", Severity::Error, false)];
        let j = judge(&found, &[], &c, &honour, Lang::EN);
        assert_eq!(j.verdict, Verdict::Fail);
        assert_eq!(j.reasons.len(), 1);
        assert_eq!(j.reasons[0].kind, ReasonKind::UnwaivedErrors);
        assert_eq!(j.reasons[0].message, "1 unwaived error");
        // 2 of 7 weight passed.
        assert_eq!(j.score.overall, Some(28.6));
        let waived = [finding("c.error", Severity::Error, true)];
        let j = judge(&waived, &[], &c, &honour, Lang::EN);
        assert_eq!(
            (j.verdict, j.score.overall, j.rules.waived),
            (Verdict::Pass, Some(100.0), 1)
        );
        let strict = Policy {
            report_only: true,
            ..Policy::default()
        };
        assert_eq!(
            judge(&waived, &[], &c, &strict, Lang::EN).verdict,
            Verdict::Fail
        );
    }

    #[test]
    fn warnings_fail_only_when_denied_and_scores_fail_under_the_threshold() {
        let c = catalogue();
        let found = [finding("c.warning", Severity::Warning, false)];
        assert_eq!(
            judge(&found, &[], &c, &Policy::default(), Lang::EN).verdict,
            Verdict::Pass
        );
        let deny = Policy {
            deny_warnings: true,
            ..Policy::default()
        };
        let j = judge(&found, &[], &c, &deny, Lang::EN);
        assert_eq!(j.verdict, Verdict::Fail);
        assert_eq!(j.reasons[0].kind, ReasonKind::DeniedWarnings);
        assert_eq!(
            j.reasons[0].message,
            "warnings are denied and 1 warning is unwaived"
        );
        // 5 of 7: 71.4, under 72.
        let under = Policy {
            fail_under_milli: 72_000,
            ..Policy::default()
        };
        let j = judge(&found, &[], &c, &under, Lang::EN);
        assert_eq!(j.verdict, Verdict::Fail);
        assert_eq!(j.reasons[0].message, "score 71.4 is under fail_under 72");
        // Every reason that holds is named.
        let both = Policy {
            fail_under_milli: 99_500,
            deny_warnings: true,
            ..Policy::default()
        };
        let kinds: Vec<ReasonKind> = judge(&found, &[], &c, &both, Lang::EN)
            .reasons
            .iter()
            .map(|r| r.kind)
            .collect();
        assert_eq!(
            kinds,
            [ReasonKind::UnderFailUnder, ReasonKind::DeniedWarnings]
        );
        let na = ["c.warning".to_owned()];
        let j = judge(&[], &na, &c, &under, Lang::EN);
        assert_eq!((j.verdict, j.rules.not_applicable), (Verdict::Pass, 1));
    }
}
