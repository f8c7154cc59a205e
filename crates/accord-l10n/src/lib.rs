//! Accord's languages: which one a run speaks ([`negotiate`]), and the host's own sentences in
//! it ([`t!`]).
//!
//! Reports speak the reader's language; charters keep the partners' own words. The host's
//! sentences live in Fluent files, one folder per language (`l10n/<tag>/*.ftl`), embedded at
//! build time; English is the source. A sentence is written
//!
//! ```
//! use accord_l10n::{Lang, t};
//!
//! let fr = Lang::from_tag("fr").unwrap();
//! assert_eq!(t!(fr, "explain-why"), "Pourquoi");
//! assert_eq!(t!(Lang::EN, "rules-footer", count = 3), "3 rules; `accord explain RULE` tells what each checks, why, and how to fix it.");
//! ```
//!
//! Rule texts and finding messages are not here: they come with their rules (the plugins' own
//! Fluent files, a pack's `[rule.l10n.<tag>]`), and the catalogue serves them.

mod lang;
mod message;
mod negotiate;

pub use accord_plugin::l10n::{Arg, Args};
pub use lang::Lang;
pub use message::{Message, Value};
pub use negotiate::{Choice, Origin, from_accept_language, negotiate, posix_locale_tag};

use accord_plugin::l10n::Translations;

mod files {
    include!(concat!(env!("OUT_DIR"), "/host_files.rs"));
}

/// The host's sentences in every language.
pub static HOST: Translations = Translations::new(files::HOST_FILES);

/// The host's sentence `id` in `lang`, with `args`; English when `lang` lacks it.
pub fn text(lang: Lang, id: &str, args: &Args<'_>) -> String {
    HOST.messages(Some(lang.tag())).format(id, args)
}

/// A label and its text, as errors and warnings print them: "help: …", "aide : …".
/// `label`: error, warning, help or cause.
pub fn labelled(lang: Lang, label: &str, text: &str) -> String {
    crate::t!(
        lang,
        "labelled",
        label = crate::t!(lang, "label", label = label),
        text = text
    )
}

/// A sentence and its help on the next line: "…\nhelp: …", in `lang`.
pub fn with_help(lang: Lang, message: String, help: String) -> String {
    format!("{message}\n{}", labelled(lang, "help", &help))
}

/// Whether `lang` has the host message `id` (the pseudo-language has what English has).
pub fn has(lang: Lang, id: &str) -> bool {
    use std::collections::HashSet;
    use std::sync::OnceLock;
    static IDS: OnceLock<Vec<HashSet<String>>> = OnceLock::new();
    let ids = IDS.get_or_init(|| {
        Lang::all()
            .map(|l| {
                let tag = if l.is_pseudo() {
                    Lang::EN.tag()
                } else {
                    l.tag()
                };
                HOST.file(tag)
                    .map(|text| accord_plugin::l10n::outline(text).into_keys().collect())
                    .unwrap_or_default()
            })
            .collect()
    });
    let index = Lang::all().position(|l| l == lang).unwrap_or(0);
    ids.get(index).is_some_and(|set| set.contains(id))
}

/// `t!(lang, "id")` or `t!(lang, "id", name = value, …)`: the host's sentence `id` in `lang`.
/// A value is a text (`&str`, `String`), a whole number (plural forms select on it), an amount
/// (`f64`, at most two decimals) or an [`Arg`] (`Arg::percent(0.125)`).
#[macro_export]
macro_rules! t {
    ($lang:expr, $id:literal $(,)?) => {
        $crate::text($lang, $id, &$crate::Args::new())
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::text($lang, $id, &$crate::Args::new()$(.arg(stringify!($name), $value))+)
    };
}

#[cfg(test)]
mod usage;

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use accord_plugin::l10n::outline;

    use super::*;

    #[test]
    fn the_host_files_parse() {
        assert!(HOST.problems().is_empty(), "{:?}", HOST.problems());
        let tags: Vec<&str> = files::HOST_FILES.iter().map(|(t, _)| *t).collect();
        let expected: BTreeSet<&str> = Lang::offered().map(Lang::tag).collect();
        assert_eq!(tags.iter().copied().collect::<BTreeSet<_>>(), expected);
    }

    /// Every message of English is in every language with the same arguments and functions
    /// (`DATE`), and no language has a message English lacks.
    #[test]
    fn every_host_message_is_in_every_language_with_its_arguments() {
        let file = |tag: &str| {
            HOST.file(tag)
                .unwrap_or_else(|| panic!("no host files for `{tag}`"))
        };
        let english = outline(file("en"));
        assert!(!english.is_empty());
        for lang in Lang::offered().filter(|l| !l.is_source()) {
            let translated = outline(file(lang.tag()));
            for (id, shape) in &english {
                let other = translated
                    .get(id)
                    .unwrap_or_else(|| panic!("{lang}: the message `{id}` is missing"));
                assert_eq!(other.variables, shape.variables, "{lang}: `{id}`");
                // A date written out in one language is written out in all.
                assert_eq!(other.functions, shape.functions, "{lang}: `{id}`");
                assert_eq!(other.attributes, shape.attributes, "{lang}: `{id}`");
            }
            let extra: Vec<&String> = translated
                .keys()
                .filter(|id| !english.contains_key(*id))
                .collect();
            assert!(extra.is_empty(), "{lang}: not in English: {extra:?}");
        }
    }

    #[test]
    fn sentences_follow_the_language_and_fall_back_to_english() {
        let es = Lang::from_tag("es-PE").unwrap();
        assert_eq!(t!(es, "explain-fix"), "Cómo corregirlo");
        assert_eq!(t!(Lang::EN, "explain-fix"), "How to fix");
        let pseudo = Lang::from_tag("qps-ploc").unwrap();
        assert_eq!(t!(pseudo, "explain-why"), "Ẇħẏ");
        // A message no file has is its id (the completeness test above keeps that from users).
        assert_eq!(t!(es, "no-such-message"), "no-such-message");
    }

    #[test]
    fn counts_take_their_plural_form_in_every_language() {
        let (fr, es) = (Lang::from_tag("fr").unwrap(), Lang::from_tag("es").unwrap());
        let seats = |lang| t!(lang, "check-community-seats", community = 1, total = 0);
        assert_eq!(
            seats(Lang::EN),
            "the community holds 1 seat on the governing body, more than its 0 seats in all"
        );
        assert!(
            seats(fr).starts_with("la communauté détient 1 siège au sein"),
            "{}",
            seats(fr)
        );
        assert!(
            seats(es).starts_with("la comunidad tiene 1 asiento en el"),
            "{}",
            seats(es)
        );
        assert_eq!(
            t!(Lang::EN, "report-baseline-absent", count = 1),
            "not in the baseline: its finding is new"
        );
        assert_eq!(
            t!(Lang::EN, "report-baseline-absent", count = 3),
            "not in the baseline: all 3 findings are new"
        );
    }
}
