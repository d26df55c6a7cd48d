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

/// Signing in.
pub const SIGN_IN: &str = "/dang-nhap";
/// Where each role lands after signing in.
pub const SEEKER_HOME: &str = "/nguoi-tim-viec";
/// The employer portal.
pub const EMPLOYER_HOME: &str = "/nha-tuyen-dung";
/// The staff portal.
pub const STAFF_HOME: &str = "/can-bo";
/// The worker registry (staff, and commune officers for their commune).
pub const REGISTRY: &str = "/can-bo/nguoi-lao-dong";
/// Signing out (POST).
pub const SIGN_OUT: &str = "/dang-xuat";
/// Staff: postings waiting for review.
pub const STAFF_QUEUE: &str = "/can-bo/duyet-tin";
/// Staff: publish a posting (POST).
pub const STAFF_PUBLISH_ROUTE: &str = "/can-bo/tin/{id}/duyet";
/// Staff: return a posting to its employer (POST).
pub const STAFF_RETURN_ROUTE: &str = "/can-bo/tin/{id}/tra-lai";

/// The publish action of one posting.
pub fn staff_publish(id: JobId) -> String {
    format!("/can-bo/tin/{id}/duyet")
}

/// The return action of one posting.
pub fn staff_return(id: JobId) -> String {
    format!("/can-bo/tin/{id}/tra-lai")
}

/// The search API.
pub const API_JOBS: &str = "/api/v1/jobs";
/// The route pattern of one posting in the API.
pub const API_JOB_ROUTE: &str = "/api/v1/jobs/{id}";
/// The OpenAPI description of the API.
pub const OPENAPI: &str = "/api/openapi.json";

// Job seekers and accounts ---------------------------------------------------

// Employers --------------------------------------------------------------------

// Staff and commune officers ---------------------------------------------------

// Print and sharing ------------------------------------------------------------
