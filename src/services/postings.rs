//! An employer's own postings: writing and editing them, sending them for
//! review, closing them. Every change is announced to the search index in
//! the same transaction, so a posting leaves (or enters) search within a
//! second of the change.

use crate::db::choices::{self, Choice};
use crate::db::outbox::{self, SearchEntity};
use crate::db::postings::{self, PostingRow};
use crate::db::{Tx, employers};
use crate::domain::FieldError;
use crate::domain::ids::{EmployerId, JobId};
use crate::domain::job::{JobDetail, JobStatus, Workplace};
use crate::domain::posting::{ClosedReason, PostingDraft, PostingInput, needs_new_review};
use crate::domain::registration::HOME_PROVINCE;
use crate::error::{Error, Result};
use crate::services::Ctx;

/// The menus of the posting form.
#[derive(Debug, Clone)]
pub struct FormChoices {
    pub communes: Vec<Choice>,
    pub provinces: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub occupations: Vec<Choice>,
}

/// Reads the menus of the posting form.
pub async fn form_choices(ctx: &Ctx) -> Result<FormChoices> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(FormChoices {
        communes: choices::communes(&mut conn, HOME_PROVINCE).await?,
        provinces: choices::provinces(&mut conn)
            .await?
            .into_iter()
            .filter(|p| p.code != HOME_PROVINCE)
            .collect(),
        countries: choices::countries(&mut conn)
            .await?
            .into_iter()
            .filter(|c| c.code != "VN")
            .collect(),
        occupations: choices::occupations(&mut conn).await?,
    })
}

/// The licence for sending workers abroad that the employer has on file.
pub async fn licence_on_file(ctx: &Ctx, employer_id: EmployerId) -> Result<Option<String>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(employers::find(&mut conn, employer_id)
        .await?
        .and_then(|e| e.overseas_licence_no))
}

/// Parses the form and checks its codes against the reference data.
async fn checked(
    conn: &mut sqlx::AnyConnection,
    input: &PostingInput,
    employer_id: EmployerId,
    today: time::Date,
) -> Result<PostingDraft> {
    let parsed = input.parse(employer_id, today);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let has = |errors: &[FieldError], field| errors.iter().any(|e| e.field == field);
    let occupation = input.occupation_code.trim();
    if occupation.is_empty() {
        errors.push(FieldError::new(
            "occupation_code",
            "Chọn nghề cần tuyển / Choose the occupation",
        ));
    } else if !choices::occupation_exists(conn, occupation).await? {
        errors.push(FieldError::new(
            "occupation_code",
            "Chọn nghề trong danh sách / Choose an occupation from the list",
        ));
    }
    if let Ok(draft) = &parsed {
        match &draft.job.workplace {
            Workplace::Commune(code) if !has(&errors, "commune_code") => {
                if !choices::commune_in_province(conn, code, HOME_PROVINCE).await? {
                    errors.push(FieldError::new(
                        "commune_code",
                        "Chọn xã, phường trong tỉnh Lào Cai / Choose a commune of Lào Cai",
                    ));
                }
            }
            Workplace::Province(code) => {
                if code == HOME_PROVINCE || !choices::province_exists(conn, code).await? {
                    errors.push(FieldError::new(
                        "province_code",
                        "Chọn một tỉnh khác trong danh sách; việc trong tỉnh Lào Cai thì chọn xã, phường / Choose another province from the list; for work in Lào Cai choose the commune",
                    ));
                }
            }
            Workplace::Country(code) => {
                if code == "VN" || !choices::country_exists(conn, code).await? {
                    errors.push(FieldError::new(
                        "country_code",
                        "Chọn nước trong danh sách / Choose a country from the list",
                    ));
                }
            }
            Workplace::Commune(_) => {}
        }
    }
    match parsed {
        Ok(draft) if errors.is_empty() => Ok(draft),
        _ => Err(Error::Validation(errors)),
    }
}

async fn announce(ctx: &Ctx, tx: &mut Tx, id: JobId, now: i64) -> Result<()> {
    outbox::announce_search_change(tx, ctx.db.backend(), SearchEntity::Job, id.get(), now).await?;
    Ok(())
}

/// Records the licence the form gave, when the work is abroad.
async fn keep_licence(
    tx: &mut Tx,
    employer_id: EmployerId,
    draft: &PostingDraft,
    now: i64,
) -> Result<()> {
    if let Some(licence) = &draft.overseas_licence_no {
        employers::set_overseas_licence(tx, employer_id, licence, now).await?;
    }
    Ok(())
}

/// Stores a new posting as a draft, or sends it for review at once.
pub async fn create(
    ctx: &Ctx,
    employer_id: EmployerId,
    input: &PostingInput,
    submit: bool,
) -> Result<JobId> {
    let draft = {
        let mut conn = ctx.db.pool().acquire().await?;
        checked(&mut conn, input, employer_id, ctx.clock.today()).await?
    };
    let now = ctx.clock.unix();
    let status = if submit {
        JobStatus::Submitted
    } else {
        JobStatus::Draft
    };
    let mut tx = ctx.db.begin().await?;
    keep_licence(&mut tx, employer_id, &draft, now).await?;
    let id = postings::insert(&mut tx, &draft.job, &draft.how_to_apply, status, now).await?;
    announce(ctx, &mut tx, id, now).await?;
    tx.commit().await?;
    Ok(id)
}

/// One of the employer's postings; not found when it is another's.
pub async fn find(ctx: &Ctx, employer_id: EmployerId, id: JobId) -> Result<PostingRow> {
    let mut conn = ctx.db.pool().acquire().await?;
    postings::find_for_employer(&mut conn, id, employer_id)
        .await?
        .ok_or(Error::NotFound)
}

/// One of the employer's postings as its public page would show it, with
/// what the employer's own view adds (the status, the reviewer's note).
#[derive(Debug, Clone)]
pub struct Preview {
    pub detail: JobDetail,
    pub row: PostingRow,
}

/// Reads one of the employer's postings, in any status, for its own view;
/// not found when it is another's.
pub async fn preview(ctx: &Ctx, employer_id: EmployerId, id: JobId) -> Result<Preview> {
    let mut conn = ctx.db.pool().acquire().await?;
    let row = postings::find_for_employer(&mut conn, id, employer_id)
        .await?
        .ok_or(Error::NotFound)?;
    let detail = crate::db::jobs::find_detail(&mut conn, id)
        .await?
        .ok_or(Error::NotFound)?;
    Ok(Preview { detail, row })
}

/// What an edit did to the posting's status.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditOutcome {
    /// Saved; the status is unchanged (a draft, or a posting waiting for review).
    Saved,
    /// Sent for review (asked for, or a published posting changed in substance).
    SentForReview,
    /// A published posting changed only in what needs no review; it stays published.
    StillPublished,
}

fn not_editable() -> Error {
    Error::Conflict(
        "Tin đã đóng không sửa được nữa; hãy đăng tin mới / A closed posting can no longer be edited; post a new one".to_owned(),
    )
}

/// Saves an edit of one of the employer's postings. A published posting
/// whose reviewed content changed goes back to review and out of search.
pub async fn update(
    ctx: &Ctx,
    employer_id: EmployerId,
    id: JobId,
    input: &PostingInput,
    submit: bool,
) -> Result<EditOutcome> {
    let current = find(ctx, employer_id, id).await?;
    if current.status == JobStatus::Closed {
        return Err(not_editable());
    }
    let mut draft = {
        let mut conn = ctx.db.pool().acquire().await?;
        checked(&mut conn, input, employer_id, ctx.clock.today()).await?
    };
    draft.job.external_ref = current.external_ref.clone();
    let (status, outcome) = match current.status {
        JobStatus::Published if needs_new_review(&current.as_new_job(), &draft.job) => {
            (JobStatus::Submitted, EditOutcome::SentForReview)
        }
        JobStatus::Published => (JobStatus::Published, EditOutcome::StillPublished),
        JobStatus::Draft | JobStatus::Expired if submit => {
            (JobStatus::Submitted, EditOutcome::SentForReview)
        }
        other => (other, EditOutcome::Saved),
    };
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    keep_licence(&mut tx, employer_id, &draft, now).await?;
    postings::update(
        &mut tx,
        id,
        &draft.job,
        &draft.how_to_apply,
        status,
        outcome == EditOutcome::SentForReview,
        now,
    )
    .await?;
    announce(ctx, &mut tx, id, now).await?;
    tx.commit().await?;
    Ok(outcome)
}

/// Sends a draft (or an expired posting) for review.
pub async fn submit(ctx: &Ctx, employer_id: EmployerId, id: JobId) -> Result<()> {
    find(ctx, employer_id, id).await?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if !postings::submit(&mut tx, id, now).await? {
        return Err(Error::Conflict(
            "Chỉ gửi duyệt được bản nháp hoặc tin đã hết hạn / Only drafts and expired postings can be sent for review".to_owned(),
        ));
    }
    announce(ctx, &mut tx, id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Closes a published posting, withdrawn or filled.
pub async fn close(
    ctx: &Ctx,
    employer_id: EmployerId,
    id: JobId,
    reason: ClosedReason,
) -> Result<()> {
    find(ctx, employer_id, id).await?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if !postings::close(&mut tx, id, reason, now).await? {
        return Err(Error::Conflict(
            "Chỉ đóng được tin đang đăng / Only a published posting can be closed".to_owned(),
        ));
    }
    announce(ctx, &mut tx, id, now).await?;
    tx.commit().await?;
    Ok(())
}
