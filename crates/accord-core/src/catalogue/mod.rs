//! The rule catalogue: every rule a run knows, from its plugins, its packs and the host, with
//! the profile's overrides applied.
//!
//! It is the one table that `accord rules`, `accord explain`, SARIF's rule list and the engine
//! read: registration, conflicts, overrides, lookup and listing all live here. It speaks one
//! language at a time ([`Catalogue::in_lang`]): each rule's texts in that language, each text
//! falling back to English (the source) where the rule has no translation of it.

pub mod host;

use std::collections::{BTreeMap, HashMap};
use std::path::PathBuf;
use std::sync::Arc;

use accord_plugin::{RuleMeta, RuleTexts, Severity};

use crate::lang::Lang;

use crate::pack::Pack;
use crate::plugin::PluginSet;
use crate::profile::{Profile, ProfileProblem};

/// Where a rule comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Plugin(String),
    /// A pack: its name, and its file (`None` when built in).
    Pack {
        name: String,
        file: Option<PathBuf>,
    },
    /// The host's own rules: never scored, counted in `rules` or waivable.
    Host,
}

impl Origin {
    /// For messages: "plugin `transparency`", "pack `core` (built in)", "accord (host)".
    pub fn describe(&self) -> String {
        match self {
            Origin::Plugin(name) => format!("plugin `{name}`"),
            Origin::Pack { name, file } => format!(
                "pack `{name}` ({})",
                file.as_ref()
                    .map_or_else(|| "built in".to_owned(), |f| f.display().to_string())
            ),
            Origin::Host => "accord (host)".to_owned(),
        }
    }

    /// [`describe`](Self::describe) in `lang`, for sentences.
    pub fn describe_in(&self, lang: Lang) -> String {
        match self {
            Origin::Plugin(name) => crate::lang::t!(lang, "origin-plugin", name = name.as_str()),
            Origin::Pack { name, file } => match file {
                Some(file) => crate::lang::t!(
                    lang,
                    "origin-pack-file",
                    name = name.as_str(),
                    file = file.display().to_string()
                ),
                None => crate::lang::t!(lang, "origin-pack-built-in", name = name.as_str()),
            },
            Origin::Host => crate::lang::t!(lang, "origin-host"),
        }
    }

    /// For listings: "plugin transparency", "pack core", "accord (host)".
    pub fn short(&self) -> String {
        self.short_in(Lang::EN)
    }

    /// [`short`](Self::short) in `lang`: "extension transparency" in French.
    pub fn short_in(&self, lang: Lang) -> String {
        let (kind, name) = match self {
            Origin::Plugin(name) => ("plugin", name.as_str()),
            Origin::Pack { name, .. } => ("pack", name.as_str()),
            Origin::Host => ("host", ""),
        };
        crate::lang::t!(lang, "rule-origin", kind = kind, name = name)
    }
}

/// A severity as sentences in `lang` write it: `warning`, `avertissement`, `advertencia`.
pub fn severity_label(severity: Severity, lang: Lang) -> String {
    crate::lang::t!(lang, "severity", severity = severity.as_str())
}

/// A rule's texts in the languages it has besides English.
pub type Translated = BTreeMap<Lang, RuleTexts>;

/// One rule as this run knows it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The rule, its texts in [`lang`](Self::lang) (each falling back to English).
    pub meta: RuleMeta,
    /// The language of `meta`'s texts and `fix_line`.
    pub lang: Lang,
    /// The severity in force: the profile's override, else the rule's own.
    pub severity: Severity,
    pub origin: Origin,
    /// Disabled by the profile: not evaluated.
    pub disabled: bool,
    /// The first sentence of the fix, shown with each finding.
    pub fix_line: String,
    /// The English texts and the translations, shared by the entry in every language.
    source: Arc<(RuleMeta, Translated)>,
}

impl Entry {
    fn new(meta: RuleMeta, translated: Translated, origin: Origin) -> Entry {
        Entry {
            severity: meta.severity,
            fix_line: first_sentence(&meta.fix),
            lang: Lang::EN,
            source: Arc::new((meta.clone(), translated)),
            meta,
            origin,
            disabled: false,
        }
    }

    /// This rule with its texts in `lang`: each text its translation, else English. In the
    /// pseudo-language the English prose is accented (the example, TOML, stays as it is).
    pub fn in_lang(&self, lang: Lang) -> Entry {
        let (english, translated) = &*self.source;
        let mut meta = english.clone();
        if lang.is_pseudo() {
            for text in [&mut meta.summary, &mut meta.rationale, &mut meta.fix] {
                *text = accord_plugin::l10n::pseudo(text);
            }
        } else if let Some(t) = translated.get(&lang) {
            for (text, given) in [
                (&mut meta.summary, &t.summary),
                (&mut meta.rationale, &t.rationale),
                (&mut meta.fix, &t.fix),
                (&mut meta.example, &t.example),
            ] {
                if let Some(given) = given.as_ref().filter(|g| !g.trim().is_empty()) {
                    text.clone_from(given);
                }
            }
        }
        Entry {
            fix_line: first_sentence(&meta.fix),
            meta,
            lang,
            ..self.clone()
        }
    }

    /// The rule's texts in English, its source language.
    pub fn english(&self) -> &RuleMeta {
        &self.source.0
    }

    /// Whether the rule has its own texts in `lang` (English always; the pseudo-language is
    /// made from English).
    pub fn is_translated(&self, lang: Lang) -> bool {
        lang.is_source() || lang.is_pseudo() || self.source.1.contains_key(&lang)
    }

    pub fn id(&self) -> &str {
        &self.meta.id
    }

    pub fn is_host(&self) -> bool {
        self.origin == Origin::Host
    }

    /// Counts towards scores and `rules`: a plugin or pack rule the profile did not disable.
    pub fn is_scored(&self) -> bool {
        !self.is_host() && !self.disabled
    }

    /// The profile changed its severity.
    pub fn is_overridden(&self) -> bool {
        self.severity != self.meta.severity
    }
}

/// Two sources define the same rule id.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{}", self.describe(Lang::EN))]
pub struct DuplicateRule {
    pub rule: String,
    pub first: Origin,
    pub second: Origin,
}

impl DuplicateRule {
    /// The error and its help line in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        crate::lang::with_help(
            lang,
            crate::lang::t!(
                lang,
                "catalogue-duplicate-rule",
                rule = self.rule.as_str(),
                first = self.first.describe_in(lang),
                second = self.second.describe_in(lang)
            ),
            crate::lang::t!(lang, "catalogue-duplicate-rule-help"),
        )
    }
}

/// Every rule of a run, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
    lang: Lang,
}

impl Catalogue {
    /// The host's rules, then every plugin's and pack's; a rule id defined twice is refused.
    pub fn new(plugins: &PluginSet, packs: &[Pack]) -> Result<Catalogue, DuplicateRule> {
        let host = host::HOST_RULES.iter().map(|r| {
            let translated = host::translated(r.id);
            (r.meta(), translated, Origin::Host)
        });
        let from_plugins = plugins.plugins.iter().flat_map(|plugin| {
            plugin.manifest.rules.iter().map(|meta| {
                (
                    meta.clone(),
                    translated_in_manifest(&plugin.manifest, &meta.id),
                    Origin::Plugin(plugin.name().to_owned()),
                )
            })
        });
        let from_packs = packs.iter().flat_map(|pack| {
            pack.rules.iter().map(|rule| {
                (
                    rule.meta.clone(),
                    rule.translated.clone(),
                    Origin::Pack {
                        name: pack.name.clone(),
                        file: pack.path.clone(),
                    },
                )
            })
        });
        Catalogue::from_translated_rules(host.chain(from_plugins).chain(from_packs))
    }

    /// A catalogue of the given rules (English only), in the order given for conflict messages.
    pub fn from_rules(
        rules: impl IntoIterator<Item = (RuleMeta, Origin)>,
    ) -> Result<Catalogue, DuplicateRule> {
        Catalogue::from_translated_rules(
            rules
                .into_iter()
                .map(|(meta, origin)| (meta, Translated::new(), origin)),
        )
    }

    /// A catalogue of the given rules and their translations, in English.
    pub fn from_translated_rules(
        rules: impl IntoIterator<Item = (RuleMeta, Translated, Origin)>,
    ) -> Result<Catalogue, DuplicateRule> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut origins: HashMap<String, Origin> = HashMap::new();
        for (meta, translated, origin) in rules {
            if let Some(first) = origins.get(&meta.id) {
                return Err(DuplicateRule {
                    rule: meta.id,
                    first: first.clone(),
                    second: origin.clone(),
                });
            }
            origins.insert(meta.id.clone(), origin.clone());
            entries.push(Entry::new(meta, translated, origin));
        }
        entries.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.meta.id.clone(), i))
            .collect();
        Ok(Catalogue {
            entries,
            index,
            lang: Lang::EN,
        })
    }

    /// The language of the rules' texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The same rules (overrides included) with their texts in `lang`.
    pub fn in_lang(&self, lang: Lang) -> Catalogue {
        Catalogue {
            entries: self.entries.iter().map(|e| e.in_lang(lang)).collect(),
            index: self.index.clone(),
            lang,
        }
    }

    /// Applies a profile's `disable` and `[severity]`: each must name a plugin or pack rule.
    pub fn apply(&mut self, profile: &Profile) -> Result<(), ProfileProblem> {
        for id in &profile.disable {
            self.scored_entry(id, profile)?.disabled = true;
        }
        for (id, severity) in &profile.severity {
            self.scored_entry(id, profile)?.severity = *severity;
        }
        Ok(())
    }

    fn scored_entry(&mut self, id: &str, profile: &Profile) -> Result<&mut Entry, ProfileProblem> {
        match self.index.get(id) {
            Some(&i) if !self.entries[i].is_host() => Ok(&mut self.entries[i]),
            _ => Err(ProfileProblem {
                profile: profile.origin.clone(),
                problem: crate::lang::msg!("profile-unknown-rule", rule = id),
                help: self.closest(id).map_or_else(
                    || crate::lang::msg!("profile-unknown-rule-help"),
                    |c| crate::lang::msg!("check-did-you-mean", suggestion = c),
                ),
            }),
        }
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.index.get(id).map(|&i| &self.entries[i])
    }

    /// Every rule, sorted by id.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter()
    }

    /// The rules that count towards scores, sorted by id.
    pub fn scored(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| e.is_scored())
    }

    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The known rule id closest to `id`, when it looks like a typo of one.
    pub fn closest(&self, id: &str) -> Option<&str> {
        crate::validate::closest(id, self.entries.iter().map(Entry::id))
    }
}

/// The translations a plugin's manifest gives one rule, by language (tags Accord does not speak
/// are left out; `fr-HT` counts as French).
fn translated_in_manifest(manifest: &accord_plugin::Manifest, rule: &str) -> Translated {
    let mut out = Translated::new();
    for (tag, texts) in &manifest.l10n {
        if let (Some(lang), Some(t)) = (Lang::from_tag(tag), texts.rules.get(rule))
            && !lang.is_source()
        {
            out.entry(lang).or_insert_with(|| t.clone());
        }
    }
    out
}

/// The first sentence of a text: the one-line fix.
pub fn first_sentence(text: &str) -> String {
    // Paragraphs are wrapped in doc comments: join lines of the first paragraph.
    let paragraph = text
        .split("\n\n")
        .next()
        .unwrap_or_default()
        .replace('\n', " ");
    // A sentence ends at ". " before a capital letter (so "e.g. this" does not end one).
    let end = paragraph
        .match_indices(". ")
        .find(|(i, _)| paragraph[i + 2..].starts_with(|c: char| c.is_uppercase()))
        .map_or(paragraph.len(), |(i, _)| i + 1);
    paragraph[..end].trim().to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str, severity: Severity) -> RuleMeta {
        RuleMeta {
            id: id.to_owned(),
            category: id.split('.').next().unwrap_or(id).to_owned(),
            severity,
            summary: format!("{id} summary"),
            rationale: String::new(),
            fix: "Do it. Then more.".to_owned(),
            example: String::new(),
            references: Vec::new(),
        }
    }

    fn sample() -> Catalogue {
        let plugin = Origin::Plugin("p".to_owned());
        Catalogue::from_rules([
            (meta("b.two", Severity::Warning), plugin.clone()),
            (meta("a.one", Severity::Error), plugin),
            (host::EXPIRED.meta(), Origin::Host),
        ])
        .expect("no duplicates")
    }

    fn profile(text: &str) -> Profile {
        Profile::parse("test.toml", &format!("name = \"test\"\n{text}")).expect("valid profile")
    }

    #[test]
    fn entries_are_sorted_and_looked_up_by_id() {
        let c = sample();
        let ids: Vec<&str> = c.iter().map(Entry::id).collect();
        assert_eq!(ids, ["a.one", "b.two", "waiver.expired"]);
        assert_eq!(c.get("b.two").map(|e| e.severity), Some(Severity::Warning));
        assert_eq!(c.get("a.one").map(|e| e.fix_line.as_str()), Some("Do it."));
        assert!(c.get("waiver.expired").is_some_and(Entry::is_host));
        let scored: Vec<&str> = c.scored().map(Entry::id).collect();
        assert_eq!(scored, ["a.one", "b.two"]);
    }

    #[test]
    fn a_rule_defined_twice_names_both_sources() {
        let err = Catalogue::from_rules([
            (meta("a.one", Severity::Error), Origin::Plugin("p".into())),
            (
                meta("a.one", Severity::Info),
                Origin::Pack {
                    name: "k".into(),
                    file: None,
                },
            ),
        ])
        .unwrap_err();
        assert_eq!(err.first.describe(), "plugin `p`");
        assert_eq!(err.second.describe(), "pack `k` (built in)");
        assert!(
            err.to_string()
                .starts_with("the rule `a.one` is defined twice: by plugin `p` and by pack `k` (built in)\nhelp: "),
            "{err}"
        );
    }

    #[test]
    fn profiles_override_severity_and_disable() {
        let mut c = sample();
        c.apply(&profile(
            "disable = [\"b.two\"]\n[severity]\n\"a.one\" = \"info\"\n",
        ))
        .expect("known rules");
        let a = c.get("a.one").expect("a.one");
        assert_eq!(a.severity, Severity::Info);
        assert!(a.is_overridden());
        assert!(c.get("b.two").is_some_and(|e| e.disabled));
        let scored: Vec<&str> = c.scored().map(Entry::id).collect();
        assert_eq!(scored, ["a.one"]);
    }

    #[test]
    fn profiles_cannot_name_unknown_or_host_rules() {
        let mut c = sample();
        let err = c
            .apply(&profile("disable = [\"a.onr\"]\n"))
            .expect_err("unknown rule");
        assert_eq!(err.help.to_string(), "did you mean `a.one`?");
        let err = c
            .apply(&profile("disable = [\"waiver.expired\"]\n"))
            .expect_err("host rule");
        assert!(
            err.problem
                .to_string()
                .contains("host rules cannot be changed"),
            "{err}"
        );
    }

    #[test]
    fn first_sentence_is_the_one_line_fix() {
        assert_eq!(
            first_sentence("Publish it. Then link it.\nMore."),
            "Publish it."
        );
        assert_eq!(
            first_sentence("Add a\nbudget. Then more.\n\nNext paragraph."),
            "Add a budget."
        );
        assert_eq!(first_sentence("Set e.g. this"), "Set e.g. this");
    }

    #[test]
    fn texts_follow_the_language_and_fall_back_to_english() {
        let fr = Lang::from_tag("fr").expect("French");
        let es = Lang::from_tag("es").expect("Spanish");
        let texts = RuleTexts {
            summary: Some("Résumé.".into()),
            fix: Some("Corrigez. Puis vérifiez.".into()),
            ..RuleTexts::default()
        };
        let c = Catalogue::from_translated_rules([(
            meta("a.one", Severity::Error),
            Translated::from([(fr, texts)]),
            Origin::Plugin("p".into()),
        )])
        .expect("unique");
        let mut overridden = c.clone();
        overridden.entries[0].severity = Severity::Info;
        let french = overridden.in_lang(fr);
        assert_eq!(french.lang(), fr);
        let a = french.get("a.one").expect("a.one");
        assert_eq!(
            (a.meta.summary.as_str(), a.fix_line.as_str(), a.lang),
            ("Résumé.", "Corrigez.", fr)
        );
        // No rationale in French: the English one.
        assert_eq!(a.meta.rationale, a.english().rationale);
        // Overrides survive a change of language.
        assert_eq!(a.severity, Severity::Info);
        assert!(a.is_translated(fr) && !a.is_translated(es));
        let spanish = c.in_lang(es);
        assert_eq!(
            spanish.get("a.one").map(|e| e.meta.summary.as_str()),
            Some("a.one summary")
        );
        let pseudo = c.in_lang(Lang::from_tag("qps-ploc").expect("pseudo"));
        assert_eq!(
            pseudo.get("a.one").map(|e| e.fix_line.as_str()),
            Some("Ḓǿǿ īīŧ.")
        );
        assert_eq!(
            c.in_lang(fr)
                .in_lang(Lang::EN)
                .get("a.one")
                .map(|e| e.meta.summary.clone()),
            Some("a.one summary".to_owned())
        );
    }
}
