//! Shared test helpers: certificates, an in-process scripted POP3 server,
//! and a real Dovecot started on 127.0.0.1 for interop tests.
#![allow(dead_code)]

pub mod certs;
pub mod dovecot;
pub mod fuzz;
pub mod postie_cli;
pub mod proxy;
pub mod rng;
pub mod scripted;
