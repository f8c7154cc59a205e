//! `accord validate`: structure only, every error of every file, located.

use std::io::Write;

use accord_core::inputs::Input;
use accord_core::lang::{Lang, t};
use accord_core::load::{Limits, Loaded};
use accord_core::validate::{Checked, check_loaded};

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
    let lang = crate::lang::discovered();
    let (inputs, skipped) = super::inputs::gather(&args.inputs, args.load.max_file_size)?;
    if inputs.is_empty() {
        return Err(super::inputs::none_found(&args.inputs, &skipped));
    }
    let colour = render::stdout_colour();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    let pool = super::inputs::workers(args.jobs, inputs.len())?;
    let count = inputs.len();
    let mut invalid = 0;
    accord_core::batch::in_input_order(
        &pool,
        inputs,
        |input| -> anyhow::Result<(bool, Vec<u8>)> {
            let is_config = matches!(input, Input::File(path) if path.file_name().is_some_and(|n| n == "accord.toml"));
            let loaded = input.load(&limits);
            let checked = match args.kind {
                FileKind::Charter if is_config => check_own_file(loaded, FileKind::Config)?,
                FileKind::Charter => check_loaded(loaded, &schema),
                kind => check_own_file(loaded, kind)?,
            };
            let mut output = Vec::new();
            match args.format {
                ValidateFormat::Text => write_text(&mut output, &checked, colour, lang)?,
                ValidateFormat::Json => {
                    serde_json::to_writer(
                        &mut output,
                        &accord_render::validation::json_line_in(&checked, lang),
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
            "{}",
            t!(
                lang,
                "cli-validate-count",
                valid = count - invalid,
                count = count,
                kind = schema_name(args.kind)
            )
        )?;
    }
    if args.format == ValidateFormat::Text
        && let Some(skipped) = skipped.describe(lang)
    {
        writeln!(out, "{skipped}")?;
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
fn check_own_file(loaded: Loaded, kind: FileKind) -> anyhow::Result<Checked> {
    let schema = accord_core::schemas::compile(schema_name(kind))?;
    let mut checked = check_loaded(loaded, &schema);
    let origin = checked.loaded.path.display().to_string();
    let text = checked.loaded.source.as_ref().map(|s| s.text.as_str());
    if kind == FileKind::Pack
        && checked.is_valid()
        && let Some(text) = text
        && let Err(e) = accord_core::pack::Pack::parse(&origin, text, None, &schema)
    {
        checked.errors.extend(e.diagnostics);
    }
    Ok(checked)
}

fn write_text(
    out: &mut impl Write,
    checked: &Checked,
    colour: bool,
    lang: Lang,
) -> std::io::Result<()> {
    let path = checked.loaded.path.display().to_string();
    let shown = accord_render::escape::visible_line(&path);
    if checked.is_valid() {
        return writeln!(out, "{}", t!(lang, "cli-validate-valid", path = shown));
    }
    for d in &checked.errors {
        writeln!(
            out,
            "{}\n",
            diagnostic::render(d, &path, checked.loaded.source.as_ref(), colour, lang)
        )?;
    }
    writeln!(
        out,
        "{}",
        t!(
            lang,
            "cli-validate-invalid",
            path = shown,
            count = checked.errors.len()
        )
    )
}
