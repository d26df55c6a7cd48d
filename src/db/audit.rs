//! The audit log: who read or changed sensitive personal data, and when.

use sqlx::AnyConnection;

use crate::domain::ids::UserId;

/// One audited access.
#[derive(Debug, Clone)]
pub struct AuditEntry<'a> {
    pub actor: Option<UserId>,
    /// `read`, `export`, `update`...
    pub action: &'a str,
    /// `worker`, `household`...
    pub entity: &'a str,
    pub entity_id: i64,
    /// The sensitive fields touched, comma-separated.
    pub fields: &'a str,
    pub request_id: &'a str,
}

/// Appends an entry; call it in the same transaction as the access it records.
pub async fn record(
    conn: &mut AnyConnection,
    entry: &AuditEntry<'_>,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit_log (at, actor_user_id, action, entity, entity_id, fields, request_id, \
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $1, $1)",
    )
    .bind(now)
    .bind(entry.actor.map(UserId::get))
    .bind(entry.action)
    .bind(entry.entity)
    .bind(entry.entity_id)
    .bind(entry.fields)
    .bind(entry.request_id)
    .execute(&mut *conn)
    .await?;
    Ok(())
}
