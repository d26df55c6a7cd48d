//! A small, realistic corpus of postings for the search tests: Lào Cai
//! postings in the province, elsewhere in Vietnam and abroad, with decoys
//! that share syllables with the right answers.

use time::Date;
use time::macros::date;

use super::index::SearchIndex;
use super::types::{JobDoc, SearchRequest};
use crate::domain::job::{EmploymentType, WorkLocation};

/// 2024-05-01 00:00 UTC, the tests' "now".
pub const NOW: i64 = 1_714_521_600;
/// The tests' "today".
pub const TODAY: Date = date!(2024 - 05 - 01);

/// Where a test posting is.
#[derive(Clone, Copy)]
pub enum Place {
    /// Commune code and name, district code and name.
    Commune(&'static str, &'static str, &'static str, &'static str),
    /// Province code and name.
    Province(&'static str, &'static str),
    /// Country code and name.
    Country(&'static str, &'static str),
}

const TP_LAO_CAI: (&str, &str) = ("080", "Thành phố Lào Cai");

const fn lao_cai_city(code: &'static str, name: &'static str) -> Place {
    Place::Commune(code, name, TP_LAO_CAI.0, TP_LAO_CAI.1)
}

/// One test posting, compactly.
pub struct Posting {
    pub id: i64,
    pub title: &'static str,
    pub description: &'static str,
    pub occupation: Option<(&'static str, &'static str)>,
    pub employer: &'static str,
    pub place: Place,
    pub salary: (Option<u64>, Option<u64>),
    pub kind: EmploymentType,
    pub deadline: Option<Date>,
    /// Hours before [`NOW`].
    pub hours_ago: i64,
}

const M: u64 = 1_000_000;

use EmploymentType::{Apprenticeship, Contract, FullTime, PartTime, Seasonal};

/// The corpus.
pub const POSTINGS: &[Posting] = &[
    Posting {
        id: 1,
        title: "Tuyển công nhân may",
        description: "Công ty may mặc cần tuyển 50 công nhân may công nghiệp, làm việc tại KCN Đông Phố Mới. Có đào tạo tay nghề cho người chưa biết may.",
        occupation: Some(("8153", "Thợ vận hành máy may")),
        employer: "Công ty TNHH May mặc Phố Mới",
        place: lao_cai_city("02644", "Cốc Lếu"),
        salary: (Some(6 * M), Some(9 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 30)),
        hours_ago: 30,
    },
    Posting {
        id: 2,
        title: "Tuyển công nhân cơ khí, có nhà may mắn",
        description: "Xưởng cơ khí tuyển công nhân cơ khí, hỗ trợ chỗ ở. Ai có nhà gần xưởng là may mắn vì được ưu tiên.",
        occupation: Some(("7212", "Thợ hàn, thợ cắt kim loại")),
        employer: "Xưởng cơ khí Bảo Thắng",
        place: Place::Commune("02905", "Phố Lu", "086", "Huyện Bảo Thắng"),
        salary: (Some(7 * M), Some(10 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 10,
    },
    Posting {
        id: 3,
        title: "Công nhân lắp ráp linh kiện điện tử",
        description: "Làm việc theo ca tại nhà máy điện tử, nhận lương qua tài khoản, có xe đưa đón.",
        occupation: Some(("8212", "Thợ lắp ráp thiết bị điện, điện tử")),
        employer: "Công ty TNHH Điện tử Quế Võ",
        place: Place::Province("27", "Bắc Ninh"),
        salary: (Some(8 * M), Some(11 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 07 - 01)),
        hours_ago: 50,
    },
    Posting {
        id: 4,
        title: "Thợ may đo tại cửa hàng",
        description: "Cần thợ may có tay nghề, may áo dài, vest theo số đo của khách.",
        occupation: Some(("7531", "Thợ may đo")),
        employer: "Cửa hàng may đo Hoa Mai",
        place: Place::Commune("03001", "Sa Pa", "088", "Thị xã Sa Pa"),
        salary: (Some(6 * M), Some(8 * M)),
        kind: FullTime,
        deadline: None,
        hours_ago: 70,
    },
    Posting {
        id: 5,
        title: "Vận hành máy xúc, máy ủi",
        description: "Công trường thủy điện cần thợ vận hành máy xúc có chứng chỉ, làm việc theo dự án.",
        occupation: Some(("8342", "Người vận hành máy xúc, máy ủi, máy làm đất")),
        employer: "Công ty CP Xây dựng Văn Bàn",
        place: Place::Commune("03055", "Khánh Yên", "089", "Huyện Văn Bàn"),
        salary: (Some(12 * M), Some(16 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 05 - 31)),
        hours_ago: 90,
    },
    Posting {
        id: 6,
        title: "Sửa chữa máy nông nghiệp",
        description: "Trạm dịch vụ cần thợ sửa chữa máy cày, máy tuốt lúa cho bà con.",
        occupation: Some(("7233", "Thợ sửa chữa máy nông nghiệp và máy công nghiệp")),
        employer: "Hợp tác xã Dịch vụ nông nghiệp Na Hối",
        place: Place::Commune("02839", "Bắc Hà", "085", "Huyện Bắc Hà"),
        salary: (Some(7 * M), Some(9 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 20)),
        hours_ago: 110,
    },
    Posting {
        id: 7,
        title: "Đơn hàng xuất khẩu lao động đi Nhật Bản – chế biến thực phẩm",
        description: "Tuyển 30 lao động nam nữ đi làm việc tại Nhật Bản theo hợp đồng 3 năm, ngành chế biến thực phẩm. Chi phí thấp, hỗ trợ vay vốn cho hộ nghèo.",
        occupation: Some(("8160", "Thợ vận hành máy chế biến thực phẩm, đồ uống")),
        employer: "Công ty CP Nhân lực Quốc tế Hoàng Long",
        place: Place::Country("JP", "Nhật Bản"),
        salary: (Some(28 * M), Some(35 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 07 - 15)),
        hours_ago: 20,
    },
    Posting {
        id: 8,
        title: "Thực tập sinh kỹ năng ngành xây dựng tại Nhật Bản",
        description: "Đơn hàng TTS xây dựng, yêu cầu sức khỏe tốt, tốt nghiệp THCS trở lên.",
        occupation: Some(("7112", "Thợ nề, thợ xây")),
        employer: "Công ty CP Nhân lực Quốc tế Hoàng Long",
        place: Place::Country("JP", "Nhật Bản"),
        salary: (Some(30 * M), Some(36 * M)),
        kind: Apprenticeship,
        deadline: Some(date!(2024 - 08 - 01)),
        hours_ago: 40,
    },
    Posting {
        id: 9,
        title: "XKLĐ Hàn Quốc ngành nông nghiệp (EPS)",
        description: "Chương trình EPS đưa lao động sang Hàn Quốc làm nông nghiệp, thi tiếng Hàn tại Hà Nội.",
        occupation: Some(("6111", "Người trồng cây lương thực và rau màu")),
        employer: "Trung tâm Lao động ngoài nước",
        place: Place::Country("KR", "Hàn Quốc"),
        salary: (Some(35 * M), Some(45 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 10)),
        hours_ago: 60,
    },
    Posting {
        id: 10,
        title: "Lao động làm việc tại Đài Loan – nhà máy dệt",
        description: "Đi làm việc ở nước ngoài tại Đài Loan, công việc đứng máy dệt, ở ký túc xá của công ty.",
        occupation: Some(("9329", "Lao động phổ thông trong sản xuất, chế biến")),
        employer: "Công ty CP Cung ứng Nhân lực Việt Đài",
        place: Place::Country("TW", "Đài Loan (Trung Quốc)"),
        salary: (Some(25 * M), Some(30 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 25)),
        hours_ago: 80,
    },
    Posting {
        id: 11,
        title: "Kế toán tổng hợp",
        description: "Công ty thương mại cần kế toán tổng hợp, có kinh nghiệm làm báo cáo thuế.",
        occupation: Some(("2411", "Kế toán viên")),
        employer: "Công ty TNHH Thương mại Kim Thành",
        place: lao_cai_city("02635", "Duyên Hải"),
        salary: (Some(8 * M), Some(12 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 05)),
        hours_ago: 15,
    },
    Posting {
        id: 12,
        title: "Nhân viên kế toán kho",
        description: "Theo dõi nhập xuất tồn, lập phiếu kho, đối chiếu số liệu cuối tháng.",
        occupation: Some(("4311", "Nhân viên ghi sổ kế toán")),
        employer: "Công ty CP Phân bón Tằng Loỏng",
        place: Place::Commune("02908", "Tằng Loỏng", "086", "Huyện Bảo Thắng"),
        salary: (Some(7 * M), Some(9 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 05)),
        hours_ago: 25,
    },
    Posting {
        id: 13,
        title: "Giáo viên Toán trung học cơ sở",
        description: "Trường THCS cần giáo viên dạy toán, có bằng sư phạm; được hỗ trợ nhà công vụ.",
        occupation: Some(("2341", "Giáo viên tiểu học")),
        employer: "Trường THCS Phố Ràng",
        place: Place::Commune("02947", "Phố Ràng", "087", "Huyện Bảo Yên"),
        salary: (Some(6 * M), Some(8 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 30)),
        hours_ago: 5,
    },
    Posting {
        id: 14,
        title: "Tài xế xe tải",
        description: "Cần tài xế xe tải 8 tấn, có bằng C, chạy tuyến cửa khẩu Kim Thành.",
        occupation: Some(("8332", "Lái xe tải")),
        employer: "Công ty TNHH Vận tải Kim Thành",
        place: lao_cai_city("02647", "Kim Tân"),
        salary: (Some(12 * M), Some(15 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 01)),
        hours_ago: 35,
    },
    Posting {
        id: 15,
        title: "Lái xe khách tuyến Lào Cai – Hà Nội",
        description: "Bằng lái hạng D, thu nhập ổn định, nghỉ luân phiên.",
        occupation: Some(("8331", "Lái xe khách, xe buýt")),
        employer: "Công ty CP Xe khách Lào Cai",
        place: lao_cai_city("02644", "Cốc Lếu"),
        salary: (Some(14 * M), None),
        kind: FullTime,
        deadline: None,
        hours_ago: 45,
    },
    Posting {
        id: 16,
        title: "Giúp việc gia đình tại Hà Nội",
        description: "Gia đình cần người giúp việc, chăm sóc trẻ nhỏ, bao ăn ở.",
        occupation: Some(("9111", "Người giúp việc gia đình")),
        employer: "Gia đình chị Lan",
        place: Place::Province("01", "Hà Nội"),
        salary: (None, None),
        kind: FullTime,
        deadline: None,
        hours_ago: 55,
    },
    Posting {
        id: 17,
        title: "Osin chăm sóc người già",
        description: "Tìm osin chăm sóc cụ bà 80 tuổi, có phòng riêng.",
        occupation: Some(("5322", "Người chăm sóc người già, người bệnh tại gia đình")),
        employer: "Gia đình anh Minh",
        place: Place::Province("01", "Hà Nội"),
        salary: (Some(7 * M), Some(8 * M)),
        kind: FullTime,
        deadline: None,
        hours_ago: 65,
    },
    Posting {
        id: 18,
        title: "Công nhân vận hành KCN Tằng Loỏng",
        description: "Nhà máy hóa chất trong khu công nghiệp Tằng Loỏng tuyển công nhân vận hành dây chuyền.",
        occupation: Some(("8131", "Thợ vận hành máy và thiết bị hóa chất")),
        employer: "Công ty CP Hóa chất Đức Giang Lào Cai",
        place: Place::Commune("02908", "Tằng Loỏng", "086", "Huyện Bảo Thắng"),
        salary: (Some(9 * M), Some(13 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 30)),
        hours_ago: 75,
    },
    Posting {
        id: 19,
        title: "Lao động phổ thông bốc xếp hàng hóa",
        description: "Kho hàng cửa khẩu Kim Thành cần LĐPT bốc xếp, làm theo ca, trả lương tuần.",
        occupation: Some(("9333", "Công nhân bốc xếp hàng hóa")),
        employer: "Công ty TNHH Logistics Kim Thành",
        place: lao_cai_city("02641", "Lào Cai"),
        salary: (Some(6 * M), Some(8 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 05 - 20)),
        hours_ago: 85,
    },
    Posting {
        id: 20,
        title: "Hướng dẫn viên du lịch tại Sapa",
        description: "Dẫn khách trekking bản Cát Cát, nói tiếng Anh tốt.",
        occupation: Some(("5113", "Hướng dẫn viên du lịch")),
        employer: "Công ty Du lịch Fansipan Xanh",
        place: Place::Commune("03001", "Sa Pa", "088", "Thị xã Sa Pa"),
        salary: (Some(8 * M), Some(15 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 06 - 30)),
        hours_ago: 95,
    },
    Posting {
        id: 21,
        title: "Lễ tân khách sạn",
        description: "Khách sạn 4 sao ở trung tâm thị xã tuyển lễ tân biết tiếng Anh.",
        occupation: Some(("4224", "Nhân viên lễ tân khách sạn")),
        employer: "Khách sạn Mây Núi",
        place: Place::Commune("03001", "Sa Pa", "088", "Thị xã Sa Pa"),
        salary: (Some(7 * M), Some(10 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 100,
    },
    Posting {
        id: 22,
        title: "Nhân viên phục vụ nhà hàng Bắc Hà",
        description: "Phục vụ bàn cho nhà hàng đặc sản vào các ngày phiên chợ.",
        occupation: Some(("5131", "Nhân viên phục vụ bàn")),
        employer: "Nhà hàng Thắng Cố",
        place: Place::Commune("02839", "Bắc Hà", "085", "Huyện Bắc Hà"),
        salary: (Some(5 * M), Some(7 * M)),
        kind: PartTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 105,
    },
    Posting {
        id: 23,
        title: "Thu hái chè Shan tuyết",
        description: "Hợp tác xã ở phía bắc của tỉnh cần người thu hái chè; người từ Hà Giang sang làm cũng được.",
        occupation: Some(("9211", "Lao động giản đơn trồng trọt, thu hái")),
        employer: "Hợp tác xã Chè Pha Long",
        place: Place::Commune("02752", "Pha Long", "083", "Huyện Mường Khương"),
        salary: (Some(4 * M), Some(6 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 8,
    },
    Posting {
        id: 24,
        title: "Thợ hàn điện",
        description: "Xưởng cơ khí tuyển thợ hàn điện, hàn hơi, có kinh nghiệm 1 năm.",
        occupation: Some(("7212", "Thợ hàn, thợ cắt kim loại")),
        employer: "Xưởng cơ khí Bảo Thắng",
        place: Place::Commune("02905", "Phố Lu", "086", "Huyện Bảo Thắng"),
        salary: (Some(9 * M), Some(12 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 115,
    },
    Posting {
        id: 25,
        title: "Thợ điện dân dụng",
        description: "Lắp đặt, sửa chữa điện cho nhà dân và công trình nhỏ.",
        occupation: Some(("7411", "Thợ điện công trình, điện dân dụng")),
        employer: "Công ty TNHH Điện nước Bảo Yên",
        place: Place::Commune("02947", "Phố Ràng", "087", "Huyện Bảo Yên"),
        salary: (Some(8 * M), Some(10 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 120,
    },
    Posting {
        id: 26,
        title: "Đầu bếp nhà hàng món Âu",
        description: "Nhà hàng tại thị xã du lịch cần đầu bếp nấu món Âu, có kinh nghiệm 2 năm.",
        occupation: Some(("5120", "Đầu bếp, nhân viên nấu ăn")),
        employer: "Nhà hàng Sương Mù",
        place: Place::Commune("03001", "Sa Pa", "088", "Thị xã Sa Pa"),
        salary: (Some(10 * M), Some(18 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 125,
    },
    Posting {
        id: 27,
        title: "Phụ bếp ca tối",
        description: "Sơ chế thực phẩm, rửa bát, hỗ trợ đầu bếp.",
        occupation: Some(("9412", "Phụ bếp")),
        employer: "Quán ăn Cốc Lếu",
        place: lao_cai_city("02644", "Cốc Lếu"),
        salary: (Some(5 * M), Some(6 * M)),
        kind: PartTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 130,
    },
    Posting {
        id: 28,
        title: "Bảo vệ nhà máy",
        description: "Bảo vệ ca đêm cho nhà máy tuyển quặng, có phụ cấp.",
        occupation: Some(("5414", "Nhân viên bảo vệ")),
        employer: "Công ty CP Khoáng sản Bảo Thắng",
        place: Place::Commune("02905", "Phố Lu", "086", "Huyện Bảo Thắng"),
        salary: (Some(6 * M), Some(7 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 135,
    },
    Posting {
        id: 29,
        title: "Nhân viên bán hàng điện máy",
        description: "Tư vấn bán tivi, tủ lạnh, máy giặt tại cửa hàng.",
        occupation: Some(("5223", "Nhân viên bán hàng tại cửa hàng")),
        employer: "Siêu thị Điện máy Lào Cai",
        place: lao_cai_city("02647", "Kim Tân"),
        salary: (Some(6 * M), Some(12 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 140,
    },
    Posting {
        id: 30,
        title: "Công nhân khai thác mỏ Apatit",
        description: "Khai thác quặng apatit tại Cam Đường, làm việc theo ca, có bảo hiểm xã hội.",
        occupation: Some(("8111", "Thợ khai thác mỏ, khai thác đá")),
        employer: "Công ty Apatit Việt Nam",
        place: lao_cai_city("02650", "Bắc Lệnh"),
        salary: (Some(10 * M), Some(14 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 145,
    },
    Posting {
        id: 31,
        title: "Kỹ sư xây dựng công trình",
        description: "Giám sát thi công nhà cao tầng, có chứng chỉ hành nghề.",
        occupation: Some(("2142", "Kỹ sư xây dựng công trình")),
        employer: "Tổng công ty Xây dựng Thăng Long",
        place: Place::Province("01", "Hà Nội"),
        salary: (Some(15 * M), Some(25 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 150,
    },
    Posting {
        id: 32,
        title: "Điều dưỡng viên bệnh viện đa khoa",
        description: "Chăm sóc người bệnh nội trú, làm việc theo ca trực.",
        occupation: Some(("2221", "Điều dưỡng viên trình độ đại học")),
        employer: "Bệnh viện Đa khoa tỉnh Lào Cai",
        place: lao_cai_city("02650", "Bắc Lệnh"),
        salary: (Some(8 * M), Some(11 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 155,
    },
    Posting {
        id: 33,
        title: "Y tá phòng khám tư",
        description: "Phòng khám cần y tá tiêm truyền, làm giờ hành chính.",
        occupation: Some(("3221", "Điều dưỡng trình độ trung cấp, cao đẳng")),
        employer: "Phòng khám An Bình",
        place: Place::Commune("02905", "Phố Lu", "086", "Huyện Bảo Thắng"),
        salary: (Some(6 * M), Some(8 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 160,
    },
    Posting {
        id: 34,
        title: "Giáo viên mầm non",
        description: "Trường mầm non bán trú cần giáo viên biết tiếng Mông.",
        occupation: Some(("2342", "Giáo viên mầm non")),
        employer: "Trường Mầm non Si Ma Cai",
        place: Place::Commune("02800", "Nàn Sán", "084", "Huyện Si Ma Cai"),
        salary: (Some(5 * M), Some(7 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 165,
    },
    Posting {
        id: 35,
        title: "Công nhân may mặc tại Bắc Giang",
        description: "Nhà máy tại Bắc Giang tuyển công nhân, hỗ trợ xe đưa đón và nhà ở.",
        occupation: Some(("8153", "Thợ vận hành máy may")),
        employer: "Công ty TNHH Thời trang Bắc Giang",
        place: Place::Province("24", "Bắc Giang"),
        salary: (Some(7 * M), None),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 170,
    },
    Posting {
        id: 36,
        title: "Thợ may công nghiệp",
        description: "Tuyển thợ may công nghiệp, lương theo sản phẩm.",
        occupation: Some(("8153", "Thợ vận hành máy may")),
        employer: "Công ty TNHH May mặc Phố Mới",
        place: Place::Commune("02905", "Phố Lu", "086", "Huyện Bảo Thắng"),
        salary: (None, None),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 175,
    },
    Posting {
        id: 37,
        title: "Nhân viên văn phòng bán thời gian",
        description: "Soạn thảo văn bản, nhập liệu, làm buổi chiều.",
        occupation: Some(("4110", "Nhân viên văn phòng tổng hợp")),
        employer: "Công ty TNHH Dịch vụ Lào Cai Xanh",
        place: lao_cai_city("02635", "Duyên Hải"),
        salary: (Some(3 * M), Some(4 * M)),
        kind: PartTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 180,
    },
    Posting {
        id: 38,
        title: "Trồng và thu hoạch quế",
        description: "Chăm sóc rừng quế, bóc vỏ quế theo mùa vụ.",
        occupation: Some(("6112", "Người trồng cây lâu năm (chè, quế, cây ăn quả)")),
        employer: "Hợp tác xã Quế Văn Bàn",
        place: Place::Commune("03061", "Võ Lao", "089", "Huyện Văn Bàn"),
        salary: (Some(4 * M), Some(6 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 185,
    },
    Posting {
        id: 39,
        title: "Kỹ thuật viên mạng máy tính",
        description: "Quản trị mạng nội bộ, sửa chữa máy tính văn phòng.",
        occupation: Some(("3513", "Kỹ thuật viên mạng và hệ thống máy tính")),
        employer: "Viễn thông Lào Cai",
        place: lao_cai_city("02647", "Kim Tân"),
        salary: (Some(9 * M), Some(14 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 190,
    },
    Posting {
        id: 40,
        title: "Thợ sửa xe máy",
        description: "Sửa chữa, bảo dưỡng xe máy các loại.",
        occupation: Some(("7231", "Thợ sửa chữa ô tô, xe máy")),
        employer: "Cửa hàng xe máy Si Ma Cai",
        place: Place::Commune("02800", "Nàn Sán", "084", "Huyện Si Ma Cai"),
        salary: (Some(5 * M), Some(8 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 195,
    },
    Posting {
        id: 41,
        title: "Nhân viên giao hàng",
        description: "Giao hàng nội thành bằng xe máy của mình, nhận đơn qua ứng dụng.",
        occupation: Some(("8321", "Người lái xe mô tô, giao hàng bằng xe máy")),
        employer: "Công ty TNHH Chuyển phát Nhanh Tây Bắc",
        place: lao_cai_city("02641", "Lào Cai"),
        salary: (Some(6 * M), Some(10 * M)),
        kind: PartTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 200,
    },
    Posting {
        id: 42,
        title: "Phiên dịch tiếng Trung",
        description: "Phiên dịch cho doanh nghiệp xuất nhập khẩu tại cửa khẩu Mường Khương.",
        occupation: Some(("2643", "Phiên dịch viên, biên dịch viên")),
        employer: "Công ty TNHH XNK Mường Khương",
        place: Place::Commune("02752", "Pha Long", "083", "Huyện Mường Khương"),
        salary: (Some(12 * M), Some(20 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 205,
    },
    Posting {
        id: 43,
        title: "Công nhân lâm nghiệp",
        description: "Trồng và bảo vệ rừng, làm việc ngoài trời.",
        occupation: Some(("6210", "Lao động lâm nghiệp có kỹ năng")),
        employer: "Công ty Lâm nghiệp Bảo Yên",
        place: Place::Commune("02953", "Nghĩa Đô", "087", "Huyện Bảo Yên"),
        salary: (Some(5 * M), Some(7 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 210,
    },
    Posting {
        id: 44,
        title: "Thêu thổ cẩm truyền thống",
        description: "May và thêu thổ cẩm của người Mông, người Dao để bán cho khách du lịch.",
        occupation: Some(("7318", "Thợ thủ công dệt, thêu thổ cẩm")),
        employer: "Hợp tác xã Thổ cẩm Tả Van",
        place: Place::Commune("03003", "Ô Quý Hồ", "088", "Thị xã Sa Pa"),
        salary: (None, None),
        kind: PartTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 215,
    },
    Posting {
        id: 45,
        title: "Lao động đi làm việc tại Hàn Quốc ngành đóng tàu",
        description: "Tuyển thợ hàn đi làm việc ở nước ngoài theo hợp đồng tại xưởng đóng tàu Ulsan.",
        occupation: Some(("7212", "Thợ hàn, thợ cắt kim loại")),
        employer: "Công ty CP Nhân lực Quốc tế Hoàng Long",
        place: Place::Country("KR", "Hàn Quốc"),
        salary: (Some(40 * M), Some(50 * M)),
        kind: Contract,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 220,
    },
    Posting {
        id: 46,
        title: "Công nhân may hàng xuất khẩu",
        description: "Công ty may hàng xuất khẩu tuyển lao động nữ, có nhà trọ miễn phí.",
        occupation: Some(("8153", "Thợ vận hành máy may")),
        employer: "Công ty CP May Xuất khẩu Bắc Ninh",
        place: Place::Province("27", "Bắc Ninh"),
        salary: (Some(7 * M), Some(10 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 225,
    },
    Posting {
        id: 47,
        title: "Tuyển công nhân may thời vụ",
        description: "May gia công hàng Tết, làm đến hết tháng 1.",
        occupation: Some(("8153", "Thợ vận hành máy may")),
        employer: "Công ty TNHH May mặc Phố Mới",
        place: lao_cai_city("02644", "Cốc Lếu"),
        salary: (Some(6 * M), Some(7 * M)),
        kind: Seasonal,
        deadline: Some(date!(2024 - 04 - 01)),
        hours_ago: 900,
    },
    Posting {
        id: 48,
        title: "Nhân viên kinh doanh",
        description: "Tìm kiếm khách hàng, lương cứng cộng hoa hồng theo doanh số.",
        occupation: Some(("3322", "Nhân viên kinh doanh")),
        employer: "Công ty CP Thương mại Hoàng Liên",
        place: lao_cai_city("02635", "Duyên Hải"),
        salary: (Some(7 * M), Some(20 * M)),
        kind: FullTime,
        deadline: Some(date!(2024 - 06 - 15)),
        hours_ago: 230,
    },
];

/// The JobDoc of a test posting.
pub fn job_doc(p: &Posting) -> JobDoc {
    let (occupation_code, occupation_name, occupation_group) = match p.occupation {
        Some((code, name)) => (
            Some(code.to_string()),
            Some(name.to_string()),
            Some(code[..1].to_string()),
        ),
        None => (None, None, None),
    };
    let mut doc = JobDoc {
        id: p.id,
        external_ref: Some(format!("TEST-{:03}", p.id)),
        title: p.title.to_string(),
        description: p.description.to_string(),
        occupation_code,
        occupation_name,
        occupation_group,
        employer_id: 1000 + p.id,
        employer_name: p.employer.to_string(),
        work_location: WorkLocation::InProvince,
        commune_code: None,
        commune_name: None,
        district_code: None,
        district_name: None,
        province_code: None,
        province_name: None,
        country_code: None,
        country_name: None,
        salary_min: p.salary.0,
        salary_max: p.salary.1,
        quantity: 5,
        employment_type: p.kind,
        deadline: p.deadline,
        published_at: NOW - p.hours_ago * 3600,
    };
    match p.place {
        Place::Commune(commune, commune_name, district, district_name) => {
            doc.work_location = WorkLocation::InProvince;
            doc.commune_code = Some(commune.to_string());
            doc.commune_name = Some(commune_name.to_string());
            doc.district_code = Some(district.to_string());
            doc.district_name = Some(district_name.to_string());
            doc.province_code = Some("10".to_string());
            doc.province_name = Some("Lào Cai".to_string());
        }
        Place::Province(code, name) => {
            doc.work_location = WorkLocation::InVietnam;
            doc.province_code = Some(code.to_string());
            doc.province_name = Some(name.to_string());
        }
        Place::Country(code, name) => {
            doc.work_location = WorkLocation::Abroad;
            doc.country_code = Some(code.to_string());
            doc.country_name = Some(name.to_string());
        }
    }
    doc
}

/// Every posting of the corpus as JobDocs.
pub fn corpus() -> Vec<JobDoc> {
    POSTINGS.iter().map(job_doc).collect()
}

/// An in-RAM index holding the corpus.
pub fn corpus_index() -> SearchIndex {
    let index = SearchIndex::in_ram().expect("index in RAM");
    index.apply(&corpus(), &[], 1).expect("corpus indexed");
    index
}

/// A request for `text`, 20 per page, everything else default.
pub fn request(text: &str) -> SearchRequest {
    SearchRequest {
        text: text.to_string(),
        page: 1,
        per_page: 20,
        ..SearchRequest::default()
    }
}

/// The ids of a search's results, in order.
pub fn ids(index: &SearchIndex, request: &SearchRequest) -> Vec<i64> {
    index
        .search(request)
        .expect("search")
        .items
        .iter()
        .map(|h| h.id)
        .collect()
}

/// The title of a corpus posting.
pub fn title(id: i64) -> &'static str {
    POSTINGS
        .iter()
        .find(|p| p.id == id)
        .map_or("?", |p| p.title)
}
