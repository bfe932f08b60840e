//! Living with the desktop: closing the window while mail is arriving, and
//! the per-account switch for new-mail notifications.

use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage};
use postie::pop3::{AuthMethod, Security};
use postie::store::{MessageFilter, Store};
use postie::ui::Message;

use crate::harness::Harness;
use crate::support::proxy::CuttingProxy;

/// About 2 KiB each, so message bytes dominate the session.
fn sizeable(n: usize) -> StoredMessage {
    StoredMessage {
        uidl: format!("uid-{n:03}"),
        bytes: format!(
            "From: Sender {n} <s{n}@example.org>\r\nTo: you@example.org\r\nSubject: Arriving {n}\r\n\
             Date: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\n{}",
            format!("Line {n} of a message that takes some room on the wire.\r\n").repeat(36)
        )
        .into_bytes(),
    }
}

fn account_at(dir: &std::path::Path, port: u16) -> i64 {
    let settings = AccountSettings {
        name: "work".into(),
        host: "127.0.0.1".into(),
        port,
        security: Security::Plain,
        username: "demo".into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command("printf demo".into()),
        policy: ServerPolicy::DeleteAfterDownload,
        pinned_certificate: None,
        size_limit: None,
    };
    Store::open(dir).unwrap().add_account(&settings, "unused").unwrap().id
}

#[test]
fn closing_mid_download_commits_what_arrived_then_exits() {
    let dir = tempfile::tempdir().unwrap();
    let all: Vec<StoredMessage> = (1..=20).map(sizeable).collect();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let (server, proxy, stall_after) = runtime.block_on(async {
        let server = Pop3Server::start(ServerOptions::default(), all.clone()).await.unwrap();
        // The login and listings, then about six messages; then silence.
        let stall_after = 2_000 + 6 * all[0].bytes.len() as u64;
        let proxy = CuttingProxy::start_stalling(server.port(), stall_after).await;
        (server, proxy, stall_after)
    });
    account_at(dir.path(), proxy.port);

    // The app checks the account as it starts.
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_until("the download to reach the stall", |_| {
        proxy.forwarded.load(Ordering::Relaxed) >= stall_after
    });
    harness.wait_until("the app to see the fetch", |h| {
        h.app.accounts().iter().any(|a| a.status.fetching)
    });
    std::thread::sleep(Duration::from_millis(200));

    let asked = Instant::now();
    harness.update(Message::CloseRequested);
    assert!(!harness.exited(), "a fetch is midway: the app waits for it");
    assert!(harness.shows("Finishing the current download before closing…"));
    harness.wait_until("the app to exit", |h| h.exited());
    assert!(
        asked.elapsed() < Duration::from_secs(10),
        "closing waited for the fetch to stop, not for a timeout: {:?}",
        asked.elapsed()
    );

    // Whole messages only, and nothing deleted on the server (no QUIT).
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    assert!((1..20).contains(&stored.len()), "{} stored", stored.len());
    for message in &stored {
        let raw = store.raw_message(message.id).unwrap().unwrap();
        assert!(all.iter().any(|m| m.bytes == raw), "{} is whole", message.subject);
    }
    assert_eq!(server.messages().len(), 20);
    drop(harness);
    drop(runtime);
}

#[test]
fn closing_with_nothing_running_exits_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), true);
    harness.wait_for_text("Pranzo?");
    harness.wait_until("the first check to end", |h| {
        h.app
            .accounts()
            .iter()
            .all(|a| !a.status.fetching && a.status.last_check.is_some())
    });
    harness.update(Message::CloseRequested);
    harness.settle();
    assert!(harness.exited());
}

#[test]
fn new_mail_notifications_are_off_for_sample_mail_and_switchable() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), true);
    harness.wait_for_text("Pranzo?");
    let demo = Store::open(dir.path())
        .unwrap()
        .demo_account()
        .unwrap()
        .expect("the sample account");
    let notify = |dir: &std::path::Path| Store::open(dir).unwrap().account_profile(demo).unwrap().notify_new_mail;
    assert!(!notify(dir.path()), "sample mail does not notify");

    harness.click("Settings");
    harness.wait_for_text("Notify me when new mail arrives");
    harness.click("Notify me when new mail arrives");
    harness.settle();
    assert!(notify(dir.path()));
    harness.click("Notify me when new mail arrives");
    harness.settle();
    assert!(!notify(dir.path()));
}

/// Case 35: after the server refuses the password, the background checker
/// does not log in again on its own (servers lock accounts that keep
/// failing); no next check is announced until the user acts.
#[test]
fn a_refused_password_stops_automatic_checks() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(async {
        Pop3Server::start(ServerOptions::default(), vec![sizeable(1)])
            .await
            .unwrap()
    });
    let settings = AccountSettings {
        name: "refused".into(),
        host: "127.0.0.1".into(),
        port: server.port(),
        security: Security::Plain,
        username: "demo".into(),
        auth: AuthMethod::User,
        password: PasswordSource::Command("printf wrong-password".into()),
        policy: ServerPolicy::Keep,
        pinned_certificate: None,
        size_limit: None,
    };
    Store::open(dir.path())
        .unwrap()
        .add_account(&settings, "unused")
        .unwrap();

    let mut harness = Harness::start(dir.path(), false);
    harness.wait_until("the first check to fail", |h| {
        h.app
            .accounts()
            .iter()
            .all(|a| a.status.last.as_ref().is_some_and(|last| last.auth_rejected))
    });
    harness.settle();
    let status = &harness.app.accounts()[0].status;
    assert_eq!(status.next_check, None, "no automatic check after a refused password");
    assert!(!harness.shows_containing("next check"), "{:?}", harness.texts());
    drop(harness);
    drop(server);
}
