//! What a caller tells the engine: where the server is, how to secure the
//! connection, how long to wait, and how to log in.

use std::fmt;
use std::str::FromStr;
use std::time::Duration;

use super::auth::AuthMethod;
use super::protocol::Limits;
use super::secret::Secret;
use super::tls::Fingerprint;

/// How the connection is protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Security {
    /// Implicit TLS from the first byte (RFC 8314), port 995.
    #[default]
    Tls,
    /// Plain connection upgraded with STLS (RFC 2595), port 110. Never
    /// downgraded: if STLS is missing or fails, nothing is sent.
    StartTls,
    /// No encryption at all. Only when the account explicitly asks.
    Plain,
}

impl Security {
    pub fn default_port(self) -> u16 {
        match self {
            Security::Tls => 995,
            Security::StartTls | Security::Plain => 110,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Security::Tls => "tls",
            Security::StartTls => "starttls",
            Security::Plain => "plain",
        }
    }
}

impl fmt::Display for Security {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Security {
    type Err = String;

    fn from_str(s: &str) -> Result<Security, String> {
        match s.to_ascii_lowercase().as_str() {
            "tls" | "ssl" => Ok(Security::Tls),
            "starttls" | "stls" => Ok(Security::StartTls),
            "plain" | "none" => Ok(Security::Plain),
            _ => Err(crate::t!("error-unknown-security", value = s)),
        }
    }
}

/// Every network wait is bounded by one of these.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// TCP connect and TLS handshake.
    pub connect: Duration,
    /// From connect to the greeting.
    pub greeting: Duration,
    /// Longest silence while waiting for any answer.
    pub idle: Duration,
    /// The slowest transfer rate tolerated for a message body, in bytes per
    /// second: RETR's overall deadline is `idle + size / rate`.
    pub min_transfer_rate: u64,
}

impl Default for Timeouts {
    fn default() -> Timeouts {
        Timeouts {
            connect: Duration::from_secs(30),
            greeting: Duration::from_secs(30),
            idle: Duration::from_secs(60),
            min_transfer_rate: 8 * 1024,
        }
    }
}

impl Timeouts {
    /// Overall time allowed for a response with a body of `size` bytes.
    pub fn for_body(&self, size: u64) -> Duration {
        let rate = self.min_transfer_rate.max(1);
        self.idle + Duration::from_secs(size / rate)
    }
}

/// Where and how to connect.
#[derive(Debug, Clone)]
pub struct ServerConfig {
    pub host: String,
    pub port: u16,
    pub security: Security,
    /// When set, exactly this certificate is accepted for this server, and
    /// any other is refused, whatever authority signed it.
    pub pinned_certificate: Option<Fingerprint>,
    /// Extra trust anchors (DER), added to the system's (e.g. a company CA).
    pub extra_root_certificates: Vec<Vec<u8>>,
    pub timeouts: Timeouts,
    pub limits: Limits,
    /// Use PIPELINING when the server announces it.
    pub allow_pipelining: bool,
}

impl ServerConfig {
    pub fn new(host: impl Into<String>, security: Security) -> ServerConfig {
        ServerConfig {
            host: host.into(),
            port: security.default_port(),
            security,
            pinned_certificate: None,
            extra_root_certificates: Vec::new(),
            timeouts: Timeouts::default(),
            limits: Limits::default(),
            allow_pipelining: true,
        }
    }

    pub fn with_port(mut self, port: u16) -> ServerConfig {
        self.port = port;
        self
    }
}

/// Who logs in, and how.
#[derive(Debug, Clone)]
pub struct Credentials {
    /// Passed to the server exactly as given (`user@host` and `user+host`
    /// SDPS-style names included).
    pub username: String,
    /// A password, or an OAuth access token for XOAUTH2 and OAUTHBEARER.
    pub secret: Secret,
    pub method: AuthMethod,
    /// Allow methods that expose the secret on an unencrypted connection.
    pub allow_plaintext: bool,
}

impl Credentials {
    pub fn password(username: impl Into<String>, password: impl Into<Secret>) -> Credentials {
        Credentials {
            username: username.into(),
            secret: password.into(),
            method: AuthMethod::Auto,
            allow_plaintext: false,
        }
    }

    pub fn with_method(mut self, method: AuthMethod) -> Credentials {
        self.method = method;
        self
    }
}
