//! A job seeker searches without tone marks, finds the sewing job first,
//! opens it, signs in from the posting and applies.

use vieclam::domain::job::JobStatus;
use vieclam::web::paths;

use crate::helpers::{TestApp, employer_posting};
use crate::webdriver::Browser;
use crate::{Site, eventually, one_browser_at_a_time};

const EMAIL: &str = "giangmai@example.com";
/// The password of `helpers::seeker_sign_up_fields`.
const PASSWORD: &str = "ngo ngoai dong bac ha";

#[tokio::test]
async fn a_job_seeker_finds_the_sewing_job_without_tone_marks_and_applies() {
    let _one = one_browser_at_a_time().await;
    let app = TestApp::spawn().await;
    for title in [
        "Tuyển nhân viên bán hàng",
        "Tuyển công nhân xây dựng",
        "Tuyển thợ may gia công",
    ] {
        app.published_job(title, None).await;
    }
    let sewing = employer_posting(
        &app,
        "Tuyển công nhân may",
        Some("tuyendung@example.com"),
        JobStatus::Published,
    )
    .await;
    app.catch_up_index().await;
    app.sign_up_seeker(EMAIL, "0912345678").await;
    let site = Site::start(app).await;
    let browser = Browser::start().await;

    // Search from the job list, typing without tone marks.
    browser.goto(&site.url(paths::JOBS)).await;
    browser.assert_fits_a_phone().await;
    browser
        .fill_field("form.search input[name=q]", "cong nhan may")
        .await;
    let search = browser.find("form.search button[type=submit]").await;
    browser.click(&search).await;
    eventually("the results of the search", || async {
        browser.url().await.contains("q=cong+nhan+may")
    })
    .await;
    browser.assert_fits_a_phone().await;
    let titles = browser.texts("ul.cards li.card h3 a").await;
    assert_eq!(
        titles.first().map(String::as_str),
        Some("Tuyển công nhân may"),
        "{titles:?}"
    );

    // Open it and sign in from the posting.
    let first = browser.find("ul.cards li.card h3 a").await;
    browser.click(&first).await;
    let posting = site.url(&paths::job(sewing));
    eventually("the posting", || async { browser.url().await == posting }).await;
    browser.assert_fits_a_phone().await;
    let sign_in = browser.find(".apply-box a.button").await;
    browser.click(&sign_in).await;
    eventually("the sign-in form", || async {
        browser.url().await.contains(paths::SIGN_IN)
    })
    .await;
    browser.assert_fits_a_phone().await;
    browser.fill_field("input[name=login]", EMAIL).await;
    browser.fill_field("input[name=password]", PASSWORD).await;
    let submit = browser.find("main form button[type=submit]").await;
    browser.click(&submit).await;
    eventually("back on the posting after signing in", || async {
        browser.url().await == site.url(&paths::job(sewing))
    })
    .await;
    browser.assert_fits_a_phone().await;

    // Apply with a message.
    browser
        .fill_field(
            ".apply-box textarea[name=message]",
            "Em đã làm may 2 năm ở Bắc Ninh, có thể đi làm ngay.",
        )
        .await;
    let apply = browser.find(".apply-box button[type=submit]").await;
    browser.click(&apply).await;
    eventually("the list of applications", || async {
        browser.url().await == site.url(paths::SEEKER_APPLICATIONS)
    })
    .await;
    browser.assert_fits_a_phone().await;
    assert_eq!(
        browser.texts("ul.applications li.card h2").await,
        vec!["Tuyển công nhân may"]
    );
    browser.screenshot("seeker-applied").await;
    assert_eq!(site.app.count("SELECT COUNT(*) FROM applications").await, 1);
    drop(browser);
    site.stop().await;
}
