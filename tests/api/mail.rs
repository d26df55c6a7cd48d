use std::sync::Arc;
use vieclam::clock::Clock;

use vieclam::clock::SharedClock;
use vieclam::db::outbox::{self, NewMail};
use vieclam::mail::Mailer;
use vieclam::mail::worker::run_once;

use crate::helpers::TestApp;

fn welcome(to: &str, key: &str) -> NewMail {
    NewMail {
        dedupe_key: Some(key.to_owned()),
        to: to.to_owned(),
        subject: "Chào mừng đến với Việc làm Lào Cai / Welcome".to_owned(),
        text_body: "Xin chào! Đăng nhập tại http://127.0.0.1:8080/".to_owned(),
        html_body: "<p>Xin chào!</p>".to_owned(),
    }
}

#[tokio::test]
async fn queued_mail_is_written_once_as_an_eml_file() {
    let app = TestApp::spawn().await;
    let mailer = Mailer::from_config(&app.config.mail).expect("mailer");
    let clock: SharedClock = app.clock.clone();
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        assert!(
            outbox::enqueue_mail(
                &mut conn,
                &welcome("nld@example.com", "welcome-1"),
                app.clock.unix()
            )
            .await
            .expect("queue")
        );
        assert!(
            !outbox::enqueue_mail(
                &mut conn,
                &welcome("nld@example.com", "welcome-1"),
                app.clock.unix()
            )
            .await
            .expect("queue")
        );
    }
    assert_eq!(
        run_once(&app.ctx.db, &mailer, &clock, "test")
            .await
            .expect("pass"),
        1
    );
    assert_eq!(
        run_once(&app.ctx.db, &mailer, &clock, "test")
            .await
            .expect("pass"),
        0,
        "never sent twice"
    );
    let dir = app.dir.path().join("mail");
    let files: Vec<_> = std::fs::read_dir(&dir)
        .expect("mail folder")
        .filter_map(Result::ok)
        .collect();
    assert_eq!(files.len(), 1);
    let text = std::fs::read_to_string(files[0].path()).expect("eml");
    assert!(text.contains("To: nld@example.com"), "{text}");
    assert!(text.contains("Subject: "), "{text}");
    // Delivered bodies are cleared; the record of what was sent stays.
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM mail_outbox WHERE status = 'sent' AND text_body = '' \
             AND html_body = '' AND subject <> '' AND to_address = 'nld@example.com'"
        )
        .await,
        1
    );
}

#[tokio::test]
async fn an_undeliverable_address_fails_without_retrying() {
    let app = TestApp::spawn().await;
    let mailer = Mailer::from_config(&app.config.mail).expect("mailer");
    let clock: SharedClock = Arc::clone(&app.clock) as SharedClock;
    {
        let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
        outbox::enqueue_mail(
            &mut conn,
            &welcome("khong phai dia chi", "bad-1"),
            app.clock.unix(),
        )
        .await
        .expect("queue");
    }
    assert_eq!(
        run_once(&app.ctx.db, &mailer, &clock, "test")
            .await
            .expect("pass"),
        0
    );
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let counts = outbox::mail_status_counts(&mut conn).await.expect("counts");
    assert_eq!(counts, vec![("failed".to_owned(), 1)]);
}
