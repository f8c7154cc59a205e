//! A rule's full explanation (`accord explain`, the server's `GET /v1/rules/{id}`, hovers in
//! the editor): what it checks, why, how to fix it, a passing example and its sources.

use std::fmt::Write;

use accord_core::catalogue::Entry;

/// The explanation as plain text.
pub fn text(rule: &Entry) -> String {
    let m = &rule.meta;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}  ({}, category {}, from {})\n",
        m.id,
        rule.severity.as_str(),
        m.category,
        rule.origin.short()
    );
    let _ = writeln!(out, "{}\n", m.summary);
    for (title, body) in [("Why", &m.rationale), ("How to fix", &m.fix)] {
        let _ = writeln!(out, "{title}\n{}\n", indent(body, true));
    }
    let _ = writeln!(
        out,
        "Example (passes)\n{}\n",
        indent(m.example.trim_end(), false)
    );
    let _ = writeln!(out, "References");
    for r in &m.references {
        let _ = writeln!(out, "  - {r}");
    }
    out
}

/// The explanation as Markdown (for editors' hovers and the web page).
pub fn markdown(rule: &Entry) -> String {
    let m = &rule.meta;
    let mut out = format!(
        "**`{}`** ({}, {})\n\n{}\n",
        m.id,
        rule.severity.as_str(),
        rule.origin.short(),
        m.summary
    );
    for (title, body) in [("Why", &m.rationale), ("How to fix", &m.fix)] {
        if !body.trim().is_empty() {
            let _ = write!(out, "\n**{title}.** {}\n", crate::sarif::unwrap_lines(body));
        }
    }
    if !m.example.trim().is_empty() {
        let _ = write!(
            out,
            "\n**Example** (passes):\n\n```toml\n{}\n```\n",
            m.example.trim_end()
        );
    }
    if !m.references.is_empty() {
        let _ = write!(out, "\n**Sources:** {}\n", m.references.join("; "));
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
}
