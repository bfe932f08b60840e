//! Adding an account through the form, against the scripted POP3 server:
//! fill in, test, trust the certificate, save, and see the mail arrive.

use crate::harness::Harness;
use crate::support::certs;
use crate::support::scripted::{Script, ScriptedServer};

const CAPA: &[&str] = &["USER", "UIDL", "EXPIRE 30"];

/// TLS, then the usual greeting, CAPA, USER/PASS and CAPA again.
fn tls_login() -> Script {
    let mut script = Script::new().tls();
    script.steps.extend(Script::logged_in(CAPA).steps);
    script
}

const MESSAGE: &str = "From: Bob Example <bob@example.net>\r\nTo: alice@example.org\r\nSubject: Minutes of the garden club\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\nThe compost rota is settled.\r\n";

fn fill_form(harness: &mut Harness, port: u16) {
    harness.type_into("setup-name", "Alice Example");
    harness.type_into("setup-email", "alice@example.org");
    harness.type_into("setup-host", "localhost");
    // The port holds the default and the user name the address: type over.
    harness.replace_text("setup-port", &port.to_string());
    harness.replace_text("setup-username", "alice");
    harness.type_into("setup-password", "secret");
}

#[test]
fn setup_tests_trusts_the_certificate_saves_and_fetches() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("Welcome to Postie");
    harness.click("Add an account");
    assert!(harness.shows("Add an account"), "the account form opens");

    let cert = certs::self_signed(&["localhost"]);
    let size = MESSAGE.len();
    let server = harness.runtime.block_on(ScriptedServer::start(
        Some(cert.identity()),
        vec![
            // 1: "Test connection": the certificate is refused at the handshake.
            Script::new().tls(),
            // 1b: a second handshake, without verification, only to read the
            // certificate for the dialog; nothing is sent on it.
            Script::new().tls(),
            // 2: after "Trust this certificate": log in, look around.
            tls_login()
                .c("STAT")
                .s(format!("+OK 1 {size}\r\n"))
                .c("QUIT")
                .s("+OK bye\r\n"),
            // 3: the first fetch after saving.
            tls_login()
                .c("UIDL")
                .s("+OK\r\n1 garden-1\r\n.\r\n")
                .c("LIST")
                .s(format!("+OK\r\n1 {size}\r\n.\r\n"))
                .c("RETR 1")
                .s(format!("+OK\r\n{MESSAGE}.\r\n"))
                .c("QUIT")
                .s("+OK bye\r\n"),
            // 4: a second look (servers may cap messages per session): nothing new.
            tls_login()
                .c("UIDL")
                .s("+OK\r\n1 garden-1\r\n.\r\n")
                .c("LIST")
                .s(format!("+OK\r\n1 {size}\r\n.\r\n"))
                .c("QUIT")
                .s("+OK bye\r\n"),
        ],
    ));
    fill_form(&mut harness, server.port);

    harness.click("Test connection");
    harness.wait_for_text("The server's certificate is not trusted");
    let fingerprint = cert.fingerprint().to_string();
    assert!(harness.shows(&fingerprint), "the dialog shows the SHA-256 fingerprint");
    assert!(harness.shows("localhost"), "the dialog names the host");

    harness.click("Trust this certificate");
    harness.wait_for_text("Connected and logged in.");
    assert!(harness.shows("Yes (UIDL): mail is never downloaded twice."));
    assert!(
        harness.shows("30 days after download"),
        "the server's EXPIRE is reported"
    );
    assert!(harness.shows(&format!("Trusted certificate: SHA-256 {fingerprint}")));

    harness.click("Save");
    harness.wait_for_text("Minutes of the garden club");
    harness.wait_until("the second session to end", |h| {
        h.app
            .accounts()
            .first()
            .is_some_and(|a| !a.status.fetching && a.status.last_check.is_some())
    });

    let transcript = harness.runtime.block_on(server.finish());
    assert_eq!(
        transcript.received.len(),
        5,
        "test, inspection, trusted test, fetch, second look"
    );
    assert!(
        transcript.received[..2].iter().all(Vec::is_empty),
        "nothing was sent before the certificate was trusted"
    );
    transcript.assert_ok();

    // The account is stored with the pin; the password is in the keyring,
    // not in the database.
    let store = postie::store::Store::open(dir.path()).unwrap();
    let account = store.accounts().unwrap().remove(0);
    assert_eq!(account.settings.pinned_certificate, Some(cert.fingerprint()));
    assert_eq!(account.settings.username, "alice");
    assert_eq!(
        postie::secrets::keyring_get(&account.keyring_key)
            .map(|s| s.expose().to_owned())
            .ok()
            .as_deref(),
        Some("secret")
    );
    let database = std::fs::read(dir.path().join("postie.sqlite3")).unwrap();
    assert!(
        !database.windows(6).any(|w| w == b"secret"),
        "the password never touches SQLite"
    );
    let _ = postie::secrets::keyring_delete(&account.keyring_key);
}

#[test]
fn a_rejected_password_is_explained_in_plain_words() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("Welcome to Postie");
    harness.click("Add an account");
    let capa = "+OK\r\nUSER\r\nUIDL\r\n.\r\n";
    let server = harness.runtime.block_on(ScriptedServer::start(
        None,
        vec![
            Script::new()
                .s("+OK ready\r\n")
                .c("CAPA")
                .s(capa)
                .c("USER alice")
                .s("+OK\r\n")
                .c("PASS secret")
                .s("-ERR [AUTH] invalid credentials\r\n"),
        ],
    ));
    fill_form(&mut harness, server.port);
    // Plain only because this test server is plain; the form warns about it.
    harness.click("None: the password and mail cross the network unencrypted");
    // Choosing "None" puts 110 in the port field.
    harness.replace_text("setup-port", &server.port.to_string());
    harness.click("Test connection");
    harness.wait_until("the test to fail", |h| {
        h.shows_containing("rejected the user name or password")
    });
    assert!(harness.shows_containing("Postie will not try again with the same password"));
    harness.runtime.block_on(server.finish()).assert_ok();
}

#[test]
fn an_address_fills_in_the_provider_settings() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("Welcome to Postie");
    harness.click("Add an account");
    harness.type_into("setup-email", "someone@gmail.com");
    let preset = postie::presets::for_address("someone@gmail.com").expect("Gmail is a preset");
    assert!(harness.shows(preset.host), "the server field shows {}", preset.host);
    assert!(harness.shows(&preset.port.to_string()));
    assert!(harness.shows(&format!("Settings for {} filled in.", preset.name)));
    // Cancel goes back to the welcome screen; nothing was saved.
    harness.click("Cancel");
    assert!(harness.shows("Welcome to Postie"));
    assert!(
        postie::store::Store::open(dir.path())
            .unwrap()
            .accounts()
            .unwrap()
            .is_empty()
    );
}

/// Case 15: a server that announces `EXPIRE 0` deletes what it hands out,
/// so "keep it on the server" cannot be had there. The test connection
/// finds it, chooses delete-after-download, and the options that keep mail
/// say why they cannot be chosen; the account is saved that way.
#[test]
fn a_server_that_keeps_nothing_turns_keeping_off() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("Welcome to Postie");
    harness.click("Add an account");
    let server = harness.runtime.block_on(ScriptedServer::start(
        None,
        vec![
            Script::logged_in(&["USER", "UIDL", "EXPIRE 0"])
                .c("STAT")
                .s("+OK 0 0\r\n")
                .c("QUIT")
                .s("+OK bye\r\n"),
        ],
    ));
    fill_form(&mut harness, server.port);
    harness.click("None: the password and mail cross the network unencrypted");
    harness.replace_text("setup-port", &server.port.to_string());
    assert!(
        !harness.shows_containing("Not on this server"),
        "nothing is ruled out before the test"
    );
    harness.click("Test connection");
    harness.wait_for_text("Connected and logged in.");
    assert!(harness.shows("Not at all: it deletes each message once downloaded"));
    let why = "Not on this server: it deletes every message once it has been downloaded (EXPIRE 0).";
    assert!(harness.shows(why), "the options that keep mail say why not");
    // (That they cannot be chosen is `[lib] ui::screen::setup::tests::
    // an_expire_zero_server_allows_only_deleting_after_download`.)
    harness.runtime.block_on(server.finish()).assert_ok();

    harness.click("Save");
    harness.wait_until("the account to be saved", |h| !h.app.accounts().is_empty());
    let store = postie::store::Store::open(dir.path()).unwrap();
    let account = store.accounts().unwrap().remove(0);
    assert_eq!(
        account.settings.policy,
        postie::account::ServerPolicy::DeleteAfterDownload
    );
    let _ = postie::secrets::keyring_delete(&account.keyring_key);
}
