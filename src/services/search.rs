//! Searching published postings, and the names that label facets.

use std::collections::HashMap;
use std::sync::LazyLock;

use anyhow::Context;
use sqlx::Row;
use tokio::sync::Semaphore;

use crate::db::{admin_units, reference};
use crate::domain::FieldError;
use crate::domain::admin_unit::Level;
use crate::error::{Error, Result};
use crate::search::{SearchIndex, SearchRequest, SearchResults};
use crate::services::{Ctx, HOME_PROVINCE};

/// How many searches run in the engine at once: one per core. A search is
/// pure computation, so running more at a time than there are cores only
/// makes each one slower and holds more memory (a thread and its buffers
/// per search); the others wait their turn here.
static ENGINE_SLOTS: LazyLock<Semaphore> =
    LazyLock::new(|| Semaphore::new(std::thread::available_parallelism().map_or(2, |n| n.get())));

/// Runs a search off the async threads; a search repeated since the index
/// last changed is answered from the index's memory of recent results
/// without leaving them. A search that finds nothing because a filter names
/// an unknown code (a district, commune, country or occupation) is a
/// validation error saying which.
pub async fn search_jobs(
    ctx: &Ctx,
    index: &SearchIndex,
    request: SearchRequest,
) -> Result<SearchResults> {
    let results = search_index(index, &request).await?;
    if results.total == 0 {
        let unknown = unknown_codes(ctx, &request).await?;
        if !unknown.is_empty() {
            return Err(Error::Validation(unknown));
        }
    }
    Ok(results)
}

/// [`search_jobs`] without the check of codes, for the searches the program
/// makes on its own (the alerts of saved searches), where no one is there
/// to read an error and a code that has left the reference data simply
/// finds nothing.
pub async fn search_index(index: &SearchIndex, request: &SearchRequest) -> Result<SearchResults> {
    if let Some(results) = index.cached(request) {
        return Ok(results);
    }
    let request = request.clone();
    let _slot = ENGINE_SLOTS
        .acquire()
        .await
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("search slots")))?;
    let index = index.clone();
    tokio::task::spawn_blocking(move || index.search_and_remember(&request))
        .await
        .context("search task")
        .map_err(Error::Internal)?
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("search")))
}

/// The code filters of `request` that name nothing in the reference data,
/// each as an error on its field. Such a filter can only find nothing;
/// [`search_jobs`] asks only when a search found nothing, so searches that
/// find something cost no query.
async fn unknown_codes(ctx: &Ctx, request: &SearchRequest) -> Result<Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut conn = ctx.db.pool().acquire().await?;
    if let Some(code) = &request.district_code {
        let unit = admin_units::find(&mut conn, code).await?;
        let known = unit.is_some_and(|unit| {
            unit.level == Level::District && unit.parent_code.as_deref() == Some(HOME_PROVINCE)
        });
        if !known {
            errors.push(FieldError::new(
                "district_code",
                format!(
                    "Không có huyện, thị xã hay thành phố nào của tỉnh mang mã {code} / No district of the province has the code {code}"
                ),
            ));
        }
    }
    if let Some(code) = &request.commune_code {
        // A commune of the province lies in one of its districts or, in a
        // structure without districts, directly in the province.
        let parent = match admin_units::find(&mut conn, code).await? {
            Some(unit) if unit.level == Level::Commune => unit.parent_code,
            _ => None,
        };
        let known = match parent {
            Some(parent) if parent == HOME_PROVINCE => true,
            Some(parent) => admin_units::find(&mut conn, &parent)
                .await?
                .is_some_and(|d| d.parent_code.as_deref() == Some(HOME_PROVINCE)),
            None => false,
        };
        if !known {
            errors.push(FieldError::new(
                "commune_code",
                format!(
                    "Không có xã, phường hay thị trấn nào của tỉnh mang mã {code} / No commune of the province has the code {code}"
                ),
            ));
        }
    }
    if let Some(code) = &request.country_code
        && !reference::reference_codes(&mut conn, "countries")
            .await?
            .contains(code)
    {
        errors.push(FieldError::new(
            "country",
            format!("Không có nước nào mang mã {code} / No country has the code {code}"),
        ));
    }
    if let Some(code) = &request.occupation {
        let codes = reference::reference_codes(&mut conn, "occupations").await?;
        // A group's code begins the codes of its occupations.
        if !codes.iter().any(|known| known.starts_with(code.as_str())) {
            errors.push(FieldError::new(
                "occupation",
                format!(
                    "Không có nghề hay nhóm nghề nào mang mã {code} / No occupation or occupation group has the code {code}"
                ),
            ));
        }
    }
    Ok(errors)
}

/// Names for facet values and filter menus.
#[derive(Debug, Clone, Default)]
pub struct Labels {
    /// The province's districts, in code order: (code, name).
    pub districts: Vec<(String, String)>,
    /// Occupation groups by code.
    pub occupation_groups: HashMap<String, String>,
    /// Countries by ISO code.
    pub countries: HashMap<String, String>,
}

impl Labels {
    /// The name of a district code, or the code itself.
    pub fn district(&self, code: &str) -> String {
        self.districts
            .iter()
            .find(|(c, _)| c == code)
            .map_or_else(|| code.to_owned(), |(_, name)| name.clone())
    }
}

/// Reads the labels (a few dozen rows).
pub async fn labels(ctx: &Ctx) -> Result<Labels> {
    let mut conn = ctx.db.pool().acquire().await?;
    let districts = crate::db::admin_units::children(&mut conn, HOME_PROVINCE)
        .await?
        .into_iter()
        .map(|d| (d.code, d.name_with_type))
        .collect();
    let groups = sqlx::query("SELECT code, name_vi FROM occupations WHERE group_code IS NULL")
        .fetch_all(&mut *conn)
        .await?;
    let countries = sqlx::query("SELECT code, name_vi FROM countries")
        .fetch_all(&mut *conn)
        .await?;
    let pairs = |rows: Vec<sqlx::any::AnyRow>| -> Result<HashMap<String, String>> {
        rows.iter()
            .map(|row| Ok((row.try_get("code")?, row.try_get("name_vi")?)))
            .collect::<std::result::Result<_, sqlx::Error>>()
            .map_err(Error::from)
    };
    Ok(Labels {
        districts,
        occupation_groups: pairs(groups)?,
        countries: pairs(countries)?,
    })
}
