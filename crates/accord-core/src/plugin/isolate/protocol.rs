//! The messages between a parent `accord` and its isolated workers: one JSON object per line
//! each way, typed here and nowhere else.
//!
//! The parent starts a worker with only [`WORKER_SUBCOMMAND`] as its argument, then sends one
//! of two first messages:
//! - [`Request::Describe`]: the worker loads that one plugin and answers
//!   [`Response::Described`] with its manifest (or [`Response::Refused`]), then waits to be
//!   ended. This is how the parent learns a plugin's manifest without mapping the library.
//! - [`Request::Start`]: the worker loads its plugins and answers [`Response::Ready`] (or
//!   [`Response::Refused`]). Each [`Request::Check`] then gets one [`Response::Checked`] or
//!   [`Response::Failed`].

use std::path::PathBuf;

use accord_plugin::Outcome;
use serde::{Deserialize, Serialize};
use serde_json::value::RawValue;

use crate::plugin::Failure;

/// The hidden subcommand that makes `accord` a worker.
pub const WORKER_SUBCOMMAND: &str = "__isolate-worker";

/// A plugin the worker loads: the file, and the sha256 the parent verified (the worker refuses
/// a file that no longer hashes to it).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PluginFile {
    #[serde(with = "any_path")]
    pub path: PathBuf,
    pub sha256: String,
}

/// A path on the wire: a string when it is UTF-8, else (on Unix) its bytes, so a plugin in a
/// directory with any name loads.
mod any_path {
    use std::path::{Path, PathBuf};

    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    #[derive(Serialize, Deserialize)]
    #[serde(untagged)]
    enum Wire {
        Text(String),
        Bytes(Vec<u8>),
    }

    pub fn serialize<S: Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
        match path.to_str() {
            Some(text) => Wire::Text(text.to_owned()),
            #[cfg(unix)]
            None => Wire::Bytes(std::os::unix::ffi::OsStrExt::as_bytes(path.as_os_str()).to_vec()),
            #[cfg(not(unix))]
            None => Wire::Text(path.to_string_lossy().into_owned()),
        }
        .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<PathBuf, D::Error> {
        Ok(match Wire::deserialize(deserializer)? {
            Wire::Text(text) => PathBuf::from(text),
            #[cfg(unix)]
            Wire::Bytes(bytes) => PathBuf::from(
                <std::ffi::OsString as std::os::unix::ffi::OsStringExt>::from_vec(bytes),
            ),
            #[cfg(not(unix))]
            Wire::Bytes(bytes) => PathBuf::from(String::from_utf8_lossy(&bytes).into_owned()),
        })
    }
}

/// Parent → worker.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Request<'a> {
    /// The first message of a worker that only reads one plugin's manifest.
    Describe {
        plugin: PluginFile,
        memory_limit: Option<u64>,
        /// The run's language (a tag): a refusal is a sentence the reader sees.
        #[serde(default)]
        lang: String,
    },
    /// The first message: what to load, and the worker's address-space limit in bytes.
    Start {
        plugins: Vec<PluginFile>,
        memory_limit: Option<u64>,
        /// The run's language (a tag), as for `Describe`.
        #[serde(default)]
        lang: String,
    },
    /// Run plugin `plugin` (an index into `Start::plugins`) on one input.
    Check {
        plugin: usize,
        #[serde(borrow)]
        input: &'a RawValue,
    },
}

/// Worker → parent.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Response {
    /// The plugins are loaded; checks may follow.
    Ready,
    /// The plugin of a `describe` loaded: its manifest (checked again by the parent, which
    /// trusts no plugin's process) and its flags.
    Described {
        manifest: serde_json::Value,
        flags: u64,
    },
    /// The worker could not start (a plugin file changed, a plugin is faulty, the memory limit
    /// failed …): a sentence naming the file, in the language of the request.
    Refused {
        problem: String,
    },
    Checked(Outcome),
    Failed(Failure),
}

impl Response {
    /// One line of the wire format (no line end).
    pub fn to_line(&self) -> String {
        // A derived Serialize of strings, numbers and plugin output cannot fail.
        serde_json::to_string(self).unwrap_or_else(|e| {
            format!(r#"{{"refused":{{"problem":"the answer could not be written: {e}"}}}}"#)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_check_carries_its_input_verbatim() {
        let input = RawValue::from_string(r#"{"charter":{"a":1},"options":{}}"#.to_owned())
            .expect("valid JSON");
        let line = serde_json::to_string(&Request::Check {
            plugin: 2,
            input: &input,
        })
        .expect("serializable");
        assert_eq!(
            line,
            r#"{"check":{"plugin":2,"input":{"charter":{"a":1},"options":{}}}}"#
        );
        match serde_json::from_str::<Request<'_>>(&line).expect("parses") {
            Request::Check { plugin, input } => {
                assert_eq!(plugin, 2);
                assert_eq!(input.get(), r#"{"charter":{"a":1},"options":{}}"#);
            }
            other => panic!("unexpected {other:?}"),
        }
    }

    #[cfg(unix)]
    #[test]
    fn plugin_paths_that_are_not_utf8_survive_the_wire() {
        use std::os::unix::ffi::OsStrExt;
        let path = PathBuf::from(std::ffi::OsStr::from_bytes(b"/tmp/plugins-\xff/lib.so"));
        let start = Request::Start {
            plugins: vec![PluginFile {
                path: path.clone(),
                sha256: "ab".into(),
            }],
            memory_limit: None,
            lang: "fr".into(),
        };
        let line = serde_json::to_string(&start).expect("serializable");
        match serde_json::from_str::<Request<'_>>(&line).expect("parses") {
            Request::Start { plugins, .. } => assert_eq!(plugins[0].path, path),
            other => panic!("unexpected {other:?}"),
        }
    }

    #[test]
    fn responses_round_trip() {
        let line = Response::Failed(Failure::Panicked {
            message: "boom".into(),
        })
        .to_line();
        assert_eq!(line, r#"{"failed":{"kind":"panicked","message":"boom"}}"#);
        assert!(matches!(
            serde_json::from_str::<Response>(&line),
            Ok(Response::Failed(Failure::Panicked { .. }))
        ));
        assert_eq!(Response::Ready.to_line(), r#""ready""#);
    }

    #[test]
    fn a_description_round_trips() {
        let line = serde_json::to_string(&Request::Describe {
            plugin: PluginFile {
                path: PathBuf::from("/p/libaccord_x.so"),
                sha256: "ab".into(),
            },
            memory_limit: Some(1024),
            lang: "es".into(),
        })
        .expect("serializable");
        assert_eq!(
            line,
            r#"{"describe":{"plugin":{"path":"/p/libaccord_x.so","sha256":"ab"},"memory_limit":1024,"lang":"es"}}"#
        );
        let answer = Response::Described {
            manifest: serde_json::json!({"name": "x"}),
            flags: 1,
        }
        .to_line();
        assert_eq!(
            answer,
            r#"{"described":{"manifest":{"name":"x"},"flags":1}}"#
        );
        assert!(matches!(
            serde_json::from_str::<Response>(&answer),
            Ok(Response::Described { flags: 1, .. })
        ));
    }
}
