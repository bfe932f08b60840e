//! Where bodies wait between RETR and their commit: in memory while small,
//! in an unnamed temporary file once large, so memory stays bounded
//! whatever the message size. The SHA-256 is computed as bytes arrive.

use std::io::Write as _;
use std::path::PathBuf;

use sha2::{Digest, Sha256};

use crate::pop3::{BodyOutcome, BodySink, Reply};
use crate::store::IncomingBody;

/// Bodies larger than this go to a temporary file.
pub const SPILL_THRESHOLD: usize = 1024 * 1024;

/// A finished download.
#[derive(Debug)]
pub enum Staged {
    Complete {
        body: IncomingBody,
        sha256: [u8; 32],
    },
    /// Over the request's limit; nothing kept. `size` is what the server
    /// sent in all.
    TooLarge {
        size: u64,
    },
    /// The server answered -ERR.
    Refused(Reply),
}

struct InProgress {
    index: usize,
    hasher: Sha256,
    body: IncomingBody,
}

/// A [`BodySink`] that stages bodies for the store.
pub struct StagingSink {
    temp_dir: PathBuf,
    current: Option<InProgress>,
    /// `(request index, result)` in arrival order.
    pub finished: Vec<(usize, Staged)>,
    /// Bytes received so far (for progress).
    pub bytes: u64,
}

impl StagingSink {
    pub fn new(temp_dir: PathBuf) -> StagingSink {
        StagingSink {
            temp_dir,
            current: None,
            finished: Vec::new(),
            bytes: 0,
        }
    }
}

impl BodySink for StagingSink {
    async fn begin(&mut self, index: usize) -> std::io::Result<()> {
        self.current = Some(InProgress {
            index,
            hasher: Sha256::new(),
            body: IncomingBody::Memory(Vec::new()),
        });
        Ok(())
    }

    async fn data(&mut self, _index: usize, chunk: &[u8]) -> std::io::Result<()> {
        self.bytes += chunk.len() as u64;
        let Some(current) = &mut self.current else {
            return Ok(());
        };
        current.hasher.update(chunk);
        match &mut current.body {
            IncomingBody::Memory(bytes) if bytes.len() + chunk.len() <= SPILL_THRESHOLD => {
                bytes.extend_from_slice(chunk);
            }
            IncomingBody::Memory(bytes) => {
                std::fs::create_dir_all(&self.temp_dir)?;
                let mut file = tempfile::tempfile_in(&self.temp_dir)?;
                file.write_all(bytes)?;
                file.write_all(chunk)?;
                let len = (bytes.len() + chunk.len()) as u64;
                current.body = IncomingBody::File { file, len };
            }
            IncomingBody::File { file, len } => {
                file.write_all(chunk)?;
                *len += chunk.len() as u64;
            }
        }
        Ok(())
    }

    async fn end(&mut self, index: usize, outcome: BodyOutcome) -> std::io::Result<()> {
        let current = self.current.take().filter(|c| c.index == index);
        let staged = match (outcome, current) {
            (BodyOutcome::Complete { .. }, Some(current)) => Staged::Complete {
                sha256: current.hasher.finalize().into(),
                body: current.body,
            },
            // +OK with an empty body: begin() was called, no data.
            (BodyOutcome::Complete { .. }, None) => Staged::Complete {
                sha256: Sha256::digest(b"").into(),
                body: IncomingBody::Memory(Vec::new()),
            },
            (BodyOutcome::TooLarge { size }, _) => Staged::TooLarge { size },
            (BodyOutcome::Refused(reply), _) => Staged::Refused(reply),
        };
        self.finished.push((index, staged));
        Ok(())
    }
}
