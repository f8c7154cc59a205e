//! Code actions on Accord's diagnostics: waive a finding's rule, explain it, and replace an
//! unknown key with the one it most likely meant.
//!
//! A waiver is written with an empty `reason`, which the schema refuses: the charter shows a
//! located error at the reason until the partner writes why, so no waiver is ever granted
//! silently. It expires 90 days after the audit date.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use accord_core::lang::t;
use accord_core::load::{Document as Parsed, Format, Limits};
use accord_plugin::Date;
use lsp_types::{
    CodeAction, CodeActionKind, CodeActionOrCommand, CodeActionParams, CodeActionResponse, Command,
    DiagnosticTag, NumberOrString, TextEdit, WorkspaceEdit,
};
use serde_json::{Value, json};

use crate::diagnostics::SOURCE;
use crate::server::{Document, Server};
use crate::workspace::Kind;

/// How long a waiver written by the action lasts.
const WAIVER_DAYS: i64 = 90;

pub fn code_actions(server: &Server, params: CodeActionParams) -> Option<CodeActionResponse> {
    let document = server.documents.get(&params.text_document.uri)?;
    let kind = document.kind?;
    let (engine, _) = server.engine_for(document);
    let lang = engine.settings().lang;
    let expires =
        Date::from_days_since_epoch(engine.settings().audit_date.days_since_epoch() + WAIVER_DAYS);
    let mut actions = Vec::new();
    let (mut waived, mut explained) = (HashSet::new(), HashSet::new());
    for diagnostic in &params.context.diagnostics {
        if diagnostic.source.as_deref() != Some(SOURCE) {
            continue;
        }
        let replacement = diagnostic
            .data
            .as_ref()
            .and_then(|d| d.get("replace_with"))
            .and_then(Value::as_str);
        if let Some(key) = replacement {
            let span = document.text.span(diagnostic.range, server.encoding);
            let old = document.text.as_str().get(span).unwrap_or_default();
            let new = if old.starts_with('"') {
                json!(key).to_string()
            } else {
                key.to_owned()
            };
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: t!(lang, "lsp-action-replace", key = key),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit(
                    document,
                    vec![TextEdit {
                        range: diagnostic.range,
                        new_text: new,
                    }],
                )),
                is_preferred: Some(true),
                ..CodeAction::default()
            }));
        }
        let Some(NumberOrString::String(rule)) = &diagnostic.code else {
            continue;
        };
        let Some(entry) = engine.catalogue().get(rule) else {
            continue;
        };
        let already_waived = diagnostic
            .tags
            .as_ref()
            .is_some_and(|t| t.contains(&DiagnosticTag::UNNECESSARY));
        if kind == Kind::Charter
            && !entry.is_host()
            && !already_waived
            && waived.insert(rule.clone())
            && let Some(text_edit) = waiver(document, server, rule, expires)
        {
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: t!(lang, "lsp-action-waive", rule = rule),
                kind: Some(CodeActionKind::QUICKFIX),
                diagnostics: Some(vec![diagnostic.clone()]),
                edit: Some(edit(document, vec![text_edit])),
                ..CodeAction::default()
            }));
        }
        if explained.insert(rule.clone()) {
            let title = t!(lang, "lsp-action-explain", rule = rule);
            actions.push(CodeActionOrCommand::CodeAction(CodeAction {
                title: title.clone(),
                diagnostics: Some(vec![diagnostic.clone()]),
                command: Some(Command {
                    title,
                    command: crate::commands::EXPLAIN.to_owned(),
                    arguments: Some(vec![json!(rule)]),
                }),
                ..CodeAction::default()
            }));
        }
    }
    Some(actions)
}

fn edit(document: &Document, edits: Vec<TextEdit>) -> WorkspaceEdit {
    WorkspaceEdit {
        changes: Some(HashMap::from([(document.uri.clone(), edits)])),
        ..WorkspaceEdit::default()
    }
}

/// The edit that adds a waiver of `rule`, formatted like the file.
fn waiver(document: &Document, server: &Server, rule: &str, expires: Date) -> Option<TextEdit> {
    let text = document.text.as_str();
    let parsed = accord_core::load::parse_text(text, document.format, &Limits::default()).ok();
    let (span, new_text) = match document.format {
        Format::Toml => toml_waiver(text, parsed.as_ref(), rule, expires),
        Format::Json => json_waiver(text, parsed.as_ref()?, rule, expires)?,
    };
    Some(TextEdit {
        range: document.text.range(&span, server.encoding),
        new_text,
    })
}

/// A `[[waivers]]` table at the end of the file, or an inline table in `waivers = [...]` when
/// the file writes its waivers that way.
pub fn toml_waiver(
    text: &str,
    parsed: Option<&Parsed>,
    rule: &str,
    expires: Date,
) -> (Range<usize>, String) {
    let nl = if text.contains("\r\n") { "\r\n" } else { "\n" };
    let inline = parsed.and_then(|doc| {
        let span = doc.map.value_span("/waivers")?;
        let written = text.get(span.clone())?;
        (written.starts_with('[') && !written.starts_with("[[") && written.ends_with(']'))
            .then_some(span)
    });
    if let Some(span) = inline {
        let close = span.end - 1;
        let inside = &text[span.start + 1..close];
        let before = span.start + 1 + inside.trim_end().len();
        let separator = match inside.trim_end() {
            "" => "",
            // TOML allows a trailing comma.
            written if written.ends_with(',') => " ",
            _ => ", ",
        };
        let entry = format!("{{ rule = \"{rule}\", reason = \"\", expires = {expires} }}");
        return (before..before, format!("{separator}{entry}"));
    }
    let mut out = String::new();
    if !text.is_empty() && !text.ends_with('\n') {
        out.push_str(nl);
    }
    if !text.trim().is_empty() && !text.ends_with(&format!("{nl}{nl}")) {
        out.push_str(nl);
    }
    out.push_str(&format!(
        "[[waivers]]{nl}rule = \"{rule}\"{nl}reason = \"\"{nl}expires = {expires}{nl}"
    ));
    (text.len()..text.len(), out)
}

/// How a JSON file is laid out.
struct Layout<'t> {
    /// Pretty-printed (more than one line), else one line.
    pretty: bool,
    indent: &'t str,
    nl: &'static str,
    colon: &'static str,
}

impl Layout<'_> {
    fn of(text: &str) -> Layout<'_> {
        let indent = text
            .lines()
            .map(|l| &l[..l.len() - l.trim_start().len()])
            .find(|lead| !lead.is_empty() && lead.len() < 16)
            .unwrap_or("  ");
        Layout {
            pretty: text.trim_end().contains('\n'),
            indent,
            nl: if text.contains("\r\n") { "\r\n" } else { "\n" },
            colon: if text.contains("\": ") || !text.contains("\":") {
                ": "
            } else {
                ":"
            },
        }
    }

    /// A line break and the indentation of `depth`; on one line, a space where the file
    /// puts one after its colons.
    fn line(&self, depth: usize) -> String {
        if self.pretty {
            format!("{}{}", self.nl, self.indent.repeat(depth))
        } else {
            self.colon[1..].to_owned()
        }
    }

    /// Where a list's or an object's content starts or ends: a line break, or nothing.
    fn edge(&self, depth: usize) -> String {
        if self.pretty {
            self.line(depth)
        } else {
            String::new()
        }
    }

    /// The waiver object, its braces at `depth`.
    fn entry(&self, rule: &str, expires: Date, depth: usize) -> String {
        let c = self.colon;
        let members = [
            format!("\"rule\"{c}{}", json!(rule)),
            format!("\"reason\"{c}\"\""),
            format!("\"expires\"{c}\"{expires}\""),
        ];
        if self.pretty {
            let inner = self.line(depth + 1);
            format!(
                "{{{inner}{}{}}}",
                members.join(&format!(",{inner}")),
                self.line(depth)
            )
        } else {
            format!("{{{}}}", members.join(&format!(",{}", self.line(0))))
        }
    }
}

/// A waiver object at the end of `"waivers"`, or a `"waivers"` member at the end of the root
/// object.
pub fn json_waiver(
    text: &str,
    parsed: &Parsed,
    rule: &str,
    expires: Date,
) -> Option<(Range<usize>, String)> {
    let layout = Layout::of(text);
    let entry = layout.entry(rule, expires, 2);
    if parsed.value.get("waivers").is_some_and(Value::is_array) {
        let span = parsed.map.value_span("/waivers")?;
        let close = span
            .end
            .checked_sub(1)
            .filter(|&c| text.as_bytes().get(c) == Some(&b']'))?;
        let inside = text.get(span.start + 1..close)?;
        let before = span.start + 1 + inside.trim_end().len();
        let (separator, gap) = if inside.trim().is_empty() {
            ("", layout.edge(2))
        } else {
            (",", layout.line(2))
        };
        let new_text = format!("{separator}{gap}{entry}{}", layout.edge(1));
        return Some((before..close, new_text));
    }
    let span = parsed.map.value_span("")?;
    let close = span
        .end
        .checked_sub(1)
        .filter(|&c| text.as_bytes().get(c) == Some(&b'}'))?;
    let inside = text.get(span.start + 1..close)?;
    let before = span.start + 1 + inside.trim_end().len();
    let separator = if inside.trim().is_empty() { "" } else { "," };
    let gap = if separator.is_empty() {
        layout.edge(1)
    } else {
        layout.line(1)
    };
    let new_text = format!(
        "{separator}{gap}\"waivers\"{}[{}{entry}{}]{}",
        layout.colon,
        layout.edge(2),
        layout.edge(1),
        layout.edge(0),
    );
    Some((before..close, new_text))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date() -> Date {
        Date::parse("2027-03-04").unwrap()
    }

    fn apply(text: &str, (span, new): (Range<usize>, String)) -> String {
        let mut out = text.to_owned();
        out.replace_range(span, &new);
        out
    }

    fn parse(text: &str, format: Format) -> Parsed {
        accord_core::load::parse_text(text, format, &Limits::default()).unwrap()
    }

    #[test]
    fn toml_waivers_go_at_the_end_or_into_an_inline_list() {
        let text = "charter_version = 1\r\n[exit]\r\nstrategy = \"x\"";
        let out = apply(text, toml_waiver(text, None, "exit.approach", date()));
        assert_eq!(
            out,
            "charter_version = 1\r\n[exit]\r\nstrategy = \"x\"\r\n\r\n[[waivers]]\r\nrule = \"exit.approach\"\r\nreason = \"\"\r\nexpires = 2027-03-04\r\n"
        );
        let text = "charter_version = 1\nwaivers = [\n  { rule = \"a.b\", reason = \"long enough\" },\n]\n";
        let doc = parse(text, Format::Toml);
        let out = apply(text, toml_waiver(text, Some(&doc), "exit.approach", date()));
        assert!(
            out.contains("\"long enough\" }, { rule = \"exit.approach\", reason = \"\", expires = 2027-03-04 }\n]"),
            "{out}"
        );
        parse(&out, Format::Toml);
    }

    #[test]
    fn json_waivers_follow_the_files_layout() {
        let pretty = "{\n    \"charter_version\": 1,\n    \"exit\": {}\n}\n";
        let out = apply(
            pretty,
            json_waiver(
                pretty,
                &parse(pretty, Format::Json),
                "exit.approach",
                date(),
            )
            .unwrap(),
        );
        assert_eq!(
            out,
            "{\n    \"charter_version\": 1,\n    \"exit\": {},\n    \"waivers\": [\n        {\n            \"rule\": \"exit.approach\",\n            \"reason\": \"\",\n            \"expires\": \"2027-03-04\"\n        }\n    ]\n}\n"
        );
        // A second waiver joins the list.
        let again = apply(
            &out,
            json_waiver(&out, &parse(&out, Format::Json), "exit.strategy", date()).unwrap(),
        );
        let value = parse(&again, Format::Json).value;
        assert_eq!(value["waivers"][1]["rule"], "exit.strategy");
        assert!(
            again.contains("        },\n        {\n            \"rule\": \"exit.strategy\""),
            "{again}"
        );
        let compact = "{\"charter_version\":1,\"waivers\":[]}";
        let out = apply(
            compact,
            json_waiver(compact, &parse(compact, Format::Json), "a.b", date()).unwrap(),
        );
        assert_eq!(
            out,
            "{\"charter_version\":1,\"waivers\":[{\"rule\":\"a.b\",\"reason\":\"\",\"expires\":\"2027-03-04\"}]}"
        );
        let bare = "{\"charter_version\":1}";
        let out = apply(
            bare,
            json_waiver(bare, &parse(bare, Format::Json), "a.b", date()).unwrap(),
        );
        assert_eq!(
            out,
            "{\"charter_version\":1,\"waivers\":[{\"rule\":\"a.b\",\"reason\":\"\",\"expires\":\"2027-03-04\"}]}"
        );
    }
}
