//! Staff pages: the moderation queue.

use askama::Template;
use axum::Form;
use axum::extract::{Path, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use serde::Deserialize;

use crate::domain::ids::JobId;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::moderation;
use crate::web::handlers::{Frame, render};
use crate::web::session::SignedIn;
use crate::web::{AppState, paths};

/// Roles that moderate.
const MODERATORS: &[Role] = &[Role::Staff, Role::Admin];

/// A queued posting as the page shows it.
#[derive(Debug, Clone)]
pub struct QueueRow {
    pub href: String,
    pub title: String,
    pub employer: String,
    pub employer_verified: bool,
    pub location: &'static str,
    pub salary: String,
    pub submitted: String,
    pub risks: Vec<&'static str>,
    pub publish_action: String,
    pub return_action: String,
}

#[derive(Template)]
#[template(path = "staff/queue.html")]
struct QueuePage {
    frame: Frame,
    csrf: String,
    rows: Vec<QueueRow>,
}

/// `GET /can-bo/duyet-tin`
pub async fn queue(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    user.require(MODERATORS)?;
    let items = moderation::queue(&state.ctx).await?;
    let money = |v: Option<i64>| {
        v.and_then(|v| u64::try_from(v).ok())
            .and_then(|v| crate::domain::values::Vnd::new(v).ok())
    };
    let rows = items
        .iter()
        .map(|item| {
            let job = &item.job;
            QueueRow {
                href: paths::job(job.id),
                title: job.title.clone(),
                employer: job.employer_name.clone(),
                employer_verified: job.employer_verified,
                location: lang.pick(job.work_location.label_vi(), job.work_location.label_en()),
                salary: i18n::format_salary(lang, money(job.salary_min), money(job.salary_max)),
                submitted: time::OffsetDateTime::from_unix_timestamp(job.submitted_at)
                    .map(|t| i18n::format_date(t.to_offset(crate::clock::VIETNAM).date()))
                    .unwrap_or_default(),
                risks: item
                    .risks
                    .iter()
                    .map(|r| lang.pick(r.label_vi(), r.label_en()))
                    .collect(),
                publish_action: paths::staff_publish(job.id),
                return_action: paths::staff_return(job.id),
            }
        })
        .collect();
    render(&QueuePage {
        frame: Frame::new(lang, &uri, lang.strings().queue_heading),
        csrf: user.csrf_token.clone(),
        rows,
    })
}

/// A moderation form.
#[derive(Debug, Deserialize)]
pub struct ModerationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
}

fn job_id(id: &str) -> Result<JobId> {
    id.parse().map_err(|_| Error::NotFound)
}

/// `POST /can-bo/tin/{id}/duyet`
pub async fn publish(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.require(MODERATORS)?;
    user.check_csrf(&form.csrf)?;
    moderation::publish(&state.ctx, job_id(&id)?).await?;
    Ok(Redirect::to(paths::STAFF_QUEUE).into_response())
}

/// `POST /can-bo/tin/{id}/tra-lai`
pub async fn return_posting(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.require(MODERATORS)?;
    user.check_csrf(&form.csrf)?;
    moderation::return_to_employer(&state.ctx, job_id(&id)?, &form.reason, &state.public_url)
        .await?;
    Ok(Redirect::to(paths::STAFF_QUEUE).into_response())
}
