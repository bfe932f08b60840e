//! Where downloaded message bodies go. The session streams each body into
//! a sink chunk by chunk, so a message is never held in memory whole by the
//! engine; what the sink does with the bytes is its business.

use std::future::Future;
use std::io;

use super::types::Reply;

/// How one RETR or TOP ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BodyOutcome {
    /// All `size` bytes were delivered.
    Complete { size: u64 },
    /// The body grew past the request's limit; what was delivered is
    /// incomplete and must be thrown away. `size` is the full size.
    TooLarge { size: u64 },
    /// The server answered `-ERR` (no body was delivered).
    Refused(Reply),
}

/// Receives message bodies. `index` is the request's position in the slice
/// given to `retr_many`. Calls for one message come in the order
/// `begin`, `data`*, `end`; a `-ERR` gets only `end`. If the session fails
/// mid-body, `end` is never called: the caller discards the partial message.
pub trait BodySink: Send {
    fn begin(&mut self, index: usize) -> impl Future<Output = io::Result<()>> + Send;
    fn data(&mut self, index: usize, chunk: &[u8]) -> impl Future<Output = io::Result<()>> + Send;
    fn end(&mut self, index: usize, outcome: BodyOutcome) -> impl Future<Output = io::Result<()>> + Send;
}

/// Throws bodies away, keeping only counts (for benchmarks and probes).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct NullSink {
    pub messages: u64,
    pub bytes: u64,
}

impl BodySink for NullSink {
    async fn begin(&mut self, _index: usize) -> io::Result<()> {
        Ok(())
    }

    async fn data(&mut self, _index: usize, chunk: &[u8]) -> io::Result<()> {
        self.bytes += chunk.len() as u64;
        Ok(())
    }

    async fn end(&mut self, _index: usize, outcome: BodyOutcome) -> io::Result<()> {
        if matches!(outcome, BodyOutcome::Complete { .. }) {
            self.messages += 1;
        }
        Ok(())
    }
}

/// Collects complete bodies in memory, each up to the request's limit.
/// Meant for small things (headers from TOP, tests); real downloads stream
/// into the store.
#[derive(Debug, Default, Clone)]
pub struct MemorySink {
    current: Vec<u8>,
    /// `(index, outcome, bytes)` in completion order.
    pub finished: Vec<(usize, BodyOutcome, Vec<u8>)>,
}

impl BodySink for MemorySink {
    async fn begin(&mut self, _index: usize) -> io::Result<()> {
        self.current.clear();
        Ok(())
    }

    async fn data(&mut self, _index: usize, chunk: &[u8]) -> io::Result<()> {
        self.current.extend_from_slice(chunk);
        Ok(())
    }

    async fn end(&mut self, index: usize, outcome: BodyOutcome) -> io::Result<()> {
        let bytes = std::mem::take(&mut self.current);
        self.finished.push((index, outcome, bytes));
        Ok(())
    }
}
