use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::TestApp;
use crate::portal_support::{application, employer, published_posting, signed_in, staff, worker};

#[tokio::test]
async fn the_dashboard_counts_what_waits_for_staff() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (employer, job) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển thợ hàn điện",
    )
    .await;
    let w = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let a = application(&app, w, job).await;
    employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/ung-vien/application/{a}"),
            &[("status", "hired")],
        )
        .await;
    let page = staff.get(&app, "/can-bo").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("#count-postings"), vec!["0"]);
    assert_eq!(page.texts("#count-employers"), vec!["1"]);
    assert_eq!(page.texts("#count-placements"), vec!["1"]);
    assert_eq!(page.texts("#count-workers"), vec!["1"]);
}

#[tokio::test]
async fn staff_verify_an_employer_or_return_it_with_a_mailed_reason() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    employer(&app, "Hợp tác xã Quế Văn Bàn", "5300987650", "htx@que.vn").await;
    let list = staff.get(&app, "/can-bo/doanh-nghiep").await;
    assert_eq!(list.texts("li.employer-row h2").len(), 2);
    assert!(list.texts("dd.tax-code").contains(&"0100109106".to_owned()));
    let first = app.count("SELECT MIN(id) FROM employers").await;
    let second = app.count("SELECT MAX(id) FROM employers").await;
    let mails_before = app.count("SELECT COUNT(*) FROM mail_outbox").await;

    let verified = staff
        .post(&app, &format!("/can-bo/doanh-nghiep/{first}/xac-minh"), &[])
        .await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM employers WHERE is_verified = 1 AND verified_at IS NOT NULL AND verified_by_user_id IS NOT NULL")
            .await,
        1
    );
    let short = staff
        .post(
            &app,
            &format!("/can-bo/doanh-nghiep/{second}/tra-lai"),
            &[("reason", "thiếu")],
        )
        .await;
    assert_eq!(short.status, StatusCode::BAD_REQUEST);
    let reason = "Gửi bản chụp giấy chứng nhận đăng ký doanh nghiệp.";
    let returned = staff
        .post(
            &app,
            &format!("/can-bo/doanh-nghiep/{second}/tra-lai"),
            &[("reason", reason)],
        )
        .await;
    assert_eq!(returned.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox").await,
        mails_before + 2
    );
    let mut conn = app.ctx.db.pool().acquire().await.unwrap();
    let text: String = sqlx::query_scalar("SELECT text_body FROM mail_outbox WHERE to_address = 'htx@que.vn' ORDER BY id DESC LIMIT 1")
        .fetch_one(&mut *conn)
        .await
        .unwrap();
    assert!(text.contains(reason), "{text}");
    drop(conn);
    let list = staff.get(&app, "/can-bo/doanh-nghiep").await;
    assert_eq!(
        list.texts("li.employer-row h2"),
        vec!["Hợp tác xã Quế Văn Bàn"]
    );
    // The employer sees the reason on its portal.
    let (cookie, _) = app
        .sign_in("htx@que.vn", crate::portal_support::PASSWORD)
        .await;
    let home = app.get_with_cookie("/nha-tuyen-dung", &cookie).await;
    assert_eq!(home.texts(".review-note"), vec![reason]);
    // Verifying twice is a conflict, not a second mail.
    let again = staff
        .post(&app, &format!("/can-bo/doanh-nghiep/{first}/xac-minh"), &[])
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn rejecting_a_placement_deletes_it_and_puts_the_candidate_back() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (employer, job) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển thợ hàn điện",
    )
    .await;
    let w = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let a = application(&app, w, job).await;
    employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/ung-vien/application/{a}"),
            &[("status", "hired")],
        )
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE to_address LIKE '%mai%'")
            .await,
        0
    );
    let placement = app.count("SELECT MAX(id) FROM placements").await;
    let rejected = staff
        .post(
            &app,
            &format!("/can-bo/viec-lam-moi/{placement}/tu-choi"),
            &[],
        )
        .await;
    assert_eq!(rejected.status, StatusCode::SEE_OTHER);
    assert_eq!(app.count("SELECT COUNT(*) FROM placements").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM applications WHERE status = 'interviewed'")
            .await,
        1
    );
    let again = staff
        .post(
            &app,
            &format!("/can-bo/viec-lam-moi/{placement}/xac-nhan"),
            &[],
        )
        .await;
    assert_eq!(again.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn staff_pages_are_refused_to_everyone_but_staff() {
    let app = TestApp::spawn().await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    let seeker = signed_in(&app, Role::JobSeeker, "seeker@example.vn").await;
    let officer = signed_in(&app, Role::CommuneOfficer, "xa@example.vn").await;
    for path in [
        "/can-bo",
        "/can-bo/doanh-nghiep",
        "/can-bo/viec-lam-moi",
        "/can-bo/nhat-ky",
    ] {
        assert_eq!(
            app.get(path).await.status,
            StatusCode::UNAUTHORIZED,
            "{path}"
        );
        for session in [&employer, &seeker, &officer] {
            assert_eq!(
                session.get(&app, path).await.status,
                StatusCode::FORBIDDEN,
                "{path}"
            );
        }
    }
    let first = app.count("SELECT MIN(id) FROM employers").await;
    let verify = employer
        .post(&app, &format!("/can-bo/doanh-nghiep/{first}/xac-minh"), &[])
        .await;
    assert_eq!(verify.status, StatusCode::FORBIDDEN);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM employers WHERE is_verified = 1")
            .await,
        0
    );
}

#[tokio::test]
async fn staff_see_which_mail_could_not_be_delivered_and_why() {
    use vieclam::clock::Clock;
    use vieclam::db::outbox::{self, NewMail};
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let quiet = staff.get(&app, "/can-bo").await;
    assert!(
        quiet.texts("section.undelivered").is_empty(),
        "{}",
        quiet.body
    );
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        let mail = NewMail {
            dedupe_key: Some("bounce-1".to_owned()),
            to: "sai.dia.chi@example.com".to_owned(),
            subject: "Chào mừng / Welcome".to_owned(),
            text_body: "Xin chào".to_owned(),
            html_body: "<p>Xin chào</p>".to_owned(),
        };
        outbox::enqueue_mail(&mut conn, &mail, app.clock.unix())
            .await
            .expect("queue");
        let id = app.count("SELECT MAX(id) FROM mail_outbox").await;
        outbox::mark_failed(
            &mut conn,
            id,
            "550 5.1.1 mailbox unavailable",
            None,
            app.clock.unix(),
        )
        .await
        .expect("failed");
    }
    let page = staff.get(&app, "/can-bo").await;
    let listed = page.texts("section.undelivered li").join(" ");
    assert!(listed.contains("sai.dia.chi@example.com"), "{listed}");
    assert!(listed.contains("550 5.1.1 mailbox unavailable"), "{listed}");
    assert!(listed.contains("15/06/2024"), "{listed}");
    // Nobody else sees it.
    let employer = employer(
        &app,
        "Công ty TNHH Chè Bắc Hà",
        "0100109106",
        "chebh@example.com",
    )
    .await;
    let refused = employer.get(&app, "/can-bo").await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(!refused.body.contains("sai.dia.chi@example.com"));
}
