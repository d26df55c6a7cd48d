//! Saved searches and their e-mail alerts.

use axum::http::StatusCode;
use vieclam::clock::Clock;
use vieclam::services::alerts::{self, AlertRun};

use crate::helpers::{TestApp, value_of};

const EMAIL: &str = "pao.lu@example.com";

fn selector(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).expect("selector")
}

async fn run(app: &TestApp) -> AlertRun {
    alerts::run_due(
        &app.ctx,
        &app.search,
        app.clock.unix(),
        &app.config.public_url,
    )
    .await
    .expect("alerts pass")
}

async fn save(
    app: &TestApp,
    session: &str,
    csrf: &str,
    query: &str,
    frequency: &str,
) -> crate::helpers::TestResponse {
    app.post_form(
        "/nguoi-tim-viec/tim-kiem-da-luu",
        &[
            ("csrf", csrf),
            ("query", query),
            ("label", ""),
            ("frequency", frequency),
        ],
        session,
    )
    .await
}

fn alert_mails(mail: &[(String, String, String)]) -> Vec<(String, String, String)> {
    mail.iter()
        .filter(|(_, text, _)| text.contains("/huy-nhan-tin/"))
        .cloned()
        .collect()
}

fn unsubscribe_link(text: &str) -> String {
    let start = text.find("/huy-nhan-tin/").expect("an unsubscribe link");
    text[start..start + "/huy-nhan-tin/".len() + 64].to_owned()
}

#[tokio::test]
async fn the_search_page_offers_to_save_the_current_search() {
    let app = TestApp::spawn().await;
    let anonymous = app.get("/viec-lam?q=l%C3%A1i+xe&page=2").await;
    assert!(
        anonymous
            .html()
            .select(&selector("a[href^='/dang-nhap?next=']"))
            .next()
            .is_some()
    );
    let (session, _) = app.sign_up_seeker(EMAIL, "").await;
    let page = app
        .get_with_cookie(
            "/viec-lam?page=2&work_location=in_province&q=l%C3%A1i+xe",
            &session,
        )
        .await;
    assert_eq!(
        value_of(&page, "details.save-search input[name=query]").as_deref(),
        Some("q=l%C3%A1i+xe&work_location=in_province")
    );
    assert_eq!(
        value_of(&page, "details.save-search input[name=label]").as_deref(),
        Some("lái xe")
    );
}

#[tokio::test]
async fn an_immediate_alert_is_sent_once_for_a_new_matching_posting() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, "").await;
    let saved = save(&app, &session, &csrf, "q=lai+xe", "immediate").await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let home = app.get_with_cookie("/nguoi-tim-viec", &session).await;
    assert_eq!(home.texts("ul.saved-searches h3"), vec!["lai xe"]);
    // Nothing new yet.
    assert_eq!(run(&app).await.mails, 0);

    app.clock.advance(60);
    app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.published_job("Tuyển công nhân may", None).await;
    app.catch_up_index().await;
    app.clock.advance(30);
    let first = run(&app).await;
    assert_eq!(
        first,
        AlertRun {
            mails: 1,
            postings: 1
        }
    );
    let mails = alert_mails(&app.mail_to(EMAIL).await);
    assert_eq!(mails.len(), 1);
    let (subject, text, html) = &mails[0];
    assert!(
        subject.contains("lai xe") && subject.contains(" / "),
        "{subject}"
    );
    assert!(text.contains("Tuyển lái xe tải đường dài"), "{text}");
    assert!(!text.contains("công nhân may"), "{text}");
    assert!(text.contains("8.000.000 – 10.000.000 đ/tháng"), "{text}");
    assert!(html.contains("/huy-nhan-tin/"), "{html}");

    // Not again, however often the alerts run.
    for _ in 0..3 {
        app.clock.advance(30);
        assert_eq!(run(&app).await.mails, 0);
    }
    app.clock.advance(2 * 3600);
    assert_eq!(run(&app).await.mails, 0, "the look-back does not resend");
    assert_eq!(alert_mails(&app.mail_to(EMAIL).await).len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM saved_search_hits").await, 1);

    // A second matching posting is a second e-mail with only it.
    app.published_job("Tuyển lái xe khách", None).await;
    app.catch_up_index().await;
    app.clock.advance(30);
    assert_eq!(
        run(&app).await,
        AlertRun {
            mails: 1,
            postings: 1
        }
    );
    let mails = alert_mails(&app.mail_to(EMAIL).await);
    assert_eq!(mails.len(), 2);
    assert!(mails[1].1.contains("Tuyển lái xe khách"));
    assert!(!mails[1].1.contains("đường dài"));
}

#[tokio::test]
async fn a_daily_digest_goes_out_after_seven_in_the_morning() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, "").await;
    // 10:00 on 15 June in Lào Cai.
    save(&app, &session, &csrf, "q=lai+xe", "daily").await;
    app.clock.advance(60);
    app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.published_job("Tuyển lái xe khách", None).await;
    app.catch_up_index().await;
    app.clock.advance(2 * 3600); // 12:01
    assert_eq!(run(&app).await.mails, 0, "not before the next morning");
    // 06:59 on 16 June.
    let to_six_fifty_nine =
        time::macros::datetime!(2024-06-15 23:59 UTC).unix_timestamp() - app.clock.unix();
    app.clock.advance(to_six_fifty_nine);
    assert_eq!(run(&app).await.mails, 0, "06:59 is too early");
    app.clock.advance(60);
    assert_eq!(
        run(&app).await,
        AlertRun {
            mails: 1,
            postings: 2
        },
        "one digest at 07:00"
    );
    app.clock.advance(30 * 60);
    assert_eq!(run(&app).await.mails, 0, "once a day");
    let mails = alert_mails(&app.mail_to(EMAIL).await);
    assert_eq!(mails.len(), 1);
    assert!(mails[0].1.contains("đường dài") && mails[0].1.contains("lái xe khách"));
}

#[tokio::test]
async fn the_unsubscribe_link_turns_the_alert_off_at_once_and_back_on() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, "").await;
    save(&app, &session, &csrf, "q=lai+xe", "immediate").await;
    app.clock.advance(60);
    app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.catch_up_index().await;
    run(&app).await;
    let link = unsubscribe_link(&alert_mails(&app.mail_to(EMAIL).await)[0].1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM saved_search_links").await,
        1,
        "only a hash of the link is kept"
    );

    let off = app.get(&link).await;
    assert_eq!(off.status, StatusCode::OK);
    assert!(off.texts("p.notice").join(" ").contains("lai xe"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM saved_searches WHERE is_active = 0")
            .await,
        1
    );
    app.published_job("Tuyển lái xe khách", None).await;
    app.catch_up_index().await;
    app.clock.advance(60);
    assert_eq!(run(&app).await.mails, 0, "no mail while off");

    let (token, cookie) = app.anonymous_form(&link).await;
    assert_eq!(
        app.post_form(&link, &[], &cookie).await.status,
        StatusCode::FORBIDDEN,
        "turning it back on needs the form's token"
    );
    let on = app.post_form(&link, &[("csrf", &token)], &cookie).await;
    assert_eq!(on.status, StatusCode::OK);
    assert!(on.html().select(&selector("main form")).next().is_none());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM saved_searches WHERE is_active = 1")
            .await,
        1
    );
    // Alerts resume: the posting of the last hour is sent once.
    app.clock.advance(60);
    assert_eq!(
        run(&app).await,
        AlertRun {
            mails: 1,
            postings: 1
        }
    );
    let mails = alert_mails(&app.mail_to(EMAIL).await);
    assert!(mails[1].1.contains("Tuyển lái xe khách"));

    assert_eq!(
        app.get(&format!("/huy-nhan-tin/{}", "0".repeat(64)))
            .await
            .status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn saved_searches_are_checked_listed_and_deleted_by_their_owner_only() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, "").await;
    let (other, other_csrf) = app.sign_up_seeker("khac@example.com", "").await;
    let bad = save(&app, &session, &csrf, "q=lai+xe", "hourly").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert_eq!(bad.texts("#frequency-error").len(), 1);
    assert_eq!(
        value_of(&bad, "input[name=query]").as_deref(),
        Some("q=lai+xe")
    );
    let long = app
        .post_form(
            "/nguoi-tim-viec/tim-kiem-da-luu",
            &[
                ("csrf", &csrf),
                ("query", "q=lai+xe"),
                ("label", &"x".repeat(101)),
                ("frequency", "daily"),
            ],
            &session,
        )
        .await;
    assert_eq!(long.status, StatusCode::BAD_REQUEST);
    assert_eq!(long.texts("#label-error").len(), 1);
    let broken = save(&app, &session, &csrf, "work_location=moon", "daily").await;
    assert_eq!(broken.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("SELECT COUNT(*) FROM saved_searches").await, 0);

    save(&app, &session, &csrf, "q=lai+xe&page=3", "daily").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM saved_searches WHERE query = 'q=lai+xe'")
            .await,
        1,
        "stored in canonical form"
    );
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let id: i64 = sqlx::query_scalar("SELECT id FROM saved_searches")
        .fetch_one(&mut *conn)
        .await
        .expect("the saved search");
    drop(conn);
    let delete = format!("/nguoi-tim-viec/tim-kiem-da-luu/{id}/xoa");
    assert_eq!(
        app.post_form(&delete, &[("csrf", &other_csrf)], &other)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_form(&delete, &[("csrf", &csrf)], &session)
            .await
            .status,
        StatusCode::SEE_OTHER
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM saved_searches").await, 0);
}
