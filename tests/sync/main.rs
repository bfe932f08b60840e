//! Mail custody tests: the store, the exactly-once sync engine against our
//! own POP3 server and a real Dovecot (with kills and cut connections), the
//! `postie` command line, and the Debian package made of it.

#[path = "../support/mod.rs"]
mod support;

mod cli;
mod custody;
mod engine;
mod logs;
mod package;
mod reader_props;
mod store;
