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
    WorkerDied { what: String, exit: Exit },
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
                what = what.as_str(),
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
            what: "stopped without answering".into(),
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
