//! ABI version 1: the plain C data that crosses the plugin boundary.
//!
//! `include/accord_plugin.h` is the normative text; these definitions mirror it field for field,
//! and the `const` asserts below pin the layout so a change here cannot go unnoticed.

/// The ABI version this SDK speaks.
pub const ACCORD_ABI_VERSION: u32 = 1;
/// Status: success; the output buffer holds the JSON result.
pub const ACCORD_OK: i32 = 0;
/// Status: the plugin reports an error; the output buffer holds `{"error": "…"}`.
pub const ACCORD_ERR: i32 = 1;
/// Status: the plugin panicked (caught inside the plugin); the buffer holds `{"error": "…"}`.
pub const ACCORD_PANIC: i32 = 2;
/// Flag: `check` may run on several threads at once.
pub const ACCORD_FLAG_THREAD_SAFE: u64 = 1;
/// The name of the one exported symbol.
pub const ENTRY_SYMBOL: &[u8] = b"accord_plugin_entry";

/// The first bytes of every plugin vtable, in every ABI version.
#[repr(C)]
#[derive(Debug, Clone, Copy)]
pub struct AccordHeader {
    pub abi_version: u32,
    pub struct_size: u32,
}

/// A buffer the plugin allocated; only the plugin frees it (through `free_buf`).
#[repr(C)]
#[derive(Debug)]
pub struct AccordBuf {
    pub ptr: *mut u8,
    pub len: usize,
    /// The plugin's own bookkeeping (a Rust `Vec`'s capacity); the host never reads it.
    pub cap: usize,
}

impl AccordBuf {
    /// An empty buffer: a NULL `ptr` with `len` 0.
    pub const fn empty() -> Self {
        AccordBuf {
            ptr: std::ptr::null_mut(),
            len: 0,
            cap: 0,
        }
    }
}

/// `manifest(out)`: writes the manifest JSON into `*out`.
pub type ManifestFn = unsafe extern "C" fn(out: *mut AccordBuf) -> i32;
/// `check(input, len, out)`: audits one charter; `input` is borrowed for the call.
pub type CheckFn = unsafe extern "C" fn(input: *const u8, len: usize, out: *mut AccordBuf) -> i32;
/// `free_buf(buf)`: frees a buffer this plugin returned.
pub type FreeBufFn = unsafe extern "C" fn(buf: AccordBuf);

/// The version-1 vtable. Function pointers are `Option`s so that a NULL from a faulty plugin is a
/// clean load error rather than undefined behaviour.
#[repr(C)]
#[derive(Debug)]
pub struct AccordPluginV1 {
    pub header: AccordHeader,
    pub flags: u64,
    pub manifest: Option<ManifestFn>,
    pub check: Option<CheckFn>,
    pub free_buf: Option<FreeBufFn>,
}

/// `sizeof(AccordPluginV1)` on this target: the minimum `struct_size` a v1 host accepts.
pub const V1_STRUCT_SIZE: usize = std::mem::size_of::<AccordPluginV1>();

// Layout pins (they mirror the `_Static_assert`s of the C header). The ABI is specified and
// tested for 64-bit targets; on 32-bit ones padding after `free_buf` differs by platform.
#[cfg(target_pointer_width = "64")]
const _: () = {
    use std::mem::{align_of, offset_of, size_of};
    assert!(size_of::<AccordHeader>() == 8);
    assert!(offset_of!(AccordHeader, abi_version) == 0);
    assert!(offset_of!(AccordHeader, struct_size) == 4);
    assert!(size_of::<AccordBuf>() == 3 * size_of::<usize>());
    assert!(offset_of!(AccordBuf, ptr) == 0);
    assert!(offset_of!(AccordBuf, len) == size_of::<usize>());
    assert!(offset_of!(AccordBuf, cap) == 2 * size_of::<usize>());
    assert!(offset_of!(AccordPluginV1, header) == 0);
    assert!(offset_of!(AccordPluginV1, flags) == 8);
    assert!(offset_of!(AccordPluginV1, manifest) == 16);
    assert!(offset_of!(AccordPluginV1, check) == 16 + size_of::<usize>());
    assert!(offset_of!(AccordPluginV1, free_buf) == 16 + 2 * size_of::<usize>());
    assert!(size_of::<AccordPluginV1>() == 16 + 3 * size_of::<usize>());
    assert!(align_of::<AccordPluginV1>() == 8);
    // Option<fn> is pointer-sized with NULL as None.
    assert!(size_of::<Option<ManifestFn>>() == size_of::<usize>());
};

#[cfg(all(test, target_pointer_width = "64"))]
mod tests {
    #[test]
    fn v1_is_40_bytes_on_64_bit() {
        assert_eq!(super::V1_STRUCT_SIZE, 40);
    }
}
