//! Employer rows.

use sqlx::AnyConnection;

use crate::db::flag;
use crate::domain::employer::NewEmployer;
use crate::domain::ids::EmployerId;

/// Inserts an employer and returns its id.
pub async fn insert(
    conn: &mut AnyConnection,
    employer: &NewEmployer,
    now: i64,
) -> Result<EmployerId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO employers (name, name_folded, tax_code, sector, is_verified, overseas_licence_no, \
         commune_code, province_code, address, phone, email, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $12) RETURNING id",
    )
    .bind(&employer.name)
    .bind(crate::domain::text::fold(&employer.name))
    .bind(employer.tax_code.as_ref().map(|t| t.as_str().to_owned()))
    .bind(&employer.sector)
    .bind(flag(employer.is_verified))
    .bind(employer.overseas_licence_no.as_deref())
    .bind(employer.commune_code.as_deref())
    .bind(employer.province_code.as_deref())
    .bind(&employer.address)
    .bind(employer.phone.as_deref())
    .bind(employer.email.as_deref())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(EmployerId(id))
}

/// How many employers are registered, and how many of them are verified.
pub async fn counts(conn: &mut AnyConnection) -> Result<(i64, i64), sqlx::Error> {
    let total = sqlx::query_scalar("SELECT COUNT(*) FROM employers")
        .fetch_one(&mut *conn)
        .await?;
    let verified = sqlx::query_scalar("SELECT COUNT(*) FROM employers WHERE is_verified = 1")
        .fetch_one(&mut *conn)
        .await?;
    Ok((total, verified))
}

/// The employer with this exact name (compared folded), created unverified
/// when there is none: imports name employers rather than numbering them.
pub async fn find_or_create_by_name(
    conn: &mut AnyConnection,
    name: &str,
    now: i64,
) -> Result<EmployerId, sqlx::Error> {
    let folded = crate::domain::text::fold(name);
    let found: Option<i64> =
        sqlx::query_scalar("SELECT id FROM employers WHERE name_folded = $1 ORDER BY id LIMIT 1")
            .bind(&folded)
            .fetch_optional(&mut *conn)
            .await?;
    if let Some(id) = found {
        return Ok(EmployerId(id));
    }
    insert(
        conn,
        &NewEmployer {
            name: name.to_owned(),
            tax_code: None,
            sector: String::new(),
            overseas_licence_no: None,
            commune_code: None,
            province_code: None,
            address: String::new(),
            phone: None,
            email: None,
            is_verified: false,
        },
        now,
    )
    .await
}

/// An employer as its portal and the verification page show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EmployerRow {
    pub id: EmployerId,
    pub name: String,
    pub tax_code: Option<String>,
    pub address: String,
    pub commune_code: Option<String>,
    pub province_code: Option<String>,
    /// The commune's or else the province's name.
    pub place_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub is_verified: bool,
    pub overseas_licence_no: Option<String>,
    pub review_note: String,
    pub created_at: i64,
    /// The name of the person who signs in for it, if any.
    pub contact_name: Option<String>,
    /// How many of its postings wait for review.
    pub submitted_jobs: i64,
}

const EMPLOYER_SELECT: &str = "SELECT e.id, e.name, e.tax_code, e.address, e.commune_code, e.province_code, \
     COALESCE(c.name_with_type, p.name_with_type, '') AS place_name, e.phone, e.email, e.website, e.is_verified, \
     e.overseas_licence_no, e.review_note, e.created_at, \
     (SELECT MIN(u.display_name) FROM users u WHERE u.employer_id = e.id) AS contact_name, \
     (SELECT COUNT(*) FROM jobs j WHERE j.employer_id = e.id AND j.status = 'submitted') AS submitted_jobs \
     FROM employers e \
     LEFT JOIN admin_units c ON c.code = e.commune_code \
     LEFT JOIN admin_units p ON p.code = e.province_code";

fn employer_from_row(row: &sqlx::any::AnyRow) -> Result<EmployerRow, sqlx::Error> {
    use sqlx::Row;
    Ok(EmployerRow {
        id: EmployerId(row.try_get("id")?),
        name: row.try_get("name")?,
        tax_code: row.try_get("tax_code")?,
        address: row.try_get("address")?,
        commune_code: row.try_get("commune_code")?,
        province_code: row.try_get("province_code")?,
        place_name: row.try_get("place_name")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        website: row.try_get("website")?,
        is_verified: row.try_get::<i64, _>("is_verified")? != 0,
        overseas_licence_no: row.try_get("overseas_licence_no")?,
        review_note: row.try_get("review_note")?,
        created_at: row.try_get("created_at")?,
        contact_name: row.try_get("contact_name")?,
        submitted_jobs: row.try_get("submitted_jobs")?,
    })
}

/// One employer.
pub async fn find(
    conn: &mut AnyConnection,
    id: EmployerId,
) -> Result<Option<EmployerRow>, sqlx::Error> {
    let sql = format!("{EMPLOYER_SELECT} WHERE e.id = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(employer_from_row).transpose()
}

/// Employers not yet verified that have signed up (they have an account),
/// oldest first: the ones staff should check.
pub async fn awaiting_verification(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<EmployerRow>, sqlx::Error> {
    let sql = format!(
        "{EMPLOYER_SELECT} WHERE e.is_verified = 0 \
         AND EXISTS (SELECT 1 FROM users u WHERE u.employer_id = e.id) \
         ORDER BY e.created_at, e.id LIMIT $1"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(employer_from_row).collect()
}

/// How many signed-up employers wait for verification.
pub async fn count_awaiting_verification(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM employers e WHERE e.is_verified = 0 \
         AND EXISTS (SELECT 1 FROM users u WHERE u.employer_id = e.id)",
    )
    .fetch_one(&mut *conn)
    .await
}

/// Whether an employer with this tax code exists.
pub async fn tax_code_taken(conn: &mut AnyConnection, tax_code: &str) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM employers WHERE tax_code = $1")
        .bind(tax_code)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// Marks an employer verified by `user_id`; false when already verified or unknown.
pub async fn verify(
    conn: &mut AnyConnection,
    id: EmployerId,
    user_id: crate::domain::ids::UserId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE employers SET is_verified = 1, verified_at = $2, verified_by_user_id = $3, \
         review_note = '', updated_at = $2 WHERE id = $1 AND is_verified = 0",
    )
    .bind(id.get())
    .bind(now)
    .bind(user_id.get())
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records why an employer was not verified; false when already verified or unknown.
pub async fn set_review_note(
    conn: &mut AnyConnection,
    id: EmployerId,
    note: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE employers SET review_note = $2, updated_at = $3 WHERE id = $1 AND is_verified = 0",
    )
    .bind(id.get())
    .bind(note)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records the employer's licence for sending workers abroad. A new licence
/// of a verified employer sends it back to verification, as its details form does.
pub async fn set_overseas_licence(
    conn: &mut AnyConnection,
    id: EmployerId,
    licence: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    // Column references on the right read the row as it was before the update.
    sqlx::query(
        "UPDATE employers SET \
         is_verified = CASE WHEN COALESCE(overseas_licence_no, '') <> $2 THEN 0 ELSE is_verified END, \
         verified_at = CASE WHEN COALESCE(overseas_licence_no, '') <> $2 THEN NULL ELSE verified_at END, \
         verified_by_user_id = CASE WHEN COALESCE(overseas_licence_no, '') <> $2 THEN NULL ELSE verified_by_user_id END, \
         overseas_licence_no = $2, updated_at = $3 WHERE id = $1",
    )
    .bind(id.get())
    .bind(licence)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Whether another employer than `id` has this tax code.
pub async fn tax_code_taken_by_other(
    conn: &mut AnyConnection,
    tax_code: &str,
    id: EmployerId,
) -> Result<bool, sqlx::Error> {
    let n: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM employers WHERE tax_code = $1 AND id <> $2")
            .bind(tax_code)
            .bind(id.get())
            .fetch_one(&mut *conn)
            .await?;
    Ok(n > 0)
}

/// Replaces an employer's details. The tax code changes only while the
/// employer is unverified; a verified employer whose name or licence
/// changes is unverified again, to be checked anew. Returns whether the
/// employer is verified afterwards, or `None` when there is no such employer.
pub async fn update_details(
    conn: &mut AnyConnection,
    id: EmployerId,
    details: &crate::domain::registration::EmployerDetails,
    now: i64,
) -> Result<Option<bool>, sqlx::Error> {
    // The name ($2) or the licence ($3) differing from what staff verified.
    // Column references on the right read the row as it was before the update.
    const CHANGED: &str = "(name <> $2 OR COALESCE(overseas_licence_no, '') <> COALESCE($3, ''))";
    let sql = format!(
        "UPDATE employers SET \
         is_verified = CASE WHEN {CHANGED} THEN 0 ELSE is_verified END, \
         verified_at = CASE WHEN {CHANGED} THEN NULL ELSE verified_at END, \
         verified_by_user_id = CASE WHEN {CHANGED} THEN NULL ELSE verified_by_user_id END, \
         tax_code = CASE WHEN is_verified = 1 OR $4 IS NULL THEN tax_code ELSE $4 END, \
         name = $2, name_folded = $5, overseas_licence_no = $3, address = $6, \
         province_code = $7, commune_code = $8, phone = $9, email = $10, website = $11, \
         updated_at = $12 WHERE id = $1 RETURNING is_verified"
    );
    let verified: Option<i64> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .bind(id.get())
        .bind(&details.name)
        .bind(details.overseas_licence_no.as_deref())
        .bind(details.tax_code.as_ref().map(|t| t.as_str().to_owned()))
        .bind(crate::domain::text::fold(&details.name))
        .bind(&details.address)
        .bind(&details.province_code)
        .bind(details.commune_code.as_deref())
        .bind(details.phone.as_ref().map(|p| p.as_str().to_owned()))
        .bind(details.email.as_ref().map(|e| e.as_str().to_owned()))
        .bind(details.website.as_deref())
        .bind(now)
        .fetch_optional(&mut *conn)
        .await?;
    Ok(verified.map(|v| v != 0))
}

/// The employer an account acts for, if any.
pub async fn of_user(
    conn: &mut AnyConnection,
    user_id: crate::domain::ids::UserId,
) -> Result<Option<EmployerId>, sqlx::Error> {
    let id: Option<Option<i64>> = sqlx::query_scalar("SELECT employer_id FROM users WHERE id = $1")
        .bind(user_id.get())
        .fetch_optional(&mut *conn)
        .await?;
    Ok(id.flatten().map(EmployerId))
}

/// Makes an account act for an employer.
pub async fn link_user(
    conn: &mut AnyConnection,
    user_id: crate::domain::ids::UserId,
    id: EmployerId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET employer_id = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id.get())
        .bind(id.get())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Whether an account already signs in with this e-mail, and with this phone.
pub async fn login_taken(
    conn: &mut AnyConnection,
    email: Option<&str>,
    phone: Option<&str>,
) -> Result<(bool, bool), sqlx::Error> {
    let email_taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1")
        .bind(email)
        .fetch_one(&mut *conn)
        .await?;
    let phone_taken: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE phone = $1")
        .bind(phone)
        .fetch_one(&mut *conn)
        .await?;
    Ok((email_taken > 0, phone_taken > 0))
}
