//! The loader's checks after the schema: references resolve, ids are unique, dates are ordered.
//! They read the raw value defensively: a part the schema already rejected is skipped here.

use std::collections::HashMap;

use accord_plugin::Date;
use serde_json::Value;

use super::{closest, human_path};
use crate::diagnostic::{Diagnostic, Kind};

pub(super) fn check(charter: &Value) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let partners = unique_ids(charter, "/partners", "partner", &mut out);
    unique_ids(charter, "/goals", "goal", &mut out);
    let benchmarks = benchmark_ids(charter, &mut out);

    // Document order, so messages listing ids are stable.
    let mut partner_ids: Vec<(&str, usize)> = partners.into_iter().collect();
    partner_ids.sort_by_key(|&(_, i)| i);
    let partner_ids: Vec<&str> = partner_ids.into_iter().map(|(id, _)| id).collect();
    let partner_set: std::collections::HashSet<&str> = partner_ids.iter().copied().collect();
    let partner_ref = |pointer: String, out: &mut Vec<Diagnostic>| {
        dangling(
            charter,
            &pointer,
            &partner_ids,
            &partner_set,
            "partner",
            "[[partners]]",
            out,
        );
    };
    for (i, _) in entries(charter, "/budget/allocations") {
        partner_ref(format!("/budget/allocations/{i}/partner"), &mut out);
        for (j, _) in entries(charter, &format!("/budget/allocations/{i}/via")) {
            partner_ref(format!("/budget/allocations/{i}/via/{j}"), &mut out);
        }
    }
    for (i, _) in entries(charter, "/listening/consultations") {
        partner_ref(format!("/listening/consultations/{i}/led_by"), &mut out);
    }
    for (g, _) in entries(charter, "/goals") {
        for (b, _) in entries(charter, &format!("/goals/{g}/benchmarks")) {
            partner_ref(format!("/goals/{g}/benchmarks/{b}/owner"), &mut out);
        }
    }
    partner_ref("/exit/successor".to_owned(), &mut out);
    for (i, _) in entries(charter, "/exit/capacity_transfer") {
        partner_ref(format!("/exit/capacity_transfer/{i}/to"), &mut out);
    }
    let benchmark_ids: Vec<&str> = benchmarks.iter().map(String::as_str).collect();
    let benchmark_set: std::collections::HashSet<&str> = benchmark_ids.iter().copied().collect();
    for (i, _) in entries(charter, "/exit/criteria") {
        dangling(
            charter,
            &format!("/exit/criteria/{i}"),
            &benchmark_ids,
            &benchmark_set,
            "benchmark",
            "[[goals.benchmarks]]",
            &mut out,
        );
    }

    let date = |p: &str| {
        charter
            .pointer(p)
            .and_then(Value::as_str)
            .and_then(Date::parse)
    };
    if let (Some(start), Some(end)) = (date("/partnership/start"), date("/partnership/end"))
        && start >= end
    {
        out.push(
            Diagnostic::new(
                Kind::DateOrder,
                format!("the partnership ends on {end}, which is not after its start on {start}"),
            )
            .at_path("/partnership/end")
            .with_help(
                "`partnership.end` must be later than `partnership.start`: check both dates",
            ),
        );
    }
    out
}

/// The entries of the array at `pointer` (none when absent or not an array).
fn entries<'v>(charter: &'v Value, pointer: &str) -> impl Iterator<Item = (usize, &'v Value)> {
    charter
        .pointer(pointer)
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
        .enumerate()
}

/// Ids of the list at `pointer`, reporting duplicates; maps each id to its first index.
fn unique_ids<'v>(
    charter: &'v Value,
    pointer: &str,
    what: &str,
    out: &mut Vec<Diagnostic>,
) -> HashMap<&'v str, usize> {
    let mut seen = HashMap::new();
    for (i, entry) in entries(charter, pointer) {
        let Some(id) = entry.get("id").and_then(Value::as_str) else {
            continue;
        };
        if let Some(first) = seen.get(id) {
            out.push(
                Diagnostic::new(
                    Kind::DuplicateId,
                    format!(
                        "the {what} id `{id}` is used twice (first at `{}`)",
                        human_path(&format!("{pointer}/{first}"))
                    ),
                )
                .at_path(format!("{pointer}/{i}/id"))
                .with_help(format!("give every {what} its own id")),
            );
        } else {
            seen.insert(id, i);
        }
    }
    seen
}

/// Benchmark ids are unique across the whole charter.
fn benchmark_ids(charter: &Value, out: &mut Vec<Diagnostic>) -> Vec<String> {
    let mut seen: HashMap<&str, String> = HashMap::new();
    let mut ids = Vec::new();
    for (g, _) in entries(charter, "/goals") {
        for (b, bench) in entries(charter, &format!("/goals/{g}/benchmarks")) {
            let Some(id) = bench.get("id").and_then(Value::as_str) else {
                continue;
            };
            let here = format!("/goals/{g}/benchmarks/{b}");
            if let Some(first) = seen.get(id) {
                out.push(
                    Diagnostic::new(Kind::DuplicateId, format!("the benchmark id `{id}` is used twice (first at `{}`)", human_path(first)))
                        .at_path(format!("{here}/id"))
                        .with_help("benchmark ids must be unique across the whole charter: `exit.criteria` refers to them"),
                );
            } else {
                seen.insert(id, here);
                ids.push(id.to_owned());
            }
        }
    }
    ids
}

fn dangling(
    charter: &Value,
    pointer: &str,
    known: &[&str],
    set: &std::collections::HashSet<&str>,
    what: &str,
    list: &str,
    out: &mut Vec<Diagnostic>,
) {
    let Some(id) = charter.pointer(pointer).and_then(Value::as_str) else {
        return;
    };
    // Membership by set, and no work past the error cap: a hostile charter may hold thousands
    // of ids and references.
    if set.contains(id) || out.len() >= super::MAX_ERRORS {
        return;
    }
    let help = match closest(id, known.iter().copied()) {
        Some(c) => format!("did you mean `{c}`?"),
        None if known.is_empty() => format!("add the {what} to `{list}` first"),
        None => format!("use the id of an entry of `{list}`: {}", list_some(known)),
    };
    out.push(
        Diagnostic::new(
            Kind::Reference,
            format!(
                "`{}` refers to the {what} `{id}`, which the charter does not define",
                human_path(pointer)
            ),
        )
        .at_path(pointer.to_owned())
        .with_help(help),
    );
}

/// Up to ten ids, then "and N more".
fn list_some(ids: &[&str]) -> String {
    let shown = ids.iter().take(10).copied().collect::<Vec<_>>().join(", ");
    if ids.len() > 10 {
        format!("{shown} and {} more", ids.len() - 10)
    } else {
        shown
    }
}
