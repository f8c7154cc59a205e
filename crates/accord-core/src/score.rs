//! Scoring (ARCHITECTURE.md, "Score"): integer weights, integer comparisons, one rounding at
//! the end for display.

use std::collections::BTreeMap;

use accord_plugin::Severity;

use crate::report::{Grade, RuleCounts, Score};

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
