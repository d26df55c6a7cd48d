//! An employer's own postings: their list with status and candidates, one
//! posting's stored content for the edit form, and the employer-side
//! changes (how to apply, submission time, closing).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{jobs, parse_date_text};
use crate::domain::ids::{EmployerId, JobId};
use crate::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, WorkLocation, Workplace};
use crate::domain::posting::ClosedReason;
use crate::domain::values::Vnd;

/// A posting in its employer's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingSummary {
    pub id: JobId,
    pub title: String,
    pub status: JobStatus,
    pub closed_reason: Option<ClosedReason>,
    pub review_note: String,
    pub work_location: WorkLocation,
    pub deadline: Option<time::Date>,
    pub updated_at: i64,
    pub candidates: i64,
}

/// A posting as stored, with what the edit form and the review rules need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PostingRow {
    pub id: JobId,
    pub employer_id: EmployerId,
    pub status: JobStatus,
    pub closed_reason: Option<ClosedReason>,
    pub review_note: String,
    pub title: String,
    pub description: String,
    pub occupation_code: Option<String>,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub quantity: i64,
    pub commune_code: Option<String>,
    pub province_code: Option<String>,
    pub country_code: Option<String>,
    pub employment_type: EmploymentType,
    pub deadline: Option<time::Date>,
    pub how_to_apply: String,
    pub external_ref: Option<String>,
}

fn money(v: Option<i64>) -> Option<Vnd> {
    v.and_then(|v| u64::try_from(v).ok())
        .and_then(|v| Vnd::new(v).ok())
}

impl PostingRow {
    /// The stored content as a write model, to compare an edit against.
    pub fn as_new_job(&self) -> NewJob {
        let workplace = match (&self.commune_code, &self.province_code, &self.country_code) {
            (Some(c), _, _) => Workplace::Commune(c.clone()),
            (None, Some(p), _) => Workplace::Province(p.clone()),
            (None, None, Some(k)) => Workplace::Country(k.clone()),
            (None, None, None) => Workplace::Commune(String::new()),
        };
        NewJob {
            employer_id: self.employer_id,
            external_ref: self.external_ref.clone(),
            title: self.title.clone(),
            description: self.description.clone(),
            occupation_code: self.occupation_code.clone(),
            salary: SalaryRange::new(money(self.salary_min), money(self.salary_max))
                .unwrap_or(SalaryRange::NEGOTIABLE),
            quantity: u32::try_from(self.quantity).unwrap_or(1),
            workplace,
            employment_type: self.employment_type,
            deadline: self.deadline,
        }
    }
}

fn closed_reason(row: &AnyRow) -> Result<Option<ClosedReason>, sqlx::Error> {
    let text: Option<String> = row.try_get("closed_reason")?;
    Ok(text.as_deref().and_then(ClosedReason::parse))
}

fn status(row: &AnyRow) -> Result<JobStatus, sqlx::Error> {
    let text: String = row.try_get("status")?;
    Ok(JobStatus::parse(&text).unwrap_or(JobStatus::Draft))
}

fn date(row: &AnyRow, column: &str) -> Result<Option<time::Date>, sqlx::Error> {
    let text: Option<String> = row.try_get(column)?;
    Ok(text.as_deref().and_then(parse_date_text))
}

/// The employer's postings, newest change first, with their number of
/// candidates (applications and referrals).
pub async fn list_for_employer(
    conn: &mut AnyConnection,
    employer_id: EmployerId,
) -> Result<Vec<PostingSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT j.id, j.title, j.status, j.closed_reason, j.review_note, j.work_location, j.deadline, \
         j.updated_at, \
         (SELECT COUNT(*) FROM applications a WHERE a.job_id = j.id AND a.status <> 'withdrawn') \
         + (SELECT COUNT(*) FROM referrals r WHERE r.job_id = j.id AND r.status <> 'withdrawn') AS candidates \
         FROM jobs j WHERE j.employer_id = $1 ORDER BY j.updated_at DESC, j.id DESC",
    )
    .bind(employer_id.get())
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let location: String = row.try_get("work_location")?;
            Ok(PostingSummary {
                id: JobId(row.try_get("id")?),
                title: row.try_get("title")?,
                status: status(row)?,
                closed_reason: closed_reason(row)?,
                review_note: row.try_get("review_note")?,
                work_location: WorkLocation::parse(&location).unwrap_or(WorkLocation::InProvince),
                deadline: date(row, "deadline")?,
                updated_at: row.try_get("updated_at")?,
                candidates: row.try_get("candidates")?,
            })
        })
        .collect()
}

/// One posting of this employer; `None` when there is none or it belongs
/// to another employer (both look the same to the asker).
pub async fn find_for_employer(
    conn: &mut AnyConnection,
    id: JobId,
    employer_id: EmployerId,
) -> Result<Option<PostingRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, employer_id, status, closed_reason, review_note, title, description, occupation_code, \
         salary_min, salary_max, quantity, commune_code, province_code, country_code, employment_type, \
         deadline, how_to_apply, external_ref FROM jobs WHERE id = $1 AND employer_id = $2",
    )
    .bind(id.get())
    .bind(employer_id.get())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        let employment: String = row.try_get("employment_type")?;
        Ok(PostingRow {
            id: JobId(row.try_get("id")?),
            employer_id: EmployerId(row.try_get("employer_id")?),
            status: status(&row)?,
            closed_reason: closed_reason(&row)?,
            review_note: row.try_get("review_note")?,
            title: row.try_get("title")?,
            description: row.try_get("description")?,
            occupation_code: row.try_get("occupation_code")?,
            salary_min: row.try_get("salary_min")?,
            salary_max: row.try_get("salary_max")?,
            quantity: row.try_get("quantity")?,
            commune_code: row.try_get("commune_code")?,
            province_code: row.try_get("province_code")?,
            country_code: row.try_get("country_code")?,
            employment_type: EmploymentType::parse(&employment).unwrap_or(EmploymentType::FullTime),
            deadline: date(&row, "deadline")?,
            how_to_apply: row.try_get("how_to_apply")?,
            external_ref: row.try_get("external_ref")?,
        })
    })
    .transpose()
}

/// Stores a new posting from the employer form.
pub async fn insert(
    conn: &mut AnyConnection,
    job: &NewJob,
    how_to_apply: &str,
    status: JobStatus,
    now: i64,
) -> Result<JobId, sqlx::Error> {
    let id = jobs::insert(conn, job, status, now).await?;
    set_extras(conn, id, how_to_apply, status == JobStatus::Submitted, now).await?;
    Ok(id)
}

/// Replaces a posting's content and status from the employer form.
pub async fn update(
    conn: &mut AnyConnection,
    id: JobId,
    job: &NewJob,
    how_to_apply: &str,
    status: JobStatus,
    submitted: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    jobs::update(conn, id, job, status, now).await?;
    set_extras(conn, id, how_to_apply, submitted, now).await
}

/// Sets how to apply; a posting sent for review gets its submission time
/// and loses the previous reviewer's note.
async fn set_extras(
    conn: &mut AnyConnection,
    id: JobId,
    how_to_apply: &str,
    submitted: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE jobs SET how_to_apply = $2, \
         submitted_at = CASE WHEN $3 = 1 THEN $4 ELSE submitted_at END, \
         review_note = CASE WHEN $3 = 1 THEN '' ELSE review_note END WHERE id = $1",
    )
    .bind(id.get())
    .bind(how_to_apply)
    .bind(i64::from(submitted))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sends a draft for review.
pub async fn submit(conn: &mut AnyConnection, id: JobId, now: i64) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE jobs SET status = 'submitted', submitted_at = $2, review_note = '', updated_at = $2 \
         WHERE id = $1 AND status IN ('draft', 'expired')",
    )
    .bind(id.get())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Closes a published posting with the reason; false when it is not published.
pub async fn close(
    conn: &mut AnyConnection,
    id: JobId,
    reason: ClosedReason,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE jobs SET status = 'closed', closed_reason = $2, updated_at = $3 \
         WHERE id = $1 AND status = 'published'",
    )
    .bind(id.get())
    .bind(reason.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}
