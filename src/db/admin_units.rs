//! Reads of administrative units.

use sqlx::{AnyConnection, Row};

use crate::domain::admin_unit::{AdminUnit, DistrictSummary, Level};

fn unit_from_row(row: &sqlx::any::AnyRow) -> Result<AdminUnit, sqlx::Error> {
    let level: String = row.try_get("level")?;
    Ok(AdminUnit {
        code: row.try_get("code")?,
        parent_code: row.try_get("parent_code")?,
        level: Level::parse(&level).unwrap_or(Level::Commune),
        kind: row.try_get("kind")?,
        name: row.try_get("name")?,
        name_with_type: row.try_get("name_with_type")?,
        is_poor_commune: row.try_get::<i64, _>("is_poor_commune")? != 0,
    })
}

const UNIT_COLUMNS: &str = "code, parent_code, level, kind, name, name_with_type, is_poor_commune";

/// One unit by code.
pub async fn find(conn: &mut AnyConnection, code: &str) -> Result<Option<AdminUnit>, sqlx::Error> {
    let sql = format!("SELECT {UNIT_COLUMNS} FROM admin_units WHERE code = $1");
    let row = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(code)
        .fetch_optional(&mut *conn)
        .await?;
    row.as_ref().map(unit_from_row).transpose()
}

/// The units directly under `parent_code`, by code.
pub async fn children(
    conn: &mut AnyConnection,
    parent_code: &str,
) -> Result<Vec<AdminUnit>, sqlx::Error> {
    let sql =
        format!("SELECT {UNIT_COLUMNS} FROM admin_units WHERE parent_code = $1 ORDER BY code");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(parent_code)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(unit_from_row).collect()
}

/// Every commune of the province with its district code, for generators and forms.
pub async fn communes_of_province(
    conn: &mut AnyConnection,
    province_code: &str,
) -> Result<Vec<AdminUnit>, sqlx::Error> {
    let sql = format!(
        "SELECT {} FROM admin_units c WHERE c.level = 'commune' AND c.parent_code IN \
         (SELECT code FROM admin_units WHERE parent_code = $1) ORDER BY c.code",
        UNIT_COLUMNS
            .split(", ")
            .map(|c| format!("c.{c}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(province_code)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(unit_from_row).collect()
}

/// The province's districts with their number of communes and open postings.
pub async fn district_summaries(
    conn: &mut AnyConnection,
    province_code: &str,
    today: &str,
) -> Result<Vec<DistrictSummary>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT d.code, d.name_with_type, \
           (SELECT COUNT(*) FROM admin_units c WHERE c.parent_code = d.code) AS commune_count, \
           (SELECT COUNT(*) FROM jobs j WHERE j.status = 'published' AND j.district_code = d.code \
              AND (j.deadline IS NULL OR j.deadline >= $2)) AS open_jobs \
         FROM admin_units d WHERE d.parent_code = $1 AND d.level = 'district' ORDER BY d.code",
    )
    .bind(province_code)
    .bind(today)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(DistrictSummary {
                code: row.try_get("code")?,
                name_with_type: row.try_get("name_with_type")?,
                commune_count: row.try_get("commune_count")?,
                open_jobs: row.try_get("open_jobs")?,
            })
        })
        .collect()
}
