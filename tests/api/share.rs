//! A posting printed as an A4 notice with a QR code, and as text for Zalo.

use axum::http::{StatusCode, header};
use unicode_normalization::UnicodeNormalization;
use vieclam::domain::ids::JobId;
use vieclam::domain::job::JobStatus;

use crate::helpers::{TestApp, employer_posting};

const TITLE: &str = "Tuyển công nhân may";

async fn published(app: &TestApp) -> JobId {
    // Typed in decomposed form (NFD), as some phones send it.
    let title: String = TITLE.nfd().collect();
    employer_posting(
        app,
        &title,
        Some("tuyendung@example.com"),
        JobStatus::Published,
    )
    .await
}

/// Reads the QR code in an SVG path made of `M x,y h n v1 h-n z` runs, as
/// the notice draws it, by rasterising it and decoding the picture.
fn decode_qr(size: usize, path: &str) -> String {
    let mut dark = vec![vec![false; size]; size];
    for run in path.split('M').filter(|r| !r.is_empty()) {
        let (at, rest) = run.split_once('h').expect("M x,y h…");
        let (x, y) = at.split_once(',').expect("x,y");
        let (x, y): (usize, usize) = (x.parse().expect("x"), y.parse().expect("y"));
        let n: usize = rest
            .split_once('v')
            .expect("h n v1")
            .0
            .parse()
            .expect("run length");
        for cell in &mut dark[y][x..x + n] {
            *cell = true;
        }
    }
    let scale = 4;
    let mut image = rqrr::PreparedImage::prepare_from_bitmap(size * scale, size * scale, |x, y| {
        dark[y / scale][x / scale]
    });
    let grids = image.detect_grids();
    assert_eq!(grids.len(), 1, "one QR code in the picture");
    grids[0].decode().expect("a readable QR code").1
}

#[tokio::test]
async fn a_published_posting_prints_as_a_notice_with_a_qr_code_to_its_address() {
    let app = TestApp::spawn().await;
    let id = published(&app).await;
    let page = app.get(&format!("/viec-lam/{id}/in")).await;
    assert_eq!(page.status, StatusCode::OK);
    let url = format!("{}/viec-lam/{id}", app.config.public_url);
    assert_eq!(page.texts(".print-notice h1"), vec![TITLE]);
    assert_eq!(
        page.texts(".print-notice .notice-employer"),
        vec!["Công ty TNHH May Tằng Loỏng"]
    );
    assert_eq!(
        page.texts("dl.notice-facts dd.salary"),
        vec!["6.500.000 – 8.000.000 đ/tháng"]
    );
    assert_eq!(
        page.texts("dl.notice-facts dd.deadline"),
        vec!["31/07/2024"]
    );
    assert_eq!(page.texts("dl.notice-facts dd.openings"), vec!["40"]);
    let place = page.texts("dl.notice-facts dd.place").join("");
    assert!(place.contains("Duyên Hải"), "{place}");
    let apply = page.texts(".notice-apply li");
    assert!(
        apply.iter().any(|l| l.contains("0214 3800 222")),
        "{apply:?}"
    );
    assert!(
        apply
            .iter()
            .any(|l| l.contains("Trung tâm Dịch vụ việc làm")),
        "{apply:?}"
    );
    assert_eq!(page.texts(".notice-qr .notice-url"), vec![url.clone()]);
    assert_eq!(page.texts(".notice-printed").len(), 1);
    assert!(page.texts(".notice-printed")[0].contains("15/06/2024"));

    let html = page.html();
    let svg_selector = scraper::Selector::parse("figure.notice-qr svg").expect("selector");
    let svg = html.select(&svg_selector).next().expect("an inline SVG");
    let view_box = svg.value().attr("viewBox").expect("a viewBox");
    let size: usize = view_box
        .split_whitespace()
        .nth(2)
        .and_then(|s| s.parse().ok())
        .expect("the width in the viewBox");
    let path_selector = scraper::Selector::parse("figure.notice-qr svg path").expect("selector");
    let d = html
        .select(&path_selector)
        .next()
        .and_then(|p| p.value().attr("d"))
        .expect("the QR path");
    assert_eq!(decode_qr(size, d), url, "the QR code opens the posting");
}

#[tokio::test]
async fn the_notice_speaks_english_when_asked() {
    let app = TestApp::spawn().await;
    let id = published(&app).await;
    let page = app.get(&format!("/viec-lam/{id}/in?lang=en")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts(".notice-kind"), vec!["Job vacancy notice"]);
    assert_eq!(page.texts(".notice-apply h2"), vec!["How to apply"]);
}

#[tokio::test]
async fn the_zalo_text_is_plain_nfc_text_with_the_facts_and_the_link() {
    let app = TestApp::spawn().await;
    let id = published(&app).await;
    let response = app.get(&format!("/viec-lam/{id}/zalo?format=txt")).await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(
        response
            .headers
            .get(header::CONTENT_TYPE)
            .map(|v| v.as_bytes()),
        Some(&b"text/plain; charset=utf-8"[..])
    );
    let text = &response.body;
    assert_eq!(*text, text.nfc().collect::<String>(), "the text is in NFC");
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], format!("TUYỂN DỤNG: {TITLE}"));
    for expected in [
        "Đơn vị tuyển: Công ty TNHH May Tằng Loỏng",
        "Mức lương: 6.500.000 – 8.000.000 đ/tháng",
        "Số lượng: 40",
        "Hạn nộp hồ sơ: 31/07/2024",
        "- Gọi 0214 3800 222",
        "- Gửi thư tới tuyendung@example.com",
    ] {
        assert!(lines.contains(&expected), "{expected:?} in {text}");
    }
    assert!(
        lines
            .iter()
            .any(|l| l.starts_with("Nơi làm việc: ") && l.contains("Duyên Hải")),
        "{text}"
    );
    let url = format!("{}/viec-lam/{id}", app.config.public_url);
    assert_eq!(
        lines.last().copied(),
        Some(format!("Xem chi tiết và ứng tuyển: {url}").as_str())
    );
    assert!(!text.contains("\n\n\n"), "no runs of blank lines: {text}");

    let page = app.get(&format!("/viec-lam/{id}/zalo")).await;
    assert_eq!(page.status, StatusCode::OK);
    let selector = scraper::Selector::parse("textarea#zalo-text[readonly]").expect("selector");
    let html = page.html();
    let textarea = html.select(&selector).next().expect("a read-only textarea");
    assert_eq!(
        textarea.text().collect::<String>(),
        text.trim_end(),
        "the page shows the same text"
    );

    let english = app
        .get(&format!("/viec-lam/{id}/zalo?format=txt&lang=en"))
        .await;
    assert!(
        english.body.starts_with(&format!("JOB VACANCY: {TITLE}\n")),
        "{}",
        english.body
    );
    assert!(
        english.body.contains("Apply by: 31/07/2024"),
        "{}",
        english.body
    );
}

#[tokio::test]
async fn the_job_page_links_to_its_notice_and_its_zalo_text() {
    let app = TestApp::spawn().await;
    let id = published(&app).await;
    let page = app.get(&format!("/viec-lam/{id}")).await;
    let selector = scraper::Selector::parse("p.share-links a").expect("selector");
    let html = page.html();
    let hrefs: Vec<&str> = html
        .select(&selector)
        .filter_map(|a| a.value().attr("href"))
        .collect();
    assert_eq!(
        hrefs,
        vec![format!("/viec-lam/{id}/in"), format!("/viec-lam/{id}/zalo")]
    );
}

#[tokio::test]
async fn unknown_and_unpublished_postings_have_no_notice_and_no_text() {
    let app = TestApp::spawn().await;
    let draft = employer_posting(&app, TITLE, None, JobStatus::Draft).await;
    let submitted = employer_posting(&app, TITLE, None, JobStatus::Submitted).await;
    for path in [
        format!("/viec-lam/{draft}/in"),
        format!("/viec-lam/{submitted}/in"),
        format!("/viec-lam/{submitted}/zalo"),
        format!("/viec-lam/{submitted}/zalo?format=txt"),
        "/viec-lam/999999/in".to_owned(),
        "/viec-lam/999999/zalo".to_owned(),
        "/viec-lam/abc/in".to_owned(),
    ] {
        assert_eq!(app.get(&path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
}

#[tokio::test]
async fn a_posting_past_its_deadline_is_neither_printed_nor_shared() {
    let app = TestApp::spawn().await;
    let id = published(&app).await;
    // From 15 June to 1 August 2024: the deadline of 31 July has passed.
    app.clock.advance(47 * 24 * 3600);
    assert_eq!(
        app.get(&format!("/viec-lam/{id}/in")).await.status,
        StatusCode::CONFLICT
    );
    assert_eq!(
        app.get(&format!("/viec-lam/{id}/zalo?format=txt"))
            .await
            .status,
        StatusCode::CONFLICT
    );
    let page = app.get(&format!("/viec-lam/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts("p.share-links").is_empty());
}

#[tokio::test]
async fn every_page_prints_on_a4_without_the_navigation() {
    let app = TestApp::spawn().await;
    let css = app.get("/static/site.css").await.body;
    let print: String = css
        .split("@media print")
        .skip(1)
        .collect::<Vec<_>>()
        .join("");
    assert!(print.contains("size: A4"), "an A4 page size");
    assert!(print.contains("header.site nav"), "no navigation on paper");
    assert!(
        print.contains("attr(href)"),
        "addresses of outside links are printed"
    );
}
