//! Servers that misbehave in ways a real one might: bad UIDL lines, a
//! UIDL that is announced and then refused, a listing that suddenly
//! shows nothing, a PIPELINING server that answers out of step, hostile
//! text, and the login response codes of RFC 2449 and RFC 3206. Each test
//! runs a whole fetch against a scripted server (every byte Postie sends
//! is recorded) and checks what was sent, what was stored, and what the
//! user is told.

use std::time::Duration;

use postie::account::{Account, AccountSettings, PasswordSource, ServerPolicy};
use postie::pop3::{AuthMethod, Security, Timeouts};
use postie::store::{MessageFilter, ServerState, Store};
use postie::sync::{FetchError, FetchOptions, FetchReport, Fetcher};

use crate::engine::Setup;
use crate::support::postie_cli::postie;
use crate::support::scripted::{Script, ScriptedServer, Transcript};

/// A data directory with one account (USER alice, PASS secret, plain) on
/// a scripted server's port.
struct Odd {
    dir: tempfile::TempDir,
    account: Account,
}

impl Odd {
    fn new(port: u16, policy: ServerPolicy) -> Odd {
        let Setup { dir, account, .. } = Setup::for_settings(&AccountSettings {
            name: "odd".into(),
            host: "127.0.0.1".into(),
            port,
            security: Security::Plain,
            username: "alice".into(),
            auth: AuthMethod::User,
            password: PasswordSource::Command("printf secret".into()),
            policy,
            pinned_certificate: None,
            size_limit: None,
        });
        Odd { dir, account }
    }

    fn store(&self) -> Store {
        Store::open(self.dir.path()).unwrap()
    }

    async fn fetch(&self) -> FetchReport {
        let account = self.store().account(self.account.id).unwrap().unwrap();
        Fetcher::new(self.dir.path().to_path_buf())
            .fetch(&account, &short_timeouts())
            .await
    }

    /// Every stored message as (UIDL, raw bytes), sorted.
    fn stored(&self) -> Vec<(Option<String>, Vec<u8>)> {
        let store = self.store();
        let mut all: Vec<_> = store
            .list_messages(&MessageFilter::default())
            .unwrap()
            .into_iter()
            .map(|m| (m.uidl.clone(), store.raw_message(m.id).unwrap().unwrap()))
            .collect();
        all.sort();
        all
    }

    /// Every UIDL the store knows for the account, with its state, sorted.
    fn uidl_states(&self) -> Vec<(String, ServerState)> {
        let mut all: Vec<_> = self
            .store()
            .server_messages(self.account.id)
            .unwrap()
            .into_iter()
            .map(|(uidl, m)| (uidl, m.state))
            .collect();
        all.sort_by(|a, b| a.0.cmp(&b.0));
        all
    }
}

/// Short timeouts, and one session per fetch: a first fetch of new mail
/// would otherwise open a second session to look for more (for servers
/// that hand out a few hundred messages per session), and each session
/// here is scripted.
fn short_timeouts() -> FetchOptions {
    FetchOptions {
        max_sessions: 1,
        timeouts: Timeouts {
            connect: Duration::from_secs(3),
            greeting: Duration::from_secs(3),
            idle: Duration::from_secs(2),
            min_transfer_rate: 1024,
        },
        ..FetchOptions::default()
    }
}

/// A small message; `tag` is in its subject and body.
fn mail(tag: &str) -> Vec<u8> {
    format!(
        "From: Sender <sender@example.org>\r\nTo: you@example.org\r\nSubject: Mail {tag}\r\n\
         Message-ID: <{tag}@example.org>\r\nDate: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\nThe body of {tag}.\r\n"
    )
    .into_bytes()
}

/// The answer to RETR: `+OK`, the message, the terminator.
fn retr(bytes: &[u8]) -> Vec<u8> {
    let mut out = b"+OK message follows\r\n".to_vec();
    out.extend_from_slice(bytes);
    out.extend_from_slice(b".\r\n");
    out
}

/// A UIDL answer for these (number, uid) lines.
fn uidl_answer(lines: &[&[u8]]) -> Vec<u8> {
    let mut out = b"+OK\r\n".to_vec();
    for line in lines {
        out.extend_from_slice(line);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

/// The LIST answer for these messages, numbered from 1.
fn list_answer(messages: &[&[u8]]) -> Vec<u8> {
    let mut out = format!("+OK {} messages\r\n", messages.len()).into_bytes();
    for (i, m) in messages.iter().enumerate() {
        out.extend_from_slice(format!("{} {}\r\n", i + 1, m.len()).as_bytes());
    }
    out.extend_from_slice(b".\r\n");
    out
}

/// What a lock-step client sends to log in with USER/PASS and ask CAPA
/// again, as in [`Script::logged_in`].
const LOGIN: &str = "CAPA\r\nUSER alice\r\nPASS secret\r\nCAPA\r\n";

/// A normal session (CAPA with `capabilities`) that lists `messages` with
/// these UIDLs and expects RETR of `retrieved` (numbers) in lock-step,
/// then QUIT.
fn normal_session(capabilities: &[&str], uidls: &[&str], messages: &[&[u8]], retrieved: &[usize]) -> Script {
    let lines: Vec<Vec<u8>> = uidls
        .iter()
        .enumerate()
        .map(|(i, u)| format!("{} {u}", i + 1).into_bytes())
        .collect();
    let refs: Vec<&[u8]> = lines.iter().map(Vec::as_slice).collect();
    let mut script = Script::logged_in(capabilities)
        .c("UIDL")
        .s(uidl_answer(&refs))
        .c("LIST")
        .s(list_answer(messages));
    for &n in retrieved {
        script = script.c(format!("RETR {n}")).s(retr(messages[n - 1]));
    }
    script.c("QUIT").s("+OK bye\r\n")
}

fn sent(transcript: &Transcript, connection: usize) -> String {
    String::from_utf8_lossy(&transcript.received[connection]).into_owned()
}

fn fetch_error(report: &FetchReport) -> &FetchError {
    report.error.as_ref().expect("the fetch failed")
}

fn ok(report: &FetchReport) {
    assert!(
        report.error.is_none(),
        "fetch failed: {:?}",
        report.error.as_ref().map(ToString::to_string)
    );
}

/// Case 19: UIDL lines that break RFC 1939 §7 (71 characters, a byte
/// outside 0x21–0x7E, no unique-id) and a line for a message number above
/// the LIST count. The bad UIDLs are rejected, never truncated or
/// repaired and used: those messages are stored with no UIDL and known by
/// content, and the user is told. The line above the count is ignored:
/// no RETR or DELE for a message the server does not list.
#[tokio::test]
async fn bad_uidl_lines_are_rejected_never_truncated_and_never_retrieved_beyond_the_count() {
    let messages = [mail("good"), mail("long"), mail("control"), mail("missing")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let long = format!("2 {}", "L".repeat(71));
    let uidl = uidl_answer(&[
        b"1 uid-good",
        long.as_bytes(),
        b"3 bad\x01uid",
        b"4",
        b"9 uid-above-the-count",
    ]);
    let session = |retrieved: &[usize]| {
        let mut script = Script::logged_in(&["USER", "UIDL"])
            .c("UIDL")
            .s(&uidl)
            .c("LIST")
            .s(list_answer(&refs));
        for &n in retrieved {
            script = script.c(format!("RETR {n}")).s(retr(refs[n - 1]));
        }
        script.c("QUIT").s("+OK bye\r\n")
    };
    // The second fetch has the same listing: the three without a usable
    // UIDL are fetched again and recognised by content.
    let server = ScriptedServer::start(None, vec![session(&[1, 2, 3, 4]), session(&[2, 3, 4])]).await;
    let odd = Odd::new(server.port, ServerPolicy::Keep);

    let first = odd.fetch().await;
    ok(&first);
    assert_eq!(first.new, 4);
    assert!(
        first
            .warnings
            .iter()
            .any(|w| w == "3 messages on the server have no valid unique id; Postie recognises them by content."),
        "{:?}",
        first.warnings
    );
    // Stored byte for byte; only the valid UIDL is attached to a message.
    let mut expected: Vec<(Option<String>, Vec<u8>)> = vec![
        (Some("uid-good".into()), messages[0].clone()),
        (None, messages[1].clone()),
        (None, messages[2].clone()),
        (None, messages[3].clone()),
    ];
    expected.sort();
    assert_eq!(odd.stored(), expected);
    // No UIDL was cut to 70 characters, cleaned of its bad byte, or taken
    // from the line above the count.
    assert_eq!(odd.uidl_states(), vec![("uid-good".to_owned(), ServerState::OnServer)]);

    let second = odd.fetch().await;
    ok(&second);
    assert_eq!((second.new, second.already_had), (0, 4));
    assert_eq!(odd.stored(), expected, "nothing stored twice");

    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\nRETR 3\r\nRETR 4\r\nQUIT\r\n")
    );
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 2\r\nRETR 3\r\nRETR 4\r\nQUIT\r\n")
    );
}

/// Case 19 with delete-after-download: a message whose UIDL line was
/// rejected is deleted only by its number, after it is stored; the line
/// for a number above the count never leads to a DELE.
#[tokio::test]
async fn bad_uidl_lines_with_deletion_delete_only_what_was_stored() {
    let messages = [mail("good"), mail("long")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let long = format!("2 {}", "L".repeat(71));
    let script = Script::logged_in(&["USER", "UIDL"])
        .c("UIDL")
        .s(uidl_answer(&[b"1 uid-good", long.as_bytes(), b"3 uid-above-the-count"]))
        .c("LIST")
        .s(list_answer(&refs))
        .c("RETR 1")
        .s(retr(refs[0]))
        .c("RETR 2")
        .s(retr(refs[1]))
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 2")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    let server = ScriptedServer::start(None, vec![script]).await;
    let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDownload);
    let report = odd.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (2, 2));
    assert_eq!(odd.stored().len(), 2);
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert!(!transcript.all_text().contains("DELE 3"));
    assert!(!transcript.all_text().contains("RETR 3"));
}

/// Case 22: a server that announces UIDL in CAPA and then answers UIDL
/// with `-ERR`. The fetch fails with the server's words (a temporary
/// failure: automatic checks go on), sends no RETR or DELE and no QUIT,
/// and the store is as it was; the next normal session downloads nothing.
#[tokio::test]
async fn uidl_refused_despite_capa_is_a_temporary_error_that_touches_nothing() {
    let messages = [mail("one"), mail("two")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let caps = ["USER", "UIDL"];
    let refusing = Script::logged_in(&caps)
        .c("UIDL")
        .s("-ERR [SYS/TEMP] unique-id index is being rebuilt\r\n")
        .c("LIST")
        .s(list_answer(&refs));
    let server = ScriptedServer::start(
        None,
        vec![
            normal_session(&caps, &["uid-1", "uid-2"], &refs, &[1, 2]),
            refusing,
            normal_session(&caps, &["uid-1", "uid-2"], &refs, &[]),
        ],
    )
    .await;
    let odd = Odd::new(server.port, ServerPolicy::DeleteWhenTrashed);
    ok(&odd.fetch().await);
    let stored = odd.stored();
    let states = odd.uidl_states();
    assert_eq!(stored.len(), 2);

    // The user trashes one here: a DELE would be due, but not this time.
    let mut store = odd.store();
    let first = store.list_messages(&MessageFilter::default()).unwrap()[0].id;
    store.move_to_trash(&[first]).unwrap();

    let refused = odd.fetch().await;
    let error = fetch_error(&refused);
    assert!(matches!(error, FetchError::ListingFailed(_)), "{error:?}");
    assert_eq!(
        error.to_string(),
        "The server could not list its messages (unique-id index is being rebuilt), so nothing was \
         downloaded or deleted. Try again later."
    );
    assert!(
        !error.is_auth_rejected() && !error.is_permanent(),
        "automatic checks go on"
    );
    assert_eq!((refused.new, refused.deleted_on_server), (0, 0));
    assert_eq!(odd.stored(), stored);
    assert_eq!(odd.uidl_states(), states);
    let state = odd.store().account_state(odd.account.id).unwrap();
    assert_eq!(state.last_error.as_deref(), Some(error.to_string().as_str()));

    // Restore it, so the next session has nothing to delete either.
    store.restore(&[first]).unwrap();
    let again = odd.fetch().await;
    ok(&again);
    assert_eq!((again.new, again.already_had), (0, 2));
    assert_eq!(odd.stored(), stored);

    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 1),
        format!("{LOGIN}UIDL\r\nLIST\r\n"),
        "no RETR, DELE or QUIT"
    );
    assert_eq!(sent(&transcript, 2), format!("{LOGIN}UIDL\r\nLIST\r\nQUIT\r\n"));
}

/// Case 23: mail is stored here, and the server suddenly lists nothing
/// (then garbage). That is never read as "the mailbox is empty, forget
/// everything": every stored message and every UIDL stays, nothing is
/// sent but the listing commands, and when the server lists its mail
/// again nothing is downloaded twice and nothing is deleted.
#[tokio::test]
async fn an_empty_or_garbled_listing_never_purges_what_is_stored() {
    let messages = [mail("one"), mail("two"), mail("three")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let caps = ["USER", "UIDL"];
    let uidls = ["uid-1", "uid-2", "uid-3"];
    let empty = Script::logged_in(&caps)
        .c("UIDL")
        .s("+OK\r\n.\r\n")
        .c("LIST")
        .s("+OK 0 messages\r\n.\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    let garbled = Script::logged_in(&caps)
        .c("UIDL")
        .s(uidl_answer(&[b"1 uid-1"]))
        .c("LIST")
        .s("+OK\r\nnothing here\r\n.\r\n");
    let server = ScriptedServer::start(
        None,
        vec![
            normal_session(&caps, &uidls, &refs, &[1, 2, 3]),
            empty,
            garbled,
            normal_session(&caps, &uidls, &refs, &[]),
        ],
    )
    .await;
    // Delete-after-N-days: the policy that acts on known messages by age.
    let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDays(30));
    ok(&odd.fetch().await);
    let stored = odd.stored();
    assert_eq!(stored.len(), 3);
    let known: Vec<String> = odd.uidl_states().into_iter().map(|(u, _)| u).collect();
    assert_eq!(known, uidls);

    let empty = odd.fetch().await;
    ok(&empty);
    assert_eq!((empty.new, empty.already_had, empty.deleted_on_server), (0, 0, 0));
    assert_eq!(odd.stored(), stored, "local mail stays");
    // The UIDLs are remembered (as gone from the server for now).
    let after_empty: Vec<String> = odd.uidl_states().into_iter().map(|(u, _)| u).collect();
    assert_eq!(after_empty, uidls);

    let garbled = odd.fetch().await;
    let error = fetch_error(&garbled);
    assert!(matches!(error, FetchError::Pop3(_)), "{error:?}");
    assert_eq!(odd.stored(), stored);

    let back = odd.fetch().await;
    ok(&back);
    assert_eq!((back.new, back.already_had, back.deleted_on_server), (0, 3, 0));
    assert_eq!(odd.stored(), stored);
    assert_eq!(
        odd.uidl_states(),
        uidls
            .iter()
            .map(|u| (u.to_string(), ServerState::OnServer))
            .collect::<Vec<_>>()
    );

    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(sent(&transcript, 1), format!("{LOGIN}UIDL\r\nLIST\r\nQUIT\r\n"));
    assert_eq!(
        sent(&transcript, 2),
        format!("{LOGIN}UIDL\r\nLIST\r\n"),
        "no QUIT after garbage"
    );
    assert_eq!(sent(&transcript, 3), format!("{LOGIN}UIDL\r\nLIST\r\nQUIT\r\n"));
}

/// Case 26: a server that announces PIPELINING and then answers UIDL and
/// LIST in the wrong order. Postie sends both at once, finds the answers
/// do not fit, and stops: nothing else is sent, nothing is stored.
#[tokio::test]
async fn pipelined_listings_answered_in_the_wrong_order_stop_the_fetch() {
    let messages = [mail("one"), mail("two")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let mut swapped = list_answer(&refs);
    swapped.extend_from_slice(&uidl_answer(&[b"1 uid-1", b"2 uid-2"]));
    let script = Script::logged_in(&["USER", "UIDL", "PIPELINING"])
        .c("UIDL")
        .c("LIST")
        .s(swapped);
    let server = ScriptedServer::start(None, vec![script]).await;
    let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDownload);
    let report = odd.fetch().await;
    let error = fetch_error(&report);
    assert!(matches!(error, FetchError::Pop3(_)), "{error:?}");
    assert!(odd.stored().is_empty());
    assert!(odd.uidl_states().is_empty());
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(sent(&transcript, 0), format!("{LOGIN}UIDL\r\nLIST\r\n"));
}

/// The first session of the case 26 tests below: pipelined listing, then
/// the two RETRs sent together; `answers` is what the server sends back.
fn pipelined_retr(answers: Vec<u8>) -> Script {
    let messages = [mail("one"), mail("two")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let mut listings = uidl_answer(&[b"1 uid-1", b"2 uid-2"]);
    listings.extend_from_slice(&list_answer(&refs));
    Script::logged_in(&["USER", "UIDL", "PIPELINING"])
        .c("UIDL")
        .c("LIST")
        .s(listings)
        .c("RETR 1")
        .c("RETR 2")
        .s(answers)
}

/// The session after one of those: the same mail in lock-step, both
/// messages retrieved and deleted.
fn lock_step_retr_and_dele() -> Script {
    let messages = [mail("one"), mail("two")];
    let refs: Vec<&[u8]> = messages.iter().map(Vec::as_slice).collect();
    let session = normal_session(&["USER", "UIDL"], &["uid-1", "uid-2"], &refs, &[1, 2]);
    with_deletions(session, &[1, 2])
}

/// After an out-of-step session: a lock-step server with the same mail
/// gets each message stored under its own UIDL, then deleted.
async fn next_fetch_stores_each_message_under_its_own_uidl(odd: &Odd) {
    let report = odd.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (2, 2));
    assert_eq!(
        odd.stored(),
        vec![
            (Some("uid-1".to_owned()), mail("one")),
            (Some("uid-2".to_owned()), mail("two"))
        ]
    );
}

/// Case 26: the server skips the answer to the first of two pipelined
/// RETRs (it sends only the second message). Postie takes that answer as
/// the first one's, waits in vain for the second, and fails: nothing of
/// the batch is stored (so message two is never stored under uid-1), no
/// DELE and no QUIT are sent. The next fetch gets both right.
#[tokio::test]
async fn a_missing_pipelined_answer_stores_nothing_and_deletes_nothing() {
    let first = pipelined_retr(retr(&mail("two")));
    let server = ScriptedServer::start(None, vec![first, lock_step_retr_and_dele()]).await;
    let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDownload);
    let report = odd.fetch().await;
    let error = fetch_error(&report);
    assert!(
        matches!(error, FetchError::Pop3(postie::pop3::Error::Timeout { .. })),
        "{error:?}"
    );
    assert!(odd.stored().is_empty(), "nothing of the batch is stored");
    assert!(odd.uidl_states().is_empty());
    next_fetch_stores_each_message_under_its_own_uidl(&odd).await;
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\n"),
        "no DELE, no QUIT"
    );
}

/// Case 26: the server answers the first of two pipelined RETRs twice,
/// then the second: one answer too many. Taken in order, the second
/// message's UIDL would get the first message's bytes (and the real
/// second message would later be deleted unseen). Postie sees the extra
/// answer waiting when the batch ends and fails before storing anything:
/// no DELE, no QUIT; the next fetch gets both right.
#[tokio::test]
async fn an_extra_pipelined_answer_is_caught_before_anything_is_stored() {
    let mut answers = retr(&mail("one"));
    answers.extend_from_slice(&retr(&mail("one")));
    answers.extend_from_slice(&retr(&mail("two")));
    let first = pipelined_retr(answers);
    let server = ScriptedServer::start(None, vec![first, lock_step_retr_and_dele()]).await;
    let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDownload);
    let report = odd.fetch().await;
    let error = fetch_error(&report);
    assert!(
        matches!(error, FetchError::Pop3(postie::pop3::Error::Protocol { .. })),
        "{error:?}"
    );
    assert!(odd.stored().is_empty(), "{:?}", odd.stored());
    assert!(odd.uidl_states().is_empty());
    next_fetch_stores_each_message_under_its_own_uidl(&odd).await;
    let transcript = server.finish().await;
    transcript.assert_ok();
    assert_eq!(
        sent(&transcript, 0),
        format!("{LOGIN}UIDL\r\nLIST\r\nRETR 1\r\nRETR 2\r\n"),
        "no DELE, no QUIT"
    );
}

/// Inserts DELE of `numbers` (each answered `+OK`) before the script's
/// final QUIT.
fn with_deletions(script: Script, numbers: &[usize]) -> Script {
    let mut steps = script.steps;
    let quit = steps.split_off(steps.len() - 2);
    let mut script = Script { steps };
    for n in numbers {
        script = script.c(format!("DELE {n}")).s("+OK\r\n");
    }
    script.steps.extend(quit);
    script
}

/// A greeting and CAPA that announce LOGIN-DELAY 900 before login, then
/// `-ERR reply` to PASS.
fn refused_login(reply: &str) -> Script {
    Script::new()
        .s("+OK ready\r\n")
        .c("CAPA")
        .s("+OK\r\nUSER\r\nUIDL\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\nLOGIN-DELAY 900\r\n.\r\n")
        .c("USER alice")
        .s("+OK\r\n")
        .c("PASS secret")
        .s(format!("{reply}\r\n"))
}

/// Case 36 (the engine's part): `[IN-USE]`, `[LOGIN-DELAY]` and
/// `[SYS/TEMP]` refusals at login are temporary failures, not a refused
/// password: one PASS, nothing after it, the account's password setting
/// untouched, the store unchanged, and for `[LOGIN-DELAY]` the delay the
/// server announced (900 s) comes with the error. `[SYS/PERM]` is
/// permanent and its sentence carries the server's words. The app's
/// scheduling of the next check is tested in `[ui] server_codes`.
#[tokio::test]
async fn login_response_codes_are_temporary_or_permanent_and_keep_the_password() {
    let cases = [
        ("-ERR [IN-USE] mailbox locked by another session", false, None),
        ("-ERR [LOGIN-DELAY] you logged in a moment ago", false, Some(900)),
        ("-ERR [SYS/TEMP] disk quota check failed, try later", false, None),
        ("-ERR [SYS/PERM] POP access is not enabled for this account", true, None),
    ];
    for (reply, permanent, delay) in cases {
        let server = ScriptedServer::start(None, vec![refused_login(reply)]).await;
        let odd = Odd::new(server.port, ServerPolicy::DeleteAfterDownload);
        let before = odd.store().account(odd.account.id).unwrap().unwrap();
        let report = odd.fetch().await;
        let error = fetch_error(&report);
        let text = reply.split_once("] ").unwrap().1;
        assert!(!error.is_auth_rejected(), "{reply}: {error:?}");
        assert_eq!(error.is_permanent(), permanent, "{reply}: {error:?}");
        assert_eq!(error.retry_after(), delay.map(Duration::from_secs), "{reply}");
        match error {
            FetchError::Pop3(postie::pop3::Error::Temporary { text: said, .. }) => {
                assert!(!permanent);
                assert_eq!(said, text);
            }
            FetchError::Pop3(postie::pop3::Error::Permanent { text: said, .. }) => {
                assert!(permanent);
                assert_eq!(said, text);
            }
            other => panic!("{reply}: {other:?}"),
        }
        if permanent {
            assert!(error.to_string().contains(text), "{error}");
        }
        // The password setting is what it was; the store is empty still;
        // the failure is recorded for the status bar.
        let after = odd.store().account(odd.account.id).unwrap().unwrap();
        assert_eq!(after.settings, before.settings);
        assert!(odd.stored().is_empty());
        let state = odd.store().account_state(odd.account.id).unwrap();
        assert_eq!(state.last_error.as_deref(), Some(error.to_string().as_str()));
        assert_eq!(state.last_login_at, None, "no login happened");

        let transcript = server.finish().await;
        transcript.assert_ok();
        assert_eq!(sent(&transcript, 0), "CAPA\r\nUSER alice\r\nPASS secret\r\n", "{reply}");
    }
}

/// Hostile server text: a terminal clear and title change, colours, a
/// bell, a backspace, a right-to-left override and a link.
const HOSTILE_GREETING: &str = "+OK \x1b[2J\x1b]0;owned\x07Welcome \u{202E}gpj.exe http://evil.example/login";
const HOSTILE_IMPLEMENTATION: &str = "IMPLEMENTATION \x1b[31mEvilServer\u{202E}x http://evil.example/impl";
const HOSTILE_REFUSAL: &str =
    "-ERR [SYS/PERM] \x1b[1;31mAccount\x1b[0m closed\u{202E}txt.exe\x07\x08 see http://evil.example/help";

/// What may never reach a terminal or a log from a server.
const FORBIDDEN: [&str; 9] = [
    "\x1b[2J",
    "\x1b]0;",
    "\x1b[31m",
    "\x1b[1;31m",
    "\x1b[0m",
    "\x07",
    "\x08",
    "\u{202E}",
    "owned\x07",
];

/// `postie --verbose fetch odd` at TRACE, with its log in `log_dir`.
fn postie_fetch(data_dir: &std::path::Path, log_dir: &std::path::Path) -> std::process::Output {
    postie(data_dir)
        .env("POSTIE_LOG_DIR", log_dir)
        .env("POSTIE_LOG", "trace")
        .env_remove("RUST_LOG")
        .args(["--verbose", "fetch", "odd"])
        .stdin(std::process::Stdio::null())
        .output()
        .unwrap()
}

fn log_text(log_dir: &std::path::Path) -> String {
    let mut log = String::new();
    for entry in std::fs::read_dir(log_dir).unwrap() {
        log.push_str(&std::fs::read_to_string(entry.unwrap().path()).unwrap());
    }
    assert!(!log.is_empty(), "no log written");
    log
}

/// A runtime for a scripted server that serves a child process.
fn background() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap()
}

/// Case 28: escapes, controls, a bidi override and links from the
/// server, in the greeting, CAPA IMPLEMENTATION and a `-ERR` to PASS,
/// reach the user neutralised end to end: in `postie fetch`'s output,
/// in the log file (at TRACE) and in the error recorded for the app's
/// status bar. The words and the link are still there, as plain text.
#[test]
fn hostile_server_text_is_neutralised_in_the_cli_the_log_and_the_error() {
    let runtime = background();
    let script = Script::new()
        .s(format!("{HOSTILE_GREETING}\r\n"))
        .c("CAPA")
        .s(format!(
            "+OK\r\nUSER\r\nRESP-CODES\r\n{HOSTILE_IMPLEMENTATION}\r\n.\r\n"
        ))
        .c("USER alice")
        .s("+OK\r\n")
        .c("PASS secret")
        .s(format!("{HOSTILE_REFUSAL}\r\n"));
    let server = runtime.block_on(ScriptedServer::start(None, vec![script]));
    let odd = Odd::new(server.port, ServerPolicy::Keep);
    let log_dir = odd.dir.path().join("logs");

    let output = postie_fetch(odd.dir.path(), &log_dir);
    assert!(!output.status.success());
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    let log = log_text(&log_dir);
    let recorded = odd
        .store()
        .account_state(odd.account.id)
        .unwrap()
        .last_error
        .expect("the error is recorded");
    for (place, text) in [
        ("stdout", &stdout),
        ("stderr", &stderr),
        ("log", &log),
        ("error", &recorded),
    ] {
        for bad in FORBIDDEN {
            assert!(!text.contains(bad), "{place} holds {bad:?}:\n{text}");
        }
    }
    assert!(!stdout.contains('\x1b'), "{stdout:?}");
    assert!(!recorded.contains('\x1b') && !recorded.chars().any(char::is_control));
    // The server's words, each control character replaced by U+FFFD.
    let neutralised =
        "\u{FFFD}[1;31mAccount\u{FFFD}[0m closed\u{FFFD}txt.exe\u{FFFD}\u{FFFD} see http://evil.example/help";
    assert!(stdout.contains(neutralised), "{stdout}");
    assert!(recorded.contains(neutralised), "{recorded}");
    assert!(log.contains(neutralised), "{log}");
    // IMPLEMENTATION is logged with the capabilities, neutralised too.
    assert!(log.contains("EvilServer"), "{log}");
    let transcript = runtime.block_on(server.finish());
    transcript.assert_ok();
}

/// Case 28, "pre-TLS text never shown as trusted": with STARTTLS, the
/// greeting and the CAPA sent before TLS are not the server's identity.
/// The log names the IMPLEMENTATION given after TLS and never what came
/// before it.
#[test]
fn text_from_before_starttls_is_never_shown() {
    let runtime = background();
    let cert = crate::support::certs::self_signed(&["localhost", "127.0.0.1"]);
    let script = Script::new()
        .s("+OK PRE-TLS-GREETING-MARK ready\r\n")
        .c("CAPA")
        .s("+OK\r\nSTLS\r\nUSER\r\nIMPLEMENTATION PreTls-Impl-Mark\r\n.\r\n")
        .c("STLS")
        .s("+OK begin TLS\r\n")
        .tls()
        .c("CAPA")
        .s("+OK\r\nUSER\r\nUIDL\r\nIMPLEMENTATION PostTls-Impl-Mark\r\n.\r\n")
        .c("USER alice")
        .s("+OK\r\n")
        .c("PASS secret")
        .s("+OK logged in\r\n")
        .c("CAPA")
        .s("+OK\r\nUSER\r\nUIDL\r\nIMPLEMENTATION PostTls-Impl-Mark\r\n.\r\n")
        .c("UIDL")
        .s("+OK\r\n.\r\n")
        .c("LIST")
        .s("+OK\r\n.\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    let server = runtime.block_on(ScriptedServer::start(Some(cert.identity()), vec![script]));
    let odd = Odd::new(server.port, ServerPolicy::Keep);
    let mut account = odd.account.clone();
    account.settings.security = Security::StartTls;
    account.settings.host = "localhost".into();
    account.settings.pinned_certificate = Some(cert.fingerprint());
    odd.store().update_account(&account).unwrap();
    let log_dir = odd.dir.path().join("logs");

    let output = postie_fetch(odd.dir.path(), &log_dir);
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(output.status.success(), "{stdout}{stderr}");
    let log = log_text(&log_dir);
    for (place, text) in [("stdout", &stdout), ("stderr", &stderr), ("log", &log)] {
        for mark in ["PRE-TLS-GREETING-MARK", "PreTls-Impl-Mark"] {
            assert!(!text.contains(mark), "{place} shows pre-TLS text {mark}:\n{text}");
        }
    }
    assert!(log.contains("PostTls-Impl-Mark"), "the capabilities are logged:\n{log}");
    runtime.block_on(server.finish()).assert_ok();
}
