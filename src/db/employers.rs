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
