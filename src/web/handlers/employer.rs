//! The employer portal: signing up, the employer's postings, the posting
//! form, and each posting's candidates. Every page but sign-up is for
//! employer accounts only, and only for their own employer's data.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Router};
use serde::Deserialize;

use crate::db::candidates::CandidateRow;
use crate::db::postings::{PostingRow, PostingSummary};
use crate::domain::candidate::{CandidateSource, CandidateStatus};
use crate::domain::ids::JobId;
use crate::domain::job::{EmploymentType, JobStatus};
use crate::domain::posting::{ClosedReason, PostingInput};
use crate::domain::registration::{EmployerDetailsInput, EmployerSignUpInput, HOME_PROVINCE};
use crate::domain::worker::{EducationLevel, VocationalTraining};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::employers::DetailsSaved;
use crate::services::{auth, candidates, employers, postings};
use crate::web::handlers::{FormErrors, Frame, render};
use crate::web::portal::{EmployerUser, OptionGroup, date_of, fixed_menu, menu};
use crate::web::session::{self, CSRF_COOKIE, MaybeSignedIn, SESSION_COOKIE, SignedIn};
use crate::web::{AppState, paths};

/// The employer portal's routes.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route(paths::EMPLOYER_SIGN_UP, get(sign_up_form).post(sign_up))
        .route(paths::EMPLOYER_HOME, get(home))
        .route(
            paths::EMPLOYER_DETAILS,
            get(details_form).post(save_details),
        )
        .route(paths::EMPLOYER_JOB_ROUTE, get(posting))
        .route(
            paths::EMPLOYER_NEW_JOB,
            get(new_posting).post(create_posting),
        )
        .route(
            paths::EMPLOYER_JOB_EDIT_ROUTE,
            get(edit_posting).post(update_posting),
        )
        .route(paths::EMPLOYER_JOB_SUBMIT_ROUTE, post(submit_posting))
        .route(paths::EMPLOYER_JOB_CLOSE_ROUTE, post(close_posting))
        .route(paths::EMPLOYER_CANDIDATES_ROUTE, get(candidate_list))
        .route(paths::EMPLOYER_CANDIDATE_ROUTE, post(move_candidate))
}

fn job_id(id: &str) -> Result<JobId> {
    id.parse().map_err(|_| Error::NotFound)
}

/// A rendered page with a status other than 200.
fn with_status(page: &impl Template, status: StatusCode) -> Result<Response> {
    let mut response = render(page)?;
    *response.status_mut() = status;
    Ok(response)
}

fn append_cookie(response: &mut Response, cookie: &str) {
    if let Ok(value) = HeaderValue::from_str(cookie) {
        response.headers_mut().append(header::SET_COOKIE, value);
    }
}

// Sign-up ----------------------------------------------------------------------

/// The sign-up form's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct SignUpForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    tax_code: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    province_code: String,
    #[serde(default)]
    commune_code: String,
    #[serde(default)]
    contact_name: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    consent: Option<String>,
}

#[derive(Template)]
#[template(path = "employer/sign_up.html")]
struct SignUpPage {
    frame: Frame,
    action: &'static str,
    csrf: String,
    form: SignUpForm,
    provinces: Vec<OptionGroup>,
    communes: Vec<OptionGroup>,
    errors: FormErrors,
}

async fn sign_up_page(
    state: &AppState,
    lang: Lang,
    uri: &Uri,
    user: &MaybeSignedIn,
    csrf: String,
    form: SignUpForm,
    errors: FormErrors,
) -> Result<SignUpPage> {
    let choices = postings::form_choices(&state.ctx).await?;
    let mut provinces = {
        let mut conn = state.ctx.db.pool().acquire().await?;
        crate::db::choices::provinces(&mut conn).await?
    };
    provinces.sort_by_key(|p| p.code != HOME_PROVINCE);
    let province = if form.province_code.is_empty() {
        HOME_PROVINCE.to_owned()
    } else {
        form.province_code.clone()
    };
    Ok(SignUpPage {
        frame: Frame::for_user(
            lang,
            uri,
            lang.pick("Đăng ký nhà tuyển dụng", "Employer sign-up"),
            user,
        ),
        action: paths::EMPLOYER_SIGN_UP,
        csrf,
        provinces: menu(&provinces, &province, lang),
        communes: menu(&choices.communes, &form.commune_code, lang),
        form,
        errors,
    })
}

/// `GET /nha-tuyen-dung/dang-ky`
pub async fn sign_up_form(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
) -> Result<Response> {
    let existing = session::cookie(&headers, CSRF_COOKIE).map(str::to_owned);
    let csrf = existing.clone().unwrap_or_else(auth::random_token);
    let page = sign_up_page(
        &state,
        lang,
        &uri,
        &user,
        csrf.clone(),
        SignUpForm::default(),
        FormErrors::default(),
    )
    .await?;
    let mut response = render(&page)?;
    if existing.is_none() {
        append_cookie(
            &mut response,
            &session::set_cookie(&state, CSRF_COOKIE, &csrf, None),
        );
    }
    Ok(response)
}

/// `POST /nha-tuyen-dung/dang-ky`
pub async fn sign_up(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    headers: HeaderMap,
    user: MaybeSignedIn,
    Form(mut form): Form<SignUpForm>,
) -> Result<Response> {
    let cookie_token = session::cookie(&headers, CSRF_COOKIE).unwrap_or_default();
    if cookie_token.is_empty() || !auth::tokens_match(&form.csrf, cookie_token) {
        return Err(Error::Forbidden);
    }
    let input = EmployerSignUpInput {
        name: form.name.clone(),
        tax_code: form.tax_code.clone(),
        address: form.address.clone(),
        province_code: form.province_code.clone(),
        commune_code: form.commune_code.clone(),
        contact_name: form.contact_name.clone(),
        email: form.email.clone(),
        phone: form.phone.clone(),
        password: std::mem::take(&mut form.password),
        consent: form.consent.is_some(),
    };
    match employers::sign_up(&state.ctx, input, &state.public_url).await {
        Ok(new_session) => {
            let mut response = Redirect::to(paths::EMPLOYER_HOME).into_response();
            append_cookie(
                &mut response,
                &session::set_cookie(&state, SESSION_COOKIE, &new_session.token, None),
            );
            Ok(response)
        }
        Err(Error::Validation(fields)) => {
            let csrf = form.csrf.clone();
            let page =
                sign_up_page(&state, lang, &uri, &user, csrf, form, FormErrors(fields)).await?;
            with_status(&page, StatusCode::BAD_REQUEST)
        }
        Err(err) => Err(err),
    }
}

// The employer's postings -------------------------------------------------------

/// A posting in the employer's list.
#[derive(Debug, Clone)]
pub struct PostingView {
    pub title: String,
    /// The employer's own view of the posting, in any status.
    pub href: String,
    pub public_href: Option<String>,
    pub status: &'static str,
    pub status_class: &'static str,
    pub review_note: Option<String>,
    pub location: &'static str,
    pub deadline: Option<String>,
    pub updated: String,
    pub candidates: i64,
    pub candidates_href: String,
    pub edit_href: Option<String>,
    pub submit_action: Option<String>,
    pub close_action: Option<String>,
}

fn status_label(status: JobStatus, closed: Option<ClosedReason>, lang: Lang) -> &'static str {
    match (status, closed) {
        (JobStatus::Closed, Some(reason)) => lang.pick(reason.label_vi(), reason.label_en()),
        (JobStatus::Draft, _) => lang.pick("Bản nháp", "Draft"),
        (JobStatus::Submitted, _) => lang.pick("Chờ duyệt", "Waiting for review"),
        (JobStatus::Published, _) => lang.pick("Đang tuyển", "Published"),
        (JobStatus::Closed, None) => lang.pick("Đã đóng", "Closed"),
        (JobStatus::Expired, _) => lang.pick("Hết hạn", "Expired"),
    }
}

impl PostingView {
    fn new(p: &PostingSummary, lang: Lang) -> Self {
        Self {
            title: p.title.clone(),
            href: paths::employer_job(p.id),
            public_href: matches!(
                p.status,
                JobStatus::Published | JobStatus::Closed | JobStatus::Expired
            )
            .then(|| paths::job(p.id)),
            status: status_label(p.status, p.closed_reason, lang),
            status_class: p.status.as_str(),
            review_note: (p.status == JobStatus::Draft && !p.review_note.is_empty())
                .then(|| p.review_note.clone()),
            location: lang.pick(p.work_location.label_vi(), p.work_location.label_en()),
            deadline: p.deadline.map(i18n::format_date),
            updated: date_of(p.updated_at),
            candidates: p.candidates,
            candidates_href: paths::employer_candidates(p.id),
            edit_href: (p.status != JobStatus::Closed).then(|| paths::employer_job_edit(p.id)),
            submit_action: matches!(p.status, JobStatus::Draft | JobStatus::Expired)
                .then(|| paths::employer_job_submit(p.id)),
            close_action: (p.status == JobStatus::Published)
                .then(|| paths::employer_job_close(p.id)),
        }
    }
}

#[derive(Template)]
#[template(path = "employer/home.html")]
struct HomePage {
    frame: Frame,
    csrf: String,
    employer_name: String,
    verified: bool,
    review_note: String,
    new_job_href: &'static str,
    details_href: &'static str,
    postings: Vec<PostingView>,
}

/// `GET /nha-tuyen-dung`
pub async fn home(
    State(state): State<AppState>,
    employer: EmployerUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let overview = employers::overview(&state.ctx, employer.employer_id).await?;
    render(&HomePage {
        frame: Frame::for_user(lang, &uri, overview.employer.name.clone(), &employer.user),
        csrf: employer.user.csrf_token.clone(),
        employer_name: overview.employer.name.clone(),
        verified: overview.employer.is_verified,
        review_note: overview.employer.review_note.clone(),
        new_job_href: paths::EMPLOYER_NEW_JOB,
        details_href: paths::EMPLOYER_DETAILS,
        postings: overview
            .postings
            .iter()
            .map(|p| PostingView::new(p, lang))
            .collect(),
    })
}

// The enterprise's details ------------------------------------------------------

/// The enterprise details form's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct DetailsForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    name: String,
    #[serde(default)]
    tax_code: String,
    #[serde(default)]
    address: String,
    #[serde(default)]
    province_code: String,
    #[serde(default)]
    commune_code: String,
    #[serde(default)]
    phone: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    website: String,
    #[serde(default)]
    overseas_licence_no: String,
}

impl DetailsForm {
    /// The form filled with the stored details.
    fn from_row(row: &crate::db::employers::EmployerRow) -> Self {
        Self {
            csrf: String::new(),
            name: row.name.clone(),
            tax_code: row.tax_code.clone().unwrap_or_default(),
            address: row.address.clone(),
            province_code: row.province_code.clone().unwrap_or_default(),
            commune_code: row.commune_code.clone().unwrap_or_default(),
            phone: row
                .phone
                .as_deref()
                .map(|p| {
                    crate::domain::values::PhoneNumber::parse(p)
                        .map(|p| p.formatted())
                        .unwrap_or_else(|_| p.to_owned())
                })
                .unwrap_or_default(),
            email: row.email.clone().unwrap_or_default(),
            website: row.website.clone().unwrap_or_default(),
            overseas_licence_no: row.overseas_licence_no.clone().unwrap_or_default(),
        }
    }

    fn input(&self) -> EmployerDetailsInput {
        EmployerDetailsInput {
            name: self.name.clone(),
            tax_code: self.tax_code.clone(),
            address: self.address.clone(),
            province_code: self.province_code.clone(),
            commune_code: self.commune_code.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            overseas_licence_no: self.overseas_licence_no.clone(),
        }
    }
}

#[derive(Template)]
#[template(path = "employer/details.html")]
struct DetailsPage {
    frame: Frame,
    csrf: String,
    action: &'static str,
    home_href: &'static str,
    form: DetailsForm,
    /// Verified: the tax code is fixed, and a new name or licence is checked again.
    verified: bool,
    /// The stored tax code, shown when it is fixed.
    tax_code: String,
    provinces: Vec<OptionGroup>,
    communes: Vec<OptionGroup>,
    /// Set after a save: what it did to verification.
    saved: Option<DetailsSaved>,
    errors: FormErrors,
}

impl DetailsPage {
    fn unverified_by_save(&self) -> bool {
        self.saved == Some(DetailsSaved::Unverified)
    }
}

/// The `saved` query after a successful save.
#[derive(Debug, Default, Deserialize)]
pub struct SavedQuery {
    #[serde(default)]
    saved: Option<String>,
}

async fn details_page(
    state: &AppState,
    employer: &EmployerUser,
    lang: Lang,
    uri: &Uri,
    form: Option<DetailsForm>,
    saved: Option<DetailsSaved>,
    errors: FormErrors,
) -> Result<DetailsPage> {
    let stored = employers::overview(&state.ctx, employer.employer_id)
        .await?
        .employer;
    let form = form.unwrap_or_else(|| DetailsForm::from_row(&stored));
    let choices = postings::form_choices(&state.ctx).await?;
    let mut provinces = {
        let mut conn = state.ctx.db.pool().acquire().await?;
        crate::db::choices::provinces(&mut conn).await?
    };
    provinces.sort_by_key(|p| p.code != HOME_PROVINCE);
    let province = if form.province_code.is_empty() {
        HOME_PROVINCE.to_owned()
    } else {
        form.province_code.clone()
    };
    Ok(DetailsPage {
        frame: Frame::for_user(
            lang,
            uri,
            lang.pick("Thông tin doanh nghiệp", "Enterprise details"),
            &employer.user,
        ),
        csrf: employer.user.csrf_token.clone(),
        action: paths::EMPLOYER_DETAILS,
        home_href: paths::EMPLOYER_HOME,
        verified: stored.is_verified,
        tax_code: stored.tax_code.clone().unwrap_or_default(),
        provinces: menu(&provinces, &province, lang),
        communes: menu(&choices.communes, &form.commune_code, lang),
        form,
        saved,
        errors,
    })
}

/// `GET /nha-tuyen-dung/doanh-nghiep` (`?saved=1` or `?saved=review` after a save)
pub async fn details_form(
    State(state): State<AppState>,
    employer: EmployerUser,
    Query(query): Query<SavedQuery>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let saved = match query.saved.as_deref() {
        Some("review") => Some(DetailsSaved::Unverified),
        Some(_) => Some(DetailsSaved::Saved),
        None => None,
    };
    let page = details_page(
        &state,
        &employer,
        lang,
        &uri,
        None,
        saved,
        FormErrors::default(),
    )
    .await?;
    render(&page)
}

/// `POST /nha-tuyen-dung/doanh-nghiep`
pub async fn save_details(
    State(state): State<AppState>,
    employer: EmployerUser,
    lang: Lang,
    uri: Uri,
    Form(form): Form<DetailsForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    match employers::update_details(&state.ctx, employer.employer_id, form.input()).await {
        Ok(DetailsSaved::Saved) => {
            Ok(Redirect::to(&format!("{}?saved=1", paths::EMPLOYER_DETAILS)).into_response())
        }
        Ok(DetailsSaved::Unverified) => {
            Ok(Redirect::to(&format!("{}?saved=review", paths::EMPLOYER_DETAILS)).into_response())
        }
        Err(Error::Validation(fields)) => {
            let page = details_page(
                &state,
                &employer,
                lang,
                &uri,
                Some(form),
                None,
                FormErrors(fields),
            )
            .await?;
            with_status(&page, StatusCode::BAD_REQUEST)
        }
        Err(err) => Err(err),
    }
}

// One posting, in any status -------------------------------------------------------

#[derive(Template)]
#[template(path = "employer/posting.html")]
struct PreviewPage {
    frame: Frame,
    csrf: String,
    home_href: &'static str,
    body: super::jobs::JobBody,
    status: &'static str,
    status_class: &'static str,
    review_note: Option<String>,
    public_href: Option<String>,
    edit_href: Option<String>,
    candidates_href: String,
    submit_action: Option<String>,
}

/// `GET /nha-tuyen-dung/tin/{id}`: the employer's own posting as job
/// seekers will see it, whatever its status.
pub async fn posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let id = job_id(&id)?;
    let preview = postings::preview(&state.ctx, employer.employer_id, id).await?;
    let row = &preview.row;
    render(&PreviewPage {
        frame: Frame::for_user(lang, &uri, row.title.clone(), &employer.user),
        csrf: employer.user.csrf_token.clone(),
        home_href: paths::EMPLOYER_HOME,
        body: super::jobs::JobBody::new(&preview.detail, lang),
        status: status_label(row.status, row.closed_reason, lang),
        status_class: row.status.as_str(),
        review_note: (row.status == JobStatus::Draft && !row.review_note.is_empty())
            .then(|| row.review_note.clone()),
        public_href: matches!(
            row.status,
            JobStatus::Published | JobStatus::Closed | JobStatus::Expired
        )
        .then(|| paths::job(id)),
        edit_href: (row.status != JobStatus::Closed).then(|| paths::employer_job_edit(id)),
        candidates_href: paths::employer_candidates(id),
        submit_action: matches!(row.status, JobStatus::Draft | JobStatus::Expired)
            .then(|| paths::employer_job_submit(id)),
    })
}

// The posting form --------------------------------------------------------------

/// The posting form's fields.
#[derive(Debug, Clone, Default, Deserialize)]
pub struct PostingForm {
    #[serde(default)]
    csrf: String,
    /// `save` or `submit`.
    #[serde(default)]
    action: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    description: String,
    #[serde(default)]
    occupation_code: String,
    #[serde(default)]
    quantity: String,
    #[serde(default)]
    salary_min: String,
    #[serde(default)]
    salary_max: String,
    #[serde(default)]
    negotiable: Option<String>,
    #[serde(default)]
    employment_type: String,
    #[serde(default)]
    location: String,
    #[serde(default)]
    commune_code: String,
    #[serde(default)]
    province_code: String,
    #[serde(default)]
    country_code: String,
    #[serde(default)]
    deadline: String,
    #[serde(default)]
    how_to_apply: String,
    #[serde(default)]
    overseas_licence_no: String,
}

impl PostingForm {
    fn input(&self) -> PostingInput {
        PostingInput {
            title: self.title.clone(),
            description: self.description.clone(),
            occupation_code: self.occupation_code.clone(),
            quantity: self.quantity.clone(),
            salary_min: self.salary_min.clone(),
            salary_max: self.salary_max.clone(),
            negotiable: self.negotiable.is_some(),
            employment_type: self.employment_type.clone(),
            location: self.location.clone(),
            commune_code: self.commune_code.clone(),
            province_code: self.province_code.clone(),
            country_code: self.country_code.clone(),
            deadline: self.deadline.clone(),
            how_to_apply: self.how_to_apply.clone(),
            overseas_licence_no: self.overseas_licence_no.clone(),
        }
    }

    /// The form filled with a stored posting.
    fn from_row(row: &PostingRow, licence: Option<String>) -> Self {
        let amount = |v: Option<i64>| {
            v.and_then(|v| u64::try_from(v).ok())
                .and_then(|v| crate::domain::values::Vnd::new(v).ok())
                .map(|v| v.format_plain())
                .unwrap_or_default()
        };
        let location = if row.commune_code.is_some() {
            "commune"
        } else if row.province_code.is_some() {
            "province"
        } else {
            "country"
        };
        Self {
            csrf: String::new(),
            action: String::new(),
            title: row.title.clone(),
            description: row.description.clone(),
            occupation_code: row.occupation_code.clone().unwrap_or_default(),
            quantity: row.quantity.to_string(),
            salary_min: amount(row.salary_min),
            salary_max: amount(row.salary_max),
            negotiable: (row.salary_min.is_none() && row.salary_max.is_none())
                .then(|| "1".to_owned()),
            employment_type: row.employment_type.as_str().to_owned(),
            location: location.to_owned(),
            commune_code: row.commune_code.clone().unwrap_or_default(),
            province_code: row.province_code.clone().unwrap_or_default(),
            country_code: row.country_code.clone().unwrap_or_default(),
            deadline: row.deadline.map(i18n::format_date).unwrap_or_default(),
            how_to_apply: row.how_to_apply.clone(),
            overseas_licence_no: licence.unwrap_or_default(),
        }
    }
}

#[derive(Template)]
#[template(path = "employer/posting_form.html")]
struct PostingPage {
    frame: Frame,
    csrf: String,
    heading: String,
    action: String,
    form: PostingForm,
    status: Option<&'static str>,
    review_note: Option<String>,
    is_published: bool,
    occupations: Vec<OptionGroup>,
    employment_types: Vec<OptionGroup>,
    communes: Vec<OptionGroup>,
    provinces: Vec<OptionGroup>,
    countries: Vec<OptionGroup>,
    home_href: &'static str,
    errors: FormErrors,
}

impl PostingPage {
    fn negotiable(&self) -> bool {
        self.form.negotiable.is_some()
    }
}

/// What the posting page shows about a stored posting.
struct Existing<'a> {
    id: JobId,
    row: &'a PostingRow,
}

async fn posting_page(
    state: &AppState,
    lang: Lang,
    uri: &Uri,
    user: &SignedIn,
    form: PostingForm,
    existing: Option<Existing<'_>>,
    errors: FormErrors,
) -> Result<PostingPage> {
    let choices = postings::form_choices(&state.ctx).await?;
    let types: Vec<(&str, &str, &str)> = EmploymentType::ALL
        .iter()
        .map(|t| (t.as_str(), t.label_vi(), t.label_en()))
        .collect();
    let employment = if form.employment_type.is_empty() {
        EmploymentType::FullTime.as_str().to_owned()
    } else {
        form.employment_type.clone()
    };
    Ok(PostingPage {
        frame: Frame::for_user(
            lang,
            uri,
            match &existing {
                Some(e) => e.row.title.clone(),
                None => lang
                    .pick("Đăng tin tuyển dụng", "New job posting")
                    .to_owned(),
            },
            user,
        ),
        csrf: user.csrf_token.clone(),
        heading: match &existing {
            Some(_) => lang
                .pick("Sửa tin tuyển dụng", "Edit the job posting")
                .to_owned(),
            None => lang
                .pick("Đăng tin tuyển dụng", "New job posting")
                .to_owned(),
        },
        action: match &existing {
            Some(e) => paths::employer_job_edit(e.id),
            None => paths::EMPLOYER_NEW_JOB.to_owned(),
        },
        status: existing
            .as_ref()
            .map(|e| status_label(e.row.status, e.row.closed_reason, lang)),
        review_note: existing
            .as_ref()
            .filter(|e| e.row.status == JobStatus::Draft && !e.row.review_note.is_empty())
            .map(|e| e.row.review_note.clone()),
        is_published: existing
            .as_ref()
            .is_some_and(|e| e.row.status == JobStatus::Published),
        occupations: menu(&choices.occupations, &form.occupation_code, lang),
        employment_types: fixed_menu(&types, &employment, lang),
        communes: menu(&choices.communes, &form.commune_code, lang),
        provinces: menu(&choices.provinces, &form.province_code, lang),
        countries: menu(&choices.countries, &form.country_code, lang),
        home_href: paths::EMPLOYER_HOME,
        form,
        errors,
    })
}

/// `GET /nha-tuyen-dung/tin/moi`
pub async fn new_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let licence = postings::licence_on_file(&state.ctx, employer.employer_id).await?;
    let form = PostingForm {
        location: "commune".to_owned(),
        quantity: "1".to_owned(),
        overseas_licence_no: licence.unwrap_or_default(),
        ..PostingForm::default()
    };
    let page = posting_page(
        &state,
        lang,
        &uri,
        &employer.user,
        form,
        None,
        FormErrors::default(),
    )
    .await?;
    render(&page)
}

/// `POST /nha-tuyen-dung/tin/moi`
pub async fn create_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    lang: Lang,
    uri: Uri,
    Form(form): Form<PostingForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    let submit = form.action == "submit";
    match postings::create(&state.ctx, employer.employer_id, &form.input(), submit).await {
        Ok(_) => Ok(Redirect::to(paths::EMPLOYER_HOME).into_response()),
        Err(Error::Validation(fields)) => {
            let page = posting_page(
                &state,
                lang,
                &uri,
                &employer.user,
                form,
                None,
                FormErrors(fields),
            )
            .await?;
            with_status(&page, StatusCode::BAD_REQUEST)
        }
        Err(err) => Err(err),
    }
}

/// `GET /nha-tuyen-dung/tin/{id}/sua`
pub async fn edit_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let id = job_id(&id)?;
    let row = postings::find(&state.ctx, employer.employer_id, id).await?;
    let licence = postings::licence_on_file(&state.ctx, employer.employer_id).await?;
    let form = PostingForm::from_row(&row, licence);
    let page = posting_page(
        &state,
        lang,
        &uri,
        &employer.user,
        form,
        Some(Existing { id, row: &row }),
        FormErrors::default(),
    )
    .await?;
    render(&page)
}

/// `POST /nha-tuyen-dung/tin/{id}/sua`
pub async fn update_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
    Form(form): Form<PostingForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    let id = job_id(&id)?;
    let submit = form.action == "submit";
    match postings::update(&state.ctx, employer.employer_id, id, &form.input(), submit).await {
        Ok(_) => Ok(Redirect::to(paths::EMPLOYER_HOME).into_response()),
        Err(Error::Validation(fields)) => {
            let row = postings::find(&state.ctx, employer.employer_id, id).await?;
            let existing = Some(Existing { id, row: &row });
            let page = posting_page(
                &state,
                lang,
                &uri,
                &employer.user,
                form,
                existing,
                FormErrors(fields),
            )
            .await?;
            with_status(&page, StatusCode::BAD_REQUEST)
        }
        Err(err) => Err(err),
    }
}

/// A form with only the CSRF token (and, for closing, the reason).
#[derive(Debug, Deserialize)]
pub struct ActionForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    reason: String,
}

/// `POST /nha-tuyen-dung/tin/{id}/gui-duyet`
pub async fn submit_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    Form(form): Form<ActionForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    postings::submit(&state.ctx, employer.employer_id, job_id(&id)?).await?;
    Ok(Redirect::to(paths::EMPLOYER_HOME).into_response())
}

/// `POST /nha-tuyen-dung/tin/{id}/dong` with `reason=closed` or `reason=filled`.
pub async fn close_posting(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    Form(form): Form<ActionForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    let reason = ClosedReason::parse(&form.reason).ok_or_else(|| {
        Error::Validation(vec![crate::domain::FieldError::new(
            "reason",
            "Chọn đóng tin hoặc đã tuyển đủ / Choose closed or filled",
        )])
    })?;
    postings::close(&state.ctx, employer.employer_id, job_id(&id)?, reason).await?;
    Ok(Redirect::to(paths::EMPLOYER_HOME).into_response())
}

// Candidates --------------------------------------------------------------------

/// A step the employer may record for a candidate.
#[derive(Debug, Clone)]
pub struct StepView {
    pub value: &'static str,
    pub label: &'static str,
}

/// A candidate as the employer sees them.
#[derive(Debug, Clone)]
pub struct CandidateView {
    pub name: String,
    pub source: &'static str,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub occupations: String,
    pub skills: String,
    pub education: &'static str,
    pub training: &'static str,
    pub status: &'static str,
    pub status_class: &'static str,
    pub message: String,
    pub applied_on: String,
    pub action: String,
    pub steps: Vec<StepView>,
}

fn education_label(code: &str, lang: Lang) -> &'static str {
    match EducationLevel::parse(code) {
        Some(EducationLevel::None) => lang.pick("Chưa đi học", "No schooling"),
        Some(EducationLevel::Primary) => lang.pick("Tiểu học", "Primary"),
        Some(EducationLevel::LowerSecondary) => lang.pick("Trung học cơ sở", "Lower secondary"),
        Some(EducationLevel::UpperSecondary) => lang.pick("Trung học phổ thông", "Upper secondary"),
        Some(EducationLevel::College) => lang.pick("Cao đẳng", "College"),
        Some(EducationLevel::University) => lang.pick("Đại học", "University"),
        Some(EducationLevel::Postgraduate) => lang.pick("Sau đại học", "Postgraduate"),
        None => "",
    }
}

fn training_label(code: &str, lang: Lang) -> &'static str {
    match VocationalTraining::parse(code) {
        Some(VocationalTraining::None) => lang.pick("Chưa qua đào tạo", "No vocational training"),
        Some(VocationalTraining::UnderThreeMonths) => {
            lang.pick("Dưới 3 tháng", "Under three months")
        }
        Some(VocationalTraining::Elementary) => lang.pick("Sơ cấp", "Elementary"),
        Some(VocationalTraining::Intermediate) => lang.pick("Trung cấp", "Intermediate"),
        Some(VocationalTraining::College) => lang.pick("Cao đẳng nghề", "Vocational college"),
        None => "",
    }
}

impl CandidateView {
    fn new(job: JobId, c: &CandidateRow, lang: Lang) -> Self {
        Self {
            name: c.full_name.clone(),
            source: match c.source {
                CandidateSource::Application => lang.pick("Tự ứng tuyển", "Applied"),
                CandidateSource::Referral => {
                    lang.pick("Trung tâm giới thiệu", "Referred by the Centre")
                }
            },
            phone: c.phone.as_deref().map(|p| {
                crate::domain::values::PhoneNumber::parse(p)
                    .map(|p| p.formatted())
                    .unwrap_or_else(|_| p.to_owned())
            }),
            email: c.email.clone(),
            occupations: c.occupations.join(", "),
            skills: c.skills.clone(),
            education: education_label(&c.education_level, lang),
            training: training_label(&c.vocational_training, lang),
            status: lang.pick(c.status.label_vi(), c.status.label_en()),
            status_class: c.status.as_str(),
            message: c.message.clone(),
            applied_on: date_of(c.created_at),
            action: paths::employer_candidate(job, c.source.as_str(), c.id),
            steps: CandidateStatus::EMPLOYER_STEPS
                .iter()
                .filter(|s| c.status.employer_may_become(**s))
                .map(|s| StepView {
                    value: s.as_str(),
                    label: lang.pick(s.label_vi(), s.label_en()),
                })
                .collect(),
        }
    }
}

#[derive(Template)]
#[template(path = "employer/candidates.html")]
struct CandidatesPage {
    frame: Frame,
    csrf: String,
    title: String,
    status: &'static str,
    home_href: &'static str,
    candidates: Vec<CandidateView>,
}

/// `GET /nha-tuyen-dung/tin/{id}/ung-vien`
pub async fn candidate_list(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path(id): Path<String>,
    lang: Lang,
    uri: Uri,
) -> Result<Response> {
    let id = job_id(&id)?;
    let list = candidates::list(&state.ctx, employer.employer_id, id).await?;
    render(&CandidatesPage {
        frame: Frame::for_user(
            lang,
            &uri,
            format!(
                "{} · {}",
                lang.pick("Ứng viên", "Candidates"),
                list.posting.title
            ),
            &employer.user,
        ),
        csrf: employer.user.csrf_token.clone(),
        title: list.posting.title.clone(),
        status: status_label(list.posting.status, list.posting.closed_reason, lang),
        home_href: paths::EMPLOYER_HOME,
        candidates: list
            .candidates
            .iter()
            .map(|c| CandidateView::new(id, c, lang))
            .collect(),
    })
}

/// The candidate form's fields.
#[derive(Debug, Deserialize)]
pub struct CandidateForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    status: String,
}

/// `POST /nha-tuyen-dung/tin/{id}/ung-vien/{source}/{candidate}`
pub async fn move_candidate(
    State(state): State<AppState>,
    employer: EmployerUser,
    Path((id, source, candidate)): Path<(String, String, String)>,
    Form(form): Form<CandidateForm>,
) -> Result<Response> {
    employer.user.check_csrf(&form.csrf)?;
    let id = job_id(&id)?;
    let source = CandidateSource::parse(&source).ok_or(Error::NotFound)?;
    let candidate: i64 = candidate.parse().map_err(|_| Error::NotFound)?;
    let next = CandidateStatus::parse(&form.status)
        .filter(|s| CandidateStatus::EMPLOYER_STEPS.contains(s))
        .ok_or_else(|| {
            Error::Validation(vec![crate::domain::FieldError::new(
                "status",
                "Chọn đã phỏng vấn, tuyển hoặc không tuyển / Choose interviewed, hired or not hired",
            )])
        })?;
    candidates::set_status(
        &state.ctx,
        employer.employer_id,
        id,
        source,
        candidate,
        next,
        &state.public_url,
    )
    .await?;
    Ok(Redirect::to(&paths::employer_candidates(id)).into_response())
}
