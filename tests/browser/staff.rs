//! Staff sign in and work the moderation queue: they publish one posting,
//! which then turns up in search, and return another to its employer with a
//! reason, which is mailed.

use vieclam::config::MailTransport;
use vieclam::domain::job::JobStatus;
use vieclam::domain::user::Role;
use vieclam::web::paths;

use crate::helpers::{TestApp, employer_posting};
use crate::webdriver::Browser;
use crate::{Site, eventually, one_browser_at_a_time, sign_in};

const STAFF_LOGIN: &str = "canbo@example.com";
const STAFF_PASSWORD: &str = "mot cau dai de nho 2024";

#[tokio::test]
async fn staff_publish_one_posting_and_return_another_with_a_reason() {
    let _one = one_browser_at_a_time().await;
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF_LOGIN, STAFF_PASSWORD).await;
    let sewing = employer_posting(
        &app,
        "Tuyển công nhân may",
        Some("tuyendung@example.com"),
        JobStatus::Submitted,
    )
    .await;
    let welding = employer_posting(
        &app,
        "Tuyển thợ hàn điện",
        Some("nhansu@example.com"),
        JobStatus::Submitted,
    )
    .await;
    let site = Site::start(app).await;
    let browser = Browser::start().await;

    sign_in(&browser, &site, STAFF_LOGIN, STAFF_PASSWORD).await;
    browser.assert_fits_a_phone().await;
    browser.goto(&site.url(paths::STAFF_QUEUE)).await;
    browser.assert_fits_a_phone().await;
    assert_eq!(
        browser.texts("ul.queue li.card h2").await,
        vec!["Tuyển công nhân may", "Tuyển thợ hàn điện"]
    );

    // Publish the sewing job.
    let publish = browser
        .find(&format!(
            "form[action=\"{}\"] button[type=submit]",
            paths::staff_publish(sewing)
        ))
        .await;
    browser.click(&publish).await;
    eventually("the published posting leaves the queue", || async {
        browser.texts("ul.queue li.card h2").await == vec!["Tuyển thợ hàn điện"]
    })
    .await;
    browser.assert_fits_a_phone().await;

    // It is found by a search typed without tone marks.
    let search = site.url(&format!("{}?q=cong%20nhan%20may", paths::JOBS));
    eventually("the published posting is searchable", || async {
        browser.goto(&search).await;
        browser
            .find_all(&format!("a[href=\"{}\"]", paths::job(sewing)))
            .await
            .len()
            == 1
    })
    .await;
    browser.assert_fits_a_phone().await;

    // Return the welding job with a reason.
    browser.goto(&site.url(paths::STAFF_QUEUE)).await;
    let form = format!("form[action=\"{}\"]", paths::staff_return(welding));
    browser
        .fill_field(
            &format!("{form} textarea[name=reason]"),
            "Xin ghi rõ mức lương và địa chỉ nơi làm việc.",
        )
        .await;
    let send_back = browser.find(&format!("{form} button[type=submit]")).await;
    browser.click(&send_back).await;
    eventually("the queue is empty", || async {
        browser.find_all("ul.queue li.card").await.is_empty()
    })
    .await;
    browser.assert_fits_a_phone().await;
    browser.screenshot("staff-moderation-queue").await;

    // The employer of the returned posting gets the reason by e-mail.
    let MailTransport::Files { dir } = &site.app.config.mail.transport else {
        panic!("the tests write mail to files");
    };
    eventually(
        "the mail worker writes the returned-posting mail",
        || async {
            std::fs::read_dir(dir)
                .map(|entries| {
                    entries.filter_map(Result::ok).any(|e| {
                        std::fs::read_to_string(e.path())
                            .is_ok_and(|text| text.contains("To: nhansu@example.com"))
                    })
                })
                .unwrap_or(false)
        },
    )
    .await;
    assert_eq!(
        site.app
            .count("SELECT COUNT(*) FROM jobs WHERE status = 'published'")
            .await,
        1
    );
    assert_eq!(
        site.app
            .count("SELECT COUNT(*) FROM jobs WHERE status = 'draft'")
            .await,
        1
    );
    drop(browser);
    site.stop().await;
}
