//! What staff need to know about outgoing e-mail: the messages that could
//! not be delivered (a bouncing address, a refused recipient), so someone
//! can reach the person another way.

use crate::db::outbox::{self, UndeliveredMail};
use crate::error::Result;
use crate::services::Ctx;

/// How many undelivered messages the staff portal lists.
pub const LISTED: i64 = 20;

/// The most recent undelivered messages, newest first.
pub async fn undelivered(ctx: &Ctx) -> Result<Vec<UndeliveredMail>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(outbox::undelivered_mail(&mut conn, LISTED).await?)
}
