//! The batch summary: one small row per charter, kept after its report is written, and the
//! ranking (overall score descending, then path; invalid and error rows last).

use serde::Serialize;

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
}

impl Row {
    pub fn of(report: &Report) -> Row {
        let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        let mut counts = report.unwaived_counts();
        if report.status == Status::Invalid {
            counts.errors = count(report.errors.len());
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
        }
    }
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
    pub ranking: Vec<Row>,
}

impl Summary {
    pub fn new(mut rows: Vec<Row>) -> Summary {
        rank(&mut rows);
        let count = |v: Verdict| rows.iter().filter(|r| r.verdict == v).count();
        Summary {
            kind: "summary",
            charters: rows.len(),
            pass: count(Verdict::Pass),
            fail: count(Verdict::Fail),
            invalid: count(Verdict::Invalid),
            error: count(Verdict::Error),
            skipped: Skipped::default(),
            ranking: rows,
        }
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

    fn row(path: &str, status: Status, score: Option<f64>) -> Row {
        Row {
            path: path.into(),
            id: None,
            name: None,
            verdict: Verdict::Pass,
            score,
            grade: None,
            status,
            counts: Counts::default(),
            waived: 0,
            input: 0,
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
