//! A plugin's (or the host's) Fluent files: rule texts and finding messages by language.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use intl_memoizer::Memoizable;
use unic_langid::LanguageIdentifier;

use super::language::{LANGUAGES, Language, Numbers, language, source};
use crate::manifest::RuleTexts;

type Bundle = fluent_bundle::concurrent::FluentBundle<FluentResource>;

/// The Fluent message holding the texts of a rule: its id with dots as hyphens
/// (`transparency.budget-published` → `transparency-budget-published`), with the attributes
/// `.summary`, `.rationale`, `.fix` and `.example`.
pub fn rule_message_id(rule_id: &str) -> String {
    rule_id.replace('.', "-")
}

/// The Fluent message holding a plugin's one-sentence description.
pub const DESCRIPTION_ID: &str = "plugin-description";

/// The attributes a rule's message may have, as the manifest names them.
pub const RULE_ATTRIBUTES: [&str; 4] = ["summary", "rationale", "fix", "example"];

/// One Fluent file per language, embedded in the binary; each is parsed the first time a message
/// in its language is asked for (a run in French parses French and English, not Spanish).
///
/// ```
/// use accord_plugin::l10n::{Args, Translations};
///
/// static TRANSLATIONS: Translations = Translations::new(&[
///     ("en", "no-budget = The charter has no budget ({ $count } partners).\n"),
///     ("fr", "no-budget = La charte n’a pas de budget ({ $count } partenaires).\n"),
/// ]);
/// let fr = TRANSLATIONS.messages(Some("fr"));
/// assert_eq!(
///     fr.format("no-budget", &Args::new().count("count", 3)),
///     "La charte n’a pas de budget (3 partenaires)."
/// );
/// // A language without a file falls back to English.
/// let de = TRANSLATIONS.messages(Some("de"));
/// assert_eq!(de.tag(), "en");
/// ```
pub struct Translations {
    files: &'static [(&'static str, &'static str)],
    /// The bundle of each language of [`LANGUAGES`], by index; `None` without a file.
    bundles: [OnceLock<Option<Bundle>>; LANGUAGES.len()],
    /// Found on demand ([`Translations::problems`]): checking is for tests, not for every run.
    problems: OnceLock<Vec<String>>,
}

impl Translations {
    /// `files`: (BCP 47 tag, the file's text), typically `("fr", include_str!("l10n/fr.ftl"))`.
    /// English (`en`) holds the finding messages in the source language; the rule texts' English
    /// is their doc comment.
    pub const fn new(files: &'static [(&'static str, &'static str)]) -> Translations {
        Translations {
            files,
            bundles: [const { OnceLock::new() }; LANGUAGES.len()],
            problems: OnceLock::new(),
        }
    }

    /// Problems found in the files: syntax errors, unknown language tags, ids defined twice.
    /// Empty for good files (the SDK's completeness check asserts it).
    pub fn problems(&self) -> &[String] {
        self.problems.get_or_init(|| check(self.files))
    }

    /// The tags of the languages these files speak: English first, then the others in the
    /// order of the files, then the pseudo-language (made from English).
    pub fn languages(&self) -> Vec<&'static str> {
        let mut spoken: Vec<&'static Language> = Vec::new();
        for lang in self.files.iter().filter_map(|(tag, _)| file_language(tag)) {
            if !spoken.contains(&lang) {
                spoken.push(lang);
            }
        }
        spoken.sort_by_key(|l| *l != source());
        if spoken.first() == Some(&source())
            && let Some(pseudo) = language(super::PSEUDO)
        {
            spoken.push(pseudo);
        }
        spoken.iter().map(|l| l.tag).collect()
    }

    /// The text of the file of `tag`, as given.
    pub fn file(&self, tag: &str) -> Option<&'static str> {
        self.files
            .iter()
            .find(|(t, _)| t.eq_ignore_ascii_case(tag))
            .map(|(_, text)| *text)
    }

    /// The bundle of the language `tag` asks for, parsed on first use: its file, or English's
    /// for the pseudo-language. Its problems are left to [`Translations::problems`].
    fn bundle(&self, tag: &str) -> Option<(&'static Language, &Bundle)> {
        let wanted = language(tag)?;
        let index = LANGUAGES.iter().position(|l| l == wanted)?;
        let parsed = self.bundles[index].get_or_init(|| {
            let text = self.file(if wanted.pseudo {
                source().tag
            } else {
                wanted.tag
            })?;
            Some(bundle(wanted, text, &mut Vec::new()))
        });
        parsed.as_ref().map(|b| (wanted, b))
    }

    /// Messages in `locale` (the input's `locale`, [`Options::locale`](crate::Options::locale)),
    /// falling back to English for a language without a file and for a message missing from
    /// its file.
    pub fn messages(&self, locale: Option<&str>) -> Messages<'_> {
        let english = self.bundle(source().tag).map(|(_, b)| b);
        let chosen = locale.and_then(|tag| self.bundle(tag));
        Messages {
            tag: chosen.map_or(source().tag, |(l, _)| l.tag),
            language: chosen.map_or(source(), |(l, _)| l),
            chosen: chosen.map(|(_, b)| b),
            english,
        }
    }

    /// The texts of one rule in one language, from that language's file only (no fallback):
    /// `None` when the file has none of them.
    pub fn rule_texts(&self, tag: &str, rule_id: &str) -> Option<RuleTexts> {
        let (_, bundle) = self.bundle(tag)?;
        let message = bundle.get_message(&rule_message_id(rule_id))?;
        // A blank text is no translation (the manifest schema refuses blank texts).
        let attribute = |name: &str| {
            message
                .get_attribute(name)
                .map(|a| format_pattern(bundle, a.value(), None))
                .filter(|text| !text.trim().is_empty())
        };
        let texts = RuleTexts {
            summary: attribute("summary"),
            rationale: attribute("rationale"),
            fix: attribute("fix"),
            example: attribute("example"),
        };
        (!texts.is_empty()).then_some(texts)
    }

    /// The plugin's description in one language ([`DESCRIPTION_ID`]), from that file only.
    pub fn description(&self, tag: &str) -> Option<String> {
        let (_, bundle) = self.bundle(tag)?;
        let value = bundle.get_message(DESCRIPTION_ID)?.value()?;
        Some(format_pattern(bundle, value, None)).filter(|text| !text.trim().is_empty())
    }
}

/// The language a file's tag names, when it is exactly the tag of a language Accord speaks
/// (not the pseudo-language, which is made from English).
fn file_language(tag: &str) -> Option<&'static Language> {
    language(tag).filter(|l| l.tag.eq_ignore_ascii_case(tag) && !l.pseudo)
}

/// Every problem of `files`, in file order: an unknown tag, a second file for a language, a
/// call to an unknown function, a syntax error.
fn check(files: &'static [(&'static str, &'static str)]) -> Vec<String> {
    let mut problems = Vec::new();
    let mut seen: Vec<&'static Language> = Vec::new();
    for (tag, text) in files {
        let Some(lang) = file_language(tag) else {
            problems.push(format!(
                "`{tag}` is not a language Accord speaks (see accord_plugin::l10n::LANGUAGES)"
            ));
            continue;
        };
        if seen.contains(&lang) {
            problems.push(format!("two files for the language `{tag}`"));
            continue;
        }
        seen.push(lang);
        for (id, message) in super::outline(text) {
            for function in message.functions {
                if !KNOWN_FUNCTIONS.contains(&function.as_str()) {
                    problems.push(format!(
                        "{tag}.ftl: `{id}` calls `{function}()`, which is not one of {KNOWN_FUNCTIONS:?}"
                    ));
                }
            }
        }
        bundle(lang, text, &mut problems);
    }
    problems
}

/// A bundle of one file in `lang`. The pseudo-language's is English's file, accented, with
/// English's plural rules and numbers.
fn bundle(lang: &'static Language, text: &str, problems: &mut Vec<String>) -> Bundle {
    let grammar = if lang.pseudo { source() } else { lang };
    let tag = grammar.tag;
    let langid: LanguageIdentifier = tag.parse().unwrap_or_default();
    let mut bundle = Bundle::new_concurrent(vec![langid]);
    // Plain text out: no Unicode isolation marks around arguments.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    if lang.pseudo {
        bundle.set_transform(Some(super::pseudo::transform as fn(&str) -> Cow<'_, str>));
    }
    // A fresh bundle has no functions, so the name is free.
    let _ = bundle.add_function(DATE_FUNCTION, move |positional, _named| {
        date(lang, positional)
    });
    let resource = match FluentResource::try_new(text.to_owned()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = 1 + text[..error.pos.start.min(text.len())]
                    .bytes()
                    .filter(|b| *b == b'\n')
                    .count();
                problems.push(format!("{tag}.ftl, line {line}: {error}"));
            }
            resource
        }
    };
    if let Err(errors) = bundle.add_resource(resource) {
        for error in errors {
            problems.push(format!("{tag}.ftl: {error}"));
        }
    }
    bundle
}

/// The Fluent function that writes a `YYYY-MM-DD` date the bundle's language's way in a
/// sentence: `{ DATE($start) }` is `31 March 2021`, `31 mars 2021`, `31 de marzo de 2021`.
pub const DATE_FUNCTION: &str = "DATE";

/// The functions a message may call: Fluent's own `NUMBER` and [`DATE_FUNCTION`].
const KNOWN_FUNCTIONS: [&str; 2] = ["NUMBER", DATE_FUNCTION];

/// `DATE(value)`: a text that is a date of the calendar, written out in `lang`; any other value
/// as it is (a charter's malformed date is shown as the charter wrote it).
fn date<'a>(lang: &Language, positional: &[FluentValue<'a>]) -> FluentValue<'a> {
    match positional {
        [FluentValue::String(text)] => match lang.date(text) {
            Some(written) => FluentValue::String(Cow::Owned(written)),
            None => FluentValue::String(text.clone()),
        },
        [value] => value.clone(),
        _ => FluentValue::Error,
    }
}

fn format_pattern(
    bundle: &Bundle,
    pattern: &fluent_syntax::ast::Pattern<&str>,
    args: Option<&FluentArgs<'_>>,
) -> String {
    // The pseudo-language's transform follows code spans from one text element to the next.
    super::pseudo::reset();
    let mut errors = Vec::new();
    bundle
        .format_pattern(pattern, args, &mut errors)
        .into_owned()
}

/// How the bundle's language writes numbers, looked up once per bundle through Fluent's
/// memoizer (the only place a formatter learns its bundle's language).
struct BundleNumbers(&'static Numbers);

impl Memoizable for BundleNumbers {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<BundleNumbers, ()> {
        let language = language(lang.language.as_str()).unwrap_or_else(source);
        Ok(BundleNumbers(&language.numbers))
    }
}

/// Numbers as the bundle's language writes them: `12,5 %` in French.
fn format_number<M: fluent_bundle::memoizer::MemoizerKind>(
    value: &FluentValue<'_>,
    memoizer: &M,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let options = &number.options;
    let percent = options.style == FluentNumberStyle::Percent;
    let min = options.minimum_fraction_digits.unwrap_or(0);
    let max = options.maximum_fraction_digits.unwrap_or(2).max(min);
    memoizer
        .with_try_get_threadsafe::<BundleNumbers, _, _>((), |numbers| {
            let numbers = if options.use_grouping {
                numbers.0
            } else {
                &Numbers {
                    group: None,
                    ..*numbers.0
                }
            };
            if percent {
                numbers.percent(number.value, min, max)
            } else {
                numbers.decimal(number.value, min, max)
            }
        })
        .ok()
}

/// Finding messages in one language (see [`Translations::messages`]).
pub struct Messages<'t> {
    tag: &'static str,
    language: &'static Language,
    chosen: Option<&'t Bundle>,
    english: Option<&'t Bundle>,
}

impl Messages<'_> {
    /// The tag of the language the messages are in: the one asked, or `en`.
    pub fn tag(&self) -> &'static str {
        self.tag
    }

    /// Items as a list in this language: `A, B and C`, `A, B et C`.
    pub fn list<S: AsRef<str>>(&self, items: &[S]) -> String {
        self.language.list(items)
    }

    /// The message `id` with `args`; in English when the chosen language lacks it, and the id
    /// itself when English lacks it too (the SDK's completeness check catches both).
    pub fn format(&self, id: &str, args: &Args<'_>) -> String {
        let args = args.to_fluent();
        for bundle in self.chosen.into_iter().chain(self.english) {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                return format_pattern(bundle, pattern, Some(&args));
            }
        }
        id.to_owned()
    }
}

/// The arguments of a message, typed so that each language writes them its own way.
#[derive(Debug, Clone, Default)]
pub struct Args<'a> {
    values: Vec<(&'a str, Arg<'a>)>,
}

/// One argument's value: a text, or a number and how to write it.
#[derive(Debug, Clone)]
pub struct Arg<'a>(ArgValue<'a>);

#[derive(Debug, Clone)]
enum ArgValue<'a> {
    Text(Cow<'a, str>),
    Number {
        value: f64,
        min: usize,
        max: usize,
        percent: bool,
    },
}

impl Arg<'_> {
    fn number(value: f64, min: usize, max: usize, percent: bool) -> Arg<'static> {
        Arg(ArgValue::Number {
            value,
            min,
            max,
            percent,
        })
    }

    /// An amount: at most two decimals (what an `f64` converts to).
    pub fn amount(value: f64) -> Arg<'static> {
        Arg::number(value, 0, 2, false)
    }

    /// A number with exactly `decimals` decimals.
    pub fn decimal(value: f64, decimals: usize) -> Arg<'static> {
        Arg::number(value, decimals, decimals, false)
    }

    /// A share (`0.125`) as a percentage, at most two decimals.
    pub fn percent(share: f64) -> Arg<'static> {
        Arg::number(share, 0, 2, true)
    }

    /// A share as a percentage with exactly `decimals` decimals.
    pub fn percent_fixed(share: f64, decimals: usize) -> Arg<'static> {
        Arg::number(share, decimals, decimals, true)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Arg<'a> {
        Arg(ArgValue::Text(Cow::Borrowed(text)))
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Arg<'a> {
        Arg(ArgValue::Text(Cow::Borrowed(text)))
    }
}

impl From<String> for Arg<'_> {
    fn from(text: String) -> Arg<'static> {
        Arg(ArgValue::Text(Cow::Owned(text)))
    }
}

impl<'a> From<Cow<'a, str>> for Arg<'a> {
    fn from(text: Cow<'a, str>) -> Arg<'a> {
        Arg(ArgValue::Text(text))
    }
}

/// An amount, at most two decimals.
impl From<f64> for Arg<'_> {
    fn from(value: f64) -> Arg<'static> {
        Arg::amount(value)
    }
}

macro_rules! whole_numbers {
    ($($t:ty),*) => {$(
        /// A whole number (plural forms select on it).
        impl From<$t> for Arg<'_> {
            fn from(value: $t) -> Arg<'static> {
                Arg::number(value as f64, 0, 0, false)
            }
        }
    )*};
}
whole_numbers!(usize, u32, u64, i32, i64);

impl<'a> Args<'a> {
    pub fn new() -> Args<'a> {
        Args::default()
    }

    /// Any argument: a text (`&str`, `String`), a whole number, an amount (`f64`), or an
    /// [`Arg`] that says how to write a number.
    pub fn arg(mut self, name: &'a str, value: impl Into<Arg<'a>>) -> Args<'a> {
        self.values.push((name, value.into()));
        self
    }

    /// A text, written as it is (a name, an id; a date, which a message writes out with
    /// `{ DATE($name) }`).
    pub fn text(self, name: &'a str, value: impl Into<Cow<'a, str>>) -> Args<'a> {
        self.arg(name, value.into())
    }

    /// A whole number, which Fluent can also select plural forms on
    /// (`{ $count -> [one] … *[other] … }`).
    pub fn count(self, name: &'a str, count: usize) -> Args<'a> {
        self.number(name, count as f64, 0, 0, false)
    }

    /// A signed whole number.
    pub fn integer(self, name: &'a str, value: i64) -> Args<'a> {
        self.number(name, value as f64, 0, 0, false)
    }

    /// An amount (money or any measure): at most two decimals, no trailing zeros.
    pub fn amount(self, name: &'a str, value: f64) -> Args<'a> {
        self.number(name, value, 0, 2, false)
    }

    /// A number with exactly `decimals` decimals.
    pub fn decimal(self, name: &'a str, value: f64, decimals: usize) -> Args<'a> {
        self.number(name, value, decimals, decimals, false)
    }

    /// A share (`0.125`) as a percentage: `12.5%`, `12,5 %`; at most two decimals.
    pub fn percent(self, name: &'a str, share: f64) -> Args<'a> {
        self.number(name, share, 0, 2, true)
    }

    /// A share as a percentage with exactly `decimals` decimals (`12.0%`).
    pub fn percent_fixed(self, name: &'a str, share: f64, decimals: usize) -> Args<'a> {
        self.number(name, share, decimals, decimals, true)
    }

    fn number(self, name: &'a str, value: f64, min: usize, max: usize, percent: bool) -> Args<'a> {
        self.arg(name, Arg::number(value, min, max, percent))
    }

    /// The names of the arguments, in order.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.values.iter().map(|(name, _)| *name)
    }

    fn to_fluent(&self) -> FluentArgs<'_> {
        let mut args = FluentArgs::with_capacity(self.values.len());
        for (name, arg) in &self.values {
            let value = match &arg.0 {
                ArgValue::Text(text) => FluentValue::String(Cow::Borrowed(text.as_ref())),
                ArgValue::Number {
                    value,
                    min,
                    max,
                    percent,
                } if !percent && *max == 0 => {
                    // A whole number keeps Fluent's default options, so that a numeric variant
                    // key (`[0]`) matches it as well as a plural category does.
                    FluentValue::Number(FluentNumber::new(*value, FluentNumberOptions::default()))
                }
                ArgValue::Number {
                    value,
                    min,
                    max,
                    percent,
                } => FluentValue::Number(FluentNumber::new(
                    *value,
                    FluentNumberOptions {
                        style: if *percent {
                            FluentNumberStyle::Percent
                        } else {
                            FluentNumberStyle::Decimal
                        },
                        minimum_fraction_digits: Some(*min),
                        maximum_fraction_digits: Some(*max),
                        ..FluentNumberOptions::default()
                    },
                )),
            };
            args.set(*name, value);
        }
        args
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    static DEMO: Translations = Translations::new(&[
        (
            "en",
            "share = Local partners receive { $share } of { $total } { $currency }.\n\
             partners = { $count ->\n    [one] one partner\n   *[other] { $count } partners\n}\n",
        ),
        (
            "fr",
            "share = Les partenaires locaux reçoivent { $share } de { $total } { $currency }.\n\
             partners = { $count ->\n    [one] { $count } partenaire\n   *[other] { $count } partenaires\n}\n\
             demo-rule =\n    .summary = Le budget est publié.\n    .example =\n        {\"[\"}budget]\n        published = true\n\n        {\"[\"}transparency]\n        audit = \"independent\"\n",
        ),
    ]);

    fn share(tag: Option<&str>) -> String {
        DEMO.messages(tag).format(
            "share",
            &Args::new()
                .percent("share", 0.125)
                .amount("total", 400000.0)
                .text("currency", "USD"),
        )
    }

    #[test]
    fn numbers_follow_the_language() {
        assert_eq!(share(None), "Local partners receive 12.5% of 400000 USD.");
        assert_eq!(
            share(Some("fr-HT")),
            "Les partenaires locaux reçoivent 12,5\u{202F}% de 400\u{202F}000 USD."
        );
        assert!(DEMO.problems().is_empty(), "{:?}", DEMO.problems());
    }

    #[test]
    fn plurals_follow_the_language() {
        let count = |tag, n| {
            DEMO.messages(tag)
                .format("partners", &Args::new().count("count", n))
        };
        assert_eq!(count(None, 1), "one partner");
        assert_eq!(count(None, 0), "0 partners");
        // French counts zero as singular.
        assert_eq!(count(Some("fr"), 0), "0 partenaire");
        assert_eq!(count(Some("fr"), 2), "2 partenaires");
        static EXACT: Translations =
            Translations::new(&[("en", "n = { $n ->\n    [0] none\n   *[other] { $n }\n}\n")]);
        let n = |n: usize| EXACT.messages(None).format("n", &Args::new().count("n", n));
        assert_eq!((n(0).as_str(), n(12000).as_str()), ("none", "12000"));
    }

    #[test]
    fn missing_languages_and_messages_fall_back_to_english() {
        assert_eq!(DEMO.messages(Some("es")).tag(), "en");
        assert_eq!(share(Some("es")), share(None));
        assert_eq!(
            DEMO.messages(Some("fr")).format("nowhere", &Args::new()),
            "nowhere"
        );
    }

    #[test]
    fn the_pseudo_language_comes_from_english() {
        assert_eq!(DEMO.languages(), ["en", "fr", "qps-ploc"]);
        let pseudo = share(Some("qps-ploc"));
        assert!(pseudo.starts_with("Ŀǿǿƈȧȧŀ ƥȧȧřŧƞḗḗřş"), "{pseudo}");
        assert!(pseudo.ends_with("12.5% ǿǿƒ 400000 USD."), "{pseudo}");
    }

    #[test]
    fn rule_texts_come_from_attributes_with_code_kept() {
        let texts = DEMO.rule_texts("fr", "demo.rule").expect("texts");
        assert_eq!(texts.summary.as_deref(), Some("Le budget est publié."));
        assert_eq!(
            texts.example.as_deref(),
            Some("[budget]\npublished = true\n\n[transparency]\naudit = \"independent\"")
        );
        assert_eq!(texts.fix, None);
        assert_eq!(DEMO.rule_texts("en", "demo.rule"), None);
    }

    #[test]
    fn dates_are_written_the_bundle_language_s_way() {
        static DATES: Translations = Translations::new(&[
            ("en", "span = From { DATE($start) } to { DATE($end) }.\n"),
            ("fr", "span = Du { DATE($start) } au { DATE($end) }.\n"),
            ("es", "span = Del { DATE($start) } al { DATE($end) }.\n"),
        ]);
        assert!(DATES.problems().is_empty(), "{:?}", DATES.problems());
        let span = |tag, start, end| {
            DATES
                .messages(Some(tag))
                .format("span", &Args::new().text("start", start).text("end", end))
        };
        assert_eq!(
            span("en", "2019-04-01", "2021-03-31"),
            "From 1 April 2019 to 31 March 2021."
        );
        assert_eq!(
            span("fr-HT", "2019-04-01", "2021-03-31"),
            "Du 1er avril 2019 au 31 mars 2021."
        );
        assert_eq!(
            span("es", "2019-04-01", "2021-03-31"),
            "Del 1 de abril de 2019 al 31 de marzo de 2021."
        );
        assert_eq!(
            span("qps-ploc", "2019-04-01", "2021-03-31"),
            "Ƒřǿǿḿ 1 ȦȦƥřīīŀ 2019 ŧǿǿ 31 Ḿȧȧřƈħ 2021."
        );
        // What is not a date is written as the charter has it.
        assert_eq!(span("fr", "2021-02-30", "soon"), "Du 2021-02-30 au soon.");
    }

    #[test]
    fn a_call_to_an_unknown_function_is_a_problem() {
        static TYPO: Translations =
            Translations::new(&[("en", "when = On { DAET($date) }.\nok = { DATE($date) }\n")]);
        let problems = TYPO.problems();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("`DAET()`"), "{problems:?}");
    }

    #[test]
    fn bad_files_are_problems_not_panics() {
        static BAD: Translations = Translations::new(&[
            ("en", "ok = Fine.\nbroken = { $x\n"),
            ("de", "x = y\n"),
            ("en", "again = Twice.\n"),
        ]);
        let problems = BAD.problems();
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].starts_with("en.ftl, line "), "{problems:?}");
        assert!(problems[1].contains("`de`"), "{problems:?}");
        assert_eq!(BAD.messages(None).format("ok", &Args::new()), "Fine.");
    }
}
