//! Job postings: creating them, moving them through review, and reading them.

use crate::db::jobs;
use crate::db::outbox::{self, SearchEntity};
use crate::domain::ids::JobId;
use crate::domain::job::{JobDetail, JobStatus, NewJob};
use crate::error::{Error, Result};
use crate::services::Ctx;

/// Stores a new posting with `status` (drafts from employers, published from
/// trusted imports) and announces it to the search index.
pub async fn create_job(ctx: &Ctx, job: NewJob, status: JobStatus) -> Result<JobId> {
    let job = job
        .validated(ctx.clock.today())
        .map_err(Error::Validation)?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let id = jobs::insert(&mut tx, &job, status, now)
        .await
        .map_err(Error::conflict_on_unique(
            "Mã tham chiếu của tin đã tồn tại / A posting with this external reference already exists",
        ))?;
    outbox::announce_search_change(&mut tx, ctx.db.backend(), SearchEntity::Job, id.get(), now)
        .await?;
    tx.commit().await?;
    Ok(id)
}

/// Moves a posting to `next` if its life cycle allows it.
pub async fn change_status(ctx: &Ctx, id: JobId, next: JobStatus) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let current = jobs::status(&mut tx, id).await?.ok_or(Error::NotFound)?;
    if !current.can_become(next) {
        return Err(Error::Conflict(format!(
            "Không thể chuyển tin từ «{}» sang «{}» / A posting cannot go from {current} to {next}",
            current.label_vi(),
            next.label_vi()
        )));
    }
    jobs::set_status(&mut tx, id, next, now).await?;
    outbox::announce_search_change(&mut tx, ctx.db.backend(), SearchEntity::Job, id.get(), now)
        .await?;
    tx.commit().await?;
    Ok(())
}

/// A posting's public page. Only published postings are public; a closed or
/// expired one still shows, marked as no longer open, so shared links keep working.
pub async fn public_detail(ctx: &Ctx, id: JobId) -> Result<JobDetail> {
    let mut conn = ctx.db.pool().acquire().await?;
    let detail = jobs::find_detail(&mut conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    match detail.status {
        JobStatus::Published | JobStatus::Closed | JobStatus::Expired => Ok(detail),
        JobStatus::Draft | JobStatus::Submitted => Err(Error::NotFound),
    }
}
