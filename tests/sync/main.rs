//! Mail custody tests: the store, the exactly-once sync engine against our
//! own POP3 server and a real Dovecot (with kills and cut connections), the
//! `postie` command line, and the Debian package made of it.

#[path = "../support/mod.rs"]
mod support;

mod big_messages;
mod cli;
mod custody;
mod durability;
mod engine;
mod faults;
mod logs;
mod odd_servers;
mod package;
mod proxy_faults;
mod reader_props;
mod store;
