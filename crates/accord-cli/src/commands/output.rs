//! Where `audit` writes its report: standard output, or `-o FILE`. A regular file is written to
//! a temporary file beside it and renamed over it at the end, so an interrupted run never leaves
//! a truncated report over a good one; a pipe, a device or a link is written as the run goes.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use accord_core::inputs::Input;
use accord_core::lang::msg;
use anyhow::Context;

use crate::lang::bail;
use tempfile::NamedTempFile;

pub enum Sink {
    Stdout(std::io::StdoutLock<'static>),
    /// A pipe, a device, or a symbolic link (whose target is not ours to replace).
    Direct(File),
    /// A regular file, or one that does not exist yet.
    Replace {
        temp: NamedTempFile,
        target: PathBuf,
    },
}

impl Sink {
    /// Standard output, or `output`, which must not be one of the run's `inputs` or its
    /// `--files-from` list.
    pub fn open(
        output: Option<&Path>,
        inputs: &[Input],
        files_from: Option<&Path>,
    ) -> anyhow::Result<Sink> {
        let Some(path) = output else {
            return Ok(Sink::Stdout(std::io::stdout().lock()));
        };
        refuse_inputs(path, inputs, files_from)?;
        let create = || msg!("cli-output-create", path = path.display().to_string());
        match std::fs::symlink_metadata(path) {
            Ok(meta) if meta.is_file() => {
                replace(path, Some(meta.permissions())).with_context(create)
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                replace(path, None).with_context(create)
            }
            _ => {
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .create(true)
                    .truncate(true)
                    .open(path)
                    .with_context(create)?;
                Ok(Sink::Direct(file))
            }
        }
    }

    /// Finishes the output: the temporary file takes the report's name.
    pub fn commit(self) -> anyhow::Result<()> {
        match self {
            Sink::Stdout(mut out) => out.flush()?,
            Sink::Direct(mut file) => file.flush()?,
            Sink::Replace { temp, target } => {
                temp.persist(&target)
                    .map_err(|e| e.error)
                    .with_context(|| {
                        msg!("cli-output-write", path = target.display().to_string())
                    })?;
            }
        }
        Ok(())
    }

    /// Whether the report goes to standard output (and may be coloured).
    pub fn is_stdout(&self) -> bool {
        matches!(self, Sink::Stdout(_))
    }
}

impl Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Sink::Stdout(out) => out.write(buf),
            Sink::Direct(file) => file.write(buf),
            Sink::Replace { temp, .. } => temp.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Sink::Stdout(out) => out.flush(),
            Sink::Direct(file) => file.flush(),
            Sink::Replace { temp, .. } => temp.flush(),
        }
    }
}

/// A temporary file in `path`'s directory, with the permissions of the file it will replace
/// (or a new file's: 0666 less the umask).
fn replace(path: &Path, existing: Option<std::fs::Permissions>) -> std::io::Result<Sink> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".accord-report-").suffix(".tmp");
    #[cfg(unix)]
    let new_file = {
        use std::os::unix::fs::PermissionsExt;
        std::fs::Permissions::from_mode(0o666)
    };
    #[cfg(unix)]
    builder.permissions(new_file);
    let temp = builder.tempfile_in(dir)?;
    if let Some(permissions) = existing {
        temp.as_file().set_permissions(permissions)?;
    }
    Ok(Sink::Replace {
        temp,
        target: path.to_owned(),
    })
}

/// Refuses an output that is one of the files read (same device and inode, however named):
/// the report would replace it.
fn refuse_inputs(output: &Path, inputs: &[Input], files_from: Option<&Path>) -> anyhow::Result<()> {
    let Ok(out) = std::fs::metadata(output) else {
        return Ok(());
    };
    if !out.is_file() {
        return Ok(());
    }
    let charters = inputs.iter().filter_map(|i| match i {
        Input::File(path) => Some(path.as_path()),
        _ => None,
    });
    for charter in charters {
        if same_file(&out, output, charter) {
            bail!(
                msg!(
                    "cli-output-is-charter",
                    output = output.display().to_string(),
                    charter = charter.display().to_string()
                ),
                msg!("cli-output-elsewhere")
            );
        }
    }
    if let Some(list) = files_from.filter(|l| l.as_os_str() != "-")
        && same_file(&out, output, list)
    {
        bail!(
            msg!("cli-output-is-list", output = output.display().to_string()),
            msg!("cli-output-elsewhere")
        );
    }
    Ok(())
}

fn same_file(out: &std::fs::Metadata, output: &Path, other: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let _ = output;
        std::fs::metadata(other).is_ok_and(|m| m.dev() == out.dev() && m.ino() == out.ino())
    }
    #[cfg(not(unix))]
    {
        let _ = out;
        matches!(
            (output.canonicalize(), other.canonicalize()),
            (Ok(a), Ok(b)) if a == b
        )
    }
}
