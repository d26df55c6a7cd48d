//! Fixed vocabulary for the deterministic demo-data generator.
//!
//! Names, villages, employers, job templates, destinations, skills and
//! district profiles for Lào Cai in 2024.
//!
//! Everything here is plain constant data with no I/O, so the generator can
//! draw from it with a seeded random source and produce the same demo
//! database every time. Codes refer to the files in `reference/`:
//! occupations to `occupations.toml` (VSCO 2020 / ISCO-08 unit groups),
//! ethnicities to `ethnicities.toml` (GSO codes 01–54), countries to
//! `countries.toml` (ISO 3166-1 alpha-2), and provinces to
//! `provinces-2024.toml` (GSO codes). District codes are the nine GSO codes
//! of Lào Cai's 2024 districts (080–089, without 081).
//!
//! Employers are invented. Any likeness to a real company's name is an
//! accident. Salaries are monthly gross amounts in Vietnamese đồng, pitched at
//! what 2024 postings offered; a range of 0–0 means "thỏa thuận"
//! (negotiable). Poverty shares are illustrative estimates in line with the
//! province's published ordering of districts, not official figures.

/// Economic sector of a demo employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sector {
    /// Factories in industrial zones and clusters (KCN, CCN), in or outside the province.
    IndustrialZone,
    /// Copper, apatite and iron mining and quarrying.
    Mining,
    /// Tea growing and processing, cinnamon growing and oil distilling.
    TeaAndCinnamon,
    /// Crops, livestock, aquaculture and forestry.
    Agriculture,
    /// Hotels, restaurants, tours and handicrafts, mostly in Sa Pa.
    Tourism,
    /// Import-export, customs brokerage and logistics at the border gates.
    BorderTrade,
    /// Building and civil works.
    Construction,
    /// Passenger and freight transport, delivery, vehicle repair.
    Transport,
    /// Retail, household, security, office and personal services.
    Services,
    /// Clinics, hospitals, pharmacies and care homes.
    Health,
    /// Kindergartens, schools, language and vocational centres.
    Education,
    /// Licensed enterprises sending workers abroad under contract (XKLĐ).
    OverseasLabour,
}

impl Sector {
    /// Every sector, in declaration order.
    pub const ALL: [Sector; 12] = [
        Sector::IndustrialZone,
        Sector::Mining,
        Sector::TeaAndCinnamon,
        Sector::Agriculture,
        Sector::Tourism,
        Sector::BorderTrade,
        Sector::Construction,
        Sector::Transport,
        Sector::Services,
        Sector::Health,
        Sector::Education,
        Sector::OverseasLabour,
    ];
}

/// Where a job template is placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// In Lào Cai province.
    InProvince,
    /// In another Vietnamese province (see [`OTHER_PROVINCES`]).
    OtherProvince,
    /// Abroad under a labour contract (see [`ABROAD_COUNTRIES`]).
    Abroad,
}

impl Place {
    /// Every place, in declaration order.
    pub const ALL: [Place; 3] = [Place::InProvince, Place::OtherProvince, Place::Abroad];
}

/// A fictional employer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EmployerName {
    /// The registered name, e.g. "Công ty TNHH ...".
    pub name: &'static str,
    /// The employer's main sector.
    pub sector: Sector,
    /// GSO code of the Lào Cai district where it sits or, for an employer
    /// based in another province, where it keeps its recruiting office
    /// (see [`EMPLOYER_HOME_PROVINCE`]).
    pub district: &'static str,
    /// Holds a licence to send workers abroad under contract.
    pub overseas_licence: bool,
}

/// A vacancy pattern that the generator fills in with an employer and dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct JobTemplate {
    /// The posting's title, as employers phrase it.
    pub title: &'static str,
    /// Four-digit occupation code from `reference/occupations.toml`.
    pub occupation: &'static str,
    /// Sector of the employers that post it.
    pub sector: Sector,
    /// Where the work is.
    pub place: Place,
    /// Lowest monthly pay in VND; 0 together with `salary_max` 0 means negotiable.
    pub salary_min: u64,
    /// Highest monthly pay in VND.
    pub salary_max: u64,
    /// One of `full_time`, `part_time`, `seasonal`, `contract`, `apprenticeship`.
    pub employment_type: &'static str,
    /// Two to four Vietnamese sentences: duties, requirements, benefits.
    pub description: &'static str,
}

/// Poverty and ethnic make-up of one district, for drawing demo workers.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct DistrictProfile {
    /// GSO district code, e.g. "084" for Si Ma Cai.
    pub code: &'static str,
    /// Share of households that are poor (hộ nghèo).
    pub poor_share: f64,
    /// Share of households that are near-poor (hộ cận nghèo).
    pub near_poor_share: f64,
    /// Share of households that left poverty in the last review (hộ mới thoát nghèo).
    pub recently_out_share: f64,
    /// Ethnicity codes with relative weights.
    pub ethnic_mix: &'static [(&'static str, u32)],
}

/// The employment types a template may use.
pub const EMPLOYMENT_TYPES: &[&str] = &[
    "full_time",
    "part_time",
    "seasonal",
    "contract",
    "apprenticeship",
];

/// Vietnamese family names with relative weights, for the whole province:
/// the common Kinh names plus those of Lào Cai's Mông, Dao, Tày, Giáy, Nùng,
/// Hà Nhì and Phù Lá families.
pub const FAMILY_NAMES: &[(&str, u32)] = &[
    ("Nguyễn", 30),
    ("Trần", 9),
    ("Lê", 7),
    ("Phạm", 6),
    ("Hoàng", 8),
    ("Vũ", 4),
    ("Đỗ", 3),
    ("Bùi", 3),
    ("Đặng", 3),
    ("Ngô", 2),
    ("Dương", 2),
    ("Phan", 2),
    ("Đinh", 1),
    ("Đào", 1),
    ("Hà", 2),
    ("Lý", 5),
    ("Lương", 2),
    ("Nông", 3),
    ("Vi", 1),
    ("Lò", 2),
    ("Ma", 1),
    ("Lục", 1),
    ("Vương", 1),
    ("Giàng", 6),
    ("Sùng", 5),
    ("Vàng", 5),
    ("Thào", 4),
    ("Hầu", 2),
    ("Mua", 2),
    ("Lù", 2),
    ("Chảo", 2),
    ("Phàng", 1),
    ("Tráng", 1),
    ("Lồ", 1),
    ("Hờ", 1),
    ("Tẩn", 2),
    ("Triệu", 2),
    ("Phùn", 1),
    ("Bàn", 1),
    ("Chu", 1),
    ("Pờ", 1),
    ("Sần", 1),
];

/// Family names used when a worker is Mông (ethnicity 08).
pub const HMONG_FAMILY_NAMES: &[&str] = &[
    "Giàng", "Sùng", "Vàng", "Thào", "Lý", "Hầu", "Mua", "Lù", "Chảo", "Phàng", "Tráng", "Lồ",
    "Hờ", "Ly", "Vừ", "Cứ", "Lầu", "Sình",
];

/// Family names used when a worker is Dao (ethnicity 09).
pub const DAO_FAMILY_NAMES: &[&str] = &[
    "Tẩn", "Chảo", "Lý", "Triệu", "Phùn", "Bàn", "Đặng", "Lò", "Tằng", "Hoàng",
];

/// Middle names for men: Kinh and Tày "Văn" and friends, Mông "Seo" and "A", Dao "Láo".
pub const MIDDLE_NAMES_MALE: &[&str] = &[
    "Văn", "Đức", "Minh", "Quang", "Hữu", "Xuân", "Thanh", "Ngọc", "Công", "Đình", "Tiến", "Mạnh",
    "Quốc", "Seo", "A", "Láo", "Chẩn",
];

/// Middle names for women: "Thị" above all, Mông "Mí", Dao "Tả".
pub const MIDDLE_NAMES_FEMALE: &[&str] = &[
    "Thị", "Thu", "Ngọc", "Thanh", "Minh", "Hồng", "Phương", "Kim", "Mai", "Mí", "Tả",
];

/// Given names for men, Kinh names first, then names common among Lào Cai's ethnic minorities.
pub const GIVEN_NAMES_MALE: &[&str] = &[
    "An", "Anh", "Bảo", "Bình", "Chiến", "Công", "Cường", "Dũng", "Duy", "Dương", "Đạt", "Điệp",
    "Định", "Đông", "Đức", "Giang", "Hải", "Hiếu", "Hiệp", "Hòa", "Hoàng", "Hùng", "Huy", "Hưng",
    "Khánh", "Khoa", "Kiên", "Lâm", "Long", "Lợi", "Lực", "Mạnh", "Minh", "Nam", "Nghĩa", "Phong",
    "Phúc", "Quân", "Quang", "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn",
    "Tùng", "Việt", "Vinh", "Vũ", "Páo", "Sử", "Dình", "Chứ", "Phử", "Lử", "Súa", "Chía", "Pao",
    "Sính", "Vảng", "Tủa", "Chinh", "Lềnh", "Lở", "Phin", "Quẩy", "Chàn", "Mìn",
];

/// Given names for women, Kinh names first, then names common among Lào Cai's ethnic minorities.
pub const GIVEN_NAMES_FEMALE: &[&str] = &[
    "An",
    "Anh",
    "Ánh",
    "Bích",
    "Chi",
    "Diệp",
    "Dung",
    "Duyên",
    "Giang",
    "Hà",
    "Hằng",
    "Hạnh",
    "Hiền",
    "Hoa",
    "Hòa",
    "Hồng",
    "Huệ",
    "Hương",
    "Huyền",
    "Khuyên",
    "Lan",
    "Liên",
    "Linh",
    "Loan",
    "Lụa",
    "Ly",
    "Mai",
    "My",
    "Nga",
    "Ngân",
    "Ngọc",
    "Nhàn",
    "Nhung",
    "Oanh",
    "Phương",
    "Phượng",
    "Quỳnh",
    "Sen",
    "Tâm",
    "Thảo",
    "Thắm",
    "Thơm",
    "Thu",
    "Thủy",
    "Thúy",
    "Trang",
    "Trinh",
    "Tuyết",
    "Uyên",
    "Vân",
    "Xuân",
    "Yến",
    "Mỷ",
    "Dế",
    "Pà",
    "Dính",
    "Dợ",
    "Mẩy",
    "Dua",
    "Sở",
    "Xía",
    "Chở",
    "Sành",
];

/// Words that come before a village name in an address.
pub const VILLAGE_PREFIXES: &[&str] = &["Thôn", "Bản", "Tổ dân phố"];

/// Village names in the style of Lào Cai's highland and valley settlements.
pub const VILLAGE_NAMES: &[&str] = &[
    "Na Lo",
    "Lũng Phìn",
    "Cán Cấu",
    "Lao Chải",
    "Séo Mí Tỷ",
    "Cát Cát",
    "Sín Chải",
    "Tả Chải",
    "Lùng Cẩu",
    "Nậm Cang",
    "Na Hối",
    "Cốc Môi",
    "Phìn Hồ",
    "Ý Linh Hồ",
    "Lồ Suối Tủng",
    "Sả Séng",
    "Hầu Thào",
    "Nậm Sài",
    "Bản Dền",
    "Làng Chung",
    "Làng Mới",
    "Pờ Hồ",
    "Sì Lờ Lầu",
    "Lũng Sui",
    "Cốc Rế",
    "Na Khui",
    "Pạc Ngam",
    "Nà Khương",
    "Khe Bá",
    "Làng Cọ",
    "Khe Mụ",
    "Cốc Lầy",
    "Tùng Chỉn",
    "Phố Mới",
    "Na Kim",
    "Bản Củm",
    "Khe Lếch",
    "Đồng Sen",
    "Bản Bó",
    "Pà Cheo",
    "Sín Lùng Chải",
    "Mường Bo",
    "Nậm Khánh",
    "Cốc Sâm",
    "Làng Là",
    "Tả Lèng",
];

/// Fictional employers across Lào Cai's sectors. Employers based in another
/// province carry the Lào Cai district of their recruiting office and are
/// listed in [`EMPLOYER_HOME_PROVINCE`].
pub const EMPLOYERS: &[EmployerName] = &[
    // Industrial zones in the province: Tằng Loỏng (Bảo Thắng), Đông Phố Mới and Bắc Duyên Hải (Lào Cai city).
    EmployerName {
        name: "Công ty TNHH Luyện kim màu Sông Hồng Xanh",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Phân bón Khoáng chất Bảo Thắng An Phú",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Hóa chất Phốt pho Sao Vàng Tằng Loỏng",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH May mặc Phố Lu Hưng Thịnh",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Luyện gang Nam Cường Phát",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Cơ khí Kết cấu Thép Hòa Bình Xanh",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Nông sản Xuất khẩu Duyên Hải Lộc",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Gạch Không Nung Vạn Hòa Bền Vững",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH May Xuất khẩu Kim Tân Việt",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Linh kiện Điện tử Bắc Duyên Hải Tiến Bộ",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    // Factories in other provinces recruiting through Lào Cai.
    EmployerName {
        name: "Công ty TNHH Điện tử Quang Minh Yên Phong",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Công nghệ Linh kiện Vân Trung Xanh",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Điện tử Sông Công Tiến Phát",
        sector: Sector::IndustrialZone,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP May Thời trang Hà Đông Phúc Lợi",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Phụ tùng Ô tô Bình Xuyên Hoàng Gia",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Giày da Thuận An Bình Minh",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Cơ khí Chính xác Đình Vũ Nam Hải",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH May Long Thành Hòa Hợp",
        sector: Sector::IndustrialZone,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Kho vận Thương mại điện tử Phố Nối Nhanh",
        sector: Sector::IndustrialZone,
        district: "080",
        overseas_licence: false,
    },
    // Mining: apatite (Bảo Thắng, Cam Đường), copper (Bát Xát, Tả Phời), iron (Văn Bàn).
    EmployerName {
        name: "Công ty CP Khoáng sản Apatit Hợp Thành Phát",
        sector: Sector::Mining,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Khai thác Đồng Nậm Chạc Tân Tiến",
        sector: Sector::Mining,
        district: "082",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Quặng sắt Làng Giàng Thịnh Vượng",
        sector: Sector::Mining,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Đá Xây dựng Phong Niên Vững Chắc",
        sector: Sector::Mining,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Cơ giới Mỏ Bảo Hà An Khang",
        sector: Sector::Mining,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Khoáng sản Quang Kim Hưng Long",
        sector: Sector::Mining,
        district: "082",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Tuyển khoáng Tả Phời Đại Thành",
        sector: Sector::Mining,
        district: "080",
        overseas_licence: false,
    },
    // Tea (Bắc Hà, Mường Khương, Bảo Yên) and cinnamon (Văn Bàn, Bảo Yên).
    EmployerName {
        name: "Hợp tác xã Chè Cổ Thụ Sương Mây Tả Củ Tỷ",
        sector: Sector::TeaAndCinnamon,
        district: "085",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Chè Lưng Núi Mường Khương",
        sector: Sector::TeaAndCinnamon,
        district: "083",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Chè Đồi Xanh Bảo Yên",
        sector: Sector::TeaAndCinnamon,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Quế Hữu cơ Khánh Yên Hưng Phát",
        sector: Sector::TeaAndCinnamon,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Tinh dầu Quế Hương Rừng Văn Bàn",
        sector: Sector::TeaAndCinnamon,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Quế Hồi Xuân Hòa Phúc Thịnh",
        sector: Sector::TeaAndCinnamon,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Chè Ngọc Sương Thanh Bình",
        sector: Sector::TeaAndCinnamon,
        district: "083",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Nông sản Bản Vàng Nghĩa Đô",
        sector: Sector::TeaAndCinnamon,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Nông lâm sản Quế Việt Bắc Lộc Phát",
        sector: Sector::TeaAndCinnamon,
        district: "080",
        overseas_licence: false,
    },
    // Farming, aquaculture and forestry.
    EmployerName {
        name: "Công ty TNHH Chuối Xuất khẩu Bản Qua Thành Công",
        sector: Sector::Agriculture,
        district: "082",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Rau An toàn Mây Ngàn Bắc Hà",
        sector: Sector::Agriculture,
        district: "085",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Cá Hồi Suối Lạnh Ngũ Chỉ Sơn",
        sector: Sector::Agriculture,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Chăn nuôi Phú Gia Bảo Thắng",
        sector: Sector::Agriculture,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Dứa Nắng Vàng Mường Khương",
        sector: Sector::Agriculture,
        district: "083",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Mận Tam Hoa Xuân Mới Bản Phố",
        sector: Sector::Agriculture,
        district: "085",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Lâm nghiệp Rừng Xanh Mới Văn Bàn",
        sector: Sector::Agriculture,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Gỗ Ván Bóc Đại Phát Bảo Yên",
        sector: Sector::Agriculture,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Dược liệu Đỉnh Mây Sa Pa",
        sector: Sector::Agriculture,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Gà Đồi Vĩnh Yên Thuận Thiên",
        sector: Sector::Agriculture,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Chăn nuôi Bò Vàng Cao Nguyên Si Ma Cai",
        sector: Sector::Agriculture,
        district: "084",
        overseas_licence: false,
    },
    // Tourism, mostly Sa Pa.
    EmployerName {
        name: "Công ty CP Khách sạn Thung Mây Ô Quý Hồ",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Khu nghỉ dưỡng Ruộng Bậc Mường Hoa Xanh",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Lữ hành Bản Làng Trekking Sa Pa",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Nhà hàng Lẩu Cá Hồi Cầu Mây Xưa",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Homestay Nhà Gỗ Mộc Tả Van",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Thổ cẩm Sắc Chàm Tả Phìn",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Khách sạn Biên Cương Cốc Lếu",
        sector: Sector::Tourism,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Du lịch Hoa Mận Chợ Phiên Bắc Hà",
        sector: Sector::Tourism,
        district: "085",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Spa Lá Thuốc Hương Núi Sa Pa",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Dịch vụ Cáp treo Đỉnh Mây Hoàng Liên",
        sector: Sector::Tourism,
        district: "088",
        overseas_licence: false,
    },
    // Border trade and logistics at Kim Thành (Lào Cai city) and Mường Khương.
    EmployerName {
        name: "Công ty TNHH Giao nhận Kim Thành Vạn Lộc",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Xuất nhập khẩu Hồng Hà Biên Mậu",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Đại lý Hải quan Cửa Khẩu Phú Quý",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Kho bãi Ngoại quan Tín Nghĩa Bắc Cường",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Thương mại Nông sản Biên Giới Bản Lầu",
        sector: Sector::BorderTrade,
        district: "083",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Vận tải Container Đông Phương Duyên Hải",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Thương mại An Thịnh Cốc Lếu",
        sector: Sector::BorderTrade,
        district: "080",
        overseas_licence: false,
    },
    // Construction.
    EmployerName {
        name: "Công ty CP Xây dựng Giao thông Núi Đỏ Lào Cai",
        sector: Sector::Construction,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây dựng Dân dụng Vững Bền Phố Ràng",
        sector: Sector::Construction,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Đầu tư Hạ tầng Thịnh Phát Sa Pa",
        sector: Sector::Construction,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây lắp Điện Quang Huy Bát Xát",
        sector: Sector::Construction,
        district: "082",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây dựng Thủy lợi Hòa An Văn Bàn",
        sector: Sector::Construction,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây dựng Đoàn Kết Sín Chéng",
        sector: Sector::Construction,
        district: "084",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Kết cấu Thép Trường Sơn Mới",
        sector: Sector::Construction,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây dựng Tân Long Thủ Đô",
        sector: Sector::Construction,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xây dựng Mỏ Than Hòn Gai Hợp Lực",
        sector: Sector::Construction,
        district: "085",
        overseas_licence: false,
    },
    // Transport.
    EmployerName {
        name: "Công ty TNHH Vận tải Hành khách Sao Bắc Lào Cai",
        sector: Sector::Transport,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Hợp tác xã Vận tải Taxi An Toàn Phố Lu",
        sector: Sector::Transport,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Vận tải Hàng hóa Trường Giang Bắc Hà",
        sector: Sector::Transport,
        district: "085",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Giao hàng Nhanh Cốc San",
        sector: Sector::Transport,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Xe Du lịch Hoàng Liên Xanh",
        sector: Sector::Transport,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Sửa chữa Ô tô Tín Phát Bắc Lệnh",
        sector: Sector::Transport,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Giao vận Đô thị Nhanh Tay",
        sector: Sector::Transport,
        district: "080",
        overseas_licence: false,
    },
    // Services.
    EmployerName {
        name: "Công ty TNHH Dịch vụ Giúp việc Nhà Bình An Lào Cai",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Bảo vệ Chuyên nghiệp Khiên Vàng Hoàng Liên",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Siêu thị Mini Phúc Lộc Bảo Yên",
        sector: Sector::Services,
        district: "087",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Nail và Mi Sắc Hồng Kim Tân",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Tin học Văn phòng Số Pom Hán",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Dịch vụ Chăm sóc Người cao tuổi Tâm Phúc",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Chuỗi Cửa hàng Tiện lợi Ngày Mới Tây Bắc",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Kế toán Thuế Minh Bạch Lào Cai",
        sector: Sector::Services,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Thương mại Dịch vụ Chợ Mới Khánh Yên",
        sector: Sector::Services,
        district: "089",
        overseas_licence: false,
    },
    // Health.
    EmployerName {
        name: "Công ty TNHH Phòng khám Đa khoa An Khang Cốc Lếu",
        sector: Sector::Health,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Bệnh viện Đa khoa Tư nhân Tâm An Phố Lu",
        sector: Sector::Health,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Nhà thuốc Thiện Tâm Sa Pa",
        sector: Sector::Health,
        district: "088",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Viện Dưỡng lão Hồng Ân Thủ Đô",
        sector: Sector::Health,
        district: "080",
        overseas_licence: false,
    },
    // Education.
    EmployerName {
        name: "Công ty TNHH Trường Mầm non Tư thục Hoa Ban Trắng",
        sector: Sector::Education,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Trung tâm Ngoại ngữ Nhật Hàn Bắc Cường",
        sector: Sector::Education,
        district: "080",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty CP Trường Trung cấp Kỹ Năng Việt Bảo Thắng",
        sector: Sector::Education,
        district: "086",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Đào tạo Lái xe Vững Tay Lái Văn Bàn",
        sector: Sector::Education,
        district: "089",
        overseas_licence: false,
    },
    EmployerName {
        name: "Công ty TNHH Trung tâm Anh ngữ Cầu Vồng Sa Pa",
        sector: Sector::Education,
        district: "088",
        overseas_licence: false,
    },
    // Licensed overseas-labour enterprises (XKLĐ), with offices in the province.
    EmployerName {
        name: "Công ty CP Cung ứng Nhân lực Quốc tế Hoàng Liên Sakura",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty TNHH Hợp tác Lao động Việt Nhật Đông Phương Xanh",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty CP Phát triển Nhân lực Hàn Việt Vững Bước",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty TNHH Xuất khẩu Lao động Đài Việt Phương Bắc",
        sector: Sector::OverseasLabour,
        district: "086",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty CP Nhân lực Quốc tế Sông Hồng Châu Âu",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty TNHH Dịch vụ Việc làm Ngoài nước Tây Bắc Toàn Cầu",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty CP Đào tạo và Cung ứng Lao động Trung Đông Hòa Bình Xanh",
        sector: Sector::OverseasLabour,
        district: "080",
        overseas_licence: true,
    },
    EmployerName {
        name: "Công ty CP Nhân lực Đông Á Văn Bàn",
        sector: Sector::OverseasLabour,
        district: "089",
        overseas_licence: true,
    },
];

/// Employers whose head office is in another province, with that province's GSO code.
pub const EMPLOYER_HOME_PROVINCE: &[(&str, &str)] = &[
    ("Công ty TNHH Điện tử Quang Minh Yên Phong", "27"),
    ("Công ty TNHH Công nghệ Linh kiện Vân Trung Xanh", "24"),
    ("Công ty TNHH Điện tử Sông Công Tiến Phát", "19"),
    ("Công ty CP May Thời trang Hà Đông Phúc Lợi", "01"),
    ("Công ty TNHH Phụ tùng Ô tô Bình Xuyên Hoàng Gia", "26"),
    ("Công ty TNHH Giày da Thuận An Bình Minh", "74"),
    ("Công ty TNHH Cơ khí Chính xác Đình Vũ Nam Hải", "31"),
    ("Công ty TNHH May Long Thành Hòa Hợp", "75"),
    (
        "Công ty TNHH Kho vận Thương mại điện tử Phố Nối Nhanh",
        "33",
    ),
    ("Công ty TNHH Xây dựng Tân Long Thủ Đô", "01"),
    ("Công ty TNHH Xây dựng Mỏ Than Hòn Gai Hợp Lực", "22"),
    ("Công ty TNHH Giao vận Đô thị Nhanh Tay", "01"),
    (
        "Công ty TNHH Dịch vụ Chăm sóc Người cao tuổi Tâm Phúc",
        "01",
    ),
    ("Công ty TNHH Viện Dưỡng lão Hồng Ân Thủ Đô", "01"),
    (
        "Công ty CP Cung ứng Nhân lực Quốc tế Hoàng Liên Sakura",
        "01",
    ),
    (
        "Công ty TNHH Hợp tác Lao động Việt Nhật Đông Phương Xanh",
        "01",
    ),
    ("Công ty CP Phát triển Nhân lực Hàn Việt Vững Bước", "01"),
    ("Công ty TNHH Xuất khẩu Lao động Đài Việt Phương Bắc", "01"),
    ("Công ty CP Nhân lực Quốc tế Sông Hồng Châu Âu", "01"),
    (
        "Công ty CP Đào tạo và Cung ứng Lao động Trung Đông Hòa Bình Xanh",
        "01",
    ),
];

/// Vacancy patterns covering every sector and all three places, with 2024 pay.
pub const JOB_TEMPLATES: &[JobTemplate] = &[
    // ---- Industrial zones in the province --------------------------------------------------
    JobTemplate {
        title: "Tuyển 50 lao động phổ thông làm việc tại KCN Tằng Loỏng",
        occupation: "9329",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 6_500_000,
        salary_max: 8_500_000,
        employment_type: "full_time",
        description: "Làm việc theo ca trong nhà máy, phụ vận hành dây chuyền và vệ sinh khu sản xuất. Nam, nữ từ 18 đến 40 tuổi, sức khỏe tốt, không cần kinh nghiệm vì được đào tạo tại chỗ. Có xe đưa đón từ Phố Lu, ăn ca miễn phí và đóng bảo hiểm đầy đủ.",
    },
    JobTemplate {
        title: "Tuyển công nhân may",
        occupation: "8153",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "May các công đoạn áo jacket, quần âu xuất khẩu theo chuyền. Nhận cả người chưa biết may, công ty dạy nghề miễn phí và trả lương trong thời gian học. Lương theo sản phẩm, thưởng chuyên cần, làm giờ hành chính và nghỉ Chủ nhật.",
    },
    JobTemplate {
        title: "Tuyển công nhân vận hành lò luyện đồng tại KCN Tằng Loỏng",
        occupation: "8121",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Theo dõi và điều chỉnh lò luyện, nạp liệu và ra sản phẩm theo quy trình an toàn. Ưu tiên nam tốt nghiệp trung cấp luyện kim, cơ khí hoặc điện. Được phụ cấp độc hại, khám sức khỏe định kỳ và có nhà ở tập thể.",
    },
    JobTemplate {
        title: "Tuyển công nhân vận hành dây chuyền sản xuất phân bón DAP",
        occupation: "8131",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Vận hành thiết bị phản ứng, sấy và đóng bao phân bón, ghi nhật ký ca. Yêu cầu tốt nghiệp THPT trở lên, ưu tiên có chứng chỉ vận hành hóa chất. Làm ba ca xoay vòng, có phụ cấp ca đêm và bồi dưỡng độc hại bằng hiện vật.",
    },
    JobTemplate {
        title: "Tuyển thợ hàn kết cấu thép tại Khu công nghiệp Đông Phố Mới",
        occupation: "7212",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Hàn dầm, cột và kết cấu nhà xưởng theo bản vẽ. Cần biết hàn que hoặc hàn MIG, có chứng chỉ là lợi thế. Lương thỏa thuận theo tay nghề, có thưởng theo tiến độ công trình.",
    },
    JobTemplate {
        title: "Tuyển LĐPT đóng gói nông sản xuất khẩu tại KCN Bắc Duyên Hải",
        occupation: "9321",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 7_500_000,
        employment_type: "full_time",
        description: "Phân loại, cân và đóng thùng hoa quả, nông sản trước khi xuất qua cửa khẩu. Không yêu cầu bằng cấp, chỉ cần chăm chỉ và cẩn thận. Có ăn trưa tại xưởng và tăng ca vào mùa cao điểm.",
    },
    JobTemplate {
        title: "Tuyển thợ điện bảo trì nhà máy",
        occupation: "7411",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Kiểm tra, sửa chữa tủ điện, động cơ và hệ thống chiếu sáng trong nhà máy. Tốt nghiệp trung cấp hoặc cao đẳng điện công nghiệp, đọc được sơ đồ điện. Làm theo ca, có phụ cấp trực và đóng đủ bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển tổ trưởng chuyền may",
        occupation: "3122",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Quản lý khoảng 30 công nhân, cân đối chuyền và bảo đảm năng suất, chất lượng. Cần ít nhất hai năm làm tổ trưởng hoặc tổ phó chuyền may. Có thưởng năng suất hằng tháng và lương tháng thứ 13.",
    },
    JobTemplate {
        title: "Tuyển nhân viên QC kiểm tra chất lượng sản phẩm",
        occupation: "7543",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Kiểm tra ngoại quan và kích thước sản phẩm trên chuyền, ghi biểu mẫu và báo lỗi kịp thời. Tốt nghiệp THPT trở lên, mắt tốt, cẩn thận. Được đào tạo tiêu chuẩn chất lượng và có cơ hội lên trưởng nhóm.",
    },
    JobTemplate {
        title: "Tuyển lái xe nâng trong kho nhà máy",
        occupation: "8344",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Bốc dỡ, sắp xếp nguyên liệu và thành phẩm trong kho bằng xe nâng. Bắt buộc có chứng chỉ vận hành xe nâng còn hạn. Được cấp đồng phục, bảo hộ lao động và ăn ca.",
    },
    JobTemplate {
        title: "Tuyển thủ kho nguyên vật liệu tại KCN Tằng Loỏng",
        occupation: "4321",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Nhập, xuất và kiểm kê vật tư, cập nhật số liệu trên phần mềm kho. Tốt nghiệp trung cấp trở lên, sử dụng thành thạo Excel. Làm giờ hành chính, nghỉ chiều thứ Bảy và Chủ nhật.",
    },
    JobTemplate {
        title: "Tuyển công nhân sản xuất gạch không nung",
        occupation: "9329",
        sector: Sector::IndustrialZone,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Cấp liệu, xếp gạch ra bãi và phụ vận hành máy ép. Nam khỏe mạnh, không cần kinh nghiệm. Lương theo sản lượng, làm việc gần nhà cho người ở Vạn Hòa, Cốc San.",
    },
    // ---- Factories in other provinces --------------------------------------------------------
    JobTemplate {
        title: "Tuyển 200 công nhân lắp ráp điện tử làm việc tại Bắc Ninh",
        occupation: "8212",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Lắp ráp, kiểm tra linh kiện điện thoại và máy tính bảng trong phòng sạch. Nam, nữ từ 18 đến 35 tuổi, tốt nghiệp THCS trở lên. Công ty hỗ trợ tiền xe từ Lào Cai, ký túc xá miễn phí và thưởng sau ba tháng làm việc.",
    },
    JobTemplate {
        title: "Tuyển nữ công nhân lắp ráp linh kiện tại KCN Quang Châu, Bắc Giang",
        occupation: "8212",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Gắn linh kiện, dán màn hình và kiểm tra sản phẩm theo hướng dẫn. Không yêu cầu kinh nghiệm, chỉ cần đọc viết thành thạo. Có phụ cấp nhà ở, xe đưa đón và ăn ca.",
    },
    JobTemplate {
        title: "Tuyển LĐPT làm việc tại KCN Yên Phong, hỗ trợ chỗ ở",
        occupation: "9329",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 7_500_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Làm công việc đóng gói, vận chuyển và cấp hàng trên dây chuyền sản xuất. Tuyển nam, nữ sức khỏe tốt, không cần bằng cấp. Công ty bố trí phòng ở và đưa đón từ Trung tâm Dịch vụ việc làm tỉnh Lào Cai.",
    },
    JobTemplate {
        title: "Tuyển công nhân may xuất khẩu tại Hà Nội",
        occupation: "8153",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "May hàng thời trang xuất khẩu, làm theo chuyền. Cần biết may máy một kim, người chưa có tay nghề được học việc có lương. Có ký túc xá, bếp ăn và thưởng các ngày lễ.",
    },
    JobTemplate {
        title: "Tuyển công nhân điện tử tại Thái Nguyên, làm ca, có xe đưa đón",
        occupation: "8212",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Vận hành máy, lắp ráp và kiểm tra bo mạch trong nhà máy điện tử. Tuyển lao động từ 18 tuổi, ưu tiên người đã tốt nghiệp THPT. Làm hai ca, có phụ cấp ca đêm, chuyên cần và nhà ở.",
    },
    JobTemplate {
        title: "Tuyển công nhân sản xuất phụ tùng ô tô tại Vĩnh Phúc",
        occupation: "9329",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Cấp phôi, lắp ráp và đóng gói phụ tùng xe máy, ô tô. Nam từ 18 đến 35 tuổi, sức khỏe tốt. Hỗ trợ tiền nhà, đi lại và đào tạo lên thợ vận hành máy.",
    },
    JobTemplate {
        title: "Tuyển công nhân kiểm tra ngoại quan sản phẩm tại Bắc Ninh",
        occupation: "7543",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Soi lỗi bề mặt sản phẩm bằng kính lúp và thiết bị chiếu sáng. Nữ từ 18 đến 30 tuổi, thị lực tốt. Có ký túc xá, ăn ca và xe đưa đón.",
    },
    JobTemplate {
        title: "Tuyển công nhân giày da tại Bình Dương, bao ở",
        occupation: "9329",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Làm các công đoạn cắt, may mũ giày và gò đế trong xưởng giày xuất khẩu. Không cần kinh nghiệm, được đào tạo và hỗ trợ vé xe vào nhận việc. Công ty bao chỗ ở và có thưởng tháng lương thứ 13.",
    },
    JobTemplate {
        title: "Tuyển công nhân may tại Đồng Nai, hỗ trợ vé xe",
        occupation: "8153",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "May hàng dệt kim và đồ thể thao theo chuyền. Nhận cả lao động chưa có nghề, học việc có lương. Hỗ trợ vé xe, tiền nhà trọ và có nhà trẻ cho con công nhân.",
    },
    JobTemplate {
        title: "Tuyển thợ vận hành máy CNC tại Hải Phòng",
        occupation: "7223",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 10_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Gá phôi, chạy chương trình và đo kiểm chi tiết cơ khí trên máy phay, tiện CNC. Tốt nghiệp trung cấp cơ khí trở lên, đọc được bản vẽ kỹ thuật. Có nhà ở, xe đưa đón và tăng lương hằng năm.",
    },
    JobTemplate {
        title: "Tuyển LĐPT đóng gói hàng thương mại điện tử tại Hưng Yên",
        occupation: "9321",
        sector: Sector::IndustrialZone,
        place: Place::OtherProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Lấy hàng theo đơn, đóng gói và dán nhãn vận chuyển trong kho lớn. Nam, nữ từ 18 tuổi, biết dùng điện thoại thông minh. Tăng ca nhiều vào dịp lễ, có hỗ trợ chỗ ở.",
    },
    // ---- Mining --------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển thợ khai thác mỏ hầm lò",
        occupation: "8111",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 11_000_000,
        salary_max: 16_000_000,
        employment_type: "full_time",
        description: "Đào lò, chống giữ và khai thác quặng dưới sự chỉ huy của đội trưởng. Nam từ 18 đến 40 tuổi, sức khỏe loại 1 hoặc 2, được đào tạo nghề khai thác trước khi vào lò. Có phụ cấp hầm lò, bồi dưỡng độc hại và nhà ở tập thể.",
    },
    JobTemplate {
        title: "Tuyển công nhân khai thác quặng apatit lộ thiên tại Bảo Thắng",
        occupation: "8111",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Khoan, nổ mìn phối hợp với tổ kỹ thuật và bốc xúc quặng apatit tại moong khai thác. Ưu tiên người đã qua đào tạo nghề khai thác mỏ. Đóng bảo hiểm đầy đủ và cấp bảo hộ lao động.",
    },
    JobTemplate {
        title: "Tuyển lái máy xúc làm việc tại mỏ",
        occupation: "8342",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 12_000_000,
        salary_max: 18_000_000,
        employment_type: "full_time",
        description: "Vận hành máy xúc đào đất đá và bốc quặng lên xe. Có chứng chỉ vận hành máy xúc và ít nhất một năm kinh nghiệm. Lương theo ca máy, có nhà ở tại công trường.",
    },
    JobTemplate {
        title: "Tuyển lái xe tải ben chở quặng",
        occupation: "8332",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 12_000_000,
        salary_max: 16_000_000,
        employment_type: "full_time",
        description: "Chở quặng từ mỏ về nhà máy tuyển theo cung đường nội bộ. Có giấy phép lái xe hạng C trở lên và kinh nghiệm lái xe đường đèo. Lương theo chuyến, có ăn ở tại mỏ.",
    },
    JobTemplate {
        title: "Tuyển công nhân vận hành nhà máy tuyển quặng đồng tại Bát Xát",
        occupation: "8112",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Vận hành máy nghiền, máy tuyển nổi và hệ thống bơm bùn quặng. Tốt nghiệp trung cấp tuyển khoáng, cơ điện hoặc hóa là lợi thế. Làm ba ca, có xe đưa đón từ thị trấn Bát Xát.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên trắc địa mỏ",
        occupation: "3117",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Đo đạc, lập bản vẽ hiện trạng và theo dõi khối lượng khai thác. Tốt nghiệp cao đẳng hoặc đại học trắc địa mỏ, sử dụng được máy toàn đạc. Được hỗ trợ nhà ở và phụ cấp khu vực.",
    },
    JobTemplate {
        title: "Tuyển lao động phổ thông làm việc tại mỏ sắt Văn Bàn",
        occupation: "9311",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Phụ bốc xếp, nhặt đá thải và vệ sinh băng tải tại khu mỏ. Nam từ 18 đến 45 tuổi, ưu tiên người địa phương các xã lân cận. Có bảo hộ lao động và bữa ăn giữa ca.",
    },
    JobTemplate {
        title: "Tuyển thợ sửa chữa cơ khí thiết bị mỏ",
        occupation: "7233",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Bảo dưỡng, sửa chữa máy nghiền, băng tải, máy xúc và xe tải mỏ. Tốt nghiệp trung cấp cơ khí hoặc sửa chữa máy thi công. Có phụ cấp độc hại và thưởng an toàn.",
    },
    JobTemplate {
        title: "Tuyển thợ điện mỏ",
        occupation: "7411",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Lắp đặt, vận hành và sửa chữa hệ thống điện khu khai thác và nhà máy tuyển. Có bằng trung cấp điện và chứng chỉ an toàn điện. Làm việc theo ca, ăn ở tại mỏ.",
    },
    JobTemplate {
        title: "Tuyển bảo vệ khu mỏ, làm ca",
        occupation: "5414",
        sector: Sector::Mining,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 7_500_000,
        employment_type: "full_time",
        description: "Tuần tra, kiểm soát người và xe ra vào khu mỏ, ghi sổ giao ca. Nam từ 25 đến 50 tuổi, ưu tiên bộ đội xuất ngũ. Có chỗ nghỉ tại mỏ và phụ cấp ca đêm.",
    },
    // ---- Tea and cinnamon -----------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển lao động hái chè vụ xuân tại Mường Khương",
        occupation: "9211",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 6_000_000,
        employment_type: "seasonal",
        description: "Hái chè búp tươi theo tiêu chuẩn một tôm hai lá trên đồi chè của hợp tác xã. Nam, nữ từ 16 tuổi, nhanh nhẹn, không cần kinh nghiệm. Trả công theo kilôgam chè, thanh toán hằng tuần.",
    },
    JobTemplate {
        title: "Tuyển công nhân chế biến chè tại nhà máy chè Bảo Yên",
        occupation: "8160",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Vận hành máy héo, vò, sấy chè và đóng gói thành phẩm. Không yêu cầu kinh nghiệm, được hướng dẫn tại xưởng. Làm theo ca trong mùa chè, có ăn ca và bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển thợ sao chè, phân loại chè thành phẩm",
        occupation: "7515",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Sao chè thủ công, thử nếm và chia loại chè theo màu nước, hương vị. Ưu tiên người đã làm chè Shan tuyết ít nhất hai mùa. Có thưởng theo chất lượng mẻ chè.",
    },
    JobTemplate {
        title: "Tuyển lao động bóc vỏ quế thời vụ tại Văn Bàn",
        occupation: "9211",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 7_500_000,
        employment_type: "seasonal",
        description: "Chặt cây quế đến tuổi, bóc vỏ và bó quế theo yêu cầu của hợp tác xã. Nam, nữ khỏe mạnh, quen làm việc trên nương. Trả công theo khối lượng, có người đón tại bản.",
    },
    JobTemplate {
        title: "Tuyển công nhân vận hành nồi chưng cất tinh dầu quế",
        occupation: "8131",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_500_000,
        employment_type: "full_time",
        description: "Nạp lá, cành quế vào nồi, theo dõi nhiệt độ và thu tinh dầu. Cần cẩn thận, chịu được nóng, được hướng dẫn an toàn lò hơi. Có ăn trưa và phụ cấp ca đêm.",
    },
    JobTemplate {
        title: "Tuyển lao động sơ chế, phơi sấy quế xuất khẩu",
        occupation: "9329",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 7_500_000,
        employment_type: "full_time",
        description: "Cạo vỏ, cắt thanh, phơi sấy và đóng gói quế theo đơn hàng. Không yêu cầu kinh nghiệm, ưu tiên lao động nữ ở gần xưởng. Làm giờ hành chính, có thưởng khi đạt sản lượng.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên nông nghiệp hướng dẫn trồng chè hữu cơ",
        occupation: "3142",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Hướng dẫn hộ trồng chè ghi nhật ký, bón phân và phòng trừ sâu bệnh theo tiêu chuẩn hữu cơ. Tốt nghiệp cao đẳng hoặc đại học nông học, có xe máy để đi bản. Biết tiếng Mông hoặc tiếng Dao là lợi thế lớn.",
    },
    JobTemplate {
        title: "Tuyển lao động chăm sóc vườn chè Shan tuyết tại Bắc Hà",
        occupation: "6112",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Làm cỏ, đốn tỉa, bón phân và thu hái chè cổ thụ. Ưu tiên người trong xã có kinh nghiệm làm chè. Được hợp tác xã hỗ trợ bảo hiểm y tế và chia lợi nhuận cuối năm.",
    },
    JobTemplate {
        title: "Hợp tác xã tuyển xã viên trồng quế hữu cơ",
        occupation: "6112",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 6_000_000,
        employment_type: "contract",
        description: "Trồng, chăm sóc rừng quế theo quy trình hữu cơ và bán sản phẩm qua hợp tác xã. Hộ có đất rừng được cấp cây giống và tập huấn kỹ thuật. Thu nhập ổn định nhờ hợp đồng bao tiêu nhiều năm.",
    },
    JobTemplate {
        title: "Tuyển nhân viên kinh doanh sản phẩm chè, quế",
        occupation: "3322",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Tìm khách hàng, giới thiệu chè và tinh dầu quế tại hội chợ và trên sàn thương mại điện tử. Tốt nghiệp trung cấp trở lên, giao tiếp tốt. Lương cứng cộng hoa hồng theo doanh số.",
    },
    JobTemplate {
        title: "Tuyển công nhân đóng gói chè túi lọc",
        occupation: "9321",
        sector: Sector::TeaAndCinnamon,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Cân, đóng hộp và dán tem truy xuất nguồn gốc cho chè thành phẩm. Nữ từ 18 đến 45 tuổi, cẩn thận, sạch sẽ. Làm giờ hành chính, nghỉ Chủ nhật.",
    },
    // ---- Farming, aquaculture, forestry ---------------------------------------------------------
    JobTemplate {
        title: "Tuyển lao động trồng và thu hoạch chuối tại Bát Xát",
        occupation: "9211",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "seasonal",
        description: "Trồng, bao buồng, thu hoạch và vận chuyển chuối ra khu sơ chế. Nam, nữ sức khỏe tốt, quen việc đồng áng. Có lán nghỉ trưa và trả công theo tuần.",
    },
    JobTemplate {
        title: "Tuyển công nhân chăm sóc rừng trồng",
        occupation: "9215",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "seasonal",
        description: "Phát dọn thực bì, đào hố, trồng và chăm sóc cây keo, cây quế. Ưu tiên người gần khu rừng để đi về trong ngày. Trả công theo khối lượng, có bảo hộ lao động.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên lâm nghiệp trồng rừng gỗ lớn",
        occupation: "3143",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Lập kế hoạch trồng rừng, giám sát đội công nhân và nghiệm thu diện tích. Tốt nghiệp trung cấp trở lên ngành lâm sinh hoặc quản lý tài nguyên rừng. Có phụ cấp đi lại và công tác phí.",
    },
    JobTemplate {
        title: "Tuyển lao động nuôi cá hồi, cá tầm tại Sa Pa",
        occupation: "6221",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Cho cá ăn, vệ sinh bể, theo dõi nước và thu hoạch cá thương phẩm. Chịu được khí hậu lạnh, siêng năng, được hướng dẫn kỹ thuật từ đầu. Bao ăn ở tại trại.",
    },
    JobTemplate {
        title: "Tuyển công nhân trang trại chăn nuôi lợn",
        occupation: "6121",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Cho ăn, vệ sinh chuồng, tiêm phòng theo lịch và ghi chép đàn lợn. Ưu tiên vợ chồng cùng làm, có nhà ở tại trại. Được thưởng theo năng suất đàn.",
    },
    JobTemplate {
        title: "Tuyển lao động chăn nuôi gà đồi",
        occupation: "6122",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Chăm sóc đàn gà thả đồi, cho ăn, phòng dịch và thu gom gà xuất bán. Không cần kinh nghiệm, chăm chỉ và trung thực. Có chỗ ở tại trang trại và bữa ăn.",
    },
    JobTemplate {
        title: "Tuyển lao động trồng rau an toàn tại Bắc Hà",
        occupation: "6111",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Gieo trồng, tưới, làm cỏ và thu hoạch rau theo tiêu chuẩn VietGAP. Được tập huấn sử dụng phân bón và thuốc bảo vệ thực vật an toàn. Làm việc gần nhà cho người dân thị trấn Bắc Hà và các xã quanh.",
    },
    JobTemplate {
        title: "Tuyển lao động thu hoạch mận Tam Hoa thời vụ",
        occupation: "9211",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 6_000_000,
        employment_type: "seasonal",
        description: "Hái, phân loại và xếp mận vào sọt trong khoảng một tháng mùa thu hoạch. Nam, nữ từ 16 tuổi, nhanh nhẹn. Trả công theo ngày, bao bữa trưa.",
    },
    JobTemplate {
        title: "Tuyển lái máy cày, máy làm đất",
        occupation: "8341",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "seasonal",
        description: "Vận hành máy cày, máy phay đất cho các hộ trong vùng và bảo dưỡng máy. Cần có kinh nghiệm lái máy nông nghiệp, biết sửa chữa nhỏ. Lương theo diện tích làm được.",
    },
    JobTemplate {
        title: "Tuyển lao động trồng dứa tại Mường Khương",
        occupation: "9211",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 6_000_000,
        employment_type: "seasonal",
        description: "Trồng, làm cỏ và thu hoạch dứa trên nương của hợp tác xã. Ưu tiên lao động trong xã, làm theo mùa. Thanh toán tiền công hằng tuần.",
    },
    JobTemplate {
        title: "Tuyển thợ vận hành xưởng bóc gỗ, ép ván",
        occupation: "8172",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_500_000,
        employment_type: "full_time",
        description: "Vận hành máy bóc gỗ rừng trồng, máy sấy và máy ép ván. Nam từ 18 đến 45 tuổi, có kinh nghiệm xưởng gỗ là lợi thế. Có phụ cấp độc hại và ăn ca.",
    },
    JobTemplate {
        title: "Tuyển công nhân vườn ươm cây giống lâm nghiệp",
        occupation: "6210",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Đóng bầu, gieo hạt, giâm hom và chăm sóc cây giống quế, keo, sa mộc. Cần cẩn thận, chịu khó, ưu tiên lao động nữ. Làm giờ hành chính tại vườn ươm.",
    },
    JobTemplate {
        title: "Tuyển lao động trồng, thu hái dược liệu tại Sa Pa",
        occupation: "6111",
        sector: Sector::Agriculture,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "seasonal",
        description: "Trồng, chăm sóc và thu hái đương quy, atiso và các cây thuốc của người Dao. Ưu tiên người biết các loại lá thuốc bản địa. Trả công theo ngày và theo sản lượng.",
    },
    // ---- Tourism ---------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển nhân viên lễ tân khách sạn tại Sa Pa",
        occupation: "4224",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Đón khách, làm thủ tục nhận trả phòng và giải đáp thông tin du lịch. Giao tiếp được tiếng Anh, sử dụng máy tính thành thạo. Bao ăn ca, có phí dịch vụ và chỗ ở cho nhân viên xa nhà.",
    },
    JobTemplate {
        title: "Tuyển nhân viên buồng phòng khách sạn 4 sao tại Sa Pa",
        occupation: "9112",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Dọn dẹp, thay đồ vải và bổ sung vật dụng trong phòng khách. Không cần kinh nghiệm, được đào tạo theo tiêu chuẩn khách sạn. Có phí dịch vụ hằng tháng, ăn ca và đồng phục.",
    },
    JobTemplate {
        title: "Tuyển phục vụ nhà hàng tại thị xã Sa Pa",
        occupation: "5131",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Đón khách, ghi món, phục vụ bàn và dọn dẹp nhà hàng. Nam, nữ từ 18 tuổi, vui vẻ, biết chút tiếng Anh là lợi thế. Bao ăn hai bữa, có tiền tip chia đều.",
    },
    JobTemplate {
        title: "Tuyển đầu bếp món Âu và món Á cho khu nghỉ dưỡng",
        occupation: "5120",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Chế biến món Âu, món Á và đặc sản Tây Bắc theo thực đơn của bếp trưởng. Cần ít nhất hai năm kinh nghiệm bếp nhà hàng hoặc khách sạn. Bao ăn ở, có phí dịch vụ và mười hai ngày phép năm.",
    },
    JobTemplate {
        title: "Tuyển bếp trưởng nhà hàng lẩu cá hồi",
        occupation: "3434",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 15_000_000,
        salary_max: 25_000_000,
        employment_type: "full_time",
        description: "Xây dựng thực đơn, quản lý bếp và kiểm soát chi phí nguyên liệu. Có ít nhất năm năm kinh nghiệm, trong đó hai năm ở vị trí bếp trưởng hoặc bếp phó. Lương thỏa thuận theo năng lực, có thưởng doanh thu.",
    },
    JobTemplate {
        title: "Tuyển phụ bếp, rửa bát",
        occupation: "9412",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_000_000,
        employment_type: "full_time",
        description: "Sơ chế rau, thịt, rửa dụng cụ và giữ vệ sinh khu bếp. Không cần kinh nghiệm, chăm chỉ là được. Bao ăn, có chỗ ngủ cho người ở xa.",
    },
    JobTemplate {
        title: "Tuyển hướng dẫn viên trekking người địa phương, biết tiếng Anh",
        occupation: "5113",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Dẫn khách đi bộ qua các bản Lao Chải, Tả Van, Bản Hồ và giới thiệu văn hóa địa phương. Nói được tiếng Anh cơ bản, thông thạo đường rừng. Ưu tiên thanh niên người Mông, người Dao tại Sa Pa; có tiền tip và thưởng theo tour.",
    },
    JobTemplate {
        title: "Tuyển nhân viên điều hành tour du lịch",
        occupation: "4221",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Nhận đặt tour, bố trí xe, khách sạn và hướng dẫn viên cho đoàn khách. Tốt nghiệp cao đẳng du lịch trở lên, tiếng Anh khá. Có hoa hồng theo số khách và được đi khảo sát tuyến mới.",
    },
    JobTemplate {
        title: "Tuyển giám sát buồng phòng",
        occupation: "5151",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Phân công, kiểm tra công việc của nhân viên buồng phòng và quản lý đồ vải, vật tư. Cần ít nhất hai năm kinh nghiệm buồng phòng khách sạn từ ba sao. Bao ăn ở và có phí dịch vụ.",
    },
    JobTemplate {
        title: "Tuyển nhân viên pha chế quán cà phê view núi",
        occupation: "5132",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Pha cà phê, trà và đồ uống theo công thức, giữ quầy sạch sẽ. Chưa biết pha chế sẽ được dạy trong hai tuần. Làm theo ca, bao ăn và có thưởng doanh thu.",
    },
    JobTemplate {
        title: "Tuyển nhân viên bán vé và soát vé khu du lịch",
        occupation: "5230",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Bán vé, thu tiền, soát vé và hướng dẫn khách xếp hàng. Tốt nghiệp THPT trở lên, trung thực, ngoại hình ưa nhìn. Có xe đưa đón từ trung tâm thị xã và đóng bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên spa tắm lá thuốc người Dao đỏ",
        occupation: "5142",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Chuẩn bị nước lá thuốc, hướng dẫn khách tắm và làm massage chân. Được đào tạo miễn phí, ưu tiên phụ nữ người Dao đỏ ở Tả Phìn, Tả Van. Lương cứng cộng tiền tua.",
    },
    JobTemplate {
        title: "Tuyển nhân viên bán hàng thổ cẩm, quà lưu niệm",
        occupation: "5223",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Giới thiệu và bán sản phẩm thổ cẩm, đồ bạc và quà lưu niệm cho khách du lịch. Biết tiếng Anh giao tiếp là lợi thế. Có hoa hồng theo doanh số.",
    },
    JobTemplate {
        title: "Tuyển thợ thêu thổ cẩm làm tại nhà",
        occupation: "7318",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 3_000_000,
        salary_max: 5_000_000,
        employment_type: "part_time",
        description: "Thêu, ghép vải thổ cẩm theo mẫu của hợp tác xã và giao hàng mỗi tuần. Phù hợp với phụ nữ người Mông, người Dao biết thêu truyền thống. Hợp tác xã cấp vải, chỉ và trả tiền theo sản phẩm.",
    },
    JobTemplate {
        title: "Tuyển nhân viên phục vụ homestay mùa cao điểm",
        occupation: "5131",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 6_000_000,
        employment_type: "seasonal",
        description: "Nấu ăn cùng chủ nhà, phục vụ bữa tối và dọn phòng cho khách nghỉ tại bản. Làm trong các tháng mùa lúa chín và dịp Tết. Bao ăn ở, ưu tiên người trong bản.",
    },
    JobTemplate {
        title: "Tuyển lễ tân khách sạn tại thành phố Lào Cai, ưu tiên biết tiếng Trung",
        occupation: "4224",
        sector: Sector::Tourism,
        place: Place::InProvince,
        salary_min: 6_500_000,
        salary_max: 8_500_000,
        employment_type: "full_time",
        description: "Tiếp đón khách, làm thủ tục lưu trú và hỗ trợ khách qua lại cửa khẩu. Giao tiếp được tiếng Trung hoặc tiếng Anh, tác phong nhanh nhẹn. Có phụ cấp ngoại ngữ và ăn ca.",
    },
    // ---- Border trade and logistics --------------------------------------------------------------
    JobTemplate {
        title: "Tuyển nhân viên khai thuê hải quan tại cửa khẩu Kim Thành",
        occupation: "3331",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Lập tờ khai, chuẩn bị chứng từ và làm thủ tục thông quan hàng xuất nhập khẩu. Tốt nghiệp cao đẳng trở lên ngành ngoại thương, logistics hoặc kế toán. Có chứng chỉ khai hải quan là lợi thế, thưởng theo số tờ khai.",
    },
    JobTemplate {
        title: "Tuyển phiên dịch tiếng Trung cho doanh nghiệp xuất nhập khẩu",
        occupation: "2643",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Phiên dịch đàm phán, dịch hợp đồng và liên hệ đối tác bên kia cửa khẩu. Tiếng Trung tương đương HSK 4 trở lên, giao tiếp lưu loát. Lương thỏa thuận theo trình độ, có công tác phí.",
    },
    JobTemplate {
        title: "Tuyển bốc xếp hàng hóa tại bãi hàng cửa khẩu Kim Thành",
        occupation: "9333",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Bốc dỡ, sang tải nông sản và hàng hóa tại bãi kiểm hóa. Nam từ 18 đến 45 tuổi, sức khỏe tốt. Trả công theo tấn hàng, thanh toán nửa tháng một lần.",
    },
    JobTemplate {
        title: "Tuyển lái xe container tuyến Kim Thành đi Hà Nội, Hải Phòng",
        occupation: "8332",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 15_000_000,
        salary_max: 20_000_000,
        employment_type: "full_time",
        description: "Chạy container hàng xuất nhập khẩu tuyến cao tốc Nội Bài – Lào Cai. Có bằng lái hạng FC và ít nhất hai năm kinh nghiệm. Lương cứng cộng chuyến, công ty lo chi phí đường bộ.",
    },
    JobTemplate {
        title: "Tuyển nhân viên kho bãi, kiểm đếm hàng xuất nhập khẩu",
        occupation: "4321",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Kiểm đếm, ghi phiếu nhập xuất và sắp xếp hàng trong kho ngoại quan. Tốt nghiệp THPT trở lên, biết dùng máy tính. Làm theo ca, có phụ cấp ăn trưa.",
    },
    JobTemplate {
        title: "Tuyển lái xe nâng tại bãi kiểm hóa",
        occupation: "8344",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Nâng hạ, sắp xếp pallet và container rỗng trong bãi hàng. Có chứng chỉ lái xe nâng, làm được ca đêm. Có phụ cấp ca và thưởng khi không để xảy ra sự cố.",
    },
    JobTemplate {
        title: "Tuyển nhân viên kinh doanh xuất khẩu nông sản, biết tiếng Trung",
        occupation: "3322",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Tìm nguồn hàng chuối, thanh long, dứa trong nước và chào bán cho đối tác Trung Quốc. Giao tiếp được tiếng Trung, có kinh nghiệm bán hàng là lợi thế. Lương cứng cộng hoa hồng theo lô hàng.",
    },
    JobTemplate {
        title: "Tuyển nhân viên bán hàng tại chợ Cốc Lếu",
        occupation: "5223",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Bán hàng bách hóa, đồ gia dụng cho khách trong nước và khách qua biên giới. Biết vài câu tiếng Trung là lợi thế. Bao ăn trưa, làm theo giờ chợ.",
    },
    JobTemplate {
        title: "Tuyển kế toán doanh nghiệp xuất nhập khẩu",
        occupation: "2411",
        sector: Sector::BorderTrade,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Hạch toán, lập báo cáo thuế và theo dõi công nợ với đối tác nước ngoài. Tốt nghiệp đại học kế toán, có ít nhất hai năm kinh nghiệm. Làm giờ hành chính, có thưởng cuối năm.",
    },
    // ---- Construction ------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển thợ nề, thợ xây",
        occupation: "7112",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Xây tường, trát, ốp lát cho công trình nhà ở và trường học. Có tay nghề, làm được theo bản vẽ đơn giản. Trả công theo ngày từ 350 đến 450 nghìn đồng tùy tay nghề.",
    },
    JobTemplate {
        title: "Tuyển phụ hồ làm việc tại công trình ở TP Lào Cai",
        occupation: "9313",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Trộn vữa, vận chuyển vật liệu và hỗ trợ thợ xây. Nam, nữ từ 18 đến 50 tuổi, sức khỏe tốt. Trả công theo ngày, có lán trại cho người ở xa.",
    },
    JobTemplate {
        title: "Tuyển thợ cốp pha, thợ mộc công trình",
        occupation: "7115",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Gia công, lắp dựng và tháo dỡ cốp pha cột, dầm, sàn. Có ít nhất một năm kinh nghiệm. Bao ở tại công trường, trả lương đúng ngày mỗi tháng.",
    },
    JobTemplate {
        title: "Tuyển thợ điện nước công trình",
        occupation: "7411",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Đi dây điện, lắp thiết bị và hệ thống cấp thoát nước cho nhà ở, văn phòng. Có chứng chỉ nghề điện dân dụng hoặc kinh nghiệm tương đương. Có phụ cấp xăng xe và điện thoại.",
    },
    JobTemplate {
        title: "Tuyển kỹ sư xây dựng cầu đường",
        occupation: "2142",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 12_000_000,
        salary_max: 18_000_000,
        employment_type: "full_time",
        description: "Quản lý kỹ thuật, khối lượng và hồ sơ nghiệm thu tại các dự án giao thông trong tỉnh. Tốt nghiệp đại học xây dựng cầu đường, có ít nhất ba năm kinh nghiệm hiện trường. Có phụ cấp công trường và nhà ở.",
    },
    JobTemplate {
        title: "Tuyển lái máy xúc, máy ủi cho dự án đường nối cao tốc",
        occupation: "8342",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 13_000_000,
        salary_max: 18_000_000,
        employment_type: "contract",
        description: "Đào, san gạt và lu lèn nền đường theo chỉ dẫn của kỹ thuật. Có chứng chỉ vận hành máy xúc hoặc máy ủi, ít nhất hai năm kinh nghiệm. Hợp đồng theo dự án, bao ăn ở tại công trường.",
    },
    JobTemplate {
        title: "Tuyển lao động làm đường giao thông nông thôn",
        occupation: "9312",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 6_500_000,
        salary_max: 8_000_000,
        employment_type: "seasonal",
        description: "Đổ bê tông mặt đường, xây rãnh thoát nước và dọn dẹp công trường. Ưu tiên lao động tại các xã có công trình. Trả công theo ngày, làm trong mùa khô.",
    },
    JobTemplate {
        title: "Tuyển thợ hàn, thợ lắp dựng nhà thép tiền chế",
        occupation: "7212",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Hàn, bắt bu lông và lắp dựng khung thép nhà xưởng. Có kinh nghiệm làm việc trên cao, có chứng chỉ an toàn là lợi thế. Có phụ cấp làm việc trên cao và bảo hiểm tai nạn.",
    },
    JobTemplate {
        title: "Tuyển giám sát thi công xây dựng",
        occupation: "3123",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 12_000_000,
        salary_max: 16_000_000,
        employment_type: "full_time",
        description: "Giám sát tiến độ, chất lượng và an toàn lao động tại công trình dân dụng. Tốt nghiệp cao đẳng hoặc đại học xây dựng, có chứng chỉ giám sát. Có xe công tác và phụ cấp đi lại.",
    },
    JobTemplate {
        title: "Tuyển thợ xây làm việc tại Hà Nội, bao ăn ở",
        occupation: "7112",
        sector: Sector::Construction,
        place: Place::OtherProvince,
        salary_min: 11_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Xây, trát và hoàn thiện các tòa chung cư đang thi công. Có tay nghề từ một năm trở lên, đi theo nhóm được ưu tiên. Bao ăn ở tại lán trại, hỗ trợ tiền xe về quê dịp Tết.",
    },
    JobTemplate {
        title: "Tuyển thợ sơn bả",
        occupation: "7131",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Bả matit, chà nhám và sơn hoàn thiện tường trong nhà, ngoài nhà. Có kinh nghiệm sơn bả, làm cẩn thận. Trả lương theo ngày công hoặc khoán theo mét vuông.",
    },
    JobTemplate {
        title: "Tuyển người vận hành cẩu tháp",
        occupation: "8343",
        sector: Sector::Construction,
        place: Place::InProvince,
        salary_min: 14_000_000,
        salary_max: 20_000_000,
        employment_type: "contract",
        description: "Vận hành cẩu tháp nâng vật liệu theo hiệu lệnh của người xi nhan. Có chứng chỉ vận hành cần trục tháp và giấy khám sức khỏe làm việc trên cao. Hợp đồng theo công trình, có bảo hiểm tai nạn.",
    },
    JobTemplate {
        title: "Tuyển lao động xây dựng làm việc tại Quảng Ninh",
        occupation: "9313",
        sector: Sector::Construction,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 10_000_000,
        employment_type: "contract",
        description: "Phụ việc xây dựng tại công trình khu đô thị và mặt bằng mỏ. Nam từ 18 đến 50 tuổi, sức khỏe tốt. Hợp đồng một năm, bao ở và hỗ trợ tiền xe đi lại.",
    },
    // ---- Transport ---------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển lái xe tải hạng C",
        occupation: "8332",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 11_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Lái xe tải chở vật liệu xây dựng, hàng tiêu dùng trong tỉnh. Có bằng lái hạng C, thông thạo đường đèo dốc. Lương cứng cộng phụ cấp chuyến và ăn đường.",
    },
    JobTemplate {
        title: "Tuyển lái xe khách giường nằm tuyến Lào Cai đi Hà Nội",
        occupation: "8331",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 15_000_000,
        salary_max: 20_000_000,
        employment_type: "full_time",
        description: "Lái xe giường nằm chạy tuyến cao tốc, bảo đảm giờ xuất bến. Có bằng lái hạng D trở lên và ít nhất ba năm lái xe khách. Có thưởng an toàn và đóng bảo hiểm đầy đủ.",
    },
    JobTemplate {
        title: "Tuyển lái xe taxi, có xe mới",
        occupation: "8322",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Lái taxi trong thành phố và đưa đón khách lên Sa Pa. Có bằng lái hạng B2, thông thạo đường trong tỉnh. Ăn chia theo doanh thu, hãng cấp xe và đồng phục.",
    },
    JobTemplate {
        title: "Tuyển nhân viên giao hàng bằng xe máy",
        occupation: "8321",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Nhận hàng tại bưu cục và giao tận tay khách trong thành phố Lào Cai. Có xe máy, bằng lái A1 và điện thoại thông minh. Thu nhập theo số đơn, được thưởng khi giao đúng hẹn.",
    },
    JobTemplate {
        title: "Tuyển tài xế xe du lịch 16 đến 29 chỗ tuyến Sa Pa",
        occupation: "8331",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 12_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Đưa đón khách du lịch giữa ga Lào Cai, Sa Pa, Bắc Hà và các điểm tham quan. Có bằng lái hạng D, thái độ lịch sự. Có tiền tip và phụ cấp lưu trú qua đêm.",
    },
    JobTemplate {
        title: "Tuyển nhân viên điều độ vận tải",
        occupation: "4323",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Lập lịch chạy xe, theo dõi hành trình qua định vị và xử lý phát sinh trên đường. Tốt nghiệp cao đẳng trở lên, sử dụng tốt Excel. Làm theo ca, có phụ cấp trực đêm.",
    },
    JobTemplate {
        title: "Tuyển thợ sửa chữa ô tô",
        occupation: "7231",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Bảo dưỡng, sửa chữa máy gầm và hệ thống điện ô tô con, xe tải. Tốt nghiệp trung cấp công nghệ ô tô hoặc có hai năm kinh nghiệm. Có thưởng theo doanh thu xưởng.",
    },
    JobTemplate {
        title: "Tuyển thợ sửa xe máy",
        occupation: "7231",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Thay dầu, sửa phanh, sửa điện và bảo dưỡng xe máy cho khách. Nhận cả người học việc, được dạy nghề và có phụ cấp. Bao ăn trưa.",
    },
    JobTemplate {
        title: "Tuyển shipper giao hàng tại Hà Nội",
        occupation: "8321",
        sector: Sector::Transport,
        place: Place::OtherProvince,
        salary_min: 9_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Giao hàng thương mại điện tử trong các quận nội thành Hà Nội. Có xe máy, bằng lái và điện thoại thông minh. Thu nhập theo đơn, có hỗ trợ xăng xe và bảo hiểm tai nạn.",
    },
    JobTemplate {
        title: "Tuyển lái xe B2 đưa đón chuyên gia",
        occupation: "8322",
        sector: Sector::Transport,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Lái xe 7 chỗ đưa đón chuyên gia giữa khu công nghiệp, khách sạn và cửa khẩu. Có bằng lái hạng B2 từ ba năm, không vi phạm nồng độ cồn. Làm giờ hành chính, tăng ca được trả thêm.",
    },
    // ---- Services ---------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển giúp việc gia đình",
        occupation: "9111",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Dọn dẹp nhà cửa, nấu cơm và giặt giũ cho gia đình bốn người tại thành phố Lào Cai. Nữ từ 25 đến 55 tuổi, sạch sẽ, trung thực. Bao ăn ở, nghỉ hai ngày mỗi tháng.",
    },
    JobTemplate {
        title: "Tuyển osin chăm sóc người già tại Hà Nội, bao ăn ở",
        occupation: "5322",
        sector: Sector::Services,
        place: Place::OtherProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Chăm sóc cụ bà 80 tuổi đi lại khó khăn, nấu ăn, vệ sinh cá nhân và đưa cụ đi khám. Nữ từ 30 đến 55 tuổi, kiên nhẫn, có kinh nghiệm chăm người già là lợi thế. Bao ăn ở, gia đình trả thêm tiền Tết.",
    },
    JobTemplate {
        title: "Tuyển giúp việc theo giờ",
        occupation: "9111",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 3_000_000,
        salary_max: 4_500_000,
        employment_type: "part_time",
        description: "Dọn dẹp nhà cửa ba buổi mỗi tuần, mỗi buổi ba giờ. Phù hợp với phụ nữ ở gần phường Bắc Cường, Nam Cường. Trả công theo giờ, thanh toán cuối tuần.",
    },
    JobTemplate {
        title: "Tuyển nhân viên bán hàng siêu thị",
        occupation: "5223",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Sắp xếp hàng lên kệ, tư vấn khách và kiểm hàng cuối ca. Tốt nghiệp THPT, nhanh nhẹn, vui vẻ. Làm theo ca, có thưởng doanh số và đóng bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển thu ngân cửa hàng tiện lợi",
        occupation: "5230",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 5_500_000,
        salary_max: 7_000_000,
        employment_type: "full_time",
        description: "Tính tiền, nhận thanh toán chuyển khoản và chốt sổ cuối ca. Biết sử dụng máy tính, trung thực, cẩn thận. Được đào tạo phần mềm bán hàng và có phụ cấp ca tối.",
    },
    JobTemplate {
        title: "Tuyển bảo vệ tòa nhà, trung tâm thương mại",
        occupation: "5414",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 7_500_000,
        employment_type: "full_time",
        description: "Giữ an ninh, trông xe và hướng dẫn khách ra vào tòa nhà. Nam từ 20 đến 50 tuổi, ưu tiên bộ đội xuất ngũ. Làm theo ca 12 giờ, có đồng phục và bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển nhân viên làm nail, mi",
        occupation: "5142",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Làm móng tay, móng chân, nối mi và tư vấn mẫu cho khách. Chưa biết nghề được đào tạo miễn phí ba tháng. Lương cứng cộng phần trăm theo khách.",
    },
    JobTemplate {
        title: "Tuyển nhân viên văn phòng hành chính",
        occupation: "4110",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Soạn thảo văn bản, lưu trữ hồ sơ, nghe điện thoại và mua văn phòng phẩm. Tốt nghiệp cao đẳng trở lên, sử dụng thành thạo tin học văn phòng. Làm giờ hành chính, nghỉ thứ Bảy và Chủ nhật.",
    },
    JobTemplate {
        title: "Tuyển nhân viên kế toán nội bộ",
        occupation: "4311",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Ghi chép thu chi, theo dõi công nợ và đối chiếu kho hằng tháng. Tốt nghiệp trung cấp kế toán trở lên, biết dùng phần mềm kế toán. Có thưởng cuối năm và nghỉ phép theo luật.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên IT hỗ trợ người dùng",
        occupation: "3512",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 12_000_000,
        employment_type: "full_time",
        description: "Cài đặt máy tính, máy in, xử lý sự cố phần mềm và hướng dẫn người dùng. Tốt nghiệp cao đẳng công nghệ thông tin trở lên. Có phụ cấp xăng xe khi đi hỗ trợ khách hàng.",
    },
    JobTemplate {
        title: "Tuyển kỹ thuật viên quản trị mạng",
        occupation: "3513",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 9_000_000,
        salary_max: 13_000_000,
        employment_type: "full_time",
        description: "Lắp đặt, cấu hình và giám sát mạng nội bộ, camera, tổng đài cho khách hàng doanh nghiệp. Có kinh nghiệm với thiết bị chuyển mạch, wifi và tường lửa. Có thưởng theo dự án.",
    },
    JobTemplate {
        title: "Tuyển thợ sửa chữa điện thoại, máy tính",
        occupation: "7421",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Thay màn hình, pin, sửa main điện thoại và cài đặt phần mềm máy tính. Nhận người đã học nghề điện tử, chưa có kinh nghiệm được kèm cặp. Lương cứng cộng phần trăm sửa chữa.",
    },
    JobTemplate {
        title: "Tuyển nhân viên tạp vụ văn phòng",
        occupation: "9112",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 5_500_000,
        employment_type: "part_time",
        description: "Lau dọn văn phòng, nhà vệ sinh và pha nước phục vụ họp. Làm buổi sáng từ 6 giờ đến 11 giờ. Phù hợp với người lớn tuổi còn sức khỏe.",
    },
    JobTemplate {
        title: "Tuyển người trông trẻ tại nhà ở TP Hồ Chí Minh",
        occupation: "5311",
        sector: Sector::Services,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 10_000_000,
        employment_type: "full_time",
        description: "Trông bé 2 tuổi, cho ăn, tắm rửa và chơi cùng bé khi bố mẹ đi làm. Nữ từ 25 đến 45 tuổi, đã có con là lợi thế. Bao ăn ở, gia đình mua vé máy bay hoặc vé xe khi nhận việc.",
    },
    JobTemplate {
        title: "Tuyển nhân viên bán hàng chuỗi cửa hàng thời trang tại Hà Nội",
        occupation: "5223",
        sector: Sector::Services,
        place: Place::OtherProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Tư vấn, bán hàng và trưng bày sản phẩm tại cửa hàng. Nam, nữ từ 18 đến 28 tuổi, giao tiếp tốt. Có hỗ trợ nhà ở trong ba tháng đầu và thưởng doanh số.",
    },
    JobTemplate {
        title: "Tuyển thợ may đo tại xưởng may",
        occupation: "7531",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Đo, cắt và may quần áo theo số đo của khách, sửa đồ cũ. Cần biết cắt may cơ bản, ưu tiên đã có kinh nghiệm may áo dài, đồng phục. Lương theo sản phẩm.",
    },
    JobTemplate {
        title: "Tuyển nhân viên kế toán thuế",
        occupation: "3313",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Làm sổ sách, kê khai thuế giá trị gia tăng và quyết toán cho các hộ kinh doanh, doanh nghiệp nhỏ. Tốt nghiệp cao đẳng kế toán trở lên, có một năm kinh nghiệm. Làm giờ hành chính, có thưởng mùa quyết toán.",
    },
    JobTemplate {
        title: "Tuyển nhân viên tư vấn bán hàng, lương thỏa thuận",
        occupation: "3322",
        sector: Sector::Services,
        place: Place::InProvince,
        salary_min: 0,
        salary_max: 0,
        employment_type: "full_time",
        description: "Tư vấn sản phẩm điện máy, trả góp cho khách tại cửa hàng và ở các chợ phiên. Không yêu cầu kinh nghiệm, được đào tạo kỹ năng bán hàng. Thu nhập thỏa thuận gồm lương cơ bản và hoa hồng.",
    },
    JobTemplate {
        title: "Tuyển bảo vệ KCN làm việc tại Bắc Ninh",
        occupation: "5414",
        sector: Sector::Services,
        place: Place::OtherProvince,
        salary_min: 7_000_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Bảo vệ cổng nhà máy, kiểm soát xe ra vào và tuần tra khu vực kho. Nam từ 20 đến 45 tuổi, cao từ 1m65. Có ký túc xá và ăn ca.",
    },
    // ---- Health ---------------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển điều dưỡng làm việc tại phòng khám đa khoa",
        occupation: "3221",
        sector: Sector::Health,
        place: Place::InProvince,
        salary_min: 6_500_000,
        salary_max: 9_000_000,
        employment_type: "full_time",
        description: "Tiếp đón người bệnh, lấy dấu hiệu sinh tồn, tiêm truyền và hỗ trợ bác sĩ khám. Tốt nghiệp cao đẳng điều dưỡng, có chứng chỉ hành nghề. Có phụ cấp trực và đóng bảo hiểm đầy đủ.",
    },
    JobTemplate {
        title: "Tuyển bác sĩ đa khoa, lương thỏa thuận",
        occupation: "2211",
        sector: Sector::Health,
        place: Place::InProvince,
        salary_min: 0,
        salary_max: 0,
        employment_type: "full_time",
        description: "Khám và điều trị ngoại trú, đọc kết quả xét nghiệm và kê đơn. Tốt nghiệp đại học y, có chứng chỉ hành nghề khám chữa bệnh đa khoa. Thu nhập thỏa thuận theo năng lực, có hỗ trợ nhà ở.",
    },
    JobTemplate {
        title: "Tuyển hộ lý bệnh viện",
        occupation: "5321",
        sector: Sector::Health,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Vệ sinh buồng bệnh, hỗ trợ người bệnh ăn uống, di chuyển và vận chuyển đồ vải. Không yêu cầu bằng cấp, được tập huấn kiểm soát nhiễm khuẩn. Làm theo ca, có phụ cấp trực đêm.",
    },
    JobTemplate {
        title: "Tuyển điều dưỡng viên trình độ đại học khoa Hồi sức",
        occupation: "2221",
        sector: Sector::Health,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Chăm sóc người bệnh nặng, theo dõi máy móc và thực hiện y lệnh tại khoa Hồi sức. Tốt nghiệp đại học điều dưỡng, có chứng chỉ hành nghề. Được đào tạo nâng cao và có phụ cấp chuyên môn.",
    },
    JobTemplate {
        title: "Tuyển nhân viên chăm sóc người cao tuổi tại viện dưỡng lão ở Hà Nội",
        occupation: "5321",
        sector: Sector::Health,
        place: Place::OtherProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Hỗ trợ các cụ ăn uống, vệ sinh, tập vận động và uống thuốc đúng giờ. Được đào tạo chăm sóc người cao tuổi trước khi làm việc. Bao ăn ở tại viện, có thưởng lễ Tết.",
    },
    JobTemplate {
        title: "Tuyển dược sĩ bán thuốc tại nhà thuốc",
        occupation: "3213",
        sector: Sector::Health,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Bán thuốc theo đơn, tư vấn cách dùng và sắp xếp, kiểm kê thuốc. Tốt nghiệp trung cấp hoặc cao đẳng dược. Làm theo ca, có phụ cấp ăn trưa.",
    },
    // ---- Education ------------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển giáo viên mầm non",
        occupation: "2342",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "full_time",
        description: "Chăm sóc, giáo dục trẻ từ 3 đến 5 tuổi theo chương trình mầm non. Tốt nghiệp cao đẳng sư phạm mầm non trở lên, yêu trẻ. Được ăn trưa cùng trẻ và đóng bảo hiểm.",
    },
    JobTemplate {
        title: "Tuyển bảo mẫu nhóm lớp mầm non tư thục",
        occupation: "5311",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 5_000_000,
        salary_max: 6_500_000,
        employment_type: "full_time",
        description: "Cho trẻ ăn, ngủ, vệ sinh và trông trẻ cùng giáo viên. Nữ từ 20 đến 45 tuổi, hiền lành, sạch sẽ. Có chứng chỉ bảo mẫu là lợi thế.",
    },
    JobTemplate {
        title: "Tuyển giáo viên tiếng Nhật dạy lao động chuẩn bị đi Nhật",
        occupation: "2353",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 15_000_000,
        employment_type: "full_time",
        description: "Dạy tiếng Nhật sơ cấp và văn hóa làm việc cho học viên trước khi xuất cảnh. Có chứng chỉ tiếng Nhật N3 trở lên, ưu tiên người từng làm việc tại Nhật. Có thưởng theo tỷ lệ học viên đỗ phỏng vấn.",
    },
    JobTemplate {
        title: "Tuyển giáo viên tiếng Hàn dạy học viên EPS",
        occupation: "2353",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Dạy tiếng Hàn ôn thi EPS-TOPIK cho người lao động. Có chứng chỉ TOPIK 4 trở lên hoặc tốt nghiệp ngành tiếng Hàn. Lương cứng cộng thưởng theo tỷ lệ đỗ.",
    },
    JobTemplate {
        title: "Tuyển giáo viên dạy nghề may công nghiệp",
        occupation: "2320",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 8_000_000,
        salary_max: 11_000_000,
        employment_type: "full_time",
        description: "Dạy lớp may công nghiệp trình độ sơ cấp cho lao động nông thôn tại các xã. Tốt nghiệp cao đẳng công nghệ may và có chứng chỉ sư phạm dạy nghề. Có phụ cấp đi lại khi dạy lưu động.",
    },
    JobTemplate {
        title: "Tuyển giáo viên tiếng Anh bán thời gian",
        occupation: "2353",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 4_000_000,
        salary_max: 7_000_000,
        employment_type: "part_time",
        description: "Dạy tiếng Anh giao tiếp cho thiếu nhi và nhân viên du lịch vào buổi tối, cuối tuần. Tốt nghiệp đại học ngôn ngữ Anh hoặc có IELTS từ 6,5 trở lên. Trả lương theo giờ dạy.",
    },
    JobTemplate {
        title: "Tuyển giáo viên tiểu học hợp đồng tại điểm trường vùng cao",
        occupation: "2341",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 6_000_000,
        salary_max: 8_000_000,
        employment_type: "contract",
        description: "Dạy lớp ghép tại điểm trường bản, hỗ trợ học sinh người dân tộc thiểu số học tiếng Việt. Tốt nghiệp đại học sư phạm tiểu học, biết tiếng Mông là lợi thế. Có phụ cấp vùng đặc biệt khó khăn và nhà công vụ.",
    },
    JobTemplate {
        title: "Tuyển cấp dưỡng trường mầm non bán trú",
        occupation: "5120",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 4_500_000,
        salary_max: 5_500_000,
        employment_type: "full_time",
        description: "Nấu bữa trưa, bữa phụ cho khoảng 150 trẻ theo thực đơn của nhà trường. Có chứng chỉ nấu ăn hoặc kinh nghiệm bếp tập thể, giấy khám sức khỏe còn hạn. Làm từ thứ Hai đến thứ Sáu.",
    },
    JobTemplate {
        title: "Tuyển giáo viên dạy lái xe ô tô",
        occupation: "2320",
        sector: Sector::Education,
        place: Place::InProvince,
        salary_min: 10_000_000,
        salary_max: 14_000_000,
        employment_type: "full_time",
        description: "Dạy thực hành lái xe hạng B và C trên sân tập và đường giao thông. Có giấy phép giáo viên dạy lái xe và bằng lái phù hợp. Lương theo số học viên, có thưởng tỷ lệ đỗ sát hạch.",
    },
    // ---- Abroad: Japan --------------------------------------------------------------------------------
    JobTemplate {
        title: "Đơn hàng thực tập sinh kỹ năng chế biến thực phẩm đi Nhật Bản",
        occupation: "8160",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 33_000_000,
        employment_type: "contract",
        description: "Làm cơm hộp, đóng gói thực phẩm trong nhà máy tại tỉnh Aichi, hợp đồng ba năm. Nam, nữ từ 18 đến 35 tuổi, tốt nghiệp THCS trở lên, không mắc bệnh truyền nhiễm. Được học tiếng Nhật bốn tháng trước khi xuất cảnh, xí nghiệp hỗ trợ nhà ở.",
    },
    JobTemplate {
        title: "Tuyển TTS đi Nhật ngành may mặc",
        occupation: "8153",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 32_000_000,
        employment_type: "contract",
        description: "May quần áo trong xưởng nhỏ tại Nhật Bản, làm việc tám giờ mỗi ngày. Tuyển nữ từ 19 đến 32 tuổi, biết may máy công nghiệp. Có tăng ca, ở ký túc xá và được khám sức khỏe miễn phí.",
    },
    JobTemplate {
        title: "XKLĐ Nhật Bản đơn hàng xây dựng cốp pha, giàn giáo",
        occupation: "7115",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 30_000_000,
        salary_max: 35_000_000,
        employment_type: "contract",
        description: "Lắp dựng cốp pha, giàn giáo tại công trình nhà ở và cầu đường. Nam từ 20 đến 35 tuổi, sức khỏe tốt, không sợ độ cao. Chi phí xuất cảnh theo quy định, được vay vốn ưu đãi cho người thuộc hộ nghèo.",
    },
    JobTemplate {
        title: "Tuyển TTS nông nghiệp trồng rau đi Nhật",
        occupation: "9211",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 32_000_000,
        employment_type: "contract",
        description: "Trồng, thu hoạch và đóng gói rau trong nhà kính tại Nhật Bản. Nam, nữ từ 18 đến 35 tuổi, quen làm nông nghiệp là lợi thế. Hợp đồng ba năm, chủ trang trại hỗ trợ nhà ở.",
    },
    JobTemplate {
        title: "Đơn hàng hộ lý chăm sóc người già đi Nhật diện kỹ năng đặc định",
        occupation: "5321",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 42_000_000,
        employment_type: "contract",
        description: "Chăm sóc người cao tuổi tại viện dưỡng lão ở Nhật Bản, hỗ trợ ăn uống, tắm và đi lại. Cần tiếng Nhật N4 và chứng chỉ kỹ năng điều dưỡng, hoặc đã hoàn thành thực tập sinh cùng ngành. Được gia hạn hợp đồng và có thể đưa gia đình sang khi lên bậc cao hơn.",
    },
    JobTemplate {
        title: "Tuyển TTS hàn bán tự động đi Nhật Bản",
        occupation: "7212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 30_000_000,
        salary_max: 35_000_000,
        employment_type: "contract",
        description: "Hàn CO2 các chi tiết máy và kết cấu thép tại xưởng cơ khí Nhật Bản. Nam từ 20 đến 32 tuổi, đã biết hàn là lợi thế, thi tay nghề trước khi phỏng vấn. Có tăng ca thường xuyên, công ty hỗ trợ tiền nhà.",
    },
    JobTemplate {
        title: "Đơn hàng chế biến thủy sản đi Nhật cho TTS nữ",
        occupation: "7511",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 32_000_000,
        employment_type: "contract",
        description: "Làm sạch, phi lê cá và đóng khay hải sản tại nhà máy ven biển. Nữ từ 18 đến 30 tuổi, không mù màu, chịu được lạnh. Hợp đồng ba năm, ở ký túc xá gần xưởng.",
    },
    JobTemplate {
        title: "Tuyển lao động kỹ năng đặc định ngành nhà hàng đi Nhật",
        occupation: "5131",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 40_000_000,
        employment_type: "contract",
        description: "Phục vụ khách, chuẩn bị món ăn và dọn dẹp tại chuỗi nhà hàng Nhật Bản. Có tiếng Nhật N4 và đỗ kỳ thi kỹ năng ngành nhà hàng. Được chuyển việc trong cùng ngành và hưởng lương như người Nhật.",
    },
    JobTemplate {
        title: "Đơn hàng lắp ráp linh kiện điện tử đi Nhật",
        occupation: "8212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 33_000_000,
        employment_type: "contract",
        description: "Lắp ráp bo mạch, kiểm tra thiết bị điện tử trong nhà máy tại Nhật Bản. Nam, nữ từ 18 đến 30 tuổi, thị lực tốt, khéo tay. Học tiếng Nhật miễn phí trước khi đi, vé máy bay do xí nghiệp chi trả.",
    },
    JobTemplate {
        title: "Tuyển TTS vận hành máy xây dựng đi Nhật Bản",
        occupation: "8342",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 30_000_000,
        salary_max: 35_000_000,
        employment_type: "contract",
        description: "Vận hành máy xúc, máy đào cỡ nhỏ tại công trình xây dựng Nhật Bản. Nam từ 20 đến 35 tuổi, có chứng chỉ lái máy trong nước là lợi thế. Hợp đồng ba năm, có thể chuyển sang kỹ năng đặc định.",
    },
    JobTemplate {
        title: "Đơn hàng đóng gói công nghiệp đi Nhật, không yêu cầu kinh nghiệm",
        occupation: "9321",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 27_000_000,
        salary_max: 30_000_000,
        employment_type: "contract",
        description: "Đóng gói, dán nhãn và kiểm tra sản phẩm nhựa, linh kiện trên dây chuyền. Nam, nữ từ 18 đến 35 tuổi, tốt nghiệp THCS trở lên. Thời gian đào tạo trước xuất cảnh khoảng bốn tháng.",
    },
    // ---- Abroad: Korea ----------------------------------------------------------------------------------
    JobTemplate {
        title: "XKLĐ Hàn Quốc theo chương trình EPS ngành sản xuất chế tạo",
        occupation: "9329",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 38_000_000,
        salary_max: 45_000_000,
        employment_type: "contract",
        description: "Làm việc trong các nhà máy cơ khí, nhựa và điện tử tại Hàn Quốc theo chương trình của Bộ Lao động. Phải thi đỗ tiếng Hàn EPS-TOPIK và kiểm tra tay nghề, tuổi từ 18 đến 39. Chi phí thấp, hợp đồng ba năm và có thể gia hạn.",
    },
    JobTemplate {
        title: "Tuyển lao động thời vụ nông nghiệp đi Hàn Quốc",
        occupation: "9211",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 42_000_000,
        employment_type: "seasonal",
        description: "Thu hoạch rau, quả tại địa phương Hàn Quốc đã ký thỏa thuận với tỉnh, thời hạn năm đến tám tháng. Ưu tiên lao động thuộc hộ nghèo, hộ cận nghèo, tuổi từ 25 đến 55. Chủ sử dụng bố trí chỗ ở, người lao động phải về nước đúng hạn.",
    },
    JobTemplate {
        title: "Đi Hàn Quốc diện EPS ngành nông nghiệp chăn nuôi",
        occupation: "6121",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 40_000_000,
        employment_type: "contract",
        description: "Chăm sóc bò, lợn và vệ sinh chuồng trại tại trang trại Hàn Quốc. Thi đỗ tiếng Hàn EPS-TOPIK, có sức khỏe tốt. Trang trại bao ở, hợp đồng ba năm.",
    },
    JobTemplate {
        title: "EPS Hàn Quốc ngành ngư nghiệp nuôi trồng thủy sản",
        occupation: "6221",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 38_000_000,
        salary_max: 42_000_000,
        employment_type: "contract",
        description: "Nuôi và thu hoạch hàu, rong biển, cá tại vùng ven biển Hàn Quốc. Nam từ 18 đến 39 tuổi, biết bơi, thi đỗ tiếng Hàn ngành ngư nghiệp. Được bao ăn ở theo hợp đồng.",
    },
    // ---- Abroad: Taiwan ---------------------------------------------------------------------------------
    JobTemplate {
        title: "XKLĐ Đài Loan tuyển nữ lắp ráp điện tử",
        occupation: "8212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 25_000_000,
        salary_max: 30_000_000,
        employment_type: "contract",
        description: "Lắp ráp linh kiện, kiểm tra sản phẩm trong nhà máy điện tử tại Đài Loan. Nữ từ 18 đến 35 tuổi, không xăm hình, thị lực tốt. Hợp đồng ba năm, tăng ca nhiều, công ty có ký túc xá.",
    },
    JobTemplate {
        title: "Đài Loan tuyển khán hộ công chăm sóc người bệnh tại gia",
        occupation: "5322",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 16_000_000,
        salary_max: 19_000_000,
        employment_type: "contract",
        description: "Chăm sóc người già hoặc người bệnh tại nhà chủ, hỗ trợ ăn uống, vệ sinh và đi lại. Nữ từ 25 đến 45 tuổi, biết tiếng Trung giao tiếp là lợi thế. Bao ăn ở tại nhà chủ, được học kỹ năng chăm sóc trước khi đi.",
    },
    JobTemplate {
        title: "Tuyển lao động nam đi Đài Loan làm cơ khí",
        occupation: "7223",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 27_000_000,
        salary_max: 32_000_000,
        employment_type: "contract",
        description: "Đứng máy tiện, máy dập và gia công chi tiết kim loại tại xưởng cơ khí Đài Loan. Nam từ 20 đến 38 tuổi, có sức khỏe tốt, biết nghề cơ khí là lợi thế. Lương cơ bản theo luật Đài Loan cộng tăng ca.",
    },
    JobTemplate {
        title: "Đài Loan tuyển lao động ngành thực phẩm",
        occupation: "8160",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 25_000_000,
        salary_max: 29_000_000,
        employment_type: "contract",
        description: "Vận hành máy trộn, máy đóng gói bánh kẹo và thực phẩm đông lạnh. Nam, nữ từ 20 đến 35 tuổi, không cần kinh nghiệm. Hợp đồng ba năm, có bảo hiểm y tế và lao động theo luật sở tại.",
    },
    // ---- Abroad: Europe -----------------------------------------------------------------------------------
    JobTemplate {
        title: "Tuyển học viên điều dưỡng đi Đức theo chương trình học nghề",
        occupation: "3221",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 28_000_000,
        salary_max: 35_000_000,
        employment_type: "apprenticeship",
        description: "Học nghề điều dưỡng ba năm tại bệnh viện, viện dưỡng lão ở Đức, vừa học vừa hưởng trợ cấp. Tốt nghiệp THPT, tuổi từ 18 đến 30, đạt tiếng Đức B1 trước khi xuất cảnh. Sau khi tốt nghiệp được ký hợp đồng làm việc lâu dài với mức lương điều dưỡng chính thức.",
    },
    JobTemplate {
        title: "Đi Đức làm đầu bếp nhà hàng, khách sạn",
        occupation: "5120",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 45_000_000,
        salary_max: 60_000_000,
        employment_type: "contract",
        description: "Nấu món Á, món Âu tại nhà hàng ở Đức theo thị thực lao động có tay nghề. Có bằng nghề nấu ăn, ít nhất hai năm kinh nghiệm và tiếng Đức A2. Chủ sử dụng hỗ trợ tìm nhà ở.",
    },
    JobTemplate {
        title: "Tuyển lao động đi Romania làm xây dựng",
        occupation: "9313",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 20_000_000,
        salary_max: 26_000_000,
        employment_type: "contract",
        description: "Phụ việc xây dựng, trộn vữa và vận chuyển vật liệu tại công trình ở Romania. Nam từ 20 đến 45 tuổi, có kinh nghiệm xây dựng là lợi thế. Hợp đồng hai năm, bao ở.",
    },
    JobTemplate {
        title: "XKLĐ Hungary công nhân nhà máy sản xuất",
        occupation: "9329",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 24_000_000,
        salary_max: 28_000_000,
        employment_type: "contract",
        description: "Làm việc trên dây chuyền lắp ráp và đóng gói tại khu công nghiệp ở Hungary. Nam, nữ từ 20 đến 40 tuổi, biết tiếng Anh cơ bản là lợi thế. Chủ sử dụng bố trí nhà ở có trừ một phần lương.",
    },
    JobTemplate {
        title: "Tuyển công nhân đi Ba Lan ngành chế biến thực phẩm",
        occupation: "8160",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 25_000_000,
        salary_max: 30_000_000,
        employment_type: "contract",
        description: "Vận hành máy chế biến, đóng gói thịt và rau củ tại nhà máy ở Ba Lan. Nam, nữ từ 20 đến 40 tuổi, chịu được môi trường lạnh. Hợp đồng hai năm, được gia hạn nếu làm tốt.",
    },
    JobTemplate {
        title: "Tuyển thợ hàn đi Séc",
        occupation: "7212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 45_000_000,
        employment_type: "contract",
        description: "Hàn kết cấu thép và chi tiết máy tại nhà máy cơ khí ở Cộng hòa Séc. Có chứng chỉ hàn và ít nhất hai năm kinh nghiệm, phải thi tay nghề trước khi ký hợp đồng. Lương theo giờ, có phụ cấp tăng ca.",
    },
    JobTemplate {
        title: "Tuyển lao động đi Slovakia làm công nhân lắp ráp ô tô",
        occupation: "9329",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 24_000_000,
        salary_max: 28_000_000,
        employment_type: "contract",
        description: "Lắp ráp phụ tùng, cấp linh kiện cho dây chuyền sản xuất ô tô. Nam từ 20 đến 40 tuổi, sức khỏe tốt. Hợp đồng hai năm, chủ sử dụng hỗ trợ nhà ở.",
    },
    JobTemplate {
        title: "Tuyển lao động nông nghiệp đi Bulgaria",
        occupation: "9211",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 18_000_000,
        salary_max: 22_000_000,
        employment_type: "seasonal",
        description: "Thu hoạch rau, hoa quả tại trang trại ở Bulgaria trong mùa vụ. Nam, nữ từ 20 đến 45 tuổi, quen việc nông nghiệp. Chủ trang trại bố trí chỗ ở, hợp đồng chín tháng.",
    },
    JobTemplate {
        title: "Nga tuyển công nhân may",
        occupation: "8153",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 16_000_000,
        salary_max: 22_000_000,
        employment_type: "contract",
        description: "May quần áo bảo hộ và hàng may sẵn tại xưởng ở Liên bang Nga. Biết may máy công nghiệp, tuổi từ 20 đến 40. Lương theo sản phẩm, bao ở tại xưởng.",
    },
    // ---- Abroad: Middle East, Asia, Oceania, Americas ---------------------------------------------------------
    JobTemplate {
        title: "Ả Rập Xê Út tuyển nữ giúp việc gia đình",
        occupation: "9111",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 9_000_000,
        salary_max: 11_000_000,
        employment_type: "contract",
        description: "Dọn dẹp nhà cửa, giặt giũ và phụ nấu ăn cho gia đình chủ tại Ả Rập Xê Út. Nữ từ 25 đến 45 tuổi, được học tiếng Ả Rập và kỹ năng giúp việc trước khi đi. Chủ nhà bao ăn ở và chi phí xuất cảnh.",
    },
    JobTemplate {
        title: "UAE tuyển nhân viên buồng phòng khách sạn",
        occupation: "9112",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 12_000_000,
        salary_max: 16_000_000,
        employment_type: "contract",
        description: "Dọn phòng, thay đồ vải tại khách sạn lớn ở Dubai. Nam, nữ từ 21 đến 35 tuổi, giao tiếp tiếng Anh cơ bản. Khách sạn bao ăn ở, xe đưa đón và vé máy bay.",
    },
    JobTemplate {
        title: "Qatar tuyển thợ xây dựng",
        occupation: "7112",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 13_000_000,
        salary_max: 17_000_000,
        employment_type: "contract",
        description: "Xây, trát và ốp lát tại các công trình dân dụng ở Qatar. Có tay nghề thợ xây, thi tay nghề trước khi ký hợp đồng. Chủ sử dụng bao ăn ở và chi trả vé máy bay.",
    },
    JobTemplate {
        title: "Malaysia tuyển công nhân nhà máy điện tử",
        occupation: "8212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 9_000_000,
        salary_max: 12_000_000,
        employment_type: "contract",
        description: "Lắp ráp, kiểm tra linh kiện trong nhà máy điện tử tại Malaysia. Nam, nữ từ 18 đến 35 tuổi, không yêu cầu kinh nghiệm. Chi phí thấp, có ký túc xá và xe đưa đón.",
    },
    JobTemplate {
        title: "Singapore tuyển thợ hàn đóng tàu",
        occupation: "7212",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 18_000_000,
        salary_max: 25_000_000,
        employment_type: "contract",
        description: "Hàn vỏ tàu và kết cấu thép tại nhà máy đóng tàu ở Singapore. Cần chứng chỉ hàn 3G hoặc 6G và thi tay nghề tại trung tâm được công nhận. Ở ký túc xá công nhân, có tăng ca.",
    },
    JobTemplate {
        title: "Úc tuyển lao động theo chương trình thị thực nông nghiệp",
        occupation: "9211",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 45_000_000,
        salary_max: 60_000_000,
        employment_type: "seasonal",
        description: "Hái quả, đóng gói nông sản tại trang trại ở Úc, trả lương theo giờ. Tuổi từ 21 đến 45, có tiếng Anh cơ bản và sức khỏe tốt. Chủ trang trại hỗ trợ tìm chỗ ở, chi phí đi lại theo thỏa thuận.",
    },
    JobTemplate {
        title: "New Zealand tuyển lao động thời vụ hái quả",
        occupation: "9211",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 40_000_000,
        salary_max: 50_000_000,
        employment_type: "seasonal",
        description: "Hái táo, kiwi và tỉa cành trong vườn cây ăn quả tại New Zealand. Nam, nữ từ 21 đến 45 tuổi, không sợ làm ngoài trời. Hợp đồng bảy tháng, phải về nước khi hết hạn.",
    },
    JobTemplate {
        title: "Israel tuyển lao động nông nghiệp",
        occupation: "6111",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 35_000_000,
        salary_max: 42_000_000,
        employment_type: "contract",
        description: "Trồng, chăm sóc rau và cây ăn quả trong nhà lưới ở Israel theo thỏa thuận giữa hai chính phủ. Tuổi từ 25 đến 40, có kinh nghiệm nông nghiệp và qua kiểm tra tay nghề. Chi phí thấp, chủ trang trại bố trí chỗ ở.",
    },
    JobTemplate {
        title: "Ma Cao tuyển nhân viên phục vụ nhà hàng, khách sạn",
        occupation: "5131",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 20_000_000,
        salary_max: 26_000_000,
        employment_type: "contract",
        description: "Phục vụ bàn, dọn dẹp tại nhà hàng trong khu nghỉ dưỡng ở Ma Cao. Nam, nữ từ 20 đến 35 tuổi, biết tiếng Anh hoặc tiếng Quảng Đông là lợi thế. Hợp đồng hai năm, có phụ cấp nhà ở.",
    },
    JobTemplate {
        title: "Tuyển lao động đi Canada làm việc tại nhà máy chế biến thịt",
        occupation: "7511",
        sector: Sector::OverseasLabour,
        place: Place::Abroad,
        salary_min: 0,
        salary_max: 0,
        employment_type: "contract",
        description: "Pha lóc, đóng gói thịt tại nhà máy chế biến ở Canada. Tuổi từ 22 đến 40, tiếng Anh tương đương IELTS 4,0 trở lên và qua phỏng vấn của chủ sử dụng. Lương thỏa thuận theo giờ, hợp đồng hai năm.",
    },
];

/// Destination of each [`Place::Abroad`] template, keyed by title, as an ISO 3166-1 alpha-2 code.
pub const TEMPLATE_COUNTRY: &[(&str, &str)] = &[
    (
        "Đơn hàng thực tập sinh kỹ năng chế biến thực phẩm đi Nhật Bản",
        "JP",
    ),
    ("Tuyển TTS đi Nhật ngành may mặc", "JP"),
    ("XKLĐ Nhật Bản đơn hàng xây dựng cốp pha, giàn giáo", "JP"),
    ("Tuyển TTS nông nghiệp trồng rau đi Nhật", "JP"),
    (
        "Đơn hàng hộ lý chăm sóc người già đi Nhật diện kỹ năng đặc định",
        "JP",
    ),
    ("Tuyển TTS hàn bán tự động đi Nhật Bản", "JP"),
    ("Đơn hàng chế biến thủy sản đi Nhật cho TTS nữ", "JP"),
    (
        "Tuyển lao động kỹ năng đặc định ngành nhà hàng đi Nhật",
        "JP",
    ),
    ("Đơn hàng lắp ráp linh kiện điện tử đi Nhật", "JP"),
    ("Tuyển TTS vận hành máy xây dựng đi Nhật Bản", "JP"),
    (
        "Đơn hàng đóng gói công nghiệp đi Nhật, không yêu cầu kinh nghiệm",
        "JP",
    ),
    (
        "XKLĐ Hàn Quốc theo chương trình EPS ngành sản xuất chế tạo",
        "KR",
    ),
    ("Tuyển lao động thời vụ nông nghiệp đi Hàn Quốc", "KR"),
    ("Đi Hàn Quốc diện EPS ngành nông nghiệp chăn nuôi", "KR"),
    ("EPS Hàn Quốc ngành ngư nghiệp nuôi trồng thủy sản", "KR"),
    ("XKLĐ Đài Loan tuyển nữ lắp ráp điện tử", "TW"),
    (
        "Đài Loan tuyển khán hộ công chăm sóc người bệnh tại gia",
        "TW",
    ),
    ("Tuyển lao động nam đi Đài Loan làm cơ khí", "TW"),
    ("Đài Loan tuyển lao động ngành thực phẩm", "TW"),
    (
        "Tuyển học viên điều dưỡng đi Đức theo chương trình học nghề",
        "DE",
    ),
    ("Đi Đức làm đầu bếp nhà hàng, khách sạn", "DE"),
    ("Tuyển lao động đi Romania làm xây dựng", "RO"),
    ("XKLĐ Hungary công nhân nhà máy sản xuất", "HU"),
    ("Tuyển công nhân đi Ba Lan ngành chế biến thực phẩm", "PL"),
    ("Tuyển thợ hàn đi Séc", "CZ"),
    (
        "Tuyển lao động đi Slovakia làm công nhân lắp ráp ô tô",
        "SK",
    ),
    ("Tuyển lao động nông nghiệp đi Bulgaria", "BG"),
    ("Nga tuyển công nhân may", "RU"),
    ("Ả Rập Xê Út tuyển nữ giúp việc gia đình", "SA"),
    ("UAE tuyển nhân viên buồng phòng khách sạn", "AE"),
    ("Qatar tuyển thợ xây dựng", "QA"),
    ("Malaysia tuyển công nhân nhà máy điện tử", "MY"),
    ("Singapore tuyển thợ hàn đóng tàu", "SG"),
    (
        "Úc tuyển lao động theo chương trình thị thực nông nghiệp",
        "AU",
    ),
    ("New Zealand tuyển lao động thời vụ hái quả", "NZ"),
    ("Israel tuyển lao động nông nghiệp", "IL"),
    ("Ma Cao tuyển nhân viên phục vụ nhà hàng, khách sạn", "MO"),
    (
        "Tuyển lao động đi Canada làm việc tại nhà máy chế biến thịt",
        "CA",
    ),
];

/// Province of each [`Place::OtherProvince`] template, keyed by title, as a GSO province code.
pub const TEMPLATE_PROVINCE: &[(&str, &str)] = &[
    (
        "Tuyển 200 công nhân lắp ráp điện tử làm việc tại Bắc Ninh",
        "27",
    ),
    (
        "Tuyển nữ công nhân lắp ráp linh kiện tại KCN Quang Châu, Bắc Giang",
        "24",
    ),
    ("Tuyển LĐPT làm việc tại KCN Yên Phong, hỗ trợ chỗ ở", "27"),
    ("Tuyển công nhân may xuất khẩu tại Hà Nội", "01"),
    (
        "Tuyển công nhân điện tử tại Thái Nguyên, làm ca, có xe đưa đón",
        "19",
    ),
    ("Tuyển công nhân sản xuất phụ tùng ô tô tại Vĩnh Phúc", "26"),
    (
        "Tuyển công nhân kiểm tra ngoại quan sản phẩm tại Bắc Ninh",
        "27",
    ),
    ("Tuyển công nhân giày da tại Bình Dương, bao ở", "74"),
    ("Tuyển công nhân may tại Đồng Nai, hỗ trợ vé xe", "75"),
    ("Tuyển thợ vận hành máy CNC tại Hải Phòng", "31"),
    (
        "Tuyển LĐPT đóng gói hàng thương mại điện tử tại Hưng Yên",
        "33",
    ),
    ("Tuyển thợ xây làm việc tại Hà Nội, bao ăn ở", "01"),
    ("Tuyển lao động xây dựng làm việc tại Quảng Ninh", "22"),
    ("Tuyển shipper giao hàng tại Hà Nội", "01"),
    ("Tuyển osin chăm sóc người già tại Hà Nội, bao ăn ở", "01"),
    ("Tuyển người trông trẻ tại nhà ở TP Hồ Chí Minh", "79"),
    (
        "Tuyển nhân viên bán hàng chuỗi cửa hàng thời trang tại Hà Nội",
        "01",
    ),
    ("Tuyển bảo vệ KCN làm việc tại Bắc Ninh", "27"),
    (
        "Tuyển nhân viên chăm sóc người cao tuổi tại viện dưỡng lão ở Hà Nội",
        "01",
    ),
];

/// Destination countries (ISO 3166-1 alpha-2) with relative weights: Japan
/// first by far, then Korea and Taiwan, then Germany and the rest of Europe,
/// the Middle East and the smaller programmes.
pub const ABROAD_COUNTRIES: &[(&str, u32)] = &[
    ("JP", 50),
    ("KR", 16),
    ("TW", 14),
    ("DE", 5),
    ("RO", 2),
    ("HU", 2),
    ("PL", 2),
    ("CZ", 1),
    ("SK", 1),
    ("BG", 1),
    ("RU", 1),
    ("SA", 1),
    ("AE", 1),
    ("QA", 1),
    ("MY", 1),
    ("SG", 1),
    ("AU", 2),
    ("NZ", 1),
    ("IL", 1),
    ("MO", 1),
    ("CA", 1),
];

/// Provinces (GSO codes, 2024 structure) where Lào Cai workers go for jobs, with relative weights.
pub const OTHER_PROVINCES: &[(&str, u32)] = &[
    ("27", 20), // Bắc Ninh
    ("01", 18), // Hà Nội
    ("24", 15), // Bắc Giang
    ("19", 10), // Thái Nguyên
    ("26", 8),  // Vĩnh Phúc
    ("31", 6),  // Hải Phòng
    ("22", 4),  // Quảng Ninh
    ("33", 4),  // Hưng Yên
    ("30", 3),  // Hải Dương
    ("25", 3),  // Phú Thọ
    ("15", 2),  // Yên Bái
    ("74", 4),  // Bình Dương
    ("79", 3),  // Hồ Chí Minh
    ("75", 2),  // Đồng Nai
];

/// Short skills a worker may list.
pub const SKILLS: &[&str] = &[
    "may công nghiệp",
    "vận hành máy may một kim",
    "cắt may",
    "lắp ráp linh kiện điện tử",
    "hàn điện",
    "hàn MIG, TIG",
    "tiện, phay CNC",
    "điện dân dụng",
    "điện công nghiệp",
    "sửa chữa ô tô",
    "sửa chữa xe máy",
    "lái xe hạng B2",
    "lái xe hạng C",
    "lái xe hạng D",
    "lái máy xúc",
    "lái xe nâng",
    "xây trát",
    "làm cốp pha",
    "sơn bả",
    "nấu ăn",
    "pha chế đồ uống",
    "phục vụ nhà hàng",
    "lễ tân khách sạn",
    "dọn buồng phòng",
    "hướng dẫn du lịch",
    "tiếng Anh giao tiếp",
    "tiếng Trung giao tiếp",
    "tiếng Nhật N5",
    "tiếng Nhật N4",
    "tiếng Hàn EPS-TOPIK",
    "tiếng Đức B1",
    "tiếng Mông",
    "tiếng Dao",
    "tin học văn phòng",
    "kế toán",
    "khai báo hải quan",
    "bán hàng",
    "thu ngân",
    "chăm sóc người già",
    "chăm sóc trẻ em",
    "giúp việc gia đình",
    "điều dưỡng",
    "sơ cứu",
    "trồng và chế biến chè",
    "trồng quế, chưng cất tinh dầu",
    "trồng rau an toàn",
    "chăn nuôi lợn",
    "nuôi cá nước lạnh",
    "trồng và chăm sóc rừng",
    "thêu thổ cẩm",
    "làm móng",
    "khai thác mỏ hầm lò",
    "vận hành thiết bị tuyển khoáng",
    "bốc xếp, kiểm đếm hàng hóa",
    "sửa chữa điện thoại",
];

/// Profiles of Lào Cai's nine districts in 2024. Poverty shares are
/// illustrative: highest in Si Ma Cai, then Bắc Hà, Mường Khương, Bát Xát and
/// Văn Bàn, lowest in Lào Cai city. Ethnic weights roughly follow each
/// district's population by group.
pub const DISTRICTS: &[DistrictProfile] = &[
    DistrictProfile {
        code: "080", // Thành phố Lào Cai
        poor_share: 0.002,
        near_poor_share: 0.006,
        recently_out_share: 0.003,
        ethnic_mix: &[
            ("01", 84),
            ("02", 5),
            ("04", 2),
            ("09", 2),
            ("25", 2),
            ("08", 2),
            ("07", 1),
            ("03", 1),
            ("40", 1),
        ],
    },
    DistrictProfile {
        code: "082", // Bát Xát
        poor_share: 0.13,
        near_poor_share: 0.09,
        recently_out_share: 0.05,
        ethnic_mix: &[
            ("09", 27),
            ("08", 24),
            ("01", 21),
            ("25", 13),
            ("35", 10),
            ("02", 4),
            ("07", 1),
        ],
    },
    DistrictProfile {
        code: "083", // Mường Khương
        poor_share: 0.16,
        near_poor_share: 0.10,
        recently_out_share: 0.06,
        ethnic_mix: &[
            ("08", 41),
            ("07", 26),
            ("01", 11),
            ("09", 7),
            ("40", 6),
            ("25", 3),
            ("49", 2),
            ("02", 2),
            ("04", 2),
        ],
    },
    DistrictProfile {
        code: "084", // Si Ma Cai
        poor_share: 0.23,
        near_poor_share: 0.12,
        recently_out_share: 0.07,
        ethnic_mix: &[
            ("08", 83),
            ("07", 7),
            ("01", 5),
            ("40", 2),
            ("02", 1),
            ("09", 1),
            ("04", 1),
        ],
    },
    DistrictProfile {
        code: "085", // Bắc Hà
        poor_share: 0.18,
        near_poor_share: 0.10,
        recently_out_share: 0.06,
        ethnic_mix: &[
            ("08", 48),
            ("02", 15),
            ("09", 14),
            ("07", 11),
            ("01", 8),
            ("40", 3),
            ("04", 1),
        ],
    },
    DistrictProfile {
        code: "086", // Bảo Thắng
        poor_share: 0.03,
        near_poor_share: 0.045,
        recently_out_share: 0.02,
        ethnic_mix: &[
            ("01", 66),
            ("09", 10),
            ("02", 8),
            ("08", 4),
            ("25", 3),
            ("07", 3),
            ("40", 3),
            ("03", 1),
            ("04", 2),
        ],
    },
    DistrictProfile {
        code: "087", // Bảo Yên
        poor_share: 0.07,
        near_poor_share: 0.07,
        recently_out_share: 0.04,
        ethnic_mix: &[
            ("02", 44),
            ("01", 25),
            ("09", 20),
            ("08", 7),
            ("07", 2),
            ("40", 1),
            ("03", 1),
        ],
    },
    DistrictProfile {
        code: "088", // Thị xã Sa Pa
        poor_share: 0.07,
        near_poor_share: 0.06,
        recently_out_share: 0.05,
        ethnic_mix: &[
            ("08", 52),
            ("09", 24),
            ("01", 16),
            ("25", 4),
            ("02", 2),
            ("40", 1),
            ("07", 1),
        ],
    },
    DistrictProfile {
        code: "089", // Văn Bàn
        poor_share: 0.11,
        near_poor_share: 0.09,
        recently_out_share: 0.05,
        ethnic_mix: &[
            ("02", 36),
            ("09", 24),
            ("01", 22),
            ("08", 13),
            ("40", 3),
            ("03", 1),
            ("07", 1),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    const OCCUPATIONS_TOML: &str = include_str!("../../reference/occupations.toml");
    const COUNTRIES_TOML: &str = include_str!("../../reference/countries.toml");
    const ETHNICITIES_TOML: &str = include_str!("../../reference/ethnicities.toml");
    const PROVINCES_TOML: &str = include_str!("../../reference/provinces-2024.toml");

    const DISTRICT_CODES: [&str; 9] = [
        "080", "082", "083", "084", "085", "086", "087", "088", "089",
    ];

    /// The values of every `code = "..."` line in a reference file.
    fn codes_in(text: &str) -> HashSet<&str> {
        text.lines()
            .filter_map(|line| line.trim().strip_prefix("code = \""))
            .filter_map(|rest| rest.split('"').next())
            .collect()
    }

    fn sentence_count(text: &str) -> usize {
        let chars: Vec<char> = text.chars().collect();
        chars
            .iter()
            .enumerate()
            .filter(|&(i, c)| {
                matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
            })
            .count()
    }

    fn assert_unique<'a>(what: &str, items: impl IntoIterator<Item = &'a str>) {
        let mut seen = HashSet::new();
        for item in items {
            assert!(seen.insert(item), "{what}: «{item}» appears twice");
        }
    }

    fn assert_weighted(what: &str, list: &[(&str, u32)]) {
        assert!(!list.is_empty(), "{what} is empty");
        for (item, weight) in list {
            assert!(!item.is_empty(), "{what} has an empty entry");
            assert!(*weight > 0, "{what}: «{item}» has weight 0");
        }
        assert_unique(what, list.iter().map(|(item, _)| *item));
    }

    #[test]
    fn the_reference_files_define_the_expected_numbers_of_codes() {
        assert_eq!(codes_in(ETHNICITIES_TOML).len(), 54);
        let ethnicities = codes_in(ETHNICITIES_TOML);
        for n in 1..=54 {
            let code = format!("{n:02}");
            assert!(
                ethnicities.contains(code.as_str()),
                "ethnicity {code} is missing"
            );
        }
        let occupations = codes_in(OCCUPATIONS_TOML);
        for group in ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"] {
            assert!(
                occupations.contains(group),
                "occupation group {group} is missing"
            );
        }
        assert!(codes_in(COUNTRIES_TOML).contains("VN"));
    }

    #[test]
    fn every_occupation_sits_in_the_group_its_code_starts_with() {
        let mut last_code = "";
        for line in OCCUPATIONS_TOML.lines().map(str::trim) {
            if let Some(rest) = line.strip_prefix("code = \"") {
                last_code = rest.split('"').next().unwrap_or_default();
            } else if let Some(rest) = line.strip_prefix("group = \"") {
                let group = rest.split('"').next().unwrap_or_default();
                assert_eq!(
                    last_code.len(),
                    4,
                    "occupation code «{last_code}» is not four digits"
                );
                assert!(
                    last_code.starts_with(group),
                    "occupation {last_code} is filed under group {group}"
                );
            }
        }
    }

    #[test]
    fn name_lists_are_full_and_unique() {
        assert_weighted("FAMILY_NAMES", FAMILY_NAMES);
        for (what, list, min) in [
            ("HMONG_FAMILY_NAMES", HMONG_FAMILY_NAMES, 8),
            ("DAO_FAMILY_NAMES", DAO_FAMILY_NAMES, 5),
            ("MIDDLE_NAMES_MALE", MIDDLE_NAMES_MALE, 5),
            ("MIDDLE_NAMES_FEMALE", MIDDLE_NAMES_FEMALE, 3),
            ("GIVEN_NAMES_MALE", GIVEN_NAMES_MALE, 60),
            ("GIVEN_NAMES_FEMALE", GIVEN_NAMES_FEMALE, 60),
            ("VILLAGE_PREFIXES", VILLAGE_PREFIXES, 3),
            ("VILLAGE_NAMES", VILLAGE_NAMES, 40),
            ("SKILLS", SKILLS, 40),
        ] {
            assert!(
                list.len() >= min,
                "{what} has {} entries, fewer than {min}",
                list.len()
            );
            assert!(
                list.iter().all(|s| !s.trim().is_empty()),
                "{what} has an empty entry"
            );
            assert_unique(what, list.iter().copied());
        }
        assert!(MIDDLE_NAMES_MALE.contains(&"Văn") && MIDDLE_NAMES_FEMALE.contains(&"Thị"));
    }

    #[test]
    fn employers_are_many_unique_and_placed_in_lao_cai_districts() {
        assert!(EMPLOYERS.len() >= 80, "only {} employers", EMPLOYERS.len());
        assert_unique("EMPLOYERS", EMPLOYERS.iter().map(|e| e.name));
        for employer in EMPLOYERS {
            assert!(
                DISTRICT_CODES.contains(&employer.district),
                "{} is in unknown district {}",
                employer.name,
                employer.district
            );
            assert_eq!(
                employer.overseas_licence,
                employer.sector == Sector::OverseasLabour,
                "{}: only overseas-labour enterprises hold the licence",
                employer.name
            );
        }
        for sector in Sector::ALL {
            assert!(
                EMPLOYERS.iter().any(|e| e.sector == sector),
                "no employer in {sector:?}"
            );
        }
        for code in DISTRICT_CODES {
            assert!(
                EMPLOYERS.iter().any(|e| e.district == code),
                "no employer in district {code}"
            );
        }
    }

    #[test]
    fn employers_from_other_provinces_name_a_real_province() {
        let provinces = codes_in(PROVINCES_TOML);
        let weighted: HashSet<&str> = OTHER_PROVINCES.iter().map(|(code, _)| *code).collect();
        assert_unique(
            "EMPLOYER_HOME_PROVINCE",
            EMPLOYER_HOME_PROVINCE.iter().map(|(name, _)| *name),
        );
        for (name, province) in EMPLOYER_HOME_PROVINCE {
            assert!(
                EMPLOYERS.iter().any(|e| e.name == *name),
                "«{name}» is not in EMPLOYERS"
            );
            assert!(
                provinces.contains(province),
                "«{name}»: unknown province {province}"
            );
            assert!(
                weighted.contains(province),
                "«{name}»: province {province} is not in OTHER_PROVINCES"
            );
        }
    }

    #[test]
    fn job_templates_are_well_formed() {
        assert!(
            JOB_TEMPLATES.len() >= 120,
            "only {} templates",
            JOB_TEMPLATES.len()
        );
        assert_unique(
            "JOB_TEMPLATES titles",
            JOB_TEMPLATES.iter().map(|t| t.title),
        );
        let occupations = codes_in(OCCUPATIONS_TOML);
        for t in JOB_TEMPLATES {
            assert!(!t.title.trim().is_empty());
            assert!(
                occupations.contains(t.occupation),
                "«{}» uses unknown occupation {}",
                t.title,
                t.occupation
            );
            assert_eq!(
                t.occupation.len(),
                4,
                "«{}»: occupation {} is not a unit group",
                t.title,
                t.occupation
            );
            assert!(
                t.salary_min <= t.salary_max,
                "«{}»: salary_min > salary_max",
                t.title
            );
            assert!(
                (t.salary_min == 0) == (t.salary_max == 0),
                "«{}»: a negotiable salary is 0 to 0, anything else has both ends",
                t.title
            );
            assert!(
                t.salary_max == 0 || t.salary_min >= 3_000_000,
                "«{}»: implausibly low pay",
                t.title
            );
            assert!(
                t.salary_max <= 100_000_000,
                "«{}»: implausibly high pay",
                t.title
            );
            assert!(
                EMPLOYMENT_TYPES.contains(&t.employment_type),
                "«{}»: unknown type {}",
                t.title,
                t.employment_type
            );
            let sentences = sentence_count(t.description);
            assert!(
                (2..=4).contains(&sentences),
                "«{}»: description has {sentences} sentences",
                t.title
            );
            assert!(
                t.description.ends_with('.'),
                "«{}»: description does not end with a full stop",
                t.title
            );
            if t.place == Place::Abroad {
                assert_eq!(
                    t.sector,
                    Sector::OverseasLabour,
                    "«{}» is abroad but not overseas labour",
                    t.title
                );
            }
        }
    }

    #[test]
    fn job_templates_cover_every_sector_place_and_type() {
        for sector in Sector::ALL {
            assert!(
                JOB_TEMPLATES.iter().any(|t| t.sector == sector),
                "no template in {sector:?}"
            );
        }
        for place in Place::ALL {
            assert!(
                JOB_TEMPLATES.iter().filter(|t| t.place == place).count() >= 10,
                "few templates in {place:?}"
            );
        }
        for kind in EMPLOYMENT_TYPES {
            assert!(
                JOB_TEMPLATES.iter().any(|t| t.employment_type == *kind),
                "no {kind} template"
            );
        }
        assert!(
            JOB_TEMPLATES.iter().any(|t| t.salary_max == 0),
            "no negotiable template"
        );
    }

    #[test]
    fn every_abroad_template_has_a_known_destination() {
        let countries = codes_in(COUNTRIES_TOML);
        assert_unique(
            "TEMPLATE_COUNTRY",
            TEMPLATE_COUNTRY.iter().map(|(title, _)| *title),
        );
        for (title, code) in TEMPLATE_COUNTRY {
            assert!(
                countries.contains(code),
                "«{title}»: {code} is not in countries.toml"
            );
            assert!(
                ABROAD_COUNTRIES.iter().any(|(c, _)| c == code),
                "«{title}»: {code} is not in ABROAD_COUNTRIES"
            );
            assert!(
                JOB_TEMPLATES
                    .iter()
                    .any(|t| t.title == *title && t.place == Place::Abroad),
                "«{title}» is not an abroad template"
            );
        }
        for t in JOB_TEMPLATES.iter().filter(|t| t.place == Place::Abroad) {
            assert!(
                TEMPLATE_COUNTRY.iter().any(|(title, _)| *title == t.title),
                "«{}» has no country",
                t.title
            );
        }
    }

    #[test]
    fn every_other_province_template_names_a_listed_province() {
        assert_unique(
            "TEMPLATE_PROVINCE",
            TEMPLATE_PROVINCE.iter().map(|(title, _)| *title),
        );
        for (title, code) in TEMPLATE_PROVINCE {
            assert!(
                OTHER_PROVINCES.iter().any(|(c, _)| c == code),
                "«{title}»: {code} is not in OTHER_PROVINCES"
            );
            assert!(
                JOB_TEMPLATES
                    .iter()
                    .any(|t| t.title == *title && t.place == Place::OtherProvince),
                "«{title}» is not an other-province template"
            );
        }
        for t in JOB_TEMPLATES
            .iter()
            .filter(|t| t.place == Place::OtherProvince)
        {
            assert!(
                TEMPLATE_PROVINCE.iter().any(|(title, _)| *title == t.title),
                "«{}» has no province",
                t.title
            );
        }
    }

    #[test]
    fn destinations_are_weighted_and_known() {
        assert_weighted("ABROAD_COUNTRIES", ABROAD_COUNTRIES);
        let countries = codes_in(COUNTRIES_TOML);
        for (code, _) in ABROAD_COUNTRIES {
            assert!(countries.contains(code), "{code} is not in countries.toml");
            assert_ne!(*code, "VN");
        }
        let heaviest = ABROAD_COUNTRIES
            .iter()
            .max_by_key(|(_, w)| *w)
            .map(|(c, _)| *c);
        assert_eq!(heaviest, Some("JP"));

        assert_weighted("OTHER_PROVINCES", OTHER_PROVINCES);
        let provinces = codes_in(PROVINCES_TOML);
        for (code, _) in OTHER_PROVINCES {
            assert!(provinces.contains(code), "{code} is not a province code");
            assert_ne!(*code, "10", "Lào Cai itself is not another province");
        }
    }

    #[test]
    fn all_nine_districts_have_believable_profiles() {
        assert_eq!(DISTRICTS.len(), 9);
        assert_unique("DISTRICTS", DISTRICTS.iter().map(|d| d.code));
        let ethnicities = codes_in(ETHNICITIES_TOML);
        for code in DISTRICT_CODES {
            assert!(
                DISTRICTS.iter().any(|d| d.code == code),
                "district {code} is missing"
            );
        }
        for d in DISTRICTS {
            for share in [d.poor_share, d.near_poor_share, d.recently_out_share] {
                assert!(
                    (0.0..1.0).contains(&share),
                    "{}: share {share} out of range",
                    d.code
                );
            }
            let total = d.poor_share + d.near_poor_share + d.recently_out_share;
            assert!(total < 1.0, "{}: shares add up to {total}", d.code);
            assert_weighted(d.code, d.ethnic_mix);
            for (code, _) in d.ethnic_mix {
                assert!(
                    ethnicities.contains(code),
                    "{}: ethnicity {code} is not in ethnicities.toml",
                    d.code
                );
            }
        }
        let poor = |code: &str| {
            DISTRICTS
                .iter()
                .find(|d| d.code == code)
                .map_or(0.0, |d| d.poor_share)
        };
        assert!(poor("084") > poor("086") && poor("086") > poor("080"));
        assert!(poor("080") < 0.01);
    }
}
