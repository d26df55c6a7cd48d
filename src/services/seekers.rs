//! Job seekers' own use cases: signing up, keeping a profile, seeing and
//! downloading everything stored about them, and deleting the account.

use serde::Serialize;
use sqlx::AnyConnection;

use crate::db::applications::{self, WorkerApplication};
use crate::db::saved_searches::{self, SavedSearch};
use crate::db::seekers::{self, Account, ProfileRow};
use crate::db::{audit, choices, outbox};
use crate::domain::FieldError;
use crate::domain::ids::{UserId, WorkerId};
use crate::domain::seeker::{ANONYMISED_NAME, Profile, ProfileInput, SignUpInput};
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::auth::{self, NewSession};
use crate::services::users::{hash_password, verify_password};
use crate::services::{Ctx, HOME_PROVINCE};
use crate::web::paths;

const EMAIL_TAKEN: &str = "Đã có tài khoản dùng e-mail này. Hãy đăng nhập, hoặc dùng «Quên mật khẩu» / An account already uses this e-mail. Sign in, or use \"Forgot password\"";
const PHONE_TAKEN: &str = "Đã có tài khoản dùng số điện thoại này. Hãy đăng nhập / An account already uses this phone number. Sign in instead";
const NO_COMMUNE: &str =
    "Hãy chọn một xã, phường của tỉnh Lào Cai / Choose a commune of Lào Cai province";

fn internal(err: askama::Error) -> Error {
    Error::Internal(anyhow::Error::new(err).context("rendering the e-mail"))
}

/// Creates a job seeker's worker profile and account in one transaction,
/// mails a confirmation when an e-mail was given, and opens a session.
pub async fn sign_up(ctx: &Ctx, input: SignUpInput, public_url: &str) -> Result<NewSession> {
    let sign_up = input.parse().map_err(Error::Validation)?;
    let email = sign_up.email.as_ref().map(|e| e.as_str().to_owned());
    let phone = sign_up.phone.as_ref().map(|p| p.as_str().to_owned());
    {
        // Checked before the (slow) password hash; checked again by the
        // unique constraints inside the transaction.
        let mut conn = ctx.db.pool().acquire().await?;
        let errors = login_and_commune_errors(
            &mut conn,
            email.as_deref(),
            phone.as_deref(),
            &sign_up.commune_code,
            None,
        )
        .await?;
        if !errors.is_empty() {
            return Err(Error::Validation(errors));
        }
    }
    let password_hash = hash_password(sign_up.password.clone()).await?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let worker_id = seekers::insert_worker(&mut tx, &sign_up, now).await?;
    let user_id = crate::db::users::insert(
        &mut tx,
        &crate::db::users::NewUser {
            email: email.clone(),
            phone,
            display_name: sign_up.full_name.clone(),
            password_hash,
            role: Role::JobSeeker,
            commune_code: None,
        },
        now,
    )
    .await
    .map_err(Error::conflict_on_unique(EMAIL_TAKEN))?;
    seekers::link_user(&mut tx, user_id, worker_id, now).await?;
    if let Some(email) = &email {
        let mail = messages::seeker_welcome(
            email,
            &sign_up.full_name,
            &format!("{public_url}{}", paths::SIGN_IN),
            &format!("{public_url}{}", paths::SEEKER_PROFILE),
            format!("seeker-welcome-{user_id}"),
        )
        .map_err(internal)?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    let session = auth::start_session(&mut tx, user_id, now).await?;
    sqlx::query("UPDATE users SET last_sign_in_at = $2 WHERE id = $1")
        .bind(user_id.get())
        .bind(now)
        .execute(&mut *tx)
        .await?;
    tx.commit().await?;
    tracing::info!(user_id = user_id.get(), "job seeker signed up");
    Ok(session)
}

/// The problems with logins another account uses and with a commune
/// outside the province.
async fn login_and_commune_errors(
    conn: &mut AnyConnection,
    email: Option<&str>,
    phone: Option<&str>,
    commune_code: &str,
    except: Option<UserId>,
) -> Result<Vec<FieldError>> {
    let mut errors = Vec::new();
    let (email_taken, phone_taken) = seekers::taken_logins(conn, email, phone, except).await?;
    if email_taken {
        errors.push(FieldError::new("email", EMAIL_TAKEN));
    }
    if phone_taken {
        errors.push(FieldError::new("phone", PHONE_TAKEN));
    }
    if !choices::commune_in_province(conn, commune_code, HOME_PROVINCE).await? {
        errors.push(FieldError::new("commune_code", NO_COMMUNE));
    }
    Ok(errors)
}

/// The account of a signed-in user.
async fn account_of(conn: &mut AnyConnection, user_id: UserId) -> Result<Account> {
    seekers::account(conn, user_id)
        .await?
        .ok_or(Error::Unauthorized)
}

/// The worker behind a job seeker's account; accounts made without a
/// profile (by an administrator) have none.
pub async fn worker_of(conn: &mut AnyConnection, user_id: UserId) -> Result<WorkerId> {
    account_of(conn, user_id).await?.worker_id.ok_or_else(|| {
        Error::Conflict(
            "Tài khoản này chưa có hồ sơ người lao động; xin liên hệ Trung tâm / This account has no worker profile yet; please contact the Centre"
                .to_owned(),
        )
    })
}

/// What the portal's home page shows.
#[derive(Debug, Clone)]
pub struct Dashboard {
    pub account: Account,
    pub profile: Option<ProfileRow>,
    pub applications: Vec<WorkerApplication>,
    pub saved_searches: Vec<SavedSearch>,
}

/// Reads the portal's home page.
pub async fn dashboard(ctx: &Ctx, user_id: UserId) -> Result<Dashboard> {
    let mut conn = ctx.db.pool().acquire().await?;
    let account = account_of(&mut conn, user_id).await?;
    let (profile, applications) = match account.worker_id {
        Some(worker_id) => (
            seekers::profile(&mut conn, worker_id).await?,
            applications::list_for_worker(&mut conn, worker_id).await?,
        ),
        None => (None, Vec::new()),
    };
    let saved_searches = saved_searches::list_for_user(&mut conn, user_id).await?;
    Ok(Dashboard {
        account,
        profile,
        applications,
        saved_searches,
    })
}

/// A job seeker's profile as stored.
pub async fn profile(ctx: &Ctx, user_id: UserId) -> Result<ProfileRow> {
    let mut conn = ctx.db.pool().acquire().await?;
    let worker_id = worker_of(&mut conn, user_id).await?;
    seekers::profile(&mut conn, worker_id)
        .await?
        .ok_or(Error::NotFound)
}

/// Checks and saves a profile; every problem is reported at once and
/// nothing is saved unless all is well.
pub async fn update_profile(ctx: &Ctx, user_id: UserId, input: ProfileInput) -> Result<()> {
    let profile: Profile = input.parse().map_err(Error::Validation)?;
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let worker_id = worker_of(&mut tx, user_id).await?;
    let email = profile.email.as_ref().map(|e| e.as_str().to_owned());
    let phone = profile.phone.as_ref().map(|p| p.as_str().to_owned());
    let mut errors = login_and_commune_errors(
        &mut tx,
        email.as_deref(),
        phone.as_deref(),
        &profile.commune_code,
        Some(user_id),
    )
    .await?;
    let known = seekers::known_occupations(&mut tx, &profile.occupations).await?;
    if known.len() != profile.occupations.len() {
        errors.push(FieldError::new(
            "occupations",
            "Hãy chọn nghề trong danh sách / Choose occupations from the list",
        ));
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    seekers::update_profile(&mut tx, user_id, worker_id, &profile, now)
        .await
        .map_err(Error::conflict_on_unique(EMAIL_TAKEN))?;
    // Workers are not in the search index (only postings are), so there is
    // no search change to announce.
    tx.commit().await?;
    Ok(())
}

/// Everything stored about a job seeker that they may see, as they may download it.
#[derive(Debug, Clone, Serialize)]
pub struct OwnData {
    pub account: AccountData,
    pub profile: Option<ProfileData>,
    pub applications: Vec<ApplicationData>,
    pub saved_searches: Vec<SavedSearchData>,
}

/// The account part of [`OwnData`].
#[derive(Debug, Clone, Serialize)]
pub struct AccountData {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub display_name: String,
    pub role: String,
    pub created_at: String,
    pub last_sign_in_at: Option<String>,
}

/// The profile part of [`OwnData`].
#[derive(Debug, Clone, Serialize)]
pub struct ProfileData {
    pub full_name: String,
    pub gender: String,
    pub birth_date: Option<String>,
    pub commune_code: String,
    pub commune: String,
    pub district: String,
    pub village: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub occupations: Vec<String>,
    pub skills: String,
    pub education_level: String,
    pub vocational_training: String,
    pub certificates: String,
    pub languages: Vec<LanguageData>,
    pub work_area: String,
    pub expected_salary_vnd: Option<i64>,
    pub availability: String,
    pub driving_licences: Vec<String>,
    pub consent_given_at: Option<String>,
    pub created_at: String,
    pub updated_at: String,
}

/// A language of [`ProfileData`].
#[derive(Debug, Clone, Serialize)]
pub struct LanguageData {
    pub language: String,
    pub level: String,
}

/// An application of [`OwnData`].
#[derive(Debug, Clone, Serialize)]
pub struct ApplicationData {
    pub job_id: i64,
    pub job_title: String,
    pub employer: String,
    pub status: String,
    pub message: String,
    pub applied_at: String,
    pub updated_at: String,
}

/// A saved search of [`OwnData`].
#[derive(Debug, Clone, Serialize)]
pub struct SavedSearchData {
    pub label: String,
    pub query: String,
    pub frequency: String,
    pub alerts_on: bool,
    pub created_at: String,
}

/// An instant as an RFC 3339 time in Vietnam.
fn instant(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .ok()
        .and_then(|t| {
            t.to_offset(crate::clock::VIETNAM)
                .format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

/// Reads everything stored about a job seeker that they may see. Staff-only
/// and sensitive columns (ethnicity, citizen ID, household) are not read.
pub async fn own_data(ctx: &Ctx, user_id: UserId) -> Result<OwnData> {
    let dashboard = dashboard(ctx, user_id).await?;
    let account = &dashboard.account;
    Ok(OwnData {
        account: AccountData {
            email: account.email.clone(),
            phone: account.phone.clone(),
            display_name: account.display_name.clone(),
            role: account.role.clone(),
            created_at: instant(account.created_at),
            last_sign_in_at: account.last_sign_in_at.map(instant),
        },
        profile: dashboard.profile.as_ref().map(|p| ProfileData {
            full_name: p.full_name.clone(),
            gender: p.gender.clone(),
            birth_date: p.birth_date.map(crate::db::date_text),
            commune_code: p.commune_code.clone(),
            commune: p.commune_name.clone(),
            district: p.district_name.clone(),
            village: p.village.clone(),
            phone: p.phone.clone(),
            email: p.email.clone(),
            occupations: p
                .occupations
                .iter()
                .map(|(code, name, _)| format!("{code} {name}"))
                .collect(),
            skills: p.skills.clone(),
            education_level: p.education_level.clone(),
            vocational_training: p.vocational_training.clone(),
            certificates: p.certificates.clone(),
            languages: p
                .languages
                .iter()
                .map(|(language, level)| LanguageData {
                    language: language.clone(),
                    level: level.clone(),
                })
                .collect(),
            work_area: p.work_area.clone(),
            expected_salary_vnd: p.expected_salary,
            availability: p.availability.clone(),
            driving_licences: crate::domain::seeker::licences_from_text(&p.driving_licences),
            consent_given_at: p.consent_at.map(instant),
            created_at: instant(p.created_at),
            updated_at: instant(p.updated_at),
        }),
        applications: dashboard
            .applications
            .iter()
            .map(|a| ApplicationData {
                job_id: a.application.job_id.get(),
                job_title: a.job_title.clone(),
                employer: a.employer_name.clone(),
                status: a.application.status.as_str().to_owned(),
                message: a.application.message.clone(),
                applied_at: instant(a.application.created_at),
                updated_at: instant(a.application.updated_at),
            })
            .collect(),
        saved_searches: dashboard
            .saved_searches
            .iter()
            .map(|s| SavedSearchData {
                label: s.label.clone(),
                query: s.query.clone(),
                frequency: s.frequency.as_str().to_owned(),
                alerts_on: s.is_active,
                created_at: instant(s.created_at),
            })
            .collect(),
    })
}

/// What deleting an account did to the worker behind it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deleted {
    /// The worker row is gone too.
    Everything,
    /// Placements, referrals or other counted records refer to the worker,
    /// so the row stays, without name, contact details or identity numbers.
    Anonymised,
}

/// Deletes a job seeker's account after checking their password: the
/// account with its sessions, saved searches and password resets, the
/// applications that did not end in a hire, and the worker row, which is
/// anonymised instead when the province's counts refer to it.
pub async fn delete_account(ctx: &Ctx, user_id: UserId, password: &str) -> Result<Deleted> {
    let account = {
        let mut conn = ctx.db.pool().acquire().await?;
        account_of(&mut conn, user_id).await?
    };
    if account.role != Role::JobSeeker.as_str() {
        return Err(Error::Forbidden);
    }
    if password.is_empty()
        || !verify_password(password.to_owned(), account.password_hash.clone()).await?
    {
        return Err(Error::Validation(vec![FieldError::new(
            "password",
            "Mật khẩu không đúng / The password is wrong",
        )]));
    }
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    let outcome = match account.worker_id {
        Some(worker_id) => {
            applications::delete_unhired_for_worker(&mut tx, worker_id).await?;
            seekers::delete_user(&mut tx, user_id).await?;
            if seekers::is_counted(&mut tx, worker_id).await? {
                seekers::anonymise_worker(&mut tx, worker_id, ANONYMISED_NAME, now).await?;
                audit::record(
                    &mut tx,
                    &audit::AuditEntry {
                        actor: None,
                        action: "anonymise",
                        entity: "worker",
                        entity_id: worker_id.get(),
                        fields: "full_name,phone,email,citizen_id,birth_date",
                        request_id: "",
                    },
                    now,
                )
                .await?;
                Deleted::Anonymised
            } else {
                seekers::delete_worker(&mut tx, worker_id).await?;
                Deleted::Everything
            }
        }
        None => {
            seekers::delete_user(&mut tx, user_id).await?;
            Deleted::Everything
        }
    };
    tx.commit().await?;
    tracing::info!(user_id = user_id.get(), "job seeker deleted their account");
    Ok(outcome)
}
