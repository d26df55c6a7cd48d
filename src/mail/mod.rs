//! Outgoing e-mail. Services queue messages in the mail outbox inside their
//! transaction; the worker in `worker` delivers them through a `Mailer`.

pub mod messages;
pub mod worker;

use std::path::PathBuf;

use lettre::message::{Mailbox, MultiPart};
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

use crate::config::{MailConfig, MailTransport, SmtpSecurity};
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

impl Mailer {
    /// Builds the mailer the configuration asks for.
    pub fn from_config(config: &MailConfig) -> Result<Self, MailSetupError> {
        let from: Mailbox = config
            .from
            .parse()
            .map_err(|err| MailSetupError(format!("mail.from «{}»: {err}", config.from)))?;
        let transport = match &config.transport {
            MailTransport::Files { dir } => Transport::Files(dir.clone()),
            MailTransport::Smtp(smtp) => {
                if smtp.security != SmtpSecurity::None {
                    return Err(MailSetupError(
                        "mail.smtp_security: bản này chỉ hỗ trợ SMTP không mã hoá tới máy chủ cục bộ (none) / \
                         this build supports only unencrypted SMTP to a local relay (none)"
                            .to_owned(),
                    ));
                }
                let mut builder =
                    AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(&smtp.host)
                        .port(smtp.port);
                if let (Some(user), Some(password)) = (&smtp.username, &smtp.password) {
                    builder = builder
                        .credentials(Credentials::new(user.clone(), password.expose().to_owned()));
                }
                Transport::Smtp(builder.build())
            }
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
            Transport::Smtp(smtp) => match smtp.send(message).await {
                Ok(_) => Ok(()),
                Err(err) if err.is_permanent() => Err(DeliveryError::Permanent(err.to_string())),
                Err(err) => Err(DeliveryError::Temporary(err.to_string())),
            },
        }
    }
}

/// Writes `<dir>/<id>.eml` atomically: a reader never sees half a message.
fn write_eml(dir: &std::path::Path, id: i64, bytes: &[u8]) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    let final_path = dir.join(format!("{id:010}.eml"));
    let temp_path = dir.join(format!(".{id:010}.eml.tmp"));
    std::fs::write(&temp_path, bytes)?;
    std::fs::rename(temp_path, final_path)
}
