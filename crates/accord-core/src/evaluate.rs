//! Evaluate: run every plugin and every pack rule on one valid charter.
//!
//! The charter is serialized once; each plugin gets `{"charter": …, "options": …}` with its
//! options (checked against its manifest's options schema once per run, defaults filled in),
//! and `"locale": TAG` when the audit is in a language the plugin writes its messages in.
//! Findings of rules the profile disabled are dropped here.

use accord_plugin::Finding;
use serde_json::Value;

use crate::catalogue::Catalogue;
use crate::lang::{Lang, Message, msg};
use crate::pack::Pack;
use crate::plugin::isolate::Pool;
use crate::plugin::{Failure, LoadedPlugin, PluginSet};
use crate::profile::{Profile, ProfileProblem};
use crate::validate::{SchemaError, SchemaValidator};

/// Runs the rules of one run: plugins in-process or in isolated workers, and packs.
pub struct Evaluator {
    plugins: PluginSet,
    /// Per plugin (same order as `plugins`): its options as JSON text.
    options_json: Vec<String>,
    packs: Vec<Pack>,
    /// With `--isolate`: the worker processes that run the plugins' checks.
    isolation: Option<Pool>,
}

/// What the rules found on one charter, before waivers.
#[derive(Debug, Default)]
pub struct Evaluation {
    pub findings: Vec<Finding>,
    /// Rules that did not apply (without findings), sorted and unique.
    pub not_applicable: Vec<String>,
    /// Plugins that failed on this charter, in plugin order.
    pub failures: Vec<(String, Failure)>,
}

/// Why the profile's options for a plugin were refused.
#[derive(Debug, thiserror::Error)]
pub enum OptionsError {
    #[error(transparent)]
    Profile(#[from] ProfileProblem),
    #[error(transparent)]
    Schema(#[from] SchemaError),
}

impl Evaluator {
    /// Checks the profile's `[options.<plugin>]` tables against each plugin's options schema.
    pub fn new(
        plugins: PluginSet,
        packs: Vec<Pack>,
        profile: &Profile,
    ) -> Result<Evaluator, OptionsError> {
        let options_json = plugins
            .plugins
            .iter()
            .map(|plugin| plugin_options(plugin, profile))
            .collect::<Result<Vec<_>, _>>()?;
        if let Some(name) = profile.options.keys().find(|n| plugins.get(n).is_none()) {
            return Err(ProfileProblem {
                profile: profile.origin.clone(),
                problem: msg!("profile-options-not-loaded", plugin = name.as_str()),
                help: msg!("profile-options-not-loaded-help"),
            }
            .into());
        }
        // Plugins that isolated workers described were never loaded here: they run in workers.
        let isolation = plugins.isolation().map(|iso| Pool::new(iso, &plugins));
        Ok(Evaluator {
            plugins,
            options_json,
            packs,
            isolation,
        })
    }

    /// Runs the plugins' checks in worker processes from now on.
    pub fn isolate(&mut self, pool: Pool) {
        self.isolation = Some(pool);
    }

    pub fn plugins(&self) -> &PluginSet {
        &self.plugins
    }

    pub fn packs(&self) -> &[Pack] {
        &self.packs
    }

    /// Runs every rule on a valid charter, its findings in the catalogue's language where the
    /// rules speak it. `size_hint`: the charter's text length, to size the plugins' input once.
    pub fn evaluate(&self, charter: &Value, catalogue: &Catalogue, size_hint: usize) -> Evaluation {
        let lang = catalogue.lang();
        let mut out = Evaluation::default();
        if !self.plugins.plugins.is_empty() {
            // `{"charter":…,"options":` once; each plugin's options and the brace go after it.
            let mut input = Vec::with_capacity(size_hint + 256);
            input.extend_from_slice(b"{\"charter\":");
            // Cannot fail: a `Value`'s keys are strings and a Vec always grows.
            let _ = serde_json::to_writer(&mut input, charter);
            input.extend_from_slice(b",\"options\":");
            let prefix = input.len();
            for (index, (plugin, options)) in self
                .plugins
                .plugins
                .iter()
                .zip(&self.options_json)
                .enumerate()
            {
                input.truncate(prefix);
                input.extend_from_slice(options.as_bytes());
                if let Some(tag) = message_language(plugin, lang) {
                    input.extend_from_slice(b",\"locale\":");
                    // Cannot fail: a string into a Vec.
                    let _ = serde_json::to_writer(&mut input, tag);
                }
                input.push(b'}');
                let result = match &self.isolation {
                    Some(pool) => pool.check(index, &input),
                    None => plugin.check(&input, self.plugins.output_schema()),
                };
                match result {
                    Ok(outcome) => {
                        out.findings.extend(outcome.findings);
                        out.not_applicable.extend(outcome.not_applicable);
                    }
                    Err(failure) => out.failures.push((plugin.name().to_owned(), failure)),
                }
            }
        }
        for pack in &self.packs {
            for rule in &pack.rules {
                match rule.check(charter) {
                    Some(true) => {}
                    Some(false) => out.findings.push(Finding {
                        rule: rule.meta.id.clone(),
                        message: rule.message_in(lang).into_owned(),
                        path: rule.path.clone(),
                    }),
                    None => out.not_applicable.push(rule.meta.id.clone()),
                }
            }
        }
        let disabled = |id: &str| catalogue.get(id).is_some_and(|r| r.disabled);
        out.findings.retain(|f| !disabled(&f.rule));
        let Evaluation {
            findings,
            not_applicable,
            ..
        } = &mut out;
        not_applicable.retain(|id| !disabled(id) && !findings.iter().any(|f| &f.rule == id));
        not_applicable.sort();
        not_applicable.dedup();
        out
    }
}

/// The tag to send as `locale` for an audit in `lang`: the plugin's own entry of
/// `message_languages` for that language. `None` for English (every plugin's language) and for
/// a plugin that does not write its messages in `lang`.
pub fn message_language(plugin: &LoadedPlugin, lang: Lang) -> Option<&str> {
    if lang.is_source() {
        return None;
    }
    plugin
        .manifest
        .message_languages
        .iter()
        .find(|tag| Lang::from_tag(tag) == Some(lang))
        .map(String::as_str)
}

/// A plugin's options as the profile sets them, checked against its options schema, with the
/// manifest's defaults filled in: the JSON text sent with every check.
fn plugin_options(plugin: &LoadedPlugin, profile: &Profile) -> Result<String, OptionsError> {
    let problem = |problem: Message, help: Message| ProfileProblem {
        profile: profile.origin.clone(),
        problem,
        help,
    };
    let given = profile
        .options
        .get(plugin.name())
        .cloned()
        .unwrap_or_default();
    // The option names the plugin declares, for "did you mean" and the help line.
    let declared: Vec<&str> = plugin
        .manifest
        .options
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().map(String::as_str).collect())
        .unwrap_or_default();
    let listed = if declared.is_empty() {
        msg!("profile-no-options")
    } else {
        let mut names = declared.clone();
        names.sort_unstable();
        msg!("profile-options-are", options = names.join(", "))
    };
    // Only where the schema refuses undeclared options (a plugin may accept any).
    let closed = plugin.manifest.options.get("additionalProperties") == Some(&Value::Bool(false));
    if closed && let Some(unknown) = given.keys().find(|k| !declared.contains(&k.as_str())) {
        let help = match crate::validate::closest(unknown, declared.iter().copied()) {
            Some(c) => msg!("profile-option-suggest", suggestion = c, options = listed),
            None => msg!("profile-option-listed", options = listed),
        };
        return Err(problem(
            msg!(
                "profile-unknown-option",
                option = unknown.as_str(),
                plugin = plugin.name()
            ),
            help,
        )
        .into());
    }
    let options = accord_plugin::Options::with_defaults(&plugin.manifest, given);
    let value = Value::Object(options.as_map().clone());
    let schema = SchemaValidator::new(
        &format!("options of {}", plugin.name()),
        plugin.manifest.options.clone(),
    )?;
    if let Some(first) = schema.explain(&value).into_iter().next() {
        return Err(problem(
            msg!(
                "profile-invalid-options",
                plugin = plugin.name(),
                reason = first
            ),
            msg!("profile-option-listed", options = listed),
        )
        .into());
    }
    Ok(value.to_string())
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const PACK: &str = r#"
[pack]
name = "t"
version = "1.0.0"

[[rule]]
id = "t.goals"
category = "t"
severity = "error"
summary = "s"
rationale = "r"
fix = "f"
path = "/goals"
assert = { minItems = 1 }
message = "No goals."

[[rule]]
id = "t.seats"
category = "t"
severity = "warning"
summary = "s"
rationale = "r"
fix = "f"
path = "/governance/total_seats"
when_absent = "not-applicable"
assert = { minimum = 3 }
message = "Few seats."
"#;

    fn evaluator(profile: &str) -> (Evaluator, Catalogue) {
        let schema = crate::schemas::compile("pack").expect("pack schema");
        let pack = Pack::parse("t.toml", PACK, None, &schema).expect("valid pack");
        let profile = Profile::parse("p", &format!("name = \"p\"\n{profile}")).expect("profile");
        let mut catalogue =
            Catalogue::new(&PluginSet::empty(), std::slice::from_ref(&pack)).expect("unique rules");
        catalogue.apply(&profile).expect("known rules");
        let evaluator = Evaluator::new(PluginSet::empty(), vec![pack], &profile).expect("options");
        (evaluator, catalogue)
    }

    #[test]
    fn pack_rules_fail_pass_or_do_not_apply() {
        let (e, c) = evaluator("");
        let out = e.evaluate(&json!({"goals": []}), &c, 0);
        let rules: Vec<&str> = out.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["t.goals"]);
        assert_eq!(out.not_applicable, ["t.seats"]);
        let out = e.evaluate(
            &json!({"goals": [1], "governance": {"total_seats": 2}}),
            &c,
            0,
        );
        let rules: Vec<&str> = out.findings.iter().map(|f| f.rule.as_str()).collect();
        assert_eq!(rules, ["t.seats"]);
        assert!(out.not_applicable.is_empty() && out.failures.is_empty());
    }

    #[test]
    fn pack_messages_follow_the_catalogue_language() {
        let schema = crate::schemas::compile("pack").expect("pack schema");
        let text = PACK.replacen(
            "message = \"No goals.\"",
            "message = \"No goals.\"\n[rule.l10n.fr]\nsummary = \"r\"\nmessage = \"Aucun objectif.\"\n[rule.l10n.de]\nmessage = \"Keine Ziele.\"",
            1,
        );
        let pack = Pack::parse("t.toml", &text, None, &schema).expect("valid pack");
        let profile = Profile::parse("p", "name = \"p\"\n").expect("profile");
        let catalogue =
            Catalogue::new(&PluginSet::empty(), std::slice::from_ref(&pack)).expect("unique rules");
        let e = Evaluator::new(PluginSet::empty(), vec![pack], &profile).expect("options");
        let message = |tag: &str| {
            let lang = Lang::from_tag(tag).expect("a language");
            let out = e.evaluate(&json!({}), &catalogue.in_lang(lang), 0);
            out.findings[0].message.clone()
        };
        assert_eq!(message("fr"), "Aucun objectif.");
        // No Spanish: English. German is not a language Accord speaks: ignored.
        assert_eq!(message("es"), "No goals.");
        assert_eq!(message("en"), "No goals.");
        assert_eq!(message("qps-ploc"), "Ƞǿǿ ɠǿǿȧȧŀş.");
    }

    #[test]
    fn disabled_rules_are_dropped() {
        let (e, c) = evaluator("disable = [\"t.goals\", \"t.seats\"]\n");
        let out = e.evaluate(&json!({}), &c, 0);
        assert!(out.findings.is_empty());
        assert!(out.not_applicable.is_empty());
    }

    #[test]
    fn options_for_a_plugin_that_is_not_loaded_are_refused() {
        let schema = crate::schemas::compile("pack").expect("pack schema");
        let pack = Pack::parse("t.toml", PACK, None, &schema).expect("valid pack");
        let profile =
            Profile::parse("p", "name = \"p\"\n[options.nope]\nx = 1\n").expect("profile");
        let err = Evaluator::new(PluginSet::empty(), vec![pack], &profile)
            .err()
            .expect("refused");
        assert!(err.to_string().contains("sets options for `nope`"), "{err}");
    }
}
