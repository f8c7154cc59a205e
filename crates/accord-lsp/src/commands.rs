//! Commands: `accord.auditWorkspace` (every charter of every workspace folder, through the
//! batch path, on a thread of its own, cancellable between files) and `accord.explainRule`.

use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use accord_core::Engine;
use accord_core::lang::t;
use accord_core::load::{Format, Limits};
use accord_core::report::Verdict;
use lsp_server::{ErrorCode, RequestId, Response, ResponseError};
use lsp_types::request::{Request as _, ShowDocument};
use lsp_types::{ExecuteCommandParams, MessageType, ShowDocumentParams};
use serde_json::{Value, json};

use crate::diagnostics::Target;
use crate::server::{Server, is_charter};
use crate::text::{Encoding, Text};
use crate::worker::Publisher;

pub const AUDIT_WORKSPACE: &str = "accord.auditWorkspace";
pub const EXPLAIN: &str = "accord.explainRule";
pub const NAMES: &[&str] = &[AUDIT_WORKSPACE, EXPLAIN];

/// How many bytes of a file over the size limit are read to tell whether it is a charter.
const SNIFF: usize = 64 * 1024;

/// Runs a command: its answer, or `None` when a thread answers later.
pub fn execute(
    server: &mut Server,
    id: RequestId,
    params: ExecuteCommandParams,
) -> Option<Result<Value, ResponseError>> {
    match params.command.as_str() {
        AUDIT_WORKSPACE => audit_workspace(server, id),
        EXPLAIN => {
            let rule = params.arguments.first().and_then(Value::as_str);
            Some(explain(server, rule.unwrap_or_default()))
        }
        other => Some(Err(ResponseError {
            code: ErrorCode::InvalidParams as i32,
            message: format!(
                "there is no command `{other}`; accord has {}",
                NAMES.join(", ")
            ),
            data: None,
        })),
    }
}

/// Shows a rule's explanation: as a Markdown document when the client can open one, else as a
/// message. Answers with the Markdown.
fn explain(server: &mut Server, rule: &str) -> Result<Value, ResponseError> {
    let engines = server
        .folders()
        .iter()
        .map(|f| Arc::clone(&f.engine))
        .chain([server.fallback_engine()]);
    let found = engines
        .filter_map(|e| {
            let entry = e.catalogue().get(rule)?;
            Some((
                accord_render::explain::markdown(entry),
                accord_render::explain::text(entry),
            ))
        })
        .next();
    let Some((markdown, text)) = found else {
        return Err(ResponseError {
            code: ErrorCode::InvalidParams as i32,
            message: t!(server.lang(), "lsp-explain-unknown", rule = rule),
            data: None,
        });
    };
    let shown = server.client.show_document
        && server
            .explanation_file(rule, &markdown)
            .and_then(|path| crate::uri::from_path(&path))
            .map(|uri| {
                let params = ShowDocumentParams {
                    uri,
                    external: Some(false),
                    take_focus: Some(true),
                    selection: None,
                };
                server.send_request(ShowDocument::METHOD, params);
            })
            .is_some();
    if !shown {
        server.show(MessageType::INFO, &text);
    }
    Ok(json!({ "rule": rule, "markdown": markdown }))
}

fn audit_workspace(server: &mut Server, id: RequestId) -> Option<Result<Value, ResponseError>> {
    let cancelled = Arc::new(AtomicBool::new(false));
    // Forget the flags of commands that have finished.
    server.running.retain(|_, flag| Arc::strong_count(flag) > 1);
    server.running.insert(id.clone(), Arc::clone(&cancelled));
    let folders: Vec<(PathBuf, Arc<Engine>)> = server
        .folders()
        .iter()
        .map(|f| (f.root.clone(), Arc::clone(&f.engine)))
        .collect();
    let publisher = server.worker.publisher();
    let sender = server.sender.clone();
    let encoding = server.encoding;
    let lang = server.lang();
    let spawned = std::thread::Builder::new()
        .name("accord-workspace-audit".to_owned())
        .spawn(move || {
            let outcome = crate::guarded("auditing the workspace", || {
                audit_folders(&folders, &publisher, encoding, &cancelled)
            });
            let response = match outcome {
                Ok(Some(summary)) => {
                    let message = t!(
                        lang,
                        "lsp-workspace-audited",
                        charters = summary.charters,
                        pass = summary.pass,
                        fail = summary.fail,
                        invalid = summary.invalid,
                        error = summary.error
                    );
                    crate::server::show(&sender, MessageType::INFO, &message);
                    Response::new_ok(id, &summary)
                }
                Ok(None) => Response::new_err(
                    id,
                    ErrorCode::RequestCanceled as i32,
                    "cancelled by the client".to_owned(),
                ),
                Err(message) => {
                    eprintln!("{message}");
                    Response::new_err(id, ErrorCode::InternalError as i32, message)
                }
            };
            let _ = sender.send(response.into());
        });
    match spawned {
        Ok(_) => None,
        Err(e) => Some(Err(ResponseError {
            code: ErrorCode::InternalError as i32,
            message: format!("could not start the workspace audit: {e}"),
            data: None,
        })),
    }
}

/// The answer to `accord.auditWorkspace`: how many charters, and how many of each verdict.
#[derive(Debug, Default, serde::Serialize)]
struct Summary {
    charters: usize,
    pass: usize,
    fail: usize,
    invalid: usize,
    error: usize,
}

struct Cancelled;

/// Audits every charter of every folder in parallel (the batch path of `accord audit`),
/// publishing as results come in input order; `None` when cancelled.
fn audit_folders(
    folders: &[(PathBuf, Arc<Engine>)],
    publisher: &Publisher,
    encoding: Encoding,
    cancelled: &AtomicBool,
) -> Option<Summary> {
    let pool = rayon::ThreadPoolBuilder::new().build().ok()?;
    let mut summary = Summary::default();
    for (root, engine) in folders {
        // The walk of `accord audit DIR`; what cannot be read is no charter to show.
        let mut inputs = accord_core::inputs::Inputs::new(false);
        inputs.add_path(root);
        let (files, _skipped) = inputs.finish();
        let outcome = accord_core::batch::in_input_order(
            &pool,
            files,
            |input| match input {
                _ if cancelled.load(Ordering::Relaxed) => None,
                accord_core::inputs::Input::File(path) => audit_file(engine, root, path, encoding),
                _ => None,
            },
            |result| {
                if cancelled.load(Ordering::Relaxed) {
                    return Err(Cancelled);
                }
                if let Some((uri, verdict, diagnostics)) = result {
                    summary.charters += 1;
                    match verdict {
                        Verdict::Pass => summary.pass += 1,
                        Verdict::Fail => summary.fail += 1,
                        Verdict::Invalid => summary.invalid += 1,
                        Verdict::Error => summary.error += 1,
                    }
                    publisher.publish(uri, diagnostics);
                }
                Ok(())
            },
        );
        if outcome.is_err() {
            return None;
        }
    }
    Some(summary)
}

/// One file of the workspace: `None` unless it is a charter.
fn audit_file(
    engine: &Engine,
    root: &std::path::Path,
    path: &std::path::Path,
    encoding: Encoding,
) -> Option<(lsp_types::Uri, Verdict, Vec<lsp_types::Diagnostic>)> {
    let format = Format::from_path(path)?;
    let limits: &Limits = &engine.settings().limits;
    let bytes = read_limited(path, limits.max_file_size)?;
    let over = bytes.len() as u64 > limits.max_file_size;
    let head = &bytes[..bytes.len().min(if over { SNIFF } else { bytes.len() })];
    if !is_charter(&String::from_utf8_lossy(head), format) {
        return None;
    }
    let uri = crate::uri::from_path(path)?;
    let name = path
        .strip_prefix(root)
        .unwrap_or(path)
        .display()
        .to_string();
    let loaded = accord_core::load::load_bytes(std::path::Path::new(&name), format, bytes, limits);
    let text = Text::new(
        loaded
            .source
            .as_ref()
            .map(|s| s.text.clone())
            .unwrap_or_default(),
    );
    let checked = accord_core::validate::check_loaded(loaded, engine.charter_schema());
    let target = Target {
        uri: &uri,
        text: &text,
        encoding,
    };
    let audited = crate::diagnostics::audited(engine, &checked, &target);
    Some((
        uri,
        audited.verdict.unwrap_or(Verdict::Invalid),
        audited.diagnostics,
    ))
}

/// A file's bytes, at most one past `limit` (enough to know it is too large).
fn read_limited(path: &std::path::Path, limit: u64) -> Option<Vec<u8>> {
    use std::io::Read;
    let file = std::fs::File::open(path).ok()?;
    let mut bytes = Vec::new();
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}
