//! The rule catalogue: every rule a run knows, from its plugins, its packs and the host, with
//! the profile's overrides applied.
//!
//! It is the one table that `accord rules`, `accord explain`, SARIF's rule list and the engine
//! read: registration, conflicts, overrides, lookup and listing all live here.

pub mod host;

use std::collections::HashMap;
use std::path::PathBuf;

use accord_plugin::{RuleMeta, Severity};

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

    /// For listings: "plugin transparency", "pack core", "accord (host)".
    pub fn short(&self) -> String {
        match self {
            Origin::Plugin(name) => format!("plugin {name}"),
            Origin::Pack { name, .. } => format!("pack {name}"),
            Origin::Host => "accord (host)".to_owned(),
        }
    }
}

/// One rule as this run knows it.
#[derive(Debug, Clone)]
pub struct Entry {
    pub meta: RuleMeta,
    /// The severity in force: the profile's override, else the rule's own.
    pub severity: Severity,
    pub origin: Origin,
    /// Disabled by the profile: not evaluated.
    pub disabled: bool,
    /// The first sentence of the fix, shown with each finding.
    pub fix_line: String,
}

impl Entry {
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
#[error(
    "the rule `{rule}` is defined twice: by {first} and by {second}\nhelp: rule ids must be unique across all plugins and packs; rename one"
)]
pub struct DuplicateRule {
    pub rule: String,
    pub first: String,
    pub second: String,
}

/// Every rule of a run, sorted by id.
#[derive(Debug, Clone, Default)]
pub struct Catalogue {
    entries: Vec<Entry>,
    index: HashMap<String, usize>,
}

impl Catalogue {
    /// The host's rules, then every plugin's and pack's; a rule id defined twice is refused.
    pub fn new(plugins: &PluginSet, packs: &[Pack]) -> Result<Catalogue, DuplicateRule> {
        let host = host::HOST_RULES.iter().map(|r| (r.meta(), Origin::Host));
        let from_plugins = plugins
            .rules()
            .map(|(plugin, meta)| (meta.clone(), Origin::Plugin(plugin.name().to_owned())));
        let from_packs = packs.iter().flat_map(|pack| {
            pack.rules.iter().map(|rule| {
                (
                    rule.meta.clone(),
                    Origin::Pack {
                        name: pack.name.clone(),
                        file: pack.path.clone(),
                    },
                )
            })
        });
        Catalogue::from_rules(host.chain(from_plugins).chain(from_packs))
    }

    /// A catalogue of the given rules, in the order given for conflict messages.
    pub fn from_rules(
        rules: impl IntoIterator<Item = (RuleMeta, Origin)>,
    ) -> Result<Catalogue, DuplicateRule> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut origins: HashMap<String, Origin> = HashMap::new();
        for (meta, origin) in rules {
            if let Some(first) = origins.get(&meta.id) {
                return Err(DuplicateRule {
                    rule: meta.id,
                    first: first.describe(),
                    second: origin.describe(),
                });
            }
            origins.insert(meta.id.clone(), origin.clone());
            entries.push(Entry {
                severity: meta.severity,
                fix_line: first_sentence(&meta.fix),
                meta,
                origin,
                disabled: false,
            });
        }
        entries.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        let index = entries
            .iter()
            .enumerate()
            .map(|(i, e)| (e.meta.id.clone(), i))
            .collect();
        Ok(Catalogue { entries, index })
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
                problem: format!(
                    "names the rule `{id}`, which no loaded plugin or pack defines (host rules cannot be changed)"
                ),
                help: self.closest(id).map_or_else(
                    || "`accord rules` lists the rules of the loaded plugins".to_owned(),
                    |c| format!("did you mean `{c}`?"),
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
        assert_eq!(err.first, "plugin `p`");
        assert_eq!(err.second, "pack `k` (built in)");
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
        assert_eq!(err.help, "did you mean `a.one`?");
        let err = c
            .apply(&profile("disable = [\"waiver.expired\"]\n"))
            .expect_err("host rule");
        assert!(
            err.problem.contains("host rules cannot be changed"),
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
}
