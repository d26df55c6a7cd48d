//! Printing and sharing a posting: a one-page A4 notice for a commune's
//! notice board, with a QR code to the posting, and its text ready to paste
//! into a village Zalo group.

use askama::Template;
use axum::extract::{Path, Query, State};
use axum::http::{Uri, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use unicode_normalization::UnicodeNormalization;

use crate::domain::ids::JobId;
use crate::domain::job::{JobDetail, JobStatus};
use crate::error::{Error, Result};
use crate::i18n::{self, Lang};
use crate::services::jobs;
use crate::web::handlers::{Frame, JobCardView, render};
use crate::web::session::MaybeSignedIn;
use crate::web::{AppState, paths};

/// About how much of the description fits on the notice beside everything else.
const NOTICE_DESCRIPTION_CHARS: usize = 600;

/// A QR code as SVG path data: one unit per module, the quiet zone included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrSvg {
    /// Width and height in modules, quiet zone included.
    pub size: i32,
    /// The dark modules as one path: a rectangle per horizontal run.
    pub path: String,
}

/// Modules of light margin the QR standard asks for around the code.
const QUIET_ZONE: i32 = 4;

impl QrSvg {
    /// Encodes `text` with medium error correction (about 15 % of the code
    /// may be smudged, as on a notice board); `None` if it is too long for a QR code.
    pub fn encode(text: &str) -> Option<Self> {
        let code = qrcodegen::QrCode::encode_text(text, qrcodegen::QrCodeEcc::Medium).ok()?;
        let mut path = String::new();
        for y in 0..code.size() {
            let mut x = 0;
            while x < code.size() {
                if !code.get_module(x, y) {
                    x += 1;
                    continue;
                }
                let start = x;
                while x < code.size() && code.get_module(x, y) {
                    x += 1;
                }
                let run = x - start;
                path.push_str(&format!(
                    "M{},{}h{run}v1h-{run}z",
                    start + QUIET_ZONE,
                    y + QUIET_ZONE
                ));
            }
        }
        Some(Self {
            size: code.size() + 2 * QUIET_ZONE,
            path,
        })
    }
}

/// The paragraphs of `paragraphs` that fit in about `limit` characters; the
/// last one is cut at a word and ends with "…" when it does not fit whole.
fn excerpt(paragraphs: &[String], limit: usize) -> Vec<String> {
    let mut left = limit;
    let mut out = Vec::new();
    for paragraph in paragraphs {
        let length = paragraph.chars().count();
        if length <= left {
            out.push(paragraph.clone());
            left -= length;
            continue;
        }
        if left >= 40 {
            let cut: String = paragraph.chars().take(left).collect();
            let cut = cut
                .rsplit_once(char::is_whitespace)
                .map_or(cut.as_str(), |(head, _)| head);
            out.push(format!("{}…", cut.trim_end_matches([',', ';', ':', ' '])));
        } else if let Some(last) = out.last_mut() {
            last.push_str(" …");
        }
        break;
    }
    out
}

/// What the notice and the Zalo text say about a posting, formatted for one language.
#[derive(Debug, Clone)]
pub struct Notice {
    pub card: JobCardView,
    pub quantity: u32,
    pub employment_type: &'static str,
    pub occupation: Option<String>,
    pub description: Vec<String>,
    pub employer_address: String,
    pub employer_phone: Option<String>,
    pub employer_email: Option<String>,
    /// The posting's absolute address.
    pub url: String,
}

impl Notice {
    fn new(detail: &JobDetail, lang: Lang, public_url: &str) -> Self {
        let paragraphs: Vec<String> = detail
            .description
            .split("\n\n")
            .map(|p| p.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|p| !p.is_empty())
            .collect();
        Self {
            card: JobCardView::new(&detail.card, lang),
            quantity: detail.card.quantity,
            employment_type: lang.pick(
                detail.employment_type.label_vi(),
                detail.employment_type.label_en(),
            ),
            occupation: detail.occupation_name.clone(),
            description: excerpt(&paragraphs, NOTICE_DESCRIPTION_CHARS),
            employer_address: detail.employer_address.clone(),
            employer_phone: detail.employer_phone.clone(),
            employer_email: detail.employer_email.clone(),
            url: format!("{public_url}{}", paths::job(detail.card.id)),
        }
    }
}

/// A posting that is public and still takes applications. Unknown, draft
/// and submitted postings are not found; a closed or expired one is refused
/// plainly, so no notice for a vacancy that is gone goes up on a board.
async fn open_posting(state: &AppState, id: &str) -> Result<JobDetail> {
    let id: JobId = id.parse().map_err(|_| Error::NotFound)?;
    let detail = jobs::public_detail(&state.ctx, id).await?;
    let open = detail.status == JobStatus::Published
        && detail
            .card
            .deadline
            .is_none_or(|d| d >= state.ctx.clock.today());
    if !open {
        return Err(Error::Conflict(
            "Tin này đã hết hạn nhận hồ sơ nên không in hay chia sẻ được nữa / \
             This posting no longer takes applications, so it cannot be printed or shared"
                .to_owned(),
        ));
    }
    Ok(detail)
}

#[derive(Template)]
#[template(path = "jobs/print.html")]
struct PrintPage {
    frame: Frame,
    notice: Notice,
    qr: QrSvg,
    printed_on: String,
    back_href: String,
    zalo_href: String,
}

/// `GET /viec-lam/{id}/in`: the posting as a one-page A4 notice.
pub async fn print_notice(
    State(state): State<AppState>,
    user: MaybeSignedIn,
    lang: Lang,
    uri: Uri,
    Path(id): Path<String>,
) -> Result<Response> {
    let detail = open_posting(&state, &id).await?;
    let notice = Notice::new(&detail, lang, &state.public_url);
    let qr = QrSvg::encode(&notice.url).ok_or_else(|| {
        Error::Internal(anyhow::anyhow!(
            "the posting's address is too long for a QR code"
        ))
    })?;
    render(&PrintPage {
        frame: Frame::for_user(lang, &uri, detail.card.title.clone(), &user),
        qr,
        printed_on: i18n::format_date(state.ctx.clock.today()),
        back_href: paths::job(detail.card.id),
        zalo_href: paths::job_zalo(detail.card.id),
        notice,
    })
}

/// The plain text of a posting for a Zalo group.
#[derive(Template)]
#[template(path = "jobs/share.txt", escape = "none")]
struct ShareText<'a> {
    en: bool,
    notice: &'a Notice,
    centre: &'static str,
}

impl ShareText<'_> {
    fn tr<'b>(&self, vi: &'b str, en: &'b str) -> &'b str {
        if self.en { en } else { vi }
    }
}

#[derive(Template)]
#[template(path = "jobs/zalo.html")]
struct ZaloPage {
    frame: Frame,
    text: String,
    rows: usize,
    text_href: String,
    back_href: String,
    print_href: String,
}

/// The query of the Zalo page.
#[derive(Debug, Deserialize)]
pub struct ZaloQuery {
    /// `txt` for the bare text.
    pub format: Option<String>,
}

/// `GET /viec-lam/{id}/zalo[?format=txt]`: the posting as text to paste into
/// a Zalo group, on a page or (with `format=txt`) as `text/plain`.
pub async fn zalo(
    State(state): State<AppState>,
    user: MaybeSignedIn,
    lang: Lang,
    uri: Uri,
    Path(id): Path<String>,
    Query(query): Query<ZaloQuery>,
) -> Result<Response> {
    let detail = open_posting(&state, &id).await?;
    let notice = Notice::new(&detail, lang, &state.public_url);
    let text = ShareText {
        en: lang == Lang::En,
        notice: &notice,
        centre: lang.strings().centre_name,
    }
    .render()
    .map_err(|err| Error::Internal(anyhow::Error::new(err).context("rendering the Zalo text")))?;
    // Zalo shows what it is given; composed characters keep tone marks
    // together on every phone.
    let text: String = text.trim().nfc().collect();
    match query.format.as_deref() {
        Some("txt") => Ok((
            [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
            format!("{text}\n"),
        )
            .into_response()),
        None | Some("") | Some("html") => render(&ZaloPage {
            frame: Frame::for_user(lang, &uri, detail.card.title.clone(), &user),
            rows: text.lines().count() + 1,
            text,
            text_href: paths::job_zalo_text(detail.card.id),
            back_href: paths::job(detail.card.id),
            print_href: paths::job_print(detail.card.id),
        }),
        Some(_) => Err(Error::Validation(vec![crate::domain::FieldError::new(
            "format",
            "Chỉ nhận format=txt / Only format=txt is known",
        )])),
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn a_qr_code_has_a_quiet_zone_and_one_rectangle_per_run() {
        let qr = QrSvg::encode("http://127.0.0.1:8080/viec-lam/1").unwrap();
        // Version 3 (29 modules) fits this address at level M.
        assert_eq!(qr.size, 29 + 8);
        assert!(qr.path.starts_with("M4,4h7v1h-7z"), "{}", &qr.path[..40]);
        assert!(QrSvg::encode(&"x".repeat(5000)).is_none());
    }

    #[test]
    fn a_long_description_is_cut_at_a_word() {
        let paragraphs = vec!["Một đoạn ngắn.".to_owned(), "chữ ".repeat(100)];
        let cut = excerpt(&paragraphs, 60);
        assert_eq!(cut.len(), 2);
        assert_eq!(cut[0], "Một đoạn ngắn.");
        assert!(cut[1].ends_with("chữ…"), "{}", cut[1]);
        assert!(cut[1].chars().count() <= 60 - 14 + 1);
        let short = vec!["Có xe đưa đón.".to_owned()];
        assert_eq!(excerpt(&short, 600), short);
    }
}
