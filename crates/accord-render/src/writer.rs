//! Writing a run in any format: parts in input order, deferred parts kept off the heap, then
//! the end.

use std::io::{Read, Seek, SeekFrom, Write};

use accord_core::Audit;
use accord_core::inputs::Skipped;
use accord_core::summary::{Row, Statistics, Summary};

use crate::{Context, Format};

/// Deferred parts are kept in memory up to this many bytes, then moved to a temporary file.
const IN_MEMORY: usize = 4 * 1024 * 1024;

/// The charters' parts of a format that writes them at the end, in input order.
#[derive(Default)]
pub struct Parts {
    memory: Vec<u8>,
    file: Option<std::fs::File>,
    /// (offset, length) of each part, in `memory` or in `file`.
    spans: Vec<(u64, u64)>,
    written: u64,
}

impl Parts {
    /// Parts already rendered, in order (for a single report, or tests).
    pub fn of(parts: impl IntoIterator<Item = Vec<u8>>) -> Parts {
        let mut out = Parts::default();
        for part in parts {
            out.memory.extend_from_slice(&part);
            out.spans.push((out.written, part.len() as u64));
            out.written += part.len() as u64;
        }
        out
    }

    fn push(&mut self, part: &[u8]) -> std::io::Result<()> {
        if self.file.is_none() && self.memory.len() + part.len() > IN_MEMORY {
            let mut file = tempfile::tempfile()?;
            file.write_all(&self.memory)?;
            self.memory = Vec::new();
            self.file = Some(file);
        }
        match &mut self.file {
            Some(file) => file.write_all(part)?,
            None => self.memory.extend_from_slice(part),
        }
        self.spans.push((self.written, part.len() as u64));
        self.written += part.len() as u64;
        Ok(())
    }

    pub fn len(&self) -> usize {
        self.spans.len()
    }

    pub fn is_empty(&self) -> bool {
        self.spans.is_empty()
    }

    /// Copies part `i` to `out`.
    pub fn copy(&mut self, i: usize, out: &mut dyn Write) -> std::io::Result<()> {
        let Some(&(offset, len)) = self.spans.get(i) else {
            return Ok(());
        };
        match &mut self.file {
            Some(file) => {
                file.seek(SeekFrom::Start(offset))?;
                std::io::copy(&mut (&*file).take(len), out)?;
            }
            None => {
                // Offsets index `memory`, which never exceeds `IN_MEMORY` bytes.
                let start = offset as usize;
                out.write_all(&self.memory[start..start + len as usize])?;
            }
        }
        Ok(())
    }

    /// Copies every part, in order.
    pub fn copy_all(&mut self, out: &mut dyn Write) -> std::io::Result<()> {
        for i in 0..self.len() {
            self.copy(i, out)?;
        }
        Ok(())
    }
}

/// Writes one run: the beginning, each charter's part as it comes (in input order), the end.
pub struct Writer<'a, W: Write> {
    format: &'a dyn Format,
    ctx: Context<'a>,
    out: W,
    parts: Parts,
    rows: Vec<Row>,
    skipped: Skipped,
    /// The failed rules and validation errors of the rows so far (rows keep no lists).
    statistics: Statistics,
}

impl<'a, W: Write> Writer<'a, W> {
    pub fn new(format: &'a dyn Format, ctx: Context<'a>, mut out: W) -> std::io::Result<Self> {
        let mut begin = Vec::new();
        format.begin(&ctx, &mut begin);
        out.write_all(&begin)?;
        Ok(Writer {
            format,
            ctx,
            out,
            parts: Parts::default(),
            rows: Vec::new(),
            skipped: Skipped::default(),
            statistics: Statistics::default(),
        })
    }

    /// One charter's part, rendered (call it on any thread, then [`push`](Self::push) the
    /// result in input order).
    pub fn render(format: &dyn Format, audit: &Audit, ctx: &Context<'_>) -> Vec<u8> {
        let mut part = Vec::new();
        format.charter(audit, ctx, &mut part);
        part
    }

    /// Writes (or keeps) one charter's part; `row` is what the summary keeps of it.
    pub fn push(&mut self, part: &[u8], mut row: Row) -> std::io::Result<()> {
        row.input = u32::try_from(self.rows.len()).unwrap_or(u32::MAX);
        self.statistics.add(&mut row);
        if self.format.defers_parts() {
            self.parts.push(part)?;
        } else {
            self.out.write_all(part)?;
        }
        self.rows.push(row);
        Ok(())
    }

    /// What the directory walks skipped, for the summary.
    pub fn set_skipped(&mut self, skipped: Skipped) {
        self.skipped = skipped;
    }

    /// Writes the end and hands back the output and the summary.
    pub fn finish(mut self) -> std::io::Result<(W, Summary)> {
        let mut summary = Summary::with_statistics(self.rows, self.statistics);
        summary.skipped = self.skipped;
        self.format
            .end(&summary, &mut self.parts, &self.ctx, &mut self.out)?;
        self.out.flush()?;
        Ok((self.out, summary))
    }
}

/// One charter's whole document in `format` (what the HTTP API returns).
pub fn render_one(format: &dyn Format, audit: &Audit, ctx: &Context<'_>) -> Vec<u8> {
    let mut writer = match Writer::new(format, *ctx, Vec::new()) {
        Ok(w) => w,
        Err(_) => return Vec::new(),
    };
    let part = Writer::<Vec<u8>>::render(format, audit, ctx);
    // Writing to a Vec cannot fail; a temporary file is never needed for one part under 4 MiB,
    // and for a larger one an I/O error leaves what was written.
    let _ = writer.push(&part, Row::of(&audit.report));
    writer.finish().map(|(out, _)| out).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_spill_to_a_file_and_come_back_in_any_order() {
        let mut parts = Parts::default();
        let big = vec![b'x'; IN_MEMORY];
        parts.push(b"first").unwrap();
        parts.push(&big).unwrap();
        parts.push(b"third").unwrap();
        assert!(parts.file.is_some(), "over the limit, parts go to a file");
        assert!(parts.memory.is_empty());
        let mut out = Vec::new();
        parts.copy(2, &mut out).unwrap();
        parts.copy(0, &mut out).unwrap();
        assert_eq!(out, b"thirdfirst");
        let mut all = Vec::new();
        parts.copy_all(&mut all).unwrap();
        assert_eq!(all.len(), 5 + IN_MEMORY + 5);
        assert!(all.starts_with(b"firstx") && all.ends_with(b"xthird"));
    }

    #[test]
    fn small_parts_stay_in_memory() {
        let mut parts = Parts::of([b"a".to_vec(), b"bc".to_vec()]);
        assert_eq!(parts.len(), 2);
        assert!(parts.file.is_none());
        let mut out = Vec::new();
        parts.copy(1, &mut out).unwrap();
        assert_eq!(out, b"bc");
    }
}
