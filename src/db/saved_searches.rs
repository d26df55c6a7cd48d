//! Saved searches, the postings already sent for each, and the unsubscribe
//! links of their e-mails (stored as SHA-256 hashes only).

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::flag;
use crate::domain::alert::Frequency;
use crate::domain::ids::{JobId, UserId};

/// A saved search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SavedSearch {
    pub id: i64,
    pub user_id: UserId,
    pub label: String,
    /// The canonical query string of the search page.
    pub query: String,
    pub frequency: Frequency,
    pub is_active: bool,
    pub last_checked_at: i64,
    pub created_at: i64,
}

const COLUMNS: &str =
    "s.id, s.user_id, s.label, s.query, s.frequency, s.is_active, s.last_checked_at, s.created_at";

fn from_row(row: &AnyRow) -> Result<SavedSearch, sqlx::Error> {
    let frequency: String = row.try_get("frequency")?;
    Ok(SavedSearch {
        id: row.try_get("id")?,
        user_id: UserId(row.try_get("user_id")?),
        label: row.try_get("label")?,
        query: row.try_get("query")?,
        frequency: Frequency::parse(&frequency).unwrap_or(Frequency::Daily),
        is_active: row.try_get::<i64, _>("is_active")? != 0,
        last_checked_at: row.try_get("last_checked_at")?,
        created_at: row.try_get("created_at")?,
    })
}

/// Stores a new saved search, active and checked as of `now`.
pub async fn insert(
    conn: &mut AnyConnection,
    user_id: UserId,
    label: &str,
    query: &str,
    frequency: Frequency,
    unsubscribe_hash: &str,
    now: i64,
) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "INSERT INTO saved_searches (user_id, label, query, frequency, unsubscribe_hash, is_active, \
         last_checked_at, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, 1, $6, $6, $6) RETURNING id",
    )
    .bind(user_id.get())
    .bind(label)
    .bind(query)
    .bind(frequency.as_str())
    .bind(unsubscribe_hash)
    .bind(now)
    .fetch_one(&mut *conn)
    .await
}

/// How many searches an account has saved.
pub async fn count_for_user(conn: &mut AnyConnection, user_id: UserId) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM saved_searches WHERE user_id = $1")
        .bind(user_id.get())
        .fetch_one(&mut *conn)
        .await
}

/// An account's saved searches, oldest first.
pub async fn list_for_user(
    conn: &mut AnyConnection,
    user_id: UserId,
) -> Result<Vec<SavedSearch>, sqlx::Error> {
    let sql = format!("SELECT {COLUMNS} FROM saved_searches s WHERE s.user_id = $1 ORDER BY s.id");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(user_id.get())
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(from_row).collect()
}

/// Deletes one of an account's saved searches; false when it is not theirs.
pub async fn delete(
    conn: &mut AnyConnection,
    id: i64,
    user_id: UserId,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query("DELETE FROM saved_searches WHERE id = $1 AND user_id = $2")
        .bind(id)
        .bind(user_id.get())
        .execute(&mut *conn)
        .await?;
    Ok(done.rows_affected() == 1)
}

/// An active saved search with the address its alerts go to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AlertTarget {
    pub search: SavedSearch,
    pub email: Option<String>,
    pub display_name: String,
}

/// Every active saved search of an enabled account.
pub async fn active(conn: &mut AnyConnection) -> Result<Vec<AlertTarget>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS}, u.email, u.display_name FROM saved_searches s JOIN users u ON u.id = s.user_id \
         WHERE s.is_active = 1 AND u.is_disabled = 0 ORDER BY s.id"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .fetch_all(&mut *conn)
        .await?;
    rows.iter()
        .map(|row| {
            Ok(AlertTarget {
                search: from_row(row)?,
                email: row.try_get("email")?,
                display_name: row.try_get("display_name")?,
            })
        })
        .collect()
}

/// Moves a search's check time from `seen` to `now`; false when another
/// instance has moved it meanwhile (that instance then sends the alert).
pub async fn claim_check(
    conn: &mut AnyConnection,
    id: i64,
    seen: i64,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE saved_searches SET last_checked_at = $3, updated_at = $3 \
         WHERE id = $1 AND last_checked_at = $2 AND is_active = 1",
    )
    .bind(id)
    .bind(seen)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Records that a posting was sent for a search; false when it already was.
pub async fn record_hit(
    conn: &mut AnyConnection,
    id: i64,
    job_id: JobId,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO saved_search_hits (saved_search_id, job_id, created_at) VALUES ($1, $2, $3) \
         ON CONFLICT (saved_search_id, job_id) DO NOTHING",
    )
    .bind(id)
    .bind(job_id.get())
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// Stores the hash of a new unsubscribe link of a search's e-mail.
pub async fn add_link(
    conn: &mut AnyConnection,
    id: i64,
    token_hash: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO saved_search_links (token_hash, saved_search_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $3)",
    )
    .bind(token_hash)
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    // The search's own column names its newest link.
    sqlx::query("UPDATE saved_searches SET unsubscribe_hash = $2 WHERE id = $1")
        .bind(id)
        .bind(token_hash)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// The saved search an unsubscribe link belongs to.
pub async fn find_by_link(
    conn: &mut AnyConnection,
    token_hash: &str,
) -> Result<Option<SavedSearch>, sqlx::Error> {
    let sql = format!(
        "SELECT {COLUMNS} FROM saved_searches s WHERE s.unsubscribe_hash = $1 \
         OR s.id IN (SELECT saved_search_id FROM saved_search_links WHERE token_hash = $1)"
    );
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(token_hash)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(from_row).transpose()
}

/// Turns a search's alerts on or off. Turning them on starts from `now`, so
/// postings published while they were off are not sent all at once.
pub async fn set_active(
    conn: &mut AnyConnection,
    id: i64,
    active: bool,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE saved_searches SET is_active = $2, updated_at = $3, \
         last_checked_at = CASE WHEN $2 = 1 AND is_active = 0 THEN $3 ELSE last_checked_at END \
         WHERE id = $1",
    )
    .bind(id)
    .bind(flag(active))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
