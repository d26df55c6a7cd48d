//! The worker registry: staff see every commune, a commune officer only
//! their own. Reading a worker's sensitive fields (household poverty
//! status, ethnicity, citizen ID) is for staff and admins only and is
//! written to the audit log in the same transaction as the read.
//! Registering a worker on their behalf records consent and creates a
//! one-time code with which the worker claims the account.

use argon2::password_hash::rand_core::{OsRng, RngCore};

use crate::db::audit::{self, AuditEntry, AuditRow};
use crate::db::choices::{self, Choice};
use crate::db::registry::{self, RegistryFilter, RegistryRow, SensitiveFields, WorkerProfile};
use crate::db::{claims, employers, moderation, outbox, placements};
use crate::domain::FieldError;
use crate::domain::ids::{UserId, WorkerId};
use crate::domain::registration::{
    CLAIM_VALID_DAYS, HOME_PROVINCE, WorkerRegistrationInput, claim_code, normalize_claim_code,
};
use crate::domain::text::fold;
use crate::domain::user::Role;
use crate::error::{Error, Result};
use crate::mail::messages;
use crate::services::Ctx;
use crate::services::auth::hash;
use crate::services::employers::mail_error;

/// Whose workers a registry user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Scope {
    /// Staff and admins: every commune, and the sensitive fields.
    Centre,
    /// A commune officer: one commune, no sensitive fields.
    Commune(String),
}

/// Someone working in the registry.
#[derive(Debug, Clone)]
pub struct Registrar {
    pub user_id: UserId,
    pub role: Role,
    pub scope: Scope,
}

impl Registrar {
    /// Whether this registrar reads and records sensitive fields.
    pub fn reads_sensitive_data(&self) -> bool {
        self.role.reads_sensitive_data()
    }

    /// Whether a worker of `commune_code` is this registrar's to see.
    pub fn covers(&self, commune_code: &str) -> bool {
        match &self.scope {
            Scope::Centre => true,
            Scope::Commune(own) => own == commune_code,
        }
    }
}

/// The registrar behind an account; refused for roles outside the registry
/// and for a commune officer without a commune.
pub async fn registrar(ctx: &Ctx, user_id: UserId, role: Role) -> Result<Registrar> {
    let scope = match role {
        Role::Staff | Role::Admin => Scope::Centre,
        Role::CommuneOfficer => {
            let mut conn = ctx.db.pool().acquire().await?;
            Scope::Commune(
                registry::commune_of_user(&mut conn, user_id)
                    .await?
                    .ok_or(Error::Forbidden)?,
            )
        }
        Role::Employer | Role::JobSeeker => return Err(Error::Forbidden),
    };
    Ok(Registrar {
        user_id,
        role,
        scope,
    })
}

/// Workers per registry page.
pub const PAGE_SIZE: i64 = 50;

/// One page of the registry.
#[derive(Debug, Clone)]
pub struct RegistryPage {
    pub rows: Vec<RegistryRow>,
    pub total: i64,
    /// The communes the registrar may filter by.
    pub communes: Vec<Choice>,
}

/// Lists workers by name (tone marks optional) and commune, within the
/// registrar's scope. A commune officer's commune filter is always their own.
pub async fn list(
    ctx: &Ctx,
    registrar: &Registrar,
    name: &str,
    commune: &str,
    page: i64,
) -> Result<RegistryPage> {
    let folded = fold(name.trim());
    let commune_code = match &registrar.scope {
        Scope::Commune(own) => Some(own.clone()),
        Scope::Centre => Some(commune.trim().to_owned()).filter(|c| !c.is_empty()),
    };
    let filter = RegistryFilter {
        name_folded: Some(folded).filter(|f| !f.is_empty()),
        commune_code,
    };
    let mut conn = ctx.db.pool().acquire().await?;
    let rows = registry::list(&mut conn, &filter, PAGE_SIZE, (page.max(1) - 1) * PAGE_SIZE).await?;
    let total = registry::count(&mut conn, &filter).await?;
    let communes = choices::communes(&mut conn, HOME_PROVINCE)
        .await?
        .into_iter()
        .filter(|c| registrar.covers(&c.code))
        .collect();
    Ok(RegistryPage {
        rows,
        total,
        communes,
    })
}

/// A worker's page: the profile, and for staff the sensitive fields.
#[derive(Debug, Clone)]
pub struct WorkerPage {
    pub profile: WorkerProfile,
    pub sensitive: Option<SensitiveFields>,
}

/// Reads a worker's page. A worker outside a commune officer's commune is
/// not found. For staff and admins the sensitive fields are read too, and
/// the read is recorded in the audit log in the same transaction.
pub async fn worker(
    ctx: &Ctx,
    registrar: &Registrar,
    id: WorkerId,
    request_id: &str,
) -> Result<WorkerPage> {
    let mut tx = ctx.db.begin().await?;
    let profile = registry::profile(&mut tx, id)
        .await?
        .filter(|p| registrar.covers(&p.commune_code))
        .ok_or(Error::NotFound)?;
    let sensitive = if registrar.reads_sensitive_data() {
        let fields = registry::sensitive(&mut tx, id).await?;
        audit::record(
            &mut tx,
            &AuditEntry {
                actor: Some(registrar.user_id),
                action: "read",
                entity: "worker",
                entity_id: id.get(),
                fields: registry::SENSITIVE_FIELDS,
                request_id,
            },
            ctx.clock.unix(),
        )
        .await?;
        fields
    } else {
        None
    };
    tx.commit().await?;
    Ok(WorkerPage { profile, sensitive })
}

/// The menus of the registration form.
#[derive(Debug, Clone)]
pub struct RegistrationChoices {
    pub communes: Vec<Choice>,
    pub occupations: Vec<Choice>,
    pub ethnicities: Vec<Choice>,
}

/// Reads the menus of the registration form, communes limited to the registrar's.
pub async fn registration_choices(ctx: &Ctx, registrar: &Registrar) -> Result<RegistrationChoices> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(RegistrationChoices {
        communes: choices::communes(&mut conn, HOME_PROVINCE)
            .await?
            .into_iter()
            .filter(|c| registrar.covers(&c.code))
            .collect(),
        occupations: choices::occupations(&mut conn).await?,
        ethnicities: choices::ethnicities(&mut conn).await?,
    })
}

/// A worker just registered, with the code for the printed slip. The code
/// is shown once: only its hash is stored.
#[derive(Debug, Clone)]
pub struct Registered {
    pub worker_id: WorkerId,
    pub full_name: String,
    pub commune_name: String,
    pub login: String,
    pub code: String,
    pub expires_on: time::Date,
    pub mailed: bool,
}

/// The message for a citizen ID already registered.
pub const CITIZEN_ID_TAKEN: &str = "Số CCCD này đã có trong danh sách người lao động; hãy tìm hồ sơ đã có / This citizen ID is already registered; look up the existing record";

/// Registers a worker on their behalf: the worker with consent recorded,
/// their household for staff, and an account claim valid for 30 days,
/// mailed to the worker when they have an e-mail address.
pub async fn register(
    ctx: &Ctx,
    registrar: &Registrar,
    input: WorkerRegistrationInput,
    public_url: &str,
    request_id: &str,
) -> Result<Registered> {
    let today = ctx.clock.today();
    let raw = input.clone();
    let parsed = input.parse(today, registrar.reads_sensitive_data());
    let mut errors = parsed.as_ref().err().cloned().unwrap_or_default();
    let has = |errors: &[FieldError], field| errors.iter().any(|e| e.field == field);
    {
        let mut conn = ctx.db.pool().acquire().await?;
        let commune = raw.commune_code.trim();
        if !has(&errors, "commune_code") {
            if !registrar.covers(commune) {
                errors.push(FieldError::new(
                    "commune_code",
                    "Cán bộ xã chỉ đăng ký người lao động của xã mình / A commune officer registers only workers of their own commune",
                ));
            } else if !choices::commune_in_province(&mut conn, commune, HOME_PROVINCE).await? {
                errors.push(FieldError::new(
                    "commune_code",
                    "Chọn xã, phường trong danh sách / Choose a commune from the list",
                ));
            }
        }
        let ethnicity = raw.ethnicity_code.trim();
        if !ethnicity.is_empty()
            && !has(&errors, "ethnicity_code")
            && !choices::ethnicity_exists(&mut conn, ethnicity).await?
        {
            errors.push(FieldError::new(
                "ethnicity_code",
                "Chọn dân tộc trong danh sách / Choose an ethnic group from the list",
            ));
        }
        for code in raw
            .occupations
            .iter()
            .map(|c| c.trim())
            .filter(|c| !c.is_empty())
        {
            if !has(&errors, "occupations") && !choices::occupation_exists(&mut conn, code).await? {
                errors.push(FieldError::new(
                    "occupations",
                    "Chọn nghề trong danh sách / Choose occupations from the list",
                ));
            }
        }
        if let Ok(worker) = &parsed {
            if let Some(cccd) = &worker.citizen_id
                && registry::citizen_id_taken(&mut conn, cccd.as_str()).await?
            {
                errors.push(FieldError::new("citizen_id", CITIZEN_ID_TAKEN));
            }
            let (phone_taken, email_taken) = registry::contact_taken(
                &mut conn,
                worker.phone.as_ref().map(|p| p.as_str()),
                worker.email.as_ref().map(|e| e.as_str()),
            )
            .await?;
            if phone_taken {
                errors.push(FieldError::new(
                    "phone",
                    "Số điện thoại này đã có trong hồ sơ khác; mỗi người cần số riêng để nhận tài khoản / This phone number is already on another record; each person needs their own to claim an account",
                ));
            }
            if email_taken {
                errors.push(FieldError::new(
                    "email",
                    "E-mail này đã có trong hồ sơ khác / This e-mail address is already on another record",
                ));
            }
        }
    }
    let worker = match parsed {
        Ok(worker) if errors.is_empty() => worker,
        _ => return Err(Error::Validation(errors)),
    };
    let now = ctx.clock.unix();
    let mut random = [0u8; 12];
    OsRng.fill_bytes(&mut random);
    let code = claim_code(&random);
    let expires_at = now + CLAIM_VALID_DAYS * 86_400;
    let expires_on = today + time::Duration::days(CLAIM_VALID_DAYS);
    let mut tx = ctx.db.begin().await?;
    let household = match &worker.household {
        Some(link) => Some(
            registry::link_household(
                &mut tx,
                &link.code,
                &worker.commune_code,
                &worker.village,
                // The form does not ask who heads the household.
                "",
                link.poverty_status.map(|s| (today.year(), s)),
                now,
            )
            .await?,
        ),
        None => None,
    };
    let worker_id = registry::insert(&mut tx, &worker, household, registrar.user_id, now)
        .await
        .map_err(Error::conflict_on_unique(CITIZEN_ID_TAKEN))?;
    outbox::announce_search_change(
        &mut tx,
        ctx.db.backend(),
        outbox::SearchEntity::Worker,
        worker_id.get(),
        now,
    )
    .await?;
    claims::insert(
        &mut tx,
        &hash(&normalize_claim_code(&code)),
        worker_id,
        registrar.user_id,
        expires_at,
        now,
    )
    .await?;
    if registrar.reads_sensitive_data()
        && (worker.citizen_id.is_some() || worker.ethnicity_code.is_some() || household.is_some())
    {
        audit::record(
            &mut tx,
            &AuditEntry {
                actor: Some(registrar.user_id),
                action: "create",
                entity: "worker",
                entity_id: worker_id.get(),
                fields: registry::SENSITIVE_FIELDS,
                request_id,
            },
            now,
        )
        .await?;
    }
    let expires_text = crate::i18n::format_date(expires_on);
    let mailed = if let Some(email) = &worker.email {
        let link = format!("{public_url}{}", crate::web::paths::CLAIM_ACCOUNT);
        let mail = messages::account_claim(
            email.as_str(),
            &worker.full_name,
            &code,
            &expires_text,
            &link,
            format!("account-claim-{worker_id}-{now}"),
        )
        .map_err(mail_error)?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?
    } else {
        false
    };
    let commune_name = registry::commune_name(&mut tx, &worker.commune_code)
        .await?
        .unwrap_or_default();
    tx.commit().await?;
    Ok(Registered {
        worker_id,
        full_name: worker.full_name,
        commune_name,
        login: worker
            .phone
            .as_ref()
            .map(|p| p.formatted())
            .or_else(|| worker.email.as_ref().map(|e| e.as_str().to_owned()))
            .unwrap_or_default(),
        code,
        expires_on,
        mailed,
    })
}

/// Entries of the audit log per page.
pub const AUDIT_PAGE_SIZE: i64 = 100;

/// The audit log, newest first.
pub async fn audit_log(ctx: &Ctx, page: i64) -> Result<Vec<AuditRow>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(audit::recent(
        &mut conn,
        AUDIT_PAGE_SIZE,
        (page.max(1) - 1) * AUDIT_PAGE_SIZE,
    )
    .await?)
}

/// What the staff dashboard counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dashboard {
    pub postings_to_review: i64,
    pub employers_to_verify: i64,
    pub placements_to_verify: i64,
    pub workers: i64,
}

/// Counts what waits for staff.
pub async fn dashboard(ctx: &Ctx) -> Result<Dashboard> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(Dashboard {
        postings_to_review: moderation::count_submitted(&mut conn).await?,
        employers_to_verify: employers::count_awaiting_verification(&mut conn).await?,
        placements_to_verify: placements::count_unverified(&mut conn).await?,
        workers: crate::db::workers::count(&mut conn).await?,
    })
}
