//! The store on its own: schema versions, durability settings, streaming
//! of large messages, and readers that never wait on a fetch.

use std::time::{Duration, Instant};

use postie::account::{AccountSettings, OverSize, PasswordSource, ServerPolicy, SizeLimit};
use postie::pop3::{AuthMethod, Security};
use postie::store::{Folder, Incoming, IncomingBody, IngestResult, MessageFilter, SCHEMA_VERSION, Store, StoreError};
use sha2::{Digest, Sha256};

fn settings(name: &str) -> AccountSettings {
    AccountSettings {
        name: name.into(),
        host: "pop.example.org".into(),
        port: 995,
        security: Security::Tls,
        username: "me".into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Keyring,
        policy: ServerPolicy::Keep,
        pinned_certificate: None,
        size_limit: None,
    }
}

fn incoming(uidl: &str, bytes: &[u8]) -> Incoming {
    Incoming {
        uidl: Some(uidl.into()),
        body: IncomingBody::Memory(bytes.to_vec()),
        sha256: Sha256::digest(bytes).into(),
        complete: true,
        summary: None,
    }
}

#[test]
fn fresh_store_uses_wal_with_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).unwrap();
    assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
    let raw = rusqlite::Connection::open(store.path()).unwrap();
    let mode: String = raw.query_row("PRAGMA journal_mode", [], |r| r.get(0)).unwrap();
    assert_eq!(mode, "wal");
    let mode = std::fs::metadata(store.path()).unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    assert_eq!(mode.permissions().mode() & 0o077, 0, "the database is private");
}

/// Every released schema version has a database in tests/fixtures; each
/// must open (and be upgraded) by this build with its data intact.
#[test]
fn fixture_databases_of_every_released_schema_open() {
    let fixtures = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut seen = 0;
    for version in 1..=SCHEMA_VERSION {
        let fixture = fixtures.join(format!("schema-v{version}.sqlite3"));
        assert!(
            fixture.exists(),
            "{} is missing: keep one database per released schema",
            fixture.display()
        );
        let dir = tempfile::tempdir().unwrap();
        std::fs::copy(&fixture, dir.path().join("postie.sqlite3")).unwrap();
        let store = Store::open(dir.path()).unwrap();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        assert_eq!(store.integrity_check().unwrap(), "ok");
        let accounts = store.accounts().unwrap();
        assert_eq!(accounts.len(), 1, "v{version}");
        assert_eq!(accounts[0].settings.name, "fixture");
        assert_eq!(
            accounts[0].settings.size_limit,
            Some(SizeLimit {
                max_bytes: 5_000_000,
                over: OverSize::Headers
            })
        );
        let messages = store.list_messages(&MessageFilter::default()).unwrap();
        assert_eq!(messages.len(), 3, "v{version}");
        let subjects: Vec<_> = messages.iter().map(|m| m.subject.as_str()).collect();
        assert!(subjects.contains(&"Fixture message one"), "{subjects:?}");
        assert!(messages.iter().any(|m| m.folder == Folder::Trash));
        assert!(messages.iter().any(|m| m.parse_failed));
        for message in &messages {
            let raw = store.raw_message(message.id).unwrap().unwrap();
            assert_eq!(<[u8; 32]>::from(Sha256::digest(&raw)), message.sha256);
        }
        assert_eq!(store.search("fixture", &MessageFilter::default()).unwrap().len(), 2);
        // Everything a fetch reads must work on the old file too.
        let known = store.server_messages(accounts[0].id).unwrap();
        assert_eq!(known.len(), 3, "v{version}");
        store.listing_snapshot(accounts[0].id).unwrap();
        store.account_state(accounts[0].id).unwrap();
        // Version 2 added what the desktop app keeps; older files get defaults.
        let profile = store.account_profile(accounts[0].id).unwrap();
        if version >= 2 {
            assert_eq!(profile.display_name, "Fixture Person");
            assert_eq!(profile.check_interval_minutes, 25);
            assert_eq!(store.app_setting("theme").unwrap().as_deref(), Some("dark"));
        } else {
            assert_eq!(profile, postie::store::AccountProfile::default());
            assert_eq!(store.app_setting("theme").unwrap(), None);
        }
        // Version 3 added the new-mail notification switch (on unless
        // turned off; the v3 fixture has it off) and the language setting.
        assert_eq!(profile.notify_new_mail, version < 3, "v{version}");
        let language = store.app_setting("language").unwrap();
        assert_eq!(language.as_deref(), (version >= 3).then_some("fr"), "v{version}");
        seen += 1;
    }
    assert_eq!(seen, SCHEMA_VERSION);
}

#[test]
fn a_newer_schema_is_refused_not_damaged() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path()).unwrap());
    let raw = rusqlite::Connection::open(dir.path().join("postie.sqlite3")).unwrap();
    raw.pragma_update(None, "user_version", 999).unwrap();
    drop(raw);
    match Store::open(dir.path()) {
        Err(StoreError::TooNew { found: 999, .. }) => {}
        other => panic!("expected TooNew, got {other:?}"),
    }
}

#[test]
fn unparseable_bytes_are_stored_raw_and_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let account = store.add_account(&settings("a"), "k").unwrap();
    let garbage = b"\x00\x01\xff\xfe not a message at all\r\n\x00";
    let results = store
        .ingest(account.id, vec![incoming("u1", garbage)], 1_700_000_000)
        .unwrap();
    let IngestResult::Stored(id) = results[0] else {
        panic!("{results:?}")
    };
    let message = store.message(id).unwrap().unwrap();
    assert!(message.parse_failed);
    assert_eq!(store.raw_message(id).unwrap().unwrap(), garbage);
}

#[test]
fn large_messages_stream_through_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let account = store.add_account(&settings("a"), "k").unwrap();
    let mut bytes = b"From: big@example.org\r\nSubject: big\r\n\r\n".to_vec();
    for i in 0..400_000u32 {
        bytes.extend_from_slice(format!("line {i:08} of a large message body\r\n").as_bytes());
    }
    let mut file = tempfile::tempfile().unwrap();
    use std::io::Write as _;
    file.write_all(&bytes).unwrap();
    let body = IncomingBody::File {
        file,
        len: bytes.len() as u64,
    };
    let results = store
        .ingest(
            account.id,
            vec![Incoming {
                uidl: Some("big".into()),
                body,
                sha256: Sha256::digest(&bytes).into(),
                complete: true,
                summary: None,
            }],
            1_700_000_000,
        )
        .unwrap();
    let IngestResult::Stored(id) = results[0] else { panic!() };
    let mut out = Vec::new();
    assert!(store.copy_raw_message(id, &mut out).unwrap());
    assert_eq!(out.len(), bytes.len());
    assert!(out == bytes);
    assert_eq!(store.message(id).unwrap().unwrap().subject, "big");
}

#[test]
fn identical_content_is_stored_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let account = store.add_account(&settings("a"), "k").unwrap();
    let bytes = b"From: a@b.c\r\nSubject: once\r\n\r\nbody\r\n";
    let first = store.ingest(account.id, vec![incoming("u1", bytes)], 1).unwrap();
    let second = store
        .ingest(account.id, vec![incoming("u2", bytes), incoming("u3", bytes)], 2)
        .unwrap();
    let IngestResult::Stored(id) = first[0] else { panic!() };
    assert_eq!(
        second,
        vec![IngestResult::AlreadyHad(Some(id)), IngestResult::AlreadyHad(Some(id))]
    );
    assert_eq!(store.count_messages(&MessageFilter::default()).unwrap(), 1);
    let known = store.server_messages(account.id).unwrap();
    assert_eq!(known.len(), 3);
    assert!(known.values().all(|k| k.message_id == Some(id)));
}

/// A reader (the list, search) does not wait for a fetch's write transaction.
#[test]
fn readers_never_wait_on_a_writer() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let account = store.add_account(&settings("a"), "k").unwrap();
    store
        .ingest(
            account.id,
            vec![incoming("u1", b"From: a@b.c\r\nSubject: s\r\n\r\nx\r\n")],
            1,
        )
        .unwrap();
    let path = store.path().to_path_buf();
    let (started, wait_started) = std::sync::mpsc::channel();
    let writer = std::thread::spawn(move || {
        let mut raw = rusqlite::Connection::open(&path).unwrap();
        let tx = raw
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .unwrap();
        tx.execute("UPDATE message SET subject = 'changing'", []).unwrap();
        started.send(()).unwrap();
        std::thread::sleep(Duration::from_secs(2));
        tx.commit().unwrap();
    });
    wait_started.recv().unwrap();
    let reader = Store::open(dir.path()).unwrap();
    let start = Instant::now();
    let listed = reader.list_messages(&MessageFilter::default()).unwrap();
    let searched = reader.search("s", &MessageFilter::default()).unwrap();
    let elapsed = start.elapsed();
    assert_eq!(listed[0].subject, "s", "the reader sees the last committed state");
    assert_eq!(searched.len(), 1);
    assert!(
        elapsed < Duration::from_millis(1500),
        "reads waited {elapsed:?} for the writer"
    );
    writer.join().unwrap();
}
