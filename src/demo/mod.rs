//! Sample mail for a first look at Postie, served by a POP3 server of ours
//! on 127.0.0.1 (no network, no account of the user's needed).

pub mod server;
