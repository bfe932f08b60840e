//! The POP3 client protocol as a state machine without I/O.
//!
//! The caller queues commands with [`Protocol::send`], writes out what
//! [`Protocol::pending_output`] holds, feeds received bytes in, and pulls
//! [`Event`]s with [`Protocol::poll_event`]. The machine decides when a queued
//! command may go on the wire (lock-step, or a bounded PIPELINING window),
//! which parser each response needs, and notices bytes nobody asked for.
//! The transport in `transport.rs` is the only code that touches a socket.

use std::collections::VecDeque;

use thiserror::Error;
use zeroize::Zeroizing;

use super::command::{Command, CommandError, ResponseShape};
use super::parse::{
    self, BodyDecoder, LineError, MAX_STATUS_LINE, ParseError, parse_capability_line, parse_greeting, parse_list_line,
    parse_reply, parse_uidl_line, split_line, unstuff_line,
};
use super::types::{Capabilities, Greeting, ListEntry, Reply, UidlListing};

/// Identifies one sent command; events carry the id of the command they answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CommandId(u64);

/// Bounds that keep a hostile server from making us allocate without limit.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Longest status or listing line.
    pub max_line: usize,
    /// Most lines in one LIST or UIDL listing.
    pub max_listing_entries: usize,
    /// Most lines in a CAPA listing.
    pub max_capability_lines: usize,
    /// Most pipelined commands in flight at once.
    pub pipelining_window: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_line: MAX_STATUS_LINE,
            // 10 million messages is far beyond any real maildrop.
            max_listing_entries: 10_000_000,
            max_capability_lines: 1_000,
            pipelining_window: 64,
        }
    }
}

/// One parsed response, or a step of one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    Greeting(Greeting),
    /// The server greeted with `-ERR`.
    GreetingRefused(Reply),
    /// A single-line answer, or `-ERR` to a multi-line command.
    Reply(Reply),
    /// A decoded SASL challenge (`+ base64`).
    Continuation(Vec<u8>),
    Capabilities(Capabilities),
    List(Vec<ListEntry>),
    Uidl(UidlListing),
    /// `+OK` to RETR or TOP: the body follows.
    BodyStart(Reply),
    /// Body bytes were appended to the caller's buffer.
    BodyData,
    /// The body is complete. `size` counts every unstuffed byte; when
    /// `over_limit` is set, bytes past the limit were dropped.
    BodyEnd {
        size: u64,
        over_limit: bool,
    },
}

#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ProtocolError {
    Line(#[from] LineError),
    Parse(#[from] ParseError),
    Unsolicited,
    TooManyLines(usize),
    Command(#[from] CommandError),
}

impl std::fmt::Display for ProtocolError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProtocolError::Line(error) => error.fmt(f),
            ProtocolError::Parse(error) => {
                f.write_str(&crate::t!("error-protocol-not-a-response", detail = error.to_string()))
            }
            ProtocolError::Unsolicited => f.write_str(&crate::t!("error-protocol-unsolicited")),
            ProtocolError::TooManyLines(limit) => {
                f.write_str(&crate::t!("error-protocol-too-many-lines", limit = limit.to_string()))
            }
            ProtocolError::Command(error) => error.fmt(f),
        }
    }
}

#[derive(Debug)]
enum Progress {
    /// Waiting for the status line.
    Status,
    Capabilities(Capabilities, usize),
    List(Vec<ListEntry>),
    Uidl(UidlListing),
    Body(BodyDecoder),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Expect {
    Greeting,
    Response(ResponseShape),
}

#[derive(Debug)]
struct InFlight {
    id: CommandId,
    expect: Expect,
    /// Nothing else may be sent until this one is answered.
    exclusive: bool,
    body_limit: u64,
    progress: Progress,
}

struct Queued {
    id: CommandId,
    shape: ResponseShape,
    pipelinable: bool,
    body_limit: u64,
    line: Zeroizing<Vec<u8>>,
}

pub struct Protocol {
    limits: Limits,
    pipelining: bool,
    next_id: u64,
    waiting: VecDeque<Queued>,
    in_flight: VecDeque<InFlight>,
    /// Received bytes: `input[parsed..filled]` is not parsed yet. The
    /// vector stays initialised to its full length so reads go straight
    /// into it without clearing memory first.
    input: Vec<u8>,
    /// Start of the unparsed part of `input`.
    parsed: usize,
    /// End of the received part of `input`.
    filled: usize,
    output: Zeroizing<Vec<u8>>,
    failed: Option<ProtocolError>,
}

impl std::fmt::Debug for Protocol {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Protocol")
            .field("pipelining", &self.pipelining)
            .field("waiting", &self.waiting.len())
            .field("in_flight", &self.in_flight.len())
            .field("buffered", &(self.filled - self.parsed))
            .field("failed", &self.failed)
            .finish_non_exhaustive()
    }
}

impl Protocol {
    /// A fresh connection: the first thing expected is the greeting.
    pub fn new(limits: Limits) -> Protocol {
        let mut protocol = Protocol::after_greeting(limits);
        let id = protocol.allocate_id();
        protocol.in_flight.push_back(InFlight {
            id,
            expect: Expect::Greeting,
            exclusive: true,
            body_limit: 0,
            progress: Progress::Status,
        });
        protocol
    }

    /// A connection whose greeting was already read, as after STLS.
    pub fn after_greeting(limits: Limits) -> Protocol {
        Protocol {
            limits,
            pipelining: false,
            next_id: 0,
            waiting: VecDeque::new(),
            in_flight: VecDeque::new(),
            input: Vec::new(),
            parsed: 0,
            filled: 0,
            output: Zeroizing::new(Vec::with_capacity(1024)),
            failed: None,
        }
    }

    /// Turns PIPELINING on or off; off means strict lock-step.
    pub fn set_pipelining(&mut self, enabled: bool) {
        self.pipelining = enabled;
        self.release();
    }

    pub fn pipelining(&self) -> bool {
        self.pipelining
    }

    /// Queues a command. It is encoded now, so a bad argument fails here.
    pub fn send(&mut self, command: Command) -> Result<CommandId, ProtocolError> {
        self.send_limited(command, u64::MAX)
    }

    /// Queues RETR or TOP with a bound on the body bytes delivered.
    pub fn send_limited(&mut self, command: Command, body_limit: u64) -> Result<CommandId, ProtocolError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        if self.in_flight.is_empty() && self.has_buffered_input() {
            // Bytes arrived while nothing was asked: they would be mistaken
            // for the answer to this command.
            return Err(self.fail(ProtocolError::Unsolicited));
        }
        let mut line = Zeroizing::new(Vec::new());
        command.encode(&mut line)?;
        tracing::trace!(target: "postie::pop3", "C: {command}");
        let id = self.allocate_id();
        self.waiting.push_back(Queued {
            id,
            shape: command.response_shape(),
            pipelinable: command.may_pipeline(),
            body_limit,
            line,
        });
        self.release();
        Ok(id)
    }

    /// Bytes to write to the server now.
    pub fn pending_output(&self) -> &[u8] {
        &self.output
    }

    /// Call after writing `pending_output` in full. The buffer is wiped,
    /// since it may have held a password.
    pub fn output_written(&mut self) {
        let len = self.output.len();
        self.output[..len].fill(0);
        self.output.clear();
    }

    /// Room for at least `want` more received bytes, for a transport to
    /// read into directly; report how many arrived with `received`. Parsed
    /// bytes are dropped first, so the buffer stays small.
    pub fn read_space(&mut self, want: usize) -> &mut [u8] {
        if self.parsed > 0 {
            self.input.copy_within(self.parsed..self.filled, 0);
            self.filled -= self.parsed;
            self.parsed = 0;
        }
        if self.input.len() < self.filled + want {
            self.input.resize(self.filled + want, 0);
        }
        &mut self.input[self.filled..self.filled + want]
    }

    /// `n` bytes were written at the start of the last `read_space`.
    pub fn received(&mut self, n: usize) {
        self.filled = (self.filled + n).min(self.input.len());
    }

    /// Adds received bytes (for callers that do not read into `read_space`).
    pub fn feed(&mut self, bytes: &[u8]) {
        self.read_space(bytes.len()).copy_from_slice(bytes);
        self.received(bytes.len());
    }

    /// Received bytes not yet parsed.
    pub fn has_buffered_input(&self) -> bool {
        self.parsed < self.filled
    }

    /// How many received bytes wait to be parsed.
    pub fn buffered_len(&self) -> usize {
        self.filled - self.parsed
    }

    /// Commands sent or queued whose answer has not been parsed yet.
    pub fn outstanding(&self) -> usize {
        self.in_flight.len() + self.waiting.len()
    }

    /// The next event, or `None` when more input is needed. Body bytes are
    /// appended to `body`; deliver them whenever an event is returned.
    /// After an error the connection is unusable and every call fails.
    pub fn poll_event(&mut self, body: &mut Vec<u8>) -> Result<Option<(CommandId, Event)>, ProtocolError> {
        if let Some(error) = &self.failed {
            return Err(error.clone());
        }
        match self.step(body) {
            Ok(event) => Ok(event),
            Err(error) => Err(self.fail(error)),
        }
    }

    fn fail(&mut self, error: ProtocolError) -> ProtocolError {
        self.failed = Some(error.clone());
        self.waiting.clear();
        error
    }

    fn allocate_id(&mut self) -> CommandId {
        self.next_id += 1;
        CommandId(self.next_id)
    }

    /// Moves queued commands onto the wire as far as the rules allow:
    /// exclusive commands go alone; others share a bounded window only when
    /// the server announced PIPELINING.
    fn release(&mut self) {
        while let Some(next) = self.waiting.front() {
            let exclusive_in_flight = self.in_flight.front().is_some_and(|f| f.exclusive);
            let allowed = if exclusive_in_flight {
                false
            } else if next.pipelinable && self.pipelining {
                self.in_flight.len() < self.limits.pipelining_window
            } else {
                self.in_flight.is_empty()
            };
            if !allowed {
                break;
            }
            let Some(next) = self.waiting.pop_front() else {
                break;
            };
            self.output.extend_from_slice(&next.line);
            self.in_flight.push_back(InFlight {
                id: next.id,
                expect: Expect::Response(next.shape),
                exclusive: !(next.pipelinable && self.pipelining),
                body_limit: next.body_limit,
                progress: Progress::Status,
            });
        }
    }

    /// Finishes the response at the front of the queue.
    fn complete(&mut self, event: Event) -> Option<(CommandId, Event)> {
        let finished = self.in_flight.pop_front()?;
        self.release();
        Some((finished.id, event))
    }

    fn next_line(&mut self) -> Result<Option<&[u8]>, ProtocolError> {
        Ok(self.next_line_range()?.map(|range| &self.input[range]))
    }

    /// Where the next complete line lies in `input` (line end excluded);
    /// marks it parsed.
    fn next_line_range(&mut self) -> Result<Option<std::ops::Range<usize>>, ProtocolError> {
        let pending = &self.input[self.parsed..self.filled];
        match split_line(pending, self.limits.max_line)? {
            Some((line, used)) => {
                let start = self.parsed;
                self.parsed += used;
                Ok(Some(start..start + line.len()))
            }
            None => Ok(None),
        }
    }

    fn step(&mut self, body: &mut Vec<u8>) -> Result<Option<(CommandId, Event)>, ProtocolError> {
        loop {
            let Some(front) = self.in_flight.front() else {
                if self.has_buffered_input() {
                    return Err(ProtocolError::Unsolicited);
                }
                return Ok(None);
            };
            let expect = front.expect;
            let body_limit = front.body_limit;
            let max_entries = self.limits.max_listing_entries;
            let max_capabilities = self.limits.max_capability_lines;
            match &front.progress {
                Progress::Status => {
                    let Some(line) = self.next_line()? else {
                        return Ok(None);
                    };
                    let (event, next) = status_event(expect, line, body_limit)?;
                    match next {
                        Some(progress) => {
                            if let Some(front) = self.in_flight.front_mut() {
                                front.progress = progress;
                            }
                            if let Some(event) = event {
                                return Ok(Some((self.front_id(), event)));
                            }
                        }
                        None => return Ok(event.and_then(|event| self.complete(event))),
                    }
                }
                Progress::Body(_) => {
                    let before = body.len();
                    let (progress, size, over_limit) = {
                        let input = &self.input[self.parsed..self.filled];
                        let Some(InFlight {
                            progress: Progress::Body(decoder),
                            ..
                        }) = self.in_flight.front_mut()
                        else {
                            return Ok(None);
                        };
                        let progress = decoder.decode(input, body);
                        (progress, decoder.size(), decoder.over_limit())
                    };
                    self.parsed += progress.consumed;
                    if progress.finished {
                        return Ok(self.complete(Event::BodyEnd { size, over_limit }));
                    }
                    if body.len() > before {
                        return Ok(Some((self.front_id(), Event::BodyData)));
                    }
                    return Ok(None);
                }
                Progress::Capabilities(..) | Progress::List(_) | Progress::Uidl(_) => {
                    let Some(range) = self.next_line_range()? else {
                        return Ok(None);
                    };
                    // Borrow the line and the response being built side by
                    // side (different fields): no copy per listing line.
                    let line = &self.input[range];
                    let Some(front) = self.in_flight.front_mut() else {
                        return Ok(None);
                    };
                    let Some(content) = unstuff_line(line) else {
                        let done = std::mem::replace(&mut front.progress, Progress::Status);
                        let event = match done {
                            Progress::Capabilities(caps, _) => Event::Capabilities(caps),
                            Progress::List(entries) => Event::List(entries),
                            Progress::Uidl(listing) => Event::Uidl(listing),
                            Progress::Status | Progress::Body(_) => return Ok(None),
                        };
                        return Ok(self.complete(event));
                    };
                    match &mut front.progress {
                        Progress::Capabilities(caps, count) => {
                            *count += 1;
                            if *count > max_capabilities {
                                return Err(ProtocolError::TooManyLines(max_capabilities));
                            }
                            parse_capability_line(caps, content);
                        }
                        Progress::List(entries) => {
                            if entries.len() >= max_entries {
                                return Err(ProtocolError::TooManyLines(max_entries));
                            }
                            entries.push(parse_list_line(content)?);
                        }
                        Progress::Uidl(listing) => {
                            if listing.entries.len() + listing.problems.len() >= max_entries {
                                return Err(ProtocolError::TooManyLines(max_entries));
                            }
                            match parse_uidl_line(content) {
                                Ok(entry) => listing.entries.push(entry),
                                Err(problem) => listing.problems.push(problem),
                            }
                        }
                        Progress::Status | Progress::Body(_) => {}
                    }
                }
            }
        }
    }

    fn front_id(&self) -> CommandId {
        self.in_flight.front().map_or(CommandId(0), |f| f.id)
    }
}

/// Interprets a status line. Returns the event to emit (if any) and, for a
/// multi-line response that continues, the progress state to move to.
fn status_event(
    expect: Expect,
    line: &[u8],
    body_limit: u64,
) -> Result<(Option<Event>, Option<Progress>), ProtocolError> {
    let shape = match expect {
        Expect::Greeting => {
            let event = match parse_greeting(line)? {
                Ok(greeting) => Event::Greeting(greeting),
                Err(reply) => Event::GreetingRefused(reply),
            };
            return Ok((Some(event), None));
        }
        Expect::Response(shape) => shape,
    };
    if shape == ResponseShape::Sasl && parse::is_continuation(line) {
        let challenge = parse::parse_continuation(line)?;
        return Ok((Some(Event::Continuation(challenge)), None));
    }
    let reply = parse_reply(line)?;
    if !reply.is_ok() {
        return Ok((Some(Event::Reply(reply)), None));
    }
    Ok(match shape {
        ResponseShape::Single | ResponseShape::Sasl => (Some(Event::Reply(reply)), None),
        ResponseShape::Capabilities => (None, Some(Progress::Capabilities(Capabilities::default(), 0))),
        ResponseShape::ListAll => (None, Some(Progress::List(Vec::new()))),
        ResponseShape::UidlAll => (None, Some(Progress::Uidl(UidlListing::default()))),
        ResponseShape::Body => (
            Some(Event::BodyStart(reply)),
            Some(Progress::Body(BodyDecoder::new(body_limit))),
        ),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pop3::types::Status;

    fn events(p: &mut Protocol) -> Vec<Event> {
        let mut body = Vec::new();
        let mut out = Vec::new();
        while let Some((_, e)) = p.poll_event(&mut body).unwrap() {
            out.push(e);
        }
        out
    }

    fn greeted(pipelining: bool) -> Protocol {
        let mut p = Protocol::new(Limits::default());
        p.feed(b"+OK ready\r\n");
        assert!(matches!(events(&mut p)[..], [Event::Greeting(_)]));
        p.set_pipelining(pipelining);
        p
    }

    #[test]
    fn lockstep_sends_one_at_a_time() {
        let mut p = greeted(false);
        p.send(Command::Stat).unwrap();
        p.send(Command::Noop).unwrap();
        assert_eq!(p.pending_output(), b"STAT\r\n");
        p.output_written();
        p.feed(b"+OK 1 10\r\n");
        assert!(matches!(&events(&mut p)[..], [Event::Reply(r)] if r.text == "1 10"));
        assert_eq!(p.pending_output(), b"NOOP\r\n");
    }

    #[test]
    fn pipelining_fills_a_bounded_window() {
        let mut p = greeted(true);
        for n in 1..=100 {
            p.send(Command::Dele(n)).unwrap();
        }
        let sent = p.pending_output().iter().filter(|&&b| b == b'\n').count();
        assert_eq!(sent, 64);
        p.output_written();
        p.feed(b"+OK\r\n");
        assert_eq!(events(&mut p).len(), 1);
        assert_eq!(p.pending_output(), b"DELE 65\r\n");
    }

    #[test]
    fn quit_waits_for_everything_before_it() {
        let mut p = greeted(true);
        p.send(Command::Dele(1)).unwrap();
        p.send(Command::Quit).unwrap();
        assert_eq!(p.pending_output(), b"DELE 1\r\n");
        p.output_written();
        p.feed(b"+OK\r\n");
        events(&mut p);
        assert_eq!(p.pending_output(), b"QUIT\r\n");
    }

    #[test]
    fn nothing_is_sent_after_an_exclusive_command() {
        let mut p = greeted(true);
        p.send(Command::Stls).unwrap();
        p.send(Command::Stat).unwrap();
        assert_eq!(p.pending_output(), b"STLS\r\n");
    }

    #[test]
    fn multi_line_listing_and_body() {
        let mut p = greeted(true);
        p.send(Command::Uidl(None)).unwrap();
        p.send(Command::Retr(1)).unwrap();
        p.feed(b"+OK\r\n1 a\r\n2 b\r\n.\r\n+OK 5 octets\r\n..x\r\n.\r\n");
        let mut body = Vec::new();
        let (_, e) = p.poll_event(&mut body).unwrap().unwrap();
        assert!(matches!(e, Event::Uidl(ref l) if l.entries.len() == 2));
        let (_, e) = p.poll_event(&mut body).unwrap().unwrap();
        assert!(matches!(e, Event::BodyStart(_)));
        let (_, e) = p.poll_event(&mut body).unwrap().unwrap();
        assert_eq!(
            e,
            Event::BodyEnd {
                size: 4,
                over_limit: false
            }
        );
        assert_eq!(body, b".x\r\n");
    }

    #[test]
    fn err_to_a_multi_line_command_has_no_body() {
        let mut p = greeted(false);
        p.send(Command::Retr(9)).unwrap();
        p.feed(b"-ERR no such message\r\n");
        let e = events(&mut p);
        assert!(matches!(&e[..], [Event::Reply(r)] if r.status == Status::Err));
    }

    #[test]
    fn unsolicited_bytes_are_an_error() {
        let mut p = Protocol::new(Limits::default());
        p.feed(b"+OK hi\r\n+OK extra\r\n");
        let mut body = Vec::new();
        assert!(matches!(p.poll_event(&mut body), Ok(Some((_, Event::Greeting(_))))));
        assert_eq!(p.poll_event(&mut body), Err(ProtocolError::Unsolicited));
        assert!(p.send(Command::Capa).is_err());
    }

    #[test]
    fn unsolicited_before_a_command_is_caught_at_send() {
        let mut p = greeted(false);
        p.feed(b"+OK surprise\r\n");
        assert_eq!(p.send(Command::Stat), Err(ProtocolError::Unsolicited));
    }

    #[test]
    fn overlong_line_is_an_error() {
        let mut p = greeted(false);
        p.send(Command::Stat).unwrap();
        p.feed(&vec![b'+'; MAX_STATUS_LINE + 1]);
        let mut body = Vec::new();
        assert!(matches!(p.poll_event(&mut body), Err(ProtocolError::Line(_))));
    }

    #[test]
    fn sasl_continuation() {
        let mut p = greeted(false);
        p.send(Command::Auth {
            mechanism: "LOGIN".into(),
            initial_response: None,
        })
        .unwrap();
        p.feed(b"+ VXNlcm5hbWU6\r\n");
        assert_eq!(events(&mut p), vec![Event::Continuation(b"Username:".to_vec())]);
    }
}
