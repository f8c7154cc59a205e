//! `--isolate`: plugins in child processes, from the first byte.
//!
//! The host never maps a plugin: each plugin's manifest is read by a worker of its own
//! ([`describe`]) under the same time and memory limits as a check, so a plugin that crashes,
//! aborts, hangs or exits while loading is refused before any audit. Then the parent keeps a pool
//! of workers (child `accord` processes running a hidden subcommand), at most one per audit
//! thread. Each request is one charter for one plugin, so a crash, an abort, a hang or runaway
//! memory is pinned on that plugin: the worker is killed and replaced, the charter gets a
//! `plugin_failures` entry, and the batch goes on. A worker and whatever a plugin forks in it
//! die together ([`process`]).
//!
//! The messages are typed in [`protocol`]. The worker moves the pipe ends it talks on to
//! private descriptors and points its own stdout at stderr and its stdin at /dev/null, so
//! whatever a plugin prints cannot corrupt the channel.

mod process;
pub mod protocol;
mod worker;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::{Duration, Instant};

use accord_plugin::Outcome;
use serde_json::value::RawValue;

use super::failure::{Broken, LoadProblem, WorkerEvent};
use super::{Exit, Failure, OUTPUT_LIMIT, PluginError, PluginSet};
use crate::lang::Lang;
use protocol::{PluginFile, Request, Response, WORKER_SUBCOMMAND};
pub use worker::serve;

/// The longest response line the parent reads (the plugin output limit plus framing).
const RESPONSE_LIMIT: u64 = OUTPUT_LIMIT as u64 + 64 * 1024;

/// How long a worker of the pool may take to load its plugins. Each plugin has already loaded
/// once within the plugin timeout ([`describe`]); this only bounds a worker that goes wrong.
const STARTUP_LIMIT: Duration = Duration::from_secs(120);

/// How often a waiting parent looks whether its worker has died: a worker's end is seen even when
/// a process it forked still holds the answer pipe open.
const POLL: Duration = Duration::from_millis(50);

/// A worker's address-space limit: generous for any real plugin, fatal for a runaway one.
pub const WORKER_MEMORY_LIMIT: u64 = 2 * 1024 * 1024 * 1024;

/// How a run isolates its plugins.
#[derive(Debug, Clone)]
pub struct Isolation {
    /// The `accord` executable whose hidden subcommand is the worker.
    pub program: PathBuf,
    /// The time a plugin may take to load (constructors, entry point and manifest), and to
    /// check one charter (`--plugin-timeout`).
    pub timeout: Duration,
    /// The run's language: what a worker writes a refusal in.
    pub lang: Lang,
}

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

/// Why a worker gave no usable answer.
enum NoAnswer {
    TimedOut,
    /// It ended (or closed the channel) without answering.
    Ended,
    /// It broke the protocol: what it did.
    Broken(Broken),
}

/// Reads the manifest of the plugin at `path` (which the parent hashed to `sha256`) in a worker
/// of its own, within the isolation's time limit and the worker memory limit: the manifest as
/// JSON (for the caller to check) and the plugin's flags. The worker refuses a file that no
/// longer hashes to `sha256`; whatever the plugin forked ends with the worker.
pub(crate) fn describe(
    isolation: &Isolation,
    path: &Path,
    sha256: &str,
) -> Result<(serde_json::Value, u64), PluginError> {
    let failed = |problem: LoadProblem| PluginError::Isolated {
        path: path.to_owned(),
        problem,
    };
    let request = serde_json::to_string(&Request::Describe {
        plugin: PluginFile {
            path: path.to_owned(),
            sha256: sha256.to_owned(),
        },
        memory_limit: Some(WORKER_MEMORY_LIMIT),
        lang: isolation.lang.tag().to_owned(),
    })
    .map_err(|e| failed(LoadProblem::Request(e.to_string())))?;
    let mut worker =
        Worker::spawn(&isolation.program).map_err(|f| failed(LoadProblem::NoWorker(f)))?;
    if worker.send(&request).is_err() {
        let exit = worker.end();
        return Err(failed(LoadProblem::StoppedBeforeTold(exit)));
    }
    match worker.answer(isolation.timeout) {
        Ok(Response::Described { manifest, flags }) => {
            worker.end();
            Ok((manifest, flags))
        }
        Ok(Response::Refused { problem }) => {
            worker.end();
            Err(PluginError::Refused(problem))
        }
        Ok(other) => {
            let exit = worker.end();
            Err(failed(LoadProblem::AnsweredOutOfTurn {
                answer: format!("{other:?}"),
                exit,
            }))
        }
        Err(NoAnswer::TimedOut) => {
            worker.end();
            Err(failed(LoadProblem::TimedOut(
                isolation.timeout.as_secs_f64(),
            )))
        }
        Err(NoAnswer::Ended) => {
            let exit = worker.end();
            Err(failed(LoadProblem::EndedBeforeAnswering(exit)))
        }
        Err(NoAnswer::Broken(how)) => {
            let exit = worker.end();
            Err(failed(LoadProblem::Broke { how, exit }))
        }
    }
}

impl Pool {
    /// A pool whose workers run `program` (this `accord`) and load exactly the files `plugins`
    /// names, verified against the same hashes.
    pub fn new(isolation: &Isolation, plugins: &PluginSet) -> Pool {
        let (program, timeout) = (isolation.program.clone(), isolation.timeout);
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
            lang: isolation.lang.tag().to_owned(),
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
            return Err(worker.died(WorkerEvent::StoppedBeforeRequest));
        }
        let answer = match worker.answer(self.timeout) {
            Ok(Response::Checked(outcome)) => Ok(outcome),
            Ok(Response::Failed(failure)) => Err(failure),
            Ok(other) => {
                return Err(worker.died(WorkerEvent::AnsweredOutOfTurn(format!("{other:?}"))));
            }
            Err(NoAnswer::TimedOut) => {
                worker.end();
                return Err(Failure::TimedOut {
                    seconds: self.timeout.as_secs_f64(),
                });
            }
            Err(NoAnswer::Ended) => return Err(worker.died(WorkerEvent::StoppedWithoutAnswering)),
            Err(NoAnswer::Broken(how)) => return Err(worker.died(WorkerEvent::Broke(how))),
        };
        self.idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .push(worker);
        answer
    }

    fn spawn(&self) -> Result<Worker, Failure> {
        let mut worker = Worker::spawn(&self.program)?;
        // Start-up (loading the plugins) has its own, generous limit: it must not count against
        // the first check, or a slow start would be blamed on whichever plugin is asked first.
        if worker.send(&self.start).is_err() {
            return Err(worker.died(WorkerEvent::StoppedBeforeStart));
        }
        match worker.answer(STARTUP_LIMIT) {
            Ok(Response::Ready) => Ok(worker),
            Ok(Response::Refused { problem }) => {
                Err(worker.died(WorkerEvent::RefusedToStart(problem)))
            }
            Ok(other) => Err(worker.died(WorkerEvent::StartedWrongly(format!("{other:?}")))),
            Err(NoAnswer::TimedOut) => Err(worker.died(WorkerEvent::SlowStart {
                seconds: STARTUP_LIMIT.as_secs(),
            })),
            Err(NoAnswer::Ended) => Err(worker.died(WorkerEvent::EndedWhileStarting)),
            Err(NoAnswer::Broken(how)) => Err(worker.died(WorkerEvent::BrokeWhileStarting(how))),
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
        for w in idle.drain(..) {
            w.end();
        }
    }
}

impl Worker {
    /// Starts a worker (in a process group of its own) and the thread that reads its answers.
    fn spawn(program: &Path) -> Result<Worker, Failure> {
        let mut command = Command::new(program);
        command
            .arg(WORKER_SUBCOMMAND)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit());
        let mut child = process::own_group(&mut command)
            .spawn()
            .map_err(|e| Failure::Worker {
                problem: format!("could not be started: {e}"),
            })?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            process::kill_group(&mut child);
            let _ = child.wait();
            return Err(Failure::Worker {
                problem: "has no pipes".to_owned(),
            });
        };
        let (tx, lines) = channel();
        std::thread::spawn(move || read_lines(stdout, &tx));
        Ok(Worker {
            child,
            stdin,
            lines,
        })
    }

    fn send(&mut self, line: &str) -> std::io::Result<()> {
        self.stdin.write_all(line.as_bytes())?;
        self.stdin.write_all(b"\n")?;
        self.stdin.flush()
    }

    /// The worker's next answer, within `limit`. A worker that ends is noticed at once, even
    /// when a process it forked still holds the channel open.
    fn answer(&mut self, limit: Duration) -> Result<Response, NoAnswer> {
        let deadline = Instant::now() + limit;
        let parse = |line: String| {
            serde_json::from_str::<Response>(&line)
                .map_err(|e| NoAnswer::Broken(Broken::Garbage(e.to_string())))
        };
        loop {
            let wait = deadline.saturating_duration_since(Instant::now()).min(POLL);
            match self.lines.recv_timeout(wait) {
                Ok(Ok(line)) => return parse(line),
                Ok(Err(e)) => {
                    return Err(NoAnswer::Broken(Broken::Unreadable(e.to_string())));
                }
                Err(RecvTimeoutError::Disconnected) => return Err(NoAnswer::Ended),
                Err(RecvTimeoutError::Timeout) if process::has_exited(&self.child) => {
                    // Its last words may still be on their way through the reading thread.
                    return match self.lines.recv_timeout(POLL) {
                        Ok(Ok(line)) => parse(line),
                        _ => Err(NoAnswer::Ended),
                    };
                }
                Err(RecvTimeoutError::Timeout) if Instant::now() >= deadline => {
                    return Err(NoAnswer::TimedOut);
                }
                Err(RecvTimeoutError::Timeout) => {}
            }
        }
    }

    /// Ends the worker and its whole process group, reaps it, and says how it ended (as it was:
    /// a worker that had already died of a signal is reported with that signal).
    fn end(mut self) -> Exit {
        process::kill_group(&mut self.child);
        self.child.wait().map_or(Exit::Unknown, Exit::of)
    }

    /// Ends a worker that failed and says what it did and how it ended.
    fn died(self, what: WorkerEvent) -> Failure {
        Failure::WorkerDied {
            what,
            exit: self.end(),
        }
    }
}
