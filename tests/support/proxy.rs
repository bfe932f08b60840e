//! A fault-injecting TCP proxy on 127.0.0.1: forwards connections to an
//! upstream port on 127.0.0.1 and, as a bad network would, cuts them after
//! a chosen number of server bytes, holds them open and silent (a stall,
//! optionally released later), or changes single bytes at chosen offsets
//! in either direction (corruption). It can keep a copy of every byte of
//! each connection, as sent and as delivered, for the test to inspect.
//!
//! Every loop is bounded: at most [`MAX_CONNECTIONS`] connections, each
//! closed after [`CONNECTION_LIMIT`] at the latest, a stall held at most
//! [`STALL_LIMIT`], recordings capped at [`RECORD_LIMIT`] bytes a direction.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// Connections accepted per proxy; later ones are refused (closed at once).
pub const MAX_CONNECTIONS: usize = 10_000;
/// No connection lives longer than this, whatever the client does.
pub const CONNECTION_LIMIT: Duration = Duration::from_secs(300);
/// A stall that nobody releases ends (the connection closes) after this.
pub const STALL_LIMIT: Duration = Duration::from_secs(120);
/// Recordings keep at most this many bytes per direction and connection.
pub const RECORD_LIMIT: usize = 8 * 1024 * 1024;

/// One changed byte: at `offset` bytes into a connection's stream in one
/// direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Corruption {
    pub offset: u64,
    pub change: Change,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    /// XOR with this (non-zero) mask: flips the mask's bits.
    Xor(u8),
    /// Replace with this byte (a no-op where the byte already is this).
    Set(u8),
}

impl Change {
    fn apply(self, byte: u8) -> u8 {
        match self {
            Change::Xor(mask) => byte ^ mask,
            Change::Set(value) => value,
        }
    }
}

impl Corruption {
    /// `count` random bit flips at distinct offsets below `within`, from
    /// `seed`: the same seed gives the same faults.
    pub fn random(seed: u64, count: usize, within: u64) -> Vec<Corruption> {
        let mut state = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let count = count.min(usize::try_from(within).unwrap_or(usize::MAX));
        let mut out: Vec<Corruption> = Vec::with_capacity(count);
        // Bounded: distinct offsets are found quickly while count <= within;
        // a few attempts per fault are plenty.
        for _ in 0..count.saturating_mul(16) {
            if out.len() == count {
                break;
            }
            let offset = next() % within.max(1);
            if out.iter().any(|c| c.offset == offset) {
                continue;
            }
            let mask = (next() % 255) as u8 + 1;
            out.push(Corruption {
                offset,
                change: Change::Xor(mask),
            });
        }
        out.sort_by_key(|c| c.offset);
        out
    }
}

/// What goes wrong on a connection.
#[derive(Debug, Clone, Default)]
pub struct Faults {
    /// Cut the connection once the server has sent this many bytes on it.
    pub cut_after: Option<u64>,
    /// Stop forwarding the server's bytes once this many are through; the
    /// connection stays open and silent until [`FaultProxy::release`] (or
    /// [`STALL_LIMIT`]). The client's bytes still go through.
    pub stall_after: Option<u64>,
    /// Bytes changed on their way from the server to the client.
    pub to_client: Vec<Corruption>,
    /// Bytes changed on their way from the client to the server.
    pub to_server: Vec<Corruption>,
    /// Only the first this many connections get the faults; later ones are
    /// forwarded untouched. `None`: every connection.
    pub connections: Option<usize>,
    /// Keep a copy of each connection's bytes (see [`Recording`]).
    pub record: bool,
}

/// The bytes of one connection, as far as they went (up to [`RECORD_LIMIT`]).
#[derive(Debug, Clone, Default)]
pub struct Recording {
    /// What the client sent (and the server got, apart from `to_server`).
    pub from_client: Vec<u8>,
    /// What the server sent, before any change.
    pub from_server: Vec<u8>,
    /// What the client got: `from_server` with the `to_client` changes.
    pub to_client: Vec<u8>,
    /// Offsets in the server's stream that were actually changed.
    pub corrupted_to_client: Vec<u64>,
    /// Offsets in the client's stream that were actually changed.
    pub corrupted_to_server: Vec<u64>,
    /// Set when the stall began: how many client bytes had been sent then.
    pub stalled_at_client_byte: Option<usize>,
    /// The connection got the faults (see [`Faults::connections`]).
    pub faulty: bool,
}

#[derive(Default)]
struct Shared {
    /// Server bytes forwarded so far, over all connections.
    forwarded: Arc<AtomicU64>,
    /// Byte changes made so far, both directions, all connections.
    faults: AtomicU64,
    /// Connections that reached their stall point.
    stalls: AtomicU64,
    /// Connections that were cut by `cut_after`.
    cuts: AtomicU64,
    released: AtomicBool,
    release: Notify,
    recordings: Mutex<Vec<Arc<Mutex<Recording>>>>,
}

pub struct FaultProxy {
    pub port: u16,
    task: JoinHandle<()>,
    /// Server bytes forwarded so far, over all connections.
    pub forwarded: Arc<AtomicU64>,
    shared: Arc<Shared>,
}

/// The original name: a proxy that cuts or stalls.
pub type CuttingProxy = FaultProxy;

impl FaultProxy {
    /// Forwards to 127.0.0.1:`upstream`; every connection is cut once the
    /// server has sent `cut_after` bytes on it.
    pub async fn start(upstream: u16, cut_after: u64) -> FaultProxy {
        FaultProxy::with_faults(
            upstream,
            Faults {
                cut_after: Some(cut_after),
                ..Faults::default()
            },
        )
        .await
    }

    /// Like [`FaultProxy::start`], but once `stall_after` server bytes
    /// are through, the connection stays open and silent: a server that
    /// stopped answering mid-transfer.
    pub async fn start_stalling(upstream: u16, stall_after: u64) -> FaultProxy {
        FaultProxy::with_faults(
            upstream,
            Faults {
                stall_after: Some(stall_after),
                ..Faults::default()
            },
        )
        .await
    }

    /// Forwards to 127.0.0.1:`upstream` with these faults.
    pub async fn with_faults(upstream: u16, faults: Faults) -> FaultProxy {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0)))
            .await
            .expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("address").port();
        let shared = Arc::new(Shared::default());
        let forwarded = shared.forwarded.clone();
        let serving = shared.clone();
        let faults = Arc::new(faults);
        let task = tokio::spawn(async move {
            for index in 0..MAX_CONNECTIONS {
                let Ok((client, _)) = listener.accept().await else {
                    break;
                };
                let shared = serving.clone();
                let faulty = faults.connections.is_none_or(|n| index < n);
                let plan = if faulty {
                    (*faults).clone()
                } else {
                    Faults {
                        record: faults.record,
                        ..Faults::default()
                    }
                };
                let recording = Arc::new(Mutex::new(Recording {
                    faulty,
                    ..Recording::default()
                }));
                if plan.record {
                    lock(&shared.recordings).push(recording.clone());
                }
                tokio::spawn(async move {
                    let upstream = SocketAddr::from((Ipv4Addr::LOCALHOST, upstream));
                    let Ok(server) = TcpStream::connect(upstream).await else {
                        return;
                    };
                    let _ =
                        tokio::time::timeout(CONNECTION_LIMIT, relay(client, server, &plan, &shared, &recording)).await;
                });
            }
        });
        FaultProxy {
            port,
            task,
            forwarded,
            shared,
        }
    }

    /// Byte changes made so far, both directions, over all connections.
    pub fn faults_injected(&self) -> u64 {
        self.shared.faults.load(Ordering::Relaxed)
    }

    /// Connections that reached their stall point so far.
    pub fn stalls(&self) -> u64 {
        self.shared.stalls.load(Ordering::Relaxed)
    }

    /// Connections cut by `cut_after` so far.
    pub fn cuts(&self) -> u64 {
        self.shared.cuts.load(Ordering::Relaxed)
    }

    /// Ends every stall, now and later: the server's bytes flow again.
    pub fn release(&self) {
        self.shared.released.store(true, Ordering::SeqCst);
        self.shared.release.notify_waiters();
    }

    /// Copies of the recorded connections, in the order they were accepted
    /// (empty unless [`Faults::record`]).
    pub fn recordings(&self) -> Vec<Recording> {
        lock(&self.shared.recordings).iter().map(|r| lock(r).clone()).collect()
    }
}

impl Drop for FaultProxy {
    fn drop(&mut self) {
        self.task.abort();
    }
}

fn lock<T>(mutex: &Mutex<T>) -> MutexGuard<'_, T> {
    mutex.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn append(buffer: &mut Vec<u8>, bytes: &[u8]) {
    let room = RECORD_LIMIT.saturating_sub(buffer.len());
    buffer.extend_from_slice(&bytes[..bytes.len().min(room)]);
}

/// Applies the changes that fall in `chunk`, which starts `start` bytes
/// into its stream; returns the offsets changed.
fn corrupt(chunk: &mut [u8], start: u64, changes: &[Corruption]) -> Vec<u64> {
    let end = start + chunk.len() as u64;
    let mut changed = Vec::new();
    for change in changes.iter().filter(|c| (start..end).contains(&c.offset)) {
        let at = usize::try_from(change.offset - start).expect("offset in chunk");
        let before = chunk[at];
        chunk[at] = change.change.apply(before);
        if chunk[at] != before {
            changed.push(change.offset);
        }
    }
    changed
}

async fn relay(client: TcpStream, server: TcpStream, faults: &Faults, shared: &Shared, recording: &Mutex<Recording>) {
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (mut client_read, mut client_write) = client.into_split();
    let (mut server_read, mut server_write) = server.into_split();
    let record = faults.record;
    let upstream = async {
        let mut buffer = [0u8; 16 * 1024];
        let mut sent = 0u64;
        loop {
            let n = match client_read.read(&mut buffer).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let chunk = &mut buffer[..n];
            if record {
                append(&mut lock(recording).from_client, chunk);
            }
            let changed = corrupt(chunk, sent, &faults.to_server);
            if !changed.is_empty() {
                shared.faults.fetch_add(changed.len() as u64, Ordering::Relaxed);
                lock(recording).corrupted_to_server.extend(changed);
            }
            sent += n as u64;
            if server_write.write_all(chunk).await.is_err() {
                break;
            }
        }
    };
    let downstream = async {
        let mut buffer = [0u8; 16 * 1024];
        let mut sent = 0u64;
        let limit = match (faults.cut_after, faults.stall_after) {
            (Some(cut), Some(stall)) => Some(cut.min(stall)),
            (cut, stall) => cut.or(stall),
        };
        let mut stalled = false;
        loop {
            let room = match limit {
                Some(limit) if !stalled => limit.saturating_sub(sent),
                _ => u64::MAX,
            };
            if room == 0 {
                if faults.stall_after == Some(sent) {
                    stalled = true;
                    shared.stalls.fetch_add(1, Ordering::Relaxed);
                    {
                        let mut recording = lock(recording);
                        recording.stalled_at_client_byte = Some(recording.from_client.len());
                    }
                    // Held open, silent, until released, or until the
                    // client gives up (the other half ends the relay).
                    let released = shared.release.notified();
                    if !shared.released.load(Ordering::SeqCst)
                        && tokio::time::timeout(STALL_LIMIT, released).await.is_err()
                    {
                        break;
                    }
                    continue;
                }
                shared.cuts.fetch_add(1, Ordering::Relaxed);
                break;
            }
            let want = buffer.len().min(usize::try_from(room).unwrap_or(usize::MAX));
            let n = match server_read.read(&mut buffer[..want]).await {
                Ok(0) | Err(_) => break,
                Ok(n) => n,
            };
            let chunk = &mut buffer[..n];
            if record {
                append(&mut lock(recording).from_server, chunk);
            }
            let changed = corrupt(chunk, sent, &faults.to_client);
            if !changed.is_empty() {
                shared.faults.fetch_add(changed.len() as u64, Ordering::Relaxed);
                lock(recording).corrupted_to_client.extend(changed);
            }
            if record {
                append(&mut lock(recording).to_client, chunk);
            }
            if client_write.write_all(chunk).await.is_err() {
                break;
            }
            sent += n as u64;
            shared.forwarded.fetch_add(n as u64, Ordering::Relaxed);
        }
    };
    // Whichever side ends first ends the connection: both halves drop.
    tokio::select! {
        () = upstream => {}
        () = downstream => {}
    }
}
