#![allow(clippy::unwrap_used, clippy::expect_used)]
//! Integration tests, driven through the router or a real socket, each on a
//! fresh database: a temporary SQLite file, or a fresh PostgreSQL database
//! when `VIECLAM_TEST_POSTGRES` names a server.

mod helpers;

mod access;
mod accounts;
mod cli;
mod demo;
mod employers;
mod import;
mod job_alerts;
mod jobs;
mod mail;
mod moderation;
mod pages;
mod portal_followups;
mod portal_support;
mod reference;
mod registry;
mod search;
mod seeker_applications;
mod seekers;
mod server;
mod share;
mod smtp;
mod staff;
mod users;
