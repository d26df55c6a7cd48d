//! Worker rows. Sensitive columns (ethnicity, citizen ID, household) are
//! read only through functions whose callers audit the read.

use sqlx::AnyConnection;

/// How many workers are registered.
pub async fn count(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM workers")
        .fetch_one(&mut *conn)
        .await
}
