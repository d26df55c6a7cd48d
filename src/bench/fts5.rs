//! The SQLite FTS5 baseline.
//!
//! Postings go into a plain `jobs` table (display, filter and facet
//! columns) and a contentless FTS5 table keyed by the same rowid, with the
//! five texts vieclam searches in five columns. The texts are stored
//! folded with [`crate::domain::text::fold`] and the tokenizer is
//! `unicode61 remove_diacritics 2`: the tokenizer alone would keep `đ`,
//! which has no decomposition. Ranking is FTS5's `bm25` with column
//! weights in vieclam's proportions (title 4, occupation 2.5, employer
//! 1.5, place 1.5, description 1), set as the table's default `rank`.
//!
//! A search is two statements on one connection: the page of hits (ranked,
//! filtered) and `GROUP BY district, work location, occupation group` over
//! every match, from which the total and the facets are summed. The query
//! text is folded, cut into words and passed as a bound FTS5 expression of
//! quoted words; nothing the user typed reaches the SQL text.

use std::path::Path;
use std::str::FromStr;

use anyhow::Context;
use sqlx::sqlite::{
    SqliteArguments, SqliteConnectOptions, SqliteJournalMode, SqliteRow, SqliteSynchronous,
};
use sqlx::{Connection, Executor, Row, Sqlite, SqliteConnection};

use super::baseline::{
    BaselineRow, FacetSums, FilterValue, HIT_COLUMNS, HitRow, order_by, page_window, query_words,
    sql_filters,
};
use crate::domain::text::fold;
use crate::search::{JobDoc, SearchRequest, SearchResults};

const SCHEMA: &str = "
CREATE TABLE jobs (
    id INTEGER PRIMARY KEY,
    external_ref TEXT,
    title TEXT NOT NULL,
    employer_name TEXT NOT NULL,
    place_name TEXT NOT NULL,
    district_code TEXT,
    commune_code TEXT,
    work_location TEXT NOT NULL,
    country_code TEXT,
    occupation_code TEXT,
    occupation_group TEXT,
    salary_min INTEGER,
    salary_max INTEGER,
    employment_type TEXT NOT NULL,
    deadline TEXT,
    published_at INTEGER NOT NULL
);
CREATE VIRTUAL TABLE jobs_fts USING fts5(
    title, occupation, employer, place, description,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO jobs_fts (jobs_fts, rank) VALUES ('rank', 'bm25(4.0, 2.5, 1.5, 1.5, 1.0)');
";

/// Secondary indexes, built after the load: newest first, filters, and a
/// covering index for facet counts without text.
const INDEXES: &str = "
CREATE INDEX jobs_by_published ON jobs (published_at);
CREATE INDEX jobs_by_district ON jobs (district_code, published_at);
CREATE INDEX jobs_by_location ON jobs (work_location, published_at);
CREATE INDEX jobs_facets ON jobs (district_code, work_location, occupation_group);
";

const JOB_COLUMNS: &[&str] = &[
    "id",
    "external_ref",
    "title",
    "employer_name",
    "place_name",
    "district_code",
    "commune_code",
    "work_location",
    "country_code",
    "occupation_code",
    "occupation_group",
    "salary_min",
    "salary_max",
    "employment_type",
    "deadline",
    "published_at",
];
const FTS_COLUMNS: &[&str] = &[
    "rowid",
    "title",
    "occupation",
    "employer",
    "place",
    "description",
];
/// Rows per INSERT statement (16 columns stay under SQLite's parameter limit).
const ROWS_PER_INSERT: usize = 500;

/// The FTS5 baseline on one SQLite connection.
pub struct Fts5Search {
    conn: SqliteConnection,
}

impl Fts5Search {
    /// Creates an empty baseline database in the file `path` (which must
    /// not exist yet), with a 256 MB page cache and memory-mapped reads, as
    /// an application would configure a read-mostly search database.
    pub async fn create(path: &Path) -> anyhow::Result<Self> {
        if path.exists() {
            anyhow::bail!("{} already exists", path.display());
        }
        let options = SqliteConnectOptions::new()
            .filename(path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .pragma("cache_size", "-262144")
            .pragma("mmap_size", "4294967296");
        Self::open(options)
            .await
            .with_context(|| format!("creating the FTS5 database {}", path.display()))
    }

    /// Creates an empty baseline database in memory (for the small
    /// relevance corpus).
    pub async fn in_memory() -> anyhow::Result<Self> {
        let options = SqliteConnectOptions::from_str("sqlite::memory:")?;
        Self::open(options).await
    }

    async fn open(options: SqliteConnectOptions) -> anyhow::Result<Self> {
        let mut conn = SqliteConnection::connect_with(&options).await?;
        let fts5: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM pragma_compile_options WHERE compile_options = 'ENABLE_FTS5'",
        )
        .fetch_one(&mut conn)
        .await?;
        if fts5 == 0 {
            anyhow::bail!("this SQLite library was built without FTS5");
        }
        conn.execute(SCHEMA).await?;
        Ok(Self { conn })
    }

    /// Adds postings (in one transaction).
    pub async fn load(&mut self, docs: &[JobDoc]) -> anyhow::Result<()> {
        let mut tx = self.conn.begin().await?;
        for chunk in docs.chunks(ROWS_PER_INSERT) {
            let rows: Vec<BaselineRow> = chunk.iter().map(BaselineRow::of).collect();
            let mut jobs = sqlx::query::<Sqlite>(sqlx::AssertSqlSafe(insert_sql(
                "jobs",
                JOB_COLUMNS,
                rows.len(),
            )));
            let mut texts = sqlx::query::<Sqlite>(sqlx::AssertSqlSafe(insert_sql(
                "jobs_fts",
                FTS_COLUMNS,
                rows.len(),
            )));
            for row in rows {
                texts = texts
                    .bind(row.id)
                    .bind(fold(&row.title))
                    .bind(fold(&row.occupation))
                    .bind(fold(&row.employer_name))
                    .bind(fold(&row.place_text))
                    .bind(fold(&row.description));
                jobs = jobs
                    .bind(row.id)
                    .bind(row.external_ref)
                    .bind(row.title)
                    .bind(row.employer_name)
                    .bind(row.place_name)
                    .bind(row.district_code)
                    .bind(row.commune_code)
                    .bind(row.work_location)
                    .bind(row.country_code)
                    .bind(row.occupation_code)
                    .bind(row.occupation_group)
                    .bind(row.salary_min)
                    .bind(row.salary_max)
                    .bind(row.employment_type)
                    .bind(row.deadline)
                    .bind(row.published_at);
            }
            jobs.execute(&mut *tx).await?;
            texts.execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// After the load: secondary indexes, FTS5 segment merge, statistics.
    pub async fn finish_load(&mut self) -> anyhow::Result<()> {
        self.conn.execute(INDEXES).await?;
        self.conn
            .execute("INSERT INTO jobs_fts (jobs_fts) VALUES ('optimize')")
            .await?;
        self.conn.execute("ANALYZE").await?;
        Ok(())
    }

    /// Answers a search: a page of hits and the facet counts over every match.
    pub async fn search(&mut self, request: &SearchRequest) -> anyhow::Result<SearchResults> {
        let words = query_words(&request.text);
        if words.is_empty() {
            return self.run(None, request).await;
        }
        let results = self.run(Some(&expression(&words, " ")), request).await?;
        if results.total == 0 && words.len() > 1 {
            return self.run(Some(&expression(&words, " OR ")), request).await;
        }
        Ok(results)
    }

    async fn run(
        &mut self,
        expression: Option<&str>,
        request: &SearchRequest,
    ) -> anyhow::Result<SearchResults> {
        let (from, first) = match expression {
            Some(_) => (
                "jobs_fts JOIN jobs j ON j.id = jobs_fts.rowid WHERE jobs_fts MATCH $1",
                2,
            ),
            None => ("jobs j WHERE 1 = 1", 1),
        };
        let filters = sql_filters(request, first)?;
        let (limit, offset) = page_window(request);
        let next = first + filters.values.len();
        let score = if expression.is_some() {
            "-jobs_fts.rank"
        } else {
            "0.0"
        };
        let order = order_by(request.sort, "jobs_fts.rank", expression.is_some());
        let condition = &filters.condition;
        let top_sql = format!(
            "SELECT {HIT_COLUMNS}, {score} AS score FROM {from}{condition} \
             ORDER BY {order} LIMIT ${next} OFFSET ${}",
            next + 1
        );
        let facet_sql = format!(
            "SELECT j.district_code, j.work_location, j.occupation_group, COUNT(*) AS n \
             FROM {from}{condition} \
             GROUP BY j.district_code, j.work_location, j.occupation_group"
        );

        let mut top = sqlx::query::<Sqlite>(sqlx::AssertSqlSafe(top_sql));
        let mut facets = sqlx::query::<Sqlite>(sqlx::AssertSqlSafe(facet_sql));
        if let Some(expression) = expression {
            top = top.bind(expression);
            facets = facets.bind(expression);
        }
        for value in &filters.values {
            top = bind(top, value);
            facets = bind(facets, value);
        }
        top = top.bind(limit).bind(offset);

        let items = top
            .fetch_all(&mut self.conn)
            .await?
            .iter()
            .map(hit_row)
            .map(|row| row.map(HitRow::into_hit))
            .collect::<Result<Vec<_>, _>>()?;
        let mut sums = FacetSums::default();
        for row in facets.fetch_all(&mut self.conn).await? {
            sums.add(
                row.try_get(0)?,
                row.try_get(1)?,
                row.try_get(2)?,
                row.try_get(3)?,
            );
        }
        let (total, facets) = sums.finish();
        Ok(SearchResults {
            total,
            items,
            facets,
        })
    }

    /// Closes the connection.
    pub async fn close(self) -> anyhow::Result<()> {
        self.conn.close().await?;
        Ok(())
    }
}

/// An FTS5 expression of quoted words joined by `separator` (a space is
/// FTS5's implicit AND). The words hold only letters and digits, so
/// quoting cannot be broken out of; the expression is bound, not spliced.
fn expression(words: &[String], separator: &str) -> String {
    words
        .iter()
        .map(|w| format!("\"{w}\""))
        .collect::<Vec<_>>()
        .join(separator)
}

type SqliteQuery<'q> = sqlx::query::Query<'q, Sqlite, SqliteArguments>;

fn bind<'q>(query: SqliteQuery<'q>, value: &FilterValue) -> SqliteQuery<'q> {
    match value {
        FilterValue::Text(text) => query.bind(text.clone()),
        FilterValue::Int(n) => query.bind(*n),
    }
}

fn hit_row(row: &SqliteRow) -> Result<HitRow, sqlx::Error> {
    Ok(HitRow {
        id: row.try_get("id")?,
        external_ref: row.try_get("external_ref")?,
        title: row.try_get("title")?,
        employer_name: row.try_get("employer_name")?,
        place_name: row.try_get("place_name")?,
        district_code: row.try_get("district_code")?,
        commune_code: row.try_get("commune_code")?,
        work_location: row.try_get("work_location")?,
        country_code: row.try_get("country_code")?,
        occupation_code: row.try_get("occupation_code")?,
        salary_min: row.try_get("salary_min")?,
        salary_max: row.try_get("salary_max")?,
        employment_type: row.try_get("employment_type")?,
        deadline: row.try_get("deadline")?,
        published_at: row.try_get("published_at")?,
        score: row.try_get("score")?,
    })
}

/// `INSERT INTO t (a, b) VALUES (?, ?), (?, ?)` for `rows` rows.
fn insert_sql(table: &str, columns: &[&str], rows: usize) -> String {
    let one = format!("({})", vec!["?"; columns.len()].join(", "));
    format!(
        "INSERT INTO {table} ({}) VALUES {}",
        columns.join(", "),
        vec![one; rows].join(", ")
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_quote_every_word() {
        let words = vec!["cong".to_string(), "nhan".to_string()];
        assert_eq!(expression(&words, " "), "\"cong\" \"nhan\"");
        assert_eq!(expression(&words, " OR "), "\"cong\" OR \"nhan\"");
    }

    #[test]
    fn inserts_have_one_placeholder_per_value() {
        assert_eq!(
            insert_sql("t", &["a", "b"], 2),
            "INSERT INTO t (a, b) VALUES (?, ?), (?, ?)"
        );
    }
}
