//! Upserts of reference data: administrative units, countries, ethnicities,
//! occupations, holidays and targets. Loading twice changes nothing.

use sqlx::AnyConnection;

use crate::db::date_text;
use crate::reference::{AdminUnitRow, NamedCode, OccupationRow, ReferenceData, TargetRow};

/// Writes all reference data, inserting new rows and updating changed ones.
pub async fn upsert_all(
    conn: &mut AnyConnection,
    data: &ReferenceData,
    now: i64,
) -> Result<(), sqlx::Error> {
    for unit in &data.admin_units {
        upsert_admin_unit(conn, unit, now).await?;
    }
    for country in &data.countries {
        upsert_named(conn, "countries", country, now).await?;
    }
    for ethnicity in &data.ethnicities {
        upsert_named(conn, "ethnicities", ethnicity, now).await?;
    }
    for occupation in &data.occupations {
        upsert_occupation(conn, occupation, now).await?;
    }
    for holiday in &data.holidays {
        sqlx::query(
            "INSERT INTO holidays (day, name_vi, name_en, kind, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5) \
             ON CONFLICT (day) DO UPDATE SET name_vi = excluded.name_vi, \
             name_en = excluded.name_en, kind = excluded.kind, updated_at = excluded.updated_at",
        )
        .bind(date_text(holiday.date))
        .bind(&holiday.name_vi)
        .bind(&holiday.name_en)
        .bind(match holiday.kind {
            crate::domain::calendar::HolidayKind::Public => "public",
            crate::domain::calendar::HolidayKind::Tet => "tet",
        })
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    for target in &data.targets {
        upsert_target(conn, target, now).await?;
    }
    Ok(())
}

async fn upsert_admin_unit(
    conn: &mut AnyConnection,
    unit: &AdminUnitRow,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO admin_units (code, parent_code, level, kind, name, name_with_type, name_folded, \
         valid_from, valid_to, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) \
         ON CONFLICT (code) DO UPDATE SET parent_code = excluded.parent_code, level = excluded.level, \
         kind = excluded.kind, name = excluded.name, name_with_type = excluded.name_with_type, \
         name_folded = excluded.name_folded, valid_from = excluded.valid_from, \
         valid_to = excluded.valid_to, updated_at = excluded.updated_at",
    )
    .bind(&unit.code)
    .bind(unit.parent_code.as_deref())
    .bind(unit.level.as_str())
    .bind(&unit.kind)
    .bind(&unit.name)
    .bind(&unit.name_with_type)
    .bind(crate::domain::text::fold(&unit.name))
    .bind(date_text(unit.valid_from))
    .bind(unit.valid_to.map(date_text))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn upsert_named(
    conn: &mut AnyConnection,
    table: &'static str,
    row: &NamedCode,
    now: i64,
) -> Result<(), sqlx::Error> {
    let sql = format!(
        "INSERT INTO {table} (code, name_vi, name_en, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (code) DO UPDATE SET name_vi = excluded.name_vi, \
         name_en = excluded.name_en, updated_at = excluded.updated_at"
    );
    sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(&row.code)
        .bind(&row.name_vi)
        .bind(&row.name_en)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

async fn upsert_occupation(
    conn: &mut AnyConnection,
    row: &OccupationRow,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO occupations (code, group_code, name_vi, name_en, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5) \
         ON CONFLICT (code) DO UPDATE SET group_code = excluded.group_code, \
         name_vi = excluded.name_vi, name_en = excluded.name_en, updated_at = excluded.updated_at",
    )
    .bind(&row.code)
    .bind(row.group.as_deref())
    .bind(&row.name_vi)
    .bind(&row.name_en)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

async fn upsert_target(
    conn: &mut AnyConnection,
    row: &TargetRow,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO targets (year, metric, min_value, max_value, note_vi, note_en, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7) \
         ON CONFLICT (year, metric) DO UPDATE SET min_value = excluded.min_value, \
         max_value = excluded.max_value, note_vi = excluded.note_vi, note_en = excluded.note_en, \
         updated_at = excluded.updated_at",
    )
    .bind(i64::from(row.year))
    .bind(row.metric.as_str())
    .bind(row.min)
    .bind(row.max)
    .bind(&row.note_vi)
    .bind(&row.note_en)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// How many rows of each kind of reference data the database holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferenceCounts {
    pub provinces: i64,
    pub districts: i64,
    pub communes: i64,
    pub holidays: i64,
    pub targets: i64,
}

/// Counts the reference rows, for `migrate` output and tests.
pub async fn counts(conn: &mut AnyConnection) -> Result<ReferenceCounts, sqlx::Error> {
    let count = |sql: &'static str| sqlx::query_scalar::<_, i64>(sql);
    Ok(ReferenceCounts {
        provinces: count("SELECT COUNT(*) FROM admin_units WHERE level = 'province'")
            .fetch_one(&mut *conn)
            .await?,
        districts: count("SELECT COUNT(*) FROM admin_units WHERE level = 'district'")
            .fetch_one(&mut *conn)
            .await?,
        communes: count("SELECT COUNT(*) FROM admin_units WHERE level = 'commune'")
            .fetch_one(&mut *conn)
            .await?,
        holidays: count("SELECT COUNT(*) FROM holidays")
            .fetch_one(&mut *conn)
            .await?,
        targets: count("SELECT COUNT(*) FROM targets")
            .fetch_one(&mut *conn)
            .await?,
    })
}

/// Loads the targets of one year.
pub async fn targets_for_year(
    conn: &mut AnyConnection,
    year: i32,
) -> Result<Vec<crate::domain::target::Target>, sqlx::Error> {
    use sqlx::Row;
    let rows = sqlx::query(
        "SELECT metric, min_value, max_value FROM targets WHERE year = $1 ORDER BY metric",
    )
    .bind(i64::from(year))
    .fetch_all(&mut *conn)
    .await?;
    let mut targets = Vec::with_capacity(rows.len());
    for row in rows {
        let metric: String = row.try_get("metric")?;
        let Some(metric) = crate::domain::target::Metric::parse(&metric) else {
            continue;
        };
        targets.push(crate::domain::target::Target {
            year,
            metric,
            min: row.try_get("min_value")?,
            max: row.try_get("max_value")?,
        });
    }
    Ok(targets)
}

/// Every code in a reference table, for validating imports without a query per line.
pub async fn reference_codes(
    conn: &mut AnyConnection,
    table: &'static str,
) -> Result<std::collections::HashSet<String>, sqlx::Error> {
    let sql = format!("SELECT code FROM {table}");
    let codes: Vec<String> = sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_all(&mut *conn)
        .await?;
    Ok(codes.into_iter().collect())
}
