//! `vieclam demo`: deterministic, realistic demo data for Lào Cai —
//! employers of the province's real sectors, their postings, households with
//! a believable share of poor and near-poor ones by district, workers, job
//! fairs and counselling sessions. The same seed always gives the same data.

pub mod rng;
pub mod vocab;

use std::collections::HashMap;
use std::fmt;
use std::time::{Duration, Instant};

use anyhow::{Context, bail};
use indicatif::{ProgressBar, ProgressStyle};
use sqlx::AnyConnection;

use crate::db::bulk::BulkInsert;
use crate::db::{Db, date_text, flag};
use crate::domain::admin_unit::AdminUnit;
use crate::domain::text::fold;
use crate::domain::values::TaxCode;
use crate::services::{Ctx, HOME_PROVINCE};
use rng::Rng;
use vocab::{Place, Sector};

/// What to generate.
#[derive(Debug, Clone)]
pub struct DemoOptions {
    pub jobs: u64,
    pub workers: u64,
    pub seed: u64,
    /// Show a progress bar on stderr.
    pub progress: bool,
}

/// What was generated, and how long it took.
#[derive(Debug, Clone)]
pub struct DemoSummary {
    pub backend: &'static str,
    pub employers: u64,
    pub jobs: u64,
    pub households: u64,
    pub workers: u64,
    pub fairs: u64,
    pub counselling_sessions: u64,
    pub elapsed: Duration,
}

impl fmt::Display for DemoSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} doanh nghiệp/employers, {} tin tuyển dụng/jobs, {} hộ/households, {} người lao động/workers, \
             {} phiên giao dịch/fairs, {} buổi tư vấn/counselling sessions in {:.1} s",
            self.backend,
            self.employers,
            self.jobs,
            self.households,
            self.workers,
            self.fairs,
            self.counselling_sessions,
            self.elapsed.as_secs_f64()
        )
    }
}

/// Whether the database has no employers and no postings yet.
pub async fn is_empty(ctx: &Ctx) -> anyhow::Result<bool> {
    let mut conn = ctx.db.pool().acquire().await?;
    let rows: i64 =
        sqlx::query_scalar("SELECT (SELECT COUNT(*) FROM employers) + (SELECT COUNT(*) FROM jobs) + (SELECT COUNT(*) FROM workers)")
            .fetch_one(&mut *conn)
            .await?;
    Ok(rows == 0)
}

/// Rows written per transaction: big enough to amortise the commit, small
/// enough to keep SQLite's write-ahead log modest.
const ROWS_PER_TRANSACTION: u64 = 25_000;

/// Fills an empty database.
pub async fn generate(ctx: &Ctx, options: &DemoOptions) -> anyhow::Result<DemoSummary> {
    if !is_empty(ctx).await? {
        bail!(
            "cơ sở dữ liệu đã có doanh nghiệp, tin tuyển dụng hoặc người lao động; dữ liệu mẫu chỉ nạp vào cơ sở dữ liệu trống \
             / the database already has employers, postings or workers; demo data only goes into an empty database"
        );
    }
    let started = Instant::now();
    let place = Places::load(&ctx.db).await?;
    let total_rows = options.jobs + options.workers;
    let bar = progress_bar(options.progress, total_rows);
    let employers = employer_count(options.jobs);
    let generator = Generator {
        ctx,
        options,
        place: &place,
        bar: &bar,
    };
    let employer_rows = generator.employers(employers).await?;
    generator.jobs(&employer_rows).await?;
    let (households, workers) = generator.households_and_workers().await?;
    let (fairs, sessions) = generator.fairs_and_counselling().await?;
    // Fresh statistics, so the query planners see the new row counts; on
    // PostgreSQL also the visibility map, so counts can be index-only scans.
    let analyze = match ctx.db.backend() {
        crate::db::Backend::Sqlite => "ANALYZE",
        crate::db::Backend::Postgres => "VACUUM ANALYZE",
    };
    sqlx::raw_sql(analyze).execute(ctx.db.pool()).await?;
    bar.finish_and_clear();
    Ok(DemoSummary {
        backend: ctx.db.backend().name(),
        employers,
        jobs: options.jobs,
        households,
        workers,
        fairs,
        counselling_sessions: sessions,
        elapsed: started.elapsed(),
    })
}

fn progress_bar(visible: bool, total: u64) -> ProgressBar {
    if !visible {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::new(total);
    if let Ok(style) = ProgressStyle::with_template(
        "{spinner} {msg:<28} [{bar:40}] {human_pos}/{human_len} ({per_sec}, còn/eta {eta})",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Enough employers for the postings, and at least the plan's 150.
fn employer_count(jobs: u64) -> u64 {
    (jobs / 150).clamp(160, 20_000)
}

/// The province's communes, grouped by district.
struct Places {
    communes: Vec<AdminUnit>,
    by_district: HashMap<String, Vec<usize>>,
    district_names: HashMap<String, String>,
}

impl Places {
    async fn load(db: &Db) -> anyhow::Result<Self> {
        let mut conn = db.pool().acquire().await?;
        let communes =
            crate::db::admin_units::communes_of_province(&mut conn, HOME_PROVINCE).await?;
        let districts = crate::db::admin_units::children(&mut conn, HOME_PROVINCE).await?;
        if communes.is_empty() {
            bail!("chưa có dữ liệu xã của tỉnh / the province's communes are not loaded");
        }
        let mut by_district: HashMap<String, Vec<usize>> = HashMap::new();
        for (index, commune) in communes.iter().enumerate() {
            if let Some(parent) = &commune.parent_code {
                by_district.entry(parent.clone()).or_default().push(index);
            }
        }
        Ok(Self {
            communes,
            by_district,
            district_names: districts
                .into_iter()
                .map(|d| (d.code, d.name_with_type))
                .collect(),
        })
    }

    /// A commune of `district` (any commune if the district is unknown).
    fn commune_in(&self, rng: &mut Rng, district: &str) -> &AdminUnit {
        let index = self
            .by_district
            .get(district)
            .and_then(|list| rng.pick(list).copied())
            .unwrap_or_else(|| rng.below(self.communes.len() as u64) as usize);
        &self.communes[index.min(self.communes.len() - 1)]
    }

    fn any_commune(&self, rng: &mut Rng) -> &AdminUnit {
        let index = rng.below(self.communes.len() as u64) as usize;
        &self.communes[index.min(self.communes.len() - 1)]
    }

    fn district_name(&self, code: &str) -> &str {
        self.district_names.get(code).map_or("", String::as_str)
    }
}

/// An employer as the job generator needs it.
struct EmployerRow {
    id: i64,
    sector: Sector,
    district: &'static str,
}

struct Generator<'a> {
    ctx: &'a Ctx,
    options: &'a DemoOptions,
    place: &'a Places,
    bar: &'a ProgressBar,
}

fn sector_name(sector: Sector) -> &'static str {
    match sector {
        Sector::IndustrialZone => "Khu công nghiệp",
        Sector::Mining => "Khai khoáng",
        Sector::TeaAndCinnamon => "Chè, quế",
        Sector::Agriculture => "Nông, lâm nghiệp",
        Sector::Tourism => "Du lịch, khách sạn",
        Sector::BorderTrade => "Thương mại cửa khẩu, logistics",
        Sector::Construction => "Xây dựng",
        Sector::Transport => "Vận tải",
        Sector::Services => "Dịch vụ",
        Sector::Health => "Y tế",
        Sector::Education => "Giáo dục",
        Sector::OverseasLabour => "Đưa người lao động đi làm việc ở nước ngoài",
    }
}

/// A valid, unique 10-digit tax code for the `n`th demo employer.
fn demo_tax_code(n: u64) -> Option<TaxCode> {
    (0..3).find_map(|k| {
        let base = format!("{:09}", 530_000_000 + n * 3 + k);
        let check = TaxCode::check_digit(&base)?;
        TaxCode::parse(&format!("{base}{check}")).ok()
    })
}

impl Generator<'_> {
    async fn begin(&self) -> anyhow::Result<crate::db::Tx> {
        self.ctx.db.begin().await.context("starting a transaction")
    }

    async fn employers(&self, count: u64) -> anyhow::Result<Vec<EmployerRow>> {
        let backend = self.ctx.db.backend();
        self.bar.set_message("doanh nghiệp / employers");
        let mut rng = Rng::stream(self.options.seed, 1);
        let now = self.ctx.clock.unix();
        let mut rows = Vec::with_capacity(count as usize);
        let mut tx = self.begin().await?;
        let mut insert = BulkInsert::new(
            backend,
            "employers",
            &[
                "id",
                "name",
                "name_folded",
                "tax_code",
                "sector",
                "is_verified",
                "overseas_licence_no",
                "commune_code",
                "province_code",
                "address",
                "phone",
                "email",
                "created_at",
                "updated_at",
            ],
        );
        let templates = vocab::EMPLOYERS;
        for n in 0..count {
            let template = &templates[(n as usize) % templates.len()];
            let round = n as usize / templates.len();
            let commune = self.place.commune_in(&mut rng, template.district);
            let name = if round == 0 {
                template.name.to_owned()
            } else {
                format!(
                    "{} – Chi nhánh {} số {}",
                    template.name, commune.name, round
                )
            };
            let id = i64::try_from(n + 1)?;
            let village = rng
                .pick(vocab::VILLAGE_NAMES)
                .copied()
                .unwrap_or("Trung tâm");
            let address = format!(
                "{} {}, {}, {}, tỉnh Lào Cai",
                rng.pick(vocab::VILLAGE_PREFIXES).copied().unwrap_or("Thôn"),
                village,
                commune.name_with_type,
                self.place.district_name(template.district)
            );
            insert.push(id)?;
            let folded = fold(&name);
            insert.push(name)?;
            insert.push(folded)?;
            insert.push(demo_tax_code(n).map(|t| t.as_str().to_owned()))?;
            insert.push(sector_name(template.sector))?;
            insert.push(flag(rng.chance(0.85)))?;
            insert.push(
                template
                    .overseas_licence
                    .then(|| format!("{:03}/LĐTBXH-GPHĐ", 1 + n % 400)),
            )?;
            insert.push(commune.code.clone())?;
            insert.push(HOME_PROVINCE)?;
            insert.push(address)?;
            insert.push(format!(
                "0214 3{:03} {:03}",
                rng.below(1000),
                rng.below(1000)
            ))?;
            insert.push(format!("tuyendung{}@example.com", n + 1))?;
            insert.push(now)?;
            insert.push(now)?;
            insert.flush_if_full(&mut tx).await?;
            rows.push(EmployerRow {
                id,
                sector: template.sector,
                district: template.district,
            });
        }
        insert.flush(&mut tx).await?;
        self.ctx.db.resync_id_sequence(&mut tx, "employers").await?;
        tx.commit().await?;
        Ok(rows)
    }
}

/// The share of postings in each status: most are open.
fn job_status(rng: &mut Rng) -> &'static str {
    match rng.below(100) {
        0..=1 => "draft",
        2..=4 => "submitted",
        5..=8 => "closed",
        9..=14 => "expired",
        _ => "published",
    }
}

/// A salary near the template's range, rounded to 100.000 đ.
fn jitter_salary(rng: &mut Rng, value: u64) -> u64 {
    if value == 0 {
        return 0;
    }
    let spread = value / 10;
    let jittered = value - spread + rng.below(2 * spread + 1);
    jittered / 100_000 * 100_000
}

impl Generator<'_> {
    async fn jobs(&self, employers: &[EmployerRow]) -> anyhow::Result<()> {
        let backend = self.ctx.db.backend();
        self.bar.set_message("tin tuyển dụng / jobs");
        let mut rng = Rng::stream(self.options.seed, 2);
        let now = self.ctx.clock.unix();
        let today = self.ctx.clock.today();
        let mut by_sector: HashMap<Sector, Vec<usize>> = HashMap::new();
        for (index, employer) in employers.iter().enumerate() {
            by_sector.entry(employer.sector).or_default().push(index);
        }
        let columns: &'static [&'static str] = &[
            "id",
            "employer_id",
            "external_ref",
            "title",
            "description",
            "occupation_code",
            "salary_min",
            "salary_max",
            "quantity",
            "work_location",
            "commune_code",
            "district_code",
            "province_code",
            "country_code",
            "employment_type",
            "deadline",
            "status",
            "published_at",
            "created_at",
            "updated_at",
        ];
        let country_of: HashMap<&str, &str> = vocab::TEMPLATE_COUNTRY.iter().copied().collect();
        let province_of: HashMap<&str, &str> = vocab::TEMPLATE_PROVINCE.iter().copied().collect();
        let mut insert = BulkInsert::new(backend, "jobs", columns);
        let mut tx = self.begin().await?;
        for n in 0..self.options.jobs {
            let template = rng.pick(vocab::JOB_TEMPLATES).context("no job templates")?;
            let employer = by_sector
                .get(&template.sector)
                .and_then(|list| rng.pick(list))
                .and_then(|&i| employers.get(i))
                .or_else(|| rng.pick(employers))
                .context("no employers")?;
            let (location, commune, district, province, country) = match template.place {
                Place::InProvince => {
                    let commune = if rng.chance(0.7) {
                        self.place.commune_in(&mut rng, employer.district)
                    } else {
                        self.place.any_commune(&mut rng)
                    };
                    (
                        "in_province",
                        Some(commune.code.clone()),
                        commune.parent_code.clone(),
                        None,
                        None,
                    )
                }
                Place::OtherProvince => (
                    "in_vietnam",
                    None,
                    None,
                    province_of
                        .get(template.title)
                        .copied()
                        .or_else(|| rng.weighted(vocab::OTHER_PROVINCES).copied())
                        .map(str::to_owned),
                    None,
                ),
                Place::Abroad => (
                    "abroad",
                    None,
                    None,
                    None,
                    country_of
                        .get(template.title)
                        .copied()
                        .or_else(|| rng.weighted(vocab::ABROAD_COUNTRIES).copied())
                        .map(str::to_owned),
                ),
            };
            let status = job_status(&mut rng);
            let age_days = rng.below(120) as i64;
            let published_day = today - time::Duration::days(age_days);
            let deadline = if status == "expired" {
                Some(today - time::Duration::days(1 + rng.below(30) as i64))
            } else if rng.chance(0.9) {
                Some(published_day + time::Duration::days(30 + rng.below(90) as i64))
            } else {
                None
            };
            let (salary_min, salary_max) = match (template.salary_min, template.salary_max) {
                (0, 0) => (None, None),
                (lo, hi) => {
                    let lo = jitter_salary(&mut rng, lo);
                    let hi = jitter_salary(&mut rng, hi).max(lo);
                    (Some(i64::try_from(lo)?), Some(i64::try_from(hi)?))
                }
            };
            let created = now - age_days * 86_400 - rng.below(86_400) as i64;
            insert.push(i64::try_from(n + 1)?)?;
            insert.push(employer.id)?;
            insert.push(format!("demo-{}-{}", self.options.seed, n + 1))?;
            insert.push(template.title)?;
            insert.push(template.description)?;
            insert.push(template.occupation)?;
            insert.push(salary_min)?;
            insert.push(salary_max)?;
            insert.push(i64::try_from(rng.between(1, 60))?)?;
            insert.push(location)?;
            insert.push(commune)?;
            insert.push(district)?;
            insert.push(province)?;
            insert.push(country)?;
            insert.push(template.employment_type)?;
            insert.push(deadline.map(date_text))?;
            insert.push(status)?;
            insert.push((status != "draft" && status != "submitted").then_some(created))?;
            insert.push(created)?;
            insert.push(created)?;
            insert.flush_if_full(&mut tx).await?;
            self.bar.inc(1);
            if (n + 1).is_multiple_of(ROWS_PER_TRANSACTION) {
                insert.flush(&mut tx).await?;
                tx.commit().await?;
                tx = self.begin().await?;
            }
        }
        insert.flush(&mut tx).await?;
        self.ctx.db.resync_id_sequence(&mut tx, "jobs").await?;
        tx.commit().await?;
        Ok(())
    }
}

/// The poverty status of a household in a district with `profile`'s shares.
fn poverty_status(rng: &mut Rng, profile: Option<&vocab::DistrictProfile>) -> &'static str {
    let Some(p) = profile else {
        return "none";
    };
    let roll = (rng.next_u64() >> 11) as f64 / (1u64 << 53) as f64;
    if roll < p.poor_share {
        "poor"
    } else if roll < p.poor_share + p.near_poor_share {
        "near_poor"
    } else if roll < p.poor_share + p.near_poor_share + p.recently_out_share {
        "recently_out"
    } else {
        "none"
    }
}

/// Last year's status drifts a little toward leaving poverty.
fn later_status(rng: &mut Rng, earlier: &'static str) -> &'static str {
    match earlier {
        "poor" if rng.chance(0.15) => "near_poor",
        "poor" if rng.chance(0.05) => "recently_out",
        "near_poor" if rng.chance(0.2) => "recently_out",
        "recently_out" if rng.chance(0.5) => "none",
        other => other,
    }
}

const KINH: &str = "01";
const MONG: &str = "08";
const DAO: &str = "09";

/// Occupations that demo postings use, for workers' wishes.
fn demo_occupations() -> Vec<&'static str> {
    let mut codes: Vec<&'static str> = vocab::JOB_TEMPLATES.iter().map(|t| t.occupation).collect();
    codes.sort_unstable();
    codes.dedup();
    codes
}

struct WorkerInserts {
    households: BulkInsert,
    poverty: BulkInsert,
    workers: BulkInsert,
    occupations: BulkInsert,
    languages: BulkInsert,
}

impl WorkerInserts {
    fn new(backend: crate::db::Backend) -> Self {
        Self {
            households: BulkInsert::new(
                backend,
                "households",
                &[
                    "id",
                    "code",
                    "commune_code",
                    "village",
                    "head_name",
                    "member_count",
                    "created_at",
                    "updated_at",
                ],
            ),
            poverty: BulkInsert::new(
                backend,
                "household_poverty",
                &["household_id", "year", "status", "created_at", "updated_at"],
            ),
            workers: BulkInsert::new(
                backend,
                "workers",
                &[
                    "id",
                    "full_name",
                    "full_name_folded",
                    "birth_date",
                    "gender",
                    "ethnicity_code",
                    "commune_code",
                    "village",
                    "phone",
                    "email",
                    "citizen_id",
                    "household_id",
                    "education_level",
                    "vocational_training",
                    "skills",
                    "willing_outside_province",
                    "willing_abroad",
                    "expected_salary",
                    "is_employed",
                    "consent_at",
                    "created_at",
                    "updated_at",
                ],
            ),
            occupations: BulkInsert::new(
                backend,
                "worker_occupations",
                &["worker_id", "occupation_code", "created_at"],
            ),
            languages: BulkInsert::new(
                backend,
                "worker_languages",
                &["worker_id", "language", "level", "created_at"],
            ),
        }
    }

    /// Writes in dependency order: households before workers before their wishes.
    async fn flush_all(&mut self, conn: &mut AnyConnection) -> Result<(), sqlx::Error> {
        self.households.flush(conn).await?;
        self.poverty.flush(conn).await?;
        self.workers.flush(conn).await?;
        self.occupations.flush(conn).await?;
        self.languages.flush(conn).await?;
        Ok(())
    }

    fn any_full(&self) -> bool {
        self.households.is_full()
            || self.poverty.is_full()
            || self.workers.is_full()
            || self.occupations.is_full()
            || self.languages.is_full()
    }
}

/// A person's name as it is written, by ethnicity and gender.
fn person_name(rng: &mut Rng, ethnicity: &str, female: bool) -> String {
    let family = match ethnicity {
        MONG => rng.pick(vocab::HMONG_FAMILY_NAMES).copied(),
        DAO => rng.pick(vocab::DAO_FAMILY_NAMES).copied(),
        _ => rng.weighted(vocab::FAMILY_NAMES).copied(),
    }
    .unwrap_or("Nguyễn");
    let (middles, givens) = if female {
        (vocab::MIDDLE_NAMES_FEMALE, vocab::GIVEN_NAMES_FEMALE)
    } else {
        (vocab::MIDDLE_NAMES_MALE, vocab::GIVEN_NAMES_MALE)
    };
    let middle = rng.pick(middles).copied().unwrap_or("Văn");
    let given = rng.pick(givens).copied().unwrap_or("An");
    format!("{family} {middle} {given}")
}

const EDUCATION: &[(&str, u32)] = &[
    ("none", 4),
    ("primary", 14),
    ("lower_secondary", 38),
    ("upper_secondary", 32),
    ("college", 5),
    ("university", 6),
    ("postgraduate", 1),
];

const TRAINING: &[(&str, u32)] = &[
    ("none", 52),
    ("under_3_months", 20),
    ("elementary", 14),
    ("intermediate", 8),
    ("college", 6),
];

impl Generator<'_> {
    async fn households_and_workers(&self) -> anyhow::Result<(u64, u64)> {
        let backend = self.ctx.db.backend();
        self.bar
            .set_message("hộ gia đình, người lao động / households, workers");
        let mut rng = Rng::stream(self.options.seed, 3);
        let now = self.ctx.clock.unix();
        let today = self.ctx.clock.today();
        let this_year = today.year();
        let occupations = demo_occupations();
        let profiles: HashMap<&str, &vocab::DistrictProfile> =
            vocab::DISTRICTS.iter().map(|d| (d.code, d)).collect();
        let mut inserts = WorkerInserts::new(backend);
        let mut tx = self.begin().await?;
        let mut worker_id: u64 = 0;
        let mut household_id: u64 = 0;
        let mut since_commit: u64 = 0;
        while worker_id < self.options.workers {
            household_id += 1;
            let commune = self.place.any_commune(&mut rng);
            let district = commune.parent_code.as_deref().unwrap_or_default();
            let profile = profiles.get(district).copied();
            let ethnicity = profile
                .and_then(|p| rng.weighted(p.ethnic_mix).copied())
                .unwrap_or(KINH);
            let village = format!(
                "{} {}",
                rng.pick(vocab::VILLAGE_PREFIXES).copied().unwrap_or("Thôn"),
                rng.pick(vocab::VILLAGE_NAMES)
                    .copied()
                    .unwrap_or("Trung tâm")
            );
            let members = rng.between(1, 3).min(self.options.workers - worker_id);
            let status_2024 = poverty_status(&mut rng, profile);
            let head_female = rng.chance(0.3);
            let head_name = person_name(&mut rng, ethnicity, head_female);
            inserts.households.push(i64::try_from(household_id)?)?;
            inserts
                .households
                .push(format!("{}-{:06}", commune.code, household_id))?;
            inserts.households.push(commune.code.clone())?;
            inserts.households.push(village.clone())?;
            inserts.households.push(head_name.clone())?;
            inserts
                .households
                .push(i64::try_from(members + rng.below(4))?)?;
            inserts.households.push(now)?;
            inserts.households.push(now)?;
            inserts.poverty.push(i64::try_from(household_id)?)?;
            inserts.poverty.push(2024i64)?;
            inserts.poverty.push(status_2024)?;
            inserts.poverty.push(now)?;
            inserts.poverty.push(now)?;
            if this_year > 2024 {
                inserts.poverty.push(i64::try_from(household_id)?)?;
                inserts.poverty.push(i64::from(this_year))?;
                inserts.poverty.push(later_status(&mut rng, status_2024))?;
                inserts.poverty.push(now)?;
                inserts.poverty.push(now)?;
            }
            for member in 0..members {
                worker_id += 1;
                let female = if member == 0 {
                    head_female
                } else {
                    rng.chance(0.5)
                };
                let name = if member == 0 {
                    head_name.clone()
                } else {
                    person_name(&mut rng, ethnicity, female)
                };
                let age = rng.between(18, 55) as i32;
                let birth_year = this_year - age;
                let birth_date = time::Date::from_calendar_date(
                    birth_year,
                    time::Month::try_from(rng.between(1, 12) as u8).unwrap_or(time::Month::January),
                    rng.between(1, 28) as u8,
                )
                .ok();
                // Lào Cai's birth-registration code is 010; the 4th digit
                // encodes century and sex, the next two the year of birth.
                let century_digit = if birth_year >= 2000 { 2 } else { 0 } + u8::from(female);
                let citizen_id = rng.chance(0.8).then(|| {
                    format!(
                        "010{century_digit}{:02}{:06}",
                        birth_year % 100,
                        worker_id % 1_000_000
                    )
                });
                let wants_abroad = age <= 35 && rng.chance(0.25);
                let skills: Vec<&str> = (0..rng.between(1, 3))
                    .filter_map(|_| rng.pick(vocab::SKILLS).copied())
                    .collect();
                let id = i64::try_from(worker_id)?;
                inserts.workers.push(id)?;
                let folded = fold(&name);
                inserts.workers.push(name)?;
                inserts.workers.push(folded)?;
                inserts.workers.push(birth_date.map(date_text))?;
                inserts
                    .workers
                    .push(if female { "female" } else { "male" })?;
                inserts.workers.push(ethnicity)?;
                inserts.workers.push(commune.code.clone())?;
                inserts.workers.push(village.clone())?;
                inserts.workers.push(
                    rng.chance(0.7)
                        .then(|| format!("09{:08}", rng.below(100_000_000))),
                )?;
                inserts.workers.push(
                    rng.chance(0.15)
                        .then(|| format!("nld{worker_id}@example.com")),
                )?;
                inserts.workers.push(citizen_id)?;
                inserts.workers.push(i64::try_from(household_id)?)?;
                inserts.workers.push(
                    rng.weighted(EDUCATION)
                        .copied()
                        .unwrap_or("lower_secondary"),
                )?;
                inserts
                    .workers
                    .push(rng.weighted(TRAINING).copied().unwrap_or("none"))?;
                inserts.workers.push(skills.join(", "))?;
                inserts
                    .workers
                    .push(flag(wants_abroad || rng.chance(0.45)))?;
                inserts.workers.push(flag(wants_abroad))?;
                inserts.workers.push(
                    rng.chance(0.6)
                        .then(|| i64::try_from(rng.between(40, 150) * 100_000).unwrap_or(0)),
                )?;
                inserts.workers.push(flag(rng.chance(0.3)))?;
                inserts.workers.push(now)?;
                inserts.workers.push(now)?;
                inserts.workers.push(now)?;
                let wishes = rng.between(1, 2);
                let mut chosen: Vec<&str> = Vec::new();
                for _ in 0..wishes {
                    if let Some(code) = rng.pick(&occupations).copied()
                        && !chosen.contains(&code)
                    {
                        chosen.push(code);
                    }
                }
                for code in chosen {
                    inserts.occupations.push(id)?;
                    inserts.occupations.push(code)?;
                    inserts.occupations.push(now)?;
                }
                inserts.languages.push(id)?;
                inserts.languages.push("vi")?;
                inserts.languages.push(if ethnicity == KINH {
                    "native"
                } else {
                    "fluent"
                })?;
                inserts.languages.push(now)?;
                if ethnicity != KINH {
                    inserts.languages.push(id)?;
                    inserts.languages.push(format!("ethnic:{ethnicity}"))?;
                    inserts.languages.push("native")?;
                    inserts.languages.push(now)?;
                }
                if wants_abroad && rng.chance(0.5) {
                    inserts.languages.push(id)?;
                    inserts
                        .languages
                        .push(if rng.chance(0.6) { "ja" } else { "ko" })?;
                    inserts.languages.push("basic")?;
                    inserts.languages.push(now)?;
                }
                self.bar.inc(1);
                since_commit += 1;
            }
            if inserts.any_full() {
                inserts.flush_all(&mut tx).await?;
            }
            if since_commit >= ROWS_PER_TRANSACTION {
                inserts.flush_all(&mut tx).await?;
                tx.commit().await?;
                tx = self.begin().await?;
                since_commit = 0;
            }
        }
        inserts.flush_all(&mut tx).await?;
        self.ctx
            .db
            .resync_id_sequence(&mut tx, "households")
            .await?;
        self.ctx.db.resync_id_sequence(&mut tx, "workers").await?;
        tx.commit().await?;
        Ok((household_id, worker_id))
    }

    async fn fairs_and_counselling(&self) -> anyhow::Result<(u64, u64)> {
        let backend = self.ctx.db.backend();
        self.bar.set_message("phiên giao dịch / fairs");
        let mut rng = Rng::stream(self.options.seed, 4);
        let now = self.ctx.clock.unix();
        let year = self.ctx.clock.today().year();
        let mut tx = self.begin().await?;
        let mut fairs = BulkInsert::new(
            backend,
            "fairs",
            &[
                "id",
                "title",
                "kind",
                "commune_code",
                "venue",
                "held_on",
                "starts_at_time",
                "booth_capacity",
                "status",
                "created_at",
                "updated_at",
            ],
        );
        let fair_count: u64 = 76;
        let today = self.ctx.clock.today();
        for n in 0..fair_count {
            let kind = match n % 4 {
                0 => "periodic",
                3 => "online",
                _ => "mobile",
            };
            let commune = self.place.any_commune(&mut rng);
            let day_of_year = 10 + (n * 340 / fair_count) as u16 + rng.below(5) as u16;
            let held_on =
                time::Date::from_ordinal_date(year, day_of_year.min(365)).unwrap_or(today);
            let title = match kind {
                "periodic" => format!(
                    "Phiên giao dịch việc làm định kỳ tháng {}",
                    u8::from(held_on.month())
                ),
                "online" => format!("Phiên giao dịch việc làm trực tuyến số {}", n + 1),
                _ => format!(
                    "Phiên giao dịch việc làm lưu động tại {}",
                    commune.name_with_type
                ),
            };
            fairs.push(i64::try_from(n + 1)?)?;
            fairs.push(title)?;
            fairs.push(kind)?;
            fairs.push(commune.code.clone())?;
            fairs.push(format!("Nhà văn hóa {}", commune.name_with_type))?;
            fairs.push(date_text(held_on))?;
            fairs.push("07:30")?;
            fairs.push(i64::try_from(rng.between(10, 40))?)?;
            fairs.push(if held_on < today { "held" } else { "planned" })?;
            fairs.push(now)?;
            fairs.push(now)?;
        }
        fairs.flush(&mut tx).await?;
        let session_count: u64 = 320;
        let mut sessions = BulkInsert::new(
            backend,
            "counselling_sessions",
            &[
                "id",
                "title",
                "topic",
                "commune_code",
                "held_on",
                "anonymous_count",
                "created_at",
                "updated_at",
            ],
        );
        for n in 0..session_count {
            let commune = self.place.any_commune(&mut rng);
            let held_on = time::Date::from_ordinal_date(year, 5 + (n * 350 / session_count) as u16)
                .unwrap_or(today);
            let topic = *rng
                .pick(&[
                    "Tư vấn học nghề",
                    "Tư vấn đi làm việc ở nước ngoài theo hợp đồng",
                    "Thông tin thị trường lao động",
                    "Tư vấn việc làm tại khu công nghiệp",
                ])
                .unwrap_or(&"Tư vấn việc làm");
            sessions.push(i64::try_from(n + 1)?)?;
            sessions.push(format!("{topic} tại {}", commune.name_with_type))?;
            sessions.push(topic)?;
            sessions.push(commune.code.clone())?;
            sessions.push(date_text(held_on))?;
            sessions.push(i64::try_from(rng.between(30, 90))?)?;
            sessions.push(now)?;
            sessions.push(now)?;
        }
        sessions.flush(&mut tx).await?;
        self.ctx.db.resync_id_sequence(&mut tx, "fairs").await?;
        self.ctx
            .db
            .resync_id_sequence(&mut tx, "counselling_sessions")
            .await?;
        tx.commit().await?;
        Ok((fair_count, session_count))
    }
}
