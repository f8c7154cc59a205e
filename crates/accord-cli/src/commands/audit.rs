//! `accord audit`: the main job. Audits run in parallel; output is written in input order.

use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use accord_core::baseline::Baseline;
use accord_core::load::Limits;
use accord_core::plugin::isolate::Pool;
use accord_core::profile::ReportDetail;
use accord_core::report::Verdict;
use accord_core::setup::Setup;
use accord_core::summary::Row;
use accord_core::{Engine, Settings};
use accord_render::{Context as RenderContext, Writer};
use anyhow::Context;

use crate::Outcome;
use crate::cli::AuditArgs;
use crate::render;

pub fn run(args: &AuditArgs) -> anyhow::Result<Outcome> {
    let format = accord_render::format(&args.format)
        .with_context(|| format!("there is no format `{}`", args.format))?
        .format;
    summary_flags(args, format)?;
    let setup = Setup::resolve(&args.rules.sources()?)?;
    let settings = Settings {
        deny_warnings: args.deny.is_some(),
        config: setup.config_path(),
        profile: setup.profile,
        limits: Limits {
            max_file_size: args.load.max_file_size,
            ..Limits::default()
        },
        audit_date: args.today.unwrap_or_else(accord_core::engine::today),
        fail_under: args.fail_under,
        allow_unpinned: args.rules.allow_unpinned,
    };
    let mut engine = Engine::new(settings, setup.plugins, setup.packs)?;
    if args.isolate {
        let program = std::env::current_exe()
            .context("could not find the accord executable to start isolated workers")?;
        let pool = Pool::new(
            program,
            engine.plugins(),
            Duration::from_secs_f64(args.plugin_timeout),
        );
        engine.isolate(pool);
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
    let (out, colour): (Box<dyn Write>, bool) = match &args.output {
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
    let ctx = RenderContext {
        catalogue: engine.catalogue(),
        run: engine.run(),
        full: engine.settings().profile.report_detail == ReportDetail::Full,
        colour,
        baseline: baseline.is_some(),
        batch: files.len() > 1,
        summary_only: args.summary_only,
        statistics: args.statistics,
    };
    let mut writer = Writer::new(format, ctx, out)?;
    let progress = render::progress::bar(files.len(), args.quiet);
    // Each worker audits and renders; this thread only writes.
    accord_core::batch::in_input_order(
        &pool,
        files,
        |path| {
            let mut audit = engine.audit_path(path);
            if let Some(b) = &baseline {
                b.apply(&mut audit.report);
            }
            let part = Writer::<Vec<u8>>::render(format, &audit, &ctx);
            progress.inc(1);
            (part, Row::of(&audit.report))
        },
        |(part, row)| writer.push(&part, row),
    )?;
    let (_, summary) = writer.finish()?;
    progress.finish_and_clear();
    Ok(if summary.invalid + summary.error > 0 {
        Outcome::Unusable
    } else if summary.fail > 0 {
        Outcome::Fail
    } else {
        debug_assert!(summary.ranking.iter().all(|r| r.verdict == Verdict::Pass));
        Outcome::Pass
    })
}

/// `--summary-only` and `--statistics` are for the formats a person reads: a usage error with
/// the others, which always hold every charter.
fn summary_flags(args: &AuditArgs, format: &dyn accord_render::Format) -> anyhow::Result<()> {
    let flag = match (args.summary_only, args.statistics) {
        (true, _) => "--summary-only",
        (false, true) => "--statistics",
        (false, false) => return Ok(()),
    };
    if !format.summarizes() {
        anyhow::bail!(
            "{flag} works with --format text, markdown or html, not {}\nhelp: {} always holds every charter; the JSON summary line always carries `rule_counts`",
            args.format,
            args.format
        );
    }
    Ok(())
}

/// `accord __isolate-worker`: serves plugin checks for a parent `accord audit --isolate`.
pub fn worker() -> anyhow::Result<Outcome> {
    accord_core::plugin::isolate::serve().map_err(anyhow::Error::msg)?;
    Ok(Outcome::Pass)
}

/// Files, walked directories, and `-` (one path per line on standard input), sorted.
fn inputs(paths: &[PathBuf]) -> anyhow::Result<Vec<PathBuf>> {
    use std::io::BufRead;
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
    // Output comes in sorted path order, however the paths were given.
    expanded.sort();
    Ok(expanded)
}
