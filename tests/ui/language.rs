//! The language menu in Settings: a choice switches every word at once
//! and is remembered in the store.
//!
//! The language is one for the whole process, so this harness keeps every
//! other test waiting while it runs (see `Harness::start_switching_language`).

use postie::store::Store;

use crate::harness::Harness;

fn saved_language(dir: &std::path::Path) -> Option<String> {
    Store::open(dir).unwrap().app_setting("language").unwrap()
}

#[test]
fn choosing_a_language_switches_the_window_at_once_and_is_saved() {
    let dir = tempfile::tempdir().unwrap();
    let mut harness = Harness::start_switching_language(dir.path(), true);
    harness.wait_for_text("Pranzo?");
    harness.wait_until("the first check to end", |h| {
        h.app.accounts().iter().all(|a| a.status.last_check.is_some())
    });
    harness.settle();
    assert!(harness.app.title().ends_with(" unread)"), "{}", harness.app.title());

    harness.click("Settings");
    harness.wait_for_text("Language");
    assert!(harness.shows("English"));
    assert!(
        harness.shows_containing("System ("),
        "the system's language comes first"
    );
    assert_eq!(saved_language(dir.path()), None);

    harness.click("Deutsch");
    harness.settle();
    for german in ["Einstellungen", "Konten", "Darstellung", "Sprache", "Dunkel", "Fertig"] {
        assert!(harness.shows(german), "{german:?} in {:?}", harness.texts());
    }
    assert!(!harness.shows("Appearance"));
    assert!(harness.app.title().ends_with(" ungelesen)"), "{}", harness.app.title());
    assert_eq!(saved_language(dir.path()).as_deref(), Some("de"));

    // The main window speaks German too.
    harness.click("Fertig");
    harness.wait_for_text("Papierkorb");
    assert!(!harness.shows("Trash"));
    harness.click("Einstellungen");
    harness.wait_for_text("Sprache");

    harness.click("English");
    harness.settle();
    assert!(harness.shows("Settings") && harness.shows("Appearance"));
    assert!(!harness.shows("Einstellungen"));
    assert_eq!(saved_language(dir.path()).as_deref(), Some("en"));

    // Back to the system's language: stored as no choice.
    let system = harness
        .texts()
        .into_iter()
        .find(|text| text.starts_with("System ("))
        .expect("the system option");
    harness.click(&system);
    harness.settle();
    assert_eq!(saved_language(dir.path()).as_deref(), Some(""));
}
