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

/// An audited access as the audit page lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub at: i64,
    pub actor_name: Option<String>,
    pub actor_role: Option<String>,
    pub action: String,
    pub entity: String,
    pub entity_id: i64,
    /// The worker's name, when the entity is a worker.
    pub subject_name: Option<String>,
    pub fields: String,
    pub request_id: String,
}

/// The newest entries first.
pub async fn recent(
    conn: &mut AnyConnection,
    limit: i64,
    offset: i64,
) -> Result<Vec<AuditRow>, sqlx::Error> {
    use sqlx::Row;
    let rows = sqlx::query(
        "SELECT a.at, u.display_name, u.role, a.action, a.entity, a.entity_id, \
         CASE WHEN a.entity = 'worker' THEN w.full_name END AS subject_name, a.fields, a.request_id \
         FROM audit_log a LEFT JOIN users u ON u.id = a.actor_user_id \
         LEFT JOIN workers w ON w.id = a.entity_id AND a.entity = 'worker' \
         ORDER BY a.at DESC, a.id DESC LIMIT $1 OFFSET $2",
    )
    .bind(limit)
    .bind(offset)
    .fetch_all(&mut *conn)
    .await?;
    rows.iter()
        .map(|row| {
            Ok(AuditRow {
                at: row.try_get("at")?,
                actor_name: row.try_get("display_name")?,
                actor_role: row.try_get("role")?,
                action: row.try_get("action")?,
                entity: row.try_get("entity")?,
                entity_id: row.try_get("entity_id")?,
                subject_name: row.try_get("subject_name")?,
                fields: row.try_get("fields")?,
                request_id: row.try_get("request_id")?,
            })
        })
        .collect()
}
