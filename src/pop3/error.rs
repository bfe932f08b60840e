//! Errors of a POP3 session. Each one reads as a sentence for the user, in
//! their language (the `error-…` messages): what happened and what to do.
//! None ever contains a password or token: server text is sanitised and
//! credentials are never formatted.

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

impl Phase {
    /// The `$phase` selector of the `error-…` messages.
    pub fn key(&self) -> &'static str {
        match self {
            Phase::Connecting => "connecting",
            Phase::TlsHandshake => "tls-handshake",
            Phase::Greeting => "greeting",
            Phase::StartTls => "starttls",
            Phase::Authenticating => "authenticating",
            Phase::Command(_) => "command",
        }
    }

    /// The POP3 command being answered, or "".
    pub fn command(&self) -> &'static str {
        match self {
            Phase::Command(name) => name,
            _ => "",
        }
    }
}

/// English, for log lines; users see the phase inside an error's sentence.
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

/// A failure of a POP3 session. Its `Display` is the sentence for the user,
/// in the current language (`error-…` messages).
#[derive(Debug, Error)]
pub enum Error {
    Resolve {
        host: String,
        source: io::Error,
    },
    Connect {
        host: String,
        port: u16,
        source: io::Error,
    },
    Timeout {
        host: String,
        phase: Phase,
        after: Duration,
    },
    Closed {
        host: String,
        phase: Phase,
    },
    Io {
        host: String,
        phase: Phase,
        source: io::Error,
    },
    TlsHandshake {
        host: String,
        detail: String,
    },
    Certificate(Box<CertificateProblem>),
    CertificateChanged {
        host: String,
        expected: Fingerprint,
        found: Fingerprint,
    },
    StartTlsUnavailable {
        host: String,
    },
    StartTlsRefused {
        host: String,
        text: String,
    },
    StartTlsInjection {
        host: String,
    },
    GreetingRefused {
        host: String,
        text: String,
    },
    Protocol {
        host: String,
        phase: Phase,
        source: ProtocolError,
    },
    NoLoginMethod {
        host: String,
        source: ChoiceError,
    },
    AuthRejected {
        host: String,
        text: String,
    },
    Temporary {
        host: String,
        reason: TemporaryReason,
        text: String,
        retry_after: Option<Duration>,
    },
    Permanent {
        host: String,
        text: String,
    },
    Sasl {
        host: String,
        source: SaslError,
    },
    CommandFailed {
        host: String,
        command: &'static str,
        text: String,
        code: Option<ResponseCode>,
    },
    Unsupported {
        host: String,
        command: &'static str,
    },
    Sink(io::Error),
    InvalidSetting(super::command::CommandError),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let sentence = match self {
            Error::Resolve { host: h, source } => {
                crate::t!("error-resolve", host = h.as_str(), detail = source.to_string())
            }
            Error::Connect { host: h, port, source } => crate::t!(
                "error-connect",
                host = h.as_str(),
                port = port.to_string(),
                detail = source.to_string()
            ),
            Error::Timeout { host: h, phase, after } => {
                let seconds: u64 = after.as_secs();
                crate::t!(
                    "error-timeout",
                    host = h.as_str(),
                    seconds = seconds,
                    phase = phase.key(),
                    command = phase.command()
                )
            }
            Error::Closed { host: h, phase } => crate::t!(
                "error-closed",
                host = h.as_str(),
                phase = phase.key(),
                command = phase.command()
            ),
            Error::Io { host: h, phase, source } => crate::t!(
                "error-io",
                host = h.as_str(),
                phase = phase.key(),
                command = phase.command(),
                detail = source.to_string()
            ),
            Error::TlsHandshake { host: h, detail } => {
                crate::t!("error-tls-handshake", host = h.as_str(), detail = detail.as_str())
            }
            Error::Certificate(problem) => crate::t!(
                "error-certificate",
                host = problem.host.as_str(),
                reason = problem.reason.key(),
                detail = problem.reason.detail(),
                fingerprint = problem.certificate.sha256.to_string()
            ),
            Error::CertificateChanged { host: h, found, .. } => crate::t!(
                "error-certificate-changed",
                host = h.as_str(),
                fingerprint = found.to_string()
            ),
            Error::StartTlsUnavailable { host: h } => crate::t!("error-starttls-unavailable", host = h.as_str()),
            Error::StartTlsRefused { host: h, text } => {
                crate::t!("error-starttls-refused", host = h.as_str(), text = text.as_str())
            }
            Error::StartTlsInjection { host: h } => crate::t!("error-starttls-injection", host = h.as_str()),
            Error::GreetingRefused { host: h, text } => {
                crate::t!("error-greeting-refused", host = h.as_str(), text = text.as_str())
            }
            Error::Protocol { host: h, phase, source } => crate::t!(
                "error-protocol",
                host = h.as_str(),
                phase = phase.key(),
                command = phase.command(),
                detail = source.to_string()
            ),
            Error::NoLoginMethod { host: h, source } => {
                crate::t!("error-no-login-method", host = h.as_str(), detail = source.to_string())
            }
            Error::AuthRejected { host: h, text } => {
                crate::t!("error-auth-rejected", host = h.as_str(), text = text.as_str())
            }
            Error::Temporary {
                host: h,
                reason,
                text,
                retry_after,
            } => temporary_sentence(h, *reason, text, *retry_after),
            Error::Permanent { host: h, text } => crate::t!("error-permanent", host = h.as_str(), text = text.as_str()),
            Error::Sasl { host: h, source } => crate::t!("error-sasl", host = h.as_str(), detail = source.to_string()),
            Error::CommandFailed {
                host: h, command, text, ..
            } => {
                let command: &str = command;
                crate::t!(
                    "error-command-failed",
                    host = h.as_str(),
                    command = command,
                    text = text.as_str()
                )
            }
            Error::Unsupported { host: h, command } => {
                let command: &str = command;
                crate::t!("error-unsupported", host = h.as_str(), command = command)
            }
            Error::Sink(source) => crate::t!("error-sink", detail = source.to_string()),
            Error::InvalidSetting(problem) => crate::t!("error-invalid-setting", reason = problem.to_string()),
        };
        f.write_str(&sentence)
    }
}

fn temporary_sentence(host: &str, reason: TemporaryReason, text: &str, retry_after: Option<Duration>) -> String {
    let reason = match reason {
        TemporaryReason::InUse => "in-use",
        TemporaryReason::LoginDelay => "login-delay",
        TemporaryReason::System => "system",
    };
    let (retry, delay): (&str, u64) = match retry_after {
        Some(delay) if delay.as_secs() >= 120 => ("minutes", delay.as_secs().div_ceil(60)),
        Some(delay) => ("seconds", delay.as_secs()),
        None => ("later", 0),
    };
    crate::t!(
        "error-temporary",
        host = host,
        reason = reason,
        text = text,
        retry = retry,
        delay = delay
    )
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
