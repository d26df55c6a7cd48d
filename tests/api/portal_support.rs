//! Fixtures of the employer and staff portal tests: signed-up employers,
//! staff sessions, workers with sensitive data, candidates.

use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::{TestApp, TestResponse, cookie_pair};

pub const PASSWORD: &str = "mua xuan tren nuong bac ha";
pub const STAFF: &str = "canbo@vieclamlaocai.vn";

/// A signed-in session: the cookie and the CSRF token of its forms.
pub struct Session {
    pub cookie: String,
    pub csrf: String,
}

impl Session {
    /// Posts a form with this session's CSRF token added.
    pub async fn post(&self, app: &TestApp, path: &str, pairs: &[(&str, &str)]) -> TestResponse {
        let mut all: Vec<(&str, &str)> = vec![("csrf", &self.csrf)];
        all.extend_from_slice(pairs);
        app.post_form(path, &all, &self.cookie).await
    }

    /// Gets a page with this session.
    pub async fn get(&self, app: &TestApp, path: &str) -> TestResponse {
        app.get_with_cookie(path, &self.cookie).await
    }
}

/// A well-filled employer sign-up form.
pub fn employer_fields<'a>(
    name: &'a str,
    tax_code: &'a str,
    email: &'a str,
) -> Vec<(&'static str, &'a str)> {
    vec![
        ("name", name),
        ("tax_code", tax_code),
        ("address", "Số 5 đường Hoàng Liên, phường Duyên Hải"),
        ("province_code", "10"),
        ("commune_code", "02635"),
        ("contact_name", "Lò Thị Mai"),
        ("email", email),
        ("phone", ""),
        ("password", PASSWORD),
        ("consent", "1"),
    ]
}

/// Posts the employer sign-up form.
pub async fn post_employer_sign_up(app: &TestApp, fields: &[(&str, &str)]) -> TestResponse {
    let (token, cookie) = app.anonymous_form("/nha-tuyen-dung/dang-ky").await;
    let mut all: Vec<(&str, &str)> = vec![("csrf", &token)];
    all.extend_from_slice(fields);
    app.post_form("/nha-tuyen-dung/dang-ky", &all, &cookie)
        .await
}

/// Signs an employer up and returns its session.
pub async fn employer(app: &TestApp, name: &str, tax_code: &str, email: &str) -> Session {
    let response = post_employer_sign_up(app, &employer_fields(name, tax_code, email)).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let (cookie, csrf) = app.sign_in(email, PASSWORD).await;
    Session { cookie, csrf }
}

/// Creates an account with `role` and signs it in.
pub async fn signed_in(app: &TestApp, role: Role, email: &str) -> Session {
    app.add_user(role, email, PASSWORD).await;
    let (cookie, csrf) = app.sign_in(email, PASSWORD).await;
    Session { cookie, csrf }
}

/// A staff session.
pub async fn staff(app: &TestApp) -> Session {
    signed_in(app, Role::Staff, STAFF).await
}

/// A posting form for work in Lào Cai; change what a test needs.
pub fn posting_fields(title: &str) -> Vec<(&'static str, String)> {
    vec![
        ("title", title.to_owned()),
        (
            "description",
            "Làm việc theo ca tại KCN Tằng Loỏng, có xe đưa đón.".to_owned(),
        ),
        ("occupation_code", "8212".to_owned()),
        ("quantity", "20".to_owned()),
        ("salary_min", "6.500.000".to_owned()),
        ("salary_max", "8 triệu".to_owned()),
        ("employment_type", "full_time".to_owned()),
        ("location", "commune".to_owned()),
        ("commune_code", "02635".to_owned()),
        ("deadline", "31/07/2024".to_owned()),
        (
            "how_to_apply",
            "Nộp hồ sơ tại phòng nhân sự, giờ hành chính.".to_owned(),
        ),
    ]
}

/// Posts a posting form (new or edit) with `action` (`save` or `submit`).
pub async fn post_posting(
    app: &TestApp,
    session: &Session,
    path: &str,
    fields: &[(&'static str, String)],
    action: &str,
) -> TestResponse {
    let mut pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    pairs.push(("action", action));
    session.post(app, path, &pairs).await
}

/// The id of the newest posting.
pub async fn newest_job(app: &TestApp) -> i64 {
    app.count("SELECT MAX(id) FROM jobs").await
}

/// A posting's status.
pub async fn job_status(app: &TestApp, id: i64) -> String {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    sqlx::query_scalar("SELECT status FROM jobs WHERE id = $1")
        .bind(id)
        .fetch_one(&mut *conn)
        .await
        .expect("the posting")
}

/// How many results the search API finds for `q`.
pub async fn found(app: &TestApp, q: &str) -> i64 {
    app.catch_up_index().await;
    app.get(&format!("/api/v1/jobs?q={q}")).await.json()["total"]
        .as_i64()
        .expect("a total")
}

/// Stores a worker with sensitive data (citizen ID, ethnicity, a poor
/// household) and the occupation 8212 wanted; returns its id.
pub async fn worker(
    app: &TestApp,
    name: &str,
    commune: &str,
    email: Option<&str>,
    citizen_id: &str,
) -> i64 {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let household: i64 = sqlx::query_scalar(
        "INSERT INTO households (code, commune_code, village, head_name, member_count, created_at, updated_at) \
         VALUES ($1, $2, 'Thôn Một', $3, 4, 0, 0) RETURNING id",
    )
    .bind(format!("HGD-{citizen_id}"))
    .bind(commune)
    .bind(name)
    .fetch_one(&mut *conn)
    .await
    .expect("household");
    sqlx::query(
        "INSERT INTO household_poverty (household_id, year, status, created_at, updated_at) VALUES ($1, 2024, 'poor', 0, 0)",
    )
    .bind(household)
    .execute(&mut *conn)
    .await
    .expect("poverty");
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO workers (full_name, full_name_folded, birth_date, gender, ethnicity_code, commune_code, \
         village, phone, email, citizen_id, household_id, education_level, vocational_training, skills, \
         created_at, updated_at) VALUES ($1, $2, '1998-09-05', 'female', '03', $3, 'Thôn Một', NULL, $4, $5, $6, \
         'upper_secondary', 'elementary', 'Hàn điện, đọc bản vẽ', 0, 0) RETURNING id",
    )
    .bind(name)
    .bind(vieclam::domain::text::fold(name))
    .bind(commune)
    .bind(email)
    .bind(citizen_id)
    .bind(household)
    .fetch_one(&mut *conn)
    .await
    .expect("worker");
    sqlx::query("INSERT INTO worker_occupations (worker_id, occupation_code, created_at) VALUES ($1, '8212', 0)")
        .bind(id)
        .execute(&mut *conn)
        .await
        .expect("occupation");
    id
}

/// A worker's application to a posting; returns its id.
pub async fn application(app: &TestApp, worker: i64, job: i64) -> i64 {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    sqlx::query_scalar(
        "INSERT INTO applications (worker_id, job_id, status, message, created_at, updated_at) \
         VALUES ($1, $2, 'submitted', 'Tôi có 2 năm kinh nghiệm.', 0, 0) RETURNING id",
    )
    .bind(worker)
    .bind(job)
    .fetch_one(&mut *conn)
    .await
    .expect("application")
}

/// Signs an employer up, posts a vacancy and has staff publish it; returns
/// the employer's session and the posting's id.
pub async fn published_posting(
    app: &TestApp,
    staff: &Session,
    tax_code: &str,
    email: &str,
    title: &str,
) -> (Session, i64) {
    let employer = employer(app, "Công ty TNHH Điện tử Tằng Loỏng", tax_code, email).await;
    let created = post_posting(
        app,
        &employer,
        "/nha-tuyen-dung/tin/moi",
        &posting_fields(title),
        "submit",
    )
    .await;
    assert_eq!(created.status, StatusCode::SEE_OTHER, "{}", created.body);
    let id = newest_job(app).await;
    let published = staff
        .post(app, &format!("/can-bo/tin/{id}/duyet"), &[])
        .await;
    assert_eq!(published.status, StatusCode::SEE_OTHER);
    (employer, id)
}

/// Whether a `Set-Cookie` header starts a session.
pub fn starts_session(response: &TestResponse) -> bool {
    cookie_pair(response, "vl_session").is_some_and(|c| c.len() > "vl_session=".len())
}
