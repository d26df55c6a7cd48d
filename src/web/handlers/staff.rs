//! Staff pages: the dashboard, the moderation queue, employers to verify,
//! placements to verify, and the audit log of sensitive reads.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::domain::ids::{EmployerId, JobId, PlacementId};
use crate::domain::job::JobStatus;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::{employers, moderation, placements, registry};
use crate::web::handlers::{Frame, render};
use crate::web::portal::{StaffUser, date_of, date_time_of};
use crate::web::session::SignedIn;
use crate::web::{AppState, paths};

/// The staff portal's routes besides the moderation queue.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::STAFF_HOME, get(dashboard))
        .route(paths::STAFF_JOB_ROUTE, get(posting))
        .route(paths::STAFF_EMPLOYERS, get(employer_list))
        .route(paths::STAFF_EMPLOYER_VERIFY_ROUTE, post(verify_employer))
        .route(paths::STAFF_EMPLOYER_RETURN_ROUTE, post(return_employer))
        .route(paths::STAFF_PLACEMENTS, get(placement_list))
        .route(paths::STAFF_PLACEMENT_VERIFY_ROUTE, post(verify_placement))
        .route(paths::STAFF_PLACEMENT_REJECT_ROUTE, post(reject_placement))
        .route(paths::STAFF_AUDIT_LOG, get(audit_log))
}

/// The links of the staff portal's menu.
#[derive(Debug, Clone)]
pub struct StaffNav {
    pub home: &'static str,
    pub queue: &'static str,
    pub employers: &'static str,
    pub placements: &'static str,
    pub registry: &'static str,
    pub audit: &'static str,
}

/// The staff portal's menu.
pub const NAV: StaffNav = StaffNav {
    home: paths::STAFF_HOME,
    queue: paths::STAFF_QUEUE,
    employers: paths::STAFF_EMPLOYERS,
    placements: paths::STAFF_PLACEMENTS,
    registry: paths::REGISTRY,
    audit: paths::STAFF_AUDIT_LOG,
};

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
    /// The text to review: the posting page is not public before publishing.
    pub description: String,
    pub licence: Option<String>,
    pub publish_action: String,
    pub return_action: String,
}

#[derive(Template)]
#[template(path = "staff/queue.html")]
struct QueuePage {
    frame: Frame,
    nav: StaffNav,
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
                href: paths::staff_job(job.id),
                title: job.title.clone(),
                employer: job.employer_name.clone(),
                employer_verified: job.employer_verified,
                location: lang.pick(job.work_location.label_vi(), job.work_location.label_en()),
                salary: i18n::format_salary(lang, money(job.salary_min), money(job.salary_max)),
                submitted: date_of(job.submitted_at),
                risks: item
                    .risks
                    .iter()
                    .map(|r| lang.pick(r.label_vi(), r.label_en()))
                    .collect(),
                description: job.description.clone(),
                licence: job
                    .employer_licence
                    .clone()
                    .filter(|l| !l.trim().is_empty())
                    .filter(|_| job.work_location == crate::domain::job::WorkLocation::Abroad),
                publish_action: paths::staff_publish(job.id),
                return_action: paths::staff_return(job.id),
            }
        })
        .collect();
    render(&QueuePage {
        frame: Frame::for_user(lang, &uri, lang.strings().queue_heading, &user),
        nav: NAV,
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

// One posting, in any status ---------------------------------------------------------

#[derive(Template)]
#[template(path = "staff/posting.html")]
struct PostingPage {
    frame: Frame,
    nav: StaffNav,
    csrf: String,
    body: super::jobs::JobBody,
    status: &'static str,
    status_class: &'static str,
    /// Whether the posting waits for review (the publish and return forms show).
    is_submitted: bool,
    submitted: Option<String>,
    licence: Option<String>,
    abroad: bool,
    risks: Vec<&'static str>,
    /// The public page, while the posting has one.
    public_href: Option<String>,
    publish_action: String,
    return_action: String,
}

/// `GET /can-bo/tin/{id}`: a posting as staff review it, whatever its status.
pub async fn posting(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let id = job_id(&id)?;
    let review = moderation::review(&state.ctx, id).await?;
    let status = review.detail.status;
    let job = &review.item.job;
    render(&PostingPage {
        frame: Frame::for_user(lang, &uri, review.detail.card.title.clone(), &user),
        nav: NAV,
        csrf: user.csrf_token.clone(),
        body: super::jobs::JobBody::new(&review.detail, lang),
        status: lang.pick(status.label_vi(), status.label_en()),
        status_class: status.as_str(),
        is_submitted: status == JobStatus::Submitted,
        submitted: (status == JobStatus::Submitted).then(|| date_of(job.submitted_at)),
        licence: job
            .employer_licence
            .clone()
            .filter(|l| !l.trim().is_empty()),
        abroad: job.work_location == crate::domain::job::WorkLocation::Abroad,
        risks: review
            .item
            .risks
            .iter()
            .map(|r| lang.pick(r.label_vi(), r.label_en()))
            .collect(),
        public_href: matches!(
            status,
            JobStatus::Published | JobStatus::Closed | JobStatus::Expired
        )
        .then(|| paths::job(id)),
        publish_action: paths::staff_publish(id),
        return_action: paths::staff_return(id),
    })
}

// Dashboard -----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "staff/dashboard.html")]
struct DashboardPage {
    frame: Frame,
    nav: StaffNav,
    name: String,
    counts: registry::Dashboard,
    register_href: &'static str,
    undelivered: Vec<UndeliveredView>,
}

/// A message that could not be delivered, as the dashboard lists it.
#[derive(Debug, Clone)]
pub struct UndeliveredView {
    pub to: String,
    pub subject: String,
    pub reason: String,
    pub date: String,
}

/// `GET /can-bo`
pub async fn dashboard(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let counts = registry::dashboard(&state.ctx).await?;
    let undelivered = crate::services::mail_log::undelivered(&state.ctx)
        .await?
        .into_iter()
        .map(|mail| UndeliveredView {
            date: date_of(mail.at),
            to: mail.to,
            subject: mail.subject,
            reason: mail.reason,
        })
        .collect();
    render(&DashboardPage {
        frame: Frame::for_user(lang, &uri, lang.pick("Trang cán bộ", "Staff portal"), &user),
        nav: NAV,
        name: user.display_name.clone(),
        counts,
        register_href: paths::REGISTRY_NEW,
        undelivered,
    })
}

// Employers to verify -----------------------------------------------------------------

/// An employer waiting for verification, with what to check.
#[derive(Debug, Clone)]
pub struct EmployerView {
    pub name: String,
    pub tax_code: String,
    pub address: String,
    pub place: String,
    pub contact: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub signed_up: String,
    pub licence: Option<String>,
    pub review_note: String,
    pub submitted_jobs: i64,
    pub verify_action: String,
    pub return_action: String,
}

#[derive(Template)]
#[template(path = "staff/employers.html")]
struct EmployersPage {
    frame: Frame,
    nav: StaffNav,
    csrf: String,
    rows: Vec<EmployerView>,
}

/// `GET /can-bo/doanh-nghiep`
pub async fn employer_list(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let rows = employers::awaiting_verification(&state.ctx)
        .await?
        .into_iter()
        .map(|e| EmployerView {
            tax_code: e.tax_code.clone().unwrap_or_default(),
            address: e.address.clone(),
            place: e.place_name.clone(),
            contact: e.contact_name.clone().unwrap_or_default(),
            phone: e.phone.as_deref().map(|p| {
                crate::domain::values::PhoneNumber::parse(p)
                    .map(|p| p.formatted())
                    .unwrap_or_else(|_| p.to_owned())
            }),
            email: e.email.clone(),
            signed_up: date_of(e.created_at),
            licence: e.overseas_licence_no.clone(),
            review_note: e.review_note.clone(),
            submitted_jobs: e.submitted_jobs,
            verify_action: paths::staff_employer_verify(e.id),
            return_action: paths::staff_employer_return(e.id),
            name: e.name,
        })
        .collect();
    render(&EmployersPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Doanh nghiệp chờ xác minh", "Employers to verify"),
            &user,
        ),
        nav: NAV,
        csrf: user.csrf_token.clone(),
        rows,
    })
}

fn employer_id(id: &str) -> Result<EmployerId> {
    id.parse().map_err(|_| Error::NotFound)
}

/// `POST /can-bo/doanh-nghiep/{id}/xac-minh`
pub async fn verify_employer(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.check_csrf(&form.csrf)?;
    employers::verify(
        &state.ctx,
        employer_id(&id)?,
        user.user_id,
        &state.public_url,
    )
    .await?;
    Ok(Redirect::to(paths::STAFF_EMPLOYERS).into_response())
}

/// `POST /can-bo/doanh-nghiep/{id}/tra-lai`
pub async fn return_employer(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.check_csrf(&form.csrf)?;
    employers::return_for_changes(
        &state.ctx,
        employer_id(&id)?,
        &form.reason,
        &state.public_url,
    )
    .await?;
    Ok(Redirect::to(paths::STAFF_EMPLOYERS).into_response())
}

// Placements to verify ----------------------------------------------------------------

/// A placement waiting for verification.
#[derive(Debug, Clone)]
pub struct PlacementView {
    pub worker: String,
    pub worker_href: String,
    pub job: String,
    pub job_href: Option<String>,
    pub employer: String,
    pub placed_on: String,
    pub abroad: Option<String>,
    pub verify_action: String,
    pub reject_action: String,
}

#[derive(Template)]
#[template(path = "staff/placements.html")]
struct PlacementsPage {
    frame: Frame,
    nav: StaffNav,
    csrf: String,
    rows: Vec<PlacementView>,
}

/// `GET /can-bo/viec-lam-moi`
pub async fn placement_list(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let rows = placements::unverified(&state.ctx)
        .await?
        .into_iter()
        .map(|p| PlacementView {
            worker_href: paths::registry_worker(p.worker_id),
            worker: p.worker_name,
            job_href: p.job_id.map(paths::job),
            job: p.job_title,
            employer: p.employer_name,
            placed_on: p.placed_on.map(i18n::format_date).unwrap_or_default(),
            abroad: p.country_name,
            verify_action: paths::staff_placement_verify(p.id),
            reject_action: paths::staff_placement_reject(p.id),
        })
        .collect();
    render(&PlacementsPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Việc làm chờ xác nhận", "Placements to verify"),
            &user,
        ),
        nav: NAV,
        csrf: user.csrf_token.clone(),
        rows,
    })
}

fn placement_id(id: &str) -> Result<PlacementId> {
    id.parse().map_err(|_| Error::NotFound)
}

/// `POST /can-bo/viec-lam-moi/{id}/xac-nhan`
pub async fn verify_placement(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.check_csrf(&form.csrf)?;
    placements::verify(&state.ctx, placement_id(&id)?, user.user_id).await?;
    Ok(Redirect::to(paths::STAFF_PLACEMENTS).into_response())
}

/// `POST /can-bo/viec-lam-moi/{id}/tu-choi`
pub async fn reject_placement(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Path(id): Path<String>,
    Form(form): Form<ModerationForm>,
) -> Result<Response> {
    user.check_csrf(&form.csrf)?;
    placements::reject(&state.ctx, placement_id(&id)?).await?;
    Ok(Redirect::to(paths::STAFF_PLACEMENTS).into_response())
}

// Audit log -----------------------------------------------------------------------------

/// An audit entry as the page shows it.
#[derive(Debug, Clone)]
pub struct AuditView {
    pub at: String,
    pub actor: String,
    pub action: &'static str,
    pub subject: String,
    pub subject_href: Option<String>,
    pub fields: String,
    pub request_id: String,
}

fn field_label(field: &str, lang: Lang) -> String {
    match field {
        "ethnicity" => lang.pick("dân tộc", "ethnicity").to_owned(),
        "citizen_id" => lang.pick("số CCCD", "citizen ID").to_owned(),
        "household_poverty" => lang
            .pick("diện hộ nghèo", "household poverty status")
            .to_owned(),
        other => other.to_owned(),
    }
}

#[derive(Template)]
#[template(path = "staff/audit.html")]
struct AuditPage {
    frame: Frame,
    nav: StaffNav,
    rows: Vec<AuditView>,
    page: i64,
    previous_href: Option<String>,
    next_href: Option<String>,
}

/// The audit page's query.
#[derive(Debug, Deserialize)]
pub struct PageQuery {
    #[serde(default)]
    page: Option<i64>,
}

/// `GET /can-bo/nhat-ky`
pub async fn audit_log(
    State(state): State<AppState>,
    StaffUser(user): StaffUser,
    Query(query): Query<PageQuery>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let page = query.page.unwrap_or(1).max(1);
    let entries = registry::audit_log(&state.ctx, page).await?;
    let full = i64::try_from(entries.len()).unwrap_or(0) == registry::AUDIT_PAGE_SIZE;
    let rows = entries
        .into_iter()
        .map(|e| AuditView {
            at: date_time_of(e.at),
            actor: match (e.actor_name, e.actor_role.as_deref().and_then(Role::parse)) {
                (Some(name), Some(role)) => format!("{name} ({})", role.label_vi()),
                (Some(name), None) => name,
                (None, _) => lang.pick("(không rõ)", "(unknown)").to_owned(),
            },
            action: match e.action.as_str() {
                "read" => lang.pick("Xem", "Read"),
                "create" => lang.pick("Ghi khi đăng ký", "Recorded at registration"),
                "export" => lang.pick("Xuất", "Export"),
                _ => lang.pick("Khác", "Other"),
            },
            subject_href: (e.entity == "worker")
                .then(|| paths::registry_worker(crate::domain::ids::WorkerId(e.entity_id))),
            subject: e
                .subject_name
                .unwrap_or_else(|| format!("{} #{}", e.entity, e.entity_id)),
            fields: e
                .fields
                .split(',')
                .map(|f| field_label(f.trim(), lang))
                .collect::<Vec<_>>()
                .join(", "),
            request_id: e.request_id,
        })
        .collect();
    render(&AuditPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick(
                "Nhật ký truy cập dữ liệu nhạy cảm",
                "Sensitive data access log",
            ),
            &user,
        ),
        nav: NAV,
        rows,
        page,
        previous_href: (page > 1).then(|| format!("{}?page={}", paths::STAFF_AUDIT_LOG, page - 1)),
        next_href: full.then(|| format!("{}?page={}", paths::STAFF_AUDIT_LOG, page + 1)),
    })
}
