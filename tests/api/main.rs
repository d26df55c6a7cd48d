#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests, driven through the router or a real socket, each on a
//! fresh database: a temporary SQLite file, or a fresh PostgreSQL database
//! when `VIECLAM_TEST_POSTGRES` names a server.

mod helpers;

mod accounts;
mod cli;
mod demo;
mod import;
mod jobs;
mod mail;
mod moderation;
mod pages;
mod reference;
mod search;
mod server;
mod share;
mod smtp;
mod users;
