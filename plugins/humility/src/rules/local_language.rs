use accord_plugin::charter::{Consultation, ConsultationMethod};
use accord_plugin::l10n::{Args, Messages};
use accord_plugin::{Charter, Outcome};

accord_plugin::rule! {
    /// Every consultation was held in a language the community speaks: its `language` is one of
    /// `context.languages` (not applicable when no languages are listed).
    ///
    /// ## Why
    /// A consultation held in a language people do not speak well hears only those who speak it:
    /// often the most educated, the officials and the intermediaries. The Core Humanitarian
    /// Standard (2014, revised 2024), commitment 4, asks that communication with communities be
    /// in languages and formats they understand. Tags match without regard to case and by
    /// subtag, so `es` matches `es-PE` and the other way round; a consultation that does not
    /// record its language fails.
    ///
    /// ## How to fix
    /// Hold consultations in the community's own languages and record each one's `language` with
    /// a tag listed in `context.languages`. If the community speaks a language that is missing from
    /// `context.languages`, add it there; if a consultation was held in another language,
    /// repeat it in the community's language.
    ///
    /// ## Example
    /// ```toml
    /// [context]
    /// languages = ["ht", "fr"]
    ///
    /// [listening]
    /// solution_predetermined = false
    ///
    /// [[listening.consultations]]
    /// date = 2010-11-15
    /// method = "community-meeting"
    /// participants = 85
    /// language = "ht"
    /// before_design = true
    /// ```
    pub RULE = "humility.local-language", Warning,
        references: [
            "Core Humanitarian Standard (2014, revised 2024): commitment 4, communication, participation and feedback",
        ]
}

pub fn check(charter: &Charter<'_>, t: &Messages<'_>, out: &mut Outcome) {
    let languages = charter
        .context
        .as_ref()
        .and_then(|c| c.languages.as_deref())
        .unwrap_or_default();
    // "Not applicable when no languages are listed": no `[context]`, no `languages`, or an
    // empty list. This takes precedence over everything else.
    if languages.is_empty() {
        out.not_applicable(&RULE);
        return;
    }
    // "Every consultation": passes when there are none (another rule reports that).
    let consultations = charter
        .listening
        .as_ref()
        .and_then(|l| l.consultations.as_deref())
        .unwrap_or_default();
    let listed = languages.join(", ");
    for (i, c) in consultations.iter().enumerate() {
        let path = format!("/listening/consultations/{i}/language");
        let args = Args::new()
            .text("consultation", describe(c, t))
            .text("languages", listed.as_str());
        match &c.language {
            None => {
                let message = t.format("local-language-unrecorded", &args);
                out.finding(&RULE, path, message);
                return;
            }
            Some(tag) if !languages.iter().any(|l| tags_match(tag, l)) => {
                let message = t.format("local-language-other", &args.text("tag", tag.as_str()));
                out.finding(&RULE, path, message);
                return;
            }
            Some(_) => {}
        }
    }
}

/// Language tags match case-insensitively, and a tag matches its own subtags in either
/// direction (`es` matches `es-PE` and `es-PE` matches `es`). Two tags that only share a
/// prefix (`es-PE` and `es-MX`) do not match: neither is a subtag prefix of the other.
fn tags_match(a: &str, b: &str) -> bool {
    let a = a.trim().to_ascii_lowercase();
    let b = b.trim().to_ascii_lowercase();
    a == b || is_subtag_prefix(&a, &b) || is_subtag_prefix(&b, &a)
}

/// `prefix` is `tag` cut at a subtag boundary (`es` of `es-pe`, not `e` of `es`).
fn is_subtag_prefix(prefix: &str, tag: &str) -> bool {
    tag.strip_prefix(prefix)
        .is_some_and(|rest| rest.starts_with('-'))
}

/// "The community meeting of 2010-11-15" (the subject of a sentence).
fn describe(c: &Consultation<'_>, t: &Messages<'_>) -> String {
    let method = match c.method {
        ConsultationMethod::Survey => "survey",
        ConsultationMethod::FocusGroup => "focus-group",
        ConsultationMethod::CommunityMeeting => "community-meeting",
        ConsultationMethod::Interviews => "interviews",
        ConsultationMethod::CoDesignWorkshop => "co-design-workshop",
        ConsultationMethod::Other => "other",
    };
    let args = Args::new()
        .text("method", method)
        .text("date", c.date.to_string());
    t.format("local-language-consultation", &args)
}

#[cfg(test)]
mod tests {
    use super::{RULE, tags_match};
    use crate::Humility;
    use accord_plugin_testkit::Fixture;
    use serde_json::{Value, json};

    fn consultation(language: Option<&str>) -> Value {
        let mut c = json!({"date": "2010-11-15", "method": "community-meeting",
                           "participants": 40, "before_design": true});
        if let (Some(c), Some(language)) = (c.as_object_mut(), language) {
            c.insert("language".into(), json!(language));
        }
        c
    }

    fn charter(languages: Value, consultations: Value) -> Fixture {
        Fixture::minimal()
            .set("/context", json!({"languages": languages}))
            .set(
                "/listening",
                json!({"solution_predetermined": false, "consultations": consultations}),
            )
    }

    #[test]
    fn not_applicable_without_context() {
        let out = Fixture::minimal()
            .set(
                "/listening",
                json!({"solution_predetermined": false,
                       "consultations": [consultation(Some("en"))]}),
            )
            .run(&Humility);
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn not_applicable_without_languages() {
        let out = Fixture::minimal()
            .set(
                "/context",
                json!({"history": "Long history of water committees."}),
            )
            .set(
                "/listening",
                json!({"solution_predetermined": false, "consultations": [consultation(None)]}),
            )
            .run(&Humility);
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn not_applicable_with_an_empty_language_list() {
        let out = charter(json!([]), json!([consultation(Some("en"))])).run(&Humility);
        assert!(out.is_not_applicable(&RULE));
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn passes_without_consultations() {
        let out = Fixture::minimal()
            .set("/context", json!({"languages": ["ht"]}))
            .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
        let empty = charter(json!(["ht"]), json!([])).run(&Humility);
        assert!(empty.paths(&RULE).is_empty());
        assert!(!empty.is_not_applicable(&RULE));
    }

    #[test]
    fn passes_when_every_consultation_is_in_a_listed_language() {
        let out = charter(
            json!(["ht", "fr"]),
            json!([consultation(Some("ht")), consultation(Some("fr"))]),
        )
        .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
        assert!(!out.is_not_applicable(&RULE));
    }

    #[test]
    fn fires_at_the_first_unlisted_language() {
        let out = charter(
            json!(["ht", "fr"]),
            json!([
                consultation(Some("ht")),
                consultation(Some("en")),
                consultation(Some("es"))
            ]),
        )
        .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations/1/language"]);
        let message = &out.of(&RULE).next().unwrap().message;
        assert_eq!(
            message,
            "The community meeting of 15 November 2010 was held in `en`, which is not one of the community's languages (ht, fr)."
        );
    }

    #[test]
    fn fires_at_the_first_missing_language() {
        let out = charter(
            json!(["ht"]),
            json!([
                consultation(Some("ht")),
                consultation(None),
                consultation(Some("en"))
            ]),
        )
        .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations/1/language"]);
        assert!(
            out.of(&RULE)
                .all(|f| f.message.contains("does not record its language"))
        );
    }

    #[test]
    fn unlisted_before_missing_points_at_the_unlisted_one() {
        let out = charter(
            json!(["ht"]),
            json!([consultation(Some("en")), consultation(None)]),
        )
        .run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations/0/language"]);
    }

    #[test]
    fn matches_case_insensitively_and_by_subtag_both_ways() {
        let out = charter(
            json!(["es", "QU-pe"]),
            json!([
                consultation(Some("es-PE")),
                consultation(Some("ES")),
                consultation(Some("qu")),
                consultation(Some("qu-PE"))
            ]),
        )
        .run(&Humility);
        assert!(out.paths(&RULE).is_empty());
    }

    #[test]
    fn a_sibling_region_or_a_bare_prefix_does_not_match() {
        let out = charter(json!(["es-PE"]), json!([consultation(Some("es-MX"))])).run(&Humility);
        assert_eq!(out.paths(&RULE), ["/listening/consultations/0/language"]);
        // `e` is not a subtag of `es`.
        assert!(!tags_match("e", "es"));
        assert!(!tags_match("es", "esu"));
        assert!(tags_match("zh-Hant", "zh-hant-TW"));
        assert!(tags_match("zh-hant-TW", "ZH"));
    }
}
