//! Staff checking the placements employers report: verifying them, or
//! rejecting them, which removes the placement and puts the candidate back
//! to "interviewed".

use crate::db::candidates;
use crate::db::placements::{self, UnverifiedPlacement};
use crate::domain::candidate::{CandidateSource, CandidateStatus};
use crate::domain::ids::{PlacementId, UserId};
use crate::error::{Error, Result};
use crate::services::Ctx;

/// Placements waiting for verification, oldest first.
pub async fn unverified(ctx: &Ctx) -> Result<Vec<UnverifiedPlacement>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(placements::unverified(&mut conn, 500).await?)
}

fn already_done() -> Error {
    Error::Conflict(
        "Việc làm này đã được xác nhận hoặc không còn / This placement is already verified or gone"
            .to_owned(),
    )
}

/// Verifies a placement: it now counts toward the targets.
pub async fn verify(ctx: &Ctx, id: PlacementId, staff: UserId) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let placement = placements::find_unverified(&mut tx, id)
        .await?
        .ok_or_else(already_done)?;
    if !placements::verify(&mut tx, id, staff, now).await? {
        return Err(already_done());
    }
    placements::mark_worker_employed(&mut tx, placement.worker_id, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Rejects a placement: deletes it and puts its candidate back to "interviewed".
pub async fn reject(ctx: &Ctx, id: PlacementId) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let placement = placements::find_unverified(&mut tx, id)
        .await?
        .ok_or_else(already_done)?;
    if !placements::delete_unverified(&mut tx, id).await? {
        return Err(already_done());
    }
    let candidate = match (placement.application_id, placement.referral_id) {
        (Some(application), _) => Some((CandidateSource::Application, application)),
        (None, Some(referral)) => Some((CandidateSource::Referral, referral)),
        (None, None) => None,
    };
    if let Some((source, candidate_id)) = candidate {
        candidates::set_status(
            &mut tx,
            source,
            candidate_id,
            CandidateStatus::Interviewed,
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
