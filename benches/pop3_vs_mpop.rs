//! The engine against mpop, downloading the same mailbox from the same
//! Dovecot over implicit TLS on 127.0.0.1.
//!
//! Run with `cargo bench --bench pop3_vs_mpop`. `POSTIE_BENCH_MESSAGES`
//! changes the message count (default 2,000 messages of about 20 KiB).
//! Both Dovecot (dovecot-core, dovecot-pop3d) and mpop are required: the
//! bench fails, naming the package, when either is missing.
//!
//! What is compared, for one run of each client:
//! - the engine: connect, TLS, SCRAM-SHA-256 login, UIDL, LIST, RETR of
//!   every message pipelined into a `NullSink`, QUIT without DELE;
//! - mpop: the same session (it also logs in, lists and retrieves everything,
//!   `keep on` so nothing is deleted, `only_new off` so every run downloads
//!   everything), delivering into a Maildir in RAM (/dev/shm), emptied
//!   between runs outside the timing.
//!
//! Delivery choice, the fastest honest one found (`man mpop`, measured here):
//! - `delivery mda "cat > /dev/null"` forks a shell and `cat` per message,
//!   which measures process creation, not POP3: mpop was about five times
//!   slower with it;
//! - `delivery mbox /dev/null` first copies each header into a glibc
//!   `tmpfile()`, always on /tmp whatever TMPDIR says; on this machine's
//!   disk that cost 0.1 to 2 s of system time from one run to the next, so
//!   mpop's median swung between 0.6 and 2.2 s;
//! - `delivery maildir` on tmpfs writes every message in mpop's own process
//!   with no temporary file: steady, and within a few percent of the best
//!   mbox runs. It does a little more than the engine's `NullSink` (which
//!   only counts bytes) by copying each message into RAM.
//!
//! mpop also starts a process per run (config parsing, GnuTLS set-up);
//! that is a few milliseconds, small against thousands of messages, and
//! part of what a user of mpop pays anyway.
//!
//! Both clients use SCRAM-SHA-256 and pipelining, and each run is checked
//! in Dovecot's log to have retrieved every message. Dovecot builds its
//! index and cache on first access, so one untimed engine session warms it
//! up first; then the runs alternate (engine, mpop, engine, ...) so that
//! neither client always meets a colder or hotter server.

#[allow(dead_code)]
#[path = "../tests/support/certs.rs"]
mod certs;
#[path = "../tests/support/dovecot.rs"]
mod dovecot;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use postie::pop3::{AuthMethod, BodyRequest, Connection, NullSink, QuitOutcome, Security};

use dovecot::{ALICE, ALICE_PASSWORD, Dovecot, Sizes};

const DEFAULT_MESSAGES: usize = 2_000;
const MESSAGE_SIZE: usize = 20 * 1024;
const RUNS: usize = 3;

fn main() {
    // `cargo bench` passes `--bench`; with harness = false there is nothing
    // to select, so arguments are ignored.
    let count = match std::env::var("POSTIE_BENCH_MESSAGES") {
        Ok(text) => text
            .parse::<usize>()
            .ok()
            .filter(|&n| n > 0)
            .unwrap_or_else(|| panic!("POSTIE_BENCH_MESSAGES must be a positive number, not {text:?}")),
        Err(_) => DEFAULT_MESSAGES,
    };
    let mpop = mpop_binary();

    let dovecot = Dovecot::start_with(count, Sizes::About(MESSAGE_SIZE));
    let total_bytes: u64 = dovecot.messages(ALICE).iter().map(|m| m.pop3_size()).sum();
    let target = MaildirTarget::new();
    let mpop_config = write_mpop_config(&dovecot, &target);

    // One thread, like mpop: the comparison is per core, not per machine.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("tokio runtime");

    println!(
        "pop3_vs_mpop: {count} messages, {:.1} MiB as POP3 sends them, implicit TLS, {} on 127.0.0.1",
        total_bytes as f64 / (1024.0 * 1024.0),
        dovecot_version()
    );
    println!("{}, delivery {}", mpop_version(&mpop), target.delivery());

    let warm_up = runtime.block_on(engine_run(&dovecot, count, total_bytes));
    check_retrieved(&dovecot, count, 1);
    println!("warm-up (engine, untimed): {:.3} s", warm_up.as_secs_f64());

    let mut engine = Vec::with_capacity(RUNS);
    let mut mpop_times = Vec::with_capacity(RUNS);
    let mut sessions = 1;
    for _ in 0..RUNS {
        engine.push(runtime.block_on(engine_run(&dovecot, count, total_bytes)));
        sessions += 1;
        check_retrieved(&dovecot, count, sessions);

        target.empty();
        mpop_times.push(mpop_run(&mpop, &mpop_config, &dovecot));
        sessions += 1;
        check_retrieved(&dovecot, count, sessions);
        let delivered = target.delivered();
        assert_eq!(delivered, count, "mpop delivered {delivered} messages, not {count}");
    }

    let engine_median = median(&mut engine);
    let mpop_median = median(&mut mpop_times);
    report("engine", &engine, engine_median, total_bytes);
    report("mpop  ", &mpop_times, mpop_median, total_bytes);
    println!(
        "ratio engine/mpop (median): {:.3}",
        engine_median.as_secs_f64() / mpop_median.as_secs_f64()
    );
}

/// One full download with the engine; panics on any error or shortfall.
async fn engine_run(dovecot: &Dovecot, count: usize, total_bytes: u64) -> Duration {
    let config = dovecot.server_config(Security::Tls);
    let credentials = dovecot.credentials(AuthMethod::ScramSha256);
    let start = Instant::now();
    let connection = Connection::open(&config).await.expect("engine: connect");
    let mut session = connection.authenticate(&credentials).await.expect("engine: login");
    assert!(session.pipelining(), "engine: Dovecot should allow pipelining");
    let uidl = session.uidl_all().await.expect("engine: UIDL");
    let list = session.list_all().await.expect("engine: LIST");
    assert_eq!(uidl.entries.len(), count, "engine: UIDL count");
    let requests: Vec<BodyRequest> = list.iter().map(|e| BodyRequest::new(e.message, e.size)).collect();
    let mut sink = NullSink::default();
    session.retr_many(&requests, &mut sink).await.expect("engine: RETR");
    let outcome = session.quit().await;
    let elapsed = start.elapsed();
    assert_eq!(outcome, QuitOutcome::Confirmed, "engine: QUIT");
    assert_eq!(sink.messages as usize, count, "engine: messages received");
    assert_eq!(sink.bytes, total_bytes, "engine: bytes received");
    elapsed
}

fn mpop_run(mpop: &Path, config: &Path, dovecot: &Dovecot) -> Duration {
    let start = Instant::now();
    let output = Command::new(mpop)
        .arg("--quiet")
        .arg("-C")
        .arg(config)
        .arg("bench")
        .output()
        .expect("run mpop");
    let elapsed = start.elapsed();
    if !output.status.success() {
        panic!(
            "mpop failed ({}):\n{}{}\n--- Dovecot log ---\n{}",
            output.status,
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr),
            dovecot.log()
        );
    }
    elapsed
}

fn write_mpop_config(dovecot: &Dovecot, target: &MaildirTarget) -> PathBuf {
    let path = dovecot.dir().join("mpoprc");
    let text = format!(
        "account bench\n\
         host localhost\n\
         port {port}\n\
         tls on\n\
         tls_starttls off\n\
         tls_trust_file {trust}\n\
         auth scram-sha-256\n\
         user {ALICE}\n\
         password \"{ALICE_PASSWORD}\"\n\
         pipelining auto\n\
         keep on\n\
         only_new off\n\
         received_header off\n\
         uidls_file {uidls}\n\
         delivery {delivery}\n",
        port = dovecot.tls_port,
        trust = dovecot.certificate_path().display(),
        uidls = dovecot.dir().join("mpop_uidls").display(),
        delivery = target.delivery(),
    );
    std::fs::write(&path, text).expect("write mpoprc");
    // mpop refuses a configuration with a password that others can read.
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod mpoprc");
    path
}

/// Dovecot logs one line per session with `retr=<count>/<bytes>`: proof
/// that the session just finished really fetched every message.
fn check_retrieved(dovecot: &Dovecot, count: usize, sessions: usize) {
    let needle = format!("retr={count}/");
    // The POP3 process writes that line as it exits, a moment after QUIT.
    let deadline = Instant::now() + Duration::from_secs(10);
    loop {
        let log = dovecot.log();
        let seen = log
            .lines()
            .filter(|l| l.contains("Disconnected") && l.contains(&needle))
            .count();
        if seen >= sessions {
            return;
        }
        if Instant::now() > deadline {
            panic!("Dovecot logged {seen} complete downloads, expected {sessions}:\n{log}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Where mpop delivers: a Maildir on tmpfs when there is one.
struct MaildirTarget {
    dir: tempfile::TempDir,
}

impl MaildirTarget {
    fn new() -> MaildirTarget {
        let dir = tempfile::Builder::new()
            .prefix("postie-mpop-")
            .tempdir_in("/dev/shm")
            .or_else(|_| tempfile::Builder::new().prefix("postie-mpop-").tempdir())
            .expect("directory for mpop's Maildir");
        for sub in ["new", "cur", "tmp"] {
            std::fs::create_dir(dir.path().join(sub)).expect("create Maildir");
        }
        MaildirTarget { dir }
    }

    fn delivery(&self) -> String {
        format!("maildir {}", self.dir.path().display())
    }

    fn empty(&self) {
        for sub in ["new", "cur", "tmp"] {
            for entry in std::fs::read_dir(self.dir.path().join(sub)).expect("read Maildir") {
                std::fs::remove_file(entry.expect("Maildir entry").path()).expect("empty Maildir");
            }
        }
    }

    fn delivered(&self) -> usize {
        std::fs::read_dir(self.dir.path().join("new"))
            .expect("read Maildir")
            .count()
    }
}

fn median(times: &mut [Duration]) -> Duration {
    times.sort();
    times[times.len() / 2]
}

fn report(name: &str, runs: &[Duration], median: Duration, bytes: u64) {
    let list: Vec<String> = runs.iter().map(|d| format!("{:.3}", d.as_secs_f64())).collect();
    println!(
        "{name} runs (s, sorted): {}  median {:.3} s  ({:.1} MiB/s)",
        list.join(", "),
        median.as_secs_f64(),
        bytes as f64 / (1024.0 * 1024.0) / median.as_secs_f64()
    );
}

fn mpop_binary() -> PathBuf {
    let path = std::env::var_os("POSTIE_MPOP").map_or_else(|| PathBuf::from("/usr/bin/mpop"), PathBuf::from);
    if !path.is_file() {
        panic!(
            "mpop is not installed ({} not found): install the Debian package mpop (apt-get install mpop)",
            path.display()
        );
    }
    path
}

fn mpop_version(mpop: &Path) -> String {
    Command::new(mpop)
        .arg("--version")
        .output()
        .ok()
        .and_then(|o| String::from_utf8(o.stdout).ok())
        .and_then(|text| text.lines().next().map(str::to_owned))
        .unwrap_or_else(|| "mpop version unknown".to_owned())
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
