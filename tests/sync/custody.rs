//! Custody against a real Dovecot: every message stored exactly once, none
//! removed from the server before it is stored here, whatever happens to
//! the process or the connection.

use std::collections::BTreeMap;
use std::process::Stdio;
use std::time::{Duration, Instant};

use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::pop3::{AuthMethod, Security};
use postie::store::{MessageFilter, Store};
use postie::sync::{FetchOptions, Fetcher};
use sha2::{Digest, Sha256};

use crate::support::dovecot::{ALICE, ALICE_PASSWORD, Dovecot, Sizes};
use crate::support::postie_cli::{add_dove, postie};
use crate::support::proxy::CuttingProxy;
use crate::support::rng::Rng;

fn password_command() -> String {
    format!("printf '%s' '{ALICE_PASSWORD}'")
}

fn settings(dovecot: &Dovecot, port: u16, policy: ServerPolicy) -> AccountSettings {
    AccountSettings {
        name: "dovecot".into(),
        host: "localhost".into(),
        port,
        security: Security::Tls,
        username: ALICE.into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command(password_command()),
        policy,
        pinned_certificate: Some(dovecot.fingerprint()),
        size_limit: None,
    }
}

/// The SHA-256 of every message POP3 delivers for ALICE, with multiplicity.
fn expected_hashes(dovecot: &Dovecot) -> BTreeMap<[u8; 32], usize> {
    let mut hashes = BTreeMap::new();
    for message in dovecot.messages(ALICE) {
        *hashes.entry(Sha256::digest(message.crlf()).into()).or_insert(0) += 1;
    }
    hashes
}

/// The store holds exactly the expected messages, byte for byte, none twice,
/// and the database is sound.
fn assert_custody(data_dir: &std::path::Path, expected: &BTreeMap<[u8; 32], usize>) {
    let store = Store::open(data_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let mut stored: BTreeMap<[u8; 32], usize> = BTreeMap::new();
    for message in store.list_messages(&MessageFilter::default()).unwrap() {
        let raw = store.raw_message(message.id).unwrap().expect("raw bytes");
        let sha: [u8; 32] = Sha256::digest(&raw).into();
        assert_eq!(sha, message.sha256, "stored hash matches stored bytes");
        *stored.entry(sha).or_insert(0) += 1;
    }
    let duplicates = stored.values().filter(|&&n| n > 1).count();
    assert_eq!(duplicates, 0, "messages stored twice");
    let missing = expected.keys().filter(|k| !stored.contains_key(*k)).count();
    let extra = stored.keys().filter(|k| !expected.contains_key(*k)).count();
    assert_eq!(
        (missing, extra),
        (0, 0),
        "store differs from the Maildir ({} stored)",
        stored.len()
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_keep_then_delete() {
    let dovecot = Dovecot::start_with(120, Sizes::Varied);
    let expected = expected_hashes(&dovecot);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let account = store
        .add_account(&settings(&dovecot, dovecot.tls_port, ServerPolicy::Keep), "unused")
        .unwrap();
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(
        report.error.is_none(),
        "{:?}\n{}",
        report.error.map(|e| e.to_string()),
        dovecot.log()
    );
    assert_eq!(report.new, 120);
    let again = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert_eq!((again.new, again.already_had), (0, 120));
    assert_eq!(dovecot.messages_on_disk(ALICE), 120);
    assert_custody(dir.path(), &expected);

    let mut account = account;
    account.settings.policy = ServerPolicy::DeleteAfterDownload;
    store.update_account(&account).unwrap();
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
    assert_eq!((report.new, report.deleted_on_server), (0, 120));
    assert_eq!(dovecot.messages_on_disk(ALICE), 0);
    assert_custody(dir.path(), &expected);
}

/// The two time- and action-driven policies against Dovecot, with an
/// injected clock.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_delete_after_days_and_when_trashed() {
    use std::sync::Arc;
    use std::sync::atomic::{AtomicI64, Ordering};
    let dovecot = Dovecot::start_with(10, Sizes::About(2_000));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut account = store
        .add_account(
            &settings(&dovecot, dovecot.tls_port, ServerPolicy::DeleteAfterDays(3)),
            "unused",
        )
        .unwrap();
    let clock = Arc::new(AtomicI64::new(1_800_000_000));
    let now = clock.clone();
    let fetcher = Fetcher::new(dir.path().to_path_buf()).with_clock(Arc::new(move || now.load(Ordering::SeqCst)));
    let options = FetchOptions::default();
    assert_eq!(fetcher.fetch(&account, &options).await.new, 10);
    clock.fetch_add(2 * 86_400, Ordering::SeqCst);
    assert_eq!(fetcher.fetch(&account, &options).await.deleted_on_server, 0);
    assert_eq!(dovecot.messages_on_disk(ALICE), 10);
    clock.fetch_add(86_400, Ordering::SeqCst);
    let report = fetcher.fetch(&account, &options).await;
    assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
    assert_eq!(report.deleted_on_server, 10);
    assert_eq!(dovecot.messages_on_disk(ALICE), 0);

    // A second mailbox state: trash two, empty one, then fetch.
    let dovecot = Dovecot::start_with(5, Sizes::About(2_000));
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    account = store
        .add_account(
            &settings(&dovecot, dovecot.tls_port, ServerPolicy::DeleteWhenTrashed),
            "unused",
        )
        .unwrap();
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    assert_eq!(fetcher.fetch(&account, &options).await.new, 5);
    let ids: Vec<i64> = store
        .list_messages(&MessageFilter::default())
        .unwrap()
        .iter()
        .map(|m| m.id)
        .collect();
    store.move_to_trash(&ids[..2]).unwrap();
    store.empty_trash(None).unwrap();
    store.move_to_trash(&ids[2..3]).unwrap();
    let report = fetcher.fetch(&account, &options).await;
    assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
    assert_eq!(report.deleted_on_server, 3);
    assert_eq!(dovecot.messages_on_disk(ALICE), 2);
    assert_eq!(
        fetcher.fetch(&account, &options).await.new,
        0,
        "nothing deleted here comes back"
    );
}

/// `postie fetch` as a child process, SIGKILLed at random moments, then
/// allowed to finish.
#[test]
fn kill_test_exactly_once_under_sigkill() {
    const MESSAGES: usize = 500;
    const KILLS: usize = 24;
    let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(3_000));
    let expected = expected_hashes(&dovecot);
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    // `postie`, committing every 7 messages.
    let batched = |args: &[&str]| {
        let mut command = postie(&data_dir);
        command.args(args).env("POSTIE_COMMIT_BATCH", "7");
        command
    };
    add_dove(batched(&[]), &dovecot, &["--delete-after-download"]);

    let mut rng = Rng::from_time();
    let mut kills = 0;
    let mut runs = 0;
    let stored = || -> i64 {
        // Read-only and concurrent with the child's writes (WAL).
        rusqlite::Connection::open_with_flags(
            data_dir.join("postie.sqlite3"),
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY,
        )
        .and_then(|c| c.query_row("SELECT COUNT(*) FROM message", [], |r| r.get(0)))
        .unwrap_or(0)
    };
    while kills < KILLS && dovecot.messages_on_disk(ALICE) > 0 {
        runs += 1;
        assert!(runs < 200, "could not land {KILLS} kills ({kills} so far)");
        let before = stored();
        let mut child = batched(&["fetch", "dove"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        if before >= MESSAGES as i64 {
            // Everything is stored: what is left is DELE of the pending
            // messages and QUIT. Kill somewhere in there.
            std::thread::sleep(Duration::from_millis(rng.below(120)));
        } else if rng.below(4) == 0 {
            // Early: start-up, connect, TLS, login, listing.
            std::thread::sleep(Duration::from_millis(rng.below(150)));
        } else {
            // Later: once a random number of commits have landed, a random
            // moment after the last one (in DELE, in the next RETR, in the
            // next commit). A run commits 7 messages at a time.
            let commits = 1 + rng.below(4) as i64;
            let deadline = Instant::now() + Duration::from_secs(10);
            while stored() < before + 7 * commits && Instant::now() < deadline && child.try_wait().unwrap().is_none() {
                std::thread::sleep(Duration::from_millis(1));
            }
            std::thread::sleep(Duration::from_millis(rng.below(12)));
        }
        if child.try_wait().unwrap().is_none() {
            child.kill().unwrap(); // SIGKILL
            kills += 1;
        }
        child.wait().unwrap();
    }
    let left = dovecot.messages_on_disk(ALICE);
    eprintln!(
        "{kills} kills in {runs} runs; {} stored, {left} messages left on the server",
        stored()
    );
    assert!(kills >= 20, "only {kills} kills landed before the fetch completed");
    assert!(stored() > 0, "the kills must land after some progress");

    // Now let it finish.
    let deadline = Instant::now() + Duration::from_secs(120);
    loop {
        let output = batched(&["fetch", "dove", "--json"]).output().unwrap();
        let line = String::from_utf8_lossy(&output.stdout);
        if output.status.success() && dovecot.messages_on_disk(ALICE) == 0 {
            break;
        }
        assert!(
            Instant::now() < deadline,
            "fetch does not finish: {line} {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    assert_eq!(dovecot.messages_on_disk(ALICE), 0, "the server is empty");
    assert_custody(&data_dir, &expected);
}

/// A proxy cuts the connection after a random number of bytes, 100 times,
/// with both the keep and the delete policy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cut_test_connections_dropped_at_random_bytes() {
    for policy in [ServerPolicy::Keep, ServerPolicy::DeleteAfterDownload] {
        const MESSAGES: usize = 600;
        let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(2_500));
        let expected = expected_hashes(&dovecot);
        let dir = tempfile::tempdir().unwrap();
        let mut store = Store::open(dir.path()).unwrap();
        let mut account = store
            .add_account(&settings(&dovecot, dovecot.tls_port, policy), "unused")
            .unwrap();
        let fetcher = Fetcher::new(dir.path().to_path_buf());
        let mut options = FetchOptions {
            batch_messages: 4,
            ..FetchOptions::default()
        };
        options.timeouts.idle = Duration::from_secs(10);
        let mut rng = Rng::from_time();
        let mut failures = 0;
        for _ in 0..100 {
            // Cuts land anywhere from the TLS handshake to some way into
            // RETR; each session gets a few messages further, so the 100
            // cuts spread over the whole mailbox.
            let proxy = CuttingProxy::start(dovecot.tls_port, rng.below(40_000)).await;
            account.settings.port = proxy.port;
            let report = fetcher.fetch(&account, &options).await;
            if report.error.is_some() {
                failures += 1;
            }
        }
        assert!(
            failures >= 90,
            "the cuts must interrupt sessions ({failures} of 100 did)"
        );
        account.settings.port = dovecot.tls_port;
        store.update_account(&account).unwrap();
        let report = fetcher.fetch(&account, &FetchOptions::default()).await;
        assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
        let on_server = dovecot.messages_on_disk(ALICE);
        match policy {
            ServerPolicy::Keep => assert_eq!(on_server, MESSAGES, "keep never deletes"),
            _ => assert_eq!(on_server, 0, "everything deleted once stored"),
        }
        assert_custody(dir.path(), &expected);
    }
}

/// The password must not appear in the database, in any output, or in an
/// error, whether the login fails or succeeds. It lives in the keyring
/// (tests/run.sh starts a Secret Service for the test run).
#[test]
fn password_never_leaks() {
    let dovecot = Dovecot::start(5);
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let run = |args: &[&str], stdin: &str| {
        let mut child = postie(&data_dir)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write as _;
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        child.wait_with_output().unwrap()
    };
    let wrong = "Wr0ng-Passw0rd-For-Leak-Test";
    let port = dovecot.tls_port.to_string();
    let fingerprint = dovecot.fingerprint().to_hex();
    let add = [
        "account",
        "add",
        "leak",
        "--host",
        "localhost",
        "--port",
        &port,
        "--user",
        ALICE,
        "--password-stdin",
        "--trust-cert",
        &fingerprint,
    ];
    let mut outputs = vec![run(&add, &format!("{wrong}\n"))];
    assert!(
        outputs[0].status.success(),
        "{}",
        String::from_utf8_lossy(&outputs[0].stderr)
    );
    outputs.push(run(&["fetch", "leak"], ""));
    assert!(!outputs[1].status.success(), "a wrong password fails the fetch");
    assert!(String::from_utf8_lossy(&outputs[1].stdout).contains("rejected the user name or password"));
    outputs.push(run(&["fetch", "leak", "--json"], ""));
    outputs.push(run(
        &["account", "edit", "leak", "--password-stdin"],
        &format!("{ALICE_PASSWORD}\n"),
    ));
    outputs.push(run(&["fetch", "leak"], ""));
    assert!(
        outputs[4].status.success(),
        "{}",
        String::from_utf8_lossy(&outputs[4].stdout)
    );
    outputs.push(run(&["account", "list", "--json"], ""));
    outputs.push(run(&["list", "--json"], ""));
    for secret in [wrong, ALICE_PASSWORD] {
        for output in &outputs {
            for stream in [&output.stdout, &output.stderr] {
                assert!(
                    !contains(stream, secret.as_bytes()),
                    "{}",
                    String::from_utf8_lossy(stream)
                );
            }
        }
        for entry in std::fs::read_dir(&data_dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_file() {
                assert!(
                    !contains(&std::fs::read(&path).unwrap(), secret.as_bytes()),
                    "{} holds a password",
                    path.display()
                );
            }
        }
    }
}

/// Without a keyring, a password is refused rather than stored anywhere else.
#[test]
fn no_keyring_fails_closed() {
    let dir = tempfile::tempdir().unwrap();
    let mut child = postie(dir.path())
        .args([
            "account",
            "add",
            "x",
            "--host",
            "localhost",
            "--user",
            "u",
            "--password-stdin",
        ])
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/postie-test-bus")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    child.stdin.take().unwrap().write_all(b"Unst0rable-Secret\n").unwrap();
    let output = child.wait_with_output().unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("No keyring is available") && stderr.contains("--password-command"),
        "{stderr}"
    );
    assert!(Store::open(dir.path()).unwrap().accounts().unwrap().is_empty());
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let path = entry.unwrap().path();
        if path.is_file() {
            assert!(!contains(&std::fs::read(&path).unwrap(), b"Unst0rable-Secret"));
        }
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}
