//! The `postie` executable: the desktop app, and the same engine headless.

use clap::{CommandFactory as _, Parser};

/// Postie: a POP3 mail client that never loses a message.
#[derive(Debug, Parser)]
#[command(name = "postie", version, about)]
struct Cli {}

fn main() {
    let _cli = Cli::parse();
    // The desktop app and the headless commands arrive with later work; until
    // then `postie` explains itself.
    let _ = Cli::command().print_long_help();
}
