//! `--format junit`: JUnit XML for CI systems. One `<testsuite name="accord">` for the run, one
//! `<testcase classname="accord" name="PATH">` per charter in path order:
//! - verdict `pass`: no child but a `<system-out>` with the grade and score;
//! - verdict `fail`: a `<failure>` whose message says why and whose text lists every failed
//!   rule's findings (unwaived ones; under report-only waivers the waived ones too), one line each:
//!   `severity rule-id line:column: message`;
//! - verdict `invalid`: an `<error type="invalid">` listing the validation errors;
//! - verdict `error`: an `<error type="error">` listing the plugin failures (and the findings of
//!   the plugins that ran).
//!
//! Written after the last charter; per charter only the testcase's text is kept.
//!
//! Text is kept as written, escaped for XML; the C0 control characters XML 1.0 cannot hold at
//! all are written as their visible escapes (`\u{1b}`), as the text report shows them.

use std::fmt::Write;

use accord_core::Audit;
use accord_core::lang::{Lang, t};
use accord_core::report::{Report, Status, Verdict};
use accord_core::summary::Summary;

use crate::{Context, Format, Parts, score_text};

/// `--format junit`: the testcases wait for the end, since the suite's counts come first.
pub struct Junit;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "junit",
    help: "JUnit XML for CI systems: one testcase per charter, failed rules in its failure",
    format: &Junit,
    media_type: "application/xml",
};

impl Format for Junit {
    fn charter(&self, audit: &Audit, _ctx: &Context<'_>, out: &mut Vec<u8>) {
        out.extend_from_slice(testcase(&audit.report).as_bytes());
    }

    fn defers_parts(&self) -> bool {
        true
    }

    fn end(
        &self,
        summary: &Summary,
        parts: &mut Parts,
        ctx: &Context<'_>,
        out: &mut dyn std::io::Write,
    ) -> std::io::Result<()> {
        let counts = format!(
            "tests=\"{}\" failures=\"{}\" errors=\"{}\"",
            summary.charters,
            summary.fail,
            summary.invalid + summary.error
        );
        let mut head = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(head, "<testsuites name=\"accord\" {counts}>");
        let _ = writeln!(head, "  <testsuite name=\"accord\" {counts} skipped=\"0\">");
        if summary.charters > 0 {
            let run = ctx.run;
            let mut properties = vec![
                ("accord_version", run.accord_version.to_owned()),
                ("audit_date", run.audit_date.clone()),
                ("profile", run.profile.name.clone()),
            ];
            if let Some(config) = &run.config {
                properties.push(("config", config.clone()));
            }
            head.push_str("    <properties>\n");
            for (name, value) in properties {
                let _ = writeln!(
                    head,
                    "      <property name=\"{name}\" value=\"{}\"/>",
                    escape_xml(&value, true)
                );
            }
            head.push_str("    </properties>\n");
        }
        out.write_all(head.as_bytes())?;
        parts.copy_all(out)?;
        out.write_all(b"  </testsuite>\n</testsuites>\n")
    }
}

/// Escapes text for XML content and quoted attribute values. The characters XML 1.0 cannot hold
/// (the C0 controls but tab, line feed and carriage return; U+FFFE and U+FFFF) are written as
/// their visible escapes (`\u{1b}`), as the text report shows them; everything else, C1 controls
/// and bidi controls included, is kept as written. In attributes, line ends become character
/// references so a parser keeps them.
pub fn escape_xml(text: &str, attribute: bool) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\n' if attribute => out.push_str("&#10;"),
            '\r' => out.push_str("&#13;"),
            '\t' if attribute => out.push_str("&#9;"),
            '\t' | '\n' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {
                out.extend(c.escape_debug())
            }
            _ => out.push(c),
        }
    }
    out
}

/// One charter's `<testcase>`.
fn testcase(r: &Report) -> String {
    let lang = crate::lang_of(r);
    let mut case = format!(
        "    <testcase classname=\"accord\" name=\"{}\">\n",
        escape_xml(&r.charter.path, true)
    );
    let failed: Vec<String> = r
        .findings
        .iter()
        .filter(|f| r.counts_against(f))
        .map(|f| {
            let line = t!(
                lang,
                "report-junit-finding",
                severity = t!(lang, "severity", severity = f.severity.as_str()),
                rule = f.rule.as_str(),
                line = f.line.to_string(),
                column = f.column.to_string(),
                message = f.message.as_str()
            );
            match &f.waiver {
                Some(w) => t!(
                    lang,
                    "report-junit-waived",
                    finding = line,
                    reason = w.reason.as_str()
                ),
                None => line,
            }
        })
        .collect();
    let mut rules: Vec<&str> = r
        .findings
        .iter()
        .filter(|f| r.counts_against(f))
        .map(|f| f.rule.as_str())
        .collect();
    rules.dedup();
    let name = r
        .charter
        .name
        .clone()
        .unwrap_or_else(|| t!(lang, "report-unnamed"));
    match r.verdict {
        Verdict::Pass => {
            let line = t!(
                lang,
                "report-junit-pass",
                name = name,
                score = score_phrase(r, lang)
            );
            let _ = writeln!(
                case,
                "      <system-out>{}</system-out>",
                escape_xml(&line, false)
            );
        }
        Verdict::Fail => {
            let counts = r.unwaived_counts();
            // A failing verdict is an audited charter's: it has its reasons.
            let mut why = crate::verdict_reasons(r).unwrap_or_default();
            if !rules.is_empty() {
                why.push_str("; ");
                why.push_str(&t!(
                    lang,
                    "report-junit-failed-rules",
                    rules = rules.len(),
                    findings = failed.len(),
                    errors = counts.errors,
                    warnings = counts.warnings,
                    infos = counts.infos
                ));
            }
            let message = t!(
                lang,
                "report-junit-fail",
                name = name,
                score = score_phrase(r, lang),
                why = why
            );
            let _ = writeln!(
                case,
                "      <failure type=\"fail\" message=\"{}\">{}</failure>",
                escape_xml(&message, true),
                escape_xml(&failed.join("\n"), false)
            );
        }
        Verdict::Invalid => {
            let lines: Vec<String> = r
                .errors
                .iter()
                .map(|e| {
                    let at = match (e.line, e.column) {
                        (Some(l), Some(c)) => format!("{l}:{c}: "),
                        (Some(l), None) => format!("{l}: "),
                        _ => String::new(),
                    };
                    format!("{} {at}{}", e.kind.as_str(), e.message)
                })
                .collect();
            let message = t!(
                lang,
                "report-junit-invalid",
                name = name,
                count = r.errors.len()
            );
            let _ = writeln!(
                case,
                "      <error type=\"invalid\" message=\"{}\">{}</error>",
                escape_xml(&message, true),
                escape_xml(&lines.join("\n"), false)
            );
        }
        Verdict::Error => {
            let mut lines: Vec<String> = r
                .plugin_failures
                .iter()
                .map(|p| {
                    t!(
                        lang,
                        "report-plugin-failed",
                        plugin = p.plugin.as_str(),
                        cause = p.failure.describe(lang)
                    )
                })
                .collect();
            lines.extend(failed);
            let plugins: Vec<&str> = r
                .plugin_failures
                .iter()
                .map(|p| p.plugin.as_str())
                .collect();
            let message = t!(
                lang,
                "report-junit-error",
                name = name,
                plugins = plugins.join(", ")
            );
            let _ = writeln!(
                case,
                "      <error type=\"error\" message=\"{}\">{}</error>",
                escape_xml(&message, true),
                escape_xml(&lines.join("\n"), false)
            );
        }
    }
    case.push_str("    </testcase>\n");
    case
}

/// "grade C, score 72.5", or "no score".
fn score_phrase(r: &Report, lang: Lang) -> String {
    match (r.status, r.score.grade) {
        (Status::Audited, Some(g)) => t!(
            lang,
            "report-junit-score",
            grade = g.as_str(),
            score = score_text(r.score.overall, lang)
        ),
        _ => t!(lang, "report-junit-no-score"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sample::{render, sample_audit};

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape_xml("<a b=\"c\">'&'</a>", false),
            "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(escape_xml("a\nb\u{1}", true), "a&#10;b\\u{1}");
        assert_eq!(
            escape_xml("\u{1b}[2J\u{7}\u{8}\r\u{9b}\u{202e}\u{ffff}", false),
            "\\u{1b}[2J\\u{7}\\u{8}&#13;\u{9b}\u{202e}\\u{ffff}"
        );
        assert_eq!(escape_xml("a\nb", false), "a\nb");
    }

    #[test]
    fn a_failed_charter_lists_its_failed_rules() {
        let xml = render(&Junit, &[sample_audit(false)], false);
        assert!(
            xml.contains("<testsuites name=\"accord\" tests=\"1\" failures=\"1\" errors=\"0\">")
        );
        assert!(xml.contains("<testcase classname=\"accord\" name=\"charters/my charter.toml\">"));
        assert!(xml.contains("error exit.strategy 12:3: The exit strategy is empty"));
        assert!(xml.contains("info transparency.open-data"));
        // The waived warning is not a failed rule while waivers are honoured.
        assert!(!xml.contains("warning humility.feedback-loop"));
        assert!(!xml.contains("<b>"));
        assert!(!xml.contains("<script>"));
        let xml = render(&Junit, &[sample_audit(true)], true);
        assert!(xml.contains("warning humility.feedback-loop 5:1: "));
        assert!(xml.contains("(waived, report-only: Agreed with the funder)"));
    }
}
