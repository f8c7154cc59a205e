//! `accord audit`: the main job. Audits run in parallel; output is written in input order.

use std::path::Path;
use std::time::Duration;

use accord_core::baseline::Baseline;
use accord_core::inputs::Input;
use accord_core::lang::{labelled, msg};
use accord_core::load::Limits;
use accord_core::profile::ReportDetail;
use accord_core::report::Verdict;
use accord_core::summary::Row;
use accord_core::{Engine, Settings};
use accord_render::{Context as RenderContext, Writer};
use anyhow::Context;

use super::inputs;
use super::output::Sink;
use crate::Outcome;
use crate::cli::AuditArgs;
use crate::lang::bail;
use crate::render;

pub fn run(args: &AuditArgs) -> anyhow::Result<Outcome> {
    let format = accord_render::format(&args.format)
        .with_context(|| msg!("cli-no-format", format = args.format.as_str()))?
        .format;
    summary_flags(args, format)?;
    let timeout = args
        .isolate
        .then(|| Duration::from_secs_f64(args.plugin_timeout));
    let setup = super::resolve(&args.rules.sources()?, timeout)?;
    let lang = crate::lang::of(setup.config.as_ref());
    let settings = Settings {
        lang,
        deny_warnings: args.deny.is_some(),
        config: setup.config_path(),
        profile: setup.profile,
        limits: Limits {
            max_file_size: args.load.max_file_size,
            ..Limits::default()
        },
        audit_date: args.today.unwrap_or_else(accord_core::engine::today),
        fail_under: args.fail_under,
        allow_unpinned: args.rules.allow_unpinned(),
    };
    let engine = Engine::new(settings, setup.plugins, setup.packs)?;
    let baseline = args
        .baseline
        .as_deref()
        .map(Baseline::from_file)
        .transpose()?;
    let (mut inputs, skipped) = inputs::gather(&args.inputs, args.load.max_file_size)?;
    // Reports come in sorted path order, however the paths were given.
    inputs.sort_by(|a, b| a.path().cmp(b.path()));
    if inputs.is_empty() {
        return Err(inputs::none_found(&args.inputs, &skipped));
    }
    let pool = inputs::workers(args.jobs, inputs.len())?;
    // A report shows few of an invalid charter's errors: say this one here.
    let list_on_stdin = inputs.iter().find_map(|i| match i {
        Input::Stdin(stdin) if stdin.looks_like_a_list() => Some(stdin.name.clone()),
        _ => None,
    });
    let sink = Sink::open(
        args.output.as_deref(),
        &inputs,
        args.inputs.files_from.as_deref(),
    )?;
    let colour = sink.is_stdout() && render::stdout_colour();
    let ctx = RenderContext {
        catalogue: engine.catalogue(),
        run: engine.run(),
        full: engine.settings().profile.report_detail == ReportDetail::Full,
        colour,
        baseline: baseline.is_some(),
        batch: inputs.len() > 1,
        summary_only: args.summary_only,
        statistics: args.statistics,
    };
    let mut writer = Writer::new(format, ctx, std::io::BufWriter::new(sink))?;
    writer.set_skipped(skipped);
    let progress = render::progress::bar(inputs.len(), args.quiet, lang);
    // Each worker audits and renders; this thread only writes.
    accord_core::batch::in_input_order(
        &pool,
        inputs,
        |input| {
            let mut audit = engine.audit_input(input);
            if let Some(b) = &baseline {
                b.apply(&mut audit.report);
            }
            let part = Writer::<Vec<u8>>::render(format, &audit, &ctx);
            progress.inc(1);
            (part, Row::of(&audit.report))
        },
        |(part, row)| writer.push(&part, row),
    )?;
    let (out, summary) = writer.finish()?;
    out.into_inner().map_err(|e| e.into_error())?.commit()?;
    progress.finish_and_clear();
    if let Some(name) = list_on_stdin
        && summary
            .ranking
            .iter()
            .any(|r| r.verdict == Verdict::Invalid && Path::new(&*r.path) == name)
    {
        eprintln!(
            "{}",
            labelled(
                lang,
                "help",
                &accord_core::inputs::list_on_stdin().text(lang)
            )
        );
    }
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
        bail!(
            msg!(
                "cli-summary-flag",
                flag = flag,
                format = args.format.as_str()
            ),
            msg!("cli-summary-flag-help", format = args.format.as_str())
        );
    }
    Ok(())
}

/// `accord __isolate-worker`: serves plugin checks for a parent `accord audit --isolate`.
pub fn worker() -> anyhow::Result<Outcome> {
    accord_core::plugin::isolate::serve().map_err(anyhow::Error::msg)?;
    Ok(Outcome::Pass)
}
