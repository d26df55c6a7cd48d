//! What the employer and staff portals share at the edge: extractors that
//! admit only the right role (and find the employer an account acts for,
//! or the communes a registrar covers), the CSRF check of their forms, and
//! views of form menus.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;

use crate::db::choices::Choice;
use crate::domain::ids::EmployerId;
use crate::domain::user::Role;
use crate::error::Error;
use crate::i18n::Lang;
use crate::services::registry::{self, Registrar};
use crate::web::AppState;
use crate::web::session::SignedIn;

/// Roles of the Centre's staff portal.
pub const STAFF_ROLES: &[Role] = &[Role::Staff, Role::Admin];

/// A signed-in employer account with the employer it acts for.
#[derive(Debug, Clone)]
pub struct EmployerUser {
    pub user: SignedIn,
    pub employer_id: EmployerId,
}

impl FromRequestParts<AppState> for EmployerUser {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        user.require(&[Role::Employer])?;
        let employer_id = crate::services::employers::employer_of(&state.ctx, user.user_id).await?;
        Ok(Self { user, employer_id })
    }
}

/// A signed-in member of the Centre's staff (or an admin).
#[derive(Debug, Clone)]
pub struct StaffUser(pub SignedIn);

impl FromRequestParts<AppState> for StaffUser {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        user.require(STAFF_ROLES)?;
        Ok(Self(user))
    }
}

/// Someone who works in the worker registry: staff, admins, and commune
/// officers (for their own commune).
#[derive(Debug, Clone)]
pub struct RegistryUser {
    pub user: SignedIn,
    pub registrar: Registrar,
}

impl FromRequestParts<AppState> for RegistryUser {
    type Rejection = Error;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Error> {
        let user = SignedIn::from_request_parts(parts, state).await?;
        let registrar = registry::registrar(&state.ctx, user.user_id, user.role).await?;
        Ok(Self { user, registrar })
    }
}

/// One option of a menu, ready to render.
#[derive(Debug, Clone)]
pub struct OptionView {
    pub value: String,
    pub label: String,
    pub selected: bool,
}

/// A run of options under one heading (`<optgroup>`); no heading means none.
#[derive(Debug, Clone)]
pub struct OptionGroup {
    pub label: String,
    pub options: Vec<OptionView>,
}

/// Builds a menu from reference choices, grouped by their group, with
/// `selected` chosen.
pub fn menu(choices: &[Choice], selected: &str, lang: Lang) -> Vec<OptionGroup> {
    menu_of_many(choices, &[selected], lang)
}

/// Builds a menu from reference choices, grouped by their group, with every
/// code in `selected` chosen (for multiple-choice lists).
pub fn menu_of_many(choices: &[Choice], selected: &[&str], lang: Lang) -> Vec<OptionGroup> {
    let mut groups: Vec<OptionGroup> = Vec::new();
    for choice in choices {
        let option = OptionView {
            value: choice.code.clone(),
            label: lang.pick(&choice.name_vi, &choice.name_en).to_owned(),
            selected: selected.contains(&choice.code.as_str()),
        };
        let label = lang.pick(&choice.group, &choice.group_en);
        match groups.last_mut() {
            Some(group) if group.label == label => group.options.push(option),
            _ => groups.push(OptionGroup {
                label: label.to_owned(),
                options: vec![option],
            }),
        }
    }
    groups
}

/// A menu of fixed values: `(value, Vietnamese, English)`.
pub fn fixed_menu(values: &[(&str, &str, &str)], selected: &str, lang: Lang) -> Vec<OptionGroup> {
    vec![OptionGroup {
        label: String::new(),
        options: values
            .iter()
            .map(|(value, vi, en)| OptionView {
                value: (*value).to_owned(),
                label: lang.pick(vi, en).to_owned(),
                selected: *value == selected,
            })
            .collect(),
    }]
}

/// An instant (unix seconds) as a date in Vietnam, dd/mm/yyyy.
pub fn date_of(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| crate::i18n::format_date(t.to_offset(crate::clock::VIETNAM).date()))
        .unwrap_or_default()
}

/// An instant (unix seconds) as date and time in Vietnam, dd/mm/yyyy hh:mm.
pub fn date_time_of(unix: i64) -> String {
    time::OffsetDateTime::from_unix_timestamp(unix)
        .map(|t| {
            let t = t.to_offset(crate::clock::VIETNAM);
            format!(
                "{} {:02}:{:02}",
                crate::i18n::format_date(t.date()),
                t.hour(),
                t.minute()
            )
        })
        .unwrap_or_default()
}
