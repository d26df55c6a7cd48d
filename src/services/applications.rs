//! Job seekers applying to postings, following their applications and
//! withdrawing them.

use crate::db::applications::{self, Application, WorkerApplication};
use crate::db::jobs;
use crate::domain::application::{ApplicationId, ApplicationStatus, clean_message};
use crate::domain::ids::{JobId, UserId};
use crate::domain::job::JobStatus;
use crate::error::{Error, Result};
use crate::services::Ctx;
use crate::services::seekers::worker_of;

/// Why a posting does not take this application, in words for the seeker.
pub const NOT_OPEN: &str =
    "Tin này không còn nhận hồ sơ / This posting no longer takes applications";

/// The message for a second application to the same posting.
pub fn already_applied(on: &str) -> String {
    format!(
        "Bạn đã ứng tuyển tin này ngày {on}. Xem tình trạng ở mục «Hồ sơ đã nộp» / You applied to this posting on {on}. See where it stands under \"My applications\""
    )
}

fn day_of(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| crate::i18n::format_date(t.to_offset(crate::clock::VIETNAM).date()))
        .unwrap_or_default()
}

/// Applies to a posting with an optional message. Only published postings
/// whose deadline has not passed take applications; a second application
/// is refused, except after a withdrawal, which it submits again.
pub async fn apply(
    ctx: &Ctx,
    user_id: UserId,
    job_id: JobId,
    message: &str,
) -> Result<ApplicationId> {
    let message = clean_message(message).map_err(|err| Error::Validation(vec![err]))?;
    let now = ctx.clock.unix();
    let today = ctx.clock.today();
    let mut tx = ctx.db.begin().await?;
    let worker_id = worker_of(&mut tx, user_id).await?;
    let job = jobs::find_detail(&mut tx, job_id)
        .await?
        .ok_or(Error::NotFound)?;
    match job.status {
        JobStatus::Draft | JobStatus::Submitted => return Err(Error::NotFound),
        JobStatus::Closed | JobStatus::Expired => return Err(Error::Conflict(NOT_OPEN.to_owned())),
        JobStatus::Published => {}
    }
    if job.card.deadline.is_some_and(|d| d < today) {
        return Err(Error::Conflict(NOT_OPEN.to_owned()));
    }
    let id = match applications::find_for(&mut tx, worker_id, job_id).await? {
        Some(existing) if existing.status == ApplicationStatus::Withdrawn => {
            applications::resubmit(&mut tx, existing.id, &message, now).await?;
            existing.id
        }
        Some(existing) => {
            return Err(Error::Conflict(already_applied(&day_of(
                existing.created_at,
            ))));
        }
        None => applications::insert(&mut tx, worker_id, job_id, &message, now)
            .await
            .map_err(Error::conflict_on_unique(&already_applied(&day_of(now))))?,
    };
    tx.commit().await?;
    Ok(id)
}

/// A job seeker's application to one posting, if any (for the posting's page).
pub async fn mine_for_job(
    ctx: &Ctx,
    user_id: UserId,
    job_id: JobId,
) -> Result<Option<Application>> {
    let mut conn = ctx.db.pool().acquire().await?;
    let Some(worker_id) = crate::db::seekers::account(&mut conn, user_id)
        .await?
        .and_then(|a| a.worker_id)
    else {
        return Ok(None);
    };
    Ok(applications::find_for(&mut conn, worker_id, job_id).await?)
}

/// A job seeker's applications, newest first.
pub async fn list_mine(ctx: &Ctx, user_id: UserId) -> Result<Vec<WorkerApplication>> {
    let mut conn = ctx.db.pool().acquire().await?;
    let worker_id = worker_of(&mut conn, user_id).await?;
    Ok(applications::list_for_worker(&mut conn, worker_id).await?)
}

/// Withdraws one of the seeker's own applications while it is undecided.
pub async fn withdraw(ctx: &Ctx, user_id: UserId, id: ApplicationId) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let worker_id = worker_of(&mut tx, user_id).await?;
    let application = applications::find(&mut tx, id)
        .await?
        .filter(|a| a.worker_id == worker_id)
        .ok_or(Error::NotFound)?;
    let open: Vec<ApplicationStatus> = ApplicationStatus::ALL
        .iter()
        .copied()
        .filter(|s| s.can_withdraw())
        .collect();
    if !applications::set_status(
        &mut tx,
        application.id,
        &open,
        ApplicationStatus::Withdrawn,
        now,
    )
    .await?
    {
        return Err(Error::Conflict(
            "Hồ sơ này đã có kết quả nên không rút được nữa / This application has been decided and can no longer be withdrawn"
                .to_owned(),
        ));
    }
    tx.commit().await?;
    Ok(())
}
