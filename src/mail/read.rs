//! A message as a reader shows it: the readable text (text/plain preferred,
//! HTML turned into text with its links listed), the list of attachments,
//! and an attachment's bytes for saving. Pure.

use mail_parser::{Message, MessageParser, MessagePart, MimeHeaders as _};

use super::PARSE_LIMIT;
use super::filename::safe_file_name;
use super::html::{Link, html_to_text_after};
use crate::text::{multi_line, one_line};

/// Longest body text shown; beyond it the reader offers the source.
const MAX_BODY_CHARS: usize = 2 * 1024 * 1024;
/// Attachments listed (and reachable by index).
const MAX_ATTACHMENTS: usize = 1000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    /// Index among the message's attachments (for [`attachment`]).
    pub index: usize,
    /// The name the sender gave, as [`safe_file_name`] makes it: the name
    /// it is saved under (the same as [`AttachmentData::name`]), so what
    /// the reader shows is what gets written. Empty when the sender gave no
    /// name (saving then uses "attachment", in the user's language).
    pub name: String,
    pub content_type: String,
    pub size: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readable {
    pub body: String,
    /// The text came from an HTML part.
    pub from_html: bool,
    /// The links of an HTML body; `body` refers to `links[i]` as `[i + 1]`.
    /// Empty for plain text.
    pub links: Vec<Link>,
    pub attachments: Vec<AttachmentInfo>,
    /// Only the first part of a very large message was read.
    pub truncated: bool,
}

/// An attachment to save.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentData {
    /// A safe file name ([`safe_file_name`]); never empty.
    pub name: String,
    pub content_type: String,
    /// The decoded content (an attached message: its raw bytes).
    pub bytes: Vec<u8>,
}

/// What a reader shows for these raw bytes.
pub fn readable(raw: &[u8]) -> Readable {
    let (bounded, cut) = super::bounded_for_parsing(&raw[..raw.len().min(PARSE_LIMIT)]);
    let truncated = raw.len() > PARSE_LIMIT || cut;
    let bounded = &bounded[..];
    let Some(message) = parse(bounded) else {
        return Readable {
            body: bounded_body(&String::from_utf8_lossy(bounded)),
            from_html: false,
            links: Vec::new(),
            attachments: Vec::new(),
            truncated,
        };
    };
    // Every inline text part, in order: a message may hold several (a note
    // and a forwarded text, parts in different charsets), and showing only
    // the first would hide the others from the reader. mail-parser puts an
    // HTML part in the text list when there is no text/plain alternative;
    // it is rendered here (links listed with their real targets, numbered
    // across parts) rather than by mail-parser's converter.
    let mut text = String::new();
    let mut from_html = false;
    let mut links = Vec::new();
    for position in 0..message.text_body_count() {
        // The body is cut at MAX_BODY_CHARS anyway; 100,000 tiny parts
        // stop here rather than being joined in full.
        if text.len() > MAX_BODY_CHARS * 4 {
            break;
        }
        let Some(part) = u32::try_from(position).ok().and_then(|p| message.text_part(p)) else {
            continue;
        };
        let part_text = if part.is_text_html() {
            from_html = true;
            let html = html_to_text_after(part.text_contents().unwrap_or_default(), std::mem::take(&mut links));
            links = html.links;
            html.text
        } else {
            message.body_text(position).map(|t| t.into_owned()).unwrap_or_default()
        };
        if part_text.trim().is_empty() {
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
        }
        text.push_str(&part_text);
    }
    let body = bounded_body(&text);
    let attachments = message
        .attachments()
        .enumerate()
        .take(MAX_ATTACHMENTS)
        .map(|(index, part)| AttachmentInfo {
            index,
            name: part.attachment_name().map(safe_file_name).unwrap_or_default(),
            content_type: content_type(part),
            size: part.len(),
        })
        .collect();
    Readable {
        body,
        from_html,
        links,
        attachments,
        truncated,
    }
}

/// The attachment [`readable`] listed at `index`, to save.
///
/// The whole message is parsed, also beyond [`PARSE_LIMIT`], so the bytes
/// are complete: the attachments [`readable`] lists from the first part of
/// a large message keep their indexes (parts are numbered in the order
/// they appear).
pub fn attachment(raw: &[u8], index: usize) -> Option<AttachmentData> {
    if index >= MAX_ATTACHMENTS {
        return None;
    }
    // Bounded as `readable` bounds it, so the indexes agree.
    let (bounded, _) = super::bounded_for_parsing(raw);
    let message = parse(&bounded)?;
    let part = message.attachment(u32::try_from(index).ok()?)?;
    let content_type = content_type(part);
    let name = match part.attachment_name() {
        Some(name) => safe_file_name(name),
        None if content_type.eq_ignore_ascii_case("message/rfc822") => {
            format!("{}.eml", super::filename::fallback_name())
        }
        None => safe_file_name(""),
    };
    Some(AttachmentData {
        name,
        content_type,
        bytes: part.contents().to_vec(),
    })
}

fn parse(raw: &[u8]) -> Option<Message<'_>> {
    MessageParser::default().parse(raw).filter(super::looks_like_a_message)
}

fn content_type(part: &MessagePart<'_>) -> String {
    part.content_type()
        .map(|ct| match ct.subtype() {
            Some(sub) => format!("{}/{}", ct.ctype(), sub),
            None => ct.ctype().to_owned(),
        })
        .map(|t| one_line(&t, 100))
        .unwrap_or_else(|| "application/octet-stream".to_owned())
}

fn bounded_body(text: &str) -> String {
    let cut = text.char_indices().nth(MAX_BODY_CHARS).map_or(text.len(), |(i, _)| i);
    multi_line(&text[..cut])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prefers_plain_text_and_lists_attachments() {
        let raw = b"From: a@b.c\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n\
--B\r\nContent-Type: text/plain\r\n\r\nHello\x1b[2J there\r\n\
--B\r\nContent-Type: image/png; name=\"pic.png\"\r\nContent-Disposition: attachment; filename=\"pic.png\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--B--\r\n";
        let r = readable(raw);
        assert_eq!(r.body.trim_end(), "Hello\u{FFFD}[2J there");
        assert!(!r.from_html);
        assert_eq!(r.attachments.len(), 1);
        assert_eq!(r.attachments[0].name, "pic.png");
        assert_eq!(r.attachments[0].content_type, "image/png");
        assert_eq!(r.attachments[0].size, 8);
    }

    #[test]
    fn html_only_becomes_text() {
        let raw = b"From: a@b.c\r\nContent-Type: text/html\r\n\r\n<p>Hello <b>world</b></p>\r\n";
        let r = readable(raw);
        assert!(r.from_html);
        assert!(r.body.contains("Hello world"), "{:?}", r.body);
    }

    #[test]
    fn html_only_lists_links() {
        let raw = b"From: a@b.c\r\nContent-Type: text/html; charset=utf-8\r\n\r\n\
<p>Pay <a href=\"http://evil.example.net/x\">https://bank.example.com</a> now</p>\r\n";
        let r = readable(raw);
        assert!(r.from_html);
        assert_eq!(r.body.trim_end(), "Pay https://bank.example.com [1] now");
        assert_eq!(r.links.len(), 1);
        assert_eq!(r.links[0].target, "http://evil.example.net/x");
        assert!(r.links[0].deceptive);
    }

    #[test]
    fn every_inline_text_part_is_shown_in_order() {
        // Found by the hostile corpus: only the first of several inline
        // parts was shown, hiding the others.
        let raw = b"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=M\r\n\r\n\
--M\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFirst note.\r\n\
--M\r\nContent-Type: text/html\r\n\r\n<p>See <a href=\"http://one.example/\">one</a></p>\r\n\
--M\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\nCaf\xe9 second.\r\n\
--M\r\nContent-Type: text/html\r\n\r\n<a href=\"http://two.example/\">two</a> \
<a href=\"http://one.example/\">again</a>\r\n\
--M--\r\n";
        let r = readable(raw);
        let first = r.body.find("First note.").expect("the first part");
        let html = r.body.find("See one [1]").expect("the HTML part");
        let second = r.body.find("Caf\u{e9} second.").expect("the third part");
        let last = r.body.find("two [2] again [1]").expect("the last part, numbered on");
        assert!(first < html && html < second && second < last, "{:?}", r.body);
        let targets: Vec<&str> = r.links.iter().map(|l| l.target.as_str()).collect();
        assert_eq!(targets, ["http://one.example/", "http://two.example/"]);
    }

    #[test]
    fn alternative_prefers_text_and_falls_back_to_html() {
        let both = b"From: a@b.c\r\nContent-Type: multipart/alternative; boundary=A\r\n\r\n\
--A\r\nContent-Type: text/plain\r\n\r\nplain version\r\n\
--A\r\nContent-Type: text/html\r\n\r\n<p>html <a href=\"https://x.example/\">version</a></p>\r\n--A--\r\n";
        let r = readable(both);
        assert!(!r.from_html);
        assert_eq!(r.body.trim_end(), "plain version");
        assert!(r.links.is_empty());
        let html_only = b"From: a@b.c\r\nContent-Type: multipart/alternative; boundary=A\r\n\r\n\
--A\r\nContent-Type: text/html\r\n\r\n<ul><li>one<li>two</ul><img src=\"https://t.example/p.gif\" alt=\"\">\r\n--A--\r\n";
        let r = readable(html_only);
        assert!(r.from_html);
        assert_eq!(r.body.trim_end(), "\u{2022} one\n\u{2022} two");
    }

    const WITH_ATTACHMENTS: &[u8] = b"From: a@b.c\r\nSubject: x\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n\
--B\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n\
--B\r\nContent-Type: application/octet-stream; name=\"evil\"\r\n\
Content-Disposition: attachment; filename=\"../../.ssh/invoice\xe2\x80\xaefdp.exe\"\r\n\
Content-Transfer-Encoding: base64\r\n\r\naGVsbG8=\r\n\
--B\r\nContent-Type: message/rfc822\r\n\r\nFrom: c@d.e\r\nSubject: inner\r\n\r\ninner body\r\n\
--B\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=\"CON.txt\"\r\n\r\nnotes\r\n--B--\r\n";

    #[test]
    fn attachment_names_are_safe_and_data_is_decoded() {
        let r = readable(WITH_ATTACHMENTS);
        let names: Vec<&str> = r.attachments.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["invoicefdp.exe", "", "_CON.txt"]);
        let first = attachment(WITH_ATTACHMENTS, 0).unwrap();
        assert_eq!(first.name, "invoicefdp.exe");
        assert_eq!(first.content_type, "application/octet-stream");
        assert_eq!(first.bytes, b"hello");
        let inner = attachment(WITH_ATTACHMENTS, 1).unwrap();
        assert_eq!(inner.name, "attachment.eml");
        assert_eq!(inner.content_type, "message/rfc822");
        assert!(String::from_utf8_lossy(&inner.bytes).contains("inner body"));
        let notes = attachment(WITH_ATTACHMENTS, 2).unwrap();
        assert_eq!(notes.name, "_CON.txt");
        assert_eq!(notes.bytes.trim_ascii_end(), b"notes");
        assert_eq!(attachment(WITH_ATTACHMENTS, 3), None);
        assert_eq!(attachment(WITH_ATTACHMENTS, usize::MAX), None);
        assert_eq!(attachment(b"not a message", 0), None);
    }

    #[test]
    fn large_messages_keep_their_attachment_indexes() {
        let mut raw = b"From: a@b.c\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n\
--B\r\nContent-Type: text/plain\r\n\r\nbig\r\n\
--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename=big.bin\r\n\r\n"
            .to_vec();
        raw.extend(std::iter::repeat_n(b'x', PARSE_LIMIT));
        raw.extend_from_slice(b"\r\n--B--\r\n");
        let r = readable(&raw);
        assert!(r.truncated);
        assert_eq!(r.attachments[0].name, "big.bin");
        let data = attachment(&raw, 0).unwrap();
        assert_eq!(data.bytes.len(), PARSE_LIMIT);
    }

    #[test]
    fn deeply_nested_mime_is_survived() {
        let n = 10_000;
        let mut raw = String::from("From: a@b.c\r\nContent-Type: multipart/mixed; boundary=b0\r\n\r\n");
        for i in 1..n {
            raw.push_str(&format!(
                "--b{}\r\nContent-Type: multipart/mixed; boundary=b{i}\r\n\r\n",
                i - 1
            ));
        }
        raw.push_str(&format!(
            "--b{}\r\nContent-Type: text/html\r\n\r\n{}deep\r\n",
            n - 1,
            "<div>".repeat(n)
        ));
        let start = std::time::Instant::now();
        let r = readable(raw.as_bytes());
        println!("10,000 nested multiparts: {} bytes in {:?}", raw.len(), start.elapsed());
        let _ = attachment(raw.as_bytes(), 0);
        assert!(r.body.len() < raw.len());
        let mut nested = String::new();
        for _ in 0..n {
            nested.push_str("From: a@b.c\r\nContent-Type: message/rfc822\r\n\r\n");
        }
        nested.push_str("From: a@b.c\r\n\r\nbottom\r\n");
        let start = std::time::Instant::now();
        let r = readable(nested.as_bytes());
        println!(
            "10,000 nested messages: {} bytes in {:?}",
            nested.len(),
            start.elapsed()
        );
        let _ = attachment(nested.as_bytes(), 0);
        assert!(r.attachments.len() <= MAX_ATTACHMENTS);
    }
}
