//! Property-based fuzzing of the message-to-reader pipeline: what the
//! reader pane shows (`mail::readable`, an attachment to save with
//! `mail::attachment`, the source view's `text::multi_line`), what ingest
//! stores for the list (`mail::summarize`), the HTML renderer and the
//! attachment file-name sanitizer, fed random bytes and random but
//! structured messages (encoded-word headers, MIME trees with odd
//! boundaries, charsets and transfer encodings, HTML with odd tags,
//! entities and links).
//!
//! For every input: no panic; every displayed string is free of control
//! characters (multi-line text keeps `\n` and `\t`) and of bidi formatting
//! characters; file names are safe to join to a folder; each case stays
//! within [`fuzz::CASE_TIME_LIMIT`] (so a quadratic blow-up shows).
//! Case count: `POSTIE_FUZZ_CASES` (tests/support/fuzz.rs), 10,000 by default.

use postie::mail::{attachment, html_to_text, readable, safe_file_name, summarize};
use postie::text::multi_line;
use proptest::collection::vec;
use proptest::prelude::*;

use crate::support::fuzz;

/// Bidi formatting characters that can make displayed text lie about its
/// order (and the separators that break lines where `\n` is expected).
fn is_bidi(c: char) -> bool {
    matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{2028}' | '\u{2029}')
}

/// Multi-line display text: only `\n` and `\t` of the control characters.
fn assert_multi_line_safe(what: &str, text: &str) {
    if let Some(c) = text
        .chars()
        .find(|&c| (c.is_control() && c != '\n' && c != '\t') || is_bidi(c))
    {
        panic!("{what} holds {c:?}: {:?}", excerpt(text, c));
    }
}

/// One-line display text: no control characters at all.
fn assert_one_line_safe(what: &str, text: &str) {
    if let Some(c) = text.chars().find(|&c| c.is_control() || is_bidi(c)) {
        panic!("{what} holds {c:?}: {:?}", excerpt(text, c));
    }
}

fn excerpt(text: &str, c: char) -> String {
    let at = text.find(c).unwrap_or(0);
    text[text.floor_char_boundary(at.saturating_sub(40))..text.ceil_char_boundary((at + 40).min(text.len()))].to_owned()
}

/// A file name that can only be written directly inside the chosen folder.
fn assert_safe_file_name(from: &str, name: &str) {
    assert!(!name.is_empty(), "empty name from {from:?}");
    assert!(name != "." && name != "..", "{name:?} from {from:?}");
    assert!(!name.contains(['/', '\\', '\0']), "{name:?} from {from:?}");
    assert_one_line_safe("file name", name);
    assert!(name.len() <= 255, "{} bytes from {from:?}", name.len());
}

/// Random bytes: mostly short, sometimes a repeated chunk up to 64 KiB.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        8 => vec(any::<u8>(), 0..1024),
        1 => (0usize..65_536, vec(any::<u8>(), 1..16)).prop_map(|(n, chunk)| chunk.iter().copied().cycle().take(n).collect()),
    ]
}

/// Text with the characters that make trouble: controls, bidi overrides,
/// NUL, bare CR, non-ASCII, markup and MIME syntax.
fn nasty_text(max: usize) -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z0-9 .,@<>]{1,8}",
        1 => prop::sample::select(vec![
            "\u{202E}", "\u{2066}", "\u{200F}", "\u{0}", "\r", "\n", "\r\n", "\t", "\u{1b}[31m", "\u{85}",
            "\u{FEFF}", "é", "日本", "=?", "?=", "--", "\"", "'", "\\", "/", "../", "=\r\n", "=4", "=ZZ", "&", ";",
        ])
        .prop_map(str::to_owned),
        1 => any::<char>().prop_map(String::from),
    ];
    vec(piece, 0..max).prop_map(|p| p.concat())
}

fn charset() -> impl Strategy<Value = String> {
    prop::sample::select(vec![
        "utf-8",
        "UTF-8",
        "iso-8859-1",
        "windows-1252",
        "utf-7",
        "UTF-16",
        "utf-16le",
        "shift_jis",
        "euc-jp",
        "gb2312",
        "big5",
        "koi8-r",
        "iso-2022-jp",
        "x-unknown",
        "",
        "utf-8*en",
        "\"utf-8\"",
        "us-ascii",
    ])
    .prop_map(str::to_owned)
}

/// Bytes as a transfer encoding would carry them, sometimes broken.
fn encoded_body(content: Vec<u8>) -> impl Strategy<Value = (String, Vec<u8>)> {
    use base64::Engine as _;
    let b64 = base64::engine::general_purpose::STANDARD.encode(&content);
    prop_oneof![
        Just(("7bit".to_owned(), content.clone())),
        Just(("8bit".to_owned(), content.clone())),
        Just(("binary".to_owned(), content.clone())),
        Just(("x-unknown".to_owned(), content.clone())),
        // Base64: whole, with line breaks, truncated anywhere, with junk.
        Just(("base64".to_owned(), b64.clone().into_bytes())),
        Just(("base64".to_owned(), wrap(b64.as_bytes(), 76))),
        (0..=b64.len()).prop_map({
            let b64 = b64.clone();
            move |cut| ("base64".to_owned(), b64.as_bytes()[..cut].to_vec())
        }),
        Just(("base64".to_owned(), [b64.as_bytes(), b"!!=\xff=="].concat())),
        // Quoted-printable: the content as is (invalid escapes and all),
        // and a proper encoding cut anywhere.
        Just(("quoted-printable".to_owned(), content.clone())),
        (0..=content.len() * 3).prop_map({
            let qp = quoted_printable(&content);
            move |cut| ("quoted-printable".to_owned(), qp[..cut.min(qp.len())].to_vec())
        }),
    ]
}

fn wrap(bytes: &[u8], width: usize) -> Vec<u8> {
    bytes.chunks(width).flat_map(|line| [line, b"\r\n"].concat()).collect()
}

fn quoted_printable(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    for &b in bytes {
        if (b'!'..=b'~').contains(&b) && b != b'=' {
            out.push(b);
        } else {
            out.extend_from_slice(format!("={b:02X}").as_bytes());
        }
    }
    out
}

/// An RFC 2047 encoded word, often not a valid one.
fn encoded_word() -> impl Strategy<Value = String> {
    use base64::Engine as _;
    (
        charset(),
        prop::sample::select(vec!["B", "Q", "b", "q", "X", ""]),
        vec(any::<u8>(), 0..40),
        any::<bool>(),
    )
        .prop_map(|(charset, encoding, payload, broken)| {
            let text = match encoding {
                "B" | "b" => {
                    let mut s = base64::engine::general_purpose::STANDARD.encode(&payload);
                    if broken {
                        s.truncate(s.len() / 2);
                        s.push('*');
                    }
                    s
                }
                _ => String::from_utf8_lossy(&quoted_printable(&payload)).replace('=', if broken { "=Z" } else { "=" }),
            };
            format!("=?{charset}?{encoding}?{text}?=")
        })
}

fn header_value() -> impl Strategy<Value = String> {
    vec(
        prop_oneof![
            2 => nasty_text(6),
            2 => encoded_word(),
            1 => Just("\r\n ".to_owned()),
            1 => "[a-z]{1,8}@[a-z]{1,8}\\.[a-z]{2,3}",
            1 => Just("\"Bank\u{202E}\" <evil@example.net>".to_owned()),
        ],
        0..6,
    )
    .prop_map(|p| p.concat())
}

fn headers() -> impl Strategy<Value = String> {
    let name = prop::sample::select(vec![
        "From",
        "To",
        "Cc",
        "Subject",
        "Date",
        "Message-ID",
        "In-Reply-To",
        "References",
        "Reply-To",
        "Sender",
        "X-Junk",
    ]);
    vec((name, header_value()), 1..8).prop_map(|h| h.iter().map(|(n, v)| format!("{n}: {v}\r\n")).collect())
}

fn file_name() -> impl Strategy<Value = String> {
    prop_oneof![
        nasty_text(6),
        prop::sample::select(vec![
            "../../.ssh/authorized_keys",
            "/etc/passwd",
            "C:\\Windows\\evil.exe",
            "C:evil.exe",
            "\\\\server\\share\\x",
            ".",
            "..",
            "...",
            " ",
            "",
            "CON",
            "nul.txt",
            "a\u{0}b",
            "invoice\u{202E}fdp.exe",
            "=?utf-8?B?Li4vLi4v?=",
        ])
        .prop_map(str::to_owned),
        encoded_word(),
        "[./\\\\ a]{0,300}",
    ]
}

fn html() -> impl Strategy<Value = String> {
    let tag = prop::sample::select(vec![
        "a",
        "p",
        "div",
        "br",
        "img",
        "table",
        "tr",
        "td",
        "ul",
        "ol",
        "li",
        "blockquote",
        "pre",
        "script",
        "style",
        "title",
        "iframe",
        "form",
        "input",
        "button",
        "span",
        "b",
        "h1",
        "svg",
        "textarea",
        "noscript",
        "head",
        "body",
        "plaintext",
        "xmp",
        "select",
        "option",
        "template",
        "math",
    ]);
    let attribute = prop_oneof![
        (
            prop::sample::select(vec![
                "http://",
                "https://",
                "mailto:",
                "javascript:",
                "data:",
                "file:///",
                "//",
                "",
                "HTTPS://",
                "http:\\\\",
            ]),
            nasty_text(4),
        )
            .prop_map(|(scheme, rest)| format!("href=\"{scheme}{rest}\"")),
        prop::sample::select(vec![
            "style=\"display:none\"",
            "style='visibility:hidden'",
            "style=height:0;overflow:hidden",
            "hidden",
            "alt=\"\u{202E}alt\"",
            "src=https://t.example/p.gif",
            "type=submit value=Go",
            "href",
            "=",
            "\"",
            "'",
        ])
        .prop_map(str::to_owned),
    ];
    let token = prop_oneof![
        4 => nasty_text(4),
        3 => (tag.clone(), vec(attribute, 0..3), any::<bool>()).prop_map(|(t, a, close)| {
            let mut s = format!("<{t} {}>", a.join(" "));
            if close {
                s.push_str(&format!("</{t}>"));
            }
            s
        }),
        2 => tag.prop_map(|t| format!("</{t}>")),
        2 => prop::sample::select(vec![
            "&amp;", "&lt;", "&#x202E;", "&#0;", "&#xD800;", "&#99999999;", "&nbsp;", "&unknown;", "&#x1b;", "&#13;",
            "&", "&#", "&#x;", "<!--", "-->", "<!", "<?", "</", "<", ">", "<![CDATA[", "]]>", "&rlo;", "&lrm;",
        ])
        .prop_map(str::to_owned),
    ];
    vec(token, 0..40).prop_map(|t| t.concat())
}

/// A MIME part: headers and body. Multiparts nest a few levels deep.
fn part() -> impl Strategy<Value = Vec<u8>> {
    let leaf = (
        prop::sample::select(vec![
            "text/plain",
            "text/html",
            "application/octet-stream",
            "image/png",
            "text/enriched",
            "",
            "x/y",
            "message/rfc822",
        ]),
        charset(),
        prop_oneof![
            html().prop_map(String::into_bytes),
            nasty_text(20).prop_map(String::into_bytes),
            bytes()
        ],
        proptest::option::of((
            prop::sample::select(vec!["attachment", "inline", "x"]),
            file_name(),
            any::<bool>(),
        )),
    )
        .prop_flat_map(|(ctype, charset, content, disposition)| {
            encoded_body(content).prop_map(move |(encoding, body)| {
                let mut head =
                    format!("Content-Type: {ctype}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n");
                if let Some((kind, name, rfc2231)) = &disposition {
                    if *rfc2231 {
                        let escaped: String = name.bytes().map(|b| format!("%{b:02X}")).collect();
                        head.push_str(&format!("Content-Disposition: {kind}; filename*=utf-8''{escaped}\r\n"));
                    } else {
                        head.push_str(&format!("Content-Disposition: {kind}; filename=\"{name}\"\r\n"));
                    }
                }
                [head.as_bytes(), b"\r\n", &body].concat()
            })
        });
    leaf.prop_recursive(3, 12, 4, |inner| {
        (
            prop::sample::select(vec!["mixed", "alternative", "related", "digest", "report"]),
            prop_oneof![
                "[a-zA-Z0-9'()+_,./:=?-]{1,70}",
                Just(String::new()),
                Just("--".to_owned()),
                Just("\"quoted boundary\"".to_owned())
            ],
            vec(inner, 0..4),
            any::<bool>(),
            nasty_text(4),
        )
            .prop_map(|(subtype, boundary, parts, closed, preamble)| {
                let bare = boundary.trim_matches('"');
                let mut out = format!("Content-Type: multipart/{subtype}; boundary={boundary}\r\n\r\n{preamble}\r\n")
                    .into_bytes();
                for part in parts {
                    out.extend_from_slice(format!("--{bare}\r\n").as_bytes());
                    out.extend_from_slice(&part);
                    out.extend_from_slice(b"\r\n");
                }
                if closed {
                    out.extend_from_slice(format!("--{bare}--\r\n").as_bytes());
                }
                out
            })
    })
}

fn message() -> impl Strategy<Value = Vec<u8>> {
    prop_oneof![
        1 => bytes(),
        3 => (headers(), part()).prop_map(|(h, p)| [h.as_bytes(), &p].concat()),
        1 => (headers(), html()).prop_map(|(h, b)| format!("{h}Content-Type: text/html\r\n\r\n{b}").into_bytes()),
        1 => (headers(), nasty_text(30)).prop_map(|(h, b)| format!("{h}\r\n{b}").into_bytes()),
    ]
}

/// Everything the reader and the list show for `raw`, checked.
fn check_message(raw: &[u8]) {
    let r = readable(raw);
    assert_multi_line_safe("reader body", &r.body);
    for link in &r.links {
        assert_one_line_safe("link text", &link.text);
        assert_one_line_safe("link target", &link.target);
    }
    for a in &r.attachments {
        if !a.name.is_empty() {
            assert_safe_file_name("(attachment name)", &a.name);
        }
        assert_one_line_safe("content type", &a.content_type);
    }
    for index in 0..r.attachments.len().min(3) {
        let data = attachment(raw, index).expect("a listed attachment can be saved");
        assert_safe_file_name("(attachment to save)", &data.name);
        if !r.attachments[index].name.is_empty() {
            assert_eq!(data.name, r.attachments[index].name, "the name shown is the name saved");
        }
    }
    assert_eq!(attachment(raw, r.attachments.len()), None);
    let s = summarize(raw);
    for (what, text) in [
        ("from name", &s.from_name),
        ("from address", &s.from_address),
        ("to", &s.to),
        ("cc", &s.cc),
        ("subject", &s.subject),
        ("snippet", &s.snippet),
    ] {
        assert_one_line_safe(what, text);
    }
    for (what, text) in [
        ("message id", &s.message_id),
        ("in reply to", &s.in_reply_to),
        ("references", &s.references),
    ] {
        assert_one_line_safe(what, text.as_deref().unwrap_or_default());
    }
    // The source view.
    assert_multi_line_safe("source", &multi_line(&String::from_utf8_lossy(raw)));
}

proptest! {
    #![proptest_config(fuzz::config())]

    /// Random bytes and structured messages through everything the reader
    /// and the list show.
    #[test]
    fn any_message_reads_safely(raw in message()) {
        fuzz::timed("reading a message", || check_message(&raw));
    }

    /// HTML bodies on their own (no MIME around them, so more of them).
    #[test]
    fn any_html_renders_safely(html in prop_oneof![3 => html(), 1 => nasty_text(60)]) {
        let out = fuzz::timed("rendering HTML", || html_to_text(&html));
        assert_multi_line_safe("HTML text", &out.text);
        for link in &out.links {
            assert_one_line_safe("link text", &link.text);
            prop_assert!(link.target.is_ascii(), "{:?}", link.target);
            assert_one_line_safe("link target", &link.target);
            let scheme_ok = ["http:", "https:", "mailto:"].iter().any(|s| link.target.starts_with(s));
            prop_assert!(scheme_ok, "{:?}", link.target);
        }
    }

    /// Any attachment name becomes one that can only be saved directly in
    /// the chosen folder.
    #[test]
    fn any_attachment_name_is_made_safe(name in prop_oneof![file_name(), any::<String>(), ".{0,300}"]) {
        let safe = fuzz::timed("sanitising a file name", || safe_file_name(&name));
        assert_safe_file_name(&name, &safe);
    }
}

/// Found by `any_message_reads_safely`: a quoted-printable part ending in a
/// soft line break directly before its boundary made mail-parser 0.11.9
/// subtract past zero (a panic in debug builds). Fixed by building
/// mail-parser without overflow checks, as release builds are (Cargo.toml).
#[test]
fn quoted_printable_soft_break_before_boundary() {
    let raw = b"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=A\r\n\r\n\
--A\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n=CA=\r\n--A--\r\n";
    check_message(raw);
    let attached = b"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=A\r\n\r\n--A\r\n\
Content-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=x.bin\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\r\n=CA=\r\n--A--\r\n";
    check_message(attached);
    assert_eq!(readable(attached).attachments.len(), 1);
}

/// Found by `any_message_reads_safely`: nested multiparts whose boundary is
/// "--" tripped a debug assertion in mail-parser 0.11.9 (debug builds only;
/// release recovers). Fixed by building mail-parser without debug
/// assertions, as release builds are (Cargo.toml).
#[test]
fn nested_multiparts_with_a_dash_boundary() {
    // As proptest minimised it.
    let raw = b"From: \r\nContent-Type: multipart/mixed; boundary=--\r\n\r\nXkQ>fO<I1 g>\r\n\
----\r\nContent-Type: multipart/digest; boundary=--\r\n\r\nG.<\r\n\
----\r\nContent-Type: ; charset=utf-8\r\n\
Content-Transfer-Encoding: 7bit\r\n\r\n\\\r\n----\r\n\
Content-Type: message/rfc822; charset=utf-16le\r\nContent-Transfer-Encoding: x-unknown\r\n\r\n\
3vo\xe2\x80\xae\xf1\xad\x8f\xb8A.Vy\nFO8.K<mqcK>< ,y>,UHx.pxz6<,IU\r\n------\r\n\r\n------\r\n";
    check_message(raw);
}
