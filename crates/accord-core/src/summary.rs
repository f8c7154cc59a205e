//! The batch summary: one small row per charter, kept after its report is written, and the
//! ranking (overall score descending, then path; invalid and error rows last); and the batch's
//! statistics (which rules fail most, which validation errors recur), folded from each row as
//! it is kept.

use std::collections::{BTreeMap, HashMap};
use std::sync::{PoisonError, RwLock};

use serde::Serialize;

use crate::catalogue::host::HOST_RULES;
use crate::diagnostic::Kind;
use crate::inputs::Skipped;
use crate::report::{Counts, Grade, Report, Status, Verdict};

/// What is kept of one charter after its report is written: at 100,000 charters these rows are
/// most of the run's memory, so they hold boxed strings and 32-bit counts.
#[derive(Debug, Clone, Serialize)]
pub struct Row {
    pub path: Box<str>,
    pub id: Option<Box<str>>,
    pub name: Option<Box<str>>,
    pub verdict: Verdict,
    pub score: Option<f64>,
    pub grade: Option<Grade>,
    #[serde(skip)]
    pub status: Status,
    /// Unwaived findings by severity (host rules included); for an invalid charter, `errors`
    /// counts its validation errors.
    #[serde(skip)]
    pub counts: Counts,
    /// Findings that carry a waiver (whatever the waiver policy).
    #[serde(skip)]
    pub waived: u32,
    /// Its place in the input order (set by whoever collects the rows).
    #[serde(skip)]
    pub input: u32,
    /// Each category's score, as in the report (empty when not audited).
    #[serde(skip)]
    pub categories: CategoryScores,
    /// The scored rules with a finding that counts against the verdict (audited charters
    /// only), once each. Taken by [`Statistics::add`] when the row is kept.
    #[serde(skip)]
    pub failed_rules: Box<[Box<str>]>,
    /// An invalid charter's validation errors, one per (kind, place). Taken by
    /// [`Statistics::add`] when the row is kept.
    #[serde(skip)]
    pub errors: Box<[ErrorKey]>,
}

/// A row's score per category, in 8 bytes each: the category as an index into a process-wide
/// list of category names (there are a handful, and every row repeats them) and the score as an
/// `f32` (scores have one decimal; NaN for a category without one).
#[derive(Debug, Clone, Default)]
pub struct CategoryScores(Box<[(u32, f32)]>);

/// The category names rows refer to. It only grows by names not seen before: one per category
/// of the loaded plugins and packs.
static CATEGORY_NAMES: RwLock<Vec<&'static str>> = RwLock::new(Vec::new());

impl CategoryScores {
    pub fn of(scores: &BTreeMap<String, Option<f64>>) -> CategoryScores {
        CategoryScores(
            scores
                .iter()
                .map(|(name, score)| (category_index(name), score.map_or(f32::NAN, |s| s as f32)))
                .collect(),
        )
    }

    /// (category, score) in category order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static str, Option<f64>)> + '_ {
        let names = CATEGORY_NAMES
            .read()
            .unwrap_or_else(PoisonError::into_inner);
        let named: Vec<(&'static str, Option<f64>)> = self
            .0
            .iter()
            .map(|&(i, score)| {
                let name = names.get(i as usize).copied().unwrap_or("");
                (name, (!score.is_nan()).then_some(f64::from(score)))
            })
            .collect();
        named.into_iter()
    }

    /// The score in `category`, if the charter has one. Called per cell of the ranked table, so
    /// it looks the name up once and builds no list.
    pub fn get(&self, category: &str) -> Option<f64> {
        let index = CATEGORY_NAMES
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .iter()
            .position(|n| *n == category)? as u32;
        let &(_, score) = self.0.iter().find(|(i, _)| *i == index)?;
        (!score.is_nan()).then_some(f64::from(score))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

fn category_index(name: &str) -> u32 {
    let find = |names: &[&'static str]| names.iter().position(|n| *n == name);
    let names = CATEGORY_NAMES
        .read()
        .unwrap_or_else(PoisonError::into_inner);
    if let Some(i) = find(&names) {
        return i as u32;
    }
    drop(names);
    let mut names = CATEGORY_NAMES
        .write()
        .unwrap_or_else(PoisonError::into_inner);
    let i = find(&names).unwrap_or_else(|| {
        // Leaked on purpose: a few bytes per category name, for the life of the process.
        names.push(Box::leak(name.into()));
        names.len() - 1
    });
    i as u32
}

/// A validation error as the statistics group it: its kind and where (a JSON Pointer with
/// array indices as `*`, so the same mistake in any list entry counts together), with one
/// message as an example.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorKey {
    pub kind: Kind,
    pub place: Box<str>,
    pub message: Box<str>,
}

impl Row {
    pub fn of(report: &Report) -> Row {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut counts = report.unwaived_counts();
        if report.status == Status::Invalid {
            counts.errors = count(report.errors.len());
        }
        let mut failed_rules: Vec<Box<str>> = Vec::new();
        if report.status == Status::Audited {
            // Findings come sorted by rule: a rule repeats only next to itself.
            for f in report.unwaived() {
                let host = HOST_RULES.iter().any(|h| h.id == f.rule);
                if !host && failed_rules.last().is_none_or(|r| **r != *f.rule) {
                    failed_rules.push(f.rule.as_str().into());
                }
            }
        }
        let mut errors: Vec<ErrorKey> = Vec::new();
        if report.status == Status::Invalid {
            for e in &report.errors {
                let place = generic_place(e.path.as_deref().unwrap_or(""));
                if !errors.iter().any(|k| k.kind == e.kind && k.place == place) {
                    errors.push(ErrorKey {
                        kind: e.kind,
                        place,
                        message: e.message.as_str().into(),
                    });
                }
            }
        }
        Row {
            path: report.charter.path.as_str().into(),
            id: report.charter.id.as_deref().map(Into::into),
            name: report.charter.name.as_deref().map(Into::into),
            verdict: report.verdict,
            score: report.score.overall,
            grade: report.score.grade,
            status: report.status,
            counts,
            waived: count(report.waived()),
            input: 0,
            categories: CategoryScores::of(&report.score.categories),
            failed_rules: failed_rules.into(),
            errors: errors.into(),
        }
    }

    /// This charter's score in `category`, if it has one.
    pub fn category_score(&self, category: &str) -> Option<f64> {
        self.categories.get(category)
    }
}

/// A JSON Pointer with each array index as `*`: `/partners/2/base` → `/partners/*/base`.
fn generic_place(pointer: &str) -> Box<str> {
    pointer
        .split('/')
        .map(|t| {
            if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
                "*"
            } else {
                t
            }
        })
        .collect::<Vec<_>>()
        .join("/")
        .into()
}

/// What the batch statistics keep: per failed rule and per recurring validation error, a count
/// of charters. Folded from each row as it is kept, so no report is held.
#[derive(Debug, Clone, Default)]
pub struct Statistics {
    rules: HashMap<Box<str>, u32>,
    errors: HashMap<(Kind, Box<str>), (u32, Box<str>)>,
}

impl Statistics {
    /// Counts the row's failed rules and validation errors, and empties its lists.
    pub fn add(&mut self, row: &mut Row) {
        for rule in std::mem::take(&mut row.failed_rules) {
            *self.rules.entry(rule).or_default() += 1;
        }
        for e in std::mem::take(&mut row.errors) {
            let entry = self
                .errors
                .entry((e.kind, e.place))
                .or_insert((0, e.message));
            entry.0 += 1;
        }
    }
}

/// A validation error that several invalid charters share.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ErrorCount {
    pub kind: Kind,
    /// Where, as a JSON Pointer with array indices as `*` (empty for the whole file).
    pub place: String,
    /// The message of its first occurrence.
    pub example: String,
    /// Invalid charters with this error.
    pub charters: u32,
}

/// `{"type": "summary", …}`, the last line of a JSON Lines batch.
#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    #[serde(rename = "type")]
    pub kind: &'static str,
    pub charters: usize,
    pub pass: usize,
    pub fail: usize,
    pub invalid: usize,
    pub error: usize,
    /// What the directory walks left out, by cause (set by whoever gathered the inputs).
    pub skipped: Skipped,
    /// Each rule that failed somewhere → the number of audited charters where it failed.
    pub rule_counts: BTreeMap<String, u32>,
    /// The validation errors shared by two or more invalid charters, most frequent first.
    #[serde(skip)]
    pub recurring_errors: Vec<ErrorCount>,
    pub ranking: Vec<Row>,
}

impl Summary {
    pub fn new(rows: Vec<Row>) -> Summary {
        Summary::with_statistics(rows, Statistics::default())
    }

    /// The summary of rows whose failed rules and errors were (partly) already counted into
    /// `statistics` as they came.
    pub fn with_statistics(mut rows: Vec<Row>, mut statistics: Statistics) -> Summary {
        for row in &mut rows {
            statistics.add(row);
        }
        rank(&mut rows);
        let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
        let mut recurring_errors: Vec<ErrorCount> = statistics
            .errors
            .into_iter()
            .filter(|(_, (n, _))| *n > 1)
            .map(|((kind, place), (charters, example))| ErrorCount {
                kind,
                place: place.into(),
                example: example.into(),
                charters,
            })
            .collect();
        recurring_errors.sort_by(|a, b| {
            b.charters
                .cmp(&a.charters)
                .then_with(|| a.place.cmp(&b.place))
                .then_with(|| a.kind.as_str().cmp(b.kind.as_str()))
        });
        Summary {
            kind: "summary",
            charters: rows.len(),
            pass: count(Verdict::Pass),
            fail: count(Verdict::Fail),
            invalid: count(Verdict::Invalid),
            error: count(Verdict::Error),
            skipped: Skipped::default(),
            rule_counts: statistics
                .rules
                .into_iter()
                .map(|(rule, n)| (rule.into(), n))
                .collect(),
            recurring_errors,
            ranking: rows,
        }
    }

    /// Charters that were audited (a pass or fail verdict): what rule shares are out of.
    pub fn audited(&self) -> usize {
        self.pass + self.fail
    }

    /// The rules that failed on most audited charters, most first (then by id), at most `n`.
    pub fn most_failed(&self, n: usize) -> Vec<(&str, u32)> {
        let mut rules: Vec<(&str, u32)> = self
            .rule_counts
            .iter()
            .map(|(rule, count)| (rule.as_str(), *count))
            .collect();
        rules.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
        rules.truncate(n);
        rules
    }
}

/// Orders rows: audited ones by score descending (null scores after scored ones), then path;
/// invalid and error rows last, by path.
pub fn rank(rows: &mut [Row]) {
    rows.sort_by(ranking);
}

/// The ranking as a comparison, for callers that sort something holding rows.
pub fn ranking(a: &Row, b: &Row) -> std::cmp::Ordering {
    let group = |r: &Row| match (r.status, r.score) {
        (Status::Audited, Some(_)) => 0,
        (Status::Audited, None) => 1,
        _ => 2,
    };
    group(a)
        .cmp(&group(b))
        .then_with(|| b.score.unwrap_or(0.0).total_cmp(&a.score.unwrap_or(0.0)))
        .then_with(|| a.path.cmp(&b.path))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of `status`, with the verdict that status gives.
    pub(super) fn row(path: &str, status: Status, score: Option<f64>) -> Row {
        Row {
            path: path.into(),
            id: None,
            name: None,
            verdict: match status {
                Status::Audited => Verdict::Fail,
                Status::Invalid => Verdict::Invalid,
                Status::Error => Verdict::Error,
            },
            score,
            grade: None,
            status,
            counts: Counts::default(),
            waived: 0,
            input: 0,
            categories: CategoryScores::default(),
            failed_rules: Box::default(),
            errors: Box::default(),
        }
    }

    #[test]
    fn ranking_order() {
        let mut rows = vec![
            row("e", Status::Invalid, None),
            row("b", Status::Audited, Some(50.0)),
            row("d", Status::Audited, None),
            row("a", Status::Audited, Some(50.0)),
            row("c", Status::Audited, Some(90.0)),
            row("f", Status::Error, None),
        ];
        rank(&mut rows);
        let order: Vec<_> = rows.iter().map(|r| &*r.path).collect();
        assert_eq!(order, ["c", "a", "b", "d", "e", "f"]);
    }
}

#[cfg(test)]
mod statistics_tests {
    use super::*;

    fn audited(path: &str, failed: &[&str]) -> Row {
        let mut row = super::tests::row(path, Status::Audited, None);
        row.failed_rules = failed.iter().map(|r| (*r).into()).collect();
        row
    }

    fn invalid(path: &str, errors: &[(Kind, &str, &str)]) -> Row {
        let mut row = super::tests::row(path, Status::Invalid, None);
        row.errors = errors
            .iter()
            .map(|(kind, place, message)| ErrorKey {
                kind: *kind,
                place: (*place).into(),
                message: (*message).into(),
            })
            .collect();
        row
    }

    #[test]
    fn rules_and_recurring_errors_are_counted_as_rows_come() {
        let mut stats = Statistics::default();
        let mut first = audited("a", &["x.one", "x.two"]);
        stats.add(&mut first);
        assert!(first.failed_rules.is_empty(), "the row keeps no list");
        let rows = vec![
            first,
            audited("b", &["x.two"]),
            invalid(
                "c",
                &[
                    (Kind::Required, "/exit", "`exit` is missing"),
                    (Kind::Type, "/budget/total", "not a number"),
                ],
            ),
            invalid(
                "d",
                &[(Kind::Required, "/exit", "`exit` is missing here too")],
            ),
        ];
        let summary = Summary::with_statistics(rows, stats);
        assert_eq!(summary.audited(), 2);
        assert_eq!(
            summary.rule_counts,
            BTreeMap::from([("x.one".to_owned(), 1), ("x.two".to_owned(), 2)])
        );
        assert_eq!(summary.most_failed(1), [("x.two", 2)]);
        assert_eq!(
            summary.recurring_errors,
            [ErrorCount {
                kind: Kind::Required,
                place: "/exit".into(),
                example: "`exit` is missing".into(),
                charters: 2,
            }],
            "an error of one charter does not recur"
        );
        assert!(
            summary
                .ranking
                .iter()
                .all(|r| r.failed_rules.is_empty() && r.errors.is_empty())
        );
        let json = serde_json::to_value(&summary).expect("JSON");
        assert_eq!(json["rule_counts"]["x.two"], 2);
        assert!(json.get("recurring_errors").is_none());
    }

    #[test]
    fn category_scores_keep_one_decimal_and_nulls() {
        let scores = BTreeMap::from([
            ("exit".to_owned(), Some(52.9)),
            ("humility".to_owned(), None),
            ("transparency".to_owned(), Some(100.0)),
        ]);
        let kept = CategoryScores::of(&scores);
        let back: Vec<(&str, Option<String>)> = kept
            .iter()
            .map(|(c, s)| (c, s.map(|s| format!("{s:.1}"))))
            .collect();
        assert_eq!(
            back,
            [
                ("exit", Some("52.9".to_owned())),
                ("humility", None),
                ("transparency", Some("100.0".to_owned()))
            ]
        );
        assert_eq!(
            kept.get("exit").map(|s| format!("{s:.1}")),
            Some("52.9".into())
        );
        assert_eq!(kept.get("nowhere"), None);
        // Every one-decimal score survives the trip through f32.
        for tenths in 0..=1000 {
            let score = f64::from(tenths) / 10.0;
            let kept = CategoryScores::of(&BTreeMap::from([("c".to_owned(), Some(score))]));
            assert_eq!(
                format!("{:.1}", kept.get("c").expect("kept")),
                format!("{score:.1}")
            );
        }
    }

    #[test]
    fn list_indices_are_one_place() {
        assert_eq!(&*generic_place("/partners/2/base"), "/partners/*/base");
        assert_eq!(&*generic_place(""), "");
        assert_eq!(&*generic_place("/a1/b"), "/a1/b");
    }
}
