//! `accord validate --format json` (and the server's `POST /v1/validate`): one JSON object per
//! file, `{"type": "validation", "path", "valid", "errors"}`.

use accord_core::lang::Lang;
use accord_core::validate::Checked;
use serde_json::json;

use crate::snippet as diagnostic;

/// The validation line of one checked file, its messages in English.
pub fn json_line(checked: &Checked) -> serde_json::Value {
    json_line_in(checked, Lang::EN)
}

/// The validation line of one checked file, its `message` and `help` in `lang` (every other
/// field is the same in every language).
pub fn json_line_in(checked: &Checked, lang: Lang) -> serde_json::Value {
    let source = checked.loaded.source.as_ref();
    let errors: Vec<_> = checked
        .errors
        .iter()
        .map(|d| {
            let loc = diagnostic::location(d, source);
            json!({
                "kind": d.kind,
                "message": d.message_in(lang),
                "path": d.path,
                "line": loc.map(|l| l.line),
                "column": loc.map(|l| l.column),
                "help": d.help_in(lang),
            })
        })
        .collect();
    json!({
        "type": "validation",
        "path": checked.loaded.path.display().to_string(),
        "valid": checked.is_valid(),
        "errors": errors,
    })
}
