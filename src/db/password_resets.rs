//! Password reset links. Only the SHA-256 of a link's token is stored, so a
//! copy of the table cannot be used to take over an account.

use sqlx::{AnyConnection, Row};

use crate::domain::ids::UserId;

/// An enabled account found by its e-mail address (the case of the address
/// is not significant here: people rarely remember how they typed it).
pub async fn account_by_email(
    conn: &mut AnyConnection,
    email: &str,
) -> Result<Option<(UserId, String, String)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, email, display_name FROM users WHERE LOWER(email) = LOWER($1) AND is_disabled = 0 \
         ORDER BY id LIMIT 1",
    )
    .bind(email)
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        Ok((
            UserId(row.try_get("id")?),
            row.try_get("email")?,
            row.try_get("display_name")?,
        ))
    })
    .transpose()
}

/// Stores a new reset link.
pub async fn insert(
    conn: &mut AnyConnection,
    token_hash: &str,
    user_id: UserId,
    expires_at: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO password_resets (token_hash, user_id, expires_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4)",
    )
    .bind(token_hash)
    .bind(user_id.get())
    .bind(expires_at)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The account of a reset link that is unused and not expired at `now`.
pub async fn usable(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: i64,
) -> Result<Option<UserId>, sqlx::Error> {
    let id: Option<i64> = sqlx::query_scalar(
        "SELECT r.user_id FROM password_resets r JOIN users u ON u.id = r.user_id \
         WHERE r.token_hash = $1 AND r.used_at IS NULL AND r.expires_at > $2 AND u.is_disabled = 0",
    )
    .bind(token_hash)
    .bind(now)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(id.map(UserId))
}

/// Marks a link used if it still was usable; false when it was not.
pub async fn mark_used(
    conn: &mut AnyConnection,
    token_hash: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE password_resets SET used_at = $2, updated_at = $2 \
         WHERE token_hash = $1 AND used_at IS NULL AND expires_at > $2",
    )
    .bind(token_hash)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Marks every other open link of an account used, once its password changed.
pub async fn close_all_for_user(
    conn: &mut AnyConnection,
    user_id: UserId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE password_resets SET used_at = $2, updated_at = $2 WHERE user_id = $1 AND used_at IS NULL",
    )
    .bind(user_id.get())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Sets an account's password hash.
pub async fn set_password_hash(
    conn: &mut AnyConnection,
    user_id: UserId,
    password_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET password_hash = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id.get())
        .bind(password_hash)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}
