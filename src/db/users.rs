//! User accounts.

use sqlx::{AnyConnection, Row};

use crate::db::flag;
use crate::domain::ids::UserId;
use crate::domain::user::Role;

/// An account to be created; the password is already hashed.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub display_name: String,
    pub password_hash: String,
    pub role: Role,
    pub commune_code: Option<String>,
}

/// An account as listed for admins: no password hash.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserSummary {
    pub id: UserId,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub is_disabled: bool,
}

/// Inserts an account; a duplicate e-mail or phone is a unique violation.
pub async fn insert(
    conn: &mut AnyConnection,
    user: &NewUser,
    now: i64,
) -> Result<UserId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (email, phone, display_name, password_hash, role, commune_code, is_disabled, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id",
    )
    .bind(user.email.as_deref())
    .bind(user.phone.as_deref())
    .bind(&user.display_name)
    .bind(&user.password_hash)
    .bind(user.role.as_str())
    .bind(user.commune_code.as_deref())
    .bind(flag(false))
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(UserId(id))
}

/// The stored password hash of the account with this e-mail, if any.
pub async fn password_hash_by_email(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<(UserId, String)>, sqlx::Error> {
    let row = sqlx::query("SELECT id, password_hash FROM users WHERE email = $1")
        .bind(email)
        .fetch_optional(&mut *conn)
        .await?;
    row.map(|row| Ok((UserId(row.try_get("id")?), row.try_get("password_hash")?)))
        .transpose()
}

/// Every account, oldest first.
pub async fn list(conn: &mut AnyConnection) -> Result<Vec<UserSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT id, email, phone, display_name, role, is_disabled FROM users ORDER BY id",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let role: String = row.try_get("role")?;
            Ok(UserSummary {
                id: UserId(row.try_get("id")?),
                email: row.try_get("email")?,
                phone: row.try_get("phone")?,
                display_name: row.try_get("display_name")?,
                role: Role::parse(&role).unwrap_or(Role::JobSeeker),
                is_disabled: row.try_get::<i64, _>("is_disabled")? != 0,
            })
        })
        .collect()
}
