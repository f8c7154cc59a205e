//! Schema errors as sentences a programme officer understands, each with a fix.

use jsonschema::ValidationError;
use jsonschema::error::{TypeKind, ValidationErrorKind};
use serde_json::Value;

use super::{closest, human_path};
use crate::diagnostic::{Diagnostic, Kind};
use crate::load::Document;
use crate::source::escape;

/// The schema's upper bound on every whole number: 2^53 - 1 (I-JSON, RFC 7493).
const MAX_EXACT_INTEGER: u64 = (1 << 53) - 1;

pub(super) fn explain(
    error: &ValidationError<'_>,
    schema: &Value,
    doc: &Document,
    document: &str,
) -> Vec<Diagnostic> {
    let pointer = error.instance_path().as_str().to_owned();
    let at = human_path(&pointer);
    // `at` goes inside backticks; the root reads better as plain words.
    let subject = if pointer.is_empty() {
        document.to_owned()
    } else {
        format!("`{at}`")
    };
    let found = describe(error.instance());
    let field = last_key(&pointer);
    let one = |kind: Kind, message: String, help: String| {
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
                        Some(k) => format!("did you mean `{k}`?"),
                        None if known.is_empty() => "remove it".to_owned(),
                        None => format!("remove it, or use one of: {}", known.join(", ")),
                    };
                    let place = if pointer.is_empty() {
                        "at the top level".to_owned()
                    } else {
                        format!("in `{at}`")
                    };
                    Diagnostic::new(Kind::UnknownKey, format!("unknown key `{key}` {place}"))
                        .at_path(path.clone())
                        .with_help(help)
                })
                .collect()
        }
        ValidationErrorKind::Required { property } => {
            let key = property.as_str().unwrap_or_default();
            let place = if pointer.is_empty() {
                document.to_owned()
            } else {
                format!("`{at}`")
            };
            let description = property_description(schema, &doc.value, &pointer, key);
            let help = match description {
                Some(d) => format!("add `{key}`: {}", lower_first(&d)),
                None => format!("add `{key}`"),
            };
            vec![
                Diagnostic::new(
                    Kind::Required,
                    format!("{place} is missing the required key `{key}`"),
                )
                .at_path(format!("{pointer}/{}", escape(key)))
                .with_help(help),
            ]
        }
        ValidationErrorKind::Type { kind } => {
            let expected = match kind {
                TypeKind::Single(t) => type_word(&t.to_string()).to_owned(),
                TypeKind::Multiple(set) => set
                    .iter()
                    .map(|t| type_word(&t.to_string()))
                    .collect::<Vec<_>>()
                    .join(" or "),
            };
            let help = if expected == "a date" || field_is_date(&field) {
                "write a date like 2011-06-30".to_owned()
            } else {
                format!("write {expected} here")
            };
            one(
                Kind::Type,
                format!("{subject} must be {expected}; found {found}"),
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
                    Some(c) => format!("did you mean `{c}`?"),
                    None => format!("use one of: {}", options.join(", ")),
                };
                one(
                    Kind::Enum,
                    format!(
                        "{subject} must be one of {}; found {found}",
                        options.join(", ")
                    ),
                    help,
                )
            } else {
                let (what, example) = match field.as_str() {
                    "country" => (
                        "an officially assigned ISO 3166-1 alpha-2 country code",
                        "`HT` for Haiti",
                    ),
                    "currency" => ("an active ISO 4217 currency code", "`USD` or `HTG`"),
                    _ => ("one of the allowed values", "a value from the schema"),
                };
                let upper = given.to_ascii_uppercase();
                let help = match options.iter().find(|o| **o == upper && upper != given) {
                    Some(o) => format!("codes are upper case: write `{o}`"),
                    None => format!("use {what}, such as {example}"),
                };
                one(
                    Kind::Enum,
                    format!("{subject} must be {what}; found {found}"),
                    help,
                )
            }
        }
        ValidationErrorKind::Constant { expected_value } => {
            let help = if field == "charter_version" {
                "this version of Accord reads charter format version 1".to_owned()
            } else {
                format!("write {}", describe(expected_value))
            };
            one(
                Kind::Enum,
                format!(
                    "{subject} must be {}; found {found}",
                    describe(expected_value)
                ),
                help,
            )
        }
        ValidationErrorKind::Format { format } => {
            let (what, help) = match format.as_str() {
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
                        "use a date like 2011-06-30, without a time of day"
                    } else if text.contains(':') {
                        "use a date like 2011-06-30, not a time of day"
                    } else if shaped {
                        "this day does not exist in the calendar: check the month and day"
                    } else {
                        "write the date as YYYY-MM-DD, e.g. 2011-06-30"
                    };
                    ("a real date (YYYY-MM-DD)", help.to_owned())
                }
                "uri" => (
                    "a full web address (URI)",
                    "write an address such as https://example.org/budget".to_owned(),
                ),
                other => (other, format!("write a valid {other}")),
            };
            one(
                Kind::Format,
                format!("{subject} must be {what}; found {found}"),
                help,
            )
        }
        ValidationErrorKind::Pattern { pattern } => {
            let (message, help) = pattern_sentence(pattern, &subject, &found, &field);
            one(Kind::Pattern, message, help)
        }
        ValidationErrorKind::Minimum { limit } => one(
            Kind::Range,
            format!("{subject} must be at least {limit}; found {found}"),
            format!("write a number of {limit} or more"),
        ),
        ValidationErrorKind::Maximum { limit } => {
            let help = if limit.as_f64() == Some(1.0) {
                "shares are fractions between 0 and 1: write 0.25 for 25%".to_owned()
            } else if limit.as_u64() == Some(MAX_EXACT_INTEGER) {
                format!(
                    "write a whole number of at most {limit} (2^53 - 1), the largest every JSON reader holds exactly"
                )
            } else {
                format!("write a number of at most {limit}")
            };
            one(
                Kind::Range,
                format!("{subject} must be at most {limit}; found {found}"),
                help,
            )
        }
        ValidationErrorKind::ExclusiveMinimum { limit } => one(
            Kind::Range,
            format!("{subject} must be more than {limit}; found {found}"),
            format!("write a number above {limit}"),
        ),
        ValidationErrorKind::ExclusiveMaximum { limit } => one(
            Kind::Range,
            format!("{subject} must be less than {limit}; found {found}"),
            format!("write a number below {limit}"),
        ),
        ValidationErrorKind::MinItems { limit } => one(
            Kind::Length,
            format!(
                "`{at}` must list at least {limit} {}; found {found}",
                plural(*limit, "entry", "entries")
            ),
            "add the missing entries".to_owned(),
        ),
        ValidationErrorKind::MaxItems { limit } => one(
            Kind::Length,
            format!(
                "{subject} may list at most {limit} {}; found {found}",
                plural(*limit, "entry", "entries")
            ),
            "remove entries".to_owned(),
        ),
        ValidationErrorKind::MinLength { limit } => one(
            Kind::Length,
            format!("{subject} must be at least {limit} characters long; found {found}"),
            "say more: a reader needs the reason, not a placeholder".to_owned(),
        ),
        ValidationErrorKind::MaxLength { limit } => one(
            Kind::Length,
            format!("{subject} must be at most {limit} characters long"),
            "shorten it".to_owned(),
        ),
        _ => one(
            Kind::Schema,
            format!("{subject} is not valid: {error}"),
            "see `accord schema charter` for what is allowed here".to_owned(),
        ),
    }
}

fn plural(n: u64, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
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

fn type_word(t: &str) -> &'static str {
    match t {
        "string" => "a text",
        "integer" => "a whole number",
        "number" => "a number",
        "boolean" => "true or false",
        "array" => "a list",
        "object" => "a table",
        "null" => "null",
        _ => "another type",
    }
}

/// A value as the message shows it: texts quoted, containers by kind.
fn describe(value: &Value) -> String {
    match value {
        Value::String(s) if s.trim().is_empty() => format!("the blank text `{s:?}`")
            .replace("`\"", "`")
            .replace("\"`", "`"),
        Value::String(s) => format!("`{}`", truncate(s)),
        Value::Number(n) => format!("`{n}`"),
        Value::Bool(b) => format!("`{b}`"),
        Value::Null => "null".to_owned(),
        Value::Array(a) if a.is_empty() => "an empty list".to_owned(),
        Value::Array(a) => format!(
            "a list of {} {}",
            a.len(),
            if a.len() == 1 { "entry" } else { "entries" }
        ),
        Value::Object(_) => "a table".to_owned(),
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

fn pattern_sentence(pattern: &str, subject: &str, found: &str, field: &str) -> (String, String) {
    if pattern == "\\S" {
        (
            format!("{subject} must not be blank"),
            "write the text, or remove the key if there is nothing to say".to_owned(),
        )
    } else if pattern == "^[a-z0-9][a-z0-9-]*$" {
        (
            format!(
                "{subject} must be a slug (lowercase letters, digits and hyphens); found {found}"
            ),
            "write an id such as `konbit-dlo`".to_owned(),
        )
    } else if pattern.starts_with("^[a-z0-9-]+(\\.") {
        (
            format!("{subject} must be a rule id; found {found}"),
            "write a rule id such as `transparency.budget-published` (`accord rules` lists them)"
                .to_owned(),
        )
    } else if field == "language" || field == "languages" || pattern.contains("[Xx]") {
        (
            format!("{subject} must be a BCP 47 language tag; found {found}"),
            "write a tag such as `ht`, `fr` or `es-PE`".to_owned(),
        )
    } else {
        (
            format!("{subject} does not have the expected form; found {found}"),
            format!("match the pattern {pattern}"),
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
