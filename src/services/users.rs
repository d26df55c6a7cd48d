//! Accounts: creating them with a hashed password.

use argon2::password_hash::{PasswordHasher, SaltString, rand_core::OsRng};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::db::users::{self, NewUser, UserSummary};
use crate::domain::FieldError;
use crate::domain::ids::UserId;
use crate::domain::password::check_new_password;
use crate::domain::text::clean_input;
use crate::domain::user::Role;
use crate::domain::values::{Email, PhoneNumber};
use crate::error::{Error, Result};
use crate::services::Ctx;

/// An account as asked for, before checks.
#[derive(Debug, Clone)]
pub struct AccountRequest {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub display_name: String,
    pub role: Role,
    pub commune_code: Option<String>,
}

/// The Argon2id settings: OWASP's recommended minimum (19 MiB, 2 passes).
fn hasher() -> Result<Argon2<'static>> {
    let params = Params::new(19 * 1024, 2, 1, None)
        .map_err(|err| Error::Internal(anyhow::anyhow!("argon2 parameters: {err}")))?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password with Argon2id, off the async threads.
pub async fn hash_password(password: String) -> Result<String> {
    tokio::task::spawn_blocking(move || {
        let salt = SaltString::generate(&mut OsRng);
        hasher()?
            .hash_password(password.as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .map_err(|err| Error::Internal(anyhow::anyhow!("argon2: {err}")))
    })
    .await
    .map_err(|err| Error::Internal(anyhow::anyhow!("hashing task: {err}")))?
}

/// Creates an account. Every problem with the request is reported at once;
/// a duplicate e-mail or phone is a conflict.
pub async fn add_user(ctx: &Ctx, request: AccountRequest, password: String) -> Result<UserId> {
    let mut errors = Vec::new();
    let email = match request
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        Some(text) => match Email::parse(text) {
            Ok(email) => Some(email),
            Err(err) => {
                errors.push(FieldError::new("email", err.to_string()));
                None
            }
        },
        None => None,
    };
    let phone = match request
        .phone
        .as_deref()
        .map(str::trim)
        .filter(|p| !p.is_empty())
    {
        Some(text) => match PhoneNumber::parse(text) {
            Ok(phone) => Some(phone),
            Err(err) => {
                errors.push(FieldError::new("phone", err.to_string()));
                None
            }
        },
        None => None,
    };
    if request.email.as_deref().is_none_or(|e| e.trim().is_empty())
        && request.phone.as_deref().is_none_or(|p| p.trim().is_empty())
    {
        errors.push(FieldError::new(
            "email",
            "Cần có e-mail hoặc số điện thoại để đăng nhập / An e-mail address or phone number is needed to sign in",
        ));
    }
    let display_name = clean_input(&request.display_name);
    if display_name.chars().count() < 2 {
        errors.push(FieldError::new(
            "display_name",
            "Họ tên cần ít nhất 2 ký tự / The name needs at least 2 characters",
        ));
    }
    if request.role == Role::CommuneOfficer && request.commune_code.is_none() {
        errors.push(FieldError::new(
            "commune_code",
            "Cán bộ xã cần được gắn với một xã / A commune officer must belong to a commune",
        ));
    }
    if let Err(err) = check_new_password(&password) {
        errors.push(err);
    }
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let password_hash = hash_password(password).await?;
    let user = NewUser {
        email: email.map(|e| e.as_str().to_owned()),
        phone: phone.map(|p| p.as_str().to_owned()),
        display_name,
        password_hash,
        role: request.role,
        commune_code: request.commune_code,
    };
    let mut tx = ctx.db.begin().await?;
    let id = users::insert(&mut tx, &user, ctx.clock.unix())
        .await
        .map_err(Error::conflict_on_unique(
            "Đã có tài khoản với e-mail hoặc số điện thoại này / An account with this e-mail or phone already exists",
        ))?;
    tx.commit().await?;
    Ok(id)
}

/// Every account, for admins.
pub async fn list_users(ctx: &Ctx) -> Result<Vec<UserSummary>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(users::list(&mut conn).await?)
}

/// Checks a password against the stored Argon2 hash, off the async threads.
pub async fn verify_password(password: String, stored_hash: String) -> Result<bool> {
    tokio::task::spawn_blocking(move || {
        use argon2::password_hash::{PasswordHash, PasswordVerifier};
        let parsed = PasswordHash::new(&stored_hash)
            .map_err(|err| Error::Internal(anyhow::anyhow!("stored hash: {err}")))?;
        Ok(hasher()?
            .verify_password(password.as_bytes(), &parsed)
            .is_ok())
    })
    .await
    .map_err(|err| Error::Internal(anyhow::anyhow!("verifying task: {err}")))?
}
