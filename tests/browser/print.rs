//! A posting's notice prints on exactly one A4 sheet, and its pages for
//! printing and for Zalo fit a phone.

use vieclam::domain::job::JobStatus;
use vieclam::web::paths;

use crate::helpers::{TestApp, employer_posting};
use crate::webdriver::{Browser, pdf_pages};
use crate::{Site, eventually, one_browser_at_a_time};

#[tokio::test]
async fn a_postings_notice_prints_on_one_a4_sheet() {
    let _one = one_browser_at_a_time().await;
    let app = TestApp::spawn().await;
    let id = employer_posting(
        &app,
        "Tuyển công nhân may làm việc tại Khu công nghiệp Tằng Loỏng, có xe đưa đón",
        Some("tuyendung@example.com"),
        JobStatus::Published,
    )
    .await;
    let site = Site::start(app).await;
    let browser = Browser::start().await;

    browser.goto(&site.url(&paths::job(id))).await;
    browser.assert_fits_a_phone().await;
    let print_link = browser
        .find(&format!("a[href=\"{}\"]", paths::job_print(id)))
        .await;
    browser.click(&print_link).await;
    let notice = site.url(&paths::job_print(id));
    eventually("the notice", || async { browser.url().await == notice }).await;
    browser.assert_fits_a_phone().await;
    let pdf = browser.print_a4().await;
    assert!(pdf.starts_with(b"%PDF"), "a PDF");
    assert_eq!(pdf_pages(&pdf), 1, "the notice fills one A4 sheet");
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
    std::fs::create_dir_all(&dir).expect("artefact folder");
    std::fs::write(dir.join("print-notice.pdf"), &pdf).expect("keep the PDF");
    // The notice's QR code is drawn, square, and not squeezed to nothing.
    let qr = browser
        .script(
            "const r = document.querySelector('figure.notice-qr svg').getBoundingClientRect(); \
             return [r.width, r.height];",
        )
        .await;
    let (width, height) = (qr[0].as_f64().unwrap_or(0.0), qr[1].as_f64().unwrap_or(0.0));
    assert!(width >= 100.0 && (width - height).abs() < 1.0, "{qr}");
    browser.screenshot("print-notice").await;

    browser.goto(&site.url(&paths::job_zalo(id))).await;
    browser.assert_fits_a_phone().await;
    let text = browser
        .script("return document.querySelector('textarea#zalo-text').value;")
        .await;
    assert!(
        text.as_str()
            .is_some_and(|t| t.ends_with(&site.url(&paths::job(id)))),
        "{text}"
    );
    browser.screenshot("zalo-text").await;
    drop(browser);
    site.stop().await;
}
