//! What the desktop app keeps about an account besides its server
//! settings, and app-wide settings. Never a secret.

use rusqlite::{OptionalExtension as _, params};

use super::{AccountId, Store, StoreError};

/// The default time between automatic checks.
pub const DEFAULT_CHECK_MINUTES: u32 = 10;

/// How an account is shown and how often it is checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountProfile {
    /// The sender name the user chose (shown in the sidebar when set).
    pub display_name: String,
    pub email: String,
    /// Minutes between automatic checks; 0 turns them off.
    pub check_interval_minutes: u32,
    /// The sample-mail account of "Try with sample mail".
    pub demo: bool,
    /// Show a desktop notification when new mail arrives.
    pub notify_new_mail: bool,
}

impl Default for AccountProfile {
    fn default() -> AccountProfile {
        AccountProfile {
            display_name: String::new(),
            email: String::new(),
            check_interval_minutes: DEFAULT_CHECK_MINUTES,
            demo: false,
            notify_new_mail: true,
        }
    }
}

impl Store {
    pub fn account_profile(&self, id: AccountId) -> Result<AccountProfile, StoreError> {
        let profile = self
            .connection
            .query_row(
                "SELECT display_name, email, check_interval_minutes, demo, notify_new_mail FROM account WHERE id = ?1",
                [id],
                |row| {
                    Ok(AccountProfile {
                        display_name: row.get(0)?,
                        email: row.get(1)?,
                        check_interval_minutes: row.get::<_, i64>(2)?.clamp(0, 7 * 24 * 60) as u32,
                        demo: row.get(3)?,
                        notify_new_mail: row.get(4)?,
                    })
                },
            )
            .optional()?;
        profile.ok_or_else(|| StoreError::NotFound(crate::t!("store-no-account-id", id = id.to_string())))
    }

    pub fn set_account_profile(&mut self, id: AccountId, profile: &AccountProfile) -> Result<(), StoreError> {
        self.connection.execute(
            "UPDATE account SET display_name = ?2, email = ?3, check_interval_minutes = ?4, demo = ?5, \
             notify_new_mail = ?6 WHERE id = ?1",
            params![
                id,
                profile.display_name,
                profile.email,
                profile.check_interval_minutes,
                profile.demo,
                profile.notify_new_mail
            ],
        )?;
        Ok(())
    }

    /// The sample-mail account, if there is one.
    pub fn demo_account(&self) -> Result<Option<AccountId>, StoreError> {
        Ok(self
            .connection
            .query_row(
                "SELECT id FROM account WHERE demo = 1 AND removed_at IS NULL LIMIT 1",
                [],
                |row| row.get(0),
            )
            .optional()?)
    }

    pub fn app_setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(self
            .connection
            .query_row("SELECT value FROM app_setting WHERE key = ?1", [key], |row| row.get(0))
            .optional()?)
    }

    pub fn set_app_setting(&mut self, key: &str, value: &str) -> Result<(), StoreError> {
        self.connection.execute(
            "INSERT INTO app_setting (key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            params![key, value],
        )?;
        Ok(())
    }
}
