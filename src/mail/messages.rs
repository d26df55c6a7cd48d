//! The e-mails vieclam sends, each with a subject, a text and an HTML body,
//! in Vietnamese and English, rendered from `templates/mail/<name>/`.

use askama::Template;

use crate::db::outbox::NewMail;

#[derive(Template)]
#[template(path = "mail/job_returned/body.txt", escape = "none")]
struct JobReturnedText<'a> {
    employer: &'a str,
    title: &'a str,
    reason: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/job_returned/body.html")]
struct JobReturnedHtml<'a> {
    subject: &'a str,
    employer: &'a str,
    title: &'a str,
    reason: &'a str,
    link: &'a str,
}

/// A posting returned to its employer with the reviewer's reason.
pub fn job_returned(
    to: &str,
    employer: &str,
    title: &str,
    reason: &str,
    link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = format!("Tin tuyển dụng cần chỉnh sửa / Your job posting needs changes: {title}");
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: JobReturnedText {
            employer,
            title,
            reason,
            link,
        }
        .render()?,
        html_body: JobReturnedHtml {
            subject: &subject,
            employer,
            title,
            reason,
            link,
        }
        .render()?,
        subject,
    })
}
