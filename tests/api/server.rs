use std::io::{Read, Write};

use crate::helpers::TestApp;

fn http_get(addr: std::net::SocketAddr, path: &str) -> std::io::Result<String> {
    let mut stream = std::net::TcpStream::connect(addr)?;
    stream.set_read_timeout(Some(std::time::Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    Ok(response)
}

#[tokio::test]
async fn the_server_answers_on_a_real_socket_and_stops_cleanly() {
    let app = TestApp::spawn().await;
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
    let addr = running.addr;
    let response = tokio::task::spawn_blocking(move || http_get(addr, "/healthz"))
        .await
        .expect("join")
        .expect("request");
    assert!(response.starts_with("HTTP/1.1 200"), "{response}");
    assert!(
        response.to_ascii_lowercase().contains("x-request-id:"),
        "{response}"
    );
    tokio::time::timeout(std::time::Duration::from_secs(10), running.stop())
        .await
        .expect("stops within 10 s")
        .expect("clean stop");
    assert!(
        std::net::TcpStream::connect(addr).is_err(),
        "the port is closed after stop"
    );
}
