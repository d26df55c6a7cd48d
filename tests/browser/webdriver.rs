//! A small W3C WebDriver client: Debian's chromedriver driving headless
//! Chromium, spoken to in HTTP/1.1 over a plain TCP connection with JSON
//! bodies. Only the commands the tests use.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// The key under which WebDriver names an element.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

/// The width of the small phone screens the pages are checked at.
pub const PHONE_WIDTH: i64 = 360;

fn find_program(candidates: &[&str], package: &str) -> PathBuf {
    for candidate in candidates {
        let path = Path::new(candidate);
        if path.is_absolute() {
            if path.exists() {
                return path.to_path_buf();
            }
        } else if let Some(found) = std::env::var_os("PATH").and_then(|paths| {
            std::env::split_paths(&paths)
                .map(|dir| dir.join(candidate))
                .find(|p| p.exists())
        }) {
            return found;
        }
    }
    panic!(
        "the browser tests need {} (apt-get install {package})",
        candidates.join(" or ")
    );
}

/// A running chromedriver with one browser session; both end when dropped.
pub struct Browser {
    driver: Child,
    base: String,
    session: String,
}

/// An element of the current page.
#[derive(Debug, Clone)]
pub struct Element(String);

impl Browser {
    /// Starts chromedriver on a free port and opens headless Chromium with
    /// a screen `PHONE_WIDTH` pixels wide.
    pub async fn start() -> Self {
        let chromium = find_program(&["/usr/bin/chromium", "chromium"], "chromium");
        let chromedriver = find_program(
            &["/usr/bin/chromedriver", "chromedriver"],
            "chromium-driver",
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let driver = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let mut browser = Self {
            driver,
            base: format!("127.0.0.1:{port}"),
            session: String::new(),
        };
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            match browser.request("GET", "/status", None).await {
                Ok(status) if status["value"]["ready"] == true => break,
                _ if Instant::now() > deadline => panic!("chromedriver did not become ready"),
                _ => tokio::time::sleep(Duration::from_millis(100)).await,
            }
        }
        let capabilities = json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": chromium,
                    "args": [
                        "--headless=new",
                        "--no-sandbox",
                        "--disable-gpu",
                        "--disable-dev-shm-usage",
                        "--disable-extensions",
                        "--no-first-run",
                        "--lang=vi",
                    ],
                    // A desktop window is at least 500 px wide even when
                    // headless; emulating a phone's screen gives 360.
                    "mobileEmulation": { "deviceMetrics": {
                        "width": PHONE_WIDTH, "height": 800, "pixelRatio": 1.0,
                        "mobile": true, "touch": true,
                    }},
                },
            }}
        });
        let created = browser
            .request("POST", "/session", Some(&capabilities))
            .await
            .unwrap_or_else(|err| panic!("no browser session: {err}"));
        browser.session = created["value"]["sessionId"]
            .as_str()
            .expect("a session id")
            .to_owned();
        browser
    }

    /// Sends one command and returns the response's JSON; a WebDriver error is an `Err`.
    async fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&Value>,
    ) -> Result<Value, String> {
        let body = body.map(Value::to_string).unwrap_or_default();
        let mut stream = TcpStream::connect(&self.base)
            .await
            .map_err(|e| format!("connect to chromedriver: {e}"))?;
        let head = format!(
            "{method} {path} HTTP/1.1\r\nHost: {}\r\nContent-Type: application/json; charset=utf-8\r\n\
             Content-Length: {}\r\nConnection: close\r\n\r\n",
            self.base,
            body.len()
        );
        stream
            .write_all(head.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        stream
            .write_all(body.as_bytes())
            .await
            .map_err(|e| e.to_string())?;
        let (head, body) =
            tokio::time::timeout(Duration::from_secs(60), read_response(&mut stream))
                .await
                .map_err(|_| format!("{method} {path}: no answer within 60 s"))?
                .map_err(|e| format!("{method} {path}: {e}"))?;
        let value: Value = serde_json::from_slice(&body).map_err(|e| {
            format!(
                "{method} {path}: not JSON ({e}): {}",
                String::from_utf8_lossy(&body)
            )
        })?;
        let status_ok = head.starts_with("http/1.1 2");
        if status_ok {
            Ok(value)
        } else {
            Err(format!(
                "{method} {path}: {} {}",
                value["value"]["error"], value["value"]["message"]
            ))
        }
    }

    async fn command(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let path = format!("/session/{}{path}", self.session);
        match self.request(method, &path, body.as_ref()).await {
            Ok(value) => value["value"].clone(),
            Err(err) => panic!("{err}"),
        }
    }

    /// Opens `url` and waits for the page to load.
    pub async fn goto(&self, url: &str) {
        self.command("POST", "/url", Some(json!({ "url": url })))
            .await;
    }

    /// The address of the current page.
    pub async fn url(&self) -> String {
        self.command("GET", "/url", None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The elements matching a CSS selector, in document order.
    pub async fn find_all(&self, css: &str) -> Vec<Element> {
        let found = self
            .command(
                "POST",
                "/elements",
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await;
        elements(&found)
    }

    /// The one element matching a CSS selector, waiting up to five seconds
    /// for it; panics when there is none.
    pub async fn find(&self, css: &str) -> Element {
        // A page still loading after a click may not have it yet.
        let deadline = Instant::now() + Duration::from_secs(5);
        let mut found = self.find_all(css).await.into_iter().next();
        while found.is_none() && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(100)).await;
            found = self.find_all(css).await.into_iter().next();
        }
        match found {
            Some(element) => element,
            None => {
                let page = self
                    .script("return location.href + '\\n' + document.documentElement.outerHTML.slice(0, 2500);")
                    .await;
                panic!(
                    "no element matches {css} on {}",
                    page.as_str().unwrap_or_default()
                )
            }
        }
    }

    /// The elements matching a CSS selector inside `parent`.
    pub async fn find_in(&self, parent: &Element, css: &str) -> Vec<Element> {
        let found = self
            .command(
                "POST",
                &format!("/element/{}/elements", parent.0),
                Some(json!({ "using": "css selector", "value": css })),
            )
            .await;
        elements(&found)
    }

    /// The visible text of an element.
    pub async fn text(&self, element: &Element) -> String {
        self.command("GET", &format!("/element/{}/text", element.0), None)
            .await
            .as_str()
            .unwrap_or_default()
            .to_owned()
    }

    /// The visible texts of all elements matching a CSS selector, read in
    /// one step, so a page that is being replaced cannot leave stale elements.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let found = self
            .command(
                "POST",
                "/execute/sync",
                Some(json!({
                    "script": "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.innerText.trim());",
                    "args": [css],
                })),
            )
            .await;
        found
            .as_array()
            .map(|list| {
                list.iter()
                    .map(|t| t.as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Clicks an element (and waits for a page it loads).
    pub async fn click(&self, element: &Element) {
        self.command(
            "POST",
            &format!("/element/{}/click", element.0),
            Some(json!({})),
        )
        .await;
    }

    /// Replaces the value of a form field with `text`.
    pub async fn fill(&self, element: &Element, text: &str) {
        self.command(
            "POST",
            &format!("/element/{}/clear", element.0),
            Some(json!({})),
        )
        .await;
        self.command(
            "POST",
            &format!("/element/{}/value", element.0),
            Some(json!({ "text": text })),
        )
        .await;
    }

    /// Fills the field matching `css`.
    pub async fn fill_field(&self, css: &str, text: &str) {
        let element = self.find(css).await;
        self.fill(&element, text).await;
    }

    /// Picks the option with `value` in the `<select>` matching `css`.
    pub async fn select(&self, css: &str, value: &str) {
        let option = self.find(&format!("{css} option[value=\"{value}\"]")).await;
        self.click(&option).await;
    }

    /// Forgets every cookie, as another person's browser would start.
    pub async fn clear_cookies(&self) {
        self.command("DELETE", "/cookie", None).await;
    }

    /// Runs a script in the page and returns its result.
    pub async fn script(&self, script: &str) -> Value {
        self.command(
            "POST",
            "/execute/sync",
            Some(json!({ "script": script, "args": [] })),
        )
        .await
    }

    /// Checks that the current page fits a phone screen: no sideways scrolling.
    pub async fn assert_fits_a_phone(&self) {
        let sizes = self
            .script(
                "return [window.innerWidth, document.documentElement.scrollWidth, location.pathname];",
            )
            .await;
        let inner = sizes[0].as_i64().unwrap_or_default();
        let scroll = sizes[1].as_i64().unwrap_or(i64::MAX);
        assert_eq!(inner, PHONE_WIDTH, "the window is a phone's width");
        assert!(
            scroll <= PHONE_WIDTH,
            "{} scrolls sideways on a {PHONE_WIDTH}-px screen: {scroll} px wide",
            sizes[2]
        );
    }

    /// Saves a PNG of the current window under `target/browser-screenshots/NAME.png`.
    pub async fn screenshot(&self, name: &str) -> PathBuf {
        let data = self.command("GET", "/screenshot", None).await;
        let png = base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("a base64 PNG");
        assert!(png.starts_with(b"\x89PNG"), "a PNG picture");
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/browser-screenshots");
        std::fs::create_dir_all(&dir).expect("screenshot folder");
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).expect("write the screenshot");
        path
    }

    /// Prints the current page as the browser would on A4 paper; the PDF's bytes.
    pub async fn print_a4(&self) -> Vec<u8> {
        let data = self
            .command(
                "POST",
                "/print",
                Some(json!({
                    "page": { "width": 21.0, "height": 29.7 },
                    "background": true,
                    "shrinkToFit": false,
                })),
            )
            .await;
        base64::engine::general_purpose::STANDARD
            .decode(data.as_str().unwrap_or_default())
            .expect("a base64 PDF")
    }
}

fn elements(found: &Value) -> Vec<Element> {
    found
        .as_array()
        .map(|list| {
            list.iter()
                .filter_map(|e| e[ELEMENT_KEY].as_str().map(|id| Element(id.to_owned())))
                .collect()
        })
        .unwrap_or_default()
}

/// Reads one HTTP response: its head, lower-cased, and its body. chromedriver
/// keeps connections open, so the body ends where `Content-Length` says.
async fn read_response(stream: &mut TcpStream) -> std::io::Result<(String, Vec<u8>)> {
    let mut raw = Vec::new();
    let mut buffer = [0u8; 16 * 1024];
    let split = loop {
        if let Some(i) = raw.windows(4).position(|w| w == b"\r\n\r\n") {
            break i;
        }
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            return Err(std::io::Error::other(
                "the connection closed before the headers ended",
            ));
        }
        raw.extend_from_slice(&buffer[..n]);
    };
    let head = String::from_utf8_lossy(&raw[..split]).to_ascii_lowercase();
    let length = head.lines().find_map(|line| {
        let (name, value) = line.split_once(':')?;
        (name.trim() == "content-length").then(|| value.trim().parse::<usize>().ok())?
    });
    let mut body = raw[split + 4..].to_vec();
    match length {
        Some(length) => {
            while body.len() < length {
                let n = stream.read(&mut buffer).await?;
                if n == 0 {
                    return Err(std::io::Error::other("the connection closed mid-body"));
                }
                body.extend_from_slice(&buffer[..n]);
            }
            body.truncate(length);
        }
        None => {
            stream.read_to_end(&mut body).await?;
            if head.contains("transfer-encoding: chunked")
                || head.contains("transfer-encoding:chunked")
            {
                body = dechunk(&body);
            }
        }
    }
    Ok((head, body))
}

/// Joins the chunks of a `Transfer-Encoding: chunked` body.
fn dechunk(mut body: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    loop {
        let Some(end) = body.windows(2).position(|w| w == b"\r\n") else {
            return out;
        };
        let size_text = String::from_utf8_lossy(&body[..end]);
        let size = usize::from_str_radix(size_text.split(';').next().unwrap_or("0").trim(), 16)
            .unwrap_or(0);
        if size == 0 || body.len() < end + 2 + size {
            return out;
        }
        out.extend_from_slice(&body[end + 2..end + 2 + size]);
        body = &body[(end + 4 + size).min(body.len())..];
    }
}

/// The number of pages of a PDF, counted from its page objects.
pub fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(i, _)| !text[i + "/Type /Page".len()..].starts_with('s'))
        .count()
        + text
            .match_indices("/Type/Page")
            .filter(|(i, _)| !text[i + "/Type/Page".len()..].starts_with('s'))
            .count()
}

impl Drop for Browser {
    fn drop(&mut self) {
        if !self.session.is_empty() {
            // Closing the session ends Chromium; a blocking request is fine
            // here, chromedriver answers at once.
            let path = format!("/session/{}", self.session);
            let _ = std::net::TcpStream::connect(&self.base).and_then(|mut stream| {
                use std::io::{Read, Write};
                stream.set_read_timeout(Some(Duration::from_secs(10)))?;
                write!(
                    stream,
                    "DELETE {path} HTTP/1.1\r\nHost: {}\r\nConnection: close\r\n\r\n",
                    self.base
                )?;
                let mut sink = Vec::new();
                stream.read_to_end(&mut sink)
            });
        }
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}
