//! The home page: the province's districts and the newest postings.

use askama::Template;
use axum::extract::State;
use axum::http::Uri;
use axum::response::Response;

use crate::error::Result;
use crate::i18n::Lang;
use crate::services::portal;
use crate::web::handlers::{Frame, JobCardView, render};
use crate::web::session::MaybeSignedIn;
use crate::web::{AppState, paths};

/// A district as a link on the home page.
#[derive(Debug, Clone)]
pub struct DistrictView {
    pub code: String,
    pub name: String,
    pub communes: i64,
    pub open_jobs: i64,
    pub href: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    frame: Frame,
    districts: Vec<DistrictView>,
    newest: Vec<JobCardView>,
    open_jobs: i64,
    employer_sign_up_href: &'static str,
}

/// `GET /`
pub async fn show(
    State(state): State<AppState>,
    lang: Lang,
    uri: Uri,
    user: MaybeSignedIn,
) -> Result<Response> {
    let overview = portal::overview(&state.ctx).await?;
    let t = lang.strings();
    render(&HomePage {
        frame: Frame::for_user(lang, &uri, t.site_name, &user),
        districts: overview
            .districts
            .iter()
            .map(|d| DistrictView {
                code: d.code.clone(),
                name: d.name_with_type.clone(),
                communes: d.commune_count,
                open_jobs: d.open_jobs,
                href: paths::jobs_in_district(&d.code),
            })
            .collect(),
        newest: overview
            .newest
            .iter()
            .map(|c| JobCardView::new(c, lang))
            .collect(),
        open_jobs: overview.open_jobs,
        employer_sign_up_href: paths::EMPLOYER_SIGN_UP,
    })
}
