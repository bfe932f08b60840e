//! Telling the user that new mail has arrived: a desktop notification
//! (the freedesktop Notifications service on the session D-Bus, through
//! notify-rust).
//!
//! A notification is a courtesy: when no notification service runs (a
//! bare window manager, a headless session) it is skipped without a word
//! to the user, and it never holds up a fetch.

use std::time::Duration;

use crate::store::Arrivals;
use crate::t;

/// How long to wait for the notification service before giving up. A
/// service that is named but not running can make D-Bus wait for its
/// activation much longer.
const SHOW_TIMEOUT: Duration = Duration::from_secs(5);
/// Longest sender and subject shown, in characters.
const MAX_SENDER: usize = 80;
const MAX_SUBJECT: usize = 160;

/// The words of one notification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// Plain text (the title line).
    pub summary: String,
    /// Already escaped for the body markup notification services read.
    pub body: String,
}

/// The notification for what arrived in `account` (its name as the
/// sidebar shows it), or none when nothing did.
///
/// One message: its sender and subject. Several: how many, and the
/// newest's sender and subject.
pub fn notice_for(account: &str, arrivals: &Arrivals) -> Option<Notice> {
    if arrivals.count == 0 {
        return None;
    }
    let account = crate::text::one_line(account, MAX_SENDER);
    let newest = arrivals.newest.as_ref().map(|message| {
        let sender = crate::text::one_line(message.sender(), MAX_SENDER);
        let subject = match crate::text::one_line(&message.subject, MAX_SUBJECT) {
            subject if subject.is_empty() => t!("notify-no-subject"),
            subject => subject,
        };
        (sender, subject)
    });
    match (arrivals.count, newest) {
        (1, Some((sender, subject))) => Some(Notice {
            summary: sender,
            body: escape_markup(&subject),
        }),
        (count, newest) => {
            let count = i64::try_from(count).unwrap_or(i64::MAX);
            let body = match newest {
                Some((sender, subject)) => t!("notify-latest", sender = sender, subject = subject),
                None => account.clone(),
            };
            Some(Notice {
                summary: t!("notify-new-messages", count = count, account = account),
                body: escape_markup(&body),
            })
        }
    }
}

/// Notification services may read `<b>`, `<a href>` and even `<img src>`
/// in the body: a subject written by a stranger must not be markup (an
/// `<img>` could make the service fetch a remote image, a tracking pixel).
pub fn escape_markup(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// Shows `notice`. An error (no session bus, no notification service, a
/// timeout) is returned for the log; callers do not show it.
pub async fn show(notice: Notice) -> Result<(), String> {
    let mut notification = notify_rust::Notification::new();
    notification
        .appname("Postie")
        .icon(crate::desktop::APP_ID)
        .summary(&notice.summary)
        .body(&notice.body)
        .hint(notify_rust::Hint::DesktopEntry(crate::desktop::APP_ID.to_owned()))
        .hint(notify_rust::Hint::Category("email.arrived".to_owned()));
    match tokio::time::timeout(SHOW_TIMEOUT, notification.show_async()).await {
        Ok(Ok(_handle)) => Ok(()),
        Ok(Err(error)) => Err(error.to_string()),
        Err(_) => Err(format!("no answer within {} s", SHOW_TIMEOUT.as_secs())),
    }
}

#[cfg(test)]
mod tests;
