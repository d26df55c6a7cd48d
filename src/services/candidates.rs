//! A posting's candidates for its employer, and moving them through
//! interview to a decision. A hire records a placement that staff verify,
//! and the worker hears of it by e-mail.

use crate::db::candidates::{self, CandidateRow};
use crate::db::outbox;
use crate::db::placements::{self, NewPlacement};
use crate::db::postings::{self, PostingRow};
use crate::db::registry;
use crate::domain::candidate::{CandidateSource, CandidateStatus};
use crate::domain::ids::{EmployerId, JobId};
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::Ctx;
use crate::services::employers::mail_error;

/// A posting with its candidates.
#[derive(Debug, Clone)]
pub struct CandidateList {
    pub posting: PostingRow,
    pub candidates: Vec<CandidateRow>,
}

/// The candidates of one of the employer's postings; not found when the
/// posting is another employer's.
pub async fn list(ctx: &Ctx, employer_id: EmployerId, job_id: JobId) -> Result<CandidateList> {
    let mut conn = ctx.db.pool().acquire().await?;
    let posting = postings::find_for_employer(&mut conn, job_id, employer_id)
        .await?
        .ok_or(Error::NotFound)?;
    let candidates = candidates::list_for_job(&mut conn, job_id).await?;
    Ok(CandidateList {
        posting,
        candidates,
    })
}

/// Moves a candidate of one of the employer's postings to `next`. A hire
/// records an unverified placement (today, abroad when the posting is) and
/// mails the worker when they have an e-mail address.
pub async fn set_status(
    ctx: &Ctx,
    employer_id: EmployerId,
    job_id: JobId,
    source: CandidateSource,
    candidate_id: i64,
    next: CandidateStatus,
    public_url: &str,
) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let posting = postings::find_for_employer(&mut tx, job_id, employer_id)
        .await?
        .ok_or(Error::NotFound)?;
    let (worker_id, current) = candidates::find(&mut tx, job_id, source, candidate_id)
        .await?
        .ok_or(Error::NotFound)?;
    if !current.employer_may_become(next) {
        return Err(Error::Conflict(format!(
            "Không thể chuyển ứng viên từ «{}» sang «{}» / A candidate cannot go from {} to {}",
            current.label_vi(),
            next.label_vi(),
            current.label_en(),
            next.label_en()
        )));
    }
    candidates::set_status(&mut tx, source, candidate_id, next, now).await?;
    if next == CandidateStatus::Hired {
        placements::insert(
            &mut tx,
            &NewPlacement {
                worker_id,
                job_id,
                employer_id,
                application_id: (source == CandidateSource::Application).then_some(candidate_id),
                referral_id: (source == CandidateSource::Referral).then_some(candidate_id),
                placed_on: ctx.clock.today(),
                country_code: posting.country_code.clone(),
                source: "employer",
            },
            now,
        )
        .await?;
    }
    if next != CandidateStatus::Interviewed
        && let Some(worker) = registry::profile(&mut tx, worker_id).await?
        && let Some(email) = &worker.email
    {
        let employer = crate::db::employers::find(&mut tx, employer_id)
            .await?
            .map(|e| e.name)
            .unwrap_or_default();
        let link = format!("{public_url}{}", crate::web::paths::job(job_id));
        let mail = messages::application_update(
            email,
            messages::ApplicationUpdate {
                worker: &worker.full_name,
                title: &posting.title,
                employer: &employer,
                status_vi: next.label_vi(),
                status_en: next.label_en(),
                hired: next == CandidateStatus::Hired,
                link: &link,
            },
            format!("candidate-{source}-{candidate_id}-{next}-{now}"),
        )
        .map_err(mail_error)?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
