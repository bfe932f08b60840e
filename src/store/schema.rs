//! The database schema, created and upgraded by numbered migrations.
//!
//! `PRAGMA user_version` holds the number of migrations applied. Each
//! migration runs in its own transaction, so a crash mid-upgrade leaves
//! the previous version intact. A released migration is never edited:
//! changes come as a new one, and `tests/` keeps a database of every
//! released version to prove it still opens.

use rusqlite::{Connection, TransactionBehavior};

use super::StoreError;

/// Migration `i` upgrades a database at version `i` to `i + 1`.
const MIGRATIONS: &[&str] = &[
    // 1: accounts, messages and their raw bytes, server state per UIDL, search.
    r#"
    CREATE TABLE account (
        id                 INTEGER PRIMARY KEY,
        name               TEXT NOT NULL,
        host               TEXT NOT NULL,
        port               INTEGER NOT NULL,
        security           TEXT NOT NULL,
        username           TEXT NOT NULL,
        auth_method        TEXT NOT NULL,
        password_command   TEXT,            -- NULL: the password is in the keyring
        keyring_key        TEXT NOT NULL,
        policy             TEXT NOT NULL,
        delete_after_days  INTEGER,
        pinned_certificate TEXT,            -- SHA-256, lower-case hex
        max_message_size   INTEGER,
        over_size          TEXT NOT NULL DEFAULT 'skip',
        created_at         INTEGER NOT NULL,
        removed_at         INTEGER          -- set when removed but its mail kept
    );
    -- Names are unique among accounts in use; a removed account keeps its
    -- name for the mail it leaves behind.
    CREATE UNIQUE INDEX account_name ON account(name) WHERE removed_at IS NULL;

    -- What the last sessions learned about the server; never a secret.
    CREATE TABLE account_state (
        account_id          INTEGER PRIMARY KEY REFERENCES account(id) ON DELETE CASCADE,
        last_login_at       INTEGER,
        login_delay_seconds INTEGER,
        expire_days         INTEGER,        -- -1: NEVER
        last_check_at       INTEGER,
        last_error          TEXT,
        -- The last fully handled listing: a digest of its UIDLs and sizes
        -- (with the policy that handled it), how many of it were skipped
        -- for size, and when the policy next deletes something. The same
        -- listing again, with nothing due, needs no planning at all.
        listing_digest      BLOB,
        listing_skipped     INTEGER,
        listing_next_due    INTEGER
    );

    CREATE TABLE message (
        id              INTEGER PRIMARY KEY,
        account_id      INTEGER NOT NULL REFERENCES account(id),
        folder          TEXT NOT NULL DEFAULT 'inbox' CHECK (folder IN ('inbox', 'trash')),
        sha256          BLOB NOT NULL,
        size            INTEGER NOT NULL,
        complete        INTEGER NOT NULL DEFAULT 1,  -- 0: headers only (TOP)
        parse_failed    INTEGER NOT NULL DEFAULT 0,
        from_name       TEXT NOT NULL DEFAULT '',
        from_address    TEXT NOT NULL DEFAULT '',
        to_list         TEXT NOT NULL DEFAULT '',
        cc_list         TEXT NOT NULL DEFAULT '',
        subject         TEXT NOT NULL DEFAULT '',
        date            INTEGER,                     -- Date header, Unix seconds
        message_id      TEXT,
        in_reply_to     TEXT,
        refs            TEXT,
        snippet         TEXT NOT NULL DEFAULT '',
        has_attachments INTEGER NOT NULL DEFAULT 0,
        received_at     INTEGER NOT NULL,
        -- Sort keys, so that a page of 100,000 messages comes from an index:
        -- the Date header (or the download time), the sender as shown, and
        -- the subject without Re:/Fwd:, both lower-cased.
        sort_date       INTEGER NOT NULL,
        sort_sender     TEXT NOT NULL DEFAULT '',
        sort_subject    TEXT NOT NULL DEFAULT '',
        is_read         INTEGER NOT NULL DEFAULT 0,
        is_starred      INTEGER NOT NULL DEFAULT 0,
        trashed_at      INTEGER
    );
    CREATE INDEX message_by_date ON message(folder, sort_date);
    CREATE INDEX message_by_account_date ON message(account_id, folder, sort_date);
    CREATE INDEX message_by_sender ON message(folder, sort_sender);
    CREATE INDEX message_by_subject ON message(folder, sort_subject);
    CREATE INDEX message_by_sha ON message(account_id, sha256);
    CREATE INDEX message_unread ON message(account_id, folder) WHERE is_read = 0;

    -- The bytes exactly as received (after dot-unstuffing), apart from the
    -- summary so that listing never reads them.
    CREATE TABLE message_body (
        message_id INTEGER PRIMARY KEY REFERENCES message(id) ON DELETE CASCADE,
        raw        BLOB NOT NULL
    );

    -- One row per UIDL ever seen on an account's server.
    CREATE TABLE server_message (
        account_id    INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
        uidl          TEXT NOT NULL,
        message_id    INTEGER REFERENCES message(id) ON DELETE SET NULL,
        sha256        BLOB,
        state         TEXT NOT NULL
                      CHECK (state IN ('on_server', 'delete_pending', 'deleted', 'skipped')),
        size          INTEGER,
        first_seen_at INTEGER NOT NULL,
        downloaded_at INTEGER,
        want_full     INTEGER NOT NULL DEFAULT 0,
        -- Where the local copy is, kept by the triggers below, so that
        -- planning a fetch reads this table alone (no join per UIDL).
        local         TEXT NOT NULL DEFAULT 'gone' CHECK (local IN ('inbox', 'trash', 'gone')),
        headers_only  INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (account_id, uidl)
    ) WITHOUT ROWID;
    CREATE INDEX server_message_by_sha ON server_message(account_id, sha256);
    CREATE INDEX server_message_by_message ON server_message(message_id);

    CREATE TRIGGER message_moved AFTER UPDATE OF folder, complete ON message BEGIN
        UPDATE server_message SET local = NEW.folder, headers_only = NOT NEW.complete
        WHERE message_id = NEW.id;
    END;
    -- BEFORE: the foreign key clears message_id as the row goes.
    CREATE TRIGGER message_deleted BEFORE DELETE ON message BEGIN
        UPDATE server_message SET local = 'gone', headers_only = 0 WHERE message_id = OLD.id;
    END;

    -- Full-text search; rowid = message.id. Contentless: the text lives in
    -- the message itself. No token positions (detail = none): searches are
    -- all-of-these-words, and indexing costs much less.
    CREATE VIRTUAL TABLE message_search USING fts5(
        sender, recipients, subject, body,
        content = '', contentless_delete = 1, detail = none,
        tokenize = 'unicode61 remove_diacritics 2'
    );
    "#,
    // 2: what the desktop app keeps per account (how it is shown, how often
    // it is checked, whether it is the sample-mail account), and app-wide
    // settings.
    r#"
    ALTER TABLE account ADD COLUMN display_name TEXT NOT NULL DEFAULT '';
    ALTER TABLE account ADD COLUMN email TEXT NOT NULL DEFAULT '';
    ALTER TABLE account ADD COLUMN check_interval_minutes INTEGER NOT NULL DEFAULT 10;
    ALTER TABLE account ADD COLUMN demo INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE app_setting (
        key   TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    "#,
    // 3: whether the desktop tells the user when new mail arrives; on for
    // real accounts, off for sample mail (its "new" mail is not news).
    r#"
    ALTER TABLE account ADD COLUMN notify_new_mail INTEGER NOT NULL DEFAULT 1;
    UPDATE account SET notify_new_mail = 0 WHERE demo = 1;
    "#,
];

/// The schema version this build writes.
pub const CURRENT_VERSION: i64 = MIGRATIONS.len() as i64;

/// Brings the database up to [`CURRENT_VERSION`].
pub fn migrate(connection: &mut Connection) -> Result<(), StoreError> {
    loop {
        let version: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if version > CURRENT_VERSION {
            return Err(StoreError::TooNew {
                found: version,
                supported: CURRENT_VERSION,
            });
        }
        let Ok(index) = usize::try_from(version) else {
            return Err(StoreError::Corrupt(crate::t!(
                "store-corrupt-negative-version",
                version = version.to_string()
            )));
        };
        let Some(migration) = MIGRATIONS.get(index) else {
            return Ok(());
        };
        let transaction = connection.transaction_with_behavior(TransactionBehavior::Exclusive)?;
        // Another process may have migrated while we waited for the lock.
        let again: i64 = transaction.query_row("PRAGMA user_version", [], |row| row.get(0))?;
        if again == version {
            transaction.execute_batch(migration)?;
            transaction.pragma_update(None, "user_version", version + 1)?;
        }
        transaction.commit()?;
    }
}
