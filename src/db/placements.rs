//! Placements: workers hired, as employers report them and staff verify them.

use sqlx::{AnyConnection, Row};

use crate::db::{date_text, flag, parse_date_text};
use crate::domain::ids::{EmployerId, JobId, PlacementId, UserId, WorkerId};

/// A placement to record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewPlacement {
    pub worker_id: WorkerId,
    pub job_id: JobId,
    pub employer_id: EmployerId,
    pub application_id: Option<i64>,
    pub referral_id: Option<i64>,
    pub placed_on: time::Date,
    pub country_code: Option<String>,
    /// `employer`, `staff`, `referral`...
    pub source: &'static str,
}

/// Records a placement, unverified.
pub async fn insert(
    conn: &mut AnyConnection,
    placement: &NewPlacement,
    now: i64,
) -> Result<PlacementId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO placements (worker_id, job_id, employer_id, application_id, referral_id, placed_on, \
         is_abroad, country_code, source, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id",
    )
    .bind(placement.worker_id.get())
    .bind(placement.job_id.get())
    .bind(placement.employer_id.get())
    .bind(placement.application_id)
    .bind(placement.referral_id)
    .bind(date_text(placement.placed_on))
    .bind(flag(placement.country_code.is_some()))
    .bind(placement.country_code.as_deref())
    .bind(placement.source)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(PlacementId(id))
}

/// A placement waiting for staff to verify it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnverifiedPlacement {
    pub id: PlacementId,
    pub worker_id: WorkerId,
    pub worker_name: String,
    pub job_id: Option<JobId>,
    pub job_title: String,
    pub employer_name: String,
    pub placed_on: Option<time::Date>,
    pub country_name: Option<String>,
    pub source: String,
    pub application_id: Option<i64>,
    pub referral_id: Option<i64>,
}

const UNVERIFIED_SELECT: &str = "SELECT p.id, p.worker_id, w.full_name, p.job_id, \
     COALESCE(j.title, '') AS job_title, COALESCE(e.name, '') AS employer_name, p.placed_on, \
     k.name_vi AS country_name, p.source, p.application_id, p.referral_id \
     FROM placements p JOIN workers w ON w.id = p.worker_id \
     LEFT JOIN jobs j ON j.id = p.job_id LEFT JOIN employers e ON e.id = p.employer_id \
     LEFT JOIN countries k ON k.code = p.country_code WHERE p.verified_at IS NULL";

fn unverified_from_row(row: &sqlx::any::AnyRow) -> Result<UnverifiedPlacement, sqlx::Error> {
    let placed_on: String = row.try_get("placed_on")?;
    Ok(UnverifiedPlacement {
        id: PlacementId(row.try_get("id")?),
        worker_id: WorkerId(row.try_get("worker_id")?),
        worker_name: row.try_get("full_name")?,
        job_id: row.try_get::<Option<i64>, _>("job_id")?.map(JobId),
        job_title: row.try_get("job_title")?,
        employer_name: row.try_get("employer_name")?,
        placed_on: parse_date_text(&placed_on),
        country_name: row.try_get("country_name")?,
        source: row.try_get("source")?,
        application_id: row.try_get("application_id")?,
        referral_id: row.try_get("referral_id")?,
    })
}

/// Unverified placements, oldest first.
pub async fn unverified(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<UnverifiedPlacement>, sqlx::Error> {
    let sql = format!("{UNVERIFIED_SELECT} ORDER BY p.placed_on, p.id LIMIT $1");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(unverified_from_row).collect()
}

/// One unverified placement.
pub async fn find_unverified(
    conn: &mut AnyConnection,
    id: PlacementId,
) -> Result<Option<UnverifiedPlacement>, sqlx::Error> {
    let sql = format!("{UNVERIFIED_SELECT} AND p.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(unverified_from_row).transpose()
}

/// How many placements wait for verification.
pub async fn count_unverified(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM placements WHERE verified_at IS NULL")
        .fetch_one(&mut *conn)
        .await
}

/// Marks a placement verified; false when it is unknown or already verified.
pub async fn verify(
    conn: &mut AnyConnection,
    id: PlacementId,
    user_id: UserId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE placements SET verified_by_user_id = $2, verified_at = $3, updated_at = $3 \
         WHERE id = $1 AND verified_at IS NULL",
    )
    .bind(id.get())
    .bind(user_id.get())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes an unverified placement; false when it is unknown or verified.
pub async fn delete_unverified(
    conn: &mut AnyConnection,
    id: PlacementId,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM placements WHERE id = $1 AND verified_at IS NULL")
        .bind(id.get())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// Records that a worker has work.
pub async fn mark_worker_employed(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE workers SET is_employed = 1, updated_at = $2 WHERE id = $1")
        .bind(worker_id.get())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
