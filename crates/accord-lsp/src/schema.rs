//! The bundled JSON Schemas, walked along a key's path: what hovers say about a key and what
//! completion offers (keys, enum values, dates).
//!
//! Accord's schemas use `$ref`, `properties`, `items`, `additionalProperties`, `enum`, `const`,
//! `format`, `pattern` and bounds; a node's own keywords win over those of the definitions it
//! refers to (a property's `description` next to its `$ref`).

use std::sync::OnceLock;

use accord_core::lang::{Args, Lang, text};
use accord_core::schemas::SCHEMAS;
use serde_json::Value;

/// A bundled schema, parsed.
pub struct Schema {
    root: Value,
}

/// One place in a schema: the node as written, then the definitions it refers to.
#[derive(Clone)]
pub struct Node<'s> {
    root: &'s Value,
    chain: Vec<&'s Value>,
}

impl Schema {
    /// `charter`, `config`, `pack` or `profile` (as `accord schema` names them). Parsed once
    /// per session: hovers, completions and every audit (a workspace audit: every file) ask.
    pub fn bundled(name: &str) -> Option<&'static Schema> {
        static PARSED: [OnceLock<Option<Schema>>; SCHEMAS.len()] =
            [const { OnceLock::new() }; SCHEMAS.len()];
        let index = SCHEMAS.iter().position(|(n, _)| *n == name)?;
        PARSED[index]
            .get_or_init(|| {
                let (_, text) = SCHEMAS[index];
                serde_json::from_str(text).ok().map(|root| Schema { root })
            })
            .as_ref()
    }

    pub fn root(&self) -> Node<'_> {
        Node::new(&self.root, &self.root)
    }

    /// The node describing the value at `path` (JSON Pointer tokens; any token steps into a
    /// list's items).
    pub fn at(&self, path: &[String]) -> Option<Node<'_>> {
        let mut node = self.root();
        for token in path {
            node = node.child(token)?;
        }
        Some(node)
    }
}

impl<'s> Node<'s> {
    fn new(root: &'s Value, node: &'s Value) -> Node<'s> {
        let mut chain = vec![node];
        let mut at = node;
        // Bounded: a `$ref` cycle cannot hang a hover.
        for _ in 0..8 {
            let Some(target) = at
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
                .and_then(|p| root.pointer(p))
            else {
                break;
            };
            chain.push(target);
            at = target;
        }
        Node { root, chain }
    }

    /// A keyword, from the node itself first.
    fn get(&self, keyword: &str) -> Option<&'s Value> {
        self.chain.iter().find_map(|n| n.get(keyword))
    }

    /// The node of a member `key` of an object, or of an entry of a list.
    pub fn child(&self, key: &str) -> Option<Node<'s>> {
        if let Some(items) = self.get("items") {
            return Some(Node::new(self.root, items));
        }
        let declared = self.get("properties").and_then(|p| p.get(key));
        let any = self.get("additionalProperties").filter(|a| a.is_object());
        declared.or(any).map(|n| Node::new(self.root, n))
    }

    pub fn description(&self) -> Option<&'s str> {
        self.get("description").and_then(Value::as_str)
    }

    /// The keys an object may have, in the schema's order, with their nodes.
    pub fn properties(&self) -> Vec<(&'s str, Node<'s>)> {
        self.get("properties")
            .and_then(Value::as_object)
            .map(|p| {
                p.iter()
                    .map(|(k, v)| (k.as_str(), Node::new(self.root, v)))
                    .collect()
            })
            .unwrap_or_default()
    }

    pub fn required(&self) -> Vec<&'s str> {
        self.get("required")
            .and_then(Value::as_array)
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default()
    }

    /// The allowed values, when the schema lists them (`enum`, or a `const`).
    pub fn allowed(&self) -> Vec<&'s Value> {
        if let Some(values) = self.get("enum").and_then(Value::as_array) {
            return values.iter().collect();
        }
        self.get("const").into_iter().collect()
    }

    fn type_name(&self) -> Option<&'s str> {
        self.get("type").and_then(Value::as_str).or_else(|| {
            // An `enum` of texts without a `type`.
            self.get("enum")
                .and_then(Value::as_array)
                .filter(|v| v.iter().all(Value::is_string))
                .map(|_| "string")
        })
    }

    pub fn is_object(&self) -> bool {
        self.type_name() == Some("object") || self.get("properties").is_some()
    }

    pub fn is_list(&self) -> bool {
        self.type_name() == Some("array")
    }

    pub fn is_boolean(&self) -> bool {
        self.type_name() == Some("boolean")
    }

    pub fn is_date(&self) -> bool {
        self.get("format").and_then(Value::as_str) == Some("date")
    }

    /// A rule id (`category.name`), as a waiver or a profile names one.
    pub fn is_rule_id(&self) -> bool {
        self.get("pattern")
            .and_then(Value::as_str)
            .is_some_and(|p| p.starts_with("^[a-z0-9-]+(\\."))
    }

    /// The list's entries, for a list.
    pub fn items(&self) -> Option<Node<'s>> {
        self.get("items").map(|i| Node::new(self.root, i))
    }

    /// What the value is, in a few words: "a date (YYYY-MM-DD)", "a list of texts", …, in
    /// `lang` (`lsp.ftl`'s `lsp-shape-…` messages).
    pub fn kind(&self, lang: Lang) -> String {
        self.shape(lang, "one")
    }

    /// The value's shape, as one value (`form` `one`) or as the entries of a list (`list`).
    fn shape(&self, lang: Lang, form: &str) -> String {
        let say = |id: &str, args: Args<'_>| text(lang, id, &args.arg("form", form));
        let number = |id: &str| {
            let what = say(id, Args::new());
            let min = self.get("minimum").and_then(Value::as_f64);
            // 2^53 - 1 is the schema's bound on every whole number, not a real limit.
            let max = self
                .get("maximum")
                .and_then(Value::as_f64)
                .filter(|m| *m < 9_007_199_254_740_991.0);
            let args = Args::new().arg("what", what.clone());
            match (min, max) {
                (Some(min), Some(max)) => text(
                    lang,
                    "lsp-shape-range",
                    &args.arg("min", min).arg("max", max),
                ),
                (Some(min), None) => text(lang, "lsp-shape-at-least", &args.arg("min", min)),
                (None, Some(max)) => text(lang, "lsp-shape-at-most", &args.arg("max", max)),
                (None, None) => what,
            }
        };
        if let Some(value) = self.get("const") {
            return say(
                "lsp-shape-exactly",
                Args::new().arg("value", value.to_string()),
            );
        }
        match self.allowed().len() {
            0 => {}
            n => return say("lsp-shape-one-of", Args::new().arg("count", n)),
        }
        let id = match self.type_name() {
            Some("string") if self.is_date() => "lsp-shape-date",
            Some("string") if self.get("format").and_then(Value::as_str) == Some("uri") => {
                "lsp-shape-uri"
            }
            Some("string") if self.is_rule_id() => "lsp-shape-rule-id",
            Some("string")
                if self.get("pattern").and_then(Value::as_str) == Some("^[a-z0-9][a-z0-9-]*$") =>
            {
                "lsp-shape-id"
            }
            Some("string") => "lsp-shape-text",
            Some("integer") => return number("lsp-shape-whole"),
            Some("number") => return number("lsp-shape-number"),
            Some("boolean") => "lsp-shape-boolean",
            Some("array") => match self.items() {
                Some(items) if items.is_object() => "lsp-shape-list-of-tables",
                Some(items) => {
                    let entries = items.shape(lang, "list");
                    return say("lsp-shape-list-of", Args::new().arg("items", entries));
                }
                None => "lsp-shape-list",
            },
            Some("object") => "lsp-shape-table",
            _ if self.is_object() => "lsp-shape-table",
            _ => "lsp-shape-value",
        };
        say(id, Args::new())
    }
}

/// An allowed value as TOML and JSON write it, without quotes for texts (the caller quotes).
pub fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn path(p: &[&str]) -> Vec<String> {
        p.iter().map(|s| (*s).to_owned()).collect()
    }

    #[test]
    fn walks_refs_lists_and_own_descriptions() {
        let schema = Schema::bundled("charter").unwrap();
        let country = schema.at(&path(&["partnership", "country"])).unwrap();
        // The property's own description wins over the definition's.
        assert!(country.description().unwrap().starts_with("The ISO 3166-1"));
        assert!(country.allowed().iter().any(|v| *v == "HT"));
        let base = schema.at(&path(&["partners", "3", "base"])).unwrap();
        assert_eq!(base.allowed().len(), 3);
        let roles = schema.at(&path(&["partners", "0", "roles"])).unwrap();
        assert_eq!(roles.kind(Lang::EN), "a list of values (5 allowed)");
        assert_eq!(base.kind(Lang::EN), "one of 3 values");
        assert_eq!(roles.items().unwrap().allowed().len(), 5);
        let reason = schema.at(&path(&["waivers", "0", "reason"])).unwrap();
        assert_eq!(reason.kind(Lang::EN), "a text");
        assert!(
            schema
                .at(&path(&["waivers", "0", "rule"]))
                .unwrap()
                .is_rule_id()
        );
        assert!(
            schema
                .at(&path(&["partnership", "start"]))
                .unwrap()
                .is_date()
        );
        assert_eq!(
            schema
                .at(&path(&["governance", "total_seats"]))
                .unwrap()
                .kind(Lang::EN),
            "a whole number of at least 1"
        );
        assert_eq!(
            schema
                .at(&path(&["budget", "overhead_share"]))
                .unwrap()
                .kind(Lang::EN),
            "a number from 0 to 1"
        );
        // Free-form tables accept any key.
        assert!(schema.at(&path(&["extensions", "mine"])).is_some());
        assert!(schema.at(&path(&["partnership", "nope"])).is_none());
        let keys: Vec<&str> = schema.root().properties().iter().map(|(k, _)| *k).collect();
        assert_eq!(keys[..3], ["charter_version", "partnership", "partners"]);
        assert_eq!(
            schema.root().required(),
            ["charter_version", "partnership", "partners"]
        );
    }

    #[test]
    fn every_bundled_file_schema_loads() {
        for name in ["charter", "config", "pack", "profile"] {
            let schema = Schema::bundled(name).unwrap();
            assert!(!schema.root().properties().is_empty(), "{name}");
        }
    }
}
