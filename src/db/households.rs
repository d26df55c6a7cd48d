//! Household rows and their yearly poverty status.

use sqlx::{AnyConnection, Row};

use crate::domain::household::PovertyStatus;

/// How many households had each status in `year`.
pub async fn poverty_counts(
    conn: &mut AnyConnection,
    year: i32,
) -> Result<Vec<(PovertyStatus, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n FROM household_poverty WHERE year = $1 GROUP BY status ORDER BY status",
    )
    .bind(i64::from(year))
    .fetch_all(&mut *conn)
    .await?;
    let mut counts = Vec::new();
    for row in rows {
        let status: String = row.try_get("status")?;
        if let Some(status) = PovertyStatus::parse(&status) {
            counts.push((status, row.try_get("n")?));
        }
    }
    Ok(counts)
}
