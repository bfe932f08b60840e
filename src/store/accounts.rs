//! Accounts (settings only, never a secret) and what the last sessions
//! learned about each server.

use rusqlite::{OptionalExtension as _, Row, params};

use super::{AccountId, Store, StoreError, unix_now};
use crate::account::{Account, AccountSettings, OverSize, PasswordSource, ServerPolicy, SizeLimit};
use crate::pop3::{Fingerprint, Retention};

const ACCOUNT_COLUMNS: &str = "id, name, host, port, security, username, auth_method, password_command, keyring_key, \
     policy, delete_after_days, pinned_certificate, max_message_size, over_size";

/// What the last sessions learned about an account's server.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccountState {
    pub last_login_at: Option<i64>,
    pub login_delay_seconds: Option<u32>,
    pub expire: Option<Retention>,
    pub last_check_at: Option<i64>,
    /// The last fetch's error, as shown to the user; `None` after success.
    pub last_error: Option<String>,
}

/// A listing the last session handled completely (see the schema).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListingSnapshot {
    pub digest: [u8; 32],
    pub skipped: usize,
    /// When the policy next deletes something on the server, if ever.
    pub next_due: Option<i64>,
}

impl Store {
    /// The last handled listing, unless something is waiting that a new
    /// look at the server must handle (a deletion not yet confirmed, a
    /// message asked for in full).
    pub fn listing_snapshot(&self, id: AccountId) -> Result<Option<ListingSnapshot>, StoreError> {
        let pending: bool = self.connection.query_row(
            "SELECT EXISTS (SELECT 1 FROM server_message WHERE account_id = ?1 \
             AND (state = 'delete_pending' OR want_full = 1))",
            [id],
            |row| row.get(0),
        )?;
        if pending {
            return Ok(None);
        }
        let snapshot = self
            .connection
            .query_row(
                "SELECT listing_digest, listing_skipped, listing_next_due FROM account_state WHERE account_id = ?1",
                [id],
                |row| {
                    let digest: Option<Vec<u8>> = row.get(0)?;
                    let skipped: Option<i64> = row.get(1)?;
                    Ok(digest
                        .and_then(|d| <[u8; 32]>::try_from(d).ok())
                        .map(|digest| ListingSnapshot {
                            digest,
                            skipped: skipped.and_then(|s| usize::try_from(s).ok()).unwrap_or(0),
                            next_due: row.get(2).ok().flatten(),
                        }))
                },
            )
            .optional()?;
        Ok(snapshot.flatten())
    }

    /// Remembers (or, with `None`, forgets) the last handled listing.
    pub fn save_listing_snapshot(
        &mut self,
        id: AccountId,
        snapshot: Option<&ListingSnapshot>,
    ) -> Result<(), StoreError> {
        self.write_status(
            "INSERT INTO account_state (account_id, listing_digest, listing_skipped, listing_next_due) \
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT(account_id) DO UPDATE SET \
             listing_digest = excluded.listing_digest, listing_skipped = excluded.listing_skipped, \
             listing_next_due = excluded.listing_next_due",
            params![
                id,
                snapshot.map(|s| s.digest.to_vec()),
                snapshot.map(|s| i64::try_from(s.skipped).unwrap_or(i64::MAX)),
                snapshot.and_then(|s| s.next_due)
            ],
        )
    }

    /// Adds an account. `keyring_key` names its keyring entry.
    pub fn add_account(&mut self, settings: &AccountSettings, keyring_key: &str) -> Result<Account, StoreError> {
        settings.validate().map_err(StoreError::Conflict)?;
        self.ensure_name_free(&settings.name, None)?;
        let mut values = setting_values(settings);
        values.extend([keyring_key.to_owned().into(), unix_now().into()]);
        self.connection.execute(
            &format!(
                "INSERT INTO account ({SETTING_COLUMNS}, keyring_key, created_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)"
            ),
            rusqlite::params_from_iter(values),
        )?;
        Ok(Account {
            id: self.connection.last_insert_rowid(),
            settings: settings.clone(),
            keyring_key: keyring_key.to_owned(),
        })
    }

    /// Replaces an account's settings (the name may change).
    pub fn update_account(&mut self, account: &Account) -> Result<(), StoreError> {
        let settings = &account.settings;
        settings.validate().map_err(StoreError::Conflict)?;
        self.ensure_name_free(&settings.name, Some(account.id))?;
        let assignments: Vec<String> = SETTING_COLUMNS
            .split(", ")
            .enumerate()
            .map(|(i, c)| format!("{c} = ?{}", i + 1))
            .collect();
        let mut values = setting_values(settings);
        values.push(account.id.into());
        let changed = self.connection.execute(
            &format!(
                "UPDATE account SET {} WHERE id = ?13 AND removed_at IS NULL",
                assignments.join(", ")
            ),
            rusqlite::params_from_iter(values),
        )?;
        if changed == 0 {
            return Err(StoreError::NotFound(crate::t!(
                "store-no-account-named",
                name = settings.name.as_str()
            )));
        }
        Ok(())
    }

    fn ensure_name_free(&self, name: &str, except: Option<AccountId>) -> Result<(), StoreError> {
        match self.account_by_name(name)? {
            Some(other) if Some(other.id) != except => {
                Err(StoreError::Conflict(crate::t!("store-account-exists", name = name)))
            }
            _ => Ok(()),
        }
    }

    /// Accounts in use, by name.
    pub fn accounts(&self) -> Result<Vec<Account>, StoreError> {
        let mut statement = self.connection.prepare(&format!(
            "SELECT {ACCOUNT_COLUMNS} FROM account WHERE removed_at IS NULL ORDER BY name"
        ))?;
        let rows = statement.query_map([], account_from_row)?;
        let mut accounts = Vec::new();
        for row in rows {
            accounts.push(row??);
        }
        Ok(accounts)
    }

    pub fn account_by_name(&self, name: &str) -> Result<Option<Account>, StoreError> {
        self.connection
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE name = ?1 AND removed_at IS NULL"),
                [name],
                account_from_row,
            )
            .optional()?
            .transpose()
    }

    pub fn account(&self, id: AccountId) -> Result<Option<Account>, StoreError> {
        self.connection
            .query_row(
                &format!("SELECT {ACCOUNT_COLUMNS} FROM account WHERE id = ?1 AND removed_at IS NULL"),
                [id],
                account_from_row,
            )
            .optional()?
            .transpose()
    }

    /// Removes an account. With `keep_mail`, its messages stay (listed
    /// under the old name) and only the settings go; otherwise its
    /// messages are deleted too. The server is never touched.
    pub fn remove_account(&mut self, id: AccountId, keep_mail: bool) -> Result<(), StoreError> {
        let transaction = self.connection.transaction()?;
        if keep_mail {
            transaction.execute(
                "UPDATE account SET removed_at = ?2 WHERE id = ?1",
                params![id, unix_now()],
            )?;
            transaction.execute("DELETE FROM account_state WHERE account_id = ?1", [id])?;
            transaction.execute("DELETE FROM server_message WHERE account_id = ?1", [id])?;
        } else {
            transaction.execute(
                "DELETE FROM message_search WHERE rowid IN (SELECT id FROM message WHERE account_id = ?1)",
                [id],
            )?;
            transaction.execute("DELETE FROM server_message WHERE account_id = ?1", [id])?;
            transaction.execute("DELETE FROM message WHERE account_id = ?1", [id])?;
            transaction.execute("DELETE FROM account WHERE id = ?1", [id])?;
        }
        transaction.commit()?;
        Ok(())
    }

    pub fn account_state(&self, id: AccountId) -> Result<AccountState, StoreError> {
        let state = self
            .connection
            .query_row(
                "SELECT last_login_at, login_delay_seconds, expire_days, last_check_at, last_error \
                 FROM account_state WHERE account_id = ?1",
                [id],
                |row| {
                    let expire: Option<i64> = row.get(2)?;
                    Ok(AccountState {
                        last_login_at: row.get(0)?,
                        login_delay_seconds: row.get(1)?,
                        expire: expire.map(|days| match u32::try_from(days) {
                            Ok(days) => Retention::Days(days),
                            Err(_) => Retention::Never,
                        }),
                        last_check_at: row.get(3)?,
                        last_error: row.get(4)?,
                    })
                },
            )
            .optional()?;
        Ok(state.unwrap_or_default())
    }

    /// Records a successful login and what the server said about itself.
    pub fn record_login(
        &mut self,
        id: AccountId,
        at: i64,
        login_delay_seconds: Option<u32>,
        expire: Option<Retention>,
    ) -> Result<(), StoreError> {
        let expire_days: Option<i64> = expire.map(|e| match e {
            Retention::Never => -1,
            Retention::Days(days) => i64::from(days),
        });
        // Lost to a power cut, it costs at most a login the server refuses
        // with [LOGIN-DELAY]: status, not mail.
        self.write_status(
            "INSERT INTO account_state (account_id, last_login_at, login_delay_seconds, expire_days) \
             VALUES (?1, ?2, ?3, ?4) ON CONFLICT(account_id) DO UPDATE SET \
             last_login_at = excluded.last_login_at, login_delay_seconds = excluded.login_delay_seconds, \
             expire_days = excluded.expire_days",
            params![id, at, login_delay_seconds, expire_days],
        )
    }

    /// Records the end of a fetch: `error` is the sentence shown to the user.
    pub fn record_check(&mut self, id: AccountId, at: i64, error: Option<&str>) -> Result<(), StoreError> {
        self.write_status(
            "INSERT INTO account_state (account_id, last_check_at, last_error) VALUES (?1, ?2, ?3) \
             ON CONFLICT(account_id) DO UPDATE SET last_check_at = excluded.last_check_at, \
             last_error = excluded.last_error",
            params![id, at, error],
        )
    }

    /// Writes status, not mail: losing it to a power cut costs nothing, so
    /// it is not worth an fsync of its own (the next mail commit carries it
    /// to disk). Every mail commit stays `synchronous=FULL`.
    fn write_status(&mut self, sql: &str, params: impl rusqlite::Params) -> Result<(), StoreError> {
        self.connection.pragma_update(None, "synchronous", "NORMAL")?;
        let written = self.connection.execute(sql, params);
        self.connection.pragma_update(None, "synchronous", "FULL")?;
        written?;
        Ok(())
    }
}

/// The columns an account's settings live in, in the order of
/// [`setting_values`].
const SETTING_COLUMNS: &str = "name, host, port, security, username, auth_method, password_command, policy, \
     delete_after_days, pinned_certificate, max_message_size, over_size";

fn setting_values(settings: &AccountSettings) -> Vec<rusqlite::types::Value> {
    let command = match &settings.password {
        PasswordSource::Keyring => None,
        PasswordSource::Command(command) => Some(command.clone()),
    };
    let (max_size, over) = match settings.size_limit {
        Some(limit) => (
            Some(i64::try_from(limit.max_bytes).unwrap_or(i64::MAX)),
            limit.over.as_str(),
        ),
        None => (None, OverSize::Skip.as_str()),
    };
    vec![
        settings.name.clone().into(),
        settings.host.clone().into(),
        i64::from(settings.port).into(),
        settings.security.as_str().to_owned().into(),
        settings.username.clone().into(),
        settings.auth.as_str().to_owned().into(),
        command.into(),
        settings.policy.kind().to_owned().into(),
        settings.policy.days().map(i64::from).into(),
        settings.pinned_certificate.map(|f| f.to_hex()).into(),
        max_size.into(),
        over.to_owned().into(),
    ]
}

/// Reads an account row. A value this build cannot read is a damaged
/// database, reported as such rather than guessed.
fn account_from_row(row: &Row<'_>) -> rusqlite::Result<Result<Account, StoreError>> {
    let settings = match settings_from_row(row) {
        Ok(settings) => settings,
        Err(AccountRowError::Sql(e)) => return Err(e),
        Err(AccountRowError::Store(e)) => return Ok(Err(e)),
    };
    Ok(Ok(Account {
        id: row.get(0)?,
        settings,
        keyring_key: row.get(8)?,
    }))
}

fn settings_from_row(row: &Row<'_>) -> Result<AccountSettings, AccountRowError> {
    let name: String = row.get(1)?;
    let security: String = row.get(4)?;
    let auth: String = row.get(6)?;
    let command: Option<String> = row.get(7)?;
    let policy: String = row.get(9)?;
    let days: Option<u32> = row.get(10)?;
    let pin: Option<String> = row.get(11)?;
    let max_size: Option<i64> = row.get(12)?;
    let over: String = row.get(13)?;
    let corrupt = |field: &str| {
        StoreError::Corrupt(crate::t!(
            "store-corrupt-account-field",
            name = name.as_str(),
            field = field
        ))
    };
    Ok(AccountSettings {
        host: row.get(2)?,
        port: row.get(3)?,
        security: security.parse().map_err(|_| corrupt("security"))?,
        username: row.get(5)?,
        auth: auth.parse().map_err(|_| corrupt("auth"))?,
        password: command.map_or(PasswordSource::Keyring, PasswordSource::Command),
        policy: ServerPolicy::from_parts(&policy, days).ok_or_else(|| corrupt("policy"))?,
        pinned_certificate: match pin {
            Some(hex) => Some(hex.parse::<Fingerprint>().map_err(|_| corrupt("fingerprint"))?),
            None => None,
        },
        size_limit: match max_size {
            Some(bytes) => Some(SizeLimit {
                max_bytes: u64::try_from(bytes).unwrap_or(0),
                over: over.parse().map_err(|_| corrupt("over-size"))?,
            }),
            None => None,
        },
        name,
    })
}

enum AccountRowError {
    Sql(rusqlite::Error),
    Store(StoreError),
}

impl From<rusqlite::Error> for AccountRowError {
    fn from(e: rusqlite::Error) -> AccountRowError {
        AccountRowError::Sql(e)
    }
}

impl From<StoreError> for AccountRowError {
    fn from(e: StoreError) -> AccountRowError {
        AccountRowError::Store(e)
    }
}
