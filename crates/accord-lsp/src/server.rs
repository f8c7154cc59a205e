//! The main loop: the handshake, the open documents, and the dispatch of every message.
//!
//! Requests are answered here, on the loop's thread, from the in-memory documents and the
//! worker's latest results (microseconds to a few milliseconds); audits run on the worker, the
//! workspace audit on a thread of its own. Every message already queued is read before any is
//! handled, so a request cancelled while it waited is answered `RequestCancelled` without being
//! run; a running workspace audit checks for its cancellation between files.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

use accord_core::Engine;
use accord_core::lang::{Lang, t};
use accord_core::load::Format;
use accord_core::setup::ConfigTrust;
use crossbeam_channel::Sender;
use lsp_server::{
    Connection, ErrorCode, Message, Notification, Request, RequestId, Response, ResponseError,
};
use lsp_types::notification::{
    Cancel, DidChangeTextDocument, DidChangeWatchedFiles, DidChangeWorkspaceFolders,
    DidCloseTextDocument, DidOpenTextDocument, DidSaveTextDocument, Exit, LogMessage,
    Notification as _, ShowMessage,
};
use lsp_types::request::{
    CodeActionRequest, Completion, DocumentSymbolRequest, ExecuteCommand, HoverRequest,
    RegisterCapability, Request as _, Shutdown,
};
use lsp_types::{
    CodeActionKind, CodeActionOptions, CodeActionProviderCapability, CompletionOptions,
    DidChangeWatchedFilesRegistrationOptions, ExecuteCommandOptions, FileSystemWatcher,
    GlobPattern, HoverProviderCapability, InitializeParams, LogMessageParams, MessageType, OneOf,
    PositionEncodingKind, Registration, RegistrationParams, SaveOptions, ServerCapabilities,
    ShowMessageParams, TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions,
    TextDocumentSyncSaveOptions, Uri, WorkspaceFoldersServerCapabilities,
    WorkspaceServerCapabilities,
};
use serde_json::{Value, json};

use crate::language::Languages;
use crate::text::{Encoding, Text};
use crate::worker::{Job, Worker};
use accord_core::inputs::normalize;

use crate::workspace::{Folder, Kind, Notice};
use crate::{Error, Options};

/// One open document.
pub struct Document {
    pub uri: Uri,
    pub path: Option<PathBuf>,
    pub version: i32,
    pub text: Arc<Text>,
    pub format: Format,
    /// What it is to Accord; `None`: left alone.
    pub kind: Option<Kind>,
}

/// What the client said it can do, as far as the server cares.
#[derive(Debug, Clone, Copy, Default)]
pub struct Client {
    pub show_document: bool,
    pub watch_files: bool,
}

pub struct Server {
    pub sender: Sender<Message>,
    pub encoding: Encoding,
    pub client: Client,
    trust: ConfigTrust,
    folders: Vec<Folder>,
    fallback: Arc<Engine>,
    pub documents: HashMap<Uri, Document>,
    pub worker: Worker,
    /// Cancellation flags of the requests running on their own threads.
    pub running: HashMap<RequestId, Arc<AtomicBool>>,
    shutting_down: bool,
    told_untrusted: bool,
    next_request: i32,
    /// Where rule explanations are written for the client to open (made on first use, removed
    /// when the server stops).
    explanations: Option<tempfile::TempDir>,
    today: Option<accord_plugin::Date>,
    clock: fn() -> accord_plugin::Date,
    /// The day the engines were built for.
    built_on: accord_plugin::Date,
    languages: Languages,
}

pub fn serve(connection: Connection, options: Options) -> Result<crate::Ended, Error> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|e| Error(format!("the editor did not start the session: {e}")))?;
    let params: InitializeParams = match serde_json::from_value(params) {
        Ok(params) => params,
        Err(e) => {
            let message = format!("the `initialize` parameters are not valid: {e}");
            let response = Response::new_err(id, ErrorCode::InvalidParams as i32, message.clone());
            let _ = connection.sender.send(response.into());
            return Err(Error(message));
        }
    };
    let encoding = negotiate(&params);
    let (languages, unsupported) = Languages::new(&options, params.locale.as_deref());
    let trust = match params
        .initialization_options
        .as_ref()
        .and_then(|o| o.get("trustWorkspace"))
    {
        Some(Value::Bool(true)) => ConfigTrust::Full,
        _ => ConfigTrust::SettingsOnly,
    };
    let capabilities = &params.capabilities;
    let client = Client {
        show_document: capabilities
            .window
            .as_ref()
            .and_then(|w| w.show_document.as_ref())
            .is_some_and(|s| s.support),
        watch_files: capabilities
            .workspace
            .as_ref()
            .and_then(|w| w.did_change_watched_files.as_ref())
            .and_then(|d| d.dynamic_registration)
            .unwrap_or(false),
    };
    let mut server = Server {
        worker: Worker::start(connection.sender.clone(), encoding, options.debounce),
        sender: connection.sender.clone(),
        encoding,
        client,
        trust,
        folders: Vec::new(),
        fallback: Arc::new(
            crate::workspace::built_in(
                options.today.unwrap_or_else(options.clock),
                languages.session(),
            )
            .0,
        ),
        documents: HashMap::new(),
        running: HashMap::new(),
        shutting_down: false,
        told_untrusted: false,
        next_request: 0,
        explanations: None,
        today: options.today,
        clock: options.clock,
        built_on: options.today.unwrap_or_else(options.clock),
        languages,
    };
    let result = json!({
        "capabilities": capabilities_for(encoding),
        "serverInfo": { "name": "accord", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|e| Error(format!("the editor did not finish the handshake: {e}")))?;
    if let Some(tag) = unsupported {
        let lang = server.lang();
        server.log(
            MessageType::INFO,
            &t!(
                lang,
                "lsp-locale-unsupported",
                tag = tag,
                lang = lang.name()
            ),
        );
    }
    for root in roots(&params) {
        server.add_folder(&root);
    }
    if server.client.watch_files {
        server.watch();
    }
    let outcome = server.run(&connection);
    server.worker.stop();
    outcome
}

/// UTF-8 when the client offers it (no conversion at all), else LSP's default UTF-16.
fn negotiate(params: &InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_ref());
    if offered.is_some_and(|o| o.contains(&PositionEncodingKind::UTF8)) {
        Encoding::Utf8
    } else {
        Encoding::Utf16
    }
}

fn capabilities_for(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(match encoding {
            Encoding::Utf8 => PositionEncodingKind::UTF8,
            Encoding::Utf16 => PositionEncodingKind::UTF16,
        }),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                save: Some(TextDocumentSyncSaveOptions::SaveOptions(SaveOptions {
                    include_text: Some(false),
                })),
                ..TextDocumentSyncOptions::default()
            },
        )),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec!["\"".into(), ".".into(), "[".into(), "=".into()]),
            ..CompletionOptions::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..CodeActionOptions::default()
        })),
        document_symbol_provider: Some(OneOf::Left(true)),
        execute_command_provider: Some(ExecuteCommandOptions {
            commands: crate::commands::NAMES
                .iter()
                .map(|c| (*c).to_owned())
                .collect(),
            ..ExecuteCommandOptions::default()
        }),
        workspace: Some(WorkspaceServerCapabilities {
            workspace_folders: Some(WorkspaceFoldersServerCapabilities {
                supported: Some(true),
                change_notifications: Some(OneOf::Left(true)),
            }),
            file_operations: None,
        }),
        ..ServerCapabilities::default()
    }
}

/// The workspace folders' paths (the deprecated `rootUri` for clients without folders).
#[allow(deprecated)]
fn roots(params: &InitializeParams) -> Vec<PathBuf> {
    match &params.workspace_folders {
        Some(folders) => folders
            .iter()
            .filter_map(|f| crate::uri::to_path(&f.uri))
            .collect(),
        None => params
            .root_uri
            .as_ref()
            .and_then(crate::uri::to_path)
            .into_iter()
            .collect(),
    }
}

impl Server {
    fn run(&mut self, connection: &Connection) -> Result<crate::Ended, Error> {
        while let Ok(first) = connection.receiver.recv() {
            let mut batch = vec![first];
            batch.extend(connection.receiver.try_iter());
            let cancelled: HashSet<RequestId> = batch
                .iter()
                .filter_map(|m| match m {
                    Message::Notification(n) if n.method == Cancel::METHOD => cancel_id(n),
                    _ => None,
                })
                .collect();
            for message in batch {
                match message {
                    Message::Request(request) if cancelled.contains(&request.id) => {
                        self.respond(Response::new_err(
                            request.id,
                            ErrorCode::RequestCanceled as i32,
                            "cancelled by the client".to_owned(),
                        ));
                    }
                    Message::Request(request) => self.request(request),
                    Message::Notification(n) if n.method == Exit::METHOD => {
                        return Ok(self.ended());
                    }
                    Message::Notification(n) => self.notification(n),
                    // Answers to the server's own requests (watchers, showDocument).
                    Message::Response(_) => {}
                }
            }
        }
        // The client went away without `exit`.
        Ok(self.ended())
    }

    /// How the session ended: orderly once `shutdown` was answered.
    fn ended(&self) -> crate::Ended {
        if self.shutting_down {
            crate::Ended::AfterShutdown
        } else {
            crate::Ended::WithoutShutdown
        }
    }

    pub fn respond(&self, response: Response) {
        let _ = self.sender.send(response.into());
    }

    fn request(&mut self, request: Request) {
        self.roll_over_day();
        let id = request.id.clone();
        if request.method == Shutdown::METHOD {
            self.shutting_down = true;
            return self.respond(Response::new_ok(id, ()));
        }
        if self.shutting_down {
            return self.respond(Response::new_err(
                id,
                ErrorCode::InvalidRequest as i32,
                "the server is shutting down".to_owned(),
            ));
        }
        let what = format!("answering `{}`", request.method);
        let response = match crate::guarded(&what, || self.dispatch(request)) {
            Ok(Some(result)) => Response {
                id,
                response_result: result,
            },
            // Answered later, from another thread.
            Ok(None) => return,
            Err(message) => {
                self.log(MessageType::ERROR, &message);
                Response::new_err(id, ErrorCode::InternalError as i32, message)
            }
        };
        self.respond(response);
    }

    /// The answer to a request, or `None` when it is answered later from another thread.
    fn dispatch(&mut self, request: Request) -> Option<Result<Value, ResponseError>> {
        fn params<P: serde::de::DeserializeOwned>(request: Request) -> Result<P, ResponseError> {
            serde_json::from_value(request.params).map_err(|e| ResponseError {
                code: ErrorCode::InvalidParams as i32,
                message: format!("the parameters of `{}` are not valid: {e}", request.method),
                data: None,
            })
        }
        fn to_value<T: serde::Serialize>(value: T) -> Result<Value, ResponseError> {
            serde_json::to_value(value).map_err(|e| ResponseError {
                code: ErrorCode::InternalError as i32,
                message: format!("the answer could not be written: {e}"),
                data: None,
            })
        }
        let method = request.method.clone();
        Some(match method.as_str() {
            HoverRequest::METHOD => {
                params(request).and_then(|p| to_value(crate::hover::hover(self, p)))
            }
            Completion::METHOD => {
                params(request).and_then(|p| to_value(crate::completion::complete(self, p)))
            }
            CodeActionRequest::METHOD => {
                params(request).and_then(|p| to_value(crate::actions::code_actions(self, p)))
            }
            DocumentSymbolRequest::METHOD => {
                params(request).and_then(|p| to_value(crate::symbols::symbols(self, p)))
            }
            // Lets the tests check that a panic in a handler is contained.
            #[cfg(test)]
            "accord/testPanic" => panic!("a test asked for a panic"),
            ExecuteCommand::METHOD => {
                let id = request.id.clone();
                match params(request) {
                    Ok(p) => return crate::commands::execute(self, id, p),
                    Err(e) => Err(e),
                }
            }
            _ => Err(ResponseError {
                code: ErrorCode::MethodNotFound as i32,
                message: format!("accord does not handle `{method}`"),
                data: None,
            }),
        })
    }

    fn notification(&mut self, notification: Notification) {
        self.roll_over_day();
        let what = format!("handling `{}`", notification.method);
        if let Err(message) = crate::guarded(&what, || self.notify(notification)) {
            self.log(MessageType::ERROR, &message);
        }
    }

    fn notify(&mut self, n: Notification) {
        fn params<P: serde::de::DeserializeOwned>(n: Notification) -> Option<P> {
            serde_json::from_value(n.params).ok()
        }
        match n.method.as_str() {
            DidOpenTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidOpenTextDocumentParams>(n) {
                    self.open(p.text_document);
                }
            }
            DidChangeTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeTextDocumentParams>(n) {
                    self.change(p);
                }
            }
            DidCloseTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidCloseTextDocumentParams>(n)
                    && self.documents.remove(&p.text_document.uri).is_some()
                {
                    self.worker.forget(p.text_document.uri);
                }
            }
            DidSaveTextDocument::METHOD => {
                if let Some(p) = params::<lsp_types::DidSaveTextDocumentParams>(n)
                    && let Some(path) = crate::uri::to_path(&p.text_document.uri)
                {
                    self.files_changed(&[path]);
                }
            }
            DidChangeWatchedFiles::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeWatchedFilesParams>(n) {
                    let paths: Vec<PathBuf> = p
                        .changes
                        .iter()
                        .filter_map(|c| crate::uri::to_path(&c.uri))
                        .collect();
                    self.files_changed(&paths);
                }
            }
            DidChangeWorkspaceFolders::METHOD => {
                if let Some(p) = params::<lsp_types::DidChangeWorkspaceFoldersParams>(n) {
                    for removed in &p.event.removed {
                        if let Some(path) = crate::uri::to_path(&removed.uri) {
                            let path = normalize(&path);
                            self.folders.retain(|f| f.root != path);
                        }
                    }
                    for added in &p.event.added {
                        if let Some(path) = crate::uri::to_path(&added.uri) {
                            self.add_folder(&path);
                        }
                    }
                    self.reaudit(|_| true);
                }
            }
            Cancel::METHOD => {
                if let Some(id) = cancel_id(&n)
                    && let Some(flag) = self.running.get(&id)
                {
                    flag.store(true, std::sync::atomic::Ordering::Relaxed);
                }
            }
            _ => {}
        }
    }

    fn open(&mut self, item: lsp_types::TextDocumentItem) {
        let path = crate::uri::to_path(&item.uri);
        let format =
            path.as_deref()
                .and_then(Format::from_path)
                .or(match item.language_id.as_str() {
                    "toml" => Some(Format::Toml),
                    "json" | "jsonc" => Some(Format::Json),
                    _ => None,
                });
        let Some(format) = format else { return };
        let mut document = Document {
            uri: item.uri.clone(),
            path,
            version: item.version,
            text: Arc::new(Text::new(item.text)),
            format,
            kind: None,
        };
        document.kind = self.classify(&document);
        self.documents.insert(item.uri.clone(), document);
        self.schedule(&item.uri);
    }

    fn change(&mut self, params: lsp_types::DidChangeTextDocumentParams) {
        let encoding = self.encoding;
        let uri = params.text_document.uri;
        let Some(document) = self.documents.get_mut(&uri) else {
            return;
        };
        let text = Arc::make_mut(&mut document.text);
        for change in params.content_changes {
            text.apply(change, encoding);
        }
        document.version = params.text_document.version;
        self.reclassify(uri);
    }

    /// Classifies a document again, then audits it, or forgets its results once it is no
    /// longer one of Accord's.
    fn reclassify(&mut self, uri: Uri) {
        let Some(document) = self.documents.get(&uri) else {
            return;
        };
        let was = document.kind;
        let kind = self.classify(document);
        if let Some(document) = self.documents.get_mut(&uri) {
            document.kind = kind;
        }
        if was.is_some() && kind.is_none() {
            self.worker.forget(uri);
        } else {
            self.schedule(&uri);
        }
    }

    /// Sends a document's current version to the worker (if it is one of Accord's).
    fn schedule(&self, uri: &Uri) {
        let Some(document) = self.documents.get(uri) else {
            return;
        };
        let Some(kind) = document.kind else { return };
        let (engine, name) = self.engine_for(document);
        self.worker.audit(Job {
            uri: document.uri.clone(),
            version: document.version,
            text: Arc::clone(&document.text),
            format: document.format,
            kind,
            name,
            engine,
        });
    }

    /// A document's kind: `accord.toml` and the packs and profiles a workspace configuration
    /// names by their path, a charter by its top-level `charter_version`. A charter that stops
    /// parsing stays a charter.
    fn classify(&self, document: &Document) -> Option<Kind> {
        if let Some(path) = &document.path {
            if path
                .file_name()
                .is_some_and(|n| n == accord_core::config::FILE_NAME)
            {
                return Some(Kind::Config);
            }
            let path = normalize(path);
            if let Some(kind) = self.folders.iter().find_map(|f| f.inputs.get(&path)) {
                return Some(*kind);
            }
        }
        let text = document.text.as_str();
        if is_charter(text, document.format) {
            return Some(Kind::Charter);
        }
        let broken = || {
            accord_core::load::parse_text(
                text,
                document.format,
                &accord_core::load::Limits::default(),
            )
            .is_err()
        };
        (document.kind == Some(Kind::Charter) && broken()).then_some(Kind::Charter)
    }

    /// The engine of the folder a document is in (the innermost), and the name its audits
    /// report it under: its path relative to that folder.
    pub fn engine_for(&self, document: &Document) -> (Arc<Engine>, String) {
        let path = document.path.as_deref().map(normalize);
        let folder = path.as_deref().and_then(|p| self.folder_of(p));
        let name = match (&path, folder) {
            (Some(p), Some(f)) => p.strip_prefix(&f.root).unwrap_or(p).display().to_string(),
            (Some(p), None) => p.display().to_string(),
            (None, _) => document.uri.as_str().to_owned(),
        };
        let engine = folder.map_or_else(|| Arc::clone(&self.fallback), |f| Arc::clone(&f.engine));
        (engine, name)
    }

    pub fn folder_of(&self, path: &Path) -> Option<&Folder> {
        self.folders
            .iter()
            .filter(|f| path.starts_with(&f.root))
            .max_by_key(|f| f.root.components().count())
    }

    pub fn folders(&self) -> &[Folder] {
        &self.folders
    }

    /// The engine of documents outside every folder.
    pub fn fallback_engine(&self) -> Arc<Engine> {
        Arc::clone(&self.fallback)
    }

    /// The language of what concerns no folder in particular.
    pub fn lang(&self) -> Lang {
        self.languages.session()
    }

    /// Writes a rule's explanation into the server's private directory, for the client to open.
    pub fn explanation_file(&mut self, rule: &str, markdown: &str) -> Option<PathBuf> {
        if self.explanations.is_none() {
            self.explanations = tempfile::Builder::new()
                .prefix("accord-explain-")
                .tempdir()
                .ok();
        }
        let dir = self.explanations.as_ref()?.path();
        // Rule ids are `[a-z0-9-]` and dots; anything else is not a file name to write.
        if !rule
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        {
            return None;
        }
        let path = dir.join(format!("{rule}.md"));
        std::fs::write(&path, markdown).ok()?;
        Some(path)
    }

    /// The audit date: the one the session was given, else today.
    fn day(&self) -> accord_plugin::Date {
        self.today.unwrap_or_else(self.clock)
    }

    /// Past midnight the engines still audit on the day they were built (waivers would expire a
    /// day late, and new ones date from yesterday): build them again for today, and audit the
    /// open documents again.
    fn roll_over_day(&mut self) {
        let today = self.day();
        if today == self.built_on {
            return;
        }
        self.built_on = today;
        let roots: Vec<PathBuf> = self.folders.iter().map(|f| f.root.clone()).collect();
        for root in &roots {
            self.add_folder(root);
        }
        self.fallback = Arc::new(crate::workspace::built_in(today, self.languages.session()).0);
        self.reaudit(|_| true);
    }

    fn add_folder(&mut self, root: &Path) {
        let today = self.day();
        let (folder, notices) = Folder::build(root, self.trust, today, &self.languages);
        self.log(
            MessageType::INFO,
            &format!(
                "{}: profile `{}`, plugins [{}], packs [{}]",
                folder.root.display(),
                folder.engine.run().profile.name,
                names(folder.engine.run().plugins.iter().map(|p| p.name.as_str())),
                names(folder.engine.run().packs.iter().map(|p| p.name.as_str())),
            ),
        );
        self.tell(&notices, folder.engine.settings().lang);
        let root = folder.root.clone();
        self.folders.retain(|f| f.root != root);
        self.folders.push(folder);
    }

    /// Shows a folder's notices, in its language.
    fn tell(&mut self, notices: &[Notice], lang: Lang) {
        for notice in notices {
            match notice {
                Notice::Problem(text) => self.show(MessageType::ERROR, text),
                Notice::Untrusted if !self.told_untrusted => {
                    self.told_untrusted = true;
                    self.show(MessageType::WARNING, &t!(lang, "lsp-untrusted"));
                }
                Notice::Untrusted => {}
            }
        }
    }

    /// Rebuilds the engines that depend on a changed file, and audits again what they audit.
    fn files_changed(&mut self, paths: &[PathBuf]) {
        let stale: Vec<PathBuf> = self
            .folders
            .iter()
            .filter(|f| paths.iter().any(|p| f.depends_on(p)))
            .map(|f| f.root.clone())
            .collect();
        for root in &stale {
            self.add_folder(root);
        }
        if !stale.is_empty() {
            self.reaudit(|path| path.is_some_and(|p| stale.iter().any(|root| p.starts_with(root))));
        }
    }

    /// Classifies and audits again the open documents whose path matches.
    fn reaudit(&mut self, matches: impl Fn(Option<&Path>) -> bool) {
        let uris: Vec<Uri> = self
            .documents
            .values()
            .filter(|d| matches(d.path.as_deref()))
            .map(|d| d.uri.clone())
            .collect();
        for uri in uris {
            self.reclassify(uri);
        }
    }

    /// Asks the client to report changes to TOML files (configurations, profiles, packs).
    fn watch(&mut self) {
        let options = DidChangeWatchedFilesRegistrationOptions {
            watchers: vec![FileSystemWatcher {
                glob_pattern: GlobPattern::String("**/*.toml".to_owned()),
                kind: None,
            }],
        };
        let params = RegistrationParams {
            registrations: vec![Registration {
                id: "accord-watch-toml".to_owned(),
                method: DidChangeWatchedFiles::METHOD.to_owned(),
                register_options: serde_json::to_value(options).ok(),
            }],
        };
        self.send_request(RegisterCapability::METHOD, params);
    }

    /// Sends a request to the client (its answer is ignored).
    pub fn send_request(&mut self, method: &str, params: impl serde::Serialize) {
        self.next_request += 1;
        let id = RequestId::from(format!("accord-{}", self.next_request));
        let _ = self
            .sender
            .send(Request::new(id, method.to_owned(), params).into());
    }

    pub fn show(&self, typ: MessageType, message: &str) {
        show(&self.sender, typ, message);
    }

    pub fn log(&self, typ: MessageType, message: &str) {
        if typ == MessageType::ERROR {
            eprintln!("{message}");
        }
        let params = LogMessageParams {
            typ,
            message: message.to_owned(),
        };
        let _ = self
            .sender
            .send(Notification::new(LogMessage::METHOD.to_owned(), params).into());
    }
}

/// Shows the user a message (`window/showMessage`), from the loop or from another thread.
pub fn show(sender: &Sender<Message>, typ: MessageType, message: &str) {
    let params = ShowMessageParams {
        typ,
        message: message.to_owned(),
    };
    let _ = sender.send(Notification::new(ShowMessage::METHOD.to_owned(), params).into());
}

fn names<'a>(names: impl Iterator<Item = &'a str>) -> String {
    names.collect::<Vec<_>>().join(", ")
}

fn cancel_id(n: &Notification) -> Option<RequestId> {
    let params: lsp_types::CancelParams = serde_json::from_value(n.params.clone()).ok()?;
    Some(match params.id {
        lsp_types::NumberOrString::Number(n) => RequestId::from(n),
        lsp_types::NumberOrString::String(s) => RequestId::from(s),
    })
}

/// Whether the text is a charter: its top level has `charter_version`. TOML: a line that sets
/// it before the first table header; JSON: a `"charter_version"` key of the outermost object
/// (cheap enough for every keystroke, and unaffected by a syntax error elsewhere).
pub fn is_charter(text: &str, format: Format) -> bool {
    match format {
        Format::Toml => text
            .lines()
            .map(str::trim_start)
            .take_while(|l| !l.starts_with('['))
            .any(|l| {
                let rest = l
                    .strip_prefix("charter_version")
                    .or_else(|| l.strip_prefix("\"charter_version\""));
                rest.is_some_and(|r| r.trim_start().starts_with('='))
            }),
        Format::Json => crate::outline::scan(text, Format::Json, None)
            .0
            .keys
            .iter()
            .any(|k| k.path == ["charter_version"]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_panic_in_a_request_is_an_error_response_and_the_server_goes_on() {
        let (server, client) = Connection::memory();
        let thread = std::thread::spawn(move || serve(server, Options::default()));
        let send = |m: Message| client.sender.send(m).expect("the server listens");
        let params = json!({ "processId": null, "rootUri": null, "capabilities": {} });
        send(Request::new(RequestId::from(1), "initialize".to_owned(), params).into());
        send(Notification::new("initialized".to_owned(), json!({})).into());
        send(Request::new(RequestId::from(2), "accord/testPanic".to_owned(), json!({})).into());
        let hover = json!({ "textDocument": { "uri": "file:///nowhere.toml" }, "position": { "line": 0, "character": 0 } });
        send(Request::new(RequestId::from(3), HoverRequest::METHOD.to_owned(), hover).into());
        let mut responses = HashMap::new();
        let mut logged = Vec::new();
        while responses.len() < 3 {
            match client
                .receiver
                .recv_timeout(std::time::Duration::from_secs(20))
            {
                Ok(Message::Response(r)) => {
                    responses.insert(r.id.clone(), r.response_result);
                }
                Ok(Message::Notification(n)) if n.method == LogMessage::METHOD => {
                    logged.push(n.params["message"].as_str().unwrap_or_default().to_owned());
                }
                Ok(_) => {}
                Err(e) => panic!("no answer: {e}"),
            }
        }
        let error = responses[&RequestId::from(2)]
            .clone()
            .expect_err("an error");
        assert_eq!(error.code, ErrorCode::InternalError as i32);
        assert!(
            error.message.contains("a test asked for a panic"),
            "{}",
            error.message
        );
        assert!(
            logged
                .iter()
                .any(|l| l.contains("answering `accord/testPanic`")),
            "{logged:?}"
        );
        // The server goes on.
        assert_eq!(
            responses[&RequestId::from(3)].clone().ok(),
            Some(Value::Null)
        );
        send(Request::new(RequestId::from(4), Shutdown::METHOD.to_owned(), Value::Null).into());
        send(Notification::new(Exit::METHOD.to_owned(), Value::Null).into());
        assert!(thread.join().expect("no panic escaped").is_ok());
    }

    #[test]
    fn charters_are_recognised_by_their_top_level_version() {
        assert!(is_charter(
            "# c\ncharter_version = 1\n[partnership]\n",
            Format::Toml
        ));
        assert!(is_charter("  \"charter_version\"=1", Format::Toml));
        assert!(!is_charter(
            "[partnership]\ncharter_version = 1\n",
            Format::Toml
        ));
        assert!(!is_charter("charter_versions = 1\n", Format::Toml));
        assert!(is_charter("{\n  \"charter_version\" : 1", Format::Json));
        assert!(!is_charter("{\"name\": \"charter_version\"}", Format::Json));
        // Only the outermost object's key makes a charter.
        assert!(!is_charter(
            "{\"name\": \"pkg\", \"meta\": {\"charter_version\": 1}}",
            Format::Json
        ));
        assert!(is_charter(
            "{\"meta\": {\"x\": [1, {}]}, \"charter_version\": 1",
            Format::Json
        ));
    }
}
