//! The `postie` executable: the desktop app, and the same engine headless.

fn main() {
    // Parsed with `--help` in the user's language (clap has no
    // translations of its own; see src/cli/help.rs).
    let cli = postie::cli::parse();
    std::process::exit(postie::cli::run(cli));
}
