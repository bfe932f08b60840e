//! The `postie` executable: the desktop app, and the same engine headless.

use clap::Parser as _;

fn main() {
    let cli = postie::cli::Cli::parse();
    std::process::exit(postie::cli::run(cli));
}
