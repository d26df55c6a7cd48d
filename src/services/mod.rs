//! Use cases. Each function opens its own transaction, calls repositories,
//! writes outbox rows in the same transaction, and returns `crate::error::Error`.

pub mod alerts;
pub mod applications;
pub mod auth;
pub mod candidates;
pub mod claims;
pub mod employers;
pub mod import;
pub mod indexing;
pub mod jobs;
pub mod mail_log;
pub mod moderation;
pub mod password_reset;
pub mod placements;
pub mod portal;
pub mod postings;
pub mod reference;
pub mod registry;
pub mod search;
pub mod seekers;
pub mod users;

use crate::clock::SharedClock;
use crate::db::Db;

/// What every use case needs: the database and the clock.
#[derive(Debug, Clone)]
pub struct Ctx {
    pub db: Db,
    pub clock: SharedClock,
}

/// The province this instance serves (Lào Cai's official code).
pub const HOME_PROVINCE: &str = "10";
