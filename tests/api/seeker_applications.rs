//! Job seekers applying to postings, following and withdrawing applications.

use axum::http::StatusCode;
use vieclam::domain::job::JobStatus;

use crate::helpers::TestApp;

const EMAIL: &str = "pao.lu@example.com";
const PHONE: &str = "0912 345 678";

fn selector(css: &str) -> scraper::Selector {
    scraper::Selector::parse(css).expect("selector")
}

#[tokio::test]
async fn a_job_seeker_applies_once_and_a_second_time_is_refused() {
    let app = TestApp::spawn().await;
    let job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    // A visitor is offered to sign in and come back to the posting.
    let anonymous = app.get(&format!("/viec-lam/{job}")).await;
    let sign_in = format!("/dang-nhap?next=%2Fviec-lam%2F{job}");
    assert!(
        anonymous
            .html()
            .select(&selector(&format!("section.apply-box a[href='{sign_in}']")))
            .next()
            .is_some(),
        "{}",
        anonymous.body
    );
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let page = app
        .get_with_cookie(&format!("/viec-lam/{job}"), &session)
        .await;
    let action = format!("/viec-lam/{job}/ung-tuyen");
    assert!(
        page.html()
            .select(&selector(&format!(
                "section.apply-box form[action='{action}'] textarea[name=message]"
            )))
            .next()
            .is_some(),
        "{}",
        page.body
    );
    let applied = app
        .post_form(
            &action,
            &[("csrf", &csrf), ("message", "Tôi có bằng lái hạng C")],
            &session,
        )
        .await;
    assert_eq!(applied.status, StatusCode::SEE_OTHER, "{}", applied.body);
    let list = app
        .get_with_cookie("/nguoi-tim-viec/ung-tuyen", &session)
        .await;
    assert_eq!(
        list.texts("ul.applications li h2"),
        vec!["Tuyển lái xe tải đường dài"]
    );
    assert_eq!(list.texts("ul.applications dd.status"), vec!["Đã nộp"]);
    assert!(
        list.texts("ul.applications dd")
            .contains(&"15/06/2024".to_owned())
    );
    let english = app
        .get_with_cookie("/nguoi-tim-viec/ung-tuyen?lang=en", &session)
        .await;
    assert_eq!(
        english.texts("ul.applications dd.status"),
        vec!["Submitted"]
    );

    let twice = app
        .post_form(
            &action,
            &[("csrf", &csrf), ("message", "Lần hai")],
            &session,
        )
        .await;
    assert_eq!(twice.status, StatusCode::CONFLICT);
    let alert = twice.texts("p.alert").join(" ");
    assert!(
        alert.contains("đã ứng tuyển") && alert.contains("15/06/2024"),
        "{alert}"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM applications").await, 1);
    // The posting's page now says so instead of offering the form.
    let page = app
        .get_with_cookie(&format!("/viec-lam/{job}"), &session)
        .await;
    assert!(
        page.html()
            .select(&selector("section.apply-box form"))
            .next()
            .is_none()
    );
    assert_eq!(page.texts("section.apply-box p.notice").len(), 1);
}

#[tokio::test]
async fn drafts_closed_and_expired_postings_take_no_applications() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let draft = app
        .job_with_status("Tuyển thợ hàn bản nháp", None, JobStatus::Draft)
        .await;
    let closing = app
        .published_job(
            "Tuyển công nhân may",
            Some(time::macros::date!(2024 - 06 - 20)),
        )
        .await;
    let closed = app.published_job("Tuyển phụ bếp nhà hàng", None).await;
    vieclam::services::jobs::change_status(&app.ctx, closed, JobStatus::Closed)
        .await
        .expect("close");
    let apply = |job: vieclam::domain::ids::JobId, session: String, csrf: String| {
        let app = &app;
        async move {
            app.post_form(
                &format!("/viec-lam/{job}/ung-tuyen"),
                &[("csrf", &csrf)],
                &session,
            )
            .await
        }
    };
    assert_eq!(
        apply(draft, session.clone(), csrf.clone()).await.status,
        StatusCode::NOT_FOUND
    );
    let refused = apply(closed, session.clone(), csrf.clone()).await;
    assert_eq!(refused.status, StatusCode::CONFLICT);
    assert_eq!(refused.texts("p.alert").len(), 1);
    // The deadline passes: 21 June in Lào Cai (a new day, a new session).
    app.clock.advance(6 * 24 * 3600);
    let (session, csrf) = app.sign_in(EMAIL, "ngo ngoai dong bac ha").await;
    let late = apply(closing, session.clone(), csrf).await;
    assert_eq!(late.status, StatusCode::CONFLICT);
    assert_eq!(app.count("SELECT COUNT(*) FROM applications").await, 0);
    let page = app
        .get_with_cookie(&format!("/viec-lam/{closing}"), &session)
        .await;
    assert!(
        page.html()
            .select(&selector("section.apply-box form"))
            .next()
            .is_none()
    );
}

#[tokio::test]
async fn a_job_seeker_withdraws_an_undecided_application_only() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let (other, other_csrf) = app.sign_up_seeker("khac@example.com", "0987 654 321").await;
    let job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    let hired = app.published_job("Tuyển phụ xe khách", None).await;
    for j in [job, hired] {
        app.post_form(
            &format!("/viec-lam/{j}/ung-tuyen"),
            &[("csrf", &csrf)],
            &session,
        )
        .await;
    }
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let id: i64 = sqlx::query_scalar("SELECT id FROM applications WHERE job_id = $1")
        .bind(job.get())
        .fetch_one(&mut *conn)
        .await
        .expect("the application");
    let hired_id: i64 = sqlx::query_scalar("SELECT id FROM applications WHERE job_id = $1")
        .bind(hired.get())
        .fetch_one(&mut *conn)
        .await
        .expect("the application");
    sqlx::query("UPDATE applications SET status = 'hired' WHERE id = $1")
        .bind(hired_id)
        .execute(&mut *conn)
        .await
        .expect("hire");
    drop(conn);
    let withdraw = format!("/nguoi-tim-viec/ung-tuyen/{id}/rut");
    // Not someone else's, and not without the token.
    assert_eq!(
        app.post_form(&withdraw, &[("csrf", &other_csrf)], &other)
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.post_form(&withdraw, &[("csrf", "nope")], &session)
            .await
            .status,
        StatusCode::FORBIDDEN
    );
    let list = app
        .get_with_cookie("/nguoi-tim-viec/ung-tuyen", &session)
        .await;
    assert_eq!(
        list.html()
            .select(&selector("ul.applications form"))
            .count(),
        1,
        "only the undecided one can be withdrawn"
    );
    let done = app.post_form(&withdraw, &[("csrf", &csrf)], &session).await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    let list = app
        .get_with_cookie("/nguoi-tim-viec/ung-tuyen", &session)
        .await;
    let mut statuses = list.texts("ul.applications dd.status");
    statuses.sort();
    assert_eq!(statuses, vec!["Đã rút", "Được tuyển"]);
    assert!(
        list.html()
            .select(&selector("ul.applications form"))
            .next()
            .is_none()
    );
    assert_eq!(
        app.post_form(
            &format!("/nguoi-tim-viec/ung-tuyen/{hired_id}/rut"),
            &[("csrf", &csrf)],
            &session
        )
        .await
        .status,
        StatusCode::CONFLICT
    );
    // After withdrawing, applying again submits the application anew.
    let again = app
        .post_form(
            &format!("/viec-lam/{job}/ung-tuyen"),
            &[("csrf", &csrf)],
            &session,
        )
        .await;
    assert_eq!(again.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM applications WHERE status = 'submitted'")
            .await,
        1
    );
}

#[tokio::test]
async fn the_employer_side_can_list_a_postings_applications() {
    let app = TestApp::spawn().await;
    let (session, csrf) = app.sign_up_seeker(EMAIL, PHONE).await;
    let job = app.published_job("Tuyển lái xe tải đường dài", None).await;
    app.post_form(
        &format!("/viec-lam/{job}/ung-tuyen"),
        &[("csrf", &csrf), ("message", "Xin chào")],
        &session,
    )
    .await;
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let listed = vieclam::db::applications::list_for_job(&mut conn, job)
        .await
        .expect("list");
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].worker_name, "Giàng Thị Mai");
    assert_eq!(listed[0].application.message, "Xin chào");
    let moved = vieclam::db::applications::set_status(
        &mut conn,
        listed[0].application.id,
        &[vieclam::domain::application::ApplicationStatus::Submitted],
        vieclam::domain::application::ApplicationStatus::Interviewed,
        0,
    )
    .await
    .expect("move");
    assert!(moved);
    let found = vieclam::db::applications::find(&mut conn, listed[0].application.id)
        .await
        .expect("find")
        .expect("the application");
    assert_eq!(
        found.status,
        vieclam::domain::application::ApplicationStatus::Interviewed
    );
}
