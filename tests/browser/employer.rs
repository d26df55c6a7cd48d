//! An employer posts a job through the posting form, staff approve it in the
//! moderation queue, and it appears in search.

use vieclam::domain::user::Role;
use vieclam::web::paths;

use crate::helpers::TestApp;
use crate::webdriver::Browser;
use crate::{Site, eventually, one_browser_at_a_time, sign_in};

const EMPLOYER_EMAIL: &str = "nhansu@maytangloong.example.vn";
const STAFF_EMAIL: &str = "canbo@example.com";
const PASSWORD: &str = "mua xuan tren nuong bac ha";
const TITLE: &str = "Tuyển 20 công nhân lắp ráp linh kiện điện tử";

/// Signs an employer up through the employer sign-up form.
async fn employer_signs_up(app: &TestApp) {
    let (token, cookie) = app.anonymous_form(paths::EMPLOYER_SIGN_UP).await;
    let response = app
        .post_form(
            paths::EMPLOYER_SIGN_UP,
            &[
                ("csrf", token.as_str()),
                ("name", "Công ty TNHH Điện tử Tằng Loỏng"),
                ("tax_code", "0100109106"),
                ("address", "Lô B2, Khu công nghiệp Tằng Loỏng"),
                ("province_code", "10"),
                ("commune_code", "02635"),
                ("contact_name", "Lò Thị Mai"),
                ("email", EMPLOYER_EMAIL),
                ("phone", ""),
                ("password", PASSWORD),
                ("consent", "1"),
            ],
            &cookie,
        )
        .await;
    assert_eq!(response.status.as_u16(), 303, "{}", response.body);
}

#[tokio::test]
async fn an_employers_posting_is_approved_by_staff_and_found_in_search() {
    let _one = one_browser_at_a_time().await;
    let app = TestApp::spawn().await;
    employer_signs_up(&app).await;
    app.add_user(Role::Staff, STAFF_EMAIL, PASSWORD).await;
    let site = Site::start(app).await;
    let browser = Browser::start().await;

    // The employer fills in the posting form and sends it for review.
    sign_in(&browser, &site, EMPLOYER_EMAIL, PASSWORD).await;
    browser.goto(&site.url(paths::EMPLOYER_NEW_JOB)).await;
    browser.assert_fits_a_phone().await;
    browser.fill_field("input[name=title]", TITLE).await;
    browser.select("select[name=occupation_code]", "8212").await;
    browser
        .fill_field(
            "textarea[name=description]",
            "Lắp ráp linh kiện theo ca tại KCN Tằng Loỏng.\n\nCó xe đưa đón và bữa trưa.",
        )
        .await;
    browser.fill_field("input[name=quantity]", "20").await;
    browser
        .fill_field("input[name=salary_min]", "7.000.000")
        .await;
    browser
        .fill_field("input[name=salary_max]", "9 triệu")
        .await;
    browser
        .select("select[name=employment_type]", "full_time")
        .await;
    let in_province = browser.find("#location-commune").await;
    browser.click(&in_province).await;
    browser.select("select[name=commune_code]", "02635").await;
    browser
        .fill_field("input[name=deadline]", "31/07/2024")
        .await;
    browser
        .fill_field(
            "textarea[name=how_to_apply]",
            "Nộp hồ sơ tại phòng nhân sự, giờ hành chính.",
        )
        .await;
    let send = browser.find("form button[name=action][value=submit]").await;
    browser.click(&send).await;
    eventually("back on the employer's home page", || async {
        browser.url().await == site.url(paths::EMPLOYER_HOME)
    })
    .await;
    browser.assert_fits_a_phone().await;
    assert_eq!(
        site.app
            .count("SELECT COUNT(*) FROM jobs WHERE status = 'submitted'")
            .await,
        1
    );

    // Staff publish it from the queue, on their own computer.
    browser.clear_cookies().await;
    sign_in(&browser, &site, STAFF_EMAIL, PASSWORD).await;
    browser.goto(&site.url(paths::STAFF_QUEUE)).await;
    browser.assert_fits_a_phone().await;
    assert_eq!(browser.texts("ul.queue li.card h2").await, vec![TITLE]);
    let publish = browser
        .find("ul.queue li.card form.inline button[type=submit]")
        .await;
    browser.click(&publish).await;
    eventually("the queue is empty", || async {
        browser.find_all("ul.queue li.card").await.is_empty()
    })
    .await;

    // Anyone finds it, typing without tone marks.
    let search = site.url(&format!("{}?q=lap%20rap%20linh%20kien", paths::JOBS));
    eventually("the approved posting is searchable", || async {
        browser.goto(&search).await;
        browser
            .texts("ul.cards li.card h3 a")
            .await
            .first()
            .map(String::as_str)
            == Some(TITLE)
    })
    .await;
    browser.assert_fits_a_phone().await;
    browser.screenshot("employer-posting-found").await;
    drop(browser);
    site.stop().await;
}
