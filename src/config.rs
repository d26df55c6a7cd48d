//! One typed configuration, loaded once: built-in defaults, then an optional
//! TOML file, then `VIECLAM_*` environment variables (and `DATABASE_URL`).
//! Secrets are redacted in `Debug`.

use std::fmt;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use serde::Deserialize;

/// Everything the program needs to know about its surroundings.
#[derive(Debug, Clone)]
pub struct Config {
    /// Where the database lives; SQLite by default.
    pub database: DatabaseUrl,
    /// Address the web server listens on.
    pub bind: SocketAddr,
    /// Folder for the embedded database and mail files.
    pub data_dir: PathBuf,
    /// Folder of the search index.
    pub index_dir: PathBuf,
    /// Folder of reference-data files; `None` uses the copies built into the program.
    pub reference_dir: Option<PathBuf>,
    /// The address people reach the portal at, used in links inside e-mails.
    pub public_url: String,
    /// How e-mail leaves the system.
    pub mail: MailConfig,
    /// Log line format.
    pub log_format: LogFormat,
}

/// A database connection string, redacted in `Debug` because it may hold a password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    /// Accepts `sqlite:` and `postgres:`/`postgresql:` URLs.
    pub fn parse(url: &str) -> Result<Self, ConfigError> {
        let url = url.trim();
        if url.starts_with("sqlite:")
            || url.starts_with("postgres://")
            || url.starts_with("postgresql://")
        {
            Ok(Self(url.to_owned()))
        } else {
            Err(ConfigError::new(
                "database_url",
                "phải bắt đầu bằng sqlite: hoặc postgres:// / must start with sqlite: or postgres://",
            ))
        }
    }

    /// The URL as given.
    pub fn expose(&self) -> &str {
        &self.0
    }

    /// Whether this URL points at PostgreSQL.
    pub fn is_postgres(&self) -> bool {
        self.0.starts_with("postgres")
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0.split_once("://") {
            Some((scheme, rest)) => {
                let host = rest.rsplit_once('@').map_or(rest, |(_, host)| host);
                write!(f, "DatabaseUrl({scheme}://…@{host})")
            }
            None => write!(f, "DatabaseUrl({})", self.0),
        }
    }
}

/// A secret string that never prints.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(String);

impl Secret {
    /// Wraps a secret.
    pub fn new(value: impl Into<String>) -> Self {
        Self(value.into())
    }

    /// The secret itself, for the one place that needs it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// How outgoing e-mail is delivered.
#[derive(Debug, Clone)]
pub struct MailConfig {
    /// The sender address on every message.
    pub from: String,
    /// The transport.
    pub transport: MailTransport,
}

/// Mail transports.
#[derive(Debug, Clone)]
pub enum MailTransport {
    /// Each message is written as an `.eml` file in this folder.
    Files { dir: PathBuf },
    /// Messages go to an SMTP server.
    Smtp(SmtpConfig),
}

/// SMTP server settings.
#[derive(Debug, Clone)]
pub struct SmtpConfig {
    /// The server's name; with TLS it must match the server's certificate.
    pub host: String,
    pub port: u16,
    pub security: SmtpSecurity,
    /// User name and password, sent only when both are set.
    pub credentials: Option<(String, Secret)>,
    /// A PEM file of extra CA certificates to trust besides the built-in
    /// Mozilla roots, for a relay with a private certificate authority.
    pub ca_file: Option<PathBuf>,
}

/// How the SMTP connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmtpSecurity {
    /// Plain connection; only for a server on the same machine.
    None,
    /// Upgrade with STARTTLS.
    StartTls,
    /// TLS from the first byte.
    Tls,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LogFormat {
    Text,
    Json,
}

/// A configuration problem, naming the setting it is about.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("cấu hình sai / bad configuration: {setting}: {reason}")]
pub struct ConfigError {
    /// The setting (or file) at fault.
    pub setting: String,
    /// What is wrong with it.
    pub reason: String,
}

impl ConfigError {
    fn new(setting: impl Into<String>, reason: impl Into<String>) -> Self {
        Self {
            setting: setting.into(),
            reason: reason.into(),
        }
    }
}

/// The settings as they may appear in a file or the environment, all optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    database_url: Option<String>,
    bind: Option<String>,
    data_dir: Option<PathBuf>,
    index_dir: Option<PathBuf>,
    reference_dir: Option<PathBuf>,
    public_url: Option<String>,
    log_format: Option<String>,
    #[serde(default)]
    mail: RawMail,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawMail {
    transport: Option<String>,
    from: Option<String>,
    dir: Option<PathBuf>,
    smtp_host: Option<String>,
    smtp_port: Option<String>,
    smtp_security: Option<String>,
    smtp_username: Option<String>,
    smtp_password: Option<String>,
    smtp_ca_file: Option<PathBuf>,
}

impl Config {
    /// Loads the configuration: defaults, then `file` (if given), then the
    /// environment as seen through `env`.
    pub fn load(
        file: Option<&Path>,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Self, ConfigError> {
        let mut raw = match file {
            Some(path) => {
                let text = std::fs::read_to_string(path).map_err(|err| {
                    ConfigError::new(
                        path.display().to_string(),
                        format!("không đọc được / cannot read: {err}"),
                    )
                })?;
                toml::from_str::<RawConfig>(&text).map_err(|err| {
                    ConfigError::new(
                        path.display().to_string(),
                        format!("không phải TOML hợp lệ / not valid TOML: {}", err.message()),
                    )
                })?
            }
            None => RawConfig::default(),
        };
        raw.apply_env(&env);
        raw.resolve()
    }

    /// The configuration for the process: `--config` file or `VIECLAM_CONFIG`, and the real environment.
    pub fn from_process(file: Option<&Path>) -> Result<Self, ConfigError> {
        let from_env = std::env::var_os("VIECLAM_CONFIG").map(PathBuf::from);
        let file = file.map(Path::to_path_buf).or(from_env);
        Self::load(file.as_deref(), |key| std::env::var(key).ok())
    }
}

impl RawConfig {
    fn apply_env(&mut self, env: &impl Fn(&str) -> Option<String>) {
        let set = |slot: &mut Option<String>, key: &str| {
            if let Some(value) = env(key).filter(|v| !v.trim().is_empty()) {
                *slot = Some(value);
            }
        };
        let set_path = |slot: &mut Option<PathBuf>, key: &str| {
            if let Some(value) = env(key).filter(|v| !v.trim().is_empty()) {
                *slot = Some(PathBuf::from(value));
            }
        };
        set(&mut self.database_url, "DATABASE_URL");
        set(&mut self.database_url, "VIECLAM_DATABASE_URL");
        set(&mut self.bind, "VIECLAM_BIND");
        set_path(&mut self.data_dir, "VIECLAM_DATA_DIR");
        set_path(&mut self.index_dir, "VIECLAM_INDEX_DIR");
        set_path(&mut self.reference_dir, "VIECLAM_REFERENCE_DIR");
        set(&mut self.public_url, "VIECLAM_PUBLIC_URL");
        set(&mut self.log_format, "VIECLAM_LOG_FORMAT");
        set(&mut self.mail.transport, "VIECLAM_MAIL_TRANSPORT");
        set(&mut self.mail.from, "VIECLAM_MAIL_FROM");
        set_path(&mut self.mail.dir, "VIECLAM_MAIL_DIR");
        set(&mut self.mail.smtp_host, "VIECLAM_SMTP_HOST");
        set(&mut self.mail.smtp_port, "VIECLAM_SMTP_PORT");
        set(&mut self.mail.smtp_security, "VIECLAM_SMTP_SECURITY");
        set(&mut self.mail.smtp_username, "VIECLAM_SMTP_USERNAME");
        set(&mut self.mail.smtp_password, "VIECLAM_SMTP_PASSWORD");
        set_path(&mut self.mail.smtp_ca_file, "VIECLAM_SMTP_CA_FILE");
    }

    fn resolve(self) -> Result<Config, ConfigError> {
        let data_dir = self.data_dir.unwrap_or_else(|| PathBuf::from("data"));
        let database = match self.database_url {
            Some(url) => DatabaseUrl::parse(&url)?,
            None => DatabaseUrl(format!(
                "sqlite://{}?mode=rwc",
                data_dir.join("vieclam.db").display()
            )),
        };
        let bind_text = self.bind.unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let bind = bind_text.parse::<SocketAddr>().map_err(|_| {
            ConfigError::new(
                "bind",
                format!("«{bind_text}» không phải địa chỉ IP:cổng / is not an IP:port address"),
            )
        })?;
        let public_url = self
            .public_url
            .unwrap_or_else(|| format!("http://{bind}"))
            .trim_end_matches('/')
            .to_owned();
        if !(public_url.starts_with("http://") || public_url.starts_with("https://")) {
            return Err(ConfigError::new(
                "public_url",
                "phải bắt đầu bằng http:// hoặc https:// / must start with http:// or https://",
            ));
        }
        let log_format = match self.log_format.as_deref() {
            None | Some("text") => LogFormat::Text,
            Some("json") => LogFormat::Json,
            Some(other) => {
                return Err(ConfigError::new(
                    "log_format",
                    format!("«{other}»: chỉ nhận text hoặc json / only text or json"),
                ));
            }
        };
        let mail = self.mail.resolve(&data_dir)?;
        Ok(Config {
            database,
            bind,
            index_dir: self
                .index_dir
                .unwrap_or_else(|| PathBuf::from("search-index")),
            reference_dir: self.reference_dir,
            public_url,
            mail,
            log_format,
            data_dir,
        })
    }
}

impl RawMail {
    fn resolve(self, data_dir: &Path) -> Result<MailConfig, ConfigError> {
        let from = self
            .from
            .unwrap_or_else(|| "Trung tâm Dịch vụ việc làm <vieclam@localhost>".to_owned());
        let transport = match self.transport.as_deref() {
            None | Some("files") | Some("file") => MailTransport::Files {
                dir: self.dir.unwrap_or_else(|| data_dir.join("mail")),
            },
            Some("smtp") => {
                let host = self.smtp_host.ok_or_else(|| {
                    ConfigError::new(
                        "mail.smtp_host",
                        "cần khi gửi thư qua SMTP / required for the smtp transport",
                    )
                })?;
                let security = match self.smtp_security.as_deref() {
                    None | Some("starttls") => SmtpSecurity::StartTls,
                    Some("tls") => SmtpSecurity::Tls,
                    Some("none") => SmtpSecurity::None,
                    Some(other) => {
                        return Err(ConfigError::new(
                            "mail.smtp_security",
                            format!(
                                "«{other}»: chỉ nhận starttls, tls hoặc none / only starttls, tls or none"
                            ),
                        ));
                    }
                };
                let default_port = match security {
                    SmtpSecurity::Tls => 465,
                    SmtpSecurity::StartTls => 587,
                    SmtpSecurity::None => 25,
                };
                let port = match self.smtp_port {
                    None => default_port,
                    Some(text) => text.trim().parse::<u16>().map_err(|_| {
                        ConfigError::new(
                            "mail.smtp_port",
                            format!("«{text}» không phải số cổng / is not a port number"),
                        )
                    })?,
                };
                let credentials = match (self.smtp_username, self.smtp_password) {
                    (Some(user), Some(password)) => Some((user, Secret::new(password))),
                    (None, None) => None,
                    (Some(_), None) => {
                        return Err(ConfigError::new(
                            "mail.smtp_password",
                            "cần khi có smtp_username / required when smtp_username is set",
                        ));
                    }
                    (None, Some(_)) => {
                        return Err(ConfigError::new(
                            "mail.smtp_username",
                            "cần khi có smtp_password / required when smtp_password is set",
                        ));
                    }
                };
                if security == SmtpSecurity::None && credentials.is_some() && !is_loopback(&host) {
                    return Err(ConfigError::new(
                        "mail.smtp_security",
                        "không gửi mật khẩu qua kết nối không mã hoá tới máy khác; dùng starttls hoặc tls / \
                         a password is never sent unencrypted to another machine; use starttls or tls",
                    ));
                }
                if security == SmtpSecurity::None && self.smtp_ca_file.is_some() {
                    return Err(ConfigError::new(
                        "mail.smtp_ca_file",
                        "chỉ dùng với starttls hoặc tls / only used with starttls or tls",
                    ));
                }
                MailTransport::Smtp(SmtpConfig {
                    host,
                    port,
                    security,
                    credentials,
                    ca_file: self.smtp_ca_file,
                })
            }
            Some(other) => {
                return Err(ConfigError::new(
                    "mail.transport",
                    format!("«{other}»: chỉ nhận files hoặc smtp / only files or smtp"),
                ));
            }
        };
        Ok(MailConfig { from, transport })
    }
}

/// Whether `host` names this machine, where an unencrypted connection stays inside it.
fn is_loopback(host: &str) -> bool {
    host.eq_ignore_ascii_case("localhost")
        || host
            .trim_start_matches('[')
            .trim_end_matches(']')
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn load(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        Config::load(None, move |key| map.get(key).cloned())
    }

    #[test]
    fn defaults_are_the_embedded_setup() {
        let config = load(&[]).unwrap();
        assert_eq!(
            config.database.expose(),
            "sqlite://data/vieclam.db?mode=rwc"
        );
        assert_eq!(config.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(config.index_dir, PathBuf::from("search-index"));
        assert!(
            matches!(config.mail.transport, MailTransport::Files { ref dir } if dir == &PathBuf::from("data/mail"))
        );
    }

    #[test]
    fn a_postgres_url_switches_the_backend() {
        let config = load(&[("DATABASE_URL", "postgres://app:pw@db.example/vieclam")]).unwrap();
        assert!(config.database.is_postgres());
        let shown = format!("{:?}", config.database);
        assert!(!shown.contains("pw"), "password leaked into Debug: {shown}");
    }

    #[test]
    fn a_bad_bind_address_names_the_setting() {
        let err = load(&[("VIECLAM_BIND", "localhost")]).unwrap_err();
        assert_eq!(err.setting, "bind");
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        let err = load(&[("DATABASE_URL", "mysql://x")]).unwrap_err();
        assert_eq!(err.setting, "database_url");
    }

    #[test]
    fn smtp_needs_a_host_and_hides_its_password() {
        let err = load(&[("VIECLAM_MAIL_TRANSPORT", "smtp")]).unwrap_err();
        assert_eq!(err.setting, "mail.smtp_host");
        let config = load(&[
            ("VIECLAM_MAIL_TRANSPORT", "smtp"),
            ("VIECLAM_SMTP_HOST", "mail.example"),
            ("VIECLAM_SMTP_USERNAME", "vieclam"),
            ("VIECLAM_SMTP_PASSWORD", "hunter22"),
        ])
        .unwrap();
        assert!(!format!("{config:?}").contains("hunter22"));
    }

    #[test]
    fn smtp_security_picks_the_port_and_credentials_come_in_pairs() {
        let smtp = |vars: &[(&str, &str)]| {
            let mut all = vec![
                ("VIECLAM_MAIL_TRANSPORT", "smtp"),
                ("VIECLAM_SMTP_HOST", "mail.example"),
            ];
            all.extend_from_slice(vars);
            load(&all).map(|c| match c.mail.transport {
                MailTransport::Smtp(smtp) => smtp,
                MailTransport::Files { .. } => panic!("smtp expected"),
            })
        };
        let starttls = smtp(&[]).unwrap();
        assert_eq!(
            (starttls.security, starttls.port),
            (SmtpSecurity::StartTls, 587)
        );
        let tls = smtp(&[("VIECLAM_SMTP_SECURITY", "tls")]).unwrap();
        assert_eq!((tls.security, tls.port), (SmtpSecurity::Tls, 465));
        let custom = smtp(&[
            ("VIECLAM_SMTP_PORT", "2525"),
            ("VIECLAM_SMTP_CA_FILE", "/etc/vieclam/relay-ca.pem"),
            ("VIECLAM_SMTP_USERNAME", "vieclam"),
            ("VIECLAM_SMTP_PASSWORD", "s3cret-pass"),
        ])
        .unwrap();
        assert_eq!(custom.port, 2525);
        assert_eq!(
            custom.ca_file.as_deref(),
            Some(Path::new("/etc/vieclam/relay-ca.pem"))
        );
        assert_eq!(
            custom
                .credentials
                .as_ref()
                .map(|(u, p)| (u.as_str(), p.expose())),
            Some(("vieclam", "s3cret-pass"))
        );
        assert!(!format!("{custom:?}").contains("s3cret-pass"));
        assert_eq!(
            smtp(&[("VIECLAM_SMTP_USERNAME", "vieclam")])
                .unwrap_err()
                .setting,
            "mail.smtp_password"
        );
        assert_eq!(
            smtp(&[("VIECLAM_SMTP_SECURITY", "ssl")])
                .unwrap_err()
                .setting,
            "mail.smtp_security"
        );
    }

    #[test]
    fn a_password_is_never_sent_in_clear_to_another_machine() {
        let vars = |host: &'static str| {
            vec![
                ("VIECLAM_MAIL_TRANSPORT", "smtp"),
                ("VIECLAM_SMTP_HOST", host),
                ("VIECLAM_SMTP_SECURITY", "none"),
                ("VIECLAM_SMTP_USERNAME", "vieclam"),
                ("VIECLAM_SMTP_PASSWORD", "s3cret-pass"),
            ]
        };
        let err = load(&vars("mail.example")).unwrap_err();
        assert_eq!(err.setting, "mail.smtp_security");
        assert!(load(&vars("127.0.0.1")).is_ok());
        assert!(load(&vars("localhost")).is_ok());
    }

    #[test]
    fn a_config_file_that_does_not_parse_is_named() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vieclam.toml");
        std::fs::write(&path, "bind = [").unwrap();
        let err = Config::load(Some(&path), |_| None).unwrap_err();
        assert_eq!(err.setting, path.display().to_string());
    }

    #[test]
    fn the_environment_overrides_the_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("vieclam.toml");
        std::fs::write(
            &path,
            "bind = \"0.0.0.0:9000\"\n[mail]\nfrom = \"a@b.vn\"\n",
        )
        .unwrap();
        let config = Config::load(Some(&path), |key| {
            (key == "VIECLAM_BIND").then(|| "127.0.0.1:9001".to_owned())
        })
        .unwrap();
        assert_eq!(config.bind.port(), 9001);
        assert_eq!(config.mail.from, "a@b.vn");
    }
}
