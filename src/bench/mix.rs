//! The query mix of the speed benchmark: searches as people of the
//! province type them, drawn with a fixed seed so every run (and every
//! engine) gets the same list.
//!
//! Shares of the mix: phrases with tone marks 30 %, the same phrases
//! without marks 25 %, abbreviations 10 %, place names 10 %, phrases with
//! one or two filters (district, work location) 20 %, and the empty query
//! ("newest first", with or without a filter) 5 %. Every search asks for
//! the first page of 20 with facet counts, sorted by relevance.

use std::fmt;

use crate::demo::rng::Rng;
use crate::domain::job::WorkLocation;
use crate::domain::text::fold;
use crate::search::SearchRequest;

/// Results per page in the mix.
pub const PAGE_SIZE: u32 = 20;

/// What kind of search a mix entry is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MixKind {
    Marked,
    Unmarked,
    Abbreviation,
    Place,
    Filtered,
    Empty,
}

impl MixKind {
    /// Every kind, in table order.
    pub const ALL: [MixKind; 6] = [
        MixKind::Marked,
        MixKind::Unmarked,
        MixKind::Abbreviation,
        MixKind::Place,
        MixKind::Filtered,
        MixKind::Empty,
    ];

    /// The name used in tables.
    pub fn label(self) -> &'static str {
        match self {
            Self::Marked => "with tone marks",
            Self::Unmarked => "without marks",
            Self::Abbreviation => "abbreviation",
            Self::Place => "place name",
            Self::Filtered => "text + 1-2 filters",
            Self::Empty => "empty (newest)",
        }
    }
}

impl fmt::Display for MixKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label())
    }
}

/// One search of the mix.
#[derive(Debug, Clone)]
pub struct MixQuery {
    pub kind: MixKind,
    pub request: SearchRequest,
}

impl MixQuery {
    /// The same search as a request to the JSON API (path and query
    /// string, percent-encoded), for load tests over HTTP.
    pub fn api_path(&self) -> String {
        let request = &self.request;
        let mut query = form_urlencoded::Serializer::new(String::new());
        if !request.text.is_empty() {
            query.append_pair("q", &request.text);
        }
        if let Some(code) = &request.district_code {
            query.append_pair("district_code", code);
        }
        if let Some(location) = request.work_location {
            query.append_pair("work_location", location.as_str());
        }
        query.append_pair("per_page", &request.per_page.to_string());
        format!("{}?{}", crate::web::paths::API_JOBS, query.finish())
    }
}

/// Everyday phrases, written with marks.
const PHRASES: &[&str] = &[
    "công nhân may",
    "tuyển công nhân may",
    "lái xe",
    "lái xe tải",
    "tài xế",
    "kế toán",
    "nhân viên kế toán",
    "lao động phổ thông",
    "phục vụ nhà hàng",
    "lễ tân khách sạn",
    "buồng phòng",
    "hướng dẫn viên du lịch",
    "đầu bếp",
    "phụ bếp",
    "hái chè",
    "chế biến chè",
    "bóc vỏ quế",
    "thợ hàn",
    "thợ điện",
    "thợ xây",
    "phụ hồ",
    "lắp ráp điện tử",
    "công nhân điện tử",
    "giúp việc gia đình",
    "bốc xếp",
    "phiên dịch tiếng Trung",
    "khai thác mỏ",
    "bảo vệ",
    "nhân viên kho",
    "điều dưỡng",
    "giáo viên mầm non",
    "giáo viên tiếng Anh",
    "nhân viên bán hàng",
    "thu ngân",
    "máy xúc",
    "thợ sửa chữa ô tô",
    "chăn nuôi",
    "trồng rau",
    "xây dựng",
    "đóng gói",
    "thực tập sinh đi Nhật",
    "xuất khẩu lao động",
    "chăm sóc người già",
    "nhân viên văn phòng",
    "kỹ thuật viên",
    "lái xe nâng",
    "may mặc",
    "nhà máy",
    "công nhân sản xuất",
    "khách sạn Sa Pa",
];

/// Abbreviations and their everyday mixes.
const ABBREVIATIONS: &[&str] = &[
    "XKLĐ",
    "xkld nhat ban",
    "XKLĐ Hàn Quốc",
    "TTS",
    "tts nhat",
    "TTS Nhật Bản",
    "KCN",
    "kcn tang loong",
    "KCN Bắc Ninh",
    "LĐPT",
    "ldpt",
    "CNTT",
    "EPS",
    "osin",
    "KTV spa",
];

/// Place names, with and without marks.
const PLACES: &[&str] = &[
    "Sa Pa",
    "sapa",
    "sa pa",
    "Bắc Hà",
    "bac ha",
    "Bát Xát",
    "bat xat",
    "Mường Khương",
    "Văn Bàn",
    "Bảo Thắng",
    "Bảo Yên",
    "Si Ma Cai",
    "Lào Cai",
    "Kim Thành",
    "Nhật Bản",
    "Hàn Quốc",
    "Đài Loan",
    "Bắc Ninh",
    "Hà Nội",
];

/// Lào Cai's district codes (2024).
const DISTRICTS: &[&str] = &[
    "080", "082", "083", "084", "085", "086", "087", "088", "089",
];

/// Draws `n` searches with `seed`.
pub fn query_mix(seed: u64, n: usize) -> Vec<MixQuery> {
    let mut rng = Rng::stream(seed, 7);
    (0..n).map(|_| draw(&mut rng)).collect()
}

fn pick(rng: &mut Rng, items: &[&'static str]) -> &'static str {
    rng.pick(items).copied().unwrap_or_default()
}

fn draw(rng: &mut Rng) -> MixQuery {
    let roll = rng.below(100);
    let (kind, text) = match roll {
        0..30 => (MixKind::Marked, pick(rng, PHRASES).to_string()),
        30..55 => (MixKind::Unmarked, fold(pick(rng, PHRASES))),
        55..65 => (MixKind::Abbreviation, pick(rng, ABBREVIATIONS).to_string()),
        65..75 => (MixKind::Place, pick(rng, PLACES).to_string()),
        75..95 => {
            let phrase = pick(rng, PHRASES);
            let text = if rng.chance(0.5) {
                phrase.to_string()
            } else {
                fold(phrase)
            };
            (MixKind::Filtered, text)
        }
        _ => (MixKind::Empty, String::new()),
    };
    let mut request = SearchRequest {
        text,
        page: 1,
        per_page: PAGE_SIZE,
        ..SearchRequest::default()
    };
    let filtered = kind == MixKind::Filtered || (kind == MixKind::Empty && rng.chance(0.5));
    if filtered {
        match rng.below(3) {
            // One filter: a district.
            0 => request.district_code = Some(pick(rng, DISTRICTS).to_string()),
            // One filter: a work location.
            1 => {
                let locations = WorkLocation::ALL;
                let at = rng.below(locations.len() as u64) as usize;
                request.work_location = locations.get(at).copied();
            }
            // Two filters: in the province, in a district.
            _ => {
                request.work_location = Some(WorkLocation::InProvince);
                request.district_code = Some(pick(rng, DISTRICTS).to_string());
            }
        }
    }
    MixQuery { kind, request }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mix_is_the_same_for_the_same_seed() {
        let a = query_mix(42, 200);
        let b = query_mix(42, 200);
        assert_eq!(a.len(), 200);
        for (x, y) in a.iter().zip(&b) {
            assert_eq!(x.kind, y.kind);
            assert_eq!(x.request.text, y.request.text);
            assert_eq!(x.request.district_code, y.request.district_code);
            assert_eq!(x.request.work_location, y.request.work_location);
        }
    }

    #[test]
    fn api_paths_carry_the_text_and_the_filters() {
        let query = MixQuery {
            kind: MixKind::Filtered,
            request: SearchRequest {
                text: "công nhân may".to_string(),
                district_code: Some("086".to_string()),
                work_location: Some(WorkLocation::InProvince),
                per_page: PAGE_SIZE,
                ..SearchRequest::default()
            },
        };
        assert_eq!(
            query.api_path(),
            "/api/v1/jobs?q=c%C3%B4ng+nh%C3%A2n+may&district_code=086\
             &work_location=in_province&per_page=20"
        );
    }

    #[test]
    fn every_kind_occurs_in_a_mix_of_200() {
        let mix = query_mix(2024, 200);
        for kind in MixKind::ALL {
            assert!(mix.iter().any(|q| q.kind == kind), "{kind} missing");
        }
        assert!(
            mix.iter()
                .any(|q| q.request.district_code.is_some() && q.request.work_location.is_some())
        );
    }
}
