//! POP3 engine tests: byte transcripts against a scripted server, TLS and
//! STARTTLS security cases, property tests of the parser, and interop with
//! a real Dovecot.

#[path = "../support/mod.rs"]
mod support;

mod dovecot;
mod props;
mod sasl_props;
mod tls;
mod transcripts;
