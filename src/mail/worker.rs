//! The mail outbox worker: claims due messages, delivers them, and retries
//! failures with exponential backoff. It stops between batches on shutdown.

use std::time::Duration;

use tokio::sync::watch;

use crate::clock::SharedClock;
use crate::db::{Db, outbox};
use crate::mail::{DeliveryError, Mailer};

/// Attempts before a message is given up on.
pub const MAX_ATTEMPTS: i64 = 10;

/// Seconds to wait before the next attempt after `attempts` failures: 30 s,
/// 60 s, 120 s ... capped at six hours.
pub fn backoff_secs(attempts: i64) -> i64 {
    let exponent = u32::try_from(attempts.clamp(1, 20) - 1).unwrap_or(0);
    30i64
        .saturating_mul(2i64.saturating_pow(exponent))
        .min(6 * 3600)
}

/// Delivers every due message once; returns how many were delivered.
pub async fn run_once(
    db: &Db,
    mailer: &Mailer,
    clock: &SharedClock,
    worker_name: &str,
) -> anyhow::Result<usize> {
    let claimed = {
        let mut tx = db.begin().await?;
        let claimed =
            outbox::claim_due_mail(&mut tx, db.backend(), worker_name, clock.unix(), 50).await?;
        tx.commit().await?;
        claimed
    };
    let mut delivered = 0;
    for mail in claimed {
        let result = mailer.deliver(&mail).await;
        let mut conn = db.pool().acquire().await?;
        let now = clock.unix();
        match result {
            Ok(()) => {
                outbox::mark_sent(&mut conn, mail.id, now).await?;
                delivered += 1;
            }
            Err(err) => {
                let retry_at = match &err {
                    DeliveryError::Temporary(_) if mail.attempts < MAX_ATTEMPTS => {
                        Some(now + backoff_secs(mail.attempts))
                    }
                    _ => None,
                };
                tracing::warn!(mail_id = mail.id, attempts = mail.attempts, will_retry = retry_at.is_some(), error = %err, "mail delivery failed");
                outbox::mark_failed(&mut conn, mail.id, &err.to_string(), retry_at, now).await?;
            }
        }
    }
    Ok(delivered)
}

/// Runs until `shutdown` turns true, polling every `interval`.
pub async fn run(
    db: Db,
    mailer: Mailer,
    clock: SharedClock,
    worker_name: String,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            break;
        }
        if let Err(err) = run_once(&db, &mailer, &clock, &worker_name).await {
            tracing::error!(error = %format!("{err:#}"), "mail worker pass failed");
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => {}
        }
    }
    // A last pass so messages queued by requests that finished during shutdown go out.
    if let Err(err) = run_once(&db, &mailer, &clock, &worker_name).await {
        tracing::error!(error = %format!("{err:#}"), "final mail worker pass failed");
    }
    tracing::info!("mail worker stopped");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_doubles_and_is_capped() {
        assert_eq!(backoff_secs(1), 30);
        assert_eq!(backoff_secs(2), 60);
        assert_eq!(backoff_secs(3), 120);
        assert_eq!(backoff_secs(30), 6 * 3600);
    }
}
