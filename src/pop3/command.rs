//! POP3 commands and their encoding. Arguments are checked so that nothing
//! a user typed can inject a second command (no CR, LF or NUL).

use std::fmt;

use thiserror::Error;
use zeroize::Zeroizing;

use super::secret::Secret;
use super::types::MessageNumber;

/// RFC 2449 §4: a command line is at most 255 octets (CRLF included).
pub const MAX_COMMAND_LINE: usize = 255;

#[derive(Debug, Clone)]
pub enum Command {
    Capa,
    Stls,
    User(String),
    Pass(Secret),
    /// `APOP name digest`; the digest is hex MD5, not the password.
    Apop {
        user: String,
        digest: Secret,
    },
    /// `AUTH mechanism [initial-response]`; the response is already base64.
    Auth {
        mechanism: String,
        initial_response: Option<Secret>,
    },
    /// A line answering a SASL continuation: base64, empty, or `*` to cancel.
    AuthResponse(Secret),
    Stat,
    List(Option<MessageNumber>),
    Uidl(Option<MessageNumber>),
    Retr(MessageNumber),
    Top(MessageNumber, u32),
    Dele(MessageNumber),
    Noop,
    Rset,
    Quit,
}

/// What kind of response a command gets, which decides how it is parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResponseShape {
    /// One status line.
    Single,
    /// A status line and, on `+OK`, a CAPA listing.
    Capabilities,
    /// A status line and, on `+OK`, a LIST listing.
    ListAll,
    /// A status line and, on `+OK`, a UIDL listing.
    UidlAll,
    /// A status line and, on `+OK`, a message (or header) body.
    Body,
    /// A status line or a SASL continuation (`+ base64`).
    Sasl,
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum CommandError {
    ForbiddenCharacter(&'static str),
    TooLong(&'static str),
    Empty(&'static str),
}

/// A clause ("the user name is empty") in the user's language.
impl fmt::Display for CommandError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (problem, what) = match self {
            CommandError::ForbiddenCharacter(what) => ("forbidden-character", what),
            CommandError::TooLong(what) => ("too-long", what),
            CommandError::Empty(what) => ("empty", what),
        };
        let field = match *what {
            "user name" => "user-name",
            "password" => "password",
            "APOP digest" => "apop-digest",
            "SASL mechanism" => "sasl-mechanism",
            "SASL response" => "sasl-response",
            _ => "command",
        };
        f.write_str(&crate::t!("error-command-invalid", problem = problem, field = field))
    }
}

impl Command {
    /// The command verb, for logs and error messages.
    pub fn name(&self) -> &'static str {
        match self {
            Command::Capa => "CAPA",
            Command::Stls => "STLS",
            Command::User(_) => "USER",
            Command::Pass(_) => "PASS",
            Command::Apop { .. } => "APOP",
            Command::Auth { .. } | Command::AuthResponse(_) => "AUTH",
            Command::Stat => "STAT",
            Command::List(_) => "LIST",
            Command::Uidl(_) => "UIDL",
            Command::Retr(_) => "RETR",
            Command::Top(..) => "TOP",
            Command::Dele(_) => "DELE",
            Command::Noop => "NOOP",
            Command::Rset => "RSET",
            Command::Quit => "QUIT",
        }
    }

    pub fn response_shape(&self) -> ResponseShape {
        match self {
            Command::Capa => ResponseShape::Capabilities,
            Command::List(None) => ResponseShape::ListAll,
            Command::Uidl(None) => ResponseShape::UidlAll,
            Command::Retr(_) | Command::Top(..) => ResponseShape::Body,
            Command::Auth { .. } | Command::AuthResponse(_) => ResponseShape::Sasl,
            _ => ResponseShape::Single,
        }
    }

    /// Commands that may share the wire with others under PIPELINING. The
    /// rest (STLS, authentication, QUIT, CAPA) change the session state and
    /// are sent alone, after every earlier answer has arrived.
    pub fn may_pipeline(&self) -> bool {
        matches!(
            self,
            Command::Stat
                | Command::List(_)
                | Command::Uidl(_)
                | Command::Retr(_)
                | Command::Top(..)
                | Command::Dele(_)
                | Command::Noop
                | Command::Rset
        )
    }

    /// True when the encoded line contains a password, token or digest.
    pub fn carries_secret(&self) -> bool {
        matches!(
            self,
            Command::Pass(_) | Command::Apop { .. } | Command::Auth { .. } | Command::AuthResponse(_)
        )
    }

    /// Appends the command line (with CRLF) to `out`.
    pub fn encode(&self, out: &mut Vec<u8>) -> Result<(), CommandError> {
        let start = out.len();
        let result = self.encode_unchecked_length(out);
        let line_len = out.len() - start;
        let limited = !matches!(self, Command::AuthResponse(_));
        let result = result.and_then(|()| {
            if limited && line_len > MAX_COMMAND_LINE {
                Err(CommandError::TooLong(self.argument_name()))
            } else {
                Ok(())
            }
        });
        if result.is_err() {
            // Leave no half command (or half secret) behind.
            zeroize_tail(out, start);
        }
        result
    }

    fn encode_unchecked_length(&self, out: &mut Vec<u8>) -> Result<(), CommandError> {
        match self {
            Command::Capa | Command::Stls | Command::Stat | Command::Noop | Command::Rset | Command::Quit => {
                out.extend_from_slice(self.name().as_bytes());
            }
            Command::User(name) => {
                let name = checked(name, "user name")?;
                out.extend_from_slice(b"USER ");
                out.extend_from_slice(name.as_bytes());
            }
            Command::Pass(password) => {
                // RFC 1939 allows spaces in the password: it is the rest of the line.
                let password = checked(password.expose(), "password")?;
                out.extend_from_slice(b"PASS ");
                out.extend_from_slice(password.as_bytes());
            }
            Command::Apop { user, digest } => {
                let user = checked(user, "user name")?;
                out.extend_from_slice(b"APOP ");
                out.extend_from_slice(user.as_bytes());
                out.push(b' ');
                out.extend_from_slice(checked(digest.expose(), "APOP digest")?.as_bytes());
            }
            Command::Auth {
                mechanism,
                initial_response,
            } => {
                let mechanism = checked(mechanism, "SASL mechanism")?;
                out.extend_from_slice(b"AUTH ");
                out.extend_from_slice(mechanism.as_bytes());
                if let Some(initial) = initial_response {
                    out.push(b' ');
                    // RFC 5034 §4: an empty initial response is sent as "=".
                    let initial = if initial.is_empty() { "=" } else { initial.expose() };
                    out.extend_from_slice(checked_allow_empty(initial, "SASL response")?.as_bytes());
                }
            }
            Command::AuthResponse(response) => {
                out.extend_from_slice(checked_allow_empty(response.expose(), "SASL response")?.as_bytes());
            }
            Command::List(n) => encode_optional_number(out, "LIST", *n),
            Command::Uidl(n) => encode_optional_number(out, "UIDL", *n),
            Command::Retr(n) => encode_numbers(out, "RETR", &[*n]),
            Command::Dele(n) => encode_numbers(out, "DELE", &[*n]),
            Command::Top(n, lines) => encode_numbers(out, "TOP", &[*n, *lines]),
        }
        out.extend_from_slice(b"\r\n");
        Ok(())
    }

    fn argument_name(&self) -> &'static str {
        match self {
            Command::User(_) | Command::Apop { .. } => "user name",
            Command::Pass(_) => "password",
            Command::Auth { .. } | Command::AuthResponse(_) => "SASL response",
            _ => "command",
        }
    }
}

/// Logs show the verb and numbers, never a credential.
impl fmt::Display for Command {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Command::User(name) => write!(f, "USER {}", super::parse::sanitize(name.as_bytes())),
            Command::Pass(_) => f.write_str("PASS ***"),
            Command::Apop { user, .. } => write!(f, "APOP {} ***", super::parse::sanitize(user.as_bytes())),
            Command::Auth {
                mechanism,
                initial_response,
            } => {
                write!(f, "AUTH {mechanism}")?;
                if initial_response.is_some() {
                    f.write_str(" ***")?;
                }
                Ok(())
            }
            Command::AuthResponse(_) => f.write_str("***"),
            Command::List(Some(n)) => write!(f, "LIST {n}"),
            Command::Uidl(Some(n)) => write!(f, "UIDL {n}"),
            Command::Retr(n) => write!(f, "RETR {n}"),
            Command::Dele(n) => write!(f, "DELE {n}"),
            Command::Top(n, lines) => write!(f, "TOP {n} {lines}"),
            other => f.write_str(other.name()),
        }
    }
}

fn checked<'a>(value: &'a str, what: &'static str) -> Result<&'a str, CommandError> {
    if value.is_empty() {
        return Err(CommandError::Empty(what));
    }
    checked_allow_empty(value, what)
}

fn checked_allow_empty<'a>(value: &'a str, what: &'static str) -> Result<&'a str, CommandError> {
    if value.bytes().any(|b| matches!(b, b'\r' | b'\n' | 0)) {
        return Err(CommandError::ForbiddenCharacter(what));
    }
    Ok(value)
}

fn encode_optional_number(out: &mut Vec<u8>, verb: &str, n: Option<MessageNumber>) {
    match n {
        Some(n) => encode_numbers(out, verb, &[n]),
        None => out.extend_from_slice(verb.as_bytes()),
    }
}

fn encode_numbers(out: &mut Vec<u8>, verb: &str, numbers: &[u32]) {
    out.extend_from_slice(verb.as_bytes());
    for n in numbers {
        out.push(b' ');
        out.extend_from_slice(n.to_string().as_bytes());
    }
}

/// Overwrites and removes everything in `buf` after `start`.
pub(crate) fn zeroize_tail(buf: &mut Vec<u8>, start: usize) {
    let mut tail = Zeroizing::new(buf.split_off(start));
    tail.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(c: Command) -> String {
        let mut out = Vec::new();
        c.encode(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn encodes_commands() {
        assert_eq!(line(Command::Capa), "CAPA\r\n");
        assert_eq!(line(Command::User("me@host".into())), "USER me@host\r\n");
        assert_eq!(line(Command::Pass("a b".into())), "PASS a b\r\n");
        assert_eq!(line(Command::List(None)), "LIST\r\n");
        assert_eq!(line(Command::List(Some(3))), "LIST 3\r\n");
        assert_eq!(line(Command::Top(2, 0)), "TOP 2 0\r\n");
        assert_eq!(
            line(Command::Auth {
                mechanism: "PLAIN".into(),
                initial_response: Some("".into())
            }),
            "AUTH PLAIN =\r\n"
        );
    }

    #[test]
    fn refuses_injection() {
        let mut out = b"keep".to_vec();
        let err = Command::User("me\r\nDELE 1".into()).encode(&mut out).unwrap_err();
        assert_eq!(err, CommandError::ForbiddenCharacter("user name"));
        assert_eq!(out, b"keep");
        assert!(Command::Pass("x\0y".into()).encode(&mut out).is_err());
        assert!(Command::User(String::new()).encode(&mut out).is_err());
    }

    #[test]
    fn refuses_overlong_lines() {
        let mut out = Vec::new();
        let err = Command::User("u".repeat(300)).encode(&mut out).unwrap_err();
        assert_eq!(err, CommandError::TooLong("user name"));
        assert!(out.is_empty());
        // SASL response lines are not limited (RFC 5034 §4).
        Command::AuthResponse("A".repeat(1000).into()).encode(&mut out).unwrap();
    }

    #[test]
    fn display_hides_secrets() {
        assert_eq!(Command::Pass("hunter2".into()).to_string(), "PASS ***");
        let apop = Command::Apop {
            user: "u".into(),
            digest: "abc".into(),
        };
        assert!(!format!("{apop:?}").contains("abc"));
        assert_eq!(apop.to_string(), "APOP u ***");
        assert!(!format!("{:?}", Command::Pass("hunter2".into())).contains("hunter2"));
    }
}
