use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::TestApp;

const STAFF: &str = "canbo@laocai.gov.vn";
const PASSWORD: &str = "ngay mai troi lai sang";

fn set_cookie<'a>(response: &'a crate::helpers::TestResponse, name: &str) -> Option<&'a str> {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
}

#[tokio::test]
async fn staff_sign_in_gets_an_http_only_cookie_and_lands_on_the_queue() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let response = app.try_sign_in(STAFF, PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER);
    assert_eq!(
        response
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/can-bo")
    );
    let cookie = set_cookie(&response, "vl_session").expect("session cookie");
    assert!(
        cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax"),
        "{cookie}"
    );
    assert!(
        !cookie.contains("Secure"),
        "plain http on loopback: {cookie}"
    );
}

#[tokio::test]
async fn every_sign_in_gets_a_new_session_id() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let (first, _) = app.sign_in(STAFF, PASSWORD).await;
    let (second, _) = app.sign_in(STAFF, PASSWORD).await;
    assert_ne!(first, second);
    assert_eq!(app.count("SELECT COUNT(*) FROM sessions").await, 2);
    let stored: i64 = app
        .count("SELECT COUNT(*) FROM sessions WHERE id_hash = 'x'")
        .await;
    assert_eq!(stored, 0);
}

#[tokio::test]
async fn a_wrong_password_gets_one_generic_message_and_keeps_the_login() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let wrong = app.try_sign_in(STAFF, "sai mat khau roi nhe").await;
    let unknown = app.try_sign_in("khongco@laocai.gov.vn", PASSWORD).await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert_eq!(wrong.texts("p.alert"), unknown.texts("p.alert"));
    let selector = scraper::Selector::parse("input[name=login]").expect("selector");
    let kept = wrong
        .html()
        .select(&selector)
        .next()
        .and_then(|i| i.value().attr("value").map(str::to_owned));
    assert_eq!(kept.as_deref(), Some(STAFF));
}

#[tokio::test]
async fn throttling_engages_after_repeated_failures() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    for _ in 0..5 {
        assert_eq!(
            app.try_sign_in(STAFF, "doan mo mat khau").await.status,
            StatusCode::UNAUTHORIZED
        );
    }
    let blocked = app.try_sign_in(STAFF, PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(16 * 60);
    assert_eq!(
        app.try_sign_in(STAFF, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );
}

#[tokio::test]
async fn forms_without_a_valid_csrf_token_are_refused() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let (_, csrf_cookie) = app.sign_in_form().await;
    let no_token = app
        .post_form(
            "/dang-nhap",
            &[("login", STAFF), ("password", PASSWORD)],
            &csrf_cookie,
        )
        .await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let no_cookie = app
        .post_form(
            "/dang-nhap",
            &[("login", STAFF), ("password", PASSWORD), ("csrf", "abc")],
            "",
        )
        .await;
    assert_eq!(no_cookie.status, StatusCode::FORBIDDEN);
    let (session, _) = app.sign_in(STAFF, PASSWORD).await;
    let sign_out = app
        .post_form("/dang-xuat", &[("csrf", "not-the-token")], &session)
        .await;
    assert_eq!(sign_out.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .status,
        StatusCode::OK,
        "still signed in"
    );
}

#[tokio::test]
async fn sign_out_really_ends_the_session() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let (session, csrf) = app.sign_in(STAFF, PASSWORD).await;
    assert_eq!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .status,
        StatusCode::OK
    );
    let out = app
        .post_form("/dang-xuat", &[("csrf", &csrf)], &session)
        .await;
    assert_eq!(out.status, StatusCode::SEE_OTHER);
    assert!(set_cookie(&out, "vl_session").is_some_and(|c| c.contains("Max-Age=0")));
    assert_eq!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn an_idle_session_expires() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let (session, _) = app.sign_in(STAFF, PASSWORD).await;
    app.clock.advance(2 * 3600 + 1);
    assert_eq!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn a_disabled_account_loses_its_sessions() {
    let app = TestApp::spawn().await;
    app.add_user(Role::Staff, STAFF, PASSWORD).await;
    let (session, _) = app.sign_in(STAFF, PASSWORD).await;
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    sqlx::query("UPDATE users SET is_disabled = 1")
        .execute(&mut *conn)
        .await
        .expect("disable");
    assert_eq!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .status,
        StatusCode::UNAUTHORIZED
    );
    assert_eq!(
        app.try_sign_in(STAFF, PASSWORD).await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn only_staff_and_admins_reach_the_moderation_queue() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.get("/can-bo/duyet-tin").await.status,
        StatusCode::UNAUTHORIZED
    );
    for (role, email, expected) in [
        (Role::JobSeeker, "nld@example.com", StatusCode::FORBIDDEN),
        (Role::Employer, "dn@example.com", StatusCode::FORBIDDEN),
        (
            Role::CommuneOfficer,
            "xa@example.com",
            StatusCode::FORBIDDEN,
        ),
        (Role::Staff, "staff@example.com", StatusCode::OK),
        (Role::Admin, "admin@example.com", StatusCode::OK),
    ] {
        app.add_user(role, email, PASSWORD).await;
        let (session, csrf) = app.sign_in(email, PASSWORD).await;
        assert_eq!(
            app.get_with_cookie("/can-bo/duyet-tin", &session)
                .await
                .status,
            expected,
            "{role}"
        );
        let publish = app
            .post_form("/can-bo/tin/1/duyet", &[("csrf", &csrf)], &session)
            .await;
        let allowed = expected == StatusCode::OK;
        assert_eq!(
            publish.status == StatusCode::FORBIDDEN,
            !allowed,
            "{role}: {}",
            publish.status
        );
    }
}
