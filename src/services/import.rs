//! `vieclam import jobs FILE`: postings as JSON Lines, one per line, upserted
//! by `external_ref` so a re-import updates and never duplicates. Every bad
//! line is reported with its number, field and reason; every good line is
//! imported and published.

use std::collections::HashSet;

use serde_json::{Map, Value};

use crate::db::{self, outbox};
use crate::domain::FieldError;
use crate::domain::ids::EmployerId;
use crate::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, WorkLocation, Workplace};
use crate::domain::text::clean_input;
use crate::domain::values::Vnd;
use crate::error::Result;
use crate::services::Ctx;

/// Lines written per transaction.
const LINES_PER_TRANSACTION: usize = 500;

/// Fields a line may carry that the API returns but an import ignores.
const READ_ONLY_FIELDS: &[&str] = &[
    "id",
    "snippet",
    "highlights",
    "url",
    "place_name",
    "published_at",
    "salary_negotiable",
    "employer_id",
    "status",
];

/// A problem with one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineError {
    /// From 1.
    pub line: usize,
    pub field: String,
    pub message: String,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    pub created: usize,
    pub updated: usize,
    pub errors: Vec<LineError>,
}

impl ImportReport {
    /// The closing summary line.
    pub fn summary(&self) -> String {
        format!(
            "{} tin mới, {} tin cập nhật, {} dòng lỗi / {} created, {} updated, {} invalid lines",
            self.created,
            self.updated,
            self.invalid_lines(),
            self.created,
            self.updated,
            self.invalid_lines()
        )
    }

    /// How many distinct lines had problems.
    pub fn invalid_lines(&self) -> usize {
        self.errors
            .iter()
            .map(|e| e.line)
            .collect::<HashSet<_>>()
            .len()
    }
}

/// The reference codes a line may name.
struct Known {
    communes: HashSet<String>,
    provinces: HashSet<String>,
    countries: HashSet<String>,
    occupations: HashSet<String>,
}

/// A line that passed every check, waiting for its employer.
struct ValidLine {
    employer_name: String,
    job: NewJob,
}

/// Imports JSON Lines text.
pub async fn import_jobs(ctx: &Ctx, text: &str) -> Result<ImportReport> {
    let known = {
        let mut conn = ctx.db.pool().acquire().await?;
        let units = db::reference::reference_codes(&mut conn, "admin_units").await?;
        Known {
            communes: units.iter().filter(|c| c.len() == 5).cloned().collect(),
            provinces: units.iter().filter(|c| c.len() == 2).cloned().collect(),
            countries: db::reference::reference_codes(&mut conn, "countries").await?,
            occupations: db::reference::reference_codes(&mut conn, "occupations").await?,
        }
    };
    let today = ctx.clock.today();
    let mut report = ImportReport::default();
    let mut batch: Vec<ValidLine> = Vec::new();
    let mut seen_refs: HashSet<String> = HashSet::new();
    for (index, raw) in text.lines().enumerate() {
        let line = index + 1;
        if raw.trim().is_empty() {
            continue;
        }
        match parse_line(raw, &known, today) {
            Ok(valid) => {
                let external_ref = valid.job.external_ref.clone().unwrap_or_default();
                if !seen_refs.insert(external_ref.clone()) {
                    report.errors.push(LineError {
                        line,
                        field: "external_ref".into(),
                        message: format!(
                            "«{external_ref}» đã xuất hiện ở dòng trước trong tệp / already appears on an earlier line of the file"
                        ),
                    });
                    continue;
                }
                batch.push(valid);
            }
            Err(errors) => report.errors.extend(errors.into_iter().map(|e| LineError {
                line,
                field: e.field.to_owned(),
                message: e.message,
            })),
        }
        if batch.len() >= LINES_PER_TRANSACTION {
            write_batch(ctx, std::mem::take(&mut batch), &mut report).await?;
        }
    }
    write_batch(ctx, batch, &mut report).await?;
    report.errors.sort_by_key(|e| e.line);
    Ok(report)
}

async fn write_batch(ctx: &Ctx, batch: Vec<ValidLine>, report: &mut ImportReport) -> Result<()> {
    if batch.is_empty() {
        return Ok(());
    }
    let now = ctx.clock.unix();
    let mut tx = ctx.db.begin().await?;
    for valid in batch {
        let employer_id =
            db::employers::find_or_create_by_name(&mut tx, &valid.employer_name, now).await?;
        let job = NewJob {
            employer_id,
            ..valid.job
        };
        let external_ref = job.external_ref.clone().unwrap_or_default();
        let id = match db::jobs::id_by_external_ref(&mut tx, &external_ref).await? {
            Some(id) => {
                db::jobs::update(&mut tx, id, &job, JobStatus::Published, now).await?;
                report.updated += 1;
                id
            }
            None => {
                let id = db::jobs::insert(&mut tx, &job, JobStatus::Published, now).await?;
                report.created += 1;
                id
            }
        };
        outbox::announce_search_change(
            &mut tx,
            ctx.db.backend(),
            outbox::SearchEntity::Job,
            id.get(),
            now,
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

fn text_field(
    map: &Map<String, Value>,
    field: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<String> {
    match map.get(field) {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) => Some(clean_input(s)).filter(|s| !s.is_empty()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => {
            errors.push(FieldError::new(
                field,
                "phải là chuỗi ký tự / must be a string",
            ));
            None
        }
    }
}

fn money_field(
    map: &Map<String, Value>,
    field: &'static str,
    errors: &mut Vec<FieldError>,
) -> Option<Vnd> {
    let parsed = match map.get(field) {
        None | Some(Value::Null) => return None,
        Some(Value::Number(n)) => match n.as_u64() {
            Some(v) => Vnd::new(v),
            None => {
                errors.push(FieldError::new(
                    field,
                    "phải là số nguyên không âm / must be a whole non-negative number",
                ));
                return None;
            }
        },
        Some(Value::String(s)) => Vnd::parse(s),
        Some(_) => {
            errors.push(FieldError::new(
                field,
                "phải là số tiền / must be an amount",
            ));
            return None;
        }
    };
    parsed
        .map_err(|err| errors.push(FieldError::new(field, err.to_string())))
        .ok()
}

fn parse_line(raw: &str, known: &Known, today: time::Date) -> Result<ValidLine, Vec<FieldError>> {
    let value: Value = serde_json::from_str(raw).map_err(|err| {
        vec![FieldError::new(
            "json",
            format!("dòng không phải JSON hợp lệ / not valid JSON: {err}"),
        )]
    })?;
    let Value::Object(map) = value else {
        return Err(vec![FieldError::new(
            "json",
            "mỗi dòng phải là một đối tượng JSON / each line must be a JSON object",
        )]);
    };
    let mut errors = Vec::new();
    const KNOWN_FIELDS: &[&str] = &[
        "external_ref",
        "title",
        "description",
        "employer_name",
        "occupation",
        "quantity",
        "employment_type",
        "deadline",
        "work_location",
        "commune_code",
        "district_code",
        "province_code",
        "country",
        "salary_min",
        "salary_max",
    ];
    for key in map.keys() {
        if !KNOWN_FIELDS.contains(&key.as_str()) && !READ_ONLY_FIELDS.contains(&key.as_str()) {
            errors.push(FieldError::new(
                "json",
                format!("trường lạ «{key}» / unknown field «{key}»"),
            ));
        }
    }
    let external_ref = text_field(&map, "external_ref", &mut errors);
    if external_ref.is_none() {
        errors.push(FieldError::new("external_ref", "bắt buộc / required"));
    }
    let title = text_field(&map, "title", &mut errors).unwrap_or_default();
    let description = match map.get("description") {
        Some(Value::String(s)) => s.clone(),
        None | Some(Value::Null) => String::new(),
        Some(_) => {
            errors.push(FieldError::new(
                "description",
                "phải là chuỗi ký tự / must be a string",
            ));
            String::new()
        }
    };
    let employer_name = text_field(&map, "employer_name", &mut errors);
    if employer_name.is_none() {
        errors.push(FieldError::new("employer_name", "bắt buộc / required"));
    }
    let occupation_code = text_field(&map, "occupation", &mut errors);
    if let Some(code) = &occupation_code
        && !known.occupations.contains(code)
    {
        errors.push(FieldError::new(
            "occupation",
            format!("mã nghề không có / unknown occupation code «{code}»"),
        ));
    }
    let quantity = match map.get("quantity") {
        None | Some(Value::Null) => 1,
        Some(Value::Number(n)) => n.as_u64().and_then(|q| u32::try_from(q).ok()).unwrap_or(0),
        Some(Value::String(s)) => s.trim().parse::<u32>().unwrap_or(0),
        Some(_) => 0,
    };
    let employment_type = match text_field(&map, "employment_type", &mut errors) {
        None => EmploymentType::FullTime,
        Some(text) => EmploymentType::parse(&text).unwrap_or_else(|| {
            errors.push(FieldError::new(
                "employment_type",
                format!("«{text}» không hợp lệ / is not valid"),
            ));
            EmploymentType::FullTime
        }),
    };
    let deadline = text_field(&map, "deadline", &mut errors).and_then(|text| {
        let parsed = db::parse_date_text(&text);
        if parsed.is_none() {
            errors.push(FieldError::new(
                "deadline",
                "ngày phải có dạng YYYY-MM-DD / must be a YYYY-MM-DD date",
            ));
        }
        parsed
    });
    let commune = text_field(&map, "commune_code", &mut errors);
    let province = text_field(&map, "province_code", &mut errors);
    let country = text_field(&map, "country", &mut errors).map(|c| c.to_ascii_uppercase());
    let stated = text_field(&map, "work_location", &mut errors).and_then(|text| {
        let parsed = WorkLocation::parse(&text);
        if parsed.is_none() {
            errors.push(FieldError::new(
                "work_location",
                format!("«{text}» không hợp lệ / is not valid"),
            ));
        }
        parsed
    });
    let workplace = match (country.filter(|c| c != "VN"), commune, province) {
        (Some(country), _, _) if known.countries.contains(&country) => {
            Some(Workplace::Country(country))
        }
        (Some(country), _, _) => {
            errors.push(FieldError::new(
                "country",
                format!("mã nước không có / unknown country «{country}»"),
            ));
            None
        }
        (None, Some(commune), _) if known.communes.contains(&commune) => {
            Some(Workplace::Commune(commune))
        }
        (None, Some(commune), _) => {
            errors.push(FieldError::new(
                "commune_code",
                format!("mã xã không có / unknown commune «{commune}»"),
            ));
            None
        }
        (None, None, Some(province)) if known.provinces.contains(&province) => {
            Some(Workplace::Province(province))
        }
        (None, None, Some(province)) => {
            errors.push(FieldError::new(
                "province_code",
                format!("mã tỉnh không có / unknown province «{province}»"),
            ));
            None
        }
        (None, None, None) => {
            errors.push(FieldError::new(
                "commune_code",
                "cần commune_code, province_code hoặc country / one of commune_code, province_code or country is needed",
            ));
            None
        }
    };
    if let (Some(stated), Some(workplace)) = (stated, &workplace)
        && stated != workplace.location()
    {
        errors.push(FieldError::new(
            "work_location",
            format!(
                "«{stated}» không khớp với nơi làm việc đã ghi ({}) / does not match the place given",
                workplace.location()
            ),
        ));
    }
    let salary_min = money_field(&map, "salary_min", &mut errors);
    let salary_max = money_field(&map, "salary_max", &mut errors);
    let salary = SalaryRange::new(salary_min, salary_max).unwrap_or_else(|err| {
        errors.push(err);
        SalaryRange::NEGOTIABLE
    });
    // The content rules run even when the place or employer is wrong, so
    // every problem of the line is reported at once.
    let complete = workplace.is_some() && employer_name.is_some();
    let job = NewJob {
        employer_id: EmployerId(0),
        external_ref,
        title,
        description,
        occupation_code,
        salary,
        quantity,
        workplace: workplace.unwrap_or(Workplace::Commune(String::new())),
        employment_type,
        deadline,
    };
    let employer_name = employer_name.unwrap_or_default();
    match job.validated(today) {
        Ok(job) if errors.is_empty() && complete => Ok(ValidLine { employer_name, job }),
        Ok(_) => Err(errors),
        Err(more) => {
            errors.extend(more);
            Err(errors)
        }
    }
}
