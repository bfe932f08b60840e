//! The `postie` command line, run as a child process: the exact interface
//! outside tools depend on. Every run sets the locale (`postie()`), so
//! the words checked are English whatever the machine's language.

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage};
use serde_json::Value;

use crate::engine::messages;
use crate::support::dovecot::{ALICE, ALICE_PASSWORD, Dovecot};

/// Our POP3 server on its own runtime thread, so the test can block on
/// child processes while it serves.
pub(crate) struct Background {
    server: Option<Pop3Server>,
    runtime: tokio::runtime::Runtime,
}

impl Background {
    pub(crate) fn start(options: ServerOptions, messages: Vec<StoredMessage>) -> Background {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let server = runtime.block_on(Pop3Server::start(options, messages)).unwrap();
        Background {
            server: Some(server),
            runtime,
        }
    }

    pub(crate) fn server(&self) -> &Pop3Server {
        self.server.as_ref().unwrap()
    }
}

impl Drop for Background {
    fn drop(&mut self) {
        let _guard = self.runtime.enter();
        self.server.take();
    }
}

/// The locale that makes `postie` speak English.
const ENGLISH: &str = "C.UTF-8";
const GERMAN: &str = "de_DE.UTF-8";

/// `postie` in `locale` (LC_ALL beats LC_MESSAGES and LANG).
fn postie_in(locale: &str) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_postie"));
    command.env("LC_ALL", locale);
    command
}

/// `postie` in English.
fn postie() -> Command {
    postie_in(ENGLISH)
}

struct Cli {
    _dir: tempfile::TempDir,
    data_dir: PathBuf,
}

impl Cli {
    fn new() -> Cli {
        let dir = tempfile::tempdir().unwrap();
        let data_dir = dir.path().join("data");
        Cli { _dir: dir, data_dir }
    }

    fn run(&self, args: &[&str]) -> Output {
        self.run_in(ENGLISH, args)
    }

    fn run_in(&self, locale: &str, args: &[&str]) -> Output {
        postie_in(locale)
            .arg("--data-dir")
            .arg(&self.data_dir)
            .args(args)
            .stdin(Stdio::null())
            .output()
            .unwrap()
    }

    fn ok(&self, args: &[&str]) -> String {
        let output = self.run(args);
        assert!(
            output.status.success(),
            "postie {args:?} failed: {}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    }

    fn json(&self, args: &[&str]) -> Value {
        serde_json::from_str(&self.ok(args)).unwrap()
    }

    fn add_demo(&self, name: &str, server: &Pop3Server, extra: &[&str]) {
        let port = server.port().to_string();
        let mut args = vec![
            "account",
            "add",
            name,
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
        ];
        args.extend_from_slice(extra);
        self.ok(&args);
    }
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

#[test]
fn account_defaults_and_listing() {
    let cli = Cli::new();
    cli.ok(&[
        "account",
        "add",
        "a",
        "--host",
        "pop.example.org",
        "--user",
        "me@example.org",
        "--password-command",
        "pass show a",
    ]);
    cli.ok(&[
        "account",
        "add",
        "b",
        "--host",
        "pop.example.org",
        "--security",
        "starttls",
        "--user",
        "me",
        "--password-command",
        "x",
        "--delete-after-days",
        "14",
    ]);
    let plain = cli.run(&[
        "account",
        "add",
        "c",
        "--host",
        "pop.example.org",
        "--security",
        "plain",
        "--user",
        "me",
        "--password-command",
        "x",
        "--delete-when-trashed",
    ]);
    assert!(plain.status.success());
    assert!(
        stderr(&plain).contains("warning: security 'plain'"),
        "{}",
        stderr(&plain)
    );
    let accounts = cli.json(&["account", "list", "--json"]);
    let by_name = |n: &str| {
        accounts
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["name"] == n)
            .unwrap()
            .clone()
    };
    assert_eq!(by_name("a")["security"], "tls");
    assert_eq!(by_name("a")["port"], 995);
    assert_eq!(by_name("a")["policy"], "keep");
    assert_eq!(by_name("a")["password"], "command");
    assert_eq!(by_name("b")["port"], 110);
    assert_eq!(by_name("b")["policy"], "delete-after-days");
    assert_eq!(by_name("b")["delete_after_days"], 14);
    assert_eq!(by_name("c")["port"], 110);
    assert_eq!(by_name("c")["policy"], "delete-when-trashed");

    let duplicate = cli.run(&[
        "account",
        "add",
        "a",
        "--host",
        "h",
        "--user",
        "u",
        "--password-command",
        "x",
    ]);
    assert!(!duplicate.status.success());
    assert!(stderr(&duplicate).contains("already exists"));
    let no_password = cli.run(&["account", "add", "d", "--host", "h", "--user", "u"]);
    assert!(!no_password.status.success());
    assert!(
        stderr(&no_password).contains("--password-stdin"),
        "{}",
        stderr(&no_password)
    );

    cli.ok(&[
        "account",
        "edit",
        "a",
        "--delete-after-download",
        "--max-size",
        "1000000",
        "--over-size",
        "headers",
    ]);
    let edited = cli.json(&["account", "list", "--json"]);
    let a = edited.as_array().unwrap().iter().find(|x| x["name"] == "a").unwrap();
    assert_eq!(a["policy"], "delete-after-download");
    assert_eq!(a["max_size"], 1_000_000);
    assert_eq!(a["over_size"], "headers");
    cli.ok(&["account", "remove", "c"]);
    assert_eq!(cli.json(&["account", "list", "--json"]).as_array().unwrap().len(), 2);
    let human = cli.ok(&["account", "list"]);
    assert!(human.contains("me@example.org@pop.example.org:995"), "{human}");
}

#[test]
fn trust_cert_accepts_every_spelling() {
    let cli = Cli::new();
    let hex = "ab".repeat(32);
    let spellings = [
        hex.clone(),
        hex.to_uppercase(),
        vec!["AB"; 32].join(":"),
        vec!["ab"; 32].join(":"),
    ];
    for (i, spelling) in spellings.iter().enumerate() {
        let name = format!("acct{i}");
        cli.ok(&[
            "account",
            "add",
            &name,
            "--host",
            "h",
            "--user",
            "u",
            "--password-command",
            "x",
            "--trust-cert",
            spelling,
        ]);
    }
    let accounts = cli.json(&["account", "list", "--json"]);
    assert!(
        accounts
            .as_array()
            .unwrap()
            .iter()
            .all(|a| a["trusted_certificate"] == hex.as_str())
    );
    let bad = cli.run(&[
        "account",
        "add",
        "bad",
        "--host",
        "h",
        "--user",
        "u",
        "--password-command",
        "x",
        "--trust-cert",
        "abc",
    ]);
    assert!(!bad.status.success());
    assert!(stderr(&bad).contains("64 hexadecimal digits"), "{}", stderr(&bad));
}

#[test]
fn fetch_list_show_search_trash_and_export() {
    let mut sample = messages(1..=6);
    sample[2].bytes = b"From: =?UTF-8?Q?Ren=C3=A9e?= <renee@example.fr>\r\nTo: you@example.org\r\nSubject: Rendez-vous au caf\xc3\xa9\r\nDate: Tue, 4 Nov 2025 09:00:00 +0100\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOn se voit au caf\xc3\xa9 demain ?\r\nFrom the desk of Ren\xc3\xa9e\r\n".to_vec();
    let background = Background::start(ServerOptions::default(), sample.clone());
    let cli = Cli::new();
    cli.add_demo("demo", background.server(), &[]);

    let line = cli.ok(&["fetch"]);
    assert_eq!(
        line.trim(),
        "demo: 6 new, 0 already had, 0 deleted on server, 0 skipped"
    );
    let json: Value = serde_json::from_str(cli.ok(&["fetch", "--json"]).trim()).unwrap();
    assert_eq!(json["account"], "demo");
    assert_eq!((json["new"].as_u64(), json["already_had"].as_u64()), (Some(0), Some(6)));
    assert_eq!(json["deleted_on_server"], 0);
    assert_eq!(json["skipped"], 0);
    assert!(json["error"].is_null());

    let list = cli.json(&["list", "--json"]);
    let items = list.as_array().unwrap();
    assert_eq!(items.len(), 6);
    for field in [
        "id", "account", "uidl", "from", "subject", "date", "size", "unread", "folder", "sha256",
    ] {
        assert!(items.iter().all(|m| !m[field].is_null()), "field {field}");
    }
    let cafe = items.iter().find(|m| m["subject"] == "Rendez-vous au café").unwrap();
    assert_eq!(cafe["from"], "Renée <renee@example.fr>");
    assert_eq!(cafe["date"], "2025-11-04T08:00:00Z");
    assert_eq!(cafe["folder"], "inbox");
    assert_eq!(cafe["unread"], true);
    assert_eq!(cafe["uidl"], "uid-0003");
    assert_eq!(cafe["sha256"].as_str().unwrap().len(), 64);
    let id = cafe["id"].as_i64().unwrap().to_string();

    let raw = postie()
        .arg("--data-dir")
        .arg(&cli.data_dir)
        .args(["show", &id, "--raw"])
        .output()
        .unwrap();
    assert_eq!(raw.stdout, sample[2].bytes, "show --raw is byte-exact");
    let shown = cli.ok(&["show", &id]);
    assert!(
        shown.starts_with("From: Renée <renee@example.fr>\nTo: you@example.org\nDate: "),
        "{shown}"
    );
    assert!(shown.contains("Subject: Rendez-vous au café"));
    assert!(shown.contains("On se voit au café demain ?"));

    let found = cli.json(&["search", "café", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    let found = cli.json(&["search", "renee@example.fr", "--json"]);
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(cli.json(&["search", "number", "--json"]).as_array().unwrap().len(), 5);
    assert_eq!(
        cli.json(&["search", "nothing-like-this", "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );

    cli.ok(&["trash", &id]);
    let trash = cli.json(&["list", "--folder", "trash", "--json"]);
    assert_eq!(trash.as_array().unwrap().len(), 1);
    assert_eq!(trash[0]["folder"], "trash");
    cli.ok(&["restore", &id]);
    assert_eq!(
        cli.json(&["list", "--folder", "inbox", "--json"])
            .as_array()
            .unwrap()
            .len(),
        6
    );
    cli.ok(&["trash", &id]);
    cli.ok(&["empty-trash"]);
    assert_eq!(cli.json(&["list", "--json"]).as_array().unwrap().len(), 5);
    let missing = cli.run(&["show", &id]);
    assert!(!missing.status.success());
    assert!(stderr(&missing).contains(&format!("There is no message {id}")));

    let out = tempfile::tempdir().unwrap();
    let mbox = out.path().join("mail.mbox");
    cli.ok(&["export", "--mbox", mbox.to_str().unwrap()]);
    let text = std::fs::read_to_string(&mbox).unwrap();
    assert_eq!(
        text.matches("\nFrom ").count() + usize::from(text.starts_with("From ")),
        5
    );
    assert!(!text.contains('\r'));
    let again = cli.run(&["export", "--mbox", mbox.to_str().unwrap()]);
    assert!(!again.status.success(), "an existing mbox is never overwritten");
    let maildir = out.path().join("Maildir");
    cli.ok(&["export", "--maildir", maildir.to_str().unwrap(), "--account", "demo"]);
    assert_eq!(std::fs::read_dir(maildir.join("cur")).unwrap().count(), 5);
}

#[test]
fn one_failing_account_fails_the_exit_status_but_not_the_others() {
    let background = Background::start(ServerOptions::default(), messages(1..=2));
    let cli = Cli::new();
    cli.add_demo("good", background.server(), &[]);
    cli.ok(&[
        "account",
        "add",
        "bad",
        "--host",
        "127.0.0.1",
        "--port",
        "1",
        "--security",
        "plain",
        "--user",
        "x",
        "--password-command",
        "printf x",
    ]);
    let output = cli.run(&["fetch"]);
    assert_eq!(output.status.code(), Some(1));
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("good: 2 new"), "{text}");
    assert!(
        text.contains("bad: error: Could not connect to 127.0.0.1 on port 1"),
        "{text}"
    );
    let output = cli.run(&["fetch", "--json"]);
    let lines: Vec<Value> = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert!(lines.iter().any(|l| l["account"] == "bad" && l["error"].is_string()));
    let unknown = cli.run(&["fetch", "nope"]);
    assert!(!unknown.status.success());
    assert!(stderr(&unknown).contains("There is no account named 'nope'"));
}

#[test]
fn dry_run_prints_what_would_be_deleted() {
    let background = Background::start(ServerOptions::default(), messages(1..=3));
    let cli = Cli::new();
    cli.add_demo("demo", background.server(), &["--delete-after-download"]);
    cli.ok(&["account", "edit", "demo", "--keep"]);
    cli.ok(&["fetch"]);
    cli.ok(&["account", "edit", "demo", "--delete-after-download"]);
    let text = cli.ok(&["fetch", "--dry-run"]);
    assert!(text.contains("dry run: 0 to download, 3 to delete on server"), "{text}");
    assert_eq!(text.matches("would delete uid-").count(), 3);
    assert_eq!(background.server().messages().len(), 3, "a dry run changes nothing");
}

#[test]
fn certificate_errors_give_the_fingerprint_to_trust() {
    let dovecot = Dovecot::start(3);
    let cli = Cli::new();
    let port = dovecot.tls_port.to_string();
    let command = format!("printf '%s' '{ALICE_PASSWORD}'");
    cli.ok(&[
        "account",
        "add",
        "dove",
        "--host",
        "localhost",
        "--port",
        &port,
        "--user",
        ALICE,
        "--password-command",
        &command,
    ]);
    let output = cli.run(&["fetch"]);
    assert!(!output.status.success());
    let text = String::from_utf8_lossy(&output.stdout);
    let fingerprint = dovecot.fingerprint().to_string();
    assert!(text.contains(&fingerprint), "{text}");
    assert!(text.contains("self-signed"), "{text}");
    cli.ok(&["account", "edit", "dove", "--trust-cert", &fingerprint]);
    let fetched = cli.ok(&["fetch"]);
    assert!(fetched.contains("dove: 3 new"), "{fetched}");
}

#[test]
fn data_dir_from_the_environment() {
    let dir = tempfile::tempdir().unwrap();
    let output = postie()
        .env("POSTIE_DATA_DIR", dir.path())
        .args([
            "account",
            "add",
            "env",
            "--host",
            "h",
            "--user",
            "u",
            "--password-command",
            "x",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(Path::new(&dir.path().join("postie.sqlite3")).exists());
}

/// `postie install-desktop` puts a valid menu entry, icons and metainfo
/// under $XDG_DATA_HOME; `uninstall-desktop` takes them away.
#[test]
fn install_desktop_puts_valid_files_in_the_menu_and_uninstall_removes_them() {
    let home = tempfile::tempdir().unwrap();
    let data_home = home.path().join("share");
    let run = |command: &str| {
        let output = postie()
            .arg(command)
            .env("HOME", home.path())
            .env("XDG_DATA_HOME", &data_home)
            .stdin(Stdio::null())
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{command}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        String::from_utf8(output.stdout).unwrap()
    };
    let said = run("install-desktop");
    assert!(said.contains("applications menu"), "{said}");

    let id = postie::desktop::APP_ID;
    let entry = data_home.join(format!("applications/{id}.desktop"));
    let metainfo = data_home.join(format!("metainfo/{id}.metainfo.xml"));
    let icons = [
        data_home.join(format!("icons/hicolor/scalable/apps/{id}.svg")),
        data_home.join(format!("icons/hicolor/48x48/apps/{id}.png")),
        data_home.join(format!("icons/hicolor/256x256/apps/{id}.png")),
    ];
    for path in icons.iter().chain([&entry, &metainfo]) {
        assert!(path.is_file(), "{} is missing", path.display());
    }
    let text = std::fs::read_to_string(&entry).unwrap();
    assert!(
        text.lines()
            .any(|l| l == format!("Exec={}", env!("CARGO_BIN_EXE_postie"))),
        "the entry starts this binary by its full path:\n{text}"
    );
    assert!(text.lines().any(|l| l == format!("StartupWMClass={id}")));
    assert_eq!(&std::fs::read(&icons[1]).unwrap()[..8], b"\x89PNG\r\n\x1a\n");

    // The desktop's own validators accept what was installed.
    let validate = |program: &str, args: &[&str], path: &Path| {
        let output = Command::new(program)
            .args(args)
            .arg(path)
            .output()
            .unwrap_or_else(|e| panic!("{program} must be installed (tests/run.sh installs it): {e}"));
        assert!(
            output.status.success(),
            "{program} refused {}:\n{}{}",
            path.display(),
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        );
    };
    validate("desktop-file-validate", &[], &entry);
    validate("appstreamcli", &["validate", "--no-net"], &metainfo);

    let said = run("uninstall-desktop");
    assert!(said.contains("out of the applications menu"), "{said}");
    for path in icons.iter().chain([&entry, &metainfo]) {
        assert!(!path.exists(), "{} is still there", path.display());
    }
}

/// What `postie` says follows the locale (LC_ALL here): German words for
/// tables, summaries, errors and `--help`, English under C. `--json` is
/// the same, byte for byte, in every locale: tools parse it.
#[test]
fn human_output_follows_the_locale_and_json_does_not() {
    let background = Background::start(ServerOptions::default(), messages(1..=3));
    let cli = Cli::new();
    cli.add_demo("demo", background.server(), &["--delete-after-days", "7"]);
    let text = |output: &Output| {
        format!(
            "{}{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    };
    let ok_in = |locale: &str, args: &[&str]| {
        let output = cli.run_in(locale, args);
        assert!(output.status.success(), "{locale} postie {args:?}: {}", text(&output));
        String::from_utf8(output.stdout).unwrap()
    };

    let fetched = ok_in(GERMAN, &["fetch"]);
    assert_eq!(
        fetched.trim(),
        "demo: 3 neu, 0 bereits vorhanden, 0 auf dem Server gelöscht, 0 übersprungen"
    );
    let fetched = ok_in(ENGLISH, &["fetch"]);
    assert_eq!(
        fetched.trim(),
        "demo: 0 new, 3 already had, 0 deleted on server, 0 skipped"
    );

    let accounts = ok_in(GERMAN, &["account", "list"]);
    for words in [
        "Verschlüsselung",
        "Auf dem Server",
        "7 Tage nach dem Herunterladen vom Server löschen",
    ] {
        assert!(accounts.contains(words), "{words:?} in:\n{accounts}");
    }
    let accounts = ok_in(ENGLISH, &["account", "list"]);
    for words in ["Security", "On the server", "delete from server 7 days after download"] {
        assert!(accounts.contains(words), "{words:?} in:\n{accounts}");
    }

    let list = ok_in(GERMAN, &["list"]);
    assert!(list.contains("Absender") && list.contains("Betreff"), "{list}");
    assert_eq!(list.lines().count(), 4, "a heading and three messages:\n{list}");
    let list = ok_in(ENGLISH, &["list"]);
    assert!(list.contains("From") && list.contains("Subject"), "{list}");
    // The columns line up: every subject starts at the heading's column.
    let lines: Vec<&str> = list.lines().collect();
    let column = lines[0].find("Subject").unwrap();
    let subjects: Vec<_> = lines[1..]
        .iter()
        .map(|l| l.chars().skip(column).collect::<String>())
        .collect();
    assert!(subjects.iter().all(|s| !s.starts_with(' ') && !s.is_empty()), "{list}");

    let id = cli.json(&["list", "--json"])[0]["id"].as_i64().unwrap().to_string();
    let shown = ok_in(GERMAN, &["show", &id]);
    assert!(shown.starts_with("Von: ") && shown.contains("\nBetreff: "), "{shown}");

    let help = ok_in(GERMAN, &["--help"]);
    assert!(help.contains("Neue E-Mails herunterladen"), "{help}");
    assert!(help.contains("Usage:"), "clap's own words stay English:\n{help}");
    let help = ok_in(ENGLISH, &["--help"]);
    assert!(help.contains("Download new mail"), "{help}");
    let help = ok_in(GERMAN, &["account", "add", "--help"]);
    assert!(help.contains("Der Hostname des POP3-Servers"), "{help}");
    let help = ok_in(ENGLISH, &["account", "add", "--help"]);
    assert!(help.contains("The POP3 server's host name"), "{help}");

    let missing = cli.run_in(GERMAN, &["show", "999999"]);
    assert_eq!(missing.status.code(), Some(1));
    assert!(
        stderr(&missing).contains("postie: Es gibt keine Nachricht 999999."),
        "{}",
        stderr(&missing)
    );
    let missing = cli.run_in(ENGLISH, &["show", "999999"]);
    assert!(
        stderr(&missing).contains("There is no message 999999."),
        "{}",
        stderr(&missing)
    );
    let unknown = cli.run_in(GERMAN, &["fetch", "nope"]);
    assert!(
        stderr(&unknown).contains("Es gibt kein Konto namens „nope“"),
        "{}",
        stderr(&unknown)
    );

    // An account that fails, so `fetch --json` carries an error sentence.
    cli.ok(&[
        "account",
        "add",
        "bad",
        "--host",
        "127.0.0.1",
        "--port",
        "1",
        "--security",
        "plain",
        "--user",
        "x",
        "--password-command",
        "printf x",
    ]);
    let failed = cli.run_in(GERMAN, &["fetch", "bad"]);
    assert!(
        String::from_utf8_lossy(&failed.stdout).starts_with("bad: Fehler: "),
        "{}",
        text(&failed)
    );
    for args in [
        &["account", "list", "--json"][..],
        &["list", "--json"],
        &["list", "--folder", "inbox", "--json"],
        &["search", "number", "--json"],
        &["fetch", "--json"],
        &["fetch", "--json", "--dry-run"],
    ] {
        let german = cli.run_in(GERMAN, args);
        let english = cli.run_in(ENGLISH, args);
        assert_eq!(german.status.code(), english.status.code(), "{args:?}");
        assert!(!english.stdout.is_empty(), "{args:?}");
        assert_eq!(
            String::from_utf8_lossy(&german.stdout),
            String::from_utf8_lossy(&english.stdout),
            "postie {args:?} prints the same JSON in every language"
        );
        assert_eq!(german.stdout, english.stdout, "{args:?}");
    }
}
