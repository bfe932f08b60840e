//! Reading messages: the summary the inbox list shows, and the text the
//! search index holds. Pure functions over the raw bytes; no storage, no UI.
//!
//! Every string that comes out is safe to display (no control or bidi
//! characters) and bounded in length, whatever the message contains.

mod bounds;
mod filename;
mod html;
mod read;

use mail_parser::{Address, MessageParser};

pub use bounds::{MAX_BOUNDARY_LINES, MAX_PARAMETER_FIELD, bounded_for_parsing};
pub use filename::{safe_file_name, unused_path};
pub use html::{HtmlText, Link, html_to_text};
pub use read::{AttachmentData, AttachmentInfo, Readable, attachment, readable};

use crate::text::one_line;

/// Messages larger than this are summarised from their first part only:
/// the headers and the first text part are nearly always inside it, and
/// parsing stays bounded in time and memory.
pub const PARSE_LIMIT: usize = 4 * 1024 * 1024;
/// Body text kept for the search index, per message.
const INDEX_TEXT_CHARS: usize = 32 * 1024;
const SNIPPET_CHARS: usize = 200;
const HEADER_CHARS: usize = 500;
const ADDRESS_LIST_CHARS: usize = 2_000;

/// What the list, the reader header and the search index need.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// False when the bytes are not a message mail-parser can read; it is
    /// still stored raw and shown as such.
    pub parsed: bool,
    pub from_name: String,
    pub from_address: String,
    /// Display form: `Name <address>, ...`.
    pub to: String,
    pub cc: String,
    pub subject: String,
    /// The Date header as Unix seconds.
    pub date: Option<i64>,
    pub message_id: Option<String>,
    pub in_reply_to: Option<String>,
    pub references: Option<String>,
    pub snippet: String,
    /// Plain text of the body for the search index (bounded). Not for
    /// display: it is not cleaned of control characters.
    pub body_text: String,
    pub has_attachments: bool,
}

impl Summary {
    /// The sender as a list shows it: the display name, else the address.
    pub fn sender(&self) -> &str {
        display_sender(&self.from_name, &self.from_address)
    }

    /// Lower-cased sender, the list's sort key.
    pub fn sort_sender(&self) -> String {
        self.sender().to_lowercase()
    }

    /// Lower-cased subject without reply and forward prefixes.
    pub fn sort_subject(&self) -> String {
        strip_reply_prefixes(&self.subject).to_lowercase()
    }

    /// Names and addresses of every recipient, for the search index.
    pub fn recipients(&self) -> String {
        format!("{} {}", self.to, self.cc)
    }
}

/// How a list shows a sender: the display name, else the address.
pub fn display_sender<'a>(name: &'a str, address: &'a str) -> &'a str {
    if name.is_empty() { address } else { name }
}

/// Summarises a raw message (RFC 5322 bytes).
pub fn summarize(raw: &[u8]) -> Summary {
    let (bounded, _) = bounded_for_parsing(&raw[..raw.len().min(PARSE_LIMIT)]);
    let Some(message) = MessageParser::default().parse(&bounded[..]) else {
        return unparsed(raw);
    };
    // mail-parser reads almost anything as "headers"; bytes without a
    // single header a message must or usually has are not an e-mail.
    if !looks_like_a_message(&message) {
        return unparsed(raw);
    }
    let (from_name, from_address) = message
        .from()
        .and_then(|a| a.first())
        .map(|a| {
            (
                one_line(a.name().unwrap_or_default(), HEADER_CHARS),
                one_line(a.address().unwrap_or_default(), HEADER_CHARS),
            )
        })
        .unwrap_or_default();
    let body_text = message
        .body_text(0)
        .map(|text| bounded_text(&text, INDEX_TEXT_CHARS))
        .unwrap_or_default();
    let snippet = one_line(&body_text, SNIPPET_CHARS);
    Summary {
        parsed: true,
        from_name,
        from_address,
        to: address_list(message.to()),
        cc: address_list(message.cc()),
        subject: message.subject().map(|s| one_line(s, HEADER_CHARS)).unwrap_or_default(),
        date: message.date().filter(|d| d.is_valid()).map(|d| d.to_timestamp()),
        message_id: message.message_id().map(|id| one_line(id, HEADER_CHARS)),
        in_reply_to: message.in_reply_to().as_text().map(|id| one_line(id, HEADER_CHARS)),
        references: message
            .references()
            .as_text_list()
            .map(|ids| one_line(&ids.join(" "), ADDRESS_LIST_CHARS))
            .or_else(|| message.references().as_text().map(|id| one_line(id, HEADER_CHARS))),
        snippet,
        body_text,
        has_attachments: message.attachment_count() > 0,
    }
}

pub(crate) fn looks_like_a_message(message: &mail_parser::Message<'_>) -> bool {
    use mail_parser::HeaderName;
    message.headers().iter().any(|h| {
        matches!(
            h.name,
            HeaderName::From
                | HeaderName::To
                | HeaderName::Subject
                | HeaderName::Date
                | HeaderName::MessageId
                | HeaderName::Sender
                | HeaderName::ContentType
        )
    })
}

fn unparsed(raw: &[u8]) -> Summary {
    let text = String::from_utf8_lossy(&raw[..raw.len().min(INDEX_TEXT_CHARS)]);
    Summary {
        parsed: false,
        snippet: one_line(&text, SNIPPET_CHARS),
        body_text: bounded_text(&text, INDEX_TEXT_CHARS),
        ..Summary::default()
    }
}

fn address_list(address: Option<&Address<'_>>) -> String {
    let Some(address) = address else {
        return String::new();
    };
    let parts: Vec<String> = address
        .iter()
        .take(200)
        .map(|a| match (a.name(), a.address()) {
            (Some(name), Some(addr)) if !name.is_empty() => {
                format!("{} <{}>", one_line(name, 200), one_line(addr, 200))
            }
            (_, Some(addr)) => one_line(addr, 200),
            (Some(name), None) => one_line(name, 200),
            (None, None) => String::new(),
        })
        .filter(|s| !s.is_empty())
        .collect();
    one_line(&parts.join(", "), ADDRESS_LIST_CHARS)
}

/// The first `max_chars` characters. The index never displays text, so
/// it is not cleaned here (that costs more than parsing on large bodies).
fn bounded_text(text: &str, max_chars: usize) -> String {
    // A character is at least one byte: short texts need no counting.
    if text.len() <= max_chars {
        return text.to_owned();
    }
    let cut = text.char_indices().nth(max_chars).map_or(text.len(), |(i, _)| i);
    text[..cut].to_owned()
}

fn strip_reply_prefixes(subject: &str) -> &str {
    let mut rest = subject.trim_start();
    loop {
        let lower = rest.get(..4).map(str::to_ascii_lowercase).unwrap_or_default();
        let skip = ["re:", "fw:", "aw:", "sv:"]
            .iter()
            .find(|p| lower.starts_with(**p))
            .map(|p| p.len())
            .or_else(|| rest.get(..4).filter(|s| s.eq_ignore_ascii_case("fwd:")).map(|_| 4));
        match skip {
            Some(n) => rest = rest[n..].trim_start(),
            None => return rest,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &[u8] = b"From: \"Ada Lovelace\" <ada@example.org>\r\n\
To: Charles <charles@example.org>, bob@example.org\r\n\
Cc: =?UTF-8?B?SsO8cmdlbg==?= <j@example.de>\r\n\
Subject: Re: Fwd: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n\
Date: Tue, 1 Jul 2025 10:52:37 +0200\r\n\
Message-ID: <a1@example.org>\r\n\
In-Reply-To: <a0@example.org>\r\n\
References: <z@example.org> <a0@example.org>\r\n\
Content-Type: text/plain; charset=utf-8\r\n\
\r\n\
Hello\r\n\
world \x1b[31m!\r\n";

    #[test]
    fn summarises_headers_and_body() {
        let s = summarize(SAMPLE);
        assert!(s.parsed);
        assert_eq!(s.from_name, "Ada Lovelace");
        assert_eq!(s.from_address, "ada@example.org");
        assert_eq!(s.to, "Charles <charles@example.org>, bob@example.org");
        assert_eq!(s.cc, "Jürgen <j@example.de>");
        assert_eq!(s.subject, "Re: Fwd: Grüße");
        assert_eq!(s.sort_subject(), "grüße");
        assert_eq!(s.date, Some(1_751_359_957));
        assert_eq!(s.message_id.as_deref(), Some("a1@example.org"));
        assert_eq!(s.in_reply_to.as_deref(), Some("a0@example.org"));
        assert_eq!(s.references.as_deref(), Some("z@example.org a0@example.org"));
        assert_eq!(s.snippet, "Hello world \u{FFFD}[31m!");
        assert!(!s.has_attachments);
    }

    #[test]
    fn garbage_is_summarised_as_unparsed() {
        let s = summarize(b"\x00\x01\x02 not a message");
        assert!(!s.parsed);
        assert!(s.snippet.contains("not a message"));
        let empty = summarize(b"");
        assert!(!empty.parsed);
    }

    #[test]
    fn attachments_are_noticed() {
        let raw = b"From: a@b.c\r\nSubject: files\r\nContent-Type: multipart/mixed; boundary=X\r\n\r\n\
--X\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n\
--X\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\n\r\nJVBERi0=\r\n--X--\r\n";
        let s = summarize(raw);
        assert!(s.has_attachments);
        assert_eq!(s.snippet, "see attached");
    }
}
