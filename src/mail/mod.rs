//! Outgoing e-mail. Services queue messages in the mail outbox inside their
//! transaction; the worker in `worker` delivers them through a `Mailer`:
//! `.eml` files by default, or SMTP (plain to a relay on this machine,
//! STARTTLS, or TLS from the first byte; rustls with the Mozilla roots plus
//! an optional CA file of the operator's).

pub mod messages;
pub mod worker;

use std::path::PathBuf;
use std::time::Duration;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::transport::smtp::response::Category;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailConfig, MailTransport, SmtpConfig, SmtpSecurity};
use crate::db::outbox::QueuedMail;

/// Delivers formatted messages.
#[derive(Clone)]
pub struct Mailer {
    from: Mailbox,
    transport: Transport,
}

#[derive(Clone)]
enum Transport {
    /// One `<id>.eml` file per message; writing twice gives the same file.
    Files(PathBuf),
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let transport = match &self.transport {
            Transport::Files(dir) => format!("files({})", dir.display()),
            Transport::Smtp(_) => "smtp".to_owned(),
        };
        f.debug_struct("Mailer")
            .field("transport", &transport)
            .finish()
    }
}

/// Why a message was not delivered.
#[derive(Debug, thiserror::Error)]
pub enum DeliveryError {
    /// Worth trying again later (connection refused, temporary SMTP failure, full disk).
    #[error("tạm thời / temporary: {0}")]
    Temporary(String),
    /// Will never succeed (bad address, permanent SMTP rejection).
    #[error("vĩnh viễn / permanent: {0}")]
    Permanent(String),
}

/// The mail settings could not be used.
#[derive(Debug, thiserror::Error)]
#[error("cấu hình thư sai / bad mail configuration: {0}")]
pub struct MailSetupError(String);

/// The longest one SMTP conversation may take, from connecting to the
/// server's answer to the message. It is well below the outbox's claim
/// timeout, so no other instance takes over a message while it is being sent.
pub const SMTP_DEADLINE: Duration = Duration::from_secs(120);

const _: () = assert!(SMTP_DEADLINE.as_secs() * 2 < crate::db::outbox::CLAIM_TIMEOUT_SECS as u64);

/// Each read or write of the SMTP conversation gives up after this long.
const SMTP_STEP_TIMEOUT: Duration = Duration::from_secs(30);

impl Mailer {
    /// Builds the mailer the configuration asks for. The CA file, when one is
    /// configured, is read here, so a bad file stops the program at start-up.
    pub fn from_config(config: &MailConfig) -> Result<Self, MailSetupError> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|err| MailSetupError(format!("mail.from «{}»: {err}", config.from)))?;
        let transport = match &config.transport {
            MailTransport::Files { dir } => Transport::Files(dir.clone()),
            MailTransport::Smtp(smtp) => Transport::Smtp(smtp_transport(smtp)?),
        };
        Ok(Self { from, transport })
    }

    /// Delivers one queued message.
    pub async fn deliver(&self, mail: &QueuedMail) -> Result<(), DeliveryError> {
        let to: Mailbox = mail.to.parse().map_err(|err| {
            DeliveryError::Permanent(format!("địa chỉ nhận sai / bad recipient: {err}"))
        })?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(mail.subject.clone())
            .message_id(Some(format!("<outbox-{}@vieclam>", mail.id)))
            .multipart(MultiPart::alternative_plain_html(
                mail.text_body.clone(),
                mail.html_body.clone(),
            ))
            .map_err(|err| DeliveryError::Permanent(err.to_string()))?;
        match &self.transport {
            Transport::Files(dir) => {
                let bytes = message.formatted();
                let dir = dir.clone();
                let id = mail.id;
                tokio::task::spawn_blocking(move || write_eml(&dir, id, &bytes))
                    .await
                    .map_err(|err| DeliveryError::Temporary(err.to_string()))?
                    .map_err(|err| DeliveryError::Temporary(err.to_string()))
            }
            Transport::Smtp(smtp) => {
                match tokio::time::timeout(SMTP_DEADLINE, smtp.send(message)).await {
                    Ok(Ok(_)) => Ok(()),
                    Ok(Err(err)) => Err(classify(&err)),
                    Err(_) => Err(DeliveryError::Temporary(format!(
                        "máy chủ thư không trả lời trong {} giây / the mail server did not answer within {} seconds",
                        SMTP_DEADLINE.as_secs(),
                        SMTP_DEADLINE.as_secs()
                    ))),
                }
            }
        }
    }
}

/// The SMTP transport for `smtp`: no pool, one connection per message, so a
/// message's outcome never depends on an earlier conversation.
fn smtp_transport(smtp: &SmtpConfig) -> Result<AsyncSmtpTransport<Tokio1Executor>, MailSetupError> {
    let tls = match smtp.security {
        SmtpSecurity::None => Tls::None,
        SmtpSecurity::StartTls => Tls::Required(tls_parameters(smtp)?),
        SmtpSecurity::Tls => Tls::Wrapper(tls_parameters(smtp)?),
    };
    let mut builder = AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
        .port(smtp.port)
        .tls(tls)
        .timeout(Some(SMTP_STEP_TIMEOUT));
    if let Some((user, password)) = &smtp.credentials {
        builder = builder.credentials(Credentials::new(user.clone(), password.expose().to_owned()));
    }
    Ok(builder.build())
}

/// TLS settings for `smtp.host`: the built-in Mozilla roots, and the
/// certificates of `smtp.ca_file` when set. Certificates and host names are
/// always checked.
fn tls_parameters(smtp: &SmtpConfig) -> Result<TlsParameters, MailSetupError> {
    let mut builder = TlsParameters::builder(smtp.host.clone());
    if let Some(path) = &smtp.ca_file {
        let pem = std::fs::read(path).map_err(|err| {
            MailSetupError(format!(
                "mail.smtp_ca_file {}: không đọc được / cannot read: {err}",
                path.display()
            ))
        })?;
        let certificate = Certificate::from_pem(&pem).map_err(|err| {
            MailSetupError(format!(
                "mail.smtp_ca_file {}: không phải chứng chỉ PEM / not a PEM certificate: {err}",
                path.display()
            ))
        })?;
        builder = builder.add_root_certificate(certificate);
    }
    builder
        .build_rustls()
        .map_err(|err| MailSetupError(format!("mail.smtp_security: TLS: {err}")))
}

/// Sorts an SMTP failure. A 5xx answer to the message (an unknown mailbox, a
/// refused message) is permanent: trying again cannot help. Everything else is
/// worth another try: 4xx answers, refused or broken connections, TLS
/// failures, and the 53x answers to authentication (RFC 4954), which say the
/// relay's settings are wrong, not the message, so mail waits until they are
/// fixed instead of being dropped.
fn classify(err: &lettre::transport::smtp::Error) -> DeliveryError {
    let reason = match err.status() {
        Some(code) => format!("SMTP {code}: {}", server_text(err)),
        None => format!("SMTP: {err}"),
    };
    match err.status() {
        Some(code) if err.is_permanent() && code.category != Category::Unspecified3 => {
            DeliveryError::Permanent(reason)
        }
        _ => DeliveryError::Temporary(reason),
    }
}

/// The text of the server's answer, without lettre's own prefix.
fn server_text(err: &lettre::transport::smtp::Error) -> String {
    std::error::Error::source(err)
        .map(ToString::to_string)
        .unwrap_or_default()
}

/// `text` with anything shaped like an e-mail address replaced, for logs:
/// servers often repeat the recipient in their answers.
pub fn redact_addresses(text: &str) -> String {
    text.split_inclusive(|c: char| c.is_whitespace() || "<>()[],;:\"'".contains(c))
        .map(|piece| {
            let end = piece
                .find(|c: char| c.is_whitespace() || "<>()[],;:\"'".contains(c))
                .unwrap_or(piece.len());
            let (word, tail) = piece.split_at(end);
            if word.contains('@') && word.len() > 1 {
                format!("[địa chỉ / address]{tail}")
            } else {
                piece.to_owned()
            }
        })
        .collect()
}

/// Writes `<dir>/<id>.eml` atomically: a reader never sees half a message.
fn write_eml(dir: &std::path::Path, id: i64, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let final_path = dir.join(format!("{id:010}.eml"));
    let temp_path = dir.join(format!(".{id:010}.eml.tmp"));
    std::fs::write(&temp_path, bytes)?;
    std::fs::rename(temp_path, final_path)
}

#[cfg(test)]
#[allow(clippy::unwrap_used, clippy::expect_used)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_taken_out_of_server_answers() {
        assert_eq!(
            redact_addresses("SMTP 550: 5.1.1 <bounce@example.vn>: Recipient address rejected"),
            "SMTP 550: 5.1.1 <[địa chỉ / address]>: Recipient address rejected"
        );
        assert_eq!(
            redact_addresses("user nld@example.com unknown"),
            "user [địa chỉ / address] unknown"
        );
        assert_eq!(redact_addresses("4.3.0 try later"), "4.3.0 try later");
    }

    #[test]
    fn a_missing_ca_file_is_named_at_start_up() {
        let config = MailConfig {
            from: "vieclam@localhost".to_owned(),
            transport: MailTransport::Smtp(SmtpConfig {
                host: "mail.example".to_owned(),
                port: 587,
                security: SmtpSecurity::StartTls,
                credentials: None,
                ca_file: Some(PathBuf::from("/khong/co/ca.pem")),
            }),
        };
        let err = Mailer::from_config(&config).unwrap_err();
        assert!(err.to_string().contains("mail.smtp_ca_file"), "{err}");
    }
}
