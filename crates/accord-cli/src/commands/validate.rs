//! `accord validate`: structure only, every error of every file, located.

use std::io::Write;
use std::sync::OnceLock;

use accord_core::inputs::Input;
use accord_core::lang::{Lang, t};
use accord_core::load::{Limits, Loaded};
use accord_core::validate::{Checked, SchemaValidator, check_loaded};

use crate::Outcome;
use crate::cli::{FileKind, ValidateArgs, ValidateFormat};
use crate::render;
use accord_render::snippet as diagnostic;

pub fn run(args: &ValidateArgs) -> anyhow::Result<Outcome> {
    let schemas = Schemas::new(args.kind)?;
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
            let checked = schemas.check(input.load(&limits), is_config)?;
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

/// The schemas of a run, each compiled once and shared by the workers.
struct Schemas {
    kind: FileKind,
    schema: SchemaValidator,
    /// The config schema, for an `accord.toml` met among charters: compiled when the first one
    /// comes.
    config: OnceLock<SchemaValidator>,
}

impl Schemas {
    fn new(kind: FileKind) -> anyhow::Result<Schemas> {
        Ok(Schemas {
            kind,
            schema: accord_core::schemas::compile(schema_name(kind))?,
            config: OnceLock::new(),
        })
    }

    /// Checks a file of the run's kind, or, among charters, an `accord.toml` as a config.
    fn check(&self, loaded: Loaded, is_config: bool) -> anyhow::Result<Checked> {
        Ok(match self.kind {
            FileKind::Charter if is_config => {
                let config = match self.config.get() {
                    Some(config) => config,
                    None => {
                        let compiled =
                            accord_core::schemas::compile(schema_name(FileKind::Config))?;
                        self.config.get_or_init(|| compiled)
                    }
                };
                check_own_file(loaded, FileKind::Config, config)
            }
            FileKind::Charter => check_loaded(loaded, &self.schema),
            kind => check_own_file(loaded, kind, &self.schema),
        })
    }
}

/// Checks a pack, profile or config file against its schema; a pack's `assert` schemas are
/// compiled too, so `validate --as pack` refuses exactly what `audit --pack` would.
fn check_own_file(loaded: Loaded, kind: FileKind, schema: &SchemaValidator) -> Checked {
    let mut checked = check_loaded(loaded, schema);
    let origin = checked.loaded.path.display().to_string();
    let text = checked.loaded.source.as_ref().map(|s| s.text.as_str());
    if kind == FileKind::Pack
        && checked.is_valid()
        && let Some(text) = text
        && let Err(e) = accord_core::pack::Pack::parse(&origin, text, None, schema)
    {
        checked.errors.extend(e.diagnostics);
    }
    checked
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_accord_toml_among_charters_is_checked_as_a_config() {
        let dir = tempfile::tempdir().expect("a temporary directory");
        let path = dir.path().join("accord.toml");
        std::fs::write(&path, "profile = \"default\"\n").expect("written");
        let schemas = Schemas::new(FileKind::Charter).expect("bundled schemas compile");
        let load = || Input::File(path.clone()).load(&Limits::default());
        let as_config = schemas.check(load(), true).expect("checked");
        assert!(as_config.is_valid(), "{:?}", as_config.errors);
        // The same file as a charter misses everything a charter needs.
        assert!(!schemas.check(load(), false).expect("checked").is_valid());
        // The config schema is compiled once and kept.
        let first: *const SchemaValidator = schemas.config.get().expect("compiled");
        schemas.check(load(), true).expect("checked");
        assert!(std::ptr::eq(first, schemas.config.get().expect("kept")));
    }
}
