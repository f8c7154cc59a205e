//! The worker's side of `--isolate`: a hidden `accord` subcommand that loads the plugins it is
//! told to and answers checks until the parent closes the channel.

use std::io::{BufRead, BufReader, Write};

use super::protocol::{PluginFile, Request, Response};
use crate::plugin::{Failure, LoadedPlugin, PluginError};

/// Takes over stdin and stdout as the private channel, points the standard streams away from
/// it, then serves: the first request says what to load (each file must hash to the value the
/// parent verified) and the memory limit; every later one is a check. `Err` is a problem before
/// the channel exists (nothing to answer on).
pub fn serve() -> Result<(), String> {
    let (mut requests, mut responses) = private_channel()?;
    let mut send = |response: &Response| {
        writeln!(responses, "{}", response.to_line()).and_then(|()| responses.flush())
    };
    let mut line = String::new();
    if requests.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
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
            Ok(Request::Start { .. }) => Response::Failed(Failure::Worker {
                problem: "was started twice".to_owned(),
            }),
            Err(e) => Response::Failed(Failure::Worker {
                problem: format!("could not read its request ({e})"),
            }),
        };
        send(&response).map_err(|e| e.to_string())?;
    }
}

/// Handles the `start` request: the memory limit, then each plugin, verified by hash.
fn start(line: &str) -> Result<Vec<LoadedPlugin>, String> {
    let Ok(Request::Start {
        plugins,
        memory_limit,
    }) = serde_json::from_str::<Request<'_>>(line)
    else {
        return Err("the first request was not `start`".to_owned());
    };
    if let Some(bytes) = memory_limit {
        limit_memory(bytes)?;
    }
    let manifest_schema = crate::schemas::compile("plugin-manifest").map_err(|e| e.to_string())?;
    plugins
        .iter()
        .map(|PluginFile { path, sha256 }| {
            LoadedPlugin::load_verified(path, &manifest_schema, |found| {
                if found == sha256 {
                    Ok(true)
                } else {
                    Err(PluginError::Read {
                        path: path.clone(),
                        cause: "the file changed after the parent loaded it".to_owned(),
                    })
                }
            })
            .map_err(|e| e.to_string())
        })
        .collect()
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
