//! POP3 client engine. Knows nothing of storage or UI.
//!
//! Three layers, as imap-codec/imap-next do it:
//! - [`parse`]: pure parsers (no I/O), safe on any input;
//! - [`protocol`]: the command queue and response routing, without I/O;
//! - `transport`, [`Connection`], [`Session`]: tokio + TLS, the only I/O.

pub mod auth;
pub mod command;
mod config;
mod connection;
mod error;
pub mod parse;
pub mod protocol;
mod secret;
mod session;
mod sink;
pub mod tls;
mod transport;
pub mod types;

pub use auth::AuthMethod;
pub use config::{Credentials, Security, ServerConfig, Timeouts};
pub use connection::{Connection, Encryption};
pub use error::{Error, Phase, TemporaryReason};
pub use protocol::Limits;
pub use secret::Secret;
pub use session::{BodyRequest, QuitOutcome, Session};
pub use sink::{BodyOutcome, BodySink, MemorySink, NullSink};
pub use tls::{CertificateInfo, CertificateProblem, CertificateReason, Fingerprint};
pub use types::*;
