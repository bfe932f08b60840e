//! Errors of a POP3 session. Each one reads as a sentence for the user:
//! what happened and what to do. None ever contains a password or token:
//! server text is sanitised and credentials are never formatted.

use std::io;
use std::time::Duration;

use thiserror::Error;

use super::auth::{ChoiceError, SaslError};
use super::protocol::ProtocolError;
use super::tls::{CertificateProblem, Fingerprint};
use super::types::{Reply, ResponseCode};

/// What the session was doing when it failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Connecting,
    TlsHandshake,
    Greeting,
    StartTls,
    Authenticating,
    Command(&'static str),
}

impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Phase::Connecting => f.write_str("connecting"),
            Phase::TlsHandshake => f.write_str("setting up encryption"),
            Phase::Greeting => f.write_str("waiting for its greeting"),
            Phase::StartTls => f.write_str("switching to encryption (STLS)"),
            Phase::Authenticating => f.write_str("logging in"),
            Phase::Command(name) => write!(f, "answering {name}"),
        }
    }
}

/// Why a login attempt cannot simply be repeated right away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemporaryReason {
    /// `[IN-USE]`: another program has the mailbox open.
    InUse,
    /// `[LOGIN-DELAY]`: logged in too recently.
    LoginDelay,
    /// `[SYS/TEMP]`: the server has a temporary problem.
    System,
}

#[derive(Debug, Error)]
pub enum Error {
    #[error("Could not find the server {host} ({source}). Check the server name and your network connection.")]
    Resolve { host: String, source: io::Error },

    #[error(
        "Could not connect to {host} on port {port} ({source}). Check the server name, the port and your network connection."
    )]
    Connect { host: String, port: u16, source: io::Error },

    #[error("The server {host} did not answer within {} seconds while {phase}. Try again later; if it keeps happening, check the port and security settings.", .after.as_secs())]
    Timeout {
        host: String,
        phase: Phase,
        after: Duration,
    },

    #[error(
        "The server {host} closed the connection while {phase}. Try again later; if it keeps happening, check the port and security settings."
    )]
    Closed { host: String, phase: Phase },

    #[error("The connection to {host} failed while {phase} ({source}). Try again later.")]
    Io {
        host: String,
        phase: Phase,
        source: io::Error,
    },

    #[error(
        "A secure connection to {host} could not be set up ({detail}). The server may only offer outdated encryption (older than TLS 1.2), or this port may not use TLS: check the security setting."
    )]
    TlsHandshake { host: String, detail: String },

    #[error("The certificate of {} was refused because {}. If you are sure this is your server, trust the certificate with SHA-256 fingerprint {}.", .0.host, .0.reason, .0.certificate.sha256)]
    Certificate(Box<CertificateProblem>),

    #[error(
        "The certificate of {host} has changed since you trusted it (it is now SHA-256 {found}), so nothing was sent. If your provider really changed it, check the new fingerprint and trust it again."
    )]
    CertificateChanged {
        host: String,
        expected: Fingerprint,
        found: Fingerprint,
    },

    #[error(
        "The server {host} does not offer encryption with STARTTLS, so Postie stopped before sending your password. Use security 'tls' (usually port 995) or ask your provider."
    )]
    StartTlsUnavailable { host: String },

    #[error(
        "The server {host} refused to start encryption ({text}), so Postie stopped before sending your password. Use security 'tls' (usually port 995) or try again later."
    )]
    StartTlsRefused { host: String, text: String },

    #[error(
        "The server {host} sent data before encryption was set up, which can be an attack, so Postie disconnected without sending your password."
    )]
    StartTlsInjection { host: String },

    #[error("The server {host} refused the connection ({text}). Try again later.")]
    GreetingRefused { host: String, text: String },

    #[error(
        "The server {host} sent something Postie could not understand while {phase} ({source}). The connection was closed; try again later."
    )]
    Protocol {
        host: String,
        phase: Phase,
        source: ProtocolError,
    },

    #[error(
        "Postie could not choose a login method for {host}: {source}. Check the account's security and login settings."
    )]
    NoLoginMethod { host: String, source: ChoiceError },

    #[error(
        "The server {host} rejected the user name or password ({text}). Check them in the account settings; Postie will not try again with the same password."
    )]
    AuthRejected { host: String, text: String },

    #[error("{}", temporary_sentence(.host, *.reason, .text, *.retry_after))]
    Temporary {
        host: String,
        reason: TemporaryReason,
        text: String,
        retry_after: Option<Duration>,
    },

    #[error(
        "The server {host} refuses access to this account: {text}. Check the account at your provider (for example, whether POP access is turned on)."
    )]
    Permanent { host: String, text: String },

    #[error(
        "Login to {host} was abandoned: {source}. Try again later; if it keeps happening, choose another login method."
    )]
    Sasl { host: String, source: SaslError },

    #[error("The server {host} refused {command} ({text}).")]
    CommandFailed {
        host: String,
        command: &'static str,
        text: String,
        code: Option<ResponseCode>,
    },

    #[error("The server {host} does not support {command}.")]
    Unsupported { host: String, command: &'static str },

    #[error(
        "The message could not be saved ({0}). Nothing was deleted from the server; free some disk space or check the data folder, then fetch again."
    )]
    Sink(io::Error),

    #[error("Postie did not send the command because {0}. Correct it in the account settings.")]
    InvalidSetting(super::command::CommandError),
}

fn temporary_sentence(host: &str, reason: TemporaryReason, text: &str, retry_after: Option<Duration>) -> String {
    let what = match reason {
        TemporaryReason::InUse => "says the mailbox is in use by another program",
        TemporaryReason::LoginDelay => "allows logins only at intervals and this one came too soon",
        TemporaryReason::System => "has a temporary problem",
    };
    let when = match retry_after {
        Some(delay) if delay.as_secs() >= 120 => format!("in {} minutes", delay.as_secs().div_ceil(60)),
        Some(delay) => format!("in {} seconds", delay.as_secs()),
        None => "later".to_owned(),
    };
    format!("The server {host} {what} ({text}). Postie keeps your password and will try again {when}.")
}

impl Error {
    /// A failure that says nothing about the account's settings: trying
    /// again later may well succeed.
    pub fn is_temporary(&self) -> bool {
        matches!(
            self,
            Error::Timeout { .. }
                | Error::Closed { .. }
                | Error::Io { .. }
                | Error::Temporary { .. }
                | Error::GreetingRefused { .. }
                | Error::Connect { .. }
                | Error::Resolve { .. }
        )
    }

    /// The password or token was refused: do not retry it automatically.
    pub fn is_auth_rejected(&self) -> bool {
        matches!(self, Error::AuthRejected { .. })
    }

    /// The certificate problem, for a "trust this certificate" dialog.
    pub fn certificate_problem(&self) -> Option<&CertificateProblem> {
        match self {
            Error::Certificate(problem) => Some(problem),
            _ => None,
        }
    }

    /// Classifies a `-ERR` to a login command (RFC 2449 §8, RFC 3206).
    pub(crate) fn from_login_reply(host: &str, reply: Reply, login_delay: Option<Duration>) -> Error {
        let host = host.to_owned();
        let text = reply.text;
        match reply.code {
            Some(ResponseCode::InUse) => Error::Temporary {
                host,
                reason: TemporaryReason::InUse,
                text,
                retry_after: None,
            },
            Some(ResponseCode::LoginDelay) => Error::Temporary {
                host,
                reason: TemporaryReason::LoginDelay,
                text,
                retry_after: login_delay,
            },
            Some(ResponseCode::SysTemp) => Error::Temporary {
                host,
                reason: TemporaryReason::System,
                text,
                retry_after: None,
            },
            Some(ResponseCode::SysPerm) => Error::Permanent { host, text },
            // [AUTH], no code, or a code we do not know: treat as a rejected
            // password, which is never retried automatically (lockouts).
            _ => Error::AuthRejected { host, text },
        }
    }
}
