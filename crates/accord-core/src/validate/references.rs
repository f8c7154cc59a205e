//! The loader's checks after the schema: references resolve, ids are unique, dates are ordered,
//! the community holds no more seats than there are. They read the raw value defensively: a part
//! the schema already rejected is skipped here.

use std::collections::{HashMap, HashSet};

use accord_plugin::Date;
use serde_json::Value;

use super::{closest, human_path};
use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Message, msg};

pub(super) fn check(charter: &Value) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let partners = unique_ids(charter, "partners", "partner", &mut out);
    unique_ids(charter, "goals", "goal", &mut out);
    let benchmarks = benchmark_ids(charter, &mut out);

    // Document order, so messages listing ids are stable.
    let mut partner_ids: Vec<(&str, usize)> = partners.into_iter().collect();
    partner_ids.sort_by_key(|&(_, i)| i);
    let partner_ids: Vec<&str> = partner_ids.into_iter().map(|(id, _)| id).collect();
    let partner = Targets::new(&partner_ids, "partner", "[[partners]]");
    // Pointers are only built for a reference that dangles: this runs on every charter.
    for (i, allocation) in entries(at(charter, &["budget", "allocations"])) {
        let here = || format!("/budget/allocations/{i}");
        partner.check(allocation.get("partner"), || here() + "/partner", &mut out);
        for (j, via) in entries(allocation.get("via")) {
            partner.check(Some(via), || format!("{}/via/{j}", here()), &mut out);
        }
    }
    for (i, consultation) in entries(at(charter, &["listening", "consultations"])) {
        partner.check(
            consultation.get("led_by"),
            || format!("/listening/consultations/{i}/led_by"),
            &mut out,
        );
    }
    for (g, goal) in entries(charter.get("goals")) {
        for (b, benchmark) in entries(goal.get("benchmarks")) {
            partner.check(
                benchmark.get("owner"),
                || format!("/goals/{g}/benchmarks/{b}/owner"),
                &mut out,
            );
        }
    }
    partner.check(
        at(charter, &["exit", "successor"]),
        || "/exit/successor".to_owned(),
        &mut out,
    );
    for (i, transfer) in entries(at(charter, &["exit", "capacity_transfer"])) {
        partner.check(
            transfer.get("to"),
            || format!("/exit/capacity_transfer/{i}/to"),
            &mut out,
        );
    }
    let benchmark_ids: Vec<&str> = benchmarks.iter().map(String::as_str).collect();
    let benchmark = Targets::new(&benchmark_ids, "benchmark", "[[goals.benchmarks]]");
    for (i, criterion) in entries(at(charter, &["exit", "criteria"])) {
        benchmark.check(Some(criterion), || format!("/exit/criteria/{i}"), &mut out);
    }

    let date = |key: &str| {
        at(charter, &["partnership", key])
            .and_then(Value::as_str)
            .and_then(Date::parse)
    };
    if let (Some(start), Some(end)) = (date("start"), date("end"))
        && start >= end
    {
        out.push(
            Diagnostic::new(
                Kind::DateOrder,
                msg!(
                    "check-end-before-start",
                    end = end.to_string(),
                    start = start.to_string()
                ),
            )
            .at_path("/partnership/end")
            .with_help(msg!("check-end-before-start-help")),
        );
    }
    out.extend(seat_counts(charter));
    out
}

/// `governance.community_seats` ≤ `governance.total_seats`, when both are whole numbers the
/// schema accepts.
fn seat_counts(charter: &Value) -> Option<Diagnostic> {
    let seats = |key: &str| at(charter, &["governance", key]).and_then(whole_number);
    let (total, community) = (seats("total_seats")?, seats("community_seats")?);
    (total >= 1 && community > total).then(|| {
        Diagnostic::new(
            Kind::Range,
            msg!(
                "check-community-seats",
                community = community.to_string(),
                total = total.to_string()
            ),
        )
        .at_path("/governance/community_seats")
        .with_help(msg!("check-community-seats-help"))
    })
}

/// A whole number within the schema's bounds (0 to 2^53 - 1; `3.0` counts), else `None`.
fn whole_number(value: &Value) -> Option<u64> {
    const MAX: u64 = (1 << 53) - 1;
    let n = value.as_number()?;
    let whole = match n.as_u64() {
        Some(u) => u,
        // Exact: an integral float within the bound converts without loss.
        None => n
            .as_f64()
            .filter(|f| f.fract() == 0.0 && (0.0..=MAX as f64).contains(f))? as u64,
    };
    (whole <= MAX).then_some(whole)
}

/// The value at a path of object keys (no JSON Pointer to build and unescape).
fn at<'v>(charter: &'v Value, keys: &[&str]) -> Option<&'v Value> {
    keys.iter().try_fold(charter, |v, k| v.get(k))
}

/// The entries of an array (none when absent or not an array).
fn entries(list: Option<&Value>) -> impl Iterator<Item = (usize, &Value)> {
    list.and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// Ids of the list under `key`, reporting duplicates; maps each id to its first index.
fn unique_ids<'v>(
    charter: &'v Value,
    key: &str,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> HashMap<&'v str, usize> {
    let mut seen = HashMap::new();
    for (i, entry) in entries(charter.get(key)) {
        let Some(id) = entry.get("id").and_then(Value::as_str) else {
            continue;
        };
        if let Some(first) = seen.get(id) {
            out.push(
                Diagnostic::new(
                    Kind::DuplicateId,
                    msg!(
                        "check-duplicate-id",
                        what = what,
                        id = id,
                        first = human_path(&format!("/{key}/{first}"))
                    ),
                )
                .at_path(format!("/{key}/{i}/id"))
                .with_help(msg!("check-duplicate-id-help", what = what)),
            );
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

/// Benchmark ids are unique across the whole charter.
fn benchmark_ids(charter: &Value, out: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: HashMap<&str, (usize, usize)> = HashMap::new();
    let mut ids = Vec::new();
    for (g, goal) in entries(charter.get("goals")) {
        for (b, bench) in entries(goal.get("benchmarks")) {
            let Some(id) = bench.get("id").and_then(Value::as_str) else {
                continue;
            };
            if let Some((fg, fb)) = seen.get(id) {
                out.push(
                    Diagnostic::new(
                        Kind::DuplicateId,
                        msg!(
                            "check-duplicate-id",
                            what = "benchmark",
                            id = id,
                            first = human_path(&format!("/goals/{fg}/benchmarks/{fb}"))
                        ),
                    )
                    .at_path(format!("/goals/{g}/benchmarks/{b}/id"))
                    .with_help(msg!("check-duplicate-benchmark-help")),
                );
            } else {
                seen.insert(id, (g, b));
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

/// The ids a kind of reference may name.
struct Targets<'a> {
    /// In document order, for the help text.
    known: &'a [&'a str],
    set: HashSet<&'a str>,
    what: &'static str,
    list: &'static str,
}

impl<'a> Targets<'a> {
    fn new(known: &'a [&'a str], what: &'static str, list: &'static str) -> Targets<'a> {
        Targets {
            known,
            set: known.iter().copied().collect(),
            what,
            list,
        }
    }

    /// Reports `reference` (at the pointer `pointer()` builds) when it names no known id.
    fn check(
        &self,
        reference: Option<&Value>,
        pointer: impl FnOnce() -> String,
        out: &mut Vec<Diagnostic>,
    ) {
        let Some(id) = reference.and_then(Value::as_str) else {
            return;
        };
        // Membership by set, and no work past the error cap: a hostile charter may hold
        // thousands of ids and references.
        if self.set.contains(id) || out.len() >= super::MAX_ERRORS {
            return;
        }
        let (what, list) = (self.what, self.list);
        let help = match closest(id, self.known.iter().copied()) {
            Some(c) => msg!("check-did-you-mean", suggestion = c),
            None if self.known.is_empty() => msg!("check-reference-add", what = what, list = list),
            None => msg!(
                "check-reference-use",
                list = list,
                ids = list_some(self.known)
            ),
        };
        let pointer = pointer();
        out.push(
            Diagnostic::new(
                Kind::Reference,
                msg!(
                    "check-reference",
                    at = human_path(&pointer),
                    what = what,
                    id = id
                ),
            )
            .at_path(pointer)
            .with_help(help),
        );
    }
}

/// Up to ten ids, then "and N more".
fn list_some(ids: &[&str]) -> Message {
    let shown = ids.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > 10 {
        msg!("check-and-more", ids = shown, more = ids.len() - 10)
    } else {
        Message::verbatim(shown)
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn governance(seats: Value) -> Vec<Diagnostic> {
        check(&json!({ "governance": seats }))
    }

    #[test]
    fn more_community_seats_than_seats_is_an_error_at_community_seats() {
        let errors = governance(json!({"total_seats": 5, "community_seats": 6}));
        assert_eq!(errors.len(), 1, "{errors:?}");
        let e = &errors[0];
        assert_eq!(e.kind, Kind::Range);
        assert_eq!(e.path.as_deref(), Some("/governance/community_seats"));
        assert_eq!(
            e.message,
            "the community holds 6 seats on the governing body, more than its 5 seats in all"
        );
        let help = e.help.as_deref().unwrap_or_default();
        assert!(
            help.contains("`governance.community_seats`")
                && help.contains("`governance.total_seats`"),
            "{help}"
        );
        // Integral floats are the same whole numbers, shown without a fraction.
        let errors =
            governance(json!({"total_seats": 5.0, "community_seats": 9_007_199_254_740_991.0}));
        assert_eq!(
            errors[0].message,
            "the community holds 9007199254740991 seats on the governing body, more than its 5 seats in all"
        );
    }

    #[test]
    fn up_to_all_seats_is_fine() {
        let max = 9_007_199_254_740_991_u64;
        for seats in [
            json!({"total_seats": 5, "community_seats": 5}),
            json!({"total_seats": 5, "community_seats": 0}),
            json!({"total_seats": 3.0, "community_seats": -0.0}),
            json!({"total_seats": max, "community_seats": max}),
            json!({"total_seats": 1}),
            json!({"community_seats": 7}),
        ] {
            assert_eq!(governance(seats.clone()), [], "{seats}");
        }
    }

    #[test]
    fn counts_the_schema_refuses_are_left_to_the_schema() {
        // Each of these already has a schema error: a second error about it would be noise.
        for total in [
            json!(0),
            json!(-1),
            json!(2.5),
            json!(1e300),
            json!("5"),
            json!(null),
        ] {
            let seats = json!({"total_seats": total, "community_seats": 6});
            assert_eq!(governance(seats.clone()), [], "{seats}");
        }
        let seats = json!({"total_seats": 5, "community_seats": 9_007_199_254_740_992_u64});
        assert_eq!(governance(seats), []);
        assert_eq!(check(&json!({"governance": [1, 2]})), []);
    }
}
