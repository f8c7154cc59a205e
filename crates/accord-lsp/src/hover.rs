//! Hover: on a key, what the schema says of it (description, kind, allowed values, whether it
//! is required); on a finding, the rule's explanation (summary, why, fix, example, sources).
//!
//! In the document's language, but for the schema's descriptions of the keys, which stay in
//! English: they are the charter format's own documentation (the same words `accord schema`
//! prints and JSON Schema tools show), kept in one place rather than copied into each language;
//! what the server says around them (what a value is, whether it is required, its allowed
//! values) is translated.

use std::fmt::Write;

use accord_core::lang::{Lang, t};

use lsp_types::{Hover, HoverContents, HoverParams, MarkupContent, MarkupKind};

use crate::schema::{Node, Schema, plain};
use crate::server::Server;

/// Allowed values are listed up to this many; longer lists (country and currency codes) are
/// left to completion.
const LIST_ALL: usize = 24;

pub fn hover(server: &Server, params: HoverParams) -> Option<Hover> {
    let at = params.text_document_position_params;
    let document = server.documents.get(&at.text_document.uri)?;
    let kind = document.kind?;
    let text = &document.text;
    let (engine, _) = server.engine_for(document);
    if text.len() as u64 > engine.settings().limits.max_file_size {
        return None;
    }
    let offset = text.offset(at.position, server.encoding);
    let mut parts: Vec<String> = Vec::new();
    let mut range = None;
    if let Some(schema) = Schema::bundled(kind.schema()) {
        let (outline, _) = crate::outline::scan(text.as_str(), document.format, None);
        if let Some(key) = outline.key_at(offset)
            && let Some(node) = schema.at(&key.path)
        {
            let required = key.path.split_last().is_some_and(|(last, parent)| {
                schema
                    .at(parent)
                    .is_some_and(|p| p.required().contains(&last.as_str()))
            });
            parts.push(describe_key(
                &key.path,
                &node,
                required,
                engine.settings().lang,
            ));
            range = Some(key.span.clone());
        }
    }
    if let Some(audited) = server.worker.results.get(&document.uri, document.version) {
        let mut seen: Vec<&str> = Vec::new();
        for (rule, span) in &audited.findings {
            if span.start <= offset && offset <= span.end && !seen.contains(&rule.as_str()) {
                seen.push(rule);
                if let Some(entry) = engine.catalogue().get(rule) {
                    parts.push(accord_render::explain::markdown(entry));
                    range.get_or_insert_with(|| span.clone());
                }
            }
        }
    }
    if parts.is_empty() {
        return None;
    }
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: parts.join("\n---\n\n"),
        }),
        range: range.map(|r| text.range(&r, server.encoding)),
    })
}

/// A key's hover: its path, what it holds, its description, its allowed values.
fn describe_key(path: &[String], node: &Node<'_>, required: bool, lang: Lang) -> String {
    let pointer: String = path
        .iter()
        .map(|token| format!("/{}", accord_core::source::escape(token)))
        .collect();
    let kind = node.kind(lang);
    let kind = if required {
        t!(lang, "lsp-required", kind = kind)
    } else {
        kind
    };
    let key = format!("**`{}`**", accord_core::validate::human_path(&pointer));
    let mut out = format!("{}\n", t!(lang, "lsp-hover-key", key = key, kind = kind));
    if let Some(description) = node.description() {
        let _ = write!(out, "\n{description}\n");
    }
    let allowed = node
        .items()
        .map_or_else(|| node.allowed(), |items| items.allowed());
    if (1..=LIST_ALL).contains(&allowed.len()) {
        let shown: Vec<String> = allowed.iter().map(|v| format!("`{}`", plain(v))).collect();
        let _ = writeln!(
            out,
            "\n{}",
            t!(lang, "lsp-allowed", values = shown.join(", "))
        );
    } else if allowed.len() > LIST_ALL {
        let _ = writeln!(
            out,
            "\n{}",
            t!(lang, "lsp-allowed-many", count = allowed.len())
        );
    }
    out
}
