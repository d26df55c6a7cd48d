//! Sessions and sign-in attempts.

use sqlx::{AnyConnection, Row};

use crate::db::flag;
use crate::domain::ids::UserId;
use crate::domain::user::Role;

/// A live session with its account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRow {
    pub user_id: UserId,
    pub role: Role,
    pub display_name: String,
    pub csrf_token: String,
    pub last_seen_at: i64,
    pub expires_at: i64,
}

/// Stores a new session under the hash of its id.
pub async fn insert(
    conn: &mut AnyConnection,
    id_hash: &str,
    user_id: UserId,
    csrf_token: &str,
    expires_at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sessions (id_hash, user_id, csrf_token, last_seen_at, expires_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $4, $4)",
    )
    .bind(id_hash)
    .bind(user_id.get())
    .bind(csrf_token)
    .bind(now)
    .bind(expires_at)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The session with this id hash, if its account is enabled.
pub async fn find(
    conn: &mut AnyConnection,
    id_hash: &str,
) -> Result<Option<SessionRow>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT s.user_id, u.role, u.display_name, s.csrf_token, s.last_seen_at, s.expires_at \
         FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1 AND u.is_disabled = 0",
    )
    .bind(id_hash)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        let role: String = row.try_get("role")?;
        Ok(SessionRow {
            user_id: UserId(row.try_get("user_id")?),
            role: Role::parse(&role).unwrap_or(Role::JobSeeker),
            display_name: row.try_get("display_name")?,
            csrf_token: row.try_get("csrf_token")?,
            last_seen_at: row.try_get("last_seen_at")?,
            expires_at: row.try_get("expires_at")?,
        })
    })
    .transpose()
}

/// Records activity on a session.
pub async fn touch(conn: &mut AnyConnection, id_hash: &str, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE sessions SET last_seen_at = $2, updated_at = $2 WHERE id_hash = $1")
        .bind(id_hash)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Ends one session.
pub async fn delete(conn: &mut AnyConnection, id_hash: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM sessions WHERE id_hash = $1")
        .bind(id_hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Ends every session of an account (disabled accounts, password changes).
pub async fn delete_for_user(
    conn: &mut AnyConnection,
    user_id: UserId,
) -> Result<u64, sqlx::Error> {
    let done = sqlx::query("DELETE FROM sessions WHERE user_id = $1")
        .bind(user_id.get())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected())
}

/// Records a sign-in attempt against a (hashed) subject.
pub async fn record_attempt(
    conn: &mut AnyConnection,
    subject: &str,
    succeeded: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO sign_in_attempts (subject, at, succeeded, created_at, updated_at) VALUES ($1, $2, $3, $2, $2)",
    )
    .bind(subject)
    .bind(now)
    .bind(flag(succeeded))
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Failed attempts against `subject` since `since`.
pub async fn failures_since(
    conn: &mut AnyConnection,
    subject: &str,
    since: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM sign_in_attempts WHERE subject = $1 AND at >= $2 AND succeeded = 0",
    )
    .bind(subject)
    .bind(since)
    .fetch_one(&mut *conn)
    .await
}

/// The account a login (e-mail or phone) names, with its password hash.
pub async fn account_for_login(
    conn: &mut AnyConnection,
    email: Option<&str>,
    phone: Option<&str>,
) -> Result<Option<(UserId, String, bool)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, password_hash, is_disabled FROM users WHERE ($1 IS NOT NULL AND email = $1) \
         OR ($2 IS NOT NULL AND phone = $2) ORDER BY id LIMIT 1",
    )
    .bind(email)
    .bind(phone)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        Ok((
            UserId(row.try_get("id")?),
            row.try_get("password_hash")?,
            row.try_get::<i64, _>("is_disabled")? != 0,
        ))
    })
    .transpose()
}
