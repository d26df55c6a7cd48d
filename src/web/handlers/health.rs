//! `/healthz`: whether the service and its database answer.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;

use crate::web::AppState;

/// 200 with `{"status":"ok"}` when the database answers, 503 otherwise.
pub async fn check(State(state): State<AppState>) -> impl IntoResponse {
    let backend = state.ctx.db.backend().name();
    match state.ctx.db.ping().await {
        Ok(()) => (
            StatusCode::OK,
            Json(serde_json::json!({ "status": "ok", "database": "ok", "backend": backend })),
        ),
        Err(err) => {
            tracing::error!(error = %err, "health check: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(
                    serde_json::json!({ "status": "unavailable", "database": "unreachable", "backend": backend }),
                ),
            )
        }
    }
}
