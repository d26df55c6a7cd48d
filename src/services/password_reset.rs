//! Forgotten passwords: a single-use link by e-mail, valid for an hour,
//! that sets a new password and ends every session of the account.
//!
//! Asking gives the same answer whether or not an account has the address,
//! so the form cannot be used to find out who has an account. Requests are
//! throttled per address and per client like sign-in attempts.

use crate::db::{outbox, password_resets, sessions};
use crate::domain::FieldError;
use crate::domain::password::check_new_password;
use crate::domain::values::Email;
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::Ctx;
use crate::services::auth::{THROTTLE_WINDOW_SECS, hash, random_token};
use crate::services::users::hash_password;
use crate::web::paths;

/// How long a reset link works.
pub const LINK_VALID_SECS: i64 = 3600;
/// Requests allowed per address in the throttling window.
pub const MAX_REQUESTS_PER_ADDRESS: i64 = 3;
/// Requests allowed per client in the throttling window.
pub const MAX_REQUESTS_PER_CLIENT: i64 = 10;

/// What became of a request for a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Requested {
    /// The one answer: if an account has the address, a link is on its way.
    Accepted,
    /// Too many requests lately for this address or client.
    Throttled,
}

/// Asks for a reset link for the account with `email`, if there is one.
pub async fn request_link(
    ctx: &Ctx,
    email: &str,
    client: &str,
    public_url: &str,
) -> Result<Requested> {
    let email = Email::parse(email)
        .map_err(|err| Error::Validation(vec![FieldError::new("email", err.to_string())]))?;
    let now = ctx.clock.unix();
    let address_subject = hash(&format!("reset:{}", email.as_str().to_lowercase()));
    let client_subject = hash(&format!("reset-client:{client}"));
    let since = now - THROTTLE_WINDOW_SECS;
    let mut tx = ctx.db.begin().await?;
    if sessions::failures_since(&mut tx, &address_subject, since).await? >= MAX_REQUESTS_PER_ADDRESS
        || sessions::failures_since(&mut tx, &client_subject, since).await?
            >= MAX_REQUESTS_PER_CLIENT
    {
        return Ok(Requested::Throttled);
    }
    // Each request counts against the address and the client, found or not.
    sessions::record_attempt(&mut tx, &address_subject, false, now).await?;
    sessions::record_attempt(&mut tx, &client_subject, false, now).await?;
    if let Some((user_id, stored_email, name)) =
        password_resets::account_by_email(&mut tx, email.as_str()).await?
    {
        let token = random_token();
        let token_hash = hash(&token);
        password_resets::insert(&mut tx, &token_hash, user_id, now + LINK_VALID_SECS, now).await?;
        let link = format!("{public_url}{}", paths::reset_password(&token));
        let mail = messages::password_reset(
            &stored_email,
            &name,
            &link,
            format!("password-reset-{}", &token_hash[..16]),
        )
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("rendering the e-mail")))?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    tx.commit().await?;
    Ok(Requested::Accepted)
}

/// Whether a reset link can still be used.
pub async fn link_is_usable(ctx: &Ctx, token: &str) -> Result<bool> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(
        password_resets::usable(&mut conn, &hash(token), ctx.clock.unix())
            .await?
            .is_some(),
    )
}

/// What became of a new password sent through a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reset {
    /// The password is changed and every session of the account ended.
    Changed,
    /// The link is unknown, used or expired.
    LinkUnusable,
}

/// Sets a new password through a reset link, uses up the link (and any
/// other open link of the account) and ends every session of the account.
pub async fn reset_password(ctx: &Ctx, token: &str, password: String) -> Result<Reset> {
    let token_hash = hash(token);
    {
        let mut conn = ctx.db.pool().acquire().await?;
        if password_resets::usable(&mut conn, &token_hash, ctx.clock.unix())
            .await?
            .is_none()
        {
            return Ok(Reset::LinkUnusable);
        }
    }
    check_new_password(&password).map_err(|err| Error::Validation(vec![err]))?;
    let password_hash = hash_password(password).await?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let Some(user_id) = password_resets::usable(&mut tx, &token_hash, now).await? else {
        return Ok(Reset::LinkUnusable);
    };
    if !password_resets::mark_used(&mut tx, &token_hash, now).await? {
        return Ok(Reset::LinkUnusable);
    }
    password_resets::close_all_for_user(&mut tx, user_id, now).await?;
    password_resets::set_password_hash(&mut tx, user_id, &password_hash, now).await?;
    sessions::delete_for_user(&mut tx, user_id).await?;
    tx.commit().await?;
    tracing::info!(user_id = user_id.get(), "password reset through a link");
    Ok(Reset::Changed)
}
