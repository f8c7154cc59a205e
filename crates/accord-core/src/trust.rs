//! Trust: what a run may use without the user naming it, as git's `safe.directory` does since
//! CVE-2022-24765.
//!
//! A configuration found by the lookup (in the working directory or a parent), and every plugin
//! directory or library reached through it or through `ACCORD_PLUGIN_PATH`, must be owned by the
//! user running accord or by root (under sudo, also by the user who ran sudo) and must not be
//! writable by group or others; otherwise the run stops before loading anything. What the user
//! names (`--config`, `--plugin`, `--plugin-dir`) and the directory of the `accord` executable
//! are trusted as named.
//!
//! What is checked is the file itself (and, for a library, the directory it is found in), on the
//! open file that is then read, not the chain of directories above it: the lookup walks up to
//! `/`, and a configuration in a shared directory such as `/tmp` is safe when it is yours and
//! nobody else can change it; whoever can write that directory can only replace the file with
//! one of their own, which is then refused. A plugin directory is checked because anyone who can
//! write it can put a library (or a link to any library on the system) where the lookup finds
//! it. On systems without Unix ownership (Windows) nothing is checked.

use std::fs::File;
use std::path::{Path, PathBuf};

use crate::lang::{Lang, t, with_help};

/// How something was reached without the user naming it, for the message and its fix.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reached {
    /// `accord.toml`, found by looking in the working directory and its parents.
    Lookup,
    /// A `plugin_dirs` entry of this configuration.
    Config(PathBuf),
    /// An entry of `ACCORD_PLUGIN_PATH`.
    PluginPath,
}

/// What was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Item {
    Config,
    PluginDir,
    Library,
}

impl Item {
    /// Its machine name, which messages select on.
    fn key(self) -> &'static str {
        match self {
            Item::Config => "config",
            Item::PluginDir => "plugin-dir",
            Item::Library => "library",
        }
    }
}

/// Why it was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    /// Owned by someone who is neither this user nor root (nor the sudo user).
    Owner { uid: u32 },
    /// Writable by the group or by others (the permission bits, in octal).
    /// Group or others may write to it; `uid` owns it (an allowed owner).
    Writable { mode: u32, uid: u32 },
}

/// A configuration, plugin directory or library that the run may not use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Untrusted {
    pub item: Item,
    pub path: PathBuf,
    pub reached: Reached,
    pub problem: Problem,
}

impl std::error::Error for Untrusted {}

impl Untrusted {
    /// The refusal, how the file was reached, what to do instead and how to fix it, in `lang`.
    pub fn describe(&self, lang: Lang) -> String {
        let path = self.path.display().to_string();
        let item = self.item.key();
        let message = match &self.problem {
            Problem::Owner { uid } => t!(
                lang,
                "trust-owner",
                item = item,
                path = path.as_str(),
                owner = user(*uid),
                allowed = Owners::of_process().describe(lang)
            ),
            Problem::Writable { mode, uid } => t!(
                lang,
                "trust-writable",
                item = item,
                path = path.as_str(),
                owner = user(*uid),
                who = match (mode & 0o020 != 0, mode & 0o002 != 0) {
                    (true, true) => "group-and-others",
                    (true, false) => "group",
                    _ => "others",
                },
                mode = format!("{mode:03o}")
            ),
        };
        let how = match &self.reached {
            Reached::Lookup => t!(
                lang,
                "trust-reached-lookup",
                file = crate::config::FILE_NAME
            ),
            Reached::Config(config) => t!(
                lang,
                "trust-reached-config",
                config = config.display().to_string()
            ),
            Reached::PluginPath => t!(lang, "trust-reached-plugin-path"),
        };
        let instead = match (&self.reached, self.item) {
            (Reached::Lookup, _) => t!(lang, "trust-instead-lookup"),
            (Reached::Config(_), Item::PluginDir) => t!(lang, "trust-instead-config-dir"),
            (Reached::Config(_), _) => t!(lang, "trust-instead-config-library"),
            (Reached::PluginPath, Item::PluginDir) => t!(lang, "trust-instead-path-dir"),
            (Reached::PluginPath, _) => t!(lang, "trust-instead-path-library"),
        };
        let quoted = crate::starter::shell_word(&self.path.to_string_lossy());
        let fix = match &self.problem {
            Problem::Owner { .. } => {
                let me = Owners::of_process().user;
                let chown = format!("chown {} {quoted}", user_for_command(me));
                if me == 0 {
                    t!(lang, "trust-fix-chown", command = chown)
                } else {
                    t!(lang, "trust-fix-chown-admin", command = chown)
                }
            }
            Problem::Writable { mode, .. } => {
                let change = match (mode & 0o020 != 0, mode & 0o002 != 0) {
                    (true, true) => "go-w",
                    (true, false) => "g-w",
                    _ => "o-w",
                };
                t!(
                    lang,
                    "trust-fix-chmod",
                    command = format!("chmod {change} {quoted}")
                )
            }
        };
        let help = t!(lang, "trust-help", how = how, instead = instead, fix = fix);
        with_help(lang, message, help)
    }
}

/// English.
impl std::fmt::Display for Untrusted {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::EN))
    }
}

/// Who may own what a run trusts: the user running accord, root, and under sudo the user who
/// ran sudo (`SUDO_UID`, as git honours it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Owners {
    /// The effective user.
    pub user: u32,
    pub sudo_user: Option<u32>,
}

impl Owners {
    pub fn of_process() -> Owners {
        #[cfg(unix)]
        let user = rustix::process::geteuid().as_raw();
        #[cfg(not(unix))]
        let user = 0;
        let sudo_user = (user == 0)
            .then(|| std::env::var("SUDO_UID").ok())
            .flatten()
            .and_then(|uid| uid.trim().parse().ok());
        Owners { user, sudo_user }
    }

    pub fn allows(&self, uid: u32) -> bool {
        uid == self.user || uid == 0 || Some(uid) == self.sudo_user
    }

    /// "you (alice) or root", for messages.
    fn describe(&self, lang: Lang) -> String {
        let mut owners = vec![t!(lang, "trust-you", user = user_for_command(self.user))];
        if self.user != 0 {
            owners.push("root".to_owned());
        }
        if let Some(sudo) = self.sudo_user {
            owners.push(t!(lang, "trust-sudo-user", user = user_for_command(sudo)));
        }
        match owners.len() {
            1 => owners.remove(0),
            _ => {
                let last = owners.pop().unwrap_or_default();
                t!(lang, "trust-either", first = owners.join(", "), last = last)
            }
        }
    }
}

/// Judges an open file or directory by its owner and mode (`Ok(Err(_))`: it could not be
/// examined).
#[cfg(unix)]
fn check(
    fd: impl std::os::fd::AsFd,
    item: Item,
    path: &Path,
    reached: &Reached,
) -> Result<std::io::Result<()>, Untrusted> {
    let stat = match rustix::fs::fstat(fd) {
        Ok(stat) => stat,
        Err(e) => return Ok(Err(e.into())),
    };
    check_stat(stat.st_uid, stat.st_mode as u32, &Owners::of_process())
        .map(Ok)
        .map_err(|problem| Untrusted {
            item,
            path: path.to_owned(),
            reached: reached.clone(),
            problem,
        })
}

/// The rule itself: an allowed owner, and no write permission for group or others.
fn check_stat(uid: u32, mode: u32, owners: &Owners) -> Result<(), Problem> {
    if !owners.allows(uid) {
        return Err(Problem::Owner { uid });
    }
    if mode & 0o022 != 0 {
        return Err(Problem::Writable {
            mode: mode & 0o7777,
            uid,
        });
    }
    Ok(())
}

/// Opens the configuration at `path`, found by the lookup, if it is trusted: the file that is
/// checked is the file that is read. A symbolic link there must itself be trusted too (whoever
/// put it there chose what it points at).
pub fn open_config(path: &Path) -> Result<Result<File, std::io::Error>, Untrusted> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(link) = std::fs::symlink_metadata(path)
            && link.file_type().is_symlink()
            && !Owners::of_process().allows(link.uid())
        {
            return Err(Untrusted {
                item: Item::Config,
                path: path.to_owned(),
                reached: Reached::Lookup,
                problem: Problem::Owner { uid: link.uid() },
            });
        }
    }
    let file = match File::open(path) {
        Ok(file) => file,
        Err(e) => return Ok(Err(e)),
    };
    #[cfg(unix)]
    if let Err(e) = check(&file, Item::Config, path, &Reached::Lookup)? {
        return Ok(Err(e));
    }
    Ok(Ok(file))
}

/// Opens the library `name` in `dir` for reading when `dir` and the library are both trusted,
/// checked on the open directory and the file opened in it (no path is looked up twice).
pub fn open_library(
    dir: &Path,
    name: &std::ffi::OsStr,
    reached: &Reached,
) -> Result<Result<File, std::io::Error>, Untrusted> {
    #[cfg(unix)]
    {
        use rustix::fs::{Mode, OFlags};
        let opened = rustix::fs::open(
            dir,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        );
        let dir_fd = match opened {
            Ok(fd) => fd,
            Err(e) => return Ok(Err(e.into())),
        };
        if let Err(e) = check(&dir_fd, Item::PluginDir, dir, reached)? {
            return Ok(Err(e));
        }
        let file = match rustix::fs::openat(
            &dir_fd,
            name,
            OFlags::RDONLY | OFlags::CLOEXEC,
            Mode::empty(),
        ) {
            Ok(fd) => File::from(fd),
            Err(e) => return Ok(Err(e.into())),
        };
        if let Err(e) = check(&file, Item::Library, &dir.join(name), reached)? {
            return Ok(Err(e));
        }
        Ok(Ok(file))
    }
    #[cfg(not(unix))]
    {
        let _ = reached;
        Ok(File::open(dir.join(name)))
    }
}

/// A user by name and uid, as /etc/passwd names it: `alice (uid 1000)`, or `uid 1000`.
fn user(uid: u32) -> String {
    match user_name(uid) {
        Some(name) => format!("{name} (uid {uid})"),
        None => format!("uid {uid}"),
    }
}

/// The name `chown` takes for a user: its name when known, else the number.
fn user_for_command(uid: u32) -> String {
    user_name(uid).unwrap_or_else(|| uid.to_string())
}

/// The login name of `uid` from /etc/passwd (local accounts; others show as a number).
fn user_name(uid: u32) -> Option<String> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let mut fields = line.split(':');
        let name = fields.next()?;
        let id: u32 = fields.nth(1)?.parse().ok()?;
        (id == uid && !name.is_empty()).then(|| name.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_are_the_user_root_and_the_sudo_user() {
        let owners = Owners {
            user: 1000,
            sudo_user: None,
        };
        assert!(owners.allows(1000) && owners.allows(0) && !owners.allows(1001));
        let under_sudo = Owners {
            user: 0,
            sudo_user: Some(1000),
        };
        assert!(under_sudo.allows(1000) && under_sudo.allows(0) && !under_sudo.allows(65534));
    }

    #[test]
    fn the_rule_refuses_others_and_group_or_world_write() {
        let owners = Owners {
            user: 1000,
            sudo_user: None,
        };
        assert_eq!(check_stat(1000, 0o100644, &owners), Ok(()));
        assert_eq!(check_stat(0, 0o040755, &owners), Ok(()));
        assert_eq!(
            check_stat(1001, 0o100644, &owners),
            Err(Problem::Owner { uid: 1001 })
        );
        assert_eq!(
            check_stat(1000, 0o100664, &owners),
            Err(Problem::Writable {
                mode: 0o664,
                uid: 1000
            })
        );
        assert_eq!(
            check_stat(0, 0o041777, &owners),
            Err(Problem::Writable {
                mode: 0o1777,
                uid: 0
            })
        );
    }

    #[test]
    fn the_message_names_the_file_the_owner_and_the_fix() {
        let refused = Untrusted {
            item: Item::Config,
            path: PathBuf::from("/tmp/shared folder/accord.toml"),
            reached: Reached::Lookup,
            problem: Problem::Writable {
                mode: 0o666,
                uid: 0,
            },
        };
        let text = refused.to_string();
        for needle in [
            "refusing to use the configuration `/tmp/shared folder/accord.toml`",
            "owned by root (uid 0), but its group and every other user can write to it (mode 666)",
            "--no-config",
            "--config FILE",
            "`chmod go-w '/tmp/shared folder/accord.toml'`",
        ] {
            assert!(text.contains(needle), "`{needle}` in: {text}");
        }
    }
}
