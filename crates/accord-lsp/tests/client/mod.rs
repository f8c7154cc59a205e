//! An in-process LSP client for the tests and the latency benchmark: the server runs on a
//! thread over `Connection::memory`, and every message is plain JSON.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use accord_lsp::{Connection, Options};
use lsp_server::{Message, Notification, Request, RequestId, Response, ResponseError};
use serde_json::{Value, json};

/// How long any wait lasts before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

pub struct Client {
    connection: Connection,
    server: Option<JoinHandle<Result<accord_lsp::Ended, accord_lsp::Error>>>,
    next_id: i32,
    /// Every notification received, in order.
    pub notifications: Vec<Notification>,
    /// Which of `notifications` a wait has returned already.
    consumed: Vec<bool>,
    /// Responses that arrived while waiting for another one.
    responses: Vec<Response>,
}

/// The canonical path of the test workspace.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/workspace")
        .canonicalize()
        .expect("the fixture workspace exists")
}

/// A `file:` URI for a test path (the fixtures' paths need no escaping).
pub fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The parameters of `initialize` for a client with these workspace folders.
pub fn init_params(folders: &[&Path], options: Value, utf8: bool) -> Value {
    let folders: Vec<Value> = folders
        .iter()
        .map(|f| json!({ "uri": uri(f), "name": f.file_name().map(|n| n.to_string_lossy().into_owned()) }))
        .collect();
    let encodings = if utf8 {
        json!(["utf-8", "utf-16"])
    } else {
        json!(["utf-16"])
    };
    json!({
        "processId": null,
        "rootUri": null,
        "capabilities": {
            "general": { "positionEncodings": encodings },
            "textDocument": { "publishDiagnostics": { "relatedInformation": true, "versionSupport": true } },
        },
        "workspaceFolders": folders,
        "initializationOptions": options,
    })
}

impl Client {
    /// Starts a server and does the handshake; returns the client and the `initialize` result.
    pub fn start(params: Value, options: Options) -> (Client, Value) {
        let (server, client) = Connection::memory();
        let handle = std::thread::spawn(move || accord_lsp::serve(server, options));
        let mut client = Client {
            connection: client,
            server: Some(handle),
            next_id: 0,
            notifications: Vec::new(),
            consumed: Vec::new(),
            responses: Vec::new(),
        };
        let result = client
            .request("initialize", params)
            .expect("initialize succeeds");
        client.notify("initialized", json!({}));
        (client, result)
    }

    /// Starts a server with messages already queued after the handshake, so that the server
    /// reads them all at once.
    pub fn start_with_queue(params: Value, options: Options, queued: Vec<Message>) -> Client {
        let (server, client) = Connection::memory();
        let send = |m: Message| client.sender.send(m).expect("the channel is open");
        send(Request::new(RequestId::from(0), "initialize".to_owned(), params).into());
        send(Notification::new("initialized".to_owned(), json!({})).into());
        for message in queued {
            send(message);
        }
        let handle = std::thread::spawn(move || accord_lsp::serve(server, options));
        let mut client = Client {
            connection: client,
            server: Some(handle),
            next_id: 1,
            notifications: Vec::new(),
            consumed: Vec::new(),
            responses: Vec::new(),
        };
        client
            .response(&RequestId::from(0))
            .expect("initialize succeeds");
        client
    }

    pub fn notify(&self, method: &str, params: Value) {
        self.connection
            .sender
            .send(Notification::new(method.to_owned(), params).into())
            .expect("the server is listening");
    }

    /// Sends a request without waiting; returns its id.
    pub fn send(&mut self, method: &str, params: Value) -> RequestId {
        self.next_id += 1;
        let id = RequestId::from(self.next_id);
        self.connection
            .sender
            .send(Request::new(id.clone(), method.to_owned(), params).into())
            .expect("the server is listening");
        id
    }

    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, ResponseError> {
        let id = self.send(method, params);
        self.response(&id)
    }

    /// Waits for the response to request `id`.
    pub fn response(&mut self, id: &RequestId) -> Result<Value, ResponseError> {
        if let Some(i) = self.responses.iter().position(|r| r.id == *id) {
            return self.responses.remove(i).response_result;
        }
        let deadline = Instant::now() + PATIENCE;
        loop {
            match self.receive(deadline) {
                Some(r) if r.id == *id => return r.response_result,
                Some(r) => self.responses.push(r),
                None => {}
            }
        }
    }

    /// The next message (recorded), or the test fails at `deadline`; a response is given back.
    fn receive(&mut self, deadline: Instant) -> Option<Response> {
        let timeout = deadline.saturating_duration_since(Instant::now());
        let message = self
            .connection
            .receiver
            .recv_timeout(timeout)
            .unwrap_or_else(|e| panic!("no message from the server within {PATIENCE:?}: {e}"));
        self.record(message)
    }

    /// Records a notification; answers a request of the server's and records it too; gives a
    /// response back to the caller.
    fn record(&mut self, message: Message) -> Option<Response> {
        match message {
            Message::Notification(n) => self.notifications.push(n),
            Message::Request(r) => {
                let _ = self
                    .connection
                    .sender
                    .send(Response::new_ok(r.id.clone(), Value::Null).into());
                // Kept as a notification, so tests can see what the server asked.
                self.notifications
                    .push(Notification::new(r.method, r.params));
            }
            Message::Response(r) => return Some(r),
        }
        None
    }

    /// Waits for the first notification that `matches` and no wait has returned yet.
    pub fn wait_for(&mut self, matches: impl Fn(&Notification) -> bool) -> Notification {
        let deadline = Instant::now() + PATIENCE;
        loop {
            self.consumed.resize(self.notifications.len(), false);
            let found = (0..self.notifications.len())
                .find(|&i| !self.consumed[i] && matches(&self.notifications[i]));
            if let Some(i) = found {
                self.consumed[i] = true;
                return self.notifications[i].clone();
            }
            if let Some(r) = self.receive(deadline) {
                self.responses.push(r);
            }
        }
    }

    /// Waits for the diagnostics of `uri` (of exactly `version`, when given).
    pub fn diagnostics(&mut self, uri: &str, version: Option<i64>) -> Vec<Value> {
        let n = self.wait_for(|n| {
            n.method == "textDocument/publishDiagnostics"
                && n.params["uri"] == uri
                && version.is_none_or(|v| n.params["version"] == v)
        });
        n.params["diagnostics"]
            .as_array()
            .cloned()
            .unwrap_or_default()
    }

    /// Gives the server `time` to send more, recording what it sends.
    pub fn idle(&mut self, time: Duration) {
        let deadline = Instant::now() + time;
        while let Ok(message) = self
            .connection
            .receiver
            .recv_timeout(deadline.saturating_duration_since(Instant::now()))
        {
            if let Some(r) = self.record(message) {
                self.responses.push(r);
            }
        }
    }

    /// `textDocument/hover` at `position`.
    pub fn hover(&mut self, uri: &str, position: Value) -> Result<Value, ResponseError> {
        self.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": position }),
        )
    }

    /// `textDocument/completion` at `position`.
    pub fn complete(&mut self, uri: &str, position: Value) -> Result<Value, ResponseError> {
        self.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": uri }, "position": position }),
        )
    }

    /// `textDocument/codeAction` for one diagnostic, over its range.
    pub fn code_actions(&mut self, uri: &str, diagnostic: &Value) -> Result<Value, ResponseError> {
        self.request(
            "textDocument/codeAction",
            json!({
                "textDocument": { "uri": uri },
                "range": diagnostic["range"],
                "context": { "diagnostics": [diagnostic] },
            }),
        )
    }

    /// `workspace/executeCommand`.
    pub fn execute(&mut self, command: &str, arguments: Value) -> Result<Value, ResponseError> {
        self.request(
            "workspace/executeCommand",
            json!({ "command": command, "arguments": arguments }),
        )
    }

    pub fn open(&self, uri: &str, language: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language, "version": version, "text": text } }),
        );
    }

    /// Replaces the whole text.
    pub fn replace(&self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "text": text }] }),
        );
    }

    /// `shutdown`, `exit`, and the server's end.
    pub fn shutdown(mut self) {
        let result = self.request("shutdown", Value::Null);
        assert_eq!(result.ok(), Some(Value::Null));
        self.notify("exit", Value::Null);
        let outcome = self
            .server
            .take()
            .expect("the server runs")
            .join()
            .expect("the server thread did not panic");
        assert_eq!(outcome, Ok(accord_lsp::Ended::AfterShutdown));
    }

    /// `exit` without `shutdown`: how the server says it ended.
    pub fn exit_abruptly(mut self) -> Result<accord_lsp::Ended, accord_lsp::Error> {
        self.notify("exit", Value::Null);
        self.server
            .take()
            .expect("the server runs")
            .join()
            .expect("the server thread did not panic")
    }
}

/// A position `{line, character}` of the first `needle` in `text` (plus `after` bytes), in
/// UTF-16 units.
pub fn position(text: &str, needle: &str, after: usize) -> Value {
    let offset = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} in the text"))
        + after;
    let before = &text[..offset];
    let line = before.matches('\n').count();
    let start = before.rfind('\n').map_or(0, |i| i + 1);
    json!({ "line": line, "character": text[start..offset].encode_utf16().count() })
}
