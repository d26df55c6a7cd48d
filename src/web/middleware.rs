//! Request context: a request id, a tracing span without personal data, the
//! language cookie, and the rendering of errors as HTML pages or JSON.

use std::time::Instant;

use axum::extract::{MatchedPath, Request};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use crate::error::ErrorInfo;
use crate::web::handlers::error_page;
use crate::web::lang;

/// The response header that carries the request id.
pub const REQUEST_ID_HEADER: &str = "x-request-id";

/// A request id to quote when reporting a problem.
#[derive(Debug, Clone)]
pub struct RequestId(pub String);

fn new_request_id() -> String {
    use argon2::password_hash::rand_core::{OsRng, RngCore};
    format!("{:016x}", OsRng.next_u64())
}

/// Wraps every request.
pub async fn request_context(mut request: Request, next: Next) -> Response {
    let request_id = new_request_id();
    request
        .extensions_mut()
        .insert(RequestId(request_id.clone()));
    let is_api = request.uri().path().starts_with("/api");
    let chosen_lang = lang::from_query(request.uri());
    let page_lang = lang::of_request(request.uri(), request.headers());
    // The route pattern, never the full URL: queries may carry personal data.
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(|| "unmatched".to_owned(), |p| p.as_str().to_owned());
    let span = tracing::info_span!("request", id = %request_id, method = %request.method(), route = %route);
    let started = Instant::now();
    let mut response = next.run(request).instrument(span.clone()).await;

    if let Some(info) = response.extensions_mut().remove::<ErrorInfo>() {
        let rendered = if is_api {
            json_error(&info, &request_id)
        } else {
            error_page(&info, page_lang, &request_id)
        };
        response = rendered;
    }
    let headers = response.headers_mut();
    if let Ok(value) = HeaderValue::from_str(&request_id) {
        headers.insert(REQUEST_ID_HEADER, value);
    }
    if let Some(chosen) = chosen_lang {
        let cookie = format!(
            "{}={}; Path=/; Max-Age=31536000; SameSite=Lax",
            lang::COOKIE,
            chosen.code()
        );
        if let Ok(value) = HeaderValue::from_str(&cookie) {
            headers.append(header::SET_COOKIE, value);
        }
    }
    let status = response.status().as_u16();
    let elapsed_ms = started.elapsed().as_secs_f64() * 1000.0;
    span.in_scope(|| tracing::info!(status, elapsed_ms, "served"));
    response
}

fn json_error(info: &ErrorInfo, request_id: &str) -> Response {
    let fields: Vec<serde_json::Value> = info
        .fields
        .iter()
        .map(|f| serde_json::json!({ "field": f.field, "message": f.message }))
        .collect();
    let body = serde_json::json!({
        "error": {
            "status": info.status.as_u16(),
            "message": info.message_en,
            "message_vi": info.message_vi,
            "fields": fields,
            "request_id": request_id,
        }
    });
    let mut response = (info.status, axum::Json(body)).into_response();
    if let Ok(value) = HeaderValue::from_str(request_id) {
        response.headers_mut().insert(REQUEST_ID_HEADER, value);
    }
    response
}
