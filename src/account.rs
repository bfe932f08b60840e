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

impl fmt::Display for ServerPolicy {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ServerPolicy::Keep => f.write_str("keep on server"),
            ServerPolicy::DeleteAfterDownload => f.write_str("delete from server after download"),
            ServerPolicy::DeleteAfterDays(1) => f.write_str("delete from server 1 day after download"),
            ServerPolicy::DeleteAfterDays(days) => write!(f, "delete from server {days} days after download"),
            ServerPolicy::DeleteWhenTrashed => f.write_str("delete from server when deleted here"),
        }
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
            _ => Err(format!("unknown over-size action '{s}' (use skip or headers)")),
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
    /// Checks what no server can check for us. Errors are sentences.
    pub fn validate(&self) -> Result<(), String> {
        if self.name.trim().is_empty() {
            return Err("The account name is empty.".into());
        }
        if self.name.chars().any(crate::text::is_unsafe_char) {
            return Err("The account name contains control characters.".into());
        }
        if self.host.trim().is_empty() || self.host.contains(char::is_whitespace) {
            return Err(format!("'{}' is not a valid server name.", self.host));
        }
        if self.port == 0 {
            return Err("The port must be between 1 and 65535.".into());
        }
        if self.username.is_empty() || self.username.contains(['\r', '\n', '\0']) {
            return Err("The user name is empty or contains a line break.".into());
        }
        if let ServerPolicy::DeleteAfterDays(0) = self.policy {
            return Err("Delete after 0 days is delete after download; choose that instead.".into());
        }
        if let PasswordSource::Command(command) = &self.password
            && command.trim().is_empty()
        {
            return Err("The password command is empty.".into());
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
