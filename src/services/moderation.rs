//! Staff review of postings: the queue with its risk reasons, publishing,
//! and returning a posting to its employer with a reason (mailed).

use crate::db::{moderation, outbox};
use crate::domain::FieldError;
use crate::domain::ids::JobId;
use crate::domain::job::{JobDetail, JobStatus};
use crate::domain::moderation::{ModerationInput, Risk, risks};
use crate::domain::text::clean_multiline;
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::{Ctx, jobs};

/// A posting in the queue with the reasons to look closer.
#[derive(Debug, Clone)]
pub struct QueueItem {
    pub job: moderation::QueuedJob,
    pub risks: Vec<Risk>,
}

/// The reasons to look closer at a posting.
fn risks_of(job: &moderation::QueuedJob) -> Vec<Risk> {
    risks(&ModerationInput {
        title: &job.title,
        description: &job.description,
        work_location: job.work_location,
        salary_max: job.salary_max.and_then(|v| u64::try_from(v).ok()),
        employer_has_overseas_licence: job
            .employer_licence
            .as_deref()
            .is_some_and(|l| !l.trim().is_empty()),
        employer_phone: job.employer_phone.as_deref(),
        employer_email: job.employer_email.as_deref(),
        employer_address: &job.employer_address,
    })
}

/// The postings waiting for review, oldest first.
pub async fn queue(ctx: &Ctx) -> Result<Vec<QueueItem>> {
    let mut conn = ctx.db.pool().acquire().await?;
    let jobs = moderation::submitted(&mut conn, 200).await?;
    Ok(jobs
        .into_iter()
        .map(|job| QueueItem {
            risks: risks_of(&job),
            job,
        })
        .collect())
}

/// One posting as staff review it, in any status: the page, what the queue
/// shows about it, and its risks.
#[derive(Debug, Clone)]
pub struct Review {
    pub detail: JobDetail,
    pub item: QueueItem,
}

/// Reads one posting for review, whatever its status.
pub async fn review(ctx: &Ctx, id: JobId) -> Result<Review> {
    let mut conn = ctx.db.pool().acquire().await?;
    let detail = crate::db::jobs::find_detail(&mut conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    let job = moderation::find(&mut conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Review {
        detail,
        item: QueueItem {
            risks: risks_of(&job),
            job,
        },
    })
}

/// Publishes a reviewed posting.
pub async fn publish(ctx: &Ctx, id: JobId) -> Result<()> {
    jobs::change_status(ctx, id, JobStatus::Published).await
}

/// Returns a posting to its employer as a draft, with the reason, and mails
/// the reason to the employer in the same transaction.
pub async fn return_to_employer(
    ctx: &Ctx,
    id: JobId,
    reason: &str,
    public_url: &str,
) -> Result<()> {
    let reason = clean_multiline(reason);
    if reason.chars().count() < 10 {
        return Err(Error::Validation(vec![FieldError::new(
            "reason",
            "Ghi rõ lý do (ít nhất 10 ký tự) để doanh nghiệp biết cần sửa gì / Give the reason (at least 10 characters) so the employer knows what to change",
        )]));
    }
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if !moderation::return_to_draft(&mut tx, id, &reason, now).await? {
        return Err(Error::Conflict(
            "Tin này không ở trạng thái chờ duyệt / This posting is not waiting for review"
                .to_owned(),
        ));
    }
    outbox::announce_search_change(
        &mut tx,
        ctx.db.backend(),
        outbox::SearchEntity::Job,
        id.get(),
        now,
    )
    .await?;
    if let Some(contact) = moderation::employer_contact(&mut tx, id).await?
        && let Some(email) = &contact.email
    {
        // The returned posting is a draft, not public: the link opens the
        // employer's own view of it, with the reason and the edit form.
        let link = format!("{public_url}{}", crate::web::paths::employer_job(id));
        let mail = messages::job_returned(
            email,
            &contact.employer_name,
            &contact.title,
            &reason,
            &link,
            format!("job-returned-{id}-{now}"),
        )
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("rendering the e-mail")))?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    tx.commit().await?;
    Ok(())
}
