//! The app's window onto the store: a thread of its own owns a store
//! connection and runs the UI's queries one after another, so the UI
//! thread never waits on SQLite. A fetch writes through its own
//! connection; WAL lets both go on at once.

use std::path::{Path, PathBuf};
use std::sync::mpsc;

use tokio::sync::oneshot;

use crate::store::{Store, StoreError};

type Job = Box<dyn FnOnce(&mut Store) + Send>;

/// A handle to the store thread; cheap to clone.
#[derive(Clone)]
pub struct StoreClient {
    jobs: mpsc::Sender<Job>,
    data_dir: PathBuf,
}

impl std::fmt::Debug for StoreClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("StoreClient").field("data_dir", &self.data_dir).finish()
    }
}

impl StoreClient {
    /// Opens the store on a new thread. Fails when the store cannot be opened.
    pub fn open(data_dir: &Path) -> Result<StoreClient, StoreError> {
        let mut store = Store::open(data_dir)?;
        let (jobs, receiver) = mpsc::channel::<Job>();
        std::thread::Builder::new()
            .name("postie-store".into())
            .spawn(move || {
                while let Ok(job) = receiver.recv() {
                    job(&mut store);
                }
            })
            .map_err(StoreError::Io)?;
        Ok(StoreClient {
            jobs,
            data_dir: data_dir.to_path_buf(),
        })
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// Runs `work` on the store thread and returns its result.
    pub async fn call<T: Send + 'static>(
        &self,
        work: impl FnOnce(&mut Store) -> Result<T, StoreError> + Send + 'static,
    ) -> Result<T, String> {
        let (reply, answer) = oneshot::channel();
        let job: Job = Box::new(move |store| {
            let _ = reply.send(work(store));
        });
        self.jobs.send(job).map_err(|_| crate::t!("app-error-store-closed"))?;
        match answer.await {
            Ok(result) => result.map_err(|e| e.to_string()),
            Err(_) => Err(crate::t!("app-error-store-silent")),
        }
    }
}
