//! Job posting rows: writes, the public listing and the detail page.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::{date_text, parse_date_text};
use crate::domain::ids::{EmployerId, JobId};
use crate::domain::job::{
    EmploymentType, JobCard, JobDetail, JobStatus, NewJob, WorkLocation, Workplace,
};
use crate::domain::values::Vnd;

/// The commune, province and country columns of a workplace (one is set).
fn workplace_columns(workplace: &Workplace) -> (Option<&str>, Option<&str>, Option<&str>) {
    match workplace {
        Workplace::Commune(code) => (Some(code.as_str()), None, None),
        Workplace::Province(code) => (None, Some(code.as_str()), None),
        Workplace::Country(code) => (None, None, Some(code.as_str())),
    }
}

/// Inserts a posting with the given status and returns its id. The district
/// is derived from the commune, so filters need no join.
pub async fn insert(
    conn: &mut AnyConnection,
    job: &NewJob,
    status: JobStatus,
    now: i64,
) -> Result<JobId, sqlx::Error> {
    let (commune, province, country) = workplace_columns(&job.workplace);
    let published_at = (status == JobStatus::Published).then_some(now);
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO jobs (employer_id, external_ref, title, description, occupation_code, \
         salary_min, salary_max, quantity, work_location, commune_code, district_code, province_code, \
         country_code, employment_type, deadline, status, published_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, \
         (SELECT parent_code FROM admin_units WHERE code = $10), $11, $12, $13, $14, $15, $16, $17, $17) \
         RETURNING id",
    )
    .bind(job.employer_id.get())
    .bind(job.external_ref.as_deref())
    .bind(&job.title)
    .bind(&job.description)
    .bind(job.occupation_code.as_deref())
    .bind(job.salary.min().map(vnd_to_db))
    .bind(job.salary.max().map(vnd_to_db))
    .bind(i64::from(job.quantity))
    .bind(job.workplace.location().as_str())
    .bind(commune)
    .bind(province)
    .bind(country)
    .bind(job.employment_type.as_str())
    .bind(job.deadline.map(date_text))
    .bind(status.as_str())
    .bind(published_at)
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(JobId(id))
}

/// Moves a posting to `status`; returns false when no such posting exists.
pub async fn set_status(
    conn: &mut AnyConnection,
    id: JobId,
    status: JobStatus,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE jobs SET status = $2, updated_at = $3, \
         published_at = CASE WHEN $2 = 'published' THEN $3 ELSE published_at END WHERE id = $1",
    )
    .bind(id.get())
    .bind(status.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// The status of one posting.
pub async fn status(conn: &mut AnyConnection, id: JobId) -> Result<Option<JobStatus>, sqlx::Error> {
    let text: Option<String> = sqlx::query_scalar("SELECT status FROM jobs WHERE id = $1")
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(text.as_deref().and_then(JobStatus::parse))
}

fn vnd_to_db(v: Vnd) -> i64 {
    i64::try_from(v.value()).unwrap_or(i64::MAX)
}

fn vnd_from_db(v: Option<i64>) -> Option<Vnd> {
    v.and_then(|v| u64::try_from(v).ok())
        .and_then(|v| Vnd::new(v).ok())
}

const CARD_FROM: &str = "FROM jobs j \
     JOIN employers e ON e.id = j.employer_id \
     LEFT JOIN admin_units c ON c.code = j.commune_code \
     LEFT JOIN admin_units d ON d.code = j.district_code \
     LEFT JOIN admin_units p ON p.code = j.province_code \
     LEFT JOIN countries k ON k.code = j.country_code";

const CARD_COLUMNS: &str = "j.id, j.title, e.name AS employer_name, j.work_location, \
     COALESCE(c.name_with_type, p.name_with_type, k.name_vi, '') AS place_name, \
     d.name_with_type AS district_name, j.salary_min, j.salary_max, j.quantity, j.deadline";

fn card_from_row(row: &AnyRow) -> Result<JobCard, sqlx::Error> {
    let location: String = row.try_get("work_location")?;
    let deadline: Option<String> = row.try_get("deadline")?;
    Ok(JobCard {
        id: JobId(row.try_get("id")?),
        title: row.try_get("title")?,
        employer_name: row.try_get("employer_name")?,
        work_location: WorkLocation::parse(&location).unwrap_or(WorkLocation::InProvince),
        place_name: row.try_get("place_name")?,
        district_name: row.try_get("district_name")?,
        salary_min: vnd_from_db(row.try_get("salary_min")?),
        salary_max: vnd_from_db(row.try_get("salary_max")?),
        quantity: u32::try_from(row.try_get::<i64, _>("quantity")?).unwrap_or(u32::MAX),
        deadline: deadline.as_deref().and_then(parse_date_text),
    })
}

/// What the public listing is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct ListFilter {
    /// Only postings in this district.
    pub district_code: Option<String>,
}

/// Published postings whose deadline has not passed, newest first.
///
/// The deadline test is written as one expression (not `IS NULL OR >=`) so
/// that no planner is tempted to collect every open posting through the
/// deadline index and sort them: walking `(status, published_at)` backwards
/// and stopping after one page is what keeps this fast at a million rows.
pub async fn list_open(
    conn: &mut AnyConnection,
    today: time::Date,
    filter: &ListFilter,
    limit: u32,
    offset: u64,
) -> Result<Vec<JobCard>, sqlx::Error> {
    let sql = format!(
        "SELECT {CARD_COLUMNS} {CARD_FROM} \
         WHERE j.status = 'published' AND COALESCE(j.deadline, '9999-12-31') >= $1 \
           AND ($2 IS NULL OR j.district_code = $2) \
         ORDER BY j.published_at DESC, j.id DESC LIMIT $3 OFFSET $4"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(date_text(today))
        .bind(filter.district_code.as_deref())
        .bind(i64::from(limit))
        .bind(i64::try_from(offset).unwrap_or(i64::MAX))
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(card_from_row).collect()
}

/// How many postings `list_open` would list without a limit.
pub async fn count_open(
    conn: &mut AnyConnection,
    today: time::Date,
    filter: &ListFilter,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs j WHERE j.status = 'published' \
         AND (j.deadline IS NULL OR j.deadline >= $1) AND ($2 IS NULL OR j.district_code = $2)",
    )
    .bind(date_text(today))
    .bind(filter.district_code.as_deref())
    .fetch_one(&mut *conn)
    .await
}

/// One posting with everything its page shows, whatever its status.
pub async fn find_detail(
    conn: &mut AnyConnection,
    id: JobId,
) -> Result<Option<JobDetail>, sqlx::Error> {
    let sql = format!(
        "SELECT {CARD_COLUMNS}, j.status, j.external_ref, j.description, o.name_vi AS occupation_name, \
         j.employment_type, j.employer_id, e.address AS employer_address, e.phone AS employer_phone, \
         e.email AS employer_email, e.is_verified AS employer_verified, j.published_at, j.how_to_apply \
         {CARD_FROM} LEFT JOIN occupations o ON o.code = j.occupation_code WHERE j.id = $1"
    );
    let Some(row) = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?
    else {
        return Ok(None);
    };
    let status: String = row.try_get("status")?;
    let employment_type: String = row.try_get("employment_type")?;
    Ok(Some(JobDetail {
        card: card_from_row(&row)?,
        status: JobStatus::parse(&status).unwrap_or(JobStatus::Draft),
        external_ref: row.try_get("external_ref")?,
        description: row.try_get("description")?,
        occupation_name: row.try_get("occupation_name")?,
        employment_type: EmploymentType::parse(&employment_type)
            .unwrap_or(EmploymentType::FullTime),
        employer_id: EmployerId(row.try_get("employer_id")?),
        employer_address: row.try_get("employer_address")?,
        employer_phone: row.try_get("employer_phone")?,
        employer_email: row.try_get("employer_email")?,
        employer_verified: row.try_get::<i64, _>("employer_verified")? != 0,
        published_at: row.try_get("published_at")?,
        how_to_apply: row.try_get("how_to_apply")?,
    }))
}

/// The id of the posting with this external reference, if any.
pub async fn id_by_external_ref(
    conn: &mut AnyConnection,
    external_ref: &str,
) -> Result<Option<JobId>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar("SELECT id FROM jobs WHERE external_ref = $1")
        .bind(external_ref)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(id.map(JobId))
}

/// Replaces a posting's content and status (imports re-sending a posting).
pub async fn update(
    conn: &mut AnyConnection,
    id: JobId,
    job: &NewJob,
    status: JobStatus,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (commune, province, country) = workplace_columns(&job.workplace);
    sqlx::query(
        "UPDATE jobs SET employer_id = $2, title = $3, description = $4, occupation_code = $5, \
         salary_min = $6, salary_max = $7, quantity = $8, work_location = $9, commune_code = $10, \
         district_code = (SELECT parent_code FROM admin_units WHERE code = $10), province_code = $11, \
         country_code = $12, employment_type = $13, deadline = $14, status = $15, \
         published_at = CASE WHEN $15 = 'published' THEN COALESCE(published_at, $16) ELSE published_at END, \
         updated_at = $16 WHERE id = $1",
    )
    .bind(id.get())
    .bind(job.employer_id.get())
    .bind(&job.title)
    .bind(&job.description)
    .bind(job.occupation_code.as_deref())
    .bind(job.salary.min().map(vnd_to_db))
    .bind(job.salary.max().map(vnd_to_db))
    .bind(i64::from(job.quantity))
    .bind(job.workplace.location().as_str())
    .bind(commune)
    .bind(province)
    .bind(country)
    .bind(job.employment_type.as_str())
    .bind(job.deadline.map(date_text))
    .bind(status.as_str())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
