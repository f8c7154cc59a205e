//! `accord validate`: structure only, every error of every file, located.

use std::io::Write;

use accord_core::load::Limits;
use accord_core::validate::{Checked, check_file};

use crate::Outcome;
use crate::cli::{FileKind, ValidateArgs, ValidateFormat};
use crate::render;
use accord_render::snippet as diagnostic;

pub fn run(args: &ValidateArgs) -> anyhow::Result<Outcome> {
    let schema = accord_core::schemas::compile(schema_name(args.kind))?;
    let limits = Limits {
        max_file_size: args.load.max_file_size,
        ..Limits::default()
    };
    let files = accord_core::inputs::expand(&args.paths)?;
    if files.is_empty() {
        anyhow::bail!(
            "no charters found in {}\nhelp: give `.toml` or `.json` files, or directories that hold them",
            list(&args.paths)
        );
    }
    let colour = render::stdout_colour();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.jobs.unwrap_or(0))
        .build()?;
    let count = files.len();
    let mut invalid = 0;
    accord_core::batch::in_input_order(
        &pool,
        files,
        |path| -> anyhow::Result<(bool, Vec<u8>)> {
            let checked = match args.kind {
                FileKind::Charter if path.file_name().is_some_and(|n| n == "accord.toml") => {
                    check_own_file(path, &limits, FileKind::Config)?
                }
                FileKind::Charter => check_file(path, &limits, &schema),
                kind => check_own_file(path, &limits, kind)?,
            };
            let mut output = Vec::new();
            match args.format {
                ValidateFormat::Text => write_text(&mut output, &checked, colour)?,
                ValidateFormat::Json => {
                    serde_json::to_writer(
                        &mut output,
                        &accord_render::validation::json_line(&checked),
                    )?;
                    output.push(b'\n');
                }
            }
            Ok((checked.is_valid(), output))
        },
        |done| {
            let (valid, output) = done?;
            invalid += usize::from(!valid);
            out.write_all(&output)?;
            anyhow::Ok(())
        },
    )?;
    if args.format == ValidateFormat::Text && count > 1 {
        writeln!(
            out,
            "{} of {} {} valid",
            count - invalid,
            count,
            match args.kind {
                FileKind::Charter => "charters",
                FileKind::Pack => "packs",
                FileKind::Profile => "profiles",
                FileKind::Config => "configuration files",
            }
        )?;
    }
    out.flush()?;
    Ok(if invalid > 0 {
        Outcome::Unusable
    } else {
        Outcome::Pass
    })
}

fn schema_name(kind: FileKind) -> &'static str {
    match kind {
        FileKind::Charter => "charter",
        FileKind::Pack => "pack",
        FileKind::Profile => "profile",
        FileKind::Config => "config",
    }
}

/// Checks a pack, profile or config file against its schema; a pack's `assert` schemas are
/// compiled too, so `validate --as pack` refuses exactly what `audit --pack` would.
fn check_own_file(
    path: &std::path::Path,
    limits: &Limits,
    kind: FileKind,
) -> anyhow::Result<Checked> {
    let schema = accord_core::schemas::compile(schema_name(kind))?;
    let mut checked = check_file(path, limits, &schema);
    // The pack's own checks (ids unique within it, each `assert` a valid schema), located in
    // the same text.
    if kind == FileKind::Pack
        && checked.is_valid()
        && let Some(source) = &checked.loaded.source
        && let Err(e) = accord_core::pack::Pack::parse(
            &path.display().to_string(),
            &source.text,
            Some(path.to_owned()),
            &schema,
        )
    {
        checked.errors.extend(e.diagnostics);
    }
    Ok(checked)
}

fn list(paths: &[std::path::PathBuf]) -> String {
    paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_text(out: &mut impl Write, checked: &Checked, colour: bool) -> std::io::Result<()> {
    let path = checked.loaded.path.display().to_string();
    let shown = accord_render::escape::visible_line(&path);
    if checked.is_valid() {
        return writeln!(out, "valid: {shown}");
    }
    for d in &checked.errors {
        writeln!(
            out,
            "{}\n",
            diagnostic::render(d, &path, checked.loaded.source.as_ref(), colour)
        )?;
    }
    let n = checked.errors.len();
    writeln!(
        out,
        "invalid: {shown} ({n} {})",
        if n == 1 { "error" } else { "errors" }
    )
}
