use axum::http::StatusCode;
use vieclam::domain::employer::NewEmployer;
use vieclam::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, Workplace};
use vieclam::domain::user::Role;
use vieclam::domain::values::Vnd;
use vieclam::services::jobs;

use crate::helpers::TestApp;

async fn submitted_job(
    app: &TestApp,
    title: &str,
    description: &str,
    workplace: Workplace,
) -> vieclam::domain::ids::JobId {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let employer = vieclam::db::employers::insert(
        &mut conn,
        &NewEmployer {
            name: "Công ty TNHH Cung ứng Nhân lực Thử".into(),
            tax_code: None,
            sector: String::new(),
            overseas_licence_no: None,
            commune_code: Some("02635".into()),
            province_code: Some("10".into()),
            address: "Phường Duyên Hải".into(),
            phone: Some("0214 3800 111".into()),
            email: Some("tuyendung@example.com".into()),
            is_verified: false,
        },
        0,
    )
    .await
    .expect("employer");
    drop(conn);
    let id = jobs::create_job(
        &app.ctx,
        NewJob {
            employer_id: employer,
            external_ref: None,
            title: title.into(),
            description: description.into(),
            occupation_code: None,
            salary: SalaryRange::new(
                Some(Vnd::new(30_000_000).expect("vnd")),
                Some(Vnd::new(35_000_000).expect("vnd")),
            )
            .expect("range"),
            quantity: 10,
            workplace,
            employment_type: EmploymentType::Contract,
            deadline: None,
        },
        JobStatus::Draft,
    )
    .await
    .expect("job");
    jobs::change_status(&app.ctx, id, JobStatus::Submitted)
        .await
        .expect("submit");
    id
}

#[tokio::test]
async fn staff_see_risks_publish_and_the_posting_becomes_searchable() {
    let app = TestApp::spawn().await;
    let id = submitted_job(
        &app,
        "Tuyển lao động đi Nhật Bản",
        "Nộp tiền đặt cọc trước khi bay.",
        Workplace::Country("JP".into()),
    )
    .await;
    app.add_user(Role::Staff, "staff@example.com", "mot cau dai de nho")
        .await;
    let (session, csrf) = app.sign_in("staff@example.com", "mot cau dai de nho").await;
    let queue = app.get_with_cookie("/can-bo/duyet-tin", &session).await;
    assert_eq!(
        queue.texts("ul.queue li.card h2 a"),
        vec!["Tuyển lao động đi Nhật Bản"]
    );
    let risks = queue.texts("ul.risks li");
    assert_eq!(risks.len(), 2, "{risks:?}");
    let done = app
        .post_form(
            &format!("/can-bo/tin/{id}/duyet"),
            &[("csrf", &csrf)],
            &session,
        )
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    app.catch_up_index().await;
    let found = app.get("/api/v1/jobs?q=di+nhat").await.json();
    assert_eq!(found["total"], 1);
    assert!(
        app.get_with_cookie("/can-bo/duyet-tin", &session)
            .await
            .texts("ul.queue li")
            .is_empty()
    );
}

#[tokio::test]
async fn returning_a_posting_needs_a_reason_and_mails_it_to_the_employer() {
    let app = TestApp::spawn().await;
    let id = submitted_job(
        &app,
        "Tuyển công nhân may",
        "Làm việc theo ca.",
        Workplace::Commune("02635".into()),
    )
    .await;
    app.add_user(Role::Staff, "staff@example.com", "mot cau dai de nho")
        .await;
    let (session, csrf) = app.sign_in("staff@example.com", "mot cau dai de nho").await;
    let path = format!("/can-bo/tin/{id}/tra-lai");
    let short = app
        .post_form(&path, &[("csrf", &csrf), ("reason", "thiếu")], &session)
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    assert_eq!(app.count("SELECT COUNT(*) FROM mail_outbox").await, 0);
    let reason = "Ghi rõ địa chỉ nơi làm việc và thời hạn hợp đồng.";
    let done = app
        .post_form(&path, &[("csrf", &csrf), ("reason", reason)], &session)
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE status = 'draft'")
            .await,
        1
    );
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let (to, text): (String, String) =
        sqlx::query_as("SELECT to_address, text_body FROM mail_outbox")
            .fetch_one(&mut *conn)
            .await
            .expect("a queued mail");
    assert_eq!(to, "tuyendung@example.com");
    assert!(text.contains(reason), "{text}");
    assert!(
        text.contains(&format!("/nha-tuyen-dung/tin/{id}")),
        "{text}"
    );
}
