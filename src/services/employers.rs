//! Employers: signing up (an unverified enterprise and its first account,
//! signed in at once), the portal's overview, and staff verification.

use crate::db::employers::{self, EmployerRow};
use crate::db::postings::{self, PostingSummary};
use crate::db::users::{self, NewUser};
use crate::db::{choices, outbox};
use crate::domain::FieldError;
use crate::domain::ids::{EmployerId, UserId};
use crate::domain::registration::{EmployerDetailsInput, EmployerSignUpInput, HOME_PROVINCE};
use crate::domain::text::clean_multiline;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::Ctx;
use crate::services::auth::{self, NewSession};
use crate::services::users::hash_password;

pub(crate) fn mail_error(err: askama::Error) -> Error {
    Error::Internal(anyhow::Error::new(err).context("rendering the e-mail"))
}

/// The message for a tax code already registered.
pub const TAX_CODE_TAKEN: &str = "Mã số thuế này đã được đăng ký. Nếu doanh nghiệp đã có tài khoản, hãy đăng nhập hoặc liên hệ Trung tâm / This tax code is already registered. If the enterprise has an account, sign in or contact the Centre";
/// The message for an e-mail address that already signs in to an account.
pub const EMAIL_TAKEN: &str = "E-mail này đã được dùng cho một tài khoản khác; hãy đăng nhập hoặc dùng e-mail khác / This e-mail address already belongs to an account; sign in or use another address";
/// The message for a phone number that already signs in to an account.
pub const PHONE_TAKEN: &str = "Số điện thoại này đã được dùng cho một tài khoản khác / This phone number already belongs to an account";

/// Checks the province and commune codes of a sign-up against the reference data.
async fn check_places(
    conn: &mut sqlx::AnyConnection,
    province: &str,
    commune: &str,
    errors: &mut Vec<FieldError>,
) -> Result<()> {
    if errors.iter().any(|e| e.field == "province_code") {
        return Ok(());
    }
    if !choices::province_exists(conn, province).await? {
        errors.push(FieldError::new(
            "province_code",
            "Chọn tỉnh, thành phố trong danh sách / Choose a province from the list",
        ));
    } else if province == HOME_PROVINCE
        && !errors.iter().any(|e| e.field == "commune_code")
        && !choices::commune_in_province(conn, commune, HOME_PROVINCE).await?
    {
        errors.push(FieldError::new(
            "commune_code",
            "Chọn xã, phường trong tỉnh Lào Cai / Choose a commune of Lào Cai",
        ));
    }
    Ok(())
}

/// Signs an employer up: the enterprise (unverified) and its account in one
/// transaction, a confirmation e-mail queued, and a fresh session.
pub async fn sign_up(
    ctx: &Ctx,
    input: EmployerSignUpInput,
    public_url: &str,
) -> Result<NewSession> {
    let province = input.province_code.trim().to_owned();
    let commune = input.commune_code.trim().to_owned();
    let parsed = input.parse();
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    {
        let mut conn = ctx.db.pool().acquire().await?;
        check_places(&mut conn, &province, &commune, &mut errors).await?;
        if let Ok(form) = &parsed {
            if let Some(tax) = &form.employer.tax_code
                && employers::tax_code_taken(&mut conn, tax.as_str()).await?
            {
                errors.push(FieldError::new("tax_code", TAX_CODE_TAKEN));
            }
            let (email_taken, phone_taken) = employers::login_taken(
                &mut conn,
                form.email.as_ref().map(|e| e.as_str()),
                form.phone.as_ref().map(|p| p.as_str()),
            )
            .await?;
            if email_taken {
                errors.push(FieldError::new("email", EMAIL_TAKEN));
            }
            if phone_taken {
                errors.push(FieldError::new("phone", PHONE_TAKEN));
            }
        }
    }
    let form = match parsed {
        Ok(form) if errors.is_empty() => form,
        _ => return Err(Error::Validation(errors)),
    };
    let password_hash = hash_password(form.password.clone()).await?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let employer_id = employers::insert(&mut tx, &form.employer, now)
        .await
        .map_err(Error::conflict_on_unique(TAX_CODE_TAKEN))?;
    let user_id = users::insert(
        &mut tx,
        &NewUser {
            email: form.email.as_ref().map(|e| e.as_str().to_owned()),
            phone: form.phone.as_ref().map(|p| p.as_str().to_owned()),
            display_name: form.contact_name.clone(),
            password_hash,
            role: Role::Employer,
            commune_code: None,
        },
        now,
    )
    .await
    .map_err(Error::conflict_on_unique(EMAIL_TAKEN))?;
    employers::link_user(&mut tx, user_id, employer_id, now).await?;
    if let Some(email) = &form.email {
        let link = format!("{public_url}{}", crate::web::paths::EMPLOYER_HOME);
        let mail = messages::employer_signed_up(
            email.as_str(),
            &form.contact_name,
            &form.employer.name,
            &link,
            format!("employer-signed-up-{employer_id}"),
        )
        .map_err(mail_error)?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    let session = auth::start_session(&mut tx, user_id, now).await?;
    tx.commit().await?;
    Ok(session)
}

/// The employer an employer account acts for; refused when the account
/// has none.
pub async fn employer_of(ctx: &Ctx, user_id: UserId) -> Result<EmployerId> {
    let mut conn = ctx.db.pool().acquire().await?;
    employers::of_user(&mut conn, user_id)
        .await?
        .ok_or(Error::Forbidden)
}

/// The employer portal's home: the enterprise and its postings.
#[derive(Debug, Clone)]
pub struct Overview {
    pub employer: EmployerRow,
    pub postings: Vec<PostingSummary>,
}

/// Reads the employer portal's home.
pub async fn overview(ctx: &Ctx, employer_id: EmployerId) -> Result<Overview> {
    let mut conn = ctx.db.pool().acquire().await?;
    let employer = employers::find(&mut conn, employer_id)
        .await?
        .ok_or(Error::NotFound)?;
    let postings = postings::list_for_employer(&mut conn, employer_id).await?;
    Ok(Overview { employer, postings })
}

/// What saving an enterprise's details did to its verification.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailsSaved {
    /// Saved; verification is as it was.
    Saved,
    /// Saved, and the changed name or licence sends the employer back to
    /// the staff's verification queue.
    Unverified,
}

/// Saves an employer's own edit of its details, checked as sign-up checks
/// them. The tax code is fixed once verified; a verified employer whose
/// name or licence changes is unverified again.
pub async fn update_details(
    ctx: &Ctx,
    employer_id: EmployerId,
    input: EmployerDetailsInput,
) -> Result<DetailsSaved> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let current = employers::find(&mut tx, employer_id)
        .await?
        .ok_or(Error::NotFound)?;
    let province = input.province_code.trim().to_owned();
    let commune = input.commune_code.trim().to_owned();
    let parsed = input.parse(current.is_verified);
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    check_places(&mut tx, &province, &commune, &mut errors).await?;
    if let Ok(details) = &parsed
        && let Some(tax) = &details.tax_code
        && employers::tax_code_taken_by_other(&mut tx, tax.as_str(), employer_id).await?
    {
        errors.push(FieldError::new("tax_code", TAX_CODE_TAKEN));
    }
    let details = match parsed {
        Ok(details) if errors.is_empty() => details,
        _ => return Err(Error::Validation(errors)),
    };
    let verified = employers::update_details(&mut tx, employer_id, &details, now)
        .await
        .map_err(Error::conflict_on_unique(TAX_CODE_TAKEN))?
        .ok_or(Error::NotFound)?;
    tx.commit().await?;
    Ok(if current.is_verified && !verified {
        DetailsSaved::Unverified
    } else {
        DetailsSaved::Saved
    })
}

/// Signed-up employers waiting for staff to verify them, oldest first.
pub async fn awaiting_verification(ctx: &Ctx) -> Result<Vec<EmployerRow>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(employers::awaiting_verification(&mut conn, 200).await?)
}

/// Verifies an employer and tells it by e-mail.
pub async fn verify(ctx: &Ctx, id: EmployerId, staff: UserId, public_url: &str) -> Result<()> {
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if !employers::verify(&mut tx, id, staff, now).await? {
        return Err(Error::Conflict(
            "Doanh nghiệp này đã được xác minh / This employer is already verified".to_owned(),
        ));
    }
    notify_review(&mut tx, id, None, public_url, now).await?;
    tx.commit().await?;
    Ok(())
}

/// Leaves an employer unverified with the reason, mailed to it.
pub async fn return_for_changes(
    ctx: &Ctx,
    id: EmployerId,
    reason: &str,
    public_url: &str,
) -> Result<()> {
    let reason = clean_multiline(reason);
    if reason.chars().count() < 10 {
        return Err(Error::Validation(vec![FieldError::new(
            "reason",
            "Ghi rõ cần bổ sung gì (ít nhất 10 ký tự) / Say what is missing (at least 10 characters)",
        )]));
    }
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if !employers::set_review_note(&mut tx, id, &reason, now).await? {
        return Err(Error::Conflict(
            "Doanh nghiệp này đã được xác minh / This employer is already verified".to_owned(),
        ));
    }
    notify_review(&mut tx, id, Some(&reason), public_url, now).await?;
    tx.commit().await?;
    Ok(())
}

async fn notify_review(
    conn: &mut sqlx::AnyConnection,
    id: EmployerId,
    reason: Option<&str>,
    public_url: &str,
    now: i64,
) -> Result<()> {
    let employer = employers::find(conn, id).await?.ok_or(Error::NotFound)?;
    if let Some(email) = &employer.email {
        let link = format!("{public_url}{}", crate::web::paths::EMPLOYER_HOME);
        let mail = messages::employer_review(
            email,
            &employer.name,
            reason,
            &link,
            format!("employer-review-{id}-{now}"),
        )
        .map_err(mail_error)?;
        outbox::enqueue_mail(conn, &mail, now).await?;
    }
    Ok(())
}
