//! The job list and a posting's page.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::Uri;
use axum::response::Response;
use serde::Deserialize;

use crate::db::jobs::ListFilter;
use crate::domain::FieldError;
use crate::domain::ids::JobId;
use crate::domain::job::JobStatus;
use crate::error::{Error, Result};
use crate::i18n::Lang;
use crate::services::jobs;
use crate::web::handlers::{Frame, JobCardView, render};
use crate::web::{AppState, paths};

/// Postings per page of the list.
pub const PER_PAGE: u32 = 20;

/// The list's query string, as typed; parsed below.
#[derive(Debug, Deserialize)]
pub struct ListQuery {
    district: Option<String>,
    page: Option<String>,
}

#[derive(Template)]
#[template(path = "jobs/list.html")]
struct ListPage {
    frame: Frame,
    cards: Vec<JobCardView>,
    total: i64,
    page: u32,
    last_page: u32,
    previous_href: Option<String>,
    next_href: Option<String>,
}

/// `GET /viec-lam?district=&page=`
pub async fn list(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    Query(query): Query<ListQuery>,
) -> Result<Response> {
    let district = match query
        .district
        .as_deref()
        .map(str::trim)
        .filter(|d| !d.is_empty())
    {
        None => None,
        Some(code) if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) => {
            Some(code.to_owned())
        }
        Some(_) => {
            return Err(Error::Validation(vec![FieldError::new(
                "district",
                "Mã huyện phải gồm 3 chữ số / A district code has 3 digits",
            )]));
        }
    };
    // A page number that is not a number falls back to the first page.
    let page = query
        .page
        .as_deref()
        .and_then(|p| p.trim().parse::<u32>().ok())
        .unwrap_or(1)
        .max(1);
    let filter = ListFilter {
        district_code: district.clone(),
    };
    let result = jobs::list_open(&state.ctx, &filter, page, PER_PAGE).await?;
    let last_page = result.last_page();
    let t = lang.strings();
    render(&ListPage {
        frame: Frame::new(lang, &uri, t.jobs_heading),
        cards: result
            .items
            .iter()
            .map(|c| JobCardView::new(c, lang))
            .collect(),
        total: result.total,
        page: result.page,
        last_page,
        previous_href: (result.page > 1)
            .then(|| paths::jobs_page(district.as_deref(), result.page - 1)),
        next_href: (result.page < last_page)
            .then(|| paths::jobs_page(district.as_deref(), result.page + 1)),
    })
}

#[derive(Template)]
#[template(path = "jobs/detail.html")]
struct DetailPage {
    frame: Frame,
    card: JobCardView,
    is_open: bool,
    occupation: Option<String>,
    employment_type: &'static str,
    quantity: u32,
    description_paragraphs: Vec<String>,
    employer_address: String,
    employer_phone: Option<String>,
    employer_email: Option<String>,
    employer_verified: bool,
}

/// `GET /viec-lam/{id}`
pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response> {
    let id: JobId = id.parse().map_err(|_| Error::NotFound)?;
    let detail = jobs::public_detail(&state.ctx, id).await?;
    let card = JobCardView::new(&detail.card, lang);
    let is_open = detail.status == JobStatus::Published
        && detail
            .card
            .deadline
            .is_none_or(|d| d >= state.ctx.clock.today());
    render(&DetailPage {
        frame: Frame::new(lang, &uri, detail.card.title.clone()),
        is_open,
        occupation: detail.occupation_name.clone(),
        employment_type: lang.pick(
            detail.employment_type.label_vi(),
            detail.employment_type.label_en(),
        ),
        quantity: detail.card.quantity,
        description_paragraphs: detail
            .description
            .split("\n\n")
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .map(str::to_owned)
            .collect(),
        employer_address: detail.employer_address.clone(),
        employer_phone: detail.employer_phone.clone(),
        employer_email: detail.employer_email.clone(),
        employer_verified: detail.employer_verified,
        card,
    })
}
