//! The search index handle: opening, applying outbox batches, rebuilding
//! into a new generation, swapping generations, and searching.
//!
//! # Layout on disk
//!
//! ```text
//! search-index/          the index root (`index_dir`)
//!   CURRENT              names the generation in use, e.g. "gen-000002"
//!   gen-000002/          a complete tantivy index
//! ```
//!
//! `vieclam reindex` builds a new generation beside the current one, then
//! points `CURRENT` at it (written to a temporary file and renamed, so it
//! is always whole) and deletes the generations before the one it
//! replaces. A running server calls [`SearchIndex::refresh_if_switched`]
//! periodically, swaps the new generation in (searches already running
//! finish on the old one) and then deletes the generation it left: the
//! rebuild cannot, since the server still reads and writes it until then.
//!
//! A rebuild whose postings come newest first (see [`FeedOrder`]) writes
//! its segments in that order as it goes, and only then records in the
//! index that segments are kept newest first: tantivy's sorting of each
//! new segment (a second copy of every stored posting, and a sort of
//! every posting list) is skipped. Any other feed is sorted by tantivy.
//!
//! # Progress
//!
//! Each [`SearchIndex::apply`] is one tantivy commit whose payload records
//! the last outbox sequence it contains, read back by
//! [`SearchIndex::last_applied_seq`] after a restart. After a switch the
//! new generation carries the sequence its rebuild started from, so the
//! indexer should read `last_applied_seq` again whenever
//! `refresh_if_switched` returns true.
//!
//! # Searching
//!
//! [`SearchIndex::search`] runs the match query of `query` with the
//! collector of `facets` (every result, the total and the facet counts),
//! then ranks the page with `rank` and reads the stored postings of that
//! page only. Both passes work on the segments side by side, on the
//! index's search threads (one per core, at most [`MAX_SEARCH_THREADS`]).
//! New generations keep every segment newest first, which lets ranking
//! skip what cannot make the page (see `rank`).
//!
//! [`SearchIndex::cached`] and [`SearchIndex::search_and_remember`] add a
//! small memory of recent results (`cache`) for the web's searches;
//! any commit or change of the query settings empties it.
//!
//! Everything here blocks; async callers use `spawn_blocking`.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock, Weak};

use serde::{Deserialize, Serialize};
use tantivy::directory::{MmapDirectory, RamDirectory};
use tantivy::indexer::{IndexWriterOptions, NoMergePolicy, UserOperation};
use tantivy::schema::Value;
use tantivy::{
    DocAddress, Executor, Index, IndexReader, IndexSettings, IndexSortByField, IndexWriter, Order,
    ReloadPolicy, Searcher, TantivyDocument, Term, Warmer,
};

use super::analyzer;
use super::cache::{ResultCache, Stamp};
use super::error::SearchError;
#[cfg(test)]
use super::facets::MatchCollector;
use super::facets::{Matches, dense_column};
use super::in_flight::{InFlight, Ticketed};
use super::matching::{self, Clause};
#[cfg(test)]
use super::query::combine;
use super::query::{
    MatchMode, ParsedQuery, QuerySettings, at_least, filter_clauses, relaxed_minimum,
};
use super::rank;
use super::schema::{Fields, StoredJob, names};
use super::segments::SegmentCache;
use super::snippet::snippet;
use super::synonyms::Synonyms;
use super::types::{Hit, JobDoc, SearchRequest, SearchResults, Sort};

/// The file naming the generation in use.
pub const CURRENT_FILE: &str = "CURRENT";
const GENERATION_PREFIX: &str = "gen-";

/// Largest page size; larger requests are clamped.
pub const MAX_PER_PAGE: u32 = 100;
/// Results past this position are not served (the page comes back empty,
/// with the right total): deep paging costs memory for every search and
/// nobody reads that far.
pub const MAX_RESULT_WINDOW: u64 = 10_000;

/// Memory for the server's writer: one indexing thread. Outbox batches are
/// small, so this only bounds the worst case.
const SERVER_WRITER_BUDGET: usize = 32 * 1024 * 1024;
/// Memory per indexing thread during a rebuild. Larger budgets were
/// slower (fewer, bigger flushes at the end, and hash tables that no
/// longer fit the caches); this one also keeps a server that rebuilds at
/// start-up small.
const REBUILD_BUDGET_PER_THREAD: usize = 128 * 1024 * 1024;
const REBUILD_THREADS: usize = 2;
/// Memory for the writer that only records settings (tantivy's least).
const SETTINGS_WRITER_BUDGET: usize = 15_000_000;
/// Postings handed to the indexing threads at a time during a rebuild.
const REBUILD_BATCH: usize = 500;
/// Postings a rebuild lets wait for the indexing threads (a few tens of
/// megabytes); see `in_flight`.
const REBUILD_IN_FLIGHT: usize = 20_000;
/// Most threads one search uses (one per segment, as many as there are
/// cores up to this).
const MAX_SEARCH_THREADS: usize = 4;
/// Blocks of stored postings (about 16 KB each, decompressed) that each
/// segment keeps at hand for loading the pages of results: the newest
/// postings and the most searched for come back page after page. At 400,
/// up to about 6.5 MB per segment (about 40 MB for the six segments of a
/// rebuilt million-posting index); tantivy's default of 100 left a
/// twentieth of a distinct search's time in decompressing.
const STORED_BLOCKS_KEPT: usize = 400;
/// How often the rebuild reports progress.
const PROGRESS_EVERY: u64 = 1_000;

/// The order in which a rebuild receives its postings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FeedOrder {
    /// Any order: tantivy sorts each segment newest first as it writes it.
    Any,
    /// Newest first (publication times never increase; equal times in any
    /// order): segments come out newest first by themselves. A posting
    /// newer than the one before it stops the rebuild with
    /// [`SearchError::OutOfOrder`].
    NewestFirst,
}

#[derive(Serialize, Deserialize)]
struct CommitPayload {
    last_seq: i64,
}

/// One tantivy index (a generation) with its reader and lazily opened
/// writer.
struct Generation {
    /// Directory name under the root; `None` in RAM.
    name: Option<String>,
    index: Index,
    reader: IndexReader,
    writer: Mutex<Option<IndexWriter>>,
    /// Results of searches repeated since the last commit.
    cache: ResultCache,
    /// What searches keep per segment, kept up to date by the reader as a
    /// warmer.
    segments: Arc<SegmentCache>,
}

impl Generation {
    /// The first pass of a search run by tantivy, to check
    /// [`matches`](Self::matches) against.
    #[cfg(test)]
    fn match_collector(&self) -> MatchCollector<'_> {
        MatchCollector {
            cache: &self.segments,
        }
    }

    /// The filter clauses of a request: those of `filter_queries`, and
    /// the dates: "posted since" as a prefix of each segment (segments
    /// keep their postings newest first), "still open today" from the
    /// segment cache.
    fn filters(&self, fields: &Fields, request: &SearchRequest) -> Vec<Clause> {
        let mut filters = filter_clauses(fields, request);
        if let Some(since) = request.posted_since {
            filters.push(if sorted_newest_first(self.index.settings()) {
                Clause::PublishedSince(since)
            } else {
                Clause::Computed(at_least(fields.published_at, since))
            });
        }
        if let Some(today) = request.today {
            filters.push(Clause::OpenOn(super::schema::deadline_day(Some(today))));
        }
        filters
    }

    /// The first pass of a search: every posting that matches the text
    /// (all its units, or most of them) and the filters, with the facet
    /// counts.
    fn matches(
        &self,
        searcher: &Searcher,
        fields: &Fields,
        settings: &QuerySettings,
        parsed: &ParsedQuery,
        request: &SearchRequest,
        mode: MatchMode,
    ) -> tantivy::Result<Matches> {
        let filters = self.filters(fields, request);
        let units = parsed.unit_queries(fields, settings);
        let minimum = match mode {
            MatchMode::All => units.len(),
            MatchMode::Most => relaxed_minimum(units.len()),
        };
        matching::find(searcher, &self.segments, &units, minimum, &filters)
    }
}

struct Inner {
    root: Option<PathBuf>,
    fields: Fields,
    /// Threads that search the segments of a generation side by side.
    executor: Executor,
    active: RwLock<Arc<Generation>>,
    /// The query settings and their version (counting replacements).
    settings: RwLock<(u64, Arc<QuerySettings>)>,
    /// A generation that [`SearchIndex::refresh_if_switched`] found written
    /// with another schema or other synonym groups: it is not tried again.
    refused: Mutex<Option<String>>,
}

/// The search index. Cheap to clone; clones share everything.
#[derive(Clone)]
pub struct SearchIndex {
    inner: Arc<Inner>,
}

impl std::fmt::Debug for SearchIndex {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SearchIndex")
            .field("root", &self.inner.root)
            .field("generation", &self.current_generation())
            .finish_non_exhaustive()
    }
}

impl SearchIndex {
    /// Opens the index under `dir` (the index root), creating the root and
    /// a first generation when there is none, with the built-in synonym
    /// groups.
    pub fn open_or_create(dir: &Path) -> Result<Self, SearchError> {
        Self::open_or_create_with(dir, Arc::new(Synonyms::builtin()))
    }

    /// [`open_or_create`](Self::open_or_create) with the given synonym
    /// groups, recorded for each posting and used by every search. A
    /// generation that recorded other groups is a
    /// [`SearchError::SchemaMismatch`]: it has to be rebuilt.
    pub fn open_or_create_with(dir: &Path, synonyms: Arc<Synonyms>) -> Result<Self, SearchError> {
        fs::create_dir_all(dir).map_err(|e| SearchError::io(dir, e))?;
        let fields = Fields::with_synonyms(Arc::clone(&synonyms));
        let name = match read_current(dir)? {
            Some(name) => name,
            None => {
                let name = generation_name(next_generation_number(dir)?);
                let path = dir.join(&name);
                fs::create_dir_all(&path).map_err(|e| SearchError::io(&path, e))?;
                write_current(dir, &name)?;
                name
            }
        };
        let executor = search_executor()?;
        let generation = open_generation(dir, &name, &fields, &executor)?;
        let settings = QuerySettings {
            synonyms,
            ..QuerySettings::default()
        };
        Ok(Self::from_parts(
            Some(dir.to_path_buf()),
            fields,
            executor,
            generation,
            settings,
        ))
    }

    /// An empty index in memory, for tests.
    pub fn in_ram() -> Result<Self, SearchError> {
        let fields = Fields::new();
        let index = Index::create(
            RamDirectory::create(),
            fields.schema.clone(),
            index_settings(),
        )?;
        let executor = search_executor()?;
        let generation = generation_from_index(None, index, &executor)?;
        Ok(Self::from_parts(
            None,
            fields,
            executor,
            generation,
            QuerySettings::default(),
        ))
    }

    fn from_parts(
        root: Option<PathBuf>,
        fields: Fields,
        executor: Executor,
        generation: Generation,
        settings: QuerySettings,
    ) -> Self {
        Self {
            inner: Arc::new(Inner {
                root,
                fields,
                executor,
                active: RwLock::new(Arc::new(generation)),
                settings: RwLock::new((0, Arc::new(settings))),
                refused: Mutex::new(None),
            }),
        }
    }

    fn active(&self) -> Result<Arc<Generation>, SearchError> {
        self.inner
            .active
            .read()
            .map(|g| Arc::clone(&g))
            .map_err(|_| SearchError::Poisoned)
    }

    /// The synonym groups the index records for each posting.
    pub fn synonyms(&self) -> Arc<Synonyms> {
        Arc::clone(&self.inner.fields.synonyms)
    }

    /// The name of the generation in use ("gen-000002"); `None` in RAM.
    pub fn current_generation(&self) -> Option<String> {
        self.active().ok().and_then(|g| g.name.clone())
    }

    /// How queries are built (synonyms, weights, fuzziness).
    pub fn query_settings(&self) -> Arc<QuerySettings> {
        self.versioned_settings().1
    }

    /// The query settings with their version.
    fn versioned_settings(&self) -> (u64, Arc<QuerySettings>) {
        match self.inner.settings.read() {
            Ok(s) => (s.0, Arc::clone(&s.1)),
            Err(_) => (u64::MAX, Arc::new(QuerySettings::default())),
        }
    }

    /// Replaces the query settings, e.g. with synonyms read from an edited
    /// `search-synonyms.toml`.
    pub fn set_query_settings(&self, settings: QuerySettings) -> Result<(), SearchError> {
        let mut guard = self
            .inner
            .settings
            .write()
            .map_err(|_| SearchError::Poisoned)?;
        *guard = (guard.0.wrapping_add(1), Arc::new(settings));
        Ok(())
    }

    /// Applies one batch from the outbox: removes the postings in `deletes`
    /// and replaces or adds those in `upserts`, in one commit recording
    /// `last_seq`, then makes the result visible to searches at once.
    ///
    /// Deletions run first, so an id in both lists ends up indexed; callers
    /// fold a batch down to the last event per posting.
    pub fn apply(
        &self,
        upserts: &[JobDoc],
        deletes: &[i64],
        last_seq: i64,
    ) -> Result<(), SearchError> {
        let fields = &self.inner.fields;
        let documents = upserts
            .iter()
            .map(|job| {
                fields
                    .document(job)
                    .map(|doc| (job.id, doc))
                    .map_err(|e| SearchError::Corrupt(e.to_string()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let payload = payload(last_seq)?;

        let generation = self.active()?;
        let mut guard = generation
            .writer
            .lock()
            .map_err(|_| SearchError::Poisoned)?;
        if guard.is_none() {
            let options = IndexWriterOptions::builder()
                .num_worker_threads(1)
                .num_merge_threads(1)
                .memory_budget_per_thread(SERVER_WRITER_BUDGET)
                .build();
            *guard = Some(generation.index.writer_with_options(options)?);
        }
        let Some(writer) = guard.as_mut() else {
            return Err(SearchError::Poisoned);
        };
        let written = (|| -> Result<(), SearchError> {
            for &id in deletes {
                writer.delete_term(Term::from_field_i64(fields.id, id));
            }
            for (id, doc) in documents {
                writer.delete_term(Term::from_field_i64(fields.id, id));
                writer.add_document(doc)?;
            }
            let mut prepared = writer.prepare_commit()?;
            prepared.set_payload(&payload);
            prepared.commit()?;
            Ok(())
        })();
        if let Err(err) = written {
            // Leave nothing half-done behind for the next batch: discard
            // the pending operations, or the whole writer if that fails.
            if writer.rollback().is_err() {
                *guard = None;
            }
            return Err(err);
        }
        drop(guard);
        generation.reader.reload()?;
        Ok(())
    }

    /// The outbox sequence recorded by the latest commit, if any.
    pub fn last_applied_seq(&self) -> Result<Option<i64>, SearchError> {
        let generation = self.active()?;
        let metas = generation.index.load_metas()?;
        Ok(metas
            .payload
            .as_deref()
            .and_then(|p| serde_json::from_str::<CommitPayload>(p).ok())
            .map(|p| p.last_seq))
    }

    /// [`rebuild_with`](Self::rebuild_with) the built-in synonym groups.
    pub fn rebuild(
        dir: &Path,
        docs: impl Iterator<Item = JobDoc>,
        order: FeedOrder,
        last_seq: i64,
        progress: impl FnMut(u64),
    ) -> Result<u64, SearchError> {
        let synonyms = Arc::new(Synonyms::builtin());
        Self::rebuild_with(dir, synonyms, docs, order, last_seq, progress)
    }

    /// Builds a complete new generation under the root `dir` from `docs`,
    /// which come in `order` (see [`FeedOrder`]), recording `last_seq` and,
    /// for each posting, its groups of `synonyms`; then makes it current
    /// and deletes the older generations, except the one it replaces
    /// (running servers use it until they switch, then delete it).
    /// `progress` is called with the number of postings added so far
    /// (every thousand, and at the end). Returns that number. A failed
    /// rebuild removes what it wrote and leaves the current generation as
    /// it was.
    ///
    /// Running servers pick the new generation up with
    /// [`refresh_if_switched`](Self::refresh_if_switched).
    pub fn rebuild_with(
        dir: &Path,
        synonyms: Arc<Synonyms>,
        docs: impl Iterator<Item = JobDoc>,
        order: FeedOrder,
        last_seq: i64,
        mut progress: impl FnMut(u64),
    ) -> Result<u64, SearchError> {
        fs::create_dir_all(dir).map_err(|e| SearchError::io(dir, e))?;
        let previous = read_current(dir)?.as_deref().and_then(generation_number);
        let number = next_generation_number(dir)?;
        let name = generation_name(number);
        let path = dir.join(&name);
        fs::create_dir_all(&path).map_err(|e| SearchError::io(&path, e))?;
        let fields = Fields::with_synonyms(synonyms);
        let built = build_generation(&path, &fields, docs, order, last_seq, &mut progress);
        let count = match built {
            Ok(count) => count,
            Err(err) => {
                if let Err(e) = fs::remove_dir_all(&path) {
                    tracing::warn!(path = %path.display(), error = %e, "could not remove a failed generation");
                }
                return Err(err);
            }
        };
        write_current(dir, &name)?;
        // The generation that was current until now is left for running
        // servers, which keep using it until they notice the switch and
        // then delete it themselves; anything older goes now.
        remove_old_generations(dir, number, previous);
        Ok(count)
    }

    /// If `CURRENT` names another generation than the one in use (a
    /// rebuild ran, maybe in another process), opens it and swaps it in.
    /// Searches running meanwhile finish on the old generation. Returns
    /// whether a swap happened.
    ///
    /// A generation written with another schema or other synonym groups
    /// (`vieclam reindex` run by a newer program, or with an edited
    /// synonyms file) cannot be searched by this one: the first call says
    /// so with [`SearchError::SchemaMismatch`], later ones leave it alone
    /// and keep the generation in use; a restart opens the new one.
    pub fn refresh_if_switched(&self) -> Result<bool, SearchError> {
        let Some(root) = &self.inner.root else {
            return Ok(false);
        };
        let Some(name) = read_current(root)? else {
            return Ok(false);
        };
        if self.active()?.name.as_deref() == Some(name.as_str()) {
            return Ok(false);
        }
        let mut refused = self
            .inner
            .refused
            .lock()
            .map_err(|_| SearchError::Poisoned)?;
        if refused.as_deref() == Some(name.as_str()) {
            return Ok(false);
        }
        let opened = open_generation(root, &name, &self.inner.fields, &self.inner.executor);
        if let Err(SearchError::SchemaMismatch { .. }) = &opened {
            *refused = Some(name.clone());
        }
        drop(refused);
        let generation = Arc::new(opened?);
        let old = {
            let mut guard = self
                .inner
                .active
                .write()
                .map_err(|_| SearchError::Poisoned)?;
            std::mem::replace(&mut *guard, generation)
        };
        tracing::info!(generation = %name, "search index switched to a new generation");
        // The old generation (and its writer) closes when the last search
        // using it lets go; its files can go now (open files stay readable
        // on Unix until then).
        let old_name = old.name.clone();
        drop(old);
        if let Some(old_number) = old_name.as_deref().and_then(generation_number)
            && let Some(new_number) = generation_number(&name)
            && old_number < new_number
        {
            remove_old_generations(root, new_number, None);
        }
        Ok(true)
    }

    /// Number of postings in the index.
    pub fn num_docs(&self) -> u64 {
        self.active()
            .map(|g| g.reader.searcher().num_docs())
            .unwrap_or(0)
    }

    /// Runs a search: text, filters, sorting, one page of hits with
    /// snippets, the total and the facet counts.
    ///
    /// Two passes: the match query (unscored) finds every result and
    /// counts the facets; then the page is ranked among those results (by
    /// block-max WAND for relevance). See `query` and `rank`. Scores are
    /// only computed when sorting by relevance; otherwise `Hit::score` is
    /// 0. Pages ending past [`MAX_RESULT_WINDOW`] come back empty, with
    /// the total.
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults, SearchError> {
        let generation = self.active()?;
        let (_, settings) = self.versioned_settings();
        let searcher = generation.reader.searcher();
        self.search_with(&generation, &searcher, &settings, request)
    }

    /// The results of an identical search answered since the index and
    /// the query settings last changed, if it is remembered (see
    /// [`search_and_remember`](Self::search_and_remember)). Quick: no
    /// search runs.
    pub fn cached(&self, request: &SearchRequest) -> Option<SearchResults> {
        let generation = self.active().ok()?;
        let (version, _) = self.versioned_settings();
        let stamp = Stamp {
            searcher: generation.reader.searcher().generation().generation_id(),
            settings: version,
        };
        let found = generation.cache.get(stamp, request)?;
        Some(SearchResults::clone(&found))
    }

    /// [`search`](Self::search), remembering the results for
    /// [`cached`](Self::cached) until the index or the settings change.
    pub fn search_and_remember(
        &self,
        request: &SearchRequest,
    ) -> Result<SearchResults, SearchError> {
        let generation = self.active()?;
        let (version, settings) = self.versioned_settings();
        let searcher = generation.reader.searcher();
        let stamp = Stamp {
            searcher: searcher.generation().generation_id(),
            settings: version,
        };
        let results = self.search_with(&generation, &searcher, &settings, request)?;
        generation
            .cache
            .put(stamp, request, Arc::new(results.clone()));
        Ok(results)
    }

    fn search_with(
        &self,
        generation: &Generation,
        searcher: &Searcher,
        settings: &QuerySettings,
        request: &SearchRequest,
    ) -> Result<SearchResults, SearchError> {
        let fields = &self.inner.fields;
        let parsed = ParsedQuery::parse(&request.text, &settings.synonyms);

        let run = |mode: MatchMode| {
            generation.matches(searcher, fields, settings, &parsed, request, mode)
        };
        let mut matches = run(MatchMode::All)?;
        if matches.tally.total == 0 && parsed.unit_count() > 1 {
            matches = run(MatchMode::Most)?;
        }

        let per_page = u64::from(request.per_page.clamp(1, MAX_PER_PAGE));
        let page = u64::from(request.page.max(1));
        let offset = (page - 1).saturating_mul(per_page);
        let end = offset.saturating_add(per_page);
        let ranked = if end > MAX_RESULT_WINDOW || offset >= matches.tally.total {
            Vec::new()
        } else {
            let k = end as usize;
            let score_query = match request.sort {
                Sort::Relevance => parsed.score_query(fields, settings, searcher),
                Sort::Newest | Sort::Salary => None,
            };
            match score_query {
                Some(score_query) => {
                    rank::by_score(searcher, &generation.segments, &score_query, &matches, k)?
                }
                None => rank::by_key(searcher, &generation.segments, &matches, request.sort, k)?,
            }
        };

        let terms = parsed.highlight_terms();
        let items = ranked
            .into_iter()
            .skip(offset as usize)
            .map(|(score, address)| {
                let stored = stored_job(searcher, fields, address)?;
                Ok(hit(stored, score, &terms))
            })
            .collect::<Result<Vec<_>, SearchError>>()?;
        Ok(SearchResults {
            total: matches.tally.total,
            items,
            facets: matches.tally.facets(),
        })
    }
}

#[cfg(test)]
impl SearchIndex {
    /// A searcher on the current generation.
    pub(crate) fn searcher_for_tests(&self) -> Searcher {
        self.active().expect("generation").reader.searcher()
    }

    /// The first pass of `generation` with every unit required.
    fn all_matches(
        &self,
        generation: &Generation,
        searcher: &Searcher,
        parsed: &ParsedQuery,
        request: &SearchRequest,
    ) -> Matches {
        let (fields, settings) = (&self.inner.fields, self.query_settings());
        generation
            .matches(searcher, fields, &settings, parsed, request, MatchMode::All)
            .expect("first pass")
    }

    /// The ids ranked for `text` by relevance with a given strategy.
    pub(crate) fn ranked_ids(&self, text: &str, k: usize, strategy: rank::Strategy) -> Vec<i64> {
        self.ranked_ids_by(text, |searcher, cache, query, matches| {
            rank::by_score_with(searcher, cache, query, matches, k, strategy)
        })
    }

    /// The scores of the postings ranked for `text` by relevance with a
    /// given strategy, best first.
    pub(crate) fn ranked_scores(&self, text: &str, k: usize, strategy: rank::Strategy) -> Vec<f32> {
        self.ranked_by(text, |searcher, cache, query, matches| {
            rank::by_score_with(searcher, cache, query, matches, k, strategy)
        })
        .into_iter()
        .map(|(score, _)| score)
        .collect()
    }

    /// The ids that `rank` ranks, given the first pass of `text` with
    /// every unit required and its score query.
    pub(crate) fn ranked_ids_by(
        &self,
        text: &str,
        rank: impl FnOnce(
            &Searcher,
            &SegmentCache,
            &super::query::ScoreQuery,
            &Matches,
        ) -> tantivy::Result<Vec<rank::Ranked>>,
    ) -> Vec<i64> {
        self.ranked_by(text, rank)
            .into_iter()
            .map(|(_, id)| id)
            .collect()
    }

    /// The score and id of each posting that `rank` ranks, given the first
    /// pass of `text` with every unit required and its score query.
    fn ranked_by(
        &self,
        text: &str,
        rank: impl FnOnce(
            &Searcher,
            &SegmentCache,
            &super::query::ScoreQuery,
            &Matches,
        ) -> tantivy::Result<Vec<rank::Ranked>>,
    ) -> Vec<(f32, i64)> {
        let generation = self.active().expect("generation");
        let settings = self.query_settings();
        let searcher = generation.reader.searcher();
        let fields = &self.inner.fields;
        let parsed = ParsedQuery::parse(text, &settings.synonyms);
        let request = SearchRequest {
            text: text.into(),
            ..SearchRequest::default()
        };
        let matches = self.all_matches(&generation, &searcher, &parsed, &request);
        let Some(score_query) = parsed.score_query(fields, &settings, &searcher) else {
            return Vec::new();
        };
        rank(&searcher, &generation.segments, &score_query, &matches)
            .expect("rank")
            .into_iter()
            .map(|(score, address)| {
                let id = stored_job(&searcher, fields, address).expect("stored").id;
                (score, id)
            })
            .collect()
    }

    /// Milliseconds spent matching, ranking and loading hits, for tuning.
    pub(crate) fn pass_timings(&self, request: &SearchRequest) -> (f64, f64, f64) {
        use std::time::Instant;
        let generation = self.active().expect("generation");
        let settings = self.query_settings();
        let searcher = generation.reader.searcher();
        let fields = &self.inner.fields;
        let parsed = ParsedQuery::parse(&request.text, &settings.synonyms);
        let t = Instant::now();
        let matches = self.all_matches(&generation, &searcher, &parsed, request);
        let matching = t.elapsed().as_secs_f64() * 1000.0;
        let t = Instant::now();
        let ranked = match parsed.score_query(fields, &settings, &searcher) {
            Some(q) => {
                rank::by_score(&searcher, &generation.segments, &q, &matches, 20).expect("rank")
            }
            None => rank::by_key(&searcher, &generation.segments, &matches, Sort::Newest, 20)
                .expect("rank"),
        };
        let ranking = t.elapsed().as_secs_f64() * 1000.0;
        let t = Instant::now();
        let terms = parsed.highlight_terms();
        for (score, address) in ranked {
            let stored = stored_job(&searcher, fields, address).expect("stored");
            let _ = hit(stored, score, &terms);
        }
        (matching, ranking, t.elapsed().as_secs_f64() * 1000.0)
    }

    /// How the score of posting `id` for `text` comes about, for tuning.
    pub(crate) fn explain(&self, text: &str, id: i64) -> String {
        use tantivy::collector::TopDocs;
        use tantivy::query::TermQuery;
        let generation = self.active().expect("generation");
        let searcher = generation.reader.searcher();
        let settings = self.query_settings();
        let fields = &self.inner.fields;
        let parsed = ParsedQuery::parse(text, &settings.synonyms);
        let Some(query) = parsed.score_query(fields, &settings, &searcher) else {
            return String::new();
        };
        let query = query.to_query();
        let by_id = TermQuery::new(
            Term::from_field_i64(fields.id, id),
            tantivy::schema::IndexRecordOption::Basic,
        );
        let found = searcher
            .search(&by_id, &TopDocs::with_limit(1).order_by_score())
            .expect("lookup");
        let Some((_, address)) = found.first() else {
            return "no such posting".to_string();
        };
        match query.explain(&searcher, *address) {
            Ok(explanation) => explanation.to_pretty_json(),
            Err(e) => e.to_string(),
        }
    }
}

fn stored_job(
    searcher: &Searcher,
    fields: &Fields,
    address: DocAddress,
) -> Result<StoredJob, SearchError> {
    let doc: TantivyDocument = searcher.doc(address)?;
    let bytes = doc
        .get_first(fields.stored)
        .and_then(|v| v.as_bytes())
        .ok_or_else(|| SearchError::Corrupt("posting without stored data".to_string()))?;
    serde_json::from_slice(bytes).map_err(|e| SearchError::Corrupt(e.to_string()))
}

fn hit(stored: StoredJob, score: f32, terms: &std::collections::HashSet<String>) -> Hit {
    let snippet = snippet(&stored.description, &stored.title, terms);
    let deadline = stored.deadline_date();
    Hit {
        id: stored.id,
        external_ref: stored.external_ref,
        title: stored.title,
        employer_name: stored.employer_name,
        district_code: stored.district_code,
        commune_code: stored.commune_code,
        work_location: stored.work_location,
        country: stored.country,
        place_name: stored.place_name,
        occupation_code: stored.occupation_code,
        salary_min: stored.salary_min,
        salary_max: stored.salary_max,
        employment_type: stored.employment_type,
        deadline,
        published_at: stored.published_at,
        score,
        snippet,
    }
}

/// The settings of every new generation: each segment keeps its postings
/// newest first (tantivy sorts a segment when it is written and when
/// segments are merged), so that ranking can stop early or skip ties it
/// knows are older (see `rank`). A generation made before this setting
/// existed is rebuilt when opened (see `open_generation`).
fn index_settings() -> IndexSettings {
    IndexSettings {
        sort_by_field: Some(IndexSortByField {
            field: names::PUBLISHED_AT.to_string(),
            order: Order::Desc,
        }),
        ..IndexSettings::default()
    }
}

/// Whether `settings` keep each segment's postings newest first.
fn sorted_newest_first(settings: &IndexSettings) -> bool {
    settings
        .sort_by_field
        .as_ref()
        .is_some_and(|sort| sort.field == names::PUBLISHED_AT && sort.order == Order::Desc)
}

fn payload(last_seq: i64) -> Result<String, SearchError> {
    serde_json::to_string(&CommitPayload { last_seq })
        .map_err(|e| SearchError::Corrupt(e.to_string()))
}

fn generation_name(number: u64) -> String {
    format!("{GENERATION_PREFIX}{number:06}")
}

fn generation_number(name: &str) -> Option<u64> {
    let digits = name.strip_prefix(GENERATION_PREFIX)?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// Reads `CURRENT`; `None` when there is no such file.
fn read_current(root: &Path) -> Result<Option<String>, SearchError> {
    let path = root.join(CURRENT_FILE);
    let text = match fs::read_to_string(&path) {
        Ok(text) => text,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(SearchError::io(path, e)),
    };
    let name = text.trim();
    if generation_number(name).is_none() {
        return Err(SearchError::BadCurrent {
            path: root.to_path_buf(),
            vi: format!("“{name}” không phải tên một thế hệ chỉ mục"),
            en: format!("“{name}” is not the name of an index generation"),
        });
    }
    Ok(Some(name.to_string()))
}

/// Points `CURRENT` at `name`: written to a temporary file, flushed, then
/// renamed over the old one, so readers see the old or the new name, never
/// a partial one.
fn write_current(root: &Path, name: &str) -> Result<(), SearchError> {
    let tmp = root.join(format!("{CURRENT_FILE}.tmp-{}", std::process::id()));
    let write = || -> std::io::Result<()> {
        let mut file = fs::File::create(&tmp)?;
        file.write_all(name.as_bytes())?;
        file.write_all(b"\n")?;
        file.sync_all()?;
        Ok(())
    };
    write().map_err(|e| SearchError::io(&tmp, e))?;
    let current = root.join(CURRENT_FILE);
    fs::rename(&tmp, &current).map_err(|e| SearchError::io(&current, e))?;
    // Make the rename itself durable where the platform allows it.
    if let Ok(dir) = fs::File::open(root) {
        let _ = dir.sync_all();
    }
    Ok(())
}

fn existing_generations(root: &Path) -> Result<Vec<(u64, PathBuf)>, SearchError> {
    let entries = fs::read_dir(root).map_err(|e| SearchError::io(root, e))?;
    let mut out = Vec::new();
    for entry in entries.flatten() {
        let name = entry.file_name();
        if let Some(number) = name.to_str().and_then(generation_number) {
            out.push((number, entry.path()));
        }
    }
    Ok(out)
}

fn next_generation_number(root: &Path) -> Result<u64, SearchError> {
    let existing = existing_generations(root)?
        .into_iter()
        .map(|(n, _)| n)
        .max()
        .unwrap_or(0);
    let current = read_current(root)?
        .as_deref()
        .and_then(generation_number)
        .unwrap_or(0);
    Ok(existing.max(current) + 1)
}

/// Deletes generations older than `current`, except `keep`. Newer ones are
/// left alone: a rebuild may be writing one. Failures are logged, not
/// fatal (a process may still hold files open on some platforms).
fn remove_old_generations(root: &Path, current: u64, keep: Option<u64>) {
    let Ok(generations) = existing_generations(root) else {
        return;
    };
    for (number, path) in generations {
        if number < current
            && Some(number) != keep
            && let Err(e) = fs::remove_dir_all(&path)
        {
            tracing::warn!(path = %path.display(), error = %e, "could not remove an old index generation");
        }
    }
}

fn open_generation(
    root: &Path,
    name: &str,
    fields: &Fields,
    executor: &Executor,
) -> Result<Generation, SearchError> {
    let path = root.join(name);
    fs::create_dir_all(&path).map_err(|e| SearchError::io(&path, e))?;
    let directory = MmapDirectory::open(&path).map_err(|e| SearchError::OpenDirectory {
        path: path.clone(),
        detail: e.to_string(),
    })?;
    let index = if Index::exists(&directory).map_err(|e| SearchError::OpenDirectory {
        path: path.clone(),
        detail: e.to_string(),
    })? {
        let index = Index::open(directory)?;
        // A generation written with another schema, or before its segments
        // were kept newest first, is rebuilt rather than searched without
        // the shortcuts of `rank`.
        if index.schema() != fields.schema || !sorted_newest_first(index.settings()) {
            return Err(SearchError::SchemaMismatch { path });
        }
        index
    } else {
        Index::create(directory, fields.schema.clone(), index_settings())?
    };
    generation_from_index(Some(name.to_string()), index, executor)
}

/// The threads a search spreads its segments over: one per core, at most
/// [`MAX_SEARCH_THREADS`], shared by every generation of an index.
fn search_executor() -> Result<Executor, SearchError> {
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let threads = cores.clamp(1, MAX_SEARCH_THREADS);
    if threads == 1 {
        return Ok(Executor::single_thread());
    }
    Ok(Executor::multi_thread(threads, "search-")?)
}

fn generation_from_index(
    name: Option<String>,
    mut index: Index,
    executor: &Executor,
) -> Result<Generation, SearchError> {
    analyzer::register(index.tokenizers());
    index.set_executor(executor.clone());
    let segments = Arc::new(SegmentCache::default());
    let warmer: Weak<dyn Warmer> = Arc::downgrade(&segments) as Weak<SegmentCache>;
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .doc_store_cache_num_blocks(STORED_BLOCKS_KEPT)
        .warmers(vec![warmer])
        .try_into()?;
    Ok(Generation {
        name,
        index,
        reader,
        writer: Mutex::new(None),
        cache: ResultCache::default(),
        segments,
    })
}

fn build_generation(
    path: &Path,
    fields: &Fields,
    docs: impl Iterator<Item = JobDoc>,
    order: FeedOrder,
    last_seq: i64,
    progress: &mut impl FnMut(u64),
) -> Result<u64, SearchError> {
    let directory = MmapDirectory::open(path).map_err(|e| SearchError::OpenDirectory {
        path: path.to_path_buf(),
        detail: e.to_string(),
    })?;
    let settings = match order {
        FeedOrder::Any => index_settings(),
        FeedOrder::NewestFirst => IndexSettings::default(),
    };
    let mut index = Index::create(directory, fields.schema.clone(), settings)?;
    analyzer::register(index.tokenizers());
    let options = IndexWriterOptions::builder()
        .num_worker_threads(REBUILD_THREADS)
        .num_merge_threads(REBUILD_THREADS)
        .memory_budget_per_thread(REBUILD_BUDGET_PER_THREAD)
        .build();
    let in_flight = InFlight::new(REBUILD_IN_FLIGHT);
    let mut writer: IndexWriter<Ticketed> = index.writer_with_options(options)?;
    // Segments come out of the indexing threads about 200,000 postings
    // each, few enough to search side by side; merging them while
    // indexing would write everything a second time.
    writer.set_merge_policy(Box::new(NoMergePolicy));
    // Documents go to the indexing threads in batches: one hand-over per
    // batch instead of one per posting. Each thread takes whole batches
    // in the order they come, so a newest-first feed makes newest-first
    // segments.
    let mut count = 0u64;
    let mut newest_to_come = i64::MAX;
    let mut batch = Vec::with_capacity(REBUILD_BATCH);
    for job in docs {
        if order == FeedOrder::NewestFirst {
            if job.published_at > newest_to_come {
                return Err(SearchError::OutOfOrder { id: job.id });
            }
            newest_to_come = job.published_at;
        }
        let doc = fields
            .document(&job)
            .map_err(|e| SearchError::Corrupt(e.to_string()))?;
        batch.push(doc);
        count += 1;
        if batch.len() == REBUILD_BATCH {
            hand_over(&writer, &in_flight, &mut batch)?;
        }
        if count.is_multiple_of(PROGRESS_EVERY) {
            progress(count);
        }
    }
    hand_over(&writer, &in_flight, &mut batch)?;
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload(last_seq)?);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    if order == FeedOrder::NewestFirst {
        declare_newest_first(&mut index, last_seq)?;
    }
    progress(count);
    Ok(count)
}

/// Records in an index written from a newest-first feed that its segments
/// are kept newest first, after checking that they are, so that later
/// segments and merges keep that order too.
fn declare_newest_first(index: &mut Index, last_seq: i64) -> Result<(), SearchError> {
    let reader = index
        .reader_builder()
        .reload_policy(ReloadPolicy::Manual)
        .try_into()?;
    for segment in reader.searcher().segment_readers() {
        let published = dense_column::<i64>(segment, names::PUBLISHED_AT)?;
        let mut newest_to_come = i64::MAX;
        for doc in 0..segment.max_doc() {
            let at = published.get_val(doc);
            if at > newest_to_come {
                return Err(SearchError::Corrupt(format!(
                    "segment {} is not newest first",
                    segment.segment_id()
                )));
            }
            newest_to_come = at;
        }
    }
    *index.settings_mut() = index_settings();
    // A commit without postings writes the settings into the index's
    // metadata, with the same progress.
    let mut writer: IndexWriter = index.writer_with_num_threads(1, SETTINGS_WRITER_BUDGET)?;
    writer.set_merge_policy(Box::new(NoMergePolicy));
    let mut prepared = writer.prepare_commit()?;
    prepared.set_payload(&payload(last_seq)?);
    prepared.commit()?;
    writer.wait_merging_threads()?;
    Ok(())
}

/// Hands `batch` to the indexing threads once there is room for it.
fn hand_over(
    writer: &IndexWriter<Ticketed>,
    in_flight: &Arc<InFlight>,
    batch: &mut Vec<TantivyDocument>,
) -> Result<(), SearchError> {
    in_flight.make_room(batch.len());
    writer.run(
        batch
            .drain(..)
            .map(|doc| UserOperation::Add(Ticketed::new(doc, in_flight))),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};

    use super::*;
    use crate::search::testkit::*;

    fn titles(index: &SearchIndex, text: &str) -> Vec<String> {
        index
            .search(&request(text))
            .expect("search")
            .items
            .into_iter()
            .map(|h| h.title)
            .collect()
    }

    #[test]
    fn facet_keys_follow_the_live_segments() {
        let index = SearchIndex::in_ram().expect("index");
        let docs = corpus();
        for (seq, chunk) in docs.chunks(10).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        let generation = index.active().expect("generation");
        let live = generation.reader.searcher().segment_readers().len();
        assert!(live > 1);
        // The reader's warmer computed the keys of every live segment, and
        // forgets the ones merged away (on tantivy's collection thread).
        assert!(generation.segments.segment_count() >= live);
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while generation.segments.segment_count() > live && std::time::Instant::now() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
        assert_eq!(generation.segments.segment_count(), live);
        let everything = index.search(&request("")).expect("search");
        assert_eq!(everything.total as usize, docs.len());
    }

    #[test]
    fn term_ceilings_are_the_best_scores_their_terms_give() {
        use tantivy::query::{Bm25Weight, EnableScoring, Query, TermQuery};
        use tantivy::schema::IndexRecordOption;
        use tantivy::{DocSet, TERMINATED};
        let index = SearchIndex::in_ram().expect("index");
        for (seq, chunk) in corpus().chunks(60).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        let generation = index.active().expect("generation");
        let searcher = generation.reader.searcher();
        let settings = index.query_settings();
        let fields = &index.inner.fields;
        let mut checked = 0;
        for text in ["công nhân may", "lái xe", "xkld nhat", "kế toán", "sa pa"] {
            let parsed = ParsedQuery::parse(text, &settings.synonyms);
            let score = parsed
                .score_query(fields, &settings, &searcher)
                .expect("score query");
            for (term, boost) in &score.terms {
                let bm25 = Bm25Weight::for_terms(&searcher, std::slice::from_ref(term))
                    .expect("bm25")
                    .boost_by(*boost);
                let weight = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)
                    .weight(EnableScoring::enabled_from_searcher(&searcher))
                    .expect("weight");
                for reader in searcher.segment_readers() {
                    let ceiling = generation
                        .segments
                        .term_ceiling(reader, term)
                        .expect("ceiling")
                        .iter()
                        .map(|&(length, freq)| bm25.score(length, freq))
                        .fold(0.0, f32::max);
                    let mut scorer = weight.scorer(reader, *boost).expect("scorer");
                    let mut best = 0.0f32;
                    while scorer.doc() != TERMINATED {
                        best = best.max(scorer.score());
                        scorer.advance();
                    }
                    assert_eq!(best, ceiling, "{text}: {term:?}");
                    checked += usize::from(best > 0.0);
                }
            }
        }
        assert!(checked > 20, "only {checked} terms found");
    }

    #[test]
    fn both_first_passes_find_the_same_postings_and_counts() {
        use crate::domain::job::WorkLocation;
        // Several segments, some postings deleted or replaced since.
        let index = SearchIndex::in_ram().expect("index");
        let docs = corpus();
        for (seq, chunk) in docs.chunks(40).enumerate() {
            index.apply(chunk, &[], seq as i64).expect("apply");
        }
        let gone: Vec<i64> = docs.iter().step_by(7).map(|d| d.id).collect();
        index
            .apply(&docs[3..9], &gone, 100)
            .expect("replace and delete");
        let generation = index.active().expect("generation");
        let searcher = generation.reader.searcher();
        assert!(searcher.segment_readers().len() > 1);
        let settings = index.query_settings();
        let fields = &index.inner.fields;
        let requests = [
            request(""),
            request("công nhân may"),
            request("cong nhan"),
            request("xkld nhat"),
            SearchRequest {
                district_code: Some("082".into()),
                ..request("lao động")
            },
            SearchRequest {
                work_location: Some(WorkLocation::Abroad),
                posted_since: Some(NOW - 30 * 86_400),
                ..request("")
            },
            SearchRequest {
                salary_min: Some(7_000_000),
                occupation: Some("83".into()),
                ..request("lái xe")
            },
            request("xyzabc"),
            request("thợ may xyzabc sa pa"),
            request("lái xe xyzabc"),
        ];
        for (request, mode) in requests
            .iter()
            .flat_map(|r| [(r, MatchMode::All), (r, MatchMode::Most)])
        {
            let parsed = ParsedQuery::parse(&request.text, &settings.synonyms);
            let ours = generation
                .matches(&searcher, fields, &settings, &parsed, request, mode)
                .expect("sets");
            let filters = generation
                .filters(fields, request)
                .iter()
                .map(|clause| clause.to_query(&generation.segments))
                .collect();
            let query = combine(parsed.match_query(fields, &settings, mode), filters);
            let tantivy = searcher
                .search(query.as_ref(), &generation.match_collector())
                .expect("tantivy");
            let docs = |m: &Matches| -> Vec<(u32, Vec<u32>)> {
                m.segments
                    .iter()
                    .map(|s| (s.segment_ord, s.iter().collect()))
                    .collect()
            };
            assert_eq!(docs(&ours), docs(&tantivy), "{request:?} {mode:?}");
            assert_eq!(
                ours.tally.total, tantivy.tally.total,
                "{request:?} {mode:?}"
            );
            let (ours, theirs) = (ours.tally.facets(), tantivy.tally.facets());
            assert_eq!(ours, theirs, "{request:?} {mode:?}");
        }
        // The text of the second search again: answered from the sets
        // remembered, with the same result.
        assert!(generation.segments.clause_bytes() > 0);
        let again = index.search(&requests[1]).expect("search");
        assert_eq!(again, index.search(&requests[1]).expect("search"));
    }

    #[test]
    fn apply_upserts_replace_and_deletes_remove() {
        let index = SearchIndex::in_ram().expect("index");
        assert_eq!(index.last_applied_seq().expect("seq"), None);
        assert_eq!(index.num_docs(), 0);
        index.apply(&corpus(), &[], 10).expect("apply");
        assert_eq!(index.num_docs() as usize, POSTINGS.len());
        assert_eq!(index.last_applied_seq().expect("seq"), Some(10));

        let mut edited = job_doc(&POSTINGS[0]);
        edited.title = "Tuyển thợ may áo dài".to_string();
        index.apply(&[edited], &[24], 11).expect("apply");
        assert_eq!(index.num_docs() as usize, POSTINGS.len() - 1);
        assert_eq!(index.last_applied_seq().expect("seq"), Some(11));
        assert_eq!(titles(&index, "áo dài")[0], "Tuyển thợ may áo dài");
        assert!(!titles(&index, "công nhân may").contains(&"Tuyển công nhân may".to_string()));
        assert!(
            titles(&index, "thợ hàn điện")
                .iter()
                .all(|t| t != "Thợ hàn điện")
        );

        // The same id twice in one batch: the last one wins.
        let mut a = job_doc(&POSTINGS[1]);
        a.title = "Phiên bản một".to_string();
        let mut b = a.clone();
        b.title = "Phiên bản hai".to_string();
        index.apply(&[a, b], &[], 12).expect("apply");
        let found = titles(&index, "phiên bản");
        assert_eq!(found[0], "Phiên bản hai");
        assert!(!found.contains(&"Phiên bản một".to_string()));

        // An empty batch still records progress.
        index.apply(&[], &[], 13).expect("apply");
        assert_eq!(index.last_applied_seq().expect("seq"), Some(13));
        // Deleting an id that is not there is fine.
        index.apply(&[], &[9_999], 14).expect("apply");
        assert_eq!(index.num_docs() as usize, POSTINGS.len() - 1);
    }

    #[test]
    fn progress_and_postings_survive_a_reopen() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("search-index");
        {
            let index = SearchIndex::open_or_create(&root).expect("create");
            assert_eq!(index.current_generation().as_deref(), Some("gen-000001"));
            assert_eq!(index.last_applied_seq().expect("seq"), None);
            index.apply(&corpus(), &[], 41).expect("apply");
            index.apply(&[], &[2], 42).expect("apply");
        }
        assert_eq!(
            fs::read_to_string(root.join(CURRENT_FILE))
                .expect("CURRENT")
                .trim(),
            "gen-000001"
        );
        let reopened = SearchIndex::open_or_create(&root).expect("reopen");
        assert_eq!(reopened.last_applied_seq().expect("seq"), Some(42));
        assert_eq!(reopened.num_docs() as usize, POSTINGS.len() - 1);
        assert_eq!(titles(&reopened, "cong nhan may")[0], "Tuyển công nhân may");
        // The reopened index takes new batches.
        reopened.apply(&[], &[1], 43).expect("apply");
        assert_eq!(reopened.last_applied_seq().expect("seq"), Some(43));
    }

    #[test]
    fn a_generation_without_newest_first_segments_asks_for_a_rebuild() {
        let dir = tempfile::tempdir().expect("tempdir");
        let generation = dir.path().join("gen-000001");
        fs::create_dir_all(&generation).expect("generation folder");
        let directory = MmapDirectory::open(&generation).expect("directory");
        let fields = super::super::schema::Fields::new();
        Index::create(directory, fields.schema.clone(), IndexSettings::default())
            .expect("an unsorted index");
        fs::write(dir.path().join(CURRENT_FILE), "gen-000001\n").expect("write");
        let err = SearchIndex::open_or_create(dir.path()).expect_err("unsorted");
        assert!(matches!(err, SearchError::SchemaMismatch { .. }), "{err}");
    }

    /// The publication time of every posting of every segment of the
    /// current generation, in document order.
    fn segment_times(index: &SearchIndex) -> Vec<Vec<i64>> {
        index
            .searcher_for_tests()
            .segment_readers()
            .iter()
            .map(|segment| {
                let published = dense_column::<i64>(segment, names::PUBLISHED_AT).expect("column");
                (0..segment.max_doc())
                    .map(|doc| published.get_val(doc))
                    .collect()
            })
            .collect()
    }

    #[test]
    fn a_newest_first_feed_builds_the_index_a_sorted_one_does() {
        let mut docs: Vec<JobDoc> = super::perf::synthetic(3_000).collect();
        let any = tempfile::tempdir().expect("tempdir");
        SearchIndex::rebuild(
            any.path(),
            docs.clone().into_iter(),
            FeedOrder::Any,
            9,
            |_| {},
        )
        .expect("rebuild in any order");
        docs.sort_by_key(|doc| std::cmp::Reverse((doc.published_at, doc.id)));
        let newest = tempfile::tempdir().expect("tempdir");
        let count = SearchIndex::rebuild(
            newest.path(),
            docs.into_iter(),
            FeedOrder::NewestFirst,
            9,
            |_| {},
        )
        .expect("rebuild newest first");
        assert_eq!(count, 3_000);

        // Several segments (the batches went to both indexing threads),
        // each newest first, and recorded as such: the generation opens.
        let (a, b) = (
            SearchIndex::open_or_create(any.path()).expect("open"),
            SearchIndex::open_or_create(newest.path()).expect("open"),
        );
        let times = segment_times(&b);
        assert!(times.len() > 1, "{} segments", times.len());
        for segment in &times {
            assert!(segment.windows(2).all(|w| w[0] >= w[1]), "not newest first");
        }
        assert_eq!(b.last_applied_seq().expect("seq"), Some(9));
        // A "posted since" that keeps half the postings.
        let mut all_times: Vec<i64> = segment_times(&a).into_iter().flatten().collect();
        all_times.sort_unstable();
        let since = all_times[all_times.len() / 2];
        for text in ["cong nhan may", "xkld", "lái xe", ""] {
            for sort in [Sort::Relevance, Sort::Newest, Sort::Salary] {
                let mut request = request(text);
                request.sort = sort;
                for posted_since in [None, Some(since)] {
                    request.posted_since = posted_since;
                    let (x, y) = (
                        a.search(&request).expect("a"),
                        b.search(&request).expect("b"),
                    );
                    let ids = |r: &SearchResults| r.items.iter().map(|h| h.id).collect::<Vec<_>>();
                    assert_eq!(x.total, y.total, "{text:?} {sort:?}");
                    assert_eq!(ids(&x), ids(&y), "{text:?} {sort:?} {posted_since:?}");
                    assert_eq!(x.facets, y.facets, "{text:?}");
                }
            }
        }
        // Postings added later keep the order.
        let mut late: Vec<JobDoc> = super::perf::synthetic(2).collect();
        for (i, doc) in late.iter_mut().enumerate() {
            doc.id = 10_000 + i as i64;
        }
        b.apply(&late, &[], 10).expect("apply");
        assert_eq!(b.num_docs(), 3_002);
    }

    #[test]
    fn a_feed_out_of_order_stops_the_rebuild_and_leaves_the_index_alone() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut docs = corpus();
        docs.sort_by_key(|doc| doc.published_at);
        let err = SearchIndex::rebuild(
            dir.path(),
            docs.into_iter(),
            FeedOrder::NewestFirst,
            3,
            |_| {},
        )
        .expect_err("oldest first is out of order");
        assert!(matches!(err, SearchError::OutOfOrder { .. }), "{err}");
        assert!(err.to_string().contains(" / "), "{err}");
        assert!(read_current(dir.path()).expect("read").is_none());
        assert!(existing_generations(dir.path()).expect("list").is_empty());
    }

    #[test]
    fn a_bad_current_file_is_an_error_naming_it() {
        let dir = tempfile::tempdir().expect("tempdir");
        fs::write(dir.path().join(CURRENT_FILE), "../../etc\n").expect("write");
        let err = SearchIndex::open_or_create(dir.path()).expect_err("bad CURRENT");
        let message = err.to_string();
        assert!(
            message.contains("CURRENT") && message.contains(" / "),
            "{message}"
        );
    }

    #[test]
    fn rebuild_switches_generations_while_searches_go_on() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().to_path_buf();
        let server = SearchIndex::open_or_create(&root).expect("create");
        let first: Vec<JobDoc> = corpus().into_iter().take(10).collect();
        server.apply(&first, &[], 5).expect("apply");
        assert_eq!(server.num_docs(), 10);

        // A clone keeps searching from another thread the whole time.
        let searcher = server.clone();
        let stop = Arc::new(AtomicBool::new(false));
        let searches = Arc::new(AtomicU64::new(0));
        let worker = {
            let stop = Arc::clone(&stop);
            let searches = Arc::clone(&searches);
            std::thread::spawn(move || {
                while !stop.load(Ordering::Relaxed) {
                    let results = searcher.search(&request("công nhân"));
                    assert!(results.is_ok(), "{results:?}");
                    searches.fetch_add(1, Ordering::Relaxed);
                }
            })
        };

        let mut reported = Vec::new();
        let count = SearchIndex::rebuild(&root, corpus().into_iter(), FeedOrder::Any, 77, |n| {
            reported.push(n)
        })
        .expect("rebuild");
        assert_eq!(count as usize, POSTINGS.len());
        assert_eq!(reported.last().copied(), Some(count));
        // Nothing changes for the server until it looks, and it can still
        // apply batches to the generation it has.
        assert_eq!(server.num_docs(), 10);
        assert_eq!(server.last_applied_seq().expect("seq"), Some(5));
        server.apply(&[], &[3], 6).expect("apply before the switch");
        assert_eq!(server.num_docs(), 9);

        assert!(server.refresh_if_switched().expect("refresh"));
        assert!(!server.refresh_if_switched().expect("second refresh"));
        assert_eq!(server.current_generation().as_deref(), Some("gen-000002"));
        assert_eq!(server.num_docs() as usize, POSTINGS.len());
        assert_eq!(server.last_applied_seq().expect("seq"), Some(77));
        assert!(
            !root.join("gen-000001").exists(),
            "old generation left behind"
        );

        // The server keeps applying batches, now to the new generation.
        server.apply(&[], &[1], 78).expect("apply");
        assert_eq!(server.last_applied_seq().expect("seq"), Some(78));
        assert_eq!(server.num_docs() as usize, POSTINGS.len() - 1);

        stop.store(true, Ordering::Relaxed);
        worker.join().expect("searching thread");
        assert!(searches.load(Ordering::Relaxed) > 0);

        // A fresh process opens the rebuilt generation.
        let fresh = SearchIndex::open_or_create(&root).expect("open");
        assert_eq!(fresh.current_generation().as_deref(), Some("gen-000002"));
        assert_eq!(fresh.last_applied_seq().expect("seq"), Some(78));
    }

    #[test]
    fn every_posting_abroad_is_labour_export_and_the_words_rank_first() {
        let index = corpus_index();
        // 8 and 10 say neither "XKLĐ" nor "xuất khẩu lao động"; 45 says
        // "đi làm việc" but not "ở nước ngoài".
        let abroad = [7, 8, 9, 10, 45];
        for text in [
            "xkld",
            "XKLĐ",
            "xuất khẩu lao động",
            "đi làm việc ở nước ngoài",
        ] {
            let found = ids(&index, &request(text));
            assert!(
                abroad.iter().all(|id| found.contains(id)),
                "{text}: {found:?}"
            );
        }
        let mut found = ids(&index, &request("xkld"));
        found.sort_unstable();
        assert_eq!(found, abroad);
        // Those with the words in their title come first.
        let found = ids(&index, &request("xkld"));
        assert_eq!(found.first(), Some(&9), "{found:?}");
        assert!(found[..2].contains(&7), "{found:?}");
        // Japan: both postings there, with the words first.
        assert_eq!(ids(&index, &request("xkld nhat ban")), vec![7, 8]);
    }

    #[test]
    fn synonyms_recorded_in_the_index_find_what_phrases_find() {
        use crate::search::query::QuerySettings;
        use crate::search::synonyms::{BUILTIN_TOML, Synonyms};
        let index = corpus_index();
        let queries = [
            "xkld nhat",
            "tai xe",
            "osin",
            "Sapa",
            "lao động phổ thông",
            "kcn",
        ];
        let recorded: Vec<Vec<i64>> = queries.iter().map(|q| ids(&index, &request(q))).collect();
        // Other groups than the index recorded: members are looked up as
        // phrases instead.
        let edited = format!("{BUILTIN_TOML}\n[[group]]\nterms = [\"thợ hồ\", \"thợ xây\"]\n");
        let synonyms = Synonyms::from_toml(&edited).expect("synonyms");
        assert_ne!(synonyms.fingerprint(), Synonyms::builtin().fingerprint());
        index
            .set_query_settings(QuerySettings {
                synonyms: std::sync::Arc::new(synonyms),
                ..QuerySettings::default()
            })
            .expect("settings");
        for (query, expected) in queries.iter().zip(recorded) {
            assert!(!expected.is_empty(), "{query}");
            assert_eq!(ids(&index, &request(query)), expected, "{query}");
        }
    }

    #[test]
    fn a_generation_with_other_synonyms_is_refused_once_and_the_old_one_kept() {
        use crate::search::synonyms::{BUILTIN_TOML, Synonyms};
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path();
        SearchIndex::rebuild(root, corpus().into_iter(), FeedOrder::Any, 5, |_| {})
            .expect("rebuild");
        let index = SearchIndex::open_or_create(root).expect("open");
        let before = ids(&index, &request("tai xe"));
        assert!(!before.is_empty());

        let edited = format!("{BUILTIN_TOML}\n[[group]]\nterms = [\"PCCC\", \"cứu hỏa\"]\n");
        let synonyms = Arc::new(Synonyms::from_toml(&edited).expect("synonyms"));
        SearchIndex::rebuild_with(
            root,
            Arc::clone(&synonyms),
            corpus().into_iter(),
            FeedOrder::Any,
            6,
            |_| {},
        )
        .expect("rebuild with other groups");
        assert!(matches!(
            index.refresh_if_switched(),
            Err(SearchError::SchemaMismatch { .. })
        ));
        assert!(!index.refresh_if_switched().expect("asked again"));
        assert_eq!(ids(&index, &request("tai xe")), before);
        assert_eq!(index.last_applied_seq().expect("seq"), Some(5));

        // A program started with the new groups opens the new generation.
        let restarted = SearchIndex::open_or_create_with(root, synonyms).expect("open");
        assert_eq!(restarted.last_applied_seq().expect("seq"), Some(6));
        assert_eq!(ids(&restarted, &request("tai xe")), before);
    }

    #[test]
    fn in_ram_indexes_never_switch() {
        let index = SearchIndex::in_ram().expect("index");
        assert!(!index.refresh_if_switched().expect("refresh"));
        assert_eq!(index.current_generation(), None);
    }

    #[test]
    fn generation_names() {
        assert_eq!(generation_name(3), "gen-000003");
        assert_eq!(generation_number("gen-000003"), Some(3));
        assert_eq!(generation_number("gen-1234567"), Some(1_234_567));
        for bad in ["gen-", "gen-x", "../gen-1", "gen-1/..", "CURRENT"] {
            assert_eq!(generation_number(bad), None, "{bad}");
        }
    }
}

/// Timings on a synthetic corpus; run by hand in release mode:
/// `cargo test --release --lib search::index::perf -- --ignored --nocapture`.
#[cfg(test)]
mod perf {
    use std::time::Instant;

    use super::*;
    use crate::domain::job::WorkLocation;
    use crate::search::testkit::*;
    use crate::search::types::SearchRequest;

    /// Postings shaped like the demo data (`vieclam demo`): its job
    /// templates and employers, places from the test corpus, varied pay,
    /// dates and ids.
    pub fn synthetic(n: usize) -> impl Iterator<Item = JobDoc> {
        use crate::demo::vocab::{EMPLOYERS, JOB_TEMPLATES, Place as DemoPlace};
        #[derive(serde::Deserialize)]
        struct Occupations {
            occupation: Vec<Occupation>,
        }
        #[derive(serde::Deserialize)]
        struct Occupation {
            code: String,
            name_vi: String,
        }
        let names: std::collections::HashMap<String, String> =
            toml::from_str::<Occupations>(include_str!("../../reference/occupations.toml"))
                .map(|o| {
                    o.occupation
                        .into_iter()
                        .map(|o| (o.code, o.name_vi))
                        .collect()
                })
                .unwrap_or_default();
        let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
        let mut next = move || {
            state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut z = state;
            z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            z ^ (z >> 31)
        };
        let base: Vec<JobDoc> = corpus();
        let of = |location: WorkLocation| -> Vec<JobDoc> {
            base.iter()
                .filter(|d| d.work_location == location)
                .cloned()
                .collect()
        };
        let places = [
            of(WorkLocation::InProvince),
            of(WorkLocation::InVietnam),
            of(WorkLocation::Abroad),
        ];
        (0..n).map(move |i| {
            let template = &JOB_TEMPLATES[(next() % JOB_TEMPLATES.len() as u64) as usize];
            let pool = match template.place {
                DemoPlace::InProvince => &places[0],
                DemoPlace::OtherProvince => &places[1],
                DemoPlace::Abroad => &places[2],
            };
            let mut doc = pool[(next() % pool.len() as u64) as usize].clone();
            doc.id = i as i64 + 1;
            doc.external_ref = Some(format!("demo-{}", i + 1));
            doc.title = template.title.to_string();
            doc.description = template.description.to_string();
            doc.occupation_code = Some(template.occupation.to_string());
            doc.occupation_group = Some(template.occupation[..1].to_string());
            doc.occupation_name = names.get(template.occupation).cloned();
            doc.employer_name = EMPLOYERS[(next() % EMPLOYERS.len() as u64) as usize]
                .name
                .to_string();
            let (lo, hi) = (template.salary_min, template.salary_max);
            (doc.salary_min, doc.salary_max) = if lo == 0 && hi == 0 {
                (None, None)
            } else {
                let jitter = (next() % 5) * 500_000;
                (Some(lo + jitter), Some(hi + jitter))
            };
            doc.published_at = NOW - (next() % (120 * 24 * 3600)) as i64;
            doc
        })
    }

    fn percentile(sorted: &[f64], p: f64) -> f64 {
        let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
        sorted[i.min(sorted.len() - 1)]
    }

    #[test]
    #[ignore]
    fn timings_on_a_synthetic_corpus() {
        let n: usize = std::env::var("VIECLAM_PERF_DOCS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(100_000);
        let docs: Vec<JobDoc> = synthetic(n).collect();
        let fields = Fields::new();
        let started = Instant::now();
        let mut bytes = 0;
        for doc in &docs {
            bytes += fields.document(doc).map(|d| d.len()).unwrap_or(0);
        }
        println!(
            "converting to tantivy documents: {:.0} postings/s ({bytes} values)",
            n as f64 / started.elapsed().as_secs_f64()
        );
        let started = Instant::now();
        let mut analyzer = tantivy::tokenizer::TextAnalyzer::from(analyzer::ViTokenizer::folded());
        let mut tokens = 0usize;
        for doc in &docs {
            let mut stream = analyzer.token_stream(&doc.description);
            while stream.advance() {
                tokens += 1;
            }
        }
        println!(
            "folding descriptions: {:.0} postings/s ({tokens} tokens)",
            n as f64 / started.elapsed().as_secs_f64()
        );
        let dir = tempfile::tempdir().expect("tempdir");
        let root = std::env::var("VIECLAM_PERF_KEEP")
            .map(PathBuf::from)
            .unwrap_or_else(|_| dir.path().to_path_buf());
        let started = Instant::now();
        let mut fed = 0.0;
        let count = SearchIndex::rebuild(&root, docs.into_iter(), FeedOrder::Any, 1, |done| {
            if done as usize == n && fed == 0.0 {
                fed = started.elapsed().as_secs_f64();
            }
        })
        .expect("rebuild");
        let elapsed = started.elapsed().as_secs_f64();
        println!("rebuild: all postings handed to the writer after {fed:.1} s");
        println!(
            "rebuild: {count} postings in {elapsed:.1} s = {:.0} postings/s",
            count as f64 / elapsed
        );
        println!("index size: {} MB", directory_bytes(&root) / 1_000_000);
        let index = SearchIndex::open_or_create(&root).expect("open");
        let segments = index.active().expect("generation").reader.searcher();
        let sizes: Vec<u32> = segments
            .segment_readers()
            .iter()
            .map(|r| r.max_doc())
            .collect();
        println!("segments: {sizes:?}");
        run_query_mix(&index);
    }

    /// Only the rebuild, for comparing writer settings:
    /// `VIECLAM_PERF_DOCS=200000 cargo test --release --lib
    /// search::index::perf::rebuild_only -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn rebuild_only() {
        let n: usize = std::env::var("VIECLAM_PERF_DOCS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(200_000);
        let docs: Vec<JobDoc> = synthetic(n).collect();
        let dir = tempfile::tempdir().expect("tempdir");
        let started = Instant::now();
        let count = SearchIndex::rebuild(dir.path(), docs.into_iter(), FeedOrder::Any, 1, |_| {})
            .expect("rebuild");
        let elapsed = started.elapsed().as_secs_f64();
        println!(
            "rebuild: {count} postings in {elapsed:.1} s = {:.0} postings/s",
            count as f64 / elapsed
        );
        let index = SearchIndex::open_or_create(dir.path()).expect("open");
        let searcher = index.active().expect("generation").reader.searcher();
        let sizes: Vec<u32> = searcher
            .segment_readers()
            .iter()
            .map(|r| r.max_doc())
            .collect();
        println!("segments: {sizes:?}");
    }

    fn directory_bytes(path: &Path) -> u64 {
        let Ok(entries) = fs::read_dir(path) else {
            return 0;
        };
        entries
            .flatten()
            .map(|e| match e.metadata() {
                Ok(m) if m.is_dir() => directory_bytes(&e.path()),
                Ok(m) => m.len(),
                Err(_) => 0,
            })
            .sum()
    }

    /// Searches an index built earlier with `VIECLAM_PERF_KEEP=DIR` in a
    /// fresh process, as a server would, and reports its peak memory:
    /// `VIECLAM_PERF_INDEX=DIR cargo test --release --lib
    /// search::index::perf::search_only -- --ignored --nocapture`.
    /// The index kept on disk that `VIECLAM_PERF_INDEX` names, if set.
    fn kept_index() -> Option<SearchIndex> {
        let root = std::env::var("VIECLAM_PERF_INDEX").ok()?;
        Some(SearchIndex::open_or_create(Path::new(&root)).expect("open"))
    }

    #[test]
    #[ignore]
    fn search_only() {
        let Some(index) = kept_index() else {
            return;
        };
        println!("{} postings", index.num_docs());
        run_query_mix(&index);
        if let Ok(status) = fs::read_to_string("/proc/self/status") {
            for line in status
                .lines()
                .filter(|l| l.starts_with("VmHWM") || l.starts_with("VmRSS"))
            {
                println!("{line}");
            }
        }
    }

    /// The speed benchmark's query mix (seed 2024) on an index kept on
    /// disk, vieclam alone: p50, p99 and the slowest searches.
    #[test]
    #[ignore]
    fn bench_mix_only() {
        let Some(index) = kept_index() else {
            return;
        };
        let mix = crate::bench::mix::query_mix(2024, 200);
        for q in &mix {
            index.search(&q.request).expect("search");
        }
        // With VIECLAM_PAUSE_MS, a pause before each timed search: what a
        // search costs after the machine has been idle, as between the
        // searches of a quiet portal or after the baselines' turns in the
        // speed benchmark.
        let pause = std::env::var("VIECLAM_PAUSE_MS")
            .ok()
            .and_then(|ms| ms.parse().ok())
            .map(std::time::Duration::from_millis);
        let mut times: Vec<(f64, usize)> = Vec::new();
        let cpu_before = process_cpu_ms();
        for _ in 0..3 {
            for (i, q) in mix.iter().enumerate() {
                if let Some(pause) = pause {
                    std::thread::sleep(pause);
                }
                let t = Instant::now();
                index.search(&q.request).expect("search");
                times.push((t.elapsed().as_secs_f64() * 1e3, i));
            }
        }
        let cpu = (process_cpu_ms() - cpu_before) / times.len() as f64;
        println!("CPU time per search (all the process's threads): {cpu:.2} ms");
        let mut ms: Vec<f64> = times.iter().map(|t| t.0).collect();
        ms.sort_by(f64::total_cmp);
        let gmean = (ms.iter().map(|m| m.ln()).sum::<f64>() / ms.len() as f64).exp();
        println!(
            "p50 {:.2} p99 {:.2} gmean {:.2} ms",
            ms[ms.len() / 2],
            ms[ms.len() * 99 / 100],
            gmean
        );
        let mut passes = [Vec::new(), Vec::new(), Vec::new()];
        for q in &mix {
            let (m, r, l) = index.pass_timings(&q.request);
            passes[0].push(m);
            passes[1].push(r);
            passes[2].push(l);
        }
        let [m, r, l] = passes.map(|mut v: Vec<f64>| {
            v.sort_by(f64::total_cmp);
            v[v.len() / 2]
        });
        println!("median passes: matching {m:.2} ranking {r:.2} loading {l:.2} ms");
        times.sort_by(|a, b| b.0.total_cmp(&a.0));
        for (t, i) in times.iter().take(8) {
            println!("{t:.1} ms {:?}", mix[*i].request.text);
        }
    }

    /// What tantivy alone costs for the words of the benchmark's mix, on
    /// an index kept on disk: the intersection of each text's folded
    /// words in the all-text view, counted, ranked by plain BM25 (an
    /// intersection is scored in full: tantivy's WAND pruning applies to
    /// unions), and the top 20 loaded from the store. No filters, facets,
    /// exact views, pairs, synonyms or snippets, no memory between
    /// searches, and one thread: the simplest form of these searches, to
    /// set beside a budget (a search over HTTP at `n` per second on `c`
    /// cores needs under `c / n` of CPU, everything included).
    #[test]
    #[ignore]
    fn tantivy_floor() {
        use tantivy::collector::{Count, TopDocs};
        use tantivy::query::{AllQuery, BooleanQuery, EnableScoring, Query, TermQuery};
        use tantivy::schema::IndexRecordOption;
        let Some(index) = kept_index() else {
            return;
        };
        let generation = index.active().expect("generation");
        let searcher = generation.reader.searcher();
        let all_folded = index.inner.fields.all_folded;
        let queries: Vec<Box<dyn Query>> = crate::bench::mix::query_mix(2024, 200)
            .iter()
            .map(|q| {
                let mut words = Vec::new();
                let count = analyzer::folded_tokens(&q.request.text, &mut words);
                words.truncate(count);
                if words.is_empty() {
                    return Box::new(AllQuery) as Box<dyn Query>;
                }
                let terms = words
                    .iter()
                    .map(|w| {
                        Box::new(TermQuery::new(
                            Term::from_field_text(all_folded, w),
                            IndexRecordOption::WithFreqs,
                        )) as Box<dyn Query>
                    })
                    .collect();
                Box::new(BooleanQuery::intersection(terms))
            })
            .collect();
        let single = tantivy::Executor::single_thread();
        let scoring = EnableScoring::enabled_from_searcher(&searcher);
        let load = |top: Vec<(tantivy::Score, DocAddress)>| {
            for (_, address) in top {
                let _: TantivyDocument = searcher.doc(address).expect("doc");
            }
        };
        let top_20 = TopDocs::with_limit(20).order_by_score();
        let both = (Count, TopDocs::with_limit(20).order_by_score());
        let count_only = |query: &dyn Query| {
            searcher
                .search_with_executor(query, &Count, &single, scoring)
                .expect("search");
        };
        let top_only = |query: &dyn Query| {
            load(
                searcher
                    .search_with_executor(query, &top_20, &single, scoring)
                    .expect("search"),
            );
        };
        let counted_top = |query: &dyn Query| {
            let (_, top) = searcher
                .search_with_executor(query, &both, &single, scoring)
                .expect("search");
            load(top);
        };
        let found: usize = queries
            .iter()
            .map(|query| searcher.search(query.as_ref(), &Count).expect("count"))
            .sum();
        println!(
            "{} texts, {:.0} results each on average",
            queries.len(),
            found as f64 / queries.len() as f64
        );
        type Run<'a> = &'a dyn Fn(&dyn Query);
        let runs: [(&str, Run); 3] = [
            ("count", &count_only),
            ("top 20 by BM25, loaded", &top_only),
            ("count and top 20, loaded", &counted_top),
        ];
        for (name, run) in runs {
            for query in &queries {
                run(query.as_ref());
            }
            let rounds = 3;
            let cpu_before = process_cpu_ms();
            let t = Instant::now();
            for _ in 0..rounds {
                for query in &queries {
                    run(query.as_ref());
                }
            }
            let n = (rounds * queries.len()) as f64;
            println!(
                "tantivy alone, {name}: {:.2} ms CPU and {:.2} ms wall per search",
                (process_cpu_ms() - cpu_before) / n,
                t.elapsed().as_secs_f64() * 1e3 / n
            );
        }
    }

    /// The CPU time the process has used so far, in milliseconds (user and
    /// system, all threads), from `/proc/self/stat`.
    fn process_cpu_ms() -> f64 {
        let stat = fs::read_to_string("/proc/self/stat").unwrap_or_default();
        // After the command name, which ends with ')', utime and stime are
        // the 12th and 13th fields, in clock ticks.
        let fields: Vec<&str> = stat
            .rsplit(')')
            .next()
            .unwrap_or_default()
            .split_whitespace()
            .collect();
        let ticks = |i: usize| {
            fields
                .get(i)
                .and_then(|f| f.parse::<f64>().ok())
                .unwrap_or(0.0)
        };
        (ticks(11) + ticks(12)) * 1000.0 / CLOCK_TICKS_PER_SECOND
    }

    /// The unit of `/proc` times on Linux (`getconf CLK_TCK`).
    const CLOCK_TICKS_PER_SECOND: f64 = 100.0;

    /// What smaller ranking windows change on an index kept on disk: for
    /// the texts of the benchmark's mix, how many of the first 20 stay the
    /// same, the time each takes, and how much of the best first page's
    /// score each keeps (the best ranking every match, by WAND).
    #[test]
    #[ignore]
    fn window_sizes() {
        let Some(index) = kept_index() else {
            return;
        };
        let mut texts: Vec<String> = crate::bench::mix::query_mix(2024, 200)
            .into_iter()
            .map(|q| q.request.text)
            .filter(|t| !t.is_empty())
            .collect();
        texts.sort();
        texts.dedup();
        let reference = |text: &str| index.ranked_ids(text, 20, rank::Strategy::Window);
        let expected: Vec<Vec<i64>> = texts.iter().map(|t| reference(t)).collect();
        // The scores of every match ranked (no window), as the measure of
        // what a window loses: at each place of the first page, the score
        // a window's posting has against the best there is.
        let best: Vec<Vec<f32>> = texts
            .iter()
            .map(|t| index.ranked_scores(t, 20, rank::Strategy::Wand))
            .collect();
        for (newest, title) in [
            (8_192, 1_024),
            (4_096, 512),
            (2_048, 256),
            (1_024, 128),
            (512, 64),
        ] {
            let strategy = rank::Strategy::WindowOf { newest, title };
            let (mut same, mut all, mut exact) = (0, 0, 0);
            let t = Instant::now();
            for (text, want) in texts.iter().zip(&expected) {
                let got = index.ranked_ids(text, 20, strategy);
                same += got.iter().filter(|id| want.contains(id)).count();
                all += want.len();
                exact += usize::from(&got == want);
            }
            let elapsed = t.elapsed().as_secs_f64() * 1e3;
            let (mut kept, mut possible, mut worst) = (0.0f64, 0.0f64, 1.0f64);
            for (text, top) in texts.iter().zip(&best) {
                let got = index.ranked_scores(text, 20, strategy);
                let (g, b): (f64, f64) = (
                    got.iter().map(|&s| f64::from(s)).sum(),
                    top.iter().map(|&s| f64::from(s)).sum(),
                );
                kept += g;
                possible += b;
                if b > 0.0 {
                    worst = worst.min(g / b);
                }
            }
            println!(
                "window {newest}/{title}: {same}/{all} of the top 20 kept, {exact}/{} pages identical, {:.1} ms for all; first page's score {:.2} % of the best possible (worst text {:.2} %)",
                texts.len(),
                elapsed,
                100.0 * kept / possible.max(f64::MIN_POSITIVE),
                100.0 * worst
            );
        }
    }

    fn run_query_mix(index: &SearchIndex) {
        let queries = [
            "cong nhan may",
            "công nhân may",
            "máy",
            "xkld nhat",
            "ke toans",
            "coong nhaan",
            "bac ha",
            "Sapa",
            "tai xe",
            "thợ hàn điện",
            "giúp việc",
            "lao động phổ thông",
            "kỹ sư xây dựng",
            "nhan vien ban hang",
            "",
        ];
        let mut all = Vec::new();
        for text in queries {
            let mut times = Vec::new();
            let mut total = 0;
            for round in 0..30 {
                let request = SearchRequest {
                    text: text.to_string(),
                    today: Some(TODAY),
                    district_code: (round % 3 == 0).then(|| "086".to_string()),
                    page: 1,
                    per_page: 20,
                    ..SearchRequest::default()
                };
                let t = Instant::now();
                let results = index.search(&request).expect("search");
                times.push(t.elapsed().as_secs_f64() * 1000.0);
                total = results.total;
            }
            times.sort_by(f64::total_cmp);
            let (matching, ranking, loading) = index.pass_timings(&SearchRequest {
                text: text.to_string(),
                today: Some(TODAY),
                ..SearchRequest::default()
            });
            println!(
                "{text:>22}: p50 {:6.2} ms  p99 {:6.2} ms  ({total} hits; match {matching:.1} rank {ranking:.1} load {loading:.1})",
                percentile(&times, 0.5),
                percentile(&times, 0.99)
            );
            all.extend(times);
        }
        all.sort_by(f64::total_cmp);
        println!(
            "all: p50 {:.2} ms, p99 {:.2} ms",
            percentile(&all, 0.5),
            percentile(&all, 0.99)
        );

        // Where the time goes, for one heavy query.
        type Variant = (&'static str, fn(&mut QuerySettings));
        let variants: [Variant; 5] = [
            ("default", |_| {}),
            ("no employer/place views", |s| {
                s.weights.employer = s.weights.description;
                s.weights.place = s.weights.description;
            }),
            ("no pairs", |s| {
                s.weights.pair_title = 0.0;
                s.weights.pair_occupation = 0.0;
            }),
            ("fuzzy", |s| s.fuzzy = true),
            ("no synonyms", |s| {
                s.synonyms = Arc::new(crate::search::Synonyms::empty())
            }),
        ];
        for (name, change) in variants {
            let mut settings = QuerySettings::default();
            change(&mut settings);
            index.set_query_settings(settings).expect("settings");
            for text in [
                "cong nhan may",
                "nhan vien ban hang",
                "lao động phổ thông",
                "máy",
            ] {
                let mut times = Vec::new();
                for _ in 0..20 {
                    let t = Instant::now();
                    index.search(&request(text)).expect("search");
                    times.push(t.elapsed().as_secs_f64() * 1000.0);
                }
                times.sort_by(f64::total_cmp);
                println!(
                    "{name:>22} {text:>20}: p50 {:6.2} ms",
                    percentile(&times, 0.5)
                );
            }
        }
    }

    /// Runs one query in a loop for a profiler:
    /// `VIECLAM_PERF_QUERY="cong nhan may" perf record ... --ignored profile_loop`.
    #[test]
    #[ignore]
    fn profile_loop() {
        let text = std::env::var("VIECLAM_PERF_QUERY").unwrap_or_else(|_| "cong nhan may".into());
        let n: usize = std::env::var("VIECLAM_PERF_DOCS")
            .ok()
            .and_then(|s| s.parse().ok())
            .unwrap_or(300_000);
        let dir = tempfile::tempdir().expect("tempdir");
        let root = match std::env::var("VIECLAM_PERF_INDEX") {
            Ok(existing) => PathBuf::from(existing),
            Err(_) => {
                SearchIndex::rebuild(dir.path(), synthetic(n), FeedOrder::Any, 1, |_| {})
                    .expect("rebuild");
                dir.path().to_path_buf()
            }
        };
        let index = SearchIndex::open_or_create(&root).expect("open");
        let started = Instant::now();
        let mut runs = 0;
        while started.elapsed().as_secs() < 10 {
            index.search(&request(&text)).expect("search");
            runs += 1;
        }
        println!("{runs} runs, {:.2} ms each", 10_000.0 / runs as f64);
    }
}

/// Where the time of a search goes on an index built earlier with
/// `VIECLAM_PERF_KEEP=DIR` (see `perf`): matching with a plain count,
/// matching with the facet collector, ranking by WAND and ranking as
/// searches do. `VIECLAM_PERF_INDEX=DIR cargo test --release --lib
/// search::index::breakdown -- --ignored --nocapture`; `VIECLAM_ONLY`
/// picks one query, `VIECLAM_ROUNDS` the repetitions (for a profiler).
#[cfg(test)]
mod breakdown {
    use std::time::Instant;

    use super::*;
    use crate::search::types::SearchRequest;

    fn median(mut v: Vec<f64>) -> f64 {
        v.sort_by(f64::total_cmp);
        v.get(v.len() / 2).copied().unwrap_or(f64::NAN)
    }

    #[test]
    #[ignore]
    fn breakdown() {
        let Ok(root) = std::env::var("VIECLAM_PERF_INDEX") else {
            return;
        };
        let index = SearchIndex::open_or_create(Path::new(&root)).expect("open");
        let generation = index.active().expect("generation");
        let settings = index.query_settings();
        let searcher = generation.reader.searcher();
        let fields = &index.inner.fields;
        let only = std::env::var("VIECLAM_ONLY").ok();
        for text in [
            "cong nhan may",
            "công nhân may",
            "xkld nhat",
            "tai xe",
            "lao động phổ thông",
            "nhan vien ban hang",
            "Sapa",
        ] {
            if only.as_deref().is_some_and(|o| o != text) {
                continue;
            }
            let parsed = ParsedQuery::parse(text, &settings.synonyms);
            let request = SearchRequest {
                text: text.into(),
                ..SearchRequest::default()
            };
            let filters = generation
                .filters(fields, &request)
                .iter()
                .map(|clause| clause.to_query(&generation.segments))
                .collect();
            let query = combine(
                parsed.match_query(fields, &settings, MatchMode::All),
                filters,
            );
            if std::env::var_os("VIECLAM_SHOW_QUERY").is_some() {
                println!("{query:?}");
            }
            let (mut count, mut collect, mut rank_t, mut wand_t) = (vec![], vec![], vec![], vec![]);
            let mut hits = 0;
            let mut terms = 0;
            for _ in 0..std::env::var("VIECLAM_ROUNDS")
                .ok()
                .and_then(|r| r.parse().ok())
                .unwrap_or(15)
            {
                let t = Instant::now();
                hits = searcher
                    .search(query.as_ref(), &tantivy::collector::Count)
                    .unwrap();
                count.push(t.elapsed().as_secs_f64() * 1e3);
                let t = Instant::now();
                let matches = index.all_matches(&generation, &searcher, &parsed, &request);
                collect.push(t.elapsed().as_secs_f64() * 1e3);
                let t = Instant::now();
                let score = parsed.score_query(fields, &settings, &searcher).unwrap();
                terms = score.terms.len();
                rank::by_score(&searcher, &generation.segments, &score, &matches, 20).unwrap();
                rank_t.push(t.elapsed().as_secs_f64() * 1e3);
                if std::env::var_os("VIECLAM_SKIP_WAND").is_none() {
                    let t = Instant::now();
                    rank::by_score_with(
                        &searcher,
                        &generation.segments,
                        &score,
                        &matches,
                        20,
                        rank::Strategy::Wand,
                    )
                    .unwrap();
                    wand_t.push(t.elapsed().as_secs_f64() * 1e3);
                }
            }
            println!(
                "{text:>22}: {hits} hits, {terms} terms; count {:.1} collect {:.1} wand {:.1} rank {:.1} ms",
                median(count),
                median(collect),
                median(wand_t),
                median(rank_t)
            );
        }
    }
}
