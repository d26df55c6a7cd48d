//! `TestApp`: a fresh database and the whole router, with typed requests.

use std::sync::Arc;

use axum::Router;
use axum::body::Body;
use axum::http::{Request, StatusCode};
use http_body_util::BodyExt;
use sqlx::Connection;
use tower::ServiceExt;
use vieclam::clock::{FixedClock, SharedClock};
use vieclam::config::Config;
use vieclam::services::Ctx;
use vieclam::web::{self, AppState};

/// The environment variable that switches the suite to PostgreSQL.
pub const POSTGRES_ENV: &str = "VIECLAM_TEST_POSTGRES";

/// A fresh application on its own database.
pub struct TestApp {
    pub ctx: Ctx,
    pub search: vieclam::search::SearchIndex,
    pub clock: Arc<FixedClock>,
    pub config: Config,
    pub router: Router,
    pub dir: tempfile::TempDir,
    postgres: Option<PostgresDb>,
}

struct PostgresDb {
    admin_url: String,
    name: String,
}

/// A response, read whole.
pub struct TestResponse {
    pub status: StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl TestResponse {
    /// The body parsed as HTML.
    pub fn html(&self) -> scraper::Html {
        scraper::Html::parse_document(&self.body)
    }

    /// The texts of the elements matching `selector`, whitespace collapsed.
    pub fn texts(&self, selector: &str) -> Vec<String> {
        let selector = scraper::Selector::parse(selector).expect("valid selector");
        self.html()
            .select(&selector)
            .map(|el| {
                el.text()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
            })
            .collect()
    }

    /// The body parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).expect("a JSON body")
    }
}

/// 10:00 on 15 June 2024 in Lào Cai: mid-way through the plan's year.
pub fn plan_year_instant() -> time::OffsetDateTime {
    time::macros::datetime!(2024-06-15 03:00 UTC)
}

/// A random suffix for database names.
fn random_suffix() -> String {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0),
    );
    format!("{:016x}", hasher.finish())
}

/// Replaces the database name of a PostgreSQL URL.
fn with_database(url: &str, name: &str) -> String {
    let (scheme, rest) = url.split_once("://").expect("a URL with ://");
    let (authority, tail) = match rest.find('/') {
        Some(i) => (&rest[..i], &rest[i..]),
        None => (rest, ""),
    };
    let query = tail
        .split_once('?')
        .map(|(_, q)| format!("?{q}"))
        .unwrap_or_default();
    format!("{scheme}://{authority}/{name}{query}")
}

impl TestApp {
    /// A fresh app on the backend chosen by the environment.
    pub async fn spawn() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let (database_url, postgres) = match std::env::var(POSTGRES_ENV) {
            Ok(admin_url) if !admin_url.trim().is_empty() => {
                sqlx::any::install_default_drivers();
                let name = format!("vieclam_test_{}", random_suffix());
                let mut admin = sqlx::AnyConnection::connect(&admin_url)
                    .await
                    .unwrap_or_else(|err| {
                        panic!("{POSTGRES_ENV} is set but PostgreSQL is unreachable: {err}")
                    });
                sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
                    .execute(&mut admin)
                    .await
                    .expect("create a test database");
                admin.close().await.ok();
                (
                    with_database(&admin_url, &name),
                    Some(PostgresDb { admin_url, name }),
                )
            }
            _ => (
                format!(
                    "sqlite://{}?mode=rwc",
                    dir.path().join("vieclam.db").display()
                ),
                None,
            ),
        };
        let data_dir = dir.path().join("data");
        let mail_dir = dir.path().join("mail");
        let vars: Vec<(&str, String)> = vec![
            ("DATABASE_URL", database_url),
            ("VIECLAM_DATA_DIR", data_dir.display().to_string()),
            (
                "VIECLAM_INDEX_DIR",
                dir.path().join("index").display().to_string(),
            ),
            ("VIECLAM_MAIL_DIR", mail_dir.display().to_string()),
            ("VIECLAM_BIND", "127.0.0.1:0".to_owned()),
        ];
        let config = Config::load(None, |key| {
            vars.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
        })
        .expect("test configuration");
        let clock = Arc::new(FixedClock::at(plan_year_instant()));
        let shared: SharedClock = clock.clone();
        let ctx = vieclam::app::prepare(&config, shared)
            .await
            .expect("prepare the database");
        let search = vieclam::app::open_search(&config, &ctx)
            .await
            .expect("open the search index");
        let router = web::router(AppState {
            ctx: ctx.clone(),
            search: search.clone(),
            public_url: config.public_url.clone(),
        });
        Self {
            ctx,
            search,
            clock,
            config,
            router,
            dir,
            postgres,
        }
    }

    /// Sends a GET through the router.
    pub async fn get(&self, path: &str) -> TestResponse {
        self.send(Request::get(path).body(Body::empty()).expect("request"))
            .await
    }

    /// Sends any request through the router.
    pub async fn send(&self, request: Request<Body>) -> TestResponse {
        let response = self
            .router
            .clone()
            .oneshot(request)
            .await
            .expect("infallible router");
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response
            .into_body()
            .collect()
            .await
            .expect("body")
            .to_bytes();
        TestResponse {
            status,
            headers,
            body: String::from_utf8(bytes.to_vec()).expect("UTF-8 body"),
        }
    }

    /// Loads a small demo data set.
    pub async fn with_demo(self, jobs: u64, workers: u64) -> Self {
        vieclam::demo::generate(
            &self.ctx,
            &vieclam::demo::DemoOptions {
                jobs,
                workers,
                seed: 7,
                progress: false,
            },
        )
        .await
        .expect("demo data");
        self.rebuild_index().await;
        self
    }

    /// Rebuilds the search index from the database and switches to it.
    pub async fn rebuild_index(&self) {
        let synonyms = self.search.synonyms();
        vieclam::services::indexing::rebuild(&self.ctx, &self.config.index_dir, synonyms, |_| {})
            .await
            .expect("rebuild");
        assert!(
            self.search.refresh_if_switched().expect("switch"),
            "a new generation"
        );
    }

    /// Applies the search outbox to the index, as the indexer worker does.
    pub async fn catch_up_index(&self) -> usize {
        vieclam::services::indexing::catch_up(&self.ctx, &self.search)
            .await
            .expect("catch up")
    }

    /// Counts rows with a scalar query.
    pub async fn count(&self, sql: &'static str) -> i64 {
        let mut conn = self.ctx.db.pool().acquire().await.expect("connection");
        sqlx::query_scalar::<_, i64>(sql)
            .fetch_one(&mut *conn)
            .await
            .expect("count query")
    }

    /// Sends a form POST with the given cookie header.
    pub async fn post_form(
        &self,
        path: &str,
        pairs: &[(&str, &str)],
        cookie: &str,
    ) -> TestResponse {
        let body = form_urlencoded::Serializer::new(String::new())
            .extend_pairs(pairs)
            .finish();
        let mut request =
            Request::post(path).header("content-type", "application/x-www-form-urlencoded");
        if !cookie.is_empty() {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(Body::from(body)).expect("request"))
            .await
    }

    /// Sends a GET with the given cookie header.
    pub async fn get_with_cookie(&self, path: &str, cookie: &str) -> TestResponse {
        self.send(
            Request::get(path)
                .header("cookie", cookie)
                .body(Body::empty())
                .expect("request"),
        )
        .await
    }

    /// Creates an account.
    pub async fn add_user(
        &self,
        role: vieclam::domain::user::Role,
        email: &str,
        password: &str,
    ) -> vieclam::domain::ids::UserId {
        vieclam::services::users::add_user(
            &self.ctx,
            vieclam::services::users::AccountRequest {
                email: Some(email.to_owned()),
                phone: None,
                display_name: "Cán bộ Thử".to_owned(),
                role,
                commune_code: (role == vieclam::domain::user::Role::CommuneOfficer)
                    .then(|| "02635".to_owned()),
            },
            password.to_owned(),
        )
        .await
        .expect("account")
    }

    /// The sign-in form's CSRF token and the cookie that carries it.
    pub async fn sign_in_form(&self) -> (String, String) {
        let page = self.get("/dang-nhap").await;
        let cookie = page
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("vl_csrf="))
            .and_then(|v| v.split(';').next())
            .expect("a CSRF cookie")
            .to_owned();
        let selector = scraper::Selector::parse("input[name=csrf]").expect("selector");
        let token = page
            .html()
            .select(&selector)
            .next()
            .and_then(|input| input.value().attr("value").map(str::to_owned))
            .expect("a CSRF field");
        (token, cookie)
    }

    /// Signs in and returns the response of the sign-in POST.
    pub async fn try_sign_in(&self, login: &str, password: &str) -> TestResponse {
        let (token, cookie) = self.sign_in_form().await;
        self.post_form(
            "/dang-nhap",
            &[("login", login), ("password", password), ("csrf", &token)],
            &cookie,
        )
        .await
    }

    /// Signs in and returns the session cookie (`vl_session=...`) and its CSRF token.
    pub async fn sign_in(&self, login: &str, password: &str) -> (String, String) {
        let response = self.try_sign_in(login, password).await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-in failed: {}",
            response.body
        );
        let cookie = response
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with("vl_session="))
            .and_then(|v| v.split(';').next())
            .expect("a session cookie")
            .to_owned();
        let token = cookie.trim_start_matches("vl_session=").to_owned();
        let mut conn = self.ctx.db.pool().acquire().await.expect("connection");
        let csrf: String = sqlx::query_scalar("SELECT csrf_token FROM sessions WHERE id_hash = $1")
            .bind(vieclam::services::auth::hash(&token))
            .fetch_one(&mut *conn)
            .await
            .expect("the session row");
        (cookie, csrf)
    }

    /// Whether this app runs on PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.postgres.is_some()
    }
}

impl Drop for TestApp {
    fn drop(&mut self) {
        let Some(pg) = self.postgres.take() else {
            return;
        };
        // Dropping runs outside any async context we may block; a short-lived
        // thread with its own runtime removes the database.
        let handle = std::thread::spawn(move || {
            let Ok(runtime) = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
            else {
                return;
            };
            runtime.block_on(async move {
                if let Ok(mut admin) = sqlx::AnyConnection::connect(&pg.admin_url).await {
                    let sql = format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", pg.name);
                    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                        .execute(&mut admin)
                        .await;
                    let _ = admin.close().await;
                }
            });
        });
        let _ = handle.join();
    }
}

/// A posting of a new employer that has `employer_email`, in `status`:
/// published at once, or submitted for review as an employer's would be.
/// Sewing work in Duyên Hải (Lào Cai city), 6.500.000 – 8.000.000 đ a month,
/// applications until 31/07/2024.
pub async fn employer_posting(
    app: &TestApp,
    title: &str,
    employer_email: Option<&str>,
    status: vieclam::domain::job::JobStatus,
) -> vieclam::domain::ids::JobId {
    use vieclam::domain::job::{EmploymentType, JobStatus, NewJob, SalaryRange, Workplace};
    use vieclam::domain::values::Vnd;
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let employer_id = vieclam::db::employers::insert(
        &mut conn,
        &vieclam::domain::employer::NewEmployer {
            name: "Công ty TNHH May Tằng Loỏng".into(),
            tax_code: None,
            sector: "Khu công nghiệp".into(),
            overseas_licence_no: None,
            commune_code: Some("02635".into()),
            province_code: Some("10".into()),
            address: "Khu công nghiệp Tằng Loỏng".into(),
            phone: Some("0214 3800 222".into()),
            email: employer_email.map(str::to_owned),
            is_verified: true,
        },
        vieclam::clock::Clock::unix(app.clock.as_ref()),
    )
    .await
    .expect("employer");
    drop(conn);
    let job = NewJob {
        employer_id,
        external_ref: None,
        title: title.into(),
        description: "Làm việc tại KCN Tằng Loỏng.\n\nCó xe đưa đón.".into(),
        occupation_code: Some("8153".into()),
        salary: SalaryRange::new(
            Some(Vnd::new(6_500_000).expect("vnd")),
            Some(Vnd::new(8_000_000).expect("vnd")),
        )
        .expect("range"),
        quantity: 40,
        workplace: Workplace::Commune("02635".into()),
        employment_type: EmploymentType::FullTime,
        deadline: Some(time::macros::date!(2024 - 07 - 31)),
    };
    let first = if status == JobStatus::Published {
        JobStatus::Published
    } else {
        JobStatus::Draft
    };
    let id = vieclam::services::jobs::create_job(&app.ctx, job, first)
        .await
        .expect("job");
    if status != first {
        vieclam::services::jobs::change_status(&app.ctx, id, status)
            .await
            .expect("status");
    }
    id
}

// Job seekers and accounts ---------------------------------------------------

/// A job seeker's sign-up form, filled in well; change what a test needs.
pub fn seeker_sign_up_fields(email: &str, phone: &str) -> Vec<(&'static str, String)> {
    vec![
        ("email", email.to_owned()),
        ("phone", phone.to_owned()),
        ("password", "ngo ngoai dong bac ha".to_owned()),
        ("full_name", "Giàng Thị Mai".to_owned()),
        ("gender", "female".to_owned()),
        ("commune_code", "02635".to_owned()),
        ("education_level", "lower_secondary".to_owned()),
        ("vocational_training", "none".to_owned()),
        ("consent", "yes".to_owned()),
    ]
}

/// The value of a `Set-Cookie` header named `name` (`name=value`), if set.
pub fn cookie_pair(response: &TestResponse, name: &str) -> Option<String> {
    response
        .headers
        .get_all("set-cookie")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .find(|v| v.starts_with(&format!("{name}=")))
        .and_then(|v| v.split(';').next())
        .map(str::to_owned)
}

/// The `value` of the first element matching `selector`.
pub fn value_of(response: &TestResponse, selector: &str) -> Option<String> {
    let selector = scraper::Selector::parse(selector).expect("valid selector");
    response
        .html()
        .select(&selector)
        .next()
        .and_then(|el| el.value().attr("value").map(str::to_owned))
}

impl TestApp {
    /// The CSRF token and cookie of a form shown before sign-in at `path`.
    pub async fn anonymous_form(&self, path: &str) -> (String, String) {
        let page = self.get(path).await;
        let cookie = cookie_pair(&page, "vl_csrf").expect("a CSRF cookie");
        let token = value_of(&page, "input[name=csrf]").expect("a CSRF field");
        (token, cookie)
    }

    /// Posts the sign-up form with `fields` and a valid CSRF token.
    pub async fn post_sign_up(&self, fields: &[(&str, String)]) -> TestResponse {
        let (token, cookie) = self.anonymous_form("/dang-ky").await;
        let mut pairs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
        pairs.push(("csrf", &token));
        self.post_form("/dang-ky", &pairs, &cookie).await
    }

    /// Signs a job seeker up; returns the session cookie and its CSRF token.
    pub async fn sign_up_seeker(&self, email: &str, phone: &str) -> (String, String) {
        let response = self
            .post_sign_up(&seeker_sign_up_fields(email, phone))
            .await;
        assert_eq!(
            response.status,
            StatusCode::SEE_OTHER,
            "sign-up failed: {}",
            response.body
        );
        let cookie = cookie_pair(&response, "vl_session").expect("a session cookie");
        let token = cookie.trim_start_matches("vl_session=").to_owned();
        let mut conn = self.ctx.db.pool().acquire().await.expect("connection");
        let csrf: String = sqlx::query_scalar("SELECT csrf_token FROM sessions WHERE id_hash = $1")
            .bind(vieclam::services::auth::hash(&token))
            .fetch_one(&mut *conn)
            .await
            .expect("the session row");
        (cookie, csrf)
    }

    /// The (subject, text, HTML) of every queued e-mail to `address`, oldest first.
    pub async fn mail_to(&self, address: &str) -> Vec<(String, String, String)> {
        let mut conn = self.ctx.db.pool().acquire().await.expect("connection");
        sqlx::query_as(
            "SELECT subject, text_body, html_body FROM mail_outbox WHERE to_address = $1 ORDER BY id",
        )
        .bind(address)
        .fetch_all(&mut *conn)
        .await
        .expect("mail query")
    }

    /// A published posting of a test employer, with an optional deadline.
    pub async fn published_job(
        &self,
        title: &str,
        deadline: Option<time::Date>,
    ) -> vieclam::domain::ids::JobId {
        self.job_with_status(title, deadline, vieclam::domain::job::JobStatus::Published)
            .await
    }

    /// A posting of a test employer in the given status.
    pub async fn job_with_status(
        &self,
        title: &str,
        deadline: Option<time::Date>,
        status: vieclam::domain::job::JobStatus,
    ) -> vieclam::domain::ids::JobId {
        use vieclam::domain::job::{EmploymentType, NewJob, SalaryRange, Workplace};
        use vieclam::domain::values::Vnd;
        let mut conn = self.ctx.db.pool().acquire().await.expect("connection");
        let employer = vieclam::db::employers::insert(
            &mut conn,
            &vieclam::domain::employer::NewEmployer {
                name: "Công ty TNHH Vận tải Bắc Hà".into(),
                tax_code: None,
                sector: String::new(),
                overseas_licence_no: None,
                commune_code: Some("02635".into()),
                province_code: Some("10".into()),
                address: "Phường Duyên Hải".into(),
                phone: None,
                email: None,
                is_verified: true,
            },
            0,
        )
        .await
        .expect("employer");
        drop(conn);
        vieclam::services::jobs::create_job(
            &self.ctx,
            NewJob {
                employer_id: employer,
                external_ref: None,
                title: title.into(),
                description: "Làm việc tại Lào Cai, có chỗ ở.".into(),
                occupation_code: None,
                salary: SalaryRange::new(
                    Some(Vnd::new(8_000_000).expect("vnd")),
                    Some(Vnd::new(10_000_000).expect("vnd")),
                )
                .expect("range"),
                quantity: 5,
                workplace: Workplace::Commune("02635".into()),
                employment_type: EmploymentType::FullTime,
                deadline,
            },
            status,
        )
        .await
        .expect("job")
    }
}

/// A copy of the program's `reference/` folder at `dir/reference`, for tests
/// that edit reference files as a centre would.
pub fn copy_reference_folder(dir: &std::path::Path) -> std::path::PathBuf {
    let folder = dir.join("reference");
    std::fs::create_dir_all(&folder).expect("reference folder");
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("reference");
    for entry in std::fs::read_dir(&shipped).expect("reference files") {
        let path = entry.expect("entry").path();
        std::fs::copy(&path, folder.join(path.file_name().expect("name"))).expect("copy");
    }
    folder
}
