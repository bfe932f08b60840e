//! A hostile network between Postie and its server, made by the
//! fault-injecting proxy in `tests/support/proxy.rs` (127.0.0.1 only):
//! bytes changed at random offsets over TLS and over plain text, stalls at
//! random points, and cuts and a kill on a server that deletes what was
//! retrieved at QUIT. Also: hostile bytes and hostile UIDLs fetched over
//! POP3 and exported.
//!
//! The random tests print their seed; `POSTIE_PROXY_SEED=<seed>` repeats a
//! run. Every loop has a fixed number of iterations and every fetch a
//! deadline.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use postie::account::{Account, AccountSettings, PasswordSource, ServerPolicy};
use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage as DemoMessage};
use postie::pop3::{AuthMethod, Error as Pop3Error, Security, Timeouts};
use postie::store::{MessageFilter, Store};
use postie::sync::{FetchError, FetchOptions, FetchReport, Fetcher};
use sha2::{Digest, Sha256};

use crate::support::dovecot::{ALICE, ALICE_PASSWORD, Dovecot, Sizes};
use crate::support::postie_cli::postie;
use crate::support::proxy::{Change, Corruption, FaultProxy, Faults, Recording};
use crate::support::rng::Rng;

type Hash = [u8; 32];

fn sha(bytes: &[u8]) -> Hash {
    Sha256::digest(bytes).into()
}

/// Short timeouts, so that a fault costs at most a couple of seconds.
fn short_timeouts() -> Timeouts {
    Timeouts {
        connect: Duration::from_secs(2),
        greeting: Duration::from_secs(2),
        idle: Duration::from_secs(2),
        ..Timeouts::default()
    }
}

/// Four messages a commit, one session a fetch, with `timeouts`.
fn one_session(timeouts: Timeouts) -> FetchOptions {
    FetchOptions {
        batch_messages: 4,
        max_sessions: 1,
        timeouts,
        ..FetchOptions::default()
    }
}

/// The most one faulty fetch may take with [`short_timeouts`]: one wait
/// for a silent server, plus room for a machine busy with other builds.
const FETCH_BOUND: Duration = Duration::from_secs(15);

fn dovecot_settings(dovecot: &Dovecot, security: Security, policy: ServerPolicy) -> AccountSettings {
    AccountSettings {
        name: "dovecot".into(),
        host: "localhost".into(),
        port: dovecot.port(security),
        security,
        username: ALICE.into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command(format!("printf '%s' '{ALICE_PASSWORD}'")),
        policy,
        pinned_certificate: (security == Security::Tls).then(|| dovecot.fingerprint()),
        size_limit: None,
    }
}

fn demo_settings(port: u16, policy: ServerPolicy) -> AccountSettings {
    AccountSettings {
        name: "demo".into(),
        host: "127.0.0.1".into(),
        port,
        security: Security::Plain,
        username: "demo".into(),
        auth: AuthMethod::Auto,
        password: PasswordSource::Command("printf demo".into()),
        policy,
        pinned_certificate: None,
        size_limit: None,
    }
}

/// The UIDLs of ALICE's messages still in Dovecot's Maildir.
fn on_server(dovecot: &Dovecot) -> BTreeSet<String> {
    let maildir = dovecot.dir().join("home").join(ALICE).join("Maildir");
    let mut uidls = BTreeSet::new();
    for sub in ["new", "cur"] {
        for entry in std::fs::read_dir(maildir.join(sub)).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            // `base:2,flags`: the base name is the UIDL.
            uidls.insert(name.split(':').next().unwrap().to_owned());
        }
    }
    uidls
}

/// New mail for ALICE, put into Dovecot's Maildir as a delivery agent
/// would (written in tmp/, renamed into new/), so that a long run keeps
/// having mail to fetch and delete.
struct Deliveries {
    templates: Vec<Vec<u8>>,
    delivered: usize,
}

impl Deliveries {
    fn new(dovecot: &Dovecot) -> Deliveries {
        Deliveries {
            templates: dovecot.messages(ALICE).iter().map(|m| m.lf.clone()).collect(),
            delivered: 0,
        }
    }

    /// Delivers one message (LF line ends); records what POP3 will deliver
    /// for it in `messages`.
    fn deliver(&mut self, dovecot: &Dovecot, lf: &[u8], messages: &mut BTreeMap<String, Vec<u8>>) {
        let n = self.delivered;
        self.delivered += 1;
        let delivered = dovecot.deliver(ALICE, 1_800_000_000 + n as u64, &format!("delivery{n}"), lf);
        messages.insert(delivered.uidl.clone(), delivered.crlf());
    }

    /// Tops the server up to `at_least` messages; records what POP3 will
    /// deliver for each new one in `messages`.
    fn top_up(&mut self, dovecot: &Dovecot, at_least: usize, messages: &mut BTreeMap<String, Vec<u8>>) {
        let present = on_server(dovecot).len();
        for _ in present..at_least {
            let mut lf = format!("X-Postie-Delivery: {}\n", self.delivered).into_bytes();
            lf.extend_from_slice(&self.templates[self.delivered % self.templates.len()]);
            self.deliver(dovecot, &lf, messages);
        }
    }
}

/// What the store holds, for the custody checks.
struct Held {
    /// Stored bytes' hash → how many stored messages have those bytes.
    by_hash: BTreeMap<Hash, usize>,
    /// UIDLs that map to a stored message.
    uidls: BTreeSet<String>,
    messages: usize,
}

/// Reads the store, checking what must hold whatever the network did: the
/// database is sound, each stored hash matches its bytes, no UIDL belongs
/// to two stored messages.
fn held(data_dir: &Path, account: i64) -> Held {
    let store = Store::open(data_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    let mut by_hash = BTreeMap::new();
    let mut listed_uidls: BTreeMap<String, usize> = BTreeMap::new();
    let list = store.list_messages(&MessageFilter::default()).unwrap();
    for message in &list {
        let raw = store.raw_message(message.id).unwrap().expect("raw bytes");
        assert_eq!(sha(&raw), message.sha256, "stored hash matches stored bytes");
        *by_hash.entry(message.sha256).or_insert(0) += 1;
        if let Some(uidl) = &message.uidl {
            *listed_uidls.entry(uidl.clone()).or_insert(0) += 1;
        }
    }
    let twice: Vec<_> = listed_uidls.iter().filter(|(_, n)| **n > 1).collect();
    assert!(twice.is_empty(), "UIDLs on two stored messages: {twice:?}");
    let uidls = store
        .server_messages(account)
        .unwrap()
        .into_iter()
        .filter(|(_, m)| m.message_id.is_some())
        .map(|(uidl, _)| uidl)
        .collect();
    Held {
        by_hash,
        uidls,
        messages: list.len(),
    }
}

/// Dovecot's messages for ALICE: UIDL → the bytes POP3 delivers.
/// About how many bytes the next session carries after the login: a
/// listing line for each message on the server, and each one not stored
/// here yet (of `originals`, by UIDL) with its RETR reply. Checks the
/// store's integrity on the way.
fn session_bytes(data_dir: &Path, account: i64, dovecot: &Dovecot, originals: &BTreeMap<String, Vec<u8>>) -> u64 {
    let before = held(data_dir, account);
    let listed = on_server(dovecot);
    let left: u64 = originals
        .iter()
        .filter(|(u, _)| listed.contains(*u) && !before.uidls.contains(*u))
        .map(|(_, b)| b.len() as u64 + 20)
        .sum();
    80 * listed.len() as u64 + left
}

fn dovecot_messages(dovecot: &Dovecot) -> BTreeMap<String, Vec<u8>> {
    dovecot
        .messages(ALICE)
        .iter()
        .map(|m| (m.uidl.clone(), m.crlf()))
        .collect()
}

/// Runs one fetch under a deadline, returning the report and how long it took.
async fn bounded_fetch(fetcher: &Fetcher, account: &Account, options: &FetchOptions) -> (FetchReport, Duration) {
    let begun = Instant::now();
    let report = tokio::time::timeout(FETCH_BOUND * 2, fetcher.fetch(account, options))
        .await
        .expect("a fetch through a faulty network must end");
    let took = begun.elapsed();
    assert!(took < FETCH_BOUND, "a faulty fetch took {took:?}");
    if let Some(error) = &report.error {
        assert!(!error.to_string().trim().is_empty(), "an error says what went wrong");
    }
    (report, took)
}

fn describe(report: &FetchReport) -> String {
    match &report.error {
        Some(error) => format!("error: {error}"),
        None => format!("ok: {} new", report.new),
    }
}

/// Over implicit TLS, changed bytes in either direction never reach the
/// store: TLS refuses them. Every stored message is byte for byte one of
/// Dovecot's, none twice; none leaves the server before it is stored here;
/// every fetch ends within its bound; and once the network is sound, one
/// fetch completes the set.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tls_corruption_never_reaches_the_store() {
    const MESSAGES: usize = 60;
    const ITERATIONS: usize = 40;
    let started = Instant::now();
    let mut rng = Rng::seeded("tls_corruption_never_reaches_the_store");
    let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(2_000));
    let mut deliveries = Deliveries::new(&dovecot);
    let mut originals = dovecot_messages(&dovecot);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut account = store
        .add_account(&dovecot_settings(&dovecot, Security::Tls, ServerPolicy::Keep), "unused")
        .unwrap();
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    let options = one_session(short_timeouts());
    let (mut faults, mut failed, mut deleting, mut slowest) = (0u64, 0, 0, Duration::ZERO);
    for iteration in 0..ITERATIONS {
        // New mail keeps arriving, so every session has some to carry.
        deliveries.top_up(&dovecot, MESSAGES / 2, &mut originals);
        let hash_of: BTreeMap<&String, Hash> = originals.iter().map(|(u, b)| (u, sha(b))).collect();
        let known: BTreeSet<Hash> = hash_of.values().copied().collect();
        let delete = rng.below(3) == 0;
        deleting += usize::from(delete);
        account.settings.policy = if delete {
            ServerPolicy::DeleteAfterDownload
        } else {
            ServerPolicy::Keep
        };
        // Aim the changes at what this session will carry: the handshake
        // and listing, then the messages not stored yet.
        let span = 5_000 + session_bytes(dir.path(), account.id, &dovecot, &originals);
        let plan = Faults {
            to_client: Corruption::random(rng.next(), 1 + rng.below(3) as usize, span),
            to_server: if rng.below(4) == 0 {
                Corruption::random(rng.next(), 1, 2_000)
            } else {
                Vec::new()
            },
            ..Faults::default()
        };
        let proxy = FaultProxy::with_faults(dovecot.tls_port, plan).await;
        account.settings.port = proxy.port;
        let (report, took) = bounded_fetch(&fetcher, &account, &options).await;
        slowest = slowest.max(took);
        faults += proxy.faults_injected();
        failed += usize::from(report.error.is_some());
        if std::env::var_os("POSTIE_PROXY_VERBOSE").is_some() {
            eprintln!(
                "{iteration}: span {span}, {} changed: {}",
                proxy.faults_injected(),
                describe(&report)
            );
        }
        if proxy.faults_injected() == 0 {
            assert!(
                report.error.is_none(),
                "{iteration}: no fault, yet {}",
                describe(&report)
            );
        }
        drop(proxy);

        let now = held(dir.path(), account.id);
        for (hash, count) in &now.by_hash {
            assert!(
                known.contains(hash),
                "{iteration}: a stored message is not one of Dovecot's"
            );
            assert_eq!(*count, 1, "{iteration}: a message is stored twice");
        }
        let remaining = on_server(&dovecot);
        for (uidl, hash) in &hash_of {
            if !remaining.contains(*uidl) {
                assert!(
                    now.by_hash.contains_key(hash),
                    "{iteration}: {uidl} left the server but is not stored"
                );
            }
        }
    }
    assert!(
        faults >= ITERATIONS as u64 / 2,
        "the faults must land ({faults} in {ITERATIONS} fetches)"
    );
    assert!(
        failed >= ITERATIONS / 3,
        "TLS must refuse changed bytes ({failed} failures)"
    );

    // The network is sound again: one fetch completes the set.
    account.settings.port = dovecot.tls_port;
    account.settings.policy = ServerPolicy::Keep;
    store.update_account(&account).unwrap();
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    let now = held(dir.path(), account.id);
    let known: BTreeSet<Hash> = originals.values().map(|b| sha(b)).collect();
    assert_eq!(now.messages, originals.len(), "every message stored");
    assert_eq!(now.by_hash.keys().copied().collect::<BTreeSet<_>>(), known);
    assert!(now.by_hash.values().all(|&n| n == 1));
    let remaining = on_server(&dovecot);
    eprintln!(
        "TLS corruption: {ITERATIONS} fetches ({deleting} deleting), {faults} bytes changed, {failed} fetches failed, \
         slowest {slowest:?}; {} messages, {} left on the server; {:?} in all",
        originals.len(),
        remaining.len(),
        started.elapsed()
    );
}

/// `DELE n` commands in a recorded connection, and what Dovecot really had
/// at each number then (from the server's own, unchanged UIDL lines).
fn deletions(recording: &Recording, uidls: &BTreeSet<String>) -> Vec<(u32, Option<String>)> {
    let mut number_to_uidl = HashMap::new();
    for line in recording.from_server.split(|&b| b == b'\n') {
        let line = String::from_utf8_lossy(line);
        let line = line.trim_end_matches('\r');
        if let Some((number, uidl)) = line.split_once(' ')
            && let Ok(number) = number.parse::<u32>()
            && uidls.contains(uidl)
        {
            number_to_uidl.insert(number, uidl.to_owned());
        }
    }
    recording
        .from_client
        .split(|&b| b == b'\n')
        .filter_map(|line| {
            let line = String::from_utf8_lossy(line);
            let number = line.trim_end().strip_prefix("DELE ")?.parse::<u32>().ok()?;
            Some((number, number_to_uidl.get(&number).cloned()))
        })
        .collect()
}

/// Over plain text POP3 has no checksum: a changed byte in a body can be
/// stored, and a changed UIDL can file a message under another name. What
/// Postie still guarantees, and this test asserts:
///
/// - every fetch ends within its bound, with an error or a report;
/// - the database is sound and no UIDL belongs to two stored messages;
/// - a DELE goes only to a message that is stored here: by its UIDL, or
///   (when its UIDL line was changed on the way) by its exact bytes;
/// - nothing leaves the server any other way;
/// - one changed byte damages at most one stored message;
/// - once the network is sound, the mailbox converges: every UIDL on the
///   server is stored, and a second fetch finds nothing new.
///
/// One byte is changed per connection, so that what a fault did can be
/// told apart from what another did.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn plain_text_corruption_is_survived_and_converges() {
    const MESSAGES: usize = 60;
    const ITERATIONS: usize = 40;
    let started = Instant::now();
    let mut rng = Rng::seeded("plain_text_corruption_is_survived_and_converges");
    let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(2_000));
    let mut deliveries = Deliveries::new(&dovecot);
    let mut originals = dovecot_messages(&dovecot);
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path()).unwrap();
    let mut account = store
        .add_account(
            &dovecot_settings(&dovecot, Security::Plain, ServerPolicy::Keep),
            "unused",
        )
        .unwrap();
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    let options = one_session(short_timeouts());
    let (mut faults, mut failed, mut deles, mut slowest) = (0u64, 0, 0, Duration::ZERO);
    for iteration in 0..ITERATIONS {
        deliveries.top_up(&dovecot, MESSAGES / 2, &mut originals);
        let all_uidls: BTreeSet<String> = originals.keys().cloned().collect();
        let hash_of: BTreeMap<String, Hash> = originals.iter().map(|(u, b)| (u.clone(), sha(b))).collect();
        let known: BTreeSet<Hash> = hash_of.values().copied().collect();
        let delete = rng.below(3) == 0;
        account.settings.policy = if delete {
            ServerPolicy::DeleteAfterDownload
        } else {
            ServerPolicy::Keep
        };
        // Most sessions are also cut short: each gets a few messages further.
        let span = 1_500 + session_bytes(dir.path(), account.id, &dovecot, &originals);
        let cut_after = (rng.below(3) > 0).then(|| 12_000 + rng.below(30_000));
        let plan = Faults {
            cut_after,
            to_client: Corruption::random(rng.next(), 1, cut_after.unwrap_or(span).min(span)),
            record: true,
            ..Faults::default()
        };
        let proxy = FaultProxy::with_faults(dovecot.plain_port, plan).await;
        account.settings.port = proxy.port;
        let (report, took) = bounded_fetch(&fetcher, &account, &options).await;
        slowest = slowest.max(took);
        faults += proxy.faults_injected();
        failed += usize::from(report.error.is_some());
        let recordings = proxy.recordings();
        if std::env::var_os("POSTIE_PROXY_VERBOSE").is_some() {
            eprintln!(
                "{iteration}: span {span}, cut {cut_after:?}, {} bytes, {} changed at {:?}: {}",
                proxy.forwarded.load(std::sync::atomic::Ordering::Relaxed),
                proxy.faults_injected(),
                recordings
                    .iter()
                    .map(|r| r.corrupted_to_client.clone())
                    .collect::<Vec<_>>(),
                describe(&report)
            );
        }
        drop(proxy);

        let now = held(dir.path(), account.id);
        let stored_by = |uidl: &str| now.uidls.contains(uidl) || now.by_hash.contains_key(&hash_of[uidl]);
        for recording in &recordings {
            for (number, uidl) in deletions(recording, &all_uidls) {
                deles += 1;
                let uidl = uidl.unwrap_or_else(|| panic!("{iteration}: DELE {number}, a number Dovecot never listed"));
                assert!(
                    stored_by(&uidl),
                    "{iteration}: DELE {number} ({uidl}) of a message that is not stored; {}",
                    describe(&report)
                );
            }
        }
        let remaining = on_server(&dovecot);
        for uidl in all_uidls.difference(&remaining) {
            assert!(stored_by(uidl), "{iteration}: {uidl} left the server but is not stored");
        }
        let damaged = now.by_hash.keys().filter(|h| !known.contains(*h)).count() as u64;
        assert!(
            damaged <= faults,
            "{iteration}: {damaged} damaged messages stored from {faults} changed bytes"
        );
    }
    assert!(faults >= ITERATIONS as u64 / 2, "the faults must land ({faults})");

    // The network is sound again.
    account.settings.port = dovecot.plain_port;
    account.settings.policy = ServerPolicy::Keep;
    store.update_account(&account).unwrap();
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    let again = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(again.error.is_none(), "{}", describe(&again));
    assert_eq!(again.new, 0, "converged: nothing new the second time");
    let now = held(dir.path(), account.id);
    let remaining = on_server(&dovecot);
    let all_uidls: BTreeSet<String> = originals.keys().cloned().collect();
    let hash_of: BTreeMap<String, Hash> = originals.iter().map(|(u, b)| (u.clone(), sha(b))).collect();
    let known: BTreeSet<Hash> = hash_of.values().copied().collect();
    for uidl in &remaining {
        assert!(now.uidls.contains(uidl), "{uidl} is on the server and not stored");
    }
    for uidl in &all_uidls {
        assert!(
            now.uidls.contains(uidl) || now.by_hash.contains_key(&hash_of[uidl]),
            "{uidl} is lost"
        );
    }
    let damaged = now.by_hash.keys().filter(|h| !known.contains(*h)).count();
    eprintln!(
        "plain-text corruption: {ITERATIONS} fetches, {faults} bytes changed, {failed} fetches failed, {deles} DELEs \
         checked, slowest {slowest:?}; {} stored, {damaged} of them damaged in transit, {} left on the server; {:?} in all",
        now.messages,
        remaining.len(),
        started.elapsed()
    );
}

fn is_timeout(error: &FetchError) -> bool {
    matches!(error, FetchError::Pop3(Pop3Error::Timeout { .. }))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The server goes silent at a random point of the session: the fetch
/// times out within its bound, sends no QUIT after the silence began (a
/// QUIT would commit the server's side of a session the client gave up
/// on), and the next fetch completes the set exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn stalls_time_out_without_quit_and_the_next_fetch_completes() {
    const MESSAGES: usize = 30;
    const ITERATIONS: usize = 8;
    let started = Instant::now();
    let mut rng = Rng::seeded("stalls_time_out_without_quit_and_the_next_fetch_completes");
    let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(2_000));
    let known: BTreeSet<Hash> = dovecot_messages(&dovecot).values().map(|b| sha(b)).collect();
    let options = one_session(Timeouts {
        idle: Duration::from_secs(1),
        ..short_timeouts()
    });

    // How many bytes a whole session carries: measured through the proxy.
    let probe = tempfile::tempdir().unwrap();
    let account = Store::open(probe.path())
        .unwrap()
        .add_account(
            &dovecot_settings(&dovecot, Security::Plain, ServerPolicy::Keep),
            "unused",
        )
        .unwrap();
    let proxy = FaultProxy::with_faults(dovecot.plain_port, Faults::default()).await;
    let mut through = account.clone();
    through.settings.port = proxy.port;
    // One session, as each iteration has: a second session's bytes (a
    // fetch that found new mail looks again) would put stalls out of reach
    // of a connection.
    let report = Fetcher::new(probe.path().to_path_buf()).fetch(&through, &options).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    assert_eq!(report.sessions, 1);
    let session_bytes = proxy.forwarded.load(std::sync::atomic::Ordering::Relaxed);
    drop(proxy);

    let (mut timeouts, mut slowest) = (0, Duration::ZERO);
    for iteration in 0..ITERATIONS {
        let dir = tempfile::tempdir().unwrap();
        let account = Store::open(dir.path())
            .unwrap()
            .add_account(
                &dovecot_settings(&dovecot, Security::Plain, ServerPolicy::Keep),
                "unused",
            )
            .unwrap();
        let fetcher = Fetcher::new(dir.path().to_path_buf());
        // Not in the last few bytes: sessions differ by a byte or two (the
        // greeting's timestamp), and a stall past a session's end is never
        // reached.
        let stall_after = rng.below(session_bytes.saturating_sub(16));
        let proxy = FaultProxy::with_faults(
            dovecot.plain_port,
            Faults {
                stall_after: Some(stall_after),
                record: true,
                ..Faults::default()
            },
        )
        .await;
        let mut through = account.clone();
        through.settings.port = proxy.port;
        let (report, took) = bounded_fetch(&fetcher, &through, &options).await;
        slowest = slowest.max(took);
        let recording = proxy.recordings().pop().expect("one connection");
        let stalled_at = recording
            .stalled_at_client_byte
            .unwrap_or_else(|| panic!("{iteration}: the stall at {stall_after} of {session_bytes} was not reached"));
        let quit_before_stall = contains(&recording.from_client[..stalled_at], b"QUIT\r\n");
        assert!(
            !contains(&recording.from_client[stalled_at..], b"QUIT"),
            "{iteration}: QUIT sent after the server went silent at byte {stall_after}"
        );
        match &report.error {
            Some(error) => {
                assert!(is_timeout(error), "{iteration}: stalled at {stall_after}: {error}");
                timeouts += 1;
            }
            // Silence after QUIT was sent (its reply never came) is not an
            // error: everything was committed before QUIT.
            None => assert!(
                quit_before_stall,
                "{iteration}: a fetch stalled at {stall_after} of {session_bytes} succeeded"
            ),
        }
        drop(proxy);

        let report = fetcher.fetch(&account, &FetchOptions::default()).await;
        assert!(report.error.is_none(), "{iteration}: {}", describe(&report));
        let now = held(dir.path(), account.id);
        assert_eq!(now.messages, MESSAGES, "{iteration}");
        assert_eq!(now.by_hash.keys().copied().collect::<BTreeSet<_>>(), known);
    }
    assert!(
        timeouts >= ITERATIONS / 2,
        "most stalls must land mid-session ({timeouts})"
    );
    eprintln!(
        "stalls: {ITERATIONS} stalls in sessions of {session_bytes} bytes, {timeouts} timed out, slowest {slowest:?}; \
         {:?} in all",
        started.elapsed()
    );
}

/// A demo server that behaves like Gmail: `EXPIRE 0`, so every message
/// retrieved in a session is gone once the session ends with QUIT.
fn gmail_like() -> ServerOptions {
    ServerOptions {
        expire_days: Some(0),
        ..ServerOptions::default()
    }
}

fn demo_account(data_dir: &Path, port: u16) -> Account {
    Store::open(data_dir)
        .unwrap()
        .add_account(&demo_settings(port, ServerPolicy::Keep), "unused")
        .unwrap()
}

/// A fetch straight to the server, retried (a bounded number of times)
/// while the server still holds the mailbox for a connection that was just
/// dropped (`-ERR [IN-USE]`).
async fn clean_fetch(fetcher: &Fetcher, account: &Account, port: u16) -> FetchReport {
    let mut direct = account.clone();
    direct.settings.port = port;
    let mut report = fetcher.fetch(&direct, &FetchOptions::default()).await;
    for _ in 0..40 {
        if report.error.is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
        report = fetcher.fetch(&direct, &FetchOptions::default()).await;
    }
    report
}

/// Byte offsets in a session with a Gmail-like demo server holding `mail`:
/// where the first RETR reply starts, where the last one ends, and the
/// session's length.
async fn retr_window(mail: &[DemoMessage]) -> (u64, u64, u64) {
    let server = Pop3Server::start(gmail_like(), mail.to_vec()).await.unwrap();
    let proxy = FaultProxy::with_faults(
        server.port(),
        Faults {
            record: true,
            ..Faults::default()
        },
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let account = demo_account(dir.path(), proxy.port);
    let report = Fetcher::new(dir.path().to_path_buf())
        .fetch(&account, &FetchOptions::default())
        .await;
    assert!(report.error.is_none(), "{}", describe(&report));
    // The first session; a second one finds the mailbox empty.
    let recording = proxy.recordings().into_iter().next().expect("a connection");
    let bytes = &recording.from_server;
    let first = format!("+OK {} octets\r\n", mail[0].bytes.len());
    let start = bytes
        .windows(first.len())
        .position(|w| w == first.as_bytes())
        .unwrap_or_else(|| panic!("a RETR reply in {:?}", String::from_utf8_lossy(bytes)));
    assert!(bytes.ends_with(b"+OK bye\r\n"), "the session ends with QUIT's reply");
    // The RETR replies are the session's last multi-line ones: after them
    // come only the one-line replies to DELE (an EXPIRE 0 server's mail
    // is deleted after its commit) and QUIT.
    let end = bytes
        .windows(5)
        .rposition(|w| w == b"\r\n.\r\n")
        .map(|at| at + 5)
        .expect("the last RETR reply's end");
    (start as u64, end as u64, bytes.len() as u64)
}

/// Case 14 with cuts: on a server where RETR and QUIT mean gone, with the
/// policy "keep", the connection is cut at offsets across the whole
/// session, RETR replies included. Unless QUIT got through, every message
/// is still on the server; whatever happened, each message is on the
/// server or stored byte for byte, none twice; and the next fetch brings
/// each one exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn gmail_like_server_loses_nothing_to_a_cut_before_quit() {
    let started = Instant::now();
    let mail = crate::engine::messages(1..=6);
    let (retr_start, retr_end, length) = retr_window(&mail).await;
    // Every 1/40 of the session, and each byte around the end of the RETR
    // replies (the moment between RETR and commit).
    let mut offsets: BTreeSet<u64> = (0..40).map(|i| i * length / 40).collect();
    offsets.extend(retr_end - 3..=retr_end + 3);
    offsets.insert(retr_start + 1);
    let (mut without_quit, mut after_all_retr) = (0, 0);
    for &cut in &offsets {
        let server = Pop3Server::start(gmail_like(), mail.clone()).await.unwrap();
        let proxy = FaultProxy::with_faults(
            server.port(),
            Faults {
                cut_after: Some(cut),
                record: true,
                ..Faults::default()
            },
        )
        .await;
        let dir = tempfile::tempdir().unwrap();
        let account = demo_account(dir.path(), proxy.port);
        let fetcher = Fetcher::new(dir.path().to_path_buf());
        let one_session = FetchOptions {
            max_sessions: 1,
            ..FetchOptions::default()
        };
        let (report, _) = bounded_fetch(&fetcher, &account, &one_session).await;
        let recording = proxy.recordings().pop().expect("one connection");
        drop(proxy);
        let quit = contains(&recording.from_client, b"QUIT\r\n");
        let stored = held(dir.path(), account.id);
        if cut < retr_end {
            // Cut before the last RETR reply was whole: a failed fetch, and
            // no QUIT, which would have made the server drop what was
            // retrieved.
            assert!(report.error.is_some(), "cut at {cut}: {}", describe(&report));
            assert!(!quit, "cut at {cut}: QUIT after an incomplete RETR");
        }
        if !quit {
            without_quit += 1;
            // The server applies nothing of a session without QUIT.
            assert_eq!(
                server.messages(),
                mail,
                "cut at {cut} without QUIT: the server keeps everything"
            );
        }
        if cut >= retr_end && cut < length {
            after_all_retr += 1;
        }
        let on_server = server.messages();
        for message in &mail {
            assert!(
                on_server.contains(message) || stored.by_hash.contains_key(&sha(&message.bytes)),
                "cut at {cut}: {} is neither on the server nor stored",
                message.uidl
            );
        }
        assert!(stored.by_hash.values().all(|&n| n == 1), "cut at {cut}: stored twice");

        let report = clean_fetch(&fetcher, &account, server.port()).await;
        assert!(report.error.is_none(), "after a cut at {cut}: {}", describe(&report));
        let stored = held(dir.path(), account.id);
        assert_eq!(stored.messages, mail.len(), "cut at {cut}");
        for message in &mail {
            assert_eq!(
                stored.by_hash.get(&sha(&message.bytes)),
                Some(&1),
                "cut at {cut}: {}",
                message.uidl
            );
        }
        if cut < retr_end {
            // Nothing was committed, so this fetch retrieved all of them,
            // and its QUIT let the server drop them.
            assert_eq!(report.new, mail.len(), "cut at {cut}");
            assert!(
                server.messages().is_empty(),
                "cut at {cut}: EXPIRE 0 drops them after RETR and QUIT"
            );
        }
    }
    assert!(without_quit >= offsets.len() / 2, "{without_quit} cuts before QUIT");
    assert!(after_all_retr >= 3, "cuts after the last RETR reply: {after_all_retr}");
    eprintln!(
        "Gmail-like cuts: {} cuts in sessions of {length} bytes (RETR replies at {retr_start}..{retr_end}), \
         {without_quit} before QUIT; {:?}",
        offsets.len(),
        started.elapsed()
    );
}

fn run_ok(command: &mut Command) -> String {
    let output = command.stdin(Stdio::null()).output().unwrap();
    assert!(
        output.status.success(),
        "{command:?}: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn wait_for(what: &str, limit: Duration, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + limit;
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting for {what}");
        std::thread::sleep(Duration::from_millis(5));
    }
}

/// Case 14's crash half: `postie fetch` (keep) against a server where
/// RETR and QUIT mean gone is killed after every RETR reply arrived and
/// before the commit (held back by a lock on the database). No QUIT was
/// sent, so the server still has every message; the next fetch stores each
/// exactly once, and only then does the server drop them.
#[test]
fn gmail_like_server_keeps_mail_when_postie_dies_between_retr_and_commit() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .unwrap();
    let mail = crate::engine::messages(1..=6);
    let (retr_start, retr_end, _) = runtime.block_on(retr_window(&mail));
    let server = runtime.block_on(Pop3Server::start(gmail_like(), mail.clone())).unwrap();
    // The first connection pauses inside the first RETR reply, until
    // released; later ones go through untouched.
    let proxy = runtime.block_on(FaultProxy::with_faults(
        server.port(),
        Faults {
            stall_after: Some(retr_start + 10),
            connections: Some(1),
            record: true,
            ..Faults::default()
        },
    ));
    let dir = tempfile::tempdir().unwrap();
    let data_dir = dir.path().join("data");
    let port = proxy.port.to_string();
    run_ok(postie(&data_dir).args([
        "account",
        "add",
        "gmail",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "plain",
        "--user",
        "demo",
        "--password-command",
        "printf demo",
        "--keep",
    ]));
    let mut child = postie(&data_dir)
        .args(["fetch", "gmail"])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_for("the RETR replies to begin", Duration::from_secs(20), || {
        proxy.stalls() == 1
    });
    // Everything before RETR (the login record, the listing) is written;
    // the commit of the RETRs will wait for this lock (busy timeout 30 s).
    let database = rusqlite::Connection::open(data_dir.join("postie.sqlite3")).unwrap();
    database.execute_batch("BEGIN EXCLUSIVE").unwrap();
    proxy.release();
    wait_for("every RETR reply to arrive", Duration::from_secs(10), || {
        proxy.forwarded.load(std::sync::atomic::Ordering::Relaxed) >= retr_end
    });
    std::thread::sleep(Duration::from_millis(300));
    assert!(child.try_wait().unwrap().is_none(), "postie waits to commit");
    let recording = proxy.recordings().into_iter().next().unwrap();
    assert!(
        contains(&recording.from_client, b"RETR 6\r\n"),
        "every message was retrieved"
    );
    assert!(!contains(&recording.from_client, b"QUIT"), "no QUIT before the commit");
    child.kill().unwrap(); // SIGKILL, between RETR and commit
    child.wait().unwrap();
    database.execute_batch("ROLLBACK").unwrap();
    drop(database);

    let store = Store::open(&data_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok");
    assert_eq!(
        store.count_messages(&MessageFilter::default()).unwrap(),
        0,
        "nothing was committed"
    );
    assert_eq!(server.messages(), mail, "no QUIT: the server still has every message");

    // The next fetch (the proxy is clean from now on).
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        // Bounded: the server may need a moment to notice the dead connection.
        let output = postie(&data_dir).args(["fetch", "gmail"]).output().unwrap();
        if output.status.success() {
            let text = String::from_utf8_lossy(&output.stdout);
            assert!(text.contains("gmail: 6 new"), "{text}");
            break;
        }
        assert!(Instant::now() < deadline, "{}", String::from_utf8_lossy(&output.stdout));
        std::thread::sleep(Duration::from_millis(50));
    }
    let stored = held(&data_dir, 1);
    assert_eq!(stored.messages, mail.len());
    for message in &mail {
        assert_eq!(stored.by_hash.get(&sha(&message.bytes)), Some(&1), "{}", message.uidl);
    }
    assert!(server.messages().is_empty(), "gone from the server once stored");
    let again = run_ok(postie(&data_dir).args(["fetch", "gmail"]));
    assert!(again.contains("gmail: 0 new"), "{again}");
    runtime.block_on(async move {
        drop(proxy);
        drop(server);
    });
}

/// Case 45 over POP3: NUL, bare CR, bare LF and 8-bit bytes, fetched from
/// our server (which sends them as they are), are stored byte for byte.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nul_bare_cr_and_eight_bit_bytes_are_stored_exactly() {
    let mut every_byte: Vec<u8> = b"Subject: every byte\r\n\r\n".to_vec();
    every_byte.extend(0u8..=255);
    every_byte.extend_from_slice(b"\r\n");
    let bodies: Vec<Vec<u8>> = vec![
        b"Subject: nul\x00in the subject\r\nFrom: a\x00b@example.org\r\n\r\nbody\x00\x00with NULs\r\n\x00\r\n".to_vec(),
        b"Subject: bare CR\r\n\r\nline with a bare\rCR\r\n\r\rtwo CRs\r\r\n\rCR first\r\n.\rdot CR\r\n".to_vec(),
        b"Subject: bare LF\r\n\r\nbare\nLF\n.dot after a bare LF\r\n..\n.\r\n".to_vec(),
        b"Subject: =?x?Gr\xfc\xdfe\r\nFrom: \xff\xfe <x@example.org>\r\n\r\n\xc3\x28 invalid UTF-8 \xe2\x82 \x80\x81\x9b[31m\r\n".to_vec(),
        every_byte,
    ];
    let mail: Vec<DemoMessage> = bodies
        .into_iter()
        .enumerate()
        .map(|(i, bytes)| DemoMessage {
            uidl: format!("bytes-{i}"),
            bytes,
        })
        .collect();
    let server = Pop3Server::start(ServerOptions::default(), mail.clone()).await.unwrap();
    let dir = tempfile::tempdir().unwrap();
    let account = demo_account(dir.path(), server.port());
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    assert_eq!(report.new, mail.len());
    let store = Store::open(dir.path()).unwrap();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    assert_eq!(stored.len(), mail.len());
    for message in &mail {
        let summary = stored
            .iter()
            .find(|s| s.uidl.as_deref() == Some(message.uidl.as_str()))
            .unwrap_or_else(|| panic!("{} is stored", message.uidl));
        let raw = store.raw_message(summary.id).unwrap().unwrap();
        assert!(
            raw == message.bytes,
            "{} is stored byte for byte: {:?}",
            message.uidl,
            String::from_utf8_lossy(&raw)
        );
        assert_eq!(summary.size, message.bytes.len() as u64);
    }
}

/// Every file and directory under `root`.
fn tree(root: &Path) -> BTreeSet<PathBuf> {
    let mut out = BTreeSet::new();
    let mut pending = vec![root.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                pending.push(path.clone());
            }
            out.insert(path);
        }
    }
    out
}

/// Case 20: UIDLs shaped like paths (`../../x`, `/etc/passwd`, `..\..\x`
/// and more) are fetched, stored under those UIDLs, and exported as a
/// Maildir and an mbox. Nothing is written anywhere but the data
/// directory and the chosen export paths, and no file is named after a
/// UIDL.
#[test]
fn path_like_uidls_are_never_used_as_paths() {
    let hostile = [
        "../../x",
        "/etc/passwd",
        "..\\..\\x",
        "../../../../../../../../tmp/postie-uidl-escape",
        "x/../../../y",
        "C:\\Windows\\x",
        "~/.bashrc",
        "..",
    ];
    let mail: Vec<DemoMessage> = hostile
        .iter()
        .enumerate()
        .map(|(i, uidl)| DemoMessage {
            uidl: (*uidl).to_owned(),
            bytes: format!("Subject: UIDL {uidl}\r\nMessage-ID: <{i}@example.org>\r\n\r\nbody {i}\r\n").into_bytes(),
        })
        .collect();
    let background = crate::cli::Background::start(ServerOptions::default(), mail.clone());
    let root = tempfile::tempdir().unwrap();
    let data_dir = root.path().join("data");
    let export = root.path().join("export");
    let home = root.path().join("home");
    let cwd = root.path().join("work").join("a").join("b");
    for dir in [&export, &home, &cwd] {
        std::fs::create_dir_all(dir).unwrap();
    }
    let passwd = std::fs::read("/etc/passwd").ok();
    let escaped_before = escapes();
    let before = tree(root.path());
    let run = |args: &[&str]| {
        run_ok(
            postie(&data_dir)
                .current_dir(&cwd)
                .env("HOME", &home)
                .env("XDG_DATA_HOME", home.join("data"))
                .env("XDG_CONFIG_HOME", home.join("config"))
                .env("XDG_STATE_HOME", home.join("state"))
                .env("XDG_CACHE_HOME", home.join("cache"))
                .args(args),
        )
    };
    let port = background.server().port().to_string();
    run(&[
        "account",
        "add",
        "paths",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "plain",
        "--user",
        "demo",
        "--password-command",
        "printf demo",
    ]);
    let fetched = run(&["fetch", "paths"]);
    assert!(fetched.contains(&format!("paths: {} new", hostile.len())), "{fetched}");
    let maildir = export.join("Maildir");
    let mbox = export.join("all.mbox");
    run(&["export", "--maildir", maildir.to_str().unwrap()]);
    run(&["export", "--mbox", mbox.to_str().unwrap()]);

    // Stored, under the UIDLs exactly as the server gave them.
    let store = Store::open(&data_dir).unwrap();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    assert_eq!(stored.len(), mail.len());
    for message in &mail {
        let summary = stored
            .iter()
            .find(|s| s.uidl.as_deref() == Some(message.uidl.as_str()))
            .unwrap_or_else(|| panic!("{} is stored under its UIDL", message.uidl));
        assert_eq!(store.raw_message(summary.id).unwrap().unwrap(), message.bytes);
    }
    drop(store);
    let exported = std::fs::read(&mbox).unwrap();
    assert_eq!(
        exported
            .split(|&b| b == b'\n')
            .filter(|l| l.starts_with(b"From "))
            .count(),
        mail.len()
    );

    // Nothing new outside the data directory and the export paths: in the
    // export, only the Maildir's three folders, one file per message in
    // cur/ (named by time and id, never by UIDL), and the mbox.
    let after = tree(root.path());
    // The log files (`$XDG_STATE_HOME/postie/logs`) are the one other place
    // Postie writes to.
    let logs = home.join("state").join("postie").join("logs");
    let expected: BTreeSet<PathBuf> = [
        maildir.clone(),
        maildir.join("tmp"),
        maildir.join("new"),
        maildir.join("cur"),
        mbox.clone(),
    ]
    .into();
    let mut exported = 0;
    for path in after.difference(&before) {
        let name = path.file_name().unwrap().to_string_lossy();
        assert!(
            !name.contains('\\') && !["x", "y", "passwd", "postie-uidl-escape", ".bashrc"].contains(&name.as_ref()),
            "{} is named after a UIDL",
            path.display()
        );
        if path.starts_with(&export) && !expected.contains(path) {
            assert_eq!(path.parent(), Some(maildir.join("cur").as_path()), "{}", path.display());
            assert!(name.ends_with(".postie:2,"), "{}", path.display());
            exported += 1;
        } else {
            assert!(
                path.starts_with(&data_dir)
                    || expected.contains(path)
                    || logs.starts_with(path)
                    || path.starts_with(&logs),
                "{} was written outside the data directory and the export",
                path.display()
            );
        }
    }
    assert_eq!(exported, mail.len());
    assert_eq!(std::fs::read("/etc/passwd").ok(), passwd, "/etc/passwd is untouched");
    assert_eq!(escapes(), escaped_before, "nothing new in /tmp or / named after a UIDL");
}

/// Entries of / and /tmp whose names start like the hostile UIDLs' ends.
fn escapes() -> BTreeSet<PathBuf> {
    let mut found = BTreeSet::new();
    for dir in ["/", "/tmp"] {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.starts_with("postie-uidl-escape") || name == "x" || name.starts_with("x:") || name == "y" {
                found.insert(entry.path());
            }
        }
    }
    found
}

/// One changed byte in the UIDL listing can give a message number twice:
/// `2 uid-0002` arriving as `1 uid-0002`. Message 1 must not then pass for
/// uid-0002, a message stored earlier, and be deleted from the server
/// without ever being stored.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_message_number_listed_twice_deletes_nothing_unstored() {
    let (first, second) = (crate::engine::message(1), crate::engine::message(2));
    let dir = tempfile::tempdir().unwrap();
    // uid-0002 is stored; uid-0001 arrives later, ahead of it in the maildrop.
    let earlier = Pop3Server::start(ServerOptions::default(), vec![second.clone()])
        .await
        .unwrap();
    let mut account = demo_account(dir.path(), earlier.port());
    let fetcher = Fetcher::new(dir.path().to_path_buf());
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert_eq!(report.new, 1, "{}", describe(&report));
    drop(earlier);
    let server = Pop3Server::start(ServerOptions::default(), vec![first.clone(), second.clone()])
        .await
        .unwrap();

    // Where the listing's second line starts, from a dry run's bytes (the
    // same up to the listing).
    let probe = FaultProxy::with_faults(
        server.port(),
        Faults {
            record: true,
            ..Faults::default()
        },
    )
    .await;
    account.settings.port = probe.port;
    let dry = FetchOptions {
        dry_run: true,
        ..FetchOptions::default()
    };
    let report = fetcher.fetch(&account, &dry).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    let bytes = probe.recordings().remove(0).from_server;
    let line = bytes
        .windows(14)
        .position(|w| w == b"\r\n2 uid-0002\r\n")
        .expect("the UIDL listing") as u64;
    drop(probe);

    let proxy = FaultProxy::with_faults(
        server.port(),
        Faults {
            to_client: vec![Corruption {
                offset: line + 2,
                change: Change::Set(b'1'),
            }],
            connections: Some(1),
            ..Faults::default()
        },
    )
    .await;
    account.settings.port = proxy.port;
    account.settings.policy = ServerPolicy::DeleteAfterDownload;
    let (report, _) = bounded_fetch(&fetcher, &account, &FetchOptions::default()).await;
    assert_eq!(proxy.faults_injected(), 1);
    let stored = held(dir.path(), account.id);
    for message in [&first, &second] {
        assert!(
            server.messages().contains(message) || stored.by_hash.contains_key(&sha(&message.bytes)),
            "{} left the server without being stored ({})",
            message.uidl,
            describe(&report)
        );
    }

    // The listing is sound again: both end up stored once, the server empty.
    let report = fetcher.fetch(&account, &FetchOptions::default()).await;
    assert!(report.error.is_none(), "{}", describe(&report));
    let stored = held(dir.path(), account.id);
    for message in [&first, &second] {
        assert_eq!(stored.by_hash.get(&sha(&message.bytes)), Some(&1), "{}", message.uidl);
    }
    assert!(server.messages().is_empty());
}

/// A message's content as a RETR reply carries it: the bytes after the
/// first `+OK … octets` line, unstuffed, up to the terminator.
fn retr_payload(stream: &[u8]) -> Vec<u8> {
    let marker = b" octets\r\n";
    let start = stream
        .windows(marker.len())
        .position(|w| w == marker)
        .expect("a RETR reply")
        + marker.len();
    let mut out = Vec::new();
    for line in stream[start..].split_inclusive(|&b| b == b'\n') {
        if line == b".\r\n" {
            return out;
        }
        out.extend_from_slice(line.strip_prefix(b".").unwrap_or(line));
    }
    panic!("the RETR reply has no terminator");
}

/// Case 45 against Dovecot: a message with NUL, bare CR and 8-bit bytes
/// put in its Maildir is stored exactly as Dovecot's RETR delivers it
/// (read off the wire by the proxy), and that is the file's bytes with
/// LF made CRLF.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn dovecot_delivers_nul_bare_cr_and_eight_bit_bytes_that_are_stored_exactly() {
    let dovecot = Dovecot::start_with(0, Sizes::Varied);
    let mut lf: Vec<u8> =
        b"Subject: hostile \xfc\xdf bytes\nFrom: a\x00b <x@example.org>\n\nNUL \x00\x00 here\nbare\rCR and \r\r two\n"
            .to_vec();
    lf.extend((1u8..=255).filter(|&b| b != b'\n'));
    lf.extend_from_slice(b"\n.leading dot\n\xc3\x28 invalid UTF-8\n");
    let mut messages = BTreeMap::new();
    let mut deliveries = Deliveries::new(&dovecot);
    deliveries.deliver(&dovecot, &lf, &mut messages);
    let (uidl, crlf) = messages.into_iter().next().unwrap();
    let proxy = FaultProxy::with_faults(
        dovecot.plain_port,
        Faults {
            record: true,
            ..Faults::default()
        },
    )
    .await;
    let dir = tempfile::tempdir().unwrap();
    let mut settings = dovecot_settings(&dovecot, Security::Plain, ServerPolicy::Keep);
    settings.port = proxy.port;
    let account = Store::open(dir.path())
        .unwrap()
        .add_account(&settings, "unused")
        .unwrap();
    let report = Fetcher::new(dir.path().to_path_buf())
        .fetch(&account, &FetchOptions::default())
        .await;
    assert!(report.error.is_none(), "{}", describe(&report));
    assert_eq!(report.new, 1);
    let wire = retr_payload(&proxy.recordings().remove(0).from_server);
    let store = Store::open(dir.path()).unwrap();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].uidl.as_deref(), Some(uidl.as_str()));
    let raw = store.raw_message(stored[0].id).unwrap().unwrap();
    assert!(
        raw == wire,
        "stored as Dovecot sent it: {:?}",
        String::from_utf8_lossy(&raw)
    );
    assert!(
        raw == crlf,
        "Dovecot sent the file as it is: {:?}",
        String::from_utf8_lossy(&wire)
    );
}
