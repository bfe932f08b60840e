//! One fetcher per account: an exclusive lock on a file in the data
//! directory. The kernel releases it when the process dies, however it
//! dies, so a crash never leaves an account locked.

use std::fs::{self, File, OpenOptions};
use std::path::Path;

use crate::store::AccountId;

/// Held while an account is being fetched; dropping it releases the lock.
#[derive(Debug)]
pub struct AccountLock {
    _file: File,
}

impl AccountLock {
    /// Takes the account's lock, or returns `None` when another process
    /// (or another fetch in this one) holds it.
    pub fn try_acquire(data_dir: &Path, account: AccountId) -> std::io::Result<Option<AccountLock>> {
        let dir = data_dir.join("locks");
        fs::create_dir_all(&dir)?;
        let file = OpenOptions::new()
            .create(true)
            .truncate(false)
            .write(true)
            .open(dir.join(format!("account-{account}.lock")))?;
        match file.try_lock() {
            Ok(()) => Ok(Some(AccountLock { _file: file })),
            Err(fs::TryLockError::WouldBlock) => Ok(None),
            Err(fs::TryLockError::Error(e)) => Err(e),
        }
    }

    /// Like [`AccountLock::try_acquire`], but a lock that is held only for
    /// a moment longer is waited for, up to `patience`.
    ///
    /// Why: a flock belongs to the open file, and a child process forked
    /// by any thread of this process (a password command, another
    /// account's) shares every open file until it execs. A lock released
    /// by the last fetch can so stay held for a few milliseconds after it
    /// was dropped, and the next fetch would report another Postie at work.
    pub fn acquire_within(
        data_dir: &Path,
        account: AccountId,
        patience: std::time::Duration,
    ) -> std::io::Result<Option<AccountLock>> {
        let deadline = std::time::Instant::now() + patience;
        loop {
            if let Some(lock) = AccountLock::try_acquire(data_dir, account)? {
                return Ok(Some(lock));
            }
            if std::time::Instant::now() >= deadline {
                return Ok(None);
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn second_holder_is_refused_until_release() {
        let dir = tempfile::tempdir().unwrap();
        let first = AccountLock::try_acquire(dir.path(), 1).unwrap();
        assert!(first.is_some());
        assert!(AccountLock::try_acquire(dir.path(), 1).unwrap().is_none());
        assert!(AccountLock::try_acquire(dir.path(), 2).unwrap().is_some());
        drop(first);
        assert!(AccountLock::try_acquire(dir.path(), 1).unwrap().is_some());
    }

    #[test]
    fn a_lock_released_soon_is_waited_for_and_a_held_one_is_not() {
        let dir = tempfile::tempdir().unwrap();
        let held = AccountLock::try_acquire(dir.path(), 1).unwrap().unwrap();
        let started = std::time::Instant::now();
        let patience = std::time::Duration::from_millis(200);
        assert!(AccountLock::acquire_within(dir.path(), 1, patience).unwrap().is_none());
        assert!(started.elapsed() >= patience);
        let releaser = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(50));
            drop(held);
        });
        let waited = AccountLock::acquire_within(dir.path(), 1, std::time::Duration::from_secs(5)).unwrap();
        assert!(waited.is_some(), "taken once the holder let go");
        releaser.join().unwrap();
    }
}
