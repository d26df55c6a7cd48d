//! Applications of job seekers to postings. The seeker's portal and the
//! employer's candidate list both read and write these rows.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::domain::application::{ApplicationId, ApplicationStatus};
use crate::domain::ids::{JobId, WorkerId};
use crate::domain::job::JobStatus;

/// An application row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Application {
    pub id: ApplicationId,
    pub worker_id: WorkerId,
    pub job_id: JobId,
    pub status: ApplicationStatus,
    pub message: String,
    pub created_at: i64,
    pub updated_at: i64,
}

const COLUMNS: &str =
    "a.id, a.worker_id, a.job_id, a.status, a.message, a.created_at, a.updated_at";

fn status_of(row: &AnyRow, column: &str) -> Result<ApplicationStatus, sqlx::Error> {
    let text: String = row.try_get(column)?;
    ApplicationStatus::parse(&text)
        .ok_or_else(|| sqlx::Error::Decode(format!("unknown application status {text:?}").into()))
}

fn application_from_row(row: &AnyRow) -> Result<Application, sqlx::Error> {
    Ok(Application {
        id: ApplicationId(row.try_get("id")?),
        worker_id: WorkerId(row.try_get("worker_id")?),
        job_id: JobId(row.try_get("job_id")?),
        status: status_of(row, "status")?,
        message: row.try_get("message")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
    })
}

/// Records a new application as submitted; applying twice to one posting is
/// a unique violation.
pub async fn insert(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    job_id: JobId,
    message: &str,
    now: i64,
) -> Result<ApplicationId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO applications (worker_id, job_id, status, message, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id",
    )
    .bind(worker_id.get())
    .bind(job_id.get())
    .bind(ApplicationStatus::Submitted.as_str())
    .bind(message)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(ApplicationId(id))
}

/// One application by id.
pub async fn find(
    conn: &mut AnyConnection,
    id: ApplicationId,
) -> Result<Option<Application>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM applications a WHERE a.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(application_from_row).transpose()
}

/// A worker's application to one posting, if any.
pub async fn find_for(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    job_id: JobId,
) -> Result<Option<Application>, sqlx::Error> {
    let sql =
        format!("SELECT {COLUMNS} FROM applications a WHERE a.worker_id = $1 AND a.job_id = $2");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker_id.get())
        .bind(job_id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(application_from_row).transpose()
}

/// An application as its seeker sees it: with the posting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerApplication {
    pub application: Application,
    pub job_title: String,
    pub employer_name: String,
    pub job_status: JobStatus,
}

/// A worker's applications, newest first.
pub async fn list_for_worker(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<Vec<WorkerApplication>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, j.title, j.status AS job_status, e.name AS employer_name \
         FROM applications a JOIN jobs j ON j.id = a.job_id JOIN employers e ON e.id = j.employer_id \
         WHERE a.worker_id = $1 ORDER BY a.created_at DESC, a.id DESC"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker_id.get())
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            let job_status: String = row.try_get("job_status")?;
            Ok(WorkerApplication {
                application: application_from_row(row)?,
                job_title: row.try_get("title")?,
                employer_name: row.try_get("employer_name")?,
                job_status: JobStatus::parse(&job_status).unwrap_or(JobStatus::Closed),
            })
        })
        .collect()
}

/// An application as the posting's employer sees it: with the worker's name
/// and contact details (never their sensitive data).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobApplication {
    pub application: Application,
    pub worker_name: String,
    pub worker_phone: Option<String>,
    pub worker_email: Option<String>,
}

/// A posting's applications, oldest first.
pub async fn list_for_job(
    conn: &mut AnyConnection,
    job_id: JobId,
) -> Result<Vec<JobApplication>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, w.full_name, w.phone, w.email FROM applications a \
         JOIN workers w ON w.id = a.worker_id WHERE a.job_id = $1 ORDER BY a.created_at, a.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(job_id.get())
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            Ok(JobApplication {
                application: application_from_row(row)?,
                worker_name: row.try_get("full_name")?,
                worker_phone: row.try_get("phone")?,
                worker_email: row.try_get("email")?,
            })
        })
        .collect()
}

/// Moves an application to `status` if it is now in one of `from`; returns
/// whether it moved. Conditional, so two people acting at once cannot both win.
pub async fn set_status(
    conn: &mut AnyConnection,
    id: ApplicationId,
    from: &[ApplicationStatus],
    status: ApplicationStatus,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let mut moved = false;
    for current in from {
        let done = sqlx::query(
            "UPDATE applications SET status = $2, updated_at = $3 WHERE id = $1 AND status = $4",
        )
        .bind(id.get())
        .bind(status.as_str())
        .bind(now)
        .bind(current.as_str())
        .execute(&mut *conn)
        .await?;
        if done.rows_affected() == 1 {
            moved = true;
            break;
        }
    }
    Ok(moved)
}

/// Submits a withdrawn application again, with a new message.
pub async fn resubmit(
    conn: &mut AnyConnection,
    id: ApplicationId,
    message: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE applications SET status = 'submitted', message = $2, created_at = $3, updated_at = $3 \
         WHERE id = $1 AND status = 'withdrawn'",
    )
    .bind(id.get())
    .bind(message)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Deletes a worker's applications that did not end in a hire and that no
/// placement refers to; returns how many went.
pub async fn delete_unhired_for_worker(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query(
        "DELETE FROM applications WHERE worker_id = $1 AND status <> 'hired' \
         AND id NOT IN (SELECT application_id FROM placements WHERE application_id IS NOT NULL)",
    )
    .bind(worker_id.get())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected())
}
