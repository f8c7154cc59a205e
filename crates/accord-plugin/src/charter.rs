//! Typed, read-only access to a charter (CHARTER.md, format version 1).
//!
//! The host validates every charter against `schemas/charter.schema.json` before a plugin sees
//! it, so these structs can trust types and enums. Every optional key is an `Option` (or an empty
//! list), so a rule can tell "absent" from "present". Unknown keys are ignored here (the schema
//! already refused them), which keeps plugins working when later charter versions add keys.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use crate::Date;

#[derive(Debug, Clone, Deserialize)]
pub struct Charter {
    pub charter_version: u32,
    pub partnership: Partnership,
    pub partners: Vec<Partner>,
    pub budget: Option<Budget>,
    pub governance: Option<Governance>,
    pub transparency: Option<Transparency>,
    pub listening: Option<Listening>,
    pub context: Option<Context>,
    pub coordination: Option<Coordination>,
    #[serde(default)]
    pub goals: Vec<Goal>,
    pub exit: Option<Exit>,
    #[serde(default)]
    pub waivers: Vec<Waiver>,
    /// `[extensions.<plugin>]`: free-form data, one table per plugin.
    #[serde(default)]
    pub extensions: BTreeMap<String, serde_json::Value>,
}

impl Charter {
    /// Parses a charter from its JSON form (what the host sends).
    pub fn from_json(value: serde_json::Value) -> Result<Charter, String> {
        serde_json::from_value(value)
            .map_err(|e| format!("the charter does not match CHARTER.md: {e}"))
    }

    /// The partner with this id.
    pub fn partner(&self, id: &str) -> Option<&Partner> {
        self.partners.iter().find(|p| p.id == id)
    }

    /// Whether the partner with this id is local (see [`Partner::is_local`]).
    pub fn is_local_partner(&self, id: &str) -> bool {
        self.partner(id).is_some_and(Partner::is_local)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Partnership {
    pub id: String,
    pub name: String,
    pub summary: String,
    pub country: String,
    pub region: Option<String>,
    pub community: String,
    pub start: Date,
    pub end: Date,
    #[serde(default)]
    pub themes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Sector {
    Business,
    Government,
    Nonprofit,
    Community,
    Academic,
    Philanthropy,
    Multilateral,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Base {
    Local,
    National,
    International,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    Funding,
    Accountable,
    Extending,
    Implementing,
    Advisory,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Partner {
    pub id: String,
    pub name: String,
    pub sector: Sector,
    pub base: Base,
    pub roles: Vec<Role>,
    pub brings: Option<String>,
    pub seeks: Option<String>,
    pub commitment_until: Option<Date>,
    pub affiliated_international: Option<bool>,
    pub involved_in_design: Option<bool>,
}

impl Partner {
    /// "Local" in RULES.md: based `local` or `national`, and not an international
    /// organisation's affiliate (the IASC reading used by the Grand Bargain).
    pub fn is_local(&self) -> bool {
        matches!(self.base, Base::Local | Base::National)
            && self.affiliated_international != Some(true)
    }

    pub fn has_role(&self, role: Role) -> bool {
        self.roles.contains(&role)
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct Budget {
    pub currency: String,
    pub total: f64,
    pub published: bool,
    pub published_url: Option<String>,
    pub overhead_share: Option<f64>,
    #[serde(default)]
    pub allocations: Option<Vec<Allocation>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Allocation {
    pub partner: String,
    pub amount: f64,
    #[serde(default)]
    pub via: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DecisionMaking {
    Consensus,
    Majority,
    LeadPartner,
    Funder,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Governance {
    pub decision_making: DecisionMaking,
    #[serde(default, deserialize_with = "opt_int")]
    pub meeting_every_days: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub total_seats: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub community_seats: Option<i64>,
    pub conflict_resolution: Option<String>,
    pub termination: Option<String>,
    #[serde(default, deserialize_with = "opt_int")]
    pub review_every_months: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AuditKind {
    None,
    Internal,
    Independent,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Transparency {
    #[serde(default, deserialize_with = "opt_int")]
    pub report_every_months: Option<i64>,
    pub public_reports: Option<bool>,
    pub audit: Option<AuditKind>,
    pub open_data: Option<String>,
    pub interests_disclosed: Option<bool>,
    pub local_share_published: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Listening {
    pub solution_predetermined: bool,
    pub feedback_channels: Option<Vec<String>>,
    pub adaptation: Option<String>,
    pub consultations: Option<Vec<Consultation>>,
    pub complaints: Option<Complaints>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConsultationMethod {
    Survey,
    FocusGroup,
    CommunityMeeting,
    Interviews,
    CoDesignWorkshop,
    Other,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Consultation {
    pub date: Date,
    pub method: ConsultationMethod,
    #[serde(deserialize_with = "int")]
    pub participants: i64,
    pub language: Option<String>,
    pub before_design: bool,
    pub led_by: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Complaints {
    pub exists: bool,
    pub anonymous: Option<bool>,
    #[serde(default, deserialize_with = "opt_int")]
    pub response_days: Option<i64>,
    pub designed_with_community: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Context {
    pub history: Option<String>,
    pub political: Option<String>,
    pub regulatory: Option<String>,
    pub culture: Option<String>,
    pub languages: Option<Vec<String>>,
    pub analysis_date: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Coordination {
    pub mapping_done: Option<bool>,
    pub initiatives: Option<Vec<Initiative>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overlap {
    None,
    Partial,
    Duplicate,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Initiative {
    pub name: String,
    pub lead: Option<String>,
    pub overlap: Overlap,
    pub arrangement: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Goal {
    pub id: String,
    pub statement: String,
    pub benchmarks: Option<Vec<Benchmark>>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Benchmark {
    pub id: String,
    pub description: String,
    pub indicator: Option<String>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub due: Option<Date>,
    pub owner: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitApproach {
    PhaseDown,
    PhaseOut,
    PhaseOver,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Exit {
    pub strategy: Option<String>,
    pub approach: Option<ExitApproach>,
    pub adopted: Option<Date>,
    pub criteria: Option<Vec<String>>,
    pub handover_date: Option<Date>,
    pub successor: Option<String>,
    pub local_staff_share_now: Option<f64>,
    pub local_staff_share_at_exit: Option<f64>,
    pub funding_after_exit: Option<String>,
    pub capacity_transfer: Option<Vec<CapacityTransfer>>,
    pub support_after_exit: Option<SupportAfterExit>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum TransferMethod {
    Training,
    Mentoring,
    Secondment,
    CoManagement,
    Documentation,
}

#[derive(Debug, Clone, Deserialize)]
pub struct CapacityTransfer {
    pub skill: String,
    pub to: String,
    pub by: Option<Date>,
    pub method: Option<TransferMethod>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct SupportAfterExit {
    pub kind: String,
    pub until: Option<Date>,
    pub on_request: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct Waiver {
    pub rule: String,
    pub reason: String,
    pub approved_by: Option<String>,
    pub expires: Option<Date>,
}

/// True when the text is present and holds a non-whitespace character.
pub fn non_empty(text: &Option<String>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// JSON Schema counts `3.0` as an integer; accept integral floats.
fn int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    let number = serde_json::Number::deserialize(deserializer)?;
    if let Some(i) = number.as_i64() {
        return Ok(i);
    }
    match number.as_f64() {
        Some(f) if f.fract() == 0.0 && f.abs() < 9.007_199_254_740_992e15 => Ok(f as i64),
        _ => Err(serde::de::Error::custom(format!(
            "{number} is not an integer"
        ))),
    }
}

fn opt_int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    struct Wrap(#[serde(deserialize_with = "int")] i64);
    Ok(Option::<Wrap>::deserialize(deserializer)?.map(|Wrap(i)| i))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn integral_floats_count_as_integers() {
        let g: Governance = serde_json::from_value(
            serde_json::json!({"decision_making": "consensus", "meeting_every_days": 30.0}),
        )
        .unwrap();
        assert_eq!(g.meeting_every_days, Some(30));
        let bad = serde_json::from_value::<Governance>(
            serde_json::json!({"decision_making": "consensus", "meeting_every_days": 30.5}),
        );
        assert!(bad.is_err());
    }

    #[test]
    fn affiliates_of_internationals_are_not_local() {
        let p: Partner = serde_json::from_value(serde_json::json!({
            "id": "x", "name": "X", "sector": "nonprofit", "base": "national",
            "roles": ["implementing"], "affiliated_international": true
        }))
        .unwrap();
        assert!(!p.is_local());
    }
}
