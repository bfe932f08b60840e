//! A fault-injecting TCP proxy on 127.0.0.1: forwards one connection at a
//! time to an upstream port and cuts it after a chosen number of bytes
//! from the server, as a dropped network would.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

pub struct CuttingProxy {
    pub port: u16,
    task: JoinHandle<()>,
    /// Server bytes forwarded so far, over all connections.
    pub forwarded: Arc<AtomicU64>,
}

impl CuttingProxy {
    /// Forwards to 127.0.0.1:`upstream`; every connection is cut once the
    /// server has sent `cut_after` bytes on it.
    pub async fn start(upstream: u16, cut_after: u64) -> CuttingProxy {
        CuttingProxy::start_with(upstream, cut_after, false).await
    }

    /// Like [`CuttingProxy::start`], but once `stall_after` server bytes
    /// are through, the connection stays open and silent: a server that
    /// stopped answering mid-transfer.
    pub async fn start_stalling(upstream: u16, stall_after: u64) -> CuttingProxy {
        CuttingProxy::start_with(upstream, stall_after, true).await
    }

    async fn start_with(upstream: u16, cut_after: u64, stall: bool) -> CuttingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let forwarded = Arc::new(AtomicU64::new(0));
        let counter = forwarded.clone();
        let task = tokio::spawn(async move {
            while let Ok((client, _)) = listener.accept().await {
                let counter = counter.clone();
                tokio::spawn(async move {
                    let Ok(server) = TcpStream::connect(SocketAddr::from(([127, 0, 0, 1], upstream))).await else {
                        return;
                    };
                    relay(client, server, cut_after, stall, &counter).await;
                });
            }
        });
        CuttingProxy { port, task, forwarded }
    }
}

impl Drop for CuttingProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn relay(client: TcpStream, server: TcpStream, cut_after: u64, stall: bool, counter: &AtomicU64) {
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let upstream = async {
        let mut buffer = [0u8; 16 * 1024];
        while let Ok(n) = client_read.read(&mut buffer).await {
            if n == 0 || server_write.write_all(&buffer[..n]).await.is_err() {
                break;
            }
        }
    };
    let downstream = async {
        let mut buffer = [0u8; 16 * 1024];
        let mut sent = 0u64;
        loop {
            let room = cut_after.saturating_sub(sent);
            if room == 0 {
                if stall {
                    // Held open, silent, until the client gives up.
                    std::future::pending::<()>().await;
                }
                break;
            }
            let want = buffer.len().min(usize::try_from(room).unwrap_or(usize::MAX));
            match server_read.read(&mut buffer[..want]).await {
                Ok(0) | Err(_) => break,
                Ok(n) => {
                    if client_write.write_all(&buffer[..n]).await.is_err() {
                        break;
                    }
                    sent += n as u64;
                    counter.fetch_add(n as u64, Ordering::Relaxed);
                }
            }
        }
    };
    // Whichever side ends first ends the connection: both halves drop.
    tokio::select! {
        _ = upstream => {}
        _ = downstream => {}
    }
}
