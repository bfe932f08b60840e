//! Durability when the disk itself fails: power loss at every fsync (case
//! 11 of part (a) of the reliability report) and a full or failing disk at
//! commit (case 12). `postie fetch` runs as a child process against a real
//! Dovecot, with the LD_PRELOAD shim `tests/support/faultfs.c` between it
//! and its data directory: the shim counts, crashes at, or fails the real
//! fsync/fdatasync and write calls the process makes.

use std::collections::{BTreeMap, HashMap};
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::OnceLock;
use std::time::Instant;

use postie::store::{MessageFilter, ServerState, Store};
use sha2::{Digest, Sha256};

use crate::support::dovecot::{ALICE, Dovecot, Sizes};
use crate::support::postie_cli::{add_dove, postie};
use crate::support::rng::Rng;

/// Messages on the server, and per commit: 8 commits, each its own
/// crash points.
const MESSAGES: usize = 24;
const COMMIT_BATCH: &str = "3";

/// A fetch whose WAL passes SQLite's 1,000-page checkpoint threshold.
const CHECKPOINT_MESSAGES: usize = 90;
const CHECKPOINT_MESSAGE_SIZE: usize = 60_000;

/// The exit status the shim's simulated power loss gives the process.
const POWER_LOSS_STATUS: i32 = 86;

type Hashes = BTreeMap<[u8; 32], usize>;

/// The shim, compiled once per test run with the system's C compiler.
fn shim() -> &'static Path {
    static SHIM: OnceLock<PathBuf> = OnceLock::new();
    SHIM.get_or_init(|| {
        let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/faultfs.c");
        // Built afresh by every test run, and renamed into place: a run
        // elsewhere may be using the previous one.
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"));
        fs::create_dir_all(dir).unwrap();
        let library = dir.join("faultfs.so");
        let building = dir.join(format!("faultfs-{}.so", std::process::id()));
        let compile = |compiler: &str| {
            Command::new(compiler)
                .args(["-shared", "-fPIC", "-O1", "-Wall", "-o"])
                .arg(&building)
                .arg(&source)
                .arg("-ldl")
                .output()
        };
        let output = compile("cc").or_else(|_| compile("gcc")).unwrap_or_else(|e| {
            panic!(
                "the durability tests need a C compiler to build {} ({e}); \
                 install gcc (tests/run.sh does: apt-get install gcc)",
                source.display()
            )
        });
        assert!(
            output.status.success(),
            "cc could not build {}:\n{}",
            source.display(),
            String::from_utf8_lossy(&output.stderr)
        );
        fs::rename(&building, &library).unwrap();
        library
    })
}

/// A Dovecot with ALICE's mail, and a data directory whose account "dove"
/// fetches it with delete-after-download.
struct Setup {
    dovecot: Dovecot,
    _dir: tempfile::TempDir,
    /// Canonical: the shim compares it with /proc/self/fd links.
    data_dir: PathBuf,
    /// Scratch space for the shim's log and snapshots.
    work: PathBuf,
    expected: Hashes,
}

impl Setup {
    fn new() -> Setup {
        Setup::with(MESSAGES, 3_000)
    }

    /// `messages` messages of about `size` bytes.
    fn with(messages: usize, size: usize) -> Setup {
        let dovecot = Dovecot::start_with(messages, Sizes::About(size));
        let dir = tempfile::tempdir().unwrap();
        let root = fs::canonicalize(dir.path()).unwrap();
        let data_dir = root.join("data");
        let work = root.join("work");
        fs::create_dir_all(&work).unwrap();
        let mut expected = Hashes::new();
        for message in dovecot.messages(ALICE) {
            *expected.entry(Sha256::digest(message.crlf()).into()).or_insert(0) += 1;
        }
        let setup = Setup {
            dovecot,
            _dir: dir,
            data_dir,
            work,
            expected,
        };
        add_dove(setup.postie(&[]), &setup.dovecot, &["--delete-after-download"]);
        setup
    }

    fn postie(&self, args: &[&str]) -> Command {
        let mut command = postie(&self.data_dir);
        command
            .env("XDG_STATE_HOME", self.work.join("state"))
            .env("POSTIE_COMMIT_BATCH", COMMIT_BATCH)
            .args(args);
        command
    }

    /// `postie fetch dove` with the shim loaded in `mode`.
    fn faulty_fetch(&self, mode: &str, settings: &[(&str, String)]) -> Output {
        let mut command = self.postie(&["fetch", "dove"]);
        command
            .env("LD_PRELOAD", shim())
            .env("FAULTFS_DIR", &self.data_dir)
            .env("FAULTFS_MODE", mode)
            .env("FAULTFS_LOG", self.work.join("syncs.log"));
        for (name, value) in settings {
            command.env(name, value);
        }
        command.output().unwrap()
    }

    fn fetch(&self) -> Output {
        self.postie(&["fetch", "dove"]).output().unwrap()
    }

    /// The syncs the last faulty fetch made: (bytes written before it, path).
    fn syncs(&self) -> Vec<(u64, String)> {
        let text = fs::read_to_string(self.work.join("syncs.log")).unwrap_or_default();
        text.lines()
            .filter(|line| !line.starts_with("failed "))
            .map(|line| {
                let mut fields = line.splitn(3, ' ');
                let _n = fields.next();
                let written = fields.next().and_then(|w| w.parse().ok()).unwrap_or(0);
                (written, fields.next().unwrap_or("").to_owned())
            })
            .collect()
    }

    /// The file of the first write or sync the shim made fail.
    fn first_failure(&self) -> Option<String> {
        let text = fs::read_to_string(self.work.join("syncs.log")).unwrap_or_default();
        text.lines()
            .find_map(|line| line.strip_prefix("failed "))
            .map(str::to_owned)
    }

    /// The SHA-256 of every message still in ALICE's Maildir.
    fn on_server(&self) -> Hashes {
        let maildir = self.dovecot.dir().join("home").join(ALICE).join("Maildir");
        let mut hashes = Hashes::new();
        for sub in ["new", "cur"] {
            for entry in fs::read_dir(maildir.join(sub)).unwrap() {
                let lf = fs::read(entry.unwrap().path()).unwrap();
                let mut crlf = Vec::with_capacity(lf.len() + lf.len() / 40);
                for &byte in &lf {
                    if byte == b'\n' {
                        crlf.push(b'\r');
                    }
                    crlf.push(byte);
                }
                *hashes.entry(Sha256::digest(&crlf).into()).or_insert(0) += 1;
            }
        }
        hashes
    }

    /// Sessions Dovecot ended with a QUIT ("Logged out") so far.
    fn quits(&self) -> usize {
        self.dovecot.log().matches("Logged out").count()
    }

    /// The store opens, passes `PRAGMA integrity_check`, and holds only the
    /// server's messages, byte for byte, none twice. Returns them.
    fn stored(&self) -> Hashes {
        stored_in(&self.data_dir, &self.expected)
    }

    /// Messages marked `delete_pending`: DELE sent (or about to be), no
    /// QUIT confirmed.
    fn delete_pending(&self) -> usize {
        let store = Store::open(&self.data_dir).unwrap();
        let account = store.accounts().unwrap().remove(0);
        let known = store.server_messages(account.id).unwrap();
        known.values().filter(|m| m.state == ServerState::DeletePending).count()
    }

    /// A fetch without faults finishes the job: the server ends empty and
    /// the store holds every message exactly once.
    fn assert_recovers(&self, context: &str) {
        let output = self.fetch();
        assert!(
            output.status.success(),
            "{context}: the next fetch failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        assert_eq!(
            self.dovecot.messages_on_disk(ALICE),
            0,
            "{context}: the server is empty"
        );
        assert_eq!(self.stored(), self.expected, "{context}: every message stored once");
    }
}

/// The store in `data_dir` opens, passes `PRAGMA integrity_check`, and
/// holds only `expected` messages, byte for byte, none twice. Returns them.
fn stored_in(data_dir: &Path, expected: &Hashes) -> Hashes {
    let store = Store::open(data_dir).unwrap();
    assert_eq!(store.integrity_check().unwrap(), "ok", "PRAGMA integrity_check");
    let mut stored = Hashes::new();
    for message in store.list_messages(&MessageFilter::default()).unwrap() {
        let raw = store.raw_message(message.id).unwrap().expect("raw bytes");
        let sha: [u8; 32] = Sha256::digest(&raw).into();
        assert_eq!(sha, message.sha256, "stored hash matches stored bytes");
        *stored.entry(sha).or_insert(0) += 1;
    }
    assert!(stored.values().all(|&n| n == 1), "a message is stored twice");
    assert!(
        stored.keys().all(|k| expected.contains_key(k)),
        "a stored message is not one of the server's"
    );
    stored
}

/// Every message the server no longer has is in `stored`.
fn assert_deleted_are_stored(setup: &Setup, stored: &Hashes, context: &str) -> bool {
    let on_server = setup.on_server();
    let mut server_had_deleted = false;
    for (hash, count) in &setup.expected {
        if on_server.get(hash).copied().unwrap_or(0) < *count {
            server_had_deleted = true;
            assert!(
                stored.contains_key(hash),
                "{context}: the server deleted a message that is not in the store ({} stored, {} left on the \
                 server)",
                stored.len(),
                setup.dovecot.messages_on_disk(ALICE)
            );
        }
    }
    server_had_deleted
}

/// What survives a power loss: the directories' entries and the files'
/// contents as of their last sync.
#[derive(Clone, Default)]
struct DiskImage {
    /// Directory path to its entries: (inode, is a directory, name).
    dirs: BTreeMap<PathBuf, Vec<(u64, bool, String)>>,
    /// File contents by inode.
    files: HashMap<u64, Vec<u8>>,
}

impl DiskImage {
    /// Everything under `root` as it is now (the state before the run,
    /// taken to be on disk).
    fn capture(root: &Path) -> DiskImage {
        use std::os::unix::fs::MetadataExt as _;
        let mut image = DiskImage::default();
        let mut pending = vec![root.to_path_buf()];
        while let Some(dir) = pending.pop() {
            let mut entries = Vec::new();
            for entry in fs::read_dir(&dir).unwrap() {
                let entry = entry.unwrap();
                let metadata = entry.metadata().unwrap();
                let name = entry.file_name().into_string().unwrap();
                entries.push((metadata.ino(), metadata.is_dir(), name));
                if metadata.is_dir() {
                    pending.push(entry.path());
                } else if metadata.is_file() {
                    image.files.insert(metadata.ino(), fs::read(entry.path()).unwrap());
                }
            }
            image.dirs.insert(dir, entries);
        }
        image
    }

    /// Applies the shim's record of what each sync made durable.
    fn apply_snapshots(&mut self, snapshots: &Path) {
        let mut names: Vec<String> = fs::read_dir(snapshots)
            .unwrap()
            .map(|e| e.unwrap().file_name().into_string().unwrap())
            .collect();
        names.sort();
        for name in names {
            let path = snapshots.join(&name);
            if let Some(ino) = name.strip_prefix("ino-").and_then(|i| i.parse().ok()) {
                self.files.insert(ino, fs::read(&path).unwrap());
            } else if name.starts_with("dir-") {
                let text = fs::read_to_string(&path).unwrap();
                let mut lines = text.lines();
                let dir = PathBuf::from(lines.next().unwrap());
                let entries = lines
                    .map(|line| {
                        let mut fields = line.splitn(3, ' ');
                        let ino = fields.next().unwrap().parse().unwrap();
                        let is_dir = fields.next() == Some("d");
                        (ino, is_dir, fields.next().unwrap().to_owned())
                    })
                    .collect();
                self.dirs.insert(dir, entries);
            }
        }
    }

    /// The file whose sync the power loss interrupted: its new bytes reach
    /// the disk in file order up to a random point, and the rest of the
    /// file keeps what it had at its last sync.
    fn tear(&mut self, snapshots: &Path, rng: &mut Rng) {
        for entry in fs::read_dir(snapshots).unwrap() {
            let name = entry.unwrap().file_name().into_string().unwrap();
            let Some(ino) = name.strip_prefix("torn-").and_then(|i| i.parse::<u64>().ok()) else {
                continue;
            };
            let new = fs::read(snapshots.join(&name)).unwrap();
            let old = self.files.remove(&ino).unwrap_or_default();
            let same = new.iter().zip(&old).take_while(|(a, b)| a == b).count();
            let cut = same + rng.below((new.len() - same) as u64 + 1) as usize;
            let mut torn = new[..cut].to_vec();
            if old.len() > cut {
                torn.extend_from_slice(&old[cut..]);
            }
            self.files.insert(ino, torn);
        }
    }

    /// The same image with the directory `from` (and everything in it)
    /// moved to `to`.
    fn relocate(&self, from: &Path, to: &Path) -> DiskImage {
        let dirs = self
            .dirs
            .iter()
            .map(|(dir, entries)| match dir.strip_prefix(from) {
                Ok(rest) if rest.as_os_str().is_empty() => (to.to_path_buf(), entries.clone()),
                Ok(rest) => (to.join(rest), entries.clone()),
                Err(_) => (dir.clone(), entries.clone()),
            })
            .collect();
        DiskImage {
            dirs,
            files: self.files.clone(),
        }
    }

    /// Replaces `root` with the image. A file whose name survived but whose
    /// content was never synced comes back empty.
    fn restore(&self, root: &Path) {
        if root.exists() {
            fs::remove_dir_all(root).unwrap();
        }
        self.restore_dir(root);
    }

    fn restore_dir(&self, dir: &Path) {
        fs::create_dir_all(dir).unwrap();
        for (ino, is_dir, name) in self.dirs.get(dir).into_iter().flatten() {
            let path = dir.join(name);
            if *is_dir {
                self.restore_dir(&path);
            } else {
                fs::write(&path, self.files.get(ino).map_or(&[][..], Vec::as_slice)).unwrap();
            }
        }
    }
}

/// Case 11: power loss at every fsync/fdatasync of a first fetch with
/// delete-after-download (SQLite's WAL, database and directory syncs, in
/// every commit and the closing checkpoint, before and after DELE and
/// QUIT). After each, with the interrupted sync's writes torn at a random
/// point and with them lost: `PRAGMA integrity_check` is ok, every message
/// the server deleted is in the store, and nothing is stored twice; from
/// the second, the next fetch completes the mailbox exactly once, byte for
/// byte. The store's `PRAGMA synchronous` is FULL, and every commit syncs
/// the WAL.
#[test]
fn power_loss_at_every_sync_keeps_every_deleted_message() {
    let started = Instant::now();
    // The synchronous mode is what makes a commit survive power loss in
    // WAL mode: FULL (or EXTRA), never NORMAL or OFF. It is per
    // connection: ask the store's own. (Status writes switch to NORMAL for
    // their one statement; the WAL-sync count below covers the commits.)
    let dir = tempfile::tempdir().unwrap();
    let synchronous = Store::open(dir.path()).unwrap().synchronous().unwrap();
    assert!(
        synchronous >= 2,
        "PRAGMA synchronous is {synchronous}, not FULL (2) or EXTRA (3)"
    );

    // A counting run: how many syncs does a whole fetch make?
    let setup = Setup::new();
    let output = setup.faulty_fetch("count", &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    let syncs = setup.syncs();
    assert_eq!(setup.dovecot.messages_on_disk(ALICE), 0);
    assert_eq!(setup.stored(), setup.expected);
    let total = syncs.len();
    let wal_syncs = syncs.iter().filter(|(_, p)| p.ends_with("-wal")).count();
    eprintln!("a fetch of {MESSAGES} messages makes {total} syncs ({wal_syncs} of the WAL):");
    for (i, (written, path)) in syncs.iter().enumerate() {
        eprintln!("  {:3} after {written:7} bytes: {path}", i + 1);
    }
    // One WAL sync per commit at least: eight batches of three messages,
    // plus the bookkeeping commits.
    assert!(
        wal_syncs >= MESSAGES / 3,
        "commits are not synced (synchronous=FULL?): {wal_syncs} WAL syncs"
    );

    let mut rng = Rng::from_time();
    let mut crashed = 0;
    let mut deleted_before_recovery = 0;
    for n in 1..=total {
        let loss = power_loss(Setup::new, n, total, &mut rng);
        crashed += usize::from(loss.crashed);
        deleted_before_recovery += usize::from(loss.server_had_deleted);
    }
    eprintln!(
        "case 11: {crashed} power losses at {total} sync points ({deleted_before_recovery} after the server had \
         deleted mail), each recovered exactly once, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert!(crashed * 10 >= total * 9, "most crash points must be reached");
    assert!(
        deleted_before_recovery > 0,
        "some power losses must come after QUIT, when the server has deleted mail"
    );
}

/// Case 11, continued: a fetch long enough for SQLite to checkpoint in the
/// middle (its WAL passes 1,000 pages), with power lost at each sync of
/// each checkpoint and at the syncs just before and after it: the last
/// commit before it, the copy into the database file, and the first
/// commits of the restarted WAL.
#[test]
fn power_loss_around_checkpoints_keeps_every_deleted_message() {
    const LONG_FETCH: usize = CHECKPOINT_MESSAGES;
    let started = Instant::now();
    let setup = Setup::with(LONG_FETCH, CHECKPOINT_MESSAGE_SIZE);
    let output = setup.faulty_fetch("count", &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    let syncs = setup.syncs();
    assert_eq!(setup.stored(), setup.expected);
    drop(setup);
    let total = syncs.len();
    // Checkpoints sync the database file; the last one is the close.
    let checkpoints: Vec<usize> = (0..total - 1)
        .filter(|&i| syncs[i].1.ends_with("postie.sqlite3"))
        .map(|i| i + 1)
        .collect();
    eprintln!("a fetch of {LONG_FETCH} messages makes {total} syncs, with checkpoints at syncs {checkpoints:?}");
    assert!(!checkpoints.is_empty(), "no checkpoint before the close: {syncs:?}");
    let mut points: Vec<usize> = checkpoints
        .iter()
        .flat_map(|&c| c.saturating_sub(1)..=c + 2)
        .filter(|&n| n >= 1 && n <= total)
        .collect();
    points.dedup();
    let mut rng = Rng::from_time();
    let mut crashed = 0;
    for &n in &points {
        let (written, path) = &syncs[n - 1];
        eprintln!("  power loss at sync {n}, after {written} bytes: {path}");
        let loss = power_loss(|| Setup::with(LONG_FETCH, CHECKPOINT_MESSAGE_SIZE), n, total, &mut rng);
        crashed += usize::from(loss.crashed);
    }
    eprintln!(
        "case 11: {crashed} power losses around checkpoints (syncs {points:?} of {total}), each recovered exactly \
         once, in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    assert_eq!(crashed, points.len(), "every crash point must be reached");
}

/// What one power loss came to.
struct PowerLoss {
    /// The fetch reached the sync and died there.
    crashed: bool,
    /// The server had deleted mail by then (the crash came after QUIT).
    server_had_deleted: bool,
}

/// One fetch on a fresh setup, with the power lost at its `n`-th sync (of
/// `total` in a counting run). The data directory is then rebuilt from
/// what was synced, and checked twice: once with part of the interrupted
/// sync's writes on disk (`PRAGMA integrity_check` and the deleted mail
/// only), then with none, where `PRAGMA integrity_check` is ok, nothing is
/// stored twice, every message the server deleted is in the store, and the
/// next fetch completes the mailbox exactly once, byte for byte.
fn power_loss(setup: impl FnOnce() -> Setup, n: usize, total: usize, rng: &mut Rng) -> PowerLoss {
    let setup = setup();
    let start = DiskImage::capture(&setup.data_dir);
    let snapshots = setup.work.join("snapshots");
    fs::create_dir_all(&snapshots).unwrap();
    let output = setup.faulty_fetch(
        "crash",
        &[
            ("FAULTFS_N", n.to_string()),
            ("FAULTFS_SNAP", snapshots.display().to_string()),
        ],
    );
    let context = format!("power loss at sync {n} of {total}");
    let crashed = output.status.code() == Some(POWER_LOSS_STATUS);
    if !crashed {
        // The fetch made fewer syncs this time; nothing to crash.
        assert!(
            output.status.success(),
            "{context}: {}",
            String::from_utf8_lossy(&output.stdout)
        );
        eprintln!("{context}: the fetch finished before it (status {})", output.status);
    }
    let mut image = start;
    image.apply_snapshots(&snapshots);
    // First the harsher outcome, on a copy: part of the interrupted sync's
    // writes reached the disk.
    let mut torn = image.clone();
    torn.tear(&snapshots, rng);
    let torn_dir = setup.work.join("torn");
    torn.relocate(&setup.data_dir, &torn_dir).restore(&torn_dir);
    let stored = stored_in(&torn_dir, &setup.expected);
    assert_deleted_are_stored(&setup, &stored, &format!("{context} (torn)"));
    // Then only what was synced, and the next fetch from there.
    image.restore(&setup.data_dir);
    let stored = setup.stored();
    let server_had_deleted = assert_deleted_are_stored(&setup, &stored, &context);
    setup.assert_recovers(&context);
    PowerLoss {
        crashed,
        server_had_deleted,
    }
}

/// How a disk fault shows: the shim's mode and settings, and what the user
/// must read.
struct DiskFault {
    what: String,
    /// Messages on the server, and their size.
    mailbox: (usize, usize),
    mode: &'static str,
    settings: Vec<(&'static str, String)>,
    sentence: &'static str,
}

/// Case 12: the disk fills up (ENOSPC) or fails (EIO) in a fetch's commit,
/// at several points of a delete-after-download fetch: in the WAL writes of
/// the first, a middle and the last batch, in the fsync that commits a
/// batch, and in the temporary file a large message waits in. Each time
/// the fetch stops with exit status 1 and one sentence saying what happened
/// to the disk and that the mail stays on the server; Dovecot saw no QUIT
/// and deleted nothing (DELEs of batches committed before the fault are
/// sent, but without QUIT they do nothing); the store is sound and holds
/// nothing twice; and the next fetch without the fault gets every message
/// exactly once.
#[test]
fn full_or_failing_disk_at_commit_deletes_nothing_and_says_so() {
    let started = Instant::now();
    // Where a whole fetch writes what, to aim the faults.
    let setup = Setup::new();
    let output = setup.faulty_fetch("count", &[]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stdout));
    // Every sync (1-based, as the shim counts them) and the bytes written
    // before it; then those of the WAL.
    let syncs: Vec<(usize, u64, String)> = setup
        .syncs()
        .into_iter()
        .enumerate()
        .map(|(i, (written, path))| (i + 1, written, path))
        .collect();
    let wal: Vec<&(usize, u64, String)> = syncs.iter().filter(|(_, _, path)| path.ends_with("-wal")).collect();
    assert!(wal.len() >= MESSAGES / 3, "{syncs:?}");
    assert!(
        setup.quits() > 0,
        "Dovecot logs a QUIT as \"Logged out\":\n{}",
        setup.dovecot.log()
    );
    drop(setup);
    // The WAL syncs that commit a batch of messages: each follows a large
    // write (the messages) rather than a single page.
    let batch_commits: Vec<&(usize, u64, String)> = (1..wal.len())
        .filter(|&i| wal[i].1 - wal[i - 1].1 > 3 * 8_192)
        .map(|i| wal[i])
        .collect();
    assert!(batch_commits.len() >= 3, "{syncs:?}");
    let first = batch_commits[0];
    let middle = batch_commits[batch_commits.len() / 2];
    let last = batch_commits[batch_commits.len() - 1];
    // A little before the sync: inside the batch's WAL writes.
    let inside = |sync: &(usize, u64, String)| (sync.1 - 4_000).to_string();
    const FULL: &str = "disk is full";
    const FAILED: &str = "disk failed";
    let faults = [
        (
            "ENOSPC in the first batch's commit",
            "enospc",
            "FAULTFS_BUDGET",
            inside(first),
            FULL,
        ),
        (
            "ENOSPC in a middle batch's commit",
            "enospc",
            "FAULTFS_BUDGET",
            inside(middle),
            FULL,
        ),
        (
            "ENOSPC in the last batch's commit",
            "enospc",
            "FAULTFS_BUDGET",
            inside(last),
            FULL,
        ),
        (
            "EIO writing a middle batch",
            "eio",
            "FAULTFS_BUDGET",
            inside(middle),
            FAILED,
        ),
        (
            "EIO from the fsync of a middle batch's commit",
            "eio",
            "FAULTFS_N",
            middle.0.to_string(),
            FAILED,
        ),
    ]
    .map(|(what, mode, name, value, sentence)| DiskFault {
        what: what.to_owned(),
        mailbox: (MESSAGES, 3_000),
        mode,
        settings: vec![(name, value)],
        sentence,
    })
    .into_iter()
    .chain([DiskFault {
        // A body over the staging threshold waits for its commit in a
        // temporary file in the data directory: the disk fills up there.
        what: "ENOSPC staging the first large message".to_owned(),
        mailbox: (3, 1_300_000),
        mode: "enospc",
        settings: vec![("FAULTFS_BUDGET", "200000".to_owned())],
        sentence: FULL,
    }])
    .collect::<Vec<_>>();
    for fault in &faults {
        let setup = Setup::with(fault.mailbox.0, fault.mailbox.1);
        let quits = setup.quits();
        let output = setup.faulty_fetch(fault.mode, &fault.settings);
        let stdout = String::from_utf8_lossy(&output.stdout);
        let stderr = String::from_utf8_lossy(&output.stderr);
        let context = format!("{}: {stdout}{stderr}", fault.what);
        assert_eq!(output.status.code(), Some(1), "{context}");
        eprintln!("{}: {}", fault.what, stdout.trim());
        // One line for the account, one sentence after "dove: error: ".
        let lines: Vec<&str> = stdout.lines().collect();
        assert_eq!(lines.len(), 1, "{context}");
        let sentence = lines[0].strip_prefix("dove: error: ").expect(&context);
        assert!(sentence.contains(fault.sentence), "{context}");
        assert!(
            sentence.contains("left") && sentence.contains("on the server"),
            "{context}"
        );
        assert_eq!(sentence.matches(". ").count(), 0, "one sentence: {context}");
        assert!(!stderr.contains("panicked"), "{context}");
        // The fault hit where it was aimed: the WAL, or a staged body (an
        // unnamed temporary file in the data directory's tmp/).
        let failed = setup.first_failure().expect(&context);
        let aimed = if fault.what.contains("staging") {
            "/tmp/"
        } else {
            "-wal"
        };
        assert!(failed.contains(aimed), "the first failure was in {failed}: {context}");
        assert_eq!(setup.quits(), quits, "no QUIT after a failed commit: {context}");
        assert_eq!(
            setup.on_server(),
            setup.expected,
            "nothing deleted on the server: {context}"
        );
        let stored = setup.stored().len();
        let pending = setup.delete_pending();
        eprintln!("  {stored} messages stored before the fault, {pending} DELE sent without QUIT");
        assert_eq!(stored > 0, pending > 0, "each committed batch is deleted: {context}");
        if fault.what.contains("first") {
            assert_eq!(stored, 0, "{context}");
        } else {
            // The fault comes after DELEs were sent for earlier batches:
            // only the missing QUIT keeps the server from deleting them.
            assert!(stored >= 6 && pending >= 6, "{context}");
        }
        setup.assert_recovers(&fault.what);
    }
    eprintln!(
        "case 12: {} disk faults, each aborted without QUIT and recovered, in {:.1} s",
        faults.len(),
        started.elapsed().as_secs_f64()
    );
}
