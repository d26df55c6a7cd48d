//! The speed benchmark: the same N demo postings in vieclam's index,
//! SQLite FTS5 and PostgreSQL full-text search, the same query mix against
//! each, in process.
//!
//! 1. A fresh SQLite database in the work folder gets N demo jobs from
//!    [`crate::demo::generate`] (fixed seed, fixed clock).
//! 2. vieclam's index is rebuilt from it with
//!    [`crate::services::indexing::rebuild`], timed: that is the bulk
//!    reindex throughput.
//! 3. The published postings are read back page by page, exactly the
//!    documents vieclam indexed, and loaded into the FTS5 file and the
//!    PostgreSQL database (each load timed on its own, reading excluded).
//! 4. The query mix ([`super::mix`]) runs once against every engine as a
//!    warm-up; the totals of the empty queries must agree across engines,
//!    or the engines do not hold the same postings and the run stops.
//! 5. Then it runs `rounds` more times, the engines taking turns search
//!    by search, each search timed on its own: first page of 20 with facet
//!    counts. The figures
//!    are the p50 and p99 of all timed searches, their geometric mean,
//!    and vieclam's speed-up (a baseline's geometric mean over vieclam's).

use std::fmt;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};

use super::mix::{MixKind, MixQuery, query_mix};
use super::{Engine, Fts5Search, PostgresSearch};
use crate::clock::FixedClock;
use crate::config::DatabaseUrl;
use crate::db::{Db, search_docs};
use crate::demo::{self, DemoOptions};
use crate::reference::ReferenceData;
use crate::search::SearchIndex;
use crate::services::{self, Ctx};

/// Postings read from the database per page while loading the baselines.
const LOAD_PAGE: i64 = 5_000;
/// Workers the demo generator adds beside the jobs (the benchmark does not
/// use them; a few keep the generator's other steps meaningful).
const DEMO_WORKERS: u64 = 1_000;

/// What to run.
#[derive(Debug, Clone)]
pub struct SpeedOptions {
    /// Demo jobs to generate (all statuses; about four in five end up published).
    pub jobs: u64,
    /// Searches in the mix.
    pub queries: usize,
    /// Timed runs of the mix after the warm-up.
    pub rounds: usize,
    pub seed: u64,
    /// An empty folder for the databases and the index.
    pub work_dir: PathBuf,
    /// A PostgreSQL server the baseline may create a database on.
    pub postgres_url: Option<String>,
    /// Progress lines on standard error.
    pub log: bool,
}

/// How long a load took.
#[derive(Debug, Clone)]
pub struct LoadFigure {
    pub what: String,
    pub postings: u64,
    pub elapsed: Duration,
}

impl LoadFigure {
    /// Postings per second.
    pub fn rate(&self) -> f64 {
        self.postings as f64 / self.elapsed.as_secs_f64().max(1e-9)
    }
}

/// Latency figures of one engine.
#[derive(Debug, Clone)]
pub struct EngineFigures {
    pub engine: &'static str,
    pub samples: usize,
    pub p50: Duration,
    pub p99: Duration,
    pub geomean: Duration,
    /// Average `total` over the searches of the mix (how many postings matched).
    pub mean_total: f64,
    /// Geometric mean per kind of search.
    pub by_kind: Vec<(MixKind, Duration)>,
    /// The slowest searches of the mix (median over the rounds), slowest
    /// first: a description of the search and its median.
    pub slowest: Vec<(String, Duration)>,
}

/// Everything one run measured.
#[derive(Debug, Clone)]
pub struct SpeedReport {
    pub machine: String,
    pub jobs: u64,
    pub published: u64,
    pub queries: usize,
    pub rounds: usize,
    pub demo: LoadFigure,
    /// vieclam's rebuild from the database.
    pub reindex: LoadFigure,
    /// The baselines' loads (inserts, then indexes and statistics).
    pub loads: Vec<LoadFigure>,
    pub engines: Vec<EngineFigures>,
    /// The warm-up round, each search run for the first time (engine, p50,
    /// geometric mean): vieclam has not yet remembered the sets of the
    /// words, the baselines have less of their data in memory.
    pub first_round: Vec<(&'static str, Duration, Duration)>,
    pub postgres_measured: bool,
    /// The machine's load averages (`/proc/loadavg`) before and after the
    /// timed rounds: other work on the machine skews the figures.
    pub load: (Option<String>, Option<String>),
}

/// The CPU model and the number of CPUs, from `/proc/cpuinfo` where there
/// is one.
pub fn machine() -> String {
    let cpus = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(1);
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, m)| m.trim().to_string())
        })
        .unwrap_or_else(|| std::env::consts::ARCH.to_string());
    format!("{cpus} CPUs, {model}")
}

/// The 1, 5 and 15 minute load averages, where the system reports them.
fn load_average() -> Option<String> {
    let text = std::fs::read_to_string("/proc/loadavg").ok()?;
    Some(
        text.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" "),
    )
}

/// Runs the benchmark. The PostgreSQL database it creates is dropped at
/// the end, whatever happened.
pub async fn run(options: &SpeedOptions) -> anyhow::Result<SpeedReport> {
    let postgres = match &options.postgres_url {
        Some(url) => Some(PostgresSearch::create(url).await?),
        None => None,
    };
    let created = postgres.as_ref().map(|p| p.database().to_string());
    let outcome = measure(options, postgres).await;
    if let (Some(url), Some(name)) = (&options.postgres_url, created) {
        super::postgres::drop_database_named(url, &name).await?;
    }
    outcome
}

async fn measure(
    options: &SpeedOptions,
    postgres: Option<PostgresSearch>,
) -> anyhow::Result<SpeedReport> {
    let log = |message: String| {
        if options.log {
            eprintln!("{message}");
        }
    };
    std::fs::create_dir_all(&options.work_dir)
        .with_context(|| format!("creating {}", options.work_dir.display()))?;

    // 1. Demo data in a fresh SQLite database.
    let db_path = options.work_dir.join("vieclam.db");
    let url = DatabaseUrl::parse(&format!("sqlite://{}?mode=rwc", db_path.display()))?;
    let db = Db::connect(&url).await?;
    db.migrate().await?;
    let clock = Arc::new(FixedClock::at(
        time::macros::datetime!(2024-06-15 03:00 UTC),
    ));
    let ctx = Ctx { db, clock };
    let reference = ReferenceData::load(None)?;
    services::reference::load(&ctx, &reference).await?;
    log(format!("generating {} demo jobs", options.jobs));
    let started = Instant::now();
    demo::generate(
        &ctx,
        &DemoOptions {
            jobs: options.jobs,
            workers: DEMO_WORKERS,
            seed: options.seed,
            progress: false,
        },
    )
    .await?;
    let demo = LoadFigure {
        what: "demo data (SQLite)".to_string(),
        postings: options.jobs,
        elapsed: started.elapsed(),
    };

    // 2. vieclam's rebuild.
    log("rebuilding vieclam's index".to_string());
    let index_dir = options.work_dir.join("search-index");
    let started = Instant::now();
    // As `vieclam reindex` runs it; the searches then run as the server.
    crate::allocator::keep_freed_memory();
    let synonyms = std::sync::Arc::new(crate::search::Synonyms::builtin());
    let published = services::indexing::rebuild(&ctx, &index_dir, synonyms, |_| {}).await;
    crate::allocator::return_freed_memory();
    let published = published?;
    let reindex = LoadFigure {
        what: "vieclam rebuild from the database".to_string(),
        postings: published,
        elapsed: started.elapsed(),
    };
    let index = SearchIndex::open_or_create(&index_dir)?;
    if index.num_docs() != published {
        bail!(
            "the rebuilt index holds {} postings, the rebuild reported {published}",
            index.num_docs()
        );
    }

    // 3. The baselines, from the same documents.
    log("loading the baselines".to_string());
    let mut fts5 = Fts5Search::create(&options.work_dir.join("fts5.db")).await?;
    let mut postgres = postgres;
    let (mut fts5_time, mut pg_time) = (Duration::ZERO, Duration::ZERO);
    let mut loaded = 0u64;
    {
        let mut conn = ctx.db.pool().acquire().await?;
        let mut after_id = 0;
        loop {
            let page =
                search_docs::published_page(&mut conn, ctx.db.backend(), after_id, LOAD_PAGE)
                    .await?;
            let Some(last) = page.last() else {
                break;
            };
            after_id = last.id;
            let started = Instant::now();
            fts5.load(&page).await?;
            fts5_time += started.elapsed();
            if let Some(pg) = postgres.as_mut() {
                let started = Instant::now();
                pg.load(&page).await?;
                pg_time += started.elapsed();
            }
            loaded += page.len() as u64;
        }
    }
    if loaded != published {
        bail!("{loaded} postings read for the baselines, {published} indexed by vieclam");
    }
    let started = Instant::now();
    fts5.finish_load().await?;
    fts5_time += started.elapsed();
    let mut loads = vec![LoadFigure {
        what: "SQLite FTS5 load and index".to_string(),
        postings: loaded,
        elapsed: fts5_time,
    }];
    if let Some(pg) = postgres.as_mut() {
        let started = Instant::now();
        pg.finish_load().await?;
        pg_time += started.elapsed();
        loads.push(LoadFigure {
            what: "PostgreSQL load, GIN index, VACUUM ANALYZE".to_string(),
            postings: loaded,
            elapsed: pg_time,
        });
    }
    let postgres_measured = postgres.is_some();
    ctx.db.close().await;

    let mut engines = vec![Engine::Vieclam(index), Engine::Fts5(fts5)];
    if let Some(pg) = postgres {
        engines.push(Engine::Postgres(Box::new(pg)));
    }

    // 4. Warm-up, and the check that all engines hold the same postings.
    let mix = query_mix(options.seed, options.queries);
    log(format!(
        "warm-up: {} searches on each of {} engines",
        mix.len(),
        engines.len()
    ));
    let mut totals: Vec<Vec<u64>> = Vec::new();
    let mut first_round = Vec::new();
    for engine in &mut engines {
        let mut engine_totals = Vec::with_capacity(mix.len());
        let mut times = Vec::with_capacity(mix.len());
        for query in &mix {
            let started = Instant::now();
            let results = engine.search(&query.request).await?;
            times.push(started.elapsed());
            engine_totals.push(results.total);
        }
        totals.push(engine_totals);
        if !times.is_empty() {
            first_round.push((
                engine.name(),
                percentile(&times, 50.0),
                geometric_mean(&times),
            ));
        }
    }
    check_same_postings(&engines, &mix, &totals)?;

    // 5. Timed rounds.
    log(format!(
        "timing: {} rounds of {} searches per engine",
        options.rounds,
        mix.len()
    ));
    let load_before = load_average();
    let mut samples: Vec<Vec<(MixKind, Duration)>> = vec![Vec::new(); engines.len()];
    // Engines take turns query by query, starting with a different one
    // each time, so that anything else happening on the machine falls on
    // all of them alike rather than on whichever ran at that moment.
    let n = engines.len();
    for round in 0..options.rounds {
        for (i, query) in mix.iter().enumerate() {
            for turn in 0..n {
                let at = (turn + i + round) % n;
                let (Some(engine), Some(samples)) = (engines.get_mut(at), samples.get_mut(at))
                else {
                    continue;
                };
                let started = Instant::now();
                let results = engine.search(&query.request).await?;
                let elapsed = started.elapsed();
                std::hint::black_box(results);
                samples.push((query.kind, elapsed));
            }
        }
    }
    let load_after = load_average();
    let figures = engines
        .iter()
        .zip(&samples)
        .zip(&totals)
        .map(|((engine, samples), totals)| figures(engine.name(), samples, totals, &mix))
        .collect();
    for engine in engines {
        engine.close().await?;
    }

    Ok(SpeedReport {
        machine: machine(),
        jobs: options.jobs,
        published,
        queries: mix.len(),
        rounds: options.rounds,
        demo,
        reindex,
        loads,
        engines: figures,
        first_round,
        postgres_measured,
        load: (load_before, load_after),
    })
}

/// The empty query matches by filters alone, so every engine must count
/// the same postings for it.
fn check_same_postings(
    engines: &[Engine],
    mix: &[MixQuery],
    totals: &[Vec<u64>],
) -> anyhow::Result<()> {
    let Some(reference) = totals.first() else {
        return Ok(());
    };
    for (engine, engine_totals) in engines.iter().zip(totals).skip(1) {
        for ((query, expected), got) in mix.iter().zip(reference).zip(engine_totals) {
            if query.kind == MixKind::Empty && expected != got {
                bail!(
                    "{} counts {got} postings for the empty query with filters {:?}/{:?}, vieclam {expected}: \
                     the engines do not hold the same postings",
                    engine.name(),
                    query.request.district_code,
                    query.request.work_location
                );
            }
        }
    }
    Ok(())
}

/// Searches listed as the slowest of each engine.
const SLOWEST_SHOWN: usize = 3;

fn describe(query: &MixQuery) -> String {
    let mut text = format!("{:?}", query.request.text);
    if let Some(d) = &query.request.district_code {
        text.push_str(&format!(" district={d}"));
    }
    if let Some(l) = query.request.work_location {
        text.push_str(&format!(" location={}", l.as_str()));
    }
    text
}

fn figures(
    engine: &'static str,
    samples: &[(MixKind, Duration)],
    totals: &[u64],
    mix: &[MixQuery],
) -> EngineFigures {
    // Samples are in round order, each round the whole mix in order.
    let mut per_query: Vec<Vec<Duration>> = vec![Vec::new(); mix.len()];
    for (i, (_, d)) in samples.iter().enumerate() {
        if let Some(list) = per_query.get_mut(i % mix.len().max(1)) {
            list.push(*d);
        }
    }
    let mut medians: Vec<(usize, Duration)> = per_query
        .iter()
        .enumerate()
        .map(|(i, list)| (i, percentile(list, 50.0)))
        .collect();
    medians.sort_by_key(|m| std::cmp::Reverse(m.1));
    let slowest = medians
        .into_iter()
        .take(SLOWEST_SHOWN)
        .filter_map(|(i, d)| mix.get(i).map(|q| (describe(q), d)))
        .collect();
    let all: Vec<Duration> = samples.iter().map(|(_, d)| *d).collect();
    let by_kind = MixKind::ALL
        .iter()
        .filter_map(|&kind| {
            let of_kind: Vec<Duration> = samples
                .iter()
                .filter(|(k, _)| *k == kind)
                .map(|(_, d)| *d)
                .collect();
            (!of_kind.is_empty()).then(|| (kind, geometric_mean(&of_kind)))
        })
        .collect();
    EngineFigures {
        engine,
        samples: all.len(),
        p50: percentile(&all, 50.0),
        p99: percentile(&all, 99.0),
        geomean: geometric_mean(&all),
        mean_total: totals.iter().sum::<u64>() as f64 / totals.len().max(1) as f64,
        by_kind,
        slowest,
    }
}

/// Nearest-rank percentile.
pub fn percentile(samples: &[Duration], p: f64) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mut sorted = samples.to_vec();
    sorted.sort_unstable();
    let rank = ((p / 100.0) * sorted.len() as f64).ceil() as usize;
    sorted[rank.clamp(1, sorted.len()) - 1]
}

/// Geometric mean (of at least a microsecond each, so a zero cannot sink it).
pub fn geometric_mean(samples: &[Duration]) -> Duration {
    if samples.is_empty() {
        return Duration::ZERO;
    }
    let mean_log = samples
        .iter()
        .map(|d| d.as_secs_f64().max(1e-6).ln())
        .sum::<f64>()
        / samples.len() as f64;
    Duration::from_secs_f64(mean_log.exp())
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1_000.0
}

impl fmt::Display for SpeedReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "machine: {}", self.machine)?;
        writeln!(
            f,
            "data: {} demo jobs, {} published and searchable in every engine",
            self.jobs, self.published
        )?;
        writeln!(
            f,
            "mix: {} searches (first page of 20 with facet counts), one warm-up round, then {} timed rounds: {} timed searches per engine",
            self.queries,
            self.rounds,
            self.queries * self.rounds
        )?;
        if let (Some(before), Some(after)) = &self.load {
            writeln!(
                f,
                "load average (1, 5, 15 min): {before} before the timed rounds, {after} after"
            )?;
        }
        writeln!(f)?;
        let vieclam = self.engines.first().map(|e| e.geomean);
        writeln!(
            f,
            "{:<20} {:>9} {:>9} {:>12} {:>11} {:>22}",
            "engine", "p50 ms", "p99 ms", "geomean ms", "mean hits", "vieclam speed-up"
        )?;
        for (i, e) in self.engines.iter().enumerate() {
            let ratio = match vieclam {
                Some(v) if i > 0 => format!("{:.1}x", e.geomean.as_secs_f64() / v.as_secs_f64()),
                _ => "-".to_string(),
            };
            writeln!(
                f,
                "{:<20} {:>9.3} {:>9.3} {:>12.3} {:>11.0} {:>22}",
                e.engine,
                ms(e.p50),
                ms(e.p99),
                ms(e.geomean),
                e.mean_total,
                ratio
            )?;
        }
        if !self.postgres_measured {
            writeln!(
                f,
                "PostgreSQL was not measured (set VIECLAM_BENCH_POSTGRES to a server URL)."
            )?;
        }
        let first: Vec<String> = self
            .first_round
            .iter()
            .map(|(engine, p50, geomean)| {
                format!(
                    "{engine} p50 {:.3} ms, geomean {:.3} ms",
                    ms(*p50),
                    ms(*geomean)
                )
            })
            .collect();
        writeln!(
            f,
            "warm-up round (each search for the first time): {}",
            first.join("; ")
        )?;
        writeln!(f)?;
        write!(f, "{:<20}", "geomean ms by kind")?;
        for e in &self.engines {
            write!(f, " {:>18}", e.engine)?;
        }
        writeln!(f)?;
        for kind in MixKind::ALL {
            let count = self
                .engines
                .first()
                .map(|e| e.by_kind.iter().any(|(k, _)| *k == kind))
                .unwrap_or(false);
            if !count {
                continue;
            }
            write!(f, "{:<20}", kind.label())?;
            for e in &self.engines {
                let value = e
                    .by_kind
                    .iter()
                    .find(|(k, _)| *k == kind)
                    .map(|(_, d)| ms(*d))
                    .unwrap_or(0.0);
                write!(f, " {value:>18.3}")?;
            }
            writeln!(f)?;
        }
        writeln!(f)?;
        for e in &self.engines {
            let list: Vec<String> = e
                .slowest
                .iter()
                .map(|(what, d)| format!("{what} {:.1} ms", ms(*d)))
                .collect();
            writeln!(f, "slowest, {}: {}", e.engine, list.join("; "))?;
        }
        writeln!(f)?;
        for load in std::iter::once(&self.demo)
            .chain(std::iter::once(&self.reindex))
            .chain(&self.loads)
        {
            writeln!(
                f,
                "{:<44} {:>9} postings in {:>7.1} s = {:>8.0} postings/s",
                load.what,
                load.postings,
                load.elapsed.as_secs_f64(),
                load.rate()
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_take_the_nearest_rank() {
        let samples: Vec<Duration> = (1..=100).map(Duration::from_millis).collect();
        assert_eq!(percentile(&samples, 50.0), Duration::from_millis(50));
        assert_eq!(percentile(&samples, 99.0), Duration::from_millis(99));
        assert_eq!(percentile(&samples[..1], 99.0), Duration::from_millis(1));
    }

    #[test]
    fn the_geometric_mean_of_equal_values_is_that_value() {
        let samples = vec![Duration::from_millis(4); 3];
        let mean = geometric_mean(&samples);
        assert!((mean.as_secs_f64() - 0.004).abs() < 1e-9);
        let mixed = [Duration::from_millis(1), Duration::from_millis(100)];
        assert!((geometric_mean(&mixed).as_secs_f64() - 0.010).abs() < 1e-9);
    }
}
