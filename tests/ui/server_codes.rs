//! Case 36: what the background checker does after the server refuses a
//! login with an RFC 2449/3206 response code. `[IN-USE]`, `[LOGIN-DELAY]`
//! and `[SYS/TEMP]` keep the stored password and wait before the next
//! automatic try (at least the LOGIN-DELAY the server announced);
//! `[SYS/PERM]` stops automatic checks and shows the server's words.

use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::pop3::{AuthMethod, Secret, Security};
use postie::store::{Store, unix_now};

use crate::harness::Harness;
use crate::support::scripted::{Script, ScriptedServer};

/// The server announces LOGIN-DELAY 900 before login, then answers PASS
/// with `reply`.
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

/// What the app did with one refusal.
struct Outcome {
    /// When the check ended (Unix time, by the app's report).
    finished_at: i64,
    next_check: Option<i64>,
    error: String,
    permanent: bool,
    auth_rejected: bool,
    /// The window showed the server's text in the status bar.
    shown: bool,
    /// The window mentions a next check.
    next_check_shown: bool,
    /// The keyring still holds the password, and the account still uses it.
    password_kept: bool,
    /// Connections the server saw, and what the first one sent.
    connections: usize,
    sent: String,
}

/// Starts the app on an account whose password is in the keyring and
/// whose server answers the login with `reply`, and waits for the first
/// check to end.
fn refuse_with(reply: &str, server_text: &str) -> Outcome {
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(ScriptedServer::start(None, vec![refused_login(reply)]));
    let keyring_key = format!("postie-test-server-codes-{}-{}", std::process::id(), server.port);
    postie::secrets::keyring_set(&keyring_key, &Secret::new("secret")).expect("the test keyring");
    let settings = AccountSettings {
        name: "coded".into(),
        host: "127.0.0.1".into(),
        port: server.port,
        security: Security::Plain,
        username: "alice".into(),
        auth: AuthMethod::User,
        password: PasswordSource::Keyring,
        policy: ServerPolicy::Keep,
        pinned_certificate: None,
        size_limit: None,
    };
    let id = Store::open(dir.path())
        .unwrap()
        .add_account(&settings, &keyring_key)
        .unwrap()
        .id;

    let mut harness = Harness::start(dir.path(), false);
    harness.wait_until("the first check to end", |h| {
        h.app
            .accounts()
            .iter()
            .all(|a| a.status.last.is_some() && !a.status.fetching)
    });
    harness.settle();
    // Time for a too-eager worker to try again.
    std::thread::sleep(std::time::Duration::from_millis(500));
    harness.settle();
    let status = harness.app.accounts()[0].status.clone();
    let last = status.last.clone().unwrap();
    let shown = harness.shows_containing(server_text);
    let next_check_shown = harness.shows_containing("next check");
    drop(harness);

    let kept = postie::secrets::keyring_get(&keyring_key).map(|s| s.expose() == "secret");
    let account = Store::open(dir.path()).unwrap().account(id).unwrap().unwrap();
    let password_kept = kept.unwrap_or(false) && account.settings.password == PasswordSource::Keyring;
    let _ = postie::secrets::keyring_delete(&keyring_key);
    let transcript = runtime.block_on(server.finish());
    transcript.assert_ok();
    Outcome {
        finished_at: last.at,
        next_check: status.next_check,
        error: last.error.clone().unwrap_or_default(),
        permanent: last.permanent,
        auth_rejected: last.auth_rejected,
        shown,
        next_check_shown,
        password_kept,
        connections: transcript.received.len(),
        sent: String::from_utf8_lossy(&transcript.received[0]).into_owned(),
    }
}

fn assert_waits(outcome: &Outcome, at_least: i64, what: &str) {
    let next = outcome
        .next_check
        .unwrap_or_else(|| panic!("{what}: automatic checks go on"));
    assert!(
        next >= outcome.finished_at + at_least,
        "{what}: the next check is {} s after the refusal, not at least {at_least} s",
        next - outcome.finished_at
    );
    assert!(
        next <= unix_now() + 2 * 3600,
        "{what}: the next check is not years away"
    );
    assert!(
        !outcome.auth_rejected && !outcome.permanent,
        "{what}: {}",
        outcome.error
    );
    assert!(outcome.password_kept, "{what}: the password is kept");
    assert!(outcome.shown, "{what}: the server's text is in the window");
    assert_eq!(outcome.connections, 1, "{what}: no second login");
    assert_eq!(outcome.sent, "CAPA\r\nUSER alice\r\nPASS secret\r\n", "{what}");
}

/// Case 36: `[LOGIN-DELAY]`, with LOGIN-DELAY 900 announced before
/// login. The account checks every 10 minutes (600 s); the next try still
/// waits the 900 s the server asked for.
#[test]
fn login_delay_waits_as_long_as_the_server_asked() {
    let outcome = refuse_with(
        "-ERR [LOGIN-DELAY] you logged in a moment ago",
        "you logged in a moment ago",
    );
    assert_waits(&outcome, 900, "[LOGIN-DELAY]");
    assert!(
        outcome
            .error
            .contains("Postie keeps your password and will try again in 15 minutes"),
        "{}",
        outcome.error
    );
}

/// Case 36: `[IN-USE]` and `[SYS/TEMP]`: the password is kept and the
/// next try waits for the account's interval (10 minutes), not at once.
#[test]
fn in_use_and_temporary_failures_keep_the_password_and_wait() {
    let outcome = refuse_with(
        "-ERR [IN-USE] mailbox locked by another session",
        "mailbox locked by another session",
    );
    assert_waits(&outcome, 600, "[IN-USE]");
    let outcome = refuse_with(
        "-ERR [SYS/TEMP] disk quota check failed, try later",
        "disk quota check failed, try later",
    );
    assert_waits(&outcome, 600, "[SYS/TEMP]");
}

/// Case 36: `[SYS/PERM]` (as Gmail says when POP is off): no automatic
/// check is scheduled, the window shows the server's words, and the
/// password is kept for when the user has fixed it and asks again.
#[test]
fn a_permanent_refusal_stops_automatic_checks_and_shows_the_servers_words() {
    let outcome = refuse_with(
        "-ERR [SYS/PERM] Your account is not enabled for POP access",
        "Your account is not enabled for POP access",
    );
    assert!(outcome.permanent && !outcome.auth_rejected, "{}", outcome.error);
    assert!(
        outcome.error.contains("Your account is not enabled for POP access"),
        "{}",
        outcome.error
    );
    assert!(outcome.shown, "the server's text is in the window");
    assert_eq!(outcome.next_check, None, "no automatic check after [SYS/PERM]");
    assert!(!outcome.next_check_shown, "no next check on screen");
    assert!(outcome.password_kept);
    assert_eq!(outcome.connections, 1);
    assert_eq!(outcome.sent, "CAPA\r\nUSER alice\r\nPASS secret\r\n");
}
