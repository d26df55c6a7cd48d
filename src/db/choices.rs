//! The options of form menus (communes, provinces, countries, occupations,
//! ethnic groups) and checks that a submitted code is one of them.

use sqlx::{AnyConnection, Row};

/// One option of a menu.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
    /// The option group (a commune's district, an occupation's group).
    pub group: String,
    /// The option group's English name.
    pub group_en: String,
}

async fn choices(
    conn: &mut AnyConnection,
    sql: &'static str,
    bind: Option<&str>,
) -> Result<Vec<Choice>, sqlx::Error> {
    let mut query = sqlx::query(sql);
    if let Some(value) = bind {
        query = query.bind(value);
    }
    let rows = query.fetch_all(&mut *conn).await?;
    rows.iter()
        .map(|row| {
            Ok(Choice {
                code: row.try_get("code")?,
                name_vi: row.try_get("name_vi")?,
                name_en: row.try_get("name_en")?,
                group: row.try_get("grp")?,
                group_en: row.try_get("grp_en")?,
            })
        })
        .collect()
}

/// The communes of a province, grouped by district.
pub async fn communes(
    conn: &mut AnyConnection,
    province_code: &str,
) -> Result<Vec<Choice>, sqlx::Error> {
    choices(
        conn,
        "SELECT c.code, c.name_with_type AS name_vi, c.name_with_type AS name_en, d.name_with_type AS grp, d.name_with_type AS grp_en \
         FROM admin_units c JOIN admin_units d ON d.code = c.parent_code \
         WHERE c.level = 'commune' AND d.parent_code = $1 ORDER BY d.code, c.code",
        Some(province_code),
    )
    .await
}

/// The provinces.
pub async fn provinces(conn: &mut AnyConnection) -> Result<Vec<Choice>, sqlx::Error> {
    choices(
        conn,
        "SELECT code, name_with_type AS name_vi, name_with_type AS name_en, '' AS grp, '' AS grp_en \
         FROM admin_units WHERE level = 'province' ORDER BY name_folded",
        None,
    )
    .await
}

/// The countries.
pub async fn countries(conn: &mut AnyConnection) -> Result<Vec<Choice>, sqlx::Error> {
    choices(
        conn,
        "SELECT code, name_vi, name_en, '' AS grp, '' AS grp_en FROM countries ORDER BY name_vi",
        None,
    )
    .await
}

/// The occupations that postings and workers name (not the broad groups).
pub async fn occupations(conn: &mut AnyConnection) -> Result<Vec<Choice>, sqlx::Error> {
    choices(
        conn,
        "SELECT o.code, o.name_vi, o.name_en, COALESCE(g.name_vi, '') AS grp, COALESCE(g.name_en, '') AS grp_en FROM occupations o \
         LEFT JOIN occupations g ON g.code = o.group_code WHERE o.group_code IS NOT NULL ORDER BY o.code",
        None,
    )
    .await
}

/// The ethnic groups.
pub async fn ethnicities(conn: &mut AnyConnection) -> Result<Vec<Choice>, sqlx::Error> {
    choices(
        conn,
        "SELECT code, name_vi, name_en, '' AS grp, '' AS grp_en FROM ethnicities ORDER BY code",
        None,
    )
    .await
}

/// Whether a commune lies in the province.
pub async fn commune_in_province(
    conn: &mut AnyConnection,
    commune_code: &str,
    province_code: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM admin_units c JOIN admin_units d ON d.code = c.parent_code \
         WHERE c.code = $1 AND c.level = 'commune' AND d.parent_code = $2",
    )
    .bind(commune_code)
    .bind(province_code)
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

/// Whether a province code exists.
pub async fn province_exists(conn: &mut AnyConnection, code: &str) -> Result<bool, sqlx::Error> {
    exists(
        conn,
        "SELECT COUNT(*) FROM admin_units WHERE code = $1 AND level = 'province'",
        code,
    )
    .await
}

/// Whether a country code exists.
pub async fn country_exists(conn: &mut AnyConnection, code: &str) -> Result<bool, sqlx::Error> {
    exists(conn, "SELECT COUNT(*) FROM countries WHERE code = $1", code).await
}

/// Whether an occupation code exists.
pub async fn occupation_exists(conn: &mut AnyConnection, code: &str) -> Result<bool, sqlx::Error> {
    exists(
        conn,
        "SELECT COUNT(*) FROM occupations WHERE code = $1",
        code,
    )
    .await
}

/// Whether an ethnic group code exists.
pub async fn ethnicity_exists(conn: &mut AnyConnection, code: &str) -> Result<bool, sqlx::Error> {
    exists(
        conn,
        "SELECT COUNT(*) FROM ethnicities WHERE code = $1",
        code,
    )
    .await
}

async fn exists(
    conn: &mut AnyConnection,
    sql: &'static str,
    code: &str,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(sql)
        .bind(code)
        .fetch_one(&mut *conn)
        .await?;
    Ok(n > 0)
}
