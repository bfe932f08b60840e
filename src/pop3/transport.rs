//! The only code in `pop3` that touches a socket: TCP and TLS streams, and
//! the loop that moves bytes between them and the protocol state machine,
//! with a timeout on every wait.

use std::io;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use async_native_tls::TlsStream;
use tokio::io::{AsyncRead, AsyncReadExt as _, AsyncWrite, AsyncWriteExt as _, ReadBuf};
use tokio::net::TcpStream;
use tokio::time::Instant;

use super::command::Command;
use super::config::Timeouts;
use super::error::{Error, Phase};
use super::protocol::{CommandId, Event, Protocol, ProtocolError};

/// Bytes asked for per read. TLS records are at most 16 KiB, so this lets
/// a plain socket deliver several at once without growing the buffer.
const READ_CHUNK: usize = 64 * 1024;

/// A plain or TLS-wrapped TCP stream.
pub(crate) enum Stream {
    Plain(TcpStream),
    Tls(Box<TlsStream<TcpStream>>),
}

impl AsyncRead for Stream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
        }
    }
}

impl AsyncWrite for Stream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<io::Result<usize>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_flush(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<io::Result<()>> {
        match self.get_mut() {
            Stream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            Stream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
        }
    }
}

/// A stream joined to a protocol state machine.
pub(crate) struct Transport {
    stream: Stream,
    pub(crate) protocol: Protocol,
    host: String,
    pub(crate) timeouts: Timeouts,
    /// Body bytes of the current RETR/TOP, delivered and cleared by the caller.
    body: Vec<u8>,
}

impl Transport {
    pub(crate) fn new(stream: Stream, protocol: Protocol, host: &str, timeouts: Timeouts) -> Transport {
        Transport {
            stream,
            protocol,
            host: host.to_owned(),
            timeouts,
            body: Vec::with_capacity(READ_CHUNK),
        }
    }

    pub(crate) fn host(&self) -> &str {
        &self.host
    }

    pub(crate) fn is_encrypted(&self) -> bool {
        matches!(self.stream, Stream::Tls(_))
    }

    /// Gives back the TCP stream, for the STLS upgrade. Only valid on a
    /// plain stream.
    pub(crate) fn into_tcp(self) -> Option<TcpStream> {
        match self.stream {
            Stream::Plain(tcp) => Some(tcp),
            Stream::Tls(_) => None,
        }
    }

    /// Queues a command; it goes on the wire at the next `next_event`.
    pub(crate) fn send(&mut self, command: Command, phase: Phase) -> Result<CommandId, Error> {
        self.protocol.send(command).map_err(|e| self.protocol_error(phase, e))
    }

    pub(crate) fn send_limited(&mut self, command: Command, limit: u64, phase: Phase) -> Result<CommandId, Error> {
        self.protocol
            .send_limited(command, limit)
            .map_err(|e| self.protocol_error(phase, e))
    }

    pub(crate) fn protocol_error(&self, phase: Phase, source: ProtocolError) -> Error {
        // A command that cannot be encoded is our input's fault, not the server's.
        if let ProtocolError::Command(invalid) = source {
            return Error::InvalidSetting(invalid);
        }
        Error::Protocol {
            host: self.host.clone(),
            phase,
            source,
        }
    }

    /// Body bytes received since the last `clear_body`.
    pub(crate) fn body(&self) -> &[u8] {
        &self.body
    }

    pub(crate) fn clear_body(&mut self) {
        self.body.clear();
    }

    /// Writes queued commands, reads, and returns the next protocol event.
    /// Each read waits at most the idle timeout, and never past `deadline`.
    pub(crate) async fn next_event(
        &mut self,
        phase: Phase,
        deadline: Option<Instant>,
    ) -> Result<(CommandId, Event), Error> {
        loop {
            self.flush(phase).await?;
            match self.protocol.poll_event(&mut self.body) {
                Ok(Some(event)) => return Ok(event),
                Ok(None) => {}
                Err(source) => return Err(self.protocol_error(phase, source)),
            }
            self.fill(phase, deadline).await?;
        }
    }

    /// Writes everything the protocol has queued for the server.
    pub(crate) async fn flush(&mut self, phase: Phase) -> Result<(), Error> {
        if self.protocol.pending_output().is_empty() {
            return Ok(());
        }
        let limit = self.timeouts.idle;
        let write = async {
            self.stream.write_all(self.protocol.pending_output()).await?;
            self.stream.flush().await
        };
        let result = tokio::time::timeout(limit, write).await;
        self.protocol.output_written();
        match result {
            Err(_) => Err(self.timeout(phase, limit)),
            Ok(Err(source)) => Err(self.io_error(phase, source)),
            Ok(Ok(())) => Ok(()),
        }
    }

    async fn fill(&mut self, phase: Phase, deadline: Option<Instant>) -> Result<(), Error> {
        let idle_limit = Instant::now() + self.timeouts.idle;
        let limit = deadline.map_or(idle_limit, |d| d.min(idle_limit));
        let waited = limit.saturating_duration_since(Instant::now());
        let space = self.protocol.read_space(READ_CHUNK);
        match tokio::time::timeout_at(limit, self.stream.read(space)).await {
            Err(_) => Err(self.timeout(phase, waited)),
            Ok(Ok(0)) => Err(Error::Closed {
                host: self.host.clone(),
                phase,
            }),
            Ok(Ok(n)) => {
                self.protocol.received(n);
                Ok(())
            }
            Ok(Err(source)) => Err(self.io_error(phase, source)),
        }
    }

    fn timeout(&self, phase: Phase, after: Duration) -> Error {
        Error::Timeout {
            host: self.host.clone(),
            phase,
            after,
        }
    }

    fn io_error(&self, phase: Phase, source: io::Error) -> Error {
        if matches!(
            source.kind(),
            io::ErrorKind::UnexpectedEof | io::ErrorKind::ConnectionReset | io::ErrorKind::BrokenPipe
        ) {
            return Error::Closed {
                host: self.host.clone(),
                phase,
            };
        }
        Error::Io {
            host: self.host.clone(),
            phase,
            source,
        }
    }

    /// Closes the connection politely at the TLS level, bounded in time.
    pub(crate) async fn shutdown(&mut self) {
        let _ = tokio::time::timeout(Duration::from_secs(2), self.stream.shutdown()).await;
    }
}
