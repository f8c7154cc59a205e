//! Every route, in one table: the router is built from it, and a test holds it against the
//! OpenAPI document and against what each route answers.

use std::sync::Arc;

use axum::Router;
use axum::extract::{DefaultBodyLimit, Request};
use axum::http::{HeaderValue, Method, StatusCode, header};
use axum::middleware::{from_fn, from_fn_with_state};
use axum::response::{IntoResponse, Response};
use axum::routing::{MethodRouter, get, post};

use crate::problem::{Problem, say};
use crate::{Shared, api, guard, lang, page};

type State = Arc<Shared>;

/// One path and what answers there.
pub struct Route {
    pub path: &'static str,
    /// The methods it answers (besides HEAD for a GET, which axum adds).
    pub methods: &'static [&'static str],
    handler: fn() -> MethodRouter<State>,
}

pub static ROUTES: &[Route] = &[
    Route {
        path: "/",
        methods: &["GET", "POST"],
        // The form's body is read and limited by the handler itself.
        handler: || {
            get(page::index)
                .post(page::form)
                .layer(DefaultBodyLimit::disable())
        },
    },
    Route {
        path: "/page.js",
        methods: &["GET"],
        handler: || get(page::script),
    },
    Route {
        path: "/page.css",
        methods: &["GET"],
        handler: || get(page::style),
    },
    Route {
        path: "/favicon.svg",
        methods: &["GET"],
        handler: || get(page::icon),
    },
    Route {
        path: "/starter.toml",
        methods: &["GET"],
        handler: || get(page::starter),
    },
    Route {
        path: "/v1/audit",
        methods: &["POST"],
        handler: || post(api::audit),
    },
    Route {
        path: "/v1/validate",
        methods: &["POST"],
        handler: || post(api::validate),
    },
    Route {
        path: "/v1/rules",
        methods: &["GET"],
        handler: || get(api::rules),
    },
    Route {
        path: "/v1/rules/{id}",
        methods: &["GET"],
        handler: || get(api::rule),
    },
    Route {
        path: "/v1/schemas/{name}",
        methods: &["GET"],
        handler: || get(api::schema),
    },
    Route {
        path: "/v1/openapi.json",
        methods: &["GET"],
        handler: || get(api::openapi),
    },
    Route {
        path: "/healthz",
        methods: &["GET"],
        handler: || get(api::health),
    },
];

/// The router of every route, behind the guards (the log outermost, so it sees every answer).
pub fn router(shared: State) -> Router {
    let mut router = Router::new();
    for route in ROUTES {
        router = router.route(route.path, (route.handler)());
    }
    router
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(from_fn_with_state(Arc::clone(&shared), guard::host))
        .layer(from_fn_with_state(Arc::clone(&shared), lang::layer))
        .layer(from_fn(guard::headers))
        .layer(from_fn_with_state(Arc::clone(&shared), guard::log))
        .with_state(shared)
}

async fn not_found(request: Request) -> Problem {
    Problem::new(
        StatusCode::NOT_FOUND,
        say!(
            "serve-problem-not-found",
            path = request.uri().path().escape_debug().to_string()
        ),
    )
    .help(say!("serve-problem-not-found-help"))
}

async fn method_not_allowed(request: Request) -> Response {
    let path = request
        .extensions()
        .get::<axum::extract::MatchedPath>()
        .map(|m| m.as_str().to_owned());
    let route = ROUTES.iter().find(|r| Some(r.path) == path.as_deref());
    let methods: Vec<&str> = route.map_or(&[][..], |r| r.methods).to_vec();
    let mut response = Problem::new(
        StatusCode::METHOD_NOT_ALLOWED,
        say!(
            "serve-problem-method",
            path = path.as_deref().unwrap_or_else(|| request.uri().path()),
            method = request.method().as_str()
        ),
    )
    .help(say!(
        "serve-problem-method-help",
        methods = methods.join(", ")
    ))
    .into_response();
    let mut allow: Vec<&str> = methods.clone();
    if allow.contains(&Method::GET.as_str()) {
        allow.push("HEAD");
    }
    if let Ok(value) = HeaderValue::from_str(&allow.join(", ")) {
        response.headers_mut().insert(header::ALLOW, value);
    }
    response
}
