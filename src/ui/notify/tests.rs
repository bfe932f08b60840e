use std::collections::HashMap;

use super::*;
use crate::store::{Folder, MessageSummary};

fn message(from_name: &str, subject: &str) -> MessageSummary {
    MessageSummary {
        id: 7,
        account_id: 1,
        account_name: "work".into(),
        folder: Folder::Inbox,
        uidl: None,
        from_name: from_name.into(),
        from_address: "ada@example.org".into(),
        to: String::new(),
        cc: String::new(),
        subject: subject.into(),
        date: None,
        received_at: 0,
        size: 10,
        sha256: [0; 32],
        unread: true,
        starred: false,
        has_attachments: false,
        complete: true,
        parse_failed: false,
        message_id: None,
        snippet: String::new(),
    }
}

fn arrivals(count: u64, newest: Option<MessageSummary>) -> Arrivals {
    Arrivals { count, newest }
}

#[test]
fn nothing_new_means_no_notification() {
    assert_eq!(notice_for("work", &arrivals(0, None)), None);
}

#[test]
fn one_message_shows_its_sender_and_subject() {
    let notice = notice_for(
        "work",
        &arrivals(1, Some(message("Ada Lovelace", "Notes on the engine"))),
    );
    assert_eq!(
        notice,
        Some(Notice {
            summary: "Ada Lovelace".into(),
            body: "Notes on the engine".into()
        })
    );
    let untitled = notice_for("work", &arrivals(1, Some(message("", "")))).expect("a notice");
    assert_eq!(untitled.summary, "ada@example.org");
    assert_eq!(untitled.body, "(no subject)");
}

#[test]
fn several_messages_show_a_count_and_the_newest() {
    let notice = notice_for("work", &arrivals(12_345, Some(message("Ada", "Hi")))).expect("a notice");
    assert_eq!(notice.summary, "12,345 new messages in work");
    assert_eq!(notice.body, "Latest: Ada – Hi");
    let two = notice_for("work", &arrivals(2, None)).expect("a notice");
    assert_eq!(two.summary, "2 new messages in work");
}

#[test]
fn what_strangers_wrote_cannot_become_markup_or_spoof_text() {
    let notice = notice_for(
        "work",
        &arrivals(
            1,
            Some(message(
                "Bank\u{202E}gnp.exe\n<b>",
                "<img src=\"http://tracker.example/p.gif\"> & \u{0}more",
            )),
        ),
    )
    .expect("a notice");
    assert!(
        !notice.body.contains('<') && !notice.body.contains('>'),
        "{}",
        notice.body
    );
    assert!(notice.body.starts_with("&lt;img src=&quot;http"), "{}", notice.body);
    assert!(notice.body.contains("&amp;"));
    assert!(!notice.body.contains('\0'));
    assert!(!notice.summary.contains('\u{202E}') && !notice.summary.contains('\n'));
    // A flood of text is cut, not passed on whole.
    let long = notice_for(
        "work",
        &arrivals(1, Some(message(&"x".repeat(10_000), &"y".repeat(10_000)))),
    )
    .expect("a notice");
    assert!(long.summary.chars().count() <= MAX_SENDER + 1);
    assert!(long.body.chars().count() <= MAX_SUBJECT + 1);
}

/// What the stand-in notification service received.
#[derive(Debug, Clone)]
struct Shown {
    app_name: String,
    app_icon: String,
    summary: String,
    body: String,
    desktop_entry: Option<String>,
}

/// A freedesktop notification service of our own on the test's session
/// bus, recording what it is asked to show.
struct FakeService {
    shown: tokio::sync::mpsc::UnboundedSender<Shown>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl FakeService {
    #[allow(clippy::too_many_arguments)]
    fn notify(
        &self,
        app_name: String,
        _replaces_id: u32,
        app_icon: String,
        summary: String,
        body: String,
        _actions: Vec<String>,
        hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        let desktop_entry = hints
            .get("desktop-entry")
            .and_then(|value| String::try_from(value.try_clone().ok()?).ok());
        let _ = self.shown.send(Shown {
            app_name,
            app_icon,
            summary,
            body,
            desktop_entry,
        });
        1
    }

    fn get_capabilities(&self) -> Vec<String> {
        vec!["body".into(), "body-markup".into()]
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        ("fake".into(), "postie tests".into(), "1".into(), "1.2".into())
    }

    fn close_notification(&self, _id: u32) {}
}

/// Both halves in one test: they share the session bus's one
/// notification service name, so they must not run at the same time.
#[tokio::test]
async fn notifications_reach_the_service_and_its_absence_is_harmless() {
    assert!(
        std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some(),
        "this test needs a D-Bus session: run it as tests/run.sh does (dbus-run-session)"
    );
    let notice = Notice {
        summary: "Ada Lovelace".into(),
        body: "Notes &amp; figures".into(),
    };
    // No service: an error for the log, quickly, never a panic.
    let started = std::time::Instant::now();
    assert!(show(notice.clone()).await.is_err());
    assert!(started.elapsed() <= SHOW_TIMEOUT + Duration::from_secs(1));

    let (sender, mut shown) = tokio::sync::mpsc::unbounded_channel();
    let _service = zbus::connection::Builder::session()
        .expect("session bus")
        .name("org.freedesktop.Notifications")
        .expect("name")
        .serve_at("/org/freedesktop/Notifications", FakeService { shown: sender })
        .expect("serve")
        .build()
        .await
        .expect("the stand-in notification service starts");
    show(notice).await.expect("the notification is delivered");
    let received = tokio::time::timeout(Duration::from_secs(5), shown.recv())
        .await
        .expect("the service was called")
        .expect("a notification");
    assert_eq!(received.app_name, "Postie");
    assert_eq!(received.app_icon, crate::desktop::APP_ID);
    assert_eq!(received.summary, "Ada Lovelace");
    assert_eq!(received.body, "Notes &amp; figures");
    assert_eq!(received.desktop_entry.as_deref(), Some(crate::desktop::APP_ID));
}
