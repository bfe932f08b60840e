//! The main window: sample mail, reading, search, Trash, the keyboard,
//! saving, and fetching on demand, all through the rendered widgets.

use iced::keyboard::key::Named;
use iced::keyboard::{Key, Modifiers};
use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::demo::server::{Pop3Server, ServerOptions, StoredMessage};
use postie::pop3::{AuthMethod, Security};
use postie::store::{Incoming, IncomingBody, Store};
use sha2::Digest as _;

use crate::harness::{Harness, key_press, letter, named};

const PRANZO_BODY: &str = "Alle 12:30 al solito posto?";

/// The app on sample mail, as "Try with sample mail" leaves it.
fn sample_mail(dir: &std::path::Path) -> Harness {
    let mut harness = Harness::start(dir, false);
    harness.wait_for_text("Welcome to Postie");
    harness.click("Try with sample mail");
    harness.wait_for_text("Pranzo?");
    harness.wait_until("the first check to end", |h| {
        h.app.accounts().iter().all(|a| a.status.last_check.is_some())
    });
    harness.settle();
    harness
}

#[test]
fn sample_mail_arrives_and_a_click_shows_the_message() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sample_mail(dir.path());
    let samples = postie::demo::sample_messages().len();
    assert!(harness.shows(&format!("{samples} messages")));
    assert!(
        harness.shows(&samples.to_string()),
        "the sidebar counts {samples} unread"
    );
    assert!(harness.shows("Sample mail"));

    harness.click("Pranzo?");
    harness.wait_until("the message to open", |h| h.shows_containing(PRANZO_BODY));
    assert!(
        harness.shows_containing("Marco Bellini <"),
        "From shows the name and the real address"
    );
    assert!(harness.shows("Mark unread"), "opening marked it read");
    harness.settle();
    assert!(harness.shows(&(samples - 1).to_string()), "the unread count went down");
    assert_eq!(harness.app.accounts()[0].unread as usize, samples - 1);
}

#[test]
fn search_narrows_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sample_mail(dir.path());
    harness.type_into("search", "Tatin");
    harness.wait_for_text("1 found");
    harness.settle();
    assert!(harness.shows_containing("tarte Tatin"));
    assert!(
        !harness.shows("Pranzo?"),
        "messages that do not match are gone from the list"
    );

    // Body text is searched too, and across languages.
    harness
        .interact(|ui| {
            ui.click(iced::widget::Id::new("search")).map(drop)?;
            for _ in 0.."Tatin".len() {
                ui.tap_key(Named::Backspace);
            }
            ui.typewrite("solito");
            Ok::<(), iced_test::Error>(())
        })
        .unwrap();
    harness.wait_for_text("1 found");
    harness.settle();
    assert!(harness.shows("Pranzo?"));
}

#[test]
fn delete_moves_to_trash_and_restore_brings_it_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sample_mail(dir.path());
    let samples = postie::demo::sample_messages().len();

    harness.click("Pranzo?");
    harness.wait_until("the message to open", |h| h.shows_containing(PRANZO_BODY));
    harness.click("Delete");
    harness.wait_for_text(&format!("{} messages", samples - 1));
    harness.wait_until("the deleted message to leave the list", |h| !h.shows("Pranzo?"));

    harness.click("Trash");
    harness.wait_for_text("Pranzo?");
    assert!(harness.shows("1 messages") || harness.shows("1 message"));
    harness.click("Pranzo?");
    harness.wait_until("the message to open", |h| h.shows_containing(PRANZO_BODY));
    harness.click("Restore");
    harness.wait_for_text("No messages here.");

    harness.click("All inboxes");
    harness.wait_for_text("Pranzo?");
    assert!(harness.shows(&format!("{samples} messages")));

    // Empty Trash asks first, and only then deletes for good.
    harness.click("Pranzo?");
    harness.wait_until("the message to open", |h| h.shows_containing(PRANZO_BODY));
    harness.click("Delete");
    harness.wait_for_text(&format!("{} messages", samples - 1));
    harness.click("Trash");
    harness.wait_for_text("Pranzo?");
    harness.click("Empty Trash");
    assert!(harness.shows("Empty Trash?"));
    harness.click("Cancel");
    harness.settle();
    assert!(harness.shows("Pranzo?"), "cancel keeps the Trash as it was");
    harness.click("Empty Trash");
    harness.click("Delete for good");
    harness.wait_for_text("No messages here.");
    let store = Store::open(dir.path()).unwrap();
    let left = store
        .count_messages(&postie::store::MessageFilter {
            limit: None,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(left as usize, samples - 1, "one message is gone for good");
}

#[test]
fn the_keyboard_moves_opens_deletes_and_quits() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = sample_mail(dir.path());
    let samples = postie::demo::sample_messages().len();
    // Newest first: the welcome letter, then Beatriz's notes, then lunch.
    harness.press(letter("j"));
    harness.wait_until("the first message to open", |h| {
        h.shows_containing("Welcome to Postie - a quick tour")
    });
    harness.press(named(Named::ArrowDown));
    harness.press(letter("j"));
    harness.wait_until("the third message to open", |h| h.shows_containing(PRANZO_BODY));
    harness.press(letter("k"));
    harness.wait_until("the second message to open", |h| {
        !h.shows_containing(PRANZO_BODY) && h.shows("Mark unread")
    });
    harness.press(letter("j"));
    harness.wait_until("the third message to open", |h| h.shows_containing(PRANZO_BODY));
    harness.press(named(Named::Delete));
    harness.wait_for_text(&format!("{} messages", samples - 1));
    harness.wait_until("the deleted message to leave the list", |h| !h.shows("Pranzo?"));
    assert!(!harness.exited());
    harness.press(key_press(Key::Character("q".into()), Modifiers::CTRL));
    harness.wait_until("Ctrl+Q to close the app", Harness::exited);
}

#[test]
fn attachments_and_messages_are_saved_without_overwriting() {
    let dir = tempfile::tempdir().unwrap();
    let out = tempfile::tempdir().unwrap();
    let mut harness = sample_mail(dir.path());
    harness.click("Cuentas del viaje a Valencia (te adjunto la hoja)");
    harness.wait_for_text("gastos-viaje-valencia.csv");

    let target = out.path().join("gastos.csv");
    *harness.dialogs.save_to.lock().unwrap() = Some(target.clone());
    harness.click("Save…");
    harness.wait_until("the attachment to be saved", |h| h.shows_containing("Saved as"));
    let saved = std::fs::read(&target).unwrap();

    // Saving again to the same name keeps the first file and writes a new one.
    std::fs::write(&target, b"the user's own file").unwrap();
    harness.click("Save…");
    let count = |dir: &std::path::Path| std::fs::read_dir(dir).unwrap().count();
    harness.wait_until("the second save", |_| count(out.path()) == 2);
    harness.settle();
    assert_eq!(
        std::fs::read(&target).unwrap(),
        b"the user's own file",
        "never overwritten"
    );

    // The attachment's bytes are exactly the decoded part.
    let store = Store::open(dir.path()).unwrap();
    let id = store.search("Valencia", &Default::default()).unwrap()[0].id;
    let raw = store.raw_message(id).unwrap().unwrap();
    let expected = postie::mail::attachment(&raw, 0)
        .or_else(|| postie::mail::attachment(&raw, 1))
        .unwrap();
    assert_eq!(saved, expected.bytes);

    // "Save as .eml" writes the message exactly as received.
    let eml = out.path().join("message.eml");
    *harness.dialogs.save_to.lock().unwrap() = Some(eml.clone());
    harness.click("Save as .eml");
    harness.wait_until("the message to be saved", |_| eml.exists());
    harness.settle();
    assert_eq!(std::fs::read(&eml).unwrap(), raw);

    // A cancelled dialog saves nothing.
    *harness.dialogs.save_to.lock().unwrap() = None;
    harness.click("Save as .eml");
    harness.wait_until("the cancel to be reported", |h| h.shows("Not saved."));
    assert_eq!(std::fs::read_dir(out.path()).unwrap().count(), 3);
}

fn message(n: usize, subject: &str) -> StoredMessage {
    let bytes = format!(
        "From: Sender {n} <sender{n}@example.net>\r\nTo: me@example.org\r\nSubject: {subject}\r\nDate: Mon, 2 Nov 2026 10:{:02}:00 +0000\r\nMessage-ID: <{n}@example.net>\r\n\r\nBody of message {n}.\r\n",
        n % 60
    );
    StoredMessage {
        uidl: format!("uidl-{n}"),
        bytes: bytes.into_bytes(),
    }
}

#[test]
fn new_mail_appears_after_fetch_now() {
    let dir = tempfile::tempdir().unwrap();
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime
        .block_on(Pop3Server::start(
            ServerOptions {
                user: "me".into(),
                password: "pw".into(),
                ..ServerOptions::default()
            },
            vec![message(1, "First of two"), message(2, "Second of two")],
        ))
        .unwrap();
    {
        let mut store = Store::open(dir.path()).unwrap();
        let settings = AccountSettings {
            name: "home".into(),
            host: "127.0.0.1".into(),
            port: server.port(),
            security: Security::Plain,
            username: "me".into(),
            auth: AuthMethod::User,
            password: PasswordSource::Command("printf pw".into()),
            policy: ServerPolicy::Keep,
            pinned_certificate: None,
            size_limit: None,
        };
        store.add_account(&settings, "not-used").unwrap();
    }
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("Second of two");
    assert!(harness.shows("First of two"));
    harness.wait_until("the first check to end", |h| {
        h.app.accounts()[0].status.last_check.is_some()
    });
    assert!(
        harness.shows_containing("next check"),
        "the status bar says when the next check is"
    );

    server.deliver(message(3, "A third one"));
    harness.press(named(Named::F5));
    harness.wait_for_text("A third one");
    assert!(harness.shows("3 messages"));
    drop(harness);
    drop(server);
}

/// A store with one account (no server behind it) holding these messages.
fn store_with(dir: &std::path::Path, messages: impl Iterator<Item = Vec<u8>>) {
    let mut store = Store::open(dir).unwrap();
    let settings = AccountSettings {
        name: "big".into(),
        host: "127.0.0.1".into(),
        port: 9,
        security: Security::Plain,
        username: "me".into(),
        auth: AuthMethod::User,
        password: PasswordSource::Command("false".into()),
        policy: ServerPolicy::Keep,
        pinned_certificate: None,
        size_limit: None,
    };
    let account = store.add_account(&settings, "not-used").unwrap();
    let batch = messages
        .enumerate()
        .map(|(n, bytes)| Incoming {
            uidl: Some(format!("u{n}")),
            sha256: sha2::Sha256::digest(&bytes).into(),
            body: IncomingBody::Memory(bytes),
            complete: true,
            summary: None,
        })
        .collect();
    store.ingest(account.id, batch, 1_700_000_000).unwrap();
}

#[test]
fn the_list_builds_only_the_rows_in_view() {
    let dir = tempfile::tempdir().unwrap();
    store_with(
        dir.path(),
        (0..3000).map(|n| message(n, &format!("Numbered message {n:05}")).bytes),
    );
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("3,000 messages");
    harness.click("Subject");
    harness.wait_for_text("Numbered message 00000");
    let rows = harness
        .texts()
        .iter()
        .filter(|t| t.starts_with("Numbered message"))
        .count();
    assert!((5..=60).contains(&rows), "{rows} rows built for a window of about 12");
    assert!(!harness.shows("Numbered message 02999"));
    // The end of the list is one keypress sequence away and loads on demand.
    harness.press(named(Named::PageDown));
    harness.wait_until("the cursor to move", |h| h.shows_containing("Body of message"));
}

/// A long body is built a part at a time (so that opening it stays fast),
/// and all of it can be read.
#[test]
fn a_long_message_is_shown_a_part_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let mut body = String::from("Opening words of a long report.\r\n\r\n");
    for n in 0..1500 {
        body.push_str(&format!(
            "Paragraph {n}: the figures for this part of the year were as expected.\r\n\r\n"
        ));
    }
    body.push_str("Closing words of the report.\r\n");
    let raw = format!(
        "From: Reporter <reporter@example.net>\r\nTo: me@example.org\r\nSubject: The long report\r\n\
         Date: Mon, 2 Nov 2026 10:00:00 +0000\r\n\r\n{body}"
    );
    assert!(raw.len() > 100 * 1024);
    store_with(dir.path(), std::iter::once(raw.into_bytes()));
    let mut harness = Harness::start(dir.path(), false);
    harness.wait_for_text("The long report");
    harness.click("The long report");
    harness.wait_until("the message to open", |h| h.shows("Opening words of a long report."));
    assert!(harness.shows("Show more of this message"));
    let built = harness.texts().iter().filter(|t| t.starts_with("Paragraph ")).count();
    assert!((20..500).contains(&built), "{built} of 1500 paragraphs built at first");
    assert!(!harness.shows_containing("Closing words"));
    // Scrolling to the end brings more, part by part.
    let mut scrolls = 0;
    while harness.has_text("Show more of this message") {
        harness.scroll_down_at(900.0, 400.0);
        scrolls += 1;
        assert!(scrolls < 100, "the end never came");
    }
    assert!(scrolls >= 2, "the rest came in parts ({scrolls} scrolls)");
    assert!(harness.shows("Closing words of the report."));
    assert!(harness.shows("Paragraph 1499: the figures for this part of the year were as expected."));
}
