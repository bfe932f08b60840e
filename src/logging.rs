//! Diagnostics through `tracing`: always a log file, rotated daily, in the
//! XDG state directory (`$XDG_STATE_HOME/postie/logs`, usually
//! `~/.local/state/postie/logs`); with `--verbose` the terminal's stderr
//! too (never stdout: tools parse the JSON that commands print there).
//!
//! - `POSTIE_LOG_DIR` puts the log files elsewhere (tests; several data
//!   directories). `--data-dir` does not move them.
//! - `POSTIE_LOG`, else `RUST_LOG`, replaces the default filter
//!   (`warn,postie=info` for the file, `warn,postie=debug` for
//!   `--verbose`) with `tracing_subscriber::EnvFilter` directives.
//!
//! What may be logged: hosts, ports, security modes, login methods,
//! capabilities, counts, sizes, message numbers and errors. Never a
//! password, a token, a SASL exchange, an APOP digest, the password
//! command, or any part of a message (not even its subject or sender).
//! Log lines are English and are not translated.

use std::io::IsTerminal as _;
use std::path::{Path, PathBuf};

use tracing_appender::non_blocking::WorkerGuard;
use tracing_appender::rolling::{RollingFileAppender, Rotation};
use tracing_subscriber::EnvFilter;
use tracing_subscriber::Layer as _;
use tracing_subscriber::layer::SubscriberExt as _;
use tracing_subscriber::util::SubscriberInitExt as _;

/// Overrides where log files are written.
pub const LOG_DIR_ENV: &str = "POSTIE_LOG_DIR";
/// Overrides the filter (checked before `RUST_LOG`).
pub const FILTER_ENV: &str = "POSTIE_LOG";
/// Log files are named `postie.YYYY-MM-DD.log` (UTC dates).
pub const FILE_PREFIX: &str = "postie";
pub const FILE_SUFFIX: &str = "log";
/// Days of logs kept; older files are removed when a new one starts.
pub const KEPT_FILES: usize = 7;

/// Postie's own lines from INFO, other crates' from WARN.
const FILE_FILTER: &str = "warn,postie=info";
/// `--verbose`: Postie's own lines from DEBUG.
const VERBOSE_FILTER: &str = "warn,postie=debug";
/// Crates that carry secrets (the Secret Service over D-Bus) stay quiet
/// even under a blanket `RUST_LOG=trace`; naming one explicitly still works.
const SECRET_CARRIERS: &str =
    "zbus=warn,zbus_secret_service=warn,zbus_secret_service_keyring_store=warn,keyring_core=warn";

/// Keeps the log file's writer alive. Drop it (return from `cli::run`)
/// before the process exits, so the last lines reach the file.
#[must_use = "dropping the guard stops the log file writer"]
pub struct Logging {
    _guard: Option<WorkerGuard>,
    dir: Option<PathBuf>,
}

impl Logging {
    /// Where the log files go; `None` when no file could be opened.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }
}

/// Where log files go: `POSTIE_LOG_DIR`, else the XDG state directory's
/// `postie/logs`. `None` only without a home directory.
pub fn log_dir() -> Option<PathBuf> {
    if let Some(dir) = std::env::var_os(LOG_DIR_ENV).filter(|d| !d.is_empty()) {
        return Some(PathBuf::from(dir));
    }
    state_dir().map(|dir| dir.join("postie").join("logs"))
}

/// `$XDG_STATE_HOME` or `~/.local/state` on Linux; elsewhere the platform's
/// local data directory (which has no separate state directory).
fn state_dir() -> Option<PathBuf> {
    if let Some(dir) = dirs::state_dir() {
        return Some(dir);
    }
    if cfg!(target_os = "linux") {
        dirs::home_dir().map(|home| home.join(".local").join("state"))
    } else {
        dirs::data_local_dir()
    }
}

/// Installs the global subscriber: the log file always (when it can be
/// opened: otherwise one warning on stderr, and Postie runs on), stderr
/// with `verbose`. A second call changes nothing.
pub fn init(verbose: bool) -> Logging {
    let user_filter = user_filter();
    let filter = |default: &str| {
        let directives = user_filter.as_deref().unwrap_or(default);
        EnvFilter::new(format!("{SECRET_CARRIERS},{directives}"))
    };

    let (file_layer, guard, dir) = match open_file() {
        Ok((appender, dir)) => {
            let (writer, guard) = tracing_appender::non_blocking(appender);
            let layer = tracing_subscriber::fmt::layer()
                .with_ansi(false)
                .with_writer(writer)
                .with_filter(filter(FILE_FILTER));
            (Some(layer), Some(guard), Some(dir))
        }
        Err(problem) => {
            eprintln!("{}", crate::t!("logging-continuing", problem = problem));
            (None, None, None)
        }
    };
    let terminal_layer = verbose.then(|| {
        tracing_subscriber::fmt::layer()
            .with_ansi(std::io::stderr().is_terminal())
            .with_writer(std::io::stderr)
            .with_filter(filter(VERBOSE_FILTER))
    });
    let installed = tracing_subscriber::registry()
        .with(file_layer)
        .with(terminal_layer)
        .try_init()
        .is_ok();
    if installed {
        tracing::info!(
            target: "postie",
            version = %env!("CARGO_PKG_VERSION"),
            pid = std::process::id(),
            verbose,
            "postie started"
        );
    }
    Logging { _guard: guard, dir }
}

/// `POSTIE_LOG`, else `RUST_LOG`, when set and valid. An invalid one is
/// reported once on stderr and the defaults are used.
fn user_filter() -> Option<String> {
    let (name, value) = [FILTER_ENV, "RUST_LOG"]
        .into_iter()
        .find_map(|name| Some((name, std::env::var(name).ok().filter(|v| !v.trim().is_empty())?)))?;
    match EnvFilter::builder().parse(&value) {
        Ok(_) => Some(value),
        Err(error) => {
            eprintln!(
                "{}",
                crate::t!("logging-bad-filter", variable = name, error = error.to_string())
            );
            None
        }
    }
}

/// The daily-rotated appender in `log_dir()`, the directory created
/// (owner-only on Unix) when missing.
fn open_file() -> Result<(RollingFileAppender, PathBuf), String> {
    let dir = log_dir().ok_or_else(|| crate::t!("logging-no-folder", variable = LOG_DIR_ENV))?;
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    std::os::unix::fs::DirBuilderExt::mode(&mut builder, 0o700);
    builder.create(&dir).map_err(|e| cannot_write(&dir, &e))?;
    let appender = RollingFileAppender::builder()
        .rotation(Rotation::DAILY)
        .filename_prefix(FILE_PREFIX)
        .filename_suffix(FILE_SUFFIX)
        .max_log_files(KEPT_FILES)
        .build(&dir)
        .map_err(|e| cannot_write(&dir, &e))?;
    Ok((appender, dir))
}

fn cannot_write(dir: &Path, error: &dyn std::fmt::Display) -> String {
    crate::t!(
        "logging-cannot-write",
        folder = dir.display().to_string(),
        error = error.to_string()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_carriers_and_defaults_are_valid_filters() {
        for directives in [SECRET_CARRIERS, FILE_FILTER, VERBOSE_FILTER] {
            assert!(EnvFilter::builder().parse(directives).is_ok(), "{directives}");
        }
    }
}
