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

use std::fmt::Write;

use accord_core::audit::Audited;
use accord_core::report::{Report, Status, Verdict};

use super::score_text;

/// The run being collected.
#[derive(Default)]
pub struct Junit {
    report_only: bool,
    cases: Vec<String>,
    failures: usize,
    errors: usize,
    properties: Option<Vec<(&'static str, String)>>,
}

/// Escapes text for XML content and quoted attribute values. Characters XML 1.0 cannot hold (most
/// control characters) become U+FFFD; in attributes, line ends become character references so a
/// parser keeps them.
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
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
    out
}

impl Junit {
    pub fn new(report_only: bool) -> Junit {
        Junit {
            report_only,
            ..Junit::default()
        }
    }

    pub fn push(&mut self, audited: &Audited) {
        self.push_report(&audited.report);
    }

    pub fn push_report(&mut self, r: &Report) {
        if self.properties.is_none() {
            let mut properties = vec![
                ("accord_version", r.accord_version.to_owned()),
                ("audit_date", r.audit_date.clone()),
                ("profile", r.profile.name.clone()),
            ];
            if let Some(config) = &r.config {
                properties.push(("config", config.clone()));
            }
            self.properties = Some(properties);
        }
        let mut case = format!(
            "    <testcase classname=\"accord\" name=\"{}\">\n",
            escape_xml(&r.charter.path, true)
        );
        let failed: Vec<String> = r
            .findings
            .iter()
            .filter(|f| f.waiver.is_none() || self.report_only)
            .map(|f| {
                let waived = f
                    .waiver
                    .as_ref()
                    .map(|w| format!(" (waived, report-only: {})", w.reason))
                    .unwrap_or_default();
                format!(
                    "{} {} {}:{}: {}{waived}",
                    f.severity.as_str(),
                    f.rule,
                    f.line,
                    f.column,
                    f.message
                )
            })
            .collect();
        let mut rules: Vec<&str> = r
            .findings
            .iter()
            .filter(|f| f.waiver.is_none() || self.report_only)
            .map(|f| f.rule.as_str())
            .collect();
        rules.dedup();
        let name = r.charter.name.as_deref().unwrap_or("(unnamed charter)");
        match r.verdict {
            Verdict::Pass => {
                let _ = writeln!(
                    case,
                    "      <system-out>{}</system-out>",
                    escape_xml(&score_line(r, name), false)
                );
            }
            Verdict::Fail => {
                self.failures += 1;
                let mut counts = [0usize; 3];
                for f in r
                    .findings
                    .iter()
                    .filter(|f| f.waiver.is_none() || self.report_only)
                {
                    counts[f.severity as usize] += 1;
                }
                let why = if rules.is_empty() {
                    "the score is under the profile's fail_under".to_owned()
                } else {
                    let plural = |n: usize, one: &str, many: &str| {
                        format!("{n} {}", if n == 1 { one } else { many })
                    };
                    format!(
                        "{} failed with {}: {}, {}, {}",
                        plural(rules.len(), "rule", "rules"),
                        plural(failed.len(), "finding", "findings"),
                        plural(counts[0], "error", "errors"),
                        plural(counts[1], "warning", "warnings"),
                        plural(counts[2], "info", "infos"),
                    )
                };
                let message = format!("{name}: verdict fail, {}; {why}", score_phrase(r));
                let _ = writeln!(
                    case,
                    "      <failure type=\"fail\" message=\"{}\">{}</failure>",
                    escape_xml(&message, true),
                    escape_xml(&failed.join("\n"), false)
                );
            }
            Verdict::Invalid => {
                self.errors += 1;
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
                let message = format!(
                    "{name}: invalid charter, not audited: {} structural {}",
                    r.errors.len(),
                    if r.errors.len() == 1 {
                        "error"
                    } else {
                        "errors"
                    }
                );
                let _ = writeln!(
                    case,
                    "      <error type=\"invalid\" message=\"{}\">{}</error>",
                    escape_xml(&message, true),
                    escape_xml(&lines.join("\n"), false)
                );
            }
            Verdict::Error => {
                self.errors += 1;
                let mut lines: Vec<String> = r
                    .plugin_failures
                    .iter()
                    .map(|p| format!("plugin {} failed: {}", p.plugin, p.cause))
                    .collect();
                lines.extend(failed);
                let plugins: Vec<&str> = r
                    .plugin_failures
                    .iter()
                    .map(|p| p.plugin.as_str())
                    .collect();
                let message = format!("{name}: not scored, plugin failed: {}", plugins.join(", "));
                let _ = writeln!(
                    case,
                    "      <error type=\"error\" message=\"{}\">{}</error>",
                    escape_xml(&message, true),
                    escape_xml(&lines.join("\n"), false)
                );
            }
        }
        case.push_str("    </testcase>\n");
        self.cases.push(case);
    }

    /// The XML document, with a final line end.
    pub fn finish(self) -> String {
        let tests = self.cases.len();
        let counts = format!(
            "tests=\"{tests}\" failures=\"{}\" errors=\"{}\"",
            self.failures, self.errors
        );
        let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        let _ = writeln!(out, "<testsuites name=\"accord\" {counts}>");
        let _ = writeln!(out, "  <testsuite name=\"accord\" {counts} skipped=\"0\">");
        if let Some(properties) = &self.properties {
            out.push_str("    <properties>\n");
            for (name, value) in properties {
                let _ = writeln!(
                    out,
                    "      <property name=\"{name}\" value=\"{}\"/>",
                    escape_xml(value, true)
                );
            }
            out.push_str("    </properties>\n");
        }
        for case in &self.cases {
            out.push_str(case);
        }
        out.push_str("  </testsuite>\n</testsuites>\n");
        out
    }
}

fn score_phrase(r: &Report) -> String {
    match (r.status, r.score.grade) {
        (Status::Audited, Some(g)) => {
            format!(
                "grade {}, score {}",
                g.as_str(),
                score_text(r.score.overall)
            )
        }
        _ => "no score".to_owned(),
    }
}

fn score_line(r: &Report, name: &str) -> String {
    format!("{name}: verdict pass, {}", score_phrase(r))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::sample::sample_report;

    #[test]
    fn escapes_markup_and_control_characters() {
        assert_eq!(
            escape_xml("<a b=\"c\">'&'</a>", false),
            "&lt;a b=&quot;c&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
        assert_eq!(escape_xml("a\nb\u{1}", true), "a&#10;b\u{FFFD}");
        assert_eq!(escape_xml("a\nb", false), "a\nb");
    }

    #[test]
    fn a_failed_charter_lists_its_failed_rules() {
        let mut junit = Junit::new(false);
        junit.push_report(&sample_report());
        let xml = junit.finish();
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
        let mut junit = Junit::new(true);
        junit.push_report(&sample_report());
        let xml = junit.finish();
        assert!(xml.contains("warning humility.feedback-loop 5:1: "));
        assert!(xml.contains("(waived, report-only: Agreed with the funder)"));
    }
}
