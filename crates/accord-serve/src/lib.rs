//! `accord serve`: the self-audit page and the JSON API, thin faces over the same engines as
//! the command line.
//!
//! One [`Engine`] per profile is built once at start-up (the first is the default) and shared
//! by every request. Nothing is stored: a charter lives only as long as the request that
//! carried it, and the log names routes, never charters. Audits are CPU-bound and run on the
//! audit threads, one per slot ([`work`]); every request has a deadline.
//!
//! The routes are one table ([`routes::ROUTES`]), which the OpenAPI document in
//! `openapi.json` describes and a test compares.

mod api;
mod guard;
mod lang;
mod negotiate;
mod page;
mod problem;
mod routes;
mod texts;
mod work;

#[cfg(test)]
mod tests;

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use accord_core::Engine;
use accord_core::lang::Lang;
use axum::Router;
use tokio::sync::Semaphore;

pub use problem::Problem;

/// The OpenAPI 3.1 document of the routes, served at `/v1/openapi.json`.
pub const OPENAPI: &str = include_str!("../openapi.json");

/// What a server is started with.
pub struct Config {
    /// One engine per profile; the first is the default. Requests name a profile by its name
    /// (a built-in profile's name, or a profile file's `name`).
    pub engines: Vec<Engine>,
    /// The time one request may take, waiting for a slot included.
    pub request_timeout: Duration,
    /// How many audits run at once; more requests wait for a slot.
    pub max_audits: usize,
    /// One line per request on standard error.
    pub log: bool,
}

/// Why a server could not be set up.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    #[error("the server needs at least one profile")]
    NoProfile,
    #[error(
        "two of the profiles are named `{0}`, so a request could not tell them apart\nhelp: give each profile file its own `name`"
    )]
    SameName(String),
}

/// What every request shares.
pub(crate) struct Shared {
    pub engines: Vec<Engine>,
    /// The body limit: the charter size limit of the engines.
    pub body_limit: usize,
    pub slots: Arc<Semaphore>,
    /// The audit threads, one per slot.
    pub pool: rayon::ThreadPool,
    pub max_audits: usize,
    pub timeout: Duration,
    pub log: bool,
    /// Bound to a loopback address: refuse requests for other host names (DNS rebinding).
    pub loopback: bool,
    /// The OpenAPI document as served: the profiles requests may name listed.
    pub openapi: String,
}

impl Shared {
    /// The profile names, the default first.
    pub fn profile_names(&self) -> impl Iterator<Item = &str> {
        self.engines.iter().map(|e| e.run().profile.name.as_str())
    }

    /// The engine of `?profile=`, or the default.
    pub fn engine(&self, profile: Option<&str>) -> Result<usize, Problem> {
        let Some(name) = profile else { return Ok(0) };
        self.profile_names().position(|n| n == name).ok_or_else(|| {
            let known = problem::code_list(self.profile_names());
            Problem::bad_request(problem::say!("serve-problem-profile", name = name))
                .help(problem::say!("serve-problem-profile-help", names = known))
        })
    }

    /// The server's own language, for a request that asks for none Accord speaks: the one the
    /// engines were built with (`--lang`, the configuration's `lang`, the locale).
    pub fn default_lang(&self) -> Lang {
        self.engines.first().map_or(Lang::EN, |e| e.settings().lang)
    }
}

/// A server's routes over its engines.
pub struct App {
    config: Config,
}

impl App {
    pub fn new(config: Config) -> Result<App, ConfigError> {
        let names: Vec<&str> = config
            .engines
            .iter()
            .map(|e| e.run().profile.name.as_str())
            .collect();
        if names.is_empty() {
            return Err(ConfigError::NoProfile);
        }
        for (i, name) in names.iter().enumerate() {
            if names[..i].contains(name) {
                return Err(ConfigError::SameName((*name).to_owned()));
            }
        }
        Ok(App { config })
    }

    /// The router; `loopback` refuses requests whose `Host` is not a loopback name or address.
    pub fn router(self, loopback: bool) -> std::io::Result<Router> {
        let Config {
            engines,
            request_timeout,
            max_audits,
            log,
        } = self.config;
        let max_audits = max_audits.max(1);
        let body_limit = engines
            .iter()
            .map(|e| e.settings().limits.max_file_size)
            .min()
            .unwrap_or(0);
        let names: Vec<&str> = engines
            .iter()
            .map(|e| e.run().profile.name.as_str())
            .collect();
        let openapi = openapi_for(&names);
        let shared = Arc::new(Shared {
            openapi,
            engines,
            body_limit: usize::try_from(body_limit).unwrap_or(usize::MAX),
            slots: Arc::new(Semaphore::new(max_audits)),
            pool: audit_pool(max_audits)?,
            max_audits,
            timeout: request_timeout,
            log,
            loopback,
        });
        Ok(routes::router(shared))
    }
}

/// `threads` audit threads.
pub(crate) fn audit_pool(threads: usize) -> std::io::Result<rayon::ThreadPool> {
    rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .thread_name(|i| format!("accord-audit-{i}"))
        .build()
        .map_err(std::io::Error::other)
}

/// The OpenAPI document with `profiles` as the values of every `profile` parameter and field,
/// and the pattern of `lang` naming the languages of this build.
pub fn openapi_for(profiles: &[&str]) -> String {
    let Ok(mut doc) = serde_json::from_str::<serde_json::Value>(OPENAPI) else {
        return OPENAPI.to_owned();
    };
    let names = serde_json::json!(profiles);
    for pointer in [
        "/components/parameters/Profile/schema",
        "/components/schemas/Form/properties/profile",
    ] {
        if let Some(schema) = doc.pointer_mut(pointer).and_then(|s| s.as_object_mut()) {
            schema.insert("enum".to_owned(), names.clone());
        }
    }
    // The languages are the build's (the file lists the same; a test holds them together).
    for pointer in [
        "/components/parameters/Lang/schema",
        "/components/schemas/Form/properties/lang",
    ] {
        if let Some(schema) = doc.pointer_mut(pointer).and_then(|s| s.as_object_mut()) {
            schema.insert("pattern".to_owned(), lang::param_pattern().into());
        }
    }
    serde_json::to_string_pretty(&doc).unwrap_or_else(|_| OPENAPI.to_owned())
}

/// Serves `app` on `listener` until `shutdown` completes; requests in flight then finish.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: App,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let loopback = listener.local_addr()?.ip().is_loopback();
    let router = app.router(loopback)?;
    axum::serve(listener, router)
        .with_graceful_shutdown(shutdown)
        .await
}

/// Binds `listen`, tells `bound` the address it got, and serves until SIGINT or SIGTERM.
pub fn run(listen: SocketAddr, app: App, bound: impl FnOnce(SocketAddr)) -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .thread_name("accord-serve")
        .build()?;
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(listen).await?;
        bound(listener.local_addr()?);
        serve(listener, app, stop_signal()).await
    });
    // An audit stuck in an in-process plugin must not keep the process from exiting.
    runtime.shutdown_timeout(Duration::from_secs(5));
    result
}

/// SIGINT (Ctrl-C) or SIGTERM.
async fn stop_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{SignalKind, signal};
        match signal(SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {}
        () = terminate => {}
    }
}
