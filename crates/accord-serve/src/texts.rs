//! Every sentence the page shows, in each language, from `serve.ftl`: the page's own (filled
//! into its template) and the script's (sent to it as JSON, with the page's own, for every
//! language the picker offers, so that it changes language without reloading the charter).
//!
//! A script text's arguments reach the script as `{name}`, which it fills in. A text whose
//! words agree with a number (`$count`) is sent once per plural form of its language, keyed by
//! the CLDR category (`one`, `other`, …) that the browser's `Intl.PluralRules` selects.

use std::collections::BTreeMap;
use std::sync::OnceLock;

use accord_core::lang::{Args, Lang};
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};
use serde::Serialize;
use serde_json::{Value, json};

/// What the page says before any script runs (and without one). Each is also the text of the
/// elements marked `data-text="NAME"`, which the script rewrites in another language.
#[derive(Serialize)]
pub struct PageTexts {
    pub title: String,
    pub intro: String,
    pub private: String,
    pub language: String,
    pub language_apply: String,
    pub profile: String,
    pub open_file: String,
    pub starter: String,
    pub editor_label: String,
    pub editor_hint: String,
    pub audit: String,
    pub download: String,
    pub report: String,
    pub empty: String,
    pub no_script: String,
    pub cursor: String,
}

impl PageTexts {
    pub fn new(lang: Lang) -> PageTexts {
        let t = |id: &str| text(lang, id, &Args::new());
        PageTexts {
            title: t("serve-page-title"),
            intro: t("serve-page-intro"),
            private: t("serve-page-private"),
            language: t("serve-page-language"),
            language_apply: t("serve-page-language-apply"),
            profile: t("serve-page-profile"),
            open_file: t("serve-page-open-file"),
            starter: t("serve-page-starter"),
            editor_label: t("serve-page-editor-label"),
            editor_hint: t("serve-page-editor-hint"),
            audit: t("serve-page-audit"),
            download: t("serve-page-download"),
            report: t("serve-page-report"),
            empty: t("serve-page-empty"),
            no_script: text(
                lang,
                "serve-page-no-script",
                &Args::new().arg("audit", t("serve-page-audit")),
            ),
            cursor: text(
                lang,
                "serve-script-cursor",
                &Args::new().arg("line", 1usize).arg("column", 1usize),
            ),
        }
    }
}

/// The script's texts: (its name in the script, the message, the arguments the script fills
/// in, whether it is given per plural form of `$count`).
pub const SCRIPT: &[(&str, &str, &[&str], bool)] = &[
    ("empty", "serve-page-empty", &[], false),
    ("auditing", "serve-script-auditing", &[], false),
    ("cursor", "serve-script-cursor", &["line", "column"], false),
    (
        "summary",
        "serve-script-summary",
        &["grade", "score", "verdict"],
        false,
    ),
    ("grade", "serve-script-grade", &["grade"], false),
    ("no_grade", "serve-script-no-grade", &[], false),
    ("score", "serve-script-score", &["score"], false),
    ("verdict_pass", "serve-script-verdict-pass", &[], false),
    ("verdict_fail", "serve-script-verdict-fail", &[], false),
    (
        "rules_passed",
        "serve-script-rules-passed",
        &["evaluated"],
        true,
    ),
    ("errors", "serve-script-errors", &[], true),
    ("warnings", "serve-script-warnings", &[], true),
    ("infos", "serve-script-infos", &[], true),
    (
        "counts",
        "serve-script-counts",
        &["rules", "errors", "warnings", "infos"],
        false,
    ),
    ("categories", "serve-script-categories", &[], false),
    ("category", "serve-script-category", &[], false),
    ("category_score", "serve-script-category-score", &[], false),
    ("findings", "serve-script-findings", &["count"], false),
    ("no_findings", "serve-script-no-findings", &[], false),
    ("error", "serve-script-error", &[], false),
    ("warning", "serve-script-warning", &[], false),
    ("info", "serve-script-info", &[], false),
    ("line", "serve-script-line", &["line"], false),
    ("fix", "serve-script-fix", &[], false),
    ("waived", "serve-script-waived", &["reason"], false),
    ("invalid", "serve-script-invalid", &[], true),
    ("help", "serve-script-help", &[], false),
    (
        "plugin_failed",
        "serve-script-plugin-failed",
        &["plugin", "cause"],
        false,
    ),
    (
        "request_failed",
        "serve-script-request-failed",
        &["detail"],
        false,
    ),
    ("no_answer", "serve-script-no-answer", &[], false),
    ("replace", "serve-script-replace", &[], false),
    ("opened", "serve-script-opened", &["name"], false),
];

/// The script's texts in `lang`, by their names in the script.
pub fn script(lang: Lang) -> BTreeMap<&'static str, Value> {
    SCRIPT
        .iter()
        .map(|(name, id, fill, plural)| {
            let value = if *plural {
                json!(plural_forms(lang, id, fill))
            } else {
                json!(text(lang, id, &placeholders(fill)))
            };
            (*name, value)
        })
        .collect()
}

/// The arguments as `{name}`, for the script to fill in.
fn placeholders<'a>(names: &[&'a str]) -> Args<'a> {
    names.iter().fold(Args::new(), |args, name| {
        args.arg(name, format!("{{{name}}}"))
    })
}

fn text(lang: Lang, id: &str, args: &Args<'_>) -> String {
    accord_core::lang::text(lang, id, args)
}

/// The plural rules the language's messages select with (the pseudo-language's are English's,
/// as its messages are).
fn plural_rules(lang: Lang) -> Option<PluralRules> {
    let tag = if lang.is_pseudo() { "en" } else { lang.tag() };
    let langid: unic_langid::LanguageIdentifier = tag.parse().ok()?;
    PluralRules::create(langid, PluralRuleType::CARDINAL).ok()
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

/// A `$count` message once per plural category of `lang`, `{count}` standing for the number:
/// each form is the message formatted with the smallest count of its category (up to 200;
/// a category only larger numbers reach, such as French `many` for millions, falls back to
/// `other` in the script, as the message's default variant does here).
fn plural_forms(lang: Lang, id: &str, fill: &[&str]) -> BTreeMap<&'static str, String> {
    let mut forms = BTreeMap::new();
    let Some(rules) = plural_rules(lang) else {
        let written = text(lang, id, &placeholders(fill).arg("count", "{count}"));
        forms.insert("other", written);
        return forms;
    };
    for n in 0..=200usize {
        let Ok(category) = rules.select(n) else {
            continue;
        };
        let name = category_name(category);
        if forms.contains_key(name) {
            continue;
        }
        let written = text(lang, id, &placeholders(fill).arg("count", n));
        forms.insert(name, standing_for(&written, &n.to_string()));
    }
    forms
        .entry("other")
        .or_insert_with(|| text(lang, id, &placeholders(fill).arg("count", "{count}")));
    forms
}

/// `text` with `{count}` for each `number` that stands alone (not part of a longer number).
fn standing_for(text: &str, number: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(number) {
        let before = rest[..at].chars().next_back();
        let after = rest[at + number.len()..].chars().next();
        let alone = !before.is_some_and(|c| c.is_ascii_digit())
            && !after.is_some_and(|c| c.is_ascii_digit());
        out.push_str(&rest[..at]);
        out.push_str(if alone { "{count}" } else { number });
        rest = &rest[at + number.len()..];
    }
    out.push_str(rest);
    out
}

/// The languages the picker offers, and the one the page is in if it is not among them (the
/// pseudo-language, for tests).
pub fn picker(current: Lang) -> Vec<Lang> {
    let mut langs: Vec<Lang> = Lang::offered().collect();
    if !langs.contains(&current) {
        langs.push(current);
    }
    langs
}

/// A language's name as the picker shows it: its own name, capitalized as a menu item is.
pub fn display_name(lang: Lang) -> String {
    let name = lang.name();
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Everything the script needs, as JSON for a `<script type="application/json">` element:
/// the page's language, and for each language of the picker its page texts, its script texts
/// and its decimal sign. `<`, `>` and `&` are escaped, so no text can end the element.
pub fn json(current: Lang) -> String {
    static BY_LANG: OnceLock<Vec<Value>> = OnceLock::new();
    let all = BY_LANG.get_or_init(|| {
        Lang::all()
            .map(|lang| {
                json!({
                    "page": PageTexts::new(lang),
                    "script": script(lang),
                    "decimal": lang.language().numbers.decimal.to_string(),
                })
            })
            .collect()
    });
    let languages: serde_json::Map<String, Value> = picker(current)
        .into_iter()
        .filter_map(|lang| {
            let index = Lang::all().position(|l| l == lang)?;
            Some((lang.tag().to_owned(), all.get(index)?.clone()))
        })
        .collect();
    json!({ "lang": current.tag(), "languages": languages })
        .to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(tag: &str) -> Lang {
        Lang::from_tag(tag).expect("a language")
    }

    #[test]
    fn plural_texts_come_in_each_form_with_the_count_left_to_fill() {
        let en = plural_forms(Lang::EN, "serve-script-errors", &[]);
        assert_eq!(en["one"], "{count} error");
        assert_eq!(en["other"], "{count} errors");
        // French: 0 and 1 are singular.
        let fr = plural_forms(lang("fr"), "serve-script-rules-passed", &["evaluated"]);
        assert_eq!(fr["one"], "{count} règle respectée sur {evaluated}");
        assert_eq!(fr["other"], "{count} règles respectées sur {evaluated}");
        let es = plural_forms(lang("es"), "serve-script-invalid", &[]);
        assert!(es["one"].contains("{count} error por corregir"), "{es:?}");
        assert!(
            es["other"].contains("{count} errores por corregir"),
            "{es:?}"
        );
    }

    #[test]
    fn a_number_is_replaced_only_where_it_stands_alone() {
        assert_eq!(standing_for("1 of 10, 1", "1"), "{count} of 10, {count}");
        assert_eq!(standing_for("21 x", "1"), "21 x");
    }

    #[test]
    fn every_text_is_in_every_language_and_placeholders_survive_translation() {
        for lang in Lang::all() {
            let texts = script(lang);
            assert_eq!(texts.len(), SCRIPT.len());
            for (name, _, fill, plural) in SCRIPT {
                let forms: Vec<String> = match &texts[name] {
                    Value::String(s) => vec![s.clone()],
                    Value::Object(o) => {
                        assert!(*plural && o.contains_key("other"), "{lang} {name}");
                        o.values()
                            .map(|v| v.as_str().unwrap_or_default().to_owned())
                            .collect()
                    }
                    other => panic!("{lang} {name}: {other}"),
                };
                for form in forms {
                    for arg in *fill {
                        assert!(
                            form.contains(&format!("{{{arg}}}")),
                            "{lang} {name}: {form}"
                        );
                    }
                    assert!(
                        !form.contains("serve-"),
                        "{lang} {name}: no message: {form}"
                    );
                }
            }
        }
    }

    #[test]
    fn the_picker_names_each_language_in_itself() {
        let names: Vec<String> = picker(Lang::EN).into_iter().map(display_name).collect();
        assert_eq!(names, ["English", "Français", "Español"]);
        let pseudo = lang("qps-ploc");
        assert_eq!(picker(pseudo).last(), Some(&pseudo));
        let all: Value = serde_json::from_str(&json(lang("fr"))).expect("JSON");
        assert_eq!(all["lang"], "fr");
        assert_eq!(all["languages"]["fr"]["decimal"], ",");
        assert_eq!(all["languages"]["es"]["decimal"], ".");
        assert_eq!(
            all["languages"]["fr"]["page"]["title"],
            "Auto-évaluation avec Accord"
        );
        assert!(!json(Lang::EN).contains('<'));
    }
}
