//! Saved searches and alerts at the edge: saving the search page's current
//! search, deleting a saved search, and the one-click unsubscribe link.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::domain::FieldError;
use crate::domain::alert::Frequency;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::services::alerts;
use crate::web::handlers::registration::{
    OptionView, anonymous_csrf, check_anonymous_csrf, options, render_anonymous,
};
use crate::web::handlers::seeker::{LINKS, SeekerLinks};
use crate::web::handlers::{FormErrors, Frame, render};
use crate::web::session::{MaybeSignedIn, SignedIn};
use crate::web::{AppState, paths};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SEEKER_SAVED_SEARCHES, get(save_form).post(save))
        .route(paths::SEEKER_SAVED_SEARCH_DELETE_ROUTE, post(delete))
        .route(paths::UNSUBSCRIBE_ROUTE, get(unsubscribe).post(resubscribe))
}

/// What the search page offers about saving the current search.
#[derive(Debug, Clone, Default)]
pub struct SaveSearchBox {
    /// A signed-in job seeker: the form's action, token and the search.
    pub action: Option<&'static str>,
    pub csrf: String,
    pub query: String,
    pub label: String,
    /// An anonymous visitor: where to sign in and come back.
    pub sign_in_href: Option<String>,
}

/// The save-search box of the search page at `uri` for whoever is asking.
pub fn save_search_box(user: &MaybeSignedIn, uri: &Uri, text: &str) -> SaveSearchBox {
    let query = alerts::canonical(uri.query().unwrap_or_default());
    match &user.0 {
        Some(user) if user.role == Role::JobSeeker => SaveSearchBox {
            action: Some(paths::SEEKER_SAVED_SEARCHES),
            csrf: user.csrf_token.clone(),
            query,
            label: text.to_owned(),
            sign_in_href: None,
        },
        None => {
            let here = if query.is_empty() {
                paths::JOBS.to_owned()
            } else {
                format!("{}?{query}", paths::JOBS)
            };
            SaveSearchBox {
                sign_in_href: Some(paths::sign_in_then(&here)),
                ..SaveSearchBox::default()
            }
        }
        Some(_) => SaveSearchBox::default(),
    }
}

#[derive(Template)]
#[template(path = "seeker/save_search.html")]
struct SavePage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    action: &'static str,
    query: String,
    search_href: String,
    label: String,
    frequencies: Vec<OptionView>,
    errors: FormErrors,
}

/// The save-search form's fields.
#[derive(Debug, Default, Deserialize)]
pub struct SaveForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    query: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    frequency: String,
}

fn save_page(
    user: &SignedIn,
    lang: Lang,
    uri: &Uri,
    form: &SaveForm,
    errors: Vec<FieldError>,
) -> SavePage {
    let query = alerts::canonical(&form.query);
    let frequency = if form.frequency.is_empty() {
        Frequency::Daily.as_str()
    } else {
        form.frequency.as_str()
    };
    SavePage {
        frame: Frame::for_user(lang, uri, lang.pick("Lưu tìm kiếm", "Save a search"), user),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        action: paths::SEEKER_SAVED_SEARCHES,
        search_href: if query.is_empty() {
            paths::JOBS.to_owned()
        } else {
            format!("{}?{query}", paths::JOBS)
        },
        query,
        label: form.label.clone(),
        frequencies: options(
            Frequency::ALL,
            Frequency::as_str,
            Frequency::labels,
            lang,
            frequency,
        ),
        errors: FormErrors(errors),
    }
}

/// The query of the save-search form page: the search to save.
#[derive(Debug, Default, Deserialize)]
pub struct SaveQuery {
    #[serde(default)]
    query: String,
    #[serde(default)]
    label: String,
}

/// `GET /nguoi-tim-viec/tim-kiem-da-luu?query=...`
pub async fn save_form(
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Query(query): Query<SaveQuery>,
) -> Result<Response> {
    user.require(&[Role::JobSeeker])?;
    let form = SaveForm {
        query: query.query,
        label: query.label,
        ..SaveForm::default()
    };
    render(&save_page(&user, lang, &uri, &form, Vec::new()))
}

/// `POST /nguoi-tim-viec/tim-kiem-da-luu`
pub async fn save(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Form(form): Form<SaveForm>,
) -> Result<Response> {
    user.require(&[Role::JobSeeker])?;
    user.check_csrf(&form.csrf)?;
    match alerts::save_search(
        &state.ctx,
        user.user_id,
        &form.label,
        &form.query,
        &form.frequency,
    )
    .await
    {
        Ok(_) => Ok(Redirect::to(paths::SEEKER_HOME).into_response()),
        Err(Error::Validation(errors)) => {
            let mut response = render(&save_page(&user, lang, &uri, &form, errors))?;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(err) => Err(err),
    }
}

/// A form with only its CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// `POST /nguoi-tim-viec/tim-kiem-da-luu/{id}/xoa`
pub async fn delete(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<CsrfOnly>,
) -> Result<Response> {
    user.require(&[Role::JobSeeker])?;
    user.check_csrf(&form.csrf)?;
    let id: i64 = id.parse().map_err(|_| Error::NotFound)?;
    alerts::delete(&state.ctx, user.user_id, id).await?;
    Ok(Redirect::to(paths::SEEKER_HOME).into_response())
}

#[derive(Template)]
#[template(path = "seeker/unsubscribe.html")]
struct UnsubscribePage {
    frame: Frame,
    action: String,
    csrf: String,
    label: Option<String>,
    is_active: bool,
}

fn unsubscribe_page(
    lang: Lang,
    uri: &Uri,
    user: &MaybeSignedIn,
    token: &str,
    csrf: String,
    search: Option<&crate::db::saved_searches::SavedSearch>,
) -> UnsubscribePage {
    UnsubscribePage {
        frame: Frame::for_user(lang, uri, lang.pick("Thư báo việc làm", "Job alerts"), user),
        action: paths::unsubscribe(token),
        csrf,
        label: search.map(|s| s.label.clone()),
        is_active: search.is_some_and(|s| s.is_active),
    }
}

/// `GET /huy-nhan-tin/{token}`: turns the alert off at once.
pub async fn unsubscribe(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Path(token): Path<String>,
) -> Result<Response> {
    let (csrf, new_cookie) = anonymous_csrf(&headers);
    let search = alerts::unsubscribe(&state.ctx, &token).await?;
    let status = if search.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = unsubscribe_page(lang, &uri, &user, &token, csrf.clone(), search.as_ref());
    render_anonymous(&state, &page, status, new_cookie.then_some(csrf.as_str()))
}

/// `POST /huy-nhan-tin/{token}`: turns the alert back on.
pub async fn resubscribe(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Path(token): Path<String>,
    Form(form): Form<CsrfOnly>,
) -> Result<Response> {
    check_anonymous_csrf(&headers, &form.csrf)?;
    let search = alerts::resubscribe(&state.ctx, &token).await?;
    let status = if search.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = unsubscribe_page(
        lang,
        &uri,
        &user,
        &token,
        form.csrf.clone(),
        search.as_ref(),
    );
    render_anonymous(&state, &page, status, None)
}
