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

// Job seekers and accounts ---------------------------------------------------

#[derive(Template)]
#[template(path = "mail/seeker_welcome/body.txt", escape = "none")]
struct SeekerWelcomeText<'a> {
    name: &'a str,
    sign_in_link: &'a str,
    profile_link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/seeker_welcome/body.html")]
struct SeekerWelcomeHtml<'a> {
    subject: &'a str,
    name: &'a str,
    sign_in_link: &'a str,
    profile_link: &'a str,
}

/// Confirms a job seeker's new account to the address they signed up with.
pub fn seeker_welcome(
    to: &str,
    name: &str,
    sign_in_link: &str,
    profile_link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = "Tài khoản người tìm việc đã được tạo / Your job seeker account has been created"
        .to_owned();
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: SeekerWelcomeText {
            name,
            sign_in_link,
            profile_link,
        }
        .render()?,
        html_body: SeekerWelcomeHtml {
            subject: &subject,
            name,
            sign_in_link,
            profile_link,
        }
        .render()?,
        subject,
    })
}

#[derive(Template)]
#[template(path = "mail/password_reset/body.txt", escape = "none")]
struct PasswordResetText<'a> {
    name: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/password_reset/body.html")]
struct PasswordResetHtml<'a> {
    subject: &'a str,
    name: &'a str,
    link: &'a str,
}

/// A single-use link to choose a new password.
pub fn password_reset(
    to: &str,
    name: &str,
    link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = "Đặt lại mật khẩu / Reset your password".to_owned();
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: PasswordResetText { name, link }.render()?,
        html_body: PasswordResetHtml {
            subject: &subject,
            name,
            link,
        }
        .render()?,
        subject,
    })
}

/// A posting as a job alert lists it.
#[derive(Debug, Clone)]
pub struct AlertPosting {
    pub title: String,
    pub employer: String,
    pub place: String,
    pub salary_vi: String,
    pub salary_en: String,
    pub link: String,
}

#[derive(Template)]
#[template(path = "mail/job_alert/body.txt", escape = "none")]
struct JobAlertText<'a> {
    name: &'a str,
    label: &'a str,
    postings: &'a [AlertPosting],
    search_link: &'a str,
    unsubscribe_link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/job_alert/body.html")]
struct JobAlertHtml<'a> {
    subject: &'a str,
    name: &'a str,
    label: &'a str,
    postings: &'a [AlertPosting],
    search_link: &'a str,
    unsubscribe_link: &'a str,
}

/// New postings for a saved search, with its one-click unsubscribe link.
pub fn job_alert(
    to: &str,
    name: &str,
    label: &str,
    postings: &[AlertPosting],
    search_link: &str,
    unsubscribe_link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = format!(
        "{} việc làm mới: {label} / {} new jobs: {label}",
        postings.len(),
        postings.len()
    );
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: JobAlertText {
            name,
            label,
            postings,
            search_link,
            unsubscribe_link,
        }
        .render()?,
        html_body: JobAlertHtml {
            subject: &subject,
            name,
            label,
            postings,
            search_link,
            unsubscribe_link,
        }
        .render()?,
        subject,
    })
}

// Employer portal, staff portal and registration on a worker's behalf ---------

#[derive(Template)]
#[template(path = "mail/employer_signed_up/body.txt", escape = "none")]
struct EmployerSignedUpText<'a> {
    contact: &'a str,
    employer: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/employer_signed_up/body.html")]
struct EmployerSignedUpHtml<'a> {
    subject: &'a str,
    contact: &'a str,
    employer: &'a str,
    link: &'a str,
}

/// Confirms an employer's sign-up to the address it gave.
pub fn employer_signed_up(
    to: &str,
    contact: &str,
    employer: &str,
    link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject =
        format!("Đăng ký nhà tuyển dụng thành công / Your employer account is ready: {employer}");
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: EmployerSignedUpText {
            contact,
            employer,
            link,
        }
        .render()?,
        html_body: EmployerSignedUpHtml {
            subject: &subject,
            contact,
            employer,
            link,
        }
        .render()?,
        subject,
    })
}

#[derive(Template)]
#[template(path = "mail/employer_review/body.txt", escape = "none")]
struct EmployerReviewText<'a> {
    employer: &'a str,
    reason: Option<&'a str>,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/employer_review/body.html")]
struct EmployerReviewHtml<'a> {
    subject: &'a str,
    employer: &'a str,
    reason: Option<&'a str>,
    link: &'a str,
}

/// Tells an employer that staff verified it, or (with a reason) what is
/// missing before they can.
pub fn employer_review(
    to: &str,
    employer: &str,
    reason: Option<&str>,
    link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = match reason {
        None => format!("Doanh nghiệp đã được xác minh / Your enterprise is verified: {employer}"),
        Some(_) => format!(
            "Cần bổ sung thông tin doanh nghiệp / More details needed to verify: {employer}"
        ),
    };
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: EmployerReviewText {
            employer,
            reason,
            link,
        }
        .render()?,
        html_body: EmployerReviewHtml {
            subject: &subject,
            employer,
            reason,
            link,
        }
        .render()?,
        subject,
    })
}

#[derive(Template)]
#[template(path = "mail/application_update/body.txt", escape = "none")]
struct ApplicationUpdateText<'a> {
    worker: &'a str,
    title: &'a str,
    employer: &'a str,
    status_vi: &'a str,
    status_en: &'a str,
    hired: bool,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/application_update/body.html")]
struct ApplicationUpdateHtml<'a> {
    subject: &'a str,
    worker: &'a str,
    title: &'a str,
    employer: &'a str,
    status_vi: &'a str,
    status_en: &'a str,
    hired: bool,
    link: &'a str,
}

/// What a candidate needs to know about an application.
#[derive(Debug, Clone, Copy)]
pub struct ApplicationUpdate<'a> {
    pub worker: &'a str,
    pub title: &'a str,
    pub employer: &'a str,
    pub status_vi: &'a str,
    pub status_en: &'a str,
    pub hired: bool,
    pub link: &'a str,
}

/// Tells a candidate that the employer moved their application on.
pub fn application_update(
    to: &str,
    update: ApplicationUpdate<'_>,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = format!(
        "Kết quả hồ sơ ứng tuyển / News about your application: {}",
        update.title
    );
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: ApplicationUpdateText {
            worker: update.worker,
            title: update.title,
            employer: update.employer,
            status_vi: update.status_vi,
            status_en: update.status_en,
            hired: update.hired,
            link: update.link,
        }
        .render()?,
        html_body: ApplicationUpdateHtml {
            subject: &subject,
            worker: update.worker,
            title: update.title,
            employer: update.employer,
            status_vi: update.status_vi,
            status_en: update.status_en,
            hired: update.hired,
            link: update.link,
        }
        .render()?,
        subject,
    })
}

#[derive(Template)]
#[template(path = "mail/account_claim/body.txt", escape = "none")]
struct AccountClaimText<'a> {
    worker: &'a str,
    code: &'a str,
    expires: &'a str,
    link: &'a str,
}

#[derive(Template)]
#[template(path = "mail/account_claim/body.html")]
struct AccountClaimHtml<'a> {
    subject: &'a str,
    worker: &'a str,
    code: &'a str,
    expires: &'a str,
    link: &'a str,
}

/// Gives a worker registered on their behalf the code to claim the account.
pub fn account_claim(
    to: &str,
    worker: &str,
    code: &str,
    expires: &str,
    link: &str,
    dedupe_key: String,
) -> Result<NewMail, askama::Error> {
    let subject = "Nhận tài khoản Việc làm Lào Cai / Claim your Lào Cai Jobs account".to_owned();
    Ok(NewMail {
        dedupe_key: Some(dedupe_key),
        to: to.to_owned(),
        text_body: AccountClaimText {
            worker,
            code,
            expires,
            link,
        }
        .render()?,
        html_body: AccountClaimHtml {
            subject: &subject,
            worker,
            code,
            expires,
            link,
        }
        .render()?,
        subject,
    })
}
