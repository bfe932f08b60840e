//! The sync engine against our own stateful POP3 server: every policy and
//! the servers-as-they-are cases, checked through the store.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};

use postie::account::{Account, AccountSettings, OverSize, PasswordSource, ServerPolicy, SizeLimit};
use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage};
use postie::pop3::{AuthMethod, Security};
use postie::store::{Folder, MessageFilter, Store};
use postie::sync::{FetchError, FetchOptions, FetchReport, Fetcher, PlanError};

const DAY: i64 = 86_400;

pub fn message(n: usize) -> StoredMessage {
    StoredMessage {
        uidl: format!("uid-{n:04}"),
        bytes: format!(
            "From: Sender {n} <sender{n}@example.org>\r\nTo: you@example.org\r\nSubject: Message number {n}\r\n\
             Date: Mon, 3 Nov 2025 10:{:02}:00 +0000\r\nMessage-ID: <{n}@example.org>\r\n\r\nBody of message {n}.\r\n\
             .A line starting with a dot\r\n",
            n % 60
        )
        .into_bytes(),
    }
}

pub fn messages(range: std::ops::RangeInclusive<usize>) -> Vec<StoredMessage> {
    range.map(message).collect()
}

/// A data directory with one account pointing at `server`.
pub struct Setup {
    pub dir: tempfile::TempDir,
    pub account: Account,
    pub clock: Arc<AtomicI64>,
}

impl Setup {
    pub fn new(server: &Pop3Server, policy: ServerPolicy) -> Setup {
        Setup::with(server, policy, None)
    }

    pub fn with(server: &Pop3Server, policy: ServerPolicy, size_limit: Option<SizeLimit>) -> Setup {
        Setup::for_settings(&AccountSettings {
            name: "demo".into(),
            host: "127.0.0.1".into(),
            port: server.port(),
            security: Security::Plain,
            username: "demo".into(),
            auth: AuthMethod::Auto,
            password: PasswordSource::Command("printf demo".into()),
            policy,
            pinned_certificate: None,
            size_limit,
        })
    }

    /// A data directory with one account, `settings` (any server, such as
    /// a scripted one).
    pub fn for_settings(settings: &AccountSettings) -> Setup {
        let dir = tempfile::tempdir().unwrap();
        let account = Store::open(dir.path())
            .unwrap()
            .add_account(settings, "unused")
            .unwrap();
        Setup {
            dir,
            account,
            clock: Arc::new(AtomicI64::new(1_800_000_000)),
        }
    }

    pub fn store(&self) -> Store {
        Store::open(self.dir.path()).unwrap()
    }

    pub fn fetcher(&self) -> Fetcher {
        let clock = self.clock.clone();
        Fetcher::new(self.dir.path().to_path_buf()).with_clock(Arc::new(move || clock.load(Ordering::SeqCst)))
    }

    pub async fn fetch(&self) -> FetchReport {
        self.fetch_with(&FetchOptions::default()).await
    }

    pub async fn fetch_with(&self, options: &FetchOptions) -> FetchReport {
        let account = self.store().account(self.account.id).unwrap().unwrap();
        self.fetcher().fetch(&account, options).await
    }

    pub fn stored_subjects(&self) -> Vec<String> {
        let mut subjects: Vec<String> = self
            .store()
            .list_messages(&MessageFilter::default())
            .unwrap()
            .into_iter()
            .map(|m| m.subject)
            .collect();
        subjects.sort();
        subjects
    }

    pub fn advance_days(&self, days: i64) {
        self.clock.fetch_add(days * DAY, Ordering::SeqCst);
    }
}

fn ok(report: &FetchReport) {
    assert!(
        report.error.is_none(),
        "fetch failed: {:?}",
        report.error.as_ref().map(ToString::to_string)
    );
}

#[tokio::test]
async fn keep_policy_fetches_once_and_leaves_mail_on_the_server() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=20))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let first = setup.fetch().await;
    ok(&first);
    assert_eq!((first.new, first.already_had, first.deleted_on_server), (20, 0, 0));
    let second = setup.fetch().await;
    ok(&second);
    assert_eq!((second.new, second.already_had), (0, 20));
    assert_eq!(setup.stored_subjects().len(), 20);
    assert_eq!(server.messages().len(), 20);
    // Byte-exact storage.
    let store = setup.store();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    let one = stored.iter().find(|m| m.subject == "Message number 7").unwrap();
    assert_eq!(store.raw_message(one.id).unwrap().unwrap(), message(7).bytes);
    assert_eq!(one.uidl.as_deref(), Some("uid-0007"));
}

#[tokio::test]
async fn new_mail_between_fetches_is_fetched_alone() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=5))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    ok(&setup.fetch().await);
    server.deliver(message(6));
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.already_had), (1, 5));
}

#[tokio::test]
async fn delete_after_download_empties_the_server_after_commit() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=30))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (30, 30));
    assert!(server.messages().is_empty());
    assert_eq!(setup.stored_subjects().len(), 30);
    let again = setup.fetch().await;
    ok(&again);
    assert_eq!((again.new, again.deleted_on_server), (0, 0));
}

#[tokio::test]
async fn delete_after_days_uses_the_clock() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=3))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDays(7));
    ok(&setup.fetch().await);
    setup.advance_days(3);
    server.deliver(message(4));
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (1, 0));
    setup.advance_days(5); // messages 1-3 are now 8 days old, message 4 is 5 days old
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.deleted_on_server, 3);
    assert_eq!(
        server.messages().iter().map(|m| m.uidl.clone()).collect::<Vec<_>>(),
        vec!["uid-0004"]
    );
    setup.advance_days(2);
    assert_eq!(setup.fetch().await.deleted_on_server, 1);
    assert!(server.messages().is_empty());
    assert_eq!(setup.stored_subjects().len(), 4);
}

#[tokio::test]
async fn delete_when_trashed_deletes_at_the_next_fetch_and_restore_cancels() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=4))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteWhenTrashed);
    ok(&setup.fetch().await);
    let mut store = setup.store();
    let all = store.list_messages(&MessageFilter::default()).unwrap();
    let id_of = |subject: &str| all.iter().find(|m| m.subject == subject).unwrap().id;
    // 1: trashed and emptied; 2: trashed; 3: trashed then restored; 4: untouched.
    store.move_to_trash(&[id_of("Message number 1")]).unwrap();
    assert_eq!(store.empty_trash(None).unwrap(), 1);
    store
        .move_to_trash(&[id_of("Message number 2"), id_of("Message number 3")])
        .unwrap();
    store.restore(&[id_of("Message number 3")]).unwrap();
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.deleted_on_server, 2);
    let left: Vec<_> = server.messages().into_iter().map(|m| m.uidl).collect();
    assert_eq!(left, vec!["uid-0003", "uid-0004"]);
    // Nothing deleted here comes back.
    assert_eq!(setup.fetch().await.new, 0);
    assert_eq!(
        setup.stored_subjects(),
        vec!["Message number 2", "Message number 3", "Message number 4"]
    );
}

#[tokio::test]
async fn keep_policy_never_downloads_a_message_deleted_here_again() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=2))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    ok(&setup.fetch().await);
    let mut store = setup.store();
    let ids: Vec<i64> = store
        .list_messages(&MessageFilter::default())
        .unwrap()
        .iter()
        .map(|m| m.id)
        .collect();
    store.move_to_trash(&ids).unwrap();
    store.empty_trash(None).unwrap();
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (0, 0));
    assert_eq!(server.messages().len(), 2);
}

#[tokio::test]
async fn server_without_uidl() {
    let options = ServerOptions {
        uidl: false,
        ..ServerOptions::default()
    };
    let server = Pop3Server::start(options, messages(1..=5)).await.unwrap();
    let keep = Setup::new(&server, ServerPolicy::Keep);
    let report = keep.fetch().await;
    assert!(
        matches!(report.error, Some(FetchError::Plan(PlanError::UidlRequired(_)))),
        "{:?}",
        report.error
    );
    assert!(report.error.unwrap().to_string().contains("does not support UIDL"));
    assert_eq!(server.messages().len(), 5, "nothing touched");

    let delete = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let report = delete.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (5, 5));
    assert!(server.messages().is_empty());
}

#[tokio::test]
async fn same_uidl_twice_stores_both_messages_once() {
    let mut list = messages(1..=3);
    list[2].uidl = list[0].uidl.clone();
    let server = Pop3Server::start(ServerOptions::default(), list).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.new, 3);
    assert!(
        report.warnings.iter().any(|w| w.contains("same unique id")),
        "{:?}",
        report.warnings
    );
    // Again: the twins are recognised by content, never stored twice.
    let again = setup.fetch().await;
    ok(&again);
    assert_eq!(again.new, 0);
    assert_eq!(setup.stored_subjects().len(), 3);
    assert_eq!(server.messages().len(), 3);
}

#[tokio::test]
async fn same_uidl_twice_with_deletion_deletes_only_what_was_stored() {
    let mut list = messages(1..=3);
    list[2].uidl = list[0].uidl.clone();
    let server = Pop3Server::start(ServerOptions::default(), list).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.deleted_on_server), (3, 3));
    assert!(server.messages().is_empty());
}

#[tokio::test]
async fn wholesale_uidl_change_makes_no_duplicates() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=25))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    ok(&setup.fetch().await);
    server.rename_uidls(|old| format!("migrated-{old}"));
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.new, 0);
    assert_eq!(report.already_had, 25);
    assert!(
        report.warnings.iter().any(|w| w.contains("changed the unique ids")),
        "{:?}",
        report.warnings
    );
    assert_eq!(setup.stored_subjects().len(), 25);
    // From now on the new UIDLs are known: nothing is downloaded.
    let third = setup.fetch().await;
    assert_eq!((third.new, third.already_had), (0, 25));
}

#[tokio::test]
async fn a_session_cap_is_worked_through_in_several_sessions() {
    let options = ServerOptions {
        max_per_session: Some(7),
        ..ServerOptions::default()
    };
    let server = Pop3Server::start(options, messages(1..=20)).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.new, 20);
    assert!(report.sessions >= 3, "{} sessions", report.sessions);
    assert!(server.messages().is_empty());
}

#[tokio::test]
async fn expire_zero_is_warned_about_and_nothing_is_lost() {
    let options = ServerOptions {
        expire_days: Some(0),
        ..ServerOptions::default()
    };
    let server = Pop3Server::start(options, messages(1..=4)).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let report = setup.fetch().await;
    ok(&report);
    assert_eq!(report.new, 4);
    assert!(
        report.warnings.iter().any(|w| w.contains("EXPIRE 0")),
        "{:?}",
        report.warnings
    );
    // The server removed them at QUIT, after they were committed here.
    assert!(server.messages().is_empty());
    assert_eq!(setup.stored_subjects().len(), 4);
    // Case 15: "keep" is not kept up on such a server. Each message was
    // deleted after its commit, as delete-after-download does, so the
    // records say deleted (not vanished) and the report counts them.
    assert_eq!(report.deleted_on_server, 4);
    let known = setup.store().server_messages(setup.account.id).unwrap();
    assert_eq!(known.len(), 4);
    assert!(known.values().all(|m| m.state == postie::store::ServerState::Deleted));
}

#[tokio::test]
async fn login_delay_postpones_the_next_check() {
    let options = ServerOptions {
        login_delay: Some(900),
        ..ServerOptions::default()
    };
    let server = Pop3Server::start(options, messages(1..=2)).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    ok(&setup.fetch().await);
    let report = setup.fetch().await;
    assert!(report.error.is_none());
    assert!(report.postponed_until.is_some());
    assert_eq!(server.sessions(), 1, "no login during the delay");
    setup.clock.fetch_add(901, Ordering::SeqCst);
    ok(&setup.fetch().await);
    assert_eq!(server.sessions(), 2);
}

#[tokio::test]
async fn size_limit_skips_or_fetches_headers_and_completes_later() {
    let mut list = messages(1..=3);
    let mut big = message(4);
    big.bytes.extend(std::iter::repeat_n(b'x', 50_000));
    big.bytes.extend_from_slice(b"\r\n");
    list.push(big.clone());
    let server = Pop3Server::start(ServerOptions::default(), list).await.unwrap();

    let skip = Setup::with(
        &server,
        ServerPolicy::DeleteAfterDownload,
        Some(SizeLimit {
            max_bytes: 10_000,
            over: OverSize::Skip,
        }),
    );
    let report = skip.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.skipped, report.deleted_on_server), (3, 1, 3));
    assert_eq!(server.messages(), vec![big.clone()], "the big one stays on the server");

    let headers = Setup::with(
        &server,
        ServerPolicy::DeleteAfterDownload,
        Some(SizeLimit {
            max_bytes: 10_000,
            over: OverSize::Headers,
        }),
    );
    let report = headers.fetch().await;
    ok(&report);
    assert_eq!((report.new, report.headers_only, report.deleted_on_server), (1, 1, 0));
    let mut store = headers.store();
    let partial = store.list_messages(&MessageFilter::default()).unwrap().pop().unwrap();
    assert!(!partial.complete);
    assert_eq!(partial.subject, "Message number 4");
    assert_eq!(
        server.messages().len(),
        1,
        "a headers-only copy never causes a deletion"
    );
    // Ask for it in full.
    assert!(store.request_full_message(partial.id).unwrap());
    let report = headers.fetch().await;
    ok(&report);
    // Complete and committed now, so delete-after-download deletes it.
    assert_eq!((report.new, report.deleted_on_server), (1, 1));
    let full = store.message(partial.id).unwrap().unwrap();
    assert!(full.complete);
    assert_eq!(store.raw_message(partial.id).unwrap().unwrap(), big.bytes);
    assert!(server.messages().is_empty());
}

#[tokio::test]
async fn an_unchanged_listing_reports_the_same_counts() {
    // The second fetch sees the very listing the first one handled: it
    // takes the short way, and must still count what is there.
    let mut list = messages(1..=4);
    list[3].bytes.extend(std::iter::repeat_n(b'y', 20_000));
    let server = Pop3Server::start(ServerOptions::default(), list).await.unwrap();
    let setup = Setup::with(
        &server,
        ServerPolicy::Keep,
        Some(SizeLimit {
            max_bytes: 10_000,
            over: OverSize::Skip,
        }),
    );
    let first = setup.fetch().await;
    ok(&first);
    assert_eq!((first.new, first.already_had, first.skipped), (3, 0, 1));
    for _ in 0..2 {
        let again = setup.fetch().await;
        ok(&again);
        assert_eq!((again.new, again.already_had, again.skipped), (0, 3, 1));
    }
    // Raising the limit changes what the listing means: the big one comes.
    let mut store = setup.store();
    let mut account = setup.account.clone();
    account.settings.size_limit = Some(SizeLimit {
        max_bytes: 100_000,
        over: OverSize::Skip,
    });
    store.update_account(&account).unwrap();
    let raised = setup.fetch().await;
    ok(&raised);
    assert_eq!((raised.new, raised.already_had, raised.skipped), (1, 3, 0));
}

#[tokio::test]
async fn dry_run_lists_deletions_and_changes_nothing() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=3))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDays(1));
    ok(&setup.fetch().await);
    server.deliver(message(4));
    setup.advance_days(2);
    let dry = setup
        .fetch_with(&FetchOptions {
            dry_run: true,
            ..FetchOptions::default()
        })
        .await;
    ok(&dry);
    let plan = dry.dry_run.unwrap();
    assert_eq!(plan.would_download.len(), 1);
    let mut doomed: Vec<_> = plan.would_delete.iter().map(|d| d.uidl.clone()).collect();
    doomed.sort();
    assert_eq!(doomed, vec!["uid-0001", "uid-0002", "uid-0003"]);
    assert_eq!(server.messages().len(), 4);
    assert_eq!(setup.stored_subjects().len(), 3);
}

#[tokio::test]
async fn one_fetcher_per_account() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=2))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let _held = postie::sync::AccountLock::try_acquire(setup.dir.path(), setup.account.id)
        .unwrap()
        .unwrap();
    let report = setup.fetch().await;
    assert!(matches!(report.error, Some(FetchError::Busy)), "{:?}", report.error);
    assert_eq!(server.sessions(), 0);
}

#[tokio::test]
async fn wrong_password_is_reported_and_recorded() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=2))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let mut store = setup.store();
    let mut account = setup.account.clone();
    account.settings.password = PasswordSource::Command("printf wrong-secret".into());
    store.update_account(&account).unwrap();
    let report = setup.fetch().await;
    let error = report.error.expect("an error");
    assert!(error.is_auth_rejected(), "{error}");
    assert!(!error.to_string().contains("wrong-secret"));
    let state = store.account_state(account.id).unwrap();
    assert_eq!(state.last_error.as_deref(), Some(error.to_string().as_str()));
}

#[tokio::test]
async fn progress_is_reported() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=10))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
    let sink = seen.clone();
    let fetcher = setup
        .fetcher()
        .with_progress(Arc::new(move |p| sink.lock().unwrap().push(p)));
    let account = setup.store().account(setup.account.id).unwrap().unwrap();
    ok(&fetcher
        .fetch(
            &account,
            &FetchOptions {
                batch_messages: 3,
                ..FetchOptions::default()
            },
        )
        .await);
    let seen = seen.lock().unwrap();
    let downloads: Vec<_> = seen
        .iter()
        .filter(|p| p.phase == postie::sync::Phase::Downloading)
        .collect();
    assert_eq!(downloads.iter().map(|p| p.done).collect::<Vec<_>>(), vec![3, 6, 9, 10]);
    assert!(downloads.iter().all(|p| p.total == 10 && p.account == "demo"));
    assert!(downloads.last().unwrap().bytes >= downloads.last().unwrap().total_bytes);
}

#[tokio::test]
async fn inbox_and_trash_are_folders() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=3))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::Keep);
    ok(&setup.fetch().await);
    let mut store = setup.store();
    let first = store.list_messages(&MessageFilter::default()).unwrap()[0].id;
    store.move_to_trash(&[first]).unwrap();
    let trash = MessageFilter {
        folder: Some(Folder::Trash),
        ..MessageFilter::default()
    };
    let inbox = MessageFilter {
        folder: Some(Folder::Inbox),
        ..MessageFilter::default()
    };
    assert_eq!(store.count_messages(&trash).unwrap(), 1);
    assert_eq!(store.count_messages(&inbox).unwrap(), 2);
}

/// A message of about 2 KiB, so that message bytes dominate a session.
fn sizeable_message(n: usize) -> StoredMessage {
    let mut message = message(n);
    let body = format!("Filler line {n} of a sizeable message, to take some room.\r\n").repeat(32);
    message.bytes.extend_from_slice(body.as_bytes());
    message
}

/// Closing the app mid-transfer: a stop while a batch is arriving keeps
/// the messages that arrived whole (committed), drops the connection
/// without QUIT (so the server deletes nothing), and the next fetch picks
/// up exactly the rest.
#[tokio::test]
async fn a_stop_mid_transfer_commits_what_arrived_and_loses_nothing() {
    let all: Vec<StoredMessage> = (1..=20).map(sizeable_message).collect();
    let server = Pop3Server::start(ServerOptions::default(), all.clone()).await.unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    // Greeting, CAPA, login and listings take well under 2 KiB; then
    // about five and a half messages get through before the line goes
    // quiet.
    let stall_after = 2_000 + 11 * all[0].bytes.len() as u64 / 2;
    let proxy = crate::support::proxy::CuttingProxy::start_stalling(server.port(), stall_after).await;
    let mut through_proxy = setup.store().account(setup.account.id).unwrap().unwrap();
    through_proxy.settings.port = proxy.port;
    setup.store().update_account(&through_proxy).unwrap();

    let options = FetchOptions::default();
    let stop = options.stop.clone();
    let fetcher = setup.fetcher();
    let fetch = tokio::spawn(async move { fetcher.fetch(&through_proxy, &options).await });
    tokio::time::timeout(std::time::Duration::from_secs(20), async {
        while proxy.forwarded.load(Ordering::Relaxed) < stall_after {
            tokio::time::sleep(std::time::Duration::from_millis(10)).await;
        }
    })
    .await
    .expect("the transfer reaches the stall");
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    stop.stop();
    let report = tokio::time::timeout(std::time::Duration::from_secs(5), fetch)
        .await
        .expect("a stopped fetch ends at once, not at a timeout")
        .unwrap();
    ok(&report);
    assert!(report.stopped);
    let stored = setup.stored_subjects();
    assert!(
        (1..20).contains(&stored.len()),
        "some but not all arrived before the stop: {}",
        stored.len()
    );
    assert_eq!(report.new, stored.len());
    // No QUIT: the server still has every message.
    assert_eq!(server.messages().len(), 20);
    let store = setup.store();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    for summary in store.list_messages(&MessageFilter::default()).unwrap() {
        let raw = store.raw_message(summary.id).unwrap().unwrap();
        assert!(
            all.iter().any(|m| m.bytes == raw),
            "{} is stored whole",
            summary.subject
        );
    }

    // Back on the direct line: the rest, once each, then the server empties.
    let mut direct = setup.store().account(setup.account.id).unwrap().unwrap();
    direct.settings.port = server.port();
    setup.store().update_account(&direct).unwrap();
    let second = setup.fetch().await;
    ok(&second);
    assert_eq!(second.new, 20 - stored.len());
    assert_eq!(setup.stored_subjects().len(), 20);
    assert!(server.messages().is_empty());
}

/// A stop between commit batches ends the session normally: the batches
/// downloaded are committed, their DELEs confirmed by QUIT, and the
/// rest stays on the server for next time.
#[tokio::test]
async fn a_stop_between_batches_ends_the_session_cleanly() {
    let server = Pop3Server::start(ServerOptions::default(), messages(1..=20))
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let options = FetchOptions {
        batch_messages: 2,
        ..FetchOptions::default()
    };
    let stop = options.stop.clone();
    // The first batch committed is the moment the user closes the window.
    let fetcher = setup.fetcher().with_progress(Arc::new(move |p| {
        if p.phase == postie::sync::Phase::Downloading && p.done >= 2 {
            stop.stop();
        }
    }));
    let account = setup.store().account(setup.account.id).unwrap().unwrap();
    let report = fetcher.fetch(&account, &options).await;
    ok(&report);
    assert!(report.stopped);
    let stored = setup.stored_subjects().len();
    assert!((2..20).contains(&stored), "{stored} stored");
    assert_eq!(report.new, stored);
    // QUIT came: what was stored is gone from the server, the rest is not.
    assert_eq!(report.deleted_on_server, stored);
    assert_eq!(server.messages().len(), 20 - stored);

    let second = setup.fetch().await;
    ok(&second);
    assert!(!second.stopped);
    assert_eq!(second.new, 20 - stored);
    assert_eq!(setup.stored_subjects().len(), 20);
}
