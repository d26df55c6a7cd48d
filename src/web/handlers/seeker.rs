//! The job seeker portal: the dashboard, the profile form, applying to a
//! posting and following applications, and the page of one's own data with
//! its download and the deletion of the account.

use askama::Template;
use axum::extract::{Path, State};
use axum::http::{HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::db::seekers::ProfileRow;
use crate::domain::FieldError;
use crate::domain::alert::Frequency;
use crate::domain::application::{ApplicationId, ApplicationStatus};
use crate::domain::ids::JobId;
use crate::domain::seeker::{
    Availability, LANGUAGES, LICENCE_CLASSES, LanguageLevel, ProfileInput, WorkArea,
    education_labels, gender_labels, language, licences_from_text, training_labels,
};
use crate::domain::user::Role;
use crate::domain::values::Vnd;
use crate::domain::worker::{EducationLevel, Gender, VocationalTraining};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::seekers::{self, Deleted};
use crate::services::{applications, jobs};
use crate::web::handlers::registration::{
    OptionGroup, OptionView, commune_groups, grouped, options,
};
use crate::web::handlers::{FormErrors, Frame, render};
use crate::web::session::{self, MaybeSignedIn, SESSION_COOKIE, SignedIn};
use crate::web::{AppState, paths};

/// The routes of this area.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::SEEKER_HOME, get(home))
        .route(paths::SEEKER_PROFILE, get(profile_form).post(save_profile))
        .route(paths::SEEKER_APPLICATIONS, get(applications_page))
        .route(paths::SEEKER_WITHDRAW_ROUTE, post(withdraw))
        .route(paths::APPLY_ROUTE, get(apply_form).post(apply))
        .route(paths::SEEKER_DATA, get(data_page))
        .route(paths::SEEKER_DATA_DOWNLOAD, get(download))
        .route(paths::SEEKER_DELETE_ACCOUNT, post(delete_account))
}

/// The links of the portal's menu.
#[derive(Debug, Clone)]
pub struct SeekerLinks {
    pub home: &'static str,
    pub profile: &'static str,
    pub applications: &'static str,
    pub data: &'static str,
    pub jobs: &'static str,
}

/// The portal's menu.
pub const LINKS: SeekerLinks = SeekerLinks {
    home: paths::SEEKER_HOME,
    profile: paths::SEEKER_PROFILE,
    applications: paths::SEEKER_APPLICATIONS,
    data: paths::SEEKER_DATA,
    jobs: paths::JOBS,
};

/// A signed-in job seeker, or a refusal.
fn seeker(user: &SignedIn) -> Result<()> {
    user.require(&[Role::JobSeeker])
}

/// An instant as dd/mm/yyyy in Vietnam.
pub fn day(unix: i64) -> String {
    crate::web::portal::date_of(unix)
}

fn pick_labels(lang: Lang, labels: (&'static str, &'static str)) -> &'static str {
    lang.pick(labels.0, labels.1)
}

fn money_text(value: Option<i64>) -> Option<String> {
    value
        .and_then(|v| u64::try_from(v).ok())
        .and_then(|v| Vnd::new(v).ok())
        .map(|v| format!("{} đ", v.format_plain()))
}

// The dashboard -------------------------------------------------------------------

/// An application as listed.
#[derive(Debug, Clone)]
pub struct ApplicationView {
    pub job_href: String,
    pub title: String,
    pub employer: String,
    pub applied_on: String,
    pub status: &'static str,
    pub status_code: &'static str,
    pub withdraw_action: Option<String>,
}

fn application_views(
    items: &[crate::db::applications::WorkerApplication],
    lang: Lang,
) -> Vec<ApplicationView> {
    items
        .iter()
        .map(|a| ApplicationView {
            job_href: paths::job(a.application.job_id),
            title: a.job_title.clone(),
            employer: a.employer_name.clone(),
            applied_on: day(a.application.created_at),
            status: pick_labels(lang, a.application.status.labels()),
            status_code: a.application.status.as_str(),
            withdraw_action: a
                .application
                .status
                .can_withdraw()
                .then(|| paths::seeker_withdraw(a.application.id)),
        })
        .collect()
}

/// A saved search as listed.
#[derive(Debug, Clone)]
pub struct SavedSearchView {
    pub label: String,
    pub href: String,
    pub frequency: &'static str,
    pub is_active: bool,
    pub delete_action: String,
}

/// A profile summary line.
#[derive(Debug, Clone)]
pub struct SummaryLine {
    pub label: &'static str,
    pub value: String,
}

fn summary(profile: &ProfileRow, lang: Lang) -> Vec<SummaryLine> {
    let mut lines = vec![SummaryLine {
        label: lang.pick("Nơi ở", "Lives in"),
        value: [
            profile.commune_name.as_str(),
            profile.district_name.as_str(),
        ]
        .iter()
        .filter(|s| !s.is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(", "),
    }];
    let occupations: Vec<&str> = profile
        .occupations
        .iter()
        .map(|(_, vi, en)| lang.pick(vi, en))
        .collect();
    lines.push(SummaryLine {
        label: lang.pick("Nghề mong muốn", "Occupations wanted"),
        value: if occupations.is_empty() {
            lang.pick("Chưa chọn", "None chosen yet").to_owned()
        } else {
            occupations.join("; ")
        },
    });
    if let Some(level) = EducationLevel::parse(&profile.education_level) {
        lines.push(SummaryLine {
            label: lang.pick("Học vấn", "Schooling"),
            value: pick_labels(lang, education_labels(level)).to_owned(),
        });
    }
    if let Some(level) = VocationalTraining::parse(&profile.vocational_training) {
        lines.push(SummaryLine {
            label: lang.pick("Đào tạo nghề", "Vocational training"),
            value: pick_labels(lang, training_labels(level)).to_owned(),
        });
    }
    if let Some(area) = WorkArea::parse(&profile.work_area) {
        lines.push(SummaryLine {
            label: lang.pick("Nơi muốn làm việc", "Where I will work"),
            value: pick_labels(lang, area.labels()).to_owned(),
        });
    }
    if let Some(salary) = money_text(profile.expected_salary) {
        lines.push(SummaryLine {
            label: lang.pick("Mức lương mong muốn", "Expected pay"),
            value: format!("{salary}{}", lang.strings().per_month),
        });
    }
    if let Some(availability) = Availability::parse(&profile.availability) {
        lines.push(SummaryLine {
            label: lang.pick("Có thể đi làm", "Can start"),
            value: pick_labels(lang, availability.labels()).to_owned(),
        });
    }
    let phone = profile.phone.as_deref().map(|p| {
        crate::domain::values::PhoneNumber::parse(p)
            .map_or_else(|_| p.to_owned(), |n| n.formatted())
    });
    let contact: Vec<&str> = [phone.as_deref(), profile.email.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    lines.push(SummaryLine {
        label: lang.pick("Liên hệ", "Contact"),
        value: contact.join(" · "),
    });
    lines
}

#[derive(Template)]
#[template(path = "seeker/home.html")]
struct HomePage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    name: String,
    summary: Vec<SummaryLine>,
    has_profile: bool,
    applications: Vec<ApplicationView>,
    more_applications: bool,
    saved_searches: Vec<SavedSearchView>,
    has_email: bool,
}

/// Most applications the dashboard lists.
const DASHBOARD_APPLICATIONS: usize = 5;

/// `GET /nguoi-tim-viec`
pub async fn home(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    seeker(&user)?;
    let dashboard = seekers::dashboard(&state.ctx, user.user_id).await?;
    let applications = application_views(&dashboard.applications, lang);
    render(&HomePage {
        frame: Frame::for_user(lang, &uri, lang.pick("Trang của tôi", "My page"), &user),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        name: dashboard.account.display_name.clone(),
        summary: dashboard
            .profile
            .as_ref()
            .map(|p| summary(p, lang))
            .unwrap_or_default(),
        has_profile: dashboard.profile.is_some(),
        more_applications: applications.len() > DASHBOARD_APPLICATIONS,
        applications: applications
            .into_iter()
            .take(DASHBOARD_APPLICATIONS)
            .collect(),
        saved_searches: dashboard
            .saved_searches
            .iter()
            .map(|s| SavedSearchView {
                label: s.label.clone(),
                href: if s.query.is_empty() {
                    paths::JOBS.to_owned()
                } else {
                    format!("{}?{}", paths::JOBS, s.query)
                },
                frequency: pick_labels(lang, s.frequency.labels()),
                is_active: s.is_active,
                delete_action: paths::seeker_saved_search_delete(s.id),
            })
            .collect(),
        has_email: dashboard.account.email.is_some(),
    })
}

// The profile ----------------------------------------------------------------------

/// One language of the profile form.
#[derive(Debug, Clone)]
pub struct LanguageRow {
    pub field: String,
    pub id: String,
    pub name: &'static str,
    pub levels: Vec<OptionView>,
}

/// One driving licence class of the profile form.
#[derive(Debug, Clone)]
pub struct LicenceBox {
    pub class: &'static str,
    pub checked: bool,
}

#[derive(Template)]
#[template(path = "seeker/profile.html")]
struct ProfilePage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    action: &'static str,
    values: ProfileInput,
    genders: Vec<OptionView>,
    communes: Vec<OptionGroup>,
    /// One menu per occupation the form offers.
    occupation_menus: Vec<Vec<OptionGroup>>,
    education_levels: Vec<OptionView>,
    trainings: Vec<OptionView>,
    languages: Vec<LanguageRow>,
    work_areas: Vec<OptionView>,
    availabilities: Vec<OptionView>,
    licences: Vec<LicenceBox>,
    saved: bool,
    errors: FormErrors,
}

fn values_of(profile: &ProfileRow) -> ProfileInput {
    ProfileInput {
        full_name: profile.full_name.clone(),
        gender: profile.gender.clone(),
        commune_code: profile.commune_code.clone(),
        email: profile.email.clone().unwrap_or_default(),
        phone: profile
            .phone
            .as_deref()
            .and_then(|p| crate::domain::values::PhoneNumber::parse(p).ok())
            .map(|p| p.formatted())
            .unwrap_or_default(),
        occupations: profile
            .occupations
            .iter()
            .map(|(code, _, _)| code.clone())
            .collect(),
        skills: profile.skills.clone(),
        education_level: profile.education_level.clone(),
        vocational_training: profile.vocational_training.clone(),
        certificates: profile.certificates.clone(),
        languages: profile.languages.clone(),
        work_area: profile.work_area.clone(),
        expected_salary: profile
            .expected_salary
            .and_then(|v| u64::try_from(v).ok())
            .and_then(|v| Vnd::new(v).ok())
            .map(|v| v.format_plain())
            .unwrap_or_default(),
        availability: profile.availability.clone(),
        driving_licences: licences_from_text(&profile.driving_licences),
    }
}

/// The submitted profile form, from its name-value pairs (occupations and
/// licences repeat; each language has its own field).
fn values_from_pairs(pairs: &[(String, String)]) -> (ProfileInput, String) {
    let mut values = ProfileInput::default();
    let mut csrf = String::new();
    for (key, value) in pairs {
        match key.as_str() {
            "csrf" => csrf = value.clone(),
            "full_name" => values.full_name = value.clone(),
            "gender" => values.gender = value.clone(),
            "commune_code" => values.commune_code = value.clone(),
            "email" => values.email = value.clone(),
            "phone" => values.phone = value.clone(),
            "occupation" => values.occupations.push(value.clone()),
            "skills" => values.skills = value.clone(),
            "education_level" => values.education_level = value.clone(),
            "vocational_training" => values.vocational_training = value.clone(),
            "certificates" => values.certificates = value.clone(),
            "work_area" => values.work_area = value.clone(),
            "expected_salary" => values.expected_salary = value.clone(),
            "availability" => values.availability = value.clone(),
            "licence" => values.driving_licences.push(value.clone()),
            other => {
                if let Some(code) = other.strip_prefix("lang:") {
                    values.languages.push((code.to_owned(), value.clone()));
                }
            }
        }
    }
    (values, csrf)
}

/// How many occupation menus the profile form shows.
const OCCUPATION_MENUS: usize = crate::domain::seeker::MAX_OCCUPATIONS;

async fn profile_page(
    state: &AppState,
    user: &SignedIn,
    lang: Lang,
    uri: &Uri,
    values: ProfileInput,
    saved: bool,
    errors: Vec<FieldError>,
) -> Result<ProfilePage> {
    let occupations = {
        let mut conn = state.ctx.db.pool().acquire().await?;
        crate::db::choices::occupations(&mut conn).await?
    };
    let occupation_menus = (0..OCCUPATION_MENUS)
        .map(|i| {
            let chosen = values.occupations.iter().filter(|c| !c.is_empty()).nth(i);
            grouped(&occupations, lang, &[chosen.map_or("", String::as_str)])
        })
        .collect();
    let languages = LANGUAGES
        .iter()
        .map(|l| {
            let level = values
                .languages
                .iter()
                .find(|(code, _)| code == l.code)
                .map_or("", |(_, level)| level.as_str());
            LanguageRow {
                field: format!("lang:{}", l.code),
                id: format!("lang-{}", l.code.replace(':', "-")),
                name: lang.pick(l.name_vi, l.name_en),
                levels: options(
                    LanguageLevel::ALL,
                    LanguageLevel::as_str,
                    LanguageLevel::labels,
                    lang,
                    level,
                ),
            }
        })
        .collect();
    let licences = LICENCE_CLASSES
        .iter()
        .map(|class| LicenceBox {
            class,
            checked: values
                .driving_licences
                .iter()
                .any(|c| c.trim().eq_ignore_ascii_case(class)),
        })
        .collect();
    Ok(ProfilePage {
        frame: Frame::for_user(lang, uri, lang.pick("Hồ sơ của tôi", "My profile"), user),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        action: paths::SEEKER_PROFILE,
        genders: options(
            Gender::ALL,
            Gender::as_str,
            gender_labels,
            lang,
            &values.gender,
        ),
        communes: commune_groups(state, lang, &values.commune_code).await?,
        occupation_menus,
        education_levels: options(
            EducationLevel::ALL,
            EducationLevel::as_str,
            education_labels,
            lang,
            &values.education_level,
        ),
        trainings: options(
            VocationalTraining::ALL,
            VocationalTraining::as_str,
            training_labels,
            lang,
            &values.vocational_training,
        ),
        languages,
        work_areas: options(
            WorkArea::ALL,
            WorkArea::as_str,
            WorkArea::labels,
            lang,
            &values.work_area,
        ),
        availabilities: options(
            Availability::ALL,
            Availability::as_str,
            Availability::labels,
            lang,
            &values.availability,
        ),
        licences,
        values,
        saved,
        errors: FormErrors(errors),
    })
}

/// The query that marks a profile just saved.
const SAVED_QUERY: &str = "da-luu=1";

/// `GET /nguoi-tim-viec/ho-so`
pub async fn profile_form(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    seeker(&user)?;
    let profile = seekers::profile(&state.ctx, user.user_id).await?;
    let saved = uri
        .query()
        .is_some_and(|q| q.split('&').any(|p| p == SAVED_QUERY));
    let page = profile_page(
        &state,
        &user,
        lang,
        &uri,
        values_of(&profile),
        saved,
        Vec::new(),
    )
    .await?;
    render(&page)
}

/// `POST /nguoi-tim-viec/ho-so`
pub async fn save_profile(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Form(pairs): Form<Vec<(String, String)>>,
) -> Result<Response> {
    seeker(&user)?;
    let (values, csrf) = values_from_pairs(&pairs);
    user.check_csrf(&csrf)?;
    match seekers::update_profile(&state.ctx, user.user_id, values.clone()).await {
        Ok(()) => {
            Ok(Redirect::to(&format!("{}?{SAVED_QUERY}", paths::SEEKER_PROFILE)).into_response())
        }
        Err(Error::Validation(errors)) => {
            let page = profile_page(&state, &user, lang, &uri, values, false, errors).await?;
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(Error::Conflict(message)) => {
            let page = profile_page(
                &state,
                &user,
                lang,
                &uri,
                values,
                false,
                vec![FieldError::new("email", message)],
            )
            .await?;
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::CONFLICT;
            Ok(response)
        }
        Err(err) => Err(err),
    }
}

// Applications ----------------------------------------------------------------------

#[derive(Template)]
#[template(path = "seeker/applications.html")]
struct ApplicationsPage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    applications: Vec<ApplicationView>,
}

/// `GET /nguoi-tim-viec/ung-tuyen`
pub async fn applications_page(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    seeker(&user)?;
    let items = applications::list_mine(&state.ctx, user.user_id).await?;
    render(&ApplicationsPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Hồ sơ đã nộp", "My applications"),
            &user,
        ),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        applications: application_views(&items, lang),
    })
}

/// A form with only its CSRF token.
#[derive(Debug, Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// `POST /nguoi-tim-viec/ung-tuyen/{id}/rut`
pub async fn withdraw(
    State(state): State<AppState>,
    user: SignedIn,
    Path(id): Path<String>,
    Form(form): Form<CsrfOnly>,
) -> Result<Response> {
    seeker(&user)?;
    user.check_csrf(&form.csrf)?;
    let id: ApplicationId = id.parse().map_err(|_| Error::NotFound)?;
    applications::withdraw(&state.ctx, user.user_id, id).await?;
    Ok(Redirect::to(paths::SEEKER_APPLICATIONS).into_response())
}

/// What a posting's page offers about applying.
#[derive(Debug, Clone, Default)]
pub struct ApplyBox {
    /// A signed-in job seeker who has not applied: the form's action.
    pub form_action: Option<String>,
    pub csrf: String,
    /// An anonymous visitor: where to sign in and come back.
    pub sign_in_href: Option<String>,
    /// Already applied: when, and where it stands.
    pub applied: Option<(String, &'static str)>,
    pub applications_href: &'static str,
}

/// The apply box of a posting's page for whoever is asking.
pub async fn apply_box(
    state: &AppState,
    user: &MaybeSignedIn,
    id: JobId,
    is_open: bool,
    lang: Lang,
) -> Result<ApplyBox> {
    let mut view = ApplyBox {
        applications_href: paths::SEEKER_APPLICATIONS,
        ..ApplyBox::default()
    };
    match &user.0 {
        None if is_open => view.sign_in_href = Some(paths::sign_in_then(&paths::job(id))),
        Some(user) if user.role == Role::JobSeeker => {
            match applications::mine_for_job(&state.ctx, user.user_id, id).await? {
                Some(a) if a.status != ApplicationStatus::Withdrawn => {
                    view.applied = Some((day(a.created_at), pick_labels(lang, a.status.labels())));
                }
                _ if is_open => {
                    view.form_action = Some(paths::apply(id));
                    view.csrf = user.csrf_token.clone();
                }
                _ => {}
            }
        }
        _ => {}
    }
    Ok(view)
}

#[derive(Template)]
#[template(path = "seeker/apply.html")]
struct ApplyPage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    job_href: String,
    title: String,
    employer: String,
    action: String,
    message: String,
    alert: Option<String>,
    errors: FormErrors,
}

/// The apply form's fields.
#[derive(Debug, Deserialize)]
pub struct ApplyForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    message: String,
}

async fn apply_page(
    state: &AppState,
    user: &SignedIn,
    lang: Lang,
    uri: &Uri,
    id: JobId,
) -> Result<ApplyPage> {
    let detail = jobs::public_detail(&state.ctx, id).await?;
    Ok(ApplyPage {
        frame: Frame::for_user(
            lang,
            uri,
            format!("{}: {}", lang.pick("Ứng tuyển", "Apply"), detail.card.title),
            user,
        ),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        job_href: paths::job(id),
        title: detail.card.title.clone(),
        employer: detail.card.employer_name.clone(),
        action: paths::apply(id),
        message: String::new(),
        alert: None,
        errors: FormErrors::default(),
    })
}

fn job_id(id: &str) -> Result<JobId> {
    id.parse().map_err(|_| Error::NotFound)
}

/// `GET /viec-lam/{id}/ung-tuyen`
pub async fn apply_form(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response> {
    seeker(&user)?;
    render(&apply_page(&state, &user, lang, &uri, job_id(&id)?).await?)
}

/// `POST /viec-lam/{id}/ung-tuyen`
pub async fn apply(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Path(id): Path<String>,
    Form(form): Form<ApplyForm>,
) -> Result<Response> {
    seeker(&user)?;
    user.check_csrf(&form.csrf)?;
    let id = job_id(&id)?;
    let (alert, errors, status) =
        match applications::apply(&state.ctx, user.user_id, id, &form.message).await {
            Ok(_) => return Ok(Redirect::to(paths::SEEKER_APPLICATIONS).into_response()),
            Err(Error::Validation(errors)) => (None, errors, StatusCode::BAD_REQUEST),
            Err(Error::Conflict(message)) => (Some(message), Vec::new(), StatusCode::CONFLICT),
            Err(err) => return Err(err),
        };
    let mut page = apply_page(&state, &user, lang, &uri, id).await?;
    page.message = form.message.clone();
    page.alert = alert;
    page.errors = FormErrors(errors);
    let mut response = render(&page)?;
    *response.status_mut() = status;
    Ok(response)
}

// Own data ---------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "seeker/data.html")]
struct DataPage {
    frame: Frame,
    csrf: String,
    links: SeekerLinks,
    data: seekers::OwnData,
    download_href: &'static str,
    delete_action: &'static str,
    errors: FormErrors,
}

async fn data_page_for(
    state: &AppState,
    user: &SignedIn,
    lang: Lang,
    uri: &Uri,
    errors: Vec<FieldError>,
) -> Result<DataPage> {
    let data = seekers::own_data(&state.ctx, user.user_id).await?;
    Ok(DataPage {
        frame: Frame::for_user(lang, uri, lang.pick("Dữ liệu của tôi", "My data"), user),
        csrf: user.csrf_token.clone(),
        links: LINKS,
        data,
        download_href: paths::SEEKER_DATA_DOWNLOAD,
        delete_action: paths::SEEKER_DELETE_ACCOUNT,
        errors: FormErrors(errors),
    })
}

/// `GET /nguoi-tim-viec/du-lieu`
pub async fn data_page(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    seeker(&user)?;
    render(&data_page_for(&state, &user, lang, &uri, Vec::new()).await?)
}

/// `GET /nguoi-tim-viec/du-lieu/tai-ve`
pub async fn download(State(state): State<AppState>, user: SignedIn) -> Result<Response> {
    seeker(&user)?;
    let data = seekers::own_data(&state.ctx, user.user_id).await?;
    let body = serde_json::to_string_pretty(&data)
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("writing the data")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json; charset=utf-8"),
            (
                header::CONTENT_DISPOSITION,
                "attachment; filename=\"du-lieu-cua-toi.json\"",
            ),
            (header::CACHE_CONTROL, "no-store"),
        ],
        body,
    )
        .into_response())
}

/// The account deletion form's fields.
#[derive(Debug, Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    password: String,
}

#[derive(Template)]
#[template(path = "seeker/deleted.html")]
struct DeletedPage {
    frame: Frame,
    anonymised: bool,
}

/// `POST /nguoi-tim-viec/du-lieu/xoa-tai-khoan`
pub async fn delete_account(
    State(state): State<AppState>,
    user: SignedIn,
    lang: Lang,
    uri: Uri,
    Form(form): Form<DeleteForm>,
) -> Result<Response> {
    seeker(&user)?;
    user.check_csrf(&form.csrf)?;
    match seekers::delete_account(&state.ctx, user.user_id, &form.password).await {
        Ok(outcome) => {
            let mut response = render(&DeletedPage {
                frame: Frame::new(lang, &uri, lang.pick("Đã xoá tài khoản", "Account deleted")),
                anonymised: outcome == Deleted::Anonymised,
            })?;
            let cleared = session::set_cookie(&state, SESSION_COOKIE, "", Some(0));
            if let Ok(value) = HeaderValue::from_str(&cleared) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Ok(response)
        }
        Err(Error::Validation(errors)) => {
            let mut response = render(&data_page_for(&state, &user, lang, &uri, errors).await?)?;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(err) => Err(err),
    }
}

/// Names for the codes the data page shows.
impl DataPage {
    fn gender(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        Gender::parse(code).map_or("", |g| pick_labels(lang, gender_labels(g)))
    }

    fn education(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        EducationLevel::parse(code).map_or("", |l| pick_labels(lang, education_labels(l)))
    }

    fn training(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        VocationalTraining::parse(code).map_or("", |l| pick_labels(lang, training_labels(l)))
    }

    fn work_area(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        WorkArea::parse(code).map_or("", |a| pick_labels(lang, a.labels()))
    }

    fn availability(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        Availability::parse(code).map_or("", |a| pick_labels(lang, a.labels()))
    }

    fn language(&self, code: &str, level: &str) -> String {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        let name = language(code).map_or(code, |l| lang.pick(l.name_vi, l.name_en));
        let level = LanguageLevel::parse(level).map_or(level, |l| pick_labels(lang, l.labels()));
        format!("{name}: {level}")
    }

    fn status(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        ApplicationStatus::parse(code).map_or("", |s| pick_labels(lang, s.labels()))
    }

    fn frequency(&self, code: &str) -> &'static str {
        let lang = Lang::parse(self.frame.lang).unwrap_or_default();
        Frequency::parse(code).map_or("", |f| pick_labels(lang, f.labels()))
    }

    /// A stored instant (RFC 3339, Vietnam time) as dd/mm/yyyy.
    fn when(&self, instant: &str) -> String {
        instant
            .get(..10)
            .and_then(crate::db::parse_date_text)
            .map(i18n::format_date)
            .unwrap_or_default()
    }

    fn money(&self, value: &Option<i64>) -> String {
        money_text(*value).unwrap_or_default()
    }
}
