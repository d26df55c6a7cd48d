//! The JSON API: job search, one posting, and its OpenAPI description.

use axum::Json;
use axum::extract::{Path, Query, State};
use axum::http::header;
use axum::response::IntoResponse;
use serde::Serialize;

use crate::db::date_text;
use crate::domain::ids::JobId;
use crate::error::{Error, Result};
use crate::search::{Facets, Hit};
use crate::services::{jobs, search};
use crate::web::AppState;
use crate::web::search_params::SearchParams;

const OPENAPI: &str = include_str!("../../../static/openapi.json");

/// One result in the API.
#[derive(Debug, Serialize)]
pub struct ApiJob {
    pub id: i64,
    pub external_ref: Option<String>,
    pub title: String,
    pub employer_name: String,
    pub district_code: Option<String>,
    pub commune_code: Option<String>,
    pub work_location: &'static str,
    pub country: Option<String>,
    pub place_name: String,
    pub occupation: Option<String>,
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub salary_negotiable: bool,
    pub employment_type: &'static str,
    pub deadline: Option<String>,
    pub published_at: i64,
    pub url: String,
    /// Plain text around the matched words.
    pub snippet: String,
    /// The matched words within the snippet, as they appear there.
    pub highlights: Vec<String>,
}

impl ApiJob {
    fn new(hit: Hit, public_url: &str) -> Self {
        let snippet = hit.snippet.iter().map(|p| p.text.as_str()).collect();
        let highlights = hit
            .snippet
            .iter()
            .filter(|p| p.highlighted)
            .map(|p| p.text.clone())
            .collect();
        Self {
            url: format!("{public_url}{}", crate::web::paths::job(JobId(hit.id))),
            id: hit.id,
            external_ref: hit.external_ref,
            title: hit.title,
            employer_name: hit.employer_name,
            district_code: hit.district_code,
            commune_code: hit.commune_code,
            work_location: hit.work_location.as_str(),
            country: hit.country,
            place_name: hit.place_name,
            occupation: hit.occupation_code,
            salary_negotiable: hit.salary_min.is_none() && hit.salary_max.is_none(),
            salary_min: hit.salary_min,
            salary_max: hit.salary_max,
            employment_type: hit.employment_type.as_str(),
            deadline: hit.deadline.map(date_text),
            published_at: hit.published_at,
            snippet,
            highlights,
        }
    }
}

/// A page of results in the API.
#[derive(Debug, Serialize)]
pub struct ApiResults {
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
    pub items: Vec<ApiJob>,
    pub facets: Facets,
}

/// `GET /api/v1/jobs`
pub async fn search_jobs(
    State(state): State<AppState>,
    Query(params): Query<SearchParams>,
) -> Result<Json<ApiResults>> {
    let request = params
        .to_request(state.ctx.clock.today())
        .map_err(Error::Validation)?;
    let (page, per_page) = (request.page, request.per_page);
    let results = search::search_jobs(&state.ctx, &state.search, request).await?;
    Ok(Json(ApiResults {
        total: results.total,
        page,
        per_page,
        items: results
            .items
            .into_iter()
            .map(|hit| ApiJob::new(hit, &state.public_url))
            .collect(),
        facets: results.facets,
    }))
}

/// One posting in the API.
#[derive(Debug, Serialize)]
pub struct ApiJobDetail {
    pub id: i64,
    pub external_ref: Option<String>,
    pub status: &'static str,
    pub title: String,
    pub description: String,
    pub employer_id: i64,
    pub employer_name: String,
    pub employer_verified: bool,
    pub occupation_name: Option<String>,
    pub work_location: &'static str,
    pub place_name: String,
    pub salary_min: Option<u64>,
    pub salary_max: Option<u64>,
    pub quantity: u32,
    pub employment_type: &'static str,
    pub deadline: Option<String>,
    pub url: String,
}

/// `GET /api/v1/jobs/{id}`
pub async fn job(
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<ApiJobDetail>> {
    let id: JobId = id.parse().map_err(|_| Error::NotFound)?;
    let detail = jobs::public_detail(&state.ctx, id).await?;
    Ok(Json(ApiJobDetail {
        id: id.get(),
        external_ref: detail.external_ref,
        status: detail.status.as_str(),
        title: detail.card.title,
        description: detail.description,
        employer_id: detail.employer_id.get(),
        employer_name: detail.card.employer_name,
        employer_verified: detail.employer_verified,
        occupation_name: detail.occupation_name,
        work_location: detail.card.work_location.as_str(),
        place_name: detail.card.place_name,
        salary_min: detail.card.salary_min.map(|v| v.value()),
        salary_max: detail.card.salary_max.map(|v| v.value()),
        quantity: detail.card.quantity,
        employment_type: detail.employment_type.as_str(),
        deadline: detail.card.deadline.map(date_text),
        url: format!("{}{}", state.public_url, crate::web::paths::job(id)),
    }))
}

/// `GET /api/openapi.json`
pub async fn openapi() -> impl IntoResponse {
    ([(header::CONTENT_TYPE, "application/json")], OPENAPI)
}
