//! What a check returns (schemas/plugin-output.schema.json).

use serde::{Deserialize, Serialize};

use crate::{Manifest, Rule};

/// One problem found by a rule, located by a JSON Pointer into the charter.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Finding {
    pub rule: String,
    pub message: String,
    pub path: String,
}

/// The findings of one check and the rules that did not apply. A declared rule that has no
/// finding and is not listed as not applicable has passed.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outcome {
    pub findings: Vec<Finding>,
    /// Optional in the output schema: absent means none.
    #[serde(default)]
    pub not_applicable: Vec<String>,
}

impl Outcome {
    /// Records a finding of `rule` at `path`.
    pub fn finding(&mut self, rule: &Rule, path: impl Into<String>, message: impl Into<String>) {
        self.findings.push(Finding {
            rule: rule.id.to_owned(),
            message: message.into(),
            path: path.into(),
        });
    }

    /// Records that `rule` does not apply to this charter.
    pub fn not_applicable(&mut self, rule: &Rule) {
        self.not_applicable.push(rule.id.to_owned());
    }

    /// The findings of one rule.
    pub fn of(&self, rule: &Rule) -> impl Iterator<Item = &Finding> {
        let id = rule.id;
        self.findings.iter().filter(move |f| f.rule == id)
    }

    /// The paths of one rule's findings, in order: the usual assertion in rule tests.
    pub fn paths(&self, rule: &Rule) -> Vec<&str> {
        self.of(rule).map(|f| f.path.as_str()).collect()
    }

    pub fn is_not_applicable(&self, rule: &Rule) -> bool {
        self.not_applicable.iter().any(|id| id == rule.id)
    }

    /// Every rule id reported must be declared by the manifest (the host refuses others).
    pub fn check_against(&self, manifest: &Manifest) -> Result<(), String> {
        let ids = self
            .findings
            .iter()
            .map(|f| &f.rule)
            .chain(&self.not_applicable);
        for id in ids {
            if !manifest.declares(id) {
                return Err(format!(
                    "rule `{id}` is not declared in the manifest of `{}`",
                    manifest.name
                ));
            }
        }
        Ok(())
    }
}
