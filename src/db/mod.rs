//! The database: one pool over SQLite or PostgreSQL through sqlx's `Any`
//! driver, migrations for both, and the repositories.
//!
//! The SQL is written once in the dialect both engines accept: `$n`
//! placeholders, `INTEGER`/`BIGINT` for numbers and 0/1 flags, `TEXT` dates
//! (`YYYY-MM-DD`), unix seconds for instants, `ON CONFLICT` upserts and
//! `RETURNING`. Where the engines really differ (transaction start, sequence
//! repair after bulk loads, pragmas) the difference lives in this file.

pub mod admin_units;
pub mod applications;
pub mod audit;
pub mod bulk;
pub mod candidates;
pub mod choices;
pub mod claims;
pub mod employers;
pub mod households;
pub mod jobs;
pub mod moderation;
pub mod outbox;
pub mod password_resets;
pub mod placements;
pub mod postings;
pub mod reference;
pub mod registry;
pub mod saved_searches;
pub mod search_docs;
pub mod seekers;
pub mod sessions;
pub mod users;
pub mod workers;

use std::path::PathBuf;
use std::str::FromStr;
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::migrate::Migrator;
use sqlx::{Any, AnyConnection, AnyPool, ConnectOptions, Connection, Executor, Transaction};

use crate::config::DatabaseUrl;

/// A write transaction.
pub type Tx = Transaction<'static, Any>;

/// Which engine is behind the pool.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

impl Backend {
    /// The function that makes a JSON array of its arguments.
    pub fn json_array_function(self) -> &'static str {
        match self {
            Self::Sqlite => "json_array",
            Self::Postgres => "json_build_array",
        }
    }

    /// The name people know the engine by.
    pub fn name(self) -> &'static str {
        match self {
            Self::Sqlite => "SQLite",
            Self::Postgres => "PostgreSQL",
        }
    }
}

/// The database handle shared by the whole program.
#[derive(Debug, Clone)]
pub struct Db {
    pool: AnyPool,
    backend: Backend,
}

static SQLITE_MIGRATIONS: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES_MIGRATIONS: Migrator = sqlx::migrate!("migrations/postgres");

/// Why the database could not be opened or prepared; each says what to look at.
#[derive(Debug, thiserror::Error)]
pub enum DbSetupError {
    #[error(
        "không tạo được thư mục {path} cho cơ sở dữ liệu / cannot create the database folder {path}: {source}"
    )]
    Folder {
        path: String,
        source: std::io::Error,
    },
    #[error(
        "không mở được cơ sở dữ liệu {url:?} (kiểm tra database_url) / cannot open the database {url:?} (check database_url): {source}"
    )]
    Open {
        url: DatabaseUrl,
        source: sqlx::Error,
    },
    #[error(
        "không áp dụng được migration của cơ sở dữ liệu, không có gì bị thay đổi / a database migration failed and nothing was changed: {0}"
    )]
    Migrate(#[from] sqlx::migrate::MigrateError),
}

impl Db {
    /// Opens a pool on `url`. For SQLite the file (and its folder) is created
    /// when missing, and every connection runs in WAL mode with foreign keys
    /// on and `synchronous=FULL`, so a recorded placement survives a power cut.
    pub async fn connect(url: &DatabaseUrl) -> Result<Self, DbSetupError> {
        sqlx::any::install_default_drivers();
        let backend = if url.is_postgres() {
            Backend::Postgres
        } else {
            Backend::Sqlite
        };
        if backend == Backend::Sqlite
            && let Some(folder) = sqlite_folder(url.expose())
        {
            std::fs::create_dir_all(&folder).map_err(|source| DbSetupError::Folder {
                path: folder.display().to_string(),
                source,
            })?;
        }
        let open_error = |source| DbSetupError::Open {
            url: url.clone(),
            source,
        };
        let options = AnyConnectOptions::from_str(url.expose())
            .map_err(open_error)?
            .log_statements(tracing::log::LevelFilter::Trace)
            .log_slow_statements(tracing::log::LevelFilter::Warn, Duration::from_secs(2));
        let pool_options = match backend {
            Backend::Sqlite => {
                AnyPoolOptions::new()
                    .max_connections(8)
                    .after_connect(|conn, _meta| {
                        Box::pin(async move {
                            conn.execute(
                                "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; \
                             PRAGMA synchronous = FULL; PRAGMA busy_timeout = 10000;",
                            )
                            .await?;
                            Ok(())
                        })
                    })
            }
            Backend::Postgres => AnyPoolOptions::new().max_connections(16),
        };
        let pool = pool_options
            .acquire_timeout(Duration::from_secs(10))
            .connect_with(options)
            .await
            .map_err(open_error)?;
        Ok(Self { pool, backend })
    }

    /// Applies any migrations not yet applied; each runs in its own transaction.
    pub async fn migrate(&self) -> Result<(), DbSetupError> {
        let migrator = match self.backend {
            Backend::Sqlite => &SQLITE_MIGRATIONS,
            Backend::Postgres => &POSTGRES_MIGRATIONS,
        };
        migrator.run(&self.pool).await?;
        Ok(())
    }

    /// The engine behind the pool.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// The pool, for reads that need no transaction.
    pub fn pool(&self) -> &AnyPool {
        &self.pool
    }

    /// Starts a write transaction. SQLite takes its write lock up front
    /// (`BEGIN IMMEDIATE`) so two writers queue instead of failing midway.
    pub async fn begin(&self) -> Result<Tx, sqlx::Error> {
        match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await,
            Backend::Postgres => self.pool.begin().await,
        }
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<(), sqlx::Error> {
        let mut conn = self.pool.acquire().await?;
        conn.ping().await
    }

    /// Closes the pool, waiting for connections in use to come back.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// After rows were inserted with explicit ids (bulk loads), moves
    /// PostgreSQL's identity sequence of `table.id` past the largest id.
    /// SQLite needs nothing: it always continues from the largest rowid.
    pub async fn resync_id_sequence(
        &self,
        conn: &mut AnyConnection,
        table: &'static str,
    ) -> Result<(), sqlx::Error> {
        if self.backend == Backend::Postgres {
            let sql = format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), \
                 COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)"
            );
            conn.execute(sqlx::AssertSqlSafe(sql)).await?;
        }
        Ok(())
    }
}

/// The folder of a SQLite database file, if the URL names one.
fn sqlite_folder(url: &str) -> Option<PathBuf> {
    let rest = url
        .strip_prefix("sqlite://")
        .or_else(|| url.strip_prefix("sqlite:"))?;
    let path = rest.split('?').next().unwrap_or_default();
    if path.is_empty() || path == ":memory:" {
        return None;
    }
    PathBuf::from(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .map(PathBuf::from)
}

/// Stores a flag the portable way (0/1).
pub fn flag(value: bool) -> i64 {
    i64::from(value)
}

/// Whether an error is a unique-constraint violation, on either engine.
pub fn is_unique_violation(err: &sqlx::Error) -> bool {
    matches!(err, sqlx::Error::Database(db) if db.is_unique_violation())
}

/// Stores a date as `YYYY-MM-DD`.
pub fn date_text(date: time::Date) -> String {
    let (y, m, d) = (date.year(), u8::from(date.month()), date.day());
    format!("{y:04}-{m:02}-{d:02}")
}

/// Reads a stored `YYYY-MM-DD` date.
pub fn parse_date_text(text: &str) -> Option<time::Date> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    time::Date::parse(text, format).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sqlite_folder_is_found_in_the_url() {
        assert_eq!(
            sqlite_folder("sqlite://data/vieclam.db?mode=rwc"),
            Some(PathBuf::from("data"))
        );
        assert_eq!(sqlite_folder("sqlite://vieclam.db"), None);
        assert_eq!(sqlite_folder("sqlite::memory:"), None);
    }

    #[test]
    fn dates_round_trip_through_text() {
        let day = time::macros::date!(2024 - 02 - 09);
        assert_eq!(date_text(day), "2024-02-09");
        assert_eq!(parse_date_text("2024-02-09"), Some(day));
        assert_eq!(parse_date_text("09/02/2024"), None);
    }
}
