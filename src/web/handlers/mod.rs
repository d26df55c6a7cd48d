//! Handlers by area, each with the askama view it renders, and the shared page frame.

pub mod account;
pub mod alerts;
pub mod api;
pub mod assets;
pub mod employer;
pub mod health;
pub mod home;
pub mod jobs;
pub mod registration;
pub mod registry;
pub mod seeker;
pub mod share;
pub mod staff;

use askama::Template;
use axum::http::Uri;
use axum::response::{Html, IntoResponse, Response};

use crate::error::{Error, ErrorInfo, Result};
use crate::i18n::{self, Lang, Strings};
use crate::web::session::SignedIn;
use crate::web::{lang, paths};

/// The signed-in account the page header shows, with what its sign-out form needs.
#[derive(Debug, Clone)]
pub struct FrameAccount {
    pub name: String,
    /// The home page of the account's role.
    pub home_href: &'static str,
    /// The session's CSRF token, for the sign-out form.
    pub csrf: String,
}

impl From<&SignedIn> for FrameAccount {
    fn from(user: &SignedIn) -> Self {
        Self {
            name: user.display_name.clone(),
            home_href: paths::home_of(user.role),
            csrf: user.csrf_token.clone(),
        }
    }
}

/// What every page's frame (base.html) needs.
#[derive(Debug, Clone)]
pub struct Frame {
    pub lang: &'static str,
    pub t: &'static Strings,
    pub title: String,
    pub switch_href: String,
    pub stylesheet: &'static str,
    pub home_href: &'static str,
    pub jobs_href: &'static str,
    pub sign_in_href: &'static str,
    pub sign_up_href: &'static str,
    pub sign_out_href: &'static str,
    /// Who is signed in; none shows the sign-in and sign-up links instead.
    pub account: Option<FrameAccount>,
}

impl Frame {
    /// The frame of a page titled `title`, reached at `uri`, as anyone sees it.
    pub fn new(lang: Lang, uri: &Uri, title: impl Into<String>) -> Self {
        Self {
            lang: lang.code(),
            t: lang.strings(),
            title: title.into(),
            switch_href: lang::switch_href(uri, lang.other()),
            stylesheet: paths::STYLESHEET,
            home_href: paths::HOME,
            jobs_href: paths::JOBS,
            sign_in_href: paths::SIGN_IN,
            sign_up_href: paths::SIGN_UP,
            sign_out_href: paths::SIGN_OUT,
            account: None,
        }
    }

    /// The frame of a page seen by `user`: a `&SignedIn`, or a
    /// `&MaybeSignedIn` that may hold no one.
    pub fn for_user<'a>(
        lang: Lang,
        uri: &Uri,
        title: impl Into<String>,
        user: impl Into<Option<&'a SignedIn>>,
    ) -> Self {
        Self {
            account: user.into().map(FrameAccount::from),
            ..Self::new(lang, uri, title)
        }
    }

    /// Picks the page language's text, for bilingual text written inline in
    /// templates: `{{ frame.tr("Đăng ký", "Sign up") }}`.
    pub fn tr<'a>(&self, vi: &'a str, en: &'a str) -> &'a str {
        if self.lang == "en" { en } else { vi }
    }
}

/// The problems of a submitted form, to show next to each field.
#[derive(Debug, Clone, Default)]
pub struct FormErrors(pub Vec<crate::domain::FieldError>);

impl FormErrors {
    /// The message for `field`, if it has one.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Whether the form had no problems.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Renders a template into an HTML response.
pub fn render(template: &impl Template) -> Result<Response> {
    let html = template
        .render()
        .map_err(|err| Error::Internal(anyhow::Error::new(err).context("rendering a template")))?;
    Ok(Html(html).into_response())
}

/// A posting as a result card, with its text ready to show.
#[derive(Debug, Clone)]
pub struct JobCardView {
    pub href: String,
    pub title: String,
    pub employer: String,
    pub place: String,
    pub location: &'static str,
    pub salary: String,
    pub deadline: Option<String>,
}

impl JobCardView {
    /// Formats a card for `lang`.
    pub fn new(card: &crate::domain::job::JobCard, lang: Lang) -> Self {
        let place = match &card.district_name {
            Some(district) if !card.place_name.is_empty() => {
                format!("{}, {district}", card.place_name)
            }
            _ => card.place_name.clone(),
        };
        Self {
            href: paths::job(card.id),
            title: card.title.clone(),
            employer: card.employer_name.clone(),
            place,
            location: lang.pick(card.work_location.label_vi(), card.work_location.label_en()),
            salary: i18n::format_salary(lang, card.salary_min, card.salary_max),
            deadline: card.deadline.map(i18n::format_date),
        }
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage<'a> {
    frame: Frame,
    message: &'a str,
    fields: &'a [crate::domain::FieldError],
    request_id: &'a str,
}

/// The page shown for an error: a plain message and the request id, never the cause.
pub fn error_page(info: &ErrorInfo, lang: Lang, request_id: &str) -> Response {
    let message = lang.pick(&info.message_vi, &info.message_en);
    let uri = Uri::from_static("/");
    let page = ErrorPage {
        frame: Frame::new(lang, &uri, message.to_owned()),
        message,
        fields: &info.fields,
        request_id,
    };
    match page.render() {
        Ok(html) => (info.status, Html(html)).into_response(),
        Err(_) => (info.status, format!("{message} ({request_id})")).into_response(),
    }
}

/// Any URL without a route.
pub async fn not_found() -> Error {
    Error::NotFound
}
