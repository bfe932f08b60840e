//! Requests from a second `postie` (on the same data directory) to bring
//! this app's window to the front: the socket of [`crate::instance`],
//! watched as an iced subscription.

use std::os::unix::net::UnixListener;
use std::sync::Mutex;

use iced::futures::channel::mpsc;
use iced::futures::{SinkExt as _, Stream};

/// The socket, from [`crate::instance::claim`] until the subscription
/// takes it. Tests and `postie demo` never set it.
static SOCKET: Mutex<Option<UnixListener>> = Mutex::new(None);

/// Hands the instance socket to the app, before its window opens.
pub fn listen_on(listener: UnixListener) {
    if let Ok(mut socket) = SOCKET.lock() {
        *socket = Some(listener);
    }
}

/// One item per well-formed request to raise the window.
pub fn requests() -> impl Stream<Item = ()> {
    iced::stream::channel(4, async move |mut output: mpsc::Sender<()>| {
        let listener = SOCKET.lock().ok().and_then(|mut socket| socket.take());
        let Some(listener) = listener else {
            return std::future::pending().await;
        };
        let (raise, mut raised) = tokio::sync::mpsc::channel(4);
        // Accepting blocks; a thread of its own keeps it off the executor.
        // Each request is answered within a bounded time (see `answer`).
        let serving = std::thread::Builder::new().name("postie-raise".into()).spawn(move || {
            for stream in listener.incoming() {
                let Ok(stream) = stream else { continue };
                if crate::instance::answer(stream) && raise.blocking_send(()).is_err() {
                    break; // The app is gone.
                }
            }
        });
        if serving.is_err() {
            return std::future::pending().await;
        }
        while raised.recv().await.is_some() {
            if output.send(()).await.is_err() {
                return;
            }
        }
    })
}
