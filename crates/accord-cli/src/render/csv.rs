//! `--format csv`: one row per charter, streamed as each report is written (ARCHITECTURE.md,
//! "Batch"). RFC 4180 quoting, LF line ends; a null prints as an empty field.

use accord_core::summary::Row;

use super::status_str;

/// The header row, with its line end.
pub const HEADER: &str = "path,id,name,status,verdict,score,grade,errors,warnings,infos,waived\n";

/// The header with `--baseline`: three more columns.
pub const HEADER_WITH_BASELINE: &str = "path,id,name,status,verdict,score,grade,errors,warnings,infos,waived,score_change,new,resolved\n";

/// The baseline columns of a report: overall score change, new findings, resolved findings
/// (empty when the charter was not in the baseline).
pub fn baseline_fields(report: &accord_core::report::Report) -> [String; 3] {
    use accord_core::baseline::Seen;
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

/// A row with the baseline columns.
pub fn row_with_baseline(r: &Row, baseline: &[String; 3]) -> String {
    let mut line = row(r);
    line.pop();
    for f in baseline {
        line.push(',');
        line.push_str(f);
    }
    line.push('\n');
    line
}

/// One charter's row, with its line end. The counts are those of the summary row: unwaived
/// findings by severity (host rules included; validation errors for an invalid charter).
pub fn row(r: &Row) -> String {
    let score = r.score.map(|s| format!("{s:.1}")).unwrap_or_default();
    let fields = [
        field(&r.path),
        field(r.id.as_deref().unwrap_or("")),
        field(r.name.as_deref().unwrap_or("")),
        status_str(r.status).to_owned(),
        r.verdict.as_str().to_owned(),
        score,
        r.grade.map(|g| g.as_str()).unwrap_or("").to_owned(),
        r.counts[0].to_string(),
        r.counts[1].to_string(),
        r.counts[2].to_string(),
        r.waived.to_string(),
    ];
    let mut line = fields.join(",");
    line.push('\n');
    line
}

/// A field as RFC 4180 writes it: quoted when it holds a comma, a double quote, CR or LF, with
/// each double quote doubled.
pub fn field(text: &str) -> String {
    if text.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use accord_core::report::{Grade, Status, Verdict};

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
            counts: [7, 29, 3],
            waived: 1,
        }
    }

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(field("plain text"), "plain text");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(field("cr\r"), "\"cr\r\"");
        assert_eq!(field(""), "");
    }

    #[test]
    fn a_row_has_every_column() {
        assert_eq!(
            row(&sample()),
            "charters/a.toml,water,\"Water, \"\"Sanitation\"\" & Hygiene\",audited,fail,27.7,F,7,29,3,1\n"
        );
        assert_eq!(HEADER.trim_end().split(',').count(), 11);
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
            counts: [2, 0, 0],
            waived: 0,
            ..sample()
        };
        assert_eq!(row(&r), "charters/a.toml,,,invalid,invalid,,,2,0,0,0\n");
    }

    #[test]
    fn baseline_columns_follow_the_standard_ones() {
        let line = row_with_baseline(&sample(), &["4.4".into(), "2".into(), "1".into()]);
        assert!(line.ends_with(",1,4.4,2,1\n"), "{line}");
        assert_eq!(
            HEADER_WITH_BASELINE.split(',').count(),
            line.split(',').count() - 1
        );
    }
}
