//! What the portals left open: the page header knowing who is signed in,
//! how to apply on the job page, links to employer sign-up, previews of
//! postings that are not public, and employers editing their details.

use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::{TestApp, TestResponse, value_of};
use crate::portal_support::{
    Session, employer, newest_job, post_posting, posting_fields, published_posting, signed_in,
    staff,
};

const HOW_TO_APPLY: &str = "Nộp hồ sơ tại phòng nhân sự, giờ hành chính.";

/// The `attr` of every element matching `selector`.
fn attrs(page: &TestResponse, selector: &str, attr: &str) -> Vec<String> {
    let selector = scraper::Selector::parse(selector).expect("valid selector");
    page.html()
        .select(&selector)
        .filter_map(|el| el.value().attr(attr).map(str::to_owned))
        .collect()
}

/// An employer's posting sent for review (or saved as a draft); returns its id.
async fn posting_in_review(app: &TestApp, employer: &Session, title: &str, action: &str) -> i64 {
    let created = post_posting(
        app,
        employer,
        "/nha-tuyen-dung/tin/moi",
        &posting_fields(title),
        action,
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    newest_job(app).await
}

// The page header ------------------------------------------------------------------

#[tokio::test]
async fn the_job_page_header_names_whoever_is_signed_in_and_offers_sign_out() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (_, id) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển công nhân lắp ráp điện tử",
    )
    .await;
    let (cookie, csrf) = app
        .sign_up_seeker("mai.giang@example.vn", "0912345678")
        .await;
    let path = format!("/viec-lam/{id}");

    let page = app.get_with_cookie(&path, &cookie).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("header.site .account-name"),
        vec!["Giàng Thị Mai"]
    );
    assert_eq!(
        attrs(&page, "header.site a[href='/nguoi-tim-viec']", "href").len(),
        1,
        "My page leads to the seeker's home"
    );
    assert_eq!(
        value_of(
            &page,
            "header.site form[action='/dang-xuat'] input[name=csrf]"
        ),
        Some(csrf.clone())
    );
    assert!(attrs(&page, "header.site a[href='/dang-nhap']", "href").is_empty());
    assert!(attrs(&page, "header.site a[href='/dang-ky']", "href").is_empty());

    // The header's sign-out form works.
    let out = app
        .post_form("/dang-xuat", &[("csrf", &csrf)], &cookie)
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);

    let anonymous = app.get(&path).await;
    assert_eq!(anonymous.status, StatusCode::OK);
    assert!(anonymous.texts("header.site .account-name").is_empty());
    assert!(
        attrs(
            &anonymous,
            "header.site form[action='/dang-xuat']",
            "action"
        )
        .is_empty()
    );
    assert_eq!(
        attrs(&anonymous, "header.site a[href='/dang-nhap']", "href").len(),
        1
    );
    // After signing out, the old cookie is anonymous too.
    let after = app.get_with_cookie(&path, &cookie).await;
    assert_eq!(
        attrs(&after, "header.site a[href='/dang-nhap']", "href").len(),
        1
    );
}

#[tokio::test]
async fn every_role_finds_its_own_home_in_the_header_and_portal_pages_show_it_once() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let officer = signed_in(&app, Role::CommuneOfficer, "xa@example.vn").await;
    let employer = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    for (session, home) in [
        (&staff, "/can-bo"),
        (&officer, "/can-bo/nguoi-lao-dong"),
        (&employer, "/nha-tuyen-dung"),
    ] {
        for path in ["/", "/viec-lam", "/dang-nhap"] {
            let page = session.get(&app, path).await;
            assert_eq!(page.status, StatusCode::OK, "{path}");
            assert_eq!(
                attrs(&page, "header.site nav a", "href")
                    .iter()
                    .filter(|h| h.as_str() == home)
                    .count(),
                1,
                "{path} links to {home}"
            );
        }
        let portal = session.get(&app, home).await;
        assert_eq!(portal.status, StatusCode::OK, "{home}");
        assert_eq!(
            attrs(&portal, "form[action='/dang-xuat']", "action").len(),
            1,
            "{home} has one sign-out button"
        );
    }
    let portal = employer.get(&app, "/nha-tuyen-dung").await;
    assert_eq!(
        portal.texts("header.site .account-name"),
        vec!["Lò Thị Mai"]
    );
}

// How to apply -------------------------------------------------------------------------

#[tokio::test]
async fn the_job_page_shows_how_to_apply_and_gives_it_to_search_engines() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (_, id) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển công nhân lắp ráp điện tử",
    )
    .await;
    let page = app.get(&format!("/viec-lam/{id}")).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("h2#how-to-apply"), vec!["Cách ứng tuyển"]);
    assert_eq!(page.texts("p.how-to-apply"), vec![HOW_TO_APPLY]);
    let json_ld = page.texts("script[type='application/ld+json']");
    let posting: serde_json::Value = serde_json::from_str(&json_ld[0]).expect("the JSON-LD parses");
    assert_eq!(posting["applicationContact"]["@type"], "ContactPoint");
    assert_eq!(posting["applicationContact"]["description"], HOW_TO_APPLY);
    assert_eq!(posting["applicationContact"]["email"], "hr@dientu.vn");

    let english = app
        .get_with_cookie(&format!("/viec-lam/{id}"), "lang=en")
        .await;
    assert_eq!(english.texts("h2#how-to-apply"), vec!["How to apply"]);
}

// Employer sign-up links -----------------------------------------------------------------

#[tokio::test]
async fn the_sign_in_and_home_pages_link_to_employer_sign_up() {
    let app = TestApp::spawn().await;
    for path in ["/dang-nhap", "/"] {
        let page = app.get(path).await;
        assert_eq!(page.status, StatusCode::OK);
        assert_eq!(
            page.texts("main a[href='/nha-tuyen-dung/dang-ky']"),
            vec!["Doanh nghiệp đăng tin tuyển dụng"],
            "{path}"
        );
        let english = app.get_with_cookie(path, "lang=en").await;
        assert_eq!(
            english.texts("main a[href='/nha-tuyen-dung/dang-ky']"),
            vec!["Employers: post a job"],
            "{path}"
        );
    }
    assert_eq!(
        app.get("/nha-tuyen-dung/dang-ky").await.status,
        StatusCode::OK
    );
}

// Staff preview ----------------------------------------------------------------------------

#[tokio::test]
async fn staff_open_a_submitted_posting_from_the_queue_with_what_they_judge_it_by() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let employer = employer(
        &app,
        "Công ty CP Cung ứng Nhân lực Lào Cai",
        "0100109106",
        "xkld@nhanluc.vn",
    )
    .await;
    let mut fields = posting_fields("Tuyển lao động làm việc tại Nhật Bản");
    fields.retain(|(k, _)| *k != "location" && *k != "commune_code");
    fields.push(("location", "country".to_owned()));
    fields.push(("country_code", "JP".to_owned()));
    fields.push(("overseas_licence_no", "123/LĐTBXH-GP".to_owned()));
    let created = post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &fields,
        "submit",
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let id = newest_job(&app).await;
    let preview_path = format!("/can-bo/tin/{id}");

    let queue = staff.get(&app, "/can-bo/duyet-tin").await;
    assert_eq!(
        attrs(&queue, "ul.queue li.card h2 a", "href"),
        vec![preview_path.clone()]
    );
    // The public page still knows nothing of it.
    assert_eq!(
        app.get(&format!("/viec-lam/{id}")).await.status,
        StatusCode::NOT_FOUND
    );

    let page = staff.get(&app, &preview_path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts("main h1"),
        vec!["Tuyển lao động làm việc tại Nhật Bản"]
    );
    assert_eq!(page.texts(".review-status .tag"), vec!["Chờ duyệt"]);
    assert!(page.texts(".review-status")[0].contains("Gửi duyệt: 15/06/2024"));
    assert_eq!(
        page.texts("p.employer strong"),
        vec!["Doanh nghiệp chưa được xác minh"]
    );
    assert!(page.texts("p.licence")[0].contains("123/LĐTBXH-GP"));
    assert!(!page.texts("ul.risks li").is_empty());
    assert_eq!(page.texts("p.how-to-apply"), vec![HOW_TO_APPLY]);
    assert_eq!(
        attrs(&page, "section.review-actions form", "action"),
        vec![
            format!("/can-bo/tin/{id}/duyet"),
            format!("/can-bo/tin/{id}/tra-lai")
        ]
    );

    // Published, it is still there for staff, without the review forms.
    let published = staff
        .post(&app, &format!("/can-bo/tin/{id}/duyet"), &[])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    let after = staff.get(&app, &preview_path).await;
    assert_eq!(after.texts(".review-status .tag"), vec!["Đang tuyển"]);
    assert!(attrs(&after, "section.review-actions form", "action").is_empty());
    assert_eq!(
        attrs(&after, &format!("main a[href='/viec-lam/{id}']"), "href").len(),
        1
    );
    assert_eq!(
        staff.get(&app, "/can-bo/tin/999999").await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn only_staff_and_admins_open_the_staff_preview() {
    let app = TestApp::spawn().await;
    let employer = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let id = posting_in_review(&app, &employer, "Tuyển công nhân hái chè", "submit").await;
    let path = format!("/can-bo/tin/{id}");
    assert_eq!(app.get(&path).await.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        employer.get(&app, &path).await.status,
        StatusCode::FORBIDDEN
    );
    let (seeker, _) = app
        .sign_up_seeker("mai.giang@example.vn", "0912345678")
        .await;
    assert_eq!(
        app.get_with_cookie(&path, &seeker).await.status,
        StatusCode::FORBIDDEN
    );
    let officer = signed_in(&app, Role::CommuneOfficer, "xa@example.vn").await;
    assert_eq!(officer.get(&app, &path).await.status, StatusCode::FORBIDDEN);
    let admin = signed_in(&app, Role::Admin, "admin@example.vn").await;
    assert_eq!(admin.get(&app, &path).await.status, StatusCode::OK);
}

// Employer preview ---------------------------------------------------------------------------

#[tokio::test]
async fn an_employer_previews_its_own_draft_but_never_anothers() {
    let app = TestApp::spawn().await;
    let owner = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let other = employer(&app, "Hợp tác xã Quế Văn Bàn", "5300987650", "htx@que.vn").await;
    let id = posting_in_review(&app, &owner, "Tuyển công nhân hái chè", "save").await;
    let path = format!("/nha-tuyen-dung/tin/{id}");

    let home = owner.get(&app, "/nha-tuyen-dung").await;
    assert_eq!(attrs(&home, "li.posting h3 a", "href"), vec![path.clone()]);
    let page = owner.get(&app, &path).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("main h1"), vec!["Tuyển công nhân hái chè"]);
    assert_eq!(page.texts(".preview-status .tag"), vec!["Bản nháp"]);
    assert_eq!(page.texts("p.how-to-apply"), vec![HOW_TO_APPLY]);
    assert_eq!(
        attrs(&page, "main form.inline", "action"),
        vec![format!("/nha-tuyen-dung/tin/{id}/gui-duyet")]
    );

    assert_eq!(other.get(&app, &path).await.status, StatusCode::NOT_FOUND);
    assert_eq!(app.get(&path).await.status, StatusCode::UNAUTHORIZED);
    let staff = staff(&app).await;
    assert_eq!(staff.get(&app, &path).await.status, StatusCode::FORBIDDEN);
}

// Enterprise details ---------------------------------------------------------------------------

/// The details form filled in well; change what a test needs.
fn details_fields(name: &str) -> Vec<(&'static str, String)> {
    vec![
        ("name", name.to_owned()),
        ("tax_code", "0100109106".to_owned()),
        (
            "address",
            "Số 12 đường Trần Hưng Đạo, phường Duyên Hải".to_owned(),
        ),
        ("province_code", "10".to_owned()),
        ("commune_code", "02635".to_owned()),
        ("phone", "0214 3800 222".to_owned()),
        ("email", "tuyendung@chebatxat.vn".to_owned()),
        ("website", "chebatxat.vn".to_owned()),
        ("overseas_licence_no", String::new()),
    ]
}

async fn post_details(
    app: &TestApp,
    session: &Session,
    fields: &[(&'static str, String)],
) -> TestResponse {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    session
        .post(app, "/nha-tuyen-dung/doanh-nghiep", &pairs)
        .await
}

fn location(response: &TestResponse) -> Option<&str> {
    response
        .headers
        .get("location")
        .and_then(|v| v.to_str().ok())
}

/// One text column of the only employer with this tax code.
async fn employer_column(app: &TestApp, column: &str) -> Option<String> {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let sql = format!("SELECT {column} FROM employers WHERE tax_code = '0100109106'");
    sqlx::query_scalar(sqlx::AssertSqlSafe(sql))
        .fetch_one(&mut *conn)
        .await
        .expect("the employer")
}

#[tokio::test]
async fn an_employer_edits_its_details_and_finds_them_saved() {
    let app = TestApp::spawn().await;
    let session = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let home = session.get(&app, "/nha-tuyen-dung").await;
    assert_eq!(
        attrs(&home, "main a[href='/nha-tuyen-dung/doanh-nghiep']", "href").len(),
        1
    );
    let form = session.get(&app, "/nha-tuyen-dung/doanh-nghiep").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(
        value_of(&form, "input[name=name]").as_deref(),
        Some("Công ty TNHH Chè Bát Xát")
    );
    assert_eq!(
        value_of(&form, "input[name=tax_code]").as_deref(),
        Some("0100109106")
    );

    let mut fields = details_fields("Công ty TNHH Chè Bát Xát");
    fields.retain(|(k, _)| *k != "overseas_licence_no");
    fields.push(("overseas_licence_no", "45/LĐTBXH-GP".to_owned()));
    let saved = post_details(&app, &session, &fields).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    assert_eq!(
        location(&saved),
        Some("/nha-tuyen-dung/doanh-nghiep?saved=1")
    );
    assert_eq!(
        employer_column(&app, "address").await.as_deref(),
        Some("Số 12 đường Trần Hưng Đạo, phường Duyên Hải")
    );
    assert_eq!(
        employer_column(&app, "phone").await.as_deref(),
        Some("02143800222")
    );
    assert_eq!(
        employer_column(&app, "website").await.as_deref(),
        Some("https://chebatxat.vn")
    );
    assert_eq!(
        employer_column(&app, "overseas_licence_no")
            .await
            .as_deref(),
        Some("45/LĐTBXH-GP")
    );

    let again = session
        .get(&app, "/nha-tuyen-dung/doanh-nghiep?saved=1")
        .await;
    assert_eq!(again.texts("p.notice[role=status]").len(), 1);
    assert_eq!(
        value_of(&again, "input[name=website]").as_deref(),
        Some("https://chebatxat.vn")
    );
    assert_eq!(
        value_of(&again, "input[name=phone]").as_deref(),
        Some("0214 380 0222")
    );
}

#[tokio::test]
async fn bad_enterprise_details_are_named_at_their_fields_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    let session = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let mut fields = details_fields("Cty");
    fields.retain(|(k, _)| !matches!(*k, "address" | "commune_code" | "phone" | "website"));
    fields.push(("address", "x".to_owned()));
    fields.push(("commune_code", "99999".to_owned()));
    fields.push(("phone", "12345".to_owned()));
    fields.push(("website", "trang web của tôi".to_owned()));
    let refused = post_details(&app, &session, &fields).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    for field in ["address", "commune_code", "phone", "website"] {
        assert_eq!(
            refused.texts(&format!("#{field}-error")).len(),
            1,
            "{field} is named"
        );
    }
    for field in ["name", "tax_code", "email"] {
        assert!(
            refused.texts(&format!("#{field}-error")).is_empty(),
            "{field}"
        );
    }
    assert_eq!(
        value_of(&refused, "input[name=name]").as_deref(),
        Some("Cty")
    );
    assert_eq!(
        value_of(&refused, "input[name=phone]").as_deref(),
        Some("12345")
    );
    assert_eq!(
        employer_column(&app, "address").await.as_deref(),
        Some("Số 5 đường Hoàng Liên, phường Duyên Hải")
    );

    // Neither e-mail nor phone leaves no way to reach the enterprise.
    let mut no_contact = details_fields("Công ty TNHH Chè Bát Xát");
    no_contact.retain(|(k, _)| !matches!(*k, "phone" | "email"));
    let refused = post_details(&app, &session, &no_contact).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.texts("#email-error").len(), 1);

    // Another enterprise's tax code is refused while it can still change.
    employer(&app, "Hợp tác xã Quế Văn Bàn", "5300987650", "htx@que.vn").await;
    let mut taken = details_fields("Công ty TNHH Chè Bát Xát");
    taken.retain(|(k, _)| *k != "tax_code");
    taken.push(("tax_code", "5300987650".to_owned()));
    let refused = post_details(&app, &session, &taken).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.texts("#tax_code-error").len(), 1);
}

#[tokio::test]
async fn a_verified_employer_that_changes_its_name_is_verified_again() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let session = employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let id = app.count("SELECT MIN(id) FROM employers").await;
    let verified = staff
        .post(&app, &format!("/can-bo/doanh-nghiep/{id}/xac-minh"), &[])
        .await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER);
    let is_verified = "SELECT is_verified FROM employers WHERE tax_code = '0100109106'";

    let form = session.get(&app, "/nha-tuyen-dung/doanh-nghiep").await;
    assert_eq!(value_of(&form, "input[name=tax_code]"), None);
    assert_eq!(form.texts("#tax_code-fixed"), vec!["0100109106"]);

    // A new address keeps the verification; a tax code sent anyway is ignored.
    let mut fields = details_fields("Công ty TNHH Chè Bát Xát");
    fields.retain(|(k, _)| *k != "tax_code");
    fields.push(("tax_code", "5300987650".to_owned()));
    let saved = post_details(&app, &session, &fields).await;
    assert_eq!(
        location(&saved),
        Some("/nha-tuyen-dung/doanh-nghiep?saved=1")
    );
    assert_eq!(app.count(is_verified).await, 1);

    // A new name goes back to the staff.
    let renamed = post_details(&app, &session, &details_fields("Công ty CP Chè Bát Xát")).await;
    assert_eq!(
        location(&renamed),
        Some("/nha-tuyen-dung/doanh-nghiep?saved=review")
    );
    assert_eq!(app.count(is_verified).await, 0);
    assert_eq!(
        employer_column(&app, "name").await.as_deref(),
        Some("Công ty CP Chè Bát Xát")
    );
    let told = session
        .get(&app, "/nha-tuyen-dung/doanh-nghiep?saved=review")
        .await;
    assert!(told.texts("p.notice[role=status]")[0].contains("xác minh lại"));
    let queue = staff.get(&app, "/can-bo/doanh-nghiep").await;
    assert_eq!(
        queue.texts("li.employer-row h2"),
        vec!["Công ty CP Chè Bát Xát"]
    );
}

#[tokio::test]
async fn a_new_licence_given_on_a_posting_sends_a_verified_employer_back_to_verification() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let session = employer(
        &app,
        "Công ty CP Cung ứng Nhân lực Lào Cai",
        "0100109106",
        "xkld@nhanluc.vn",
    )
    .await;
    let id = app.count("SELECT MIN(id) FROM employers").await;
    let is_verified = "SELECT is_verified FROM employers WHERE tax_code = '0100109106'";
    let mut details = details_fields("Công ty CP Cung ứng Nhân lực Lào Cai");
    details.retain(|(k, _)| *k != "overseas_licence_no");
    details.push(("overseas_licence_no", "123/LĐTBXH-GP".to_owned()));
    let saved = post_details(&app, &session, &details).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    staff
        .post(&app, &format!("/can-bo/doanh-nghiep/{id}/xac-minh"), &[])
        .await;
    assert_eq!(app.count(is_verified).await, 1);

    let mut fields = posting_fields("Tuyển lao động làm việc tại Nhật Bản");
    fields.retain(|(k, _)| *k != "location" && *k != "commune_code");
    fields.push(("location", "country".to_owned()));
    fields.push(("country_code", "JP".to_owned()));
    fields.push(("overseas_licence_no", "123/LĐTBXH-GP".to_owned()));
    let same = post_posting(&app, &session, "/nha-tuyen-dung/tin/moi", &fields, "submit").await;
    assert_eq!(same.status, StatusCode::SEE_OTHER, "{}", same.body);
    assert_eq!(app.count(is_verified).await, 1, "the licence on file");

    fields.retain(|(k, _)| *k != "overseas_licence_no");
    fields.push(("overseas_licence_no", "999/LĐTBXH-GP".to_owned()));
    let other = post_posting(&app, &session, "/nha-tuyen-dung/tin/moi", &fields, "submit").await;
    assert_eq!(other.status, StatusCode::SEE_OTHER, "{}", other.body);
    assert_eq!(app.count(is_verified).await, 0, "a new licence");
    assert_eq!(
        employer_column(&app, "overseas_licence_no")
            .await
            .as_deref(),
        Some("999/LĐTBXH-GP")
    );
}
