//! The audit worker: audits documents off the main loop, so the server answers hovers and
//! completions while a charter is being audited, and publishes each result unless a newer
//! version of the document has arrived meanwhile.
//!
//! One thread does every document's audits in turn, and it alone publishes a document's
//! diagnostics: results reach the editor in the order the versions were sent, so a stale
//! result can never land over a newer one. A document that changes again while changes keep
//! arriving waits for the debounce (at most [`Options::debounce`](crate::Options) after its
//! first unaudited change); a change after a pause is audited at once.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use accord_core::Engine;
use accord_core::load::Format;
use accord_core::validate::SchemaValidator;
use crossbeam_channel::{Receiver, RecvTimeoutError, Sender};
use lsp_server::{Message, Notification};
use lsp_types::notification::{LogMessage, Notification as _, PublishDiagnostics};
use lsp_types::{
    Diagnostic, DiagnosticSeverity, LogMessageParams, MessageType, PublishDiagnosticsParams, Uri,
};

use crate::diagnostics::{self, Audited, SOURCE, Target};
use crate::text::{Encoding, Text};
use crate::workspace::Kind;

/// One version of one document to audit.
pub struct Job {
    pub uri: Uri,
    pub version: i32,
    pub text: Arc<Text>,
    pub format: Format,
    pub kind: Kind,
    /// The name audits report the document under (its path).
    pub name: String,
    pub engine: Arc<Engine>,
}

enum Request {
    Audit(Job),
    /// The document was closed or is no longer one of Accord's: clear its diagnostics.
    Forget(Uri),
    /// Diagnostics of a file that is not open in the editor (the workspace audit), published
    /// only if the document has not been opened since.
    Publish(Uri, Vec<Diagnostic>),
}

/// The latest published result of each open document.
#[derive(Default)]
pub struct Results {
    by_uri: Mutex<HashMap<Uri, (i32, Arc<Audited>)>>,
}

impl Results {
    /// The result for exactly `version` of a document.
    pub fn get(&self, uri: &Uri, version: i32) -> Option<Arc<Audited>> {
        let map = self.by_uri.lock().unwrap_or_else(PoisonError::into_inner);
        map.get(uri)
            .filter(|(v, _)| *v == version)
            .map(|(_, a)| Arc::clone(a))
    }

    fn set(&self, uri: Uri, version: i32, audited: Arc<Audited>) {
        let mut map = self.by_uri.lock().unwrap_or_else(PoisonError::into_inner);
        map.insert(uri, (version, audited));
    }

    fn remove(&self, uri: &Uri) {
        let mut map = self.by_uri.lock().unwrap_or_else(PoisonError::into_inner);
        map.remove(uri);
    }
}

/// The handle the main loop holds.
pub struct Worker {
    /// `None` once stopped: the thread ends when the channel disconnects.
    requests: Option<Sender<Request>>,
    pub results: Arc<Results>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Worker {
    pub fn start(out: Sender<Message>, encoding: Encoding, debounce: Duration) -> Worker {
        let (requests, inbox) = crossbeam_channel::unbounded();
        let results = Arc::new(Results::default());
        let mut state = State {
            inbox,
            out,
            encoding,
            debounce,
            results: Arc::clone(&results),
            pending: HashMap::new(),
            last_change: HashMap::new(),
            validators: HashMap::new(),
        };
        let thread = std::thread::Builder::new()
            .name("accord-audits".to_owned())
            .spawn(move || state.run())
            .ok();
        Worker {
            requests: Some(requests),
            results,
            thread,
        }
    }

    fn send(&self, request: Request) {
        if let Some(requests) = &self.requests {
            let _ = requests.send(request);
        }
    }

    pub fn audit(&self, job: Job) {
        self.send(Request::Audit(job));
    }

    pub fn forget(&self, uri: Uri) {
        self.send(Request::Forget(uri));
    }

    /// A handle that publishes diagnostics of files that are not open, from any thread.
    pub fn publisher(&self) -> Publisher {
        Publisher(self.requests.clone())
    }

    /// Stops the thread (audits still waiting for their debounce are dropped).
    pub fn stop(mut self) {
        self.requests = None;
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// Publishes diagnostics of files that are not open in the editor (the workspace audit),
/// through the worker so that they never land over an open document's.
pub struct Publisher(Option<Sender<Request>>);

impl Publisher {
    pub fn publish(&self, uri: Uri, diagnostics: Vec<Diagnostic>) {
        if let Some(requests) = &self.0 {
            let _ = requests.send(Request::Publish(uri, diagnostics));
        }
    }
}

struct Pending {
    job: Job,
    due: Instant,
}

struct State {
    inbox: Receiver<Request>,
    out: Sender<Message>,
    encoding: Encoding,
    debounce: Duration,
    results: Arc<Results>,
    pending: HashMap<Uri, Pending>,
    /// When each open document last changed.
    last_change: HashMap<Uri, Instant>,
    /// The schemas of packs, profiles and configurations, compiled once.
    validators: HashMap<Kind, Arc<SchemaValidator>>,
}

impl State {
    fn run(&mut self) {
        loop {
            let next = self.pending.values().map(|p| p.due).min();
            let received = match next {
                Some(due) => self
                    .inbox
                    .recv_timeout(due.saturating_duration_since(Instant::now())),
                None => self
                    .inbox
                    .recv()
                    .map_err(|_| RecvTimeoutError::Disconnected),
            };
            match received {
                Ok(request) => self.take(request),
                Err(RecvTimeoutError::Timeout) => {}
                Err(RecvTimeoutError::Disconnected) => return,
            }
            while let Some(uri) = self.due() {
                let Some(Pending { job, .. }) = self.pending.remove(&uri) else {
                    continue;
                };
                let (uri, version) = (job.uri.clone(), job.version);
                let audited = self.audit(&job);
                // Whatever arrived during the audit first: a newer version or a close makes
                // this result stale.
                let mut stale = false;
                while let Ok(request) = self.inbox.try_recv() {
                    stale |= match &request {
                        Request::Audit(j) => j.uri == uri,
                        Request::Forget(u) => *u == uri,
                        Request::Publish(..) => false,
                    };
                    self.take(request);
                }
                if !stale {
                    // Kept before it is published: a client that hovers as soon as the
                    // diagnostics arrive must find the findings they come from.
                    let diagnostics = audited.diagnostics.clone();
                    self.results.set(uri.clone(), version, Arc::new(audited));
                    self.send(uri, Some(version), diagnostics);
                }
            }
        }
    }

    fn take(&mut self, request: Request) {
        match request {
            Request::Audit(job) => {
                let now = Instant::now();
                let quiet = self
                    .last_change
                    .insert(job.uri.clone(), now)
                    .is_none_or(|last| now.duration_since(last) >= self.debounce);
                match self.pending.get_mut(&job.uri) {
                    // The wait already started with the first unaudited change.
                    Some(pending) => pending.job = job,
                    None => {
                        let due = if quiet { now } else { now + self.debounce };
                        self.pending.insert(job.uri.clone(), Pending { job, due });
                    }
                }
            }
            Request::Forget(uri) => {
                self.pending.remove(&uri);
                self.last_change.remove(&uri);
                self.results.remove(&uri);
                self.send(uri, None, Vec::new());
            }
            Request::Publish(uri, diagnostics) => {
                if !self.last_change.contains_key(&uri) {
                    self.send(uri, None, diagnostics);
                }
            }
        }
    }

    fn due(&self) -> Option<Uri> {
        let now = Instant::now();
        self.pending
            .iter()
            .filter(|(_, p)| p.due <= now)
            .min_by_key(|(_, p)| p.due)
            .map(|(uri, _)| uri.clone())
    }

    /// Audits one version; a panic (a bug in Accord or a plugin) becomes one diagnostic and a
    /// log line, and the worker goes on.
    fn audit(&mut self, job: &Job) -> Audited {
        let target = Target {
            uri: &job.uri,
            text: &job.text,
            encoding: self.encoding,
        };
        let validator = match job.kind {
            Kind::Charter => None,
            kind => self.validator(kind),
        };
        let what = format!("auditing {}", job.name);
        let outcome = crate::guarded(&what, || match &validator {
            None => diagnostics::charter(&job.engine, &job.name, job.format, &target),
            Some(v) => {
                diagnostics::own_file(job.kind, v, &job.name, &target, job.engine.settings().lang)
            }
        });
        outcome.unwrap_or_else(|message| {
            self.log(&message);
            Audited {
                diagnostics: vec![Diagnostic {
                    severity: Some(DiagnosticSeverity::ERROR),
                    source: Some(SOURCE.to_owned()),
                    code: Some(lsp_types::NumberOrString::String(
                        "internal-error".to_owned(),
                    )),
                    message,
                    ..Diagnostic::default()
                }],
                findings: Vec::new(),
                verdict: None,
            }
        })
    }

    fn validator(&mut self, kind: Kind) -> Option<Arc<SchemaValidator>> {
        if let Some(v) = self.validators.get(&kind) {
            return Some(Arc::clone(v));
        }
        let compiled = Arc::new(accord_core::schemas::compile(kind.schema()).ok()?);
        self.validators.insert(kind, Arc::clone(&compiled));
        Some(compiled)
    }

    fn send(&self, uri: Uri, version: Option<i32>, diagnostics: Vec<Diagnostic>) {
        let params = PublishDiagnosticsParams {
            uri,
            diagnostics,
            version,
        };
        let _ = self.out.send(Message::Notification(Notification::new(
            PublishDiagnostics::METHOD.to_owned(),
            params,
        )));
    }

    fn log(&self, message: &str) {
        eprintln!("{message}");
        let _ = self.out.send(Message::Notification(Notification::new(
            LogMessage::METHOD.to_owned(),
            LogMessageParams {
                typ: MessageType::ERROR,
                message: message.to_owned(),
            },
        )));
    }
}
