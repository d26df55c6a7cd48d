//! Loading reference data into the database.

use crate::db::reference::{self, ReferenceCounts};
use crate::error::Result;
use crate::reference::ReferenceData;
use crate::services::Ctx;

/// Upserts all reference data in one transaction: all of it or none.
pub async fn load(ctx: &Ctx, data: &ReferenceData) -> Result<ReferenceCounts> {
    let mut tx = ctx.db.begin().await?;
    reference::upsert_all(&mut tx, data, ctx.clock.unix()).await?;
    let counts = reference::counts(&mut tx).await?;
    tx.commit().await?;
    Ok(counts)
}
