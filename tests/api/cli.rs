//! The real `vieclam` binary: configuration errors, accounts, and SIGTERM.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::helpers::{TestApp, copy_reference_folder};

fn vieclam(dir: &std::path::Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vieclam"));
    command
        .current_dir(dir)
        .env_remove("DATABASE_URL")
        .env_remove("VIECLAM_DATABASE_URL")
        .env_remove("VIECLAM_CONFIG")
        .env("VIECLAM_DATA_DIR", dir.join("data"))
        .env("VIECLAM_INDEX_DIR", dir.join("index"))
        .env("RUST_LOG", "warn")
        .stdin(Stdio::null());
    command
}

#[test]
fn a_bad_database_url_stops_with_one_sentence_naming_the_setting() {
    let dir = tempfile::tempdir().expect("dir");
    let output = vieclam(dir.path())
        .arg("migrate")
        .env("DATABASE_URL", "mysql://localhost/vieclam")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("database_url"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
}

#[test]
fn a_database_that_cannot_be_opened_is_named() {
    let dir = tempfile::tempdir().expect("dir");
    let url = format!("sqlite://{}/missing.db?mode=ro", dir.path().display());
    let output = vieclam(dir.path())
        .arg("migrate")
        .env("DATABASE_URL", &url)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("cannot open the database"), "{stderr}");
    assert!(stderr.contains("missing.db"), "{stderr}");
}

/// Runs `vieclam migrate` with a copy of the reference folder in which
/// `file` says `contents`: it must fail before creating the database.
/// Returns what it printed on standard error.
fn migrate_with_broken_reference(file: &str, contents: &str) -> String {
    let dir = tempfile::tempdir().expect("dir");
    let reference = copy_reference_folder(dir.path());
    std::fs::write(reference.join(file), contents).expect("write");
    let output = vieclam(dir.path())
        .arg("migrate")
        .env("VIECLAM_REFERENCE_DIR", &reference)
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(1));
    assert!(
        !dir.path().join("data").join("vieclam.db").exists(),
        "no database was created"
    );
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn a_broken_reference_file_stops_before_anything_is_written() {
    let stderr =
        migrate_with_broken_reference("holidays.toml", "[[holiday]]\ndate = \"2024-13-45\"\n");
    assert!(stderr.contains("holidays.toml"), "{stderr}");
}

#[test]
fn a_broken_synonyms_file_stops_before_anything_is_written() {
    let stderr = migrate_with_broken_reference(
        "search-synonyms.toml",
        "[[group]]\nterms = [\"tài xế\", \"lái xe\"]\n\n[[group]]\nterms = []\n",
    );
    assert!(stderr.contains("search-synonyms.toml"), "{stderr}");
    assert!(stderr.contains("group 2 has no members"), "{stderr}");
}

#[tokio::test]
async fn user_add_reads_the_password_from_stdin_and_never_from_arguments() {
    let app = TestApp::spawn().await;
    let url = app.config.database.expose().to_owned();
    let run = |password: &str, email: &str| {
        let mut child = vieclam(app.dir.path())
            .args([
                "user",
                "add",
                "--role",
                "staff",
                "--name",
                "Giàng Seo Phử",
                "--email",
                email,
            ])
            .env("DATABASE_URL", &url)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(format!("{password}\n").as_bytes())
            .expect("write password");
        child.wait_with_output().expect("wait")
    };
    // Blocking here is fine: the child process does the work.
    let ok = run("hai con trau tren doi", "phu@laocai.gov.vn");
    assert!(
        ok.status.success(),
        "{}",
        String::from_utf8_lossy(&ok.stderr)
    );
    let weak = run("12345678", "other@laocai.gov.vn");
    assert_eq!(weak.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&weak.stderr).contains("password"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM users WHERE role = 'staff'")
            .await,
        1
    );
}

#[test]
fn serve_stops_cleanly_on_sigterm() {
    let dir = tempfile::tempdir().expect("dir");
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port();
    let mut child = vieclam(dir.path())
        .arg("serve")
        .env("VIECLAM_BIND", format!("127.0.0.1:{port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn");
    let started = Instant::now();
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let status = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    let deadline = Instant::now() + Duration::from_secs(20);
    let exit = loop {
        if let Some(exit) = child.try_wait().expect("wait") {
            break exit;
        }
        assert!(Instant::now() < deadline, "server did not stop on SIGTERM");
        std::thread::sleep(Duration::from_millis(100));
    };
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stderr.take() {
        use std::io::Read;
        let _ = pipe.read_to_string(&mut stderr);
    }
    assert!(exit.success(), "{stderr}");
    assert!(dir.path().join("data").join("vieclam.db").exists());
}
