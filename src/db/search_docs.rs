//! Reading postings as search documents, for the indexer and for rebuilds.
//!
//! The database hands each batch of postings over as one text (a JSON
//! array of columns per posting, built by the database's own JSON
//! functions, the arrays separated by spaces), decoded here with serde.
//! A rebuild reads the whole table, and going row by row and column by
//! column through the driver took about a quarter of its time; one value
//! per batch takes a small part of that.

use serde::Deserialize;
use sqlx::AnyConnection;

use crate::db::{Backend, parse_date_text};
use crate::domain::job::{EmploymentType, WorkLocation};
use crate::search::JobDoc;

/// The columns of a posting, in the order of [`DocRow`]'s fields.
const DOC_COLUMNS: &str = "j.id, j.external_ref, j.title, j.description, j.occupation_code, \
     o.name_vi, o.group_code, j.employer_id, e.name, \
     j.work_location, j.commune_code, c.name_with_type, j.district_code, \
     d.name_with_type, j.province_code, p.name_with_type, \
     j.country_code, k.name_vi, j.salary_min, j.salary_max, j.quantity, \
     j.employment_type, j.deadline, COALESCE(j.published_at, j.created_at)";

const DOC_FROM: &str = "FROM jobs j \
     JOIN employers e ON e.id = j.employer_id \
     LEFT JOIN occupations o ON o.code = j.occupation_code \
     LEFT JOIN admin_units c ON c.code = j.commune_code \
     LEFT JOIN admin_units d ON d.code = j.district_code \
     LEFT JOIN admin_units p ON p.code = j.province_code \
     LEFT JOIN countries k ON k.code = j.country_code";

/// One posting as the database gives it (a JSON array of [`DOC_COLUMNS`]).
#[derive(Deserialize)]
struct DocRow {
    id: i64,
    external_ref: Option<String>,
    title: String,
    description: String,
    occupation_code: Option<String>,
    occupation_name: Option<String>,
    occupation_group: Option<String>,
    employer_id: i64,
    employer_name: String,
    work_location: String,
    commune_code: Option<String>,
    commune_name: Option<String>,
    district_code: Option<String>,
    district_name: Option<String>,
    province_code: Option<String>,
    province_name: Option<String>,
    country_code: Option<String>,
    country_name: Option<String>,
    salary_min: Option<i64>,
    salary_max: Option<i64>,
    quantity: i64,
    employment_type: String,
    deadline: Option<String>,
    published_at: i64,
}

impl From<DocRow> for JobDoc {
    fn from(row: DocRow) -> Self {
        let money = |v: Option<i64>| v.and_then(|v| u64::try_from(v).ok());
        JobDoc {
            id: row.id,
            external_ref: row.external_ref,
            title: row.title,
            description: row.description,
            occupation_code: row.occupation_code,
            occupation_name: row.occupation_name,
            occupation_group: row.occupation_group,
            employer_id: row.employer_id,
            employer_name: row.employer_name,
            work_location: WorkLocation::parse(&row.work_location)
                .unwrap_or(WorkLocation::InProvince),
            commune_code: row.commune_code,
            commune_name: row.commune_name,
            district_code: row.district_code,
            district_name: row.district_name,
            province_code: row.province_code,
            province_name: row.province_name,
            country_code: row.country_code,
            country_name: row.country_name,
            salary_min: money(row.salary_min),
            salary_max: money(row.salary_max),
            quantity: u32::try_from(row.quantity).unwrap_or(u32::MAX),
            employment_type: EmploymentType::parse(&row.employment_type)
                .unwrap_or(EmploymentType::FullTime),
            deadline: row.deadline.as_deref().and_then(parse_date_text),
            published_at: row.published_at,
        }
    }
}

/// The order in which [`fetch_docs`] returns postings.
#[derive(Clone, Copy)]
enum Order {
    ById,
    NewestFirst,
}

impl Order {
    fn sql(self) -> &'static str {
        match self {
            Order::ById => "j.id",
            Order::NewestFirst => "j.published_at DESC, j.id DESC",
        }
    }
}

/// The postings matching `condition` (on `jobs j`, with `$n` parameters
/// bound to `params` in order), at most `limit`, as documents in `order`.
async fn fetch_docs(
    conn: &mut AnyConnection,
    backend: Backend,
    condition: &str,
    params: &[i64],
    order: Order,
    limit: Option<i64>,
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let limit_sql = limit.map(|n| format!(" LIMIT {n}")).unwrap_or_default();
    let sql = format!(
        "SELECT string_agg(CAST(r AS TEXT), ' ') FROM \
         (SELECT {array}({DOC_COLUMNS}) AS r {DOC_FROM} WHERE {condition} ORDER BY {order}{limit_sql}) page",
        array = backend.json_array_function(),
        order = order.sql(),
    );
    let mut query = sqlx::query_scalar(sqlx::AssertSqlSafe(sql));
    for param in params {
        query = query.bind(*param);
    }
    let text: Option<String> = query.fetch_one(&mut *conn).await?;
    let Some(text) = text else {
        return Ok(Vec::new());
    };
    // The arrays follow one another, separated by spaces: decoded one at
    // a time straight from the text, into a list made once at its size.
    let expected = limit.map_or(params.len(), |n| usize::try_from(n).unwrap_or(0));
    let mut docs: Vec<JobDoc> = Vec::with_capacity(expected.min(1 << 16));
    for row in serde_json::Deserializer::from_str(&text).into_iter::<DocRow>() {
        let row = row.map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
        docs.push(JobDoc::from(row));
    }
    // The aggregate does not promise to keep the order of its input.
    match order {
        Order::ById => docs.sort_unstable_by_key(|doc| doc.id),
        Order::NewestFirst => {
            docs.sort_unstable_by_key(|doc| std::cmp::Reverse((doc.published_at, doc.id)));
        }
    }
    Ok(docs)
}

/// The published postings among `ids`, as documents. Ids not returned are
/// unpublished, closed or gone, and belong out of the index.
pub async fn published_by_ids(
    conn: &mut AnyConnection,
    backend: Backend,
    ids: &[i64],
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let mut docs = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(500) {
        let placeholders: Vec<String> = (1..=chunk.len()).map(|i| format!("${i}")).collect();
        let condition = format!(
            "j.status = 'published' AND j.id IN ({})",
            placeholders.join(", ")
        );
        docs.extend(fetch_docs(conn, backend, &condition, chunk, Order::ById, None).await?);
    }
    Ok(docs)
}

/// Lets a connection about to walk the whole table (a rebuild) read
/// SQLite's file through a memory map instead of copying every page it
/// visits: the walk goes newest first, so it jumps between the table's
/// pages, and without the map a rebuild of a million postings took about
/// 15 % longer. The mapped pages are the kernel's page cache, shared, not
/// copied. The setting stays with the connection, so give it one that is
/// closed afterwards. Nothing to do on PostgreSQL.
pub async fn map_for_walk(conn: &mut AnyConnection, backend: Backend) -> Result<(), sqlx::Error> {
    if backend == Backend::Sqlite {
        // SQLite caps this at its compiled-in maximum.
        sqlx::query("PRAGMA mmap_size = 1099511627776")
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}

/// One page of published postings with ids above `after_id`, in id order;
/// rebuilds walk the whole table this way without holding a cursor open.
pub async fn published_page(
    conn: &mut AnyConnection,
    backend: Backend,
    after_id: i64,
    limit: i64,
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let condition = "j.status = 'published' AND j.id > $1";
    fetch_docs(
        conn,
        backend,
        condition,
        &[after_id],
        Order::ById,
        Some(limit),
    )
    .await
}

/// One page of published postings, newest first (by publication time,
/// then id), coming after `after` (the publication time and id of the
/// last posting of the previous page; `None` for the first page). The
/// walk reads the index on `(status, published_at)`. Postings published
/// without a publication time are not in it (see
/// [`published_without_time`]).
pub async fn published_page_newest_first(
    conn: &mut AnyConnection,
    backend: Backend,
    after: Option<(i64, i64)>,
    limit: i64,
) -> Result<Vec<JobDoc>, sqlx::Error> {
    let (published_at, id) = after.unwrap_or((i64::MAX, i64::MAX));
    let condition = "j.status = 'published' AND j.published_at IS NOT NULL \
         AND j.published_at <= $1 AND (j.published_at < $1 OR j.id < $2)";
    fetch_docs(
        conn,
        backend,
        condition,
        &[published_at, id],
        Order::NewestFirst,
        Some(limit),
    )
    .await
}

/// How many published postings have no publication time (none, unless
/// the database was edited by hand): a newest-first walk would miss them.
pub async fn published_without_time(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT COUNT(*) FROM jobs WHERE status = 'published' AND published_at IS NULL",
    )
    .fetch_one(&mut *conn)
    .await
}

/// How many postings are published.
pub async fn published_count(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM jobs WHERE status = 'published'")
        .fetch_one(&mut *conn)
        .await
}
