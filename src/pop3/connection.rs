//! Opening a session: TCP, TLS or STLS, greeting, CAPA, and login.
//!
//! Security rules enforced here: TLS 1.2 or newer with full verification
//! (or an exact pinned certificate); STARTTLS never falls back to plain
//! text; no byte received before the TLS handshake is trusted afterwards;
//! no credential is sent before encryption unless the account allows it.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use tokio::net::TcpStream;
use tokio::time::Instant;

use super::auth::{self, AuthMethod, SaslError};
use super::command::{Command, MAX_COMMAND_LINE};
use super::config::{Credentials, Security, ServerConfig};
use super::error::{Error, Phase};
use super::protocol::{Event, Protocol};
use super::secret::Secret;
use super::session::Session;
use super::tls::{self, CertificateInfo, Fingerprint};
use super::transport::{Stream, Transport};
use super::types::{Capabilities, Greeting, Reply};

/// Most rounds a SASL exchange may take before we give up on the server.
const MAX_SASL_ROUNDS: usize = 8;

/// How the connection ended up protected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Encryption {
    None,
    /// Implicit TLS or STLS, with the server's certificate.
    Tls {
        via_starttls: bool,
        certificate: CertificateInfo,
        /// Accepted because it matched the account's pinned fingerprint.
        pinned: bool,
    },
}

impl Encryption {
    pub fn is_encrypted(&self) -> bool {
        matches!(self, Encryption::Tls { .. })
    }

    /// For log lines: `none`, `tls` or `starttls`.
    fn label(&self) -> &'static str {
        match self {
            Encryption::None => "none",
            Encryption::Tls { via_starttls: true, .. } => "starttls",
            Encryption::Tls { .. } => "tls",
        }
    }
}

/// A connected, greeted, not yet authenticated POP3 server.
pub struct Connection {
    transport: Transport,
    config: ServerConfig,
    greeting: Greeting,
    capabilities: Option<Capabilities>,
    encryption: Encryption,
}

impl std::fmt::Debug for Connection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Connection")
            .field("host", &self.config.host)
            .field("port", &self.config.port)
            .field("encryption", &self.encryption)
            .finish_non_exhaustive()
    }
}

/// Certificate handling for one handshake attempt.
#[derive(Debug, Clone, Copy)]
enum Verify {
    /// Full chain and host name verification.
    Standard,
    /// Only this exact certificate.
    Pinned(Fingerprint),
    /// Accept anything, only to read the certificate for an explanation.
    /// The connection is closed right after; nothing is sent over it.
    Inspect,
}

enum Opened {
    Ready(Box<Connection>),
    Inspected(CertificateInfo),
}

/// The handshake failed for a TLS reason (not a network one).
struct HandshakeFailed {
    /// The TLS library's message, sanitised and shortened for display.
    detail: String,
    /// All of it, to recognise what went wrong: OpenSSL can list several
    /// errors before saying "certificate verify failed (why)", past the
    /// length shown to users.
    full: String,
}

enum OpenError {
    Handshake(HandshakeFailed),
    Other(Error),
}

impl From<Error> for OpenError {
    fn from(e: Error) -> OpenError {
        OpenError::Other(e)
    }
}

impl Connection {
    /// Connects, secures the connection as configured, reads the greeting
    /// and the capabilities.
    pub async fn open(config: &ServerConfig) -> Result<Connection, Error> {
        let verify = match config.pinned_certificate {
            Some(pin) => Verify::Pinned(pin),
            None => Verify::Standard,
        };
        match open_with(config, verify).await {
            Ok(Opened::Ready(connection)) => {
                let pinned = matches!(connection.encryption, Encryption::Tls { pinned: true, .. });
                tracing::info!(
                    target: "postie::pop3",
                    host = %config.host,
                    port = config.port,
                    security = %config.security,
                    encryption = %connection.encryption.label(),
                    pinned,
                    "connected"
                );
                tracing::debug!(
                    target: "postie::pop3",
                    host = %config.host,
                    apop = connection.greeting.apop_timestamp.is_some(),
                    capabilities = ?connection.capabilities,
                    "server capabilities"
                );
                Ok(*connection)
            }
            Ok(Opened::Inspected(_)) => Err(Error::TlsHandshake {
                host: config.host.clone(),
                detail: "internal: inspection without a request".into(),
            }),
            Err(OpenError::Other(error)) => Err(error),
            Err(OpenError::Handshake(HandshakeFailed { detail, full })) => {
                // Only a verification failure has a certificate to explain; a
                // handshake broken by the network or by TLS itself does not.
                if matches!(verify, Verify::Pinned(_)) || !is_verification_failure(&full) {
                    return Err(Error::TlsHandshake {
                        host: config.host.clone(),
                        detail,
                    });
                }
                // A second handshake that accepts any certificate reads it
                // to explain the refusal. Nothing is sent on it.
                tracing::debug!(
                    target: "postie::pop3",
                    host = %config.host,
                    %detail,
                    "certificate refused; reading it to explain why"
                );
                match open_with(config, Verify::Inspect).await {
                    Ok(Opened::Inspected(certificate)) => {
                        let now = unix_now();
                        let problem = tls::diagnose(&config.host, certificate, &full, now);
                        Err(Error::Certificate(Box::new(problem)))
                    }
                    _ => Err(Error::TlsHandshake {
                        host: config.host.clone(),
                        detail,
                    }),
                }
            }
        }
    }

    pub fn greeting(&self) -> &Greeting {
        &self.greeting
    }

    /// `None` when the server does not support CAPA.
    pub fn capabilities(&self) -> Option<&Capabilities> {
        self.capabilities.as_ref()
    }

    pub fn encryption(&self) -> &Encryption {
        &self.encryption
    }

    /// Logs in. A refused login is never retried here: the caller decides.
    pub async fn authenticate(mut self, credentials: &Credentials) -> Result<Session, Error> {
        let host = self.config.host.clone();
        let method = auth::choose(
            credentials.method,
            self.capabilities.as_ref(),
            self.transport.is_encrypted(),
            credentials.allow_plaintext,
            self.greeting.apop_timestamp.is_some(),
        )
        .map_err(|source| Error::NoLoginMethod {
            host: host.clone(),
            source,
        })?;
        tracing::info!(
            target: "postie::pop3",
            host = %host,
            method = %method,
            requested = %credentials.method,
            "logging in"
        );

        let login_delay = self
            .capabilities
            .as_ref()
            .and_then(|c| c.login_delay)
            .map(|d| Duration::from_secs(u64::from(d.seconds)));
        let username = credentials.username.as_str();
        let secret = &credentials.secret;
        let outcome = match method {
            AuthMethod::User => self.login_user_pass(username, secret).await?,
            AuthMethod::Apop => {
                let timestamp = self.greeting.apop_timestamp.clone().unwrap_or_default();
                let digest = auth::apop_digest(&timestamp, secret.expose());
                let command = Command::Apop {
                    user: username.to_owned(),
                    digest: Secret::new(digest.as_str()),
                };
                self.single(command, Phase::Authenticating).await?
            }
            _ => self.login_sasl(method, username, secret).await?,
        };
        if !outcome.is_ok() {
            // The server's sanitised text only: never what was sent.
            tracing::info!(target: "postie::pop3", host = %host, method = %method, reply = %outcome.text, "login refused");
            return Err(Error::from_login_reply(&host, outcome, login_delay));
        }

        // RFC 2449 §5: capabilities may change after login (LOGIN-DELAY and
        // EXPIRE per user, PIPELINING), so ask again.
        let capabilities = if self.capabilities.is_some() {
            match capa(&mut self.transport).await? {
                Some(after_login) => Some(after_login),
                None => self.capabilities.take(),
            }
        } else {
            None
        };
        let pipelining = self.config.allow_pipelining && capabilities.as_ref().is_some_and(|c| c.pipelining);
        self.transport.protocol.set_pipelining(pipelining);
        tracing::debug!(target: "postie::pop3", host = %host, method = %method, pipelining, "logged in");
        Ok(Session::new(self.transport, capabilities, method, self.encryption))
    }

    /// Sends QUIT and closes, for callers that only wanted to look.
    pub async fn close(mut self) {
        if self.transport.send(Command::Quit, Phase::Command("QUIT")).is_ok() {
            let deadline = Instant::now() + Duration::from_secs(5);
            let _ = self.transport.next_event(Phase::Command("QUIT"), Some(deadline)).await;
        }
        self.transport.shutdown().await;
    }

    async fn single(&mut self, command: Command, phase: Phase) -> Result<Reply, Error> {
        single_reply(&mut self.transport, command, phase).await
    }

    async fn login_user_pass(&mut self, username: &str, secret: &Secret) -> Result<Reply, Error> {
        let reply = self
            .single(Command::User(username.to_owned()), Phase::Authenticating)
            .await?;
        if !reply.is_ok() {
            return Ok(reply);
        }
        self.single(Command::Pass(secret.clone()), Phase::Authenticating).await
    }

    async fn login_sasl(&mut self, method: AuthMethod, username: &str, secret: &Secret) -> Result<Reply, Error> {
        let host = self.config.host.clone();
        let Some(mut client) = auth::sasl_client(method, username, secret.expose(), &host, self.config.port) else {
            return Err(Error::NoLoginMethod {
                host,
                source: auth::ChoiceError::NothingInCommon(method.to_string()),
            });
        };
        let mechanism = client.mechanism().to_owned();
        let initial = client.initial_response().map(|raw| encode_sasl(&raw));
        // RFC 5034 §4: an initial response that would make the command line
        // longer than 255 octets is sent after an empty challenge instead.
        let fits = |ir: &Secret| "AUTH ".len() + mechanism.len() + 1 + ir.expose().len() + 2 <= MAX_COMMAND_LINE;
        let (inline, mut deferred) = match initial {
            Some(ir) if fits(&ir) => (Some(ir), None),
            Some(ir) => (None, Some(ir)),
            None => (None, None),
        };
        let phase = Phase::Authenticating;
        self.transport.send(
            Command::Auth {
                mechanism,
                initial_response: inline,
            },
            phase,
        )?;
        for _ in 0..MAX_SASL_ROUNDS {
            let deadline = Some(Instant::now() + self.transport.timeouts.idle);
            match self.transport.next_event(phase, deadline).await? {
                (_, Event::Continuation(challenge)) => {
                    let answer = match deferred.take() {
                        Some(ir) => ir,
                        None => match client.respond(&challenge) {
                            Ok(raw) => encode_sasl(&raw),
                            Err(source) => return Err(self.cancel_sasl(source).await),
                        },
                    };
                    self.transport.send(Command::AuthResponse(answer), phase)?;
                }
                (_, Event::Reply(reply)) => {
                    if reply.is_ok()
                        && let Err(source) = client.check_success()
                    {
                        return Err(Error::Sasl { host, source });
                    }
                    return Ok(reply);
                }
                (_, other) => return Err(unexpected(&self.transport, phase, &other)),
            }
        }
        Err(self.cancel_sasl(SaslError::UnexpectedChallenge).await)
    }

    /// Sends `*` (RFC 5034 §4) and waits briefly for the server's `-ERR`.
    async fn cancel_sasl(&mut self, source: SaslError) -> Error {
        let host = self.config.host.clone();
        if self
            .transport
            .send(Command::AuthResponse(Secret::new("*")), Phase::Authenticating)
            .is_ok()
        {
            let deadline = Some(Instant::now() + self.transport.timeouts.idle);
            let _ = self.transport.next_event(Phase::Authenticating, deadline).await;
        }
        Error::Sasl { host, source }
    }
}

fn encode_sasl(raw: &[u8]) -> Secret {
    Secret::new(BASE64.encode(raw))
}

/// One command with a one-line answer.
pub(crate) async fn single_reply(transport: &mut Transport, command: Command, phase: Phase) -> Result<Reply, Error> {
    transport.send(command, phase)?;
    let deadline = Some(Instant::now() + transport.timeouts.idle);
    match transport.next_event(phase, deadline).await? {
        (_, Event::Reply(reply)) => Ok(reply),
        (_, other) => Err(unexpected(transport, phase, &other)),
    }
}

/// CAPA; `None` when the server answers `-ERR` (it predates RFC 2449).
pub(crate) async fn capa(transport: &mut Transport) -> Result<Option<Capabilities>, Error> {
    let phase = Phase::Command("CAPA");
    transport.send(Command::Capa, phase)?;
    let deadline = Some(Instant::now() + transport.timeouts.idle);
    match transport.next_event(phase, deadline).await? {
        (_, Event::Capabilities(caps)) => Ok(Some(caps)),
        (_, Event::Reply(reply)) if !reply.is_ok() => Ok(None),
        (_, other) => Err(unexpected(transport, phase, &other)),
    }
}

pub(crate) fn unexpected(transport: &Transport, phase: Phase, event: &Event) -> Error {
    // The kind only: a challenge, a reply or a listing is server data.
    tracing::debug!(target: "postie::pop3", %phase, event = event_kind(event), "unexpected event");
    transport.protocol_error(phase, super::protocol::ProtocolError::Unsolicited)
}

/// An event's name, for log lines.
fn event_kind(event: &Event) -> &'static str {
    match event {
        Event::Greeting(_) => "greeting",
        Event::GreetingRefused(_) => "greeting refused",
        Event::Reply(_) => "reply",
        Event::Continuation(_) => "SASL challenge",
        Event::Capabilities(_) => "capabilities",
        Event::List(_) => "LIST listing",
        Event::Uidl(_) => "UIDL listing",
        Event::BodyStart(_) => "body start",
        Event::BodyData => "body data",
        Event::BodyEnd { .. } => "body end",
    }
}

async fn open_with(config: &ServerConfig, verify: Verify) -> Result<Opened, OpenError> {
    let host = config.host.as_str();
    let tcp = connect_tcp(config).await?;
    let limits = config.limits;
    let (transport, encryption) = match config.security {
        Security::Tls => {
            let (tls, certificate, pinned) = match handshake(tcp, config, verify).await? {
                Handshake::Done {
                    stream,
                    certificate,
                    pinned,
                } => (stream, certificate, pinned),
                Handshake::Inspected(certificate) => return Ok(Opened::Inspected(certificate)),
            };
            let transport = Transport::new(Stream::Tls(tls), Protocol::new(limits), host, config.timeouts);
            (
                transport,
                Encryption::Tls {
                    via_starttls: false,
                    certificate,
                    pinned,
                },
            )
        }
        Security::StartTls | Security::Plain => (
            Transport::new(Stream::Plain(tcp), Protocol::new(limits), host, config.timeouts),
            Encryption::None,
        ),
    };
    let mut transport = transport;
    let greeting = read_greeting(&mut transport, config).await?;
    let mut capabilities = capa(&mut transport).await?;
    let mut encryption = encryption;

    if config.security == Security::StartTls {
        // CAPA answered without STLS: the server (or someone in between)
        // says there is no encryption. Stop before anything else is sent.
        if capabilities.as_ref().is_some_and(|c| !c.stls) {
            return Err(Error::StartTlsUnavailable { host: host.to_owned() }.into());
        }
        let reply = single_reply(&mut transport, Command::Stls, Phase::StartTls).await?;
        if !reply.is_ok() {
            return Err(Error::StartTlsRefused {
                host: host.to_owned(),
                text: reply.text,
            }
            .into());
        }
        // Anything already received came before encryption and may be an
        // injected response (CVE-2020-14954 and kin): refuse the session.
        if transport.protocol.has_buffered_input() {
            return Err(Error::StartTlsInjection { host: host.to_owned() }.into());
        }
        let Some(tcp) = transport.into_tcp() else {
            return Err(Error::StartTlsInjection { host: host.to_owned() }.into());
        };
        let (tls, certificate, pinned) = match handshake(tcp, config, verify).await? {
            Handshake::Done {
                stream,
                certificate,
                pinned,
            } => (stream, certificate, pinned),
            Handshake::Inspected(certificate) => return Ok(Opened::Inspected(certificate)),
        };
        transport = Transport::new(
            Stream::Tls(tls),
            Protocol::after_greeting(limits),
            host,
            config.timeouts,
        );
        encryption = Encryption::Tls {
            via_starttls: true,
            certificate,
            pinned,
        };
        // RFC 2595 §4: forget what was learned before TLS and ask again.
        capabilities = capa(&mut transport).await?;
    }

    Ok(Opened::Ready(Box::new(Connection {
        transport,
        config: config.clone(),
        greeting,
        capabilities,
        encryption,
    })))
}

async fn connect_tcp(config: &ServerConfig) -> Result<TcpStream, Error> {
    let host = config.host.as_str();
    let timeout = config.timeouts.connect;
    let lookup = tokio::time::timeout(timeout, tokio::net::lookup_host((host, config.port))).await;
    let addresses: Vec<_> = match lookup {
        Err(_) => {
            return Err(Error::Timeout {
                host: host.to_owned(),
                phase: Phase::Connecting,
                after: timeout,
            });
        }
        Ok(Err(source)) => {
            return Err(Error::Resolve {
                host: host.to_owned(),
                source,
            });
        }
        Ok(Ok(addresses)) => addresses.collect(),
    };
    let mut last_error = std::io::Error::new(std::io::ErrorKind::NotFound, crate::t!("error-connect-no-address"));
    for address in addresses {
        match tokio::time::timeout(timeout, TcpStream::connect(address)).await {
            Ok(Ok(stream)) => {
                // Commands are tiny and latency matters more than packet count.
                let _ = stream.set_nodelay(true);
                return Ok(stream);
            }
            Ok(Err(e)) => last_error = e,
            Err(_) => {
                last_error = std::io::Error::new(std::io::ErrorKind::TimedOut, crate::t!("error-connect-timed-out"));
            }
        }
    }
    Err(Error::Connect {
        host: host.to_owned(),
        port: config.port,
        source: last_error,
    })
}

async fn read_greeting(transport: &mut Transport, config: &ServerConfig) -> Result<Greeting, Error> {
    let deadline = Some(Instant::now() + config.timeouts.greeting);
    match transport.next_event(Phase::Greeting, deadline).await? {
        (_, Event::Greeting(greeting)) => Ok(greeting),
        (_, Event::GreetingRefused(reply)) => Err(Error::GreetingRefused {
            host: config.host.clone(),
            text: reply.text,
        }),
        (_, other) => Err(unexpected(transport, Phase::Greeting, &other)),
    }
}

enum Handshake {
    Done {
        stream: Box<async_native_tls::TlsStream<TcpStream>>,
        certificate: CertificateInfo,
        pinned: bool,
    },
    Inspected(CertificateInfo),
}

async fn handshake(tcp: TcpStream, config: &ServerConfig, verify: Verify) -> Result<Handshake, OpenError> {
    let host = config.host.as_str();
    let mut builder = native_tls::TlsConnector::builder();
    // RFC 8997: nothing older than TLS 1.2.
    builder.min_protocol_version(Some(native_tls::Protocol::Tlsv12));
    for der in &config.extra_root_certificates {
        if let Ok(certificate) = native_tls::Certificate::from_der(der) {
            builder.add_root_certificate(certificate);
        }
    }
    if matches!(verify, Verify::Pinned(_) | Verify::Inspect) {
        // The pin (or nothing, for inspection) replaces chain verification.
        builder.danger_accept_invalid_certs(true);
        builder.danger_accept_invalid_hostnames(true);
    }
    let connector = async_native_tls::TlsConnector::from(builder);
    let timeout = config.timeouts.connect;
    let stream = match tokio::time::timeout(timeout, connector.connect(host, tcp)).await {
        Err(_) => {
            return Err(Error::Timeout {
                host: host.to_owned(),
                phase: Phase::TlsHandshake,
                after: timeout,
            }
            .into());
        }
        Ok(Err(e)) => {
            return Err(OpenError::Handshake(HandshakeFailed {
                detail: tls_error_text(&e),
                full: e.to_string(),
            }));
        }
        Ok(Ok(stream)) => stream,
    };
    let der = stream
        .peer_certificate()
        .ok()
        .flatten()
        .and_then(|c| c.to_der().ok())
        .unwrap_or_default();
    let certificate = CertificateInfo::from_der(&der);
    match verify {
        Verify::Inspect => Ok(Handshake::Inspected(certificate)),
        Verify::Pinned(expected) => {
            if der.is_empty() || certificate.sha256 != expected {
                return Err(Error::CertificateChanged {
                    host: host.to_owned(),
                    expected,
                    found: certificate.sha256,
                }
                .into());
            }
            Ok(Handshake::Done {
                stream: Box::new(stream),
                certificate,
                pinned: true,
            })
        }
        Verify::Standard => Ok(Handshake::Done {
            stream: Box::new(stream),
            certificate,
            pinned: false,
        }),
    }
}

/// OpenSSL says "certificate verify failed" when the chain or host name
/// check refused the server's certificate.
fn is_verification_failure(detail: &str) -> bool {
    detail.to_ascii_lowercase().contains("certificate verify failed")
}

/// The TLS library's message, cleaned of anything unprintable.
fn tls_error_text(error: &native_tls::Error) -> String {
    super::parse::sanitize(error.to_string().as_bytes())
}

fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
