//! Asking a running fetch to stop at the next safe point: when the app
//! closes, the messages already downloaded are committed, nothing half
//! done is left behind, and then the fetch ends.

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use tokio::sync::Notify;

/// Shared between whoever asks (the app) and the fetch that obeys.
#[derive(Debug, Clone, Default)]
pub struct StopSignal(Arc<Inner>);

#[derive(Debug, Default)]
struct Inner {
    stopped: AtomicBool,
    notify: Notify,
}

impl StopSignal {
    /// Asks the fetch to stop. Stays asked: a fetch that checks later
    /// still sees it.
    pub fn stop(&self) {
        self.0.stopped.store(true, Ordering::SeqCst);
        self.0.notify.notify_waiters();
    }

    pub fn is_stopped(&self) -> bool {
        self.0.stopped.load(Ordering::SeqCst)
    }

    /// Resolves once [`StopSignal::stop`] has been called (at once if it
    /// already has).
    pub async fn stopped(&self) {
        loop {
            let notified = self.0.notify.notified();
            tokio::pin!(notified);
            // Registered before the check, so a stop between the check
            // and the wait is not missed.
            notified.as_mut().enable();
            if self.is_stopped() {
                return;
            }
            notified.await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_stop_wakes_waiters_and_stays() {
        let signal = StopSignal::default();
        assert!(!signal.is_stopped());
        let waiter = tokio::spawn({
            let signal = signal.clone();
            async move { signal.stopped().await }
        });
        tokio::task::yield_now().await;
        signal.stop();
        tokio::time::timeout(std::time::Duration::from_secs(5), waiter)
            .await
            .expect("the waiter wakes")
            .expect("no panic");
        // Asked once, asked for good.
        tokio::time::timeout(std::time::Duration::from_secs(1), signal.stopped())
            .await
            .expect("already stopped");
        assert!(signal.is_stopped());
    }
}
