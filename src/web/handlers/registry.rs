//! The worker registry (staff, and commune officers for their commune):
//! the list and search, a worker's page (sensitive fields for staff only,
//! each view audited), registering a worker on their behalf with the
//! printable claim slip, and claiming such an account.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::get;
use axum::{Extension, Form, Router};
use serde::Deserialize;

use crate::db::registry::RegistryRow;
use crate::domain::household::PovertyStatus;
use crate::domain::ids::WorkerId;
use crate::domain::registration::WorkerRegistrationInput;
use crate::domain::worker::{EducationLevel, Gender, VocationalTraining};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::claims::{self, ClaimError};
use crate::services::{auth, registry};
use crate::web::handlers::staff::{NAV, StaffNav};
use crate::web::handlers::{FormErrors, Frame, render};
use crate::web::middleware::RequestId;
use crate::web::portal::{OptionGroup, RegistryUser, date_time_of, fixed_menu, menu};
use crate::web::session::{self, CSRF_COOKIE, MaybeSignedIn, SESSION_COOKIE};
use crate::web::{AppState, paths};

/// The registry's routes and the claim page.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::REGISTRY, get(list))
        .route(paths::REGISTRY_NEW, get(new_worker).post(register))
        .route(paths::REGISTRY_WORKER_ROUTE, get(worker))
        .route(paths::CLAIM_ACCOUNT, get(claim_form).post(claim))
}

fn gender_label(code: &str, lang: Lang) -> &'static str {
    match Gender::parse(code) {
        Some(Gender::Female) => lang.pick("Nữ", "Female"),
        Some(Gender::Male) => lang.pick("Nam", "Male"),
        Some(Gender::Other) => lang.pick("Khác", "Other"),
        None => "",
    }
}

const EDUCATION: &[(&str, &str, &str)] = &[
    ("none", "Chưa đi học", "No schooling"),
    ("primary", "Tiểu học", "Primary"),
    ("lower_secondary", "Trung học cơ sở", "Lower secondary"),
    ("upper_secondary", "Trung học phổ thông", "Upper secondary"),
    ("college", "Cao đẳng", "College"),
    ("university", "Đại học", "University"),
    ("postgraduate", "Sau đại học", "Postgraduate"),
];

const TRAINING: &[(&str, &str, &str)] = &[
    ("none", "Chưa qua đào tạo", "No vocational training"),
    ("under_3_months", "Dưới 3 tháng", "Under three months"),
    ("elementary", "Sơ cấp", "Elementary"),
    ("intermediate", "Trung cấp", "Intermediate"),
    ("college", "Cao đẳng nghề", "Vocational college"),
];

const GENDERS: &[(&str, &str, &str)] = &[
    ("female", "Nữ", "Female"),
    ("male", "Nam", "Male"),
    ("other", "Khác", "Other"),
];

fn poverty_label(status: PovertyStatus, lang: Lang) -> &'static str {
    match status {
        PovertyStatus::Poor => lang.pick("Hộ nghèo", "Poor household"),
        PovertyStatus::NearPoor => lang.pick("Hộ cận nghèo", "Near-poor household"),
        PovertyStatus::RecentlyOut => lang.pick("Hộ mới thoát nghèo", "Recently out of poverty"),
        PovertyStatus::None => lang.pick("Không thuộc diện", "None of these"),
    }
}

fn label_of(values: &[(&str, &'static str, &'static str)], code: &str, lang: Lang) -> &'static str {
    values
        .iter()
        .find(|(value, _, _)| *value == code)
        .map_or("", |(_, vi, en)| lang.pick(vi, en))
}

// The list ------------------------------------------------------------------------

/// A worker as the registry lists them.
#[derive(Debug, Clone)]
pub struct RowView {
    pub href: String,
    pub name: String,
    pub birth_year: String,
    pub gender: &'static str,
    pub place: String,
    pub phone: String,
}

impl RowView {
    fn new(row: &RegistryRow, lang: Lang) -> Self {
        Self {
            href: paths::registry_worker(row.id),
            name: row.full_name.clone(),
            birth_year: row
                .birth_date
                .map(|d| d.year().to_string())
                .unwrap_or_default(),
            gender: gender_label(&row.gender, lang),
            place: if row.village.is_empty() {
                row.commune_name.clone()
            } else {
                format!("{}, {}", row.village, row.commune_name)
            },
            phone: row
                .phone
                .as_deref()
                .map(|p| {
                    crate::domain::values::PhoneNumber::parse(p)
                        .map(|p| p.formatted())
                        .unwrap_or_else(|_| p.to_owned())
                })
                .unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "staff/registry.html")]
struct ListPage {
    frame: Frame,
    nav: StaffNav,
    is_staff: bool,
    action: &'static str,
    register_href: &'static str,
    q: String,
    communes: Vec<OptionGroup>,
    commune_fixed: Option<String>,
    rows: Vec<RowView>,
    total: i64,
    page: i64,
    previous_href: Option<String>,
    next_href: Option<String>,
}

/// The registry's query.
#[derive(Debug, Default, Deserialize)]
pub struct ListQuery {
    #[serde(default)]
    q: String,
    #[serde(default)]
    commune: String,
    #[serde(default)]
    page: Option<i64>,
}

/// `GET /can-bo/nguoi-lao-dong`
pub async fn list(
    State(state): State<AppState>,
    registrar: RegistryUser,
    Query(query): Query<ListQuery>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let page = query.page.unwrap_or(1).max(1);
    let found = registry::list(
        &state.ctx,
        &registrar.registrar,
        &query.q,
        &query.commune,
        page,
    )
    .await?;
    let link = |page: i64| {
        let q = form_urlencoded::Serializer::new(String::new())
            .append_pair("q", &query.q)
            .append_pair("commune", &query.commune)
            .append_pair("page", &page.to_string())
            .finish();
        format!("{}?{q}", paths::REGISTRY)
    };
    let commune_fixed = match &registrar.registrar.scope {
        registry::Scope::Commune(_) => found.communes.first().map(|c| c.name_vi.clone()),
        registry::Scope::Centre => None,
    };
    render(&ListPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Người lao động", "Workers"),
            &registrar.user,
        ),
        nav: NAV,
        is_staff: registrar.registrar.reads_sensitive_data(),
        action: paths::REGISTRY,
        register_href: paths::REGISTRY_NEW,
        q: query.q.clone(),
        communes: menu(&found.communes, &query.commune, lang),
        commune_fixed,
        rows: found.rows.iter().map(|r| RowView::new(r, lang)).collect(),
        total: found.total,
        page,
        previous_href: (page > 1).then(|| link(page - 1)),
        next_href: (page * registry::PAGE_SIZE < found.total).then(|| link(page + 1)),
    })
}

// A worker's page --------------------------------------------------------------------

#[derive(Template)]
#[template(path = "staff/worker.html")]
struct WorkerPage {
    frame: Frame,
    nav: StaffNav,
    is_staff: bool,
    back_href: &'static str,
    name: String,
    birth_date: String,
    gender: &'static str,
    place: String,
    phone: String,
    email: String,
    education: &'static str,
    training: &'static str,
    occupations: String,
    skills: String,
    employed: bool,
    consent: String,
    registered_by: String,
    has_account: bool,
    sensitive: Option<SensitiveView>,
}

/// The sensitive fields as shown to staff.
#[derive(Debug, Clone)]
pub struct SensitiveView {
    pub ethnicity: String,
    pub citizen_id: String,
    pub household: String,
    pub poverty: String,
}

/// `GET /can-bo/nguoi-lao-dong/{id}`
pub async fn worker(
    State(state): State<AppState>,
    registrar: RegistryUser,
    Extension(request_id): Extension<RequestId>,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let id: WorkerId = id.parse().map_err(|_| Error::NotFound)?;
    let page = registry::worker(&state.ctx, &registrar.registrar, id, &request_id.0).await?;
    let p = page.profile;
    let none = lang.pick("(chưa có)", "(none)");
    render(&WorkerPage {
        frame: Frame::for_user(lang, &uri, p.full_name.clone(), &registrar.user),
        nav: NAV,
        is_staff: registrar.registrar.reads_sensitive_data(),
        back_href: paths::REGISTRY,
        name: p.full_name.clone(),
        birth_date: p.birth_date.map(i18n::format_date).unwrap_or_default(),
        gender: gender_label(&p.gender, lang),
        place: if p.village.is_empty() {
            p.commune_name.clone()
        } else {
            format!("{}, {}", p.village, p.commune_name)
        },
        phone: p.phone.clone().unwrap_or_default(),
        email: p.email.clone().unwrap_or_default(),
        education: label_of(EDUCATION, &p.education_level, lang),
        training: label_of(TRAINING, &p.vocational_training, lang),
        occupations: p.occupations.join(", "),
        skills: p.skills.clone(),
        employed: p.is_employed,
        consent: match p.consent_at {
            Some(at) if p.consent_note.is_empty() => date_time_of(at),
            Some(at) => format!("{} — {}", date_time_of(at), p.consent_note),
            None => none.to_owned(),
        },
        registered_by: p.registered_by.clone().unwrap_or_else(|| {
            lang.pick("Người lao động tự đăng ký", "Signed up themselves")
                .to_owned()
        }),
        has_account: p.has_account,
        sensitive: page.sensitive.map(|s| SensitiveView {
            ethnicity: s.ethnicity.unwrap_or_else(|| none.to_owned()),
            citizen_id: s.citizen_id.unwrap_or_else(|| none.to_owned()),
            household: s.household_code.unwrap_or_else(|| none.to_owned()),
            poverty: s
                .poverty
                .map(|(year, status)| format!("{} ({year})", poverty_label(status, lang)))
                .unwrap_or_else(|| none.to_owned()),
        }),
    })
}

// Registering a worker on their behalf --------------------------------------------------

/// The registration form's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct RegistrationForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    full_name: String,
    #[serde(default)]
    birth_date: String,
    #[serde(default)]
    gender: String,
    #[serde(default)]
    commune_code: String,
    #[serde(default)]
    village: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    ethnicity_code: String,
    #[serde(default)]
    citizen_id: String,
    #[serde(default)]
    household_code: String,
    #[serde(default)]
    poverty_status: String,
    #[serde(default)]
    education_level: String,
    #[serde(default)]
    vocational_training: String,
    #[serde(default)]
    occupation_1: String,
    #[serde(default)]
    occupation_2: String,
    #[serde(default)]
    occupation_3: String,
    #[serde(default)]
    consent: Option<String>,
    #[serde(default)]
    consent_note: String,
}

#[derive(Template)]
#[template(path = "staff/register.html")]
struct RegisterPage {
    frame: Frame,
    nav: StaffNav,
    is_staff: bool,
    csrf: String,
    action: &'static str,
    form: RegistrationForm,
    genders: Vec<OptionGroup>,
    communes: Vec<OptionGroup>,
    ethnicities: Vec<OptionGroup>,
    poverty: Vec<OptionGroup>,
    education: Vec<OptionGroup>,
    training: Vec<OptionGroup>,
    occupations_1: Vec<OptionGroup>,
    occupations_2: Vec<OptionGroup>,
    occupations_3: Vec<OptionGroup>,
    errors: FormErrors,
}

async fn register_page(
    state: &AppState,
    registrar: &RegistryUser,
    lang: Lang,
    uri: &Uri,
    form: RegistrationForm,
    errors: FormErrors,
) -> Result<RegisterPage> {
    let choices = registry::registration_choices(&state.ctx, &registrar.registrar).await?;
    let poverty: Vec<(&str, &str, &str)> = PovertyStatus::ALL
        .iter()
        .map(|s| {
            (
                s.as_str(),
                poverty_label(*s, Lang::Vi),
                poverty_label(*s, Lang::En),
            )
        })
        .collect();
    let commune = if form.commune_code.is_empty() && choices.communes.len() == 1 {
        choices.communes[0].code.clone()
    } else {
        form.commune_code.clone()
    };
    Ok(RegisterPage {
        frame: Frame::for_user(
            lang,
            uri,
            lang.pick("Đăng ký người lao động", "Register a worker"),
            &registrar.user,
        ),
        nav: NAV,
        is_staff: registrar.registrar.reads_sensitive_data(),
        csrf: registrar.user.csrf_token.clone(),
        action: paths::REGISTRY_NEW,
        genders: fixed_menu(GENDERS, &form.gender, lang),
        communes: menu(&choices.communes, &commune, lang),
        ethnicities: menu(&choices.ethnicities, &form.ethnicity_code, lang),
        poverty: fixed_menu(&poverty, &form.poverty_status, lang),
        education: fixed_menu(EDUCATION, &form.education_level, lang),
        training: fixed_menu(TRAINING, &form.vocational_training, lang),
        occupations_1: menu(&choices.occupations, &form.occupation_1, lang),
        occupations_2: menu(&choices.occupations, &form.occupation_2, lang),
        occupations_3: menu(&choices.occupations, &form.occupation_3, lang),
        form,
        errors,
    })
}

/// `GET /can-bo/nguoi-lao-dong/dang-ky`
pub async fn new_worker(
    State(state): State<AppState>,
    registrar: RegistryUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let form = RegistrationForm {
        education_level: EducationLevel::LowerSecondary.as_str().to_owned(),
        vocational_training: VocationalTraining::None.as_str().to_owned(),
        ..RegistrationForm::default()
    };
    let page = register_page(&state, &registrar, lang, &uri, form, FormErrors::default()).await?;
    render(&page)
}

#[derive(Template)]
#[template(path = "staff/slip.html")]
struct SlipPage {
    frame: Frame,
    nav: StaffNav,
    is_staff: bool,
    name: String,
    commune: String,
    login: String,
    code: String,
    expires: String,
    mailed: bool,
    claim_url: String,
    worker_href: String,
    register_href: &'static str,
}

/// `POST /can-bo/nguoi-lao-dong/dang-ky`: registers the worker and shows
/// the slip with the claim code (shown this once only).
pub async fn register(
    State(state): State<AppState>,
    registrar: RegistryUser,
    Extension(request_id): Extension<RequestId>,
    lang: Lang,
    uri: Uri,
    Form(form): Form<RegistrationForm>,
) -> Result<Response> {
    registrar.user.check_csrf(&form.csrf)?;
    let input = WorkerRegistrationInput {
        full_name: form.full_name.clone(),
        birth_date: form.birth_date.clone(),
        gender: form.gender.clone(),
        commune_code: form.commune_code.clone(),
        village: form.village.clone(),
        phone: form.phone.clone(),
        email: form.email.clone(),
        ethnicity_code: form.ethnicity_code.clone(),
        citizen_id: form.citizen_id.clone(),
        household_code: form.household_code.clone(),
        poverty_status: form.poverty_status.clone(),
        education_level: form.education_level.clone(),
        vocational_training: form.vocational_training.clone(),
        occupations: vec![
            form.occupation_1.clone(),
            form.occupation_2.clone(),
            form.occupation_3.clone(),
        ],
        consent: form.consent.is_some(),
        consent_note: form.consent_note.clone(),
    };
    match registry::register(
        &state.ctx,
        &registrar.registrar,
        input,
        &state.public_url,
        &request_id.0,
    )
    .await
    {
        Ok(done) => {
            let mut response = render(&SlipPage {
                frame: Frame::for_user(
                    lang,
                    &uri,
                    lang.pick("Phiếu nhận tài khoản", "Account claim slip"),
                    &registrar.user,
                ),
                nav: NAV,
                is_staff: registrar.registrar.reads_sensitive_data(),
                name: done.full_name,
                commune: done.commune_name,
                login: done.login,
                code: done.code,
                expires: i18n::format_date(done.expires_on),
                mailed: done.mailed,
                claim_url: format!("{}{}", state.public_url, paths::CLAIM_ACCOUNT),
                worker_href: paths::registry_worker(done.worker_id),
                register_href: paths::REGISTRY_NEW,
            })?;
            // The code is on this page only: keep it out of caches and history.
            response
                .headers_mut()
                .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
            Ok(response)
        }
        Err(Error::Validation(fields)) => {
            let page =
                register_page(&state, &registrar, lang, &uri, form, FormErrors(fields)).await?;
            let mut response = render(&page)?;
            *response.status_mut() = StatusCode::BAD_REQUEST;
            Ok(response)
        }
        Err(err) => Err(err),
    }
}

// Claiming an account -------------------------------------------------------------------

#[derive(Template)]
#[template(path = "staff/claim.html")]
struct ClaimPage {
    frame: Frame,
    action: &'static str,
    csrf: String,
    login: String,
    code: String,
    alert: Option<String>,
    errors: FormErrors,
}

/// The claim form's fields (and the code prefilled from the e-mailed link).
#[derive(Debug, Default, Deserialize)]
pub struct ClaimForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    login: String,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
}

fn claim_response(
    state: &AppState,
    page: &ClaimPage,
    status: StatusCode,
    new_cookie: bool,
) -> Result<Response> {
    let mut response = render(page)?;
    *response.status_mut() = status;
    if new_cookie
        && let Ok(value) =
            HeaderValue::from_str(&session::set_cookie(state, CSRF_COOKIE, &page.csrf, None))
    {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
    Ok(response)
}

/// `GET /nhan-tai-khoan`
pub async fn claim_form(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
) -> Result<Response> {
    let existing = session::cookie(&headers, CSRF_COOKIE).map(str::to_owned);
    let csrf = existing.clone().unwrap_or_else(auth::random_token);
    let page = ClaimPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Nhận tài khoản", "Claim your account"),
            &user,
        ),
        action: paths::CLAIM_ACCOUNT,
        csrf,
        login: String::new(),
        code: String::new(),
        alert: None,
        errors: FormErrors::default(),
    };
    claim_response(&state, &page, StatusCode::OK, existing.is_none())
}

/// `POST /nhan-tai-khoan`
pub async fn claim(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Form(form): Form<ClaimForm>,
) -> Result<Response> {
    let cookie_token = session::cookie(&headers, CSRF_COOKIE).unwrap_or_default();
    if cookie_token.is_empty() || !auth::tokens_match(&form.csrf, cookie_token) {
        return Err(Error::Forbidden);
    }
    let page = |alert: Option<&str>, errors: Vec<crate::domain::FieldError>| ClaimPage {
        frame: Frame::for_user(
            lang,
            &uri,
            lang.pick("Nhận tài khoản", "Claim your account"),
            &user,
        ),
        action: paths::CLAIM_ACCOUNT,
        csrf: form.csrf.clone(),
        login: form.login.clone(),
        code: form.code.clone(),
        alert: alert.map(str::to_owned),
        errors: FormErrors(errors),
    };
    match claims::claim(&state.ctx, &form.login, &form.code, form.password.clone()).await {
        Ok(new_session) => {
            let mut response = Redirect::to(paths::SEEKER_HOME).into_response();
            if let Ok(value) = HeaderValue::from_str(&session::set_cookie(
                &state,
                SESSION_COOKIE,
                &new_session.token,
                None,
            )) {
                response.headers_mut().append(header::SET_COOKIE, value);
            }
            Ok(response)
        }
        Err(ClaimError::Fields(errors)) => {
            claim_response(&state, &page(None, errors), StatusCode::BAD_REQUEST, false)
        }
        Err(ClaimError::Refused) => claim_response(
            &state,
            &page(Some(claims::CLAIM_REFUSED), Vec::new()),
            StatusCode::UNAUTHORIZED,
            false,
        ),
        Err(ClaimError::Throttled) => claim_response(
            &state,
            &page(Some(claims::CLAIM_THROTTLED), Vec::new()),
            StatusCode::TOO_MANY_REQUESTS,
            false,
        ),
        Err(ClaimError::Failed(err)) => Err(err),
    }
}
