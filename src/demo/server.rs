//! A small POP3 server of ours, on 127.0.0.1 only: it serves the sample
//! mail of "Try with sample mail" and `postie demo`, and doubles as a
//! stateful test server (its options reproduce real servers' habits:
//! no UIDL, a per-session message cap, EXPIRE, LOGIN-DELAY).
//!
//! RFC 1939 semantics: DELE marks, only QUIT commits; a dropped connection
//! deletes nothing; one session per mailbox at a time.

use std::net::{Ipv4Addr, SocketAddr};
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt as _, AsyncReadExt as _, AsyncWriteExt as _, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::pop3::parse::dot_stuff;

/// Longest command line accepted (RFC 2449 allows 255).
const MAX_COMMAND: u64 = 1024;
/// A client silent this long is disconnected (RFC 1939 wants ≥ 10 minutes;
/// a demo has no need to wait that long).
const IDLE: Duration = Duration::from_secs(120);

/// One message in the maildrop.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMessage {
    pub uidl: String,
    /// The message with CRLF line ends, as RETR delivers it unstuffed.
    pub bytes: Vec<u8>,
}

/// How the server behaves.
#[derive(Debug, Clone)]
pub struct ServerOptions {
    pub user: String,
    pub password: String,
    /// Offer UIDL (and list it in CAPA).
    pub uidl: bool,
    pub pipelining: bool,
    /// Hand out at most this many messages per session (Gmail: about 250).
    pub max_per_session: Option<usize>,
    /// Announce `EXPIRE n`; `Some(0)` also deletes every retrieved message
    /// at QUIT, as RFC 2449 §6.7 allows.
    pub expire_days: Option<u32>,
    /// Announce `LOGIN-DELAY n` (not enforced).
    pub login_delay: Option<u32>,
}

impl Default for ServerOptions {
    fn default() -> ServerOptions {
        ServerOptions {
            user: "demo".into(),
            password: "demo".into(),
            uidl: true,
            pipelining: true,
            max_per_session: None,
            expire_days: None,
            login_delay: None,
        }
    }
}

#[derive(Debug, Default)]
struct Shared {
    messages: Vec<StoredMessage>,
    in_use: bool,
    sessions: usize,
}

/// A running server. Dropping it stops it.
pub struct Pop3Server {
    address: SocketAddr,
    shared: Arc<Mutex<Shared>>,
    stop: Option<oneshot::Sender<()>>,
    task: JoinHandle<()>,
}

impl Pop3Server {
    /// Starts on 127.0.0.1 with a port the system picks.
    pub async fn start(options: ServerOptions, messages: Vec<StoredMessage>) -> std::io::Result<Pop3Server> {
        let listener = TcpListener::bind(SocketAddr::from((Ipv4Addr::LOCALHOST, 0))).await?;
        let address = listener.local_addr()?;
        let shared = Arc::new(Mutex::new(Shared {
            messages,
            ..Shared::default()
        }));
        let (stop, mut stopped) = oneshot::channel();
        let serving = shared.clone();
        let options = Arc::new(options);
        let task = tokio::spawn(async move {
            loop {
                tokio::select! {
                    _ = &mut stopped => break,
                    accepted = listener.accept() => {
                        let Ok((stream, _)) = accepted else { continue };
                        let shared = serving.clone();
                        let options = options.clone();
                        tokio::spawn(async move {
                            let _ = tokio::time::timeout(Duration::from_secs(3600), serve(stream, &options, &shared)).await;
                        });
                    }
                }
            }
        });
        Ok(Pop3Server {
            address,
            shared,
            stop: Some(stop),
            task,
        })
    }

    pub fn port(&self) -> u16 {
        self.address.port()
    }

    /// The messages still on the server.
    pub fn messages(&self) -> Vec<StoredMessage> {
        lock(&self.shared).messages.clone()
    }

    /// Adds a message, as if new mail had arrived.
    pub fn deliver(&self, message: StoredMessage) {
        lock(&self.shared).messages.push(message);
    }

    /// Replaces every message's UIDL, as a server migration does.
    pub fn rename_uidls(&self, rename: impl Fn(&str) -> String) {
        for message in &mut lock(&self.shared).messages {
            message.uidl = rename(&message.uidl);
        }
    }

    /// Sessions that logged in so far.
    pub fn sessions(&self) -> usize {
        lock(&self.shared).sessions
    }
}

impl Drop for Pop3Server {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.task.abort();
    }
}

fn lock(shared: &Mutex<Shared>) -> MutexGuard<'_, Shared> {
    // A panicking session thread cannot leave the mailbox half-updated:
    // every change happens in one statement under the lock.
    shared.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// The messages one session sees: their numbers are positions in it.
struct View {
    messages: Vec<StoredMessage>,
    deleted: Vec<bool>,
    retrieved: Vec<bool>,
}

impl View {
    fn get(&self, argument: Option<&str>) -> Option<(usize, &StoredMessage)> {
        let number: usize = argument?.parse().ok()?;
        let index = number.checked_sub(1)?;
        if *self.deleted.get(index)? {
            return None;
        }
        Some((number, &self.messages[index]))
    }
}

async fn serve(stream: TcpStream, options: &ServerOptions, shared: &Arc<Mutex<Shared>>) -> std::io::Result<()> {
    let _ = stream.set_nodelay(true);
    let (read, mut write) = stream.into_split();
    let mut reader = BufReader::new(read);
    write.write_all(b"+OK Postie demo server ready\r\n").await?;
    let mut user: Option<String> = None;
    let mut view: Option<View> = None;
    let mut line = Vec::new();
    let result = loop {
        line.clear();
        let read = tokio::time::timeout(IDLE, (&mut reader).take(MAX_COMMAND).read_until(b'\n', &mut line)).await;
        match read {
            Ok(Ok(n)) if n > 0 && line.ends_with(b"\n") => {}
            _ => break Ok(()),
        }
        let text = String::from_utf8_lossy(&line);
        let text = text.trim_end_matches(['\r', '\n']);
        let (verb, rest) = text.split_once(' ').unwrap_or((text, ""));
        let verb = verb.to_ascii_uppercase();
        let mut args = rest.split_whitespace();
        let reply: Vec<u8> = match (&verb[..], view.as_mut()) {
            ("CAPA", _) => capabilities(options),
            ("QUIT", None) => {
                write.write_all(b"+OK bye\r\n").await?;
                break Ok(());
            }
            ("QUIT", Some(session)) => {
                commit(shared, session, options);
                view = None;
                write.write_all(b"+OK bye\r\n").await?;
                break Ok(());
            }
            ("USER", None) => {
                user = Some(rest.to_owned());
                b"+OK\r\n".to_vec()
            }
            ("PASS", None) => {
                if user.as_deref() != Some(options.user.as_str()) || rest != options.password {
                    user = None;
                    b"-ERR [AUTH] invalid user name or password\r\n".to_vec()
                } else {
                    match open_view(shared, options) {
                        Some(opened) => {
                            view = Some(opened);
                            b"+OK logged in\r\n".to_vec()
                        }
                        None => b"-ERR [IN-USE] mailbox in use by another session\r\n".to_vec(),
                    }
                }
            }
            (_, None) => b"-ERR log in first\r\n".to_vec(),
            ("STAT", Some(session)) => {
                let (count, size) = session
                    .messages
                    .iter()
                    .zip(&session.deleted)
                    .filter(|(_, d)| !**d)
                    .fold((0, 0), |(c, s), (m, _)| (c + 1, s + m.bytes.len()));
                format!("+OK {count} {size}\r\n").into_bytes()
            }
            ("LIST", Some(session)) => match args.next() {
                Some(n) => match session.get(Some(n)) {
                    Some((n, m)) => format!("+OK {n} {}\r\n", m.bytes.len()).into_bytes(),
                    None => b"-ERR no such message\r\n".to_vec(),
                },
                None => listing(session, |n, m| format!("{n} {}", m.bytes.len())),
            },
            ("UIDL", Some(_)) if !options.uidl => b"-ERR UIDL not supported\r\n".to_vec(),
            ("UIDL", Some(session)) => match args.next() {
                Some(n) => match session.get(Some(n)) {
                    Some((n, m)) => format!("+OK {n} {}\r\n", m.uidl).into_bytes(),
                    None => b"-ERR no such message\r\n".to_vec(),
                },
                None => listing(session, |n, m| format!("{n} {}", m.uidl)),
            },
            ("RETR", Some(session)) => match session.get(args.next()) {
                Some((n, m)) => {
                    let mut reply = format!("+OK {} octets\r\n", m.bytes.len()).into_bytes();
                    reply.extend_from_slice(&dot_stuff(&m.bytes));
                    session.retrieved[n - 1] = true;
                    reply
                }
                None => b"-ERR no such message\r\n".to_vec(),
            },
            ("TOP", Some(session)) => {
                let number = args.next();
                let lines: Option<usize> = args.next().and_then(|l| l.parse().ok());
                match (session.get(number), lines) {
                    (Some((_, m)), Some(lines)) => {
                        let mut reply = b"+OK\r\n".to_vec();
                        reply.extend_from_slice(&dot_stuff(&top(&m.bytes, lines)));
                        reply
                    }
                    _ => b"-ERR no such message\r\n".to_vec(),
                }
            }
            ("DELE", Some(session)) => match session.get(args.next()) {
                Some((n, _)) => {
                    session.deleted[n - 1] = true;
                    b"+OK marked for deletion\r\n".to_vec()
                }
                None => b"-ERR no such message\r\n".to_vec(),
            },
            ("RSET", Some(session)) => {
                session.deleted.iter_mut().for_each(|d| *d = false);
                b"+OK\r\n".to_vec()
            }
            ("NOOP", Some(_)) => b"+OK\r\n".to_vec(),
            _ => b"-ERR unknown command\r\n".to_vec(),
        };
        if let Err(e) = write.write_all(&reply).await {
            break Err(e);
        }
    };
    // A connection that ends without QUIT deletes nothing (RFC 1939 §6).
    if view.is_some() {
        lock(shared).in_use = false;
    }
    result
}

fn capabilities(options: &ServerOptions) -> Vec<u8> {
    let mut capa = String::from("+OK capability list follows\r\nUSER\r\nTOP\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n");
    if options.uidl {
        capa.push_str("UIDL\r\n");
    }
    if options.pipelining {
        capa.push_str("PIPELINING\r\n");
    }
    if let Some(days) = options.expire_days {
        capa.push_str(&format!("EXPIRE {days}\r\n"));
    }
    if let Some(seconds) = options.login_delay {
        capa.push_str(&format!("LOGIN-DELAY {seconds}\r\n"));
    }
    capa.push_str("IMPLEMENTATION Postie-demo\r\n.\r\n");
    capa.into_bytes()
}

fn open_view(shared: &Mutex<Shared>, options: &ServerOptions) -> Option<View> {
    let mut state = lock(shared);
    if state.in_use {
        return None;
    }
    state.in_use = true;
    state.sessions += 1;
    let count = options.max_per_session.unwrap_or(usize::MAX).min(state.messages.len());
    let messages: Vec<StoredMessage> = state.messages[..count].to_vec();
    Some(View {
        deleted: vec![false; messages.len()],
        retrieved: vec![false; messages.len()],
        messages,
    })
}

/// QUIT: the UPDATE state. Removes what was marked (and, with EXPIRE 0,
/// what was retrieved), matching by identity since other mail may have
/// arrived meanwhile.
fn commit(shared: &Mutex<Shared>, view: &View, options: &ServerOptions) {
    let mut state = lock(shared);
    let expire_now = options.expire_days == Some(0);
    for (index, message) in view.messages.iter().enumerate() {
        let removed = view.deleted[index] || (expire_now && view.retrieved[index]);
        if removed && let Some(position) = state.messages.iter().position(|m| m == message) {
            state.messages.remove(position);
        }
    }
    state.in_use = false;
}

fn listing(view: &View, line: impl Fn(usize, &StoredMessage) -> String) -> Vec<u8> {
    let mut reply = b"+OK\r\n".to_vec();
    for (index, message) in view.messages.iter().enumerate() {
        if !view.deleted[index] {
            reply.extend_from_slice(line(index + 1, message).as_bytes());
            reply.extend_from_slice(b"\r\n");
        }
    }
    reply.extend_from_slice(b".\r\n");
    reply
}

/// The header and the first `lines` lines of the body.
fn top(message: &[u8], lines: usize) -> Vec<u8> {
    let Some(header_end) = message.windows(4).position(|w| w == b"\r\n\r\n") else {
        return message.to_vec();
    };
    let mut end = header_end + 4;
    for _ in 0..lines {
        match message[end..].iter().position(|&b| b == b'\n') {
            Some(lf) => end += lf + 1,
            None => {
                end = message.len();
                break;
            }
        }
    }
    message[..end].to_vec()
}
