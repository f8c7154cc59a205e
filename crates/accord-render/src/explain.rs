//! A rule's full explanation (`accord explain`, the server's `GET /v1/rules/{id}`, hovers in
//! the editor): what it checks, why, how to fix it, a passing example and its sources.

use std::fmt::Write;

use accord_core::catalogue::{Entry, severity_label};
use accord_core::lang::t;

use crate::escape::{visible, visible_line};

/// The rule as one line of `accord rules --format json` (and an item of the server's
/// `GET /v1/rules`): id, effective severity, category, source, summary and references.
pub fn listing(rule: &Entry) -> serde_json::Value {
    serde_json::json!({
        "id": rule.meta.id, "severity": rule.severity, "category": rule.meta.category,
        "source": rule.origin.short(), "summary": rule.meta.summary,
        "references": rule.meta.references,
    })
}

/// The explanation as plain text, in the language of the rule's texts (`rule.lang`). A pack's
/// or plugin's texts are shown through [`crate::escape`], as in reports: a control character
/// prints as its escape.
pub fn text(rule: &Entry) -> String {
    let (m, lang) = (&rule.meta, rule.lang);
    let mut out = String::new();
    let header = t!(
        lang,
        "explain-header",
        rule = visible_line(&m.id).as_ref(),
        severity = severity_label(rule.severity, lang),
        category = visible_line(&crate::category_name(&m.category, lang)).as_ref(),
        origin = visible_line(&rule.origin.short_in(lang)).as_ref(),
    );
    let _ = writeln!(out, "{header}\n");
    let _ = writeln!(out, "{}\n", visible(&m.summary));
    for (title, body) in [
        (t!(lang, "explain-why"), &m.rationale),
        (t!(lang, "explain-fix"), &m.fix),
    ] {
        let _ = writeln!(out, "{title}\n{}\n", indent(&visible(body), true));
    }
    let _ = writeln!(
        out,
        "{}\n{}\n",
        t!(lang, "explain-example"),
        indent(&visible(m.example.trim_end()), false)
    );
    let _ = writeln!(out, "{}", t!(lang, "explain-references"));
    for r in &m.references {
        let _ = writeln!(out, "  - {}", visible_line(r));
    }
    out
}

/// The explanation as Markdown (for editors' hovers and the web page), in `rule.lang`.
pub fn markdown(rule: &Entry) -> String {
    let (m, lang) = (&rule.meta, rule.lang);
    let mut out = format!(
        "**`{}`** ({}, {})\n\n{}\n",
        m.id,
        severity_label(rule.severity, lang),
        rule.origin.short_in(lang),
        m.summary
    );
    for (title, body) in [
        (t!(lang, "explain-why"), &m.rationale),
        (t!(lang, "explain-fix"), &m.fix),
    ] {
        if !body.trim().is_empty() {
            let _ = write!(out, "\n**{title}.** {}\n", crate::sarif::unwrap_lines(body));
        }
    }
    if !m.example.trim().is_empty() {
        let _ = write!(
            out,
            "\n{}\n\n```toml\n{}\n```\n",
            t!(lang, "explain-example-markdown"),
            m.example.trim_end()
        );
    }
    if !m.references.is_empty() {
        let _ = write!(
            out,
            "\n{} {}\n",
            t!(lang, "explain-sources-markdown"),
            m.references.join("; ")
        );
    }
    out
}

/// Indents a text by two spaces; prose (`wrap`) is wrapped at about 96 columns, since pack
/// texts are often written as one long line.
fn indent(text: &str, wrap_prose: bool) -> String {
    let lines: Vec<String> = if wrap_prose {
        text.lines().flat_map(wrap).collect()
    } else {
        text.lines().map(str::to_owned).collect()
    };
    lines
        .iter()
        .map(|l| {
            if l.is_empty() {
                String::new()
            } else {
                format!("  {l}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn wrap(line: &str) -> Vec<String> {
    const WIDTH: usize = 96;
    if line.chars().count() <= WIDTH {
        return vec![line.to_owned()];
    }
    let mut out = Vec::new();
    let mut current = String::new();
    for word in line.split(' ') {
        if !current.is_empty() && current.chars().count() + 1 + word.chars().count() > WIDTH {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(word);
    }
    out.push(current);
    out
}

#[cfg(test)]
mod tests {
    use accord_core::catalogue::{Catalogue, host};

    #[test]
    fn every_part_of_the_rule_is_explained() {
        let catalogue = Catalogue::new(&accord_core::plugin::PluginSet::empty(), &[])
            .expect("host rules are unique");
        let rule = catalogue.get(host::EXPIRED.id).expect("a host rule");
        let text = super::text(rule);
        assert!(text.starts_with("waiver.expired  (warning, category waiver, from accord (host))"));
        for part in [
            "Why\n  ",
            "How to fix\n  ",
            "Example (passes)\n  [[waivers]]",
            "References\n  - ",
        ] {
            assert!(text.contains(part), "{part} in {text}");
        }
        let md = super::markdown(rule);
        assert!(md.starts_with("**`waiver.expired`** (warning, accord (host))"));
        assert!(md.contains("```toml\n[[waivers]]"));
    }

    #[test]
    fn a_packs_control_characters_are_shown_as_escapes() {
        let catalogue = Catalogue::new(&accord_core::plugin::PluginSet::empty(), &[])
            .expect("host rules are unique");
        let mut rule = catalogue
            .get(host::EXPIRED.id)
            .expect("a host rule")
            .clone();
        rule.meta.summary = crate::sample::HOSTILE.to_owned();
        rule.meta.fix = format!("Fix it.\n{}", crate::sample::HOSTILE);
        rule.meta.example = "[a]\u{1b}[2J".to_owned();
        rule.meta.references = vec!["see\u{7}".to_owned()];
        let text = super::text(&rule);
        assert!(!text.chars().any(crate::escape::is_hidden), "{text:?}");
        assert!(text.contains("\nA\\u{1b}[2J"), "{text}");
        assert!(text.contains("  Fix it.\n  A\\u{1b}"), "{text}");
        assert!(text.contains("  [a]\\u{1b}[2J"), "{text}");
        assert!(text.contains("  - see\\u{7}"), "{text}");
    }
}
