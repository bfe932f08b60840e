//! TLS and STARTTLS: certificate checks, pinning, and the attacks a client
//! must survive (STARTTLS stripping and response injection). Assertions are
//! on the exact bytes the server received.

use std::io::{Read as _, Write as _};
use std::time::Duration;

use openssl::pkey::PKey;
use openssl::ssl::{SslAcceptor, SslConnector, SslMethod, SslVerifyMode, SslVersion};
use openssl::x509::X509;
use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::pop3::{
    AuthMethod, CertificateInfo, CertificateProblem, CertificateReason, Connection, Credentials, Encryption, Error,
    Fingerprint, Security, ServerConfig,
};
use postie::store::Store;
use postie::sync::{FetchOptions, server_config_for};

use crate::support::certs::{self, ServerCert, TestCa};
use crate::support::scripted::{Script, ScriptedServer};

fn alice() -> Credentials {
    Credentials::password("alice", "secret")
}

const CAPA_STLS: &str = "+OK\r\nUSER\r\nSTLS\r\nSASL PLAIN\r\n.\r\n";
const CAPA_AFTER_TLS: &str = "+OK\r\nUSER\r\nSASL PLAIN\r\nPIPELINING\r\n.\r\n";

/// Greeting and login over an already-encrypted connection.
fn login_after_tls() -> Script {
    Script::new()
        .c("AUTH PLAIN AGFsaWNlAHNlY3JldA==")
        .s("+OK\r\n")
        .c("CAPA")
        .s(CAPA_AFTER_TLS)
}

#[tokio::test]
async fn starttls_upgrades_and_asks_capa_again() {
    let ca = TestCa::new();
    let cert = ca.issue(&["localhost"]);
    let mut script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s(CAPA_STLS)
        .c("STLS")
        .s("+OK begin TLS\r\n")
        .tls()
        .c("CAPA")
        .s(CAPA_AFTER_TLS);
    script.steps.extend(login_after_tls().steps);
    let server = ScriptedServer::start(Some(cert.identity()), vec![script]).await;
    let mut config = server.config(Security::StartTls);
    config.extra_root_certificates.push(ca.der());
    let connection = Connection::open(&config).await.unwrap();
    assert!(matches!(
        connection.encryption(),
        Encryption::Tls {
            via_starttls: true,
            pinned: false,
            ..
        }
    ));
    // The pre-TLS capability list (with STLS) was thrown away.
    assert!(!connection.capabilities().unwrap().stls);
    let session = connection.authenticate(&alice()).await.unwrap();
    assert!(session.pipelining());
    drop(session);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn starttls_stripped_from_capa_sends_no_credentials() {
    let script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s("+OK\r\nUSER\r\nSASL PLAIN\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = Connection::open(&server.config(Security::StartTls)).await.unwrap_err();
    assert!(matches!(err, Error::StartTlsUnavailable { .. }), "{err}");
    let t = server.finish().await;
    t.assert_ok();
    assert!(!t.sent_credentials());
    assert_eq!(t.all_text(), "CAPA\r\n");
}

#[tokio::test]
async fn starttls_refused_sends_no_credentials() {
    let script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s(CAPA_STLS)
        .c("STLS")
        .s("-ERR TLS not available right now\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = Connection::open(&server.config(Security::StartTls)).await.unwrap_err();
    assert!(matches!(err, Error::StartTlsRefused { .. }), "{err}");
    let t = server.finish().await;
    t.assert_ok();
    assert!(!t.sent_credentials());
    assert_eq!(t.all_text(), "CAPA\r\nSTLS\r\n");
}

#[tokio::test]
async fn starttls_without_capa_still_requires_stls() {
    let script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s("-ERR what?\r\n")
        .c("STLS")
        .s("-ERR what?\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = Connection::open(&server.config(Security::StartTls)).await.unwrap_err();
    assert!(matches!(err, Error::StartTlsRefused { .. }), "{err}");
    assert!(!server.finish().await.sent_credentials());
}

#[tokio::test]
async fn starttls_response_injection_is_refused() {
    let cert = certs::self_signed(&["localhost"]);
    let script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s(CAPA_STLS)
        .c("STLS")
        // One segment: the answer plus a forged response meant to be read
        // after the handshake as if the server had sent it over TLS.
        .s("+OK\r\n+OK injected\r\n");
    let server = ScriptedServer::start(Some(cert.identity()), vec![script]).await;
    let mut config = server.config(Security::StartTls);
    config.pinned_certificate = Some(cert.fingerprint());
    let err = Connection::open(&config).await.unwrap_err();
    assert!(matches!(err, Error::StartTlsInjection { .. }), "{err}");
    let t = server.finish().await;
    assert!(!t.sent_credentials());
    assert_eq!(t.all_text(), "CAPA\r\nSTLS\r\n");
}

#[tokio::test]
async fn self_signed_certificate_is_refused_with_its_fingerprint() {
    let cert = certs::self_signed(&["localhost"]);
    // Two connections: the refused handshake, then the inspection that reads
    // the certificate to explain the refusal.
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let err = Connection::open(&server.config(Security::Tls)).await.unwrap_err();
    let problem = err.certificate_problem().expect("a certificate problem").clone();
    assert_eq!(problem.reason, CertificateReason::SelfSigned, "{err}");
    assert_eq!(problem.certificate.sha256, cert.fingerprint());
    assert!(err.to_string().contains(&cert.fingerprint().to_string()), "{err}");
    let t = server.finish().await;
    assert!(!t.sent_credentials());
    assert!(
        t.received.iter().all(|r| r.is_empty()),
        "nothing is sent over an untrusted connection"
    );
}

#[tokio::test]
async fn pinned_certificate_is_accepted() {
    let cert = certs::self_signed(&["localhost"]);
    let mut script = Script::new().tls().s("+OK ready\r\n").c("CAPA").s(CAPA_AFTER_TLS);
    script.steps.extend(login_after_tls().steps);
    let server = ScriptedServer::start(Some(cert.identity()), vec![script]).await;
    let mut config = server.config(Security::Tls);
    config.pinned_certificate = Some(cert.fingerprint());
    let connection = Connection::open(&config).await.unwrap();
    assert!(matches!(connection.encryption(), Encryption::Tls { pinned: true, .. }));
    connection.authenticate(&alice()).await.unwrap();
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn a_changed_certificate_breaks_the_pin() {
    let trusted = certs::self_signed(&["localhost"]);
    let other = certs::self_signed(&["localhost"]);
    let server = ScriptedServer::start(Some(other.identity()), vec![Script::new().tls()]).await;
    let mut config = server.config(Security::Tls);
    config.pinned_certificate = Some(trusted.fingerprint());
    let err = Connection::open(&config).await.unwrap_err();
    match &err {
        Error::CertificateChanged { expected, found, .. } => {
            assert_eq!(*expected, trusted.fingerprint());
            assert_eq!(*found, other.fingerprint());
        }
        other => panic!("unexpected {other}"),
    }
    assert!(server.finish().await.received.iter().all(|r| r.is_empty()));
}

#[tokio::test]
async fn a_pin_does_not_accept_a_ca_signed_certificate_either() {
    // Even a certificate the system would trust is refused when it is not
    // the pinned one.
    let ca = TestCa::new();
    let valid = ca.issue(&["localhost"]);
    let pinned = certs::self_signed(&["localhost"]);
    let server = ScriptedServer::start(Some(valid.identity()), vec![Script::new().tls()]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    config.pinned_certificate = Some(pinned.fingerprint());
    assert!(matches!(
        Connection::open(&config).await,
        Err(Error::CertificateChanged { .. })
    ));
}

#[tokio::test]
async fn wrong_host_name_is_refused() {
    let ca = TestCa::new();
    let cert = ca.issue(&["pop.elsewhere.test"]);
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    let err = Connection::open(&config).await.unwrap_err();
    let problem = err.certificate_problem().expect("a certificate problem");
    assert_eq!(problem.reason, CertificateReason::WrongHost, "{err}");
    assert!(err.to_string().contains(&cert.fingerprint().to_string()));
}

#[tokio::test]
async fn expired_certificate_is_refused() {
    let ca = TestCa::new();
    let cert = ca.issue_expired(&["localhost"]);
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    let err = Connection::open(&config).await.unwrap_err();
    assert_eq!(
        err.certificate_problem().expect("problem").reason,
        CertificateReason::Expired,
        "{err}"
    );
}

#[tokio::test]
async fn unknown_authority_is_refused() {
    let ca = TestCa::new();
    let cert = ca.issue(&["localhost"]);
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let err = Connection::open(&server.config(Security::Tls)).await.unwrap_err();
    assert_eq!(
        err.certificate_problem().expect("problem").reason,
        CertificateReason::UntrustedIssuer,
        "{err}"
    );
}

#[tokio::test]
async fn trusted_chain_connects_without_a_pin() {
    let ca = TestCa::new();
    let cert = ca.issue(&["localhost"]);
    let mut script = Script::new().tls().s("+OK ready\r\n").c("CAPA").s(CAPA_AFTER_TLS);
    script.steps.extend(login_after_tls().steps);
    let server = ScriptedServer::start(Some(cert.identity()), vec![script]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    let connection = Connection::open(&config).await.unwrap();
    match connection.encryption() {
        Encryption::Tls {
            certificate,
            pinned: false,
            via_starttls: false,
        } => {
            assert_eq!(certificate.sha256, cert.fingerprint());
            assert!(certificate.names.contains(&"localhost".to_string()));
        }
        other => panic!("unexpected {other:?}"),
    }
    connection.authenticate(&alice()).await.unwrap();
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn plain_text_on_a_tls_port_is_a_handshake_error() {
    // A POP3 server answering in clear text on the port configured for TLS.
    let server = ScriptedServer::start(
        None,
        vec![
            Script::new().s("+OK plain text server\r\n"),
            Script::new().s("+OK plain text server\r\n"),
        ],
    )
    .await;
    let err = Connection::open(&server.config(Security::Tls)).await.unwrap_err();
    assert!(matches!(err, Error::TlsHandshake { .. }), "{err}");
}

// ---------------------------------------------------------------------------
// Case 33, the rest: NUL in a certificate name, untrusted intermediates,
// servers that offer only TLS 1.0 or 1.1, and a pin staying with its host.
// ---------------------------------------------------------------------------

/// Connects with the test CA trusted and returns the refusal, checking what
/// every certificate refusal must do: say why, give the fingerprint to
/// trust, and send nothing at all over the refused connection.
async fn refused_with_ca(ca: &TestCa, cert: &ServerCert) -> (CertificateProblem, String) {
    // The refused handshake, then the inspection that explains it.
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    let err = Connection::open(&config).await.unwrap_err();
    let sentence = err.to_string();
    let problem = err
        .certificate_problem()
        .unwrap_or_else(|| panic!("not a certificate problem: {sentence}"))
        .clone();
    assert_eq!(problem.host, "localhost");
    assert_eq!(problem.certificate.sha256, cert.fingerprint());
    assert!(sentence.contains(&cert.fingerprint().to_string()), "{sentence}");
    let t = server.finish().await;
    t.assert_ok();
    assert_eq!(t.received.len(), 2, "the refused handshake and the inspection");
    assert!(
        t.received.iter().all(|r| r.is_empty()),
        "nothing is sent over an untrusted connection"
    );
    (problem, sentence)
}

/// Connects with the test CA trusted and logs in: the control that shows a
/// certificate built the same way, minus the flaw, is accepted.
async fn accepted_with_ca(ca: &TestCa, cert: &ServerCert) -> CertificateInfo {
    let mut script = Script::new().tls().s("+OK ready\r\n").c("CAPA").s(CAPA_AFTER_TLS);
    script.steps.extend(login_after_tls().steps);
    let server = ScriptedServer::start(Some(cert.identity()), vec![script]).await;
    let mut config = server.config(Security::Tls);
    config.extra_root_certificates.push(ca.der());
    let connection = Connection::open(&config)
        .await
        .expect("the control certificate is accepted");
    let Encryption::Tls {
        certificate,
        pinned: false,
        ..
    } = connection.encryption().clone()
    else {
        panic!("not verified TLS: {:?}", connection.encryption());
    };
    connection.authenticate(&alice()).await.unwrap();
    server.finish().await.assert_ok();
    certificate
}

/// True when `needle` occurs in `haystack`.
fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

// case 33: NUL in CN/SAN. A name such as `localhost\0.evil.example` reads
// as `localhost` to code that stops at the NUL (fetchmail SA-2009-01): a CA
// that checks only the part after the NUL would sign it for its owner of
// evil.example. Refused in the SAN dNSName, in the CN (no SAN), both ways
// round, though signed by a CA the client trusts.
#[tokio::test]
async fn a_nul_in_the_certificate_name_is_refused() {
    let ca = TestCa::new();
    // Control: the same CA and the same construction, without the NUL.
    let plain = accepted_with_ca(&ca, &ca.issue_named(&["localhost"], "localhost")).await;
    assert_eq!(plain.names, vec!["localhost".to_string()]);
    let cn_only = accepted_with_ca(&ca, &ca.issue_named(&[], "localhost")).await;
    assert_eq!(cn_only.names, vec!["localhost".to_string()]);

    for name in ["localhost\0.evil.example", "evil.example\0localhost"] {
        for (san, where_) in [(&[name][..], "SAN dNSName and CN"), (&[][..], "CN only")] {
            let cert = ca.issue_named(san, name);
            // The NUL really is in the certificate, in each place.
            let encoded = name.as_bytes();
            let occurrences = cert.der.windows(encoded.len()).filter(|w| *w == encoded).count();
            assert_eq!(occurrences, 1 + san.len(), "{where_}: {name:?} in the DER");
            assert!(contains_bytes(&cert.der, b"\0"));

            let (problem, sentence) = refused_with_ca(&ca, &cert).await;
            assert_eq!(
                problem.reason,
                CertificateReason::WrongHost,
                "{where_} {name:?}: {sentence}"
            );
            // The name with the NUL is no name at all to Postie: nothing to
            // match, and nothing unprintable reaches the certificate dialog.
            assert!(problem.certificate.names.is_empty(), "{:?}", problem.certificate.names);
            assert!(
                !problem.certificate.subject.contains('\0'),
                "{:?}",
                problem.certificate.subject
            );
            assert!(!sentence.contains('\0'));
            assert!(
                sentence.starts_with(
                    "The certificate of localhost was refused because it was issued for a different server name."
                ),
                "{sentence}"
            );
        }
    }
}

// case 33: untrusted intermediate, the control. A chain through a proper
// intermediate CA (CA:TRUE, sent by the server) is accepted, so the
// refusals below are about the intermediate, not the test setup.
#[tokio::test]
async fn a_chain_through_an_intermediate_ca_is_accepted() {
    let root = TestCa::new();
    let intermediate = root.intermediate(true);
    let cert = intermediate.issue(&["localhost"]);
    assert_eq!(
        cert.chain_len(),
        2,
        "the server sends its certificate and the intermediate"
    );
    let certificate = accepted_with_ca(&root, &cert).await;
    assert_eq!(certificate.sha256, cert.fingerprint());
    assert!(
        certificate.issuer.contains("Postie Test Intermediate CA"),
        "{}",
        certificate.issuer
    );
}

// case 33: untrusted intermediate. An ordinary certificate (CA:FALSE),
// signed by the trusted root, signing a server certificate: refused, sent
// in the chain or not.
#[tokio::test]
async fn an_intermediate_that_is_not_a_ca_is_refused() {
    let root = TestCa::new();
    let not_a_ca = root.intermediate(false);
    let cert = not_a_ca.issue(&["localhost"]);
    assert_eq!(cert.chain_len(), 2);
    let (problem, sentence) = refused_with_ca(&root, &cert).await;
    assert_eq!(problem.reason, CertificateReason::UntrustedIssuer, "{sentence}");
    assert!(problem.certificate.issuer.contains("Postie Test Not A CA"));
    assert!(
        sentence.starts_with(
            "The certificate of localhost was refused because it was issued by an authority this computer does not trust."
        ),
        "{sentence}"
    );
    let (problem, sentence) = refused_with_ca(&root, &cert.without_chain()).await;
    assert_eq!(problem.reason, CertificateReason::UntrustedIssuer, "{sentence}");
}

// case 33: untrusted intermediate. A real intermediate CA the client is
// never shown (the server does not send it), one sent but chaining to a
// root the client does not trust, and one chaining to an impostor root that
// bears the trusted root's very name: refused. Intermediates are never
// fetched or guessed.
#[tokio::test]
async fn an_intermediate_that_is_not_sent_or_not_trusted_is_refused() {
    let root = TestCa::new();
    let cert = root.intermediate(true).issue(&["localhost"]).without_chain();
    assert_eq!(cert.chain_len(), 1);
    let (problem, sentence) = refused_with_ca(&root, &cert).await;
    assert_eq!(
        problem.reason,
        CertificateReason::UntrustedIssuer,
        "not sent: {sentence}"
    );

    let stranger = TestCa::named("Stranger Root CA")
        .intermediate(true)
        .issue(&["localhost"]);
    assert_eq!(stranger.chain_len(), 2);
    let (problem, sentence) = refused_with_ca(&root, &stranger).await;
    assert_eq!(
        problem.reason,
        CertificateReason::UntrustedIssuer,
        "stranger: {sentence}"
    );

    let impostor = TestCa::new().intermediate(true).issue(&["localhost"]);
    let (problem, sentence) = refused_with_ca(&root, &impostor).await;
    assert_eq!(
        problem.reason,
        CertificateReason::UntrustedIssuer,
        "impostor: {sentence}"
    );
    assert!(
        sentence.starts_with(
            "The certificate of localhost was refused because it was issued by an authority this computer does not trust."
        ),
        "{sentence}"
    );
}

/// What one connection to [`OldTlsServer`] came to.
#[derive(Debug)]
struct OldTlsOutcome {
    /// The protocol version of a completed handshake; the server's error
    /// when the handshake failed.
    handshake: Result<String, String>,
    /// Every byte the client sent, in plain text before STLS and over TLS.
    received: Vec<u8>,
}

/// A TLS server that offers only one old protocol version, as servers from
/// before 2010 do. OpenSSL 3 allows TLS 1.0 and 1.1 only at security level
/// 0, which native-tls cannot set, hence the `openssl` crate. Blocking, on
/// its own thread; serves `connections` connections, then reports. With
/// `starttls`, each connection starts in plain text: greeting, CAPA, STLS.
struct OldTlsServer {
    port: u16,
    thread: std::thread::JoinHandle<Vec<OldTlsOutcome>>,
}

impl OldTlsServer {
    fn start(cert: &ServerCert, version: SslVersion, starttls: bool, connections: usize) -> OldTlsServer {
        let mut builder = SslAcceptor::mozilla_intermediate(SslMethod::tls_server()).unwrap();
        builder.set_security_level(0);
        builder.set_cipher_list("DEFAULT:@SECLEVEL=0").unwrap();
        builder.set_min_proto_version(Some(version)).unwrap();
        builder.set_max_proto_version(Some(version)).unwrap();
        builder
            .set_certificate(&X509::from_pem(cert.cert_pem.as_bytes()).unwrap())
            .unwrap();
        builder
            .set_private_key(&PKey::private_key_from_pem(cert.key_pem.as_bytes()).unwrap())
            .unwrap();
        builder.check_private_key().unwrap();
        let acceptor = builder.build();
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let thread = std::thread::spawn(move || {
            let mut outcomes = Vec::new();
            for _ in 0..connections {
                let (mut tcp, _) = listener.accept().unwrap();
                tcp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
                let mut received = Vec::new();
                if starttls {
                    tcp.write_all(b"+OK old server ready\r\n").unwrap();
                    // Line by line: nothing after STLS may be read here.
                    for answer in [CAPA_STLS, "+OK begin TLS\r\n"] {
                        let line = read_line_blocking(&mut tcp);
                        received.extend_from_slice(&line);
                        tcp.write_all(answer.as_bytes()).unwrap();
                    }
                }
                let handshake = match acceptor.accept(tcp) {
                    Err(e) => Err(e.to_string()),
                    Ok(mut tls) => {
                        let version = tls.ssl().version_str().to_owned();
                        let _ = tls.write_all(b"+OK old server ready\r\n");
                        let mut buf = [0u8; 1024];
                        while let Ok(n) = tls.read(&mut buf) {
                            if n == 0 {
                                break;
                            }
                            received.extend_from_slice(&buf[..n]);
                            if received.ends_with(b"\r\n") {
                                break;
                            }
                        }
                        Ok(version)
                    }
                };
                outcomes.push(OldTlsOutcome { handshake, received });
            }
            outcomes
        });
        OldTlsServer { port, thread }
    }

    fn finish(self) -> Vec<OldTlsOutcome> {
        self.thread.join().unwrap()
    }
}

/// One line, a byte at a time (so nothing beyond it is consumed).
fn read_line_blocking(tcp: &mut std::net::TcpStream) -> Vec<u8> {
    let mut line = Vec::new();
    let mut byte = [0u8; 1];
    while tcp.read(&mut byte).unwrap_or(0) == 1 {
        line.push(byte[0]);
        if byte[0] == b'\n' {
            break;
        }
    }
    line
}

/// Proof that the old server works: a client that accepts old TLS (at
/// security level 0) completes the handshake, reads the greeting and sends
/// a command. Returns the version it negotiated.
fn old_client_talks_to(port: u16, version: SslVersion, starttls: bool) -> String {
    let mut builder = SslConnector::builder(SslMethod::tls_client()).unwrap();
    builder.set_security_level(0);
    builder.set_cipher_list("DEFAULT:@SECLEVEL=0").unwrap();
    builder.set_min_proto_version(Some(version)).unwrap();
    builder.set_max_proto_version(Some(version)).unwrap();
    builder.set_verify(SslVerifyMode::NONE);
    let mut tcp = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    tcp.set_read_timeout(Some(Duration::from_secs(5))).unwrap();
    if starttls {
        assert_eq!(read_line_blocking(&mut tcp), b"+OK old server ready\r\n");
        tcp.write_all(b"CAPA\r\n").unwrap();
        while read_line_blocking(&mut tcp) != b".\r\n" {}
        tcp.write_all(b"STLS\r\n").unwrap();
        assert_eq!(read_line_blocking(&mut tcp), b"+OK begin TLS\r\n");
    }
    let mut tls = builder
        .build()
        .connect("localhost", tcp)
        .expect("an old client gets in");
    let mut greeting = [0u8; 22];
    tls.read_exact(&mut greeting).unwrap();
    assert_eq!(&greeting, b"+OK old server ready\r\n");
    tls.write_all(b"NOOP\r\n").unwrap();
    tls.ssl().version_str().to_owned()
}

/// Case 33 for one old version: the server really speaks it (an old client
/// gets in), and Postie refuses the handshake, with implicit TLS and with
/// STLS, trusted certificate or pinned, before sending any POP3 command.
async fn old_tls_only_server_is_refused(version: SslVersion, name: &str) {
    let ca = TestCa::new();
    let cert = ca.issue(&["localhost"]);
    for starttls in [false, true] {
        let server = OldTlsServer::start(&cert, version, starttls, 3);
        let port = server.port;
        // 1: the old client, proving the server offers `version` and works.
        let seen = tokio::task::spawn_blocking(move || old_client_talks_to(port, version, starttls))
            .await
            .unwrap();
        assert_eq!(seen, name, "the server speaks {name}");
        // 2: Postie trusting the certificate's CA; 3: Postie with it pinned.
        let security = if starttls { Security::StartTls } else { Security::Tls };
        let mut config = ServerConfig::new("localhost", security).with_port(port);
        config.timeouts.connect = Duration::from_secs(5);
        config.timeouts.greeting = Duration::from_secs(5);
        config.timeouts.idle = Duration::from_secs(5);
        config.extra_root_certificates.push(ca.der());
        let trusted = Connection::open(&config).await.unwrap_err();
        config.pinned_certificate = Some(cert.fingerprint());
        let pinned = Connection::open(&config).await.unwrap_err();
        let outcomes = tokio::task::spawn_blocking(move || server.finish()).await.unwrap();
        assert_eq!(outcomes.len(), 3, "one connection each, no retry: {outcomes:?}");

        assert_eq!(outcomes[0].handshake.as_deref(), Ok(name));
        let plain_start: &[u8] = if starttls { b"CAPA\r\nSTLS\r\n" } else { b"" };
        assert_eq!(outcomes[0].received, [plain_start, b"NOOP\r\n"].concat());
        for (err, outcome) in [(&trusted, &outcomes[1]), (&pinned, &outcomes[2])] {
            let sentence = err.to_string();
            eprintln!("{name}, starttls {starttls}: {sentence}");
            assert!(
                matches!(err, Error::TlsHandshake { .. }),
                "{name} starttls={starttls}: {sentence}"
            );
            // Not a certificate problem: trusting a certificate cannot help.
            assert!(err.certificate_problem().is_none());
            assert!(
                sentence.starts_with("A secure connection to localhost could not be set up ("),
                "{sentence}"
            );
            assert!(sentence.contains("older than TLS 1.2"), "{sentence}");
            // The handshake never completed, so no command went over it;
            // before STLS, only CAPA and STLS themselves.
            assert!(
                outcome.handshake.is_err(),
                "{name} handshake completed with Postie: {outcome:?}"
            );
            assert_eq!(
                outcome.received,
                plain_start,
                "{}",
                String::from_utf8_lossy(&outcome.received)
            );
        }
    }
}

// case 33: TLS 1.0-only server → the handshake is refused (TLS 1.2 minimum,
// RFC 8997) before any POP3 command is sent.
#[tokio::test]
async fn a_tls_1_0_only_server_is_refused() {
    old_tls_only_server_is_refused(SslVersion::TLS1, "TLSv1").await;
}

// case 33: TLS 1.1-only server, likewise.
#[tokio::test]
async fn a_tls_1_1_only_server_is_refused() {
    old_tls_only_server_is_refused(SslVersion::TLS1_1, "TLSv1.1").await;
}

/// The user's exception for `cert`, refused: checks the sentence offers
/// this certificate's fingerprint and nothing was sent.
fn assert_self_signed_refusal(err: &Error, cert: &ServerCert, host: &str) {
    let problem = err
        .certificate_problem()
        .unwrap_or_else(|| panic!("a certificate problem: {err}"));
    assert_eq!(problem.reason, CertificateReason::SelfSigned, "{err}");
    assert_eq!(problem.host, host);
    assert_eq!(problem.certificate.sha256, cert.fingerprint());
    assert_eq!(
        err.to_string(),
        format!(
            "The certificate of {host} was refused because it is self-signed. If you are sure this is your server, \
             trust the certificate with SHA-256 fingerprint {}.",
            cert.fingerprint()
        )
    );
}

// case 33: a user exception pins one certificate for one host only. The
// certificate pinned for `localhost` is refused when the same server shows
// it for another host name (here 127.0.0.1, a name the certificate even
// carries) without a pin, or with a pin of its own.
#[tokio::test]
async fn a_pin_stays_with_its_own_host() {
    let cert = certs::self_signed(&["localhost", "127.0.0.1"]);
    let other = certs::self_signed(&["localhost", "127.0.0.1"]);
    let mut pinned_login = Script::new().tls().s("+OK ready\r\n").c("CAPA").s(CAPA_AFTER_TLS);
    pinned_login.steps.extend(login_after_tls().steps);
    let server = ScriptedServer::start(
        Some(cert.identity()),
        vec![
            pinned_login,
            // Host B without a pin: refused, then inspected.
            Script::new().tls(),
            Script::new().tls(),
            // Host B pinned to another certificate: refused.
            Script::new().tls(),
        ],
    )
    .await;
    let mut host_a = server.config(Security::Tls);
    host_a.pinned_certificate = Some(cert.fingerprint());
    let connection = Connection::open(&host_a).await.unwrap();
    assert!(matches!(connection.encryption(), Encryption::Tls { pinned: true, .. }));
    connection.authenticate(&alice()).await.unwrap();

    let mut host_b = server.config(Security::Tls);
    host_b.host = "127.0.0.1".into();
    let err = Connection::open(&host_b).await.unwrap_err();
    assert_self_signed_refusal(&err, &cert, "127.0.0.1");

    host_b.pinned_certificate = Some(other.fingerprint());
    match Connection::open(&host_b).await.unwrap_err() {
        Error::CertificateChanged { host, expected, found } => {
            assert_eq!(host, "127.0.0.1");
            assert_eq!(expected, other.fingerprint());
            assert_eq!(found, cert.fingerprint());
        }
        err => panic!("unexpected {err}"),
    }
    let t = server.finish().await;
    t.assert_ok();
    assert_eq!(t.received.len(), 4);
    assert!(t.received[1..].iter().all(|r| r.is_empty()), "nothing sent to host B");
}

fn account(name: &str, host: &str, port: u16, pin: Option<Fingerprint>) -> AccountSettings {
    AccountSettings {
        name: name.into(),
        host: host.into(),
        port,
        security: Security::Tls,
        username: "alice".into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command("printf secret".into()),
        policy: ServerPolicy::default(),
        pinned_certificate: pin,
        size_limit: None,
    }
}

// case 33: a pin is stored with its account. Two more accounts on the same
// server, one under another host name and one under the very same host
// name, get no pin from the first: the fetch engine's connection settings
// for each refuse the certificate the first account trusts.
#[tokio::test]
async fn a_stored_pin_belongs_to_one_account() {
    let cert = certs::self_signed(&["localhost", "127.0.0.1"]);
    let mut pinned_login = Script::new().tls().s("+OK ready\r\n").c("CAPA").s(CAPA_AFTER_TLS);
    pinned_login.steps.extend(login_after_tls().steps);
    let refused = || [Script::new().tls(), Script::new().tls()];
    let mut scripts = vec![pinned_login];
    scripts.extend(refused());
    scripts.extend(refused());
    let server = ScriptedServer::start(Some(cert.identity()), scripts).await;
    let dir = tempfile::tempdir().unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        let pinned = account("a", "localhost", server.port, Some(cert.fingerprint()));
        store.add_account(&pinned, "key-a").unwrap();
        store
            .add_account(&account("b", "127.0.0.1", server.port, None), "key-b")
            .unwrap();
        store
            .add_account(&account("c", "localhost", server.port, None), "key-c")
            .unwrap();
    }
    // As the next run of Postie reads them.
    let store = Store::open(dir.path()).unwrap();
    let settings = |name: &str| store.account_by_name(name).unwrap().expect("stored").settings;
    assert_eq!(settings("a").pinned_certificate, Some(cert.fingerprint()));
    assert_eq!(settings("b").pinned_certificate, None);
    assert_eq!(settings("c").pinned_certificate, None);

    let options = FetchOptions {
        timeouts: server.config(Security::Tls).timeouts,
        ..FetchOptions::default()
    };
    let connection = Connection::open(&server_config_for(&settings("a"), &options))
        .await
        .unwrap();
    assert!(matches!(connection.encryption(), Encryption::Tls { pinned: true, .. }));
    connection.authenticate(&alice()).await.unwrap();
    for (name, host) in [("b", "127.0.0.1"), ("c", "localhost")] {
        let config = server_config_for(&settings(name), &options);
        assert_eq!(config.pinned_certificate, None);
        let err = Connection::open(&config).await.unwrap_err();
        assert_self_signed_refusal(&err, &cert, host);
    }
    let t = server.finish().await;
    t.assert_ok();
    assert_eq!(t.received.len(), 5, "a; b refused and inspected; c likewise");
    assert!(t.received[1..].iter().all(|r| r.is_empty()), "nothing sent for b or c");
}

/// Runs `postie` (English) on `data_dir`, off the async runtime.
async fn postie(data_dir: &std::path::Path, args: &[&str]) -> std::process::Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_postie"));
    command
        .env("LC_ALL", "C.UTF-8")
        .arg("--data-dir")
        .arg(data_dir)
        .args(args)
        .stdin(std::process::Stdio::null());
    tokio::task::spawn_blocking(move || command.output().unwrap())
        .await
        .unwrap()
}

async fn postie_ok(data_dir: &std::path::Path, args: &[&str]) -> String {
    let output = postie(data_dir, args).await;
    assert!(
        output.status.success(),
        "postie {args:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

async fn trusted_certificates(data_dir: &std::path::Path) -> Vec<(String, serde_json::Value)> {
    let list: serde_json::Value =
        serde_json::from_str(&postie_ok(data_dir, &["account", "list", "--json"]).await).unwrap();
    list.as_array()
        .unwrap()
        .iter()
        .map(|a| (a["name"].as_str().unwrap().to_owned(), a["trusted_certificate"].clone()))
        .collect()
}

// case 33: the CLI keeps a pin with its account and its host. `--trust-cert`
// on one account gives nothing to another account of the same server;
// `postie fetch` for that other account refuses the certificate (and names
// the fingerprint to trust); moving the pinned account to another host
// drops its pin, changing only its port keeps it.
#[tokio::test]
async fn the_cli_keeps_a_pin_with_its_account_and_host() {
    let cert = certs::self_signed(&["localhost", "127.0.0.1"]);
    let server = ScriptedServer::start(Some(cert.identity()), vec![Script::new().tls(), Script::new().tls()]).await;
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let port = server.port.to_string();
    let fingerprint = cert.fingerprint().to_string();
    let hex = serde_json::Value::from(cert.fingerprint().to_hex());
    let add = |name: &'static str, host: &'static str| {
        [
            "account",
            "add",
            name,
            "--host",
            host,
            "--port",
            &port,
            "--user",
            "alice",
            "--password-command",
            "printf secret",
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let mut a = add("a", "localhost");
    a.extend(["--trust-cert".to_owned(), fingerprint.clone()]);
    for command in [a, add("b", "127.0.0.1"), add("c", "localhost")] {
        let command: Vec<&str> = command.iter().map(String::as_str).collect();
        postie_ok(&data, &command).await;
    }
    assert_eq!(
        trusted_certificates(&data).await,
        vec![
            ("a".to_owned(), hex.clone()),
            ("b".to_owned(), serde_json::Value::Null),
            ("c".to_owned(), serde_json::Value::Null),
        ]
    );

    let output = postie(&data, &["fetch", "b"]).await;
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains(&fingerprint), "{text}");
    assert!(
        text.contains("The certificate of 127.0.0.1 was refused because it is self-signed"),
        "{text}"
    );
    let t = server.finish().await;
    assert_eq!(t.received.len(), 2);
    assert!(t.received.iter().all(|r| r.is_empty()), "nothing sent for b");

    postie_ok(&data, &["account", "edit", "a", "--port", "9995"]).await;
    assert_eq!(trusted_certificates(&data).await[0], ("a".to_owned(), hex));
    postie_ok(&data, &["account", "edit", "a", "--host", "127.0.0.1"]).await;
    assert_eq!(
        trusted_certificates(&data).await[0],
        ("a".to_owned(), serde_json::Value::Null)
    );
}
