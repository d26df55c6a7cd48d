//! Who may use which route: every route of the site against anonymous
//! visitors and each role, and that sensitive fields (citizen ID, ethnicity,
//! household poverty status) never reach job seekers or employers.
//!
//! The table below must name every route in `src/web/paths.rs`; a test fails
//! when a route is added without saying who may use it.

use axum::http::StatusCode;
use vieclam::domain::user::Role;

use crate::helpers::TestApp;
use crate::portal_support::{self, Session};

/// Who is asking.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Who {
    Anonymous,
    Seeker,
    Employer,
    Officer,
    Staff,
    Admin,
}

const EVERYONE: &[Who] = &[
    Who::Anonymous,
    Who::Seeker,
    Who::Employer,
    Who::Officer,
    Who::Staff,
    Who::Admin,
];
const SEEKERS: &[Who] = &[Who::Seeker];
const EMPLOYERS: &[Who] = &[Who::Employer];
const STAFF: &[Who] = &[Who::Staff, Who::Admin];
const REGISTRARS: &[Who] = &[Who::Officer, Who::Staff, Who::Admin];
const SIGNED_IN: &[Who] = &[
    Who::Seeker,
    Who::Employer,
    Who::Officer,
    Who::Staff,
    Who::Admin,
];

/// How a route is used in the matrix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Use {
    /// A page: allowed roles get 200.
    Page,
    /// A page or link whose answer depends on its token (a bad token gets a
    /// clear page): allowed roles get anything but 401/403.
    TokenPage,
    /// A form posted by a signed-in user with the session's CSRF token:
    /// allowed roles get past authorisation (anything but 401/403).
    Form,
    /// A form posted before sign-in, with the CSRF cookie's token; checked
    /// for anonymous visitors.
    PublicForm,
}

/// One route: its pattern in paths.rs, a concrete path, and who may use it.
struct Route {
    pattern: &'static str,
    path: String,
    usage: Use,
    allowed: &'static [Who],
}

/// The people and records the matrix works on.
struct World {
    app: TestApp,
    sessions: Vec<(Who, Session)>,
    job: i64,
    employer_id: i64,
    application: i64,
    placement: i64,
    worker: i64,
    saved_search: i64,
}

const CITIZEN_ID: &str = "010198012345";
const HOUSEHOLD_CODE: &str = "HGD-010198012345";

async fn world() -> World {
    let app = TestApp::spawn().await;
    let staff = portal_support::staff(&app).await;
    let (employer, job) = portal_support::published_posting(
        &app,
        &staff,
        "0100109106",
        "tuyendung@example.com",
        "Tuyển công nhân lắp ráp điện tử",
    )
    .await;
    let employer_id = app.count("SELECT MAX(id) FROM employers").await;
    // A worker with sensitive data, registered by staff, who applies.
    let worker = portal_support::worker(
        &app,
        "Vàng Thị Dung",
        "02635",
        Some("dung@example.com"),
        CITIZEN_ID,
    )
    .await;
    let application = portal_support::application(&app, worker, job).await;
    let hired = employer
        .post(
            &app,
            &format!("/nha-tuyen-dung/tin/{job}/ung-vien/application/{application}"),
            &[("status", "hired")],
        )
        .await;
    assert_eq!(hired.status, StatusCode::SEE_OTHER, "{}", hired.body);
    let placement = app.count("SELECT MAX(id) FROM placements").await;
    assert!(placement > 0, "hiring records a placement");

    let (cookie, csrf) = app
        .sign_up_seeker("seeker@example.com", "0912 000 111")
        .await;
    let seeker = Session { cookie, csrf };
    let saved = seeker
        .post(
            &app,
            "/nguoi-tim-viec/tim-kiem-da-luu",
            &[
                ("query", "q=cong+nhan"),
                ("label", "Công nhân"),
                ("frequency", "daily"),
            ],
        )
        .await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
    let saved_search = app.count("SELECT MAX(id) FROM saved_searches").await;

    let officer =
        portal_support::signed_in(&app, Role::CommuneOfficer, "canboxa@example.com").await;
    let admin = portal_support::signed_in(&app, Role::Admin, "quantri@example.com").await;
    World {
        sessions: vec![
            (Who::Seeker, seeker),
            (Who::Employer, employer),
            (Who::Officer, officer),
            (Who::Staff, staff),
            (Who::Admin, admin),
        ],
        app,
        job,
        employer_id,
        application,
        placement,
        worker,
        saved_search,
    }
}

fn routes(w: &World) -> Vec<Route> {
    let job = w.job;
    let route = |pattern: &'static str, path: String, usage: Use, allowed: &'static [Who]| Route {
        pattern,
        path,
        usage,
        allowed,
    };
    let same = |pattern: &'static str, usage: Use, allowed: &'static [Who]| Route {
        pattern,
        path: pattern.to_owned(),
        usage,
        allowed,
    };
    vec![
        // Public pages and the API.
        same("/", Use::Page, EVERYONE),
        same("/viec-lam", Use::Page, EVERYONE),
        route(
            "/viec-lam/{id}",
            format!("/viec-lam/{job}"),
            Use::Page,
            EVERYONE,
        ),
        route(
            "/viec-lam/{id}/in",
            format!("/viec-lam/{job}/in"),
            Use::Page,
            EVERYONE,
        ),
        route(
            "/viec-lam/{id}/zalo",
            format!("/viec-lam/{job}/zalo"),
            Use::Page,
            EVERYONE,
        ),
        same("/healthz", Use::Page, EVERYONE),
        same("/static/site.css", Use::Page, EVERYONE),
        same("/api/v1/jobs", Use::Page, EVERYONE),
        route(
            "/api/v1/jobs/{id}",
            format!("/api/v1/jobs/{job}"),
            Use::Page,
            EVERYONE,
        ),
        same("/api/openapi.json", Use::Page, EVERYONE),
        // Accounts.
        same("/dang-nhap", Use::Page, EVERYONE),
        same("/dang-nhap", Use::PublicForm, EVERYONE),
        same("/dang-ky", Use::Page, EVERYONE),
        same("/dang-ky", Use::PublicForm, EVERYONE),
        same("/quen-mat-khau", Use::Page, EVERYONE),
        same("/quen-mat-khau", Use::PublicForm, EVERYONE),
        route(
            "/dat-lai-mat-khau/{token}",
            "/dat-lai-mat-khau/khong-dung".to_owned(),
            Use::TokenPage,
            EVERYONE,
        ),
        same("/nha-tuyen-dung/dang-ky", Use::Page, EVERYONE),
        same("/nha-tuyen-dung/dang-ky", Use::PublicForm, EVERYONE),
        same("/nhan-tai-khoan", Use::Page, EVERYONE),
        same("/nhan-tai-khoan", Use::PublicForm, EVERYONE),
        route(
            "/huy-nhan-tin/{token}",
            "/huy-nhan-tin/khong-dung".to_owned(),
            Use::TokenPage,
            EVERYONE,
        ),
        // The job seeker portal.
        same("/nguoi-tim-viec", Use::Page, SEEKERS),
        same("/nguoi-tim-viec/ho-so", Use::Page, SEEKERS),
        same("/nguoi-tim-viec/ho-so", Use::Form, SEEKERS),
        same("/nguoi-tim-viec/ung-tuyen", Use::Page, SEEKERS),
        route(
            "/nguoi-tim-viec/ung-tuyen/{id}/rut",
            format!("/nguoi-tim-viec/ung-tuyen/{}/rut", w.application),
            Use::Form,
            SEEKERS,
        ),
        route(
            "/viec-lam/{id}/ung-tuyen",
            format!("/viec-lam/{job}/ung-tuyen"),
            Use::Page,
            SEEKERS,
        ),
        route(
            "/viec-lam/{id}/ung-tuyen",
            format!("/viec-lam/{job}/ung-tuyen"),
            Use::Form,
            SEEKERS,
        ),
        same("/nguoi-tim-viec/tim-kiem-da-luu", Use::Page, SEEKERS),
        same("/nguoi-tim-viec/tim-kiem-da-luu", Use::Form, SEEKERS),
        route(
            "/nguoi-tim-viec/tim-kiem-da-luu/{id}/xoa",
            format!("/nguoi-tim-viec/tim-kiem-da-luu/{}/xoa", w.saved_search),
            Use::Form,
            SEEKERS,
        ),
        same("/nguoi-tim-viec/du-lieu", Use::Page, SEEKERS),
        same("/nguoi-tim-viec/du-lieu/tai-ve", Use::Page, SEEKERS),
        same("/nguoi-tim-viec/du-lieu/xoa-tai-khoan", Use::Form, SEEKERS),
        // The employer portal.
        same("/nha-tuyen-dung", Use::Page, EMPLOYERS),
        same("/nha-tuyen-dung/doanh-nghiep", Use::Page, EMPLOYERS),
        same("/nha-tuyen-dung/doanh-nghiep", Use::Form, EMPLOYERS),
        route(
            "/nha-tuyen-dung/tin/{id}",
            format!("/nha-tuyen-dung/tin/{job}"),
            Use::Page,
            EMPLOYERS,
        ),
        same("/nha-tuyen-dung/tin/moi", Use::Page, EMPLOYERS),
        same("/nha-tuyen-dung/tin/moi", Use::Form, EMPLOYERS),
        route(
            "/nha-tuyen-dung/tin/{id}/sua",
            format!("/nha-tuyen-dung/tin/{job}/sua"),
            Use::Page,
            EMPLOYERS,
        ),
        route(
            "/nha-tuyen-dung/tin/{id}/sua",
            format!("/nha-tuyen-dung/tin/{job}/sua"),
            Use::Form,
            EMPLOYERS,
        ),
        route(
            "/nha-tuyen-dung/tin/{id}/ung-vien",
            format!("/nha-tuyen-dung/tin/{job}/ung-vien"),
            Use::Page,
            EMPLOYERS,
        ),
        route(
            "/nha-tuyen-dung/tin/{id}/ung-vien/{source}/{candidate}",
            format!(
                "/nha-tuyen-dung/tin/{job}/ung-vien/application/{}",
                w.application
            ),
            Use::Form,
            EMPLOYERS,
        ),
        route(
            "/nha-tuyen-dung/tin/{id}/gui-duyet",
            format!("/nha-tuyen-dung/tin/{job}/gui-duyet"),
            Use::Form,
            EMPLOYERS,
        ),
        // Staff.
        same("/can-bo", Use::Page, STAFF),
        same("/can-bo/duyet-tin", Use::Page, STAFF),
        route(
            "/can-bo/tin/{id}",
            format!("/can-bo/tin/{job}"),
            Use::Page,
            STAFF,
        ),
        route(
            "/can-bo/tin/{id}/duyet",
            format!("/can-bo/tin/{job}/duyet"),
            Use::Form,
            STAFF,
        ),
        route(
            "/can-bo/tin/{id}/tra-lai",
            format!("/can-bo/tin/{job}/tra-lai"),
            Use::Form,
            STAFF,
        ),
        same("/can-bo/doanh-nghiep", Use::Page, STAFF),
        route(
            "/can-bo/doanh-nghiep/{id}/xac-minh",
            format!("/can-bo/doanh-nghiep/{}/xac-minh", w.employer_id),
            Use::Form,
            STAFF,
        ),
        route(
            "/can-bo/doanh-nghiep/{id}/tra-lai",
            format!("/can-bo/doanh-nghiep/{}/tra-lai", w.employer_id),
            Use::Form,
            STAFF,
        ),
        same("/can-bo/viec-lam-moi", Use::Page, STAFF),
        route(
            "/can-bo/viec-lam-moi/{id}/xac-nhan",
            format!("/can-bo/viec-lam-moi/{}/xac-nhan", w.placement),
            Use::Form,
            STAFF,
        ),
        route(
            "/can-bo/viec-lam-moi/{id}/tu-choi",
            format!("/can-bo/viec-lam-moi/{}/tu-choi", w.placement),
            Use::Form,
            STAFF,
        ),
        same("/can-bo/nhat-ky", Use::Page, STAFF),
        // The worker registry: staff, and commune officers for their commune.
        same("/can-bo/nguoi-lao-dong", Use::Page, REGISTRARS),
        same("/can-bo/nguoi-lao-dong/dang-ky", Use::Page, REGISTRARS),
        same("/can-bo/nguoi-lao-dong/dang-ky", Use::Form, REGISTRARS),
        route(
            "/can-bo/nguoi-lao-dong/{id}",
            format!("/can-bo/nguoi-lao-dong/{}", w.worker),
            Use::Page,
            REGISTRARS,
        ),
        // Closing a posting changes what other rows see: it comes last but one.
        route(
            "/nha-tuyen-dung/tin/{id}/dong",
            format!("/nha-tuyen-dung/tin/{job}/dong"),
            Use::Form,
            EMPLOYERS,
        ),
        // Signing out ends the sessions: it comes last.
        same("/dang-xuat", Use::Form, SIGNED_IN),
    ]
}

/// Every route pattern declared in src/web/paths.rs.
fn declared_routes() -> Vec<String> {
    let source = include_str!("../../src/web/paths.rs");
    source
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let rest = line.strip_prefix("pub const ")?;
            let (_, value) = rest.split_once("= \"")?;
            let value = value.strip_suffix("\";")?;
            value.starts_with('/').then(|| value.to_owned())
        })
        .collect()
}

fn denied(status: StatusCode) -> bool {
    matches!(
        status,
        StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN | StatusCode::NOT_FOUND
    )
}

impl World {
    fn session(&self, who: Who) -> Option<&Session> {
        self.sessions
            .iter()
            .find(|(w, _)| *w == who)
            .map(|(_, s)| s)
    }

    /// Requests `route` as `who`; returns the status and the body.
    async fn request(&self, route: &Route, who: Who) -> (StatusCode, String) {
        let response = match (route.usage, self.session(who)) {
            (Use::Page | Use::TokenPage, Some(session)) => {
                session.get(&self.app, &route.path).await
            }
            (Use::Page | Use::TokenPage, None) => self.app.get(&route.path).await,
            (Use::Form, Some(session)) => session.post(&self.app, &route.path, &[]).await,
            (Use::Form, None) => self.app.post_form(&route.path, &[], "").await,
            (Use::PublicForm, _) => {
                let (token, cookie) = self.app.anonymous_form(&route.path).await;
                self.app
                    .post_form(&route.path, &[("csrf", &token)], &cookie)
                    .await
            }
        };
        (response.status, response.body)
    }

    /// A fingerprint of the records the forms could change.
    async fn state(&self) -> Vec<String> {
        let mut conn = self.app.ctx.db.pool().acquire().await.expect("connection");
        let mut rows = Vec::new();
        for sql in [
            "SELECT id || ':' || status || ':' || COALESCE(closed_reason, '') FROM jobs ORDER BY id",
            "SELECT id || ':' || is_verified || ':' || review_note FROM employers ORDER BY id",
            "SELECT id || ':' || status FROM applications ORDER BY id",
            "SELECT id || ':' || COALESCE(verified_at, 0) FROM placements ORDER BY id",
            "SELECT id || ':' || is_active FROM saved_searches ORDER BY id",
            "SELECT id || ':' || full_name FROM workers ORDER BY id",
            "SELECT id || ':' || email FROM users WHERE email IS NOT NULL ORDER BY id",
            "SELECT CAST(COUNT(*) AS TEXT) FROM sessions",
        ] {
            let found: Vec<String> = sqlx::query_scalar(sql)
                .fetch_all(&mut *conn)
                .await
                .expect("state query");
            rows.extend(found);
        }
        rows
    }
}

#[tokio::test]
async fn every_route_is_in_the_access_matrix() {
    let app = TestApp::spawn().await;
    let w = World {
        app,
        sessions: Vec::new(),
        job: 1,
        employer_id: 1,
        application: 1,
        placement: 1,
        worker: 1,
        saved_search: 1,
    };
    let covered: Vec<&str> = routes(&w).iter().map(|r| r.pattern).collect();
    let missing: Vec<String> = declared_routes()
        .into_iter()
        .filter(|pattern| !covered.contains(&pattern.as_str()))
        .collect();
    assert!(
        missing.is_empty(),
        "routes without a row in the access matrix: {missing:?}"
    );
}

#[tokio::test]
async fn each_role_reaches_exactly_its_routes() {
    let w = world().await;
    let table = routes(&w);
    let mut wrong = Vec::new();

    // Refusals first, on pristine data: nothing a refused form asks for may
    // happen.
    let before = w.state().await;
    for route in &table {
        if route.usage == Use::PublicForm {
            continue;
        }
        for who in EVERYONE.iter().filter(|who| !route.allowed.contains(who)) {
            let (status, _) = w.request(route, *who).await;
            if !denied(status) {
                wrong.push(format!(
                    "{who:?} {:?} {} got {status}",
                    route.usage, route.path
                ));
            }
        }
    }
    assert_eq!(before, w.state().await, "a refused request changed data");

    // Then the roles each route is for.
    for route in &table {
        let allowed: Vec<Who> = match route.usage {
            Use::PublicForm => vec![Who::Anonymous],
            _ => route.allowed.to_vec(),
        };
        for who in allowed {
            let (status, body) = w.request(route, who).await;
            let ok = match route.usage {
                Use::Page => status == StatusCode::OK,
                Use::TokenPage | Use::Form | Use::PublicForm => {
                    !matches!(status, StatusCode::UNAUTHORIZED | StatusCode::FORBIDDEN)
                        && !status.is_server_error()
                }
            };
            if !ok {
                let excerpt: String = body.chars().take(200).collect();
                wrong.push(format!(
                    "{who:?} {:?} {} got {status}: {excerpt}",
                    route.usage, route.path
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "unexpected answers:\n{}",
        wrong.join("\n")
    );
}

#[tokio::test]
async fn job_seekers_and_employers_never_see_sensitive_fields() {
    let w = world().await;
    let table = routes(&w);
    let mut leaks = Vec::new();
    for who in [Who::Seeker, Who::Employer, Who::Anonymous] {
        for route in table
            .iter()
            .filter(|r| matches!(r.usage, Use::Page | Use::TokenPage))
        {
            let (_, body) = w.request(route, who).await;
            for secret in [CITIZEN_ID, HOUSEHOLD_CODE] {
                if body.contains(secret) {
                    leaks.push(format!("{who:?} saw {secret} at {}", route.path));
                }
            }
        }
    }
    // The employer's candidate list shows the worker, but not her ethnicity
    // or her household's poverty status.
    let employer = w.session(Who::Employer).expect("employer");
    let candidates = employer
        .get(&w.app, &format!("/nha-tuyen-dung/tin/{}/ung-vien", w.job))
        .await;
    assert!(
        candidates.body.contains("Vàng Thị Dung"),
        "{}",
        candidates.body
    );
    for label in ["Thái", "Hộ nghèo", "hộ nghèo", "poor household", "Dân tộc"] {
        if candidates.body.contains(label) {
            leaks.push(format!("the candidate list shows {label:?}"));
        }
    }
    // Staff do see them, and the read is audited.
    let staff = w.session(Who::Staff).expect("staff");
    let audits = w
        .app
        .count("SELECT COUNT(*) FROM audit_log WHERE action = 'read'")
        .await;
    let page = staff
        .get(&w.app, &format!("/can-bo/nguoi-lao-dong/{}", w.worker))
        .await;
    assert!(page.body.contains(CITIZEN_ID), "{}", page.body);
    assert!(
        w.app
            .count("SELECT COUNT(*) FROM audit_log WHERE action = 'read'")
            .await
            > audits,
        "the staff read was not audited"
    );
    assert!(leaks.is_empty(), "{}", leaks.join("\n"));
}
