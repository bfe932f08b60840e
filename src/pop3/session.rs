//! An authenticated session (RFC 1939 TRANSACTION state): listing,
//! downloading, deleting, and QUIT.
//!
//! Dropping a `Session` closes the connection without QUIT, so the server
//! deletes nothing (RFC 1939 §6). Only [`Session::quit`] commits deletions.

use std::collections::VecDeque;

use tokio::time::Instant;

use super::auth::AuthMethod;
use super::command::Command;
use super::connection::{Encryption, capa, single_reply, unexpected};
use super::error::{Error, Phase};
use super::parse::{parse_list_line, parse_stat, parse_uidl_single};
use super::protocol::{CommandId, Event, ProtocolError};
use super::sink::{BodyOutcome, BodySink};
use super::transport::Transport;
use super::types::{Capabilities, ListEntry, MessageNumber, Reply, Stat, UidlEntry, UidlListing, UidlProblem};

/// One message to download.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyRequest {
    pub message: MessageNumber,
    /// The size LIST gave, used to scale the timeout; 0 if unknown.
    pub expected_size: u64,
    /// Body bytes past this are dropped and the outcome is `TooLarge`.
    pub limit: u64,
}

impl BodyRequest {
    pub fn new(message: MessageNumber, expected_size: u64) -> BodyRequest {
        BodyRequest {
            message,
            expected_size,
            limit: u64::MAX,
        }
    }

    pub fn with_limit(mut self, limit: u64) -> BodyRequest {
        self.limit = limit;
        self
    }
}

/// How QUIT went. Only `Confirmed` means the server committed deletions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum QuitOutcome {
    Confirmed,
    /// `-ERR` (e.g. "some deleted messages not removed"), a timeout or a
    /// dropped connection: which deletions happened is unknown until the
    /// next session's UIDL list.
    NotConfirmed(String),
}

/// An authenticated POP3 session.
pub struct Session {
    transport: Transport,
    capabilities: Option<Capabilities>,
    method: AuthMethod,
    encryption: Encryption,
}

impl std::fmt::Debug for Session {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Session")
            .field("host", &self.transport.host())
            .field("method", &self.method)
            .field("pipelining", &self.transport.protocol.pipelining())
            .finish_non_exhaustive()
    }
}

impl Session {
    pub(crate) fn new(
        transport: Transport,
        capabilities: Option<Capabilities>,
        method: AuthMethod,
        encryption: Encryption,
    ) -> Session {
        Session {
            transport,
            capabilities,
            method,
            encryption,
        }
    }

    /// What CAPA said after login; `None` if the server has no CAPA.
    pub fn capabilities(&self) -> Option<&Capabilities> {
        self.capabilities.as_ref()
    }

    /// The login method that succeeded.
    pub fn auth_method(&self) -> AuthMethod {
        self.method
    }

    pub fn encryption(&self) -> &Encryption {
        &self.encryption
    }

    pub fn pipelining(&self) -> bool {
        self.transport.protocol.pipelining()
    }

    /// Turns pipelining off for the rest of the session (e.g. after a
    /// server got confused by it).
    pub fn disable_pipelining(&mut self) {
        self.transport.protocol.set_pipelining(false);
    }

    /// Asks CAPA again.
    pub async fn refresh_capabilities(&mut self) -> Result<Option<&Capabilities>, Error> {
        self.capabilities = capa(&mut self.transport).await?;
        Ok(self.capabilities.as_ref())
    }

    pub async fn stat(&mut self) -> Result<Stat, Error> {
        let phase = Phase::Command("STAT");
        let reply = self.ok_reply(Command::Stat, phase).await?;
        parse_stat(reply.text.as_bytes()).map_err(|e| self.transport.protocol_error(phase, e.into()))
    }

    /// LIST of every message.
    pub async fn list_all(&mut self) -> Result<Vec<ListEntry>, Error> {
        let phase = Phase::Command("LIST");
        self.transport.send(Command::List(None), phase)?;
        match self.next(phase, None).await? {
            (_, Event::List(entries)) => Ok(entries),
            (_, Event::Reply(reply)) => Err(self.refused("LIST", reply)),
            (_, other) => Err(unexpected(&self.transport, phase, &other)),
        }
    }

    /// LIST of one message; `None` when the server says there is no such message.
    pub async fn list(&mut self, message: MessageNumber) -> Result<Option<ListEntry>, Error> {
        let phase = Phase::Command("LIST");
        let reply = single_reply(&mut self.transport, Command::List(Some(message)), phase).await?;
        if !reply.is_ok() {
            return Ok(None);
        }
        parse_list_line(reply.text.as_bytes())
            .map(Some)
            .map_err(|e| self.transport.protocol_error(phase, e.into()))
    }

    /// UIDL of every message. `-ERR` (no UIDL support, or a server problem)
    /// is an error the caller must not read as "no messages".
    pub async fn uidl_all(&mut self) -> Result<UidlListing, Error> {
        let phase = Phase::Command("UIDL");
        self.transport.send(Command::Uidl(None), phase)?;
        match self.next(phase, None).await? {
            (_, Event::Uidl(listing)) => Ok(listing),
            (_, Event::Reply(reply)) => Err(self.refused("UIDL", reply)),
            (_, other) => Err(unexpected(&self.transport, phase, &other)),
        }
    }

    /// UIDL and LIST of every message, sent together when pipelining is on
    /// (one round trip instead of two). Each has its own outcome: a server
    /// without UIDL still lists its messages.
    pub async fn uidl_and_list_all(
        &mut self,
    ) -> Result<(Result<UidlListing, Error>, Result<Vec<ListEntry>, Error>), Error> {
        let uidl_phase = Phase::Command("UIDL");
        let list_phase = Phase::Command("LIST");
        let uidl_id = self.transport.send(Command::Uidl(None), uidl_phase)?;
        let list_id = self.transport.send(Command::List(None), list_phase)?;
        let uidls = match self.next(uidl_phase, None).await? {
            (id, Event::Uidl(listing)) if id == uidl_id => Ok(listing),
            (id, Event::Reply(reply)) if id == uidl_id => Err(self.refused("UIDL", reply)),
            (_, other) => return Err(unexpected(&self.transport, uidl_phase, &other)),
        };
        let list = match self.next(list_phase, None).await? {
            (id, Event::List(entries)) if id == list_id => Ok(entries),
            (id, Event::Reply(reply)) if id == list_id => Err(self.refused("LIST", reply)),
            (_, other) => return Err(unexpected(&self.transport, list_phase, &other)),
        };
        Ok((uidls, list))
    }

    /// UIDL of one message; `Ok(None)` when the server says there is none.
    pub async fn uidl(&mut self, message: MessageNumber) -> Result<Option<Result<UidlEntry, UidlProblem>>, Error> {
        let reply = single_reply(
            &mut self.transport,
            Command::Uidl(Some(message)),
            Phase::Command("UIDL"),
        )
        .await?;
        if !reply.is_ok() {
            return Ok(None);
        }
        Ok(Some(parse_uidl_single(reply.text.as_bytes())))
    }

    /// Downloads one message into `sink`.
    pub async fn retr<S: BodySink>(&mut self, request: BodyRequest, sink: &mut S) -> Result<(), Error> {
        self.retr_many(&[request], sink).await
    }

    /// Downloads many messages, pipelined when the server allows it. Each
    /// one is streamed into `sink` as it arrives; the index given to the
    /// sink is the position in `requests`. A `-ERR` for one message is
    /// reported to the sink and the others go on; a network or protocol
    /// error ends the session.
    pub async fn retr_many<S: BodySink>(&mut self, requests: &[BodyRequest], sink: &mut S) -> Result<(), Error> {
        self.download(requests, None, sink).await
    }

    /// TOP: the headers and the first `lines` body lines of each message.
    pub async fn top_many<S: BodySink>(
        &mut self,
        requests: &[BodyRequest],
        lines: u32,
        sink: &mut S,
    ) -> Result<(), Error> {
        self.download(requests, Some(lines), sink).await
    }

    async fn download<S: BodySink>(
        &mut self,
        requests: &[BodyRequest],
        top_lines: Option<u32>,
        sink: &mut S,
    ) -> Result<(), Error> {
        let name = if top_lines.is_some() { "TOP" } else { "RETR" };
        let phase = Phase::Command(name);
        let mut pending: VecDeque<(CommandId, usize)> = VecDeque::with_capacity(requests.len());
        for (index, request) in requests.iter().enumerate() {
            let command = match top_lines {
                Some(lines) => Command::Top(request.message, lines),
                None => Command::Retr(request.message),
            };
            let id = self.transport.send_limited(command, request.limit, phase)?;
            pending.push_back((id, index));
        }
        // Each message gets its own deadline, scaled by its size, counted
        // from the moment the previous one finished.
        let mut deadline = pending
            .front()
            .map(|&(_, i)| Instant::now() + self.transport.timeouts.for_body(requests[i].expected_size));
        while let Some(&(current, index)) = pending.front() {
            let (id, event) = self.transport.next_event(phase, deadline).await?;
            if id != current {
                return Err(unexpected(&self.transport, phase, &event));
            }
            let finished = match event {
                Event::BodyStart(_) => {
                    sink.begin(index).await.map_err(Error::Sink)?;
                    None
                }
                Event::BodyData => {
                    self.deliver(index, sink).await?;
                    None
                }
                Event::BodyEnd { size, over_limit } => {
                    self.deliver(index, sink).await?;
                    Some(if over_limit {
                        BodyOutcome::TooLarge { size }
                    } else {
                        BodyOutcome::Complete { size }
                    })
                }
                Event::Reply(reply) => Some(BodyOutcome::Refused(reply)),
                other => return Err(unexpected(&self.transport, phase, &other)),
            };
            if let Some(outcome) = finished {
                pending.pop_front();
                sink.end(index, outcome).await.map_err(Error::Sink)?;
                deadline = pending
                    .front()
                    .map(|&(_, i)| Instant::now() + self.transport.timeouts.for_body(requests[i].expected_size));
            }
        }
        // Every answer is in, yet more bytes wait: the server answered out
        // of step (an extra or repeated response, as a confused PIPELINING
        // server may send), so these bodies may belong to other messages.
        // Fail before the caller stores any of them under a UIDL.
        if self.transport.protocol.outstanding() == 0 && self.transport.protocol.has_buffered_input() {
            return Err(self.transport.protocol_error(phase, ProtocolError::Unsolicited));
        }
        Ok(())
    }

    async fn deliver<S: BodySink>(&mut self, index: usize, sink: &mut S) -> Result<(), Error> {
        if !self.transport.body().is_empty() {
            let result = sink.data(index, self.transport.body()).await;
            self.transport.clear_body();
            result.map_err(Error::Sink)?;
        }
        Ok(())
    }

    /// Marks one message deleted. Nothing is removed before a confirmed QUIT.
    pub async fn dele(&mut self, message: MessageNumber) -> Result<(), Error> {
        let results = self.dele_many(&[message]).await?;
        match results.into_iter().next() {
            Some((_, Err(reply))) => Err(self.refused("DELE", reply)),
            _ => Ok(()),
        }
    }

    /// Marks many messages deleted, pipelined when allowed. Returns the
    /// server's answer for each; a `-ERR` for one does not stop the others.
    pub async fn dele_many(
        &mut self,
        messages: &[MessageNumber],
    ) -> Result<Vec<(MessageNumber, Result<(), Reply>)>, Error> {
        let phase = Phase::Command("DELE");
        let mut pending = VecDeque::with_capacity(messages.len());
        for &message in messages {
            pending.push_back((self.transport.send(Command::Dele(message), phase)?, message));
        }
        let mut results = Vec::with_capacity(messages.len());
        while let Some((current, message)) = pending.pop_front() {
            let deadline = Some(Instant::now() + self.transport.timeouts.idle);
            match self.transport.next_event(phase, deadline).await? {
                (id, Event::Reply(reply)) if id == current => {
                    results.push((message, if reply.is_ok() { Ok(()) } else { Err(reply) }));
                }
                (_, other) => return Err(unexpected(&self.transport, phase, &other)),
            }
        }
        Ok(results)
    }

    pub async fn noop(&mut self) -> Result<(), Error> {
        self.ok_reply(Command::Noop, Phase::Command("NOOP")).await.map(drop)
    }

    /// Unmarks every message marked deleted in this session.
    pub async fn rset(&mut self) -> Result<(), Error> {
        self.ok_reply(Command::Rset, Phase::Command("RSET")).await.map(drop)
    }

    /// Ends the session. Only a `+OK` answer confirms that the server
    /// entered the UPDATE state and removed the messages marked deleted.
    pub async fn quit(mut self) -> QuitOutcome {
        let phase = Phase::Command("QUIT");
        let outcome = match single_reply(&mut self.transport, Command::Quit, phase).await {
            Ok(reply) if reply.is_ok() => QuitOutcome::Confirmed,
            Ok(reply) => QuitOutcome::NotConfirmed(reply.text),
            Err(error) => QuitOutcome::NotConfirmed(error.to_string()),
        };
        self.transport.shutdown().await;
        outcome
    }

    /// Closes the connection without QUIT: nothing marked is deleted.
    pub async fn abort(mut self) {
        self.transport.shutdown().await;
    }

    /// The next event; with no deadline only the idle timeout applies (a
    /// 100,000-line UIDL listing on a slow link may rightly take minutes).
    async fn next(&mut self, phase: Phase, deadline: Option<Instant>) -> Result<(CommandId, Event), Error> {
        self.transport.next_event(phase, deadline).await
    }

    async fn ok_reply(&mut self, command: Command, phase: Phase) -> Result<Reply, Error> {
        let name = command.name();
        let reply = single_reply(&mut self.transport, command, phase).await?;
        if reply.is_ok() {
            Ok(reply)
        } else {
            Err(self.refused(name, reply))
        }
    }

    fn refused(&self, command: &'static str, reply: Reply) -> Error {
        Error::CommandFailed {
            host: self.transport.host().to_owned(),
            command,
            code: reply.code.clone(),
            text: reply.text,
        }
    }
}
