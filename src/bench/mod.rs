//! Measuring vieclam's job search against the two obvious alternatives:
//! SQLite FTS5 and PostgreSQL full-text search, each set up the way a
//! careful application would (diacritics removed, `đ` folded, fields
//! weighted, a real full-text index, ranked results, facet counts).
//!
//! Two harnesses build on the same three engines:
//!
//! - [`relevance`]: a fixed corpus and a judged query set in
//!   `benches/relevance/`, scored with nDCG@10 and recall@10 per engine,
//!   overall and per kind of query;
//! - [`speed`]: N demo postings loaded into all three engines, the same
//!   query mix run against each in process, p50/p99 latency, geometric
//!   means, vieclam's speed-up, and bulk reindex throughput.
//!
//! The baselines answer the same [`SearchRequest`] with the same
//! [`SearchResults`] (top hits, total, facet counts for district, work
//! location and occupation group), so the harnesses treat every engine
//! alike through [`Engine`].

pub mod baseline;
pub mod fts5;
pub mod mix;
pub mod postgres;
pub mod relevance;
pub mod speed;

use crate::search::{SearchIndex, SearchRequest, SearchResults};

pub use fts5::Fts5Search;
pub use postgres::PostgresSearch;

/// One of the engines under measurement.
pub enum Engine {
    /// vieclam's own tantivy index.
    Vieclam(SearchIndex),
    /// The SQLite FTS5 baseline.
    Fts5(Fts5Search),
    /// The PostgreSQL full-text baseline (boxed: its connection is large).
    Postgres(Box<PostgresSearch>),
}

impl Engine {
    /// Short name for tables.
    pub fn name(&self) -> &'static str {
        match self {
            Self::Vieclam(_) => "vieclam (tantivy)",
            Self::Fts5(_) => "SQLite FTS5",
            Self::Postgres(_) => "PostgreSQL FTS",
        }
    }

    /// Runs one search. vieclam's index is searched on the calling thread,
    /// as the measurement wants it; the baselines go through their sqlx
    /// connection.
    pub async fn search(&mut self, request: &SearchRequest) -> anyhow::Result<SearchResults> {
        match self {
            Self::Vieclam(index) => Ok(index.search(request)?),
            Self::Fts5(engine) => engine.search(request).await,
            Self::Postgres(engine) => engine.search(request).await,
        }
    }

    /// Releases what the engine holds outside the process: the PostgreSQL
    /// baseline drops the database it created.
    pub async fn close(self) -> anyhow::Result<()> {
        match self {
            Self::Vieclam(_) => Ok(()),
            Self::Fts5(engine) => engine.close().await,
            Self::Postgres(engine) => engine.drop_database().await,
        }
    }
}
