//! `--isolate`: plugin checks in child processes (ARCHITECTURE.md, "Isolation").
//!
//! The parent keeps a pool of workers (child `accord` processes running a hidden subcommand),
//! at most one per audit thread. Each request is one charter for one plugin, so a crash, an
//! abort, a hang or runaway memory is pinned on that plugin: the worker is killed and replaced,
//! the charter gets a `plugin_failures` entry, and the batch goes on.
//!
//! Wire format, one line each way: the request `<plugin index> <input JSON>`, the response
//! `{"ok": <plugin output>}` or `{"err": "<cause>"}`. The child moves the pipe ends it talks on
//! to private descriptors and points its own stdout at stderr and its stdin at /dev/null, so
//! whatever a plugin prints cannot corrupt the channel.

use std::ffi::OsString;
use std::io::{BufRead, BufReader, Read, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::Mutex;
use std::sync::mpsc::{Receiver, RecvTimeoutError, channel};
use std::time::Duration;

use accord_plugin::Outcome;
use serde_json::Value;

use super::{LoadedPlugin, OUTPUT_LIMIT, PluginError};
use crate::validate::SchemaValidator;

/// The longest response line the parent reads (the plugin output limit plus framing).
const RESPONSE_LIMIT: u64 = OUTPUT_LIMIT as u64 + 64 * 1024;

/// What a worker says once its plugins are loaded.
const READY: &str = "ready";

/// How long a worker may take to load its plugins.
const STARTUP_LIMIT: Duration = Duration::from_secs(120);

/// How to start a worker.
#[derive(Debug, Clone)]
pub struct WorkerCommand {
    /// The `accord` executable.
    pub program: PathBuf,
    /// Its arguments: the hidden subcommand, the plugin files with their hashes, the limits.
    pub args: Vec<OsString>,
}

/// The pool of worker processes of one run.
pub struct Pool {
    command: WorkerCommand,
    timeout: Duration,
    idle: Mutex<Vec<Worker>>,
}

struct Worker {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<std::io::Result<String>>,
}

impl Pool {
    pub fn new(command: WorkerCommand, timeout: Duration) -> Pool {
        Pool {
            command,
            timeout,
            idle: Mutex::new(Vec::new()),
        }
    }

    /// Runs plugin `index` on one input in a worker; `Err` names the cause (exit status,
    /// signal, timeout, or the plugin's own error).
    /// `input` is compact JSON: one line.
    pub fn check(&self, index: usize, input: &[u8]) -> Result<Outcome, String> {
        let taken = self
            .idle
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .pop();
        let mut worker = match taken {
            Some(w) => w,
            None => self.spawn()?,
        };
        let sent = write!(worker.stdin, "{index} ")
            .and_then(|()| worker.stdin.write_all(input))
            .and_then(|()| worker.stdin.write_all(b"\n"))
            .and_then(|()| worker.stdin.flush());
        if sent.is_err() {
            return Err(worker.died("stopped before the request could be sent"));
        }
        match worker.lines.recv_timeout(self.timeout) {
            Ok(Ok(line)) => {
                let result = parse_response(&line);
                self.idle
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner)
                    .push(worker);
                result
            }
            Ok(Err(e)) => Err(worker.died(&format!("its answer could not be read ({e})"))),
            Err(RecvTimeoutError::Disconnected) => Err(worker.died("stopped without answering")),
            Err(RecvTimeoutError::Timeout) => {
                let _ = worker.child.kill();
                let _ = worker.child.wait();
                Err(format!(
                    "it did not answer within {} s (timed out; the worker was killed and replaced)",
                    self.timeout.as_secs_f64()
                ))
            }
        }
    }

    fn spawn(&self) -> Result<Worker, String> {
        let mut child = Command::new(&self.command.program)
            .args(&self.command.args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("its isolated worker could not be started: {e}"))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            return Err("its isolated worker has no pipes".to_owned());
        };
        let (tx, lines) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            loop {
                let mut line = Vec::new();
                match (&mut reader)
                    .take(RESPONSE_LIMIT)
                    .read_until(b'\n', &mut line)
                {
                    Ok(0) => return,
                    // No line end: either the limit cut the line, or the worker died mid-answer
                    // (then the parent sees the channel close and reaps it).
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
        });
        // Start-up (loading the plugins) has its own, generous limit: it must not count against
        // the first check, or a slow start would be blamed on whichever plugin is asked first.
        let worker = Worker {
            child,
            stdin,
            lines,
        };
        match worker.lines.recv_timeout(STARTUP_LIMIT) {
            Ok(Ok(line)) if line.trim_end() == READY => Ok(worker),
            Ok(Ok(line)) => Err(worker.died(&format!(
                "did not start properly (it said {:?})",
                line.trim_end()
            ))),
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
    /// Reaps a worker that failed and says how it ended.
    fn died(mut self, what: &str) -> String {
        let _ = self.child.kill();
        match self.child.wait() {
            Ok(status) => format!("its isolated worker {what}: it {}", describe_exit(status)),
            Err(e) => format!("its isolated worker {what} ({e})"),
        }
    }
}

fn describe_exit(status: ExitStatus) -> String {
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        if let Some(signal) = status.signal() {
            let name = match signal {
                4 => " (SIGILL)",
                6 => " (SIGABRT: the plugin aborted)",
                7 => " (SIGBUS)",
                9 => " (SIGKILL)",
                11 => " (SIGSEGV: the plugin crashed)",
                _ => "",
            };
            return format!("was killed by signal {signal}{name}");
        }
    }
    match status.code() {
        Some(code) => format!("exited with status {code}"),
        None => "ended".to_owned(),
    }
}

fn parse_response(line: &str) -> Result<Outcome, String> {
    let value: Value = serde_json::from_str(line)
        .map_err(|e| format!("its isolated worker answered garbage ({e})"))?;
    if let Some(err) = value.get("err").and_then(Value::as_str) {
        return Err(err.to_owned());
    }
    let ok = value
        .get("ok")
        .cloned()
        .ok_or_else(|| "its isolated worker answered without a result".to_owned())?;
    serde_json::from_value(ok)
        .map_err(|e| format!("its isolated worker answered a malformed result ({e})"))
}

/// The worker's side: takes over stdin and stdout as the private channel, points the standard
/// streams away from it, limits memory, loads the plugins (each must hash to the value the
/// parent loaded) and answers requests until the parent closes the channel.
pub fn serve(plugins: &[(PathBuf, String)], memory_limit: Option<u64>) -> Result<(), String> {
    let (requests, mut responses) = private_channel()?;
    if let Some(bytes) = memory_limit {
        limit_memory(bytes)?;
    }
    let manifest_schema = crate::schemas::compile("plugin-manifest").map_err(|e| e.to_string())?;
    let output_schema = crate::schemas::compile("plugin-output").map_err(|e| e.to_string())?;
    let loaded: Vec<LoadedPlugin> = plugins
        .iter()
        .map(|(path, sha)| {
            LoadedPlugin::load_verified(path, &manifest_schema, |found| {
                if found == sha {
                    Ok(true)
                } else {
                    Err(PluginError::Read {
                        path: path.clone(),
                        cause: "the file changed after the parent loaded it".to_owned(),
                    })
                }
            })
            .map_err(|e| e.to_string())
        })
        .collect::<Result<_, _>>()?;
    writeln!(responses, "{READY}")
        .and_then(|()| responses.flush())
        .map_err(|e| e.to_string())?;
    for line in requests.lines() {
        let line = line.map_err(|e| e.to_string())?;
        let answer = answer(&loaded, &output_schema, &line);
        writeln!(responses, "{answer}")
            .and_then(|()| responses.flush())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}

fn answer(plugins: &[LoadedPlugin], schema: &SchemaValidator, line: &str) -> Value {
    let Some((index, input)) = line.split_once(' ') else {
        return serde_json::json!({"err": "malformed request"});
    };
    let Some(plugin) = index.parse::<usize>().ok().and_then(|i| plugins.get(i)) else {
        return serde_json::json!({"err": "unknown plugin index"});
    };
    match plugin.check(input.as_bytes(), schema) {
        Ok(outcome) => serde_json::json!({ "ok": outcome }),
        Err(cause) => serde_json::json!({ "err": cause }),
    }
}

#[cfg(unix)]
fn private_channel() -> Result<(BufReader<std::fs::File>, std::io::BufWriter<std::fs::File>), String>
{
    use rustix::stdio;
    let fail = |what: &str, e: std::io::Error| format!("the isolated worker could not {what}: {e}");
    let requests =
        rustix::io::dup(std::io::stdin()).map_err(|e| fail("take over its input", e.into()))?;
    let responses =
        rustix::io::dup(std::io::stdout()).map_err(|e| fail("take over its output", e.into()))?;
    stdio::dup2_stdout(std::io::stderr())
        .map_err(|e| fail("point its output at stderr", e.into()))?;
    let null = std::fs::File::open("/dev/null").map_err(|e| fail("open /dev/null", e))?;
    stdio::dup2_stdin(&null).map_err(|e| fail("point its input at /dev/null", e.into()))?;
    Ok((
        BufReader::new(std::fs::File::from(requests)),
        std::io::BufWriter::new(std::fs::File::from(responses)),
    ))
}

#[cfg(not(unix))]
fn private_channel() -> Result<(BufReader<std::fs::File>, std::io::BufWriter<std::fs::File>), String>
{
    Err("--isolate is supported on Unix only".to_owned())
}

#[cfg(unix)]
fn limit_memory(bytes: u64) -> Result<(), String> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    setrlimit(
        Resource::As,
        Rlimit {
            current: Some(bytes),
            maximum: Some(bytes),
        },
    )
    .map_err(|e| format!("the isolated worker could not limit its memory: {e}"))
}

#[cfg(not(unix))]
fn limit_memory(_bytes: u64) -> Result<(), String> {
    Ok(())
}
