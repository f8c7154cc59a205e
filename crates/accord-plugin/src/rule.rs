//! Rules as data: a rule's doc comment is its user-facing text, ruff-style.
//!
//! [`rule!`](crate::rule) turns a doc comment into a [`Rule`]; [`Rule::meta`] splits it into the
//! manifest fields: the first paragraph is the summary, then `## Why` (rationale),
//! `## How to fix` (fix) and `## Example` (a passing fragment, the code block's content).

use serde::{Deserialize, Serialize};

/// How much a finding weighs: error 5, warning 2, info 0 (docs/architecture.md).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    pub fn weight(self) -> u64 {
        match self {
            Severity::Error => 5,
            Severity::Warning => 2,
            Severity::Info => 0,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "info",
        }
    }
}

/// A rule declared in a plugin: its id, default severity, references and doc text.
#[derive(Debug, Clone, Copy)]
pub struct Rule {
    pub id: &'static str,
    pub severity: Severity,
    pub references: &'static [&'static str],
    /// The doc comment, verbatim (one leading space per line already stripped by `meta`).
    pub doc: &'static str,
}

/// A rule as the manifest describes it (schemas/plugin-manifest.schema.json).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleMeta {
    pub id: String,
    pub category: String,
    pub severity: Severity,
    pub summary: String,
    pub rationale: String,
    pub fix: String,
    pub example: String,
    pub references: Vec<String>,
}

impl Rule {
    /// The category: the id's prefix before the first dot.
    pub fn category(&self) -> &'static str {
        self.id.split('.').next().unwrap_or(self.id)
    }

    /// The manifest entry, parsed from the doc comment.
    pub fn meta(&self) -> RuleMeta {
        let doc = DocSections::parse(self.doc);
        RuleMeta {
            id: self.id.to_owned(),
            category: self.category().to_owned(),
            severity: self.severity,
            summary: doc.summary,
            rationale: doc.why,
            fix: doc.fix,
            example: doc.example,
            references: self.references.iter().map(|r| (*r).to_owned()).collect(),
        }
    }
}

struct DocSections {
    summary: String,
    why: String,
    fix: String,
    example: String,
}

impl DocSections {
    fn parse(doc: &str) -> DocSections {
        let mut sections: Vec<(String, Vec<&str>)> = vec![(String::new(), Vec::new())];
        for line in doc.lines() {
            let line = line.strip_prefix(' ').unwrap_or(line);
            if let Some(title) = line.strip_prefix("## ") {
                sections.push((title.trim().to_ascii_lowercase(), Vec::new()));
            } else if let Some((_, body)) = sections.last_mut() {
                body.push(line);
            }
        }
        let text = |name: &str| -> String {
            sections
                .iter()
                .find(|(title, _)| title == name)
                .map(|(_, body)| body.join("\n").trim().to_owned())
                .unwrap_or_default()
        };
        let intro = text("");
        let summary = intro.split("\n\n").next().unwrap_or("").replace('\n', " ");
        let example = text("example");
        let example = strip_fence(&example);
        DocSections {
            summary,
            why: text("why"),
            fix: text("how to fix"),
            example,
        }
    }
}

/// The content of the first fenced code block, or the text itself when it has none.
fn strip_fence(text: &str) -> String {
    let mut lines = text.lines();
    let Some(_) = lines.by_ref().find(|l| l.trim_start().starts_with("```")) else {
        return text.to_owned();
    };
    let body: Vec<&str> = lines
        .take_while(|l| !l.trim_start().starts_with("```"))
        .collect();
    body.join("\n")
}

/// Declares a rule; the doc comment is its user-facing text.
///
/// ```
/// accord_plugin::rule! {
///     /// The budget is published.
///     ///
///     /// ## Why
///     /// Partners who hide money flows cannot be held to account.
///     ///
///     /// ## How to fix
///     /// Set `published = true` in `[budget]`.
///     ///
///     /// ## Example
///     /// ```toml
///     /// [budget]
///     /// published = true
///     /// ```
///     pub BUDGET_PUBLISHED = "transparency.budget-published", Error,
///         references: ["Principles of Partnership (2007): transparency"]
/// }
/// let meta = BUDGET_PUBLISHED.meta();
/// assert_eq!(meta.summary, "The budget is published.");
/// assert_eq!(meta.example, "[budget]\npublished = true");
/// ```
#[macro_export]
macro_rules! rule {
    (
        $(#[doc = $doc:literal])*
        $vis:vis $name:ident = $id:literal, $severity:ident,
            references: [$($reference:literal),* $(,)?] $(,)?
    ) => {
        $(#[doc = $doc])*
        $vis const $name: $crate::Rule = $crate::Rule {
            id: $id,
            severity: $crate::Severity::$severity,
            references: &[$($reference),*],
            doc: concat!($($doc, "\n"),*),
        };
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    rule! {
        /// Short summary
        /// over two lines.
        ///
        /// More detail that is not the summary.
        ///
        /// ## Why
        /// Because.
        ///
        /// ## How to fix
        /// Do it.
        ///
        /// ## Example
        /// ```toml
        /// a = 1
        /// ```
        TEST_RULE = "demo.test-rule", Warning, references: ["A", "B"]
    }

    #[test]
    fn doc_comment_feeds_the_manifest() {
        let meta = TEST_RULE.meta();
        assert_eq!(meta.id, "demo.test-rule");
        assert_eq!(meta.category, "demo");
        assert_eq!(meta.severity, Severity::Warning);
        assert_eq!(meta.summary, "Short summary over two lines.");
        assert_eq!(meta.rationale, "Because.");
        assert_eq!(meta.fix, "Do it.");
        assert_eq!(meta.example, "a = 1");
        assert_eq!(meta.references, vec!["A", "B"]);
    }
}
