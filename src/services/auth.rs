//! Signing in and out, and reading the session of a request. Session ids are
//! random 256-bit tokens; only their SHA-256 hash is stored. Sessions expire
//! after two idle hours and, at the latest, twelve hours after sign-in.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use sha2::{Digest, Sha256};

use crate::db::sessions::{self, SessionRow};
use crate::domain::FieldError;
use crate::domain::values::{Email, PhoneNumber};
use crate::error::{Error, Result};
use crate::services::Ctx;
use crate::services::users::{hash_password, verify_password};

/// A session ends after this long without a request.
pub const IDLE_TIMEOUT_SECS: i64 = 2 * 3600;
/// A session ends this long after sign-in, however active.
pub const ABSOLUTE_TIMEOUT_SECS: i64 = 12 * 3600;
/// Failed sign-ins allowed per account in the window.
pub const MAX_FAILURES_PER_ACCOUNT: i64 = 5;
/// Failed sign-ins allowed per client address in the window.
pub const MAX_FAILURES_PER_CLIENT: i64 = 20;
/// The throttling window.
pub const THROTTLE_WINDOW_SECS: i64 = 15 * 60;

/// The one message for every failed sign-in, so it reveals nothing about
/// which accounts exist.
pub const GENERIC_FAILURE: &str = "E-mail/số điện thoại hoặc mật khẩu không đúng / The e-mail or phone number or the password is wrong";

/// A random token of 32 bytes, hex-encoded.
pub fn random_token() -> String {
    let mut bytes = [0u8; 32];
    OsRng.fill_bytes(&mut bytes);
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The stored form of a session id or throttling subject.
pub fn hash(value: &str) -> String {
    Sha256::digest(value.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Whether two tokens are equal, in constant time.
pub fn tokens_match(a: &str, b: &str) -> bool {
    use subtle::ConstantTimeEq;
    a.len() == b.len() && bool::from(a.as_bytes().ct_eq(b.as_bytes()))
}

/// A new session: the cookie value and the CSRF token of its forms.
#[derive(Debug, Clone)]
pub struct NewSession {
    pub token: String,
    pub csrf_token: String,
}

/// Why a sign-in did not succeed.
#[derive(Debug)]
pub enum SignInError {
    /// Wrong login or password, or a disabled account: one message for all.
    Rejected,
    /// Too many failures lately; try again later.
    Throttled,
    /// Something else went wrong.
    Failed(Error),
}

impl From<sqlx::Error> for SignInError {
    fn from(err: sqlx::Error) -> Self {
        Self::Failed(Error::from(err))
    }
}

/// Signs in with an e-mail address or a Vietnamese phone number. Every
/// attempt counts toward throttling of the account and of the client.
pub async fn sign_in(
    ctx: &Ctx,
    login: &str,
    password: String,
    client: &str,
) -> Result<NewSession, SignInError> {
    let now = ctx.clock.unix();
    let login = login.trim();
    let email = Email::parse(login).ok().map(|e| e.as_str().to_owned());
    let phone = PhoneNumber::parse(login)
        .ok()
        .map(|p| p.as_str().to_owned());
    let account_subject = hash(&format!(
        "account:{}",
        email
            .as_deref()
            .or(phone.as_deref())
            .unwrap_or(login)
            .to_lowercase()
    ));
    let client_subject = hash(&format!("client:{client}"));
    let since = now - THROTTLE_WINDOW_SECS;
    {
        let mut conn = ctx.db.pool().acquire().await?;
        if sessions::failures_since(&mut conn, &account_subject, since).await?
            >= MAX_FAILURES_PER_ACCOUNT
            || sessions::failures_since(&mut conn, &client_subject, since).await?
                >= MAX_FAILURES_PER_CLIENT
        {
            return Err(SignInError::Throttled);
        }
    }
    let account = if email.is_none() && phone.is_none() {
        None
    } else {
        let mut conn = ctx.db.pool().acquire().await?;
        sessions::account_for_login(&mut conn, email.as_deref(), phone.as_deref()).await?
    };
    // Without an account, hash the password anyway, so a failure takes as
    // long whether or not the login exists.
    let verified = match &account {
        Some((_, stored, _)) => verify_password(password, stored.clone())
            .await
            .map_err(SignInError::Failed)?,
        None => {
            hash_password(password).await.map_err(SignInError::Failed)?;
            false
        }
    };
    let user = match account {
        Some((id, _, disabled)) if verified && !disabled => Some(id),
        _ => None,
    };
    let mut tx = ctx.db.begin().await?;
    sessions::record_attempt(&mut tx, &account_subject, user.is_some(), now).await?;
    sessions::record_attempt(&mut tx, &client_subject, user.is_some(), now).await?;
    let Some(user_id) = user else {
        tx.commit().await?;
        return Err(SignInError::Rejected);
    };
    let session = NewSession {
        token: random_token(),
        csrf_token: random_token(),
    };
    sessions::insert(
        &mut tx,
        &hash(&session.token),
        user_id,
        &session.csrf_token,
        now + ABSOLUTE_TIMEOUT_SECS,
        now,
    )
    .await?;
    sqlx::query("UPDATE users SET last_sign_in_at = $2, updated_at = $2 WHERE id = $1")
        .bind(user_id.get())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    Ok(session)
}

/// Opens a fresh session for an account that was just created or claimed,
/// inside the caller's transaction, so the account and its first session
/// commit together.
pub async fn start_session(
    conn: &mut sqlx::AnyConnection,
    user_id: crate::domain::ids::UserId,
    now: i64,
) -> Result<NewSession, sqlx::Error> {
    let session = NewSession {
        token: random_token(),
        csrf_token: random_token(),
    };
    sessions::insert(
        conn,
        &hash(&session.token),
        user_id,
        &session.csrf_token,
        now + ABSOLUTE_TIMEOUT_SECS,
        now,
    )
    .await?;
    Ok(session)
}

/// The live session behind a cookie value, refreshed; `None` when unknown,
/// expired (idle or absolute) or its account is disabled.
pub async fn current_session(ctx: &Ctx, token: &str) -> Result<Option<SessionRow>> {
    let now = ctx.clock.unix();
    let id_hash = hash(token);
    let mut conn = ctx.db.pool().acquire().await?;
    let Some(session) = sessions::find(&mut conn, &id_hash).await? else {
        return Ok(None);
    };
    if now >= session.expires_at || now - session.last_seen_at >= IDLE_TIMEOUT_SECS {
        sessions::delete(&mut conn, &id_hash).await?;
        return Ok(None);
    }
    // Writing on every request would make reads into writes; a minute of
    // slack on the idle clock is plenty.
    if now - session.last_seen_at >= 60 {
        sessions::touch(&mut conn, &id_hash, now).await?;
    }
    Ok(Some(session))
}

/// Ends the session behind a cookie value.
pub async fn sign_out(ctx: &Ctx, token: &str) -> Result<()> {
    let mut conn = ctx.db.pool().acquire().await?;
    sessions::delete(&mut conn, &hash(token)).await?;
    Ok(())
}

/// Checks the sign-in form's fields before any database work.
pub fn check_sign_in_form(login: &str, password: &str) -> Result<(), Vec<FieldError>> {
    let mut errors = Vec::new();
    if login.trim().is_empty() {
        errors.push(FieldError::new(
            "login",
            "Nhập e-mail hoặc số điện thoại / Enter your e-mail or phone number",
        ));
    }
    if password.is_empty() {
        errors.push(FieldError::new(
            "password",
            "Nhập mật khẩu / Enter your password",
        ));
    }
    if errors.is_empty() {
        Ok(())
    } else {
        Err(errors)
    }
}
