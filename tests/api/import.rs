use vieclam::services::import::import_jobs;

use crate::helpers::TestApp;

const GOOD: &str = r#"{"external_ref":"sgd-1","title":"Tuyển công nhân may","employer_name":"Công ty TNHH May Tằng Loỏng","commune_code":"02635","occupation":"8153","salary_min":6500000,"salary_max":"8 triệu","quantity":40,"employment_type":"full_time","deadline":"2024-08-31","description":"Làm việc tại KCN Tằng Loỏng."}
{"external_ref":"sgd-2","title":"Đơn hàng thực tập sinh đi Nhật Bản","employer_name":"Công ty CP Nhân lực Hoàng Liên","country":"JP","work_location":"abroad","salary_min":28000000,"salary_max":32000000}
"#;

#[tokio::test]
async fn valid_lines_are_imported_published_and_searchable() {
    let app = TestApp::spawn().await;
    let report = import_jobs(&app.ctx, GOOD).await.expect("import");
    assert_eq!(
        (report.created, report.updated, report.errors.len()),
        (2, 0, 0)
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM jobs WHERE status = 'published'")
            .await,
        2
    );
    app.catch_up_index().await;
    let found = app.get("/api/v1/jobs?q=thuc+tap+sinh+nhat").await.json();
    assert_eq!(found["items"][0]["external_ref"], "sgd-2");
}

#[tokio::test]
async fn a_reimport_updates_and_never_duplicates() {
    let app = TestApp::spawn().await;
    import_jobs(&app.ctx, GOOD).await.expect("first import");
    let changed = GOOD.replace("\"quantity\":40", "\"quantity\":55");
    let report = import_jobs(&app.ctx, &changed)
        .await
        .expect("second import");
    assert_eq!((report.created, report.updated), (0, 2));
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 2);
    assert_eq!(
        app.count("SELECT quantity FROM jobs WHERE external_ref = 'sgd-1'")
            .await,
        55
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM employers").await,
        2,
        "employers are found by name"
    );
}

#[tokio::test]
async fn bad_lines_are_reported_by_line_and_field_and_good_ones_kept() {
    let app = TestApp::spawn().await;
    let text = format!(
        "{GOOD}{}\n{}\n{}\n{}\n",
        r#"{"external_ref":"bad-1","title":"ab","employer_name":"X","commune_code":"99999"}"#,
        r#"not json"#,
        r#"{"external_ref":"bad-3","title":"Tuyển lái xe","employer_name":"Y","country":"JP","salary_min":9000000,"salary_max":5000000,"colour":"red"}"#,
        r#"{"external_ref":"sgd-1","title":"Tuyển công nhân may","employer_name":"Z","commune_code":"02635"}"#,
    );
    let report = import_jobs(&app.ctx, &text).await.expect("import");
    assert_eq!(report.created, 2);
    let problems: Vec<(usize, &str)> = report
        .errors
        .iter()
        .map(|e| (e.line, e.field.as_str()))
        .collect();
    assert!(problems.contains(&(3, "commune_code")), "{problems:?}");
    assert!(problems.contains(&(3, "title")), "{problems:?}");
    assert!(problems.contains(&(4, "json")), "{problems:?}");
    assert!(
        problems.contains(&(5, "json")),
        "unknown field: {problems:?}"
    );
    assert!(problems.contains(&(5, "salary_max")), "{problems:?}");
    assert!(
        problems.contains(&(6, "external_ref")),
        "a repeated reference: {problems:?}"
    );
    assert_eq!(report.invalid_lines(), 4);
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 2);
}
