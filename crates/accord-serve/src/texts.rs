//! Every sentence the page shows, in one place: the page's own (filled into its template) and
//! the script's (sent to it as JSON). A translation is one more value of [`Texts`].
//!
//! `{name}` in a script text is filled in by the script.

use serde::Serialize;

/// The page's texts in one language.
pub struct Texts {
    /// The page's `lang` (BCP 47).
    pub lang: &'static str,
    pub page: PageTexts,
    pub script: ScriptTexts,
}

/// What the page says before any script runs (and without one).
pub struct PageTexts {
    pub title: &'static str,
    pub intro: &'static str,
    pub private: &'static str,
    pub editor_label: &'static str,
    pub editor_hint: &'static str,
    pub open_file: &'static str,
    pub starter: &'static str,
    pub profile: &'static str,
    pub audit: &'static str,
    pub download: &'static str,
    pub download_html: &'static str,
    pub download_markdown: &'static str,
    pub download_json: &'static str,
    pub report: &'static str,
    pub empty: &'static str,
    pub no_script: &'static str,
    pub cursor: &'static str,
    pub footer: &'static str,
}

/// What the script says; sent to it as JSON.
#[derive(Serialize)]
pub struct ScriptTexts {
    pub empty: &'static str,
    pub auditing: &'static str,
    pub cursor: &'static str,
    pub summary: &'static str,
    pub grade: &'static str,
    pub no_grade: &'static str,
    pub score: &'static str,
    pub verdict_pass: &'static str,
    pub verdict_fail: &'static str,
    pub counts: &'static str,
    pub categories: &'static str,
    pub category: &'static str,
    pub category_score: &'static str,
    pub findings: &'static str,
    pub no_findings: &'static str,
    pub error: &'static str,
    pub warning: &'static str,
    pub info: &'static str,
    pub line: &'static str,
    pub fix: &'static str,
    pub waived: &'static str,
    pub invalid: &'static str,
    pub help: &'static str,
    pub plugin_failed: &'static str,
    pub request_failed: &'static str,
    pub no_answer: &'static str,
    pub replace: &'static str,
    pub opened: &'static str,
}

/// English, the source language.
pub const EN: Texts = Texts {
    lang: "en",
    page: PageTexts {
        title: "Accord self-audit",
        intro: "Paste your partnership charter or open its file: the audit appears beside it as you type, \
                with the grade, the score of each category, and each finding with its line and how to fix it.",
        private: "Nothing is stored: your text is used only to answer each request.",
        editor_label: "Charter (TOML or JSON)",
        editor_hint: "Select a finding to go to its line.",
        open_file: "Open a file",
        starter: "Start from the template",
        profile: "Profile",
        audit: "Audit",
        download: "Download the report",
        download_html: "HTML",
        download_markdown: "Markdown",
        download_json: "JSON",
        report: "Audit",
        empty: "Paste a charter, open a .toml or .json file, or start from the template.",
        no_script: "Without JavaScript, press Audit to see the report.",
        cursor: "Line 1, column 1",
        footer: "Accord",
    },
    script: ScriptTexts {
        empty: "Paste a charter, open a .toml or .json file, or start from the template.",
        auditing: "Auditing…",
        cursor: "Line {line}, column {column}",
        summary: "{grade} · {score} · {verdict}",
        grade: "Grade {grade}",
        no_grade: "No grade",
        score: "Score {score} of 100",
        verdict_pass: "Passes",
        verdict_fail: "Fails",
        counts: "{passed} of {evaluated} rules pass; {errors} errors, {warnings} warnings, {infos} infos.",
        categories: "Scores by category",
        category: "Category",
        category_score: "Score",
        findings: "Findings ({count})",
        no_findings: "No findings: every rule passes.",
        error: "Error",
        warning: "Warning",
        info: "Info",
        line: "line {line}",
        fix: "Fix:",
        waived: "Waived: {reason}",
        invalid: "Not a valid charter yet: {count} to correct before it can be audited",
        help: "Help:",
        plugin_failed: "A plugin failed on this charter, so it has no score: {plugin}: {cause}",
        request_failed: "The server could not audit this text: {detail}",
        no_answer: "The server did not answer. Is `accord serve` still running?",
        replace: "Replace the text in the editor with the template?",
        opened: "Opened {name}.",
    },
};

impl ScriptTexts {
    /// The texts as JSON for a `<script type="application/json">` element: `<`, `>` and `&`
    /// escaped, so no text can end the element.
    pub fn json(&self) -> String {
        serde_json::to_string(self)
            .unwrap_or_default()
            .replace('<', "\\u003c")
            .replace('>', "\\u003e")
            .replace('&', "\\u0026")
    }
}
