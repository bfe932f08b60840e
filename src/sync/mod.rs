//! The sync engine: joins the POP3 engine and the store, so that every
//! message the server had is stored here exactly once, and none is removed
//! from the server before it is durably stored.
//!
//! Order of custody in every session: RETR (pipelined) → commit message and
//! UIDL state in one transaction → only then mark `delete_pending` and DELE
//! → QUIT. Any error before QUIT drops the connection without QUIT, so the
//! server deletes nothing; a QUIT that is not confirmed leaves deletions
//! pending for the next session's UIDL list to settle.

mod download;
mod fetch;
mod listing;
mod lock;
pub mod plan;
mod staging;
mod stop;
mod store_handle;
mod tally;

use std::path::PathBuf;
use std::sync::Arc;

use thiserror::Error;

pub use fetch::{credentials_for, server_config_for};
pub use lock::AccountLock;
pub use plan::{DeleteReason, Deletion, Download, PlanError};
pub use stop::StopSignal;

use crate::pop3::Timeouts;
use crate::secrets::SecretError;
use crate::store::StoreError;

/// What a fetch is doing, for progress bars.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Connecting,
    Listing,
    Downloading,
    Deleting,
    Finishing,
}

impl Phase {
    /// The `$phase` selector of the `sync-phase` message.
    pub fn key(self) -> &'static str {
        match self {
            Phase::Connecting => "connecting",
            Phase::Listing => "listing",
            Phase::Downloading => "downloading",
            Phase::Deleting => "deleting",
            Phase::Finishing => "finishing",
        }
    }
}

/// Lower case, in the user's language ("downloading").
impl std::fmt::Display for Phase {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("sync-phase", phase = self.key()))
    }
}

/// A progress event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub account: String,
    pub phase: Phase,
    /// Messages done and to do in this phase.
    pub done: usize,
    pub total: usize,
    /// Message bytes received so far, and expected in all.
    pub bytes: u64,
    pub total_bytes: u64,
}

pub type ProgressCallback = Arc<dyn Fn(Progress) + Send + Sync>;
pub type Clock = Arc<dyn Fn() -> i64 + Send + Sync>;

/// Why a fetch failed. Each reads as one sentence for the user, in their
/// language.
#[derive(Debug, Error)]
pub enum FetchError {
    Busy,
    Pop3(#[from] crate::pop3::Error),
    Store(#[from] StoreError),
    Secret(#[from] SecretError),
    Plan(#[from] PlanError),
    /// The server's words.
    ListingFailed(String),
    Internal(String),
    /// Asked to stop ([`FetchOptions::stop`]) in the middle of a download:
    /// what had arrived is committed, the connection closed without QUIT.
    /// [`Fetcher::fetch`] reports it as [`FetchReport::stopped`], never as
    /// an error.
    Stopped,
}

impl std::fmt::Display for FetchError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The disk's trouble, whether at a commit or in a staged body, is
        // said in words about the disk and the user's mail.
        let disk = match self {
            FetchError::Store(error) => disk_trouble(error),
            FetchError::Pop3(crate::pop3::Error::Sink(error)) => disk_io_trouble(error),
            _ => None,
        };
        match disk {
            Some(DiskTrouble::Full) => return f.write_str(&crate::t!("sync-error-disk-full")),
            Some(DiskTrouble::Failed(detail)) => {
                return f.write_str(&crate::t!("sync-error-disk-failed", detail = detail));
            }
            None => {}
        }
        match self {
            FetchError::Busy => f.write_str(&crate::t!("sync-error-busy")),
            FetchError::Pop3(error) => error.fmt(f),
            FetchError::Store(error) => error.fmt(f),
            FetchError::Secret(error) => error.fmt(f),
            FetchError::Plan(error) => error.fmt(f),
            FetchError::ListingFailed(text) => {
                f.write_str(&crate::t!("sync-error-listing-failed", text = text.as_str()))
            }
            FetchError::Internal(detail) => f.write_str(&crate::t!("sync-error-internal", detail = detail.as_str())),
            FetchError::Stopped => f.write_str(&crate::t!("sync-stopped")),
        }
    }
}

/// A failure that is the disk's: the user needs a sentence about the disk
/// and about their mail, not about the database.
enum DiskTrouble {
    Full,
    /// The system's words for the failure.
    Failed(String),
}

fn disk_trouble(error: &StoreError) -> Option<DiskTrouble> {
    use rusqlite::ErrorCode;
    match error {
        StoreError::Sqlite(sqlite @ rusqlite::Error::SqliteFailure(e, _)) => match e.code {
            ErrorCode::DiskFull => Some(DiskTrouble::Full),
            ErrorCode::SystemIoFailure => Some(DiskTrouble::Failed(sqlite.to_string())),
            _ => None,
        },
        StoreError::Io(e) => disk_io_trouble(e),
        _ => None,
    }
}

fn disk_io_trouble(error: &std::io::Error) -> Option<DiskTrouble> {
    const EIO: i32 = 5;
    if error.kind() == std::io::ErrorKind::StorageFull {
        Some(DiskTrouble::Full)
    } else if error.raw_os_error() == Some(EIO) {
        Some(DiskTrouble::Failed(error.to_string()))
    } else {
        None
    }
}

impl FetchError {
    /// The server refused the password: do not try again automatically.
    pub fn is_auth_rejected(&self) -> bool {
        matches!(self, FetchError::Pop3(e) if e.is_auth_rejected())
    }

    /// The server refused for good (`[SYS/PERM]`, RFC 3206): trying again
    /// on a timer cannot help until someone changes something.
    pub fn is_permanent(&self) -> bool {
        matches!(self, FetchError::Pop3(crate::pop3::Error::Permanent { .. }))
    }

    /// How long the server asked to wait before the next login, when it
    /// said (`[LOGIN-DELAY]` with the delay CAPA announced).
    pub fn retry_after(&self) -> Option<std::time::Duration> {
        match self {
            FetchError::Pop3(crate::pop3::Error::Temporary { retry_after, .. }) => *retry_after,
            _ => None,
        }
    }
}

/// What a dry run found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DryRun {
    pub would_download: Vec<Download>,
    pub would_delete: Vec<Deletion>,
}

/// The outcome of fetching one account.
#[derive(Debug, Default)]
pub struct FetchReport {
    pub account: String,
    /// Messages stored for the first time (or completed from headers only).
    pub new: usize,
    /// Listed messages that were already here.
    pub already_had: usize,
    /// Deletions the server confirmed at QUIT.
    pub deleted_on_server: usize,
    /// Left on the server because of the size limit.
    pub skipped: usize,
    /// Of the new ones, how many are headers only.
    pub headers_only: usize,
    pub sessions: usize,
    /// Things the user should know that did not stop the fetch.
    pub warnings: Vec<String>,
    /// The server's LOGIN-DELAY did not allow a login yet: not before this time.
    pub postponed_until: Option<i64>,
    pub dry_run: Option<DryRun>,
    pub error: Option<FetchError>,
    /// The fetch was asked to stop and did, at a safe point: everything
    /// downloaded was committed. Not an error.
    pub stopped: bool,
}

impl FetchReport {
    pub fn succeeded(&self) -> bool {
        self.error.is_none()
    }
}

/// Options for one fetch.
#[derive(Clone)]
pub struct FetchOptions {
    /// Find out what would be downloaded and deleted; change nothing.
    pub dry_run: bool,
    /// Most sessions in a row, for servers that hand out a few hundred
    /// messages per session (Gmail).
    pub max_sessions: usize,
    pub timeouts: Timeouts,
    /// Messages per commit.
    pub batch_messages: usize,
    /// Body bytes per commit.
    pub batch_bytes: u64,
    /// Stops the fetch at the next safe point when set (the app closing).
    pub stop: StopSignal,
    /// The largest message stored whole; of a larger one only the headers
    /// are fetched. [`crate::store::MAX_MESSAGE_BYTES`], or less in tests.
    pub max_message_bytes: u64,
}

impl Default for FetchOptions {
    fn default() -> FetchOptions {
        FetchOptions {
            dry_run: false,
            max_sessions: 50,
            timeouts: Timeouts::default(),
            batch_messages: 256,
            batch_bytes: 8 * 1024 * 1024,
            stop: StopSignal::default(),
            max_message_bytes: crate::store::MAX_MESSAGE_BYTES,
        }
    }
}

/// Fetches accounts into the store in `data_dir`.
#[derive(Clone)]
pub struct Fetcher {
    pub data_dir: PathBuf,
    pub clock: Clock,
    pub progress: Option<ProgressCallback>,
}

impl Fetcher {
    pub fn new(data_dir: PathBuf) -> Fetcher {
        Fetcher {
            data_dir,
            clock: Arc::new(crate::store::unix_now),
            progress: None,
        }
    }

    pub fn with_clock(mut self, clock: Clock) -> Fetcher {
        self.clock = clock;
        self
    }

    pub fn with_progress(mut self, progress: ProgressCallback) -> Fetcher {
        self.progress = Some(progress);
        self
    }

    pub(crate) fn now(&self) -> i64 {
        (self.clock)()
    }

    pub(crate) fn report(&self, progress: Progress) {
        if let Some(callback) = &self.progress {
            callback(progress);
        }
    }
}
