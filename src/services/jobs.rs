//! Job postings: creating them, moving them through review, and reading them.

use crate::db::jobs::{self, ListFilter};
use crate::db::outbox::{self, SearchEntity};
use crate::domain::ids::JobId;
use crate::domain::job::{JobCard, JobDetail, JobStatus, NewJob};
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
    outbox::announce_search_change(&mut tx, SearchEntity::Job, id.get(), now).await?;
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
    outbox::announce_search_change(&mut tx, SearchEntity::Job, id.get(), now).await?;
    tx.commit().await?;
    Ok(())
}

/// A page of open postings and the total count.
#[derive(Debug, Clone)]
pub struct JobPage {
    pub items: Vec<JobCard>,
    pub total: i64,
    pub page: u32,
    pub per_page: u32,
}

impl JobPage {
    /// The number of the last page (at least 1).
    pub fn last_page(&self) -> u32 {
        let pages = (self.total.max(0) as u64).div_ceil(u64::from(self.per_page.max(1)));
        u32::try_from(pages.max(1)).unwrap_or(u32::MAX)
    }
}

/// Open postings, newest first; `page` counts from 1.
pub async fn list_open(
    ctx: &Ctx,
    filter: &ListFilter,
    page: u32,
    per_page: u32,
) -> Result<JobPage> {
    let per_page = per_page.clamp(1, 100);
    let page = page.max(1);
    let today = ctx.clock.today();
    let offset = u64::from(page - 1) * u64::from(per_page);
    let mut conn = ctx.db.pool().acquire().await?;
    let items = jobs::list_open(&mut conn, today, filter, per_page, offset).await?;
    let total = jobs::count_open(&mut conn, today, filter).await?;
    Ok(JobPage {
        items,
        total,
        page,
        per_page,
    })
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
