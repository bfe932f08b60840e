//! What arrived in a fetch, for the new-mail notification.

use rusqlite::{OptionalExtension as _, params};

use super::messages::{SUMMARY_COLUMNS, summary_from_row};
use super::{AccountId, MessageSummary, Store, StoreError};

/// Unread mail that reached an account's inbox since some moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arrivals {
    pub count: u64,
    /// The most recently stored of them.
    pub newest: Option<MessageSummary>,
}

impl Store {
    /// Unread messages stored in `account`'s inbox at or after `since`
    /// (Unix seconds). Messages already read or moved to Trash (by the
    /// user, in the meantime) are not news.
    pub fn arrivals_since(&self, account: AccountId, since: i64) -> Result<Arrivals, StoreError> {
        let count: i64 = self.connection.query_row(
            "SELECT COUNT(*) FROM message m \
             WHERE m.account_id = ?1 AND m.folder = 'inbox' AND m.is_read = 0 AND m.received_at >= ?2",
            params![account, since],
            |row| row.get(0),
        )?;
        let newest = self
            .connection
            .query_row(
                &format!(
                    "SELECT {SUMMARY_COLUMNS} FROM message m JOIN account a ON a.id = m.account_id \
                     WHERE m.account_id = ?1 AND m.folder = 'inbox' AND m.is_read = 0 AND m.received_at >= ?2 \
                     ORDER BY m.received_at DESC, m.id DESC LIMIT 1"
                ),
                params![account, since],
                summary_from_row,
            )
            .optional()?;
        Ok(Arrivals {
            count: u64::try_from(count).unwrap_or(0),
            newest,
        })
    }
}
