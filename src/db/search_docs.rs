//! Reading postings as search documents, for the indexer and for rebuilds.

use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::db::parse_date_text;
use crate::domain::job::{EmploymentType, WorkLocation};
use crate::search::JobDoc;

const DOC_SELECT: &str = "SELECT j.id, j.external_ref, j.title, j.description, j.occupation_code, \
     o.name_vi AS occupation_name, o.group_code AS occupation_group, j.employer_id, e.name AS employer_name, \
     j.work_location, j.commune_code, c.name_with_type AS commune_name, j.district_code, \
     d.name_with_type AS district_name, j.province_code, p.name_with_type AS province_name, \
     j.country_code, k.name_vi AS country_name, j.salary_min, j.salary_max, j.quantity, \
     j.employment_type, j.deadline, COALESCE(j.published_at, j.created_at) AS published_at \
     FROM jobs j \
     JOIN employers e ON e.id = j.employer_id \
     LEFT JOIN occupations o ON o.code = j.occupation_code \
     LEFT JOIN admin_units c ON c.code = j.commune_code \
     LEFT JOIN admin_units d ON d.code = j.district_code \
     LEFT JOIN admin_units p ON p.code = j.province_code \
     LEFT JOIN countries k ON k.code = j.country_code";

fn doc_from_row(row: &AnyRow) -> Result<JobDoc, sqlx::Error> {
    let location: String = row.try_get("work_location")?;
    let employment: String = row.try_get("employment_type")?;
    let deadline: Option<String> = row.try_get("deadline")?;
    let money = |column: &str| -> Result<Option<u64>, sqlx::Error> {
        Ok(row
            .try_get::<Option<i64>, _>(column)?
            .and_then(|v| u64::try_from(v).ok()))
    };
    Ok(JobDoc {
        id: row.try_get("id")?,
        external_ref: row.try_get("external_ref")?,
        title: row.try_get("title")?,
        description: row.try_get("description")?,
        occupation_code: row.try_get("occupation_code")?,
        occupation_name: row.try_get("occupation_name")?,
        occupation_group: row.try_get("occupation_group")?,
        employer_id: row.try_get("employer_id")?,
        employer_name: row.try_get("employer_name")?,
        work_location: WorkLocation::parse(&location).unwrap_or(WorkLocation::InProvince),
        commune_code: row.try_get("commune_code")?,
        commune_name: row.try_get("commune_name")?,
        district_code: row.try_get("district_code")?,
        district_name: row.try_get("district_name")?,
        province_code: row.try_get("province_code")?,
        province_name: row.try_get("province_name")?,
        country_code: row.try_get("country_code")?,
        country_name: row.try_get("country_name")?,
        salary_min: money("salary_min")?,
        salary_max: money("salary_max")?,
        quantity: u32::try_from(row.try_get::<i64, _>("quantity")?).unwrap_or(u32::MAX),
        employment_type: EmploymentType::parse(&employment).unwrap_or(EmploymentType::FullTime),
        deadline: deadline.as_deref().and_then(parse_date_text),
        published_at: row.try_get("published_at")?,
    })
}

/// The published postings among `ids`, as documents. Ids not returned are
/// unpublished, closed or gone, and belong out of the index.
pub async fn published_by_ids(
    conn: &mut AnyConnection,
    ids: &[i64],
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let mut docs = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let sql = format!(
            "{DOC_SELECT} WHERE j.status = 'published' AND j.id IN ({})",
            placeholders.join(", ")
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        for row in query.fetch_all(&mut *conn).await? {
            docs.push(doc_from_row(&row)?);
        }
    }
    Ok(docs)
}

/// One page of published postings with ids above `after_id`, in id order;
/// rebuilds walk the whole table this way without holding a cursor open.
pub async fn published_page(
    conn: &mut AnyConnection,
    after_id: i64,
    limit: i64,
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let sql =
        format!("{DOC_SELECT} WHERE j.status = 'published' AND j.id > $1 ORDER BY j.id LIMIT $2");
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(after_id)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    rows.iter().map(doc_from_row).collect()
}

/// How many postings are published.
pub async fn published_count(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'published'")
        .fetch_one(&mut *conn)
        .await
}
