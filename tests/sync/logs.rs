//! Logging: the log file (in $POSTIE_LOG_DIR here) and `--verbose` stderr
//! say what a fetch did, and never hold a password, its base64 forms, a
//! SASL exchange, an APOP digest or any part of a message, whether the
//! login fails or succeeds, even at TRACE.

use std::io::Write as _;
use std::path::PathBuf;
use std::process::{Output, Stdio};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use postie::demo::server::{ServerOptions, StoredMessage};
use serde_json::Value;

use crate::cli::Background;
use crate::support::dovecot::{ALICE, ALICE_PASSWORD, Dovecot};
use crate::support::postie_cli::postie;

const USER: &str = "logtest";
const PASSWORD: &str = "Sesame-7f3a9c-Secret";
const WRONG: &str = "Sesame-WRONG-2b8d41";
const BODY_MARKER: &str = "Body-Marker-5e0c77d1";
const SUBJECT_MARKER: &str = "Subject-Marker-a41f09";
const SENDER_MARKER: &str = "sender-marker-93b2e6";

/// A data directory and a log directory, and every output of `postie`.
struct Logged {
    _dir: tempfile::TempDir,
    data_dir: PathBuf,
    log_dir: PathBuf,
    outputs: Vec<Output>,
}

impl Logged {
    fn new() -> Logged {
        let dir = tempfile::tempdir().unwrap();
        Logged {
            data_dir: dir.path().join("data"),
            log_dir: dir.path().join("logs"),
            _dir: dir,
            outputs: Vec::new(),
        }
    }

    /// `postie --verbose ARGS` (unless `quiet`) with `stdin`, `POSTIE_LOG`
    /// set to `filter` when given.
    fn run_with(&mut self, args: &[&str], stdin: &str, filter: Option<&str>, quiet: bool) -> Output {
        let mut command = postie(&self.data_dir);
        command
            .args(args)
            .env("POSTIE_LOG_DIR", &self.log_dir)
            .env_remove("POSTIE_LOG")
            .env_remove("RUST_LOG")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if !quiet {
            command.arg("--verbose");
        }
        if let Some(filter) = filter {
            command.env("POSTIE_LOG", filter);
        }
        let mut child = command.spawn().unwrap();
        child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
        let output = child.wait_with_output().unwrap();
        self.outputs.push(output.clone());
        output
    }

    fn run(&mut self, args: &[&str]) -> Output {
        self.run_with(args, "", None, false)
    }

    fn ok(&mut self, args: &[&str], stdin: &str) -> Output {
        let output = self.run_with(args, stdin, None, false);
        assert!(output.status.success(), "postie {args:?} failed: {}", text(&output));
        output
    }

    /// The log files, each checked for its name, joined.
    fn log(&self) -> String {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.log_dir)
            .unwrap_or_else(|e| panic!("no log directory {}: {e}", self.log_dir.display()))
            .map(|entry| entry.unwrap().path())
            .collect();
        names.sort();
        assert!(!names.is_empty(), "no log file in {}", self.log_dir.display());
        let mut log = String::new();
        for path in names {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            assert!(
                name.starts_with("postie.") && name.ends_with(".log"),
                "unexpected file {name} in the log directory"
            );
            log.push_str(&std::fs::read_to_string(&path).unwrap());
        }
        assert!(!log.trim().is_empty(), "the log files are empty");
        log
    }

    /// Neither the log nor any stderr holds any of `secrets`.
    fn assert_nowhere(&self, secrets: &[String]) {
        let log = self.log();
        for secret in secrets {
            assert!(!log.contains(secret.as_str()), "the log holds {secret:?}:\n{log}");
            for output in &self.outputs {
                let stderr = String::from_utf8_lossy(&output.stderr);
                assert!(!stderr.contains(secret.as_str()), "stderr holds {secret:?}:\n{stderr}");
            }
        }
    }
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// A password as it may travel: itself, base64 alone (LOGIN), and as a
/// PLAIN response; and the start of any PLAIN response for `user` (whole
/// base64 groups of "\0user\0", whatever the password).
fn forms_of(user: &str, password: &str) -> Vec<String> {
    let plain_start = format!("\0{user}\0");
    let whole_groups = plain_start.len() / 3 * 3;
    vec![
        password.to_owned(),
        BASE64.encode(password),
        BASE64.encode(format!("{plain_start}{password}")),
        BASE64.encode(&plain_start[..whole_groups]),
    ]
}

fn marked_message(n: usize) -> StoredMessage {
    StoredMessage {
        uidl: format!("log-{n:04}"),
        bytes: format!(
            "From: Someone <{SENDER_MARKER}@example.org>\r\nTo: you@example.org\r\nSubject: {SUBJECT_MARKER} {n}\r\n\
             Date: Mon, 3 Nov 2025 10:{n:02}:00 +0000\r\nMessage-ID: <log{n}@example.org>\r\n\r\n\
             {BODY_MARKER} in message {n}.\r\n"
        )
        .into_bytes(),
    }
}

/// USER/PASS with the password in the keyring (tests/run.sh starts a
/// Secret Service): a refused login, then fetches that store mail, and
/// reading it. Everything is logged; no secret and no mail is.
#[test]
fn fetch_is_logged_without_password_or_mail() {
    let background = Background::start(
        ServerOptions {
            user: USER.into(),
            password: PASSWORD.into(),
            ..ServerOptions::default()
        },
        (1..=3).map(marked_message).collect(),
    );
    let port = background.server().port().to_string();
    let mut logged = Logged::new();
    let add = [
        "account",
        "add",
        "logs",
        "--host",
        "127.0.0.1",
        "--port",
        &port,
        "--security",
        "plain",
        "--user",
        USER,
        "--password-stdin",
    ];
    logged.ok(&add, &format!("{WRONG}\n"));

    let refused = logged.run(&["fetch", "logs"]);
    assert!(!refused.status.success(), "a wrong password fails the fetch");
    assert!(
        text(&refused).contains("rejected the user name or password"),
        "{}",
        text(&refused)
    );

    logged.ok(
        &["account", "edit", "logs", "--password-stdin"],
        &format!("{PASSWORD}\n"),
    );
    let fetched = logged.ok(&["fetch", "logs", "--json"], "");
    // --verbose writes to stderr only: stdout is still one JSON object.
    let report: Value = serde_json::from_slice(&fetched.stdout).expect("stdout is JSON alone");
    assert_eq!(report["new"], 3, "{report}");
    let verbose = String::from_utf8_lossy(&fetched.stderr).into_owned();
    assert!(
        verbose.contains("fetch finished"),
        "--verbose shows the fetch:\n{verbose}"
    );
    assert!(verbose.contains("DEBUG"), "--verbose shows DEBUG lines:\n{verbose}");

    // At TRACE the commands sent are logged, redacted.
    logged.run_with(&["fetch", "logs"], "", Some("trace"), false);
    let listed = logged.ok(&["list", "--json"], "");
    let list: Value = serde_json::from_slice(&listed.stdout).unwrap();
    assert_eq!(list.as_array().unwrap().len(), 3);
    let id = list[0]["id"].as_i64().unwrap().to_string();
    let shown = logged.ok(&["show", &id], "");
    assert!(String::from_utf8_lossy(&shown.stdout).contains(BODY_MARKER));

    // Without --verbose the terminal gets nothing extra.
    let quiet = logged.run_with(&["list", "--json"], "", None, true);
    assert!(quiet.status.success());
    assert!(quiet.stderr.is_empty(), "{}", String::from_utf8_lossy(&quiet.stderr));

    // No secret and no mail first, then what must be there.
    let mut secrets = forms_of(USER, PASSWORD);
    secrets.extend(forms_of(USER, WRONG));
    secrets.extend([BODY_MARKER, SUBJECT_MARKER, SENDER_MARKER].map(str::to_owned));
    logged.assert_nowhere(&secrets);
    let log = logged.log();
    for expected in [
        "postie started",
        "fetch started",
        "connected",
        "security=plain",
        "logging in",
        "method=user",
        "login refused",
        "fetch failed",
        "planned",
        "fetch finished",
        "new=3",
        "C: USER logtest",
        "C: PASS ***",
    ] {
        assert!(log.contains(expected), "the log has no {expected:?}:\n{log}");
    }

    logged.ok(&["account", "remove", "logs", "--delete-mail"], "");
}

/// SASL logins against Dovecot, at TRACE: PLAIN, LOGIN, SCRAM-SHA-256,
/// CRAM-MD5 and APOP, a refused PLAIN and a refused SCRAM. The exchanges
/// are logged as `***`; no password, response or digest is.
#[test]
fn sasl_logins_are_logged_without_secrets() {
    let dovecot = Dovecot::start(3);
    let mut logged = Logged::new();
    let port = dovecot.plain_port.to_string();
    let password_command = |password: &str| format!("printf '%s' '{password}'");
    let right = password_command(ALICE_PASSWORD);
    let wrong_password = "Wr0ng-Sesame-c81d";
    let wrong = password_command(wrong_password);
    logged.ok(
        &[
            "account",
            "add",
            "dove",
            "--host",
            "localhost",
            "--port",
            &port,
            "--security",
            "plain",
            "--user",
            ALICE,
            "--password-command",
            &right,
            "--auth",
            "plain",
        ],
        "",
    );
    let fetch = |logged: &mut Logged| logged.run_with(&["fetch", "dove"], "", Some("postie=trace"), false);
    let first = fetch(&mut logged);
    assert!(first.status.success(), "{}", text(&first));
    assert!(text(&first).contains("dove: 3 new"), "{}", text(&first));
    for method in ["login", "scram-sha-256", "cram-md5", "apop"] {
        logged.ok(&["account", "edit", "dove", "--auth", method], "");
        let output = fetch(&mut logged);
        assert!(output.status.success(), "{method}: {}", text(&output));
    }
    logged.ok(&["account", "edit", "dove", "--password-command", &wrong], "");
    for method in ["plain", "scram-sha-256"] {
        logged.ok(&["account", "edit", "dove", "--auth", method], "");
        let output = fetch(&mut logged);
        assert!(
            !output.status.success(),
            "{method} with a wrong password: {}",
            text(&output)
        );
    }

    // No secret and no mail first, then what must be there.
    let mut secrets = forms_of(ALICE, ALICE_PASSWORD);
    secrets.extend(forms_of(ALICE, wrong_password));
    secrets.extend([
        // The password commands (they hold the passwords here).
        right,
        wrong,
        // SCRAM client-first ("n,,n=alice,r=") and client-final
        // ("c=biws,r=...,p=proof"), raw and base64.
        "n=alice,r=".to_owned(),
        BASE64.encode("n,,n=alice,r=")[..16].to_owned(),
        "c=biws".to_owned(),
        BASE64.encode("c=biws,r=")[..12].to_owned(),
        // CRAM-MD5's response starts "alice " before the digest.
        BASE64.encode("alice ")[..8].to_owned(),
        "postie interop suite".to_owned(),
    ]);
    let samples: Vec<String> = dovecot
        .messages(ALICE)
        .iter()
        .flat_map(|m| body_samples(&m.lf))
        .collect();
    assert!(!samples.is_empty(), "the messages have body lines to look for");
    secrets.extend(samples);
    logged.assert_nowhere(&secrets);
    let log = logged.log();
    for method in ["plain", "login", "scram-sha-256", "cram-md5", "apop"] {
        assert!(
            log.contains(&format!("method={method}")),
            "no {method} login logged:\n{log}"
        );
    }
    for expected in [
        "C: AUTH PLAIN ***",
        "C: AUTH SCRAM-SHA-256 ***",
        "C: AUTH CRAM-MD5",
        "C: APOP alice ***",
        "C: ***",
        "login refused",
        "fetch failed",
    ] {
        assert!(log.contains(expected), "the log has no {expected:?}:\n{log}");
    }

    for (at, _) in log.match_indices("APOP alice ") {
        assert!(
            log[at..].starts_with("APOP alice ***"),
            "an APOP digest is logged:\n{log}"
        );
    }
}

/// A few long lines of a message's body, to look for in the logs.
fn body_samples(lf: &[u8]) -> Vec<String> {
    let text = String::from_utf8_lossy(lf);
    let body = text.split_once("\n\n").map_or("", |(_, body)| body);
    body.lines()
        .map(str::trim)
        .filter(|line| line.len() >= 24 && line.is_ascii())
        .take(5)
        .map(|line| line[..24].to_owned())
        .collect()
}

/// A log directory that cannot be made: Postie warns once and works on.
#[test]
fn unwritable_log_directory_is_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("a-file");
    std::fs::write(&file, "not a directory").unwrap();
    let output = postie(&dir.path().join("data"))
        .args(["account", "list", "--json"])
        .env("POSTIE_LOG_DIR", file.join("logs"))
        .env_remove("POSTIE_LOG")
        .env_remove("RUST_LOG")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", text(&output));
    let accounts: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(accounts, serde_json::json!([]));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.matches("without a log file").count(), 1, "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "{stderr}");
    assert!(!file.join("logs").exists());
}
