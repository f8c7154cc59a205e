//! Work on many files in parallel, with results written in input order.

use rayon::prelude::*;

/// Files handled in parallel before their results are written: bounds memory while keeping
/// every core busy. A chunk waits only for its slowest file.
const CHUNK: usize = 256;

/// Runs `work` on every item on `pool`'s threads and hands each result to `write` on this
/// thread, in input order, a chunk at a time. Each item is dropped (replaced by its default)
/// once its chunk is written, so that a batch keeps only what `write` keeps.
pub fn in_input_order<T, R, E>(
    pool: &rayon::ThreadPool,
    mut items: Vec<T>,
    work: impl Fn(&T) -> R + Sync,
    mut write: impl FnMut(R) -> Result<(), E>,
) -> Result<(), E>
where
    T: Sync + Default,
    R: Send,
{
    for chunk in items.chunks_mut(CHUNK) {
        let done: Vec<R> = pool.install(|| chunk.par_iter().map(&work).collect());
        for result in done {
            write(result)?;
        }
        chunk.fill_with(T::default);
    }
    Ok(())
}
