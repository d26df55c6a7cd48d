//! `cargo bench --bench relevance`: nDCG@10 and recall@10 of vieclam,
//! SQLite FTS5 and PostgreSQL full-text search on the judged queries of
//! `benches/relevance/`. See `benches/README.md` and
//! `vieclam::bench::relevance`.
//!
//! `VIECLAM_BENCH_POSTGRES` names a PostgreSQL server on which a
//! throw-away database may be created; without it PostgreSQL is not
//! measured. `VIECLAM_RELEVANCE_DETAIL=N` also prints each engine's N
//! worst queries with what it returned.

use std::process::ExitCode;

use vieclam::bench::relevance;

fn run() -> Result<(), String> {
    let postgres_url = std::env::var("VIECLAM_BENCH_POSTGRES")
        .ok()
        .filter(|u| !u.trim().is_empty());
    let detail: usize = std::env::var("VIECLAM_RELEVANCE_DETAIL")
        .ok()
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or(0);
    let fixture =
        relevance::load_fixture(&relevance::fixture_dir()).map_err(|e| format!("{e:#}"))?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let reports = runtime
        .block_on(relevance::run(&fixture, postgres_url.as_deref()))
        .map_err(|e| match &postgres_url {
            Some(_) if format!("{e:#}").contains("PostgreSQL is unreachable") => {
                format!("VIECLAM_BENCH_POSTGRES is set but the server cannot be reached: {e:#}")
            }
            _ => format!("{e:#}"),
        })?;
    println!(
        "relevance: {} postings, {} judged queries, top {}",
        fixture.corpus.len(),
        fixture.queries.len(),
        relevance::CUTOFF
    );
    println!();
    print!("{}", relevance::table(&reports));
    if postgres_url.is_none() {
        println!();
        println!("PostgreSQL was not measured (set VIECLAM_BENCH_POSTGRES to a server URL).");
    }
    if detail > 0 {
        for report in &reports {
            println!();
            println!("{}: worst {detail} queries", report.engine);
            print!("{}", relevance::worst_queries(report, &fixture, detail));
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("relevance benchmark failed: {message}");
            ExitCode::FAILURE
        }
    }
}
