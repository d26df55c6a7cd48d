use axum::http::StatusCode;
use vieclam::clock::Clock;
use vieclam::domain::employer::NewEmployer;
use vieclam::domain::ids::{EmployerId, JobId};
use vieclam::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, Workplace};
use vieclam::domain::values::Vnd;
use vieclam::error::Error;
use vieclam::services::jobs;

use crate::helpers::TestApp;

async fn employer(app: &TestApp) -> EmployerId {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    vieclam::db::employers::insert(
        &mut conn,
        &NewEmployer {
            name: "Công ty TNHH May Bảo Thắng".into(),
            tax_code: None,
            sector: "Khu công nghiệp".into(),
            overseas_licence_no: None,
            commune_code: Some("02635".into()),
            province_code: Some("10".into()),
            address: "Phường Duyên Hải".into(),
            phone: Some("0214 3800 000".into()),
            email: None,
            is_verified: true,
        },
        app.clock.unix(),
    )
    .await
    .expect("employer")
}

fn sewing_job(employer_id: EmployerId) -> NewJob {
    NewJob {
        employer_id,
        external_ref: Some("kcn-001".into()),
        title: "Tuyển công nhân may".into(),
        description: "Làm việc tại KCN Tằng Loỏng.\n\nCó xe đưa đón.".into(),
        occupation_code: Some("8153".into()),
        salary: SalaryRange::new(
            Some(Vnd::new(6_000_000).expect("vnd")),
            Some(Vnd::new(9_000_000).expect("vnd")),
        )
        .expect("range"),
        quantity: 50,
        workplace: Workplace::Commune("02635".into()),
        employment_type: EmploymentType::FullTime,
        deadline: Some(time::macros::date!(2024 - 07 - 31)),
    }
}

#[tokio::test]
async fn a_published_job_has_a_public_page() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let id = jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Published)
        .await
        .expect("job");
    let response = app.get(&format!("/viec-lam/{id}")).await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.texts("h1"), vec!["Tuyển công nhân may"]);
    assert_eq!(
        response.texts("dd.salary"),
        vec!["6.000.000 – 9.000.000 đ/tháng"]
    );
    let dates: Vec<String> = response.texts("dl.details dd");
    assert!(dates.contains(&"31/07/2024".to_owned()), "{dates:?}");
    assert_eq!(
        response.texts("article.job > p:not(.employer)").len(),
        3,
        "two description paragraphs and how to apply"
    );
}

#[tokio::test]
async fn drafts_and_unknown_ids_are_not_found() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let draft = jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Draft)
        .await
        .expect("job");
    assert_eq!(
        app.get(&format!("/viec-lam/{draft}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/viec-lam/999999").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(app.get("/viec-lam/abc").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn creating_a_job_announces_it_to_the_search_index_in_the_same_transaction() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let before = app.count("SELECT COUNT(*) FROM search_outbox").await;
    let id = jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Draft)
        .await
        .expect("job");
    jobs::change_status(&app.ctx, id, JobStatus::Submitted)
        .await
        .expect("submit");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM search_outbox").await,
        before + 2
    );
}

#[tokio::test]
async fn an_invalid_job_reports_every_field_and_saves_nothing() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let mut job = sewing_job(employer_id);
    job.title = "ab".into();
    job.quantity = 0;
    let Err(Error::Validation(fields)) = jobs::create_job(&app.ctx, job, JobStatus::Draft).await
    else {
        panic!("expected a validation error");
    };
    let names: Vec<&str> = fields.iter().map(|f| f.field).collect();
    assert_eq!(names, vec!["title", "quantity"]);
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM search_outbox").await, 0);
}

#[tokio::test]
async fn a_duplicate_external_reference_is_a_conflict() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Published)
        .await
        .expect("first");
    let second = jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Published).await;
    assert!(matches!(second, Err(Error::Conflict(_))), "{second:?}");
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 1);
}

#[tokio::test]
async fn a_draft_cannot_be_published_without_review() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let id = jobs::create_job(&app.ctx, sewing_job(employer_id), JobStatus::Draft)
        .await
        .expect("job");
    let result = jobs::change_status(&app.ctx, id, JobStatus::Published).await;
    assert!(matches!(result, Err(Error::Conflict(_))), "{result:?}");
    let missing = jobs::change_status(&app.ctx, JobId(424242), JobStatus::Submitted).await;
    assert!(matches!(missing, Err(Error::NotFound)));
}

#[tokio::test]
async fn the_job_list_pages_and_filters_by_district() {
    let app = TestApp::spawn().await.with_demo(120, 10).await;
    let first = app.get("/viec-lam").await;
    assert_eq!(first.status, StatusCode::OK);
    assert_eq!(first.texts("li.card").len(), 20);
    assert_eq!(first.texts("a[rel=prev]").len(), 0);
    assert_eq!(first.texts("a[rel=next]").len(), 1);
    let open_in_sapa = app
        .count("SELECT COUNT(*) FROM jobs WHERE status = 'published' AND district_code = '088' AND (deadline IS NULL OR deadline >= '2024-06-15')")
        .await;
    let sapa = app.get("/viec-lam?district=088").await;
    assert_eq!(
        sapa.texts("h1 .count"),
        vec![format!("({open_in_sapa} kết quả)")]
    );
    // A page past the end is empty, not an error; a bad page number is page 1.
    assert_eq!(
        app.get("/viec-lam?page=9999").await.texts("li.card").len(),
        0
    );
    assert_eq!(app.get("/viec-lam?page=x").await.texts("li.card").len(), 20);
    // A condition that is not valid is named and set aside; the search
    // goes on with the rest, and no link carries the bad value on.
    let partly = app.get("/viec-lam?district=088&work_location=moon").await;
    assert_eq!(partly.status, StatusCode::BAD_REQUEST);
    let refused = partly.texts(".form-errors ul.errors li");
    assert_eq!(refused.len(), 1, "{refused:?}");
    assert!(refused[0].starts_with("Nơi làm việc"), "{refused:?}");
    assert_eq!(
        partly.texts("h1 .count"),
        vec![format!("({open_in_sapa} kết quả)")]
    );
    assert_eq!(
        partly.texts("#district option[selected]"),
        sapa.texts("#district option[selected]")
    );
    // Only the other language's link keeps the whole query string, to show
    // the same page (and its error) in English.
    let html = partly.html();
    let links = scraper::Selector::parse("a[href]:not([hreflang])").expect("selector");
    for link in html.select(&links) {
        let href = link.value().attr("href").unwrap_or_default();
        assert!(!href.contains("moon"), "{href}");
    }
}

#[tokio::test]
async fn a_malformed_district_code_is_a_clear_400() {
    let app = TestApp::spawn().await;
    let response = app.get("/viec-lam?district=%3Cscript%3E").await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(
        response
            .texts("ul.errors li")
            .iter()
            .any(|t| t.starts_with("Huyện") && t.contains("3")),
        "{}",
        response.body
    );
    assert!(!response.body.contains("<script>"));
    // The search form is still there to try again.
    assert_eq!(response.texts("form[role=search]").len(), 1);
}

#[tokio::test]
async fn conditions_set_aside_are_named_in_the_page_language() {
    let app = TestApp::spawn().await;
    let path = "/viec-lam?commune_code=abc&country=1&posted_since=yesterday";
    for (cookie, expected) in [
        ("lang=vi", ["Nước", "Xã", "Đăng từ ngày"]),
        ("lang=en", ["Commune", "Country", "Posted since"]),
    ] {
        let response = app.get_with_cookie(path, cookie).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST);
        // Each condition's label, before the colon of its message.
        let labels: std::collections::BTreeSet<String> = response
            .texts("ul.errors li")
            .iter()
            .map(|t| t.split(':').next().unwrap_or_default().trim().to_owned())
            .collect();
        assert!(labels.iter().eq(expected.iter()), "{}", response.body);
    }
}

#[tokio::test]
async fn a_job_page_carries_safe_schema_org_job_posting_data() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let mut job = sewing_job(employer_id);
    job.title = "Tuyển công nhân may </script><script>alert(1)</script>".into();
    let id = jobs::create_job(&app.ctx, job, JobStatus::Published)
        .await
        .expect("job");
    let page = app.get(&format!("/viec-lam/{id}")).await;
    let selector =
        scraper::Selector::parse("script[type='application/ld+json']").expect("selector");
    let html = page.html();
    let scripts: Vec<String> = html.select(&selector).map(|s| s.inner_html()).collect();
    assert_eq!(scripts.len(), 1, "{}", page.body);
    let data: serde_json::Value = serde_json::from_str(&scripts[0]).expect("valid JSON");
    assert_eq!(data["@type"], "JobPosting");
    assert_eq!(
        data["title"],
        "Tuyển công nhân may </script><script>alert(1)</script>"
    );
    assert_eq!(data["baseSalary"]["currency"], "VND");
    assert_eq!(data["validThrough"], "2024-07-31");
    let inline = scraper::Selector::parse("script:not([type])").expect("selector");
    assert_eq!(html.select(&inline).count(), 0, "no script was injected");
}
