//! Reference data is data, not code: administrative units, countries,
//! ethnicities, occupations, holidays and targets are read from the files in
//! `reference/` (built into the program, or from `reference_dir` when set)
//! and upserted into the database at start-up. The search's synonym groups
//! come from the same folder ([`search_synonyms`]).

use std::path::{Path, PathBuf};

use serde::Deserialize;
use time::Date;

use crate::domain::admin_unit::Level;
use crate::domain::calendar::{Holiday, HolidayCalendar, HolidayFile};
use crate::domain::target::Metric;
use crate::search::{SearchError, Synonyms};

/// One reference file: its name and the copy built into the program.
struct EmbeddedFile {
    name: &'static str,
    text: &'static str,
}

const ADMIN_UNITS: EmbeddedFile = EmbeddedFile {
    name: "lao-cai-admin-units-2024.json",
    text: include_str!("../reference/lao-cai-admin-units-2024.json"),
};
const PROVINCES: EmbeddedFile = EmbeddedFile {
    name: "provinces-2024.toml",
    text: include_str!("../reference/provinces-2024.toml"),
};
const COUNTRIES: EmbeddedFile = EmbeddedFile {
    name: "countries.toml",
    text: include_str!("../reference/countries.toml"),
};
const ETHNICITIES: EmbeddedFile = EmbeddedFile {
    name: "ethnicities.toml",
    text: include_str!("../reference/ethnicities.toml"),
};
const OCCUPATIONS: EmbeddedFile = EmbeddedFile {
    name: "occupations.toml",
    text: include_str!("../reference/occupations.toml"),
};
const HOLIDAYS: EmbeddedFile = EmbeddedFile {
    name: "holidays.toml",
    text: include_str!("../reference/holidays.toml"),
};
const TARGETS: EmbeddedFile = EmbeddedFile {
    name: "targets.toml",
    text: include_str!("../reference/targets.toml"),
};
const SEARCH_SYNONYMS: EmbeddedFile = EmbeddedFile {
    name: "search-synonyms.toml",
    text: crate::search::synonyms::BUILTIN_TOML,
};

/// Reads a reference file from `dir`, or its built-in copy when `dir` is
/// `None`: the name to show for it and its text.
fn read(dir: Option<&Path>, file: &EmbeddedFile) -> Result<(String, String), ReferenceError> {
    match dir {
        None => Ok((file.name.to_owned(), file.text.to_owned())),
        Some(dir) => {
            let path: PathBuf = dir.join(file.name);
            let shown = path.display().to_string();
            std::fs::read_to_string(&path)
                .map(|text| (shown.clone(), text))
                .map_err(|err| ReferenceError {
                    file: shown,
                    reason: err.to_string(),
                })
        }
    }
}

/// The search's abbreviation and synonym groups: `search-synonyms.toml`
/// from `dir`, or the built-in copy when `dir` is `None`. The index records
/// the groups of each posting, so an index built with other groups is
/// rebuilt when the program opens it (see `app::open_search`).
pub fn search_synonyms(dir: Option<&Path>) -> Result<Synonyms, ReferenceError> {
    let (name, text) = read(dir, &SEARCH_SYNONYMS)?;
    Synonyms::from_toml(&text).map_err(|err| ReferenceError {
        file: name,
        reason: match err {
            SearchError::Synonyms { vi, en } => format!("{vi} / {en}"),
            other => other.to_string(),
        },
    })
}

/// A reference file that could not be read or understood.
#[derive(Debug, thiserror::Error)]
#[error(
    "tệp dữ liệu tham chiếu {file} không đọc được / the reference-data file {file} could not be loaded: {reason}"
)]
pub struct ReferenceError {
    /// The file at fault.
    pub file: String,
    /// What is wrong with it.
    pub reason: String,
}

/// An administrative unit as read from a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AdminUnitRow {
    pub code: String,
    pub parent_code: Option<String>,
    pub level: Level,
    pub kind: String,
    pub name: String,
    pub name_with_type: String,
    pub valid_from: Date,
    pub valid_to: Option<Date>,
}

/// A code with Vietnamese and English names (countries, ethnicities).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedCode {
    pub code: String,
    pub name_vi: String,
    pub name_en: String,
}

/// An occupation or occupation group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OccupationRow {
    pub code: String,
    /// The level-1 group; `None` for the groups themselves.
    #[serde(default)]
    pub group: Option<String>,
    pub name_vi: String,
    pub name_en: String,
}

/// A yearly target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetRow {
    pub year: i32,
    pub metric: Metric,
    pub min: i64,
    pub max: Option<i64>,
    pub note_vi: String,
    pub note_en: String,
}

/// All reference data, parsed and checked, ready to be written.
#[derive(Debug, Clone)]
pub struct ReferenceData {
    pub admin_units: Vec<AdminUnitRow>,
    pub countries: Vec<NamedCode>,
    pub ethnicities: Vec<NamedCode>,
    pub occupations: Vec<OccupationRow>,
    pub holidays: Vec<Holiday>,
    pub targets: Vec<TargetRow>,
}

impl ReferenceData {
    /// Reads every file from `dir`, or the built-in copies when `dir` is `None`.
    /// Nothing is written anywhere: a bad file stops here, naming itself.
    pub fn load(dir: Option<&Path>) -> Result<Self, ReferenceError> {
        let read = |file: &EmbeddedFile| read(dir, file);
        let mut admin_units = {
            let (name, text) = read(&PROVINCES)?;
            parse_provinces(&name, &text)?
        };
        {
            let (name, text) = read(&ADMIN_UNITS)?;
            // The province's own file describes its province row too; it wins.
            let own = parse_admin_units(&name, &text)?;
            admin_units.retain(|unit| own.iter().all(|o| o.code != unit.code));
            admin_units.extend(own);
        }
        let countries = {
            let (name, text) = read(&COUNTRIES)?;
            parse_toml::<CountryFile>(&name, &text)?.country
        };
        let ethnicities = {
            let (name, text) = read(&ETHNICITIES)?;
            parse_toml::<EthnicityFile>(&name, &text)?.ethnicity
        };
        let occupations = {
            let (name, text) = read(&OCCUPATIONS)?;
            let file = parse_toml::<OccupationFile>(&name, &text)?;
            check_occupations(&name, file)?
        };
        let holidays = {
            let (name, text) = read(&HOLIDAYS)?;
            let file = parse_toml::<HolidayFile>(&name, &text)?;
            // Building the calendar rejects duplicate days.
            HolidayCalendar::new(file.holiday.clone()).map_err(|err| ReferenceError {
                file: name.clone(),
                reason: err.to_string(),
            })?;
            file.holiday
        };
        let targets = {
            let (name, text) = read(&TARGETS)?;
            parse_targets(&name, &text)?
        };
        Ok(Self {
            admin_units,
            countries,
            ethnicities,
            occupations,
            holidays,
            targets,
        })
    }
}

fn parse_toml<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, ReferenceError> {
    toml::from_str(text).map_err(|err| ReferenceError {
        file: name.to_owned(),
        reason: err.to_string(),
    })
}

fn parse_date(name: &str, text: &str) -> Result<Date, ReferenceError> {
    crate::db::parse_date_text(text).ok_or_else(|| ReferenceError {
        file: name.to_owned(),
        reason: format!("«{text}» không phải ngày YYYY-MM-DD / is not a YYYY-MM-DD date"),
    })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvinceFile {
    valid_from: String,
    #[serde(default)]
    valid_to: Option<String>,
    province: Vec<ProvinceEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvinceEntry {
    code: String,
    name: String,
    kind: String,
    name_with_type: String,
}

fn parse_provinces(name: &str, text: &str) -> Result<Vec<AdminUnitRow>, ReferenceError> {
    let file: ProvinceFile = parse_toml(name, text)?;
    let valid_from = parse_date(name, &file.valid_from)?;
    let valid_to = file
        .valid_to
        .as_deref()
        .map(|t| parse_date(name, t))
        .transpose()?;
    Ok(file
        .province
        .into_iter()
        .map(|p| AdminUnitRow {
            code: p.code,
            parent_code: None,
            level: Level::Province,
            kind: p.kind,
            name: p.name,
            name_with_type: p.name_with_type,
            valid_from,
            valid_to,
        })
        .collect())
}

#[derive(Deserialize)]
struct UnitsFile {
    province: UnitEntry,
    districts: Vec<DistrictEntry>,
}

#[derive(Deserialize)]
struct UnitEntry {
    code: String,
    name: String,
    #[serde(rename = "type")]
    kind: String,
    name_with_type: String,
}

#[derive(Deserialize)]
struct DistrictEntry {
    #[serde(flatten)]
    unit: UnitEntry,
    communes: Vec<UnitEntry>,
}

/// The province's own units (2024 structure, in force until the July 2025 reform).
fn parse_admin_units(name: &str, text: &str) -> Result<Vec<AdminUnitRow>, ReferenceError> {
    let file: UnitsFile = serde_json::from_str(text).map_err(|err| ReferenceError {
        file: name.to_owned(),
        reason: err.to_string(),
    })?;
    let valid_from = time::macros::date!(2024 - 01 - 01);
    let row = |unit: UnitEntry, parent: Option<&str>, level: Level| AdminUnitRow {
        code: unit.code,
        parent_code: parent.map(str::to_owned),
        level,
        kind: unit.kind,
        name: unit.name,
        name_with_type: unit.name_with_type,
        valid_from,
        valid_to: None,
    };
    let province_code = file.province.code.clone();
    let mut rows = vec![row(file.province, None, Level::Province)];
    for district in file.districts {
        let district_code = district.unit.code.clone();
        rows.push(row(district.unit, Some(&province_code), Level::District));
        for commune in district.communes {
            rows.push(row(commune, Some(&district_code), Level::Commune));
        }
    }
    let mut seen = std::collections::HashSet::new();
    for unit in &rows {
        if !seen.insert(unit.code.as_str()) {
            return Err(ReferenceError {
                file: name.to_owned(),
                reason: format!(
                    "mã {} bị trùng / code {} appears twice",
                    unit.code, unit.code
                ),
            });
        }
    }
    Ok(rows)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CountryFile {
    country: Vec<NamedCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct EthnicityFile {
    ethnicity: Vec<NamedCode>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct OccupationFile {
    group: Vec<OccupationRow>,
    occupation: Vec<OccupationRow>,
}

/// Groups first (so occupations can refer to them), and every occupation in a known group.
fn check_occupations(
    name: &str,
    file: OccupationFile,
) -> Result<Vec<OccupationRow>, ReferenceError> {
    let groups: std::collections::HashSet<String> =
        file.group.iter().map(|g| g.code.clone()).collect();
    for occupation in &file.occupation {
        match &occupation.group {
            Some(group) if groups.contains(group) => {}
            _ => {
                return Err(ReferenceError {
                    file: name.to_owned(),
                    reason: format!(
                        "nghề {} không thuộc nhóm nào đã khai báo / occupation {} has no declared group",
                        occupation.code, occupation.code
                    ),
                });
            }
        }
    }
    let mut rows: Vec<OccupationRow> = file
        .group
        .into_iter()
        .map(|g| OccupationRow { group: None, ..g })
        .collect();
    rows.extend(file.occupation);
    Ok(rows)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetFile {
    target: Vec<TargetEntry>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TargetEntry {
    year: i32,
    metric: String,
    min: i64,
    #[serde(default)]
    max: Option<i64>,
    #[serde(default)]
    note_vi: String,
    #[serde(default)]
    note_en: String,
}

fn parse_targets(name: &str, text: &str) -> Result<Vec<TargetRow>, ReferenceError> {
    let file: TargetFile = parse_toml(name, text)?;
    file.target
        .into_iter()
        .map(|t| {
            let metric = Metric::parse(&t.metric).ok_or_else(|| ReferenceError {
                file: name.to_owned(),
                reason: format!(
                    "chỉ tiêu không rõ «{}» / unknown metric «{}»",
                    t.metric, t.metric
                ),
            })?;
            if t.min < 0 || t.max.is_some_and(|max| max < t.min) {
                return Err(ReferenceError {
                    file: name.to_owned(),
                    reason: format!(
                        "chỉ tiêu {} năm {}: min/max sai / bad min/max",
                        t.metric, t.year
                    ),
                });
            }
            Ok(TargetRow {
                year: t.year,
                metric,
                min: t.min,
                max: t.max,
                note_vi: t.note_vi,
                note_en: t.note_en,
            })
        })
        .collect()
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_files_describe_lao_cai() {
        let data = ReferenceData::load(None).unwrap();
        let count = |level| data.admin_units.iter().filter(|u| u.level == level).count();
        assert_eq!(count(Level::Province), 63);
        assert_eq!(count(Level::District), 9);
        assert_eq!(count(Level::Commune), 152);
        let placements = data
            .targets
            .iter()
            .find(|t| t.year == 2024 && t.metric == Metric::Placements)
            .unwrap();
        assert_eq!(placements.min, 14_495);
        assert_eq!(data.ethnicities.len(), 54);
    }

    #[test]
    fn a_bad_file_in_the_reference_folder_is_named() {
        let dir = tempfile::tempdir().unwrap();
        for file in [
            &ADMIN_UNITS,
            &PROVINCES,
            &COUNTRIES,
            &ETHNICITIES,
            &OCCUPATIONS,
            &HOLIDAYS,
        ] {
            std::fs::write(dir.path().join(file.name), file.text).unwrap();
        }
        std::fs::write(
            dir.path().join("targets.toml"),
            "[[target]]\nyear = 2024\nmetric = \"jobs\"\nmin = 1\n",
        )
        .unwrap();
        let err = ReferenceData::load(Some(dir.path())).unwrap_err();
        assert!(err.file.ends_with("targets.toml"), "{err}");
        assert!(err.reason.contains("jobs"), "{err}");
    }

    #[test]
    fn a_missing_file_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let err = ReferenceData::load(Some(dir.path())).unwrap_err();
        assert!(err.file.ends_with("provinces-2024.toml"), "{err}");
    }

    #[test]
    fn search_synonyms_come_from_the_reference_folder() {
        let builtin = search_synonyms(None).unwrap();
        assert_eq!(builtin.fingerprint(), Synonyms::builtin().fingerprint());

        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(SEARCH_SYNONYMS.name);
        let edited = format!(
            "{}\n[[group]]\nterms = [\"thợ hồ\", \"thợ xây\"]\n",
            SEARCH_SYNONYMS.text
        );
        std::fs::write(&path, edited).unwrap();
        let from_folder = search_synonyms(Some(dir.path())).unwrap();
        assert_eq!(from_folder.len(), builtin.len() + 1);
        assert_ne!(from_folder.fingerprint(), builtin.fingerprint());

        std::fs::write(&path, "[[group]]\nterms = [\"tài xế\", \"!!\"]\n").unwrap();
        let err = search_synonyms(Some(dir.path())).unwrap_err();
        assert!(err.file.ends_with("search-synonyms.toml"), "{err}");
        assert!(err.reason.contains("group 1"), "{err}");
        assert!(err.reason.contains("nhóm thứ 1"), "{err}");

        std::fs::remove_file(&path).unwrap();
        let err = search_synonyms(Some(dir.path())).unwrap_err();
        assert!(err.file.ends_with("search-synonyms.toml"), "{err}");
    }
}
