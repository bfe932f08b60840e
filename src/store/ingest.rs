//! Storing downloaded messages. Each batch is one transaction: a message,
//! its search entry and its UIDL state are committed together or not at
//! all. Only after that commit may the server be told to delete it.
//!
//! Content already stored for the account (same SHA-256) is not stored
//! again: the UIDL is simply pointed at it. That is what keeps a server
//! whose UIDLs all changed, or a server without UIDL, from filling the
//! inbox with duplicates.

use std::io::{Read as _, Seek as _, SeekFrom, Write as _};

use rusqlite::{MAIN_DB, OptionalExtension as _, Transaction, TransactionBehavior, params};

use super::{AccountId, MessageId, Store, StoreError};
use crate::mail::{PARSE_LIMIT, Summary, summarize};

/// The largest message the store holds: 950 MiB, a round number in the
/// warning users read. A message is one SQLite blob, and SQLite refuses
/// any blob or row over `SQLITE_MAX_LENGTH` (10^9 bytes as built); this
/// is under it with room for the rest of the row. The sync engine fetches
/// only the headers of anything larger, so one huge message can never
/// make every fetch fail at its commit.
pub const MAX_MESSAGE_BYTES: u64 = 950 * 1024 * 1024;

/// Where a downloaded body waits for its commit.
#[derive(Debug)]
pub enum IncomingBody {
    Memory(Vec<u8>),
    /// A large body spilled to a temporary file (rewound before use).
    File {
        file: std::fs::File,
        len: u64,
    },
}

impl IncomingBody {
    pub fn len(&self) -> u64 {
        match self {
            IncomingBody::Memory(bytes) => bytes.len() as u64,
            IncomingBody::File { len, .. } => *len,
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first `PARSE_LIMIT` bytes, which is what gets summarised.
    fn head(&mut self) -> std::io::Result<std::borrow::Cow<'_, [u8]>> {
        match self {
            IncomingBody::Memory(bytes) => Ok(std::borrow::Cow::Borrowed(&bytes[..])),
            IncomingBody::File { file, len } => {
                let take = (*len).min(PARSE_LIMIT as u64);
                let mut head = Vec::with_capacity(usize::try_from(take).unwrap_or(0));
                file.seek(SeekFrom::Start(0))?;
                std::io::Read::by_ref(file).take(take).read_to_end(&mut head)?;
                Ok(std::borrow::Cow::Owned(head))
            }
        }
    }
}

/// One downloaded message.
#[derive(Debug)]
pub struct Incoming {
    /// `None` when the server gave no usable UIDL for it.
    pub uidl: Option<String>,
    pub body: IncomingBody,
    pub sha256: [u8; 32],
    /// False for headers only (TOP).
    pub complete: bool,
    /// What the list shows; computed by `ingest` when not given. A caller
    /// may fill it beforehand (see [`Incoming::summarize`]) on another
    /// thread, so parsing does not hold up the commit.
    pub summary: Option<Summary>,
}

impl Incoming {
    /// Parses the message's summary now.
    pub fn summarize(&mut self) -> std::io::Result<()> {
        if self.summary.is_none() {
            self.summary = Some(summarize(&self.body.head()?));
        }
        Ok(())
    }
}

/// What became of one incoming message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IngestResult {
    /// Stored as a new message.
    Stored(MessageId),
    /// The full body replaced a headers-only copy.
    Completed(MessageId),
    /// The same bytes were already here (or were, until deleted here).
    AlreadyHad(Option<MessageId>),
}

impl Store {
    /// Commits a batch of downloaded messages for `account` in one
    /// transaction. Parsing (when not done already) happens before the
    /// transaction starts, so the write lock is held only for the writes.
    pub fn ingest(
        &mut self,
        account: AccountId,
        batch: Vec<Incoming>,
        now: i64,
    ) -> Result<Vec<IngestResult>, StoreError> {
        let mut prepared = Vec::with_capacity(batch.len());
        for mut incoming in batch {
            let summary = match incoming.summary.take() {
                Some(summary) => summary,
                None => summarize(&incoming.body.head()?),
            };
            prepared.push((incoming, summary));
        }
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let mut results = Vec::with_capacity(prepared.len());
        let mut to_index = Vec::with_capacity(prepared.len());
        for (incoming, summary) in prepared {
            let result = ingest_one(&transaction, account, incoming, &summary, now)?;
            match result {
                IngestResult::Stored(id) => to_index.push((id, false, summary)),
                IngestResult::Completed(id) => to_index.push((id, true, summary)),
                IngestResult::AlreadyHad(_) => {}
            }
            results.push(result);
        }
        // The search index last and all together: any statement that opens
        // a savepoint makes FTS5 flush its pending terms, which would write a
        // new index segment per message instead of one per batch.
        for (id, replace, summary) in &to_index {
            if *replace {
                transaction
                    .prepare_cached("DELETE FROM message_search WHERE rowid = ?1")?
                    .execute([id])?;
            }
            index(&transaction, *id, summary)?;
        }
        transaction.commit()?;
        Ok(results)
    }
}

fn ingest_one(
    tx: &Transaction<'_>,
    account: AccountId,
    mut incoming: Incoming,
    summary: &Summary,
    now: i64,
) -> Result<IngestResult, StoreError> {
    let sha = &incoming.sha256[..];
    let size = i64::try_from(incoming.body.len()).unwrap_or(i64::MAX);

    // A full download of a message we hold only the headers of.
    if let Some(uidl) = &incoming.uidl
        && incoming.complete
    {
        let partial: Option<MessageId> = query_one(
            tx,
            "SELECT m.id FROM server_message s JOIN message m ON m.id = s.message_id \
             WHERE s.account_id = ?1 AND s.uidl = ?2 AND m.complete = 0",
            params![account, uidl],
            |row| row.get(0),
        )?;
        if let Some(id) = partial {
            tx.prepare_cached("UPDATE message SET complete = 1 WHERE id = ?1")?
                .execute([id])?;
            write_summary(tx, id, sha, size, summary, now)?;
            tx.prepare_cached("DELETE FROM message_body WHERE message_id = ?1")?
                .execute([id])?;
            write_body(tx, id, &mut incoming.body)?;
            upsert_server(tx, account, uidl, Some(id), sha, size, now)?;
            return Ok(IngestResult::Completed(id));
        }
    }

    // The same bytes already arrived under another UIDL (or without one).
    let existing: Option<MessageId> = query_one(
        tx,
        "SELECT id FROM message WHERE account_id = ?1 AND sha256 = ?2 AND complete = ?3 LIMIT 1",
        params![account, sha, incoming.complete],
        |row| row.get(0),
    )?;
    let seen_before = existing.is_some()
        || query_one(
            tx,
            "SELECT 1 FROM server_message WHERE account_id = ?1 AND sha256 = ?2 LIMIT 1",
            params![account, sha],
            |_| Ok(()),
        )?
        .is_some();
    if seen_before {
        if let Some(uidl) = &incoming.uidl {
            upsert_server(tx, account, uidl, existing, sha, size, now)?;
        }
        return Ok(IngestResult::AlreadyHad(existing));
    }

    tx.prepare_cached(
        "INSERT INTO message (account_id, folder, sha256, size, complete, received_at, sort_date) \
         VALUES (?1, 'inbox', ?2, ?3, ?4, ?5, ?5)",
    )?
    .execute(params![account, sha, size, incoming.complete, now])?;
    let id = tx.last_insert_rowid();
    write_summary(tx, id, sha, size, summary, now)?;
    write_body(tx, id, &mut incoming.body)?;
    if let Some(uidl) = &incoming.uidl {
        upsert_server(tx, account, uidl, Some(id), sha, size, now)?;
    }
    Ok(IngestResult::Stored(id))
}

/// One row (or none) through a cached statement: the same few statements
/// run for every message of every batch.
fn query_one<T>(
    tx: &Transaction<'_>,
    sql: &str,
    params: impl rusqlite::Params,
    row: impl FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
) -> Result<Option<T>, StoreError> {
    Ok(tx.prepare_cached(sql)?.query_row(params, row).optional()?)
}

/// Writes what the list, the reader's header and sorting show: the one
/// place the summary columns are written.
fn write_summary(
    tx: &Transaction<'_>,
    id: MessageId,
    sha: &[u8],
    size: i64,
    summary: &Summary,
    now: i64,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "UPDATE message SET sha256 = ?2, size = ?3, parse_failed = ?4, from_name = ?5, from_address = ?6, \
         to_list = ?7, cc_list = ?8, subject = ?9, date = ?10, message_id = ?11, in_reply_to = ?12, refs = ?13, \
         snippet = ?14, has_attachments = ?15, sort_date = ?16, sort_sender = ?17, sort_subject = ?18 WHERE id = ?1",
    )?
    .execute(params![
        id,
        sha,
        size,
        !summary.parsed,
        summary.from_name,
        summary.from_address,
        summary.to,
        summary.cc,
        summary.subject,
        summary.date,
        summary.message_id,
        summary.in_reply_to,
        summary.references,
        summary.snippet,
        summary.has_attachments,
        summary.date.unwrap_or(now),
        summary.sort_sender(),
        summary.sort_subject()
    ])?;
    Ok(())
}

/// Writes the raw bytes. A large body goes through SQLite's incremental
/// blob I/O in chunks, so it is never in memory whole.
fn write_body(tx: &Transaction<'_>, id: MessageId, body: &mut IncomingBody) -> Result<(), StoreError> {
    match body {
        IncomingBody::Memory(bytes) => {
            tx.prepare_cached("INSERT INTO message_body (message_id, raw) VALUES (?1, ?2)")?
                .execute(params![id, &bytes[..]])?;
        }
        IncomingBody::File { file, len } => {
            let size = i64::try_from(*len)
                .ok()
                .filter(|&size| size as u64 <= MAX_MESSAGE_BYTES)
                .ok_or_else(|| StoreError::Conflict(crate::t!("store-message-too-large")))?;
            tx.prepare_cached("INSERT INTO message_body (message_id, raw) VALUES (?1, zeroblob(?2))")?
                .execute(params![id, size])?;
            let mut blob = tx.blob_open(MAIN_DB, c"message_body", c"raw", id, false)?;
            file.seek(SeekFrom::Start(0))?;
            let mut buffer = vec![0u8; 256 * 1024];
            loop {
                let n = file.read(&mut buffer)?;
                if n == 0 {
                    break;
                }
                blob.write_all(&buffer[..n])?;
            }
        }
    }
    Ok(())
}

fn index(tx: &Transaction<'_>, id: MessageId, summary: &Summary) -> Result<(), StoreError> {
    let sender = format!("{} {}", summary.from_name, summary.from_address);
    tx.prepare_cached(
        "INSERT INTO message_search (rowid, sender, recipients, subject, body) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![
        id,
        sender,
        summary.recipients(),
        summary.subject,
        summary.body_text
    ])?;
    Ok(())
}

fn upsert_server(
    tx: &Transaction<'_>,
    account: AccountId,
    uidl: &str,
    message: Option<MessageId>,
    sha: &[u8],
    size: i64,
    now: i64,
) -> Result<(), StoreError> {
    tx.prepare_cached(
        "INSERT INTO server_message (account_id, uidl, message_id, sha256, state, size, first_seen_at, downloaded_at, \
           local, headers_only) \
         VALUES (?1, ?2, ?3, ?4, 'on_server', ?5, ?6, ?6, \
           COALESCE((SELECT folder FROM message WHERE id = ?3), 'gone'), \
           COALESCE((SELECT NOT complete FROM message WHERE id = ?3), 0)) \
         ON CONFLICT(account_id, uidl) DO UPDATE SET \
           local = COALESCE((SELECT folder FROM message \
             WHERE id = COALESCE(excluded.message_id, server_message.message_id)), 'gone'), \
           headers_only = COALESCE((SELECT NOT complete FROM message \
             WHERE id = COALESCE(excluded.message_id, server_message.message_id)), 0), \
           message_id = COALESCE(excluded.message_id, server_message.message_id), \
           sha256 = excluded.sha256, size = excluded.size, want_full = 0, \
           downloaded_at = COALESCE(server_message.downloaded_at, excluded.downloaded_at), \
           state = CASE server_message.state WHEN 'delete_pending' THEN 'delete_pending' ELSE 'on_server' END",
    )?
    .execute(params![account, uidl, message, sha, size, now])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::MAX_MESSAGE_BYTES;

    /// The constant matches the SQLite we build: a blob of that size is
    /// allowed, one just over SQLite's limit is not (so a larger message
    /// would fail at commit, which the engine avoids).
    #[test]
    fn the_largest_message_fits_sqlite_limits() {
        let connection = rusqlite::Connection::open_in_memory().unwrap();
        let length = |n: u64| connection.query_row("SELECT length(zeroblob(?1))", [n as i64], |r| r.get::<_, i64>(0));
        assert_eq!(length(MAX_MESSAGE_BYTES).unwrap(), MAX_MESSAGE_BYTES as i64);
        assert!(
            length(1_000_000_001).is_err(),
            "SQLite's blob limit changed: revisit MAX_MESSAGE_BYTES"
        );
    }
}
