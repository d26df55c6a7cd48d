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
/// Where each role lands after signing in, and what "My page" in the page
/// header opens.
pub fn home_of(role: crate::domain::user::Role) -> &'static str {
    use crate::domain::user::Role;
    match role {
        Role::Staff | Role::Admin => STAFF_HOME,
        Role::CommuneOfficer => REGISTRY,
        Role::Employer => EMPLOYER_HOME,
        Role::JobSeeker => SEEKER_HOME,
    }
}

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

/// Job seekers' sign-up.
pub const SIGN_UP: &str = "/dang-ky";
/// Asking for a password reset link.
pub const FORGOT_PASSWORD: &str = "/quen-mat-khau";
/// The route pattern of a password reset link.
pub const RESET_PASSWORD_ROUTE: &str = "/dat-lai-mat-khau/{token}";
/// The job seeker's profile form.
pub const SEEKER_PROFILE: &str = "/nguoi-tim-viec/ho-so";
/// The job seeker's applications.
pub const SEEKER_APPLICATIONS: &str = "/nguoi-tim-viec/ung-tuyen";
/// The route pattern of withdrawing an application (POST).
pub const SEEKER_WITHDRAW_ROUTE: &str = "/nguoi-tim-viec/ung-tuyen/{id}/rut";
/// The route pattern of applying to a posting (form and POST).
pub const APPLY_ROUTE: &str = "/viec-lam/{id}/ung-tuyen";
/// Saving a search (form and POST).
pub const SEEKER_SAVED_SEARCHES: &str = "/nguoi-tim-viec/tim-kiem-da-luu";
/// The route pattern of deleting a saved search (POST).
pub const SEEKER_SAVED_SEARCH_DELETE_ROUTE: &str = "/nguoi-tim-viec/tim-kiem-da-luu/{id}/xoa";
/// Everything stored about the job seeker.
pub const SEEKER_DATA: &str = "/nguoi-tim-viec/du-lieu";
/// The same, as a JSON download.
pub const SEEKER_DATA_DOWNLOAD: &str = "/nguoi-tim-viec/du-lieu/tai-ve";
/// Deleting the job seeker's account (POST).
pub const SEEKER_DELETE_ACCOUNT: &str = "/nguoi-tim-viec/du-lieu/xoa-tai-khoan";
/// The route pattern of an alert's one-click unsubscribe link.
pub const UNSUBSCRIBE_ROUTE: &str = "/huy-nhan-tin/{token}";

/// A password reset link.
pub fn reset_password(token: &str) -> String {
    format!("/dat-lai-mat-khau/{token}")
}

/// Withdrawing an application.
pub fn seeker_withdraw(id: crate::domain::application::ApplicationId) -> String {
    format!("/nguoi-tim-viec/ung-tuyen/{id}/rut")
}

/// Applying to a posting.
pub fn apply(id: JobId) -> String {
    format!("/viec-lam/{id}/ung-tuyen")
}

/// Deleting a saved search.
pub fn seeker_saved_search_delete(id: i64) -> String {
    format!("/nguoi-tim-viec/tim-kiem-da-luu/{id}/xoa")
}

/// An alert's unsubscribe link.
pub fn unsubscribe(token: &str) -> String {
    format!("/huy-nhan-tin/{token}")
}

/// The sign-in page, coming back to `next` afterwards.
pub fn sign_in_then(next: &str) -> String {
    let query = form_urlencoded::Serializer::new(String::new())
        .append_pair("next", next)
        .finish();
    format!("{SIGN_IN}?{query}")
}

// Employers --------------------------------------------------------------------

/// Employer sign-up.
pub const EMPLOYER_SIGN_UP: &str = "/nha-tuyen-dung/dang-ky";
/// The enterprise's details (form and POST).
pub const EMPLOYER_DETAILS: &str = "/nha-tuyen-dung/doanh-nghiep";
/// A new posting (form and POST).
pub const EMPLOYER_NEW_JOB: &str = "/nha-tuyen-dung/tin/moi";
/// The route pattern of the employer's own view of one posting, in any status.
pub const EMPLOYER_JOB_ROUTE: &str = "/nha-tuyen-dung/tin/{id}";
/// The route pattern of a posting's edit form.
pub const EMPLOYER_JOB_EDIT_ROUTE: &str = "/nha-tuyen-dung/tin/{id}/sua";
/// The route pattern of sending a draft for review (POST).
pub const EMPLOYER_JOB_SUBMIT_ROUTE: &str = "/nha-tuyen-dung/tin/{id}/gui-duyet";
/// The route pattern of closing a posting (POST, with the reason).
pub const EMPLOYER_JOB_CLOSE_ROUTE: &str = "/nha-tuyen-dung/tin/{id}/dong";
/// The route pattern of a posting's candidates.
pub const EMPLOYER_CANDIDATES_ROUTE: &str = "/nha-tuyen-dung/tin/{id}/ung-vien";
/// The route pattern of moving a candidate on (POST).
pub const EMPLOYER_CANDIDATE_ROUTE: &str = "/nha-tuyen-dung/tin/{id}/ung-vien/{source}/{candidate}";

/// The employer's own view of one posting, in any status.
pub fn employer_job(id: JobId) -> String {
    format!("/nha-tuyen-dung/tin/{id}")
}

/// A posting's edit form.
pub fn employer_job_edit(id: JobId) -> String {
    format!("/nha-tuyen-dung/tin/{id}/sua")
}

/// Sending a posting for review.
pub fn employer_job_submit(id: JobId) -> String {
    format!("/nha-tuyen-dung/tin/{id}/gui-duyet")
}

/// Closing a posting.
pub fn employer_job_close(id: JobId) -> String {
    format!("/nha-tuyen-dung/tin/{id}/dong")
}

/// A posting's candidates.
pub fn employer_candidates(id: JobId) -> String {
    format!("/nha-tuyen-dung/tin/{id}/ung-vien")
}

/// Moving one candidate on; `source` is `application` or `referral`.
pub fn employer_candidate(id: JobId, source: &str, candidate: i64) -> String {
    format!("/nha-tuyen-dung/tin/{id}/ung-vien/{source}/{candidate}")
}

// Staff and commune officers ---------------------------------------------------

/// Staff: the route pattern of one posting in any status, to review it.
pub const STAFF_JOB_ROUTE: &str = "/can-bo/tin/{id}";
/// Staff: employers waiting for verification.
pub const STAFF_EMPLOYERS: &str = "/can-bo/doanh-nghiep";
/// Staff: the route pattern of verifying an employer (POST).
pub const STAFF_EMPLOYER_VERIFY_ROUTE: &str = "/can-bo/doanh-nghiep/{id}/xac-minh";
/// Staff: the route pattern of returning an employer's sign-up with a reason (POST).
pub const STAFF_EMPLOYER_RETURN_ROUTE: &str = "/can-bo/doanh-nghiep/{id}/tra-lai";
/// Staff: placements waiting for verification.
pub const STAFF_PLACEMENTS: &str = "/can-bo/viec-lam-moi";
/// Staff: the route pattern of verifying a placement (POST).
pub const STAFF_PLACEMENT_VERIFY_ROUTE: &str = "/can-bo/viec-lam-moi/{id}/xac-nhan";
/// Staff: the route pattern of rejecting a placement (POST).
pub const STAFF_PLACEMENT_REJECT_ROUTE: &str = "/can-bo/viec-lam-moi/{id}/tu-choi";
/// The route pattern of one worker in the registry.
pub const REGISTRY_WORKER_ROUTE: &str = "/can-bo/nguoi-lao-dong/{id}";
/// Registering a worker on their behalf (form and POST).
pub const REGISTRY_NEW: &str = "/can-bo/nguoi-lao-dong/dang-ky";
/// Staff: who read which sensitive fields.
pub const STAFF_AUDIT_LOG: &str = "/can-bo/nhat-ky";
/// Claiming an account registered on one's behalf (anyone).
pub const CLAIM_ACCOUNT: &str = "/nhan-tai-khoan";

/// Staff: one posting in any status, to review it.
pub fn staff_job(id: JobId) -> String {
    format!("/can-bo/tin/{id}")
}

/// Verifying an employer.
pub fn staff_employer_verify(id: crate::domain::ids::EmployerId) -> String {
    format!("/can-bo/doanh-nghiep/{id}/xac-minh")
}

/// Returning an employer's sign-up.
pub fn staff_employer_return(id: crate::domain::ids::EmployerId) -> String {
    format!("/can-bo/doanh-nghiep/{id}/tra-lai")
}

/// Verifying a placement.
pub fn staff_placement_verify(id: crate::domain::ids::PlacementId) -> String {
    format!("/can-bo/viec-lam-moi/{id}/xac-nhan")
}

/// Rejecting a placement.
pub fn staff_placement_reject(id: crate::domain::ids::PlacementId) -> String {
    format!("/can-bo/viec-lam-moi/{id}/tu-choi")
}

/// One worker in the registry.
pub fn registry_worker(id: crate::domain::ids::WorkerId) -> String {
    format!("/can-bo/nguoi-lao-dong/{id}")
}

// Print and sharing ------------------------------------------------------------

/// The route pattern of a posting's one-page A4 notice, for printing.
pub const JOB_PRINT_ROUTE: &str = "/viec-lam/{id}/in";
/// The route pattern of a posting's text for Zalo groups (`?format=txt` for plain text).
pub const JOB_ZALO_ROUTE: &str = "/viec-lam/{id}/zalo";

/// A posting's printable notice.
pub fn job_print(id: JobId) -> String {
    format!("/viec-lam/{id}/in")
}

/// The page with a posting's text for Zalo groups.
pub fn job_zalo(id: JobId) -> String {
    format!("/viec-lam/{id}/zalo")
}

/// A posting's text for Zalo groups, as plain text.
pub fn job_zalo_text(id: JobId) -> String {
    format!("/viec-lam/{id}/zalo?format=txt")
}
