//! Validate: the charter schema (compiled once per run) and then the loader's own checks
//! (references, duplicate ids, date order, seat counts). Every problem of a charter is reported
//! together.

mod messages;
mod references;

use serde_json::Value;

use crate::diagnostic::Diagnostic;
use crate::load::Document;

/// The bundled charter schema (`accord schema charter`).
pub const CHARTER_SCHEMA: &str = include_str!("../../../../schemas/charter.schema.json");

/// The most errors reported per file (schema and loader checks each).
pub const MAX_ERRORS: usize = 200;

/// A compiled schema with what is needed to explain its errors. `Send + Sync`: share one per run.
pub struct SchemaValidator {
    /// What the whole document is, as messages name it: `charter`, `pack`, `profile`,
    /// `config`, or `other` (plugin options, manifests).
    document: &'static str,
    schema: Value,
    validator: jsonschema::Validator,
}

/// An embedded schema that does not compile: a bug in Accord, never the user's fault.
#[derive(Debug, thiserror::Error)]
#[error("the bundled schema `{name}` is broken: {message}")]
pub struct SchemaError {
    pub name: String,
    pub message: String,
}

impl SchemaValidator {
    /// Compiles a schema (draft 2020-12, formats asserted).
    pub fn new(name: &str, schema: Value) -> Result<SchemaValidator, SchemaError> {
        let validator = jsonschema::draft202012::options()
            .should_validate_formats(true)
            .build(&schema)
            .map_err(|e| SchemaError {
                name: name.to_owned(),
                message: e.to_string(),
            })?;
        let document = match name {
            "charter" => "charter",
            "config" => "config",
            "pack" => "pack",
            "profile" => "profile",
            _ => "other",
        };
        Ok(SchemaValidator {
            document,
            schema,
            validator,
        })
    }

    /// The charter schema.
    pub fn charter() -> Result<SchemaValidator, SchemaError> {
        let schema = serde_json::from_str(CHARTER_SCHEMA).map_err(|e| SchemaError {
            name: "charter".into(),
            message: e.to_string(),
        })?;
        SchemaValidator::new("charter", schema)
    }

    /// Every schema error of `value`, as sentences, located via `doc`'s source map.
    pub fn errors(&self, doc: &Document) -> Vec<Diagnostic> {
        // Most charters are valid: the boolean check is much cheaper than collecting errors.
        if self.validator.is_valid(&doc.value) {
            return Vec::new();
        }
        let mut out = Vec::new();
        // A hostile file can hold millions of errors; the first ones say what is wrong.
        for error in self.validator.iter_errors(&doc.value).take(MAX_ERRORS) {
            out.extend(messages::explain(&error, &self.schema, doc, self.document));
        }
        out
    }

    /// Every error of a value without a source (plugin manifests and outputs), as
    /// "at `/pointer`: reason" lines for a plugin author.
    pub fn explain(&self, value: &Value) -> Vec<String> {
        self.validator
            .iter_errors(value)
            .map(|e| {
                let at = e.instance_path().as_str();
                format!("at `{}`: {e}", if at.is_empty() { "/" } else { at })
            })
            .collect()
    }

    pub fn is_valid(&self, value: &Value) -> bool {
        self.validator.is_valid(value)
    }

    pub fn schema(&self) -> &Value {
        &self.schema
    }
}

/// Validates a parsed charter: schema errors, then the loader's checks, in document order.
pub fn validate_charter(schema: &SchemaValidator, doc: &Document) -> Vec<Diagnostic> {
    let mut errors = schema.errors(doc);
    errors.extend(references::check(&doc.value).into_iter().take(MAX_ERRORS));
    sort_by_place(&mut errors, doc);
    errors
}

/// Orders diagnostics by where they point (then by message, for determinism).
pub fn sort_by_place(errors: &mut [Diagnostic], doc: &Document) {
    for e in errors.iter_mut() {
        if e.span.is_none()
            && let Some(path) = &e.path
        {
            e.span = Some(doc.map.locate(path).span);
        }
    }
    errors.sort_by(|a, b| {
        let key = |d: &Diagnostic| d.span.as_ref().map_or(0, |s| s.start);
        key(a).cmp(&key(b)).then_with(|| a.message.cmp(&b.message))
    });
}

/// A human path: `/partners/2/base` → `partners[2].base`; the root is `the charter`.
pub fn human_path(pointer: &str) -> String {
    let mut out = String::new();
    for token in pointer.split('/').skip(1) {
        let token = crate::source::unescape(token);
        if token.bytes().all(|b| b.is_ascii_digit()) && !token.is_empty() {
            out.push_str(&format!("[{token}]"));
        } else {
            if !out.is_empty() {
                out.push('.');
            }
            out.push_str(&token);
        }
    }
    if out.is_empty() {
        "the charter".to_owned()
    } else {
        out
    }
}

/// The closest candidate to `word`, when one is close enough to be a likely typo.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    // Suggestions are for typos among a handful of names, not for scanning huge lists.
    candidates
        .into_iter()
        .take(1000)
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        // Ties go to the alphabetically first candidate, whatever the order given.
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Kind;

    #[test]
    fn human_paths() {
        assert_eq!(human_path("/partners/2/base"), "partners[2].base");
        assert_eq!(human_path(""), "the charter");
        assert_eq!(
            human_path("/goals/0/benchmarks/1/due"),
            "goals[0].benchmarks[1].due"
        );
    }

    /// Every `"type": "integer"` in a schema, with its JSON Pointer.
    fn integers<'s>(node: &'s Value, at: String, out: &mut Vec<(String, &'s Value)>) {
        match node {
            Value::Object(map) => {
                if node["type"] == "integer" {
                    out.push((at.clone(), node));
                }
                for (key, child) in map {
                    integers(child, format!("{at}/{key}"), out);
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    integers(child, format!("{at}/{i}"), out);
                }
            }
            _ => {}
        }
    }

    #[test]
    fn every_charter_integer_is_bounded_and_says_so() {
        let schema: Value = serde_json::from_str(CHARTER_SCHEMA).unwrap();
        let limit = 9_007_199_254_740_991_i64;
        let mut found = Vec::new();
        integers(&schema, String::new(), &mut found);
        assert!(found.len() >= 8, "{found:?}");
        for (at, integer) in found {
            let description = integer["description"].as_str().unwrap_or_default();
            if let Some(value) = integer.get("const") {
                assert!(value.as_i64().is_some_and(|v| v.abs() <= limit), "{at}");
                continue;
            }
            let (Some(min), Some(max)) = (integer["minimum"].as_i64(), integer["maximum"].as_i64())
            else {
                panic!("{at} has no minimum and maximum: {integer}");
            };
            assert!(
                -limit <= min && min <= max && max <= limit,
                "{at}: {min}..={max}"
            );
            let says = format!("from {min} to {max} (2^53 - 1)");
            assert!(
                description.contains(&says),
                "{at}: `{description}` does not say {says:?}"
            );
        }
    }

    #[test]
    fn an_integer_past_the_bound_is_a_range_error_with_the_reason() {
        let validator = SchemaValidator::charter().unwrap();
        let charter = |seats: &str| {
            let text = format!(
                r#"{{"charter_version": 1,
                "partnership": {{"id": "p", "name": "P", "summary": "S", "country": "HT",
                    "community": "C", "start": "2011-01-01", "end": "2016-12-31"}},
                "partners": [{{"id": "a", "name": "A", "sector": "community", "base": "local",
                    "roles": ["implementing"]}}],
                "governance": {{"decision_making": "consensus", "total_seats": {seats}}}}}"#
            );
            let doc =
                crate::load::parse_text(&text, crate::load::Format::Json, &Default::default())
                    .unwrap();
            validate_charter(&validator, &doc)
        };
        for fine in ["1", "9007199254740991", "9007199254740991.0", "7.0"] {
            assert_eq!(charter(fine), [], "{fine}");
        }
        for (big, shown) in [
            ("9007199254740992", "9007199254740992"),
            ("1e300", "1e+300"),
            ("18446744073709551616", "1.8446744073709552e+19"),
            ("123456789012345678901234567890", "1.2345678901234568e+29"),
        ] {
            let errors = charter(big);
            assert_eq!(errors.len(), 1, "{big}: {errors:?}");
            let e = &errors[0];
            assert_eq!(e.kind, Kind::Range, "{big}");
            assert_eq!(e.path.as_deref(), Some("/governance/total_seats"));
            assert_eq!(
                e.message,
                format!(
                    "`governance.total_seats` must be at most 9007199254740991; found `{shown}`"
                )
            );
            assert!(
                e.help
                    .as_deref()
                    .is_some_and(|h| h.contains("largest every JSON reader holds exactly")),
                "{:?}",
                e.help
            );
        }
        let errors = charter("0");
        assert_eq!(errors[0].kind, Kind::Range);
        assert_eq!(
            errors[0].message,
            "`governance.total_seats` must be at least 1; found `0`"
        );
    }

    #[test]
    fn closest_suggests_typos_only() {
        let keys = ["handover_date", "successor", "strategy"];
        assert_eq!(closest("handover_data", keys), Some("handover_date"));
        assert_eq!(closest("zzz", keys), None);
    }
}

/// A charter file checked for structure: what was loaded and every error found.
#[derive(Debug)]
pub struct Checked {
    pub loaded: crate::load::Loaded,
    pub errors: Vec<Diagnostic>,
}

impl Checked {
    pub fn is_valid(&self) -> bool {
        self.errors.is_empty()
    }

    pub fn document(&self) -> Option<&Document> {
        self.loaded.document.as_ref().ok()
    }
}

/// Loads and validates one charter file.
pub fn check_file(
    path: &std::path::Path,
    limits: &crate::load::Limits,
    schema: &SchemaValidator,
) -> Checked {
    check_loaded(crate::load::load_file(path, limits), schema)
}

/// Validates a charter already loaded (from a file or from text).
pub fn check_loaded(loaded: crate::load::Loaded, schema: &SchemaValidator) -> Checked {
    let errors = match &loaded.document {
        Ok(doc) => validate_charter(schema, doc),
        Err(d) => vec![d.clone()],
    };
    Checked { loaded, errors }
}

/// Parses a TOML file of Accord's own (pack, profile, config) and validates it against its
/// schema; every problem is located in the text.
pub fn check_toml(
    kind: crate::diagnostic::DocumentKind,
    origin: &str,
    text: &str,
    schema: &SchemaValidator,
) -> Result<Document, crate::diagnostic::InvalidFile> {
    let invalid = |diagnostics: Vec<Diagnostic>| crate::diagnostic::InvalidFile {
        kind,
        origin: origin.to_owned(),
        source: Some(Box::new(crate::load::Source::new(
            origin.into(),
            text.to_owned(),
        ))),
        diagnostics,
    };
    let limits = crate::load::Limits::default();
    let doc = crate::load::parse_text(text, crate::load::Format::Toml, &limits)
        .map_err(|d| invalid(vec![d]))?;
    let mut errors = schema.errors(&doc);
    if errors.is_empty() {
        return Ok(doc);
    }
    sort_by_place(&mut errors, &doc);
    Err(invalid(errors))
}

/// `file:line:column: message (help: …)`, for tools that print one line per problem.
pub fn located(origin: &str, text: &str, d: &Diagnostic) -> String {
    let at = d.span.as_ref().map(|s| {
        let loc = crate::source::LineIndex::new(text).location(text, s.start);
        format!("{origin}:{}:{}", loc.line, loc.column)
    });
    let help = d
        .help
        .as_ref()
        .map(|h| format!(" (help: {h})"))
        .unwrap_or_default();
    format!(
        "  {}: {}{help}",
        at.unwrap_or_else(|| origin.to_owned()),
        d.message
    )
}
