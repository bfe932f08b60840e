//! Byte transcripts: the engine against a scripted server, asserting on the
//! exact bytes it sent and on what it reported.

use std::time::Duration;

use postie::pop3::{
    AuthMethod, BodyOutcome, BodyRequest, BodySink, Connection, Credentials, Error, MemorySink, QuitOutcome,
    ResponseCode, Retention, Security, Session, TemporaryReason, UidlProblemKind,
};

use crate::support::scripted::{Script, ScriptedServer};

fn alice() -> Credentials {
    let mut c = Credentials::password("alice", "secret");
    c.allow_plaintext = true;
    c
}

async fn session(server: &ScriptedServer) -> Session {
    let connection = Connection::open(&server.config(Security::Plain)).await.expect("open");
    connection.authenticate(&alice()).await.expect("login")
}

async fn open_err(server: &ScriptedServer, credentials: &Credentials) -> Error {
    match Connection::open(&server.config(Security::Plain)).await {
        Ok(connection) => connection.authenticate(credentials).await.expect_err("login must fail"),
        Err(e) => e,
    }
}

// ---- greeting and connection -------------------------------------------------

#[tokio::test]
async fn err_greeting_stops_before_any_command() {
    let server = ScriptedServer::start(None, vec![Script::new().s("-ERR [SYS/TEMP] too busy\r\n")]).await;
    let err = Connection::open(&server.config(Security::Plain)).await.unwrap_err();
    assert!(
        matches!(err, Error::GreetingRefused { ref text, .. } if text == "too busy"),
        "{err}"
    );
    let t = server.finish().await;
    t.assert_ok();
    assert_eq!(t.received[0], b"");
}

#[tokio::test]
async fn eof_before_greeting_is_a_clean_error() {
    let server = ScriptedServer::start(None, vec![Script::new().s("+OK hel").close()]).await;
    let err = Connection::open(&server.config(Security::Plain)).await.unwrap_err();
    assert!(matches!(err, Error::Closed { .. }), "{err}");
    assert!(err.is_temporary());
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn silent_server_times_out() {
    let server = ScriptedServer::start(None, vec![Script::new().sleep(Duration::from_secs(2))]).await;
    let mut config = server.config(Security::Plain);
    config.timeouts.greeting = Duration::from_millis(300);
    let err = Connection::open(&config).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
}

#[tokio::test]
async fn unsolicited_line_after_greeting_is_a_desync() {
    let server = ScriptedServer::start(None, vec![Script::new().s("+OK hi\r\n+OK extra\r\n")]).await;
    let err = Connection::open(&server.config(Security::Plain)).await.unwrap_err();
    assert!(matches!(err, Error::Protocol { .. }), "{err}");
    // Nothing was sent on a desynchronised connection.
    assert_eq!(server.finish().await.received[0], b"");
}

#[tokio::test]
async fn garbage_greeting_is_a_protocol_error() {
    let server = ScriptedServer::start(None, vec![Script::new().s("* OK IMAP4rev1 ready\r\n")]).await;
    let err = Connection::open(&server.config(Security::Plain)).await.unwrap_err();
    assert!(matches!(err, Error::Protocol { .. }), "{err}");
}

#[tokio::test]
async fn over_long_status_line_is_a_clean_error() {
    let long = vec![b'x'; 100_000];
    let server = ScriptedServer::start(None, vec![Script::new().s("+OK ").s(&long)]).await;
    let err = Connection::open(&server.config(Security::Plain)).await.unwrap_err();
    assert!(err.to_string().contains("longer than 8192 bytes"), "{err}");
}

#[tokio::test]
async fn server_without_capa_uses_user_pass() {
    let server = ScriptedServer::start(
        None,
        vec![
            Script::new()
                .s("+OK old server\r\n")
                .c("CAPA")
                .s("-ERR unknown command\r\n")
                .c("USER alice")
                .s("+OK\r\n")
                .c("PASS secret")
                .s("+OK\r\n")
                .c("STAT")
                .s("+OK 0 0\r\n"),
        ],
    )
    .await;
    let mut s = session(&server).await;
    assert!(s.capabilities().is_none());
    assert!(!s.pipelining());
    assert_eq!(s.stat().await.unwrap().count, 0);
    drop(s);
    server.finish().await.assert_ok();
}

// ---- authentication -----------------------------------------------------------

fn greeting_capa(caps: &[&str]) -> Script {
    let mut capa = b"+OK\r\n".to_vec();
    for c in caps {
        capa.extend_from_slice(c.as_bytes());
        capa.extend_from_slice(b"\r\n");
    }
    capa.extend_from_slice(b".\r\n");
    Script::new()
        .s("+OK ready <1896.697170952@dbc.mtview.ca.us>\r\n")
        .c("CAPA")
        .s(capa)
}

#[tokio::test]
async fn each_login_response_code_is_classified() {
    let cases = [
        ("-ERR [AUTH] wrong password", "auth"),
        ("-ERR wrong password", "auth"),
        ("-ERR [IN-USE] mailbox locked", "in-use"),
        ("-ERR [LOGIN-DELAY] wait", "login-delay"),
        ("-ERR [SYS/TEMP] try later", "sys-temp"),
        ("-ERR [SYS/PERM] POP access is not enabled", "sys-perm"),
        ("-ERR [X-UNKNOWN] odd", "auth"),
    ];
    for (reply, expected) in cases {
        let script = greeting_capa(&["USER", "LOGIN-DELAY 900"])
            .c("USER alice")
            .s("+OK\r\n")
            .c("PASS secret")
            .s(format!("{reply}\r\n"));
        let server = ScriptedServer::start(None, vec![script]).await;
        let err = open_err(&server, &alice()).await;
        let kind = match &err {
            Error::AuthRejected { .. } => "auth",
            Error::Temporary {
                reason: TemporaryReason::InUse,
                ..
            } => "in-use",
            Error::Temporary {
                reason: TemporaryReason::LoginDelay,
                retry_after,
                ..
            } => {
                assert_eq!(*retry_after, Some(Duration::from_secs(900)));
                "login-delay"
            }
            Error::Temporary {
                reason: TemporaryReason::System,
                ..
            } => "sys-temp",
            Error::Permanent { text, .. } => {
                assert_eq!(text, "POP access is not enabled");
                "sys-perm"
            }
            other => panic!("{reply}: unexpected {other}"),
        };
        assert_eq!(kind, expected, "{reply}");
        let t = server.finish().await;
        t.assert_ok();
        // A rejected password is never sent twice.
        assert_eq!(t.all_text().matches("PASS").count(), 1, "{reply}");
        assert!(!err.to_string().contains("secret"));
    }
}

#[tokio::test]
async fn user_rejected_stops_before_pass() {
    let script = greeting_capa(&["USER"])
        .c("USER alice")
        .s("-ERR [AUTH] no such user\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = open_err(&server, &alice()).await;
    assert!(err.is_auth_rejected(), "{err}");
    assert!(!server.finish().await.all_text().contains("PASS"));
}

#[tokio::test]
async fn sasl_plain_with_initial_response() {
    // base64("\0alice\0secret")
    let script = greeting_capa(&["SASL PLAIN", "USER"])
        .c("AUTH PLAIN AGFsaWNlAHNlY3JldA==")
        .s("+OK\r\n")
        .c("CAPA")
        .s("+OK\r\nSASL PLAIN\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let s = Connection::open(&server.config(Security::Plain))
        .await
        .unwrap()
        .authenticate(&alice())
        .await
        .unwrap();
    assert_eq!(s.auth_method(), AuthMethod::Plain);
    drop(s);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn long_initial_response_goes_in_a_continuation() {
    let password = "p".repeat(300);
    let mut credentials = Credentials::password("alice", password.as_str());
    credentials.allow_plaintext = true;
    let encoded = base64_encode(format!("\0alice\0{password}").as_bytes());
    let script = greeting_capa(&["SASL PLAIN"])
        .c("AUTH PLAIN")
        .s("+ \r\n")
        .c(&encoded)
        .s("+OK\r\n")
        .c("CAPA")
        .s("+OK\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let s = Connection::open(&server.config(Security::Plain))
        .await
        .unwrap()
        .authenticate(&credentials)
        .await;
    s.unwrap();
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn sasl_login_and_cram_md5() {
    let login = greeting_capa(&["SASL LOGIN"])
        .c("AUTH LOGIN")
        .s("+ VXNlcm5hbWU6\r\n")
        .c("YWxpY2U=")
        .s("+ UGFzc3dvcmQ6\r\n")
        .c("c2VjcmV0")
        .s("+OK\r\n")
        .c("CAPA")
        .s("+OK\r\n.\r\n");
    // RFC 2195 example challenge; answer computed with user alice, password secret.
    let challenge = base64_encode(b"<1896.697170952@postoffice.reston.mci.net>");
    let cram = greeting_capa(&["SASL CRAM-MD5"])
        .c("AUTH CRAM-MD5")
        .s(format!("+ {challenge}\r\n"))
        .c_any()
        .s("+OK\r\n")
        .c("CAPA")
        .s("+OK\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![login, cram]).await;
    let config = server.config(Security::Plain);
    let s = Connection::open(&config)
        .await
        .unwrap()
        .authenticate(&alice())
        .await
        .unwrap();
    assert_eq!(s.auth_method(), AuthMethod::Login);
    drop(s);
    let s = Connection::open(&config)
        .await
        .unwrap()
        .authenticate(&alice())
        .await
        .unwrap();
    assert_eq!(s.auth_method(), AuthMethod::CramMd5);
    drop(s);
    let t = server.finish().await;
    t.assert_ok();
    let cram_answer = t.received[1].split(|&b| b == b'\n').nth(2).unwrap().to_vec();
    let decoded = base64_decode(std::str::from_utf8(&cram_answer).unwrap().trim());
    let decoded = String::from_utf8(decoded).unwrap();
    assert!(
        decoded.starts_with("alice ") && decoded.len() == "alice ".len() + 32,
        "{decoded}"
    );
    assert!(!t.all_text().contains("secret"));
}

#[tokio::test]
async fn xoauth2_failure_is_acknowledged_then_rejected() {
    let mut credentials = Credentials::password("alice@example.com", "ya29.token").with_method(AuthMethod::XOAuth2);
    credentials.allow_plaintext = true;
    let ir = base64_encode(b"user=alice@example.com\x01auth=Bearer ya29.token\x01\x01");
    let json = base64_encode(br#"{"status":"401","schemes":"bearer"}"#);
    let script = greeting_capa(&["SASL XOAUTH2"])
        .c(format!("AUTH XOAUTH2 {ir}"))
        .s(format!("+ {json}\r\n"))
        .c("")
        .s("-ERR [AUTH] invalid credentials\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = open_err(&server, &credentials).await;
    assert!(err.is_auth_rejected(), "{err}");
    assert!(!err.to_string().contains("ya29"));
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn apop_only_when_asked_and_with_the_rfc_digest() {
    let mut credentials = Credentials::password("mrose", "tanstaaf").with_method(AuthMethod::Apop);
    credentials.allow_plaintext = true;
    let script = greeting_capa(&["USER"])
        .c("APOP mrose c4c9334bac560ecc979e58001b3e22fb")
        .s("+OK maildrop has 1 message\r\n")
        .c("CAPA")
        .s("+OK\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let s = Connection::open(&server.config(Security::Plain))
        .await
        .unwrap()
        .authenticate(&credentials)
        .await;
    assert_eq!(s.unwrap().auth_method(), AuthMethod::Apop);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn garbage_sasl_challenge_ends_the_login() {
    let script = greeting_capa(&["SASL CRAM-MD5"])
        .c("AUTH CRAM-MD5")
        .s("+ !!!not-base64!!!\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = open_err(&server, &alice()).await;
    assert!(matches!(err, Error::Protocol { .. }), "{err}");
    let t = server.finish().await;
    assert!(!t.all_text().contains("alice "));
}

#[tokio::test]
async fn unexpected_challenge_is_cancelled_with_a_star() {
    let script = greeting_capa(&["SASL PLAIN"])
        .c("AUTH PLAIN AGFsaWNlAHNlY3JldA==")
        .s("+ bW9yZT8=\r\n")
        .c("*")
        .s("-ERR cancelled\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let err = open_err(&server, &alice()).await;
    assert!(matches!(err, Error::Sasl { .. }), "{err}");
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn sdps_style_user_names_are_sent_as_given() {
    for name in ["philh@vision25", "user+host.example"] {
        let mut credentials = Credentials::password(name, "secret");
        credentials.allow_plaintext = true;
        let script = greeting_capa(&["USER"])
            .c(format!("USER {name}"))
            .s("+OK\r\n")
            .c("PASS secret")
            .s("+OK\r\n")
            .c("CAPA")
            .s("+OK\r\n.\r\n");
        let server = ScriptedServer::start(None, vec![script]).await;
        Connection::open(&server.config(Security::Plain))
            .await
            .unwrap()
            .authenticate(&credentials)
            .await
            .unwrap();
        server.finish().await.assert_ok();
    }
}

#[tokio::test]
async fn cleartext_password_is_never_sent_unless_allowed() {
    let script = greeting_capa(&["USER", "SASL PLAIN LOGIN"]);
    let server = ScriptedServer::start(None, vec![script]).await;
    let credentials = Credentials::password("alice", "secret");
    let err = open_err(&server, &credentials).await;
    assert!(matches!(err, Error::NoLoginMethod { .. }), "{err}");
    let t = server.finish().await;
    assert!(!t.sent_credentials(), "{}", t.all_text());
}

#[tokio::test]
async fn user_name_with_line_break_is_refused_locally() {
    let script = greeting_capa(&["USER"]);
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut credentials = Credentials::password("alice\r\nDELE 1", "secret");
    credentials.allow_plaintext = true;
    let err = open_err(&server, &credentials).await;
    assert!(matches!(err, Error::InvalidSetting(_)), "{err}");
    assert!(err.to_string().contains("user name contains a line break"), "{err}");
    assert!(!server.finish().await.all_text().contains("DELE"));
}

// ---- transaction commands -----------------------------------------------------

#[tokio::test]
async fn every_command_success_and_failure() {
    let script = Script::logged_in(&["USER", "TOP", "UIDL", "EXPIRE 30", "IMPLEMENTATION test"])
        .c("STAT")
        .s("+OK 2 320\r\n")
        .c("LIST")
        .s("+OK 2 messages\r\n1 120\r\n2 200\r\n.\r\n")
        .c("LIST 2")
        .s("+OK 2 200\r\n")
        .c("LIST 9")
        .s("-ERR no such message\r\n")
        .c("UIDL")
        .s("+OK\r\n1 whqtswO00WBw418f9t5JxYwZ\r\n2 QhdPYR:00WBw1Ph7x7\r\n.\r\n")
        .c("UIDL 1")
        .s("+OK 1 whqtswO00WBw418f9t5JxYwZ\r\n")
        .c("UIDL 9")
        .s("-ERR no such message\r\n")
        .c("TOP 1 0")
        .s("+OK\r\nSubject: hi\r\n\r\n.\r\n")
        .c("RETR 1")
        .s("+OK 120 octets\r\nSubject: hi\r\n\r\n..dot\r\n.\r\n")
        .c("RETR 9")
        .s("-ERR no such message\r\n")
        .c("DELE 1")
        .s("+OK deleted\r\n")
        .c("DELE 1")
        .s("-ERR message 1 already deleted\r\n")
        .c("NOOP")
        .s("+OK\r\n")
        .c("RSET")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let caps = s.capabilities().unwrap().clone();
    assert_eq!(caps.expire.unwrap().retention, Retention::Days(30));
    assert_eq!(caps.implementation.as_deref(), Some("test"));
    assert_eq!(s.stat().await.unwrap().count, 2);
    let list = s.list_all().await.unwrap();
    assert_eq!(list.len(), 2);
    assert_eq!(list[1].size, 200);
    assert_eq!(s.list(2).await.unwrap().unwrap().size, 200);
    assert_eq!(s.list(9).await.unwrap(), None);
    let uidl = s.uidl_all().await.unwrap();
    assert_eq!(uidl.entries[1].uidl.as_str(), "QhdPYR:00WBw1Ph7x7");
    assert!(uidl.problems.is_empty());
    assert_eq!(
        s.uidl(1).await.unwrap().unwrap().unwrap().uidl.as_str(),
        "whqtswO00WBw418f9t5JxYwZ"
    );
    assert!(s.uidl(9).await.unwrap().is_none());

    let mut sink = MemorySink::default();
    s.top_many(&[BodyRequest::new(1, 120)], 0, &mut sink).await.unwrap();
    s.retr_many(&[BodyRequest::new(1, 120), BodyRequest::new(9, 0)], &mut sink)
        .await
        .unwrap();
    assert_eq!(sink.finished[0].2, b"Subject: hi\r\n\r\n");
    assert_eq!(sink.finished[1].1, BodyOutcome::Complete { size: 21 });
    assert_eq!(sink.finished[1].2, b"Subject: hi\r\n\r\n.dot\r\n");
    assert!(matches!(sink.finished[2].1, BodyOutcome::Refused(_)));

    s.dele(1).await.unwrap();
    let err = s.dele(1).await.unwrap_err();
    assert!(matches!(err, Error::CommandFailed { command: "DELE", .. }), "{err}");
    s.noop().await.unwrap();
    s.rset().await.unwrap();
    assert_eq!(s.quit().await, QuitOutcome::Confirmed);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn failures_of_listing_commands() {
    let script = Script::logged_in(&["USER"])
        .c("STAT")
        .s("-ERR [SYS/TEMP] mailbox busy\r\n")
        .c("LIST")
        .s("-ERR no\r\n")
        .c("UIDL")
        .s("-ERR [SYS/TEMP] uidl database locked\r\n")
        .c("NOOP")
        .s("-ERR huh\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let err = s.stat().await.unwrap_err();
    assert!(
        matches!(
            err,
            Error::CommandFailed {
                code: Some(ResponseCode::SysTemp),
                ..
            }
        ),
        "{err}"
    );
    assert!(s.list_all().await.is_err());
    // UIDL -ERR must never look like an empty mailbox.
    assert!(matches!(
        s.uidl_all().await,
        Err(Error::CommandFailed { command: "UIDL", .. })
    ));
    assert!(s.noop().await.is_err());
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn bad_uidl_lines_are_reported_exactly() {
    let long = "a".repeat(71);
    let script = Script::logged_in(&["USER", "UIDL"]).c("UIDL").s(format!(
        "+OK\r\n1 good\r\n2 {long}\r\n3 has\x01ctl\r\n4\r\nx y\r\n.\r\n"
    ));
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let listing = s.uidl_all().await.unwrap();
    assert_eq!(listing.entries.len(), 1);
    let kinds: Vec<_> = listing.problems.iter().map(|p| p.kind.clone()).collect();
    assert_eq!(
        kinds,
        vec![
            UidlProblemKind::TooLong(71),
            UidlProblemKind::InvalidByte(1),
            UidlProblemKind::MissingUidl,
            UidlProblemKind::BadMessageNumber
        ]
    );
    assert_eq!(listing.problems[0].raw, long.as_bytes());
}

#[tokio::test]
async fn malformed_stat_is_a_protocol_error() {
    let script = Script::logged_in(&["USER"]).c("STAT").s("+OK many\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    assert!(matches!(s.stat().await, Err(Error::Protocol { .. })));
}

// ---- bodies -------------------------------------------------------------------

/// A message whose dot-stuffed form exercises every stuffing rule.
const TRICKY: &[u8] = b"Subject: dots\r\n\r\n.\r\n..\r\n.hidden\r\n...\r\nx.\r\n\r\n.\r\nlast";

#[tokio::test]
async fn dot_stuffing_survives_every_split_offset() {
    let wire = postie::pop3::parse::dot_stuff(TRICKY);
    let mut response = b"+OK\r\n".to_vec();
    response.extend_from_slice(&wire);
    let mut expected = TRICKY.to_vec();
    expected.extend_from_slice(b"\r\n");
    let scripts: Vec<Script> = (1..response.len())
        .map(|split| {
            Script::logged_in(&["USER"])
                .c("RETR 1")
                .s(&response[..split])
                .sleep(Duration::from_millis(3))
                .s(&response[split..])
                .c("NOOP")
                .s("+OK\r\n")
        })
        .collect();
    let count = scripts.len();
    let server = ScriptedServer::start(None, scripts).await;
    for split in 1..=count {
        let mut s = session(&server).await;
        let mut sink = MemorySink::default();
        s.retr(BodyRequest::new(1, 0), &mut sink).await.unwrap();
        assert_eq!(sink.finished.len(), 1, "split {split}");
        assert_eq!(sink.finished[0].2, expected, "split {split}");
        // The connection is still in step after the body.
        s.noop().await.unwrap();
    }
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn missing_terminator_then_eof_is_an_error_with_no_message() {
    let script = Script::logged_in(&["USER"])
        .c("RETR 1")
        .s("+OK\r\nSubject: cut\r\n\r\nhalf a bo")
        .close();
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let mut sink = MemorySink::default();
    let err = s.retr(BodyRequest::new(1, 0), &mut sink).await.unwrap_err();
    assert!(matches!(err, Error::Closed { .. }), "{err}");
    assert!(
        sink.finished.is_empty(),
        "a partial message must never be reported complete"
    );
}

#[tokio::test]
async fn message_over_the_size_limit_is_dropped_and_the_session_goes_on() {
    let big = "x".repeat(10_000);
    let script = Script::logged_in(&["USER"])
        .c("RETR 1")
        .s(format!("+OK\r\n{big}\r\n.\r\n"))
        .c("RETR 2")
        .s("+OK\r\nsmall\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let mut sink = MemorySink::default();
    let requests = [
        BodyRequest::new(1, 10_002).with_limit(1_000),
        BodyRequest::new(2, 7).with_limit(1_000),
    ];
    s.retr_many(&requests, &mut sink).await.unwrap();
    assert_eq!(sink.finished[0].1, BodyOutcome::TooLarge { size: 10_002 });
    assert!(sink.finished[0].2.len() <= 1_000);
    assert_eq!(sink.finished[1].1, BodyOutcome::Complete { size: 7 });
    assert_eq!(sink.finished[1].2, b"small\r\n");
}

#[tokio::test]
async fn a_failing_sink_ends_the_session_without_quit() {
    struct FullDisk;
    impl BodySink for FullDisk {
        async fn begin(&mut self, _: usize) -> std::io::Result<()> {
            Ok(())
        }
        async fn data(&mut self, _: usize, _: &[u8]) -> std::io::Result<()> {
            Err(std::io::Error::other("No space left on device"))
        }
        async fn end(&mut self, _: usize, _: BodyOutcome) -> std::io::Result<()> {
            Ok(())
        }
    }
    let script = Script::logged_in(&["USER"]).c("RETR 1").s("+OK\r\nbody\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let err = s.retr(BodyRequest::new(1, 0), &mut FullDisk).await.unwrap_err();
    assert!(matches!(err, Error::Sink(_)), "{err}");
    drop(s);
    let t = server.finish().await;
    t.assert_ok();
    assert!(!t.all_text().contains("QUIT"));
}

#[tokio::test]
async fn stalled_body_times_out() {
    let script = Script::logged_in(&["USER"])
        .c("RETR 1")
        .s("+OK\r\nstart\r\n")
        .sleep(Duration::from_secs(3));
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut config = server.config(Security::Plain);
    config.timeouts.idle = Duration::from_millis(400);
    let mut s = Connection::open(&config)
        .await
        .unwrap()
        .authenticate(&alice())
        .await
        .unwrap();
    let mut sink = MemorySink::default();
    let err = s.retr(BodyRequest::new(1, 0), &mut sink).await.unwrap_err();
    assert!(matches!(err, Error::Timeout { .. }), "{err}");
    assert!(sink.finished.is_empty());
}

// ---- pipelining ---------------------------------------------------------------

#[tokio::test]
async fn pipelining_sends_ahead_when_announced() {
    // The server reads all three commands before it answers any: a
    // lock-step client would wait forever here.
    let script = Script::logged_in(&["USER", "PIPELINING"])
        .c("RETR 1")
        .c("RETR 2")
        .c("RETR 3")
        .s("+OK\r\none\r\n.\r\n+OK\r\ntwo\r\n.\r\n-ERR gone\r\n")
        .c("DELE 1")
        .c("DELE 2")
        .s("+OK\r\n+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    assert!(s.pipelining());
    let mut sink = MemorySink::default();
    let requests: Vec<_> = (1..=3).map(|n| BodyRequest::new(n, 5)).collect();
    s.retr_many(&requests, &mut sink).await.unwrap();
    let bodies: Vec<_> = sink.finished.iter().map(|f| (f.0, f.2.clone())).collect();
    assert_eq!(
        bodies,
        vec![(0, b"one\r\n".to_vec()), (1, b"two\r\n".to_vec()), (2, vec![])]
    );
    let results = s.dele_many(&[1, 2]).await.unwrap();
    assert!(results.iter().all(|(_, r)| r.is_ok()));
    assert_eq!(s.quit().await, QuitOutcome::Confirmed);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn without_pipelining_commands_go_in_lock_step() {
    let script = Script::logged_in(&["USER"])
        .c("RETR 1")
        .silence(Duration::from_millis(200))
        .s("+OK\r\none\r\n.\r\n")
        .c("RETR 2")
        .silence(Duration::from_millis(200))
        .s("+OK\r\ntwo\r\n.\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    assert!(!s.pipelining());
    let mut sink = MemorySink::default();
    s.retr_many(&[BodyRequest::new(1, 5), BodyRequest::new(2, 5)], &mut sink)
        .await
        .unwrap();
    assert_eq!(sink.finished.len(), 2);
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn pipelining_window_is_bounded() {
    let mut script = Script::logged_in(&["USER", "PIPELINING"]);
    for n in 1..=64 {
        script = script.c(format!("DELE {n}"));
    }
    // The 65th command must wait for an answer.
    script = script.silence(Duration::from_millis(200)).s("+OK\r\n").c("DELE 65");
    for _ in 0..64 {
        script = script.s("+OK\r\n");
    }
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    let numbers: Vec<u32> = (1..=65).collect();
    let results = s.dele_many(&numbers).await.unwrap();
    assert_eq!(results.len(), 65);
    server.finish().await.assert_ok();
}

// ---- QUIT and deletion --------------------------------------------------------

#[tokio::test]
async fn quit_outcomes() {
    let refused = Script::logged_in(&["USER"])
        .c("DELE 1")
        .s("+OK\r\n")
        .c("QUIT")
        .s("-ERR some deleted messages not removed\r\n");
    let eof = Script::logged_in(&["USER"]).c("DELE 1").s("+OK\r\n").c("QUIT").close();
    let server = ScriptedServer::start(None, vec![refused, eof]).await;
    let mut s = session(&server).await;
    s.dele(1).await.unwrap();
    assert_eq!(
        s.quit().await,
        QuitOutcome::NotConfirmed("some deleted messages not removed".into())
    );
    let mut s = session(&server).await;
    s.dele(1).await.unwrap();
    assert!(matches!(s.quit().await, QuitOutcome::NotConfirmed(_)));
    server.finish().await.assert_ok();
}

#[tokio::test]
async fn dropping_a_session_never_sends_quit() {
    let script = Script::logged_in(&["USER"]).c("DELE 1").s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let mut s = session(&server).await;
    s.dele(1).await.unwrap();
    s.abort().await;
    let t = server.finish().await;
    t.assert_ok();
    assert!(!t.all_text().contains("QUIT"), "{}", t.all_text());
}

// ---- helpers ------------------------------------------------------------------

fn base64_encode(bytes: &[u8]) -> String {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn base64_decode(text: &str) -> Vec<u8> {
    use base64::Engine as _;
    base64::engine::general_purpose::STANDARD.decode(text).unwrap()
}
