//! Where passwords live: the OS keyring (Secret Service on Linux, through
//! keyring-core), or a command that prints the password (like mpop's
//! `passwordeval`). Never the database, never a file of ours, never a log.
//!
//! Every call here may block (D-Bus, a child process): callers on an async
//! runtime use `spawn_blocking`.

use std::io::Read as _;
use std::process::{Command, Stdio};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use thiserror::Error;

use crate::account::{Account, PasswordSource};
use crate::pop3::Secret;

/// The keyring service name all Postie entries share.
const KEYRING_SERVICE: &str = "postie";
/// How long a password command may run (it may wait for a hardware token).
const COMMAND_TIMEOUT: Duration = Duration::from_secs(120);
/// Most output read from a password command.
const COMMAND_OUTPUT_LIMIT: u64 = 64 * 1024;

/// Why no password could be had; its `Display` is a sentence for the
/// user, in their language.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum SecretError {
    /// The keyring library's words.
    NoKeyring(String),
    NotFound,
    /// The keyring library's words.
    Keyring(String),
    Command(CommandFailure),
}

impl std::fmt::Display for SecretError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            SecretError::NoKeyring(detail) => crate::t!("error-no-keyring", detail = detail.as_str()),
            SecretError::NotFound => crate::t!("error-keyring-not-found"),
            SecretError::Keyring(detail) => crate::t!("error-keyring-refused", detail = detail.as_str()),
            SecretError::Command(failure) => crate::t!("error-password-command-failed", reason = failure.to_string()),
        })
    }
}

/// How a password command failed. Never holds what it printed on its
/// standard output (the password).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CommandFailure {
    /// The system's words.
    NotStarted(String),
    TimedOut {
        seconds: u64,
    },
    /// The system's words.
    WaitFailed(String),
    /// `code` is `None` when a signal ended it; `said` is the first line
    /// of its standard error, made safe, or empty.
    Exited {
        code: Option<i32>,
        said: String,
    },
    EmptyOutput,
}

/// A clause for "The password command failed: …".
impl std::fmt::Display for CommandFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            CommandFailure::NotStarted(detail) => {
                crate::t!("error-password-command-not-started", detail = detail.as_str())
            }
            CommandFailure::TimedOut { seconds } => {
                let seconds: u64 = *seconds;
                crate::t!("error-password-command-timed-out", seconds = seconds)
            }
            CommandFailure::WaitFailed(detail) => {
                crate::t!("error-password-command-wait-failed", detail = detail.as_str())
            }
            CommandFailure::Exited { code: Some(code), said } if said.is_empty() => {
                crate::t!("error-password-command-status", code = code.to_string())
            }
            CommandFailure::Exited { code: Some(code), said } => crate::t!(
                "error-password-command-status-said",
                code = code.to_string(),
                said = said.as_str()
            ),
            CommandFailure::Exited { code: None, said } if said.is_empty() => {
                crate::t!("error-password-command-signal")
            }
            CommandFailure::Exited { code: None, said } => {
                crate::t!("error-password-command-signal-said", said = said.as_str())
            }
            CommandFailure::EmptyOutput => crate::t!("error-password-command-empty-output"),
        })
    }
}

fn keyring_store() -> Result<(), SecretError> {
    static STORE: OnceLock<Result<(), String>> = OnceLock::new();
    STORE
        .get_or_init(|| {
            let store = zbus_secret_service_keyring_store::Store::new().map_err(|e| describe(&e))?;
            let store: Arc<keyring_core::CredentialStore> = store;
            keyring_core::set_default_store(store);
            Ok(())
        })
        .clone()
        .map_err(SecretError::NoKeyring)
}

fn entry(key: &str) -> Result<keyring_core::Entry, SecretError> {
    keyring_store()?;
    keyring_core::Entry::new(KEYRING_SERVICE, key).map_err(|e| classify(&e))
}

/// Stores a password in the keyring under `key`.
pub fn keyring_set(key: &str, secret: &Secret) -> Result<(), SecretError> {
    entry(key)?.set_password(secret.expose()).map_err(|e| classify(&e))
}

/// Reads the password stored under `key`.
pub fn keyring_get(key: &str) -> Result<Secret, SecretError> {
    entry(key)?.get_password().map(Secret::new).map_err(|e| classify(&e))
}

/// Removes the password stored under `key`; absent is fine.
pub fn keyring_delete(key: &str) -> Result<(), SecretError> {
    match entry(key)?.delete_credential() {
        Ok(()) | Err(keyring_core::Error::NoEntry) => Ok(()),
        Err(e) => Err(classify(&e)),
    }
}

/// A fresh random keyring key for a new account.
pub fn new_keyring_key() -> String {
    let bytes: [u8; 12] = rand::random();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("account-{hex}")
}

/// The password for an account, from wherever it lives.
pub fn password_for(account: &Account) -> Result<Secret, SecretError> {
    match &account.settings.password {
        PasswordSource::Keyring => keyring_get(&account.keyring_key),
        PasswordSource::Command(command) => run_password_command(command),
    }
}

/// Runs `sh -c command`; the first line of its output is the password.
/// Its output never appears in an error; only its exit status and the
/// first line of what it wrote to stderr do.
pub fn run_password_command(command: &str) -> Result<Secret, SecretError> {
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(command)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| SecretError::Command(CommandFailure::NotStarted(e.to_string())))?;
    // Read both pipes on threads so a chatty command cannot block on a full pipe.
    let stdout = child.stdout.take();
    let stderr = child.stderr.take();
    let out_reader = std::thread::spawn(move || read_bounded(stdout));
    let err_reader = std::thread::spawn(move || read_bounded(stderr));
    let deadline = Instant::now() + COMMAND_TIMEOUT;
    // Poll quickly at first (a `pass` or `printf` is done in milliseconds),
    // then back off for commands that wait on a person or a token.
    let mut pause = Duration::from_micros(200);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() < deadline => {
                std::thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(50));
            }
            Ok(None) => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(SecretError::Command(CommandFailure::TimedOut {
                    seconds: COMMAND_TIMEOUT.as_secs(),
                }));
            }
            Err(e) => return Err(SecretError::Command(CommandFailure::WaitFailed(e.to_string()))),
        }
    };
    let output = zeroize::Zeroizing::new(out_reader.join().unwrap_or_default());
    let errors = err_reader.join().unwrap_or_default();
    if !status.success() {
        let detail = String::from_utf8_lossy(&errors);
        let said = crate::text::one_line(detail.lines().next().unwrap_or_default(), 200);
        return Err(SecretError::Command(CommandFailure::Exited {
            code: status.code(),
            said,
        }));
    }
    let text = String::from_utf8_lossy(&output);
    let line = text.lines().next().unwrap_or_default().trim_end_matches('\r');
    if line.is_empty() {
        return Err(SecretError::Command(CommandFailure::EmptyOutput));
    }
    Ok(Secret::new(line))
}

fn read_bounded(pipe: Option<impl std::io::Read>) -> Vec<u8> {
    let mut bytes = Vec::new();
    if let Some(pipe) = pipe {
        let _ = pipe.take(COMMAND_OUTPUT_LIMIT).read_to_end(&mut bytes);
    }
    bytes
}

fn classify(error: &keyring_core::Error) -> SecretError {
    match error {
        keyring_core::Error::NoEntry => SecretError::NotFound,
        keyring_core::Error::NoStorageAccess(_) => SecretError::Keyring(describe(error)),
        keyring_core::Error::NoDefaultStore | keyring_core::Error::PlatformFailure(_) => {
            SecretError::NoKeyring(describe(error))
        }
        _ => SecretError::Keyring(describe(error)),
    }
}

/// The keyring library's message, made safe and short.
fn describe(error: &keyring_core::Error) -> String {
    crate::text::one_line(&error.to_string(), 200)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn password_command_first_line() {
        assert_eq!(
            run_password_command("printf 'hunter2\\nsecond'").unwrap().expose(),
            "hunter2"
        );
        assert_eq!(
            run_password_command("printf 'with space\\r\\n'").unwrap().expose(),
            "with space"
        );
    }

    #[test]
    fn password_command_failures_never_show_the_output() {
        let err = run_password_command("echo hunter2; echo 'no such key' >&2; exit 3").unwrap_err();
        let text = err.to_string();
        assert!(text.contains("status 3") && text.contains("no such key"), "{text}");
        assert!(!text.contains("hunter2"));
        assert!(run_password_command("true").is_err());
    }
}
