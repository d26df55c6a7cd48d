//! The mail outbox worker: claims due messages, delivers them, and retries
//! failures with exponential backoff. It stops between batches on shutdown.
//!
//! A message is sent at most once, except in one window. The worker claims a
//! message (status `sending`, its name and the time, committed), renews the
//! claim just before talking to the server, sends, and then records it as
//! sent. A claim is taken over by another worker (or by this program after a
//! restart) only when it is older than [`outbox::CLAIM_TIMEOUT_SECS`], and a
//! delivery gives up long before that ([`crate::mail::SMTP_DEADLINE`]), so
//! two workers never send the same message side by side. The window: the
//! server has accepted the message, and the program dies (or loses the
//! database for longer than the retries of `record_sent`) before the row says
//! `sent`. The claim then times out and the message goes out a second time,
//! with the same `Message-ID` (`<outbox-ID@vieclam>`), by which a receiving
//! system can recognise the copy. SMTP itself has the same window: a
//! connection lost after the final `.` and before the server's answer leaves
//! the sender not knowing, and such a message is retried.
//!
//! A permanent refusal (a 5xx answer to the message, such as an unknown
//! mailbox) fails the message at once with the server's answer recorded in
//! `last_error`; anything else is retried with backoff, up to
//! [`MAX_ATTEMPTS`] attempts.

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
        // Messages later in a batch wait for the ones before them; if one
        // waited so long that another worker took it over, it is theirs now.
        let still_ours = {
            let mut conn = db.pool().acquire().await?;
            outbox::renew_mail_claim(&mut conn, mail.id, worker_name, clock.unix()).await?
        };
        if !still_ours {
            tracing::info!(
                mail_id = mail.id,
                "mail claimed by another worker meanwhile; left to it"
            );
            continue;
        }
        let result = mailer.deliver(&mail).await;
        let now = clock.unix();
        match result {
            Ok(()) => {
                record_sent(db, mail.id, now).await?;
                delivered += 1;
            }
            Err(err) => {
                let retry_at = match &err {
                    DeliveryError::Temporary(_) if mail.attempts < MAX_ATTEMPTS => {
                        Some(now + backoff_secs(mail.attempts))
                    }
                    _ => None,
                };
                tracing::warn!(
                    mail_id = mail.id,
                    attempts = mail.attempts,
                    will_retry = retry_at.is_some(),
                    error = %crate::mail::redact_addresses(&err.to_string()),
                    "mail delivery failed"
                );
                let mut conn = db.pool().acquire().await?;
                outbox::mark_failed(&mut conn, mail.id, &err.to_string(), retry_at, now).await?;
            }
        }
    }
    Ok(delivered)
}

/// Records a delivered message as sent. The server already has it, so a
/// passing database hiccup must not leave the row `sending` (it would be sent
/// again once the claim times out): the update is tried a few times.
async fn record_sent(db: &Db, id: i64, now: i64) -> anyhow::Result<()> {
    let mut wait = Duration::from_millis(200);
    let mut attempt = 1;
    loop {
        let result = async {
            let mut conn = db.pool().acquire().await?;
            outbox::mark_sent(&mut conn, id, now).await
        }
        .await;
        match result {
            Ok(()) => return Ok(()),
            Err(err) if attempt < 5 => {
                tracing::warn!(mail_id = id, attempt, error = %err, "recording a sent mail failed; trying again");
                tokio::time::sleep(wait).await;
                wait *= 2;
                attempt += 1;
            }
            Err(err) => {
                return Err(anyhow::Error::new(err).context(format!(
                    "mail {id} was delivered but could not be recorded as sent"
                )));
            }
        }
    }
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
