use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::{TestApp, value_of};
use crate::portal_support::{
    PASSWORD, Session, employer, signed_in, staff, starts_session, worker,
};

/// A registration form filled in well; change what a test needs.
fn registration(name: &str, phone: &str, email: &str) -> Vec<(&'static str, String)> {
    vec![
        ("full_name", name.to_owned()),
        ("birth_date", "05/09/1998".to_owned()),
        ("gender", "male".to_owned()),
        ("commune_code", "02635".to_owned()),
        ("village", "Thôn Phìn Ngan".to_owned()),
        ("phone", phone.to_owned()),
        ("email", email.to_owned()),
        ("ethnicity_code", "04".to_owned()),
        ("citizen_id", "010098001234".to_owned()),
        ("household_code", "HGD-0042".to_owned()),
        ("poverty_status", "poor".to_owned()),
        ("education_level", "lower_secondary".to_owned()),
        ("vocational_training", "none".to_owned()),
        ("occupation_1", "8212".to_owned()),
        ("consent", "1".to_owned()),
        (
            "consent_note",
            "Ký phiếu đăng ký tại UBND xã ngày 15/06/2024".to_owned(),
        ),
    ]
}

async fn register(
    app: &TestApp,
    session: &Session,
    fields: &[(&'static str, String)],
) -> crate::helpers::TestResponse {
    let pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    session
        .post(app, "/can-bo/nguoi-lao-dong/dang-ky", &pairs)
        .await
}

#[tokio::test]
async fn registry_pages_are_refused_to_employers_job_seekers_and_anonymous_visitors() {
    let app = TestApp::spawn().await;
    let w = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    let seeker = signed_in(&app, Role::JobSeeker, "seeker@example.vn").await;
    let worker_page = format!("/can-bo/nguoi-lao-dong/{w}");
    for path in [
        "/can-bo/nguoi-lao-dong",
        "/can-bo/nguoi-lao-dong/dang-ky",
        worker_page.as_str(),
    ] {
        assert_eq!(
            app.get(path).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
        for session in [&employer, &seeker] {
            assert_eq!(
                session.get(&app, path).await.status,
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
    }
    let posted = register(
        &app,
        &employer,
        &registration("Vàng A Sử", "0912345678", ""),
    )
    .await;
    assert_eq!(posted.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM workers").await, 1);
}

#[tokio::test]
async fn staff_find_workers_by_name_with_or_without_tone_marks_and_by_commune() {
    let app = TestApp::spawn().await;
    worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    worker(&app, "Lò Văn Đức", "02641", None, "010098001235").await;
    let staff = staff(&app).await;
    let all = staff.get(&app, "/can-bo/nguoi-lao-dong").await;
    assert_eq!(all.texts("table.registry td.name").len(), 2);
    for q in ["Giàng", "giang+thi", "GIANG"] {
        let found = staff
            .get(&app, &format!("/can-bo/nguoi-lao-dong?q={q}"))
            .await;
        assert_eq!(
            found.texts("table.registry td.name"),
            vec!["Giàng Thị Mai"],
            "{q}"
        );
    }
    let duc = staff.get(&app, "/can-bo/nguoi-lao-dong?q=duc").await;
    assert_eq!(duc.texts("table.registry td.name"), vec!["Lò Văn Đức"]);
    let commune = staff
        .get(&app, "/can-bo/nguoi-lao-dong?commune=02641")
        .await;
    assert_eq!(commune.texts("table.registry td.name"), vec!["Lò Văn Đức"]);
    // Listing reads no sensitive field, so it is not audited.
    assert!(!all.body.contains("010198001234"));
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, 0);
}

#[tokio::test]
async fn each_view_of_a_workers_sensitive_fields_is_written_to_the_audit_log() {
    let app = TestApp::spawn().await;
    let w = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let staff = staff(&app).await;
    let path = format!("/can-bo/nguoi-lao-dong/{w}");
    let first = staff.get(&app, &path).await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.texts("dd.citizen-id"), vec!["010198001234"]);
    assert_eq!(first.texts("dd.ethnicity"), vec!["Thái"]);
    assert_eq!(first.texts("dd.poverty"), vec!["Hộ nghèo (2024)"]);
    staff.get(&app, &path).await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM audit_log WHERE action = 'read' AND entity = 'worker' \
             AND fields = 'ethnicity,citizen_id,household_poverty' AND actor_user_id IS NOT NULL AND request_id <> ''"
        )
        .await,
        2
    );
    let log = staff.get(&app, "/can-bo/nhat-ky").await;
    assert_eq!(log.status, StatusCode::OK);
    assert_eq!(
        log.texts("table.audit td.subject"),
        vec!["Giàng Thị Mai", "Giàng Thị Mai"]
    );
    assert!(log.texts("table.audit td.actor")[0].contains("Cán bộ Thử"));
    assert!(log.texts("table.audit td.fields")[0].contains("số CCCD"));
}

#[tokio::test]
async fn a_commune_officer_sees_only_their_commune_and_no_sensitive_fields() {
    let app = TestApp::spawn().await;
    let own = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let other = worker(&app, "Lò Văn Đức", "02641", None, "010098001235").await;
    let officer = signed_in(&app, Role::CommuneOfficer, "xa@example.vn").await;
    let list = officer
        .get(&app, "/can-bo/nguoi-lao-dong?commune=02641")
        .await;
    assert_eq!(list.status, StatusCode::OK);
    assert_eq!(list.texts("table.registry td.name"), vec!["Giàng Thị Mai"]);
    let page = officer
        .get(&app, &format!("/can-bo/nguoi-lao-dong/{own}"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert!(page.texts("section.sensitive").is_empty());
    assert!(!page.body.contains("010198001234"));
    assert_eq!(
        officer
            .get(&app, &format!("/can-bo/nguoi-lao-dong/{other}"))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM audit_log").await, 0);
    // Officers register workers of their own commune only, and no household status.
    let mut elsewhere = registration("Vàng A Sử", "0912345678", "");
    elsewhere.retain(|(k, _)| *k != "commune_code");
    elsewhere.push(("commune_code", "02641".to_owned()));
    let refused = register(&app, &officer, &elsewhere).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.texts("#commune_code-error").len(), 1);
    let form = officer.get(&app, "/can-bo/nguoi-lao-dong/dang-ky").await;
    assert!(form.texts("#household_code").is_empty());
    let done = register(&app, &officer, &registration("Vàng A Sử", "0912345678", "")).await;
    assert_eq!(done.status, StatusCode::OK, "{}", done.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM workers WHERE full_name = 'Vàng A Sử' AND household_id IS NULL AND commune_code = '02635'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM household_poverty WHERE status = 'poor'")
            .await,
        2
    );
}

#[tokio::test]
async fn a_registration_on_behalf_is_refused_without_consent_or_with_a_short_citizen_id() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let mut fields = registration("Vàng A Sử", "0912345678", "");
    fields.retain(|(k, _)| *k != "consent" && *k != "citizen_id");
    fields.push(("citizen_id", "01009800123".to_owned()));
    let response = register(&app, &staff, &fields).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    let cccd = response.texts("#citizen_id-error");
    assert!(cccd[0].contains("12 chữ số"), "{cccd:?}");
    assert_eq!(response.texts("#consent-error").len(), 1);
    assert_eq!(
        value_of(&response, "input[name=full_name]").as_deref(),
        Some("Vàng A Sử")
    );
    assert_eq!(
        value_of(&response, "input[name=citizen_id]").as_deref(),
        Some("01009800123")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM workers").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM households").await, 0);
}

#[tokio::test]
async fn a_worker_registered_on_their_behalf_claims_the_account_with_the_code() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let slip = register(
        &app,
        &staff,
        &registration("Vàng A Sử", "0912 345 678", "su@example.vn"),
    )
    .await;
    assert_eq!(slip.status, StatusCode::OK, "{}", slip.body);
    assert_eq!(
        slip.headers
            .get("cache-control")
            .and_then(|v| v.to_str().ok()),
        Some("no-store")
    );
    let code = slip
        .texts("dd.claim-code")
        .pop()
        .expect("a code on the slip");
    assert_eq!(code.len(), 14);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM workers WHERE registered_by_user_id IS NOT NULL AND consent_at IS NOT NULL \
             AND consent_note <> '' AND citizen_id = '010098001234' AND household_id IS NOT NULL"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM account_claims WHERE used_at IS NULL")
            .await,
        1
    );
    let mut conn = app.ctx.db.pool().acquire().await.unwrap();
    let stored: String = sqlx::query_scalar("SELECT token_hash FROM account_claims")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert_ne!(stored, code.replace('-', ""), "only a hash is stored");
    let mail: String =
        sqlx::query_scalar("SELECT text_body FROM mail_outbox WHERE to_address = 'su@example.vn'")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert!(
        mail.contains(&code) && mail.contains("/nhan-tai-khoan"),
        "{mail}"
    );
    drop(conn);

    let (token, cookie) = app.anonymous_form("/nhan-tai-khoan").await;
    let claim = |login: &'static str, code: String| {
        let token = token.clone();
        let cookie = cookie.clone();
        let app = &app;
        async move {
            app.post_form(
                "/nhan-tai-khoan",
                &[
                    ("csrf", &token),
                    ("login", login),
                    ("code", &code),
                    ("password", PASSWORD),
                ],
                &cookie,
            )
            .await
        }
    };
    let wrong = claim("0912345678", "ABCD-EFGH-JKLM".to_owned()).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.texts("p.alert").len(), 1);
    assert!(!starts_session(&wrong));
    let wrong_login = claim("0987654321", code.clone()).await;
    assert_eq!(wrong_login.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'job_seeker'")
            .await,
        0
    );

    let claimed = claim("0912.345.678", code.to_lowercase()).await;
    assert_eq!(claimed.status, StatusCode::SEE_OTHER, "{}", claimed.body);
    assert!(starts_session(&claimed));
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM users u JOIN workers w ON w.id = u.worker_id \
             WHERE u.role = 'job_seeker' AND u.phone = '0912345678' AND w.full_name = 'Vàng A Sử'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM account_claims WHERE used_at IS NOT NULL")
            .await,
        1
    );
    // The worker signs in with the new password; the code does not work twice.
    app.sign_in("su@example.vn", PASSWORD).await;
    let reused = claim("0912345678", code).await;
    assert_eq!(reused.status, StatusCode::UNAUTHORIZED);
}

#[tokio::test]
async fn an_expired_claim_code_is_refused() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let slip = register(&app, &staff, &registration("Vàng A Sử", "0912345678", "")).await;
    let code = slip.texts("dd.claim-code").pop().expect("a code");
    app.clock.advance(31 * 86_400);
    let (token, cookie) = app.anonymous_form("/nhan-tai-khoan").await;
    let late = app
        .post_form(
            "/nhan-tai-khoan",
            &[
                ("csrf", &token),
                ("login", "0912345678"),
                ("code", &code),
                ("password", PASSWORD),
            ],
            &cookie,
        )
        .await;
    assert_eq!(late.status, StatusCode::UNAUTHORIZED);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'job_seeker'")
            .await,
        0
    );
}
