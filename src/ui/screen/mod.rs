//! The app's screens. Each keeps its own state, turns its messages into
//! work on the store thread, and hands the app an `Event` when something
//! concerns more than itself.

pub mod mailbox;
pub mod settings;
pub mod setup;
pub mod welcome;
