//! Saved searches and their e-mail alerts: saving and deleting a search,
//! finding postings published since a search was last checked, mailing them
//! (immediately or as a daily digest after 07:00), and the one-click
//! unsubscribe link of every alert.

use std::time::Duration;

use tokio::sync::watch;

use crate::db::outbox;
use crate::db::saved_searches::{self, AlertTarget, SavedSearch};
use crate::domain::FieldError;
use crate::domain::alert::{Frequency, canonical_query, clean_label, is_due};
use crate::domain::ids::{JobId, UserId};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::mail::messages::{self, AlertPosting};
use crate::search::{SearchIndex, SearchRequest, Sort};
use crate::services::Ctx;
use crate::services::auth::{hash, random_token};
use crate::web::paths;
use crate::web::search_params::SearchParams;

/// Most searches one account may save.
pub const MAX_SAVED_SEARCHES: i64 = 20;
/// How far before its last check a search looks again, so a posting
/// published just before a check but indexed just after is not missed;
/// postings already sent are recorded and never sent twice.
pub const LOOKBACK_SECS: i64 = 3600;
/// Most postings listed in one alert.
pub const MAX_POSTINGS_PER_MAIL: u32 = 30;

/// The search parameters of a stored query string.
fn params_of(query: &str) -> SearchParams {
    let mut params = SearchParams::default();
    for (key, value) in form_urlencoded::parse(query.as_bytes()) {
        // Paging and dates are the alert's own, not the stored query's.
        if matches!(key.as_ref(), "page" | "per_page" | "posted_since") {
            continue;
        }
        if let Some(slot) = params.slot(&key) {
            *slot = Some(value.into_owned());
        }
    }
    params
}

/// The search a stored (or submitted) query string asks for.
pub fn request_of(query: &str, today: time::Date) -> Result<SearchRequest, Vec<FieldError>> {
    params_of(query).to_request(today)
}

/// The canonical form of a submitted query string of the search page.
pub fn canonical(query: &str) -> String {
    let pairs: Vec<(String, String)> = form_urlencoded::parse(query.as_bytes())
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    canonical_query(pairs.iter().map(|(k, v)| (k.as_str(), v.as_str())))
}

/// Saves a search of the search page for a job seeker's alerts.
pub async fn save_search(
    ctx: &Ctx,
    user_id: UserId,
    label: &str,
    query: &str,
    frequency: &str,
) -> Result<i64> {
    let mut errors = Vec::new();
    let query = canonical(query);
    let request = match request_of(&query, ctx.clock.today()) {
        Ok(request) => Some(request),
        Err(problems) => {
            errors.push(FieldError::new(
                "query",
                format!(
                    "Tìm kiếm này có điều kiện không hợp lệ: {} / This search has an invalid filter",
                    problems
                        .iter()
                        .map(|p| p.message.as_str())
                        .collect::<Vec<_>>()
                        .join("; ")
                ),
            ));
            None
        }
    };
    let fallback = request
        .as_ref()
        .map(|r| r.text.clone())
        .filter(|t| !t.is_empty())
        .unwrap_or_else(|| "Tất cả việc làm / All jobs".to_owned());
    let label = clean_label(label, &fallback)
        .map_err(|err| errors.push(err))
        .ok();
    let frequency = Frequency::parse(frequency.trim());
    if frequency.is_none() {
        errors.push(FieldError::new(
            "frequency",
            "Hãy chọn mỗi ngày hoặc ngay khi có tin / Choose daily or as soon as there is a posting",
        ));
    }
    let (Some(label), Some(frequency)) = (label, frequency) else {
        return Err(Error::Validation(errors));
    };
    if !errors.is_empty() {
        return Err(Error::Validation(errors));
    }
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    if saved_searches::count_for_user(&mut tx, user_id).await? >= MAX_SAVED_SEARCHES {
        return Err(Error::Validation(vec![FieldError::new(
            "label",
            format!(
                "Bạn đã lưu {MAX_SAVED_SEARCHES} tìm kiếm; hãy xoá bớt một tìm kiếm cũ / You have saved {MAX_SAVED_SEARCHES} searches; delete an old one first"
            ),
        )]));
    }
    // The column needs a hash from the start; each e-mail adds its own link.
    let id = saved_searches::insert(
        &mut tx,
        user_id,
        &label,
        &query,
        frequency,
        &hash(&random_token()),
        now,
    )
    .await?;
    tx.commit().await?;
    Ok(id)
}

/// An account's saved searches.
pub async fn list(ctx: &Ctx, user_id: UserId) -> Result<Vec<SavedSearch>> {
    let mut conn = ctx.db.pool().acquire().await?;
    Ok(saved_searches::list_for_user(&mut conn, user_id).await?)
}

/// Deletes one of an account's saved searches.
pub async fn delete(ctx: &Ctx, user_id: UserId, id: i64) -> Result<()> {
    let mut tx = ctx.db.begin().await?;
    if !saved_searches::delete(&mut tx, id, user_id).await? {
        return Err(Error::NotFound);
    }
    tx.commit().await?;
    Ok(())
}

/// Turns off the alerts of the search an unsubscribe link belongs to, at
/// once; `None` when the link is unknown.
pub async fn unsubscribe(ctx: &Ctx, token: &str) -> Result<Option<SavedSearch>> {
    set_by_link(ctx, token, false).await
}

/// Turns the alerts of a link's search back on.
pub async fn resubscribe(ctx: &Ctx, token: &str) -> Result<Option<SavedSearch>> {
    set_by_link(ctx, token, true).await
}

async fn set_by_link(ctx: &Ctx, token: &str, active: bool) -> Result<Option<SavedSearch>> {
    let now = ctx.clock.unix();
    let token_hash = hash(token);
    let mut tx = ctx.db.begin().await?;
    let Some(search) = saved_searches::find_by_link(&mut tx, &token_hash).await? else {
        return Ok(None);
    };
    if search.is_active != active {
        saved_searches::set_active(&mut tx, search.id, active, now).await?;
    }
    let updated = saved_searches::find_by_link(&mut tx, &token_hash).await?;
    tx.commit().await?;
    Ok(updated)
}

/// What one pass of the alerts did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AlertRun {
    /// Alert e-mails queued.
    pub mails: usize,
    /// Postings listed in them.
    pub postings: usize,
}

/// Checks every active saved search that is due at `now`: immediate ones
/// every time, daily ones once 07:00 (Vietnam) has passed since their last
/// check. Postings published since the last check that match, and were not
/// sent for that search before, are recorded and mailed as one e-mail per
/// search, with its own unsubscribe link. Two instances running at once do
/// not both mail a search: each check claims the search first.
pub async fn run_due(
    ctx: &Ctx,
    index: &SearchIndex,
    now: i64,
    public_url: &str,
) -> Result<AlertRun> {
    let targets = {
        let mut conn = ctx.db.pool().acquire().await?;
        saved_searches::active(&mut conn).await?
    };
    let today = time::OffsetDateTime::from_unix_timestamp(now)
        .map(|t| t.to_offset(crate::clock::VIETNAM).date())
        .unwrap_or_else(|_| ctx.clock.today());
    let mut run = AlertRun::default();
    for target in targets {
        let search = &target.search;
        if !is_due(search.frequency, search.last_checked_at, now) {
            continue;
        }
        let hits = match (&target.email, request_of(&search.query, today)) {
            (Some(_), Ok(mut request)) => {
                request.posted_since = Some(
                    search
                        .created_at
                        .max(search.last_checked_at - LOOKBACK_SECS),
                );
                request.sort = Sort::Newest;
                request.page = 1;
                request.per_page = MAX_POSTINGS_PER_MAIL;
                crate::services::search::search_index(index, &request)
                    .await?
                    .items
            }
            // Without an address, or with a search that no longer parses
            // (a code that left the reference data), there is nothing to
            // send; the check still moves on.
            _ => Vec::new(),
        };
        // An immediate search with nothing found need not be written every
        // pass: the look-back still covers it until its check is this old.
        if hits.is_empty()
            && search.frequency == Frequency::Immediate
            && now - search.last_checked_at < LOOKBACK_SECS / 2
        {
            continue;
        }
        let sent = mail_new_hits(ctx, &target, &hits, now, public_url).await?;
        if sent > 0 {
            run.mails += 1;
            run.postings += sent;
        }
    }
    Ok(run)
}

/// Claims a search's check, records which hits are new, and queues the
/// e-mail listing them; returns how many postings it lists.
async fn mail_new_hits(
    ctx: &Ctx,
    target: &AlertTarget,
    hits: &[crate::search::Hit],
    now: i64,
    public_url: &str,
) -> Result<usize> {
    let search = &target.search;
    let mut tx = ctx.db.begin().await?;
    if !saved_searches::claim_check(&mut tx, search.id, search.last_checked_at, now).await? {
        return Ok(0);
    }
    let mut postings = Vec::new();
    for hit in hits {
        if saved_searches::record_hit(&mut tx, search.id, JobId(hit.id), now).await? {
            let money = |v: Option<u64>| v.and_then(|v| crate::domain::values::Vnd::new(v).ok());
            let (lo, hi) = (money(hit.salary_min), money(hit.salary_max));
            postings.push(AlertPosting {
                title: hit.title.clone(),
                employer: hit.employer_name.clone(),
                place: hit.place_name.clone(),
                salary_vi: i18n::format_salary(Lang::Vi, lo, hi),
                salary_en: i18n::format_salary(Lang::En, lo, hi),
                link: format!("{public_url}{}", paths::job(JobId(hit.id))),
            });
        }
    }
    let count = postings.len();
    if let (Some(email), false) = (&target.email, postings.is_empty()) {
        let token = random_token();
        let token_hash = hash(&token);
        saved_searches::add_link(&mut tx, search.id, &token_hash, now).await?;
        let search_link = if search.query.is_empty() {
            format!("{public_url}{}", paths::JOBS)
        } else {
            format!("{public_url}{}?{}", paths::JOBS, search.query)
        };
        let mail = messages::job_alert(
            email,
            &target.display_name,
            &search.label,
            &postings,
            &search_link,
            &format!("{public_url}{}", paths::unsubscribe(&token)),
            format!("job-alert-{}-{now}", search.id),
        )
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("rendering the e-mail")))?;
        outbox::enqueue_mail(&mut tx, &mail, now).await?;
    }
    tx.commit().await?;
    Ok(count)
}

/// Runs the alerts every `interval` until `shutdown` turns true.
pub async fn run(
    ctx: Ctx,
    index: SearchIndex,
    public_url: String,
    interval: Duration,
    mut shutdown: watch::Receiver<bool>,
) {
    loop {
        if *shutdown.borrow() {
            break;
        }
        match run_due(&ctx, &index, ctx.clock.unix(), &public_url).await {
            Ok(run) if run.mails > 0 => {
                tracing::info!(
                    mails = run.mails,
                    postings = run.postings,
                    "job alerts queued"
                );
            }
            Ok(_) => {}
            Err(err) => tracing::error!(error = %err, "job alert pass failed"),
        }
        tokio::select! {
            _ = tokio::time::sleep(interval) => {}
            _ = shutdown.changed() => {}
        }
    }
    tracing::info!("job alerts stopped");
}
