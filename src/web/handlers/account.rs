//! Signing in and out.

use askama::Template;
use axum::Form;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::FieldError;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::services::auth::{self, SignInError};
use crate::web::handlers::{Frame, render};
use crate::web::session::{self, CSRF_COOKIE, SESSION_COOKIE, SignedIn};
use crate::web::{AppState, paths};

#[derive(Template)]
#[template(path = "account/sign_in.html")]
struct SignInPage {
    frame: Frame,
    action: &'static str,
    login: String,
    next: String,
    csrf: String,
    forgot_href: &'static str,
    employer_sign_up_href: &'static str,
    /// A problem with the whole form (the generic failure, throttling).
    alert: Option<String>,
    errors: Vec<FieldError>,
}

impl SignInPage {
    fn field_error(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }
}

/// The form's fields.
#[derive(Debug, Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    login: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    next: String,
}

/// Only a path on this site, never another host, may follow sign-in.
fn safe_next(next: &str) -> Option<&str> {
    (next.starts_with('/') && !next.starts_with("//") && !next.contains('\\')).then_some(next)
}

fn page_with_cookie(
    state: &AppState,
    page: SignInPage,
    status: StatusCode,
    new_cookie: bool,
) -> Result<Response> {
    let csrf = page.csrf.clone();
    let mut response = render(&page)?;
    *response.status_mut() = status;
    if new_cookie
        && let Ok(value) =
            HeaderValue::from_str(&session::set_cookie(state, CSRF_COOKIE, &csrf, None))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `GET /dang-nhap`
pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: session::MaybeSignedIn,
    axum::extract::Query(query): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Result<Response> {
    let existing = session::cookie(&headers, CSRF_COOKIE).map(str::to_owned);
    let csrf = existing.clone().unwrap_or_else(auth::random_token);
    let page = SignInPage {
        frame: Frame::for_user(lang, &uri, lang.strings().sign_in, &user),
        action: paths::SIGN_IN,
        login: String::new(),
        forgot_href: paths::FORGOT_PASSWORD,
        employer_sign_up_href: paths::EMPLOYER_SIGN_UP,
        next: query
            .get("next")
            .and_then(|n| safe_next(n))
            .unwrap_or_default()
            .to_owned(),
        csrf,
        alert: None,
        errors: Vec::new(),
    };
    page_with_cookie(&state, page, StatusCode::OK, existing.is_none())
}

/// `POST /dang-nhap`
pub async fn submit(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    client: session::ClientAddr,
    user: session::MaybeSignedIn,
    Form(form): Form<SignInForm>,
) -> Result<Response> {
    // Forms shown before sign-in carry the token of the CSRF cookie.
    let cookie_token = session::cookie(&headers, CSRF_COOKIE).unwrap_or_default();
    if cookie_token.is_empty() || !auth::tokens_match(&form.csrf, cookie_token) {
        return Err(Error::Forbidden);
    }
    let t = lang.strings();
    let page = |alert: Option<String>, errors: Vec<FieldError>| SignInPage {
        frame: Frame::for_user(lang, &uri, t.sign_in, &user),
        action: paths::SIGN_IN,
        login: form.login.clone(),
        forgot_href: paths::FORGOT_PASSWORD,
        employer_sign_up_href: paths::EMPLOYER_SIGN_UP,
        next: safe_next(&form.next).unwrap_or_default().to_owned(),
        csrf: form.csrf.clone(),
        alert,
        errors,
    };
    if let Err(errors) = auth::check_sign_in_form(&form.login, &form.password) {
        return page_with_cookie(&state, page(None, errors), StatusCode::BAD_REQUEST, false);
    }
    let client = client
        .0
        .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string());
    match auth::sign_in(&state.ctx, &form.login, form.password.clone(), &client).await {
        Ok(new_session) => {
            let role = {
                let row = auth::current_session(&state.ctx, &new_session.token).await?;
                row.map_or(Role::JobSeeker, |r| r.role)
            };
            let target = safe_next(&form.next)
                .unwrap_or(paths::home_of(role))
                .to_owned();
            let mut response = Redirect::to(&target).into_response();
            let cookie = session::set_cookie(&state, SESSION_COOKIE, &new_session.token, None);
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Ok(response)
        }
        Err(SignInError::Rejected) => page_with_cookie(
            &state,
            page(Some(auth::GENERIC_FAILURE.to_owned()), Vec::new()),
            StatusCode::UNAUTHORIZED,
            false,
        ),
        Err(SignInError::Throttled) => page_with_cookie(
            &state,
            page(Some(t.throttled.to_owned()), Vec::new()),
            StatusCode::TOO_MANY_REQUESTS,
            false,
        ),
        Err(SignInError::Failed(err)) => Err(err),
    }
}

/// The sign-out form's field.
#[derive(Debug, Deserialize)]
pub struct CsrfForm {
    #[serde(default)]
    csrf: String,
}

/// `POST /dang-xuat`
pub async fn sign_out(
    State(state): State<AppState>,
    user: SignedIn,
    Form(form): Form<CsrfForm>,
) -> Result<Response> {
    user.check_csrf(&form.csrf)?;
    auth::sign_out(&state.ctx, &user.token).await?;
    let mut response = Redirect::to(paths::HOME).into_response();
    let cleared = session::set_cookie(&state, SESSION_COOKIE, "", Some(0));
    if let Ok(value) = HeaderValue::from_str(&cleared) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}
