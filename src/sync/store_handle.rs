//! The store, used from blocking threads so the async runtime never waits
//! on SQLite: one call at a time, or one running in the background while
//! the session goes on.

use super::FetchError;
use crate::store::{Store, StoreError};

/// A store owned by the fetch, used from blocking threads so the async
/// runtime never waits on SQLite.
pub(super) struct StoreHandle {
    store: Option<Store>,
}

impl StoreHandle {
    pub(super) async fn open(data_dir: std::path::PathBuf) -> Result<StoreHandle, FetchError> {
        let store = blocking(move || Store::open(&data_dir).map_err(FetchError::from)).await?;
        Ok(StoreHandle { store: Some(store) })
    }

    pub(super) async fn run<T: Send + 'static>(
        &mut self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, FetchError> {
        let Some(mut store) = self.store.take() else {
            return Err(FetchError::Internal(crate::t!("sync-internal-store-lost")));
        };
        let (store, result) = blocking(move || {
            let result = work(&mut store);
            Ok((store, result))
        })
        .await?;
        self.store = Some(store);
        result.map_err(FetchError::from)
    }
}

/// Store work running on a blocking thread while the session goes on.
pub(super) struct InFlight<T> {
    task: tokio::task::JoinHandle<(Store, Result<T, StoreError>)>,
}

impl StoreHandle {
    /// Starts `work` and returns at once; the store is busy until `finish`.
    pub(super) fn start<T: Send + 'static>(
        &mut self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<InFlight<T>, FetchError> {
        let Some(mut store) = self.store.take() else {
            return Err(FetchError::Internal(crate::t!("sync-internal-store-lost")));
        };
        let task = tokio::task::spawn_blocking(move || {
            let result = work(&mut store);
            (store, result)
        });
        Ok(InFlight { task })
    }

    pub(super) async fn finish<T>(&mut self, in_flight: InFlight<T>) -> Result<T, FetchError> {
        match in_flight.task.await {
            Ok((store, result)) => {
                self.store = Some(store);
                result.map_err(FetchError::from)
            }
            Err(e) => Err(FetchError::Internal(e.to_string())),
        }
    }
}

pub(super) async fn blocking<T: Send + 'static>(
    work: impl FnOnce() -> Result<T, FetchError> + Send + 'static,
) -> Result<T, FetchError> {
    match tokio::task::spawn_blocking(work).await {
        Ok(result) => result,
        Err(e) => Err(FetchError::Internal(e.to_string())),
    }
}
