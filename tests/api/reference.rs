use crate::helpers::TestApp;
use vieclam::reference::ReferenceData;

#[tokio::test]
async fn reference_data_is_loaded_at_start() {
    let app = TestApp::spawn().await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM admin_units WHERE level = 'district' AND parent_code = '10'"
        )
        .await,
        9
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM admin_units WHERE level = 'commune'")
            .await,
        152
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM admin_units WHERE level = 'province'")
            .await,
        63
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM ethnicities").await, 54);
    assert_eq!(
        app.count("SELECT min_value FROM targets WHERE year = 2024 AND metric = 'placements'")
            .await,
        14_495
    );
    assert!(
        app.count("SELECT COUNT(*) FROM holidays WHERE kind = 'tet'")
            .await
            >= 35
    );
}

#[tokio::test]
async fn loading_reference_data_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let before = app.count("SELECT COUNT(*) FROM admin_units").await;
    let data = ReferenceData::load(None).expect("built-in reference data");
    vieclam::services::reference::load(&app.ctx, &data)
        .await
        .expect("second load");
    assert_eq!(app.count("SELECT COUNT(*) FROM admin_units").await, before);
    assert_eq!(app.count("SELECT COUNT(*) FROM targets").await, 7);
}

#[tokio::test]
async fn targets_of_the_plan_year_are_readable() {
    let app = TestApp::spawn().await;
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let targets = vieclam::db::reference::targets_for_year(&mut conn, 2024)
        .await
        .expect("targets");
    let fairs = targets
        .iter()
        .find(|t| t.metric == vieclam::domain::target::Metric::Fairs)
        .expect("a fairs target");
    assert_eq!((fairs.min, fairs.max), (70, Some(80)));
}
