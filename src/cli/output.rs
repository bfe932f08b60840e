//! How the command line prints things: dates, sizes, JSON objects.

use serde_json::{Value, json};

use crate::store::MessageSummary;

/// RFC 3339 in UTC, for JSON.
pub fn rfc3339(unix: i64) -> Option<String> {
    jiff::Timestamp::from_second(unix).ok().map(|t| t.to_string())
}

/// Local date and time for people.
pub fn local_date(unix: i64) -> String {
    match jiff::Timestamp::from_second(unix) {
        Ok(t) => t
            .to_zoned(jiff::tz::TimeZone::system())
            .strftime("%Y-%m-%d %H:%M")
            .to_string(),
        Err(_) => "?".to_owned(),
    }
}

/// The sender as `Name <address>`, or just the address.
pub fn sender_line(message: &MessageSummary) -> String {
    match (message.from_name.is_empty(), message.from_address.is_empty()) {
        (false, false) => format!("{} <{}>", message.from_name, message.from_address),
        (false, true) => message.from_name.clone(),
        _ => message.from_address.clone(),
    }
}

/// A message as `list --json` and `search --json` print it. Fields are
/// only ever added, never renamed: scripts depend on them.
pub fn message_json(message: &MessageSummary) -> Value {
    json!({
        "id": message.id,
        "account": message.account_name,
        "uidl": message.uidl,
        "from": sender_line(message),
        "from_name": message.from_name,
        "from_address": message.from_address,
        "to": message.to,
        "cc": message.cc,
        "subject": message.subject,
        "date": message.date.and_then(rfc3339),
        "received_at": rfc3339(message.received_at),
        "size": message.size,
        "unread": message.unread,
        "starred": message.starred,
        "folder": message.folder.as_str(),
        "sha256": message.sha256_hex(),
        "has_attachments": message.has_attachments,
        "complete": message.complete,
        "parse_failed": message.parse_failed,
        "message_id": message.message_id,
        "snippet": message.snippet,
    })
}

/// One line of a message table: id, date, sender, subject.
pub fn message_line(message: &MessageSummary) -> String {
    let date = local_date(message.date.unwrap_or(message.received_at));
    let mut marks = String::new();
    marks.push(if message.unread { '*' } else { ' ' });
    marks.push(if message.has_attachments { '@' } else { ' ' });
    let subject = if message.parse_failed {
        "(unreadable message, shown raw)"
    } else {
        &message.subject
    };
    format!(
        "{:>7} {marks} {date}  {:<28}  {}",
        message.id,
        truncate(message.sender(), 28),
        truncate(subject, 80)
    )
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}
