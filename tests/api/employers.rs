use axum::http::StatusCode;

use crate::helpers::{TestApp, value_of};
use crate::portal_support::{
    self as support, application, employer, employer_fields, found, job_status, newest_job,
    post_employer_sign_up, post_posting, posting_fields, published_posting, staff, starts_session,
    worker,
};

#[tokio::test]
async fn an_employer_signs_up_unverified_and_lands_signed_in_on_its_portal() {
    let app = TestApp::spawn().await;
    let response = post_employer_sign_up(
        &app,
        &employer_fields(
            "Công ty TNHH Chè Bát Xát",
            "0100109106",
            "tuyendung@chebatxat.vn",
        ),
    )
    .await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    assert_eq!(
        response
            .headers
            .get("location")
            .and_then(|v| v.to_str().ok()),
        Some("/nha-tuyen-dung")
    );
    assert!(starts_session(&response));
    let cookie = crate::helpers::cookie_pair(&response, "vl_session").unwrap();
    let home = app.get_with_cookie("/nha-tuyen-dung", &cookie).await;
    assert_eq!(home.status, StatusCode::OK);
    assert_eq!(home.texts("main h1"), vec!["Công ty TNHH Chè Bát Xát"]);
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM employers WHERE is_verified = 0 AND tax_code = '0100109106'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM users u JOIN employers e ON e.id = u.employer_id \
             WHERE u.role = 'employer' AND u.display_name = 'Lò Thị Mai'"
        )
        .await,
        1
    );
    let mut conn = app.ctx.db.pool().acquire().await.unwrap();
    let (to, text): (String, String) =
        sqlx::query_as("SELECT to_address, text_body FROM mail_outbox")
            .fetch_one(&mut *conn)
            .await
            .unwrap();
    assert_eq!(to, "tuyendung@chebatxat.vn");
    assert!(
        text.contains("Công ty TNHH Chè Bát Xát") && text.contains("Dear Lò Thị Mai"),
        "{text}"
    );
}

#[tokio::test]
async fn a_wrong_tax_code_check_digit_is_refused_next_to_the_field_with_the_input_kept() {
    let app = TestApp::spawn().await;
    let response = post_employer_sign_up(
        &app,
        &employer_fields(
            "Công ty TNHH Chè Bát Xát",
            "0100109107",
            "tuyendung@chebatxat.vn",
        ),
    )
    .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    let error = response.texts("#tax_code-error");
    assert_eq!(error.len(), 1);
    assert!(error[0].contains("chữ số kiểm tra"), "{error:?}");
    assert_eq!(
        value_of(&response, "input[name=name]").as_deref(),
        Some("Công ty TNHH Chè Bát Xát")
    );
    assert_eq!(
        value_of(&response, "input[name=tax_code]").as_deref(),
        Some("0100109107")
    );
    assert_eq!(
        value_of(&response, "input[name=password]").as_deref(),
        Some("")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM users").await, 0);
}

#[tokio::test]
async fn a_duplicate_tax_code_and_a_duplicate_email_are_refused_with_clear_messages() {
    let app = TestApp::spawn().await;
    employer(
        &app,
        "Công ty TNHH Chè Bát Xát",
        "0100109106",
        "tuyendung@chebatxat.vn",
    )
    .await;
    let same_tax = post_employer_sign_up(
        &app,
        &employer_fields("Công ty Chè Bát Xát mới", "0100109106", "khac@chebatxat.vn"),
    )
    .await;
    assert_eq!(same_tax.status, StatusCode::BAD_REQUEST);
    assert!(same_tax.texts("#tax_code-error")[0].contains("đã được đăng ký"));
    assert_eq!(
        value_of(&same_tax, "input[name=email]").as_deref(),
        Some("khac@chebatxat.vn")
    );
    let same_email = post_employer_sign_up(
        &app,
        &employer_fields(
            "Hợp tác xã Quế Văn Bàn",
            "5300987650",
            "tuyendung@chebatxat.vn",
        ),
    )
    .await;
    assert_eq!(same_email.status, StatusCode::BAD_REQUEST);
    assert!(same_email.texts("#email-error")[0].contains("already belongs to an account"));
    assert!(same_email.texts("#tax_code-error").is_empty());
    assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 1);
}

#[tokio::test]
async fn a_sign_up_without_consent_or_contact_reports_each_field() {
    let app = TestApp::spawn().await;
    let mut fields = employer_fields("Công ty TNHH Chè Bát Xát", "0100109106", "");
    fields.retain(|(k, _)| *k != "consent");
    let response = post_employer_sign_up(&app, &fields).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert_eq!(response.texts("#email-error").len(), 1);
    assert_eq!(response.texts("#consent-error").len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM employers").await, 0);
}

#[tokio::test]
async fn a_posting_goes_from_draft_to_review_to_search_and_leaves_search_when_it_changes() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    let saved = post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &posting_fields("Tuyển công nhân lắp ráp điện tử"),
        "save",
    )
    .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let id = newest_job(&app).await;
    assert_eq!(job_status(&app, id).await, "draft");
    assert!(
        staff
            .get(&app, "/can-bo/duyet-tin")
            .await
            .texts("ul.queue li.card h2 a")
            .is_empty()
    );

    let submitted = employer
        .post(&app, &format!("/nha-tuyen-dung/tin/{id}/gui-duyet"), &[])
        .await;
    assert_eq!(submitted.status, StatusCode::SEE_OTHER);
    assert_eq!(job_status(&app, id).await, "submitted");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE submitted_at IS NOT NULL")
            .await,
        1
    );
    let queue = staff.get(&app, "/can-bo/duyet-tin").await;
    assert_eq!(
        queue.texts("ul.queue li.card h2 a"),
        vec!["Tuyển công nhân lắp ráp điện tử"]
    );
    assert_eq!(
        queue.texts("ul.queue li.card p.employer strong").len(),
        1,
        "shown as unverified"
    );
    assert_eq!(found(&app, "lap+rap+dien+tu").await, 0);

    staff
        .post(&app, &format!("/can-bo/tin/{id}/duyet"), &[])
        .await;
    assert_eq!(found(&app, "lap+rap+dien+tu").await, 1);

    // The deadline and the number of openings change without a new review.
    let mut fields = posting_fields("Tuyển công nhân lắp ráp điện tử");
    fields.retain(|(k, _)| *k != "quantity" && *k != "deadline");
    fields.push(("quantity", "35".to_owned()));
    fields.push(("deadline", "15/08/2024".to_owned()));
    let edit = format!("/nha-tuyen-dung/tin/{id}/sua");
    let minor = post_posting(&app, &employer, &edit, &fields, "save").await;
    assert_eq!(minor.status, StatusCode::SEE_OTHER, "{}", minor.body);
    assert_eq!(job_status(&app, id).await, "published");
    assert_eq!(app.count("SELECT quantity FROM jobs").await, 35);
    assert_eq!(found(&app, "lap+rap+dien+tu").await, 1);

    // A new title is reviewed again, and the posting leaves search meanwhile.
    fields.retain(|(k, _)| *k != "title");
    fields.push(("title", "Tuyển công nhân lắp ráp điện thoại".to_owned()));
    let major = post_posting(&app, &employer, &edit, &fields, "save").await;
    assert_eq!(major.status, StatusCode::SEE_OTHER);
    assert_eq!(job_status(&app, id).await, "submitted");
    assert_eq!(found(&app, "lap+rap").await, 0);

    staff
        .post(&app, &format!("/can-bo/tin/{id}/duyet"), &[])
        .await;
    assert_eq!(found(&app, "lap+rap").await, 1);
    let closed = employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{id}/dong"),
            &[("reason", "filled")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    assert_eq!(found(&app, "lap+rap").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE status = 'closed' AND closed_reason = 'filled'")
            .await,
        1
    );
    let home = employer.get(&app, "/nha-tuyen-dung").await;
    assert_eq!(home.texts("li.posting .status-closed"), vec!["Đã tuyển đủ"]);
    // A closed posting can no longer be edited.
    let late = post_posting(&app, &employer, &edit, &fields, "save").await;
    assert_eq!(late.status, StatusCode::CONFLICT);
}

#[tokio::test]
async fn closing_a_published_posting_takes_it_out_of_search() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (employer, id) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển thợ hàn điện",
    )
    .await;
    assert_eq!(found(&app, "tho+han").await, 1);
    let closed = employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{id}/dong"),
            &[("reason", "closed")],
        )
        .await;
    assert_eq!(closed.status, StatusCode::SEE_OTHER);
    assert_eq!(found(&app, "tho+han").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE closed_reason = 'closed'")
            .await,
        1
    );
}

#[tokio::test]
async fn a_bad_posting_form_is_shown_again_with_each_problem_and_nothing_saved() {
    let app = TestApp::spawn().await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    let mut fields = posting_fields("Tuy");
    fields.retain(|(k, _)| *k != "deadline" && *k != "salary_max");
    fields.push(("deadline", "01/01/2024".to_owned()));
    fields.push(("salary_max", "5 triệu".to_owned()));
    let response = post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &fields,
        "submit",
    )
    .await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert_eq!(response.texts("#title-error").len(), 1);
    assert_eq!(response.texts("#deadline-error").len(), 1);
    assert_eq!(response.texts("#salary_max-error").len(), 1);
    assert_eq!(
        value_of(&response, "input[name=title]").as_deref(),
        Some("Tuy")
    );
    assert_eq!(
        value_of(&response, "input[name=salary_min]").as_deref(),
        Some("6.500.000")
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 0);
}

#[tokio::test]
async fn an_overseas_posting_needs_the_licence_and_is_flagged_in_the_queue() {
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
    let refused = post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &fields,
        "submit",
    )
    .await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST);
    assert_eq!(refused.texts("#overseas_licence_no-error").len(), 1);
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 0);

    fields.push(("overseas_licence_no", "123/LĐTBXH-GP".to_owned()));
    let accepted = post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &fields,
        "submit",
    )
    .await;
    assert_eq!(accepted.status, StatusCode::SEE_OTHER, "{}", accepted.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM employers WHERE overseas_licence_no = '123/LĐTBXH-GP'")
            .await,
        1
    );
    let queue = staff.get(&app, "/can-bo/duyet-tin").await;
    let risks = queue.texts("ul.risks li");
    assert!(
        risks.iter().any(|r| r.contains("kiểm tra giấy phép")),
        "{risks:?}"
    );
    assert!(queue.texts("p.licence")[0].contains("123/LĐTBXH-GP"));
    // The next overseas posting offers the licence on file.
    let form = employer.get(&app, "/nha-tuyen-dung/tin/moi").await;
    assert_eq!(
        value_of(&form, "input[name=overseas_licence_no]").as_deref(),
        Some("123/LĐTBXH-GP")
    );
}

#[tokio::test]
async fn a_returned_posting_shows_the_reviewers_reason_to_its_employer() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    post_posting(
        &app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &posting_fields("Tuyển thợ hàn điện"),
        "submit",
    )
    .await;
    let id = newest_job(&app).await;
    let reason = "Ghi rõ thời hạn hợp đồng và chế độ bảo hiểm.";
    staff
        .post(
            &app,
            &format!("/can-bo/tin/{id}/tra-lai"),
            &[("reason", reason)],
        )
        .await;
    let home = employer.get(&app, "/nha-tuyen-dung").await;
    assert_eq!(home.texts("li.posting .review-note"), vec![reason]);
    let form = employer
        .get(&app, &format!("/nha-tuyen-dung/tin/{id}/sua"))
        .await;
    assert_eq!(form.texts(".review-note"), vec![reason]);
    let resubmitted = employer
        .post(&app, &format!("/nha-tuyen-dung/tin/{id}/gui-duyet"), &[])
        .await;
    assert_eq!(resubmitted.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE review_note = ''")
            .await,
        1
    );
}

#[tokio::test]
async fn candidates_show_contact_and_skills_but_never_sensitive_fields() {
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
    let w = worker(
        &app,
        "Giàng Thị Mai",
        "02635",
        Some("mai@example.vn"),
        "010198001234",
    )
    .await;
    application(&app, w, job).await;
    let page = employer
        .get(&app, &format!("/nha-tuyen-dung/tin/{job}/ung-vien"))
        .await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("li.candidate h2.name"), vec!["Giàng Thị Mai"]);
    assert_eq!(
        page.texts("li.candidate dd.skills"),
        vec!["Hàn điện, đọc bản vẽ"]
    );
    assert_eq!(
        page.texts("li.candidate dd.contact"),
        vec!["mai@example.vn"]
    );
    assert!(!page.texts("li.candidate dd.occupations")[0].is_empty());
    for secret in ["010198001234", "Thái", "HGD-", "nghèo", "poor"] {
        assert!(!page.body.contains(secret), "the page shows {secret}");
    }
}

#[tokio::test]
async fn hiring_records_an_unverified_placement_mails_the_worker_and_staff_verify_it() {
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
    let w = worker(
        &app,
        "Giàng Thị Mai",
        "02635",
        Some("mai@example.vn"),
        "010198001234",
    )
    .await;
    let a = application(&app, w, job).await;
    let action = format!("/nha-tuyen-dung/tin/{job}/ung-vien/application/{a}");
    let interviewed = employer
        .post(&app, &action, &[("status", "interviewed")])
        .await;
    assert_eq!(interviewed.status, StatusCode::SEE_OTHER);
    let hired = employer.post(&app, &action, &[("status", "hired")]).await;
    assert_eq!(hired.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM applications WHERE status = 'hired'")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM placements WHERE source = 'employer' AND verified_at IS NULL \
             AND application_id IS NOT NULL AND placed_on = '2024-06-15' AND is_abroad = 0"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE to_address = 'mai@example.vn'")
            .await,
        1
    );
    // A hire is final for the employer.
    let undo = employer
        .post(&app, &action, &[("status", "not_hired")])
        .await;
    assert_eq!(undo.status, StatusCode::CONFLICT);

    let list = staff.get(&app, "/can-bo/viec-lam-moi").await;
    assert_eq!(
        list.texts("table.placements td.worker"),
        vec!["Giàng Thị Mai"]
    );
    let placement = app.count("SELECT MAX(id) FROM placements").await;
    let verified = staff
        .post(
            &app,
            &format!("/can-bo/viec-lam-moi/{placement}/xac-nhan"),
            &[],
        )
        .await;
    assert_eq!(verified.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM placements WHERE verified_at IS NOT NULL AND verified_by_user_id IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM workers WHERE is_employed = 1")
            .await,
        1
    );
}

#[tokio::test]
async fn an_employer_cannot_see_or_change_another_employers_postings_or_candidates() {
    let app = TestApp::spawn().await;
    let staff = staff(&app).await;
    let (_owner, job) = published_posting(
        &app,
        &staff,
        "0100109106",
        "hr@dientu.vn",
        "Tuyển thợ hàn điện",
    )
    .await;
    let w = worker(&app, "Giàng Thị Mai", "02635", None, "010198001234").await;
    let a = application(&app, w, job).await;
    let other = support::employer(&app, "Hợp tác xã Quế Văn Bàn", "5300987650", "htx@que.vn").await;
    for path in [
        format!("/nha-tuyen-dung/tin/{job}/sua"),
        format!("/nha-tuyen-dung/tin/{job}/ung-vien"),
    ] {
        assert_eq!(
            other.get(&app, &path).await.status,
            StatusCode::NOT_FOUND,
            "{path}"
        );
    }
    let edit = post_posting(
        &app,
        &other,
        &format!("/nha-tuyen-dung/tin/{job}/sua"),
        &posting_fields("Tin bị sửa trộm"),
        "save",
    )
    .await;
    assert_eq!(edit.status, StatusCode::NOT_FOUND);
    let close = other
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/dong"),
            &[("reason", "closed")],
        )
        .await;
    assert_eq!(close.status, StatusCode::NOT_FOUND);
    let hire = other
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/ung-vien/application/{a}"),
            &[("status", "hired")],
        )
        .await;
    assert_eq!(hire.status, StatusCode::NOT_FOUND);
    assert_eq!(job_status(&app, job).await, "published");
    assert_eq!(app.count("SELECT COUNT(*) FROM placements").await, 0);
    assert!(
        other
            .get(&app, "/nha-tuyen-dung")
            .await
            .texts("li.posting h3")
            .is_empty()
    );
    // Staff and job seekers have no employer portal.
    assert_eq!(
        staff.get(&app, "/nha-tuyen-dung").await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        app.get("/nha-tuyen-dung").await.status,
        StatusCode::UNAUTHORIZED
    );
}

#[tokio::test]
async fn employer_forms_need_the_sessions_csrf_token() {
    let app = TestApp::spawn().await;
    let employer = employer(
        &app,
        "Công ty TNHH Điện tử Tằng Loỏng",
        "0100109106",
        "hr@dientu.vn",
    )
    .await;
    let mut pairs: Vec<(&str, String)> = posting_fields("Tuyển thợ hàn điện");
    pairs.push(("csrf", "not-the-token".to_owned()));
    let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
    let response = app
        .post_form("/nha-tuyen-dung/tin/moi", &pairs, &employer.cookie)
        .await;
    assert_eq!(response.status, StatusCode::FORBIDDEN);
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 0);
}

#[tokio::test]
async fn workers_referred_by_the_centre_are_candidates_too_and_a_hire_records_the_referral() {
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
    let w = worker(&app, "Lò Văn Đức", "02641", None, "010098001235").await;
    let mut conn = app.ctx.db.pool().acquire().await.unwrap();
    let referral: i64 = sqlx::query_scalar(
        "INSERT INTO referrals (worker_id, job_id, status, priority_reason, note, created_at, updated_at) \
         VALUES ($1, $2, 'referred', 'Hộ nghèo', 'Đã học nghề hàn 3 tháng.', 0, 0) RETURNING id",
    )
    .bind(w)
    .bind(job)
    .fetch_one(&mut *conn)
    .await
    .unwrap();
    drop(conn);
    let page = employer
        .get(&app, &format!("/nha-tuyen-dung/tin/{job}/ung-vien"))
        .await;
    assert_eq!(page.texts("li.candidate h2.name"), vec!["Lò Văn Đức"]);
    assert!(page.body.contains("Trung tâm giới thiệu"));
    assert!(
        !page.body.contains("Hộ nghèo"),
        "the priority reason is the Centre's"
    );
    let hired = employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/ung-vien/referral/{referral}"),
            &[("status", "hired")],
        )
        .await;
    assert_eq!(hired.status, StatusCode::SEE_OTHER);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM placements WHERE referral_id IS NOT NULL AND application_id IS NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM referrals WHERE status = 'hired'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM mail_outbox WHERE to_address LIKE '%example%'")
            .await,
        0
    );
}
