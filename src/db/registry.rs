//! The worker registry kept by staff and commune officers: listing and
//! searching workers, one worker's profile, registering a worker on their
//! behalf. Sensitive columns are read only by `sensitive`, whose callers
//! record the read in the audit log.

use sqlx::{AnyConnection, Row};

use crate::db::{date_text, parse_date_text};
use crate::domain::household::PovertyStatus;
use crate::domain::ids::{HouseholdId, UserId, WorkerId};
use crate::domain::registration::WorkerRegistration;
use crate::domain::text::fold;

/// What the registry list is narrowed to.
#[derive(Debug, Clone, Default)]
pub struct RegistryFilter {
    /// Part of the name, folded (no tone marks, lower case).
    pub name_folded: Option<String>,
    pub commune_code: Option<String>,
}

/// A worker as the registry lists them: no sensitive field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistryRow {
    pub id: WorkerId,
    pub full_name: String,
    pub birth_date: Option<time::Date>,
    pub gender: String,
    pub commune_name: String,
    pub village: String,
    pub phone: Option<String>,
}

/// `LIKE` patterns treat `%` and `_` specially; searches for them match literally.
fn like_pattern(text: &str) -> String {
    let escaped: String = text
        .chars()
        .flat_map(|c| match c {
            '%' | '_' | '\\' => vec!['\\', c],
            other => vec![other],
        })
        .collect();
    format!("%{escaped}%")
}

const LIST_WHERE: &str = "WHERE ($1 IS NULL OR w.full_name_folded LIKE $1 ESCAPE '\\') \
     AND ($2 IS NULL OR w.commune_code = $2)";

/// Workers matching the filter, by name.
pub async fn list(
    conn: &mut AnyConnection,
    filter: &RegistryFilter,
    limit: i64,
    offset: i64,
) -> Result<Vec<RegistryRow>, sqlx::Error> {
    let sql = format!(
        "SELECT w.id, w.full_name, w.birth_date, w.gender, COALESCE(c.name_with_type, '') AS commune_name, \
         w.village, w.phone FROM workers w LEFT JOIN admin_units c ON c.code = w.commune_code \
         {LIST_WHERE} ORDER BY w.full_name_folded, w.id LIMIT $3 OFFSET $4"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(filter.name_folded.as_deref().map(like_pattern))
        .bind(filter.commune_code.as_deref())
        .bind(limit)
        .bind(offset)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            let birth: Option<String> = row.try_get("birth_date")?;
            Ok(RegistryRow {
                id: WorkerId(row.try_get("id")?),
                full_name: row.try_get("full_name")?,
                birth_date: birth.as_deref().and_then(parse_date_text),
                gender: row.try_get("gender")?,
                commune_name: row.try_get("commune_name")?,
                village: row.try_get("village")?,
                phone: row.try_get("phone")?,
            })
        })
        .collect()
}

/// How many workers match the filter.
pub async fn count(conn: &mut AnyConnection, filter: &RegistryFilter) -> Result<i64, sqlx::Error> {
    let sql = format!("SELECT COUNT(*) FROM workers w {LIST_WHERE}");
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(filter.name_folded.as_deref().map(like_pattern))
        .bind(filter.commune_code.as_deref())
        .fetch_one(&mut *conn)
        .await
}

/// A worker's profile without the sensitive fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkerProfile {
    pub id: WorkerId,
    pub full_name: String,
    pub birth_date: Option<time::Date>,
    pub gender: String,
    pub commune_code: String,
    pub commune_name: String,
    pub village: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub education_level: String,
    pub vocational_training: String,
    pub skills: String,
    pub is_employed: bool,
    pub consent_at: Option<i64>,
    pub consent_note: String,
    pub registered_by: Option<String>,
    pub has_account: bool,
    pub occupations: Vec<String>,
}

/// One worker's profile.
pub async fn profile(
    conn: &mut AnyConnection,
    id: WorkerId,
) -> Result<Option<WorkerProfile>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT w.id, w.full_name, w.birth_date, w.gender, w.commune_code, \
         COALESCE(c.name_with_type, '') AS commune_name, w.village, w.phone, w.email, w.education_level, \
         w.vocational_training, w.skills, w.is_employed, w.consent_at, w.consent_note, \
         r.display_name AS registered_by, \
         (SELECT COUNT(*) FROM users u WHERE u.worker_id = w.id) AS accounts \
         FROM workers w LEFT JOIN admin_units c ON c.code = w.commune_code \
         LEFT JOIN users r ON r.id = w.registered_by_user_id WHERE w.id = $1",
    )
    .bind(id.get())
    .fetch_optional(&mut *conn)
    .await?;
    let Some(row) = row else {
        return Ok(None);
    };
    let occupations: Vec<String> = sqlx::query_scalar(
        "SELECT o.name_vi FROM worker_occupations wo JOIN occupations o ON o.code = wo.occupation_code \
         WHERE wo.worker_id = $1 ORDER BY o.code",
    )
    .bind(id.get())
    .fetch_all(&mut *conn)
    .await?;
    let birth: Option<String> = row.try_get("birth_date")?;
    Ok(Some(WorkerProfile {
        id: WorkerId(row.try_get("id")?),
        full_name: row.try_get("full_name")?,
        birth_date: birth.as_deref().and_then(parse_date_text),
        gender: row.try_get("gender")?,
        commune_code: row.try_get("commune_code")?,
        commune_name: row.try_get("commune_name")?,
        village: row.try_get("village")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        education_level: row.try_get("education_level")?,
        vocational_training: row.try_get("vocational_training")?,
        skills: row.try_get("skills")?,
        is_employed: row.try_get::<i64, _>("is_employed")? != 0,
        consent_at: row.try_get("consent_at")?,
        consent_note: row.try_get("consent_note")?,
        registered_by: row.try_get("registered_by")?,
        has_account: row.try_get::<i64, _>("accounts")? > 0,
        occupations,
    }))
}

/// The sensitive fields of a worker. Callers record the read with
/// `db::audit::record` in the same transaction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SensitiveFields {
    pub ethnicity: Option<String>,
    pub citizen_id: Option<String>,
    pub household_code: Option<String>,
    /// The household's status in its latest review, with the year.
    pub poverty: Option<(i32, PovertyStatus)>,
}

/// The names of the fields `sensitive` reads, as the audit log records them.
pub const SENSITIVE_FIELDS: &str = "ethnicity,citizen_id,household_poverty";

/// Reads a worker's sensitive fields.
pub async fn sensitive(
    conn: &mut AnyConnection,
    id: WorkerId,
) -> Result<Option<SensitiveFields>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT e.name_vi AS ethnicity, w.citizen_id, h.code AS household_code, \
         (SELECT hp.year FROM household_poverty hp WHERE hp.household_id = w.household_id \
            ORDER BY hp.year DESC LIMIT 1) AS poverty_year, \
         (SELECT hp.status FROM household_poverty hp WHERE hp.household_id = w.household_id \
            ORDER BY hp.year DESC LIMIT 1) AS poverty_status \
         FROM workers w LEFT JOIN ethnicities e ON e.code = w.ethnicity_code \
         LEFT JOIN households h ON h.id = w.household_id WHERE w.id = $1",
    )
    .bind(id.get())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        let year: Option<i64> = row.try_get("poverty_year")?;
        let status: Option<String> = row.try_get("poverty_status")?;
        Ok(SensitiveFields {
            ethnicity: row.try_get("ethnicity")?,
            citizen_id: row.try_get("citizen_id")?,
            household_code: row.try_get("household_code")?,
            poverty: year
                .and_then(|y| i32::try_from(y).ok())
                .zip(status.as_deref().and_then(PovertyStatus::parse)),
        })
    })
    .transpose()
}

/// Whether a worker with this citizen ID is registered.
pub async fn citizen_id_taken(
    conn: &mut AnyConnection,
    citizen_id: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM workers WHERE citizen_id = $1")
        .bind(citizen_id)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// Whether a worker or an account already uses this phone number or e-mail.
pub async fn contact_taken(
    conn: &mut AnyConnection,
    phone: Option<&str>,
    email: Option<&str>,
) -> Result<(bool, bool), sqlx::Error> {
    let phone_taken: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM workers WHERE phone = $1) + (SELECT COUNT(*) FROM users WHERE phone = $1)",
    )
    .bind(phone)
    .fetch_one(&mut *conn)
    .await?;
    let email_taken: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM workers WHERE email = $1) + (SELECT COUNT(*) FROM users WHERE email = $1)",
    )
    .bind(email)
    .fetch_one(&mut *conn)
    .await?;
    Ok((phone_taken > 0, email_taken > 0))
}

/// The household with this code, created in the worker's commune when new;
/// a status for `year` is recorded (or replaced) when given.
pub async fn link_household(
    conn: &mut AnyConnection,
    code: &str,
    commune_code: &str,
    village: &str,
    head_name: &str,
    status: Option<(i32, PovertyStatus)>,
    now: i64,
) -> Result<HouseholdId, sqlx::Error> {
    let existing: Option<i64> = sqlx::query_scalar("SELECT id FROM households WHERE code = $1")
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?;
    let id = match existing {
        Some(id) => id,
        None => {
            sqlx::query_scalar(
                "INSERT INTO households (code, commune_code, village, head_name, member_count, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, 1, $5, $5) RETURNING id",
            )
            .bind(code)
            .bind(commune_code)
            .bind(village)
            .bind(head_name)
            .bind(now)
            .fetch_one(&mut *conn)
            .await?
        }
    };
    if let Some((year, status)) = status {
        sqlx::query(
            "INSERT INTO household_poverty (household_id, year, status, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4) ON CONFLICT (household_id, year) \
             DO UPDATE SET status = excluded.status, updated_at = excluded.updated_at",
        )
        .bind(id)
        .bind(i64::from(year))
        .bind(status.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(HouseholdId(id))
}

/// Stores a worker registered on their behalf, with their wanted occupations.
pub async fn insert(
    conn: &mut AnyConnection,
    worker: &WorkerRegistration,
    household: Option<HouseholdId>,
    registered_by: UserId,
    now: i64,
) -> Result<WorkerId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO workers (full_name, full_name_folded, birth_date, gender, ethnicity_code, commune_code, \
         village, phone, email, citizen_id, household_id, education_level, vocational_training, \
         registered_by_user_id, consent_at, consent_note, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $15, $15) RETURNING id",
    )
    .bind(&worker.full_name)
    .bind(fold(&worker.full_name))
    .bind(date_text(worker.birth_date))
    .bind(worker.gender.as_str())
    .bind(worker.ethnicity_code.as_deref())
    .bind(&worker.commune_code)
    .bind(&worker.village)
    .bind(worker.phone.as_ref().map(|p| p.as_str().to_owned()))
    .bind(worker.email.as_ref().map(|e| e.as_str().to_owned()))
    .bind(worker.citizen_id.as_ref().map(|c| c.as_str().to_owned()))
    .bind(household.map(HouseholdId::get))
    .bind(worker.education_level.as_str())
    .bind(worker.vocational_training.as_str())
    .bind(registered_by.get())
    .bind(now)
    .bind(&worker.consent_note)
    .fetch_one(&mut *conn)
    .await?;
    for code in &worker.occupations {
        sqlx::query(
            "INSERT INTO worker_occupations (worker_id, occupation_code, created_at) VALUES ($1, $2, $3)",
        )
        .bind(id)
        .bind(code)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    Ok(WorkerId(id))
}

/// The commune a commune officer's account belongs to.
pub async fn commune_of_user(
    conn: &mut AnyConnection,
    user_id: UserId,
) -> Result<Option<String>, sqlx::Error> {
    let code: Option<Option<String>> =
        sqlx::query_scalar("SELECT commune_code FROM users WHERE id = $1")
            .bind(user_id.get())
            .fetch_optional(&mut *conn)
            .await?;
    Ok(code.flatten())
}

/// A commune's name.
pub async fn commune_name(
    conn: &mut AnyConnection,
    code: &str,
) -> Result<Option<String>, sqlx::Error> {
    sqlx::query_scalar("SELECT name_with_type FROM admin_units WHERE code = $1")
        .bind(code)
        .fetch_optional(&mut *conn)
        .await
}
