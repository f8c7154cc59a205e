//! A sample report and charter source for the renderers' unit tests.

use std::collections::BTreeMap;

use accord_core::load::Source;
use accord_core::report::{
    CharterRef, Finding, Grade, ProfileRef, Report, RuleCounts, RunInfo, Score, Status, Verdict,
    Waiver,
};
use accord_core::{Audit, Catalogue};
use accord_plugin::Severity;

use crate::{Context, Format, Writer};

/// Text that tries to take over a terminal: clear the screen, set the window title, forge a
/// link, ring the bell, return the carriage, back up a character and override the direction.
pub const HOSTILE: &str = "A\u{1b}[2J\u{1b}]0;owned\u{7}\u{1b}]8;;https://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\\rB\u{8}C\u{202e}D";

/// A charter source whose lines 3, 5 and 12 the sample findings point at.
pub const SAMPLE_SOURCE: &str = concat!(
    "charter_version = 1\n",
    "[transparency]\n",
    "open_data = \"\"\n",
    "[listening]\n",
    "feedback_channels = []\n",
    "\n\n\n\n\n",
    "[exit]\n",
    "  strategy = \"\"\n",
);

pub fn sample_source() -> Source {
    Source::new("charters/my charter.toml".into(), SAMPLE_SOURCE.to_owned())
}

fn span_of(needle: &str, line: usize) -> std::ops::Range<usize> {
    let start: usize = SAMPLE_SOURCE
        .split_inclusive('\n')
        .take(line - 1)
        .map(str::len)
        .sum::<usize>()
        + SAMPLE_SOURCE
            .lines()
            .nth(line - 1)
            .and_then(|l| l.find(needle))
            .expect("needle on its line");
    start..start + needle.len()
}

fn finding(rule: &str, severity: Severity, line: usize, column: usize, key: &str) -> Finding {
    Finding {
        rule: rule.into(),
        category: rule.split('.').next().unwrap_or_default().into(),
        severity,
        message: String::new(),
        path: String::new(),
        line,
        column,
        fix: format!("Fix {rule}."),
        fingerprint: "0123456789abcdef".into(),
        waiver: None,
        span: Some(span_of(key, line)),
        baseline: None,
    }
}

/// A failed charter with an error, a waived warning and an info, and charter text that
/// tries to inject markup.
pub fn sample_report() -> Report {
    let mut strategy = finding("exit.strategy", Severity::Error, 12, 3, "strategy");
    strategy.message = "The exit strategy is empty <b>bold</b>.".into();
    strategy.path = "/exit/strategy".into();
    let mut feedback = finding(
        "humility.feedback-loop",
        Severity::Warning,
        5,
        1,
        "feedback_channels",
    );
    feedback.message = "No feedback channel.".into();
    feedback.path = "/listening/feedback_channels".into();
    feedback.fingerprint = "fedcba9876543210".into();
    feedback.waiver = Some(Waiver {
        reason: "Agreed with the funder".into(),
        approved_by: Some("Board".into()),
        expires: Some("2030-01-01".into()),
    });
    let mut open = finding("transparency.open-data", Severity::Info, 3, 1, "open_data");
    open.message = "No open data standard.".into();
    open.path = "/transparency/open_data".into();
    open.fingerprint = "00112233aabbccdd".into();
    let mut categories = BTreeMap::new();
    categories.insert("exit".to_owned(), Some(50.0));
    categories.insert("humility".to_owned(), Some(100.0));
    categories.insert("transparency".to_owned(), None);
    Report {
        kind: "report",
        report_version: 1,
        accord_version: "0.1.0",
        audit_date: "2026-11-27".into(),
        lang: "en",
        profile: ProfileRef {
            name: "default".into(),
            sha256: "00".repeat(32),
        },
        config: None,
        allow_unpinned: false,
        charter: CharterRef {
            path: "charters/my charter.toml".into(),
            id: Some("sample".into()),
            name: Some("<script>alert(1)</script>".into()),
            sha256: Some("11".repeat(32)),
        },
        status: Status::Audited,
        verdict: Verdict::Fail,
        score: Score {
            overall: Some(72.5),
            grade: Some(Grade::C),
            categories,
        },
        findings: vec![strategy, feedback, open],
        not_applicable: vec!["humility.local-language".into()],
        rules: Some(RuleCounts {
            evaluated: 10,
            passed: 8,
            failed: 2,
            not_applicable: 1,
            waived: 1,
        }),
        disabled: Vec::new(),
        overrides: BTreeMap::new(),
        errors: Vec::new(),
        plugin_failures: Vec::new(),
        plugins: Vec::new(),
        untranslated_plugins: Vec::new(),
        packs: Vec::new(),
        fail_under: 0.0,
        deny_warnings: false,
        verdict_reasons: Vec::new(),
        waived_count: false,
        baseline: None,
    }
}

/// The sample report with its source; `report_only` sets the waiver policy.
pub fn sample_audit(report_only: bool) -> Audit {
    let mut report = sample_report();
    report.waived_count = report_only;
    Audit {
        report,
        source: Some(sample_source()),
    }
}

/// The run of the sample report.
pub fn sample_run(report_only: bool) -> RunInfo {
    let r = sample_report();
    RunInfo {
        accord_version: r.accord_version,
        audit_date: r.audit_date,
        profile: r.profile,
        config: None,
        allow_unpinned: false,
        report_only,
        plugins: Vec::new(),
        packs: Vec::new(),
        disabled: Vec::new(),
        overrides: BTreeMap::new(),
        lang: accord_core::lang::Lang::EN,
    }
}

/// The whole document of `format` for these audits (a catalogue of the host rules only).
pub fn render(format: &dyn Format, audits: &[Audit], report_only: bool) -> String {
    let catalogue = Catalogue::new(&accord_core::plugin::PluginSet::empty(), &[])
        .expect("host rules are unique");
    let run = sample_run(report_only);
    let ctx = Context {
        catalogue: &catalogue,
        run: &run,
        full: false,
        colour: false,
        baseline: false,
        batch: audits.len() > 1,
        summary_only: false,
        statistics: false,
    };
    let mut writer = Writer::new(format, ctx, Vec::new()).expect("begin");
    for audit in audits {
        let part = Writer::<Vec<u8>>::render(format, audit, &ctx);
        writer
            .push(&part, accord_core::summary::Row::of(&audit.report))
            .expect("push");
    }
    let (out, _) = writer.finish().expect("end");
    String::from_utf8(out).expect("UTF-8")
}

#[test]
fn sample_spans_sit_on_their_lines() {
    let source = sample_source();
    for f in sample_report().findings {
        let span = f.span.clone().expect("span");
        let loc = source.lines.location(&source.text, span.start);
        assert_eq!((loc.line, loc.column), (f.line, f.column), "{}", f.rule);
    }
}
