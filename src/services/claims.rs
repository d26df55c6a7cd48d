//! Claiming an account registered on one's behalf: the phone number or
//! e-mail on record plus the one-time code from the slip or the e-mail, and
//! a new password. Failures are throttled like sign-ins and get one message.

use crate::db::users::{self, NewUser};
use crate::db::{claims, sessions};
use crate::domain::FieldError;
use crate::domain::password::check_new_password;
use crate::domain::registration::normalize_claim_code;
use crate::domain::user::Role;
use crate::domain::values::{Email, PhoneNumber};
use crate::error::{Error, Result};
use crate::services::Ctx;
use crate::services::auth::{self, NewSession};
use crate::services::users::hash_password;

/// The one message for a wrong, used or expired code, or a login that does
/// not match it, so the form reveals nothing about who is registered.
pub const CLAIM_REFUSED: &str = "Số điện thoại/e-mail hoặc mã nhận tài khoản không đúng, đã dùng hoặc đã hết hạn / The phone number or e-mail, or the claim code, is wrong, used or expired";

/// Too many failed claims on one login lately.
pub const CLAIM_THROTTLED: &str = "Nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút hoặc liên hệ Trung tâm / Too many failed attempts. Please try again in 15 minutes or contact the Centre";

/// Why a claim did not succeed.
#[derive(Debug)]
pub enum ClaimError {
    /// Problems with the fields, shown next to them.
    Fields(Vec<FieldError>),
    /// No valid claim for this login and code: one message for all.
    Refused,
    /// Too many failures lately.
    Throttled,
    /// Something else went wrong.
    Failed(Error),
}

impl From<Error> for ClaimError {
    fn from(err: Error) -> Self {
        Self::Failed(err)
    }
}

impl From<sqlx::Error> for ClaimError {
    fn from(err: sqlx::Error) -> Self {
        Self::Failed(Error::from(err))
    }
}

/// Claims the account: creates a job-seeker account linked to the worker,
/// signing in with the contact details on record, marks the claim used and
/// opens a session, all in one transaction.
pub async fn claim(
    ctx: &Ctx,
    login: &str,
    code: &str,
    password: String,
) -> Result<NewSession, ClaimError> {
    let mut errors = Vec::new();
    let email = Email::parse(login).ok();
    let phone = PhoneNumber::parse(login).ok();
    if login.trim().is_empty() {
        errors.push(FieldError::new(
            "login",
            "Nhập số điện thoại hoặc e-mail đã khai khi đăng ký / Enter the phone number or e-mail given at registration",
        ));
    } else if email.is_none() && phone.is_none() {
        errors.push(FieldError::new(
            "login",
            "Nhập số điện thoại Việt Nam hoặc e-mail hợp lệ / Enter a Vietnamese phone number or a valid e-mail",
        ));
    }
    let code = normalize_claim_code(code);
    if code.is_empty() {
        errors.push(FieldError::new(
            "code",
            "Nhập mã nhận tài khoản trên phiếu / Enter the claim code from the slip",
        ));
    }
    if let Err(err) = check_new_password(&password) {
        errors.push(err);
    }
    if !errors.is_empty() {
        return Err(ClaimError::Fields(errors));
    }
    let now = ctx.clock.unix();
    let subject = auth::hash(&format!(
        "claim:{}",
        email
            .as_ref()
            .map(|e| e.as_str().to_owned())
            .or_else(|| phone.as_ref().map(|p| p.as_str().to_owned()))
            .unwrap_or_default()
    ));
    {
        let mut conn = ctx.db.pool().acquire().await?;
        if sessions::failures_since(&mut conn, &subject, now - auth::THROTTLE_WINDOW_SECS).await?
            >= auth::MAX_FAILURES_PER_ACCOUNT
        {
            return Err(ClaimError::Throttled);
        }
    }
    let password_hash = hash_password(password).await?;
    let token_hash = auth::hash(&code);
    let mut tx = ctx.db.begin().await?;
    let found = claims::find_valid(
        &mut tx,
        &token_hash,
        phone.as_ref().map(|p| p.as_str()),
        email.as_ref().map(|e| e.as_str()),
        now,
    )
    .await?;
    let Some(worker) = found else {
        sessions::record_attempt(&mut tx, &subject, false, now).await?;
        tx.commit().await?;
        return Err(ClaimError::Refused);
    };
    if claims::worker_has_account(&mut tx, worker.worker_id).await? {
        sessions::record_attempt(&mut tx, &subject, false, now).await?;
        tx.commit().await?;
        return Err(ClaimError::Refused);
    }
    let user_id = users::insert(
        &mut tx,
        &NewUser {
            email: worker.email.clone(),
            phone: worker.phone.clone(),
            display_name: worker.full_name.clone(),
            password_hash,
            role: Role::JobSeeker,
            commune_code: None,
        },
        now,
    )
    .await
    .map_err(|err| {
        ClaimError::Failed(Error::conflict_on_unique(
            "Số điện thoại hoặc e-mail này đã dùng cho một tài khoản khác; hãy liên hệ Trung tâm / This phone number or e-mail already belongs to another account; please contact the Centre",
        )(err))
    })?;
    claims::link_user(&mut tx, user_id, worker.worker_id, now).await?;
    if !claims::mark_used(&mut tx, &token_hash, worker.worker_id, now).await? {
        return Err(ClaimError::Refused);
    }
    sessions::record_attempt(&mut tx, &subject, true, now).await?;
    let session = auth::start_session(&mut tx, user_id, now).await?;
    tx.commit().await?;
    Ok(session)
}
