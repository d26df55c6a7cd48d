use std::time::{Duration, Instant};

use axum::http::StatusCode;
use vieclam::domain::employer::NewEmployer;
use vieclam::domain::ids::EmployerId;
use vieclam::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, Workplace};
use vieclam::domain::values::Vnd;
use vieclam::services::jobs;

use crate::helpers::TestApp;

async fn employer(app: &TestApp) -> EmployerId {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    vieclam::db::employers::insert(
        &mut conn,
        &NewEmployer {
            name: "Công ty TNHH May Xuất khẩu Lào Cai".into(),
            tax_code: None,
            sector: "Khu công nghiệp".into(),
            overseas_licence_no: None,
            commune_code: Some("02635".into()),
            province_code: Some("10".into()),
            address: String::new(),
            phone: None,
            email: None,
            is_verified: true,
        },
        0,
    )
    .await
    .expect("employer")
}

fn job(employer_id: EmployerId, title: &str, external_ref: &str, workplace: Workplace) -> NewJob {
    NewJob {
        employer_id,
        external_ref: Some(external_ref.into()),
        title: title.into(),
        description: "Làm việc theo ca, có nhà ở cho công nhân ở xa.".into(),
        occupation_code: Some("8153".into()),
        salary: SalaryRange::new(
            Some(Vnd::new(6_500_000).expect("vnd")),
            Some(Vnd::new(8_000_000).expect("vnd")),
        )
        .expect("range"),
        quantity: 30,
        workplace,
        employment_type: EmploymentType::FullTime,
        deadline: Some(time::macros::date!(2024 - 08 - 31)),
    }
}

#[tokio::test]
async fn a_published_job_is_found_without_tone_marks_and_gone_when_closed() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let id = jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Tuyển công nhân may",
            "a-1",
            Workplace::Commune("02635".into()),
        ),
        JobStatus::Published,
    )
    .await
    .expect("job");
    jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Tuyển thợ sửa máy xúc",
            "a-2",
            Workplace::Commune("02635".into()),
        ),
        JobStatus::Published,
    )
    .await
    .expect("job");
    assert_eq!(app.catch_up_index().await, 2);
    let page = app.get("/viec-lam?q=cong+nhan+may").await;
    assert_eq!(
        page.texts("ul.results li.card h3 a")
            .first()
            .map(String::as_str),
        Some("Tuyển công nhân may")
    );
    assert!(
        !page.texts("ul.results mark").is_empty(),
        "matched words are highlighted"
    );

    jobs::change_status(&app.ctx, id, JobStatus::Closed)
        .await
        .expect("close");
    app.catch_up_index().await;
    let page = app.get("/viec-lam?q=cong+nhan+may").await;
    assert!(
        !page
            .texts("ul.results li.card h3 a")
            .contains(&"Tuyển công nhân may".to_owned())
    );
}

#[tokio::test]
async fn the_index_remembers_the_last_change_it_applied() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    for n in 0..3 {
        jobs::create_job(
            &app.ctx,
            job(
                employer_id,
                "Tuyển lao động phổ thông",
                &format!("r-{n}"),
                Workplace::Commune("02635".into()),
            ),
            JobStatus::Published,
        )
        .await
        .expect("job");
    }
    app.catch_up_index().await;
    let newest = app.count("SELECT MAX(seq) FROM search_outbox").await;
    assert_eq!(app.search.last_applied_seq().expect("seq"), Some(newest));
    // Reopened from disk, as after a crash, it resumes from the same point.
    let reopened =
        vieclam::search::SearchIndex::open_or_create(&app.config.index_dir).expect("reopen");
    assert_eq!(reopened.last_applied_seq().expect("seq"), Some(newest));
    assert_eq!(reopened.num_docs(), 3);
    assert_eq!(app.catch_up_index().await, 0, "nothing is applied twice");
}

#[tokio::test]
async fn the_api_searches_filters_and_counts_facets() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    for (n, place) in [
        Workplace::Commune("02635".into()),
        Workplace::Province("27".into()),
        Workplace::Country("JP".into()),
    ]
    .into_iter()
    .enumerate()
    {
        jobs::create_job(
            &app.ctx,
            job(employer_id, "Tuyển công nhân may", &format!("f-{n}"), place),
            JobStatus::Published,
        )
        .await
        .expect("job");
    }
    app.catch_up_index().await;
    let all = app.get("/api/v1/jobs?q=c%C3%B4ng+nh%C3%A2n").await;
    assert_eq!(all.status, StatusCode::OK);
    let body = all.json();
    assert_eq!(body["total"], 3);
    let locations: Vec<&str> = body["facets"]["work_location"]
        .as_array()
        .expect("facet")
        .iter()
        .filter_map(|f| f["value"].as_str())
        .collect();
    assert_eq!(locations.len(), 3, "{body}");
    let abroad = app
        .get("/api/v1/jobs?q=cong+nhan&work_location=abroad")
        .await
        .json();
    assert_eq!(abroad["total"], 1);
    assert_eq!(abroad["items"][0]["country"], "JP");
    assert_eq!(abroad["items"][0]["external_ref"], "f-2");
    assert_eq!(abroad["facets"]["work_location"][0]["count"], 1);
}

#[tokio::test]
async fn bad_input_gets_a_clear_400_or_a_sensible_clamp() {
    let app = TestApp::spawn().await;
    let bad = app
        .get("/api/v1/jobs?work_location=moon&salary_min=abc")
        .await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    let fields: Vec<String> = bad.json()["error"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| f["field"].as_str().map(str::to_owned))
        .collect();
    assert_eq!(fields, vec!["work_location", "salary_min"]);
    for path in [
        "/api/v1/jobs?per_page=0",
        "/api/v1/jobs?per_page=1000000000",
        "/api/v1/jobs?q=%21%40%23%24%25%5E%26*%28%29",
        "/api/v1/jobs?q=%22unbalanced+AND+%28OR",
        "/api/v1/jobs?page=99999999999",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
    }
    // Bytes that are not UTF-8 in the text: refused, naming the field,
    // rather than searched as something else.
    let garbled = app.get("/api/v1/jobs?q=%FF%FE").await;
    assert_eq!(garbled.status, StatusCode::BAD_REQUEST, "{}", garbled.body);
    assert_eq!(garbled.json()["error"]["fields"][0]["field"], "q");
    let long = format!("/api/v1/jobs?q={}", "may+".repeat(2_500));
    assert_eq!(app.get(&long).await.status, StatusCode::OK);
    // A word longer than any the index keeps is a word no posting has: a
    // query of nothing else finds nothing (it is not an empty query,
    // which lists every posting), and beside other words it is set aside.
    let employer_id = employer(&app).await;
    for (title, reference) in [("Tuyển công nhân may", "b-1"), ("Thợ sửa máy xúc", "b-2")]
    {
        let commune = Workplace::Commune("02635".into());
        jobs::create_job(
            &app.ctx,
            job(employer_id, title, reference, commune),
            JobStatus::Published,
        )
        .await
        .expect("job");
    }
    assert_eq!(app.catch_up_index().await, 2);
    let everything = app.get("/api/v1/jobs").await.json();
    assert!(everything["total"].as_u64() > Some(0), "{everything}");
    let overlong = "a".repeat(10_000);
    let nothing = app.get(&format!("/api/v1/jobs?q={overlong}")).await;
    assert_eq!(nothing.status, StatusCode::OK, "{}", nothing.body);
    assert_eq!(nothing.json()["total"], 0);
    let sewing = app.get("/api/v1/jobs?q=may").await.json();
    let beside = app
        .get(&format!("/api/v1/jobs?q=may+{}", "b".repeat(80)))
        .await
        .json();
    assert_eq!(beside["total"], sewing["total"]);
    assert_eq!(
        app.get("/api/v1/jobs?per_page=0").await.json()["per_page"],
        1
    );
    assert_eq!(
        app.get("/api/v1/jobs/xyz").await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        app.get("/api/v1/jobs/123456").await.json()["error"]["status"],
        404
    );
}

#[tokio::test]
async fn the_openapi_document_describes_the_search() {
    let app = TestApp::spawn().await;
    let doc = app.get("/api/openapi.json").await.json();
    let names: Vec<&str> = doc["paths"]["/api/v1/jobs"]["get"]["parameters"]
        .as_array()
        .expect("parameters")
        .iter()
        .filter_map(|p| p["name"].as_str())
        .collect();
    for name in [
        "q",
        "district_code",
        "commune_code",
        "work_location",
        "country",
        "occupation",
        "salary_min",
        "salary_max",
        "employment_type",
        "sort",
        "page",
        "per_page",
    ] {
        assert!(names.contains(&name), "{name} is not documented");
    }
}

#[tokio::test]
async fn no_results_suggest_dropping_a_filter_and_the_folded_spelling() {
    let app = TestApp::spawn().await;
    let page = app
        .get("/viec-lam?q=th%E1%BB%A3+l%E1%BA%B7n&district_code=084")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    let help = page.texts(".empty li a");
    assert!(help.iter().any(|t| t.contains("Huyện")), "{help:?}");
    assert!(help.iter().any(|t| t.contains("tho lan")), "{help:?}");
}

#[tokio::test]
async fn a_change_is_searchable_within_a_second_on_a_running_server() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let running = vieclam::app::start(
        &app.config,
        app.ctx.clone(),
        app.search.clone(),
        listener,
        false,
    )
    .expect("start");
    let started = Instant::now();
    jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Tuyển hướng dẫn viên du lịch Sa Pa",
            "live-1",
            Workplace::Commune("02635".into()),
        ),
        JobStatus::Published,
    )
    .await
    .expect("job");
    loop {
        let found = app
            .search
            .search(&vieclam::search::SearchRequest {
                text: "huong dan vien".into(),
                page: 1,
                per_page: 10,
                ..Default::default()
            })
            .expect("search")
            .total;
        if found == 1 {
            break;
        }
        assert!(
            started.elapsed() < Duration::from_secs(1),
            "not searchable within 1 s"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    running.stop().await.expect("stop");
}

#[tokio::test]
async fn a_rebuild_swaps_in_while_searches_keep_being_answered() {
    let app = TestApp::spawn().await.with_demo(200, 10).await;
    let before = app.get("/api/v1/jobs").await.json()["total"].clone();
    let generation = app.search.current_generation();
    app.rebuild_index().await;
    assert_ne!(app.search.current_generation(), generation);
    assert_eq!(app.get("/api/v1/jobs").await.json()["total"], before);
}

#[tokio::test]
async fn rebuilds_walk_the_postings_newest_first_across_ties() {
    use vieclam::db::search_docs;
    let app = TestApp::spawn().await.with_demo(120, 5).await;
    let backend = app.ctx.db.backend();
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    // Every third posting published at the same second: ties straddle
    // the pages.
    sqlx::query(
        "UPDATE jobs SET published_at = 1700000000 WHERE id % 3 = 0 AND status = 'published'",
    )
    .execute(&mut *conn)
    .await
    .expect("equal times");
    let expected: Vec<(i64, i64)> = sqlx::query_as(
        "SELECT published_at, id FROM jobs WHERE status = 'published' \
         ORDER BY published_at DESC, id DESC",
    )
    .fetch_all(&mut *conn)
    .await
    .expect("published postings");
    assert!(expected.len() > 50, "{} published", expected.len());

    let mut walked = Vec::new();
    let mut after = None;
    loop {
        let page = search_docs::published_page_newest_first(&mut conn, backend, after, 7)
            .await
            .expect("page");
        let Some(last) = page.last() else { break };
        after = Some((last.published_at, last.id));
        walked.extend(page.iter().map(|doc| (doc.published_at, doc.id)));
    }
    assert_eq!(walked, expected);
    assert_eq!(
        search_docs::published_without_time(&mut conn)
            .await
            .expect("count"),
        0
    );
    drop(conn);

    // The rebuild from that walk finds what the last index held, and
    // lists it newest first.
    let before = app.get("/api/v1/jobs").await.json()["total"].clone();
    app.rebuild_index().await;
    let newest = app
        .get("/api/v1/jobs?sort=newest&per_page=100")
        .await
        .json();
    assert_eq!(newest["total"], before);
    let time_of: std::collections::HashMap<i64, i64> =
        expected.iter().map(|&(at, id)| (id, at)).collect();
    let times: Vec<i64> = newest["items"]
        .as_array()
        .expect("items")
        .iter()
        .map(|item| time_of[&item["id"].as_i64().expect("id")])
        .collect();
    assert!(times.len() > 10, "{times:?}");
    assert!(times.windows(2).all(|w| w[0] >= w[1]), "{times:?}");
}

#[tokio::test]
async fn a_published_posting_without_a_time_is_still_rebuilt() {
    let app = TestApp::spawn().await.with_demo(40, 5).await;
    let before = app.get("/api/v1/jobs").await.json()["total"].clone();
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        sqlx::query(
            "UPDATE jobs SET published_at = NULL WHERE id = \
             (SELECT MIN(id) FROM jobs WHERE status = 'published')",
        )
        .execute(&mut *conn)
        .await
        .expect("a posting without a time");
    }
    app.rebuild_index().await;
    assert_eq!(app.get("/api/v1/jobs").await.json()["total"], before);
}

#[tokio::test]
async fn documents_read_for_the_index_keep_every_field_and_awkward_text() {
    use vieclam::db::search_docs;
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    let mut abroad = job(
        employer_id,
        "Kỹ sư \"cơ khí\" \\ hàn ống 9\" – Nhật Bản 😀",
        "doc-1",
        Workplace::Country("JP".into()),
    );
    abroad.description =
        "Dòng một\nDòng hai:\t\"trích dẫn\", gạch \\ ngược, </script> & {\"json\": [1]}".into();
    abroad.salary = SalaryRange::new(None, None).expect("negotiable");
    abroad.quantity = 2;
    let abroad = jobs::create_job(&app.ctx, abroad, JobStatus::Published)
        .await
        .expect("job abroad");
    let draft = jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Bản nháp",
            "doc-2",
            Workplace::Province("01".into()),
        ),
        JobStatus::Draft,
    )
    .await
    .expect("draft");
    let home = jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Tuyển công nhân may",
            "doc-3",
            Workplace::Commune("02635".into()),
        ),
        JobStatus::Published,
    )
    .await
    .expect("job at home");

    let backend = app.ctx.db.backend();
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let (title, description): (String, String) =
        sqlx::query_as("SELECT title, description FROM jobs WHERE id = $1")
            .bind(abroad.get())
            .fetch_one(&mut *conn)
            .await
            .expect("stored texts");
    let ids = [home.get(), draft.get(), abroad.get(), 999_999];
    let docs = search_docs::published_by_ids(&mut conn, backend, &ids)
        .await
        .expect("documents by id");
    let found: Vec<i64> = docs.iter().map(|d| d.id).collect();
    assert_eq!(
        found,
        vec![abroad.get(), home.get()],
        "published only, in id order"
    );

    let doc = &docs[0];
    assert_eq!(doc.title, title);
    assert_eq!(doc.description, description);
    assert!(doc.description.contains('\n') && doc.title.contains('😀'));
    assert_eq!(doc.external_ref.as_deref(), Some("doc-1"));
    assert_eq!(
        doc.work_location,
        vieclam::domain::job::WorkLocation::Abroad
    );
    assert_eq!(doc.country_code.as_deref(), Some("JP"));
    assert!(doc.country_name.as_deref().is_some_and(|n| !n.is_empty()));
    assert_eq!((doc.salary_min, doc.salary_max), (None, None));
    assert_eq!(doc.quantity, 2);
    assert_eq!(doc.occupation_code.as_deref(), Some("8153"));
    assert!(doc.occupation_name.is_some() && doc.occupation_group.is_some());
    assert_eq!(doc.employer_name, "Công ty TNHH May Xuất khẩu Lào Cai");
    assert_eq!(doc.deadline, Some(time::macros::date!(2024 - 08 - 31)));
    assert!(doc.published_at > 0);

    let doc = &docs[1];
    assert_eq!(doc.commune_code.as_deref(), Some("02635"));
    let (commune, district): (String, String) = sqlx::query_as(
        "SELECT c.name_with_type, d.name_with_type FROM admin_units c \
         JOIN admin_units d ON d.code = c.parent_code WHERE c.code = '02635'",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("place names");
    assert_eq!(doc.commune_name.as_deref(), Some(commune.as_str()));
    assert_eq!(doc.district_name.as_deref(), Some(district.as_str()));
    assert_eq!(
        (doc.salary_min, doc.salary_max),
        (Some(6_500_000), Some(8_000_000))
    );

    // Pages walk the same documents in id order.
    let first = search_docs::published_page(&mut conn, backend, 0, 1)
        .await
        .expect("first page");
    assert_eq!(first, docs[..1].to_vec());
    let rest = search_docs::published_page(&mut conn, backend, first[0].id, 10)
        .await
        .expect("second page");
    assert_eq!(rest, docs[1..].to_vec());
    let none = search_docs::published_page(&mut conn, backend, home.get(), 10)
        .await
        .expect("past the end");
    assert!(none.is_empty());
}

/// The titles found for `text` in `index`.
fn titles_for(index: &vieclam::search::SearchIndex, text: &str) -> Vec<String> {
    index
        .search(&vieclam::search::SearchRequest {
            text: text.into(),
            page: 1,
            per_page: 10,
            ..Default::default()
        })
        .expect("search")
        .items
        .into_iter()
        .map(|hit| hit.title)
        .collect()
}

#[tokio::test]
async fn synonyms_edited_in_the_reference_folder_apply_from_the_next_start() {
    let app = TestApp::spawn().await;
    let employer_id = employer(&app).await;
    jobs::create_job(
        &app.ctx,
        job(
            employer_id,
            "Tuyển nhân viên phòng cháy chữa cháy",
            "r-pccc",
            Workplace::Commune("02635".into()),
        ),
        JobStatus::Published,
    )
    .await
    .expect("job");
    app.catch_up_index().await;
    assert_eq!(titles_for(&app.search, "PCCC"), Vec::<String>::new());

    // The centre's own reference folder: the program's files, with one
    // synonym group added.
    let folder = crate::helpers::copy_reference_folder(app.dir.path());
    let synonyms = folder.join("search-synonyms.toml");
    let mut text = std::fs::read_to_string(&synonyms).expect("read");
    text.push_str("\n[[group]]\nterms = [\"PCCC\", \"phòng cháy chữa cháy\"]\n");
    std::fs::write(&synonyms, text).expect("write");

    // Started again with that folder: the index recorded the old groups,
    // so it is rebuilt, and the new group finds the posting.
    let mut config = app.config.clone();
    config.reference_dir = Some(folder.clone());
    let reopened = vieclam::app::open_search(&config, &app.ctx)
        .await
        .expect("reopen with the edited synonyms");
    assert_ne!(
        reopened.current_generation(),
        app.search.current_generation()
    );
    assert_eq!(
        titles_for(&reopened, "PCCC"),
        vec!["Tuyển nhân viên phòng cháy chữa cháy".to_owned()]
    );
    assert_eq!(titles_for(&reopened, "pccc").len(), 1);

    // A group that breaks a rule stops the start, naming the file.
    std::fs::write(&synonyms, "[[group]]\nterms = [\"PCCC\", \"…\"]\n").expect("write");
    let err = vieclam::app::open_search(&config, &app.ctx)
        .await
        .expect_err("a bad synonyms file");
    let message = format!("{err:#}");
    assert!(message.contains("search-synonyms.toml"), "{message}");
    assert!(message.contains("group 1"), "{message}");
}

#[tokio::test]
async fn filters_naming_unknown_codes_are_a_clear_400() {
    let app = TestApp::spawn().await;
    let response = app
        .get("/api/v1/jobs?q=may&district_code=999&commune_code=99999&country=XQ&occupation=0999")
        .await;
    assert_eq!(
        response.status,
        StatusCode::BAD_REQUEST,
        "{}",
        response.body
    );
    let body = response.json();
    let fields: Vec<(&str, &str)> = body["error"]["fields"]
        .as_array()
        .expect("fields")
        .iter()
        .filter_map(|f| Some((f["field"].as_str()?, f["message"].as_str()?)))
        .collect();
    let names: Vec<&str> = fields.iter().map(|(name, _)| *name).collect();
    assert_eq!(
        names,
        vec!["district_code", "commune_code", "country", "occupation"]
    );
    assert!(fields[0].1.contains("999"), "{fields:?}");
    assert!(
        fields[2].1.contains("No country has the code XQ"),
        "{fields:?}"
    );

    // Known codes that happen to find nothing are an empty page, not an
    // error: a district of Lào Cai, a commune of it, Japan, an occupation
    // group.
    for path in [
        "/api/v1/jobs?district_code=080",
        "/api/v1/jobs?commune_code=02635",
        "/api/v1/jobs?country=JP",
        "/api/v1/jobs?occupation=7",
        "/api/v1/jobs?occupation=8153",
    ] {
        let response = app.get(path).await;
        assert_eq!(response.status, StatusCode::OK, "{path}: {}", response.body);
        assert_eq!(response.json()["total"], 0, "{path}");
    }
    // The search page says so too, naming the field.
    let page = app.get("/viec-lam?district=999").await;
    assert_eq!(page.status, StatusCode::BAD_REQUEST);
    assert!(
        page.texts("ul.errors li").iter().any(|t| t.contains("999")),
        "{}",
        page.body
    );
}
