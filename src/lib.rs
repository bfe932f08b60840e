//! Postie: a POP3 mail client that never loses a message.
//!
//! - [`pop3`]: the protocol engine (no storage, no UI).

pub mod pop3;
