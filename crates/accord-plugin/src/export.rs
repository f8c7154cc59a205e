//! The machinery behind [`export_plugin!`](crate::export_plugin): buffers, JSON and panics.
//!
//! Nothing here is meant to be called by hand; the macro expands to thin `extern "C"` shims over
//! these functions. Every call is wrapped in `catch_unwind`, because a panic must never cross the
//! C boundary (unwinding out of `extern "C"` aborts the host).

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::abi::{ACCORD_ERR, ACCORD_OK, ACCORD_PANIC, AccordBuf};
use crate::{Charter, Options, Plugin};

/// The input of `check` (schemas/plugin-input.schema.json).
#[derive(Deserialize)]
struct Input<'a> {
    /// Deserialized straight from the bytes: no intermediate `Value`, and its text borrowed
    /// from them (the host's buffer outlives the call).
    #[serde(borrow)]
    charter: Charter<'a>,
    #[serde(default)]
    options: Map<String, Value>,
    /// The language of the finding messages (manifest revision 1.1): sent only when the
    /// manifest's `message_languages` lists it.
    #[serde(default)]
    locale: Option<String>,
}

/// Options by name (the type of the cached defaults in [`export_plugin!`](crate::export_plugin)).
pub type OptionMap = Map<String, Value>;

/// Hands `bytes` to the host as a buffer it must return through [`free_buf`].
fn into_buf(bytes: Vec<u8>) -> AccordBuf {
    let mut bytes = std::mem::ManuallyDrop::new(bytes);
    AccordBuf {
        ptr: bytes.as_mut_ptr(),
        len: bytes.len(),
        cap: bytes.capacity(),
    }
}

fn error_json(message: &str) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({ "error": message })).unwrap_or_else(|_| b"{}".to_vec())
}

/// The panic's message. The payload itself is forgotten, not dropped: dropping it could run a
/// destructor that panics again, which would abort.
fn panic_message(payload: Box<dyn Any + Send>) -> String {
    let message = if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_owned()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "unknown panic payload".to_owned()
    };
    std::mem::forget(payload);
    // The host introduces it ("it panicked: …"), in the reader's language.
    message
}

thread_local! {
    /// Inside a guarded call on this thread: a panic becomes the call's error, so the panic
    /// hook stays quiet instead of printing Rust's `thread … panicked at` to the host's stderr.
    static GUARDED: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Installs, once, a panic hook that is silent inside guarded calls and otherwise defers to
/// the hook that was there (the plugin's own, or Rust's default). A plugin has its own copy of
/// the standard library, so this hook is the plugin's alone, never the host's.
fn quiet_guarded_panics() {
    static ONCE: std::sync::Once = std::sync::Once::new();
    ONCE.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !GUARDED.with(std::cell::Cell::get) {
                previous(info);
            }
        }));
    });
}

/// Runs `f`, writing its bytes (or an error object) into `*out`; returns the status.
///
/// # Safety
/// `out` must be NULL or valid for writes of one `AccordBuf`.
unsafe fn respond(out: *mut AccordBuf, f: impl FnOnce() -> Result<Vec<u8>, String>) -> i32 {
    if out.is_null() {
        return ACCORD_ERR;
    }
    quiet_guarded_panics();
    let outer = GUARDED.with(|g| g.replace(true));
    let caught = catch_unwind(AssertUnwindSafe(f));
    GUARDED.with(|g| g.set(outer));
    let (status, bytes) = match caught {
        Ok(Ok(bytes)) => (ACCORD_OK, bytes),
        Ok(Err(message)) => (ACCORD_ERR, error_json(&message)),
        Err(payload) => (ACCORD_PANIC, error_json(&panic_message(payload))),
    };
    // SAFETY: `out` is non-null and, by this function's contract, valid for writes.
    unsafe { out.write(into_buf(bytes)) };
    status
}

/// `manifest(out)` for plugin `P`.
///
/// # Safety
/// `out` must be NULL or valid for writes of one `AccordBuf`.
pub unsafe fn manifest<P: Plugin>(plugin: &P, out: *mut AccordBuf) -> i32 {
    // SAFETY: forwarded from the caller.
    unsafe {
        respond(out, || {
            serde_json::to_vec(&plugin.manifest()).map_err(|e| e.to_string())
        })
    }
}

/// `check(input, len, out)` for plugin `P`.
///
/// # Safety
/// `input` must be valid for reads of `len` bytes (or NULL with `len` 0); `out` must be NULL or
/// valid for writes of one `AccordBuf`.
pub unsafe fn check<P: Plugin>(
    plugin: &P,
    defaults: &std::sync::OnceLock<OptionMap>,
    input: *const u8,
    len: usize,
    out: *mut AccordBuf,
) -> i32 {
    let bytes: &[u8] = if input.is_null() || len == 0 {
        &[]
    } else {
        // SAFETY: the host passes a buffer valid for `len` bytes, borrowed for this call.
        unsafe { std::slice::from_raw_parts(input, len) }
    };
    // SAFETY: forwarded from the caller.
    unsafe { respond(out, || check_json(plugin, defaults, bytes)) }
}

fn check_json<P: Plugin>(
    plugin: &P,
    defaults: &std::sync::OnceLock<OptionMap>,
    bytes: &[u8],
) -> Result<Vec<u8>, String> {
    // Computed once per plugin, inside the panic guard (manifest() is the plugin's code).
    let defaults = defaults.get_or_init(|| plugin.manifest().option_defaults());
    // One UTF-8 check of the whole input, then `from_str`, which trusts it: `from_slice` would
    // check every string again as it copies it.
    let text =
        std::str::from_utf8(bytes).map_err(|e| format!("the input is not UTF-8 JSON: {e}"))?;
    let input: Input<'_> = serde_json::from_str(text).map_err(|e| {
        format!("the input is not a charter in format version 1 (`accord schema charter`): {e}")
    })?;
    // The host fills in the defaults already; a host that does not still gets them.
    let mut options = defaults.clone();
    options.extend(input.options);
    let options = Options::from_map(options).with_locale(input.locale);
    let outcome = plugin.check(&input.charter, &options)?;
    serde_json::to_vec(&outcome).map_err(|e| e.to_string())
}

/// `free_buf(buf)`: takes back a buffer made by [`into_buf`].
///
/// # Safety
/// `buf` must have been returned by this plugin and not freed before.
pub unsafe extern "C" fn free_buf(buf: AccordBuf) {
    if buf.ptr.is_null() {
        return;
    }
    // SAFETY: `buf` came from `into_buf`, i.e. from a `Vec<u8>` with exactly this pointer,
    // length and capacity, and the host returns each buffer once.
    drop(unsafe { Vec::from_raw_parts(buf.ptr, buf.len, buf.cap) });
}

/// Writes the exported entry point and vtable for a plugin value.
///
/// `export_plugin!(MyPlugin)` marks the plugin thread-safe (its `check` is a pure function, as
/// the [`Plugin`](crate::Plugin) trait requires); `export_plugin!(MyPlugin, flags = 0)` asks the
/// host to serialise calls. The expression must be a constant (typically a unit struct).
#[macro_export]
macro_rules! export_plugin {
    ($plugin:expr) => {
        $crate::export_plugin!($plugin, flags = $crate::abi::ACCORD_FLAG_THREAD_SAFE);
    };
    ($plugin:expr, flags = $flags:expr) => {
        const _: () = {
            unsafe extern "C" fn __accord_manifest(out: *mut $crate::abi::AccordBuf) -> i32 {
                // SAFETY: the host passes a valid `out` pointer (include/accord_plugin.h).
                unsafe { $crate::export::manifest(&$plugin, out) }
            }
            /// The manifest's option defaults, computed once (not per charter).
            static DEFAULTS: ::std::sync::OnceLock<$crate::export::OptionMap> =
                ::std::sync::OnceLock::new();
            unsafe extern "C" fn __accord_check(
                input: *const u8,
                len: usize,
                out: *mut $crate::abi::AccordBuf,
            ) -> i32 {
                // SAFETY: the host passes `len` readable bytes and a valid `out` (include/accord_plugin.h).
                unsafe { $crate::export::check(&$plugin, &DEFAULTS, input, len, out) }
            }
            static VTABLE: $crate::abi::AccordPluginV1 = $crate::abi::AccordPluginV1 {
                header: $crate::abi::AccordHeader {
                    abi_version: $crate::abi::ACCORD_ABI_VERSION,
                    struct_size: $crate::abi::V1_STRUCT_SIZE as u32,
                },
                flags: $flags,
                manifest: Some(__accord_manifest),
                check: Some(__accord_check),
                free_buf: Some($crate::export::free_buf),
            };
            #[unsafe(no_mangle)]
            pub extern "C" fn accord_plugin_entry() -> *const $crate::abi::AccordHeader {
                &VTABLE.header
            }
        };
    };
}

#[cfg(test)]
mod tests {
    use std::sync::OnceLock;

    use super::*;
    use crate::{Manifest, Outcome};

    /// Reports, as its error, which of the charter's texts borrow from the input.
    struct Borrows;

    impl Plugin for Borrows {
        fn manifest(&self) -> Manifest {
            Manifest::new("borrows", "0.0.0", "A test plugin.", &[])
        }

        fn check(&self, charter: &Charter<'_>, _: &Options) -> Result<Outcome, String> {
            let p = &charter.partnership;
            Err(format!(
                "id {} name {} {:?} themes {}",
                p.id.is_borrowed(),
                p.name.is_borrowed(),
                p.name,
                p.themes.iter().all(|t| t.is_borrowed()),
            ))
        }
    }

    #[test]
    fn the_charter_borrows_its_text_from_the_input() {
        let input = br#"{"charter": {"charter_version": 1, "partnership": {"id": "lakou",
            "name": "Lakou \"Dlo\"", "summary": "S", "country": "HT", "community": "C",
            "start": "2011-01-01", "end": "2016-12-31", "themes": ["water", "sanitation"]},
            "partners": []}, "options": {}}"#;
        let seen = check_json(&Borrows, &OnceLock::new(), input).unwrap_err();
        assert_eq!(seen, r#"id true name false "Lakou \"Dlo\"" themes true"#);
    }
}
