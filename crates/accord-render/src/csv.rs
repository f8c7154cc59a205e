//! `--format csv`: a header row, then one row per charter as each report is written. RFC 4180
//! quoting (the `csv` crate), LF line ends; a null prints as an empty field. Control characters
//! in a path, id or name show as escapes (`\u{1b}`), as in every report a person reads.
//!
//! A text cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
//! `'`, so a spreadsheet shows it as text instead of running it as a formula (OWASP's advice
//! against CSV injection). Numbers stay numbers: `score`, the counts and `score_change` are
//! written as plain numbers, negative ones included.
//!
//! Columns: `path, id, name, status, verdict, score, grade, errors, warnings, infos, waived`
//! (counts of unwaived findings by severity, host rules included; for an invalid charter
//! `errors` counts its validation errors); with `--baseline` also `score_change, new, resolved`.

use accord_core::Audit;
use accord_core::baseline::Seen;
use accord_core::report::Report;
use accord_core::summary::{Row, Summary};

use crate::{Context, Format, Parts, status_str};

const COLUMNS: &[&str] = &[
    "path", "id", "name", "status", "verdict", "score", "grade", "errors", "warnings", "infos",
    "waived",
];
const BASELINE_COLUMNS: &[&str] = &["score_change", "new", "resolved"];

/// `--format csv`.
pub struct Csv;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "csv",
    help: "one row per charter: path, id, name, status, verdict, score, grade, errors, warnings, infos, waived (a text cell that starts like a formula gets a leading ')",
    format: &Csv,
    media_type: "text/csv; charset=utf-8",
};

impl Format for Csv {
    fn begin(&self, ctx: &Context<'_>, out: &mut Vec<u8>) {
        let mut header: Vec<&str> = COLUMNS.to_vec();
        if ctx.baseline {
            header.extend_from_slice(BASELINE_COLUMNS);
        }
        write_record(out, &header);
    }

    fn charter(&self, audit: &Audit, ctx: &Context<'_>, out: &mut Vec<u8>) {
        let row = Row::of(&audit.report);
        let mut fields = row_fields(&row);
        if ctx.baseline {
            fields.extend(baseline_fields(&audit.report));
        }
        write_record(out, &fields);
    }

    fn end(
        &self,
        _summary: &Summary,
        _parts: &mut Parts,
        _ctx: &Context<'_>,
        _out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        Ok(())
    }
}

/// One record with its line end.
fn write_record<T: AsRef<[u8]>>(out: &mut Vec<u8>, fields: &[T]) {
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::Any(b'\n'))
        .from_writer(out);
    // Writing to a Vec cannot fail.
    let _ = writer.write_record(fields);
    let _ = writer.flush();
}

/// A text cell: control characters shown as escapes ([`crate::escape::visible`]), and a `'`
/// before a first character that a spreadsheet would read as the start of a formula.
fn text(value: &str) -> String {
    let shown = crate::escape::visible(value);
    if shown.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{shown}")
    } else {
        shown.into_owned()
    }
}

/// One charter's fields. The counts are those of the summary row: unwaived findings by
/// severity (host rules included; validation errors for an invalid charter).
fn row_fields(r: &Row) -> Vec<String> {
    vec![
        text(&r.path),
        text(r.id.as_deref().unwrap_or("")),
        text(r.name.as_deref().unwrap_or("")),
        status_str(r.status).to_owned(),
        r.verdict.as_str().to_owned(),
        r.score.map(|s| format!("{s:.1}")).unwrap_or_default(),
        r.grade.map(|g| g.as_str()).unwrap_or("").to_owned(),
        r.counts.errors.to_string(),
        r.counts.warnings.to_string(),
        r.counts.infos.to_string(),
        r.waived.to_string(),
    ]
}

/// The baseline columns of a report: overall score change, new findings, resolved findings
/// (empty when the charter was not in the baseline).
fn baseline_fields(report: &Report) -> [String; 3] {
    let new = report
        .findings
        .iter()
        .filter(|f| f.baseline == Some(Seen::New))
        .count();
    match &report.baseline {
        Some(c) => [
            c.score_change
                .overall
                .map(|d| format!("{d:.1}"))
                .unwrap_or_default(),
            new.to_string(),
            c.resolved.len().to_string(),
        ],
        None => [String::new(), new.to_string(), String::new()],
    }
}

#[cfg(test)]
mod tests {
    use accord_core::report::{Counts, Grade, Status, Verdict};

    use super::*;

    fn sample() -> Row {
        Row {
            path: "charters/a.toml".into(),
            id: Some("water".into()),
            name: Some("Water, \"Sanitation\" & Hygiene".into()),
            verdict: Verdict::Fail,
            score: Some(27.66),
            grade: Some(Grade::F),
            status: Status::Audited,
            counts: Counts {
                errors: 7,
                warnings: 29,
                infos: 3,
            },
            waived: 1,
            input: 0,
            categories: Default::default(),
            failed_rules: Box::default(),
            errors: Box::default(),
        }
    }

    fn line<T: AsRef<[u8]>>(fields: &[T]) -> String {
        let mut out = Vec::new();
        write_record(&mut out, fields);
        String::from_utf8(out).expect("UTF-8")
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(line(&["plain text", "a,b"]), "plain text,\"a,b\"\n");
        assert_eq!(line(&["say \"hi\"", ""]), "\"say \"\"hi\"\"\",\n");
        assert_eq!(line(&["two\nlines", "cr\r"]), "\"two\nlines\",\"cr\r\"\n");
    }

    #[test]
    fn a_row_has_every_column() {
        assert_eq!(
            line(&row_fields(&sample())),
            "charters/a.toml,water,\"Water, \"\"Sanitation\"\" & Hygiene\",audited,fail,27.7,F,7,29,3,1\n"
        );
        assert_eq!(COLUMNS.len(), 11);
    }

    #[test]
    fn formulas_are_defused_and_numbers_stay_numbers() {
        for (name, cell) in [
            ("=HYPERLINK(\"https://evil.example\",\"x\")", "'=HYPERLINK("),
            ("+1+2", "'+1+2"),
            ("-2+3", "'-2+3"),
            ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
            ("\tindented", "'\tindented"),
            ("a = b", "a = b"),
        ] {
            let r = Row {
                name: Some(name.into()),
                path: "-dash.toml".into(),
                ..sample()
            };
            let fields = row_fields(&r);
            assert!(fields[2].starts_with(cell), "{name:?} -> {:?}", fields[2]);
            assert_eq!(fields[0], "'-dash.toml");
        }
        // A leading carriage return shows as its escape, which needs no guard.
        assert_eq!(text("\r=1"), "\\r=1");
        assert_eq!(text("=1"), "'=1");
        // Numbers are never guarded, negative ones included.
        let mut report = crate::sample::sample_report();
        report.baseline = Some(accord_core::baseline::Comparison {
            matched_by: "id",
            resolved: Vec::new(),
            resolved_rules: Vec::new(),
            score_change: accord_core::baseline::ScoreChange {
                overall: Some(-12.5),
                categories: Default::default(),
            },
        });
        assert_eq!(baseline_fields(&report)[0], "-12.5");
    }

    #[test]
    fn nulls_print_as_empty_fields() {
        let r = Row {
            id: None,
            name: None,
            verdict: Verdict::Invalid,
            score: None,
            grade: None,
            status: Status::Invalid,
            counts: Counts {
                errors: 2,
                ..Counts::default()
            },
            waived: 0,
            ..sample()
        };
        assert_eq!(
            line(&row_fields(&r)),
            "charters/a.toml,,,invalid,invalid,,,2,0,0,0\n"
        );
    }
}
