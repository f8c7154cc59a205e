//! `--isolate`: plugin checks in child processes.
//!
//! The parent keeps a pool of workers (child `accord` processes running a hidden subcommand),
//! at most one per audit thread. Each request is one charter for one plugin, so a crash, an
//! abort, a hang or runaway memory is pinned on that plugin: the worker is killed and replaced,
//! the charter gets a `plugin_failures` entry, and the batch goes on.
//!
//! The messages are typed in [`protocol`]. The worker moves the pipe ends it talks on to
//! private descriptors and points its own stdout at stderr and its stdin at /dev/null, so
//! whatever a plugin prints cannot corrupt the channel.

pub mod protocol;
mod worker;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use accord_plugin::Outcome;
use serde_json::value::RawValue;

use super::{Exit, Failure, OUTPUT_LIMIT, PluginSet};
use protocol::{PluginFile, Request, Response, WORKER_SUBCOMMAND};
pub use worker::serve;

/// The longest response line the parent reads (the plugin output limit plus framing).
const RESPONSE_LIMIT: u64 = OUTPUT_LIMIT as u64 + 64 * 1024;

/// How long a worker may take to load its plugins.
const STARTUP_LIMIT: Duration = Duration::from_secs(120);

/// A worker's address-space limit: generous for any real plugin, fatal for a runaway one.
pub const WORKER_MEMORY_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

/// The pool of worker processes of one run.
pub struct Pool {
    /// The `accord` executable.
    program: PathBuf,
    /// The first message every worker gets, serialized once.
    start: String,
    timeout: Duration,
    idle: Mutex<Vec<Worker>>,
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<std::io::Result<String>>,
}

impl Pool {
    /// A pool whose workers run `program` (this `accord`) and load exactly the files `plugins`
    /// loaded, verified against the same hashes.
    pub fn new(program: PathBuf, plugins: &PluginSet, timeout: Duration) -> Pool {
        let plugins = plugins
            .plugins
            .iter()
            .map(|p| PluginFile {
                path: std::fs::canonicalize(&p.path).unwrap_or_else(|_| p.path.clone()),
                sha256: p.sha256.clone(),
            })
            .collect();
        let start = serde_json::to_string(&Request::Start {
            plugins,
            memory_limit: Some(WORKER_MEMORY_LIMIT),
        })
        .unwrap_or_default();
        Pool {
            program,
            start,
            timeout,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs plugin `index` on one input (compact JSON: one line) in a worker.
    pub fn check(&self, index: usize, input: &[u8]) -> Result<Outcome, Failure> {
        let request = std::str::from_utf8(input)
            .ok()
            .and_then(|text| RawValue::from_string(text.to_owned()).ok())
            .and_then(|input| {
                serde_json::to_string(&Request::Check {
                    plugin: index,
                    input: &input,
                })
                .ok()
            })
            .ok_or_else(|| Failure::Worker {
                problem: "was given an input that is not JSON (a bug in accord)".to_owned(),
            })?;
        let taken = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        let mut worker = match taken {
            Some(w) => w,
            None => self.spawn()?,
        };
        if worker.send(&request).is_err() {
            return Err(worker.died("stopped before the request could be sent"));
        }
        match worker.lines.recv_timeout(self.timeout) {
            Ok(Ok(line)) => match serde_json::from_str::<Response>(&line) {
                Ok(Response::Checked(outcome)) => {
                    self.idle
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(worker);
                    Ok(outcome)
                }
                Ok(Response::Failed(failure)) => {
                    self.idle
                        .lock()
                        .unwrap_or_else(std::sync::PoisonError::into_inner)
                        .push(worker);
                    Err(failure)
                }
                Ok(other) => Err(worker.died(&format!("answered out of turn ({other:?})"))),
                Err(e) => Err(worker.died(&format!("answered garbage ({e})"))),
            },
            Ok(Err(e)) => Err(worker.died(&format!("its answer could not be read ({e})"))),
            Err(RecvTimeoutError::Disconnected) => Err(worker.died("stopped without answering")),
            Err(RecvTimeoutError::Timeout) => {
                let _ = worker.child.kill();
                let _ = worker.child.wait();
                Err(Failure::TimedOut {
                    seconds: self.timeout.as_secs_f64(),
                })
            }
        }
    }

    fn spawn(&self) -> Result<Worker, Failure> {
        let mut child = Command::new(&self.program)
            .arg(WORKER_SUBCOMMAND)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| Failure::Worker {
                problem: format!("could not be started: {e}"),
            })?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(Failure::Worker {
                problem: "has no pipes".to_owned(),
            });
        };
        let (tx, lines) = channel();
        std::thread::spawn(move || read_lines(stdout, &tx));
        // Start-up (loading the plugins) has its own, generous limit: it must not count against
        // the first check, or a slow start would be blamed on whichever plugin is asked first.
        let mut worker = Worker {
            child,
            stdin,
            lines,
        };
        if worker.send(&self.start).is_err() {
            return Err(worker.died("could not be told what to load"));
        }
        match worker.lines.recv_timeout(STARTUP_LIMIT) {
            Ok(Ok(line)) => match serde_json::from_str::<Response>(&line) {
                Ok(Response::Ready) => Ok(worker),
                Ok(Response::Refused { problem }) => {
                    Err(worker.died(&format!("could not start: {problem}")))
                }
                _ => Err(worker.died(&format!(
                    "did not start properly (it said {:?})",
                    line.trim_end()
                ))),
            },
            Ok(Err(e)) => Err(worker.died(&format!("did not start ({e})"))),
            Err(RecvTimeoutError::Disconnected) => {
                Err(worker.died("could not start (see its messages above)"))
            }
            Err(RecvTimeoutError::Timeout) => Err(worker.died(&format!(
                "did not finish loading the plugins within {} s",
                STARTUP_LIMIT.as_secs()
            ))),
        }
    }
}

/// Forwards the worker's answer lines to the parent thread waiting for them. A line without
/// an end means the limit cut it, or the worker died mid-answer (then the channel closes).
fn read_lines(
    stdout: std::process::ChildStdout,
    tx: &std::sync::mpsc::Sender<std::io::Result<String>>,
) {
    let mut reader = BufReader::new(stdout);
    loop {
        let mut line = Vec::new();
        match (&mut reader)
            .take(RESPONSE_LIMIT)
            .read_until(b'\n', &mut line)
        {
            Ok(0) => return,
            Ok(n) if !line.ends_with(b"\n") => {
                if n as u64 == RESPONSE_LIMIT {
                    let _ = tx.send(Err(std::io::Error::other(
                        "the answer is over the output limit",
                    )));
                }
                return;
            }
            Ok(_) => {
                if tx
                    .send(Ok(String::from_utf8_lossy(&line).into_owned()))
                    .is_err()
                {
                    return;
                }
            }
            Err(e) => {
                let _ = tx.send(Err(e));
                return;
            }
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        let idle = self
            .idle
            .get_mut()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        for mut w in idle.drain(..) {
            let _ = w.child.kill();
            let _ = w.child.wait();
        }
    }
}

impl Worker {
    fn send(&mut self, line: &str) -> std::io::Result<()> {
        self.stdin.write_all(line.as_bytes())?;
        self.stdin.write_all(b"\n")?;
        self.stdin.flush()
    }

    /// Reaps a worker that failed and says how it ended.
    fn died(mut self, what: &str) -> Failure {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => Failure::WorkerDied {
                what: what.to_owned(),
                exit: Exit::of(status),
            },
            Err(e) => Failure::Worker {
                problem: format!("{what} ({e})"),
            },
        }
    }
}
