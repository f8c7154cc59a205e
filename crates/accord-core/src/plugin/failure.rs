//! Why a plugin failed on one charter: a typed cause that reports, SARIF and the isolation
//! protocol all carry, and whose sentence (its `Display`) is what users read.

use serde::{Deserialize, Serialize};

use crate::lang::{Lang, t};

/// Why a plugin's check of one charter gave no usable outcome.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, thiserror::Error)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Failure {
    /// `check` returned `ACCORD_ERR` (or another non-zero status) with its message.
    #[error("it reported an error (status {status}): {message}")]
    Status { status: i32, message: String },
    /// The SDK caught a panic (`ACCORD_PANIC`).
    #[error("it panicked: {message}")]
    Panicked { message: String },
    #[error("its output of {len} bytes is over the limit of {limit} bytes")]
    OutputTooLarge { len: usize, limit: usize },
    #[error("its output is not valid JSON ({reason})")]
    OutputNotJson { reason: String },
    /// The output fails schemas/plugin-output.schema.json.
    #[error("its output does not match schemas/plugin-output.schema.json: {problem}")]
    OutputSchema { problem: String },
    #[error("its output is malformed: {reason}")]
    OutputMalformed { reason: String },
    /// The output names a rule the plugin's manifest does not declare.
    #[error("it reported a rule it does not declare: {reason}")]
    UndeclaredRule { reason: String },
    /// Under `--isolate`: no answer within the time limit (the worker was killed).
    #[error("it did not answer within {seconds} s (timed out; the worker was killed and replaced)")]
    TimedOut { seconds: f64 },
    /// Under `--isolate`: the worker process ended (crash, abort, exit) or broke the protocol.
    #[error("its isolated worker {what}: it {exit}")]
    WorkerDied { what: WorkerEvent, exit: Exit },
    /// Under `--isolate`: a worker could not be started or set up.
    #[error("its isolated worker {problem}")]
    Worker { problem: String },
}

impl Failure {
    /// The cause in `lang`, for the formats people read (its `Display` is English: the JSON
    /// report's `cause` and logs). Texts from the plugin or a parser stay as they came.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Failure::Status { status, message } => t!(
                lang,
                "failure-status",
                status = i64::from(*status),
                message = message.as_str()
            ),
            Failure::Panicked { message } => {
                t!(lang, "failure-panicked", message = message.as_str())
            }
            Failure::OutputTooLarge { len, limit } => {
                t!(lang, "failure-output-too-large", len = *len, limit = *limit)
            }
            Failure::OutputNotJson { reason } => {
                t!(lang, "failure-output-not-json", reason = reason.as_str())
            }
            Failure::OutputSchema { problem } => {
                t!(lang, "failure-output-schema", problem = problem.as_str())
            }
            Failure::OutputMalformed { reason } => {
                t!(lang, "failure-output-malformed", reason = reason.as_str())
            }
            Failure::UndeclaredRule { reason } => {
                t!(lang, "failure-undeclared-rule", reason = reason.as_str())
            }
            Failure::TimedOut { seconds } => t!(lang, "failure-timed-out", seconds = *seconds),
            Failure::WorkerDied { what, exit } => t!(
                lang,
                "failure-worker-died",
                what = what.describe(lang),
                exit = exit.describe(lang)
            ),
            Failure::Worker { problem } => {
                t!(lang, "failure-worker", problem = problem.as_str())
            }
        }
    }

    /// The machine name of the cause, as the JSON report's `kind` writes it.
    pub fn kind(&self) -> &'static str {
        match self {
            Failure::Status { .. } => "status",
            Failure::Panicked { .. } => "panicked",
            Failure::OutputTooLarge { .. } => "output-too-large",
            Failure::OutputNotJson { .. } => "output-not-json",
            Failure::OutputSchema { .. } => "output-schema",
            Failure::OutputMalformed { .. } => "output-malformed",
            Failure::UndeclaredRule { .. } => "undeclared-rule",
            Failure::TimedOut { .. } => "timed-out",
            Failure::WorkerDied { .. } => "worker-died",
            Failure::Worker { .. } => "worker",
        }
    }
}

/// What an isolated worker did that ended its run.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", content = "detail", rename_all = "kebab-case")]
pub enum WorkerEvent {
    /// It stopped before the request could be sent.
    StoppedBeforeRequest,
    /// It answered with another message than the one asked (its debug form).
    AnsweredOutOfTurn(String),
    StoppedWithoutAnswering,
    /// It stopped before it was told which plugins to load.
    StoppedBeforeStart,
    /// It refused to start: the refusal, as the worker wrote it.
    RefusedToStart(String),
    /// It answered the start with another message (its debug form).
    StartedWrongly(String),
    /// It did not finish loading the plugins within this many seconds.
    SlowStart {
        seconds: u64,
    },
    /// It ended while starting (it said why on standard error).
    EndedWhileStarting,
    /// It broke the protocol.
    Broke(Broken),
    /// It broke the protocol while starting.
    BrokeWhileStarting(Broken),
}

/// How a worker broke the protocol; the detail is the parser's or the system's own words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "how", content = "detail", rename_all = "kebab-case")]
pub enum Broken {
    /// It answered with a line that is not a message of the protocol.
    Garbage(String),
    /// Its answer could not be read.
    Unreadable(String),
}

impl Broken {
    /// "answered garbage (…)", in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Broken::Garbage(e) => t!(lang, "failure-answered-garbage", error = e.as_str()),
            Broken::Unreadable(e) => t!(lang, "failure-unreadable-answer", error = e.as_str()),
        }
    }
}

impl WorkerEvent {
    /// What the worker did, in `lang`: "stopped without answering".
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            WorkerEvent::StoppedBeforeRequest => t!(lang, "failure-stopped-before-request"),
            WorkerEvent::AnsweredOutOfTurn(answer) => {
                t!(
                    lang,
                    "failure-answered-out-of-turn",
                    answer = answer.as_str()
                )
            }
            WorkerEvent::StoppedWithoutAnswering => t!(lang, "failure-stopped-without-answering"),
            WorkerEvent::StoppedBeforeStart => t!(lang, "failure-stopped-before-start"),
            WorkerEvent::RefusedToStart(problem) => {
                t!(lang, "failure-refused-to-start", problem = problem.as_str())
            }
            WorkerEvent::StartedWrongly(answer) => {
                t!(lang, "failure-started-wrongly", answer = answer.as_str())
            }
            WorkerEvent::SlowStart { seconds } => {
                t!(lang, "failure-slow-start", seconds = *seconds)
            }
            WorkerEvent::EndedWhileStarting => t!(lang, "failure-ended-while-starting"),
            WorkerEvent::Broke(how) => how.describe(lang),
            WorkerEvent::BrokeWhileStarting(how) => {
                t!(
                    lang,
                    "failure-broke-while-starting",
                    what = how.describe(lang)
                )
            }
        }
    }
}

/// English.
impl std::fmt::Display for WorkerEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

/// Why a plugin could not be described by an isolated worker (`accord audit --isolate`).
#[derive(Debug, Clone, PartialEq)]
pub enum LoadProblem {
    /// The request could not be written (a bug in accord).
    Request(String),
    /// No worker could be started.
    NoWorker(Failure),
    StoppedBeforeTold(Exit),
    AnsweredOutOfTurn {
        answer: String,
        exit: Exit,
    },
    /// It did not finish loading within the timeout, in seconds.
    TimedOut(f64),
    EndedBeforeAnswering(Exit),
    Broke {
        how: Broken,
        exit: Exit,
    },
}

impl LoadProblem {
    /// The problem, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            LoadProblem::Request(e) => t!(lang, "isolated-request", error = e.as_str()),
            LoadProblem::NoWorker(failure) => {
                t!(lang, "isolated-no-worker", failure = failure.describe(lang))
            }
            LoadProblem::StoppedBeforeTold(exit) => {
                t!(
                    lang,
                    "isolated-stopped-before-told",
                    exit = exit.describe(lang)
                )
            }
            LoadProblem::AnsweredOutOfTurn { answer, exit } => t!(
                lang,
                "isolated-answered-out-of-turn",
                answer = answer.as_str(),
                exit = exit.describe(lang)
            ),
            LoadProblem::TimedOut(seconds) => {
                t!(lang, "isolated-timed-out", seconds = *seconds)
            }
            LoadProblem::EndedBeforeAnswering(exit) => {
                t!(lang, "isolated-ended", exit = exit.describe(lang))
            }
            LoadProblem::Broke { how, exit } => t!(
                lang,
                "isolated-broke",
                what = how.describe(lang),
                exit = exit.describe(lang)
            ),
        }
    }
}

/// How a worker process ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Exit {
    Signal(i32),
    Code(i32),
    Unknown,
}

impl Exit {
    pub fn of(status: std::process::ExitStatus) -> Exit {
        #[cfg(unix)]
        {
            use std::os::unix::process::ExitStatusExt;
            if let Some(signal) = status.signal() {
                return Exit::Signal(signal);
            }
        }
        status.code().map_or(Exit::Unknown, Exit::Code)
    }
}

impl Exit {
    /// How it ended, in `lang`: "was killed by signal 11 (SIGSEGV: the plugin crashed)".
    pub fn describe(&self, lang: Lang) -> String {
        match *self {
            Exit::Signal(signal) => {
                let name = match signal {
                    4 => "SIGILL",
                    6 => "SIGABRT",
                    7 => "SIGBUS",
                    8 => "SIGFPE",
                    9 => "SIGKILL",
                    11 => "SIGSEGV",
                    13 => "SIGPIPE",
                    15 => "SIGTERM",
                    _ => "other",
                };
                t!(
                    lang,
                    "failure-exit-signal",
                    signal = i64::from(signal),
                    name = name
                )
            }
            Exit::Code(code) => t!(lang, "failure-exit-code", code = i64::from(code)),
            Exit::Unknown => t!(lang, "failure-exit-unknown"),
        }
    }
}

/// English.
impl std::fmt::Display for Exit {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sentences_name_the_cause() {
        let died = Failure::WorkerDied {
            what: WorkerEvent::StoppedWithoutAnswering,
            exit: Exit::Signal(11),
        };
        assert_eq!(
            died.to_string(),
            "its isolated worker stopped without answering: it was killed by signal 11 (SIGSEGV: the plugin crashed)"
        );
        assert_eq!(died.kind(), "worker-died");
        assert_eq!(
            Failure::Status {
                status: 1,
                message: "no".into()
            }
            .to_string(),
            "it reported an error (status 1): no"
        );
    }

    #[test]
    fn failures_survive_the_isolation_wire() {
        let failure = Failure::TimedOut { seconds: 2.5 };
        let json = serde_json::to_string(&failure).expect("serializable");
        assert_eq!(json, r#"{"kind":"timed-out","seconds":2.5}"#);
        let back: Failure = serde_json::from_str(&json).expect("round trip");
        assert_eq!(back, failure);
    }
}
