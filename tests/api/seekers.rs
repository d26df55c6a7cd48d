//! Job seekers: signing up, resetting a forgotten password, the profile,
//! their own data and deleting the account.

use axum::http::StatusCode;

use crate::helpers::{TestApp, cookie_pair, seeker_sign_up_fields, value_of};

const EMAIL: &str = "mai.giang@example.com";
const PHONE: &str = "0912 345 678";
const PASSWORD: &str = "ngo ngoai dong bac ha";

fn with(fields: &[(&'static str, String)], key: &str, value: &str) -> Vec<(&'static str, String)> {
    fields
        .iter()
        .map(|(k, v)| {
            if *k == key {
                (*k, value.to_owned())
            } else {
                (*k, v.clone())
            }
        })
        .collect()
}

fn without(fields: &[(&'static str, String)], key: &str) -> Vec<(&'static str, String)> {
    fields.iter().filter(|(k, _)| *k != key).cloned().collect()
}

#[tokio::test]
async fn a_job_seeker_signs_up_and_lands_signed_in_on_their_portal() {
    let app = TestApp::spawn().await;
    let response = app.post_sign_up(&seeker_sign_up_fields(EMAIL, PHONE)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(
        response
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/nguoi-tim-viec")
    );
    let session = cookie_pair(&response, "vl_session").expect("signed in");
    let portal = app.get_with_cookie("/nguoi-tim-viec", &session).await;
    assert_eq!(portal.status, StatusCode::OK);
    assert_eq!(portal.texts("h1"), vec!["Xin chào, Giàng Thị Mai"]);

    let consented = app
        .count("SELECT COUNT(*) FROM workers WHERE consent_at IS NOT NULL AND full_name = 'Giàng Thị Mai' AND commune_code = '02635' AND phone = '0912345678'")
        .await;
    assert_eq!(consented, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users u JOIN workers w ON w.id = u.worker_id WHERE u.role = 'job_seeker'")
            .await,
        1
    );
    let mail = app.mail_to(EMAIL).await;
    assert_eq!(mail.len(), 1, "one confirmation");
    let (subject, text, html) = &mail[0];
    assert!(subject.contains(" / "), "bilingual subject: {subject}");
    assert!(
        text.contains("Giàng Thị Mai") && text.contains("/dang-nhap"),
        "{text}"
    );
    assert!(
        html.contains("<a href=") && html.contains("lang=\"en\""),
        "{html}"
    );
    // Signing in works with the phone number as well.
    app.sign_in(PHONE, PASSWORD).await;
}

#[tokio::test]
async fn sign_up_with_only_a_phone_number_sends_no_mail() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker("", PHONE).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE email IS NULL AND phone = '0912345678'")
            .await,
        1
    );
}

#[tokio::test]
async fn sign_up_problems_are_shown_next_to_their_fields_with_the_input_kept() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker(EMAIL, PHONE).await;
    let good = seeker_sign_up_fields("khac@example.com", "0987 654 321");
    let cases = [
        ("duplicate e-mail", with(&good, "email", EMAIL), "email"),
        (
            "duplicate phone",
            with(&good, "phone", "+84 912 345 678"),
            "phone",
        ),
        (
            "weak password",
            with(&good, "password", "matkhau123"),
            "password",
        ),
        ("short password", with(&good, "password", "abc"), "password"),
        ("missing consent", without(&good, "consent"), "consent"),
        ("bad phone", with(&good, "phone", "0912 34"), "phone"),
        ("landline", with(&good, "phone", "0214 3840 123"), "phone"),
        (
            "no contact",
            with(&with(&good, "email", ""), "phone", ""),
            "email",
        ),
        (
            "commune elsewhere",
            with(&good, "commune_code", "00001"),
            "commune_code",
        ),
    ];
    for (case, fields, field) in cases {
        let response = app.post_sign_up(&fields).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{case}");
        let errors = response.texts(&format!("#{field}-error"));
        assert_eq!(errors.len(), 1, "{case}: {}", response.body);
        assert!(errors[0].contains(" / "), "{case}: bilingual {errors:?}");
        let value = |name: &str| {
            fields
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.clone())
        };
        assert_eq!(
            value_of(&response, "input[name=email]"),
            value("email"),
            "{case}"
        );
        assert_eq!(
            value_of(&response, "input[name=phone]"),
            value("phone"),
            "{case}"
        );
        assert_eq!(
            value_of(&response, "input[name=full_name]"),
            value("full_name"),
            "{case}"
        );
        assert_eq!(
            value_of(&response, "select[name=commune_code] option[selected]"),
            value("commune_code").filter(|c| c == "02635"),
            "{case}: the commune stays chosen"
        );
        assert!(
            value_of(&response, "input[name=password]").is_none(),
            "{case}: a password is never sent back"
        );
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM workers").await, 1);
}

#[tokio::test]
async fn sign_up_without_a_csrf_token_is_refused() {
    let app = TestApp::spawn().await;
    let fields = seeker_sign_up_fields(EMAIL, PHONE);
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let (_, cookie) = app.anonymous_form("/dang-ky").await;
    assert_eq!(
        app.post_form("/dang-ky", &pairs, &cookie).await.status,
        StatusCode::FORBIDDEN
    );
    let mut forged = pairs.clone();
    forged.push(("csrf", "a-token-of-someone-else"));
    assert_eq!(
        app.post_form("/dang-ky", &forged, &cookie).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM workers").await, 0);
}

#[tokio::test]
async fn sign_up_is_linked_from_the_sign_in_page_and_the_header() {
    let app = TestApp::spawn().await;
    let sign_in = app.get("/dang-nhap").await;
    assert!(
        sign_in
            .html()
            .select(&scraper::Selector::parse("main a[href='/dang-ky']").expect("selector"))
            .next()
            .is_some()
    );
    assert!(
        sign_in
            .html()
            .select(&scraper::Selector::parse("main a[href='/quen-mat-khau']").expect("selector"))
            .next()
            .is_some()
    );
    let home = app.get("/").await;
    assert!(
        home.html()
            .select(&scraper::Selector::parse("header a[href='/dang-ky']").expect("selector"))
            .next()
            .is_some()
    );
    let form = app.get("/dang-ky?lang=en").await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.texts("h1"), vec!["Create a job seeker account"]);
    assert!(
        form.texts("select[name=commune_code] optgroup").len() >= 9,
        "communes grouped by district"
    );
}

fn reset_link(text: &str) -> String {
    let start = text.find("/dat-lai-mat-khau/").expect("a reset link");
    text[start..start + "/dat-lai-mat-khau/".len() + 64].to_owned()
}

#[tokio::test]
async fn a_password_reset_link_works_once_and_ends_every_session() {
    let app = TestApp::spawn().await;
    let (first, _) = app.sign_up_seeker(EMAIL, "").await;
    let (second, _) = app.sign_in(EMAIL, PASSWORD).await;
    let (token, cookie) = app.anonymous_form("/quen-mat-khau").await;
    let asked = app
        .post_form(
            "/quen-mat-khau",
            &[("email", EMAIL), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(asked.status, StatusCode::OK);
    let mail = app.mail_to(EMAIL).await;
    assert_eq!(mail.len(), 2, "the welcome and the reset");
    let (subject, text, _) = &mail[1];
    assert!(
        subject.contains("mật khẩu") && subject.contains("password"),
        "{subject}"
    );
    let link = reset_link(text);
    assert_eq!(app.count("SELECT COUNT(*) FROM password_resets").await, 1);
    let stored_plain = app
        .count("SELECT COUNT(*) FROM password_resets WHERE token_hash = 'x'")
        .await;
    assert_eq!(stored_plain, 0);

    let form = app.get(&link).await;
    assert_eq!(form.status, StatusCode::OK);
    let (token, cookie) = app.anonymous_form(&link).await;
    let weak = app
        .post_form(
            &link,
            &[("password", "12345678"), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(weak.status, StatusCode::BAD_REQUEST);
    assert_eq!(weak.texts("#password-error").len(), 1);
    let new_password = "suoi hoa mai trang";
    let done = app
        .post_form(
            &link,
            &[("password", new_password), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    for old in [&first, &second] {
        assert_eq!(
            app.get_with_cookie("/nguoi-tim-viec", old).await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    assert_eq!(
        app.try_sign_in(EMAIL, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
    app.sign_in(EMAIL, new_password).await;
    // A link works once.
    assert_eq!(app.get(&link).await.status, StatusCode::GONE);
    let again = app
        .post_form(
            &link,
            &[("password", "mot mat khau khac nua"), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(again.status, StatusCode::GONE);
    app.sign_in(EMAIL, new_password).await;
}

#[tokio::test]
async fn asking_for_a_reset_answers_the_same_whether_or_not_the_account_exists() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker(EMAIL, "").await;
    let (token, cookie) = app.anonymous_form("/quen-mat-khau").await;
    let known = app
        .post_form(
            "/quen-mat-khau",
            &[("email", EMAIL), ("csrf", &token)],
            &cookie,
        )
        .await;
    let unknown = app
        .post_form(
            "/quen-mat-khau",
            &[("email", "khongai@example.com"), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(known.status, unknown.status);
    assert_eq!(known.texts("main"), unknown.texts("main"));
    assert!(app.mail_to("khongai@example.com").await.is_empty());
    let no_token = app
        .post_form("/quen-mat-khau", &[("email", EMAIL)], &cookie)
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn an_expired_reset_link_is_refused_and_changes_nothing() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker(EMAIL, "").await;
    let (token, cookie) = app.anonymous_form("/quen-mat-khau").await;
    app.post_form(
        "/quen-mat-khau",
        &[("email", EMAIL), ("csrf", &token)],
        &cookie,
    )
    .await;
    let link = reset_link(&app.mail_to(EMAIL).await[1].1);
    app.clock.advance(3601);
    let page = app.get(&link).await;
    assert_eq!(page.status, StatusCode::GONE);
    assert!(
        page.html()
            .select(&scraper::Selector::parse("a[href='/quen-mat-khau']").expect("selector"))
            .next()
            .is_some()
    );
    let late = app
        .post_form(
            &link,
            &[("password", "suoi hoa mai trang"), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(late.status, StatusCode::GONE);
    app.sign_in(EMAIL, PASSWORD).await;
    assert_eq!(
        app.get("/dat-lai-mat-khau/not-a-token").await.status,
        StatusCode::GONE
    );
}

#[tokio::test]
async fn reset_requests_are_throttled_per_address() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker(EMAIL, "").await;
    let (token, cookie) = app.anonymous_form("/quen-mat-khau").await;
    for _ in 0..3 {
        let ok = app
            .post_form(
                "/quen-mat-khau",
                &[("email", EMAIL), ("csrf", &token)],
                &cookie,
            )
            .await;
        assert_eq!(ok.status, StatusCode::OK);
    }
    let blocked = app
        .post_form(
            "/quen-mat-khau",
            &[("email", EMAIL), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(app.mail_to(EMAIL).await.len(), 4, "welcome and three links");
    app.clock.advance(16 * 60);
    let later = app
        .post_form(
            "/quen-mat-khau",
            &[("email", EMAIL), ("csrf", &token)],
            &cookie,
        )
        .await;
    assert_eq!(later.status, StatusCode::OK);
}

fn profile_fields(csrf: &str) -> Vec<(&'static str, String)> {
    vec![
        ("csrf", csrf.to_owned()),
        ("full_name", "Giàng Thị Mai".to_owned()),
        ("gender", "female".to_owned()),
        ("commune_code", "02635".to_owned()),
        ("email", EMAIL.to_owned()),
        ("phone", "0987 111 222".to_owned()),
        ("occupation", "8322".to_owned()),
        ("occupation", "8153".to_owned()),
        ("occupation", String::new()),
        ("skills", "Lái xe tải, sửa xe máy".to_owned()),
        ("education_level", "upper_secondary".to_owned()),
        ("vocational_training", "elementary".to_owned()),
        ("certificates", "Chứng chỉ lái xe hạng C".to_owned()),
        ("lang:vi", "fluent".to_owned()),
        ("lang:ethnic:08", "native".to_owned()),
        ("lang:ja", String::new()),
        ("work_area", "abroad".to_owned()),
        ("expected_salary", "8 triệu".to_owned()),
        ("availability", "within_month".to_owned()),
        ("licence", "A1".to_owned()),
        ("licence", "C".to_owned()),
    ]
}

async fn post_profile(
    app: &TestApp,
    session: &str,
    fields: &[(&str, String)],
) -> crate::helpers::TestResponse {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    app.post_form("/nguoi-tim-viec/ho-so", &pairs, session)
        .await
}

#[tokio::test]
async fn a_profile_edit_round_trips() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let saved = post_profile(&app, &session, &profile_fields(&csrf)).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let form = app
        .get_with_cookie("/nguoi-tim-viec/ho-so?da-luu=1", &session)
        .await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.texts("p.notice[role=status]").len(), 1);
    assert_eq!(
        value_of(&form, "input[name=phone]").as_deref(),
        Some("0987 111 222")
    );
    assert_eq!(
        value_of(&form, "input[name=expected_salary]").as_deref(),
        Some("8.000.000")
    );
    assert_eq!(
        value_of(&form, "#occupation-1 option[selected]").as_deref(),
        Some("8153")
    );
    assert_eq!(
        value_of(&form, "#occupation-2 option[selected]").as_deref(),
        Some("8322")
    );
    assert_eq!(value_of(&form, "#occupation-3 option[selected]"), None);
    assert_eq!(
        value_of(&form, "#lang-ethnic-08 option[selected]").as_deref(),
        Some("native")
    );
    assert_eq!(
        value_of(&form, "#lang-vi option[selected]").as_deref(),
        Some("fluent")
    );
    assert_eq!(value_of(&form, "#lang-ja option[selected]"), None);
    assert_eq!(
        value_of(&form, "#work_area option[selected]").as_deref(),
        Some("abroad")
    );
    let checked: Vec<String> = {
        let selector = scraper::Selector::parse("input[name=licence][checked]").expect("selector");
        form.html()
            .select(&selector)
            .filter_map(|e| e.value().attr("value").map(str::to_owned))
            .collect()
    };
    assert_eq!(checked, vec!["A1", "C"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM workers WHERE driving_licences = 'A1,C' AND expected_salary = 8000000 AND willing_abroad = 1 AND work_area = 'abroad' AND availability = 'within_month'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM worker_languages").await, 2);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM worker_occupations").await,
        2
    );
    // The new phone number is the login now; the old one is not.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE phone = '0987111222'")
            .await,
        1
    );
    app.sign_in("0987111222", PASSWORD).await;
    let home = app.get_with_cookie("/nguoi-tim-viec", &session).await;
    assert!(
        home.texts("dl.summary dd")
            .iter()
            .any(|d| d.contains("8.000.000"))
    );
}

#[tokio::test]
async fn bad_profile_values_are_named_next_to_their_fields_and_nothing_is_saved() {
    let app = TestApp::spawn().await;
    app.sign_up_seeker("khac@example.com", "0987 654 321").await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let good = profile_fields(&csrf);
    let bad: Vec<(&'static str, String)> = good
        .iter()
        .map(|(k, v)| match *k {
            "expected_salary" => (*k, "nhiều tiền".to_owned()),
            "phone" => (*k, "12345".to_owned()),
            "work_area" => (*k, "mat trang".to_owned()),
            _ => (*k, v.clone()),
        })
        .chain([
            ("licence", "Z9".to_owned()),
            ("lang:xx", "native".to_owned()),
        ])
        .collect();
    let response = post_profile(&app, &session, &bad).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    for field in [
        "expected_salary",
        "phone",
        "work_area",
        "driving_licences",
        "languages",
    ] {
        assert_eq!(
            response.texts(&format!("#{field}-error")).len(),
            1,
            "{field}"
        );
    }
    assert_eq!(
        value_of(&response, "input[name=expected_salary]").as_deref(),
        Some("nhiều tiền")
    );
    assert_eq!(
        value_of(&response, "input[name=phone]").as_deref(),
        Some("12345")
    );
    assert_eq!(
        value_of(&response, "#lang-ethnic-08 option[selected]").as_deref(),
        Some("native")
    );
    // A taken login and an unknown occupation are found by the database.
    let taken = post_profile(
        &app,
        &session,
        &with(
            &with(&good, "email", "khac@example.com"),
            "occupation",
            "9999",
        ),
    )
    .await;
    assert_eq!(taken.status, StatusCode::BAD_REQUEST);
    assert_eq!(taken.texts("#email-error").len(), 1);
    assert_eq!(taken.texts("#occupations-error").len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM worker_languages").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM workers WHERE skills = '' AND expected_salary IS NULL")
            .await,
        2
    );
    let no_token = post_profile(&app, &session, &without(&good, "csrf")).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn other_roles_and_visitors_do_not_reach_the_portal() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/nguoi-tim-viec").await.status,
        StatusCode::UNAUTHORIZED
    );
    app.add_user(
        vieclam::domain::user::Role::Staff,
        "staff@example.com",
        PASSWORD,
    )
    .await;
    let (staff, _) = app.sign_in("staff@example.com", PASSWORD).await;
    for path in [
        "/nguoi-tim-viec",
        "/nguoi-tim-viec/ho-so",
        "/nguoi-tim-viec/du-lieu",
    ] {
        assert_eq!(
            app.get_with_cookie(path, &staff).await.status,
            StatusCode::FORBIDDEN,
            "{path}"
        );
    }
}

#[tokio::test]
async fn the_data_download_has_their_data_and_nothing_of_others() {
    let app = TestApp::spawn().await;
    let (other, other_csrf) = app.sign_up_seeker("khac@example.com", "0987 654 321").await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.post_form(
        &format!("/viec-lam/{job}/ung-tuyen"),
        &[("csrf", &csrf), ("message", "Tôi có bằng C")],
        &session,
    )
    .await;
    app.post_form(
        &format!("/viec-lam/{job}/ung-tuyen"),
        &[
            ("csrf", &other_csrf),
            ("message", "Lời nhắn của người khác"),
        ],
        &other,
    )
    .await;
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        sqlx::query("UPDATE workers SET citizen_id = '010203004005', ethnicity_code = '08' WHERE email = $1")
            .bind(EMAIL)
            .execute(&mut *conn)
            .await
            .expect("staff-only data");
    }
    let download = app
        .get_with_cookie("/nguoi-tim-viec/du-lieu/tai-ve", &session)
        .await;
    assert_eq!(download.status, StatusCode::OK);
    let disposition = download
        .headers
        .get("content-disposition")
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default();
    assert!(disposition.starts_with("attachment;"), "{disposition}");
    let data = download.json();
    assert_eq!(data["account"]["email"], EMAIL);
    assert_eq!(data["profile"]["full_name"], "Giàng Thị Mai");
    assert_eq!(data["applications"].as_array().map(Vec::len), Some(1));
    assert_eq!(data["applications"][0]["message"], "Tôi có bằng C");
    assert!(!download.body.contains("khac@example.com"));
    assert!(!download.body.contains("Lời nhắn của người khác"));
    assert!(
        !download.body.contains("010203004005"),
        "citizen ID is staff-only"
    );
    assert!(
        !download.body.contains("ethnicity"),
        "ethnicity is staff-only"
    );
    let page = app
        .get_with_cookie("/nguoi-tim-viec/du-lieu", &session)
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts("#account-data dd").contains(&EMAIL.to_owned()));
    assert!(!page.body.contains("010203004005"));
}

#[tokio::test]
async fn deleting_the_account_needs_the_password_then_removes_it_and_signs_out() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.post_form(
        &format!("/viec-lam/{job}/ung-tuyen"),
        &[("csrf", &csrf)],
        &session,
    )
    .await;
    let wrong = app
        .post_form(
            "/nguoi-tim-viec/du-lieu/xoa-tai-khoan",
            &[("csrf", &csrf), ("password", "khong dung dau")],
            &session,
        )
        .await;
    assert_eq!(wrong.status, StatusCode::BAD_REQUEST);
    assert_eq!(wrong.texts("#password-error").len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 1);
    let done = app
        .post_form(
            "/nguoi-tim-viec/du-lieu/xoa-tai-khoan",
            &[("csrf", &csrf), ("password", PASSWORD)],
            &session,
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert!(cookie_pair(&done, "vl_session").is_some_and(|c| c == "vl_session="));
    assert_eq!(
        app.get_with_cookie("/nguoi-tim-viec", &session)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    for table in [
        "users",
        "workers",
        "applications",
        "sessions",
        "saved_searches",
    ] {
        let sql: &'static str = match table {
            "users" => "SELECT COUNT(*) FROM users",
            "workers" => "SELECT COUNT(*) FROM workers",
            "applications" => "SELECT COUNT(*) FROM applications",
            "sessions" => "SELECT COUNT(*) FROM sessions",
            _ => "SELECT COUNT(*) FROM saved_searches",
        };
        assert_eq!(app.count(sql).await, 0, "{table}");
    }
    assert_eq!(
        app.try_sign_in(EMAIL, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn deleting_an_account_with_a_placement_anonymises_the_worker() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let hired_job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    let other_job = app.published_job("Tuyển phụ xe khách", None).await;
    for job in [hired_job, other_job] {
        app.post_form(
            &format!("/viec-lam/{job}/ung-tuyen"),
            &[("csrf", &csrf)],
            &session,
        )
        .await;
    }
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        sqlx::query("UPDATE applications SET status = 'hired' WHERE job_id = $1")
            .bind(hired_job.get())
            .execute(&mut *conn)
            .await
            .expect("hired");
        sqlx::query("UPDATE workers SET citizen_id = '010203004005', birth_date = '2000-01-02'")
            .execute(&mut *conn)
            .await
            .expect("identity");
        sqlx::query(
            "INSERT INTO placements (worker_id, job_id, placed_on, is_abroad, source, created_at, updated_at) \
             SELECT id, $1, '2024-06-15', 0, 'staff', 0, 0 FROM workers",
        )
        .bind(hired_job.get())
        .execute(&mut *conn)
        .await
        .expect("placement");
    }
    let done = app
        .post_form(
            "/nguoi-tim-viec/du-lieu/xoa-tai-khoan",
            &[("csrf", &csrf), ("password", PASSWORD)],
            &session,
        )
        .await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM workers WHERE full_name <> 'Giàng Thị Mai' AND phone IS NULL AND email IS NULL AND citizen_id IS NULL AND birth_date IS NULL AND commune_code = '02635'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM placements").await,
        1,
        "the count stays true"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM applications WHERE status = 'hired'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM applications").await,
        1,
        "the undecided one is gone"
    );
}
