//! `accord serve`: one engine per `--profile`, resolved exactly as `audit` resolves its one,
//! handed to the server, which runs until SIGINT or SIGTERM.

use std::io::Write;
use std::time::Duration;

use accord_core::lang::{labelled, msg, t, with_help};
use accord_core::load::Limits;
use accord_core::{Engine, Settings};
use accord_serve::{App, Config};
use anyhow::Context;

use crate::Outcome;
use crate::cli::ServeArgs;
use crate::lang::bail;

pub fn run(args: &ServeArgs) -> anyhow::Result<Outcome> {
    let profiles: Vec<Option<&str>> = if args.profiles.is_empty() {
        vec![None]
    } else {
        args.profiles.iter().map(|p| Some(p.as_str())).collect()
    };
    let mut engines = Vec::with_capacity(profiles.len());
    for profile in profiles {
        engines.push(engine(args, profile)?);
    }
    let jobs = args
        .jobs
        .filter(|n| *n > 0)
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, usize::from));
    let app = App::new(Config {
        engines,
        request_timeout: Duration::from_secs_f64(args.request_timeout),
        max_audits: jobs,
        log: !args.quiet,
    })?;
    let listen = args.listen;
    // The engines are built: the configuration's `lang` has been read.
    let lang = crate::lang::current();
    if !listen.ip().is_loopback() {
        let warning = t!(lang, "cli-serve-exposed", listen = listen.to_string());
        eprintln!(
            "{}",
            with_help(
                lang,
                labelled(lang, "warning", &warning),
                t!(lang, "cli-serve-exposed-help")
            )
        );
    }
    let served = accord_serve::run(listen, app, |address| {
        let mut out = std::io::stdout().lock();
        let url = format!("http://{address}/");
        let _ = writeln!(out, "{}", t!(lang, "cli-serve-listening", url = url));
        let _ = out.flush();
    });
    match served {
        Ok(()) => Ok(Outcome::Pass),
        Err(e) if e.kind() == std::io::ErrorKind::AddrInUse => bail!(
            msg!("cli-serve-in-use", listen = listen.to_string()),
            msg!("cli-serve-in-use-help")
        ),
        Err(e) => Err(e).with_context(|| format!("could not serve on {listen}")),
    }
}

/// The engine of one profile, as `audit` builds it, the audit date left to each request.
fn engine(args: &ServeArgs, profile: Option<&str>) -> anyhow::Result<Engine> {
    let sources = args.sources.sources(profile.map(str::to_owned))?;
    let timeout = args
        .isolate
        .then(|| Duration::from_secs_f64(args.plugin_timeout));
    let setup = super::resolve(&sources, timeout)?;
    let settings = Settings {
        // The server's own language, for requests that ask for none Accord speaks.
        lang: crate::lang::of(setup.config.as_ref()),
        config: setup.config_path(),
        profile: setup.profile,
        limits: Limits {
            max_file_size: args.load.max_file_size,
            ..Limits::default()
        },
        allow_unpinned: args.sources.allow_unpinned,
        ..Settings::default()
    };
    // Under --isolate the engine starts its workers itself.
    Ok(Engine::new(settings, setup.plugins, setup.packs)?)
}
