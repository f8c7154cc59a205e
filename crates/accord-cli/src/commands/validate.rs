//! `accord validate`: structure only, every error of every file, located.

use std::io::Write;

use accord_core::load::Limits;
use accord_core::validate::{Checked, SchemaValidator, check_file};
use serde_json::json;

use crate::Outcome;
use crate::cli::{ValidateArgs, ValidateFormat};
use crate::render::{self, diagnostic};

pub fn run(args: &ValidateArgs) -> anyhow::Result<Outcome> {
    let schema = SchemaValidator::charter()?;
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
    let mut out = std::io::stdout().lock();
    let mut invalid = 0;
    for path in &files {
        let checked = check_file(path, &limits, &schema);
        if !checked.is_valid() {
            invalid += 1;
        }
        match args.format {
            ValidateFormat::Text => write_text(&mut out, &checked, colour)?,
            ValidateFormat::Json => {
                writeln!(out, "{}", serde_json::to_string(&json_line(&checked))?)?
            }
        }
    }
    if args.format == ValidateFormat::Text && files.len() > 1 {
        writeln!(
            out,
            "{} of {} charters valid",
            files.len() - invalid,
            files.len()
        )?;
    }
    Ok(if invalid > 0 {
        Outcome::Unusable
    } else {
        Outcome::Pass
    })
}

fn list(paths: &[std::path::PathBuf]) -> String {
    paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect::<Vec<_>>()
        .join(", ")
}

fn write_text(out: &mut impl Write, checked: &Checked, colour: bool) -> std::io::Result<()> {
    let path = render::display_path(&checked.loaded.path);
    if checked.is_valid() {
        return writeln!(out, "valid: {path}");
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
        "invalid: {path} ({n} {})",
        if n == 1 { "error" } else { "errors" }
    )
}

/// `{"type": "validation", "path", "valid", "errors"}` (ARCHITECTURE.md).
pub fn json_line(checked: &Checked) -> serde_json::Value {
    let source = checked.loaded.source.as_ref();
    let errors: Vec<_> = checked
        .errors
        .iter()
        .map(|d| {
            let loc = diagnostic::location(d, source);
            json!({
                "kind": d.kind,
                "message": d.message,
                "path": d.path,
                "line": loc.map(|l| l.line),
                "column": loc.map(|l| l.column),
                "help": d.help,
            })
        })
        .collect();
    json!({
        "type": "validation",
        "path": render::display_path(&checked.loaded.path),
        "valid": checked.is_valid(),
        "errors": errors,
    })
}
