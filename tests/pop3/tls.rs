//! TLS and STARTTLS: certificate checks, pinning, and the attacks a client
//! must survive (STARTTLS stripping and response injection). Assertions are
//! on the exact bytes the server received.

use postie::pop3::{CertificateReason, Connection, Credentials, Encryption, Error, Security};

use crate::support::certs::{self, TestCa};
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
