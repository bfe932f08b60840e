//! Postie: a POP3 mail client that never loses a message.
//!
//! - [`pop3`]: the protocol engine (no storage, no UI);
//! - [`store`]: the SQLite store (no sockets, no UI);
//! - [`sync`]: the engine joining them: exactly-once fetching;
//! - [`secrets`]: passwords from the keyring or a command;
//! - [`mail`]: reading messages (pure);
//! - [`account`]: what an account is (plain data);
//! - [`text`]: making untrusted text safe to display;
//! - [`i18n`]: the words shown to people, in their language;
//! - [`logging`]: the log file and `--verbose` (no secrets, no mail);
//! - [`ui`]: the desktop app.

pub mod account;
pub mod cli;
pub mod demo;
pub mod desktop;
pub mod i18n;
pub mod instance;
pub mod logging;
pub mod mail;
pub mod pop3;
pub mod presets;
pub mod secrets;
pub mod store;
pub mod sync;
pub mod text;
pub mod ui;
