//! Building the running service: open the database, migrate, load
//! reference data, start the workers, serve, and shut down gracefully.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

use crate::clock::{SharedClock, SystemClock};
use crate::config::Config;
use crate::db::Db;
use crate::mail::Mailer;
use crate::reference::ReferenceData;
use crate::search::SearchIndex;
use crate::services::{self, Ctx};
use crate::web::{self, AppState};

/// Opens the database named by the configuration, applies migrations and
/// loads reference data. Reference files are parsed before anything is
/// written, so a bad file changes nothing.
pub async fn prepare(config: &Config, clock: SharedClock) -> anyhow::Result<Ctx> {
    let reference = ReferenceData::load(config.reference_dir.as_deref())?;
    // The search's synonyms are read again by `open_search`; a bad file
    // stops here too, before anything is written.
    crate::reference::search_synonyms(config.reference_dir.as_deref())?;
    let db = Db::connect(&config.database).await?;
    db.migrate().await?;
    let ctx = Ctx { db, clock };
    let counts = services::reference::load(&ctx, &reference)
        .await
        .context("nạp dữ liệu tham chiếu / loading reference data")?;
    tracing::info!(
        backend = ctx.db.backend().name(),
        districts = counts.districts,
        communes = counts.communes,
        "database ready"
    );
    Ok(ctx)
}

/// Opens the search index under `index_dir` and, when it is new but the
/// database already has published postings, builds it before serving.
pub async fn open_search(config: &Config, ctx: &Ctx) -> anyhow::Result<SearchIndex> {
    let synonyms = Arc::new(crate::reference::search_synonyms(
        config.reference_dir.as_deref(),
    )?);
    let open = || {
        let (dir, synonyms) = (config.index_dir.clone(), Arc::clone(&synonyms));
        async move {
            tokio::task::spawn_blocking(move || SearchIndex::open_or_create_with(&dir, synonyms))
                .await
                .context("index task")
        }
    };
    let mut opened = open().await?;
    if let Err(crate::search::SearchError::SchemaMismatch { .. }) = &opened {
        // An index written by an older version of the program, or with
        // other synonym groups: it is derived data, so build a new
        // generation from the database.
        tracing::warn!(
            "the search index was built with another schema or other synonyms; rebuilding it"
        );
        let synonyms = Arc::clone(&synonyms);
        services::indexing::rebuild(ctx, &config.index_dir, synonyms, |_| {}).await?;
        opened = open().await?;
    }
    let index = opened.with_context(|| {
            format!(
                "không mở được chỉ mục tìm kiếm {} (index_dir) / cannot open the search index {} (index_dir)",
                config.index_dir.display(),
                config.index_dir.display()
            )
        })?;
    services::indexing::ensure_built(ctx, &index, &config.index_dir).await?;
    Ok(index)
}

/// A running service: its address and the handle to stop it.
pub struct RunningApp {
    pub addr: std::net::SocketAddr,
    shutdown: watch::Sender<bool>,
    server: JoinHandle<std::io::Result<()>>,
    workers: Vec<JoinHandle<()>>,
}

impl RunningApp {
    /// Asks the service to stop: no new connections, in-flight requests
    /// finish, workers finish their pass; then waits for all of it.
    pub async fn stop(self) -> anyhow::Result<()> {
        let _ = self.shutdown.send(true);
        self.server.await.context("server task")??;
        for worker in self.workers {
            worker.await.context("worker task")?;
        }
        Ok(())
    }

    /// Waits until the server ends by itself (after a shutdown signal).
    pub async fn wait(self) -> anyhow::Result<()> {
        self.server.await.context("server task")??;
        let _ = self.shutdown.send(true);
        for worker in self.workers {
            worker.await.context("worker task")?;
        }
        Ok(())
    }
}

/// Starts serving on `listener` with the background workers.
pub fn start(
    config: &Config,
    ctx: Ctx,
    search: SearchIndex,
    listener: TcpListener,
    stop_on_signal: bool,
) -> anyhow::Result<RunningApp> {
    let addr = listener.local_addr()?;
    let mailer = Mailer::from_config(&config.mail)?;
    let (shutdown_tx, shutdown_rx) = watch::channel(false);
    let worker_name = format!("{}-{}", hostname(), std::process::id());
    let mail_worker = tokio::spawn(crate::mail::worker::run(
        ctx.db.clone(),
        mailer,
        ctx.clock.clone(),
        worker_name,
        Duration::from_secs(2),
        shutdown_rx.clone(),
    ));
    let indexer = tokio::spawn(services::indexing::run(
        ctx.clone(),
        search.clone(),
        Duration::from_millis(200),
        shutdown_rx.clone(),
    ));
    // Job alerts: immediate ones go out within a minute, daily digests after 07:00.
    let alerts = tokio::spawn(services::alerts::run(
        ctx.clone(),
        search.clone(),
        config.public_url.clone(),
        Duration::from_secs(30),
        shutdown_rx.clone(),
    ));
    let state = AppState {
        ctx,
        search,
        public_url: config.public_url.clone(),
    };
    let app = web::router(state);
    let mut server_shutdown = shutdown_rx;
    let shutdown_tx_for_signal = shutdown_tx.clone();
    let server = tokio::spawn(async move {
        axum::serve(
            listener,
            app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
        )
        .with_graceful_shutdown(async move {
            if stop_on_signal {
                tokio::select! {
                    _ = termination_signal() => {
                        tracing::info!("shutdown signal received; finishing in-flight requests");
                        let _ = shutdown_tx_for_signal.send(true);
                    }
                    _ = server_shutdown.wait_for(|stop| *stop) => {}
                }
            } else {
                let _ = server_shutdown.wait_for(|stop| *stop).await;
            }
        })
        .await
    });
    Ok(RunningApp {
        addr,
        shutdown: shutdown_tx,
        server,
        workers: vec![mail_worker, indexer, alerts],
    })
}

/// `vieclam serve`: everything, until SIGINT or SIGTERM.
pub async fn serve(config: Config) -> anyhow::Result<()> {
    let clock: SharedClock = Arc::new(SystemClock);
    let ctx = prepare(&config, clock).await?;
    let search = open_search(&config, &ctx).await?;
    let listener = TcpListener::bind(config.bind).await.with_context(|| {
        format!(
            "không mở được cổng {} (bind) / cannot listen on {} (bind)",
            config.bind, config.bind
        )
    })?;
    let db = ctx.db.clone();
    let running = start(&config, ctx, search, listener, true)?;
    tracing::info!(address = %running.addr, "vieclam is serving; open http://{}", running.addr);
    running.wait().await?;
    db.close().await;
    tracing::info!("vieclam stopped");
    Ok(())
}

async fn termination_signal() {
    let ctrl_c = async {
        if tokio::signal::ctrl_c().await.is_err() {
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {}
        _ = terminate => {}
    }
}

fn hostname() -> String {
    std::env::var("HOSTNAME")
        .ok()
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "vieclam".to_owned())
}
