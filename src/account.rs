//! What an account is: server settings and what happens to mail on the
//! server. Plain data shared by the store, the sync engine and the UIs.
//! Never holds a secret: the password lives in the keyring or comes from a
//! command.

use std::fmt;
use std::str::FromStr;

use crate::pop3::{AuthMethod, Fingerprint, Security};

/// What happens to a message on the server once Postie has it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ServerPolicy {
    /// Leave every message on the server.
    #[default]
    Keep,
    /// Delete each message from the server once it is safely stored here.
    DeleteAfterDownload,
    /// Delete a message from the server this many days after it was first
    /// downloaded.
    DeleteAfterDays(u32),
    /// Delete a message from the server once it is deleted here (moved to
    /// Trash or removed from it).
    DeleteWhenTrashed,
}

impl ServerPolicy {
    /// Whether the policy may ever send DELE.
    pub fn deletes(self) -> bool {
        self != ServerPolicy::Keep
    }

    /// The stable name stored in the database and printed in JSON.
    pub fn kind(self) -> &'static str {
        match self {
            ServerPolicy::Keep => "keep",
            ServerPolicy::DeleteAfterDownload => "delete-after-download",
            ServerPolicy::DeleteAfterDays(_) => "delete-after-days",
            ServerPolicy::DeleteWhenTrashed => "delete-when-trashed",
        }
    }

    pub fn days(self) -> Option<u32> {
        match self {
            ServerPolicy::DeleteAfterDays(days) => Some(days),
            _ => None,
        }
    }

    pub fn from_parts(kind: &str, days: Option<u32>) -> Option<ServerPolicy> {
        Some(match kind {
            "keep" => ServerPolicy::Keep,
            "delete-after-download" => ServerPolicy::DeleteAfterDownload,
            "delete-after-days" => ServerPolicy::DeleteAfterDays(days?),
            "delete-when-trashed" => ServerPolicy::DeleteWhenTrashed,
            _ => return None,
        })
    }
}

/// "delete from server 30 days after download", in the user's language.
impl fmt::Display for ServerPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days: u32 = self.days().unwrap_or(0);
        f.write_str(&crate::t!("sync-policy", policy = self.kind(), days = days))
    }
}

/// What to do with a message larger than the account's size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum OverSize {
    /// Leave it on the server, not downloaded.
    #[default]
    Skip,
    /// Download only its headers (TOP n 0); the rest can be fetched later.
    Headers,
}

impl OverSize {
    pub fn as_str(self) -> &'static str {
        match self {
            OverSize::Skip => "skip",
            OverSize::Headers => "headers",
        }
    }
}

impl FromStr for OverSize {
    type Err = String;

    fn from_str(s: &str) -> Result<OverSize, String> {
        match s {
            "skip" => Ok(OverSize::Skip),
            "headers" => Ok(OverSize::Headers),
            _ => Err(crate::t!("error-unknown-over-size", value = s)),
        }
    }
}

/// A per-account size limit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SizeLimit {
    pub max_bytes: u64,
    pub over: OverSize,
}

/// Where the password (or OAuth token) comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PasswordSource {
    /// The OS keyring (Secret Service on Linux).
    Keyring,
    /// A shell command whose first line of output is the password, like
    /// mpop's `passwordeval`. The command itself is not a secret.
    Command(String),
}

/// An account's settings, as the user chose them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountSettings {
    pub name: String,
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub username: String,
    pub auth: AuthMethod,
    pub password: PasswordSource,
    pub policy: ServerPolicy,
    /// The one certificate accepted for this server, when pinned.
    pub pinned_certificate: Option<Fingerprint>,
    pub size_limit: Option<SizeLimit>,
}

impl AccountSettings {
    /// Checks what no server can check for us. Errors are sentences, in
    /// the user's language.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err(crate::t!("error-account-name-empty"));
        }
        if self.name.chars().any(crate::text::is_unsafe_char) {
            return Err(crate::t!("error-account-name-control"));
        }
        if self.host.trim().is_empty() || self.host.contains(char::is_whitespace) {
            return Err(crate::t!("error-account-host-invalid", host = self.host.as_str()));
        }
        if self.port == 0 {
            return Err(crate::t!("error-account-port-invalid"));
        }
        if self.username.is_empty() || self.username.contains(['\r', '\n', '\0']) {
            return Err(crate::t!("error-account-user-name-invalid"));
        }
        if let ServerPolicy::DeleteAfterDays(0) = self.policy {
            return Err(crate::t!("error-account-zero-days"));
        }
        if let PasswordSource::Command(command) = &self.password
            && command.trim().is_empty()
        {
            return Err(crate::t!("error-account-password-command-empty"));
        }
        Ok(())
    }
}

/// A stored account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: i64,
    pub settings: AccountSettings,
    /// The keyring entry's name for this account's password. Random and
    /// stable, so renaming the account or its server keeps the password.
    pub keyring_key: String,
}
