//! A plugin library read once: its bytes are hashed (for pins and reports) and then loaded from a
//! sealed private copy, so the code that runs is exactly the code that was hashed.
//!
//! Loading the file itself would not do: a mapped file shows later writes to it, so a library
//! overwritten in place during a run (`dd conv=notrunc`) would change the code of a plugin already
//! verified against its pin. On Linux the copy is a `memfd` sealed against writing, growing and
//! shrinking, loaded through `/proc/self/fd/N`; elsewhere (or where memfds are unavailable) it is
//! a file in a fresh directory that only this user can write.

use std::io::Read;
use std::path::{Path, PathBuf};

use super::PluginError;

/// The bytes of a plugin file, read once, and their sha256.
pub struct Image {
    pub sha256: String,
    bytes: Vec<u8>,
}

/// A private copy of an [`Image`] that nobody can change, ready for the system loader.
pub struct Sealed {
    /// The path to hand to the loader (`/proc/self/fd/N`, or the private copy).
    path: PathBuf,
    /// The memfd behind `/proc/self/fd/N`. Once the library is loaded it stays open for the life
    /// of the process, as the library stays loaded: closing it would let a later plugin reuse
    /// its number, and the loader would hand back the library already loaded under the same
    /// name `/proc/self/fd/N`.
    #[cfg(target_os = "linux")]
    memfd: Option<std::os::fd::OwnedFd>,
    /// The private directory of a copy, removed when this is dropped (once the library is
    /// loaded, the loader's mapping outlives the file's name; if it failed to load, too).
    /// Only held for its `Drop`.
    _copy_dir: Option<tempfile::TempDir>,
}

impl Image {
    /// Reads the whole file at `path` once.
    pub fn read(path: &Path) -> Result<Image, PluginError> {
        let file = std::fs::File::open(path).map_err(|e| read_error(path, &e))?;
        Image::from_file(file, path)
    }

    /// Reads the whole of an open file; `path` names it in messages.
    pub fn from_file(mut file: std::fs::File, path: &Path) -> Result<Image, PluginError> {
        let mut bytes = Vec::new();
        file.read_to_end(&mut bytes)
            .map_err(|e| read_error(path, &e))?;
        Ok(Image {
            sha256: crate::sha256_hex(&bytes),
            bytes,
        })
    }

    /// Copies the bytes where nobody can change them. `path` (the original file) names the
    /// plugin in messages.
    pub fn seal(self, path: &Path) -> Result<Sealed, PluginError> {
        #[cfg(target_os = "linux")]
        if let Some(sealed) = memfd::seal(&self.bytes, path) {
            return Ok(sealed);
        }
        private_copy(&self.bytes, path)
    }
}

impl Sealed {
    /// The path that opens the sealed copy.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Called once the library is loaded: keeps its memfd open for good.
    pub fn loaded(mut self) {
        #[cfg(target_os = "linux")]
        if let Some(fd) = self.memfd.take() {
            std::mem::forget(fd);
        }
        #[cfg(not(target_os = "linux"))]
        let _ = &mut self;
    }
}

fn read_error(path: &Path, e: &std::io::Error) -> PluginError {
    PluginError::Read {
        path: path.to_owned(),
        cause: crate::load::io_cause(path, e),
    }
}

#[cfg(target_os = "linux")]
mod memfd {
    use std::io::Write;
    use std::os::fd::AsRawFd;
    use std::path::{Path, PathBuf};

    use rustix::fs::{MemfdFlags, SealFlags};

    use super::Sealed;

    /// A sealed memfd holding `bytes`, or `None` where memfds cannot be used for this (no
    /// memfd_create, executable memfds refused by `vm.memfd_noexec = 2`, no /proc).
    pub(super) fn seal(bytes: &[u8], original: &Path) -> Option<Sealed> {
        let name = original
            .file_name()
            .map_or_else(|| "plugin".into(), |n| n.to_string_lossy());
        let name = format!("accord-plugin:{name}");
        let flags = MemfdFlags::CLOEXEC | MemfdFlags::ALLOW_SEALING;
        // Since Linux 6.3 a memfd that is to be mapped executable says so (`MFD_EXEC`), or
        // `vm.memfd_noexec = 1` makes it non-executable and the loader cannot map it; kernels
        // before 6.3 refuse the unknown flag, and their memfds are always executable.
        let fd = match rustix::fs::memfd_create(&name, flags | MemfdFlags::EXEC) {
            Err(rustix::io::Errno::INVAL) => rustix::fs::memfd_create(&name, flags),
            other => other,
        }
        .ok()?;
        let mut file = std::fs::File::from(fd);
        file.write_all(bytes).ok()?;
        rustix::fs::fcntl_add_seals(
            &file,
            SealFlags::WRITE | SealFlags::GROW | SealFlags::SHRINK | SealFlags::SEAL,
        )
        .ok()?;
        let path = PathBuf::from(format!("/proc/self/fd/{}", file.as_raw_fd()));
        if !path.exists() {
            return None;
        }
        Some(Sealed {
            path,
            memfd: Some(file.into()),
            _copy_dir: None,
        })
    }
}

/// A copy of `bytes` in a fresh directory only this user can write (mode 0700 on Unix), named
/// like the original so the loader's messages read naturally.
fn private_copy(bytes: &[u8], original: &Path) -> Result<Sealed, PluginError> {
    let failed = |e: std::io::Error| PluginError::Read {
        path: original.to_owned(),
        cause: crate::lang::Message::verbatim(format!(
            "a private copy to load could not be written: {e}"
        )),
    };
    // A fresh name each time, never a directory (or link) already there, and made 0700 on Unix
    // (the mode is given to mkdir, not set afterwards).
    let mut builder = tempfile::Builder::new();
    builder.prefix("accord-plugin-");
    #[cfg(unix)]
    builder.permissions(std::os::unix::fs::PermissionsExt::from_mode(0o700));
    let dir = builder.tempdir().map_err(failed)?;
    let file = dir
        .path()
        .join(original.file_name().unwrap_or_else(|| "plugin".as_ref()));
    // On failure `dir` is dropped, and removed, here.
    std::fs::write(&file, bytes).map_err(failed)?;
    Ok(Sealed {
        path: file,
        #[cfg(target_os = "linux")]
        memfd: None,
        _copy_dir: Some(dir),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(target_os = "linux")]
    #[test]
    fn a_sealed_memfd_holds_the_bytes_and_refuses_writes() {
        use std::io::Write;
        let sealed = memfd::seal(b"library bytes", Path::new("/x/libaccord_demo.so"))
            .expect("memfds work on this machine");
        assert!(sealed.path().starts_with("/proc/self/fd/"));
        assert_eq!(std::fs::read(sealed.path()).unwrap(), b"library bytes");
        let mut writer = std::fs::OpenOptions::new()
            .write(true)
            .open(sealed.path())
            .unwrap();
        let err = writer.write_all(b"other").unwrap_err();
        assert_eq!(
            err.raw_os_error(),
            Some(1),
            "EPERM: sealed against writes ({err})"
        );
        let fd = sealed.memfd.as_ref().expect("a memfd");
        let seals = rustix::fs::fcntl_get_seals(fd).unwrap();
        use rustix::fs::SealFlags;
        assert!(seals.contains(SealFlags::WRITE | SealFlags::GROW | SealFlags::SHRINK));
    }

    #[test]
    fn a_private_copy_is_private_and_removed_once_done_with() {
        let sealed = private_copy(b"library bytes", Path::new("/x/libaccord_demo.so")).unwrap();
        assert_eq!(std::fs::read(sealed.path()).unwrap(), b"library bytes");
        assert!(sealed.path().ends_with("libaccord_demo.so"));
        let dir = sealed.path().parent().unwrap().to_owned();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&dir).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o700, "only this user: {mode:o}");
        }
        sealed.loaded();
        assert!(!dir.exists());
    }

    #[test]
    fn the_hash_is_of_the_bytes_read() {
        let file = std::env::temp_dir().join(format!("accord-image-{}", std::process::id()));
        std::fs::write(&file, b"abc").unwrap();
        let image = Image::read(&file).unwrap();
        std::fs::remove_file(&file).unwrap();
        assert_eq!(
            image.sha256,
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
