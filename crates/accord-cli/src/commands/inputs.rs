//! The inputs of `validate` and `audit`: paths, `-`, `--files-from`; and the worker threads.

use std::io::Read;

use accord_core::inputs::{Input, Inputs, Skipped, StdinCharter};
use accord_core::lang::{msg, t};
use anyhow::Context;

use crate::cli::InputArgs;
use crate::lang::{Problem, bail};

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
            msg!("cli-stdin-twice", count = charters_on_stdin),
            msg!("cli-stdin-twice-help")
        );
    }
    if charters_on_stdin == 1 && list_on_stdin {
        bail!(msg!("cli-stdin-both"), msg!("cli-stdin-both-help"));
    }
    if args.stdin_filename.is_some() && charters_on_stdin == 0 {
        bail!(
            msg!("cli-stdin-filename-alone"),
            msg!("cli-stdin-filename-alone-help")
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
                .context(msg!("cli-stdin-read-charter"))?;
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
                .context(msg!("cli-stdin-read-list"))?;
            bytes
        } else {
            std::fs::read(list).with_context(|| {
                msg!(
                    "cli-files-from-unreadable",
                    path = list.display().to_string()
                )
            })?
        };
        inputs.add_list(&bytes, if args.null { b'\0' } else { b'\n' });
    }
    Ok(inputs.finish())
}

/// "no charters found": names the paths, and what was skipped if anything was.
pub fn none_found(args: &InputArgs, skipped: &Skipped) -> anyhow::Error {
    let lang = crate::lang::current();
    let mut places: Vec<String> = args
        .paths
        .iter()
        .map(|p| format!("`{}`", p.display()))
        .collect();
    if let Some(list) = &args.files_from {
        places.push(t!(lang, "cli-the-list", path = list.display().to_string()));
    }
    let message = match skipped.describe(lang) {
        Some(skipped) => msg!(
            "cli-no-charters-skipped",
            places = places.join(", "),
            skipped = skipped
        ),
        None => msg!("cli-no-charters", places = places.join(", ")),
    };
    anyhow::Error::new(Problem::new(message).help(msg!("cli-no-charters-help")))
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
