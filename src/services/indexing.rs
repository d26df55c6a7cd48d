//! Keeping the search index in step with the database: applying the search
//! outbox in order, and rebuilding the whole index from the database.

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::sync::watch;

use crate::db::outbox::{self, SearchEntity};
use crate::db::search_docs;
use crate::search::{FeedOrder, JobDoc, SearchIndex, Synonyms};
use crate::services::Ctx;

/// Outbox rows read per index commit.
const CHANGES_PER_COMMIT: i64 = 2_000;
/// Postings read per database round trip during a rebuild.
const REBUILD_PAGE: i64 = 5_000;

/// Applies every change the index has not seen yet; returns how many outbox
/// rows were applied. Each batch is one index commit that records its last
/// sequence number, so a crash resumes exactly where it stopped.
pub async fn catch_up(ctx: &Ctx, index: &SearchIndex) -> anyhow::Result<usize> {
    let mut applied = 0;
    loop {
        let last = {
            let index = index.clone();
            tokio::task::spawn_blocking(move || index.last_applied_seq())
                .await
                .context("index task")??
                .unwrap_or(0)
        };
        let mut conn = ctx.db.pool().acquire().await?;
        let changes = outbox::search_changes_after(&mut conn, last, CHANGES_PER_COMMIT).await?;
        let Some(newest) = changes.last().map(|c| c.seq) else {
            return Ok(applied);
        };
        let ids: Vec<i64> = changes
            .iter()
            .filter(|c| c.entity == SearchEntity::Job)
            .map(|c| c.entity_id)
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        let docs = search_docs::published_by_ids(&mut conn, ctx.db.backend(), &ids).await?;
        drop(conn);
        let present: BTreeSet<i64> = docs.iter().map(|d| d.id).collect();
        let deletes: Vec<i64> = ids
            .iter()
            .copied()
            .filter(|id| !present.contains(id))
            .collect();
        let index = index.clone();
        tokio::task::spawn_blocking(move || index.apply(&docs, &deletes, newest))
            .await
            .context("index task")??;
        applied += changes.len();
    }
}

/// Rebuilds the index under `dir` from the database into a new generation
/// and switches to it; searches keep being answered from the old one until
/// the switch. The new generation records `synonyms` (the groups of the
/// reference folder's `search-synonyms.toml`, see
/// `reference::search_synonyms`). `progress` is told how many postings are
/// done.
///
/// The postings are read newest first, so that the index can write its
/// segments in that order without sorting them (see [`FeedOrder`]); if
/// some published posting has no publication time, they are read in id
/// order and sorted by the index.
pub async fn rebuild(
    ctx: &Ctx,
    dir: &Path,
    synonyms: Arc<Synonyms>,
    progress: impl FnMut(u64) + Send + 'static,
) -> anyhow::Result<u64> {
    // Changes after this point are replayed by `catch_up`; applying a
    // change twice is harmless, so nothing can be lost in between.
    let last_seq = {
        let mut conn = ctx.db.pool().acquire().await?;
        outbox::last_search_seq(&mut conn).await?
    };
    // A connection of its own, closed when the walk ends: it maps the
    // database file (see `search_docs::map_for_walk`), which the pool's
    // other connections should not.
    let mut conn = ctx.db.pool().acquire().await?.detach();
    let backend = ctx.db.backend();
    search_docs::map_for_walk(&mut conn, backend).await?;
    let order = if search_docs::published_without_time(&mut conn).await? == 0 {
        FeedOrder::NewestFirst
    } else {
        FeedOrder::Any
    };
    let (sender, mut receiver) = tokio::sync::mpsc::channel::<Vec<JobDoc>>(4);
    let dir = dir.to_path_buf();
    let builder = tokio::task::spawn_blocking(move || {
        let docs = std::iter::from_fn(move || receiver.blocking_recv()).flatten();
        SearchIndex::rebuild_with(&dir, synonyms, docs, order, last_seq, progress)
    });
    let mut after: Option<(i64, i64)> = None;
    loop {
        let page = match order {
            FeedOrder::NewestFirst => {
                search_docs::published_page_newest_first(&mut conn, backend, after, REBUILD_PAGE)
                    .await?
            }
            FeedOrder::Any => {
                let after_id = after.map_or(0, |(_, id)| id);
                search_docs::published_page(&mut conn, backend, after_id, REBUILD_PAGE).await?
            }
        };
        let Some(last) = page.last() else {
            break;
        };
        after = Some((last.published_at, last.id));
        if sender.send(page).await.is_err() {
            // The builder stopped early; its error is reported below.
            break;
        }
    }
    drop(sender);
    let count = builder.await.context("rebuild task")??;
    Ok(count)
}

/// At start-up: a new, empty index over a database that already has
/// published postings (a first start, a deleted index folder, demo data
/// loaded in bulk) is rebuilt before serving.
pub async fn ensure_built(ctx: &Ctx, index: &SearchIndex, dir: &Path) -> anyhow::Result<()> {
    let seen = {
        let index = index.clone();
        tokio::task::spawn_blocking(move || index.last_applied_seq())
            .await
            .context("index task")??
    };
    let published = {
        let mut conn = ctx.db.pool().acquire().await?;
        search_docs::published_count(&mut conn).await?
    };
    let newest_change = {
        let mut conn = ctx.db.pool().acquire().await?;
        outbox::last_search_seq(&mut conn).await?
    };
    // An index that has seen changes the database never had belongs to
    // another database (the data folder was replaced): rebuild it too.
    let stale = seen.is_some_and(|seq| seq > newest_change);
    if (seen.is_none() && published > 0) || stale {
        tracing::info!(published, "building the search index from the database");
        let count = rebuild(ctx, dir, index.synonyms(), |_| {}).await?;
        let index = index.clone();
        tokio::task::spawn_blocking(move || index.refresh_if_switched())
            .await
            .context("index task")??;
        tracing::info!(count, "search index built");
    }
    Ok(())
}

/// The indexer worker: applies the outbox every `interval` (so a change is
/// searchable within about that long) and picks up a rebuild made by another
/// process. Stops on shutdown after a last pass.
pub async fn run(
    ctx: Ctx,
    index: SearchIndex,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            break;
        }
        {
            let index = index.clone();
            match tokio::task::spawn_blocking(move || index.refresh_if_switched()).await {
                Ok(Ok(true)) => tracing::info!("switched to a rebuilt search index"),
                Ok(Ok(false)) => {}
                Ok(Err(err)) => {
                    tracing::error!(error = %err, "checking for a rebuilt index failed")
                }
                Err(err) => tracing::error!(error = %err, "index task failed"),
            }
        }
        if let Err(err) = catch_up(&ctx, &index).await {
            tracing::error!(error = %format!("{err:#}"), "indexer pass failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => {}
        }
    }
    if let Err(err) = catch_up(&ctx, &index).await {
        tracing::error!(error = %format!("{err:#}"), "final indexer pass failed");
    }
    tracing::info!("indexer stopped");
}
