//! Network faults at each step of a fetch, cases 1, 3, 5, 7, 8 and 18 of
//! part (a) of the reliability report: the sync engine against a scripted
//! server that resets, cuts a listing short, stalls, closes between
//! commands, refuses QUIT or lists one UIDL twice. Each test checks the
//! exact bytes Postie sent, the store afterwards, and the next fetch.

use std::time::{Duration, Instant};

use tokio::io::AsyncReadExt as _;

use postie::account::{AccountSettings, OverSize, PasswordSource, ServerPolicy, SizeLimit};
use postie::pop3::parse::dot_stuff;
use postie::pop3::{AuthMethod, Error as Pop3Error, Phase, Security, Timeouts};
use postie::store::{AccountState, MessageFilter, ServerState};
use postie::sync::{AccountLock, FetchError, FetchOptions, FetchReport};
use postie::ui::worker::{BACKOFF_CAP_SECONDS, next_check_at};

use super::engine::{Setup, message};
use crate::support::scripted::{Script, ScriptedServer, Transcript};

/// CAPA without PIPELINING: commands go in lock-step, so every script
/// knows exactly what the client may send next.
const CAPA: &str = "+OK\r\nUSER\r\nUIDL\r\nTOP\r\n.\r\n";
const CAPA_PIPELINING: &str = "+OK\r\nUSER\r\nUIDL\r\nTOP\r\nPIPELINING\r\n.\r\n";
/// What the client sends to log in with `CAPA`.
const LOGIN: &str = "CAPA\r\nUSER demo\r\nPASS demo\r\nCAPA\r\n";

fn logged_in_with(capa: &str) -> Script {
    Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s(capa)
        .c("USER demo")
        .s("+OK\r\n")
        .c("PASS demo")
        .s("+OK logged in\r\n")
        .c("CAPA")
        .s(capa)
}

fn logged_in() -> Script {
    logged_in_with(CAPA)
}

/// A data directory with one account on the scripted server.
fn setup(server: &ScriptedServer, security: Security, policy: ServerPolicy, size_limit: Option<SizeLimit>) -> Setup {
    Setup::for_settings(&AccountSettings {
        name: "faults".into(),
        host: "127.0.0.1".into(),
        port: server.port,
        security,
        username: "demo".into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command("printf demo".into()),
        policy,
        pinned_certificate: None,
        size_limit,
    })
}

fn timeouts(idle: Duration) -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(5),
        greeting: Duration::from_secs(5),
        idle,
        // High, so that a body's deadline is the idle timeout alone.
        min_transfer_rate: 1 << 30,
    }
}

/// One session per fetch: a fetch that stored only new mail otherwise
/// looks for more in a second session (for servers that cap a session),
/// and each script here is one session.
fn options() -> FetchOptions {
    FetchOptions {
        timeouts: timeouts(Duration::from_secs(5)),
        max_sessions: 1,
        ..FetchOptions::default()
    }
}

/// A maildrop as one session sees it: message `n` is `mail[n - 1]`.
struct Maildrop<'a>(Vec<(&'a str, Vec<u8>)>);

impl Maildrop<'_> {
    fn uidl(&self) -> String {
        let mut reply = String::from("+OK\r\n");
        for (i, (uidl, _)) in self.0.iter().enumerate() {
            reply.push_str(&format!("{} {uidl}\r\n", i + 1));
        }
        reply + ".\r\n"
    }

    fn list(&self) -> String {
        let mut reply = String::from("+OK\r\n");
        for (i, (_, bytes)) in self.0.iter().enumerate() {
            reply.push_str(&format!("{} {}\r\n", i + 1, bytes.len()));
        }
        reply + ".\r\n"
    }

    fn retr(&self, n: usize) -> Vec<u8> {
        let mut reply = format!("+OK {} octets\r\n", self.0[n - 1].1.len()).into_bytes();
        reply.extend_from_slice(&dot_stuff(&self.0[n - 1].1));
        reply
    }

    /// `TOP n 0`: the header and the blank line after it.
    fn top0(&self, n: usize) -> Vec<u8> {
        let bytes = &self.0[n - 1].1;
        let end = bytes.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
        let mut reply = b"+OK\r\n".to_vec();
        reply.extend_from_slice(&dot_stuff(&bytes[..end]));
        reply
    }

    /// The session up to the listing, answered in lock-step.
    fn listed(&self) -> Script {
        logged_in().c("UIDL").s(self.uidl()).c("LIST").s(self.list())
    }

    /// The listing, then messages 1 and 2 retrieved whole.
    fn retrieved_1_and_2(&self) -> Script {
        self.listed().c("RETR 1").s(self.retr(1)).c("RETR 2").s(self.retr(2))
    }
}

fn sent(transcript: &Transcript, connection: usize) -> String {
    String::from_utf8_lossy(&transcript.received[connection]).into_owned()
}

fn pop3_error(report: &FetchReport) -> &Pop3Error {
    match &report.error {
        Some(FetchError::Pop3(error)) => error,
        other => panic!(
            "expected a POP3 error, got {:?}",
            other.as_ref().map(ToString::to_string)
        ),
    }
}

/// `error` is the connection found closed in `phase`.
#[track_caller]
fn assert_closed_in(error: &Pop3Error, phase: Phase) {
    assert!(
        matches!(error, Pop3Error::Closed { phase: p, .. } if *p == phase),
        "{error:?}"
    );
}

/// `error` is a timeout in `phase`.
#[track_caller]
fn assert_timed_out_in(error: &Pop3Error, phase: Phase) {
    assert!(
        matches!(error, Pop3Error::Timeout { phase: p, .. } if *p == phase),
        "{error:?}"
    );
}

fn ok(report: &FetchReport) {
    assert!(
        report.error.is_none(),
        "fetch failed: {:?}",
        report.error.as_ref().map(ToString::to_string)
    );
}

/// Every stored message's raw bytes, sorted.
fn stored(setup: &Setup) -> Vec<Vec<u8>> {
    let store = setup.store();
    let mut all: Vec<Vec<u8>> = store
        .list_messages(&MessageFilter::default())
        .unwrap()
        .iter()
        .map(|m| store.raw_message(m.id).unwrap().unwrap())
        .collect();
    all.sort();
    all
}

fn sorted(mut messages: Vec<Vec<u8>>) -> Vec<Vec<u8>> {
    messages.sort();
    messages
}

/// The store's idea of each UIDL on the server, sorted by UIDL.
fn server_states(setup: &Setup) -> Vec<(String, ServerState)> {
    let mut states: Vec<(String, ServerState)> = setup
        .store()
        .server_messages(setup.account.id)
        .unwrap()
        .into_iter()
        .map(|(uidl, m)| (uidl, m.state))
        .collect();
    states.sort_by(|a, b| a.0.cmp(&b.0));
    states
}

/// What [`server_states`] is when uid-0001 and uid-0002 are both in `state`.
fn both(state: ServerState) -> Vec<(String, ServerState)> {
    vec![("uid-0001".into(), state), ("uid-0002".into(), state)]
}

fn state(setup: &Setup) -> AccountState {
    setup.store().account_state(setup.account.id).unwrap()
}

/// The account's lock can be taken, with the patience the engine itself
/// has (a password command forked meanwhile shares the lock's file until
/// it execs).
fn lock_is_free(setup: &Setup) -> bool {
    AccountLock::acquire_within(setup.dir.path(), setup.account.id, Duration::from_secs(1))
        .unwrap()
        .is_some()
}

fn body(n: usize) -> Vec<u8> {
    message(n).bytes
}

// ---- case 1: RST before or during the greeting ----------------------------

/// Case 1: an RST before the greeting, and one in the middle of it, each
/// end the fetch with a temporary error that the user is shown (the
/// store's last error) and nothing is sent: no CAPA, no credentials.
#[tokio::test]
async fn reset_before_or_during_the_greeting_is_a_temporary_error_and_nothing_is_sent() {
    // The scripted reset is a real RST: a plain reader sees "connection
    // reset", not the end of the stream.
    let raw = ScriptedServer::start(None, vec![Script::new().s("+OK hel").reset()]).await;
    let mut tcp = tokio::net::TcpStream::connect(("127.0.0.1", raw.port)).await.unwrap();
    raw.finish().await.assert_ok();
    let mut buffer = Vec::new();
    let read = tcp.read_to_end(&mut buffer).await;
    assert_eq!(
        read.map_err(|e| e.kind()),
        Err(std::io::ErrorKind::ConnectionReset),
        "{buffer:?}"
    );

    let before = Script::new().reset();
    let during = Script::new().s("+OK hel").reset();
    let server = ScriptedServer::start(None, vec![before, during]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);
    for _ in 0..2 {
        let report = setup.fetch_with(&options()).await;
        let error = pop3_error(&report);
        // A reset connection reads as a closed one.
        assert_closed_in(error, Phase::Greeting);
        assert!(error.is_temporary(), "{error}");
        assert_eq!(report.sessions, 0);
        // What the status bar shows: the error, as a sentence.
        let state = state(&setup);
        assert_eq!(state.last_error.as_deref(), Some(error.to_string().as_str()));
        assert_eq!(state.last_login_at, None);
        assert!(lock_is_free(&setup));
    }
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(transcript.received, vec![Vec::<u8>::new(), Vec::new()], "nothing sent");
    assert!(stored(&setup).is_empty());
    assert!(server_states(&setup).is_empty());
}

/// Case 1, the back-off: after a failed check the next automatic one
/// waits the account's interval, doubled for each further failure in a
/// row, up to an hour (a longer interval stays as it is); a success goes
/// back to the interval, and the server's LOGIN-DELAY still counts.
#[tokio::test]
async fn failed_checks_in_a_row_wait_longer_each_time() {
    // The state a reset left behind: an error, and no login.
    let server = ScriptedServer::start(None, vec![Script::new().reset()]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::Keep, None);
    let report = setup.fetch_with(&options()).await;
    assert!(pop3_error(&report).is_temporary());
    let failed = state(&setup);
    assert!(failed.last_error.is_some());
    server.finish().await.assert_ok();

    let now = 1_800_000_000;
    let next = |minutes, failures| next_check_at(now, minutes, failures, &failed, None).map(|at| at - now);
    assert_eq!(next(10, 0), Some(600), "after a success: the interval");
    assert_eq!(next(10, 1), Some(600), "one failure: never sooner than the interval");
    assert_eq!(next(10, 2), Some(1_200));
    assert_eq!(next(10, 3), Some(2_400));
    assert_eq!(next(10, 4), Some(BACKOFF_CAP_SECONDS));
    assert_eq!(next(10, 1_000), Some(BACKOFF_CAP_SECONDS));
    assert_eq!(next(1, 5), Some(16 * 60));
    assert_eq!(next(120, 3), Some(120 * 60), "a long interval is not shortened");
    assert_eq!(next(0, 3), None, "automatic checks off");
    // The server's LOGIN-DELAY wins when it is later.
    let delayed = AccountState {
        last_login_at: Some(now),
        login_delay_seconds: Some(900),
        ..failed.clone()
    };
    assert_eq!(next_check_at(now, 10, 1, &delayed, None), Some(now + 900));
    assert_eq!(next_check_at(now, 10, 3, &delayed, None), Some(now + 2_400));
    assert_eq!(next_check_at(now, 10, 1, &failed, Some(now + 5_000)), Some(now + 5_000));
}

// ---- case 3: the UIDL listing cut short -------------------------------------

/// Case 3: the connection drops in the middle of the UIDL listing (no
/// terminating dot), in lock-step and pipelined: the fetch fails, nothing
/// is retrieved, deleted or QUIT, nothing is stored, the account's lock
/// is free again, and the next fetch gets everything.
#[tokio::test]
async fn a_uidl_listing_cut_short_fetches_nothing_and_the_next_fetch_succeeds() {
    let mail = Maildrop(vec![("uid-0001", body(1)), ("uid-0002", body(2))]);
    let cut = "+OK\r\n1 uid-0001\r\n2 uid-00";
    let lock_step = logged_in().c("UIDL").s(cut).close();
    let pipelined = logged_in_with(CAPA_PIPELINING).c("UIDL").c("LIST").s(cut).close();
    let next = mail
        .retrieved_1_and_2()
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![lock_step, pipelined, next]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);
    for _ in 0..2 {
        let report = setup.fetch_with(&options()).await;
        let error = pop3_error(&report);
        assert_closed_in(error, Phase::Command("UIDL"));
        assert!(error.is_temporary());
        assert_eq!((report.new, report.deleted_on_server), (0, 0));
        assert!(stored(&setup).is_empty());
        assert!(server_states(&setup).is_empty());
        assert!(lock_is_free(&setup), "the account's lock is released");
    }
    let report = setup.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (2, 2));
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(sent(&transcript, 0), format!("{LOGIN}UIDL\r\n"));
    assert_eq!(sent(&transcript, 1), format!("{LOGIN}UIDL\r\nLIST\r\n"));
    assert_eq!(
        sent(&transcript, 2),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nDELE 1\r\nDELE 2\r\nQUIT\r\n")
    );
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    assert_eq!(server_states(&setup), both(ServerState::Deleted));
}

// ---- case 5: silence after STLS +OK, or in the middle of RETR ------------

/// Case 5: the server answers `+OK` to STLS and then says nothing. The
/// TLS handshake times out; the only bytes after `STLS` are the client's
/// TLS hello, and no credentials ever leave.
#[tokio::test]
async fn silence_after_stls_ok_times_out_before_any_credentials() {
    let script = Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s("+OK\r\nUSER\r\nUIDL\r\nSTLS\r\n.\r\n")
        .c("STLS")
        .s("+OK begin TLS\r\n")
        .sleep(Duration::from_millis(1_500));
    let server = ScriptedServer::start(None, vec![script]).await;
    let setup = setup(&server, Security::StartTls, ServerPolicy::Keep, None);
    let mut options = options();
    options.timeouts.connect = Duration::from_millis(300);
    let started = Instant::now();
    let report = setup.fetch_with(&options).await;
    let error = pop3_error(&report);
    assert_timed_out_in(error, Phase::TlsHandshake);
    assert!(error.is_temporary());
    assert!(
        started.elapsed() < Duration::from_millis(1_400),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(state(&setup).last_login_at, None);
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert!(!transcript.sent_credentials());
    let sent = &transcript.received[0];
    let plain = b"CAPA\r\nSTLS\r\n";
    assert!(sent.starts_with(plain), "{:?}", String::from_utf8_lossy(sent));
    let after = &sent[plain.len()..];
    // A TLS handshake record (the ClientHello), nothing in the clear.
    assert_eq!(after.first(), Some(&0x16), "{after:?}");
    for secret in [&b"USER"[..], b"PASS", b"AUTH", b"demo"] {
        assert!(!after.windows(secret.len()).any(|w| w == secret));
    }
}

/// Case 5: a RETR stalls after a few body bytes. The fetch times out at
/// the idle timeout and drops the connection without QUIT (and without
/// DELE): the message that arrived whole before it is kept, nothing is
/// marked deleted, and the next fetch completes the work.
#[tokio::test]
async fn a_stalled_retr_times_out_without_quit() {
    let mail = Maildrop(vec![("uid-0001", body(1)), ("uid-0002", body(2))]);
    let stalled = mail
        .listed()
        .c("RETR 1")
        .s(mail.retr(1))
        .c("RETR 2")
        .s("+OK\r\nFrom: Sender 2\r\n")
        .sleep(Duration::from_millis(1_500));
    let next = mail
        .listed()
        .c("RETR 2")
        .s(mail.retr(2))
        .c("DELE 2")
        .s("+OK\r\n")
        .c("DELE 1")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![stalled, next]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);
    // One message per commit: the first is committed before the stall.
    let mut options = options();
    options.batch_messages = 1;
    let mut impatient = options.clone();
    impatient.timeouts.idle = Duration::from_millis(300);
    let started = Instant::now();
    let report = setup.fetch_with(&impatient).await;
    let error = pop3_error(&report);
    assert_timed_out_in(error, Phase::Command("RETR"));
    assert!(error.is_temporary());
    assert!(
        started.elapsed() < Duration::from_millis(1_400),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(report.deleted_on_server, 0);
    assert_eq!(stored(&setup), vec![body(1)]);
    assert_eq!(server_states(&setup), vec![("uid-0001".into(), ServerState::OnServer)]);

    let report = setup.fetch_with(&options).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (1, 2));
    let transcript = server.finish().await;
    transcript.assert_ok();
    // Everything sent on the stalled connection, recorded until the client
    // hung up: no DELE, no QUIT.
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 2\r\nDELE 2\r\nDELE 1\r\nQUIT\r\n")
    );
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    assert_eq!(server_states(&setup), both(ServerState::Deleted));
}

// ---- case 7: QUIT not confirmed ------------------------------------------

/// Case 7, shared by both endings of QUIT: the first fetch stores both
/// messages and sends their DELEs, QUIT is not confirmed, so both stay
/// `delete_pending`. The server had in fact removed only the first: the
/// next fetch settles it from the UIDL listing, sends DELE again for the
/// second, and downloads nothing.
async fn quit_not_confirmed_is_settled_by_the_next_listing(quit: fn(Script) -> Script) {
    let first = Maildrop(vec![("uid-0001", body(1)), ("uid-0002", body(2))]);
    let session = first
        .retrieved_1_and_2()
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n");
    let session = quit(session);
    let second = Maildrop(vec![("uid-0002", body(2))]);
    let next = second.listed().c("DELE 1").s("+OK\r\n").c("QUIT").s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![session, next]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);

    let report = setup.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (2, 0));
    assert!(
        report
            .warnings
            .iter()
            .any(|w| w.contains("did not confirm the end of the session")),
        "{:?}",
        report.warnings
    );
    assert_eq!(server_states(&setup), both(ServerState::DeletePending));

    let report = setup.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (0, 1));
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nDELE 1\r\nDELE 2\r\nQUIT\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nDELE 1\r\nQUIT\r\n")
    );
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    assert_eq!(server_states(&setup), both(ServerState::Deleted));
}

/// Case 7: QUIT answered `-ERR some deleted messages not removed`.
#[tokio::test]
async fn quit_refused_leaves_deletions_pending_for_the_next_listing() {
    quit_not_confirmed_is_settled_by_the_next_listing(|s| s.c("QUIT").s("-ERR some deleted messages not removed\r\n"))
        .await;
}

/// Case 7: the connection closes instead of QUIT's `+OK`.
#[tokio::test]
async fn eof_instead_of_quit_ok_leaves_deletions_pending_for_the_next_listing() {
    quit_not_confirmed_is_settled_by_the_next_listing(|s| s.c("QUIT").close()).await;
}

// ---- case 8: silent close between commands --------------------------------

/// Case 8: the server closes silently after the RETRs, before the DELEs
/// (as at an autologout). The DELE meets the closed connection: the fetch
/// fails with a temporary error and sends nothing more (no QUIT). The
/// messages were committed first and are kept; their deletion stays
/// pending, never taken as done. The next fetch sends the DELEs again
/// and downloads nothing.
#[tokio::test]
async fn a_silent_close_between_commands_is_an_error_and_deletes_nothing() {
    let mail = Maildrop(vec![("uid-0001", body(1)), ("uid-0002", body(2))]);
    let closing = mail.retrieved_1_and_2().half_close();
    let next = mail
        .listed()
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![closing, next]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);

    let report = setup.fetch_with(&options()).await;
    let error = pop3_error(&report);
    assert_closed_in(error, Phase::Command("DELE"));
    assert!(error.is_temporary());
    assert_eq!(report.deleted_on_server, 0);
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    assert_eq!(server_states(&setup), both(ServerState::DeletePending));

    let report = setup.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (0, 2));
    let transcript = server.finish().await;
    transcript.assert_ok();
    // Recorded until the client hung up: one DELE into the closed
    // connection, then nothing.
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nDELE 1\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nDELE 1\r\nDELE 2\r\nQUIT\r\n")
    );
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    assert_eq!(server_states(&setup), both(ServerState::Deleted));
}

/// Case 8: the server closes silently right after the listing. The RETR
/// meets the closed connection; nothing is stored or marked, no QUIT.
#[tokio::test]
async fn a_silent_close_after_the_listing_stores_and_marks_nothing() {
    let mail = Maildrop(vec![("uid-0001", body(1))]);
    let closing = mail.listed().half_close();
    let server = ScriptedServer::start(None, vec![closing]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);
    let report = setup.fetch_with(&options()).await;
    let error = pop3_error(&report);
    assert_closed_in(error, Phase::Command("RETR"));
    assert!(stored(&setup).is_empty());
    assert!(server_states(&setup).is_empty());
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(sent(&transcript, 0), format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\n"));
}

// ---- case 18: one UIDL on two message numbers -----------------------------

fn big_message() -> Vec<u8> {
    let mut bytes = body(3);
    for _ in 0..40 {
        bytes.extend_from_slice(b"A long line to make this message larger than the account's limit.\r\n");
    }
    bytes
}

/// Case 18: messages 1 and 3 share a UIDL; 3 is over the account's size
/// limit. With "skip" it is neither retrieved nor deleted; with "headers
/// only" only its headers are fetched (TOP) and it is not deleted either.
/// Both twins are told apart by number: only what was retrieved whole
/// and committed gets a DELE.
#[tokio::test]
async fn a_twin_left_by_the_size_limit_never_gets_a_dele() {
    let mail = Maildrop(vec![("twin", body(1)), ("uid-0002", body(2)), ("twin", big_message())]);
    let skip = mail
        .retrieved_1_and_2()
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let headers = mail
        .retrieved_1_and_2()
        .c("TOP 3 0")
        .s(mail.top0(3))
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![skip, headers]).await;
    let limit = |over| Some(SizeLimit { max_bytes: 1_000, over });
    let skipping = setup(
        &server,
        Security::Plain,
        ServerPolicy::DeleteAfterDownload,
        limit(OverSize::Skip),
    );
    let report = skipping.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.skipped, report.deleted_on_server), (2, 1, 2));
    assert!(
        report.warnings.iter().any(|w| w.contains("same unique id")),
        "{:?}",
        report.warnings
    );
    assert_eq!(stored(&skipping), sorted(vec![body(1), body(2)]));

    let heading = setup(
        &server,
        Security::Plain,
        ServerPolicy::DeleteAfterDownload,
        limit(OverSize::Headers),
    );
    let report = heading.fetch_with(&options()).await;
    ok(&report);
    assert_eq!((report.new, report.headers_only, report.deleted_on_server), (3, 1, 2));

    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nDELE 1\r\nDELE 2\r\nQUIT\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nTOP 3 0\r\nDELE 1\r\nDELE 2\r\nQUIT\r\n")
    );
}

/// Case 18: messages 1 and 3 share a UIDL, and the connection is cut
/// when the client asks for 3. Twin 1, retrieved and committed, got its
/// DELE; twin 3 never did, and no QUIT followed, so the server deleted
/// nothing. The next fetch retrieves both twins (1 is recognised by its
/// content and not stored again) and deletes each only after that.
#[tokio::test]
async fn a_twin_cut_off_before_its_retr_never_gets_a_dele() {
    let mail = Maildrop(vec![("twin", body(1)), ("uid-0002", body(2)), ("twin", body(3))]);
    let cut = mail
        .retrieved_1_and_2()
        .c("DELE 1")
        .s("+OK\r\n")
        .c("RETR 3")
        .half_close();
    // Nothing was deleted without QUIT: the same three are listed.
    let next = mail
        .listed()
        .c("RETR 1")
        .s(mail.retr(1))
        .c("RETR 3")
        .s(mail.retr(3))
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 3")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK\r\n");
    let server = ScriptedServer::start(None, vec![cut, next]).await;
    let setup = setup(&server, Security::Plain, ServerPolicy::DeleteAfterDownload, None);
    let mut options = options();
    options.batch_messages = 1;

    let report = setup.fetch_with(&options).await;
    let error = pop3_error(&report);
    assert_closed_in(error, Phase::Command("RETR"));
    assert_eq!(report.deleted_on_server, 0);
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2)]));
    // Message 2 was committed but its DELE never sent.
    assert_eq!(server_states(&setup), vec![("uid-0002".into(), ServerState::OnServer)]);

    let report = setup.fetch_with(&options).await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (1, 3));
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nDELE 1\r\nRETR 3\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 3\r\nDELE 1\r\nDELE 3\r\nDELE 2\r\nQUIT\r\n")
    );
    assert_eq!(stored(&setup), sorted(vec![body(1), body(2), body(3)]));
    assert_eq!(server_states(&setup), vec![("uid-0002".into(), ServerState::Deleted)]);
}
