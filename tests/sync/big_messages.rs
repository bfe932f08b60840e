//! Messages too large to keep, and mailboxes too large to hold in memory
//! (issue 6, part 2's 1 GiB message; cases 40 and 46).
//!
//! The store holds a message as one SQLite blob, so nothing over
//! `store::MAX_MESSAGE_BYTES` (just under 10^9 bytes) can be stored whole:
//! of such a message only the headers are fetched, the user is told, and
//! it stays on the server. Anything smaller streams through a temporary
//! file into the store, never whole in memory.

use std::fs;
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage};
use postie::pop3::{AuthMethod, Security};
use postie::store::{MessageFilter, Store};
use postie::sync::FetchOptions;
use sha2::{Digest as _, Sha256};

use crate::engine::{Setup, message};
use crate::support::dovecot::{ALICE, Dovecot, Sizes};
use crate::support::postie_cli::{add_dove, postie};
use crate::support::scripted::{Script, ScriptedServer};

const MIB: u64 = 1024 * 1024;

/// A message of about `body_bytes`, its body in lines of printable text,
/// some starting with a dot (so POP3 has to stuff them).
fn big_message(uidl: &str, subject: &str, body_bytes: usize) -> StoredMessage {
    let mut bytes = format!(
        "From: Big Sender <big@example.org>\r\nTo: you@example.org\r\nSubject: {subject}\r\n\
         Date: Mon, 3 Nov 2025 10:00:00 +0000\r\nMessage-ID: <{uidl}@example.org>\r\n\r\n"
    )
    .into_bytes();
    let mut line = 0usize;
    while bytes.len() < body_bytes {
        let text = if line.is_multiple_of(50) {
            format!(".line {line} starts with a dot\r\n")
        } else {
            format!("line {line} of a message too large to keep whole, padded to a usual width.\r\n")
        };
        bytes.extend_from_slice(text.as_bytes());
        line += 1;
    }
    StoredMessage {
        uidl: uidl.into(),
        bytes,
    }
}

/// Issue 6, 1 GiB message (scaled down: the limit is an option): a
/// message over the largest the store holds gets its headers only, with
/// a warning; the session goes on with the next message; under
/// delete-after-download it alone stays on the server; the next fetch
/// neither warns again nor downloads it again.
#[tokio::test]
async fn a_message_too_large_to_store_keeps_its_headers_and_the_session_goes_on() {
    let huge = big_message("uid-huge", "Too large to keep", 300_000);
    let server = Pop3Server::start(ServerOptions::default(), vec![message(1), huge.clone(), message(3)])
        .await
        .unwrap();
    let setup = Setup::new(&server, ServerPolicy::DeleteAfterDownload);
    let options = FetchOptions {
        max_message_bytes: 100_000,
        ..FetchOptions::default()
    };
    let report = setup.fetch_with(&options).await;
    assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
    assert_eq!((report.new, report.headers_only, report.deleted_on_server), (3, 1, 2));
    assert_eq!(report.warnings.len(), 1, "{:?}", report.warnings);
    let warning = &report.warnings[0];
    assert!(
        warning.starts_with("Message 2 (")
            && warning.contains("larger than Postie can store")
            && warning.contains("stays on the server"),
        "{warning}"
    );
    // Only the one it could not keep is still on the server.
    let left: Vec<String> = server.messages().into_iter().map(|m| m.uidl).collect();
    assert_eq!(left, vec!["uid-huge"]);
    let store = setup.store();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    let kept = stored.iter().find(|m| m.subject == "Too large to keep").unwrap();
    assert!(!kept.complete, "only the headers are here");
    assert!(
        stored
            .iter()
            .filter(|m| m.subject != "Too large to keep")
            .all(|m| m.complete)
    );
    let raw = store.raw_message(kept.id).unwrap().unwrap();
    assert!(raw.len() < 1_000, "headers only, {} bytes", raw.len());
    assert!(huge.bytes.starts_with(&raw[..raw.len() - 2]));

    let again = setup.fetch_with(&options).await;
    assert!(again.error.is_none());
    assert_eq!((again.new, again.already_had, again.deleted_on_server), (0, 1, 0));
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    assert_eq!(server.messages().len(), 1);
}

/// Issue 6, 1 GiB message, from a server that lists it small: RETR stops
/// keeping bytes at the limit, the message is left on the server (no
/// DELE), the next message still arrives, and the next session asks only
/// for its headers (TOP), never its body again.
#[tokio::test]
async fn a_message_larger_than_listed_is_not_kept_and_not_fetched_again() {
    let big = big_message("uid-2", "Understated", 200_000);
    let mut stuffed = Vec::new();
    for line in big.bytes.split_inclusive(|&b| b == b'\n') {
        if line.first() == Some(&b'.') {
            stuffed.push(b'.');
        }
        stuffed.extend_from_slice(line);
    }
    let small = message(3).bytes;
    let listing = |lines: &str| format!("+OK\r\n{lines}.\r\n");
    let first = Script::logged_in(&["UIDL", "TOP"])
        .c("UIDL")
        .s(listing("1 uid-1\r\n2 uid-2\r\n3 uid-3\r\n"))
        .c("LIST")
        .s(listing("1 300\r\n2 500\r\n3 300\r\n"))
        .c("RETR 1")
        .s([b"+OK\r\n".as_slice(), &message(1).bytes, b".\r\n"].concat())
        .c("RETR 2")
        .s([b"+OK\r\n".as_slice(), &stuffed, b".\r\n"].concat())
        .c("RETR 3")
        .s([b"+OK\r\n".as_slice(), &small, b".\r\n"].concat())
        .c("DELE 1")
        .s("+OK\r\n")
        .c("DELE 3")
        .s("+OK\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    let second = Script::logged_in(&["UIDL", "TOP"])
        .c("UIDL")
        .s(listing("1 uid-2\r\n"))
        .c("LIST")
        .s(listing("1 500\r\n"))
        .c("TOP 1 0")
        .s("+OK\r\nFrom: Big Sender <big@example.org>\r\nSubject: Understated\r\n\r\n.\r\n")
        .c("QUIT")
        .s("+OK bye\r\n");
    // A third session, the next fetch: the message is known, headers only.
    let third = Script::logged_in(&["UIDL", "TOP"])
        .c("UIDL")
        .s(listing("1 uid-2\r\n"))
        .c("LIST")
        .s(listing("1 500\r\n"))
        .c("QUIT")
        .s("+OK bye\r\n");
    let server = ScriptedServer::start(None, vec![first, second, third]).await;
    let setup = scripted_setup(server.port);
    let options = FetchOptions {
        max_message_bytes: 100_000,
        timeouts: server.config(Security::Plain).timeouts,
        ..FetchOptions::default()
    };
    // One fetch, two sessions: the first deleted messages, so the engine
    // looks again at once (as it does for servers that hand out a few
    // hundred messages per session), and finds the headers to take.
    let report = setup.fetch_with(&options).await;
    assert!(report.error.is_none(), "{:?}", report.error.map(|e| e.to_string()));
    assert_eq!(
        (
            report.sessions,
            report.new,
            report.headers_only,
            report.deleted_on_server
        ),
        (2, 3, 1, 2)
    );
    assert_eq!(
        report.warnings,
        vec![
            "Message 2 turned out larger than Postie can store (98 KB), though the server listed it as 500 B; \
             it stays on the server, and Postie will download only its headers next time."
                .to_owned(),
            "Message 1 (195 KB) is larger than Postie can store (98 KB), so only its headers were downloaded; \
             it stays on the server."
                .to_owned(),
        ]
    );
    let again = setup.fetch_with(&options).await;
    assert!(again.error.is_none(), "{:?}", again.error.map(|e| e.to_string()));
    assert_eq!((again.new, again.already_had, again.deleted_on_server), (0, 1, 0));
    assert!(again.warnings.is_empty(), "{:?}", again.warnings);
    let transcript = server.finish().await;
    transcript.assert_ok();
    // The body was asked for once, never deleted, and only its headers
    // came after.
    let sent = transcript.all_text();
    assert_eq!(sent.matches("RETR").count(), 3, "{sent}");
    assert_eq!(sent.matches("TOP").count(), 1, "{sent}");
    assert!(!sent.contains("DELE 2"), "{sent}");
    assert!(
        transcript.received[1..]
            .iter()
            .all(|r| !String::from_utf8_lossy(r).contains("DELE"))
    );
    let store = setup.store();
    let stored = store.list_messages(&MessageFilter::default()).unwrap();
    let understated = stored.iter().find(|m| m.subject == "Understated").unwrap();
    assert!(!understated.complete);
}

/// A data directory with one delete-after-download account for a scripted
/// server (user alice, password secret, plain text).
fn scripted_setup(port: u16) -> Setup {
    Setup::for_settings(&AccountSettings {
        name: "scripted".into(),
        host: "127.0.0.1".into(),
        port,
        security: Security::Plain,
        username: "alice".into(),
        auth: AuthMethod::User,
        password: PasswordSource::Command("printf secret".into()),
        policy: ServerPolicy::DeleteAfterDownload,
        pinned_certificate: None,
        size_limit: None,
    })
}

/// Writes `body_bytes` of text as a Maildir message of `user`, owned as
/// the Maildir is, and returns the SHA-256 of what POP3 delivers (CRLF)
/// and the CRLF size. The name carries S= and W= as Dovecot's own do.
fn write_maildir_message(dovecot: &Dovecot, time: u64, subject: &str, body_bytes: u64) -> ([u8; 32], u64) {
    let temp = dovecot.maildir(ALICE).join("tmp").join(format!("{time}.big"));
    struct Out {
        file: BufWriter<fs::File>,
        crlf: Sha256,
        lf_len: u64,
        crlf_len: u64,
    }
    impl Out {
        fn put(&mut self, line: &[u8]) {
            self.file.write_all(line).unwrap();
            self.crlf.update(&line[..line.len() - 1]);
            self.crlf.update(b"\r\n");
            self.lf_len += line.len() as u64;
            self.crlf_len += line.len() as u64 + 1;
        }
    }
    let mut out = Out {
        file: BufWriter::with_capacity(1 << 20, fs::File::create(&temp).unwrap()),
        crlf: Sha256::new(),
        lf_len: 0,
        crlf_len: 0,
    };
    let header = format!(
        "From: Big Sender <big@example.org>\nTo: alice@example.org\nSubject: {subject}\n\
         Date: Mon, 3 Nov 2025 10:00:00 +0000\nMessage-ID: <{time}@example.org>\n\n"
    );
    for line in header.split_inclusive('\n') {
        out.put(line.as_bytes());
    }
    let mut n = 0u64;
    let mut line = Vec::with_capacity(100);
    while out.lf_len < body_bytes {
        line.clear();
        if n.is_multiple_of(64) {
            writeln!(line, ".{n:012} a line Dovecot must dot-stuff").unwrap();
        } else {
            writeln!(
                line,
                "{n:012} the quick brown fox jumps over the lazy dog, again and again."
            )
            .unwrap();
        }
        out.put(&line);
        n += 1;
    }
    let Out {
        file,
        crlf,
        lf_len,
        crlf_len,
    } = out;
    file.into_inner().unwrap().sync_all().unwrap();
    dovecot.deliver_file(ALICE, time, "big", &temp, lf_len, crlf_len);
    (crlf.finalize().into(), crlf_len)
}

/// `postie` as a child: its output, its peak resident memory and how long
/// it took. The peak is the kernel's high-water mark of the child's own
/// memory (VmHWM), read every 10 ms while it runs: the mark only grows, so
/// the last reading holds the peak unless it came in the last 10 ms.
/// (wait4's ru_maxrss would not do: at exec, Linux counts the spawning
/// test process's own high-water mark into the child's.)
fn run_measured(command: &mut Command) -> (Output, u64, Duration) {
    let started = Instant::now();
    let mut child = command
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let status_file = format!("/proc/{}/status", child.id());
    // Drain the pipes on threads, so a chatty child never blocks.
    let mut stdout = child.stdout.take().unwrap();
    let mut stderr = child.stderr.take().unwrap();
    let out = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stdout, &mut bytes).unwrap();
        bytes
    });
    let err = std::thread::spawn(move || {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut stderr, &mut bytes).unwrap();
        bytes
    });
    let mut peak_kib = 0u64;
    let status = loop {
        // Absent once the child has exited (a zombie has no memory left).
        if let Some(kib) = fs::read_to_string(&status_file).ok().and_then(|text| {
            text.lines()
                .find_map(|line| line.strip_prefix("VmHWM:"))
                .and_then(|value| value.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        }) {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let output = Output {
        status,
        stdout: out.join().unwrap(),
        stderr: err.join().unwrap(),
    };
    assert!(peak_kib > 0, "no memory reading of the child");
    (output, peak_kib * 1024, started.elapsed())
}

fn blob_sha256(data_dir: &Path, subject: &str) -> ([u8; 32], u64, bool) {
    let connection = rusqlite::Connection::open(data_dir.join("postie.sqlite3")).unwrap();
    let (id, complete): (i64, bool) = connection
        .query_row("SELECT id, complete FROM message WHERE subject = ?1", [subject], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap();
    let mut blob = connection
        .blob_open(rusqlite::MAIN_DB, "message_body", "raw", id, true)
        .unwrap();
    let mut hasher = Sha256::new();
    let mut buffer = vec![0u8; 1 << 20];
    let mut total = 0u64;
    loop {
        let n = std::io::Read::read(&mut blob, &mut buffer).unwrap();
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
        total += n as u64;
    }
    (hasher.finalize().into(), total, complete)
}

/// Issue 6, the 1 GiB message, for real: a real Dovecot holds a 1 GiB
/// message between a 300 MiB one and small ones. `postie fetch` (the
/// binary, as a user runs it) takes the headers of the 1 GiB one and says
/// why, streams the 300 MiB one into the store byte for byte, takes the
/// rest, and deletes from the server all but the 1 GiB one; its peak
/// memory stays under 100 MiB throughout. Case 46's "2 GB message:
/// streamed, bounded RAM" is this test at the size the store allows.
#[test]
fn a_gigabyte_message_is_refused_and_300_mib_stream_in_bounded_memory() {
    const PEAK_LIMIT: u64 = 100 * MIB;
    let dovecot = Dovecot::start_with(2, Sizes::About(2_000));
    let written = Instant::now();
    let (_, huge_size) = write_maildir_message(&dovecot, 1_800_000_001, "One gibibyte", 1024 * MIB);
    let (big_sha, big_size) = write_maildir_message(&dovecot, 1_800_000_002, "Three hundred mebibytes", 300 * MIB);
    eprintln!(
        "wrote {} + {} bytes in {:.1} s",
        huge_size,
        big_size,
        written.elapsed().as_secs_f64()
    );
    let dir = tempfile::tempdir().unwrap();
    let data_dir: PathBuf = dir.path().join("data");
    add_dove(postie(&data_dir), &dovecot, &["--delete-after-download"]);

    let (output, peak, took) = run_measured(postie(&data_dir).arg("fetch"));
    let stdout = String::from_utf8_lossy(&output.stdout);
    let stderr = String::from_utf8_lossy(&output.stderr);
    eprintln!(
        "postie fetch: {:.1} s, peak resident memory {:.1} MiB\n{stdout}{stderr}",
        took.as_secs_f64(),
        peak as f64 / MIB as f64
    );
    assert!(output.status.success(), "{stdout}{stderr}\n{}", dovecot.log());
    let said = format!("{stdout}{stderr}");
    assert!(
        said.contains("Message 3 (") && said.contains("larger than Postie can store"),
        "the user is told: {said}"
    );
    assert!(peak < PEAK_LIMIT, "peak memory {peak} bytes");

    // The 300 MiB message is here whole and exact; the 1 GiB one is here
    // as headers, and on the server still; the rest are gone from there.
    let (sha, size, complete) = blob_sha256(&data_dir, "Three hundred mebibytes");
    assert_eq!((size, complete), (big_size, true));
    assert!(sha == big_sha, "the 300 MiB message is stored byte for byte");
    let (_, size, complete) = blob_sha256(&data_dir, "One gibibyte");
    assert!(!complete && size < 1_000, "headers only: {size} bytes");
    let store = Store::open(&data_dir).unwrap();
    assert_eq!(store.list_messages(&MessageFilter::default()).unwrap().len(), 4);
    assert_eq!(dovecot.messages_on_disk(ALICE), 1, "only the 1 GiB message is left");

    // Nothing to do the next time, and nothing to warn about.
    let again = postie(&data_dir).arg("fetch").output().unwrap();
    let said = String::from_utf8_lossy(&again.stdout).into_owned() + &String::from_utf8_lossy(&again.stderr);
    assert!(again.status.success(), "{said}");
    assert!(!said.contains("larger than Postie can store"), "{said}");
    assert_eq!(dovecot.messages_on_disk(ALICE), 1);
}

/// Case 46: a 100,000-message mailbox. `postie fetch` (the binary, against
/// a real Dovecot) lists, downloads and commits all of it in batches with
/// peak memory under 100 MiB, stores each message once, and the next fetch
/// lists the 100,000 again and downloads nothing.
#[test]
fn a_hundred_thousand_messages_are_fetched_once_in_bounded_memory() {
    const MESSAGES: usize = 100_000;
    const PEAK_LIMIT: u64 = 100 * MIB;
    let started = Instant::now();
    let dovecot = Dovecot::start_with(MESSAGES, Sizes::About(400));
    eprintln!(
        "Dovecot with {MESSAGES} messages in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    let dir = tempfile::tempdir().unwrap();
    let data_dir: PathBuf = dir.path().join("data");
    add_dove(postie(&data_dir), &dovecot, &[]);

    for (round, expect_new) in [(1, MESSAGES), (2, 0)] {
        let (output, peak, took) = run_measured(postie(&data_dir).args(["fetch", "--json"]));
        let stdout = String::from_utf8_lossy(&output.stdout);
        eprintln!(
            "fetch {round}: {:.1} s, peak resident memory {:.1} MiB",
            took.as_secs_f64(),
            peak as f64 / MIB as f64
        );
        assert!(
            output.status.success(),
            "{stdout}{}\n{}",
            String::from_utf8_lossy(&output.stderr),
            dovecot.log()
        );
        assert!(stdout.contains(&format!("\"new\":{expect_new},")), "{stdout}");
        assert!(peak < PEAK_LIMIT, "fetch {round}: peak memory {peak} bytes");
    }
    // Each stored once, byte for byte: the set of hashes is the server's.
    let connection = rusqlite::Connection::open(data_dir.join("postie.sqlite3")).unwrap();
    let stored: i64 = connection
        .query_row("SELECT COUNT(DISTINCT sha256) FROM message", [], |r| r.get(0))
        .unwrap();
    let rows: i64 = connection
        .query_row("SELECT COUNT(*) FROM message", [], |r| r.get(0))
        .unwrap();
    assert_eq!((rows, stored), (MESSAGES as i64, MESSAGES as i64));
    let mut statement = connection.prepare("SELECT sha256 FROM message").unwrap();
    let hashes: std::collections::HashSet<Vec<u8>> = statement
        .query_map([], |r| r.get::<_, Vec<u8>>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for message in dovecot.messages(ALICE) {
        assert!(
            hashes.contains(Sha256::digest(message.crlf()).as_slice()),
            "{}",
            message.uidl
        );
    }
}

/// Delivers `lf` to ALICE; returns the SHA-256 of what POP3 delivers.
fn add_maildir_message(dovecot: &Dovecot, time: u64, lf: &[u8]) -> [u8; 32] {
    Sha256::digest(dovecot.deliver(ALICE, time, "hostile", lf).crlf()).into()
}

/// Case 40: MIME structures built to exhaust a parser, fetched by `postie
/// fetch` from a real Dovecot and opened with `postie show`: a million
/// parts, RFC 2231 parameter floods (100,000 continuations of one file
/// name, 100,000 parameters), 100,000 header lines and MIME nested 10,000
/// deep. Each is stored byte for byte; fetching them all and opening each
/// one stays under 100 MiB of memory. (`[ui] hostile::` opens such
/// messages in the window; this measures the memory.)
#[test]
fn parser_bombs_are_stored_exactly_and_opened_in_bounded_memory() {
    const PEAK_LIMIT: u64 = 100 * MIB;
    let mut bombs: Vec<(&str, Vec<u8>)> = Vec::new();
    let mut million = b"From: a@example.org\nSubject: A million parts\nMIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=b\n\n"
        .to_vec();
    for n in 0..1_000_000 {
        million.extend_from_slice(format!("--b\n\n{n}\n").as_bytes());
    }
    million.extend_from_slice(b"--b--\n");
    bombs.push(("A million parts", million));
    let mut continuations = b"From: a@example.org\nSubject: RFC 2231 continuations\nMIME-Version: 1.0\n\
        Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nhello\n--b\n\
        Content-Type: application/octet-stream\nContent-Disposition: attachment"
        .to_vec();
    for n in 0..100_000 {
        continuations.extend_from_slice(format!(";\n filename*{n}*=utf-8''%E2%80%AE{n:05}").as_bytes());
    }
    continuations.extend_from_slice(b"\nContent-Transfer-Encoding: base64\n\naGVsbG8=\n--b--\n");
    bombs.push(("RFC 2231 continuations", continuations));
    let mut parameters = b"From: a@example.org\nSubject: A hundred thousand parameters\nMIME-Version: 1.0\n\
        Content-Type: text/plain; charset=utf-8"
        .to_vec();
    for n in 0..100_000 {
        parameters.extend_from_slice(format!(";\n p{n}*=us-ascii'en'%41%42").as_bytes());
    }
    parameters.extend_from_slice(b"\n\nbody\n");
    bombs.push(("A hundred thousand parameters", parameters));
    let mut headers = b"From: a@example.org\nSubject: A hundred thousand headers\n".to_vec();
    for n in 0..100_000 {
        headers.extend_from_slice(format!("X-Header-{n}: =?utf-8?q?=E2=80=AE?= value {n}\n").as_bytes());
    }
    headers.extend_from_slice(b"\nbody\n");
    bombs.push(("A hundred thousand headers", headers));
    let mut nested = b"From: a@example.org\nSubject: Nested ten thousand deep\nMIME-Version: 1.0\n".to_vec();
    for n in 0..10_000 {
        nested.extend_from_slice(format!("Content-Type: multipart/mixed; boundary=\"b{n}\"\n\n--b{n}\n").as_bytes());
    }
    nested.extend_from_slice(b"Content-Type: text/plain\n\nthe bottom\n");
    for n in (0..10_000).rev() {
        nested.extend_from_slice(format!("--b{n}--\n").as_bytes());
    }
    bombs.push(("Nested ten thousand deep", nested));

    let dovecot = Dovecot::start_with(1, Sizes::About(1_000));
    let expected: Vec<(&str, [u8; 32])> = bombs
        .iter()
        .enumerate()
        .map(|(i, (subject, lf))| (*subject, add_maildir_message(&dovecot, 1_800_000_000 + i as u64, lf)))
        .collect();
    let dir = tempfile::tempdir().unwrap();
    let data_dir: PathBuf = dir.path().join("data");
    add_dove(postie(&data_dir), &dovecot, &[]);

    let (output, peak, took) = run_measured(postie(&data_dir).arg("fetch"));
    let said = String::from_utf8_lossy(&output.stdout).into_owned() + &String::from_utf8_lossy(&output.stderr);
    eprintln!(
        "fetch: {:.1} s, peak {:.1} MiB\n{said}",
        took.as_secs_f64(),
        peak as f64 / MIB as f64
    );
    assert!(output.status.success(), "{said}");
    assert!(peak < PEAK_LIMIT, "fetch: peak memory {peak} bytes");
    let connection = rusqlite::Connection::open(data_dir.join("postie.sqlite3")).unwrap();
    for (subject, sha) in expected {
        let (id, stored): (i64, Vec<u8>) = connection
            .query_row("SELECT id, sha256 FROM message WHERE subject = ?1", [subject], |r| {
                Ok((r.get(0)?, r.get(1)?))
            })
            .unwrap_or_else(|e| panic!("{subject}: {e}"));
        assert_eq!(stored, sha, "{subject} is stored byte for byte");
        let (output, peak, took) = run_measured(postie(&data_dir).args(["show", &id.to_string()]));
        let text = String::from_utf8_lossy(&output.stdout);
        eprintln!(
            "show {subject}: {:.2} s, peak {:.1} MiB, {} bytes shown",
            took.as_secs_f64(),
            peak as f64 / MIB as f64,
            text.len()
        );
        assert!(
            output.status.success(),
            "{subject}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(text.contains(subject), "{subject}: {}", &text[..text.len().min(2_000)]);
        assert!(peak < PEAK_LIMIT, "show {subject}: peak memory {peak} bytes");
        // A blow-up guard, not a timing: the window test times opening.
        assert!(took < Duration::from_secs(20), "show {subject} took {took:?}");
        // Shown text is neutralised: no bidi override reaches the terminal.
        assert!(!text.contains('\u{202E}'), "{subject}");
    }
}
