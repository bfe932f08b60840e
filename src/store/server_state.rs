//! The server state of every UIDL an account's server ever listed:
//! whether it is still there, whether a DELE is pending, which local
//! message holds it. This is what makes fetching exactly-once.

use rusqlite::{OptionalExtension as _, params};

use super::{AccountId, MessageId, Store, StoreError};

/// Where a UIDL stands on the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ServerState {
    /// On the server, and stored here (or deliberately not: see `LocalCopy`).
    OnServer,
    /// DELE decided; not yet confirmed by a QUIT. Settled by the next
    /// session's UIDL list: still listed means delete again, gone means done.
    DeletePending,
    /// Gone from the server.
    Deleted,
    /// Larger than the account's limit and left on the server, not downloaded.
    Skipped,
}

impl ServerState {
    fn as_str(self) -> &'static str {
        match self {
            ServerState::OnServer => "on_server",
            ServerState::DeletePending => "delete_pending",
            ServerState::Deleted => "deleted",
            ServerState::Skipped => "skipped",
        }
    }

    fn parse(text: &str) -> ServerState {
        match text {
            "delete_pending" => ServerState::DeletePending,
            "deleted" => ServerState::Deleted,
            "skipped" => ServerState::Skipped,
            _ => ServerState::OnServer,
        }
    }
}

/// What became of the local copy.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LocalCopy {
    Inbox,
    Trash,
    /// Deleted here (Trash emptied), or never stored (skipped).
    Gone,
}

/// UIDL → its row. A fast hasher with a random seed per process: the keys
/// come from a server, so they must not be able to collide on purpose.
pub type UidlMap<V> = std::collections::HashMap<String, V, foldhash::fast::RandomState>;

/// One UIDL's row (the UIDL is its key in a [`UidlMap`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerMessage {
    pub message_id: Option<MessageId>,
    pub state: ServerState,
    pub local: LocalCopy,
    /// The local copy has only the headers.
    pub headers_only: bool,
    /// The user asked for the full message of a headers-only copy.
    pub want_full: bool,
    pub size: Option<u64>,
    pub first_seen_at: i64,
    pub downloaded_at: Option<i64>,
}

impl Store {
    /// Every UIDL known for an account, keyed by UIDL.
    pub fn server_messages(&self, account: AccountId) -> Result<UidlMap<ServerMessage>, StoreError> {
        let mut statement = self.connection.prepare_cached(
            "SELECT uidl, message_id, state, local, headers_only, want_full, size, first_seen_at, downloaded_at \
             FROM server_message WHERE account_id = ?1",
        )?;
        // Read the text columns in place: this runs over every UIDL the
        // account ever had, so no allocation beyond the key.
        let rows = statement.query_map([account], |row| {
            let state = ServerState::parse(row.get_ref(2)?.as_str().unwrap_or_default());
            let local = match row.get_ref(3)?.as_str().unwrap_or_default() {
                "inbox" => LocalCopy::Inbox,
                "trash" => LocalCopy::Trash,
                _ => LocalCopy::Gone,
            };
            let headers_only: bool = row.get(4)?;
            let size: Option<i64> = row.get(6)?;
            let uidl: String = row.get(0)?;
            Ok((
                uidl,
                ServerMessage {
                    message_id: row.get(1)?,
                    state,
                    local,
                    headers_only,
                    want_full: row.get(5)?,
                    size: size.and_then(|s| u64::try_from(s).ok()),
                    first_seen_at: row.get(7)?,
                    downloaded_at: row.get(8)?,
                },
            ))
        })?;
        let mut map = UidlMap::default();
        for row in rows {
            let (uidl, message) = row?;
            map.insert(uidl, message);
        }
        Ok(map)
    }

    /// Sets the state of these UIDLs, in one transaction.
    pub fn set_server_state(
        &mut self,
        account: AccountId,
        uidls: &[&str],
        state: ServerState,
    ) -> Result<(), StoreError> {
        if uidls.is_empty() {
            return Ok(());
        }
        let transaction = self.connection.transaction()?;
        {
            let mut statement = transaction
                .prepare_cached("UPDATE server_message SET state = ?3 WHERE account_id = ?1 AND uidl = ?2")?;
            for uidl in uidls {
                statement.execute(params![account, uidl, state.as_str()])?;
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// Records messages left on the server because of the size limit.
    pub fn record_skipped(&mut self, account: AccountId, skipped: &[(&str, u64)], now: i64) -> Result<(), StoreError> {
        if skipped.is_empty() {
            return Ok(());
        }
        let transaction = self.connection.transaction()?;
        {
            let mut statement = transaction.prepare_cached(
                "INSERT INTO server_message (account_id, uidl, state, size, first_seen_at) \
                 VALUES (?1, ?2, 'skipped', ?3, ?4) ON CONFLICT(account_id, uidl) \
                 DO UPDATE SET size = max(coalesce(size, 0), excluded.size) WHERE state = 'skipped'",
            )?;
            for (uidl, size) in skipped {
                statement.execute(params![account, uidl, i64::try_from(*size).unwrap_or(i64::MAX), now])?;
            }
        }
        transaction.commit()?;
        Ok(())
    }

    /// Asks the next fetch to download the whole of a headers-only
    /// message. Returns false when the message is complete already or has
    /// no UIDL to fetch it by.
    pub fn request_full_message(&mut self, message: MessageId) -> Result<bool, StoreError> {
        let complete: Option<bool> = self
            .connection
            .query_row("SELECT complete FROM message WHERE id = ?1", [message], |row| {
                row.get(0)
            })
            .optional()?;
        match complete {
            None => Err(StoreError::NotFound(crate::t!(
                "store-no-message",
                id = message.to_string()
            ))),
            Some(true) => Ok(false),
            Some(false) => {
                let changed = self.connection.execute(
                    "UPDATE server_message SET want_full = 1 WHERE message_id = ?1",
                    [message],
                )?;
                Ok(changed > 0)
            }
        }
    }
}
