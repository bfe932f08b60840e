//! How the command line prints things: tables, dates, JSON objects.

use serde_json::{Value, json};

use crate::store::MessageSummary;

/// RFC 3339 in UTC, for JSON.
pub fn rfc3339(unix: i64) -> Option<String> {
    jiff::Timestamp::from_second(unix).ok().map(|t| t.to_string())
}

/// How a table column lines up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Right,
}

/// Rows under a heading row, each column as wide as its widest cell,
/// two spaces apart. Widths count characters, not bytes, so "Empfänger"
/// and "Jörg" line up; the last column is not padded.
pub fn table(headings: &[(String, Align)], rows: &[Vec<String>]) -> Vec<String> {
    let width = |text: &str| text.chars().count();
    let mut widths: Vec<usize> = headings.iter().map(|(heading, _)| width(heading)).collect();
    for row in rows {
        for (column, cell) in row.iter().enumerate() {
            if let Some(widest) = widths.get_mut(column) {
                *widest = (*widest).max(width(cell));
            }
        }
    }
    let line = |cells: Vec<&str>| {
        let last = cells.len().saturating_sub(1);
        let mut out = String::new();
        for (column, cell) in cells.into_iter().enumerate() {
            let gap = widths.get(column).copied().unwrap_or(0).saturating_sub(width(cell));
            let align = headings.get(column).map_or(Align::Left, |(_, align)| *align);
            if column > 0 {
                out.push_str("  ");
            }
            match align {
                Align::Right => {
                    out.extend(std::iter::repeat_n(' ', gap));
                    out.push_str(cell);
                }
                Align::Left if column == last => out.push_str(cell),
                Align::Left => {
                    out.push_str(cell);
                    out.extend(std::iter::repeat_n(' ', gap));
                }
            }
        }
        out
    };
    let mut lines = Vec::with_capacity(rows.len() + 1);
    lines.push(line(headings.iter().map(|(heading, _)| heading.as_str()).collect()));
    lines.extend(rows.iter().map(|row| line(row.iter().map(String::as_str).collect())));
    lines
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

/// The table of `postie list` and `postie search`: id, marks (`*`
/// unread, `@` attachments), date, sender, subject.
pub fn message_table(messages: &[MessageSummary]) -> Vec<String> {
    let now = jiff::Zoned::now();
    let headings = [
        (crate::t!("cli-list-id"), Align::Right),
        (String::new(), Align::Left),
        (crate::t!("cli-list-date"), Align::Left),
        (crate::t!("cli-list-from"), Align::Left),
        (crate::t!("cli-list-subject"), Align::Left),
    ];
    let unreadable = crate::t!("cli-list-unreadable");
    let rows: Vec<Vec<String>> = messages
        .iter()
        .map(|message| {
            let mut marks = String::new();
            marks.push(if message.unread { '*' } else { ' ' });
            marks.push(if message.has_attachments { '@' } else { ' ' });
            let subject = if message.parse_failed {
                &unreadable
            } else {
                &message.subject
            };
            vec![
                message.id.to_string(),
                marks,
                crate::i18n::list_date(message.date.unwrap_or(message.received_at), &now),
                truncate(message.sender(), 28),
                truncate(subject, 80),
            ]
        })
        .collect();
    table(&headings, &rows)
}

fn truncate(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let mut out: String = text.chars().take(max.saturating_sub(1)).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_columns_line_up_by_characters() {
        let headings = [
            ("Nr.".to_owned(), Align::Right),
            ("Empfänger".to_owned(), Align::Left),
            ("Betreff".to_owned(), Align::Left),
        ];
        let rows = vec![
            vec!["7".to_owned(), "Jörg Müller".to_owned(), "Grüße".to_owned()],
            vec!["1234".to_owned(), "Ann".to_owned(), "Hi".to_owned()],
        ];
        let lines = table(&headings, &rows);
        assert_eq!(
            lines,
            [
                " Nr.  Empfänger    Betreff",
                "   7  Jörg Müller  Grüße",
                "1234  Ann          Hi",
            ]
        );
        // The third column starts at the same character in every line.
        let starts: Vec<usize> = lines
            .iter()
            .map(|line| {
                line.chars()
                    .collect::<Vec<_>>()
                    .windows(2)
                    .rposition(|w| w == [' ', ' '])
                    .unwrap()
            })
            .collect();
        assert!(starts.iter().all(|&start| start == starts[0]), "{lines:#?}");
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(truncate("Grüße aus Köln", 8), "Grüße a…");
        assert_eq!(truncate("kurz", 8), "kurz");
    }
}
