//! Every URL of the site, in one place; templates get finished links from here.

use crate::domain::ids::JobId;

/// The home page.
pub const HOME: &str = "/";
/// The list of open postings.
pub const JOBS: &str = "/viec-lam";
/// The route pattern of one posting's page.
pub const JOB_ROUTE: &str = "/viec-lam/{id}";
/// Liveness and readiness.
pub const HEALTHZ: &str = "/healthz";
/// The stylesheet; the version query changes whenever the file does.
pub const STYLESHEET: &str = "/static/site.css";

/// One posting's page.
pub fn job(id: JobId) -> String {
    format!("/viec-lam/{id}")
}

/// Open postings of one district.
pub fn jobs_in_district(code: &str) -> String {
    format!("{JOBS}?district_code={code}")
}

/// The search API.
pub const API_JOBS: &str = "/api/v1/jobs";
/// The route pattern of one posting in the API.
pub const API_JOB_ROUTE: &str = "/api/v1/jobs/{id}";
/// The OpenAPI description of the API.
pub const OPENAPI: &str = "/api/openapi.json";
