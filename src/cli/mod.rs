//! The `postie` command line. Outside tools drive this interface, so its
//! commands, options and JSON fields are kept stable.
//!
//! What it prints for people (tables, summaries, errors, `--help`) is in
//! the system locale's language (LC_ALL, LC_MESSAGES, LANG); `--json`
//! output is the same in every language.

mod account;
mod export;
mod fetch;
mod help;
mod messages;
mod output;

use std::path::PathBuf;

use clap::{Args, FromArgMatches as _, Parser, Subcommand};

use crate::pop3::{AuthMethod, Fingerprint, Security};
use crate::store::{Folder, Store};

/// Postie: a POP3 mail client that never loses a message.
#[derive(Debug, Parser)]
#[command(name = "postie", version, about, long_about = None)]
pub struct Cli {
    /// Where the mail database lives (default: the XDG data directory's `postie`).
    #[arg(long, global = true, env = "POSTIE_DATA_DIR", value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Also write log lines to stderr (Postie's own from DEBUG). The log
    /// file in the XDG state directory (`postie/logs`, or $POSTIE_LOG_DIR)
    /// is always written.
    #[arg(short, long, global = true)]
    pub verbose: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Add, list, edit or remove accounts.
    #[command(subcommand)]
    Account(AccountCommand),
    /// Download new mail (all accounts, or the ones named).
    Fetch {
        /// Accounts to fetch; all when none is given.
        names: Vec<String>,
        /// One JSON object per account, one per line.
        #[arg(long)]
        json: bool,
        /// Show what would be downloaded and deleted; change nothing.
        #[arg(long)]
        dry_run: bool,
        /// Also download in full these messages whose headers only were
        /// fetched because of the size limit.
        #[arg(long = "full", value_name = "ID")]
        full: Vec<i64>,
    },
    /// List messages.
    List {
        /// Only this account's messages.
        #[arg(long)]
        account: Option<String>,
        /// inbox or trash (default: both).
        #[arg(long, value_parser = parse_folder)]
        folder: Option<Folder>,
        /// Print a JSON array of messages.
        #[arg(long)]
        json: bool,
    },
    /// Show a message: its headers and readable text.
    Show {
        /// The message's id, as `postie list` shows it.
        id: i64,
        /// Write the message exactly as received (CRLF line ends).
        #[arg(long)]
        raw: bool,
    },
    /// Search sender, recipients, subject and text.
    Search {
        /// Words to look for.
        query: String,
        /// Print a JSON array of messages.
        #[arg(long)]
        json: bool,
    },
    /// Move messages to Trash.
    Trash {
        /// The messages' ids, as `postie list` shows them.
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Bring messages back from Trash.
    Restore {
        /// The messages' ids, as `postie list` shows them.
        #[arg(required = true)]
        ids: Vec<i64>,
    },
    /// Delete everything in Trash for good.
    EmptyTrash,
    /// Open the app with sample mail from a small server of ours on
    /// 127.0.0.1, in a temporary data directory (nothing of yours is used).
    Demo,
    /// Put Postie in the desktop's applications menu (a .desktop file,
    /// icons and metainfo under $XDG_DATA_HOME, usually ~/.local/share).
    InstallDesktop,
    /// Take Postie out of the applications menu again.
    UninstallDesktop,
    /// Write messages out as an mbox file or a Maildir.
    Export {
        /// An mbox file (mboxrd quoting).
        #[arg(
            long,
            value_name = "FILE",
            conflicts_with = "maildir",
            required_unless_present = "maildir"
        )]
        mbox: Option<PathBuf>,
        /// A Maildir directory (created if needed).
        #[arg(long, value_name = "DIR")]
        maildir: Option<PathBuf>,
        /// Only this account's messages.
        #[arg(long)]
        account: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum AccountCommand {
    /// Add an account.
    Add(AccountArgs),
    /// List accounts.
    List {
        /// Print a JSON array of accounts.
        #[arg(long)]
        json: bool,
    },
    /// Remove an account. Its mail stays here unless --delete-mail is given;
    /// nothing on the server is touched.
    Remove {
        /// The account's name.
        name: String,
        /// Delete the account's messages here too.
        #[arg(long)]
        delete_mail: bool,
    },
    /// Change an account's settings.
    Edit(AccountArgs),
}

/// The options of `account add` (all but the name optional for `edit`).
#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("policy").args(["keep", "delete_after_download", "delete_after_days", "delete_when_trashed"])))]
#[command(group(clap::ArgGroup::new("password").args(["password_stdin", "password_command"])))]
pub struct AccountArgs {
    /// The account's name, as other commands take it.
    pub name: String,
    /// The POP3 server's host name.
    #[arg(long)]
    pub host: Option<String>,
    /// Port (default: 995 for tls, 110 for starttls and plain).
    #[arg(long)]
    pub port: Option<u16>,
    /// tls (default), starttls or plain.
    #[arg(long, value_parser = parse_security)]
    pub security: Option<Security>,
    /// User name, exactly as the provider gives it.
    #[arg(long)]
    pub user: Option<String>,
    /// Read the password from standard input (first line) into the keyring.
    #[arg(long)]
    pub password_stdin: bool,
    /// Run this command (with sh -c) to get the password: its first line of output.
    #[arg(long, value_name = "CMD")]
    pub password_command: Option<String>,
    /// Leave messages on the server (the default).
    #[arg(long)]
    pub keep: bool,
    /// Delete messages from the server once they are stored here.
    #[arg(long)]
    pub delete_after_download: bool,
    /// Delete messages from the server N days after they were downloaded.
    #[arg(long, value_name = "N")]
    pub delete_after_days: Option<u32>,
    /// Delete messages from the server once they are deleted here.
    #[arg(long)]
    pub delete_when_trashed: bool,
    /// auto (default), scram-sha-256, cram-md5, plain, login, user, apop, xoauth2.
    #[arg(long, value_parser = parse_auth)]
    pub auth: Option<AuthMethod>,
    /// Accept exactly this certificate (SHA-256 fingerprint, 64 hex digits,
    /// colons allowed).
    #[arg(long, value_name = "SHA256", value_parser = parse_fingerprint)]
    pub trust_cert: Option<Fingerprint>,
    /// Messages larger than this many bytes are skipped or fetched as headers only.
    #[arg(long, value_name = "BYTES")]
    pub max_size: Option<u64>,
    /// What to do with messages over --max-size: skip (default) or headers.
    #[arg(long, value_name = "ACTION", requires = "max_size")]
    pub over_size: Option<crate::account::OverSize>,
}

fn parse_security(s: &str) -> Result<Security, String> {
    s.parse()
}

fn parse_auth(s: &str) -> Result<AuthMethod, String> {
    s.parse()
}

fn parse_folder(s: &str) -> Result<Folder, String> {
    s.parse()
}

fn parse_fingerprint(s: &str) -> Result<Fingerprint, String> {
    s.parse()
        .map_err(|e: crate::pop3::tls::FingerprintParseError| e.to_string())
}

/// A failure to report: one sentence on stderr, exit status 1.
#[derive(Debug)]
pub struct CliError(pub String);

impl<E: std::fmt::Display> From<E> for CliError {
    fn from(error: E) -> CliError {
        CliError(error.to_string())
    }
}

/// Reads the process's command line, with `--help` in the system
/// locale's language. Exits on `--help`, `--version` and usage errors.
pub fn parse() -> Cli {
    crate::i18n::init(None);
    let matches = help::localized(&crate::i18n::LOADER).get_matches();
    Cli::from_arg_matches(&matches).unwrap_or_else(|error| error.exit())
}

/// Runs a parsed command line. Returns the process exit status.
pub fn run(cli: Cli) -> i32 {
    // The system locale's language. The desktop app (no command, or
    // `demo`) chooses again from its own setting when it starts.
    crate::i18n::init(None);
    // Held until this returns, so the log file has every line before exit.
    let _logging = crate::logging::init(cli.verbose);
    let data_dir = match cli.data_dir.or_else(|| dirs::data_dir().map(|d| d.join("postie"))) {
        Some(dir) => dir,
        None => {
            eprintln!("postie: {}", crate::t!("cli-no-data-dir"));
            return 1;
        }
    };
    let Some(command) = cli.command else {
        return report(crate::ui::run(&data_dir, false).map(|()| 0).map_err(CliError));
    };
    let result = match command {
        Command::Account(command) => account::run(&data_dir, command),
        Command::Fetch {
            names,
            json,
            dry_run,
            full,
        } => fetch::run(&data_dir, &names, json, dry_run, &full),
        Command::List { account, folder, json } => messages::list(&data_dir, account.as_deref(), folder, json),
        Command::Show { id, raw } => messages::show(&data_dir, id, raw),
        Command::Search { query, json } => messages::search(&data_dir, &query, json),
        Command::Trash { ids } => messages::trash(&data_dir, &ids),
        Command::Restore { ids } => messages::restore(&data_dir, &ids),
        Command::EmptyTrash => messages::empty_trash(&data_dir),
        Command::Export { mbox, maildir, account } => export::run(&data_dir, mbox, maildir, account.as_deref()),
        Command::Demo => Ok(demo()),
        Command::InstallDesktop => install_desktop(),
        Command::UninstallDesktop => uninstall_desktop(),
    };
    report(result)
}

/// `postie demo`: the app on sample mail, in a data directory that is
/// removed when the app closes.
fn demo() -> i32 {
    let dir = match tempfile::Builder::new().prefix("postie-demo-").tempdir() {
        Ok(dir) => dir,
        Err(error) => {
            let error = error.to_string();
            eprintln!("postie: {}", crate::t!("cli-demo-no-temp-dir", error = error));
            return 1;
        }
    };
    report(crate::ui::run(dir.path(), true).map(|()| 0).map_err(CliError))
}

/// Where the desktop looks for the user's menu entries and icons.
fn xdg_data_home() -> Result<std::path::PathBuf, CliError> {
    dirs::data_dir().ok_or_else(|| CliError(crate::t!("cli-no-home")))
}

fn install_desktop() -> Result<i32, CliError> {
    let data_home = xdg_data_home()?;
    let folder = data_home.display().to_string();
    let executable = std::env::current_exe().map_err(|e| {
        let error = e.to_string();
        CliError(crate::t!("cli-no-executable", error = error))
    })?;
    let written = crate::desktop::install(&data_home, &executable).map_err(|e| {
        let error = e.to_string();
        CliError(crate::t!(
            "cli-install-desktop-failed",
            folder = folder.as_str(),
            error = error
        ))
    })?;
    let count: usize = written.len();
    let program = executable.display().to_string();
    println!(
        "{}",
        crate::t!(
            "cli-install-desktop-done",
            count = count,
            folder = folder,
            program = program
        )
    );
    Ok(0)
}

fn uninstall_desktop() -> Result<i32, CliError> {
    let data_home = xdg_data_home()?;
    let folder = data_home.display().to_string();
    let removed = crate::desktop::uninstall(&data_home).map_err(|e| {
        let error = e.to_string();
        CliError(crate::t!(
            "cli-uninstall-desktop-failed",
            folder = folder.as_str(),
            error = error
        ))
    })?;
    if removed.is_empty() {
        println!("{}", crate::t!("cli-uninstall-desktop-nothing", folder = folder));
    } else {
        let count: usize = removed.len();
        println!("{}", crate::t!("cli-uninstall-desktop-done", count = count));
    }
    Ok(0)
}

/// Turns a command's outcome into an exit status, printing its error.
fn report(result: Result<i32, CliError>) -> i32 {
    match result {
        Ok(code) => code,
        Err(CliError(message)) => {
            eprintln!("postie: {message}");
            1
        }
    }
}

fn open_store(data_dir: &std::path::Path) -> Result<Store, CliError> {
    Ok(Store::open(data_dir)?)
}

fn account_id(store: &Store, name: &str) -> Result<i64, CliError> {
    match store.account_by_name(name)? {
        Some(account) => Ok(account.id),
        None => Err(no_account(name)),
    }
}

/// "There is no account named …".
fn no_account(name: &str) -> CliError {
    CliError(crate::t!("cli-no-such-account", name = name))
}
