//! `cargo bench --bench search`: vieclam's search against SQLite FTS5 and
//! PostgreSQL full-text search on the same demo postings and the same
//! query mix, in process. See `benches/README.md` and `vieclam::bench::speed`.
//!
//! Settings (environment):
//!
//! - `VIECLAM_BENCH_JOBS`: demo jobs to generate (default 100000);
//! - `VIECLAM_BENCH_QUERIES`: searches in the mix (default 200);
//! - `VIECLAM_BENCH_ROUNDS`: timed rounds after the warm-up (default 3);
//! - `VIECLAM_BENCH_SEED`: seed of the data and the mix (default 2024);
//! - `VIECLAM_BENCH_POSTGRES`: a PostgreSQL server URL on which a
//!   throw-away database may be created; without it PostgreSQL is not
//!   measured;
//! - `VIECLAM_BENCH_DIR`: where the temporary work folder goes (default:
//!   the system's temporary folder). The folder is removed at the end.
//!
//! With `VIECLAM_BENCH_MIX_PATHS=FILE` it only writes the query mix to
//! FILE as JSON API requests, one path per line, and exits (for the HTTP
//! benchmark, `benches/http.sh`).

use std::process::ExitCode;
use std::str::FromStr;

use vieclam::bench::mix::query_mix;
use vieclam::bench::speed::{self, SpeedOptions};

/// The program's allocator (`src/main.rs`), so that vieclam is measured as
/// it runs.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn setting<T: FromStr>(name: &str, default: T) -> Result<T, String> {
    match std::env::var(name) {
        Ok(text) if !text.trim().is_empty() => text
            .trim()
            .replace('_', "")
            .parse()
            .map_err(|_| format!("{name}={text:?} is not a number")),
        _ => Ok(default),
    }
}

/// Writes the query mix as API paths, one per line.
fn write_mix_paths(file: &str, seed: u64, queries: usize) -> Result<(), String> {
    let lines: String = query_mix(seed, queries)
        .iter()
        .map(|q| q.api_path() + "\n")
        .collect();
    std::fs::write(file, lines).map_err(|e| format!("cannot write {file}: {e}"))
}

fn run() -> Result<(), String> {
    let jobs: u64 = setting("VIECLAM_BENCH_JOBS", 100_000)?;
    let queries: usize = setting("VIECLAM_BENCH_QUERIES", 200)?;
    let rounds: usize = setting("VIECLAM_BENCH_ROUNDS", 3)?;
    let seed: u64 = setting("VIECLAM_BENCH_SEED", 2024)?;
    if let Some(file) = std::env::var("VIECLAM_BENCH_MIX_PATHS")
        .ok()
        .filter(|f| !f.trim().is_empty())
    {
        return write_mix_paths(&file, seed, queries);
    }
    let postgres_url = std::env::var("VIECLAM_BENCH_POSTGRES")
        .ok()
        .filter(|u| !u.trim().is_empty());
    let parent = std::env::var_os("VIECLAM_BENCH_DIR")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    let work = tempfile::Builder::new()
        .prefix("vieclam-bench-")
        .tempdir_in(&parent)
        .map_err(|e| format!("cannot create a work folder in {}: {e}", parent.display()))?;
    let options = SpeedOptions {
        jobs,
        queries,
        rounds,
        seed,
        work_dir: work.path().to_path_buf(),
        postgres_url: postgres_url.clone(),
        log: true,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the async runtime: {e}"))?;
    let report = runtime
        .block_on(speed::run(&options))
        .map_err(|e| match &postgres_url {
            Some(_) if format!("{e:#}").contains("PostgreSQL is unreachable") => {
                format!("VIECLAM_BENCH_POSTGRES is set but the server cannot be reached: {e:#}")
            }
            _ => format!("{e:#}"),
        })?;
    println!("{report}");
    Ok(())
}

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("search benchmark failed: {message}");
            ExitCode::FAILURE
        }
    }
}
