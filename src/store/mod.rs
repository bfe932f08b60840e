//! The local store: one SQLite file holding accounts, messages (raw bytes
//! and summaries), the server state of every UIDL, and the search index.
//! Knows nothing of sockets or UI.
//!
//! Durability: WAL with `synchronous=FULL`, so a committed transaction
//! survives power loss (WAL with NORMAL may roll one back, and a lost commit
//! after DELE would be lost mail). A message and its UIDL state are always
//! committed together.
//!
//! Concurrency: each thread opens its own `Store`. WAL lets readers (the
//! list, the reader, search) run while a fetch writes; writers queue on
//! SQLite's lock with a timeout.

mod accounts;
mod arrivals;
mod ingest;
mod messages;
mod profile;
mod schema;
mod server_state;

use std::fs;
use std::os::unix::fs::{OpenOptionsExt as _, PermissionsExt as _};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags};
use thiserror::Error;

pub use accounts::{AccountState, ListingSnapshot};
pub use arrivals::Arrivals;
pub use ingest::{Incoming, IncomingBody, IngestResult, MAX_MESSAGE_BYTES};
pub use messages::{Folder, MessageFilter, MessageSummary, SortOrder};
pub use profile::{AccountProfile, DEFAULT_CHECK_MINUTES};
pub use schema::CURRENT_VERSION as SCHEMA_VERSION;
pub use server_state::{LocalCopy, ServerMessage, ServerState, UidlMap};

/// The database file's name in the data directory.
pub const DATABASE_FILE: &str = "postie.sqlite3";

pub type AccountId = i64;
pub type MessageId = i64;

/// A store failure; its `Display` is a sentence for the user, in their
/// language.
#[derive(Debug, Error)]
pub enum StoreError {
    Sqlite(#[from] rusqlite::Error),
    Io(#[from] std::io::Error),
    TooNew {
        found: i64,
        supported: i64,
    },
    /// What is damaged, in the user's language.
    Corrupt(String),
    /// A whole sentence, in the user's language.
    Conflict(String),
    /// A whole sentence, in the user's language.
    NotFound(String),
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StoreError::Sqlite(error) => f.write_str(&crate::t!("store-error-sqlite", detail = error.to_string())),
            StoreError::Io(error) => f.write_str(&crate::t!("store-error-io", detail = error.to_string())),
            StoreError::TooNew { found, supported } => f.write_str(&crate::t!(
                "store-error-too-new",
                found = found.to_string(),
                supported = supported.to_string()
            )),
            StoreError::Corrupt(detail) => f.write_str(&crate::t!("store-error-corrupt", detail = detail.as_str())),
            StoreError::Conflict(sentence) | StoreError::NotFound(sentence) => f.write_str(sentence),
        }
    }
}

/// A connection to the store.
pub struct Store {
    connection: Connection,
    path: PathBuf,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens (creating and upgrading as needed) the store in `data_dir`.
    pub fn open(data_dir: &Path) -> Result<Store, StoreError> {
        create_private_dir(data_dir)?;
        let path = data_dir.join(DATABASE_FILE);
        // Mail is private: create the file readable by its owner only. The
        // WAL and shared-memory files inherit these permissions.
        if !path.exists() {
            fs::OpenOptions::new()
                .create(true)
                .append(true)
                .mode(0o600)
                .open(&path)?;
        }
        let mut connection = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_CREATE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&connection)?;
        schema::migrate(&mut connection)?;
        Ok(Store { connection, path })
    }

    /// The database file.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// `PRAGMA integrity_check`: "ok" when the file is sound.
    pub fn integrity_check(&self) -> Result<String, StoreError> {
        Ok(self
            .connection
            .query_row("PRAGMA integrity_check", [], |row| row.get(0))?)
    }

    /// `PRAGMA synchronous` of this connection: 2 is FULL, 3 EXTRA (what
    /// makes a WAL commit survive power loss); 1 NORMAL, 0 OFF.
    pub fn synchronous(&self) -> Result<i64, StoreError> {
        Ok(self.connection.query_row("PRAGMA synchronous", [], |row| row.get(0))?)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        Ok(self.connection.query_row("PRAGMA user_version", [], |row| row.get(0))?)
    }
}

fn configure(connection: &Connection) -> Result<(), StoreError> {
    // 8 KiB pages for a new database (an existing one keeps its own): half
    // the per-page work of 4 KiB in every write and checkpoint, and, unlike
    // 16 KiB, no page left mostly empty by one typical 5-15 KiB message
    // (measured: 5,000 messages of 10 KiB take 57 MB at 8 KiB, 62 MB at
    // 4 KiB, 84 MB at 16 KiB).
    connection.pragma_update(None, "page_size", 8192)?;
    let mode: String = connection.query_row("PRAGMA journal_mode = WAL", [], |row| row.get(0))?;
    if !mode.eq_ignore_ascii_case("wal") {
        return Err(StoreError::Corrupt(crate::t!("store-corrupt-no-wal", mode = mode)));
    }
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", true)?;
    // 8 MiB of page cache (the default is 2 MiB): a fetch's batch and the
    // search index's pages stay cached instead of being read back.
    connection.pragma_update(None, "cache_size", -8192)?;
    // A reader or writer waits this long for another process's write
    // transaction before giving up with a clear error.
    connection.busy_timeout(Duration::from_secs(30))?;
    Ok(())
}

fn create_private_dir(dir: &Path) -> Result<(), StoreError> {
    if !dir.exists() {
        fs::create_dir_all(dir)?;
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// The current time as Unix seconds.
pub fn unix_now() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| i64::try_from(d.as_secs()).unwrap_or(i64::MAX))
}
