//! The keyboard shortcuts, as a pure mapping from a key press to what it
//! asks for. Key presses a focused widget used (typing in the search
//! field, say) never get here.

use iced::keyboard::{Event, Key, Modifiers, key::Named};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shortcut {
    /// Move the list cursor by this many rows.
    Move(i64),
    Open,
    Delete,
    Search,
    FetchNow,
    Quit,
}

/// The shortcut a key press means, if any.
pub fn shortcut(event: &Event) -> Option<Shortcut> {
    let Event::KeyPressed { key, modifiers, .. } = event else {
        return None;
    };
    shortcut_for(key.as_ref(), *modifiers)
}

fn shortcut_for(key: Key<&str>, modifiers: Modifiers) -> Option<Shortcut> {
    let plain = !modifiers.command() && !modifiers.alt();
    match key {
        Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("q") => Some(Shortcut::Quit),
        Key::Character(c) if modifiers.command() && c.eq_ignore_ascii_case("f") => Some(Shortcut::Search),
        Key::Character("j") if plain => Some(Shortcut::Move(1)),
        Key::Character("k") if plain => Some(Shortcut::Move(-1)),
        Key::Named(Named::ArrowDown) if plain => Some(Shortcut::Move(1)),
        Key::Named(Named::ArrowUp) if plain => Some(Shortcut::Move(-1)),
        Key::Named(Named::PageDown) if plain => Some(Shortcut::Move(10)),
        Key::Named(Named::PageUp) if plain => Some(Shortcut::Move(-10)),
        Key::Named(Named::Enter) if plain => Some(Shortcut::Open),
        Key::Named(Named::Delete) if plain => Some(Shortcut::Delete),
        Key::Named(Named::F5) => Some(Shortcut::FetchNow),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_map_to_shortcuts() {
        let ctrl = Modifiers::CTRL;
        let none = Modifiers::empty();
        assert_eq!(shortcut_for(Key::Character("j"), none), Some(Shortcut::Move(1)));
        assert_eq!(shortcut_for(Key::Character("k"), none), Some(Shortcut::Move(-1)));
        assert_eq!(
            shortcut_for(Key::Named(Named::ArrowDown), none),
            Some(Shortcut::Move(1))
        );
        assert_eq!(shortcut_for(Key::Named(Named::ArrowUp), none), Some(Shortcut::Move(-1)));
        assert_eq!(shortcut_for(Key::Named(Named::Enter), none), Some(Shortcut::Open));
        assert_eq!(shortcut_for(Key::Named(Named::Delete), none), Some(Shortcut::Delete));
        assert_eq!(shortcut_for(Key::Named(Named::F5), none), Some(Shortcut::FetchNow));
        assert_eq!(shortcut_for(Key::Character("f"), ctrl), Some(Shortcut::Search));
        assert_eq!(shortcut_for(Key::Character("q"), ctrl), Some(Shortcut::Quit));
        assert_eq!(shortcut_for(Key::Character("Q"), ctrl), Some(Shortcut::Quit));
        // Ctrl+J is not "next message", and a bare q quits nothing.
        assert_eq!(shortcut_for(Key::Character("j"), ctrl), None);
        assert_eq!(shortcut_for(Key::Character("q"), none), None);
    }
}
