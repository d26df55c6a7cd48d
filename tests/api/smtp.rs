//! Mail through a real SMTP server on loopback: Debian's python3-aiosmtpd
//! running `tests/support/smtp_server.py`, plain, with STARTTLS and login, and
//! with TLS from the first byte, its certificate signed by a CA made for the
//! test with the `openssl` command. The mail is the one a posting returned to
//! its employer sends.

use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::Value;
use sqlx::Row;
use vieclam::clock::{Clock, SharedClock};
use vieclam::config::{Config, MailConfig};
use vieclam::db::outbox;
use vieclam::domain::ids::JobId;
use vieclam::domain::job::JobStatus;
use vieclam::mail::Mailer;
use vieclam::mail::worker::run_once;

use crate::helpers::{TestApp, employer_posting};

const TITLE: &str = "Tuyển công nhân may";
const SUBJECT: &str =
    "Tin tuyển dụng cần chỉnh sửa / Your job posting needs changes: Tuyển công nhân may";
const USER: &str = "vieclam-relay";
const PASSWORD: &str = "mật khẩu của máy chủ thư 2024";

/// A CA and a server certificate for `localhost` and 127.0.0.1 signed by it.
struct Certificates {
    _dir: tempfile::TempDir,
    ca: PathBuf,
    cert: PathBuf,
    key: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let output = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|err| {
            panic!("the SMTP tests need the openssl command (apt-get install openssl): {err}")
        });
    assert!(
        output.status.success(),
        "openssl {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
}

fn certificates() -> Certificates {
    let dir = tempfile::tempdir().expect("temp dir");
    let p = dir.path();
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    let mut ca_args = vec!["req", "-x509"];
    ca_args.extend_from_slice(&ec);
    ca_args.extend_from_slice(&[
        "-keyout",
        "ca.key",
        "-out",
        "ca.pem",
        "-days",
        "2",
        "-subj",
        "/CN=vieclam test CA",
        "-addext",
        "basicConstraints=critical,CA:TRUE",
        "-addext",
        "keyUsage=critical,keyCertSign,cRLSign",
    ]);
    openssl(p, &ca_args);
    let mut csr_args = vec!["req"];
    csr_args.extend_from_slice(&ec);
    csr_args.extend_from_slice(&[
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    openssl(p, &csr_args);
    std::fs::write(
        p.join("server.ext"),
        "subjectAltName=DNS:localhost,IP:127.0.0.1\nbasicConstraints=critical,CA:FALSE\n\
         keyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
    )
    .expect("extensions file");
    openssl(
        p,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.pem",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-days",
            "2",
            "-extfile",
            "server.ext",
            "-out",
            "server.pem",
        ],
    );
    Certificates {
        ca: p.join("ca.pem"),
        cert: p.join("server.pem"),
        key: p.join("server.key"),
        _dir: dir,
    }
}

/// A Python that has Debian's aiosmtpd. The system one comes first: a
/// Python of a version manager on `PATH` does not see Debian's packages.
fn python_with_aiosmtpd() -> PathBuf {
    ["/usr/bin/python3", "python3"]
        .into_iter()
        .map(PathBuf::from)
        .find(|python| {
            Command::new(python)
                .args(["-c", "import aiosmtpd"])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        })
        .unwrap_or_else(|| {
            panic!("the SMTP tests need python3 with aiosmtpd: apt-get install python3-aiosmtpd")
        })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Security {
    Plain,
    StartTls,
    Tls,
}

/// The test SMTP server, killed when dropped.
struct SmtpServer {
    child: Child,
    port: u16,
    out: tempfile::TempDir,
}

impl SmtpServer {
    fn start(security: Security, certs: Option<&Certificates>, login: bool) -> Self {
        let out = tempfile::tempdir().expect("temp dir");
        let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/smtp_server.py");
        let stderr_path = out.path().join("server.log");
        let mut command = Command::new(python_with_aiosmtpd());
        command
            .arg(&script)
            .arg("--mode")
            .arg(match security {
                Security::Plain => "plain",
                Security::StartTls => "starttls",
                Security::Tls => "tls",
            })
            .arg("--out")
            .arg(out.path())
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(std::fs::File::create(&stderr_path).expect("log file"));
        if let Some(certs) = certs {
            command.arg("--cert").arg(&certs.cert);
            command.arg("--key").arg(&certs.key);
        }
        if login {
            command.args(["--user", USER, "--password", PASSWORD]);
        }
        let mut child = command.spawn().expect("start the SMTP server");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = std::io::BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
        let port = line
            .strip_prefix("LISTENING ")
            .and_then(|p| p.trim().parse::<u16>().ok());
        let Some(port) = port else {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "the SMTP server did not start (said {line:?}): {}",
                std::fs::read_to_string(&stderr_path).unwrap_or_default()
            );
        };
        Self { child, port, out }
    }

    /// The messages accepted so far, in order.
    fn received(&self) -> Vec<Value> {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(self.out.path())
            .expect("output folder")
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "json"))
            .collect();
        paths.sort();
        paths
            .iter()
            .map(|p| {
                serde_json::from_str(&std::fs::read_to_string(p).expect("message file"))
                    .expect("JSON")
            })
            .collect()
    }

    /// The mailer settings that reach this server.
    fn mail_config(
        &self,
        security: Security,
        certs: Option<&Certificates>,
        login: bool,
    ) -> MailConfig {
        let mut vars: Vec<(&str, String)> = vec![
            ("VIECLAM_MAIL_TRANSPORT", "smtp".to_owned()),
            (
                "VIECLAM_MAIL_FROM",
                "Trung tâm Dịch vụ việc làm <vieclam@example.vn>".to_owned(),
            ),
            ("VIECLAM_SMTP_HOST", "localhost".to_owned()),
            ("VIECLAM_SMTP_PORT", self.port.to_string()),
            (
                "VIECLAM_SMTP_SECURITY",
                match security {
                    Security::Plain => "none",
                    Security::StartTls => "starttls",
                    Security::Tls => "tls",
                }
                .to_owned(),
            ),
        ];
        if let Some(certs) = certs {
            vars.push(("VIECLAM_SMTP_CA_FILE", certs.ca.display().to_string()));
        }
        if login {
            vars.push(("VIECLAM_SMTP_USERNAME", USER.to_owned()));
            vars.push(("VIECLAM_SMTP_PASSWORD", PASSWORD.to_owned()));
        }
        Config::load(None, |key| {
            vars.iter().find(|(k, _)| *k == key).map(|(_, v)| v.clone())
        })
        .expect("SMTP configuration")
        .mail
    }
}

impl Drop for SmtpServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Returns a submitted posting of an employer at `email` to them, which
/// queues the mail; gives the posting's id.
async fn return_posting(app: &TestApp, email: &str) -> JobId {
    let id = employer_posting(app, TITLE, Some(email), JobStatus::Submitted).await;
    vieclam::services::moderation::return_to_employer(
        &app.ctx,
        id,
        "Xin ghi rõ địa chỉ nơi làm việc và giờ làm.",
        &app.config.public_url,
    )
    .await
    .expect("return the posting");
    id
}

/// The outbox row: status, attempts, last error, next attempt.
async fn outbox_row(app: &TestApp) -> (String, i64, String, i64) {
    let mut conn = app.ctx.db.pool().acquire().await.expect("connection");
    let row = sqlx::query(
        "SELECT status, attempts, last_error, next_attempt_at FROM mail_outbox ORDER BY id",
    )
    .fetch_one(&mut *conn)
    .await
    .expect("one outbox row");
    (
        row.get("status"),
        row.get("attempts"),
        row.get("last_error"),
        row.get("next_attempt_at"),
    )
}

async fn deliver(app: &TestApp, mailer: &Mailer, worker: &str) -> usize {
    let clock: SharedClock = app.clock.clone();
    run_once(&app.ctx.db, mailer, &clock, worker)
        .await
        .expect("a worker pass")
}

/// The returned-posting mail, as the server received it.
fn assert_is_the_returned_posting_mail(app: &TestApp, id: JobId, message: &Value, to: &str) {
    assert_eq!(message["rcpt_tos"], serde_json::json!([to]), "{message}");
    assert_eq!(message["to"], to);
    assert_eq!(message["mail_from"], "vieclam@example.vn");
    assert_eq!(
        message["subject"], SUBJECT,
        "the subject decodes from RFC 2047"
    );
    let raw = message["raw"].as_str().unwrap_or_default();
    let subject_header: String = raw
        .split("\r\n")
        .skip_while(|line| !line.starts_with("Subject:"))
        .take_while(|line| line.starts_with("Subject:") || line.starts_with(' '))
        .collect();
    assert!(
        subject_header.contains("=?utf-8?b?") && subject_header.is_ascii(),
        "the subject travels RFC 2047 encoded: {subject_header}"
    );
    // The link to the posting: an absolute URL on the portal naming the posting.
    let text = message["text"].as_str().unwrap_or_default();
    let link = text
        .split_whitespace()
        .find(|w| w.starts_with(&app.config.public_url))
        .unwrap_or_else(|| panic!("no link to {} in {text}", app.config.public_url));
    assert!(
        link.split('/').any(|segment| segment == id.to_string()),
        "the link {link} names posting {id}"
    );
    assert!(text.contains("Xin ghi rõ địa chỉ nơi làm việc"), "{text}");
    let html = message["html"].as_str().unwrap_or_default();
    assert!(html.contains(&format!("href=\"{link}\"")), "{html}");
}

#[tokio::test]
async fn a_returned_posting_is_mailed_over_plain_smtp_and_never_twice_across_a_restart() {
    let app = TestApp::spawn().await;
    let server = SmtpServer::start(Security::Plain, None, false);
    let config = server.mail_config(Security::Plain, None, false);
    let id = return_posting(&app, "tuyendung@example.com").await;

    let mailer = Mailer::from_config(&config).expect("mailer");
    assert_eq!(deliver(&app, &mailer, "instance-1").await, 1);
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_is_the_returned_posting_mail(&app, id, &received[0], "tuyendung@example.com");
    assert_eq!(received[0]["tls"], false);
    assert_eq!(outbox_row(&app).await.0, "sent");

    // A restarted program: a new mailer, another worker name, a day later.
    let restarted = Mailer::from_config(&config).expect("mailer");
    app.clock.advance(24 * 3600);
    assert_eq!(deliver(&app, &restarted, "instance-2").await, 0);
    assert_eq!(server.received().len(), 1, "sent once only");
}

#[tokio::test]
async fn a_message_claimed_by_a_crashed_worker_goes_out_once_after_its_claim_times_out() {
    let app = TestApp::spawn().await;
    let server = SmtpServer::start(Security::Plain, None, false);
    let mailer =
        Mailer::from_config(&server.mail_config(Security::Plain, None, false)).expect("mailer");
    return_posting(&app, "tuyendung@example.com").await;
    // A worker claims the message and dies before it talks to the server.
    {
        let mut tx = app.ctx.db.begin().await.expect("tx");
        let claimed = outbox::claim_due_mail(
            &mut tx,
            app.ctx.db.backend(),
            "crashed",
            app.clock.unix(),
            10,
        )
        .await
        .expect("claim");
        tx.commit().await.expect("commit");
        assert_eq!(claimed.len(), 1);
    }
    assert_eq!(
        deliver(&app, &mailer, "restarted").await,
        0,
        "a fresh claim is left alone"
    );
    assert!(server.received().is_empty());
    app.clock.advance(outbox::CLAIM_TIMEOUT_SECS + 1);
    assert_eq!(deliver(&app, &mailer, "restarted").await, 1);
    assert_eq!(deliver(&app, &mailer, "restarted").await, 0);
    assert_eq!(server.received().len(), 1);
    let (status, attempts, _, _) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("sent", 2));
}

#[tokio::test]
async fn starttls_with_a_private_ca_and_a_login_delivers() {
    let app = TestApp::spawn().await;
    let certs = certificates();
    let server = SmtpServer::start(Security::StartTls, Some(&certs), true);
    let mailer = Mailer::from_config(&server.mail_config(Security::StartTls, Some(&certs), true))
        .expect("mailer");
    let id = return_posting(&app, "nhansu@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 1);
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_is_the_returned_posting_mail(&app, id, &received[0], "nhansu@example.com");
    assert_eq!(received[0]["tls"], true);
    assert_eq!(received[0]["login"], USER);
}

#[tokio::test]
async fn implicit_tls_with_a_login_delivers() {
    let app = TestApp::spawn().await;
    let certs = certificates();
    let server = SmtpServer::start(Security::Tls, Some(&certs), true);
    let mailer = Mailer::from_config(&server.mail_config(Security::Tls, Some(&certs), true))
        .expect("mailer");
    let id = return_posting(&app, "nhansu@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 1);
    let received = server.received();
    assert_eq!(received.len(), 1);
    assert_is_the_returned_posting_mail(&app, id, &received[0], "nhansu@example.com");
    assert_eq!(received[0]["tls"], true);
    assert_eq!(received[0]["login"], USER);
}

#[tokio::test]
async fn a_certificate_outside_the_trusted_roots_is_refused_and_retried_later() {
    let app = TestApp::spawn().await;
    let certs = certificates();
    let server = SmtpServer::start(Security::StartTls, Some(&certs), true);
    // Without the CA file only the built-in public roots are trusted.
    let mailer =
        Mailer::from_config(&server.mail_config(Security::StartTls, None, true)).expect("mailer");
    return_posting(&app, "nhansu@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    assert!(server.received().is_empty());
    let (status, attempts, error, next) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1), "{error}");
    assert!(error.contains("UnknownIssuer"), "{error}");
    assert_eq!(next, app.clock.unix() + 30);
}

#[tokio::test]
async fn a_refused_login_keeps_the_mail_for_a_later_try() {
    let app = TestApp::spawn().await;
    let certs = certificates();
    let server = SmtpServer::start(Security::StartTls, Some(&certs), true);
    let mut config = server.mail_config(Security::StartTls, Some(&certs), true);
    if let vieclam::config::MailTransport::Smtp(smtp) = &mut config.transport {
        smtp.credentials = Some((
            USER.to_owned(),
            vieclam::config::Secret::new("not the password"),
        ));
    }
    let mailer = Mailer::from_config(&config).expect("mailer");
    return_posting(&app, "nhansu@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    assert!(server.received().is_empty());
    let (status, attempts, error, next) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1), "{error}");
    assert!(error.contains("535"), "{error}");
    assert_eq!(next, app.clock.unix() + 30);
}

#[tokio::test]
async fn a_bounced_recipient_fails_at_once_with_the_servers_reason() {
    let app = TestApp::spawn().await;
    let server = SmtpServer::start(Security::Plain, None, false);
    let mailer =
        Mailer::from_config(&server.mail_config(Security::Plain, None, false)).expect("mailer");
    return_posting(&app, "bounce-hr@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    let (status, attempts, error, _) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("failed", 1));
    assert!(
        error.contains("550") && error.contains("Recipient address rejected"),
        "the server's reason is recorded: {error}"
    );
    app.clock.advance(24 * 3600);
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    assert_eq!(outbox_row(&app).await.1, 1, "no second attempt");
    assert!(server.received().is_empty());
}

#[tokio::test]
async fn a_temporary_refusal_is_retried_with_backoff() {
    let app = TestApp::spawn().await;
    let server = SmtpServer::start(Security::Plain, None, false);
    let mailer =
        Mailer::from_config(&server.mail_config(Security::Plain, None, false)).expect("mailer");
    return_posting(&app, "later-hr@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    let (status, attempts, error, next) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    assert!(error.contains("451"), "{error}");
    assert_eq!(next, app.clock.unix() + 30);
    app.clock.advance(30);
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    let (status, attempts, _, next) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 2));
    assert_eq!(next, app.clock.unix() + 60, "the wait doubles");
}

#[tokio::test]
async fn a_refused_connection_is_retried_with_backoff() {
    let app = TestApp::spawn().await;
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        listener.local_addr().expect("address").port()
    };
    let config = Config::load(None, |key| match key {
        "VIECLAM_MAIL_TRANSPORT" => Some("smtp".to_owned()),
        "VIECLAM_SMTP_HOST" => Some("127.0.0.1".to_owned()),
        "VIECLAM_SMTP_PORT" => Some(port.to_string()),
        "VIECLAM_SMTP_SECURITY" => Some("none".to_owned()),
        _ => None,
    })
    .expect("configuration");
    let mailer = Mailer::from_config(&config.mail).expect("mailer");
    return_posting(&app, "tuyendung@example.com").await;
    assert_eq!(deliver(&app, &mailer, "w").await, 0);
    let (status, attempts, _, next) = outbox_row(&app).await;
    assert_eq!((status.as_str(), attempts), ("pending", 1));
    assert_eq!(next, app.clock.unix() + 30);
}
