//! The desktop app's tests: iced Simulator tests that click and type
//! through the real screens (driven by a small headless harness that runs
//! the app's tasks and workers on tokio), and a real-window smoke test
//! under Xvfb.

#[path = "../support/mod.rs"]
mod support;

mod harness;
mod hostile;
mod language;
mod lifecycle;
mod mailbox;
mod server_codes;
mod setup_flow;
mod window;
