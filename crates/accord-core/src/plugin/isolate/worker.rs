//! The worker's side of `--isolate`: a hidden `accord` subcommand that reads one plugin's
//! manifest, or loads the plugins it is told to and answers checks, until the parent closes the
//! channel or ends it.

use std::io::{BufRead, BufReader, Write};

use super::process;
use super::protocol::{PluginFile, Request, Response};
use crate::lang::Lang;
use crate::plugin::{Failure, LoadedPlugin, PluginError};

/// Takes over stdin and stdout as the private channel, points the standard streams away from
/// it, then serves: the first request is either `describe` (load one plugin, answer its
/// manifest) or `start` (what to load, and the memory limit); every later one is a check. Each
/// file must hash to the value the parent verified. When the channel closes, the worker ends its
/// process group, and with it whatever a plugin forked. `Err` is a problem before the channel
/// exists (nothing to answer on).
pub fn serve() -> Result<(), String> {
    process::guard_worker();
    let served = serve_channel();
    process::end_own_group();
    served
}

fn serve_channel() -> Result<(), String> {
    let (mut requests, mut responses) = private_channel()?;
    let mut send = |response: &Response| {
        writeln!(responses, "{}", response.to_line()).and_then(|()| responses.flush())
    };
    let mut line = String::new();
    if requests.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
        return Ok(());
    }
    if let Ok(Request::Describe {
        plugin,
        memory_limit,
        lang,
    }) = serde_json::from_str::<Request<'_>>(&line)
    {
        let lang = Lang::from_tag(&lang).unwrap_or_default();
        let answer = describe(&plugin, memory_limit, lang)
            .unwrap_or_else(|problem| Response::Refused { problem });
        send(&answer).map_err(|e| e.to_string())?;
        // The parent ends this worker (and what the plugin forked) once it has the answer.
        line.clear();
        let _ = requests.read_line(&mut line);
        return Ok(());
    }
    let loaded = match start(&line) {
        Ok(loaded) => loaded,
        Err(problem) => {
            let _ = send(&Response::Refused { problem });
            return Ok(());
        }
    };
    let output_schema = crate::schemas::compile("plugin-output").map_err(|e| e.to_string())?;
    send(&Response::Ready).map_err(|e| e.to_string())?;
    loop {
        line.clear();
        if requests.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
            return Ok(());
        }
        let response = match serde_json::from_str::<Request<'_>>(&line) {
            Ok(Request::Check { plugin, input }) => match loaded.get(plugin) {
                Some(p) => match p.check(input.get().as_bytes(), &output_schema) {
                    Ok(outcome) => Response::Checked(outcome),
                    Err(failure) => Response::Failed(failure),
                },
                None => Response::Failed(Failure::Worker {
                    problem: format!("was asked for plugin {plugin}, which it did not load"),
                }),
            },
            Ok(Request::Start { .. } | Request::Describe { .. }) => {
                Response::Failed(Failure::Worker {
                    problem: "was started twice".to_owned(),
                })
            }
            Err(e) => Response::Failed(Failure::Worker {
                problem: format!("could not read its request ({e})"),
            }),
        };
        send(&response).map_err(|e| e.to_string())?;
    }
}

/// Handles the `describe` request: the memory limit, then the plugin, verified by hash; its
/// manifest and flags.
fn describe(
    plugin: &PluginFile,
    memory_limit: Option<u64>,
    lang: Lang,
) -> Result<Response, String> {
    if let Some(bytes) = memory_limit {
        limit_memory(bytes)?;
    }
    let manifest_schema = crate::schemas::compile("plugin-manifest").map_err(|e| e.to_string())?;
    let loaded = load(plugin, &manifest_schema, lang)?;
    let manifest = serde_json::to_value(&loaded.manifest).map_err(|e| e.to_string())?;
    Ok(Response::Described {
        manifest,
        flags: loaded.flags,
    })
}

/// Handles the `start` request: the memory limit, then each plugin, verified by hash.
fn start(line: &str) -> Result<Vec<LoadedPlugin>, String> {
    let Ok(Request::Start {
        plugins,
        memory_limit,
        lang,
    }) = serde_json::from_str::<Request<'_>>(line)
    else {
        return Err("the first request was not `start` or `describe`".to_owned());
    };
    if let Some(bytes) = memory_limit {
        limit_memory(bytes)?;
    }
    let manifest_schema = crate::schemas::compile("plugin-manifest").map_err(|e| e.to_string())?;
    plugins
        .iter()
        .map(|plugin| {
            load(
                plugin,
                &manifest_schema,
                Lang::from_tag(&lang).unwrap_or_default(),
            )
        })
        .collect()
}

/// Loads one plugin from the bytes the parent hashed: a file that changed since is refused, in
/// the run's language.
fn load(
    PluginFile { path, sha256 }: &PluginFile,
    manifest_schema: &crate::validate::SchemaValidator,
    lang: Lang,
) -> Result<LoadedPlugin, String> {
    LoadedPlugin::load_verified(path, manifest_schema, |found| {
        if found == sha256 {
            Ok(true)
        } else {
            Err(PluginError::Changed {
                path: path.clone(),
                verified: sha256.clone(),
                found: found.to_owned(),
            })
        }
    })
    .map_err(|e| e.describe(lang))
}

#[cfg(unix)]
fn private_channel() -> Result<(BufReader<std::fs::File>, std::io::BufWriter<std::fs::File>), String>
{
    use rustix::stdio;
    let fail = |what: &str, e: std::io::Error| format!("the isolated worker could not {what}: {e}");
    let requests =
        rustix::io::dup(std::io::stdin()).map_err(|e| fail("take over its input", e.into()))?;
    let responses =
        rustix::io::dup(std::io::stdout()).map_err(|e| fail("take over its output", e.into()))?;
    stdio::dup2_stdout(std::io::stderr())
        .map_err(|e| fail("point its output at stderr", e.into()))?;
    let null = std::fs::File::open("/dev/null").map_err(|e| fail("open /dev/null", e))?;
    stdio::dup2_stdin(&null).map_err(|e| fail("point its input at /dev/null", e.into()))?;
    Ok((
        BufReader::new(std::fs::File::from(requests)),
        std::io::BufWriter::new(std::fs::File::from(responses)),
    ))
}

#[cfg(not(unix))]
fn private_channel() -> Result<(BufReader<std::fs::File>, std::io::BufWriter<std::fs::File>), String>
{
    Err("--isolate is supported on Unix only".to_owned())
}

#[cfg(unix)]
fn limit_memory(bytes: u64) -> Result<(), String> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    setrlimit(
        Resource::As,
        Rlimit {
            current: Some(bytes),
            maximum: Some(bytes),
        },
    )
    .map_err(|e| format!("the isolated worker could not limit its memory: {e}"))
}

#[cfg(not(unix))]
fn limit_memory(_bytes: u64) -> Result<(), String> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_that_no_longer_hashes_to_what_the_parent_verified_is_refused_unloaded() {
        let file = std::env::temp_dir().join(format!("accord-worker-{}.so", std::process::id()));
        std::fs::write(&file, b"not even a library").unwrap();
        let schema = crate::schemas::compile("plugin-manifest").unwrap();
        let plugin = PluginFile {
            path: file.clone(),
            sha256: "0".repeat(64),
        };
        let err = load(&plugin, &schema, Lang::EN).unwrap_err();
        std::fs::remove_file(&file).unwrap();
        // Refused on its hash, before the loader ever saw it (it would say "invalid ELF header").
        assert!(err.contains("changed during the run"), "{err}");
        assert!(
            err.contains(&crate::sha256_hex(b"not even a library")),
            "{err}"
        );
    }
}
