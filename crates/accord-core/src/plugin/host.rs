//! Loading a plugin library and calling it. The only `unsafe` code of the host lives here.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use accord_plugin::abi::{
    ACCORD_ABI_VERSION, ACCORD_FLAG_THREAD_SAFE, ACCORD_OK, ACCORD_PANIC, AccordBuf, AccordHeader,
    AccordPluginV1, CheckFn, ENTRY_SYMBOL, FreeBufFn, V1_STRUCT_SIZE,
};
use accord_plugin::{Manifest, Outcome};
use serde_json::Value;

use super::image::Image;
use super::{Failure, PluginError};
use crate::validate::SchemaValidator;

/// The largest output a plugin may return (16 MiB, as include/accord_plugin.h says).
pub const OUTPUT_LIMIT: usize = 16 * 1024 * 1024;

/// A plugin of the run: its file, hash, pin, manifest and flags, and, when its library is
/// mapped in this process, its code. Under `--isolate` the host never maps a plugin: its
/// manifest is read in a worker process ([`described`](Self::described)) and every check runs
/// in workers.
pub struct LoadedPlugin {
    pub path: PathBuf,
    pub sha256: String,
    /// Whether its hash matched a pin of the configuration.
    pub pinned: bool,
    pub manifest: Manifest,
    pub flags: u64,
    /// `None` when the library is only loaded in isolated workers.
    code: Option<Code>,
}

/// The functions of a library mapped in this process. The library is never unloaded
/// (dlclose hazards with thread-local destructors), so the pointers stay valid for the process.
struct Code {
    check: CheckFn,
    free_buf: FreeBufFn,
    /// Held around `check` when the plugin is not thread-safe.
    serial: Option<Mutex<()>>,
}

impl std::fmt::Debug for LoadedPlugin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LoadedPlugin")
            .field("path", &self.path)
            .field("name", &self.manifest.name)
            .finish()
    }
}

/// A raw response: the status and a copy of the plugin's bytes.
struct Response {
    status: i32,
    bytes: Vec<u8>,
}

fn libloading_cause(e: &libloading::Error) -> String {
    // libloading's Display says only "dlopen failed"; the reason is in source().
    let mut cause = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        cause = format!("{cause}: {s}");
        source = s.source();
    }
    cause
}

impl LoadedPlugin {
    /// Loads the library at `path`, checks its header and functions, and reads and validates
    /// its manifest against `manifest_schema`.
    pub fn load(
        path: &Path,
        manifest_schema: &SchemaValidator,
    ) -> Result<LoadedPlugin, PluginError> {
        LoadedPlugin::load_verified(path, manifest_schema, |_| Ok(false))
    }

    /// Like [`load`](Self::load), but first hashes the file and asks `verify` (given the sha256)
    /// whether it may load; `verify` returns whether the plugin is pinned. The bytes hashed are
    /// the bytes loaded: the file is read once and loaded from a sealed private copy of those
    /// bytes ([`Image`]), so later writes to the file change nothing.
    pub fn load_verified(
        path: &Path,
        manifest_schema: &SchemaValidator,
        verify: impl FnOnce(&str) -> Result<bool, PluginError>,
    ) -> Result<LoadedPlugin, PluginError> {
        LoadedPlugin::load_image(path, Image::read(path)?, manifest_schema, verify)
    }

    /// Like [`load_verified`](Self::load_verified), for a file already read (`path` names it).
    pub(crate) fn load_image(
        path: &Path,
        image: Image,
        manifest_schema: &SchemaValidator,
        verify: impl FnOnce(&str) -> Result<bool, PluginError>,
    ) -> Result<LoadedPlugin, PluginError> {
        let sha256 = image.sha256.clone();
        let pinned = verify(&sha256)?;
        let sealed = image.seal(path)?;
        let open_path = sealed.path().to_owned();
        let shown = |cause: String| {
            cause.replace(&*open_path.to_string_lossy(), &path.display().to_string())
        };
        // SAFETY: loading a library runs its initialisers. That is the trust a user gives a plugin
        // by naming it (`--isolate` loads untrusted ones in worker processes instead).
        let library =
            unsafe { libloading::Library::new(&open_path) }.map_err(|e| PluginError::Open {
                path: path.to_owned(),
                cause: shown(libloading_cause(&e)),
            })?;
        // From here on the library is never released, whatever happens next: unloading risks
        // dlclose hazards with thread-local destructors; its sealed copy stays.
        let library: &'static libloading::Library = Box::leak(Box::new(library));
        sealed.loaded();
        // SAFETY: the symbol's type is fixed by the ABI: `const AccordHeader *(*)(void)`.
        let entry: libloading::Symbol<'_, unsafe extern "C" fn() -> *const AccordHeader> =
            unsafe { library.get(ENTRY_SYMBOL) }.map_err(|e| PluginError::MissingSymbol {
                path: path.to_owned(),
                cause: shown(libloading_cause(&e)),
            })?;
        // SAFETY: calling the entry point as the ABI prescribes; it takes no arguments.
        let header = unsafe { entry() };
        if header.is_null() {
            return Err(PluginError::NullEntry {
                path: path.to_owned(),
            });
        }
        // SAFETY: a non-null entry result points to a static table starting with an AccordHeader,
        // which is the same in every ABI version; read it before anything else.
        let head = unsafe { header.read() };
        if head.abi_version != ACCORD_ABI_VERSION {
            return Err(PluginError::AbiVersion {
                path: path.to_owned(),
                found: head.abi_version,
                supported: ACCORD_ABI_VERSION,
            });
        }
        if (head.struct_size as usize) < V1_STRUCT_SIZE {
            return Err(PluginError::ShortStruct {
                path: path.to_owned(),
                found: head.struct_size,
                needed: V1_STRUCT_SIZE,
            });
        }
        // SAFETY: version 1 with struct_size covering the v1 table: the header is the first field
        // of an `AccordPluginV1` (repr(C)), which we copy field by field. Option<fn> reads NULL as None.
        let table = unsafe { &*header.cast::<AccordPluginV1>() };
        let null = |function| PluginError::NullFunction {
            path: path.to_owned(),
            function,
        };
        let manifest_fn = table.manifest.ok_or_else(|| null("manifest"))?;
        let check = table.check.ok_or_else(|| null("check"))?;
        let free_buf = table.free_buf.ok_or_else(|| null("free_buf"))?;
        let flags = table.flags;

        let bad_manifest = |cause: String| PluginError::Manifest {
            path: path.to_owned(),
            cause,
        };
        // SAFETY: `manifest_fn` comes from a validated v1 table; it writes one buffer into `out`.
        let response = unsafe { call(free_buf, |out| manifest_fn(out)) }
            .map_err(|e| bad_manifest(e.to_string()))?;
        if response.status != ACCORD_OK {
            return Err(bad_manifest(format!(
                "manifest() failed with status {}: {}",
                response.status,
                error_message(&response.bytes)
            )));
        }
        let value: Value = serde_json::from_slice(&response.bytes)
            .map_err(|e| bad_manifest(format!("it is not valid JSON ({e})")))?;
        let manifest = checked_manifest(path, value, manifest_schema)?;
        let serial = (flags & ACCORD_FLAG_THREAD_SAFE == 0).then(|| Mutex::new(()));
        Ok(LoadedPlugin {
            path: path.to_owned(),
            sha256,
            pinned,
            manifest,
            flags,
            code: Some(Code {
                check,
                free_buf,
                serial,
            }),
        })
    }

    /// A plugin whose manifest an isolated worker read: checked against the manifest schema here
    /// too (the worker ran the plugin's code), and never mapped in this process.
    pub(crate) fn described(
        path: &Path,
        sha256: String,
        pinned: bool,
        manifest: Value,
        flags: u64,
        manifest_schema: &SchemaValidator,
    ) -> Result<LoadedPlugin, PluginError> {
        Ok(LoadedPlugin {
            path: path.to_owned(),
            sha256,
            pinned,
            manifest: checked_manifest(path, manifest, manifest_schema)?,
            flags,
            code: None,
        })
    }

    pub fn name(&self) -> &str {
        &self.manifest.name
    }

    pub fn is_thread_safe(&self) -> bool {
        self.flags & ACCORD_FLAG_THREAD_SAFE != 0
    }

    /// Whether the library is mapped in this process (it is not under `--isolate`).
    pub fn is_in_process(&self) -> bool {
        self.code.is_some()
    }

    /// Runs `check` on one input (`{"charter": …, "options": …}` as JSON bytes) and validates
    /// the output: its schema, and only rule ids of this plugin's manifest.
    pub fn check(&self, input: &[u8], output_schema: &SchemaValidator) -> Result<Outcome, Failure> {
        let Some(code) = &self.code else {
            return Err(Failure::Worker {
                problem: "was not asked: the plugin is loaded only in isolated workers, and this \
                          check was not sent to one (a bug in accord)"
                    .to_owned(),
            });
        };
        let call_check = || {
            // SAFETY: `check` comes from a validated v1 table; `input` is valid for `len` bytes for
            // the duration of the call; the plugin writes one buffer into `out`.
            unsafe {
                call(code.free_buf, |out| {
                    (code.check)(input.as_ptr(), input.len(), out)
                })
            }
        };
        let response = match &code.serial {
            Some(lock) => {
                let _guard = lock
                    .lock()
                    .unwrap_or_else(std::sync::PoisonError::into_inner);
                call_check()
            }
            None => call_check(),
        }?;
        match response.status {
            ACCORD_OK => {}
            ACCORD_PANIC => {
                return Err(Failure::Panicked {
                    message: error_message(&response.bytes),
                });
            }
            status => {
                return Err(Failure::Status {
                    status,
                    message: error_message(&response.bytes),
                });
            }
        }
        let value: Value =
            serde_json::from_slice(&response.bytes).map_err(|e| Failure::OutputNotJson {
                reason: e.to_string(),
            })?;
        // Valid output is the rule: the boolean check is much cheaper than collecting errors.
        if !output_schema.is_valid(&value)
            && let Some(problem) = output_schema.explain(&value).into_iter().next()
        {
            return Err(Failure::OutputSchema { problem });
        }
        let outcome: Outcome =
            serde_json::from_value(value).map_err(|e| Failure::OutputMalformed {
                reason: e.to_string(),
            })?;
        outcome
            .check_against(&self.manifest)
            .map_err(|reason| Failure::UndeclaredRule { reason })?;
        Ok(outcome)
    }
}

/// A manifest as JSON, checked against the manifest schema.
fn checked_manifest(
    path: &Path,
    value: Value,
    manifest_schema: &SchemaValidator,
) -> Result<Manifest, PluginError> {
    let bad_manifest = |cause: String| PluginError::Manifest {
        path: path.to_owned(),
        cause,
    };
    if let Some(first) = manifest_schema.explain(&value).into_iter().next() {
        return Err(bad_manifest(first));
    }
    serde_json::from_value(value).map_err(|e| bad_manifest(e.to_string()))
}

/// Calls a plugin function that fills one `AccordBuf`, copies the bytes and hands the buffer back
/// to the plugin's `free_buf`. Over [`OUTPUT_LIMIT`] is an error (the buffer is still freed).
///
/// # Safety
/// `f` must call a plugin function that writes a valid `AccordBuf` (or leaves it empty) into
/// the pointer it is given, and `free_buf` must be that plugin's `free_buf`.
unsafe fn call(
    free_buf: FreeBufFn,
    f: impl FnOnce(*mut AccordBuf) -> i32,
) -> Result<Response, Failure> {
    let mut buf = AccordBuf::empty();
    let status = f(&mut buf);
    if buf.ptr.is_null() {
        return Ok(Response {
            status,
            bytes: Vec::new(),
        });
    }
    let result = if buf.len > OUTPUT_LIMIT {
        Err(Failure::OutputTooLarge {
            len: buf.len,
            limit: OUTPUT_LIMIT,
        })
    } else {
        // SAFETY: the plugin returned a non-null buffer of `len` readable bytes, which stays
        // valid until we pass it to `free_buf`.
        Ok(unsafe { std::slice::from_raw_parts(buf.ptr, buf.len) }.to_vec())
    };
    // SAFETY: each non-null buffer goes back to the plugin's own `free_buf` exactly once.
    unsafe { free_buf(buf) };
    result.map(|bytes| Response { status, bytes })
}

/// The `error` of a `{"error": "…"}` response, or the raw text.
fn error_message(bytes: &[u8]) -> String {
    match serde_json::from_slice::<Value>(bytes) {
        Ok(v) => v
            .get("error")
            .and_then(Value::as_str)
            .map(str::to_owned)
            .unwrap_or_else(|| v.to_string()),
        Err(_) if bytes.is_empty() => "(no message)".to_owned(),
        Err(_) => String::from_utf8_lossy(&bytes[..bytes.len().min(500)]).into_owned(),
    }
}
