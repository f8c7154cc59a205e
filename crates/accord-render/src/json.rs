//! `--format json`: JSON Lines, one report per charter, then for more than one charter the
//! summary line (schemas/report.schema.json describes both).

use std::io::Write;

use accord_core::Audit;
use accord_core::summary::Summary;

use crate::{Context, Format, Parts};

/// `--format json`.
pub struct Json;

pub const INFO: crate::FormatInfo = crate::FormatInfo {
    name: "json",
    help: "JSON Lines: one report per charter, then a summary line for several charters",
    format: &Json,
    media_type: "application/json",
};

impl Format for Json {
    fn charter(&self, audit: &Audit, _ctx: &Context<'_>, out: &mut Vec<u8>) {
        // Writing a report (strings, numbers, maps with string keys) to a Vec cannot fail.
        let _ = serde_json::to_writer(&mut *out, &audit.report);
        out.push(b'\n');
    }

    fn end(
        &self,
        summary: &Summary,
        _parts: &mut Parts,
        _ctx: &Context<'_>,
        out: &mut dyn Write,
    ) -> std::io::Result<()> {
        if summary.charters > 1 {
            // Straight to the output: at 100,000 charters the line is ~18 MB.
            serde_json::to_writer(&mut *out, summary)?;
            writeln!(out)?;
        }
        Ok(())
    }
}
