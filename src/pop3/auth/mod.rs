//! Authentication: which method to use, and the SASL mechanisms.
//!
//! The choice is a pure function of the account's wish, what the server
//! announced, and whether the connection is encrypted, so it can be tested
//! exhaustively without a server.

mod scram;
mod simple;

use std::fmt;
use std::str::FromStr;

use thiserror::Error;
use zeroize::Zeroizing;

pub use scram::{ScramClient, ScramHash};
pub use simple::{CramMd5, Login, OAuthBearer, Plain, XOAuth2, apop_digest};

use super::types::Capabilities;

/// How an account logs in. `Auto` picks the strongest method both sides
/// support and never picks APOP or a token method.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum AuthMethod {
    #[default]
    Auto,
    ScramSha256,
    ScramSha1,
    CramMd5,
    Plain,
    Login,
    /// USER and PASS (RFC 1939).
    User,
    /// APOP (RFC 1939 §7): weak MD5, only when the account asks for it.
    Apop,
    /// XOAUTH2 with a caller-supplied access token.
    XOAuth2,
    /// OAUTHBEARER (RFC 7628) with a caller-supplied access token.
    OAuthBearer,
}

impl AuthMethod {
    pub const ALL: [AuthMethod; 10] = [
        AuthMethod::Auto,
        AuthMethod::ScramSha256,
        AuthMethod::ScramSha1,
        AuthMethod::CramMd5,
        AuthMethod::Plain,
        AuthMethod::Login,
        AuthMethod::User,
        AuthMethod::Apop,
        AuthMethod::XOAuth2,
        AuthMethod::OAuthBearer,
    ];

    /// The name used on the command line and in settings.
    pub fn as_str(self) -> &'static str {
        match self {
            AuthMethod::Auto => "auto",
            AuthMethod::ScramSha256 => "scram-sha-256",
            AuthMethod::ScramSha1 => "scram-sha-1",
            AuthMethod::CramMd5 => "cram-md5",
            AuthMethod::Plain => "plain",
            AuthMethod::Login => "login",
            AuthMethod::User => "user",
            AuthMethod::Apop => "apop",
            AuthMethod::XOAuth2 => "xoauth2",
            AuthMethod::OAuthBearer => "oauthbearer",
        }
    }

    /// The SASL mechanism name, for SASL methods.
    pub fn sasl_name(self) -> Option<&'static str> {
        match self {
            AuthMethod::ScramSha256 => Some("SCRAM-SHA-256"),
            AuthMethod::ScramSha1 => Some("SCRAM-SHA-1"),
            AuthMethod::CramMd5 => Some("CRAM-MD5"),
            AuthMethod::Plain => Some("PLAIN"),
            AuthMethod::Login => Some("LOGIN"),
            AuthMethod::XOAuth2 => Some("XOAUTH2"),
            AuthMethod::OAuthBearer => Some("OAUTHBEARER"),
            AuthMethod::Auto | AuthMethod::User | AuthMethod::Apop => None,
        }
    }

    /// Whether the secret (or something as good as it) crosses the wire in
    /// a form an eavesdropper can use. Such methods need encryption unless
    /// the account explicitly allows plain text.
    pub fn exposes_secret(self) -> bool {
        matches!(
            self,
            AuthMethod::Plain
                | AuthMethod::Login
                | AuthMethod::User
                | AuthMethod::Apop
                | AuthMethod::XOAuth2
                | AuthMethod::OAuthBearer
        )
    }

    /// Methods whose secret is an OAuth access token rather than a password.
    pub fn uses_token(self) -> bool {
        matches!(self, AuthMethod::XOAuth2 | AuthMethod::OAuthBearer)
    }
}

impl fmt::Display for AuthMethod {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for AuthMethod {
    type Err = String;

    fn from_str(s: &str) -> Result<AuthMethod, String> {
        AuthMethod::ALL
            .into_iter()
            .find(|m| m.as_str().eq_ignore_ascii_case(s))
            .ok_or_else(|| {
                let names: Vec<_> = AuthMethod::ALL.iter().map(|m| m.as_str()).collect();
                crate::t!("error-unknown-login-method", value = s, names = names.join(", "))
            })
    }
}

/// The order `Auto` tries SASL mechanisms in, strongest first.
const AUTO_ORDER: [AuthMethod; 5] = [
    AuthMethod::ScramSha256,
    AuthMethod::ScramSha1,
    AuthMethod::CramMd5,
    AuthMethod::Plain,
    AuthMethod::Login,
];

/// Why no method could be chosen. Nothing has been sent when this happens.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ChoiceError {
    WouldExposeSecret,
    NotOffered(&'static str),
    NoApopTimestamp,
    NothingInCommon(String),
}

/// A clause for "Postie could not choose a login method for HOST: …".
impl fmt::Display for ChoiceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            ChoiceError::WouldExposeSecret => crate::t!("error-login-method-would-expose"),
            ChoiceError::NotOffered(method) => {
                let method: &str = method;
                crate::t!("error-login-method-not-offered", method = method)
            }
            ChoiceError::NoApopTimestamp => crate::t!("error-login-method-no-apop-timestamp"),
            ChoiceError::NothingInCommon(offered) => {
                crate::t!("error-login-method-nothing-in-common", offered = offered.as_str())
            }
        })
    }
}

/// Picks the login method. `capabilities` is `None` when the server does not
/// answer CAPA (an RFC 1939-only server).
pub fn choose(
    wanted: AuthMethod,
    capabilities: Option<&Capabilities>,
    encrypted: bool,
    allow_plaintext: bool,
    has_apop_timestamp: bool,
) -> Result<AuthMethod, ChoiceError> {
    let secret_ok = |method: AuthMethod| encrypted || allow_plaintext || !method.exposes_secret();
    if wanted != AuthMethod::Auto {
        if !secret_ok(wanted) {
            return Err(ChoiceError::WouldExposeSecret);
        }
        if wanted == AuthMethod::Apop && !has_apop_timestamp {
            return Err(ChoiceError::NoApopTimestamp);
        }
        if let (Some(name), Some(caps)) = (wanted.sasl_name(), capabilities)
            && !caps.has_sasl(name)
        {
            return Err(ChoiceError::NotOffered(name));
        }
        return Ok(wanted);
    }

    let mut refused_for_secrecy = false;
    let candidates = AUTO_ORDER
        .iter()
        .copied()
        .filter(|m| capabilities.is_some_and(|caps| caps.has_sasl(m.sasl_name().unwrap_or_default())))
        .chain(
            // USER/PASS when announced, or when the server predates CAPA.
            capabilities.is_none_or(|caps| caps.user).then_some(AuthMethod::User),
        );
    for method in candidates {
        if secret_ok(method) {
            return Ok(method);
        }
        refused_for_secrecy = true;
    }
    if refused_for_secrecy {
        return Err(ChoiceError::WouldExposeSecret);
    }
    let offered = capabilities
        .map(|caps| caps.sasl.join(" "))
        .filter(|s| !s.is_empty())
        .unwrap_or_else(|| "nothing".to_owned());
    Err(ChoiceError::NothingInCommon(offered))
}

/// Builds the SASL client for a SASL method.
pub fn sasl_client(
    method: AuthMethod,
    username: &str,
    secret: &str,
    host: &str,
    port: u16,
) -> Option<Box<dyn SaslClient>> {
    Some(match method {
        AuthMethod::ScramSha256 => Box::new(ScramClient::new(ScramHash::Sha256, username, secret)),
        AuthMethod::ScramSha1 => Box::new(ScramClient::new(ScramHash::Sha1, username, secret)),
        AuthMethod::CramMd5 => Box::new(CramMd5::new(username, secret)),
        AuthMethod::Plain => Box::new(Plain::new(username, secret)),
        AuthMethod::Login => Box::new(Login::new(username, secret)),
        AuthMethod::XOAuth2 => Box::new(XOAuth2::new(username, secret)),
        AuthMethod::OAuthBearer => Box::new(OAuthBearer::new(username, host, port, secret)),
        AuthMethod::Auto | AuthMethod::User | AuthMethod::Apop => return None,
    })
}

/// Why a SASL exchange was abandoned on our side.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SaslError {
    UnexpectedChallenge,
    /// What is wrong, in technical English.
    Malformed(&'static str),
    ServerSaid(String),
    ServerNotAuthenticated,
}

/// A clause for "Login to HOST was abandoned: …".
impl fmt::Display for SaslError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&match self {
            SaslError::UnexpectedChallenge => crate::t!("error-sasl-unexpected-challenge"),
            SaslError::Malformed(detail) => {
                let detail: &str = detail;
                crate::t!("error-sasl-malformed", detail = detail)
            }
            SaslError::ServerSaid(text) => crate::t!("error-sasl-server-said", text = text.as_str()),
            SaslError::ServerNotAuthenticated => crate::t!("error-sasl-server-not-authenticated"),
        })
    }
}

/// One SASL mechanism, client side. Payloads are raw bytes; the session
/// base64-encodes and decodes them.
pub trait SaslClient: Send {
    fn mechanism(&self) -> &'static str;
    /// The RFC 5034 initial response, for mechanisms that have one.
    fn initial_response(&mut self) -> Option<Zeroizing<Vec<u8>>>;
    /// The answer to a server challenge.
    fn respond(&mut self, challenge: &[u8]) -> Result<Zeroizing<Vec<u8>>, SaslError>;
    /// Called on `+OK`: mechanisms with mutual authentication check here
    /// that the server proved itself.
    fn check_success(&self) -> Result<(), SaslError> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn caps(sasl: &[&str], user: bool) -> Capabilities {
        Capabilities {
            sasl: sasl.iter().map(|s| s.to_string()).collect(),
            user,
            ..Capabilities::default()
        }
    }

    #[test]
    fn auto_prefers_the_strongest() {
        let all = caps(&["PLAIN", "LOGIN", "CRAM-MD5", "SCRAM-SHA-1", "SCRAM-SHA-256"], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&all), true, false, true),
            Ok(AuthMethod::ScramSha256)
        );
        let some = caps(&["PLAIN", "CRAM-MD5"], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&some), true, false, true),
            Ok(AuthMethod::CramMd5)
        );
        let dovecot = caps(&["PLAIN", "LOGIN"], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&dovecot), true, false, false),
            Ok(AuthMethod::Plain)
        );
        let user_only = caps(&[], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&user_only), true, false, false),
            Ok(AuthMethod::User)
        );
        assert_eq!(choose(AuthMethod::Auto, None, true, false, false), Ok(AuthMethod::User));
    }

    #[test]
    fn auto_never_picks_apop_or_tokens() {
        let c = caps(&["XOAUTH2", "OAUTHBEARER"], false);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&c), true, false, true),
            Err(ChoiceError::NothingInCommon("XOAUTH2 OAUTHBEARER".into()))
        );
    }

    #[test]
    fn cleartext_connections_keep_passwords_back() {
        let c = caps(&["PLAIN", "LOGIN"], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&c), false, false, true),
            Err(ChoiceError::WouldExposeSecret)
        );
        assert_eq!(
            choose(AuthMethod::Auto, None, false, false, true),
            Err(ChoiceError::WouldExposeSecret)
        );
        assert_eq!(
            choose(AuthMethod::Apop, None, false, false, true),
            Err(ChoiceError::WouldExposeSecret)
        );
        assert_eq!(
            choose(AuthMethod::User, Some(&c), false, false, true),
            Err(ChoiceError::WouldExposeSecret)
        );
        // Challenge-response methods do not send the password.
        let cram = caps(&["CRAM-MD5", "PLAIN"], true);
        assert_eq!(
            choose(AuthMethod::Auto, Some(&cram), false, false, false),
            Ok(AuthMethod::CramMd5)
        );
        // Explicit permission.
        assert_eq!(
            choose(AuthMethod::Auto, Some(&c), false, true, false),
            Ok(AuthMethod::Plain)
        );
    }

    #[test]
    fn explicit_choices() {
        let c = caps(&["PLAIN"], true);
        assert_eq!(
            choose(AuthMethod::Login, Some(&c), true, false, false),
            Err(ChoiceError::NotOffered("LOGIN"))
        );
        assert_eq!(
            choose(AuthMethod::Login, None, true, false, false),
            Ok(AuthMethod::Login)
        );
        assert_eq!(
            choose(AuthMethod::Apop, Some(&c), true, false, false),
            Err(ChoiceError::NoApopTimestamp)
        );
        assert_eq!(
            choose(AuthMethod::Apop, Some(&c), true, false, true),
            Ok(AuthMethod::Apop)
        );
        assert_eq!(
            choose(AuthMethod::User, Some(&caps(&[], false)), true, false, false),
            Ok(AuthMethod::User)
        );
    }

    #[test]
    fn names_round_trip() {
        for m in AuthMethod::ALL {
            assert_eq!(m.as_str().parse::<AuthMethod>(), Ok(m));
        }
        assert!("kerberos".parse::<AuthMethod>().is_err());
    }
}
