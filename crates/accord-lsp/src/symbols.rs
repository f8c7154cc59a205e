//! Document symbols for the outline view: the partnership, its partners, its goals with their
//! benchmarks, and the exit plan.

use accord_core::load::Document as Parsed;
use lsp_types::{DocumentSymbol, DocumentSymbolParams, DocumentSymbolResponse, SymbolKind};
use serde_json::Value;

use crate::server::Server;
use crate::text::{Encoding, Text};
use crate::workspace::Kind;

pub fn symbols(server: &Server, params: DocumentSymbolParams) -> Option<DocumentSymbolResponse> {
    let document = server.documents.get(&params.text_document.uri)?;
    if document.kind != Some(Kind::Charter) {
        return None;
    }
    // A document over the size limit gets its one diagnostic and nothing else, as in hovers and
    // completions: it is not parsed on the loop's thread.
    let (engine, _) = server.engine_for(document);
    let limits = &engine.settings().limits;
    if document.text.len() as u64 > limits.max_file_size {
        return None;
    }
    let parsed =
        accord_core::load::parse_text(document.text.as_str(), document.format, limits).ok()?;
    let outline = Outline {
        parsed: &parsed,
        text: &document.text,
        encoding: server.encoding,
    };
    let mut out = Vec::new();
    let value = &parsed.value;
    let text = |v: &Value, key: &str| v.get(key).and_then(Value::as_str).map(str::to_owned);
    if let Some(partnership) = value.get("partnership") {
        let name = text(partnership, "name").unwrap_or_else(|| "partnership".to_owned());
        out.extend(outline.symbol(
            name,
            text(partnership, "id"),
            SymbolKind::NAMESPACE,
            "/partnership",
            Vec::new(),
        ));
    }
    if let Some(partners) = value.get("partners").and_then(Value::as_array) {
        let children = partners
            .iter()
            .enumerate()
            .filter_map(|(i, p)| {
                let name = text(p, "name")
                    .or_else(|| text(p, "id"))
                    .unwrap_or_else(|| format!("partner {}", i + 1));
                let detail = [text(p, "sector"), text(p, "base")]
                    .into_iter()
                    .flatten()
                    .collect::<Vec<_>>()
                    .join(", ");
                outline.symbol(
                    name,
                    Some(detail).filter(|d| !d.is_empty()),
                    SymbolKind::STRUCT,
                    &format!("/partners/{i}"),
                    Vec::new(),
                )
            })
            .collect();
        out.extend(outline.symbol(
            "partners".to_owned(),
            Some(format!("{}", partners.len())),
            SymbolKind::ARRAY,
            "/partners",
            children,
        ));
    }
    if let Some(goals) = value.get("goals").and_then(Value::as_array) {
        let children = goals
            .iter()
            .enumerate()
            .filter_map(|(i, g)| {
                let benchmarks = g
                    .get("benchmarks")
                    .and_then(Value::as_array)
                    .map(|list| {
                        list.iter()
                            .enumerate()
                            .filter_map(|(j, b)| {
                                let name =
                                    text(b, "id").unwrap_or_else(|| format!("benchmark {}", j + 1));
                                outline.symbol(
                                    name,
                                    text(b, "due"),
                                    SymbolKind::EVENT,
                                    &format!("/goals/{i}/benchmarks/{j}"),
                                    Vec::new(),
                                )
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let name = text(g, "id").unwrap_or_else(|| format!("goal {}", i + 1));
                outline.symbol(
                    name,
                    text(g, "statement"),
                    SymbolKind::OBJECT,
                    &format!("/goals/{i}"),
                    benchmarks,
                )
            })
            .collect();
        out.extend(outline.symbol(
            "goals".to_owned(),
            Some(format!("{}", goals.len())),
            SymbolKind::ARRAY,
            "/goals",
            children,
        ));
    }
    if let Some(exit) = value.get("exit") {
        out.extend(outline.symbol(
            "exit".to_owned(),
            text(exit, "handover_date"),
            SymbolKind::NAMESPACE,
            "/exit",
            Vec::new(),
        ));
    }
    Some(DocumentSymbolResponse::Nested(out))
}

struct Outline<'a> {
    parsed: &'a Parsed,
    text: &'a Text,
    encoding: Encoding,
}

impl Outline<'_> {
    /// A symbol for the value at `pointer`: its range covers everything written for it (a TOML
    /// `[[table]]` entry's span is only its header), its selection the key or the header.
    #[allow(deprecated)]
    fn symbol(
        &self,
        name: String,
        detail: Option<String>,
        kind: SymbolKind,
        pointer: &str,
        children: Vec<DocumentSymbol>,
    ) -> Option<DocumentSymbol> {
        let map = &self.parsed.map;
        let selection = map.locate(pointer);
        if !selection.exact {
            return None;
        }
        let value = self.parsed.value.pointer(pointer)?;
        let mut range = selection.span.clone();
        extend(map, value, pointer, &mut range);
        Some(DocumentSymbol {
            name,
            detail,
            kind,
            tags: None,
            deprecated: None,
            range: self.text.range(&range, self.encoding),
            selection_range: self.text.range(&selection.span, self.encoding),
            children: (!children.is_empty()).then_some(children),
        })
    }
}

/// Widens `range` to every key and value written under `pointer`.
fn extend(
    map: &accord_core::source::SourceMap,
    value: &Value,
    pointer: &str,
    range: &mut std::ops::Range<usize>,
) {
    for span in [map.key_span(pointer), map.value_span(pointer)]
        .into_iter()
        .flatten()
    {
        range.start = range.start.min(span.start);
        range.end = range.end.max(span.end);
    }
    match value {
        Value::Object(members) => {
            for (key, child) in members {
                let at = format!("{pointer}/{}", accord_core::source::escape(key));
                extend(map, child, &at, range);
            }
        }
        Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                extend(map, child, &format!("{pointer}/{i}"), range);
            }
        }
        _ => {}
    }
}
