//! Static assets, built into the program.

use axum::http::header;
use axum::response::IntoResponse;

const STYLESHEET: &str = include_str!("../../../static/site.css");

/// The site's one stylesheet, cached for a day.
pub async fn stylesheet() -> impl IntoResponse {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "public, max-age=86400"),
        ],
        STYLESHEET,
    )
}
