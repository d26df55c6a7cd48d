//! The one error type of the services and the web edge. `IntoResponse` marks
//! the response with an [`ErrorInfo`]; the request-context middleware renders
//! it as an HTML page or, under `/api`, as JSON, with the request id to quote.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use crate::domain::FieldError;

/// What can go wrong in a use case.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("invalid input")]
    Validation(Vec<FieldError>),
    #[error("conflict: {0}")]
    Conflict(String),
    #[error(transparent)]
    Internal(#[from] anyhow::Error),
}

/// A shorthand for results of services and handlers.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl From<sqlx::Error> for Error {
    fn from(err: sqlx::Error) -> Self {
        Self::Internal(anyhow::Error::new(err).context("database"))
    }
}

impl Error {
    /// Maps a unique-constraint violation to `Conflict(message)`, anything else to `Internal`.
    pub fn conflict_on_unique(message: &str) -> impl FnOnce(sqlx::Error) -> Error + '_ {
        move |err| {
            if crate::db::is_unique_violation(&err) {
                Error::Conflict(message.to_owned())
            } else {
                Error::from(err)
            }
        }
    }

    /// The HTTP status of this error.
    pub fn status(&self) -> StatusCode {
        match self {
            Self::NotFound => StatusCode::NOT_FOUND,
            Self::Unauthorized => StatusCode::UNAUTHORIZED,
            Self::Forbidden => StatusCode::FORBIDDEN,
            Self::Validation(_) => StatusCode::BAD_REQUEST,
            Self::Conflict(_) => StatusCode::CONFLICT,
            Self::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }
}

/// What the error page or JSON body says; never the internal cause.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub status: StatusCode,
    pub message_vi: String,
    pub message_en: String,
    pub fields: Vec<FieldError>,
}

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        let status = self.status();
        let (message_vi, message_en, fields) = match self {
            Self::NotFound => (
                "Không tìm thấy trang hoặc tin này.".to_owned(),
                "This page or posting was not found.".to_owned(),
                Vec::new(),
            ),
            Self::Unauthorized => (
                "Vui lòng đăng nhập.".to_owned(),
                "Please sign in.".to_owned(),
                Vec::new(),
            ),
            Self::Forbidden => (
                "Bạn không có quyền xem trang này.".to_owned(),
                "You are not allowed to see this page.".to_owned(),
                Vec::new(),
            ),
            Self::Validation(fields) => (
                "Thông tin gửi lên chưa hợp lệ.".to_owned(),
                "Some of the information sent is not valid.".to_owned(),
                fields,
            ),
            Self::Conflict(reason) => (reason.clone(), reason, Vec::new()),
            Self::Internal(err) => {
                // The one place internal causes are logged; the request id is on the span.
                tracing::error!(error = %format!("{err:#}"), "internal error");
                (
                    "Đã có lỗi ở máy chủ. Vui lòng thử lại sau.".to_owned(),
                    "Something went wrong on the server. Please try again later.".to_owned(),
                    Vec::new(),
                )
            }
        };
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorInfo {
            status,
            message_vi,
            message_en,
            fields,
        });
        response
    }
}
