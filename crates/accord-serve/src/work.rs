//! Running audits: CPU-bound and synchronous, so each runs on a pool of its own with one thread
//! per slot, never on the async workers. (Not tokio's blocking pool: its threads come and go
//! under load, and each new one grew the allocator's memory.) A request waits for a slot until
//! its deadline, then gets a 503; an audit still running at the deadline also gets a 503 while
//! it finishes in the background, still holding its slot and its thread (so a hung in-process
//! plugin holds one slot; under `--isolate` the plugin's own time limit frees it).

use std::sync::Arc;

use axum::body::{Body, Bytes, HttpBody};
use axum::http::{HeaderMap, StatusCode, header};
use http_body_util::{BodyExt, LengthLimitError, Limited};
use tokio::time::Instant;

use crate::Shared;
use crate::problem::{Problem, say};

/// Runs `job` on an audit thread in a slot, by `deadline`.
pub async fn blocking<T: Send + 'static>(
    shared: &Arc<Shared>,
    deadline: Instant,
    job: impl FnOnce(&Shared) -> T + Send + 'static,
) -> Result<T, Problem> {
    let permit = match tokio::time::timeout_at(deadline, shared.slots.clone().acquire_owned()).await
    {
        Ok(Ok(permit)) => permit,
        Ok(Err(_)) | Err(_) => return Err(busy(shared)),
    };
    let worker = Arc::clone(shared);
    let (done, result) = tokio::sync::oneshot::channel();
    // A slot is free, so a thread is: the pool has one per slot.
    shared.pool.spawn(move || {
        let _slot = permit;
        let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&worker)));
        let _ = done.send(outcome);
    });
    match tokio::time::timeout_at(deadline, result).await {
        Ok(Ok(Ok(done))) => Ok(done),
        // The panic hook has already said what happened, on stderr.
        Ok(Ok(Err(_)) | Err(_)) => Err(Problem::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            say!("serve-problem-internal"),
        )
        .help(say!("serve-problem-internal-help"))),
        Err(_) => Err(too_slow(shared)),
    }
}

fn busy(shared: &Shared) -> Problem {
    let mut p = Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        say!(
            "serve-problem-busy",
            slots = shared.max_audits,
            seconds = shared.timeout.as_secs_f64()
        ),
    )
    .help(say!("serve-problem-busy-help"));
    p.retry_after = Some(1);
    p
}

fn too_slow(shared: &Shared) -> Problem {
    let mut p = Problem::new(
        StatusCode::SERVICE_UNAVAILABLE,
        say!(
            "serve-problem-too-slow",
            seconds = shared.timeout.as_secs_f64()
        ),
    )
    .help(say!("serve-problem-too-slow-help"));
    p.retry_after = Some(1);
    p
}

/// The request body, at most `limit` bytes (413 beyond), read by `deadline` (408 after).
pub async fn body(
    body: Body,
    headers: &HeaderMap,
    limit: usize,
    deadline: Instant,
) -> Result<Bytes, Problem> {
    // A body from hyper knows the `Content-Length`; one built in process knows its size.
    let known = content_length(headers).or_else(|| HttpBody::size_hint(&body).exact());
    if let Some(size) = known.filter(|n| *n > limit as u64) {
        return Err(too_large(Some(size), limit));
    }
    match tokio::time::timeout_at(deadline, Limited::new(body, limit).collect()).await {
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
        Ok(Err(e)) if e.downcast_ref::<LengthLimitError>().is_some() => Err(too_large(None, limit)),
        Ok(Err(e)) => Err(Problem::bad_request(say!(
            "serve-problem-body",
            error = e.to_string()
        ))),
        Err(_) => Err(Problem::new(
            StatusCode::REQUEST_TIMEOUT,
            say!("serve-problem-body-late"),
        )),
    }
}

fn content_length(headers: &HeaderMap) -> Option<u64> {
    headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse().ok())
}

/// 413, in the command line's words when the size is known.
pub fn too_large(size: Option<u64>, limit: usize) -> Problem {
    let detail = match size {
        Some(size) => say!("serve-problem-too-large", size = size, limit = limit),
        None => say!("serve-problem-too-large-streamed", limit = limit),
    };
    Problem::new(StatusCode::PAYLOAD_TOO_LARGE, detail).help(say!("serve-problem-too-large-help"))
}
