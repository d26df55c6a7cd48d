//! Who is asking: the session cookie, the signed-in user, role checks, and
//! CSRF tokens for forms.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use crate::domain::ids::UserId;
use crate::domain::user::Role;
use crate::error::Error;
use crate::services::auth;
use crate::web::AppState;

/// The session cookie's name.
pub const SESSION_COOKIE: &str = "vl_session";
/// The cookie that carries the CSRF token of forms shown before sign-in.
pub const CSRF_COOKIE: &str = "vl_csrf";

/// A cookie's value from the request headers.
pub fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
        .filter(|v| !v.is_empty())
}

/// A `Set-Cookie` value: HttpOnly, SameSite=Lax, Secure when served over HTTPS.
pub fn set_cookie(state: &AppState, name: &str, value: &str, max_age: Option<i64>) -> String {
    let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
    if let Some(age) = max_age {
        cookie.push_str(&format!("; Max-Age={age}"));
    }
    if state.public_url.starts_with("https://") {
        cookie.push_str("; Secure");
    }
    cookie
}

/// A signed-in user.
#[derive(Debug, Clone)]
pub struct SignedIn {
    pub user_id: UserId,
    pub role: Role,
    pub display_name: String,
    /// The token every form of this session must carry.
    pub csrf_token: String,
    /// The cookie value, to end the session on sign-out.
    pub token: String,
}

impl SignedIn {
    /// Refuses unless the user has one of `roles`.
    pub fn require(&self, roles: &[Role]) -> Result<(), Error> {
        if roles.contains(&self.role) {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }

    /// Refuses a form whose CSRF token is not this session's.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), Error> {
        if auth::tokens_match(submitted, &self.csrf_token) {
            Ok(())
        } else {
            Err(Error::Forbidden)
        }
    }
}

/// The user of the request, if signed in.
#[derive(Debug, Clone)]
pub struct MaybeSignedIn(pub Option<SignedIn>);

impl<'a> From<&'a MaybeSignedIn> for Option<&'a SignedIn> {
    fn from(user: &'a MaybeSignedIn) -> Self {
        user.0.as_ref()
    }
}

impl FromRequestParts<AppState> for MaybeSignedIn {
    type Rejection = Error;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let Some(token) = cookie(&parts.headers, SESSION_COOKIE) else {
            return Ok(Self(None));
        };
        let Some(session) = auth::current_session(&state.ctx, token).await? else {
            return Ok(Self(None));
        };
        Ok(Self(Some(SignedIn {
            user_id: session.user_id,
            role: session.role,
            display_name: session.display_name,
            csrf_token: session.csrf_token,
            token: token.to_owned(),
        })))
    }
}

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = Error;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        MaybeSignedIn::from_request_parts(parts, state)
            .await?
            .0
            .ok_or(Error::Unauthorized)
    }
}

/// The client's address, when the server knows it (it does when it serves a
/// real socket); used only to throttle sign-in attempts, never logged.
#[derive(Debug, Clone, Copy)]
pub struct ClientAddr(pub Option<std::net::IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddr {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        Ok(Self(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<std::net::SocketAddr>>()
                .map(|info| info.0.ip()),
        ))
    }
}
