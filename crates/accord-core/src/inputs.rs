//! Which charters a command works on: files as named, directories walked, lists of paths and
//! one charter from standard input.
//!
//! Nothing here fails: a directory that cannot be read becomes an [`Input::Unreadable`] entry,
//! reported like an invalid charter under its path, and the rest of the batch goes on.

use std::ffi::OsStr;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;

use crate::diagnostic::{Diagnostic, Kind};
use crate::lang::{Lang, Message, msg, t};
use crate::load::{Format, Limits, Loaded, load_bytes, load_file};

/// What a directory walk left out, by cause. Only entries that could have been or held a
/// charter count: directories and names ending in `.toml` or `.json`.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct Skipped {
    /// Symbolic links (followed only with `--follow-symlinks`).
    pub symlinks: usize,
    /// Names starting with a dot.
    pub hidden: usize,
    /// FIFOs, sockets and devices.
    pub special: usize,
    /// Files named `accord.toml` (configuration, not charters).
    pub config: usize,
}

impl Skipped {
    pub fn total(&self) -> usize {
        self.symlinks + self.hidden + self.special + self.config
    }

    /// "3 files skipped: 2 symlinks, 1 hidden; --follow-symlinks to include symlinks", in
    /// `lang`, or `None` when nothing was skipped.
    pub fn describe(&self, lang: Lang) -> Option<String> {
        let causes: Vec<String> = [
            (self.symlinks, "symlinks"),
            (self.hidden, "hidden"),
            (self.special, "special"),
            (self.config, "config"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, cause)| t!(lang, "skipped-cause", cause = cause, count = n))
        .collect();
        if causes.is_empty() {
            return None;
        }
        let causes = causes.join(", ");
        Some(if self.symlinks > 0 {
            t!(
                lang,
                "skipped-with-symlinks",
                count = self.total(),
                causes = causes
            )
        } else {
            t!(lang, "skipped", count = self.total(), causes = causes)
        })
    }
}

/// One entry of a batch.
#[derive(Debug)]
pub enum Input {
    /// A file named on the command line, listed by `--files-from` or found by a walk.
    File(PathBuf),
    /// The charter read from standard input (`-`), read once, before the batch.
    Stdin(StdinCharter),
    /// A directory (or a link in it) the walk could not read: an invalid entry under its path.
    /// What could not be walked, why, and what to do about it.
    Unreadable {
        path: PathBuf,
        cause: Message,
        help: Message,
    },
}

/// The charter given as `-`.
#[derive(Debug)]
pub struct StdinCharter {
    /// `--stdin-filename`, else `-`: its reported path.
    pub name: PathBuf,
    /// Its format: from the name's extension, else sniffed from the bytes.
    pub format: Format,
    pub bytes: Vec<u8>,
}

impl Default for Input {
    /// What a batch leaves in an entry's place once it is written.
    fn default() -> Input {
        Input::File(PathBuf::new())
    }
}

impl Input {
    /// Its reported path (what the batch sorts by).
    pub fn path(&self) -> &Path {
        match self {
            Input::File(path) | Input::Unreadable { path, .. } => path,
            Input::Stdin(stdin) => &stdin.name,
        }
    }

    /// Reads and parses it; whatever goes wrong is the [`Loaded`]'s located error.
    pub fn load(&self, limits: &Limits) -> Loaded {
        match self {
            Input::File(path) => load_file(path, limits),
            Input::Stdin(stdin) => {
                let mut loaded = load_bytes(&stdin.name, stdin.format, stdin.bytes.clone(), limits);
                if let Err(d) = &mut loaded.document
                    && stdin.looks_like_a_list()
                {
                    d.set_help(list_on_stdin());
                }
                loaded
            }
            Input::Unreadable { path, cause, help } => Loaded {
                path: path.clone(),
                source: None,
                bytes_sha256: None,
                document: Err(Diagnostic::new(
                    Kind::Read,
                    msg!(
                        "load-unreadable",
                        path = path.display().to_string(),
                        cause = cause.clone()
                    ),
                )
                .with_help(help.clone())),
            },
        }
    }
}

impl StdinCharter {
    /// The charter read from standard input: `name` (`--stdin-filename`) is its reported path
    /// and gives its format by extension; without a `.toml` or `.json` name, the format is
    /// JSON when the first non-blank byte is `{`, else TOML.
    pub fn new(name: Option<PathBuf>, bytes: Vec<u8>) -> StdinCharter {
        let format = name
            .as_deref()
            .and_then(Format::from_path)
            .unwrap_or_else(|| Format::sniff(&bytes));
        StdinCharter {
            name: name.unwrap_or_else(|| PathBuf::from("-")),
            format,
            bytes,
        }
    }
}

/// The help for a `-` that holds a list of files rather than a charter.
pub fn list_on_stdin() -> Message {
    msg!("inputs-list-on-stdin")
}

impl StdinCharter {
    /// Whether every non-empty line names an existing file (then it is not a charter).
    pub fn looks_like_a_list(&self) -> bool {
        names_existing_files(&self.bytes)
    }
}

/// Whether every non-empty line of `bytes` names an existing file (and there is one).
fn names_existing_files(bytes: &[u8]) -> bool {
    let mut lines = bytes
        .split(|&b| b == b'\n')
        .map(|line| line.strip_suffix(b"\r").unwrap_or(line))
        .filter(|line| !line.is_empty())
        .peekable();
    lines.peek().is_some() && lines.all(|line| path_from_bytes(line).is_file())
}

/// A path from raw bytes: on Unix any bytes (file names need not be UTF-8).
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        PathBuf::from(OsStr::from_bytes(bytes))
    }
    #[cfg(not(unix))]
    {
        PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
    }
}

/// Whether a walk takes a file of this name for a charter: `*.toml` or `*.json`, in any case.
fn is_charter_name(name: &OsStr) -> bool {
    Path::new(name)
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("toml") || e.eq_ignore_ascii_case("json"))
}

/// Builds a batch's inputs.
#[derive(Debug, Default)]
pub struct Inputs {
    list: Vec<Input>,
    skipped: Skipped,
    follow_symlinks: bool,
}

impl Inputs {
    pub fn new(follow_symlinks: bool) -> Inputs {
        Inputs {
            follow_symlinks,
            ..Inputs::default()
        }
    }

    /// A path as given: a directory is walked; anything else is read as named, whatever its
    /// type or extension (a wrong one is reported by the loader, never skipped).
    pub fn add_path(&mut self, path: &Path) {
        if path.is_dir() {
            self.walk(path);
        } else {
            self.list.push(Input::File(path.to_owned()));
        }
    }

    /// The charter read from standard input.
    pub fn add_stdin(&mut self, charter: StdinCharter) {
        self.list.push(Input::Stdin(charter));
    }

    /// A list of paths (`--files-from`), separated by `separator` (newline or NUL); a
    /// newline-separated list may have CRLF line ends; empty entries are ignored. Each path is
    /// taken as if given on the command line.
    pub fn add_list(&mut self, bytes: &[u8], separator: u8) {
        for entry in bytes.split(|&b| b == separator) {
            let entry = if separator == b'\n' {
                entry.strip_suffix(b"\r").unwrap_or(entry)
            } else {
                entry
            };
            if !entry.is_empty() {
                self.add_path(&path_from_bytes(entry));
            }
        }
    }

    /// The inputs in the order they were added (each walk in sorted order), and what the
    /// walks skipped.
    pub fn finish(self) -> (Vec<Input>, Skipped) {
        (self.list, self.skipped)
    }

    /// Walks `root` recursively in sorted order for `*.toml` and `*.json`, skipping hidden
    /// entries, `accord.toml`, symlinks (unless following them) and anything that is not a
    /// regular file, counting each. A walked file's path is `root` joined with its relative
    /// path, its name kept byte for byte.
    fn walk(&mut self, root: &Path) {
        let mut walker = walkdir::WalkDir::new(root)
            .follow_links(self.follow_symlinks)
            .sort_by_file_name()
            .into_iter();
        while let Some(next) = walker.next() {
            let entry = match next {
                Ok(entry) => entry,
                Err(error) => {
                    self.unwalkable(error);
                    continue;
                }
            };
            if entry.depth() == 0 {
                continue;
            }
            let name = entry.file_name();
            let kind = entry.file_type();
            let candidate = kind.is_dir() || is_charter_name(name);
            if name.as_encoded_bytes().starts_with(b".") {
                if kind.is_dir() {
                    walker.skip_current_dir();
                }
                self.skipped.hidden += usize::from(candidate);
            } else if kind.is_symlink() {
                // Not followed: count it when it names a charter or leads to a directory.
                if candidate || entry.path().is_dir() {
                    self.skipped.symlinks += 1;
                }
            } else if kind.is_dir() || !candidate {
                // A directory is walked into next; any other name is not a charter's.
            } else if name == "accord.toml" {
                self.skipped.config += 1;
            } else if !kind.is_file() {
                self.skipped.special += 1;
            } else {
                self.list.push(Input::File(entry.into_path()));
            }
        }
    }

    /// A directory that cannot be listed, a link loop or a dangling link (when following
    /// links): one invalid entry under its path.
    fn unwalkable(&mut self, error: walkdir::Error) {
        let Some(path) = error.path().map(Path::to_owned) else {
            return;
        };
        let (cause, help) = if let Some(ancestor) = error.loop_ancestor() {
            (
                msg!(
                    "inputs-link-loop",
                    ancestor = ancestor.display().to_string()
                ),
                msg!("inputs-link-loop-help"),
            )
        } else if path.is_symlink() && !path.exists() {
            // A dangling link found while following links: only a charter's name matters.
            if !path.file_name().is_some_and(is_charter_name) {
                return;
            }
            (
                msg!("inputs-dangling-link"),
                msg!("inputs-dangling-link-help"),
            )
        } else {
            let cause = match error.io_error().map(std::io::Error::kind) {
                Some(std::io::ErrorKind::PermissionDenied) => msg!("inputs-directory-denied"),
                _ => Message::verbatim(error.to_string()),
            };
            (cause, msg!("load-unreadable-directory-help"))
        };
        self.list.push(Input::Unreadable { path, cause, help });
    }
}

/// `a/./b/../c` as `a/c`: a path without `.` components and with `..` applied, without touching
/// the file system (a charter may not exist yet), so that the paths a configuration writes, an
/// editor sends and a report names compare equal.
pub fn normalize(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Dir(PathBuf);

    impl Dir {
        fn new(label: &str) -> Dir {
            let dir =
                std::env::temp_dir().join(format!("accord-inputs-{label}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Dir(dir)
        }

        fn files(&self, names: &[&str]) {
            for f in names {
                let p = self.0.join(f);
                std::fs::create_dir_all(p.parent().unwrap()).unwrap();
                std::fs::write(p, "").unwrap();
            }
        }

        fn walk(&self, follow: bool) -> (Vec<String>, Skipped) {
            let mut inputs = Inputs::new(follow);
            inputs.add_path(&self.0);
            let (list, skipped) = inputs.finish();
            let names = list
                .iter()
                .map(|i| {
                    let rel = i.path().strip_prefix(&self.0).unwrap().to_string_lossy();
                    match i {
                        Input::Unreadable { .. } => format!("unreadable {rel}"),
                        _ => rel.into_owned(),
                    }
                })
                .collect();
            (names, skipped)
        }
    }

    impl Drop for Dir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    #[test]
    fn walks_sorted_skipping_hidden_and_config_counting_them() {
        let dir = Dir::new("walk");
        dir.files(&[
            "b.toml",
            "a.json",
            "C.TOML",
            "sub/c.toml",
            "sub/D.Json",
            ".hidden/d.toml",
            ".e.toml",
            ".notes",
            "accord.toml",
            "notes.txt",
        ]);
        let (names, skipped) = dir.walk(false);
        assert_eq!(
            names,
            ["C.TOML", "a.json", "b.toml", "sub/D.Json", "sub/c.toml"]
        );
        assert_eq!(
            skipped,
            Skipped {
                hidden: 2,
                config: 1,
                ..Skipped::default()
            }
        );
        let mut explicit = Inputs::new(false);
        explicit.add_path(&dir.0.join("notes.txt"));
        assert_eq!(explicit.finish().0[0].path(), dir.0.join("notes.txt"));
    }

    #[cfg(unix)]
    #[test]
    fn symlinks_are_counted_or_followed_and_loops_are_one_entry() {
        let dir = Dir::new("links");
        dir.files(&["real/a.toml", "other.txt"]);
        let link = |target: &str, name: &str| {
            std::os::unix::fs::symlink(dir.0.join(target), dir.0.join(name)).unwrap();
        };
        link("real/a.toml", "alias.toml");
        link("real", "linked-dir");
        link("other.txt", "other-link");
        link(".", "real/back");
        link("missing.toml", "dangling.toml");
        let (names, skipped) = dir.walk(false);
        assert_eq!(names, ["real/a.toml"]);
        // `real/back` leads to a directory; `other-link` to no charter.
        assert_eq!(skipped.symlinks, 4, "{skipped:?}");
        assert_eq!(
            skipped.describe(Lang::EN).as_deref(),
            Some("4 files skipped: 4 symlinks; --follow-symlinks to include symlinks")
        );

        let (names, skipped) = dir.walk(true);
        assert_eq!(
            names,
            [
                "alias.toml",
                "unreadable dangling.toml",
                "linked-dir/a.toml",
                "unreadable linked-dir/back",
                "real/a.toml",
                "unreadable real/back",
            ]
        );
        assert_eq!(skipped, Skipped::default());
        // Each says what to do about its own cause.
        let mut inputs = Inputs::new(true);
        inputs.add_path(&dir.0);
        let helps: Vec<(String, String)> = inputs
            .finish()
            .0
            .iter()
            .filter_map(|i| match i {
                Input::Unreadable { path, help, .. } => Some((
                    path.file_name()?.to_string_lossy().into_owned(),
                    help.text(Lang::EN),
                )),
                _ => None,
            })
            .collect();
        for (name, help) in &helps {
            let expected = if name == "dangling.toml" {
                "point the link at the charter"
            } else {
                "without `--follow-symlinks`"
            };
            assert!(help.contains(expected), "{name}: {help}");
        }
        assert_eq!(helps.len(), 3);
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_skipped_by_a_walk_and_non_utf8_names_kept() {
        use std::os::unix::ffi::OsStrExt;
        let dir = Dir::new("special");
        let fifo = dir.0.join("pipe.toml");
        rustix::fs::mknodat(
            rustix::fs::CWD,
            &fifo,
            rustix::fs::FileType::Fifo,
            rustix::fs::Mode::from_raw_mode(0o644),
            0,
        )
        .unwrap();
        let latin1 = OsStr::from_bytes(b"caf\xe9.toml");
        std::fs::write(dir.0.join(latin1), "").unwrap();
        let mut inputs = Inputs::new(false);
        inputs.add_path(&dir.0);
        let (list, skipped) = inputs.finish();
        assert_eq!(skipped.special, 1);
        assert_eq!(list.len(), 1);
        assert_eq!(
            list[0].path(),
            dir.0.join(latin1),
            "the name is kept byte for byte"
        );
    }

    #[test]
    fn lists_of_paths_split_on_newlines_or_nuls() {
        let mut inputs = Inputs::new(false);
        inputs.add_list(b"b.toml\r\n\na b.json\n", b'\n');
        inputs.add_list(b"c\nd.toml\0", 0);
        let (list, _) = inputs.finish();
        let paths: Vec<_> = list.iter().map(|i| i.path().to_owned()).collect();
        assert_eq!(
            paths,
            [
                PathBuf::from("b.toml"),
                PathBuf::from("a b.json"),
                PathBuf::from("c\nd.toml")
            ]
        );
    }

    #[test]
    fn stdin_format_from_the_name_else_sniffed() {
        let named = StdinCharter::new(Some("x.JSON".into()), b"a = 1".to_vec());
        assert_eq!(
            (named.format, named.name.as_path()),
            (Format::Json, Path::new("x.JSON"))
        );
        let json = StdinCharter::new(None, b"\xEF\xBB\xBF \n {\"a\": 1}".to_vec());
        assert_eq!(
            (json.format, json.name.as_path()),
            (Format::Json, Path::new("-"))
        );
        assert_eq!(
            StdinCharter::new(None, b"[a]".to_vec()).format,
            Format::Toml
        );
        assert_eq!(
            StdinCharter::new(Some("notes".into()), b"{}".to_vec()).format,
            Format::Json
        );
    }
}
