//! The outboxes: rows written in the same transaction as the change they
//! announce, and consumed by background workers (search indexer, mailer).

use sqlx::{AnyConnection, Row};

use crate::db::Backend;

/// What a search outbox row points at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchEntity {
    Job,
    Worker,
}

impl SearchEntity {
    fn as_str(self) -> &'static str {
        match self {
            Self::Job => "job",
            Self::Worker => "worker",
        }
    }
}

/// Announces that `entity` changed and its search document must be refreshed.
///
/// The indexer reads rows in sequence order and remembers the last one it
/// applied, so sequence order must be commit order. SQLite has one writer at
/// a time, which gives that for free. On PostgreSQL two transactions could
/// take sequence numbers in one order and commit in the other; a
/// transaction-scoped advisory lock taken here, held until commit, makes
/// writers of the outbox go one at a time.
pub async fn announce_search_change(
    conn: &mut AnyConnection,
    backend: Backend,
    entity: SearchEntity,
    entity_id: i64,
    now: i64,
) -> Result<(), sqlx::Error> {
    if backend == Backend::Postgres {
        sqlx::query("SELECT pg_advisory_xact_lock($1)")
            .bind(SEARCH_OUTBOX_LOCK)
            .execute(&mut *conn)
            .await?;
    }
    sqlx::query(
        "INSERT INTO search_outbox (entity, entity_id, created_at, updated_at) VALUES ($1, $2, $3, $3)",
    )
    .bind(entity.as_str())
    .bind(entity_id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// The advisory lock key that orders writers of the search outbox ("vieclam" in ASCII, truncated).
const SEARCH_OUTBOX_LOCK: i64 = 0x7669_6563_6c61_6d00;

/// A change waiting for the search index.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchChange {
    pub seq: i64,
    pub entity: SearchEntity,
    pub entity_id: i64,
}

/// Up to `limit` changes after `after_seq`, in order.
pub async fn search_changes_after(
    conn: &mut AnyConnection,
    after_seq: i64,
    limit: i64,
) -> Result<Vec<SearchChange>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT seq, entity, entity_id FROM search_outbox WHERE seq > $1 ORDER BY seq LIMIT $2",
    )
    .bind(after_seq)
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            let entity: String = row.try_get("entity")?;
            Ok(SearchChange {
                seq: row.try_get("seq")?,
                entity: if entity == "worker" {
                    SearchEntity::Worker
                } else {
                    SearchEntity::Job
                },
                entity_id: row.try_get("entity_id")?,
            })
        })
        .collect()
}

/// The newest sequence number in the search outbox (0 when empty).
pub async fn last_search_seq(conn: &mut AnyConnection) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COALESCE(MAX(seq), 0) FROM search_outbox")
        .fetch_one(&mut *conn)
        .await
}

/// An e-mail waiting in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewMail {
    /// Makes enqueuing idempotent: the same key is never queued twice.
    pub dedupe_key: Option<String>,
    pub to: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

/// A claimed e-mail, ready to be delivered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QueuedMail {
    pub id: i64,
    pub attempts: i64,
    pub to: String,
    pub subject: String,
    pub text_body: String,
    pub html_body: String,
}

/// Queues a message; returns false when a message with the same key is already queued.
pub async fn enqueue_mail(
    conn: &mut AnyConnection,
    mail: &NewMail,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "INSERT INTO mail_outbox (dedupe_key, to_address, subject, text_body, html_body, status, \
         attempts, next_attempt_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, 'pending', 0, $6, $6, $6) ON CONFLICT (dedupe_key) DO NOTHING",
    )
    .bind(mail.dedupe_key.as_deref())
    .bind(&mail.to)
    .bind(&mail.subject)
    .bind(&mail.text_body)
    .bind(&mail.html_body)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A claim older than this is presumed abandoned by a crashed instance.
pub const CLAIM_TIMEOUT_SECS: i64 = 300;

/// Claims up to `limit` due messages for `worker`. On PostgreSQL several
/// instances may claim at once: `FOR UPDATE SKIP LOCKED` gives each row to one.
pub async fn claim_due_mail(
    conn: &mut AnyConnection,
    backend: Backend,
    worker: &str,
    now: i64,
    limit: i64,
) -> Result<Vec<QueuedMail>, sqlx::Error> {
    let lock = match backend {
        Backend::Postgres => " FOR UPDATE SKIP LOCKED",
        Backend::Sqlite => "",
    };
    let sql = format!(
        "UPDATE mail_outbox SET status = 'sending', claimed_by = $1, claimed_at = $2, \
         attempts = attempts + 1, updated_at = $2 \
         WHERE id IN (SELECT id FROM mail_outbox \
           WHERE (status = 'pending' AND next_attempt_at <= $2) \
              OR (status = 'sending' AND claimed_at < $2 - {CLAIM_TIMEOUT_SECS}) \
           ORDER BY id LIMIT $3{lock}) \
         RETURNING id, attempts, to_address, subject, text_body, html_body"
    );
    let rows = sqlx::query(sqlx::AssertSqlSafe(sql))
        .bind(worker)
        .bind(now)
        .bind(limit)
        .fetch_all(&mut *conn)
        .await?;
    let mut mails: Vec<QueuedMail> = rows
        .iter()
        .map(|row| {
            Ok(QueuedMail {
                id: row.try_get("id")?,
                attempts: row.try_get("attempts")?,
                to: row.try_get("to_address")?,
                subject: row.try_get("subject")?,
                text_body: row.try_get("text_body")?,
                html_body: row.try_get("html_body")?,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    mails.sort_by_key(|m| m.id);
    Ok(mails)
}

/// Records a delivery.
///
/// The bodies are cleared once delivered: they may hold single-use links
/// (password resets, account claims, unsubscribe tokens) and personal data
/// that the outbox has no reason to keep. Recipient, subject and times stay
/// as the record of what was sent.
pub async fn mark_sent(conn: &mut AnyConnection, id: i64, now: i64) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE mail_outbox SET status = 'sent', sent_at = $2, updated_at = $2, last_error = '', \
         text_body = '', html_body = '' WHERE id = $1",
    )
    .bind(id)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Records a failed attempt: retried at `retry_at`, or given up on when `None`.
pub async fn mark_failed(
    conn: &mut AnyConnection,
    id: i64,
    error: &str,
    retry_at: Option<i64>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE mail_outbox SET status = $2, next_attempt_at = $3, last_error = $4, \
         claimed_by = NULL, claimed_at = NULL, updated_at = $5 WHERE id = $1",
    )
    .bind(id)
    .bind(if retry_at.is_some() {
        "pending"
    } else {
        "failed"
    })
    .bind(retry_at.unwrap_or(now))
    .bind(error)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Messages by status, for health checks and tests.
pub async fn mail_status_counts(
    conn: &mut AnyConnection,
) -> Result<Vec<(String, i64)>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT status, COUNT(*) AS n FROM mail_outbox GROUP BY status ORDER BY status",
    )
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("status")?, row.try_get("n")?)))
        .collect()
}

/// Renews `worker`'s claim on message `id` just before it is handed to the
/// transport; false when the claim has passed to another instance (or the
/// message is no longer being sent), in which case this worker must not send it.
pub async fn renew_mail_claim(
    conn: &mut AnyConnection,
    id: i64,
    worker: &str,
    now: i64,
) -> Result<bool, sqlx::Error> {
    let done = sqlx::query(
        "UPDATE mail_outbox SET claimed_at = $3, updated_at = $3 \
         WHERE id = $1 AND claimed_by = $2 AND status = 'sending'",
    )
    .bind(id)
    .bind(worker)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(done.rows_affected() == 1)
}

/// A message the worker gave up on, with the last reason the server gave.
#[derive(Debug, Clone)]
pub struct UndeliveredMail {
    pub to: String,
    pub subject: String,
    pub reason: String,
    /// When it was given up on (unix seconds).
    pub at: i64,
}

/// The most recent messages that could not be delivered, newest first.
pub async fn undelivered_mail(
    conn: &mut AnyConnection,
    limit: i64,
) -> Result<Vec<UndeliveredMail>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT to_address, subject, last_error, updated_at FROM mail_outbox \
         WHERE status = 'failed' ORDER BY updated_at DESC, id DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(UndeliveredMail {
                to: row.try_get("to_address")?,
                subject: row.try_get("subject")?,
                reason: row.try_get("last_error")?,
                at: row.try_get("updated_at")?,
            })
        })
        .collect()
}
