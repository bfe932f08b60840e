//! A message as a reader shows it: the readable text (text/plain preferred,
//! HTML turned into text), and the list of attachments. Pure.

use mail_parser::{MessageParser, MimeHeaders as _};

use super::PARSE_LIMIT;
use crate::text::{multi_line, one_line};

/// Longest body text shown; beyond it the reader offers the source.
const MAX_BODY_CHARS: usize = 2 * 1024 * 1024;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentInfo {
    /// Index among the message's attachments (for saving).
    pub index: usize,
    /// The name the sender gave, made safe (may be empty).
    pub name: String,
    pub content_type: String,
    pub size: usize,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readable {
    pub body: String,
    /// The text came from an HTML part.
    pub from_html: bool,
    pub attachments: Vec<AttachmentInfo>,
    /// Only the first part of a very large message was read.
    pub truncated: bool,
}

/// What a reader shows for these raw bytes.
pub fn readable(raw: &[u8]) -> Readable {
    let truncated = raw.len() > PARSE_LIMIT;
    let bounded = &raw[..raw.len().min(PARSE_LIMIT)];
    let Some(message) = MessageParser::default()
        .parse(bounded)
        .filter(super::looks_like_a_message)
    else {
        return Readable {
            body: bounded_body(&String::from_utf8_lossy(bounded)),
            from_html: false,
            attachments: Vec::new(),
            truncated,
        };
    };
    // mail-parser puts an HTML part in the text list when there is no
    // text/plain alternative, and converts it.
    let from_html = message.text_part(0).is_some_and(|part| part.is_text_html());
    let body = message.body_text(0).map(|t| bounded_body(&t)).unwrap_or_default();
    let attachments = message
        .attachments()
        .enumerate()
        .take(1000)
        .map(|(index, part)| AttachmentInfo {
            index,
            name: part.attachment_name().map(|n| one_line(n, 255)).unwrap_or_default(),
            content_type: part
                .content_type()
                .map(|ct| match ct.subtype() {
                    Some(sub) => format!("{}/{}", ct.ctype(), sub),
                    None => ct.ctype().to_owned(),
                })
                .map(|t| one_line(&t, 100))
                .unwrap_or_else(|| "application/octet-stream".to_owned()),
            size: part.len(),
        })
        .collect();
    Readable {
        body,
        from_html,
        attachments,
        truncated,
    }
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
}
