#![allow(clippy::unwrap_used, clippy::expect_used)]
//! The pages in a real headless Chromium (Debian's `chromium` and
//! `chromium-driver`): the whole program serving on a loopback socket, on a
//! fresh database (SQLite, or PostgreSQL when `VIECLAM_TEST_POSTGRES` is
//! set), driven over the W3C WebDriver protocol as people would use it, in a
//! window as wide as a small phone (360 px). Every page a flow passes through
//! is checked for sideways scrolling, and the last page of each flow is saved
//! as a PNG under `target/browser-screenshots/`.

// The API tests' `TestApp`; this target uses only part of it.
#[allow(dead_code)]
#[path = "../api/helpers.rs"]
mod helpers;
mod webdriver;

mod employer;
mod print;
mod seeker;
mod staff;

use std::time::{Duration, Instant};

use vieclam::app::RunningApp;

use crate::helpers::TestApp;
use crate::webdriver::Browser;

/// One Chromium at a time: the machines that run the suite have two cores.
static ONE_BROWSER: tokio::sync::Mutex<()> = tokio::sync::Mutex::const_new(());

/// The program serving `app` on a real socket, with its mail and search workers.
pub struct Site {
    pub app: TestApp,
    pub base: String,
    running: Option<RunningApp>,
}

impl Site {
    pub async fn start(app: TestApp) -> Self {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind");
        let addr = listener.local_addr().expect("address");
        let mut config = app.config.clone();
        config.public_url = format!("http://{addr}");
        let running = vieclam::app::start(
            &config,
            app.ctx.clone(),
            app.search.clone(),
            listener,
            false,
        )
        .expect("start the server");
        Self {
            app,
            base: config.public_url,
            running: Some(running),
        }
    }

    /// The absolute address of `path` on this site.
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// Stops the server and its workers.
    pub async fn stop(mut self) {
        if let Some(running) = self.running.take() {
            tokio::time::timeout(Duration::from_secs(20), running.stop())
                .await
                .expect("the server stops")
                .expect("a clean stop");
        }
    }
}

/// Runs `flow` with the browser to itself.
pub async fn one_browser_at_a_time() -> tokio::sync::MutexGuard<'static, ()> {
    ONE_BROWSER.lock().await
}

/// Waits until `check` holds, up to ten seconds.
pub async fn eventually<F, Fut>(what: &str, mut check: F)
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = bool>,
{
    let deadline = Instant::now() + Duration::from_secs(10);
    while !check().await {
        assert!(Instant::now() < deadline, "gave up waiting: {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Signs in through the sign-in form.
pub async fn sign_in(browser: &Browser, site: &Site, login: &str, password: &str) {
    browser.goto(&site.url(vieclam::web::paths::SIGN_IN)).await;
    browser.assert_fits_a_phone().await;
    browser.fill_field("input[name=login]", login).await;
    browser.fill_field("input[name=password]", password).await;
    let button = browser.find("main form button[type=submit]").await;
    browser.click(&button).await;
    let sign_in_path = vieclam::web::paths::SIGN_IN;
    eventually("signed in", || async {
        !browser.url().await.contains(sign_in_path)
    })
    .await;
}
