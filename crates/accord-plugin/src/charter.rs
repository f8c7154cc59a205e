//! Typed, read-only access to a charter (format version 1, `accord schema charter`).
//!
//! The host validates every charter against `schemas/charter.schema.json` before a plugin sees
//! it, so these structs can trust types and enums. Every optional key is an `Option` (or an empty
//! list), so a rule can tell "absent" from "present". Unknown keys are ignored here (the schema
//! already refused them), which keeps plugins working when later charter versions add keys.
//!
//! Text is a [`Text<'a>`](Text): borrowed from the JSON the charter was read from (the host's
//! input, which outlives `check`), so reading a charter copies almost no strings. Use it like a
//! `&str` (`partner.id == "konbit"`, `&*partner.name`, `partner.name.as_str()`,
//! `format!("{}", partner.name)`, `opt.as_deref()` for an `Option<&str>`); call `.to_string()`
//! or `into_owned()` to keep one beyond the call.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer};

use crate::{Date, Text};

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Charter<'a> {
    #[serde(deserialize_with = "version")]
    pub charter_version: u32,
    pub partnership: Partnership<'a>,
    pub partners: Vec<Partner<'a>>,
    pub budget: Option<Budget<'a>>,
    pub governance: Option<Governance<'a>>,
    pub transparency: Option<Transparency<'a>>,
    pub listening: Option<Listening<'a>>,
    pub context: Option<Context<'a>>,
    pub coordination: Option<Coordination<'a>>,
    #[serde(default)]
    pub goals: Vec<Goal<'a>>,
    pub exit: Option<Exit<'a>>,
    #[serde(default)]
    pub waivers: Vec<Waiver<'a>>,
    /// `[extensions.<plugin>]`: free-form data, one table per plugin
    /// (`charter.extensions.get("my-plugin")`).
    #[serde(default)]
    pub extensions: BTreeMap<Text<'a>, serde_json::Value>,
}

impl<'a> Charter<'a> {
    /// Parses a charter from its JSON form (what the host sends). Its text is owned: nothing
    /// borrows from `value`.
    pub fn from_json(value: serde_json::Value) -> Result<Charter<'static>, String> {
        Charter::deserialize(value).map_err(|e| {
            format!("the charter does not match the charter format (`accord schema charter`): {e}")
        })
    }

    /// Parses a charter from JSON text, borrowing its strings from `json` (the way the SDK reads
    /// the host's input; strings with escapes are copied).
    pub fn from_json_str(json: &'a str) -> Result<Charter<'a>, String> {
        serde_json::from_str(json).map_err(|e| {
            format!("the charter does not match the charter format (`accord schema charter`): {e}")
        })
    }

    /// The partner with this id.
    pub fn partner(&self, id: &str) -> Option<&Partner<'a>> {
        self.partners.iter().find(|p| p.id == id)
    }

    /// Whether the partner with this id is local (see [`Partner::is_local`]).
    pub fn is_local_partner(&self, id: &str) -> bool {
        self.partner(id).is_some_and(Partner::is_local)
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Partnership<'a> {
    pub id: Text<'a>,
    pub name: Text<'a>,
    pub summary: Text<'a>,
    pub country: Text<'a>,
    pub region: Option<Text<'a>>,
    pub community: Text<'a>,
    pub start: Date,
    pub end: Date,
    #[serde(default)]
    pub themes: Vec<Text<'a>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Partner<'a> {
    pub id: Text<'a>,
    pub name: Text<'a>,
    pub sector: Sector,
    pub base: Base,
    pub roles: Vec<Role>,
    pub brings: Option<Text<'a>>,
    pub seeks: Option<Text<'a>>,
    pub commitment_until: Option<Date>,
    pub affiliated_international: Option<bool>,
    pub involved_in_design: Option<bool>,
}

impl Partner<'_> {
    /// "Local" in the rule catalogue (docs/rules.md): based `local` or `national`, and not an international
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Budget<'a> {
    pub currency: Text<'a>,
    pub total: f64,
    pub published: bool,
    pub published_url: Option<Text<'a>>,
    pub overhead_share: Option<f64>,
    #[serde(default)]
    pub allocations: Option<Vec<Allocation<'a>>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Allocation<'a> {
    pub partner: Text<'a>,
    pub amount: f64,
    #[serde(default)]
    pub via: Vec<Text<'a>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Governance<'a> {
    pub decision_making: DecisionMaking,
    #[serde(default, deserialize_with = "opt_int")]
    pub meeting_every_days: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub total_seats: Option<i64>,
    #[serde(default, deserialize_with = "opt_int")]
    pub community_seats: Option<i64>,
    pub conflict_resolution: Option<Text<'a>>,
    pub termination: Option<Text<'a>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Transparency<'a> {
    #[serde(default, deserialize_with = "opt_int")]
    pub report_every_months: Option<i64>,
    pub public_reports: Option<bool>,
    pub audit: Option<AuditKind>,
    pub open_data: Option<Text<'a>>,
    pub interests_disclosed: Option<bool>,
    pub local_share_published: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Listening<'a> {
    pub solution_predetermined: bool,
    pub feedback_channels: Option<Vec<Text<'a>>>,
    pub adaptation: Option<Text<'a>>,
    pub consultations: Option<Vec<Consultation<'a>>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Consultation<'a> {
    pub date: Date,
    pub method: ConsultationMethod,
    #[serde(deserialize_with = "int")]
    pub participants: i64,
    pub language: Option<Text<'a>>,
    pub before_design: bool,
    pub led_by: Option<Text<'a>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Context<'a> {
    pub history: Option<Text<'a>>,
    pub political: Option<Text<'a>>,
    pub regulatory: Option<Text<'a>>,
    pub culture: Option<Text<'a>>,
    pub languages: Option<Vec<Text<'a>>>,
    pub analysis_date: Option<Date>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Coordination<'a> {
    pub mapping_done: Option<bool>,
    pub initiatives: Option<Vec<Initiative<'a>>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Overlap {
    None,
    Partial,
    Duplicate,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Initiative<'a> {
    pub name: Text<'a>,
    pub lead: Option<Text<'a>>,
    pub overlap: Overlap,
    pub arrangement: Option<Text<'a>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Goal<'a> {
    pub id: Text<'a>,
    pub statement: Text<'a>,
    pub benchmarks: Option<Vec<Benchmark<'a>>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Benchmark<'a> {
    pub id: Text<'a>,
    pub description: Text<'a>,
    pub indicator: Option<Text<'a>>,
    pub baseline: Option<f64>,
    pub target: Option<f64>,
    pub due: Option<Date>,
    pub owner: Option<Text<'a>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExitApproach {
    PhaseDown,
    PhaseOut,
    PhaseOver,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Exit<'a> {
    pub strategy: Option<Text<'a>>,
    pub approach: Option<ExitApproach>,
    pub adopted: Option<Date>,
    pub criteria: Option<Vec<Text<'a>>>,
    pub handover_date: Option<Date>,
    pub successor: Option<Text<'a>>,
    pub local_staff_share_now: Option<f64>,
    pub local_staff_share_at_exit: Option<f64>,
    pub funding_after_exit: Option<Text<'a>>,
    pub capacity_transfer: Option<Vec<CapacityTransfer<'a>>>,
    pub support_after_exit: Option<SupportAfterExit<'a>>,
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
#[serde(bound(deserialize = "'de: 'a"))]
pub struct CapacityTransfer<'a> {
    pub skill: Text<'a>,
    pub to: Text<'a>,
    pub by: Option<Date>,
    pub method: Option<TransferMethod>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct SupportAfterExit<'a> {
    pub kind: Text<'a>,
    pub until: Option<Date>,
    pub on_request: Option<bool>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(bound(deserialize = "'de: 'a"))]
pub struct Waiver<'a> {
    pub rule: Text<'a>,
    pub reason: Text<'a>,
    pub approved_by: Option<Text<'a>>,
    pub expires: Option<Date>,
}

/// True when the text is present and holds a non-whitespace character.
pub fn non_empty(text: &Option<Text<'_>>) -> bool {
    text.as_deref().is_some_and(|t| !t.trim().is_empty())
}

/// The schema bounds every integer of a charter within ±(2^53 − 1): the whole numbers an `f64`
/// holds exactly (I-JSON, RFC 7493).
const MAX_EXACT_INTEGER: f64 = 9_007_199_254_740_991.0;

/// JSON Schema counts `3.0` as an integer; accept integral floats. Every integer the schema
/// accepts is read exactly, whether written `3`, `3.0`, `-0.0` or `9007199254740991.0`.
fn int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<i64, D::Error> {
    let number = serde_json::Number::deserialize(deserializer)?;
    if let Some(i) = number.as_i64() {
        return Ok(i);
    }
    match number.as_f64() {
        // Exact: an integral float within the bound converts to `i64` without loss.
        Some(f) if f.fract() == 0.0 && f.abs() <= MAX_EXACT_INTEGER => Ok(f as i64),
        _ => Err(serde::de::Error::custom(format!(
            "{number} is not an integer"
        ))),
    }
}

/// `charter_version`: an integer to the schema, so `1.0` too.
fn version<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    let v = int(deserializer)?;
    u32::try_from(v).map_err(|_| serde::de::Error::custom(format!("{v} is not a charter version")))
}

fn opt_int<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Option<i64>, D::Error> {
    #[derive(Deserialize)]
    struct Wrap(#[serde(deserialize_with = "int")] i64);
    Ok(Option::<Wrap>::deserialize(deserializer)?.map(|Wrap(i)| i))
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    #[test]
    fn integral_floats_count_as_integers() {
        let g = Governance::deserialize(
            serde_json::json!({"decision_making": "consensus", "meeting_every_days": 30.0}),
        )
        .unwrap();
        assert_eq!(g.meeting_every_days, Some(30));
        let bad = Governance::deserialize(
            serde_json::json!({"decision_making": "consensus", "meeting_every_days": 30.5}),
        );
        assert!(bad.is_err());
    }

    #[test]
    fn every_integer_the_schema_accepts_is_read_exactly() {
        let seats = |value: serde_json::Value| {
            Governance::deserialize(
                serde_json::json!({"decision_making": "consensus", "total_seats": value}),
            )
            .map(|g| g.total_seats)
            .map_err(|e| e.to_string())
        };
        let max = 9_007_199_254_740_991_i64;
        for (value, expected) in [
            (serde_json::json!(1), 1),
            (serde_json::json!(3.0), 3),
            (serde_json::json!(-0.0), 0),
            (serde_json::json!(max), max),
            (serde_json::json!(9_007_199_254_740_991.0), max),
            (serde_json::json!(-9_007_199_254_740_991.0), -max),
            (
                serde_json::json!(4_503_599_627_370_497.0),
                4_503_599_627_370_497,
            ),
            (serde_json::json!(1e15), 1_000_000_000_000_000),
        ] {
            assert_eq!(seats(value.clone()), Ok(Some(expected)), "{value}");
        }
        // Past the bound an `f64` no longer holds every whole number: the schema refuses these.
        for value in [
            serde_json::json!(9_007_199_254_740_992.0),
            serde_json::json!(1e300),
            serde_json::json!(u64::MAX),
            serde_json::json!(0.5),
        ] {
            let err = seats(value.clone()).unwrap_err();
            assert!(err.ends_with("is not an integer"), "{value}: {err}");
        }
        // The same reading for required integers.
        let consultation = Consultation::deserialize(serde_json::json!({"date": "2011-01-01",
            "method": "survey", "participants": 9_007_199_254_740_991.0, "before_design": true}))
        .unwrap();
        assert_eq!(consultation.participants, max);
    }

    #[test]
    fn large_whole_numbers_are_read_exactly_from_text() {
        // The host writes whole floats with a `.0`; serde_json's default float parser misreads
        // some near 2^52 (the SDK enables `float_roundtrip`, see Cargo.toml).
        for n in [
            3_929_248_879_239_887_i64,
            4_503_599_627_370_497,
            9_007_199_254_740_991,
        ] {
            let text = format!(r#"{{"decision_making": "consensus", "total_seats": {n}.0}}"#);
            let g: Governance = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{n}: {e}"));
            assert_eq!(g.total_seats, Some(n));
        }
    }

    #[test]
    fn affiliates_of_internationals_are_not_local() {
        let p = Partner::deserialize(serde_json::json!({
            "id": "x", "name": "X", "sector": "nonprofit", "base": "national",
            "roles": ["implementing"], "affiliated_international": true
        }))
        .unwrap();
        assert!(!p.is_local());
    }

    /// A charter in JSON with every text field set, two of them with escapes.
    const CHARTER_JSON: &str = r#"{
        "charter_version": 1,
        "partnership": {"id": "lakou", "name": "Lakou \"Clean\" Water", "summary": "Water.\nFor all.",
            "country": "HT", "region": "Ouest", "community": "Résidents", "start": "2011-01-01",
            "end": "2016-12-31", "themes": ["water", "sanitation"]},
        "partners": [
            {"id": "konbit", "name": "Konbit Dlo", "sector": "community", "base": "local",
             "roles": ["implementing"], "brings": "Committees", "seeks": "Ownership"},
            {"id": "aquafund", "name": "AquaFund", "sector": "philanthropy",
             "base": "international", "roles": ["funding"], "commitment_until": "2015-06-30"}
        ],
        "budget": {"currency": "USD", "total": 100, "published": true,
            "published_url": "https://example.org/b", "allocations": [
                {"partner": "konbit", "amount": 60, "via": ["aquafund"]}]},
        "governance": {"decision_making": "consensus", "conflict_resolution": "Mediation",
            "termination": "Notice"},
        "transparency": {"open_data": "IATI"},
        "listening": {"solution_predetermined": false, "feedback_channels": ["SMS"],
            "adaptation": "Quarterly", "consultations": [{"date": "2010-10-01",
                "method": "survey", "participants": 40, "language": "ht", "before_design": true,
                "led_by": "konbit"}],
            "complaints": {"exists": true}},
        "context": {"history": "H", "political": "P", "regulatory": "R", "culture": "C",
            "languages": ["ht", "fr"]},
        "coordination": {"initiatives": [{"name": "WASH cluster", "lead": "OCHA",
            "overlap": "partial", "arrangement": "Share maps"}]},
        "goals": [{"id": "g1", "statement": "Water", "benchmarks": [{"id": "b1",
            "description": "Points", "indicator": "count", "owner": "konbit"}]}],
        "exit": {"strategy": "Hand over", "criteria": ["b1"], "successor": "konbit",
            "funding_after_exit": "Fees", "capacity_transfer": [{"skill": "Repairs",
                "to": "konbit"}], "support_after_exit": {"kind": "Advice"}},
        "waivers": [{"rule": "exit.approach", "reason": "Later", "approved_by": "Board"}],
        "extensions": {"my-plugin": {"level": 2}}
    }"#;

    /// Every text field of the charter (with its JSON Pointer, for messages).
    fn texts<'c>(c: &'c Charter<'_>) -> Vec<(&'static str, &'c Text<'c>)> {
        let p = &c.partnership;
        let mut all = vec![
            ("/partnership/id", &p.id),
            ("/partnership/name", &p.name),
            ("/partnership/summary", &p.summary),
            ("/partnership/country", &p.country),
            ("/partnership/community", &p.community),
        ];
        let some = |t: &'c Option<Text<'c>>| t.as_ref().expect("set in CHARTER_JSON");
        let list = |t: &'c Option<Vec<Text<'c>>>| t.as_ref().expect("set in CHARTER_JSON");
        all.push(("/partnership/region", some(&p.region)));
        all.extend(p.themes.iter().map(|t| ("/partnership/themes", t)));
        for partner in &c.partners {
            all.push(("/partners/id", &partner.id));
            all.push(("/partners/name", &partner.name));
            all.extend(partner.brings.iter().map(|t| ("/partners/brings", t)));
            all.extend(partner.seeks.iter().map(|t| ("/partners/seeks", t)));
        }
        let budget = c.budget.as_ref().unwrap();
        all.push(("/budget/currency", &budget.currency));
        all.push(("/budget/published_url", some(&budget.published_url)));
        for a in budget.allocations.as_ref().unwrap() {
            all.push(("/budget/allocations/partner", &a.partner));
            all.extend(a.via.iter().map(|t| ("/budget/allocations/via", t)));
        }
        let g = c.governance.as_ref().unwrap();
        all.push((
            "/governance/conflict_resolution",
            some(&g.conflict_resolution),
        ));
        all.push(("/governance/termination", some(&g.termination)));
        let t = c.transparency.as_ref().unwrap();
        all.push(("/transparency/open_data", some(&t.open_data)));
        let l = c.listening.as_ref().unwrap();
        all.extend(
            list(&l.feedback_channels)
                .iter()
                .map(|t| ("/listening/feedback_channels", t)),
        );
        all.push(("/listening/adaptation", some(&l.adaptation)));
        for k in l.consultations.as_ref().unwrap() {
            all.push(("/listening/consultations/language", some(&k.language)));
            all.push(("/listening/consultations/led_by", some(&k.led_by)));
        }
        let x = c.context.as_ref().unwrap();
        for (path, t) in [
            ("/context/history", &x.history),
            ("/context/political", &x.political),
            ("/context/regulatory", &x.regulatory),
            ("/context/culture", &x.culture),
        ] {
            all.push((path, some(t)));
        }
        all.extend(list(&x.languages).iter().map(|t| ("/context/languages", t)));
        for i in c
            .coordination
            .as_ref()
            .unwrap()
            .initiatives
            .as_ref()
            .unwrap()
        {
            all.push(("/coordination/initiatives/name", &i.name));
            all.push(("/coordination/initiatives/lead", some(&i.lead)));
            all.push((
                "/coordination/initiatives/arrangement",
                some(&i.arrangement),
            ));
        }
        for goal in &c.goals {
            all.push(("/goals/id", &goal.id));
            all.push(("/goals/statement", &goal.statement));
            for b in goal.benchmarks.as_ref().unwrap() {
                all.push(("/goals/benchmarks/id", &b.id));
                all.push(("/goals/benchmarks/description", &b.description));
                all.push(("/goals/benchmarks/indicator", some(&b.indicator)));
                all.push(("/goals/benchmarks/owner", some(&b.owner)));
            }
        }
        let e = c.exit.as_ref().unwrap();
        all.push(("/exit/strategy", some(&e.strategy)));
        all.extend(list(&e.criteria).iter().map(|t| ("/exit/criteria", t)));
        all.push(("/exit/successor", some(&e.successor)));
        all.push(("/exit/funding_after_exit", some(&e.funding_after_exit)));
        for t in e.capacity_transfer.as_ref().unwrap() {
            all.push(("/exit/capacity_transfer/skill", &t.skill));
            all.push(("/exit/capacity_transfer/to", &t.to));
        }
        all.push((
            "/exit/support_after_exit/kind",
            &e.support_after_exit.as_ref().unwrap().kind,
        ));
        for w in &c.waivers {
            all.push(("/waivers/rule", &w.rule));
            all.push(("/waivers/reason", &w.reason));
            all.push(("/waivers/approved_by", some(&w.approved_by)));
        }
        all.extend(c.extensions.keys().map(|k| ("/extensions", k)));
        all
    }

    #[test]
    fn a_charter_from_json_text_borrows_its_plain_strings() {
        let charter = Charter::from_json_str(CHARTER_JSON).unwrap();
        let input = CHARTER_JSON.as_bytes().as_ptr_range();
        let texts = texts(&charter);
        assert_eq!(texts.len(), 51);
        for (path, text) in texts {
            let escaped = matches!(path, "/partnership/name" | "/partnership/summary");
            assert_eq!(text.is_borrowed(), !escaped, "{path}: {text:?}");
            if !escaped {
                assert!(matches!(text.0, Cow::Borrowed(_)));
                assert!(
                    input.contains(&text.as_ptr()),
                    "{path} points into the input"
                );
            }
        }
        // Escaped strings are owned, with the unescaped text; non-ASCII text still borrows.
        assert!(matches!(charter.partnership.name.0, Cow::Owned(_)));
        assert_eq!(charter.partnership.name, "Lakou \"Clean\" Water");
        assert_eq!(charter.partnership.summary, "Water.\nFor all.");
        assert_eq!(charter.partnership.community, "Résidents");
        assert_eq!(charter.partner("aquafund").unwrap().name, "AquaFund");
        assert!(charter.is_local_partner("konbit"));
        assert_eq!(
            charter.extensions.get("my-plugin"),
            Some(&serde_json::json!({"level": 2}))
        );
        let start = charter.partnership.start;
        assert_eq!(start.to_string(), "2011-01-01");
    }

    #[test]
    fn a_charter_from_a_value_owns_its_text_and_reads_the_same() {
        let value: serde_json::Value = serde_json::from_str(CHARTER_JSON).unwrap();
        let owned: Charter<'static> = Charter::from_json(value).unwrap();
        let borrowed = Charter::from_json_str(CHARTER_JSON).unwrap();
        assert!(texts(&owned).iter().all(|(_, t)| !t.is_borrowed()));
        assert_eq!(format!("{owned:?}"), format!("{borrowed:?}"));
        // Owned text outlives the JSON it came from.
        let name = {
            let json = String::from(CHARTER_JSON);
            Charter::from_json_str(&json)
                .unwrap()
                .partnership
                .id
                .into_owned()
        };
        assert_eq!(name, "lakou");
    }

    #[test]
    fn text_fields_refuse_what_string_fields_refused() {
        let value = serde_json::json!({"id": 3, "name": "X", "sector": "nonprofit",
            "base": "national", "roles": []});
        let err = Partner::deserialize(value).unwrap_err().to_string();
        assert_eq!(err, "invalid type: integer `3`, expected a string");
        let bad_date = serde_json::json!({"skill": "S", "to": "x", "by": "2011-02-30"});
        let err = CapacityTransfer::deserialize(bad_date)
            .unwrap_err()
            .to_string();
        assert_eq!(err, "`2011-02-30` is not a date like 2011-06-30");
    }

    #[test]
    fn non_empty_needs_a_visible_character() {
        assert!(non_empty(&Some(Text::from("x"))));
        assert!(!non_empty(&Some(Text::from(" \n"))));
        assert!(!non_empty(&None));
    }
}
