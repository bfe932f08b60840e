//! Reading and organising stored messages: pages of the list, one message,
//! its raw bytes, search, flags, Trash.

use std::io::{Read as _, Write};

use rusqlite::blob::Blob;
use rusqlite::{MAIN_DB, OptionalExtension as _, Row, params_from_iter};

use super::{AccountId, MessageId, Store, StoreError, unix_now};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Folder {
    Inbox,
    Trash,
}

impl Folder {
    pub fn as_str(self) -> &'static str {
        match self {
            Folder::Inbox => "inbox",
            Folder::Trash => "trash",
        }
    }
}

impl std::str::FromStr for Folder {
    type Err = String;

    fn from_str(s: &str) -> Result<Folder, String> {
        match s {
            "inbox" => Ok(Folder::Inbox),
            "trash" => Ok(Folder::Trash),
            _ => Err(crate::t!("store-unknown-folder", value = s)),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortOrder {
    /// Newest first.
    #[default]
    DateDescending,
    DateAscending,
    Sender,
    Subject,
}

impl SortOrder {
    fn sql(self) -> &'static str {
        match self {
            SortOrder::DateDescending => "m.sort_date DESC, m.id DESC",
            SortOrder::DateAscending => "m.sort_date ASC, m.id ASC",
            SortOrder::Sender => "m.sort_sender ASC, m.sort_date DESC, m.id DESC",
            SortOrder::Subject => "m.sort_subject ASC, m.sort_date DESC, m.id DESC",
        }
    }
}

/// Which messages, in what order, which page.
#[derive(Debug, Clone, Default)]
pub struct MessageFilter {
    pub account: Option<AccountId>,
    pub folder: Option<Folder>,
    pub sort: SortOrder,
    pub offset: u64,
    /// `None`: all.
    pub limit: Option<u64>,
}

/// One message as the list and the reader's header show it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MessageSummary {
    pub id: MessageId,
    pub account_id: AccountId,
    pub account_name: String,
    pub folder: Folder,
    /// The server's UIDL when known (one of them, for deduplicated copies).
    pub uidl: Option<String>,
    pub from_name: String,
    pub from_address: String,
    pub to: String,
    pub cc: String,
    pub subject: String,
    /// The Date header as Unix seconds.
    pub date: Option<i64>,
    pub received_at: i64,
    pub size: u64,
    pub sha256: [u8; 32],
    pub unread: bool,
    pub starred: bool,
    pub has_attachments: bool,
    /// False when only the headers were downloaded.
    pub complete: bool,
    /// The bytes could not be read as a message; they are shown raw.
    pub parse_failed: bool,
    pub message_id: Option<String>,
    pub snippet: String,
}

impl MessageSummary {
    /// The sender as a list shows it: the display name, else the address.
    pub fn sender(&self) -> &str {
        crate::mail::display_sender(&self.from_name, &self.from_address)
    }

    pub fn sha256_hex(&self) -> String {
        self.sha256.iter().map(|b| format!("{b:02x}")).collect()
    }
}

pub(super) const SUMMARY_COLUMNS: &str = "m.id, m.account_id, a.name, m.folder, \
     (SELECT s.uidl FROM server_message s WHERE s.message_id = m.id ORDER BY s.uidl LIMIT 1), \
     m.from_name, m.from_address, m.to_list, m.cc_list, m.subject, m.date, m.received_at, m.size, m.sha256, \
     m.is_read, m.is_starred, m.has_attachments, m.complete, m.parse_failed, m.message_id, m.snippet";

pub(super) fn summary_from_row(row: &Row<'_>) -> rusqlite::Result<MessageSummary> {
    let folder: String = row.get(3)?;
    let sha: Vec<u8> = row.get(13)?;
    let mut sha256 = [0u8; 32];
    if sha.len() == 32 {
        sha256.copy_from_slice(&sha);
    }
    let size: i64 = row.get(12)?;
    Ok(MessageSummary {
        id: row.get(0)?,
        account_id: row.get(1)?,
        account_name: row.get(2)?,
        folder: if folder == "trash" {
            Folder::Trash
        } else {
            Folder::Inbox
        },
        uidl: row.get(4)?,
        from_name: row.get(5)?,
        from_address: row.get(6)?,
        to: row.get(7)?,
        cc: row.get(8)?,
        subject: row.get(9)?,
        date: row.get(10)?,
        received_at: row.get(11)?,
        size: u64::try_from(size).unwrap_or(0),
        sha256,
        unread: !row.get::<_, bool>(14)?,
        starred: row.get(15)?,
        has_attachments: row.get(16)?,
        complete: row.get(17)?,
        parse_failed: row.get(18)?,
        message_id: row.get(19)?,
        snippet: row.get(20)?,
    })
}

/// `WHERE` clauses and their parameters for a filter.
fn filter_sql(filter: &MessageFilter) -> (String, Vec<rusqlite::types::Value>) {
    let mut clauses = Vec::new();
    let mut values: Vec<rusqlite::types::Value> = Vec::new();
    if let Some(account) = filter.account {
        values.push(account.into());
        clauses.push(format!("m.account_id = ?{}", values.len()));
    }
    if let Some(folder) = filter.folder {
        values.push(folder.as_str().to_owned().into());
        clauses.push(format!("m.folder = ?{}", values.len()));
    }
    let sql = if clauses.is_empty() {
        String::new()
    } else {
        format!("WHERE {}", clauses.join(" AND "))
    };
    (sql, values)
}

fn page_sql(filter: &MessageFilter) -> String {
    let limit = filter.limit.map_or(-1, |l| i64::try_from(l).unwrap_or(i64::MAX));
    let offset = i64::try_from(filter.offset).unwrap_or(i64::MAX);
    format!("LIMIT {limit} OFFSET {offset}")
}

impl Store {
    /// A page of messages.
    pub fn list_messages(&self, filter: &MessageFilter) -> Result<Vec<MessageSummary>, StoreError> {
        let (where_sql, values) = filter_sql(filter);
        self.summaries(&where_sql, values, filter)
    }

    /// Summaries matching `where_sql`, in the filter's order and page.
    fn summaries(
        &self,
        where_sql: &str,
        values: Vec<rusqlite::types::Value>,
        filter: &MessageFilter,
    ) -> Result<Vec<MessageSummary>, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM message m JOIN account a ON a.id = m.account_id {where_sql} \
             ORDER BY {} {}",
            filter.sort.sql(),
            page_sql(filter)
        );
        let mut statement = self.connection.prepare_cached(&sql)?;
        let rows = statement.query_map(params_from_iter(values), summary_from_row)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn count_messages(&self, filter: &MessageFilter) -> Result<u64, StoreError> {
        let (where_sql, values) = filter_sql(filter);
        let sql = format!("SELECT COUNT(*) FROM message m {where_sql}");
        let count: i64 = self
            .connection
            .query_row(&sql, params_from_iter(values), |row| row.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Unread messages in each account's inbox.
    pub fn unread_counts(&self) -> Result<Vec<(AccountId, u64)>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT account_id, COUNT(*) FROM message WHERE is_read = 0 AND folder = 'inbox' GROUP BY account_id",
        )?;
        let rows = statement.query_map([], |row| {
            Ok((row.get(0)?, u64::try_from(row.get::<_, i64>(1)?).unwrap_or(0)))
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    pub fn message(&self, id: MessageId) -> Result<Option<MessageSummary>, StoreError> {
        let sql =
            format!("SELECT {SUMMARY_COLUMNS} FROM message m JOIN account a ON a.id = m.account_id WHERE m.id = ?1");
        Ok(self.connection.query_row(&sql, [id], summary_from_row).optional()?)
    }

    /// The raw bytes of a message, for messages small enough to hold.
    pub fn raw_message(&self, id: MessageId) -> Result<Option<Vec<u8>>, StoreError> {
        Ok(self
            .connection
            .query_row("SELECT raw FROM message_body WHERE message_id = ?1", [id], |row| {
                row.get(0)
            })
            .optional()?)
    }

    /// Copies a message's raw bytes to `out` in chunks, whatever its size.
    /// Returns false when there is no such message.
    pub fn copy_raw_message(&self, id: MessageId, out: &mut impl Write) -> Result<bool, StoreError> {
        let exists = self
            .connection
            .query_row("SELECT 1 FROM message_body WHERE message_id = ?1", [id], |_| Ok(()))
            .optional()?
            .is_some();
        if !exists {
            return Ok(false);
        }
        let mut blob: Blob<'_> = self.connection.blob_open(MAIN_DB, c"message_body", c"raw", id, true)?;
        let mut buffer = vec![0u8; 256 * 1024];
        loop {
            let n = blob.read(&mut buffer)?;
            if n == 0 {
                break;
            }
            out.write_all(&buffer[..n])?;
        }
        Ok(true)
    }

    /// Full-text search over sender, recipients, subject and body. Every word
    /// must match; the last one may be a prefix (search as you type).
    pub fn search(&self, query: &str, filter: &MessageFilter) -> Result<Vec<MessageSummary>, StoreError> {
        match search_where(query, filter) {
            Some((where_sql, values)) => self.summaries(&where_sql, values, filter),
            None => Ok(Vec::new()),
        }
    }

    /// How many messages [`Store::search`] finds (ignoring the page).
    pub fn count_search(&self, query: &str, filter: &MessageFilter) -> Result<u64, StoreError> {
        let Some((where_sql, values)) = search_where(query, filter) else {
            return Ok(0);
        };
        let sql = format!("SELECT COUNT(*) FROM message m {where_sql}");
        let count: i64 = self
            .connection
            .query_row(&sql, params_from_iter(values), |row| row.get(0))?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    pub fn set_read(&mut self, ids: &[MessageId], read: bool) -> Result<usize, StoreError> {
        self.update_each("UPDATE message SET is_read = ?1 WHERE id = ?2", ids, read)
    }

    pub fn set_starred(&mut self, ids: &[MessageId], starred: bool) -> Result<usize, StoreError> {
        self.update_each("UPDATE message SET is_starred = ?1 WHERE id = ?2", ids, starred)
    }

    /// Moves messages to Trash. Returns how many moved.
    pub fn move_to_trash(&mut self, ids: &[MessageId]) -> Result<usize, StoreError> {
        let sql = "UPDATE message SET folder = 'trash', trashed_at = ?1 WHERE id = ?2 AND folder = 'inbox'";
        self.update_each(sql, ids, unix_now())
    }

    /// Brings messages back from Trash.
    pub fn restore(&mut self, ids: &[MessageId]) -> Result<usize, StoreError> {
        let sql = "UPDATE message SET folder = 'inbox', trashed_at = ?1 WHERE id = ?2 AND folder = 'trash'";
        self.update_each(sql, ids, None::<i64>)
    }

    /// Deletes every message in Trash (of one account, or all) for good.
    /// The server state of their UIDLs stays, so they are never downloaded
    /// again; with the "delete when deleted here" policy the next fetch
    /// deletes them from the server.
    pub fn empty_trash(&mut self, account: Option<AccountId>) -> Result<usize, StoreError> {
        let transaction = self.connection.transaction()?;
        let (condition, values): (&str, Vec<AccountId>) = match account {
            Some(id) => ("folder = 'trash' AND account_id = ?1", vec![id]),
            None => ("folder = 'trash'", vec![]),
        };
        transaction.execute(
            &format!("DELETE FROM message_search WHERE rowid IN (SELECT id FROM message WHERE {condition})"),
            params_from_iter(&values),
        )?;
        let removed = transaction.execute(
            &format!("DELETE FROM message WHERE {condition}"),
            params_from_iter(&values),
        )?;
        transaction.commit()?;
        Ok(removed)
    }

    /// Runs `sql` (with `?1` = `value`, `?2` = the id) for each id, in one
    /// transaction. Returns how many rows changed.
    fn update_each(&mut self, sql: &str, ids: &[MessageId], value: impl rusqlite::ToSql) -> Result<usize, StoreError> {
        let transaction = self.connection.transaction()?;
        let mut changed = 0;
        {
            let mut statement = transaction.prepare_cached(sql)?;
            for &id in ids {
                changed += statement.execute(rusqlite::params![value, id])?;
            }
        }
        transaction.commit()?;
        Ok(changed)
    }
}

/// The `WHERE` clause of a search: the filter plus the full-text match.
fn search_where(query: &str, filter: &MessageFilter) -> Option<(String, Vec<rusqlite::types::Value>)> {
    let fts_query = fts_query(query)?;
    let (where_sql, mut values) = filter_sql(filter);
    values.push(fts_query.into());
    let match_clause = format!(
        "m.id IN (SELECT rowid FROM message_search WHERE message_search MATCH ?{})",
        values.len()
    );
    let where_sql = if where_sql.is_empty() {
        format!("WHERE {match_clause}")
    } else {
        format!("{where_sql} AND {match_clause}")
    };
    Some((where_sql, values))
}

/// Turns what a user typed into an FTS5 query that cannot be a syntax
/// error: every word (split the way the index splits text: on anything
/// that is not a letter or digit) quoted and required, the last one a
/// prefix, so results narrow as you type.
fn fts_query(input: &str) -> Option<String> {
    let words: Vec<String> = input
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(32)
        .map(|w| format!("\"{w}\""))
        .collect();
    if words.is_empty() {
        return None;
    }
    Some(format!("{}*", words.join(" ")))
}

#[cfg(test)]
mod tests {
    use super::fts_query;

    #[test]
    fn queries_are_always_valid_fts() {
        assert_eq!(fts_query("hello world").as_deref(), Some("\"hello\" \"world\"*"));
        assert_eq!(
            fts_query("  \"; DROP TABLE x; -- ").as_deref(),
            Some("\"DROP\" \"TABLE\" \"x\"*")
        );
        assert_eq!(
            fts_query("ada@example.org").as_deref(),
            Some("\"ada\" \"example\" \"org\"*")
        );
        assert_eq!(fts_query("café").as_deref(), Some("\"café\"*"));
        assert_eq!(fts_query("   ").as_deref(), None);
        assert_eq!(fts_query("***").as_deref(), None);
    }
}
