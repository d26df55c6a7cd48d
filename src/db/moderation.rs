//! The moderation queue: postings waiting for review, with what staff need to judge them.

use sqlx::{AnyConnection, Row};

use crate::domain::ids::{EmployerId, JobId};
use crate::domain::job::WorkLocation;

/// A posting waiting for review.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedJob {
    pub id: JobId,
    pub title: String,
    pub description: String,
    pub work_location: WorkLocation,
    pub salary_min: Option<i64>,
    pub salary_max: Option<i64>,
    pub submitted_at: i64,
    pub employer_id: EmployerId,
    pub employer_name: String,
    pub employer_verified: bool,
    pub employer_licence: Option<String>,
    pub employer_phone: Option<String>,
    pub employer_email: Option<String>,
    pub employer_address: String,
}

const QUEUED_SELECT: &str = "SELECT j.id, j.title, j.description, j.work_location, j.salary_min, j.salary_max, \
     COALESCE(j.submitted_at, j.updated_at) AS submitted_at, \
     e.id AS employer_id, e.name AS employer_name, e.is_verified, e.overseas_licence_no, e.phone, e.email, e.address \
     FROM jobs j JOIN employers e ON e.id = j.employer_id";

fn queued_from_row(row: &sqlx::any::AnyRow) -> Result<QueuedJob, sqlx::Error> {
    let location: String = row.try_get("work_location")?;
    Ok(QueuedJob {
        id: JobId(row.try_get("id")?),
        title: row.try_get("title")?,
        description: row.try_get("description")?,
        work_location: WorkLocation::parse(&location).unwrap_or(WorkLocation::InProvince),
        salary_min: row.try_get("salary_min")?,
        salary_max: row.try_get("salary_max")?,
        submitted_at: row.try_get("submitted_at")?,
        employer_id: EmployerId(row.try_get("employer_id")?),
        employer_name: row.try_get("employer_name")?,
        employer_verified: row.try_get::<i64, _>("is_verified")? != 0,
        employer_licence: row.try_get("overseas_licence_no")?,
        employer_phone: row.try_get("phone")?,
        employer_email: row.try_get("email")?,
        employer_address: row.try_get("address")?,
    })
}

/// Submitted postings, oldest first.
pub async fn submitted(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<QueuedJob>, sqlx::Error> {
    let sql = format!(
        "{QUEUED_SELECT} WHERE j.status = 'submitted' \
         ORDER BY COALESCE(j.submitted_at, j.updated_at), j.id LIMIT $1"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(queued_from_row).collect()
}

/// One posting as the review sees it, whatever its status (the submission
/// time is the last update's when it was never submitted).
pub async fn find(conn: &mut AnyConnection, id: JobId) -> Result<Option<QueuedJob>, sqlx::Error> {
    let sql = format!("{QUEUED_SELECT} WHERE j.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(queued_from_row).transpose()
}

/// Sets a posting back to draft with the reviewer's reason.
pub async fn return_to_draft(
    conn: &mut AnyConnection,
    id: JobId,
    reason: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE jobs SET status = 'draft', review_note = $2, updated_at = $3 WHERE id = $1 AND status = 'submitted'",
    )
    .bind(id.get())
    .bind(reason)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Who to tell about a posting: its employer's e-mail and name, and its title.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerContact {
    pub email: Option<String>,
    pub employer_name: String,
    pub title: String,
}

/// The employer contact of a posting, for notices.
pub async fn employer_contact(
    conn: &mut AnyConnection,
    id: JobId,
) -> Result<Option<EmployerContact>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT e.email, e.name, j.title FROM jobs j JOIN employers e ON e.id = j.employer_id WHERE j.id = $1",
    )
    .bind(id.get())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        Ok(EmployerContact {
            email: row.try_get("email")?,
            employer_name: row.try_get("name")?,
            title: row.try_get("title")?,
        })
    })
    .transpose()
}

/// How many postings wait for review.
pub async fn count_submitted(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'submitted'")
        .fetch_one(&mut *conn)
        .await
}
