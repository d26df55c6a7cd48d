use crate::helpers::TestApp;
use vieclam::demo::{DemoOptions, generate};

async fn titles(app: &TestApp) -> Vec<String> {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    sqlx::query_scalar("SELECT title || '|' || COALESCE(commune_code, province_code, country_code) FROM jobs ORDER BY id LIMIT 200")
        .fetch_all(&mut *conn)
        .await
        .expect("titles")
}

#[tokio::test]
async fn the_same_seed_gives_the_same_data() {
    let a = TestApp::spawn().await.with_demo(200, 100).await;
    let b = TestApp::spawn().await.with_demo(200, 100).await;
    assert_eq!(titles(&a).await, titles(&b).await);
    let names = "SELECT COUNT(*) FROM workers WHERE full_name LIKE 'Nguyễn%'";
    assert_eq!(a.count(names).await, b.count(names).await);
}

#[tokio::test]
async fn demo_data_has_the_requested_size_and_realistic_shape() {
    let app = TestApp::spawn().await.with_demo(500, 400).await;
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 500);
    assert_eq!(app.count("SELECT COUNT(*) FROM workers").await, 400);
    assert!(
        app.count("SELECT COUNT(*) FROM employers").await >= 150,
        "the plan's 150 employers"
    );
    for location in ["in_province", "in_vietnam", "abroad"] {
        let sql: &'static str = match location {
            "in_province" => "SELECT COUNT(*) FROM jobs WHERE work_location = 'in_province'",
            "in_vietnam" => "SELECT COUNT(*) FROM jobs WHERE work_location = 'in_vietnam'",
            _ => "SELECT COUNT(*) FROM jobs WHERE work_location = 'abroad'",
        };
        assert!(app.count(sql).await > 0, "no {location} jobs");
    }
    // Every in-province job carries the district of its commune.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM jobs j JOIN admin_units c ON c.code = j.commune_code WHERE j.district_code <> c.parent_code"
        )
        .await,
        0
    );
    // Poor and near-poor households are more common in Si Ma Cai than in Lào Cai city.
    let poor_si_ma_cai = app
        .count("SELECT COUNT(*) FROM household_poverty p JOIN households h ON h.id = p.household_id JOIN admin_units c ON c.code = h.commune_code WHERE p.year = 2024 AND p.status IN ('poor', 'near_poor') AND c.parent_code = '084'")
        .await;
    let all_si_ma_cai = app
        .count("SELECT COUNT(*) FROM household_poverty p JOIN households h ON h.id = p.household_id JOIN admin_units c ON c.code = h.commune_code WHERE p.year = 2024 AND c.parent_code = '084'")
        .await;
    let poor_city = app
        .count("SELECT COUNT(*) FROM household_poverty p JOIN households h ON h.id = p.household_id JOIN admin_units c ON c.code = h.commune_code WHERE p.year = 2024 AND p.status IN ('poor', 'near_poor') AND c.parent_code = '080'")
        .await;
    let all_city = app
        .count("SELECT COUNT(*) FROM household_poverty p JOIN households h ON h.id = p.household_id JOIN admin_units c ON c.code = h.commune_code WHERE p.year = 2024 AND c.parent_code = '080'")
        .await;
    assert!(all_si_ma_cai > 0 && all_city > 0);
    assert!(
        poor_si_ma_cai * all_city > poor_city * all_si_ma_cai,
        "Si Ma Cai {poor_si_ma_cai}/{all_si_ma_cai}, city {poor_city}/{all_city}"
    );
    // New rows after a bulk load get fresh ids on both engines.
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let next: i64 = sqlx::query_scalar(
        "INSERT INTO fairs (title, kind, held_on, status, created_at, updated_at) VALUES ('Phiên mới', 'mobile', '2024-07-01', 'planned', 0, 0) RETURNING id",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("insert after bulk load");
    assert_eq!(next, 77);
}

#[tokio::test]
async fn demo_data_goes_only_into_an_empty_database() {
    let app = TestApp::spawn().await.with_demo(20, 10).await;
    let again = generate(
        &app.ctx,
        &DemoOptions {
            jobs: 20,
            workers: 10,
            seed: 7,
            progress: false,
        },
    )
    .await;
    let message = again
        .expect_err("a second demo load is refused")
        .to_string();
    assert!(message.contains("empty database"), "{message}");
    assert_eq!(app.count("SELECT COUNT(*) FROM jobs").await, 20);
}
