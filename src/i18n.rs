//! Languages and display formats: Vietnamese first, English on request;
//! dates as dd/mm/yyyy and money in VND with `.` thousands separators.

use time::Date;

use crate::domain::values::Vnd;

/// The language a page is shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Vi,
    En,
}

impl Lang {
    /// Reads `vi` or `en`.
    pub fn parse(text: &str) -> Option<Self> {
        match text.trim() {
            "vi" => Some(Self::Vi),
            "en" => Some(Self::En),
            _ => None,
        }
    }

    /// The BCP 47 code, for `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Self::Vi => "vi",
            Self::En => "en",
        }
    }

    /// The other language, for the switch link.
    pub fn other(self) -> Self {
        match self {
            Self::Vi => Self::En,
            Self::En => Self::Vi,
        }
    }

    /// Picks the text for this language.
    pub fn pick<'a>(self, vi: &'a str, en: &'a str) -> &'a str {
        match self {
            Self::Vi => vi,
            Self::En => en,
        }
    }

    /// The fixed strings of the page frame.
    pub fn strings(self) -> &'static Strings {
        match self {
            Self::Vi => &VI,
            Self::En => &EN,
        }
    }
}

/// Fixed interface text.
#[derive(Debug)]
pub struct Strings {
    pub site_name: &'static str,
    pub centre_name: &'static str,
    pub skip_to_content: &'static str,
    pub nav_home: &'static str,
    pub nav_jobs: &'static str,
    pub other_language: &'static str,
    pub districts_heading: &'static str,
    pub communes: &'static str,
    pub open_jobs: &'static str,
    pub newest_jobs: &'static str,
    pub all_jobs: &'static str,
    pub jobs_heading: &'static str,
    pub no_jobs: &'static str,
    pub salary: &'static str,
    pub negotiable: &'static str,
    pub per_month: &'static str,
    pub deadline: &'static str,
    pub openings: &'static str,
    pub place: &'static str,
    pub employer: &'static str,
    pub occupation: &'static str,
    pub employment_type: &'static str,
    pub description: &'static str,
    pub how_to_apply: &'static str,
    pub apply_at_centre: &'static str,
    pub verified_employer: &'static str,
    pub previous_page: &'static str,
    pub next_page: &'static str,
    pub page: &'static str,
    pub request_id: &'static str,
    pub back_home: &'static str,
    pub footer: &'static str,
    pub not_open: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub search_button: &'static str,
    pub filter_district: &'static str,
    pub filter_location: &'static str,
    pub filter_occupation: &'static str,
    pub filter_commune: &'static str,
    pub filter_country: &'static str,
    pub filter_posted_since: &'static str,
    pub all_option: &'static str,
    pub sort_label: &'static str,
    pub results: &'static str,
    pub no_results: &'static str,
    /// Above the search results when some conditions were refused.
    pub search_left_out: &'static str,
    pub try_without: &'static str,
    pub try_folded: &'static str,
    pub narrow_heading: &'static str,
    pub sign_in: &'static str,
    pub sign_out: &'static str,
    pub login_label: &'static str,
    pub password_label: &'static str,
    pub throttled: &'static str,
    pub queue_heading: &'static str,
    pub queue_empty: &'static str,
    pub publish: &'static str,
    pub return_posting: &'static str,
    pub reason_label: &'static str,
    pub submitted_on: &'static str,
    pub unverified_employer: &'static str,
}

static VI: Strings = Strings {
    site_name: "Việc làm Lào Cai",
    centre_name: "Trung tâm Dịch vụ việc làm tỉnh Lào Cai",
    skip_to_content: "Bỏ qua, đến nội dung chính",
    nav_home: "Trang chủ",
    nav_jobs: "Tìm việc",
    other_language: "English",
    districts_heading: "Huyện, thị xã, thành phố",
    communes: "xã, phường, thị trấn",
    open_jobs: "tin đang tuyển",
    newest_jobs: "Tin tuyển dụng mới nhất",
    all_jobs: "Xem tất cả tin tuyển dụng",
    jobs_heading: "Tin tuyển dụng",
    no_jobs: "Chưa có tin tuyển dụng nào.",
    salary: "Mức lương",
    negotiable: "Thỏa thuận",
    per_month: "/tháng",
    deadline: "Hạn nộp hồ sơ",
    openings: "Số lượng",
    place: "Nơi làm việc",
    employer: "Nhà tuyển dụng",
    occupation: "Nghề",
    employment_type: "Hình thức",
    description: "Mô tả công việc",
    how_to_apply: "Cách ứng tuyển",
    apply_at_centre: "Liên hệ nhà tuyển dụng theo thông tin dưới đây, hoặc đến Trung tâm Dịch vụ việc làm tỉnh Lào Cai để được giới thiệu miễn phí.",
    verified_employer: "Doanh nghiệp đã được Trung tâm xác minh",
    previous_page: "Trang trước",
    next_page: "Trang sau",
    page: "Trang",
    request_id: "Mã yêu cầu",
    back_home: "Về trang chủ",
    footer: "Cổng thông tin việc làm của Trung tâm Dịch vụ việc làm tỉnh Lào Cai. Dịch vụ giới thiệu việc làm miễn phí cho người lao động.",
    not_open: "Tin này hiện không còn nhận hồ sơ.",
    search_label: "Tìm việc làm",
    search_placeholder: "Ví dụ: công nhân may, lái xe, đi Nhật",
    search_button: "Tìm",
    filter_district: "Huyện",
    filter_location: "Nơi làm việc",
    filter_occupation: "Nhóm nghề",
    filter_commune: "Xã",
    filter_country: "Nước",
    filter_posted_since: "Đăng từ ngày",
    all_option: "Tất cả",
    sort_label: "Sắp xếp",
    results: "kết quả",
    no_results: "Không tìm thấy tin tuyển dụng phù hợp.",
    search_left_out: "Một số điều kiện tìm kiếm chưa hợp lệ nên đã được bỏ qua; kết quả dưới đây theo các điều kiện còn lại:",
    try_without: "Thử bỏ bộ lọc",
    try_folded: "Thử tìm không dấu",
    narrow_heading: "Thu hẹp kết quả",
    sign_in: "Đăng nhập",
    sign_out: "Đăng xuất",
    login_label: "E-mail hoặc số điện thoại",
    password_label: "Mật khẩu",
    throttled: "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau 15 phút.",
    queue_heading: "Tin chờ duyệt",
    queue_empty: "Không có tin nào chờ duyệt.",
    publish: "Duyệt và đăng",
    return_posting: "Trả lại doanh nghiệp",
    reason_label: "Lý do trả lại (gửi cho doanh nghiệp)",
    submitted_on: "Gửi duyệt",
    unverified_employer: "Doanh nghiệp chưa được xác minh",
};

static EN: Strings = Strings {
    site_name: "Lào Cai Jobs",
    centre_name: "Lào Cai Employment Service Centre",
    skip_to_content: "Skip to main content",
    nav_home: "Home",
    nav_jobs: "Find work",
    other_language: "Tiếng Việt",
    districts_heading: "Districts, town and city",
    communes: "communes and wards",
    open_jobs: "open postings",
    newest_jobs: "Newest job postings",
    all_jobs: "See all job postings",
    jobs_heading: "Job postings",
    no_jobs: "There are no job postings yet.",
    salary: "Pay",
    negotiable: "Negotiable",
    per_month: "/month",
    deadline: "Apply by",
    openings: "Openings",
    place: "Place of work",
    employer: "Employer",
    occupation: "Occupation",
    employment_type: "Employment",
    description: "About the job",
    how_to_apply: "How to apply",
    apply_at_centre: "Contact the employer with the details below, or come to the Lào Cai Employment Service Centre to be referred free of charge.",
    verified_employer: "Employer verified by the Centre",
    previous_page: "Previous page",
    next_page: "Next page",
    page: "Page",
    request_id: "Request id",
    back_home: "Back to the home page",
    footer: "The job portal of the Lào Cai Employment Service Centre. Job referral is free for workers.",
    not_open: "This posting no longer takes applications.",
    search_label: "Search for jobs",
    search_placeholder: "For example: sewing worker, driver, Japan",
    search_button: "Search",
    filter_district: "District",
    filter_location: "Place of work",
    filter_occupation: "Occupation group",
    filter_commune: "Commune",
    filter_country: "Country",
    filter_posted_since: "Posted since",
    all_option: "All",
    sort_label: "Sort by",
    results: "results",
    no_results: "No job postings match this search.",
    search_left_out: "Some search conditions are not valid and were left out; the results below follow the others:",
    try_without: "Try without the filter",
    try_folded: "Try without tone marks",
    narrow_heading: "Narrow the results",
    sign_in: "Sign in",
    sign_out: "Sign out",
    login_label: "E-mail or phone number",
    password_label: "Password",
    throttled: "Too many failed sign-ins. Please try again in 15 minutes.",
    queue_heading: "Postings waiting for review",
    queue_empty: "No posting is waiting for review.",
    publish: "Approve and publish",
    return_posting: "Return to the employer",
    reason_label: "Reason for returning it (sent to the employer)",
    submitted_on: "Submitted",
    unverified_employer: "Employer not yet verified",
};

/// A date as dd/mm/yyyy.
pub fn format_date(date: Date) -> String {
    format!(
        "{:02}/{:02}/{:04}",
        date.day(),
        u8::from(date.month()),
        date.year()
    )
}

/// A pay range as people read it: "6.000.000 – 9.000.000 đ/tháng", "Thỏa thuận"...
pub fn format_salary(lang: Lang, min: Option<Vnd>, max: Option<Vnd>) -> String {
    let t = lang.strings();
    match (min, max) {
        (None, None) => t.negotiable.to_owned(),
        (Some(lo), Some(hi)) if lo == hi => format!("{} đ{}", lo.format_plain(), t.per_month),
        (Some(lo), Some(hi)) => format!(
            "{} – {} đ{}",
            lo.format_plain(),
            hi.format_plain(),
            t.per_month
        ),
        (Some(lo), None) => format!(
            "{} {} đ{}",
            lang.pick("Từ", "From"),
            lo.format_plain(),
            t.per_month
        ),
        (None, Some(hi)) => format!(
            "{} {} đ{}",
            lang.pick("Đến", "Up to"),
            hi.format_plain(),
            t.per_month
        ),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use time::macros::date;

    #[test]
    fn dates_are_day_month_year() {
        assert_eq!(format_date(date!(2024 - 02 - 09)), "09/02/2024");
    }

    #[test]
    fn salaries_use_dots_and_say_negotiable() {
        let lo = Vnd::new(6_000_000).unwrap();
        let hi = Vnd::new(9_500_000).unwrap();
        assert_eq!(
            format_salary(Lang::Vi, Some(lo), Some(hi)),
            "6.000.000 – 9.500.000 đ/tháng"
        );
        assert_eq!(format_salary(Lang::Vi, None, None), "Thỏa thuận");
        assert_eq!(
            format_salary(Lang::En, Some(lo), None),
            "From 6.000.000 đ/month"
        );
    }
}
