//! vieclam: a labour exchange for Vietnam's public employment service centres.
//!
//! The crate is laid out by layer: `domain` holds pure types and rules,
//! `db` the repositories, `services` one function per use case, `web` the
//! HTTP edge, `mail` and `search` the derived outputs fed from outboxes.

pub mod allocator;
pub mod app;
pub mod bench;
pub mod cli;
pub mod clock;
pub mod config;
pub mod db;
pub mod demo;
pub mod domain;
pub mod error;
pub mod i18n;
pub mod mail;
pub mod reference;
pub mod search;
pub mod services;
pub mod telemetry;
pub mod web;
