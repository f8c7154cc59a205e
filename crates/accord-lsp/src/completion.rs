//! Completion: the keys the cursor's table allows and does not have yet (required ones first,
//! with their descriptions), a value's allowed values (ISO codes, `base`, `role`, …), `true`
//! and `false`, a date as `YYYY-MM-DD`, and rule ids wherever a rule id goes (a waiver's
//! `rule`, a profile's `disable`).

use accord_core::lang::{Lang, t};
use accord_core::load::Format;
use lsp_types::{
    CompletionItem, CompletionItemKind, CompletionParams, CompletionResponse, CompletionTextEdit,
    Documentation, MarkupContent, MarkupKind, TextEdit,
};

use crate::outline::{Cursor, Place};
use crate::schema::{Node, Schema, plain};
use crate::server::{Document, Server};
use crate::text::{Encoding, Text};
use crate::workspace::Kind;

pub fn complete(server: &Server, params: CompletionParams) -> Option<CompletionResponse> {
    let at = params.text_document_position;
    let document = server.documents.get(&at.text_document.uri)?;
    let kind = document.kind?;
    let (engine, _) = server.engine_for(document);
    if document.text.len() as u64 > engine.settings().limits.max_file_size {
        return None;
    }
    let offset = document.text.offset(at.position, server.encoding);
    let (outline, cursor) =
        crate::outline::scan(document.text.as_str(), document.format, Some(offset));
    let cursor = cursor?;
    let schema = Schema::bundled(kind.schema())?;
    let edit = Edit {
        text: &document.text,
        encoding: server.encoding,
        cursor: &cursor,
        format: document.format,
        lang: engine.settings().lang,
    };
    let items = match cursor.place {
        Place::Key => {
            let table = schema.at(&cursor.path)?;
            if !table.is_object() {
                return None;
            }
            // Present keys, except the one being typed.
            let present: Vec<&str> = outline
                .keys
                .iter()
                .filter(|k| k.path.len() == cursor.path.len() + 1)
                .filter(|k| k.path.starts_with(&cursor.path))
                .filter(|k| k.span != cursor.replace && !k.span.contains(&offset))
                .filter_map(|k| k.path.last().map(String::as_str))
                .collect();
            let required = table.required();
            table
                .properties()
                .into_iter()
                .filter(|(key, _)| !present.contains(key))
                .map(|(key, node)| key_item(key, &node, required.contains(&key), &edit))
                .collect()
        }
        Place::Value { in_list } => {
            let mut node = schema.at(&cursor.path)?;
            if in_list {
                node = node.items()?;
            }
            let findings: Vec<String> = server
                .worker
                .results
                .get(&document.uri, document.version)
                .map(|a| a.findings.iter().map(|(rule, _)| rule.clone()).collect())
                .unwrap_or_default();
            value_items(document, &cursor, &node, kind, &engine, &findings, &edit)
        }
        Place::Nothing => return None,
    };
    Some(CompletionResponse::Array(items))
}

/// How completions are written into the document, and the language of their details.
struct Edit<'a> {
    text: &'a Text,
    encoding: Encoding,
    cursor: &'a Cursor,
    format: Format,
    lang: Lang,
}

impl Edit<'_> {
    /// Replaces the word at the cursor with `new` (quoted as a string when `string` and the
    /// cursor is not already inside quotes).
    fn replace(&self, new: &str, string: bool) -> CompletionTextEdit {
        let new = if string && !self.cursor.quoted {
            quote(new)
        } else {
            new.to_owned()
        };
        CompletionTextEdit::Edit(TextEdit {
            range: self.text.range(&self.cursor.replace, self.encoding),
            new_text: new,
        })
    }
}

fn quote(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

fn markdown(text: &str) -> Documentation {
    Documentation::MarkupContent(MarkupContent {
        kind: MarkupKind::Markdown,
        value: text.to_owned(),
    })
}

fn key_item(key: &str, node: &Node<'_>, required: bool, edit: &Edit<'_>) -> CompletionItem {
    // A JSON key is a string; a TOML key is written bare (all of Accord's keys can be).
    let json_key = edit.format == Format::Json;
    CompletionItem {
        label: key.to_owned(),
        kind: Some(if node.is_object() || node.is_list() {
            CompletionItemKind::MODULE
        } else {
            CompletionItemKind::FIELD
        }),
        detail: Some(if required {
            t!(edit.lang, "lsp-required", kind = node.kind(edit.lang))
        } else {
            node.kind(edit.lang)
        }),
        documentation: node.description().map(markdown),
        // Required keys first, then the schema's order.
        sort_text: Some(format!("{}{key}", if required { 0 } else { 1 })),
        filter_text: Some(key.to_owned()),
        text_edit: Some(edit.replace(key, json_key)),
        ..CompletionItem::default()
    }
}

fn value_items(
    document: &Document,
    cursor: &Cursor,
    node: &Node<'_>,
    kind: Kind,
    engine: &accord_core::Engine,
    findings: &[String],
    edit: &Edit<'_>,
) -> Vec<CompletionItem> {
    let mut items = Vec::new();
    let mut push = |label: String,
                    insert: String,
                    string: bool,
                    detail: Option<String>,
                    doc: Option<String>,
                    sort: String| {
        items.push(CompletionItem {
            filter_text: Some(label.clone()),
            text_edit: Some(edit.replace(&insert, string)),
            label,
            kind: Some(CompletionItemKind::VALUE),
            detail,
            documentation: doc.as_deref().map(markdown),
            sort_text: Some(sort),
            ..CompletionItem::default()
        });
    };
    if node.is_rule_id() {
        // Rules with a finding in this document first: those are the ones a waiver is for.
        for entry in engine.catalogue().iter().filter(|e| !e.is_host()) {
            let id = entry.id().to_owned();
            let first = if findings.contains(&id) { 0 } else { 1 };
            push(
                id.clone(),
                id.clone(),
                true,
                Some(entry.meta.summary.clone()),
                Some(accord_render::explain::markdown(entry)),
                format!("{first}{id}"),
            );
        }
        return items;
    }
    if kind != Kind::Charter
        && let Some(names) = built_in_names(cursor)
    {
        for name in names {
            push(
                name.to_owned(),
                name.to_owned(),
                true,
                Some(t!(edit.lang, "lsp-built-in")),
                None,
                name.to_owned(),
            );
        }
        return items;
    }
    for (i, value) in node.allowed().iter().enumerate() {
        let text = plain(value);
        push(
            text.clone(),
            text,
            value.is_string(),
            None,
            None,
            format!("{i:04}"),
        );
    }
    if node.is_boolean() {
        for (i, b) in ["true", "false"].iter().enumerate() {
            push(
                (*b).to_owned(),
                (*b).to_owned(),
                false,
                None,
                None,
                i.to_string(),
            );
        }
    }
    if node.is_date() {
        let today = engine.settings().audit_date.to_string();
        // A TOML date is written bare; a JSON one is a string.
        let string = document.format == Format::Json;
        push(
            t!(edit.lang, "lsp-date-label"),
            today.clone(),
            string,
            Some(t!(edit.lang, "lsp-date-today", today = &today)),
            None,
            "0".to_owned(),
        );
    }
    items
}

/// Built-in names where a configuration or profile takes one: `profile`, and `packs` entries.
fn built_in_names(cursor: &Cursor) -> Option<Vec<&'static str>> {
    match (cursor.path.as_slice(), &cursor.place) {
        ([key], Place::Value { in_list: false }) if key == "profile" => Some(
            accord_core::profile::BUILT_IN
                .iter()
                .map(|(n, _)| *n)
                .collect(),
        ),
        ([key], Place::Value { in_list: true }) if key == "packs" => Some(
            accord_core::pack::BUILT_IN
                .iter()
                .map(|(n, _)| *n)
                .collect(),
        ),
        _ => None,
    }
}
