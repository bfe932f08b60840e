//! The whole `postie fetch` against mpop: the same mailbox, the same local
//! Dovecot, implicit TLS on 127.0.0.1, both clients keeping the mail on the
//! server and writing it to the same disk.
//!
//! Run with `cargo bench --bench fetch_vs_mpop`. Dovecot (dovecot-core,
//! dovecot-pop3d) and mpop are required; the bench fails, naming the
//! package, when either is missing. Environment:
//! - `POSTIE_BENCH_SCENARIO=a|b|all` (default all);
//! - `POSTIE_BENCH_MESSAGES_A`, `POSTIE_BENCH_MESSAGES_B`: message counts
//!   for quick trials (defaults 2,000 and 50,000);
//! - `POSTIE_MPOP`, `POSTIE_DOVECOT`: other binaries than /usr/bin/mpop and
//!   /usr/sbin/dovecot. `POSTIE_COMMIT_BATCH` is removed from the clients'
//!   environment: the defaults are what is measured.
//!
//! Scenarios:
//! - A: 2,000 messages of about 20 KiB. Postie fetches into a new store
//!   (every run parses, indexes and commits everything); mpop delivers
//!   into an empty Maildir with a new UIDL file (so it downloads
//!   everything). Median of 3 runs each. Target: postie/mpop <= 0.8.
//! - B: 50,000 messages of about 10 KiB. (a) the same full fetch, median of
//!   3, target <= 1.0; (b) a second fetch with nothing new (Postie with the
//!   store of the last (a) run, mpop with its UIDL file), median of 3,
//!   target <= 1.0; (c) peak RSS of `postie fetch` during (a), target
//!   <= 64 MiB, with mpop's for reference.
//!
//! What each timed run is: one client process, from its start to its exit,
//! as a user runs it.
//! - `postie --data-dir DIR fetch bench --json` (the release binary cargo
//!   builds for benches): open the store, run the password command, connect,
//!   TLS, log in, UIDL and LIST, pipelined RETR in commit batches (256
//!   messages or 8 MiB), and for each batch SHA-256, parsing, the search
//!   index and one SQLite transaction (WAL, `synchronous=FULL`: each
//!   commit is fsynced; a batch commits while the next one downloads).
//!   After a short listing (up to 1,000 messages) of nothing but new mail,
//!   Postie opens a second session to look for more (for servers that hand
//!   out mail a few hundred messages at a time); when that happens it is
//!   part of the fetch and timed too. QUIT, then the check is recorded.
//!   A fetch that finds the very listing its last session handled
//!   completely (same UIDLs and sizes, same policy, nothing due) does not
//!   compare it UIDL by UIDL with the store: that is B(b)'s case, as it is
//!   for mpop's `only_new`, which compares against its UIDL file.
//! - `mpop --quiet -C mpoprc bench`: the same session, `pipelining auto`
//!   (Dovecot announces PIPELINING, so mpop pipelines), `delivery maildir`
//!   on the same file system as Postie's store.
//!
//! Why this is fair:
//! - Both write to disk and make each message durable. mpop's manual says
//!   nothing about fsync; strace of mpop 1.4.18 shows, for every message:
//!   create tmp/NAME, write, fsync, link to new/NAME, unlink tmp/NAME (no
//!   fsync of the directory), and at the end the UIDL file written to a
//!   temporary file, fsynced and renamed. So mpop does one fsync per message
//!   and Postie one per commit batch (plus WAL checkpoints): that is
//!   each design's own cost, and both are measured as they ship. The bench
//!   refuses to run when its directory (under TMPDIR) is on tmpfs or ramfs.
//! - `sync()` runs before every timed run, outside the timing, so that no
//!   run pays for writing back an earlier run's (or the harness's) data.
//!   The page cache is not dropped: Dovecot's Maildir is equally hot for
//!   both.
//! - Both keep the mail on the server (`--keep`; `keep on`) and both log in
//!   with SCRAM-SHA-256 (Postie's `auto` picks it; mpop is told `auth
//!   scram-sha-256`). Both get the password by running `cat FILE` through
//!   the shell (`--password-command`; `passwordeval`). Postie pins the
//!   certificate's SHA-256; mpop trusts the same certificate as its trust
//!   file: both do a full TLS handshake.
//! - mpop runs with `received_header off`, so both store the messages as
//!   the server sent them (mpop converts CRLF to LF, writing about 2% fewer
//!   bytes; Postie keeps CRLF). `only_new on` is mpop's default.
//! - What is not timed, for either: `postie account add` (it creates the
//!   store file and its schema, as writing mpoprc is mpop's set-up),
//!   emptying the Maildir, deleting the UIDL file or the old store.
//! - Dovecot builds its index and cache on first access: one untimed
//!   session of the POP3 engine retrieves everything first. Then the runs
//!   alternate (postie, mpop, postie, ...) so that neither always meets a
//!   colder or hotter system.
//! - Postie runs a two-thread runtime plus a blocking thread for SQLite;
//!   mpop is single-threaded. Wall time is what the user waits for and is
//!   what the ratios compare; each run's CPU time (user + system) is
//!   printed too.
//!
//! Every run is checked to have done the work: Postie's `--json` line
//! (`new`, `already_had`, no `error`) and the message count in its store;
//! the files mpop delivered; and in Dovecot's log, for every session of
//! the run, the login method (SCRAM-SHA-256), `retr=` (every message, or
//! none for the second fetch) and `del=0`.
//!
//! Peak RSS is wait4's `ru_maxrss` for the client process. The bench
//! process holds the whole generated mailbox in memory, and Linux counts
//! the peak RSS of the address space a child was (v)forked from in the
//! child's `ru_maxrss`, so each client is started by a small launcher
//! (this binary again) that forks it and waits for it; the launcher's own
//! share, measured with /bin/true, is printed as the floor of every figure.

#[allow(dead_code)]
#[path = "../tests/support/certs.rs"]
mod certs;
#[path = "../tests/support/dovecot.rs"]
mod dovecot;

use std::fs;
use std::os::unix::fs::PermissionsExt as _;
use std::os::unix::process::CommandExt as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use postie::pop3::{AuthMethod, BodyRequest, Connection, NullSink, QuitOutcome, Security};
use postie::store::{MessageFilter, Store};

use dovecot::{ALICE, ALICE_PASSWORD, Dovecot, Sizes};

const A_MESSAGES: usize = 2_000;
const A_SIZE: usize = 20 * 1024;
const B_MESSAGES: usize = 50_000;
const B_SIZE: usize = 10 * 1024;
/// Timed runs of each client, alternating; the median is reported.
const RUNS: usize = 3;
const B_FULL_RUNS: usize = 3;

const TARGET_A: f64 = 0.8;
const TARGET_B_FULL: f64 = 1.0;
const TARGET_B_NOTHING_NEW: f64 = 1.0;
const TARGET_RSS_MIB: f64 = 64.0;

/// The account name on both sides.
const ACCOUNT: &str = "bench";

fn main() {
    if let Some(report) = std::env::var_os(LAUNCHER_ENV) {
        launch(&report);
        return;
    }
    // `cargo bench` passes `--bench`; with harness = false there is nothing
    // to select, so arguments are ignored.
    let scenario = std::env::var("POSTIE_BENCH_SCENARIO").unwrap_or_else(|_| "all".to_owned());
    let (run_a, run_b) = match scenario.as_str() {
        "a" | "A" => (true, false),
        "b" | "B" => (false, true),
        "all" | "" => (true, true),
        other => panic!("POSTIE_BENCH_SCENARIO must be a, b or all, not {other:?}"),
    };
    let count_a = count_from_env("POSTIE_BENCH_MESSAGES_A", A_MESSAGES);
    let count_b = count_from_env("POSTIE_BENCH_MESSAGES_B", B_MESSAGES);

    let tools = Tools::find();
    let root = tempfile::Builder::new()
        .prefix("postie-fetch-bench-")
        .tempdir()
        .expect("temporary directory for the bench");
    let filesystem = disk_filesystem(root.path());

    println!("fetch_vs_mpop: the release `postie fetch` and mpop, same Dovecot, implicit TLS on 127.0.0.1");
    println!("postie: {}", tools.postie.display());
    println!("{}; {}", tools.mpop_version(), dovecot_version());
    println!(
        "both write under {} ({filesystem}); {} CPU cores",
        root.path().display(),
        std::thread::available_parallelism().map_or(0, |n| n.get())
    );
    println!(
        "peak RSS: wait4 ru_maxrss of each client, started by a small launcher whose own share is {:.1} MiB",
        launcher_floor(root.path())
    );

    let mut summary = Vec::new();
    if run_a {
        let started = Instant::now();
        summary.push(scenario_a(&tools, root.path(), count_a));
        println!("scenario A took {:.0} s in all", started.elapsed().as_secs_f64());
    }
    if run_b {
        let started = Instant::now();
        summary.extend(scenario_b(&tools, root.path(), count_b));
        println!("scenario B took {:.0} s in all", started.elapsed().as_secs_f64());
    }
    println!();
    println!("summary:");
    for line in summary {
        println!("  {line}");
    }
}

/// Scenario A: a full fetch into a new store, against mpop delivering
/// everything into an empty Maildir with a new UIDL file.
fn scenario_a(tools: &Tools, root: &Path, count: usize) -> String {
    println!();
    let mut bed = Bed::new("a", tools, root, count, A_SIZE);
    bed.describe("A", A_SIZE);
    bed.warm_up();

    let mut postie = Vec::with_capacity(RUNS);
    let mut mpop = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        let store = bed.fresh_store();
        postie.push(bed.postie_fetch(&store, Expect::Everything));
        bed.remove_store(&store);
        bed.reset_mpop();
        mpop.push(bed.mpop_fetch(Expect::Everything));
    }
    println!("A: full fetch, {RUNS} runs each");
    let ratio = compare(&postie, &mpop, Some(bed.total_bytes));
    verdict("A  full fetch, time postie/mpop", ratio, TARGET_A)
}

/// Scenario B: a large mailbox. (a) full fetch, (b) a second fetch with
/// nothing new, (c) peak memory of the full fetch.
fn scenario_b(tools: &Tools, root: &Path, count: usize) -> Vec<String> {
    println!();
    let mut bed = Bed::new("b", tools, root, count, B_SIZE);
    bed.describe("B", B_SIZE);
    bed.warm_up();

    let mut postie = Vec::with_capacity(B_FULL_RUNS);
    let mut mpop = Vec::with_capacity(B_FULL_RUNS);
    let mut store: Option<PathBuf> = None;
    for _ in 0..B_FULL_RUNS {
        if let Some(old) = store.take() {
            bed.remove_store(&old);
        }
        let fresh = bed.fresh_store();
        postie.push(bed.postie_fetch(&fresh, Expect::Everything));
        store = Some(fresh);
        bed.reset_mpop();
        mpop.push(bed.mpop_fetch(Expect::Everything));
    }
    let store = store.expect("at least one full run");
    println!("B(a): full fetch, {B_FULL_RUNS} runs each");
    let full = compare(&postie, &mpop, Some(bed.total_bytes));

    // The store and the UIDL file of the last full runs: nothing is new.
    let mut postie_again = Vec::with_capacity(RUNS);
    let mut mpop_again = Vec::with_capacity(RUNS);
    for _ in 0..RUNS {
        postie_again.push(bed.postie_fetch(&store, Expect::Nothing));
        mpop_again.push(bed.mpop_fetch(Expect::Nothing));
    }
    println!("B(b): second fetch, nothing new, {RUNS} runs each");
    let again = compare(&postie_again, &mpop_again, None);

    let postie_peak = postie.iter().map(|r| r.max_rss_kib).max().unwrap_or(0) as f64 / 1024.0;
    let mpop_peak = mpop.iter().map(|r| r.max_rss_kib).max().unwrap_or(0) as f64 / 1024.0;
    println!(
        "B(c): peak RSS of the full fetch (wait4 ru_maxrss, highest of the runs): postie {postie_peak:.1} MiB, \
         mpop {mpop_peak:.1} MiB (reference)"
    );
    vec![
        verdict(
            &format!("B(a) full fetch ({B_FULL_RUNS} runs), time postie/mpop"),
            full,
            TARGET_B_FULL,
        ),
        verdict("B(b) nothing new, time postie/mpop", again, TARGET_B_NOTHING_NEW),
        format!(
            "B(c) peak RSS of postie fetch: {postie_peak:.1} MiB (target <= {TARGET_RSS_MIB:.0} MiB: {}); \
             mpop {mpop_peak:.1} MiB",
            if postie_peak <= TARGET_RSS_MIB {
                "met"
            } else {
                "NOT met"
            }
        ),
    ]
}

/// What a run must have done.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    /// Retrieve and store every message.
    Everything,
    /// Retrieve nothing: everything is already here.
    Nothing,
}

/// One timed child process, as wait4 reports it.
#[derive(Debug, Clone, Copy)]
struct Run {
    wall: Duration,
    user: Duration,
    system: Duration,
    max_rss_kib: u64,
    /// POP3 sessions the run opened.
    sessions: usize,
}

struct Tools {
    postie: PathBuf,
    mpop: PathBuf,
}

impl Tools {
    fn find() -> Tools {
        // Cargo builds the binary with the bench profile (release) and
        // names it here for benches as for integration tests.
        let postie = PathBuf::from(env!("CARGO_BIN_EXE_postie"));
        assert!(postie.is_file(), "the postie binary is missing: {}", postie.display());
        let mpop = std::env::var_os("POSTIE_MPOP").map_or_else(|| PathBuf::from("/usr/bin/mpop"), PathBuf::from);
        if !mpop.is_file() {
            panic!(
                "mpop is not installed ({} not found): install the Debian package mpop (apt-get install mpop)",
                mpop.display()
            );
        }
        // Dovecot::start_with checks this too, but only after generating
        // the mailbox; fail before that.
        let dovecot =
            std::env::var_os("POSTIE_DOVECOT").map_or_else(|| PathBuf::from("/usr/sbin/dovecot"), PathBuf::from);
        if !dovecot.is_file()
            || (dovecot == Path::new("/usr/sbin/dovecot") && !Path::new("/usr/lib/dovecot/pop3").is_file())
        {
            panic!(
                "Dovecot is not installed ({} or its POP3 server not found): install the Debian packages \
                 dovecot-core and dovecot-pop3d (apt-get install dovecot-core dovecot-pop3d)",
                dovecot.display()
            );
        }
        Tools { postie, mpop }
    }

    fn mpop_version(&self) -> String {
        Command::new(&self.mpop)
            .arg("--version")
            .output()
            .ok()
            .and_then(|o| String::from_utf8(o.stdout).ok())
            .and_then(|text| text.lines().next().map(str::to_owned))
            .unwrap_or_else(|| "mpop version unknown".to_owned())
    }
}

/// One scenario's server, files and bookkeeping.
struct Bed<'a> {
    tools: &'a Tools,
    dovecot: Dovecot,
    count: usize,
    total_bytes: u64,
    /// This scenario's directory on disk: stores, Maildir, UIDL file.
    work: PathBuf,
    password_file: PathBuf,
    mpop_config: PathBuf,
    maildir: PathBuf,
    uidls: PathBuf,
    /// Postie stores made so far (each run gets a new directory).
    stores: usize,
    /// Dovecot log lines already accounted for.
    sessions_seen: usize,
    logins_seen: usize,
}

impl<'a> Bed<'a> {
    fn new(name: &str, tools: &'a Tools, root: &Path, count: usize, size: usize) -> Bed<'a> {
        let started = Instant::now();
        let dovecot = Dovecot::start_with(count, Sizes::About(size));
        let total_bytes = dovecot.messages(ALICE).iter().map(|m| m.pop3_size()).sum();
        // The harness has just written the whole mailbox: flush it now, not
        // during a timed run.
        sync_disks();
        println!(
            "scenario {}: Dovecot ready with {count} messages in {:.1} s",
            name.to_uppercase(),
            started.elapsed().as_secs_f64()
        );

        let work = root.join(name);
        fs::create_dir(&work).expect("scenario directory");
        let password_file = work.join("password");
        fs::write(&password_file, format!("{ALICE_PASSWORD}\n")).expect("write password file");
        fs::set_permissions(&password_file, fs::Permissions::from_mode(0o600)).expect("chmod password file");
        let maildir = work.join("mpop-maildir");
        let uidls = work.join("mpop-uidls");
        let mpop_config = work.join("mpoprc");
        let bed = Bed {
            tools,
            dovecot,
            count,
            total_bytes,
            work,
            password_file,
            mpop_config,
            maildir,
            uidls,
            stores: 0,
            sessions_seen: 0,
            logins_seen: 0,
        };
        bed.write_mpop_config();
        bed.reset_mpop();
        bed
    }

    fn describe(&self, name: &str, size: usize) {
        println!(
            "scenario {name}: {} messages of about {} KiB, {:.1} MiB as POP3 sends them",
            self.count,
            size / 1024,
            self.total_bytes as f64 / (1024.0 * 1024.0)
        );
    }

    fn write_mpop_config(&self) {
        // `only_new on` (mpop's default) with a new UIDL file downloads
        // everything; with the previous run's file, nothing.
        let text = format!(
            "account {ACCOUNT}\n\
             host localhost\n\
             port {port}\n\
             tls on\n\
             tls_starttls off\n\
             tls_trust_file {trust}\n\
             auth scram-sha-256\n\
             user {ALICE}\n\
             passwordeval \"cat {password}\"\n\
             pipelining auto\n\
             keep on\n\
             only_new on\n\
             received_header off\n\
             uidls_file {uidls}\n\
             delivery maildir {maildir}\n",
            port = self.dovecot.tls_port,
            trust = self.dovecot.certificate_path().display(),
            password = self.password_file.display(),
            uidls = self.uidls.display(),
            maildir = self.maildir.display(),
        );
        fs::write(&self.mpop_config, text).expect("write mpoprc");
        // mpop refuses a configuration that others can read.
        fs::set_permissions(&self.mpop_config, fs::Permissions::from_mode(0o600)).expect("chmod mpoprc");
    }

    /// One untimed session that retrieves everything: Dovecot builds its
    /// index and cache on first access, and neither client should pay for
    /// that.
    fn warm_up(&mut self) {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("tokio runtime");
        let started = Instant::now();
        runtime.block_on(async {
            let config = self.dovecot.server_config(Security::Tls);
            let credentials = self.dovecot.credentials(AuthMethod::ScramSha256);
            let connection = Connection::open(&config).await.expect("warm-up: connect");
            let mut session = connection.authenticate(&credentials).await.expect("warm-up: login");
            let list = session.list_all().await.expect("warm-up: LIST");
            session.uidl_all().await.expect("warm-up: UIDL");
            let requests: Vec<BodyRequest> = list.iter().map(|e| BodyRequest::new(e.message, e.size)).collect();
            let mut sink = NullSink::default();
            session.retr_many(&requests, &mut sink).await.expect("warm-up: RETR");
            assert_eq!(session.quit().await, QuitOutcome::Confirmed, "warm-up: QUIT");
            assert_eq!(sink.messages as usize, self.count, "warm-up: messages received");
        });
        self.check_dovecot("warm-up", 1, self.count);
        sync_disks();
        println!(
            "warm-up (the POP3 engine into a null sink, untimed): {:.2} s",
            started.elapsed().as_secs_f64()
        );
    }

    /// A new data directory with the account in it (untimed, like writing
    /// mpop's configuration). The fetch then creates every message.
    fn fresh_store(&mut self) -> PathBuf {
        self.stores += 1;
        let data_dir = self.work.join(format!("postie-data-{}", self.stores));
        let port = self.dovecot.tls_port.to_string();
        let fingerprint = self.dovecot.fingerprint().to_hex();
        let password_command = format!("cat '{}'", self.password_file.display());
        let output = Command::new(&self.tools.postie)
            .arg("--data-dir")
            .arg(&data_dir)
            .args([
                "account",
                "add",
                ACCOUNT,
                "--host",
                "localhost",
                "--port",
                &port,
                "--user",
                ALICE,
            ])
            .args([
                "--password-command",
                &password_command,
                "--keep",
                "--trust-cert",
                &fingerprint,
            ])
            .env_remove("POSTIE_COMMIT_BATCH")
            .env_remove("POSTIE_DATA_DIR")
            .output()
            .expect("run postie account add");
        assert!(
            output.status.success(),
            "postie account add failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
        data_dir
    }

    fn remove_store(&self, data_dir: &Path) {
        fs::remove_dir_all(data_dir).expect("remove a Postie data directory");
    }

    /// An empty Maildir and no UIDL file: mpop downloads everything.
    fn reset_mpop(&self) {
        if self.maildir.exists() {
            fs::remove_dir_all(&self.maildir).expect("remove mpop's Maildir");
        }
        for sub in ["new", "cur", "tmp"] {
            fs::create_dir_all(self.maildir.join(sub)).expect("create mpop's Maildir");
        }
        if self.uidls.exists() {
            fs::remove_file(&self.uidls).expect("remove mpop's UIDL file");
        }
    }

    fn postie_fetch(&mut self, data_dir: &Path, expect: Expect) -> Run {
        sync_disks();
        let out = self.work.join("postie.stdout");
        let err = self.work.join("postie.stderr");
        let mut command = Command::new(&self.tools.postie);
        command
            .arg("--data-dir")
            .arg(data_dir)
            .args(["fetch", ACCOUNT, "--json"])
            .env_remove("POSTIE_COMMIT_BATCH")
            .env_remove("POSTIE_DATA_DIR");
        let (run, status) = measure(&command, &out, &err);
        let stdout = fs::read_to_string(&out).unwrap_or_default();
        let stderr = fs::read_to_string(&err).unwrap_or_default();
        if status != 0 {
            panic!(
                "postie fetch failed (wait status {status}):\n{stdout}{stderr}\n--- Dovecot log ---\n{}",
                self.dovecot.log()
            );
        }
        let report: serde_json::Value = serde_json::from_str(stdout.trim())
            .unwrap_or_else(|e| panic!("postie fetch --json printed no JSON line ({e}):\n{stdout}{stderr}"));
        let number = |field: &str| {
            report[field]
                .as_u64()
                .unwrap_or_else(|| panic!("no {field} in {report}"))
        };
        assert!(report["error"].is_null(), "postie fetch reported an error: {report}");
        let (new, already_had, retrieved) = match expect {
            Expect::Everything => (self.count, 0, self.count),
            Expect::Nothing => (0, self.count, 0),
        };
        assert_eq!(
            (number("new") as usize, number("already_had") as usize),
            (new, already_had),
            "postie fetch: {report}"
        );
        let sessions = number("sessions") as usize;
        self.check_dovecot("postie", sessions, retrieved);
        let store = Store::open(data_dir).expect("open Postie's store");
        let stored = store.count_messages(&MessageFilter::default()).expect("count messages");
        assert_eq!(stored as usize, self.count, "messages in Postie's store");
        Run { sessions, ..run }
    }

    fn mpop_fetch(&mut self, expect: Expect) -> Run {
        let before = self.delivered();
        sync_disks();
        let out = self.work.join("mpop.stdout");
        let err = self.work.join("mpop.stderr");
        let mut command = Command::new(&self.tools.mpop);
        command.arg("--quiet").arg("-C").arg(&self.mpop_config).arg(ACCOUNT);
        let (run, status) = measure(&command, &out, &err);
        if status != 0 {
            panic!(
                "mpop failed (wait status {status}):\n{}{}\n--- Dovecot log ---\n{}",
                fs::read_to_string(&out).unwrap_or_default(),
                fs::read_to_string(&err).unwrap_or_default(),
                self.dovecot.log()
            );
        }
        let retrieved = match expect {
            Expect::Everything => self.count,
            Expect::Nothing => 0,
        };
        self.check_dovecot("mpop", 1, retrieved);
        let delivered = self.delivered();
        assert_eq!(delivered - before, retrieved, "files mpop delivered into new/");
        assert_eq!(delivered, self.count, "files in mpop's Maildir");
        Run { sessions: 1, ..run }
    }

    fn delivered(&self) -> usize {
        let count = |sub: &str| {
            fs::read_dir(self.maildir.join(sub))
                .expect("read mpop's Maildir")
                .count()
        };
        assert_eq!(count("tmp"), 0, "files left in mpop's Maildir tmp/");
        count("new") + count("cur")
    }

    /// Dovecot logs one line per POP3 session as it ends, with
    /// `retr=<messages>/<bytes>`, and one per login with the SASL method:
    /// proof of what each client really did.
    fn check_dovecot(&mut self, client: &str, sessions: usize, retrieved: usize) {
        // The POP3 process writes its line as it exits, a moment after QUIT.
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let log = self.dovecot.log();
            let ended: Vec<&str> = log
                .lines()
                .filter(|l| l.contains("Disconnected") && l.contains(" retr="))
                .collect();
            if ended.len() >= self.sessions_seen + sessions {
                let new = &ended[self.sessions_seen..];
                assert_eq!(
                    new.len(),
                    sessions,
                    "{client}: sessions in Dovecot's log:\n{}",
                    new.join("\n")
                );
                for line in new {
                    assert!(line.contains(" del=0/"), "{client}: deleted mail on the server: {line}");
                }
                let total: usize = new.iter().map(|line| retr_count(line)).sum();
                assert_eq!(total, retrieved, "{client}: messages retrieved:\n{}", new.join("\n"));
                let logins: Vec<&str> = log.lines().filter(|l| l.contains("Login: user=<")).collect();
                for login in &logins[self.logins_seen..] {
                    assert!(
                        login.contains("method=SCRAM-SHA-256"),
                        "{client}: login not SCRAM-SHA-256: {login}"
                    );
                }
                assert_eq!(logins.len() - self.logins_seen, sessions, "{client}: logins");
                self.sessions_seen = ended.len();
                self.logins_seen = logins.len();
                return;
            }
            if Instant::now() > deadline {
                panic!(
                    "{client}: Dovecot logged {} sessions, expected {sessions} more:\n{log}",
                    ended.len() - self.sessions_seen.min(ended.len())
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// `retr=2000/41234567` → 2000.
fn retr_count(line: &str) -> usize {
    let at = line.find(" retr=").expect("retr= in line") + " retr=".len();
    let digits: String = line[at..].chars().take_while(char::is_ascii_digit).collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no count after retr= in {line}"))
}

/// Set (to a file name) when this binary runs as the launcher of one
/// measured client.
const LAUNCHER_ENV: &str = "POSTIE_BENCH_LAUNCHER_REPORT";

/// Runs `command` with its output in files and returns its wall time,
/// CPU time and peak RSS, and its raw wait status (0: exit status 0).
///
/// A small launcher (this binary again, started afresh) starts the client
/// and waits for it with wait4. Not the bench itself: Linux counts in a
/// child's `ru_maxrss` the peak RSS of the memory it was forked or
/// vforked from (exec records the old address space's high-water mark),
/// and this process holds the whole generated mailbox (500 MiB in
/// scenario B) in memory. The launcher forks the client (it does not
/// vfork), so only its own private pages, about a MiB, can be counted:
/// that share is measured with `/bin/true` and printed.
fn measure(command: &Command, stdout: &Path, stderr: &Path) -> (Run, i32) {
    let report = stdout.with_extension("rusage");
    let mut launcher = Command::new(std::env::current_exe().expect("path of the bench binary"));
    launcher.arg(command.get_program()).args(command.get_args());
    for (key, value) in command.get_envs() {
        match value {
            Some(value) => launcher.env(key, value),
            None => launcher.env_remove(key),
        };
    }
    let status = launcher
        .env(LAUNCHER_ENV, &report)
        .stdin(Stdio::null())
        .stdout(fs::File::create(stdout).expect("stdout file"))
        .stderr(fs::File::create(stderr).expect("stderr file"))
        .status()
        .expect("start the launcher");
    assert!(
        status.success(),
        "the launcher failed ({status}); see {}",
        stderr.display()
    );
    let text = fs::read_to_string(&report).expect("the launcher's report");
    let fields: Vec<u64> = text
        .split_whitespace()
        .map(|f| f.parse().expect("launcher report field"))
        .collect();
    let [wall_ns, user_us, system_us, max_rss_kib, wait_status] = fields[..] else {
        panic!("bad launcher report {text:?}");
    };
    let run = Run {
        wall: Duration::from_nanos(wall_ns),
        user: Duration::from_micros(user_us),
        system: Duration::from_micros(system_us),
        max_rss_kib,
        sessions: 0,
    };
    (run, i32::try_from(wait_status).expect("wait status"))
}

/// The launcher: starts the command given as arguments (output inherited),
/// waits for it with wait4, and writes what it measured to the report file.
fn launch(report: &std::ffi::OsStr) {
    let mut args = std::env::args_os().skip(1);
    let program = args.next().expect("launcher: no program given");
    let mut command = Command::new(program);
    command.args(args).env_remove(LAUNCHER_ENV);
    // SAFETY: the hook does nothing. Its presence makes the standard
    // library fork instead of vfork (posix_spawn): a vforked child shares
    // this process's address space, and exec would then count all of it in
    // the child's peak RSS; a forked child copies only the page tables of
    // this process's few private pages.
    unsafe { command.pre_exec(|| Ok(())) };
    let start = Instant::now();
    let child = command.spawn().expect("launcher: start the client");
    let pid = libc::pid_t::try_from(child.id()).expect("pid");
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; wait4 fills it in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: pid is our own child, not yet waited for (the `Child`
        // handle is never waited on); the pointers are to live locals.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if waited == pid {
            break;
        }
        let error = std::io::Error::last_os_error();
        assert_eq!(error.kind(), std::io::ErrorKind::Interrupted, "wait4: {error}");
    }
    let wall = start.elapsed();
    drop(child);
    let micros = |t: libc::timeval| t.tv_sec as u64 * 1_000_000 + t.tv_usec as u64;
    // ru_maxrss is in kibibytes on Linux.
    let text = format!(
        "{} {} {} {} {}\n",
        wall.as_nanos(),
        micros(usage.ru_utime),
        micros(usage.ru_stime),
        usage.ru_maxrss,
        status
    );
    fs::write(report, text).expect("launcher: write the report");
}

/// The launcher's own share of every peak RSS figure: the peak RSS of
/// `/bin/true` started through it.
fn launcher_floor(root: &Path) -> f64 {
    let (run, status) = measure(
        &Command::new("true"),
        &root.join("true.stdout"),
        &root.join("true.stderr"),
    );
    assert_eq!(status, 0, "true failed through the launcher");
    run.max_rss_kib as f64 / 1024.0
}

/// Prints both clients' runs and returns the ratio of the median wall
/// times. `bytes`: what each run downloaded, for the throughput.
fn compare(postie: &[Run], mpop: &[Run], bytes: Option<u64>) -> f64 {
    let postie_median = report("postie", postie, bytes);
    let mpop_median = report("mpop  ", mpop, bytes);
    let ratio = postie_median.as_secs_f64() / mpop_median.as_secs_f64();
    println!("  ratio postie/mpop (median wall time): {ratio:.3}");
    ratio
}

/// One client's runs in the order they ran; returns the median wall time.
fn report(name: &str, runs: &[Run], bytes: Option<u64>) -> Duration {
    let mut walls: Vec<Duration> = runs.iter().map(|r| r.wall).collect();
    walls.sort();
    let median = walls[walls.len() / 2];
    let list: Vec<String> = runs
        .iter()
        .map(|r| {
            format!(
                "{:.3} (cpu {:.2}u+{:.2}s, {:.1} MiB, {} session{})",
                r.wall.as_secs_f64(),
                r.user.as_secs_f64(),
                r.system.as_secs_f64(),
                r.max_rss_kib as f64 / 1024.0,
                r.sessions,
                if r.sessions == 1 { "" } else { "s" }
            )
        })
        .collect();
    let throughput = bytes.map_or_else(String::new, |bytes| {
        format!(
            " ({:.1} MiB/s)",
            bytes as f64 / (1024.0 * 1024.0) / median.as_secs_f64()
        )
    });
    println!(
        "  {name} median {:.3} s{throughput}; runs (s, in order): {}",
        median.as_secs_f64(),
        list.join(", ")
    );
    median
}

fn verdict(what: &str, ratio: f64, target: f64) -> String {
    let met = if ratio <= target { "met" } else { "NOT met" };
    format!("{what}: {ratio:.3} (target <= {target}: {met})")
}

fn count_from_env(name: &str, default: usize) -> usize {
    match std::env::var(name) {
        Ok(text) => text
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("{name} must be a positive number, not {text:?}")),
        Err(_) => default,
    }
}

/// Writes back every dirty page, so that no run pays for an earlier one's
/// (or the harness's) writes.
fn sync_disks() {
    // SAFETY: sync has no arguments and cannot fail.
    unsafe { libc::sync() };
}

/// The file system `path` is on, from /proc/self/mounts; panics when it is
/// in RAM, since both clients must write to disk.
fn disk_filesystem(path: &Path) -> String {
    let path = path.canonicalize().expect("canonical bench directory");
    let mounts = fs::read_to_string("/proc/self/mounts").expect("read /proc/self/mounts");
    let (device, mount_point, kind) = mounts
        .lines()
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?, fields.next()?, fields.next()?))
        })
        .filter(|(_, mount_point, _)| path.starts_with(mount_point))
        .max_by_key(|(_, mount_point, _)| mount_point.len())
        .expect("the bench directory's mount");
    if matches!(kind, "tmpfs" | "ramfs") {
        panic!(
            "{} is on {kind}, in RAM: both clients must write to disk. Set TMPDIR to a directory on a disk.",
            path.display()
        );
    }
    format!("{kind} on {device}, mounted at {mount_point}")
}

fn dovecot_version() -> String {
    let binary = std::env::var_os("POSTIE_DOVECOT").map_or_else(|| PathBuf::from("/usr/sbin/dovecot"), PathBuf::from);
    Command::new(binary)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .map(|v| format!("Dovecot {}", v.split_whitespace().next().unwrap_or("?")))
        .unwrap_or_else(|| "Dovecot".to_owned())
}
