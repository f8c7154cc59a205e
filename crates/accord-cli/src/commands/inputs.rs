//! The inputs of `validate` and `audit`: paths, `-`, `--files-from`; and the worker threads.

use std::io::Read;

use accord_core::inputs::{Input, Inputs, Skipped, StdinCharter};
use anyhow::{Context, bail};

use crate::cli::InputArgs;

/// At most this many workers per core: more only adds threads that wait.
pub const JOBS_PER_CORE: usize = 4;

/// Every input of the run, in the order given (each directory walked in sorted order), and what
/// the walks skipped. Standard input is
/// read here, once: as one charter (`-`, at most `max_file_size + 1` bytes, so the loader can
/// tell it is too large) or as a list of paths (`--files-from -`).
pub fn gather(args: &InputArgs, max_file_size: u64) -> anyhow::Result<(Vec<Input>, Skipped)> {
    let is_stdin = |p: &std::path::Path| p.as_os_str() == "-";
    let charters_on_stdin = args.paths.iter().filter(|p| is_stdin(p)).count();
    let list_on_stdin = args.files_from.as_deref().is_some_and(is_stdin);
    if charters_on_stdin > 1 {
        bail!(
            "`-` is given {charters_on_stdin} times, but standard input holds one charter and can be read only once\nhelp: give `-` once"
        );
    }
    if charters_on_stdin == 1 && list_on_stdin {
        bail!(
            "`-` and `--files-from -` both read standard input, which can be read only once\nhelp: give the list of paths in a file (`--files-from FILE`), or the charter as a file"
        );
    }
    if args.stdin_filename.is_some() && charters_on_stdin == 0 {
        bail!(
            "`--stdin-filename` names the charter read from standard input, but no `-` is given\nhelp: add `-` to the paths to read a charter from standard input"
        );
    }
    let mut inputs = Inputs::new(args.follow_symlinks);
    for path in &args.paths {
        if is_stdin(path) {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .take(max_file_size.saturating_add(1))
                .read_to_end(&mut bytes)
                .context("could not read the charter from standard input")?;
            inputs.add_stdin(StdinCharter::new(args.stdin_filename.clone(), bytes));
        } else {
            inputs.add_path(path);
        }
    }
    if let Some(list) = &args.files_from {
        let bytes = if list_on_stdin {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .context("could not read the list of paths from standard input")?;
            bytes
        } else {
            std::fs::read(list).with_context(|| {
                format!(
                    "could not read the list of paths `{}` (--files-from)",
                    list.display()
                )
            })?
        };
        inputs.add_list(&bytes, if args.null { b'\0' } else { b'\n' });
    }
    Ok(inputs.finish())
}

/// "no charters found": names the paths, and what was skipped if anything was.
pub fn none_found(args: &InputArgs, skipped: &Skipped) -> anyhow::Error {
    let mut places: Vec<String> = args
        .paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect();
    if let Some(list) = &args.files_from {
        places.push(format!("the list `{}`", list.display()));
    }
    let skipped = skipped
        .describe()
        .map(|s| format!(" ({s})"))
        .unwrap_or_default();
    anyhow::anyhow!(
        "no charters found in {}{skipped}\nhelp: give `.toml` or `.json` files, directories that hold them, `-` for one charter on standard input, or `--files-from FILE` for a list of paths",
        places.join(", ")
    )
}

/// The worker threads for `inputs` inputs.
pub fn workers(jobs: Option<usize>, inputs: usize) -> anyhow::Result<rayon::ThreadPool> {
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(worker_count(jobs, inputs, cores))
        .build()?)
}

/// `--jobs` (absent or 0: every core), never more than the inputs, at most
/// [`JOBS_PER_CORE`] × the cores, at least one.
fn worker_count(jobs: Option<usize>, inputs: usize, cores: usize) -> usize {
    let wanted = match jobs {
        None | Some(0) => cores,
        Some(n) => n,
    };
    wanted
        .min(cores.saturating_mul(JOBS_PER_CORE))
        .min(inputs)
        .max(1)
}

#[cfg(test)]
mod tests {
    use super::worker_count;

    #[test]
    fn workers_are_capped_by_inputs_and_cores() {
        assert_eq!(worker_count(None, 100, 8), 8);
        assert_eq!(worker_count(Some(0), 100, 8), 8);
        assert_eq!(worker_count(Some(3), 100, 8), 3);
        assert_eq!(worker_count(Some(100_000), 100, 8), 32);
        assert_eq!(worker_count(Some(100_000), 4, 8), 4);
        assert_eq!(worker_count(None, 1, 8), 1);
        assert_eq!(worker_count(Some(5), 0, 8), 1);
    }
}
