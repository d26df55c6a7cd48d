//! What the home page shows: the province's districts and the newest postings.

use crate::db::admin_units;
use crate::db::jobs::{self, ListFilter};
use crate::domain::admin_unit::DistrictSummary;
use crate::domain::job::JobCard;
use crate::error::Result;
use crate::services::{Ctx, HOME_PROVINCE};

/// The home page's content.
#[derive(Debug, Clone)]
pub struct Overview {
    pub districts: Vec<DistrictSummary>,
    pub newest: Vec<JobCard>,
    pub open_jobs: i64,
}

/// Reads the home page's content.
pub async fn overview(ctx: &Ctx) -> Result<Overview> {
    let today = ctx.clock.today();
    let mut conn = ctx.db.pool().acquire().await?;
    let districts =
        admin_units::district_summaries(&mut conn, HOME_PROVINCE, &crate::db::date_text(today))
            .await?;
    let filter = ListFilter::default();
    let newest = jobs::list_open(&mut conn, today, &filter, 10, 0).await?;
    let open_jobs = jobs::count_open(&mut conn, today, &filter).await?;
    Ok(Overview {
        districts,
        newest,
        open_jobs,
    })
}
