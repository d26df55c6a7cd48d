//! Forms used before signing in: a job seeker's sign-up, and the forgotten
//! password link with the form it leads to.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Form, Router};
use serde::Deserialize;

use crate::db::choices::Choice;
use crate::domain::FieldError;
use crate::domain::seeker::{SignUpInput, education_labels, gender_labels, training_labels};
use crate::domain::worker::{EducationLevel, Gender, VocationalTraining};
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::services::password_reset::{self, Requested, Reset};
use crate::services::{HOME_PROVINCE, auth, seekers};
use crate::web::handlers::{FormErrors, Frame, render};
pub use crate::web::portal::{OptionGroup, OptionView};
use crate::web::session::{self, CSRF_COOKIE, MaybeSignedIn, SESSION_COOKIE, SignedIn};
use crate::web::{AppState, paths};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SIGN_UP, get(sign_up_form).post(sign_up))
        .route(paths::FORGOT_PASSWORD, get(forgot_form).post(forgot))
        .route(
            paths::RESET_PASSWORD_ROUTE,
            get(reset_form).post(reset_password),
        )
}

// Anonymous forms carry the token of the CSRF cookie -------------------------

/// The CSRF token for a form shown before sign-in, and whether the cookie
/// that carries it must be set.
pub fn anonymous_csrf(headers: &HeaderMap) -> (String, bool) {
    match session::cookie(headers, CSRF_COOKIE) {
        Some(token) => (token.to_owned(), false),
        None => (auth::random_token(), true),
    }
}

/// Refuses a form shown before sign-in whose token is not its cookie's.
pub fn check_anonymous_csrf(headers: &HeaderMap, submitted: &str) -> Result<()> {
    let cookie = session::cookie(headers, CSRF_COOKIE).unwrap_or_default();
    if cookie.is_empty() || !auth::tokens_match(submitted, cookie) {
        return Err(Error::Forbidden);
    }
    Ok(())
}

/// Renders `page` with `status`, setting the CSRF cookie when it is new.
pub fn render_anonymous(
    state: &AppState,
    page: &impl Template,
    status: StatusCode,
    csrf: Option<&str>,
) -> Result<Response> {
    let mut response = render(page)?;
    *response.status_mut() = status;
    if let Some(token) = csrf
        && let Ok(value) =
            HeaderValue::from_str(&session::set_cookie(state, CSRF_COOKIE, token, None))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// The client's address as text, for throttling only.
fn client_text(client: session::ClientAddr) -> String {
    client
        .0
        .map_or_else(|| "unknown".to_owned(), |ip| ip.to_string())
}

/// Groups menu choices by their group, keeping their order.
pub fn grouped(choices: &[Choice], lang: Lang, selected: &[&str]) -> Vec<OptionGroup> {
    crate::web::portal::menu_of_many(choices, selected, lang)
}

/// Options of a closed set of values, with the chosen one marked.
pub fn options<T: Copy>(
    all: &[T],
    value: impl Fn(T) -> &'static str,
    labels: impl Fn(T) -> (&'static str, &'static str),
    lang: Lang,
    selected: &str,
) -> Vec<OptionView> {
    all.iter()
        .map(|item| {
            let (vi, en) = labels(*item);
            OptionView {
                value: value(*item).to_owned(),
                label: lang.pick(vi, en).to_owned(),
                selected: value(*item) == selected,
            }
        })
        .collect()
}

/// The communes of the province, grouped by district.
pub async fn commune_groups(
    state: &AppState,
    lang: Lang,
    selected: &str,
) -> Result<Vec<OptionGroup>> {
    let mut conn = state.ctx.db.pool().acquire().await?;
    let communes = crate::db::choices::communes(&mut conn, HOME_PROVINCE).await?;
    Ok(grouped(&communes, lang, &[selected]))
}

// Sign-up ---------------------------------------------------------------------

/// The sign-up form's fields.
#[derive(Debug, Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    gender: String,
    #[serde(default)]
    commune_code: String,
    #[serde(default)]
    education_level: String,
    #[serde(default)]
    vocational_training: String,
    #[serde(default)]
    consent: Option<String>,
}

#[derive(Template)]
#[template(path = "account/sign_up.html")]
struct SignUpPage {
    frame: Frame,
    action: &'static str,
    csrf: String,
    email: String,
    phone: String,
    full_name: String,
    consent: bool,
    genders: Vec<OptionView>,
    communes: Vec<OptionGroup>,
    education_levels: Vec<OptionView>,
    trainings: Vec<OptionView>,
    errors: FormErrors,
}

async fn sign_up_page(
    state: &AppState,
    lang: Lang,
    uri: &Uri,
    user: &MaybeSignedIn,
    csrf: String,
    form: &SignUpForm,
    errors: Vec<FieldError>,
) -> Result<SignUpPage> {
    Ok(SignUpPage {
        frame: Frame::for_user(
            lang,
            uri,
            lang.pick("Đăng ký tìm việc", "Sign up to find work"),
            user,
        ),
        action: paths::SIGN_UP,
        csrf,
        email: form.email.clone(),
        phone: form.phone.clone(),
        full_name: form.full_name.clone(),
        consent: form.consent.is_some(),
        genders: options(
            Gender::ALL,
            Gender::as_str,
            gender_labels,
            lang,
            &form.gender,
        ),
        communes: commune_groups(state, lang, &form.commune_code).await?,
        education_levels: options(
            EducationLevel::ALL,
            EducationLevel::as_str,
            education_labels,
            lang,
            &form.education_level,
        ),
        trainings: options(
            VocationalTraining::ALL,
            VocationalTraining::as_str,
            training_labels,
            lang,
            &form.vocational_training,
        ),
        errors: FormErrors(errors),
    })
}

/// `GET /dang-ky`
pub async fn sign_up_form(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
) -> Result<Response> {
    let (csrf, new_cookie) = anonymous_csrf(&headers);
    let page = sign_up_page(
        &state,
        lang,
        &uri,
        &user,
        csrf.clone(),
        &SignUpForm::default(),
        Vec::new(),
    )
    .await?;
    render_anonymous(
        &state,
        &page,
        StatusCode::OK,
        new_cookie.then_some(csrf.as_str()),
    )
}

/// `POST /dang-ky`
pub async fn sign_up(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Form(form): Form<SignUpForm>,
) -> Result<Response> {
    check_anonymous_csrf(&headers, &form.csrf)?;
    let input = SignUpInput {
        email: form.email.clone(),
        phone: form.phone.clone(),
        password: form.password.clone(),
        full_name: form.full_name.clone(),
        gender: form.gender.clone(),
        commune_code: form.commune_code.clone(),
        education_level: form.education_level.clone(),
        vocational_training: form.vocational_training.clone(),
        consent: form.consent.is_some(),
    };
    match seekers::sign_up(&state.ctx, input, &state.public_url).await {
        Ok(new_session) => {
            let mut response = Redirect::to(paths::SEEKER_HOME).into_response();
            let cookie = session::set_cookie(&state, SESSION_COOKIE, &new_session.token, None);
            if let Ok(value) = HeaderValue::from_str(&cookie) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Ok(response)
        }
        Err(Error::Validation(errors)) => {
            let page =
                sign_up_page(&state, lang, &uri, &user, form.csrf.clone(), &form, errors).await?;
            render_anonymous(&state, &page, StatusCode::BAD_REQUEST, None)
        }
        Err(Error::Conflict(message)) => {
            // Two sign-ups with one login at the same instant: the loser
            // sees the message next to the e-mail field.
            let errors = vec![FieldError::new("email", message)];
            let page =
                sign_up_page(&state, lang, &uri, &user, form.csrf.clone(), &form, errors).await?;
            render_anonymous(&state, &page, StatusCode::CONFLICT, None)
        }
        Err(err) => Err(err),
    }
}

// Forgotten password ------------------------------------------------------------

/// The forgotten-password form's fields.
#[derive(Debug, Default, Deserialize)]
pub struct ForgotForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
}

#[derive(Template)]
#[template(path = "account/forgot_password.html")]
struct ForgotPage {
    frame: Frame,
    action: &'static str,
    csrf: String,
    email: String,
    /// Shown once the request was taken.
    sent: bool,
    alert: Option<&'static str>,
    errors: FormErrors,
}

fn forgot_frame(lang: Lang, uri: &Uri, user: &MaybeSignedIn) -> Frame {
    Frame::for_user(
        lang,
        uri,
        lang.pick("Quên mật khẩu", "Forgot your password"),
        user,
    )
}

/// `GET /quen-mat-khau`
pub async fn forgot_form(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
) -> Result<Response> {
    let (csrf, new_cookie) = anonymous_csrf(&headers);
    let page = ForgotPage {
        frame: forgot_frame(lang, &uri, &user),
        action: paths::FORGOT_PASSWORD,
        csrf: csrf.clone(),
        email: String::new(),
        sent: false,
        alert: None,
        errors: FormErrors::default(),
    };
    render_anonymous(
        &state,
        &page,
        StatusCode::OK,
        new_cookie.then_some(csrf.as_str()),
    )
}

/// `POST /quen-mat-khau`
pub async fn forgot(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    client: session::ClientAddr,
    user: MaybeSignedIn,
    Form(form): Form<ForgotForm>,
) -> Result<Response> {
    check_anonymous_csrf(&headers, &form.csrf)?;
    let page = |sent: bool, alert: Option<&'static str>, errors: Vec<FieldError>| ForgotPage {
        frame: forgot_frame(lang, &uri, &user),
        action: paths::FORGOT_PASSWORD,
        csrf: form.csrf.clone(),
        email: form.email.clone(),
        sent,
        alert,
        errors: FormErrors(errors),
    };
    let result = password_reset::request_link(
        &state.ctx,
        &form.email,
        &client_text(client),
        &state.public_url,
    )
    .await;
    match result {
        Ok(Requested::Accepted) => {
            render_anonymous(&state, &page(true, None, Vec::new()), StatusCode::OK, None)
        }
        Ok(Requested::Throttled) => render_anonymous(
            &state,
            &page(false, Some(lang.strings().throttled), Vec::new()),
            StatusCode::TOO_MANY_REQUESTS,
            None,
        ),
        Err(Error::Validation(errors)) => render_anonymous(
            &state,
            &page(false, None, errors),
            StatusCode::BAD_REQUEST,
            None,
        ),
        Err(err) => Err(err),
    }
}

// The reset link ------------------------------------------------------------------

/// The new-password form's fields.
#[derive(Debug, Default, Deserialize)]
pub struct ResetForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "account/reset_password.html")]
struct ResetPage {
    frame: Frame,
    action: String,
    csrf: String,
    /// What the page shows: the form, the unusable-link notice, or the end.
    state: ResetState,
    forgot_href: &'static str,
    sign_in_href: &'static str,
    errors: FormErrors,
}

/// Which version of the reset page to show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ResetState {
    Form,
    Unusable,
    Done,
}

fn reset_page(
    lang: Lang,
    uri: &Uri,
    user: Option<&SignedIn>,
    token: &str,
    csrf: String,
    state: ResetState,
    errors: Vec<FieldError>,
) -> ResetPage {
    ResetPage {
        frame: Frame::for_user(
            lang,
            uri,
            lang.pick("Đặt mật khẩu mới", "Choose a new password"),
            user,
        ),
        action: paths::reset_password(token),
        csrf,
        state,
        forgot_href: paths::FORGOT_PASSWORD,
        sign_in_href: paths::SIGN_IN,
        errors: FormErrors(errors),
    }
}

/// Tokens are 64 hex digits; anything else cannot be a link of ours.
fn plausible_token(token: &str) -> bool {
    token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit())
}

/// `GET /dat-lai-mat-khau/{token}`
pub async fn reset_form(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Path(token): Path<String>,
) -> Result<Response> {
    let (csrf, new_cookie) = anonymous_csrf(&headers);
    let usable =
        plausible_token(&token) && password_reset::link_is_usable(&state.ctx, &token).await?;
    let (view, status) = if usable {
        (ResetState::Form, StatusCode::OK)
    } else {
        (ResetState::Unusable, StatusCode::GONE)
    };
    let page = reset_page(
        lang,
        &uri,
        user.0.as_ref(),
        &token,
        csrf.clone(),
        view,
        Vec::new(),
    );
    render_anonymous(&state, &page, status, new_cookie.then_some(csrf.as_str()))
}

/// `POST /dat-lai-mat-khau/{token}`
pub async fn reset_password(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Path(token): Path<String>,
    Form(form): Form<ResetForm>,
) -> Result<Response> {
    check_anonymous_csrf(&headers, &form.csrf)?;
    // A changed password ends every session, this browser's too.
    let page = |view, errors| {
        let viewer = user.0.as_ref().filter(|_| view != ResetState::Done);
        reset_page(lang, &uri, viewer, &token, form.csrf.clone(), view, errors)
    };
    if !plausible_token(&token) {
        return render_anonymous(
            &state,
            &page(ResetState::Unusable, Vec::new()),
            StatusCode::GONE,
            None,
        );
    }
    match password_reset::reset_password(&state.ctx, &token, form.password.clone()).await {
        Ok(Reset::Changed) => {
            let mut response = render_anonymous(
                &state,
                &page(ResetState::Done, Vec::new()),
                StatusCode::OK,
                None,
            )?;
            // Whatever session this browser had ended with the others.
            let cleared = session::set_cookie(&state, SESSION_COOKIE, "", Some(0));
            if let Ok(value) = HeaderValue::from_str(&cleared) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Ok(response)
        }
        Ok(Reset::LinkUnusable) => render_anonymous(
            &state,
            &page(ResetState::Unusable, Vec::new()),
            StatusCode::GONE,
            None,
        ),
        Err(Error::Validation(errors)) => render_anonymous(
            &state,
            &page(ResetState::Form, errors),
            StatusCode::BAD_REQUEST,
            None,
        ),
        Err(err) => Err(err),
    }
}
