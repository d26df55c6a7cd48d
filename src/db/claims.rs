//! Account claims: one-time codes with which a worker registered on their
//! behalf takes over the account. Only the SHA-256 of a code is stored.

use sqlx::{AnyConnection, Row};

use crate::domain::ids::{UserId, WorkerId};

/// Stores a claim.
pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    worker_id: WorkerId,
    created_by: UserId,
    expires_at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO account_claims (token_hash, worker_id, created_by_user_id, expires_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(token_hash)
    .bind(worker_id.get())
    .bind(created_by.get())
    .bind(expires_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The worker a claim is for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClaimedWorker {
    pub worker_id: WorkerId,
    pub full_name: String,
    pub phone: Option<String>,
    pub email: Option<String>,
}

/// The worker of an unused, unexpired claim with this hash whose phone or
/// e-mail on record is the one given; `None` otherwise.
pub async fn find_valid(
    conn: &mut AnyConnection,
    token_hash: &str,
    phone: Option<&str>,
    email: Option<&str>,
    now: i64,
) -> Result<Option<ClaimedWorker>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT w.id, w.full_name, w.phone, w.email FROM account_claims c \
         JOIN workers w ON w.id = c.worker_id \
         WHERE c.token_hash = $1 AND c.used_at IS NULL AND c.expires_at > $2 \
           AND ((w.phone IS NOT NULL AND w.phone = $3) OR (w.email IS NOT NULL AND w.email = $4))",
    )
    .bind(token_hash)
    .bind(now)
    .bind(phone)
    .bind(email)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        Ok(ClaimedWorker {
            worker_id: WorkerId(row.try_get("id")?),
            full_name: row.try_get("full_name")?,
            phone: row.try_get("phone")?,
            email: row.try_get("email")?,
        })
    })
    .transpose()
}

/// Marks a claim used, and every other open claim of the same worker with
/// it; false when it was used meanwhile.
pub async fn mark_used(
    conn: &mut AnyConnection,
    token_hash: &str,
    worker_id: WorkerId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE account_claims SET used_at = $2, updated_at = $2 WHERE token_hash = $1 AND used_at IS NULL",
    )
    .bind(token_hash)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query(
        "UPDATE account_claims SET used_at = $2, updated_at = $2 WHERE worker_id = $1 AND used_at IS NULL",
    )
    .bind(worker_id.get())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Whether the worker already has an account.
pub async fn worker_has_account(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE worker_id = $1")
        .bind(worker_id.get())
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}

/// Links an account to its worker.
pub async fn link_user(
    conn: &mut AnyConnection,
    user_id: UserId,
    worker_id: WorkerId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET worker_id = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id.get())
        .bind(worker_id.get())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
