//! Mail custody tests: the store, the exactly-once sync engine against our
//! own POP3 server and a real Dovecot (with kills and cut connections), and
//! the `postie` command line.

#[path = "../support/mod.rs"]
mod support;

mod cli;
mod custody;
mod engine;
mod store;
