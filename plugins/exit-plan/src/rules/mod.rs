pub mod adopted_early;
pub mod approach;
pub mod capacity_transfer;
pub mod funding_after_exit;
pub mod handover_date;
pub mod local_staff_growth;
pub mod local_successor;
pub mod measurable_criteria;
pub mod strategy;
pub mod support_bounded;

use accord_plugin::Charter;
use accord_plugin::charter::{Base, Partner};

/// Why the partner with this id is not local (`unknown`, `international` or `affiliate`), or
/// `None` when it is local. An unknown id cannot reach a plugin (the loader checks refs) but is
/// described rather than trusted.
pub(crate) fn not_local_because(charter: &Charter<'_>, id: &str) -> Option<&'static str> {
    match charter.partner(id) {
        None => Some("unknown"),
        Some(p) if p.is_local() => None,
        Some(p) => Some(match p.base {
            Base::International => "international",
            Base::Local | Base::National => "affiliate",
        }),
    }
}

fn name(p: &Partner<'_>) -> String {
    format!("{} ({})", p.name, p.id)
}

/// A partner as messages name it: "Konbit Dlo (konbit)", or the bare id when unknown.
pub(crate) fn partner_label(charter: &Charter<'_>, id: &str) -> String {
    charter.partner(id).map_or_else(|| id.to_owned(), name)
}
