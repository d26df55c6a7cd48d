//! Searching published postings, and the names that label facets.

use std::collections::HashMap;
use std::sync::LazyLock;

use anyhow::Context;
use sqlx::Row;
use tokio::sync::Semaphore;

use crate::error::{Error, Result};
use crate::search::{SearchIndex, SearchRequest, SearchResults};
use crate::services::{Ctx, HOME_PROVINCE};

/// How many searches run in the engine at once: one per core. A search is
/// pure computation, so running more at a time than there are cores only
/// makes each one slower and holds more memory (a thread and its buffers
/// per search); the others wait their turn here.
static ENGINE_SLOTS: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

/// Runs a search off the async threads; a search repeated since the index
/// last changed is answered from the index's memory of recent results
/// without leaving them.
pub async fn search_jobs(index: &SearchIndex, request: SearchRequest) -> Result<SearchResults> {
    if let Some(results) = index.cached(&request) {
        return Ok(results);
    }
    let _slot = ENGINE_SLOTS
        .acquire()
        .await
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("search slots")))?;
    let index = index.clone();
    tokio::task::spawn_blocking(move || index.search_and_remember(&request))
        .await
        .context("search task")
        .map_err(Error::Internal)?
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("search")))
}

/// Names for facet values and filter menus.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// The province's districts, in code order: (code, name).
    pub districts: Vec<(String, String)>,
    /// Occupation groups by code.
    pub occupation_groups: HashMap<String, String>,
    /// Countries by ISO code.
    pub countries: HashMap<String, String>,
}

impl Labels {
    /// The name of a district code, or the code itself.
    pub fn district(&self, code: &str) -> String {
        self.districts
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
    }
}

/// Reads the labels (a few dozen rows).
pub async fn labels(ctx: &Ctx) -> Result<Labels> {
    let mut conn = ctx.db.pool().acquire().await?;
    let districts = crate::db::admin_units::children(&mut conn, HOME_PROVINCE)
        .await?
        .into_iter()
        .map(|d| (d.code, d.name_with_type))
        .collect();
    let groups = sqlx::query("SELECT code, name_vi FROM occupations WHERE group_code IS NULL")
        .fetch_all(&mut *conn)
        .await?;
    let countries = sqlx::query("SELECT code, name_vi FROM countries")
        .fetch_all(&mut *conn)
        .await?;
    let pairs = |rows: Vec<sqlx::any::AnyRow>| -> Result<HashMap<String, String>> {
        rows.iter()
            .map(|row| Ok((row.try_get("code")?, row.try_get("name_vi")?)))
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Error::from)
    };
    Ok(Labels {
        districts,
        occupation_groups: pairs(groups)?,
        countries: pairs(countries)?,
    })
}
