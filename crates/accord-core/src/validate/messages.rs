//! Schema errors as sentences a programme officer understands, each with a fix.

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use super::{closest, human_path};
use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Message, msg};
use crate::load::Document;
use crate::source::escape;

/// The schema's upper bound on every whole number: 2^53 - 1 (I-JSON, RFC 7493).
const MAX_EXACT_INTEGER: u64 = (1 << 53) - 1;

pub(super) fn explain(
    error: &ValidationError<'_>,
    schema: &Value,
    doc: &Document,
    document: &'static str,
) -> Vec<Diagnostic> {
    let pointer = error.instance_path().as_str().to_owned();
    let at = human_path(&pointer);
    // `at` goes inside backticks; the root reads better as plain words.
    let subject = if pointer.is_empty() {
        msg!("check-document", kind = document)
    } else {
        Message::verbatim(format!("`{at}`"))
    };
    let found = describe(error.instance());
    let field = last_key(&pointer);
    let one = |kind: Kind, message: Message, help: Message| {
        vec![
            Diagnostic::new(kind, message)
                .at_path(pointer.clone())
                .with_help(help),
        ]
    };
    match error.kind() {
        ValidationErrorKind::AdditionalProperties { unexpected } => {
            let known = known_keys(schema, &doc.value, &pointer);
            unexpected
                .iter()
                .take(super::MAX_ERRORS)
                .map(|key| {
                    let path = format!("{pointer}/{}", escape(key));
                    let help = match closest(key, known.iter().map(String::as_str)) {
                        Some(k) => msg!("check-did-you-mean", suggestion = k),
                        None if known.is_empty() => msg!("check-remove-it"),
                        None => msg!("check-remove-or-use", keys = known.join(", ")),
                    };
                    let message = if pointer.is_empty() {
                        msg!("check-unknown-key-top", key = key.as_str())
                    } else {
                        msg!(
                            "check-unknown-key-in",
                            key = key.as_str(),
                            table = at.as_str()
                        )
                    };
                    Diagnostic::new(Kind::UnknownKey, message)
                        .at_path(path.clone())
                        .with_help(help)
                })
                .collect()
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let message = if pointer.is_empty() {
                msg!("check-required-top", kind = document, key = key)
            } else {
                msg!("check-required-in", table = at.as_str(), key = key)
            };
            let description = property_description(schema, &doc.value, &pointer, key);
            let help = match description {
                Some(d) => msg!(
                    "check-add-key-described",
                    key = key,
                    description = key_description(document, &pointer, key, &d)
                ),
                None => msg!("check-add-key", key = key),
            };
            vec![
                Diagnostic::new(Kind::Required, message)
                    .at_path(format!("{pointer}/{}", escape(key)))
                    .with_help(help),
            ]
        }
        ValidationErrorKind::Type { kind } => {
            let types: Vec<String> = match kind {
                TypeKind::Single(t) => vec![t.to_string()],
                TypeKind::Multiple(set) => set.iter().map(|t| t.to_string()).collect(),
            };
            // "a text or a number or a list": each type, joined from the right.
            let expected = types
                .iter()
                .rev()
                .map(|t| msg!("check-type", json = t.as_str()))
                .reduce(|second, first| msg!("check-type-either", first = first, second = second))
                .unwrap_or_else(|| msg!("check-type", json = "other"));
            let help = if field_is_date(&field) {
                msg!("check-write-date")
            } else {
                msg!("check-write-type", expected = expected.clone())
            };
            one(
                Kind::Type,
                msg!(
                    "check-must-be",
                    subject = subject,
                    expected = expected,
                    found = found
                ),
                help,
            )
        }
        ValidationErrorKind::Enum { options } => {
            let options: Vec<String> = options
                .as_array()
                .map(|a| a.iter().map(plain).collect())
                .unwrap_or_default();
            let given = plain(error.instance());
            if options.len() <= 12 {
                let help = match closest(&given, options.iter().map(String::as_str)) {
                    Some(c) => msg!("check-did-you-mean", suggestion = c),
                    None => msg!("check-use-one-of", values = options.join(", ")),
                };
                one(
                    Kind::Enum,
                    msg!(
                        "check-must-be-one-of",
                        subject = subject,
                        values = options.join(", "),
                        found = found
                    ),
                    help,
                )
            } else {
                let code = match field.as_str() {
                    "country" | "currency" => field.as_str(),
                    _ => "other",
                };
                let upper = given.to_ascii_uppercase();
                let help = match options.iter().find(|o| **o == upper && upper != given) {
                    Some(o) => msg!("check-codes-are-upper-case", code = o.as_str()),
                    None => msg!("check-use-a-code", code = code),
                };
                one(
                    Kind::Enum,
                    msg!(
                        "check-must-be-a-code",
                        subject = subject,
                        code = code,
                        found = found
                    ),
                    help,
                )
            }
        }
        ValidationErrorKind::Constant { expected_value } => {
            let expected = describe(expected_value);
            let help = if field == "charter_version" {
                msg!("check-charter-version")
            } else {
                msg!("check-write", value = expected.clone())
            };
            one(
                Kind::Enum,
                msg!(
                    "check-must-be",
                    subject = subject,
                    expected = expected,
                    found = found
                ),
                help,
            )
        }
        ValidationErrorKind::Format { format } => {
            let (expected, help) = match format.as_str() {
                "date" => {
                    let text = error.instance().as_str().unwrap_or_default();
                    let shaped = text.len() == 10
                        && text.bytes().enumerate().all(|(i, b)| {
                            if i == 4 || i == 7 {
                                b == b'-'
                            } else {
                                b.is_ascii_digit()
                            }
                        });
                    let help = if text.contains('T') || (text.contains(':') && text.contains('-')) {
                        msg!("check-date-without-time")
                    } else if text.contains(':') {
                        msg!("check-date-not-time")
                    } else if shaped {
                        msg!("check-date-not-in-calendar")
                    } else {
                        msg!("check-date-shape")
                    };
                    (msg!("check-format-date"), help)
                }
                "uri" => (msg!("check-format-uri"), msg!("check-write-uri")),
                other => (
                    Message::verbatim(other),
                    msg!("check-write-valid", format = other),
                ),
            };
            one(
                Kind::Format,
                msg!(
                    "check-must-be",
                    subject = subject,
                    expected = expected,
                    found = found
                ),
                help,
            )
        }
        ValidationErrorKind::Pattern { pattern } => {
            let (message, help) = pattern_sentence(pattern, subject, found, &field);
            one(Kind::Pattern, message, help)
        }
        ValidationErrorKind::Minimum { limit } => one(
            Kind::Range,
            msg!(
                "check-at-least",
                subject = subject,
                limit = limit.to_string(),
                found = found
            ),
            msg!("check-write-at-least", limit = limit.to_string()),
        ),
        ValidationErrorKind::Maximum { limit } => {
            let help = if limit.as_f64() == Some(1.0) {
                msg!("check-shares-are-fractions")
            } else if limit.as_u64() == Some(MAX_EXACT_INTEGER) {
                msg!("check-write-exact-integer", limit = limit.to_string())
            } else {
                msg!("check-write-at-most", limit = limit.to_string())
            };
            one(
                Kind::Range,
                msg!(
                    "check-at-most",
                    subject = subject,
                    limit = limit.to_string(),
                    found = found
                ),
                help,
            )
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => one(
            Kind::Range,
            msg!(
                "check-more-than",
                subject = subject,
                limit = limit.to_string(),
                found = found
            ),
            msg!("check-write-above", limit = limit.to_string()),
        ),
        ValidationErrorKind::ExclusiveMaximum { limit } => one(
            Kind::Range,
            msg!(
                "check-less-than",
                subject = subject,
                limit = limit.to_string(),
                found = found
            ),
            msg!("check-write-below", limit = limit.to_string()),
        ),
        ValidationErrorKind::MinItems { limit } => one(
            Kind::Length,
            msg!(
                "check-min-items",
                list = at.as_str(),
                limit = *limit,
                found = found
            ),
            msg!("check-add-entries"),
        ),
        ValidationErrorKind::MaxItems { limit } => one(
            Kind::Length,
            msg!(
                "check-max-items",
                subject = subject,
                limit = *limit,
                found = found
            ),
            msg!("check-remove-entries"),
        ),
        ValidationErrorKind::MinLength { limit } => one(
            Kind::Length,
            msg!(
                "check-min-length",
                subject = subject,
                limit = *limit,
                found = found
            ),
            msg!("check-say-more"),
        ),
        ValidationErrorKind::MaxLength { limit } => one(
            Kind::Length,
            msg!("check-max-length", subject = subject, limit = *limit),
            msg!("check-shorten"),
        ),
        _ => one(
            Kind::Schema,
            msg!(
                "check-not-valid",
                subject = subject,
                reason = error.to_string()
            ),
            msg!("check-see-schema"),
        ),
    }
}

/// A required key's description: the schema's (English), or its translation (`key-…` messages
/// of the host, named after where the key sits: `key-partners-id` in a charter,
/// `key-pack-rule-id` in a rule pack).
fn key_description(document: &str, pointer: &str, key: &str, english: &str) -> Message {
    let mut id = String::from("key");
    if document != "charter" {
        id.push('-');
        id.push_str(document);
    }
    for token in pointer.split('/').skip(1) {
        if !token.bytes().all(|b| b.is_ascii_digit()) {
            id.push('-');
            id.push_str(token);
        }
    }
    id.push('-');
    id.push_str(key);
    Message::keyed(id, lower_first(english))
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_lowercase().collect::<String>() + c.as_str(),
        None => String::new(),
    }
}

fn last_key(pointer: &str) -> String {
    pointer
        .rsplit('/')
        .find(|t| !t.bytes().all(|b| b.is_ascii_digit()))
        .map(crate::source::unescape)
        .unwrap_or_default()
}

fn field_is_date(field: &str) -> bool {
    matches!(
        field,
        "start"
            | "end"
            | "date"
            | "due"
            | "by"
            | "until"
            | "expires"
            | "adopted"
            | "handover_date"
            | "commitment_until"
            | "analysis_date"
    )
}

/// A value as the message shows it: texts quoted, containers by kind.
fn describe(value: &Value) -> Message {
    match value {
        Value::String(s) if s.trim().is_empty() => msg!(
            "check-found-blank",
            text = format!("`{s:?}`").replace("`\"", "`").replace("\"`", "`")
        ),
        Value::String(s) => Message::verbatim(format!("`{}`", truncate(s))),
        Value::Number(n) => Message::verbatim(format!("`{n}`")),
        Value::Bool(b) => Message::verbatim(format!("`{b}`")),
        Value::Null => Message::verbatim("null"),
        Value::Array(a) if a.is_empty() => msg!("check-found-empty-list"),
        Value::Array(a) => msg!("check-found-list", count = a.len()),
        Value::Object(_) => msg!("check-found-table"),
    }
}

fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn truncate(s: &str) -> String {
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s.to_owned()
    }
}

fn pattern_sentence(
    pattern: &str,
    subject: Message,
    found: Message,
    field: &str,
) -> (Message, Message) {
    if pattern == "\\S" {
        (
            msg!("check-not-blank", subject = subject),
            msg!("check-write-or-remove"),
        )
    } else if pattern == "^[a-z0-9][a-z0-9-]*$" {
        (
            msg!("check-slug", subject = subject, found = found),
            msg!("check-write-slug"),
        )
    } else if pattern.starts_with("^[a-z0-9-]+(\\.") {
        (
            msg!("check-rule-id", subject = subject, found = found),
            msg!("check-write-rule-id"),
        )
    } else if field == "language" || field == "languages" || pattern.contains("[Xx]") {
        (
            msg!("check-language-tag", subject = subject, found = found),
            msg!("check-write-language-tag"),
        )
    } else {
        (
            msg!("check-pattern", subject = subject, found = found),
            msg!("check-match-pattern", pattern = pattern),
        )
    }
}

/// The sub-schema that describes the object at `pointer`, following `$ref`s, `properties` and
/// `items`.
fn schema_at<'s>(schema: &'s Value, instance: &Value, pointer: &str) -> Option<&'s Value> {
    let mut node = resolve(schema, schema)?;
    let mut value = instance;
    for raw in pointer.split('/').skip(1) {
        let token = crate::source::unescape(raw);
        node = if value.is_array() {
            value = value.get(token.parse::<usize>().ok()?)?;
            resolve(schema, node.get("items")?)?
        } else {
            value = value.get(&token)?;
            let next = node
                .get("properties")
                .and_then(|p| p.get(&token))
                .or_else(|| node.get("additionalProperties").filter(|a| a.is_object()))?;
            resolve(schema, next)?
        };
    }
    Some(node)
}

fn resolve<'s>(root: &'s Value, node: &'s Value) -> Option<&'s Value> {
    let mut node = node;
    for _ in 0..8 {
        match node.get("$ref").and_then(Value::as_str) {
            Some(r) => node = root.pointer(r.strip_prefix('#')?)?,
            None => return Some(node),
        }
    }
    None
}

fn known_keys(schema: &Value, instance: &Value, pointer: &str) -> Vec<String> {
    schema_at(schema, instance, pointer)
        .and_then(|s| s.get("properties"))
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default()
}

fn property_description(
    schema: &Value,
    instance: &Value,
    pointer: &str,
    key: &str,
) -> Option<String> {
    let parent = schema_at(schema, instance, pointer)?;
    let prop = resolve(schema, parent.get("properties")?.get(key)?)?;
    let own = parent.get("properties")?.get(key)?.get("description");
    own.or_else(|| prop.get("description"))
        .and_then(Value::as_str)
        .map(|d| d.trim_end_matches('.').to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Lang, t};

    /// (the `key-…` id, the schema's description) of every required key under `node`.
    fn required_keys(root: &Value, node: &Value, path: &str, out: &mut Vec<(String, String)>) {
        let Some(node) = resolve(root, node) else {
            return;
        };
        let properties = node.get("properties").and_then(Value::as_object);
        for key in node
            .get("required")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
        {
            let property = properties.and_then(|p| p.get(key));
            let description = property
                .and_then(|p| p.get("description"))
                .or_else(|| property.and_then(|p| resolve(root, p)?.get("description")))
                .and_then(Value::as_str)
                .unwrap_or_default();
            out.push((format!("key{path}-{key}"), description.to_owned()));
        }
        for (key, child) in properties.into_iter().flatten() {
            required_keys(root, child, &format!("{path}-{key}"), out);
        }
        for child in ["items", "additionalProperties"]
            .iter()
            .filter_map(|k| node.get(*k))
        {
            required_keys(root, child, path, out);
        }
        for list in ["allOf", "anyOf", "oneOf"] {
            for child in node
                .get(list)
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                required_keys(root, child, path, out);
            }
        }
    }

    #[test]
    fn every_required_key_is_described_in_every_language() {
        let mut keys = Vec::new();
        for (name, prefix) in [("charter", ""), ("pack", "-pack"), ("profile", "-profile")] {
            let schema: Value = serde_json::from_str(crate::schemas::text(name).unwrap()).unwrap();
            required_keys(&schema, &schema, prefix, &mut keys);
        }
        assert!(keys.len() >= 50, "{keys:?}");
        assert_eq!(
            key_description("charter", "", "x", "the schema's words").text(Lang::EN),
            "the schema's words",
            "a key no file describes keeps the schema's words"
        );
        for (id, description) in &keys {
            let english = lower_first(description.trim_end_matches('.'));
            for lang in Lang::offered() {
                assert!(crate::lang::has(lang, id), "{lang}: no `{id}`");
            }
            // English is the schema's text: the help reads the same as before translations.
            let written = crate::lang::text(Lang::EN, id, &crate::lang::Args::new());
            assert_eq!(written, english, "`{id}` differs from the schema");
        }
        // The help of a missing key, in French.
        let fr = Lang::from_tag("fr").unwrap();
        let help = key_description("charter", "/partners/0", "base", "ignored").text(fr);
        assert!(help.starts_with("où le partenaire est basé"), "{help}");
        assert_eq!(t!(fr, "check-add-key", key = "base"), "ajoutez `base`");
        let pack = key_description("pack", "/rule/0", "message", "ignored").text(fr);
        assert!(pack.starts_with("le message du constat"), "{pack}");
    }
}
