//! Interop with a real Dovecot (see tests/support/dovecot.rs): every
//! security mode, every login method Dovecot offers, and full downloads
//! compared byte for byte with the Maildir files.

use postie::pop3::{
    AuthMethod, BodyOutcome, BodyRequest, CertificateReason, Connection, Credentials, Encryption, Error, MemorySink,
    QuitOutcome, Security, ServerConfig, Session,
};

use crate::support::dovecot::{ALICE, ALICE_PASSWORD, CAROL, CAROL_MESSAGES, CAROL_PASSWORD, Dovecot, StoredMessage};

/// Enough messages that pipelining fills its window several times over and
/// every kind of generated message appears many times.
const BIG_MAILBOX: usize = 300;

async fn login(config: &ServerConfig, credentials: &Credentials, dovecot: &Dovecot) -> Session {
    let connection = Connection::open(config)
        .await
        .unwrap_or_else(|e| panic!("connect with {:?}: {e}\n{}", config.security, dovecot.log()));
    connection
        .authenticate(credentials)
        .await
        .unwrap_or_else(|e| panic!("login with {}: {e}\n{}", credentials.method, dovecot.log()))
}

async fn stat_count(session: &mut Session) -> u32 {
    session.stat().await.expect("STAT").count
}

fn requests_for(messages: &[StoredMessage]) -> Vec<BodyRequest> {
    (1..=messages.len())
        .map(|n| BodyRequest::new(n as u32, messages[n - 1].pop3_size()))
        .collect()
}

/// Checks that `sink` got each message complete, in order, equal to `expected`.
fn assert_bodies(sink: &MemorySink, expected: &[Vec<u8>], what: &str) {
    assert_eq!(sink.finished.len(), expected.len(), "{what}: number of bodies");
    for (position, (index, outcome, bytes)) in sink.finished.iter().enumerate() {
        assert_eq!(*index, position, "{what}: bodies out of order");
        let want = &expected[*index];
        assert_eq!(
            *outcome,
            BodyOutcome::Complete {
                size: want.len() as u64
            },
            "{what}: outcome of message {}",
            index + 1
        );
        if bytes != want {
            let first_difference = bytes
                .iter()
                .zip(want.iter())
                .position(|(a, b)| a != b)
                .unwrap_or(bytes.len().min(want.len()));
            panic!(
                "{what}: message {} differs at byte {first_difference} (got {} bytes, want {})",
                index + 1,
                bytes.len(),
                want.len()
            );
        }
    }
}

/// UIDL, LIST, TOP and RETR of the whole mailbox, each checked against
/// the files; then QUIT, which must delete nothing.
async fn download_and_compare(dovecot: &Dovecot, allow_pipelining: bool) {
    let stored = dovecot.messages(ALICE);
    let mut config = dovecot.server_config(Security::Tls);
    config.allow_pipelining = allow_pipelining;
    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), dovecot).await;
    assert_eq!(session.pipelining(), allow_pipelining, "Dovecot announces PIPELINING");

    let stat = session.stat().await.expect("STAT");
    assert_eq!(stat.count as usize, stored.len());
    assert_eq!(stat.size, stored.iter().map(StoredMessage::pop3_size).sum::<u64>());

    let uidl = session.uidl_all().await.expect("UIDL");
    assert!(uidl.problems.is_empty(), "UIDL problems: {:?}", uidl.problems);
    let got: Vec<(u32, &str)> = uidl.entries.iter().map(|e| (e.message, e.uidl.as_str())).collect();
    let want: Vec<(u32, &str)> = stored
        .iter()
        .enumerate()
        .map(|(i, m)| (i as u32 + 1, m.uidl.as_str()))
        .collect();
    assert_eq!(got, want, "UIDL listing");

    let list = session.list_all().await.expect("LIST");
    let got: Vec<(u32, u64)> = list.iter().map(|e| (e.message, e.size)).collect();
    let want: Vec<(u32, u64)> = stored
        .iter()
        .enumerate()
        .map(|(i, m)| (i as u32 + 1, m.pop3_size()))
        .collect();
    assert_eq!(got, want, "LIST listing");

    let requests = requests_for(stored);
    for lines in [0, 3] {
        let mut sink = MemorySink::default();
        session.top_many(&requests, lines, &mut sink).await.expect("TOP");
        let expected: Vec<Vec<u8>> = stored.iter().map(|m| m.top_crlf(lines as usize)).collect();
        assert_bodies(&sink, &expected, &format!("TOP {lines}"));
    }

    let mut sink = MemorySink::default();
    session.retr_many(&requests, &mut sink).await.expect("RETR");
    let expected: Vec<Vec<u8>> = stored.iter().map(StoredMessage::crlf).collect();
    assert_bodies(&sink, &expected, "RETR");

    // One more on its own, after the pipelined batch.
    let last = stored.len();
    let mut sink = MemorySink::default();
    session.retr(requests[last - 1], &mut sink).await.expect("single RETR");
    assert_bodies(&sink, &expected[last - 1..], "single RETR");

    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
    assert_eq!(
        dovecot.messages_on_disk(ALICE),
        stored.len(),
        "QUIT without DELE deleted something"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_download_everything_pipelined_matches_maildir() {
    let dovecot = Dovecot::start(BIG_MAILBOX);
    download_and_compare(&dovecot, true).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_download_everything_without_pipelining_matches_maildir() {
    let dovecot = Dovecot::start(BIG_MAILBOX);
    download_and_compare(&dovecot, false).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_security_modes() {
    let dovecot = Dovecot::start(5);
    let fingerprint = dovecot.fingerprint();

    // Implicit TLS, the test certificate trusted as an extra root.
    let config = dovecot.server_config(Security::Tls);
    let connection = Connection::open(&config).await.expect("TLS with trusted certificate");
    match connection.encryption() {
        Encryption::Tls {
            via_starttls,
            certificate,
            pinned,
        } => {
            assert!(!via_starttls);
            assert!(!pinned);
            assert_eq!(certificate.sha256, fingerprint);
        }
        other => panic!("implicit TLS reported {other:?}"),
    }
    let mut session = connection
        .authenticate(&dovecot.credentials(AuthMethod::Auto))
        .await
        .expect("login");
    assert_eq!(stat_count(&mut session).await, 5);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);

    // Implicit TLS, the certificate pinned and not otherwise trusted.
    let mut config = dovecot.untrusting_config(Security::Tls);
    config.pinned_certificate = Some(fingerprint);
    let connection = Connection::open(&config).await.expect("TLS with pinned certificate");
    assert!(
        matches!(
            connection.encryption(),
            Encryption::Tls {
                via_starttls: false,
                pinned: true,
                ..
            }
        ),
        "{:?}",
        connection.encryption()
    );
    let mut session = connection
        .authenticate(&dovecot.credentials(AuthMethod::Auto))
        .await
        .expect("login");
    assert_eq!(stat_count(&mut session).await, 5);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);

    // STLS on the plain port.
    let config = dovecot.server_config(Security::StartTls);
    let connection = Connection::open(&config).await.expect("STARTTLS");
    match connection.encryption() {
        Encryption::Tls {
            via_starttls,
            certificate,
            ..
        } => {
            assert!(via_starttls);
            assert_eq!(certificate.sha256, fingerprint);
        }
        other => panic!("STARTTLS reported {other:?}"),
    }
    let capabilities = connection.capabilities().expect("CAPA after STLS");
    assert!(!capabilities.stls, "STLS offered again inside TLS");
    let mut session = connection
        .authenticate(&dovecot.credentials(AuthMethod::Plain))
        .await
        .expect("login");
    assert_eq!(stat_count(&mut session).await, 5);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);

    // No encryption: USER/PASS only because the account allows it.
    let config = dovecot.server_config(Security::Plain);
    let connection = Connection::open(&config).await.expect("plain");
    assert_eq!(*connection.encryption(), Encryption::None);
    assert!(
        connection.capabilities().expect("CAPA").stls,
        "Dovecot offers STLS on the plain port"
    );
    let mut session = connection
        .authenticate(&dovecot.credentials(AuthMethod::User))
        .await
        .expect("login");
    assert_eq!(session.auth_method(), AuthMethod::User);
    assert_eq!(stat_count(&mut session).await, 5);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_plain_connection_never_exposes_password_unless_allowed() {
    let dovecot = Dovecot::start(1);
    let config = dovecot.server_config(Security::Plain);
    for method in [AuthMethod::User, AuthMethod::Plain, AuthMethod::Login, AuthMethod::Apop] {
        let credentials = Credentials::password(ALICE, ALICE_PASSWORD).with_method(method);
        let connection = Connection::open(&config).await.expect("plain");
        let error = connection
            .authenticate(&credentials)
            .await
            .expect_err("must refuse before sending");
        assert!(matches!(error, Error::NoLoginMethod { .. }), "{method}: {error}");
    }
    // Auto still logs in, with a method that never sends the password.
    let credentials = Credentials::password(ALICE, ALICE_PASSWORD);
    let mut session = login(&config, &credentials, &dovecot).await;
    assert_eq!(session.auth_method(), AuthMethod::ScramSha256);
    assert_eq!(stat_count(&mut session).await, 1);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
}

async fn expect_certificate_refused(config: &ServerConfig, dovecot: &Dovecot) {
    let error = Connection::open(config)
        .await
        .expect_err("an untrusted certificate must be refused");
    let problem = error
        .certificate_problem()
        .unwrap_or_else(|| panic!("{:?}: not a certificate error: {error:?}", config.security));
    assert_eq!(problem.certificate.sha256, dovecot.fingerprint());
    assert_eq!(problem.reason, CertificateReason::SelfSigned, "{error}");
    let text = error.to_string();
    let fingerprint = dovecot.fingerprint().to_string();
    assert!(text.contains(&fingerprint), "{text:?} lacks fingerprint {fingerprint}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_untrusted_certificate_is_refused_with_its_fingerprint() {
    let dovecot = Dovecot::start(1);
    expect_certificate_refused(&dovecot.untrusting_config(Security::Tls), &dovecot).await;
    expect_certificate_refused(&dovecot.untrusting_config(Security::StartTls), &dovecot).await;

    // A pin for some other certificate must not fall back to anything.
    let mut config = dovecot.untrusting_config(Security::Tls);
    let other = crate::support::certs::self_signed(&["localhost"]);
    config.pinned_certificate = Some(other.fingerprint());
    let error = Connection::open(&config).await.expect_err("wrong pin");
    match error {
        Error::CertificateChanged { found, .. } => assert_eq!(found, dovecot.fingerprint()),
        other => panic!("wrong pin gave {other:?}"),
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_every_login_method() {
    let dovecot = Dovecot::start(4);
    let methods = [
        AuthMethod::ScramSha256,
        AuthMethod::ScramSha1,
        AuthMethod::CramMd5,
        AuthMethod::Plain,
        AuthMethod::Login,
        AuthMethod::User,
        AuthMethod::Apop,
    ];
    for security in [Security::Tls, Security::Plain] {
        let config = dovecot.server_config(security);
        for method in methods {
            let connection = Connection::open(&config).await.expect("connect");
            if let Some(name) = method.sasl_name() {
                let capabilities = connection.capabilities().expect("CAPA");
                assert!(
                    capabilities.has_sasl(name),
                    "Dovecot does not offer {name}: {:?}",
                    capabilities.sasl
                );
            }
            if method == AuthMethod::Apop {
                assert!(
                    connection.greeting().apop_timestamp.is_some(),
                    "no APOP timestamp in the greeting"
                );
            }
            let mut session = connection
                .authenticate(&dovecot.credentials(method))
                .await
                .unwrap_or_else(|e| panic!("{method} over {security}: {e}\n{}", dovecot.log()));
            assert_eq!(session.auth_method(), method);
            assert_eq!(stat_count(&mut session).await, 4, "{method} over {security}");
            session.noop().await.expect("NOOP");
            assert_eq!(session.quit().await, QuitOutcome::Confirmed, "{method} over {security}");
        }
    }

    let mut session = login(
        &dovecot.server_config(Security::Tls),
        &dovecot.credentials(AuthMethod::Auto),
        &dovecot,
    )
    .await;
    assert_eq!(
        session.auth_method(),
        AuthMethod::ScramSha256,
        "Auto must pick the strongest method"
    );
    assert_eq!(stat_count(&mut session).await, 4);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_wrong_password_is_rejected() {
    let dovecot = Dovecot::start(1);
    let config = dovecot.server_config(Security::Tls);
    // Concurrently: Dovecot answers failures in batches every half second,
    // so one after the other would take seconds.
    let attempts: Vec<_> = [
        AuthMethod::Auto,
        AuthMethod::ScramSha256,
        AuthMethod::ScramSha1,
        AuthMethod::CramMd5,
        AuthMethod::Plain,
        AuthMethod::Login,
        AuthMethod::User,
        AuthMethod::Apop,
    ]
    .into_iter()
    .map(|method| {
        let config = config.clone();
        tokio::spawn(async move {
            let credentials = Credentials::password(ALICE, "Tr0ub4dor & 3 horses?").with_method(method);
            let connection = Connection::open(&config).await.expect("connect");
            let result = connection.authenticate(&credentials).await.map(drop);
            (method, result)
        })
    })
    .collect();
    for attempt in attempts {
        let (method, result) = attempt.await.expect("login task");
        let error = result.expect_err("wrong password accepted");
        assert!(error.is_auth_rejected(), "{method}: {error:?}");
        assert!(matches!(error, Error::AuthRejected { .. }));
    }
    // The right password still works afterwards (nothing got locked).
    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    assert_eq!(stat_count(&mut session).await, 1);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_dele_then_quit_removes_messages() {
    let dovecot = Dovecot::start(10);
    let stored = dovecot.messages(ALICE);
    let config = dovecot.server_config(Security::Tls);

    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    session.dele(1).await.expect("DELE 1");
    let results = session.dele_many(&[4, 7, 10]).await.expect("DELE many");
    assert!(results.iter().all(|(_, r)| r.is_ok()), "{results:?}");
    // Already deleted: Dovecot refuses, the others are not affected.
    let again = session.dele_many(&[4]).await.expect("DELE again");
    assert!(again[0].1.is_err(), "DELE of a deleted message accepted: {again:?}");
    assert_eq!(dovecot.messages_on_disk(ALICE), 10, "deleted before QUIT");
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
    assert_eq!(dovecot.messages_on_disk(ALICE), 6, "QUIT did not remove the files");

    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    assert_eq!(stat_count(&mut session).await, 6);
    let uidls: Vec<String> = session
        .uidl_all()
        .await
        .expect("UIDL")
        .entries
        .iter()
        .map(|e| e.uidl.as_str().to_owned())
        .collect();
    let kept: Vec<String> = [2, 3, 5, 6, 8, 9].iter().map(|&n| stored[n - 1].uidl.clone()).collect();
    assert_eq!(uidls, kept);
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_dele_without_quit_removes_nothing() {
    let dovecot = Dovecot::start(6);
    let config = dovecot.server_config(Security::Tls);
    let all: Vec<u32> = (1..=6).collect();

    // abort(): the connection closes without QUIT.
    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    session.dele_many(&all).await.expect("DELE");
    assert_eq!(stat_count(&mut session).await, 0, "deleted messages still counted");
    session.abort().await;

    // Dropped without a word.
    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    assert_eq!(stat_count(&mut session).await, 6, "abort() committed deletions");
    session.dele_many(&all).await.expect("DELE");
    drop(session);

    // RSET, then a real QUIT.
    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    assert_eq!(
        stat_count(&mut session).await,
        6,
        "dropping the session committed deletions"
    );
    session.dele_many(&all).await.expect("DELE");
    session.rset().await.expect("RSET");
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);

    let mut session = login(&config, &dovecot.credentials(AuthMethod::Auto), &dovecot).await;
    assert_eq!(stat_count(&mut session).await, 6, "RSET did not undo DELE");
    assert_eq!(session.quit().await, QuitOutcome::Confirmed);
    assert_eq!(dovecot.messages_on_disk(ALICE), 6);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_user_at_host_login_is_passed_as_given() {
    let dovecot = Dovecot::start(2);
    let stored = dovecot.messages(CAROL);
    for (security, method) in [
        (Security::Tls, AuthMethod::Auto),
        (Security::Tls, AuthMethod::ScramSha1),
        (Security::Tls, AuthMethod::CramMd5),
        (Security::Tls, AuthMethod::Plain),
        (Security::Tls, AuthMethod::Login),
        (Security::StartTls, AuthMethod::User),
        (Security::Plain, AuthMethod::Apop),
    ] {
        let mut credentials = Credentials::password(CAROL, CAROL_PASSWORD).with_method(method);
        credentials.allow_plaintext = true;
        let mut session = login(&dovecot.server_config(security), &credentials, &dovecot).await;
        // CAROL's mailbox, not ALICE's: the whole name reached the server.
        assert_eq!(stat_count(&mut session).await as usize, CAROL_MESSAGES, "{method}");
        let mut sink = MemorySink::default();
        session.retr_many(&requests_for(stored), &mut sink).await.expect("RETR");
        let expected: Vec<Vec<u8>> = stored.iter().map(StoredMessage::crlf).collect();
        assert_bodies(&sink, &expected, &format!("{CAROL} with {method}"));
        assert_eq!(session.quit().await, QuitOutcome::Confirmed);
    }
    assert!(dovecot.log().contains(&format!("user=<{CAROL}>")), "{}", dovecot.log());
}
