//! The PostgreSQL full-text baseline.
//!
//! The baseline creates its own database on the server it is pointed at
//! (and drops it afterwards), with the `unaccent` extension, an immutable
//! folding function over it, and one table whose generated `tsvector`
//! column weights the texts A (title), B (occupation), C (employer and
//! place) and D (description), over the `simple` configuration (there is
//! no Vietnamese one). A GIN index serves `@@`; results are ranked with
//! `ts_rank_cd` with weights in vieclam's proportions (title 4,
//! occupation 2.5, employer and place 1.5, description 1).
//!
//! The query text is folded and cut into words in Rust (so decomposed
//! input behaves), then handed to `plainto_tsquery` as a bound parameter;
//! the "any word" retry uses `to_tsquery` over the same words joined with
//! `|`, again bound. A search is two statements on one connection over
//! the server's socket: the page of hits and the grouped facet counts.
//! The connection runs with JIT off and `work_mem` at 64 MB (see
//! `SESSION`); the server's own settings are left as they are.

use std::str::FromStr;

use anyhow::Context;
use sqlx::postgres::{PgArguments, PgConnectOptions, PgRow};
use sqlx::{Connection, Executor, PgConnection, Postgres, Row};

use super::baseline::{
    BaselineRow, FacetSums, FilterValue, HIT_COLUMNS, HitRow, order_by, page_window, query_words,
    sql_filters,
};
use crate::search::{JobDoc, SearchRequest, SearchResults};

const SCHEMA: &str = "
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE FUNCTION bench_fold(text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$ SELECT lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;
CREATE TABLE jobs (
    id BIGINT PRIMARY KEY,
    external_ref TEXT,
    title TEXT NOT NULL,
    occupation TEXT NOT NULL,
    employer_name TEXT NOT NULL,
    place_name TEXT NOT NULL,
    place_text TEXT NOT NULL,
    description TEXT NOT NULL,
    district_code TEXT,
    commune_code TEXT,
    work_location TEXT NOT NULL,
    country_code TEXT,
    occupation_code TEXT,
    occupation_group TEXT,
    salary_min BIGINT,
    salary_max BIGINT,
    employment_type TEXT NOT NULL,
    deadline TEXT,
    published_at BIGINT NOT NULL,
    tsv TSVECTOR GENERATED ALWAYS AS (
        setweight(to_tsvector('simple'::regconfig, bench_fold(title)), 'A') ||
        setweight(to_tsvector('simple'::regconfig, bench_fold(occupation)), 'B') ||
        setweight(to_tsvector('simple'::regconfig, bench_fold(employer_name || ' ' || place_text)), 'C') ||
        setweight(to_tsvector('simple'::regconfig, bench_fold(description)), 'D')
    ) STORED
);
";

/// Built after the load, as one would for a bulk import.
const INDEXES: &str = "
CREATE INDEX jobs_tsv ON jobs USING GIN (tsv);
CREATE INDEX jobs_by_published ON jobs (published_at);
CREATE INDEX jobs_by_district ON jobs (district_code, published_at);
CREATE INDEX jobs_by_location ON jobs (work_location, published_at);
";

const INSERT: &str = "INSERT INTO jobs (id, external_ref, title, occupation, employer_name, \
     place_name, place_text, description, district_code, commune_code, work_location, \
     country_code, occupation_code, occupation_group, salary_min, salary_max, \
     employment_type, deadline, published_at) \
     SELECT * FROM UNNEST($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], \
     $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::text[], \
     $13::text[], $14::text[], $15::bigint[], $16::bigint[], $17::text[], $18::text[], \
     $19::bigint[])";

/// Settings of the search connection, as a search service would set them:
/// no JIT compilation (it costs tens of milliseconds on exactly the
/// aggregate queries a facet count makes, and pays off only for long
/// analytical queries), and enough memory for exact bitmaps of large
/// match sets.
const SESSION: &str = "SET jit = off; SET work_mem = '64MB';";

/// `ts_rank_cd` weights for D, C, B, A.
const RANK_WEIGHTS: &str = "'{0.25, 0.375, 0.625, 1.0}'::float4[]";

/// The PostgreSQL baseline: a database of its own and a connection to it.
pub struct PostgresSearch {
    admin: PgConnectOptions,
    name: String,
    conn: PgConnection,
}

impl PostgresSearch {
    /// Creates a fresh database named `vieclam_bench_<suffix>` on the
    /// server `admin_url` points at, and the baseline's schema in it. Fails
    /// with the server's answer when it cannot be reached.
    pub async fn create(admin_url: &str) -> anyhow::Result<Self> {
        let admin = PgConnectOptions::from_str(admin_url)
            .context("VIECLAM_BENCH_POSTGRES is not a PostgreSQL URL")?;
        let mut conn = PgConnection::connect_with(&admin)
            .await
            .context("PostgreSQL is unreachable")?;
        let name = format!("vieclam_bench_{}", unique_suffix());
        // The name is made here of ASCII letters, digits and underscores.
        conn.execute(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
            .await
            .with_context(|| format!("creating the database {name}"))?;
        conn.close().await.ok();
        let options = admin.clone().database(&name);
        let opened = async {
            let mut conn = PgConnection::connect_with(&options).await?;
            conn.execute(SESSION).await?;
            conn.execute(SCHEMA).await?;
            anyhow::Ok(conn)
        }
        .await;
        match opened {
            Ok(conn) => Ok(Self { admin, name, conn }),
            Err(err) => {
                drop_database(&admin, &name).await.ok();
                Err(err.context(format!("preparing the database {name}")))
            }
        }
    }

    /// The database this baseline created.
    pub fn database(&self) -> &str {
        &self.name
    }

    /// Adds postings, one statement of arrays per call.
    pub async fn load(&mut self, docs: &[JobDoc]) -> anyhow::Result<()> {
        let rows: Vec<BaselineRow> = docs.iter().map(BaselineRow::of).collect();
        macro_rules! column {
            ($field:ident) => {
                rows.iter().map(|r| r.$field.clone()).collect::<Vec<_>>()
            };
        }
        sqlx::query(INSERT)
            .bind(column!(id))
            .bind(column!(external_ref))
            .bind(column!(title))
            .bind(column!(occupation))
            .bind(column!(employer_name))
            .bind(column!(place_name))
            .bind(column!(place_text))
            .bind(column!(description))
            .bind(column!(district_code))
            .bind(column!(commune_code))
            .bind(column!(work_location))
            .bind(column!(country_code))
            .bind(column!(occupation_code))
            .bind(column!(occupation_group))
            .bind(column!(salary_min))
            .bind(column!(salary_max))
            .bind(column!(employment_type))
            .bind(column!(deadline))
            .bind(column!(published_at))
            .execute(&mut self.conn)
            .await?;
        Ok(())
    }

    /// After the load: the GIN and B-tree indexes, then `VACUUM ANALYZE`.
    pub async fn finish_load(&mut self) -> anyhow::Result<()> {
        self.conn
            .execute("SET maintenance_work_mem = '512MB'")
            .await?;
        self.conn.execute(INDEXES).await?;
        self.conn.execute("VACUUM ANALYZE jobs").await?;
        Ok(())
    }

    /// Answers a search: a page of hits and the facet counts over every match.
    pub async fn search(&mut self, request: &SearchRequest) -> anyhow::Result<SearchResults> {
        let words = query_words(&request.text);
        if words.is_empty() {
            return self.run(None, request).await;
        }
        let all = words.join(" ");
        let results = self.run(Some(("plainto_tsquery", &all)), request).await?;
        if results.total == 0 && words.len() > 1 {
            let any = words.join(" | ");
            return self.run(Some(("to_tsquery", &any)), request).await;
        }
        Ok(results)
    }

    async fn run(
        &mut self,
        query: Option<(&str, &str)>,
        request: &SearchRequest,
    ) -> anyhow::Result<SearchResults> {
        let (from, first) = match query {
            Some((function, _)) => (
                format!(
                    "jobs j, {function}('simple'::regconfig, bench_fold($1)) AS q WHERE j.tsv @@ q"
                ),
                2,
            ),
            None => ("jobs j WHERE TRUE".to_string(), 1),
        };
        let filters = sql_filters(request, first)?;
        let (limit, offset) = page_window(request);
        let next = first + filters.values.len();
        let (score, rank) = match query {
            Some(_) => (
                format!("ts_rank_cd({RANK_WEIGHTS}, j.tsv, q)::float8"),
                "score DESC".to_string(),
            ),
            None => ("0.0::float8".to_string(), String::new()),
        };
        let order = order_by(request.sort, &rank, query.is_some());
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

        let mut top = sqlx::query::<Postgres>(sqlx::AssertSqlSafe(top_sql));
        let mut facets = sqlx::query::<Postgres>(sqlx::AssertSqlSafe(facet_sql));
        if let Some((_, text)) = query {
            top = top.bind(text);
            facets = facets.bind(text);
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

    /// Closes the connection and drops the database.
    pub async fn drop_database(self) -> anyhow::Result<()> {
        self.conn.close().await.ok();
        drop_database(&self.admin, &self.name).await
    }
}

/// Drops a database this module created, by name, on the server at
/// `admin_url`; nothing happens when it is already gone.
pub async fn drop_database_named(admin_url: &str, name: &str) -> anyhow::Result<()> {
    if !name.starts_with("vieclam_bench_")
        || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')
    {
        anyhow::bail!("{name:?} is not a benchmark database");
    }
    let admin = PgConnectOptions::from_str(admin_url)?;
    drop_database(&admin, name).await
}

async fn drop_database(admin: &PgConnectOptions, name: &str) -> anyhow::Result<()> {
    let mut conn = PgConnection::connect_with(admin).await?;
    conn.execute(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .await
    .with_context(|| format!("dropping the database {name}"))?;
    conn.close().await.ok();
    Ok(())
}

/// Process id and clock, enough to keep concurrent runs apart.
fn unique_suffix() -> String {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_nanos())
        .unwrap_or(0);
    format!("{}_{:x}", std::process::id(), nanos & 0xffff_ffff_ffff)
}

type PgQuery<'q> = sqlx::query::Query<'q, Postgres, PgArguments>;

fn bind<'q>(query: PgQuery<'q>, value: &FilterValue) -> PgQuery<'q> {
    match value {
        FilterValue::Text(text) => query.bind(text.clone()),
        FilterValue::Int(n) => query.bind(*n),
    }
}

fn hit_row(row: &PgRow) -> Result<HitRow, sqlx::Error> {
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
