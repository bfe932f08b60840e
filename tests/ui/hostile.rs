//! Messages written to hurt (issue 6, part 2): a corpus generated here,
//! stored byte for byte, listed and opened through the real window, and
//! shown safely: no control or bidi characters on screen, the real address
//! and the real link targets visible, attachments saved only inside the
//! chosen folder.

use std::time::{Duration, Instant};

use postie::account::{AccountSettings, PasswordSource, ServerPolicy};
use postie::pop3::{AuthMethod, Security};
use postie::store::{Incoming, IncomingBody, MessageFilter, Store};
use postie::ui::Message;
use postie::ui::screen::mailbox;
use sha2::Digest as _;

use crate::harness::Harness;

/// Far above what any message here takes even in a debug build on a busy
/// machine; the point is to catch a blow-up (quadratic parsing, a hang).
/// The 200 ms figures are measured by hand and reported, not asserted.
const OPEN_LIMIT: Duration = Duration::from_secs(10);

struct Hostile {
    /// Unique, and in the From address, so the test can find it on screen.
    tag: &'static str,
    bytes: Vec<u8>,
}

fn headers(tag: &str, extra: &str) -> String {
    format!(
        "From: Tester <{tag}@example.org>\r\nTo: you@example.org\r\nSubject: {tag}\r\n\
         Date: Mon, 3 Nov 2025 10:00:00 +0000\r\nMessage-ID: <{tag}@example.org>\r\n{extra}"
    )
}

fn corpus() -> Vec<Hostile> {
    let mut out = Vec::new();
    let mut add = |tag: &'static str, bytes: Vec<u8>| out.push(Hostile { tag, bytes });

    // MIME nested 10,000 deep.
    let depth = 10_000;
    let mut deep = headers(
        "deep-mime",
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b0\"\r\n\r\n",
    );
    for level in 1..depth {
        deep.push_str(&format!(
            "--b{}\r\nContent-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n",
            level - 1
        ));
    }
    deep.push_str(&format!(
        "--b{}\r\nContent-Type: text/plain\r\n\r\nThe bottom.\r\n",
        depth - 1
    ));
    for level in (0..depth).rev() {
        deep.push_str(&format!("--b{level}--\r\n"));
    }
    add("deep-mime", deep.into_bytes());

    // 100,000 parts.
    let mut parts = headers(
        "many-parts",
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"p\"\r\n\r\n",
    );
    for n in 0..100_000 {
        parts.push_str(&format!("--p\r\nContent-Type: text/plain\r\n\r\npart {n}\r\n"));
    }
    parts.push_str("--p--\r\n");
    add("many-parts", parts.into_bytes());

    // 100,000 header lines.
    let mut many = String::new();
    for n in 0..100_000 {
        many.push_str(&format!("X-Filler-{n}: value {n}\r\n"));
    }
    add(
        "many-headers",
        format!("{}{many}\r\nBody after many headers.\r\n", headers("many-headers", "")).into_bytes(),
    );

    // A 10 MB header line.
    let long = format!("X-Long: {}\r\n", "A".repeat(10 * 1024 * 1024));
    add(
        "long-header",
        format!("{}{long}\r\nBody.\r\n", headers("long-header", "")).into_bytes(),
    );

    // An encoded-word flood in the subject, on top of the plain one.
    let flood = "=?utf-8?B?w6nDqcOp?= ".repeat(50_000);
    add(
        "encoded-flood",
        format!(
            "{}Thread-Topic: {flood}\r\nComments: {flood}\r\n\r\nBody.\r\n",
            headers("encoded-flood", "")
        )
        .into_bytes(),
    );

    // Unknown and malformed charsets, UTF-7, invalid UTF-8, NUL and bare CR.
    let mut charsets = headers(
        "charsets",
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"c\"\r\n\
         X-Invalid: =?x-unknown-charset?Q?caf=E9?= =?utf-8?Q?broken=ZZ?=\r\n\r\n",
    )
    .into_bytes();
    charsets
        .extend_from_slice(b"--c\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n\r\nunknown \xe9\xff\r\n");
    charsets.extend_from_slice(b"--c\r\nContent-Type: text/plain; charset=\"utf-7\"\r\n\r\nHi +AGEAYgBj- there\r\n");
    charsets.extend_from_slice(
        b"--c\r\nContent-Type: text/plain; charset=utf-8\r\n\r\ninvalid \xc3\x28 \xf0\x28\x8c\x28 utf-8\r\n",
    );
    charsets
        .extend_from_slice(b"--c\r\nContent-Type: text/plain\r\n\r\nNUL\x00byte and bare\rCR and ESC\x1b[31mred\r\n");
    charsets.extend_from_slice(
        b"--c\r\nContent-Type: text/plain; charset=iso-2022-jp\r\n\r\n\x1b$B%O%m!<!&%o!<%k%I\x1b(B\r\n",
    );
    charsets.extend_from_slice(b"--c--\r\n");
    add("charsets", charsets);

    // A display name imitating another address; encoded CRLF and NUL in From.
    add(
        "spoofed-name",
        b"From: \"security@bank.example\" <spoofed-name@attacker.example>\r\nTo: you@example.org\r\n\
          Subject: spoofed-name\r\nDate: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\nPlease log in.\r\n"
            .to_vec(),
    );
    add(
        "encoded-crlf",
        b"From: =?utf-8?Q?Bob=0D=0ABcc:_victim@example.org=00?= <encoded-crlf@example.org>\r\n\
          To: you@example.org\r\nSubject: =?utf-8?Q?encoded-crlf=0D=0AX-Injected:_yes?=\r\n\
          Date: Mon, 3 Nov 2025 10:00:00 +0000\r\n\r\nHello.\r\n"
            .to_vec(),
    );

    // Attachment names that try to leave the folder or hide their type.
    let mut names = headers(
        "attachment-names",
        "MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"a\"\r\n\r\n",
    );
    names.push_str("--a\r\nContent-Type: text/plain\r\n\r\nFour attachments.\r\n");
    for name in [
        "../../../../tmp/escaped.txt",
        "/etc/absolute.txt",
        "=?utf-8?Q?nul=00byte.txt?=",
        "=?utf-8?Q?invoice=E2=80=AEfdp.exe?=",
    ] {
        names.push_str(&format!(
            "--a\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n\
             Content-Transfer-Encoding: base64\r\n\r\nc2FmZQ==\r\n"
        ));
    }
    names.push_str("--a--\r\n");
    add("attachment-names", names.into_bytes());

    // HTML with remote images, CSS, a form, scripts, a tracking pixel and a
    // link whose text names another host.
    add(
        "html-hostile",
        format!(
            "{}MIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
             <html><head><style>body{{background:url(http://css.tracker.example/bg.png)}}</style>\
             <script>document.location='http://script.example/'</script></head><body>\
             <p>Dear customer</p><img src=\"http://images.tracker.example/logo.png\" alt=\"logo\">\
             <img src=\"https://pixel.tracker.example/open.gif?id=42\" width=1 height=1>\
             <form action=\"http://form.example/steal\"><input name=password></form>\
             <a href=\"http://phish.example/login\">https://bank.example/login</a>\
             </body></html>\r\n",
            headers("html-hostile", "")
        )
        .into_bytes(),
    );
    out
}

/// A store holding the corpus, in one account.
fn store_corpus(dir: &std::path::Path, corpus: &[Hostile]) {
    let mut store = Store::open(dir).unwrap();
    let settings = AccountSettings {
        name: "hostile".into(),
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
    let batch = corpus
        .iter()
        .enumerate()
        .map(|(n, message)| Incoming {
            uidl: Some(format!("h{n}")),
            sha256: sha2::Sha256::digest(&message.bytes).into(),
            body: IncomingBody::Memory(message.bytes.clone()),
            complete: true,
            summary: None,
        })
        .collect();
    store.ingest(account.id, batch, 1_700_000_000).unwrap();
}

/// A character that must never reach the screen from a stranger's text.
fn unsafe_on_screen(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t')
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
}

#[test]
fn hostile_messages_are_stored_exactly_and_shown_safely() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = corpus();
    store_corpus(dir.path(), &corpus);

    // Byte for byte, whatever they hold.
    let store = Store::open(dir.path()).unwrap();
    let listed = store.list_messages(&MessageFilter::default()).unwrap();
    assert_eq!(listed.len(), corpus.len());
    let id_of = |tag: &str| {
        let message = corpus.iter().find(|m| m.tag == tag).unwrap();
        let id = listed
            .iter()
            .find(|s| store.raw_message(s.id).unwrap().unwrap() == message.bytes)
            .unwrap_or_else(|| panic!("{tag} is not stored byte for byte"))
            .id;
        (id, message)
    };

    let mut harness = Harness::start(dir.path(), false);
    harness.wait_until("the list", |h| h.shows_containing("messages"));
    for screen_text in harness.texts() {
        assert!(
            !screen_text.chars().any(unsafe_on_screen),
            "the list shows {screen_text:?}"
        );
    }

    let mut timings = Vec::new();
    for message in &corpus {
        let (id, _) = id_of(message.tag);
        let started = Instant::now();
        harness.update(Message::Mailbox(mailbox::Message::RowClicked(0, id)));
        let address = format!("{}@", message.tag);
        harness.wait_until(&format!("{} to open", message.tag), |h| {
            h.shows_containing(&address) || h.shows_containing("attacker.example")
        });
        let took = started.elapsed();
        harness.settle();
        timings.push((message.tag, took));
        assert!(took < OPEN_LIMIT, "{} took {took:?} to open", message.tag);
        for screen_text in harness.texts() {
            assert!(
                !screen_text.chars().any(unsafe_on_screen),
                "{} shows {:?}",
                message.tag,
                screen_text.chars().take(200).collect::<String>()
            );
        }
        match message.tag {
            // The real address is on screen beside the imitating name.
            "spoofed-name" => assert!(harness.shows_containing("spoofed-name@attacker.example")),
            // An encoded line break cannot start a new header line on screen.
            "encoded-crlf" => {
                let texts = harness.texts();
                let sender: Vec<&String> = texts.iter().filter(|t| t.contains("Bob")).collect();
                assert!(!sender.is_empty(), "{texts:?}");
                assert!(sender.iter().all(|t| !t.contains('\n')), "{sender:?}");
                let subject: Vec<&String> = texts.iter().filter(|t| t.contains("X-Injected")).collect();
                assert!(subject.iter().all(|t| !t.contains('\n')), "{subject:?}");
            }
            // The text arrived, its control characters neutralised.
            "charsets" => {
                assert!(harness.shows_containing("NUL\u{FFFD}byte"), "{:?}", harness.texts());
                assert!(harness.shows_containing("\u{FFFD}[31mred"), "{:?}", harness.texts());
                // Every part is shown, UTF-7 decoded.
                assert!(harness.shows_containing("Hi abc there"), "{:?}", harness.texts());
                // ISO-2022-JP decoded (its escape sequences are not shown).
                assert!(harness.shows_containing("ハロー・ワールド"), "{:?}", harness.texts());
                assert!(harness.shows_containing("invalid \u{FFFD}("), "{:?}", harness.texts());
            }
            // The file names shown are the safe ones: no path, no override.
            "attachment-names" => {
                let texts = harness.texts();
                assert!(
                    !texts.iter().any(|t| t.contains("../") || t.starts_with('/')),
                    "{texts:?}"
                );
            }
            // Each link is listed with its real target.
            "html-hostile" => {
                assert!(harness.shows_containing("http://phish.example/login"));
                for remote in ["tracker.example", "script.example", "form.example"] {
                    assert!(
                        !harness.texts().iter().any(|t| t.contains(remote) && t.contains("http")),
                        "{remote} must not appear as something loaded or clickable"
                    );
                }
            }
            _ => {}
        }
    }
    eprintln!("hostile corpus, open times: {timings:?}");
}

#[test]
fn hostile_attachment_names_are_saved_only_inside_the_chosen_folder() {
    let dir = tempfile::tempdir().unwrap();
    let corpus: Vec<Hostile> = corpus().into_iter().filter(|m| m.tag == "attachment-names").collect();
    store_corpus(dir.path(), &corpus);
    let outside = tempfile::tempdir().unwrap();
    let chosen = outside.path().join("chosen");
    std::fs::create_dir(&chosen).unwrap();

    let mut harness = Harness::start(dir.path(), false);
    harness.wait_until("the list", |h| h.shows_containing("message"));
    let id = Store::open(dir.path())
        .unwrap()
        .list_messages(&MessageFilter::default())
        .unwrap()[0]
        .id;
    harness.update(Message::Mailbox(mailbox::Message::RowClicked(0, id)));
    harness.wait_for_text("Save all");
    *harness.dialogs.folder.lock().unwrap() = Some(chosen.clone());
    harness.click("Save all");
    harness.wait_until("the attachments to be saved", |_| {
        std::fs::read_dir(&chosen).map(|d| d.count()).unwrap_or(0) == 4
    });
    harness.settle();

    // Four plain files directly in the chosen folder, nothing anywhere else.
    for entry in std::fs::read_dir(&chosen).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        assert!(entry.file_type().unwrap().is_file(), "{name}");
        assert!(!name.chars().any(unsafe_on_screen), "{name:?}");
        assert!(!name.starts_with('.') && !name.contains('/'), "{name:?}");
        assert_eq!(std::fs::read(entry.path()).unwrap(), b"safe");
    }
    let beside: Vec<_> = std::fs::read_dir(outside.path()).unwrap().collect();
    assert_eq!(beside.len(), 1, "only the chosen folder is in its parent");
    assert!(!std::path::Path::new("/tmp/escaped.txt").exists());
}
