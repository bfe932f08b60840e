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
}
