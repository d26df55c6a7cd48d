//! A job seeker's own rows: the worker created at sign-up, the profile they
//! edit (with its occupations and languages), the account behind it, and
//! what deleting the account removes or anonymises. Nothing here reads the
//! sensitive columns (ethnicity, citizen ID, household).

use sqlx::{AnyConnection, Row};

use crate::db::parse_date_text;
use crate::domain::ids::{UserId, WorkerId};
use crate::domain::seeker::{Profile, SignUp};

/// Inserts the worker of a self sign-up, with the time consent was given.
pub async fn insert_worker(
    conn: &mut AnyConnection,
    sign_up: &SignUp,
    now: i64,
) -> Result<WorkerId, sqlx::Error> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO workers (full_name, full_name_folded, gender, commune_code, phone, email, \
         education_level, vocational_training, consent_at, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, $9) RETURNING id",
    )
    .bind(&sign_up.full_name)
    .bind(&sign_up.full_name_folded)
    .bind(sign_up.gender.as_str())
    .bind(&sign_up.commune_code)
    .bind(sign_up.phone.as_ref().map(|p| p.as_str().to_owned()))
    .bind(sign_up.email.as_ref().map(|e| e.as_str().to_owned()))
    .bind(sign_up.education_level.as_str())
    .bind(sign_up.vocational_training.as_str())
    .bind(now)
    .fetch_one(&mut *conn)
    .await?;
    Ok(WorkerId(id))
}

/// Ties an account to its worker.
pub async fn link_user(
    conn: &mut AnyConnection,
    user_id: UserId,
    worker_id: WorkerId,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query("UPDATE users SET worker_id = $2, updated_at = $3 WHERE id = $1")
        .bind(user_id.get())
        .bind(worker_id.get())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Which of an e-mail and a phone number another account (not `except`) already uses.
pub async fn taken_logins(
    conn: &mut AnyConnection,
    email: Option<&str>,
    phone: Option<&str>,
    except: Option<UserId>,
) -> Result<(bool, bool), sqlx::Error> {
    let except = except.map_or(0, UserId::get);
    let email_taken: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE email = $1 AND id <> $2")
            .bind(email)
            .bind(except)
            .fetch_one(&mut *conn)
            .await?;
    let phone_taken: i64 =
        sqlx::query_scalar("SELECT COUNT(*) FROM users WHERE phone = $1 AND id <> $2")
            .bind(phone)
            .bind(except)
            .fetch_one(&mut *conn)
            .await?;
    Ok((
        email.is_some() && email_taken > 0,
        phone.is_some() && phone_taken > 0,
    ))
}

/// The account of a signed-in user as they may see it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub user_id: UserId,
    pub worker_id: Option<WorkerId>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub display_name: String,
    pub role: String,
    pub password_hash: String,
    pub created_at: i64,
    pub last_sign_in_at: Option<i64>,
}

/// An account by id.
pub async fn account(
    conn: &mut AnyConnection,
    user_id: UserId,
) -> Result<Option<Account>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT id, worker_id, email, phone, display_name, role, password_hash, created_at, \
         last_sign_in_at FROM users WHERE id = $1",
    )
    .bind(user_id.get())
    .fetch_optional(&mut *conn)
    .await?;
    row.map(|row| {
        Ok(Account {
            user_id: UserId(row.try_get("id")?),
            worker_id: row.try_get::<Option<i64>, _>("worker_id")?.map(WorkerId),
            email: row.try_get("email")?,
            phone: row.try_get("phone")?,
            display_name: row.try_get("display_name")?,
            role: row.try_get("role")?,
            password_hash: row.try_get("password_hash")?,
            created_at: row.try_get("created_at")?,
            last_sign_in_at: row.try_get("last_sign_in_at")?,
        })
    })
    .transpose()
}

/// A profile as stored, with names for its codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRow {
    pub worker_id: WorkerId,
    pub full_name: String,
    pub gender: String,
    pub birth_date: Option<time::Date>,
    pub commune_code: String,
    pub commune_name: String,
    pub district_name: String,
    pub village: String,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub education_level: String,
    pub vocational_training: String,
    pub skills: String,
    pub certificates: String,
    pub work_area: String,
    pub expected_salary: Option<i64>,
    pub availability: String,
    pub driving_licences: String,
    pub consent_at: Option<i64>,
    pub created_at: i64,
    pub updated_at: i64,
    /// (code, Vietnamese name, English name), by code.
    pub occupations: Vec<(String, String, String)>,
    /// (language code, level), as stored.
    pub languages: Vec<(String, String)>,
}

/// A worker's profile. Only the columns a job seeker may see are read.
pub async fn profile(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<Option<ProfileRow>, sqlx::Error> {
    let Some(row) = sqlx::query(
        "SELECT w.id, w.full_name, w.gender, w.birth_date, w.commune_code, \
         COALESCE(c.name_with_type, '') AS commune_name, COALESCE(d.name_with_type, '') AS district_name, \
         w.village, w.phone, w.email, w.education_level, w.vocational_training, w.skills, w.certificates, \
         w.work_area, w.expected_salary, w.availability, w.driving_licences, w.consent_at, \
         w.created_at, w.updated_at \
         FROM workers w LEFT JOIN admin_units c ON c.code = w.commune_code \
         LEFT JOIN admin_units d ON d.code = c.parent_code WHERE w.id = $1",
    )
    .bind(worker_id.get())
    .fetch_optional(&mut *conn)
    .await?
    else {
        return Ok(None);
    };
    let occupations = sqlx::query(
        "SELECT o.code, o.name_vi, o.name_en FROM worker_occupations wo \
         JOIN occupations o ON o.code = wo.occupation_code WHERE wo.worker_id = $1 ORDER BY o.code",
    )
    .bind(worker_id.get())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| {
        Ok((
            r.try_get("code")?,
            r.try_get("name_vi")?,
            r.try_get("name_en")?,
        ))
    })
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let languages = sqlx::query(
        "SELECT language, level FROM worker_languages WHERE worker_id = $1 ORDER BY language",
    )
    .bind(worker_id.get())
    .fetch_all(&mut *conn)
    .await?
    .iter()
    .map(|r| Ok((r.try_get("language")?, r.try_get("level")?)))
    .collect::<Result<Vec<_>, sqlx::Error>>()?;
    let birth_date: Option<String> = row.try_get("birth_date")?;
    Ok(Some(ProfileRow {
        worker_id: WorkerId(row.try_get("id")?),
        full_name: row.try_get("full_name")?,
        gender: row.try_get("gender")?,
        birth_date: birth_date.as_deref().and_then(parse_date_text),
        commune_code: row.try_get("commune_code")?,
        commune_name: row.try_get("commune_name")?,
        district_name: row.try_get("district_name")?,
        village: row.try_get("village")?,
        phone: row.try_get("phone")?,
        email: row.try_get("email")?,
        education_level: row.try_get("education_level")?,
        vocational_training: row.try_get("vocational_training")?,
        skills: row.try_get("skills")?,
        certificates: row.try_get("certificates")?,
        work_area: row.try_get("work_area")?,
        expected_salary: row.try_get("expected_salary")?,
        availability: row.try_get("availability")?,
        driving_licences: row.try_get("driving_licences")?,
        consent_at: row.try_get("consent_at")?,
        created_at: row.try_get("created_at")?,
        updated_at: row.try_get("updated_at")?,
        occupations,
        languages,
    }))
}

/// Which of `codes` are occupations (four-digit unit groups) of the reference list.
pub async fn known_occupations(
    conn: &mut AnyConnection,
    codes: &[String],
) -> Result<Vec<String>, sqlx::Error> {
    let mut known = Vec::new();
    for code in codes {
        let n: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM occupations WHERE code = $1 AND group_code IS NOT NULL",
        )
        .bind(code)
        .fetch_one(&mut *conn)
        .await?;
        if n > 0 {
            known.push(code.clone());
        }
    }
    Ok(known)
}

/// Writes a profile: the worker's columns, their occupations and languages,
/// and the account's login and display name.
pub async fn update_profile(
    conn: &mut AnyConnection,
    user_id: UserId,
    worker_id: WorkerId,
    profile: &Profile,
    now: i64,
) -> Result<(), sqlx::Error> {
    let (outside_province, abroad) = profile.work_area.reach();
    let email = profile.email.as_ref().map(|e| e.as_str().to_owned());
    let phone = profile.phone.as_ref().map(|p| p.as_str().to_owned());
    sqlx::query(
        "UPDATE workers SET full_name = $2, full_name_folded = $3, gender = $4, commune_code = $5, \
         phone = $6, email = $7, skills = $8, education_level = $9, vocational_training = $10, \
         certificates = $11, work_area = $12, expected_salary = $13, availability = $14, \
         driving_licences = $15, willing_outside_province = $16, willing_abroad = $17, updated_at = $18 \
         WHERE id = $1",
    )
    .bind(worker_id.get())
    .bind(&profile.full_name)
    .bind(&profile.full_name_folded)
    .bind(profile.gender.as_str())
    .bind(&profile.commune_code)
    .bind(phone.as_deref())
    .bind(email.as_deref())
    .bind(&profile.skills)
    .bind(profile.education_level.as_str())
    .bind(profile.vocational_training.as_str())
    .bind(&profile.certificates)
    .bind(profile.work_area.as_str())
    .bind(
        profile
            .expected_salary
            .map(|v| i64::try_from(v.value()).unwrap_or(i64::MAX)),
    )
    .bind(profile.availability.as_str())
    .bind(profile.driving_licences.join(","))
    .bind(crate::db::flag(outside_province))
    .bind(crate::db::flag(abroad))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM worker_occupations WHERE worker_id = $1")
        .bind(worker_id.get())
        .execute(&mut *conn)
        .await?;
    for code in &profile.occupations {
        sqlx::query(
            "INSERT INTO worker_occupations (worker_id, occupation_code, created_at) VALUES ($1, $2, $3)",
        )
        .bind(worker_id.get())
        .bind(code)
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query("DELETE FROM worker_languages WHERE worker_id = $1")
        .bind(worker_id.get())
        .execute(&mut *conn)
        .await?;
    for (language, level) in &profile.languages {
        sqlx::query(
            "INSERT INTO worker_languages (worker_id, language, level, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(worker_id.get())
        .bind(language)
        .bind(level.as_str())
        .bind(now)
        .execute(&mut *conn)
        .await?;
    }
    sqlx::query(
        "UPDATE users SET email = $2, phone = $3, display_name = $4, updated_at = $5 WHERE id = $1",
    )
    .bind(user_id.get())
    .bind(email.as_deref())
    .bind(phone.as_deref())
    .bind(&profile.full_name)
    .bind(now)
    .execute(&mut *conn)
    .await?;
    Ok(())
}

/// Whether anything the province counts (placements, referrals, fairs,
/// counselling, hired applications) refers to this worker.
pub async fn is_counted(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<bool, sqlx::Error> {
    let n: i64 = sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM placements WHERE worker_id = $1) \
         + (SELECT COUNT(*) FROM referrals WHERE worker_id = $1) \
         + (SELECT COUNT(*) FROM fair_registrations WHERE worker_id = $1) \
         + (SELECT COUNT(*) FROM counselling_attendance WHERE worker_id = $1) \
         + (SELECT COUNT(*) FROM applications WHERE worker_id = $1)",
    )
    .bind(worker_id.get())
    .fetch_one(&mut *conn)
    .await?;
    Ok(n > 0)
}

/// Replaces the worker's name and clears what identifies or describes them
/// personally, keeping what the province's counts rest on (commune, gender,
/// the rows that refer to the worker).
pub async fn anonymise_worker(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
    name: &str,
    now: i64,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "UPDATE workers SET full_name = $2, full_name_folded = $3, phone = NULL, email = NULL, \
         citizen_id = NULL, birth_date = NULL, village = '', skills = '', certificates = '', \
         driving_licences = '', expected_salary = NULL, consent_note = '', updated_at = $4 WHERE id = $1",
    )
    .bind(worker_id.get())
    .bind(name)
    .bind(crate::domain::text::fold(name))
    .bind(now)
    .execute(&mut *conn)
    .await?;
    sqlx::query("DELETE FROM worker_languages WHERE worker_id = $1")
        .bind(worker_id.get())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Deletes a worker nothing counts on (their occupations, languages and
/// claims go with them).
pub async fn delete_worker(
    conn: &mut AnyConnection,
    worker_id: WorkerId,
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM workers WHERE id = $1")
        .bind(worker_id.get())
        .execute(&mut *conn)
        .await?;
    Ok(())
}

/// Deletes an account; its sessions, saved searches and password resets go with it.
pub async fn delete_user(conn: &mut AnyConnection, user_id: UserId) -> Result<(), sqlx::Error> {
    // Saved searches and resets cascade, but are removed explicitly so the
    // intent does not rest on a foreign-key setting.
    for sql in [
        "DELETE FROM saved_searches WHERE user_id = $1",
        "DELETE FROM password_resets WHERE user_id = $1",
        "DELETE FROM sessions WHERE user_id = $1",
        "DELETE FROM users WHERE id = $1",
    ] {
        sqlx::query(sql)
            .bind(user_id.get())
            .execute(&mut *conn)
            .await?;
    }
    Ok(())
}
