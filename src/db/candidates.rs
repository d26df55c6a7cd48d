//! A posting's candidates as its employer sees them: applications and
//! referrals with the worker's contact and skills. Never the sensitive
//! columns (ethnicity, citizen ID, household): they are not even selected.

use sqlx::{AnyConnection, Row};

use crate::domain::candidate::{CandidateSource, CandidateStatus};
use crate::domain::ids::{JobId, WorkerId};

/// One candidate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateRow {
    pub source: CandidateSource,
    /// The application's or the referral's id.
    pub id: i64,
    pub worker_id: WorkerId,
    pub full_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub skills: String,
    pub education_level: String,
    pub vocational_training: String,
    pub status: CandidateStatus,
    /// The applicant's message, or the Centre's note with a referral.
    pub message: String,
    pub created_at: i64,
    /// Names of the occupations the worker wants, filled in by `list_for_job`.
    pub occupations: Vec<String>,
}

/// The candidates of a posting, oldest first.
pub async fn list_for_job(
    conn: &mut AnyConnection,
    job_id: JobId,
) -> Result<Vec<CandidateRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT * FROM ( \
         SELECT 'application' AS source, a.id AS id, a.worker_id AS worker_id, a.status AS status, \
           a.message AS message, a.created_at AS created_at, w.full_name AS full_name, w.phone AS phone, \
           w.email AS email, w.skills AS skills, w.education_level AS education_level, \
           w.vocational_training AS vocational_training \
         FROM applications a JOIN workers w ON w.id = a.worker_id WHERE a.job_id = $1 \
         UNION ALL \
         SELECT 'referral' AS source, r.id AS id, r.worker_id AS worker_id, r.status AS status, \
           r.note AS message, r.created_at AS created_at, w.full_name AS full_name, w.phone AS phone, \
           w.email AS email, w.skills AS skills, w.education_level AS education_level, \
           w.vocational_training AS vocational_training \
         FROM referrals r JOIN workers w ON w.id = r.worker_id WHERE r.job_id = $1 \
         ) AS c ORDER BY c.created_at, c.id",
    )
    .bind(job_id.get())
    .fetch_all(&mut *conn)
    .await?;
    let mut candidates = rows
        .iter()
        .map(|row| {
            let source: String = row.try_get("source")?;
            let status: String = row.try_get("status")?;
            Ok(CandidateRow {
                source: CandidateSource::parse(&source).unwrap_or(CandidateSource::Application),
                id: row.try_get("id")?,
                worker_id: WorkerId(row.try_get("worker_id")?),
                full_name: row.try_get("full_name")?,
                phone: row.try_get("phone")?,
                email: row.try_get("email")?,
                skills: row.try_get("skills")?,
                education_level: row.try_get("education_level")?,
                vocational_training: row.try_get("vocational_training")?,
                status: CandidateStatus::parse(&status).unwrap_or(CandidateStatus::Submitted),
                message: row.try_get("message")?,
                created_at: row.try_get("created_at")?,
                occupations: Vec::new(),
            })
        })
        .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let wanted = sqlx::query(
        "SELECT wo.worker_id, o.name_vi FROM worker_occupations wo \
         JOIN occupations o ON o.code = wo.occupation_code \
         WHERE wo.worker_id IN (SELECT worker_id FROM applications WHERE job_id = $1 \
           UNION SELECT worker_id FROM referrals WHERE job_id = $1) \
         ORDER BY wo.worker_id, o.code",
    )
    .bind(job_id.get())
    .fetch_all(&mut *conn)
    .await?;
    for row in &wanted {
        let worker = WorkerId(row.try_get("worker_id")?);
        let name: String = row.try_get("name_vi")?;
        for candidate in candidates.iter_mut().filter(|c| c.worker_id == worker) {
            candidate.occupations.push(name.clone());
        }
    }
    Ok(candidates)
}

/// The table of a candidate source.
fn table(source: CandidateSource) -> &'static str {
    match source {
        CandidateSource::Application => "applications",
        CandidateSource::Referral => "referrals",
    }
}

/// One candidate of a posting: its worker and status; `None` when the
/// candidate is not one of this posting's.
pub async fn find(
    conn: &mut AnyConnection,
    job_id: JobId,
    source: CandidateSource,
    id: i64,
) -> Result<Option<(WorkerId, CandidateStatus)>, sqlx::Error> {
    let sql = format!(
        "SELECT worker_id, status FROM {} WHERE id = $1 AND job_id = $2",
        table(source)
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(job_id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| {
        let status: String = row.try_get("status")?;
        Ok((
            WorkerId(row.try_get("worker_id")?),
            CandidateStatus::parse(&status).unwrap_or(CandidateStatus::Submitted),
        ))
    })
    .transpose()
}

/// Moves a candidate to `status`.
pub async fn set_status(
    conn: &mut AnyConnection,
    source: CandidateSource,
    id: i64,
    status: CandidateStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "UPDATE {} SET status = $2, updated_at = $3 WHERE id = $1",
        table(source)
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id)
        .bind(status.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
