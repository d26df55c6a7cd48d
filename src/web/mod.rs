//! The HTTP edge: the router, request context, and handlers by area.
//! Handlers parse, call one service, and render a template or JSON.

pub mod handlers;
pub mod lang;
pub mod middleware;
pub mod paths;
pub mod portal;
pub mod search_params;
pub mod session;

use axum::Router;
use axum::routing::{get, post};

use crate::services::Ctx;

/// What every handler can reach.
#[derive(Debug, Clone)]
pub struct AppState {
    pub ctx: Ctx,
    /// The search index of published postings.
    pub search: crate::search::SearchIndex,
    /// The address people reach the portal at, for absolute links.
    pub public_url: String,
}

/// The whole application as a router: a pure function of the state.
pub fn router(state: AppState) -> Router {
    Router::new()
        .route(paths::HOME, get(handlers::home::show))
        .route(paths::JOBS, get(handlers::jobs::search_page))
        .route(paths::JOB_ROUTE, get(handlers::jobs::show))
        .route(paths::JOB_PRINT_ROUTE, get(handlers::share::print_notice))
        .route(paths::JOB_ZALO_ROUTE, get(handlers::share::zalo))
        .route(
            paths::SIGN_IN,
            get(handlers::account::show).post(handlers::account::submit),
        )
        .route(paths::SIGN_OUT, post(handlers::account::sign_out))
        .route(paths::STAFF_QUEUE, get(handlers::staff::queue))
        .route(paths::STAFF_PUBLISH_ROUTE, post(handlers::staff::publish))
        .route(
            paths::STAFF_RETURN_ROUTE,
            post(handlers::staff::return_posting),
        )
        .route(paths::API_JOBS, get(handlers::api::search_jobs))
        .route(paths::API_JOB_ROUTE, get(handlers::api::job))
        .route(paths::OPENAPI, get(handlers::api::openapi))
        .route(paths::HEALTHZ, get(handlers::health::check))
        .route(paths::STYLESHEET, get(handlers::assets::stylesheet))
        .merge(handlers::registration::routes())
        .merge(handlers::seeker::routes())
        .merge(handlers::alerts::routes())
        .merge(handlers::employer::routes())
        .merge(handlers::staff::routes())
        .merge(handlers::registry::routes())
        .fallback(handlers::not_found)
        .layer(axum::middleware::from_fn(middleware::request_context))
        .with_state(state)
}
