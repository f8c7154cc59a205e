//! `accord audit`: the main job. Audits run in parallel; output is written in input order.

use std::ffi::OsString;
use std::io::{BufRead, Write};
use std::path::PathBuf;
use std::time::Duration;

use accord_core::plugin::isolate::{Pool, WorkerCommand};

use accord_core::audit::{Audited, Auditor, Settings};
use accord_core::baseline::Baseline;
use accord_core::load::Limits;
use accord_core::profile::{ReportDetail, WaiverPolicy};
use accord_core::report::Verdict;
use accord_core::summary::{Row, Summary};
use anyhow::Context;

use super::setup::Setup;
use crate::Outcome;
use crate::cli::{AuditArgs, AuditFormat, WorkerArgs};
use crate::render::{self, FullText, markdown, text};

pub fn run(args: &AuditArgs) -> anyhow::Result<Outcome> {
    let setup = Setup::load(&args.rules)?;
    let report_only = setup.profile.waivers == WaiverPolicy::ReportOnly;
    let settings = Settings {
        deny_warnings: args.deny.is_some() || setup.profile.deny_warnings,
        config: setup.config_path(),
        profile: setup.profile,
        limits: Limits {
            max_file_size: args.load.max_file_size,
            ..Limits::default()
        },
        audit_date: args.today.unwrap_or_else(accord_core::audit::today),
        fail_under: args.fail_under,
        allow_unpinned: args.rules.allow_unpinned,
    };
    let mut auditor = Auditor::new(settings, setup.plugins, setup.packs)?;
    if args.isolate {
        let command = worker_command(&auditor)?;
        auditor.isolate(Pool::new(
            command,
            Duration::from_secs_f64(args.plugin_timeout),
        ));
    }
    let baseline = args
        .baseline
        .as_deref()
        .map(Baseline::from_file)
        .transpose()?;
    let files = inputs(&args.paths)?;
    if files.is_empty() {
        anyhow::bail!(
            "no charters found in the paths given\nhelp: give `.toml` or `.json` files, directories that hold them, or `-` to read paths from standard input"
        );
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()?;

    let (mut out, colour): (Box<dyn Write>, bool) = match &args.output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("could not create `{}`", path.display()))?;
            (Box::new(std::io::BufWriter::new(file)), false)
        }
        None => (
            Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
            render::stdout_colour(),
        ),
    };
    let full = (auditor.settings().profile.report_detail == ReportDetail::Full).then(|| FullText {
        rules: auditor.rules(),
    });
    // SARIF, HTML and JUnit need every charter: they collect compact data and write at the end.
    let mut deferred = render::Deferred::for_format(args.format, auditor.rules(), report_only);
    if args.format == AuditFormat::Csv {
        let header = if baseline.is_some() {
            render::csv::HEADER_WITH_BASELINE
        } else {
            render::csv::HEADER
        };
        out.write_all(header.as_bytes())?;
    }
    let progress = render::progress::bar(files.len(), args.quiet);
    let mut rows: Vec<Row> = Vec::with_capacity(files.len());
    let renderer = Render {
        format: args.format,
        baseline: baseline.as_ref(),
        colour,
        full: full.as_ref(),
    };
    // Each worker audits and renders; this thread only writes.
    super::batch::in_input_order(
        &pool,
        files,
        |path| {
            let done = renderer.one(auditor.audit_path(path));
            progress.inc(1);
            done
        },
        |done| {
            let done = done?;
            out.write_all(&done.output)?;
            if let (Some(d), Some(a)) = (deferred.as_mut(), &done.audited) {
                d.push(a);
            }
            rows.push(done.row);
            Ok(())
        },
    )?;
    let worst = rows
        .iter()
        .map(|r| r.verdict)
        .max()
        .unwrap_or(Verdict::Pass);
    if rows.len() > 1 {
        let summary = Summary::new(rows);
        match args.format {
            AuditFormat::Json => {
                // Straight to the output: at 100,000 charters the line is ~18 MB.
                serde_json::to_writer(&mut out, &summary)?;
                writeln!(out)?;
            }
            AuditFormat::Text => write!(out, "\n{}", text::summary(&summary))?,
            AuditFormat::Markdown => write!(out, "{}", markdown::summary(&summary))?,
            AuditFormat::Csv | AuditFormat::Sarif | AuditFormat::Html | AuditFormat::Junit => {}
        }
    }
    if let Some(d) = deferred {
        out.write_all(d.finish().as_bytes())?;
    }
    progress.finish_and_clear();
    out.flush()?;
    Ok(match worst {
        Verdict::Pass => Outcome::Pass,
        Verdict::Fail => Outcome::Fail,
        Verdict::Invalid | Verdict::Error => Outcome::Unusable,
    })
}

/// One charter's share of the output, made on a worker thread.
struct Done {
    /// Its rendered report (empty for the formats written at the end).
    output: Vec<u8>,
    row: Row,
    /// Kept only for the formats that need every charter at the end (SARIF, HTML, JUnit).
    audited: Option<Audited>,
}

/// How each charter's report is rendered (shared by the worker threads).
struct Render<'a> {
    format: AuditFormat,
    baseline: Option<&'a Baseline>,
    colour: bool,
    full: Option<&'a FullText<'a>>,
}

impl Render<'_> {
    fn one(&self, mut a: Audited) -> anyhow::Result<Done> {
        if let Some(b) = self.baseline {
            b.apply(&mut a.report);
        }
        let row = Row::of(&a.report);
        let mut output = Vec::new();
        match self.format {
            AuditFormat::Json => {
                serde_json::to_writer(&mut output, &a.report)?;
                output.push(b'\n');
            }
            AuditFormat::Text => output.extend_from_slice(
                text::report(&a.report, a.source.as_ref(), self.colour, self.full).as_bytes(),
            ),
            AuditFormat::Markdown => {
                writeln!(output, "{}", markdown::report(&a.report, self.full))?;
            }
            AuditFormat::Csv => output.extend_from_slice(
                match self.baseline {
                    Some(_) => render::csv::row_with_baseline(
                        &row,
                        &render::csv::baseline_fields(&a.report),
                    ),
                    None => render::csv::row(&row),
                }
                .as_bytes(),
            ),
            AuditFormat::Sarif | AuditFormat::Html | AuditFormat::Junit => {
                return Ok(Done {
                    output,
                    row,
                    audited: Some(a),
                });
            }
        }
        Ok(Done {
            output,
            row,
            audited: None,
        })
    }
}

/// A worker's address-space limit: generous for any real plugin, fatal for a runaway one.
const WORKER_MEMORY_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

/// How to start an isolated worker: this executable, with the exact plugin files and hashes.
fn worker_command(auditor: &Auditor) -> anyhow::Result<WorkerCommand> {
    let program = std::env::current_exe()
        .context("could not find the accord executable to start isolated workers")?;
    let mut args: Vec<OsString> = vec![
        "__isolate-worker".into(),
        "--memory-limit".into(),
        WORKER_MEMORY_LIMIT.to_string().into(),
    ];
    for p in &auditor.plugins().plugins {
        let path = std::fs::canonicalize(&p.path).unwrap_or_else(|_| p.path.clone());
        args.extend([
            OsString::from("--sha256"),
            OsString::from(&p.sha256),
            OsString::from("--plugin"),
            path.into_os_string(),
        ]);
    }
    Ok(WorkerCommand { program, args })
}

/// `accord __isolate-worker`: serves plugin checks for a parent `accord audit --isolate`.
pub fn worker(args: &WorkerArgs) -> anyhow::Result<Outcome> {
    if args.plugins.len() != args.sha256.len() {
        anyhow::bail!("each --plugin of a worker needs its --sha256");
    }
    let plugins: Vec<(PathBuf, String)> = args
        .plugins
        .iter()
        .cloned()
        .zip(args.sha256.iter().cloned())
        .collect();
    accord_core::plugin::isolate::serve(&plugins, args.memory_limit).map_err(anyhow::Error::msg)?;
    Ok(Outcome::Pass)
}

/// Files, walked directories, and `-` (one path per line on standard input), sorted.
fn inputs(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    let mut expanded = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            for line in std::io::stdin().lock().lines() {
                let line = line.context("could not read paths from standard input")?;
                let line = line.trim();
                if !line.is_empty() {
                    expanded.extend(accord_core::inputs::expand(&[PathBuf::from(line)])?);
                }
            }
        } else {
            expanded.extend(accord_core::inputs::expand(std::slice::from_ref(path))?);
        }
    }
    // Output comes in sorted path order, however the paths were given (ARCHITECTURE.md, "Batch").
    expanded.sort();
    Ok(expanded)
}
