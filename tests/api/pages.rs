use axum::body::Body;
use axum::http::{Request, StatusCode, header};

use crate::helpers::TestApp;

#[tokio::test]
async fn the_health_check_reports_the_database() {
    let app = TestApp::spawn().await;
    let response = app.get("/healthz").await;
    assert_eq!(response.status, StatusCode::OK);
    let body = response.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(
        body["backend"],
        if app.is_postgres() {
            "PostgreSQL"
        } else {
            "SQLite"
        }
    );
}

#[tokio::test]
async fn the_home_page_lists_lao_cais_nine_districts() {
    let app = TestApp::spawn().await;
    let response = app.get("/").await;
    assert_eq!(response.status, StatusCode::OK);
    let districts = response.texts("ul.districts li a");
    assert_eq!(districts.len(), 9);
    assert!(
        districts.contains(&"Huyện Si Ma Cai".to_owned()),
        "{districts:?}"
    );
    assert!(
        districts.contains(&"Thị xã Sa Pa".to_owned()),
        "{districts:?}"
    );
    assert_eq!(response.texts("html[lang=vi]").len(), 1);
}

#[tokio::test]
async fn the_home_page_shows_the_newest_demo_jobs() {
    let app = TestApp::spawn().await.with_demo(300, 50).await;
    let response = app.get("/").await;
    let cards = response.texts("ul.cards li.card h3 a");
    assert_eq!(cards.len(), 10, "{}", response.body);
    let open: i64 = app
        .count("SELECT COUNT(*) FROM jobs WHERE status = 'published' AND (deadline IS NULL OR deadline >= '2024-06-15')")
        .await;
    let counts = response.texts("ul.districts .meta");
    let listed: i64 = counts
        .iter()
        .map(|t| {
            t.split(" · ")
                .nth(1)
                .and_then(|s| s.split(' ').next())
                .and_then(|n| n.parse::<i64>().ok())
                .unwrap_or(0)
        })
        .sum();
    let in_province: i64 = app
        .count("SELECT COUNT(*) FROM jobs WHERE status = 'published' AND work_location = 'in_province' AND (deadline IS NULL OR deadline >= '2024-06-15')")
        .await;
    assert_eq!(
        listed, in_province,
        "district counts add up to the open postings in the province"
    );
    assert!(open >= in_province);
}

#[tokio::test]
async fn english_is_chosen_by_query_and_remembered_by_cookie() {
    let app = TestApp::spawn().await;
    let response = app.get("/?lang=en").await;
    assert_eq!(response.texts("html[lang=en]").len(), 1);
    let cookie = response
        .headers
        .get(header::SET_COOKIE)
        .expect("a language cookie");
    assert!(cookie.to_str().unwrap_or_default().starts_with("lang=en"));
    let again = app
        .send(
            Request::get("/viec-lam")
                .header(header::COOKIE, "lang=en")
                .body(Body::empty())
                .expect("request"),
        )
        .await;
    assert_eq!(
        again
            .texts("h1")
            .first()
            .map(|h| h.starts_with("Job postings")),
        Some(true)
    );
}

#[tokio::test]
async fn an_unknown_page_is_a_plain_404_with_a_request_id() {
    let app = TestApp::spawn().await;
    let response = app.get("/khong-co").await;
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    let request_id = response
        .headers
        .get("x-request-id")
        .expect("request id header");
    let shown = response.texts("main code");
    assert_eq!(
        shown,
        vec![request_id.to_str().unwrap_or_default().to_owned()]
    );
}

#[tokio::test]
async fn the_stylesheet_is_served_and_cached() {
    let app = TestApp::spawn().await;
    let response = app.get("/static/site.css").await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.contains("@media print"));
    assert_eq!(
        response
            .headers
            .get(header::CACHE_CONTROL)
            .map(|v| v.to_str().unwrap_or_default()),
        Some("public, max-age=86400")
    );
}
