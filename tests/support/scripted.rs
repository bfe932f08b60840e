//! An in-process POP3 server that follows a script, byte for byte, on
//! 127.0.0.1. Each accepted connection plays the next script; every byte the
//! client sent is recorded so tests can assert on exactly what left Postie.

use std::pin::Pin;
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use postie::pop3::{Security, ServerConfig, Timeouts};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt, ReadBuf};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// One thing the server does.
#[derive(Debug, Clone)]
pub enum Step {
    /// Write these bytes.
    Send(Vec<u8>),
    /// Read one line from the client; it must equal this (CRLF included).
    Expect(Vec<u8>),
    /// Read one line, whatever it is.
    ExpectAny,
    /// TLS handshake as the server (after STLS, or at once for implicit TLS).
    Tls,
    /// Wait.
    Sleep(Duration),
    /// The client must send nothing for this long (proves lock-step).
    ExpectSilence(Duration),
    /// Close the connection now.
    Close,
    /// Reset the connection now (an RST, not a FIN): plain TCP only.
    Reset,
    /// Close the server's sending side (the client reads EOF) but go on
    /// with the script, recording whatever the client still sends.
    HalfClose,
}

/// What one connection does, step by step.
#[derive(Debug, Clone, Default)]
pub struct Script {
    pub steps: Vec<Step>,
}

impl Script {
    pub fn new() -> Script {
        Script::default()
    }

    /// Server sends `bytes`.
    pub fn s(mut self, bytes: impl AsRef<[u8]>) -> Script {
        self.steps.push(Step::Send(bytes.as_ref().to_vec()));
        self
    }

    /// Client must send `line` (CRLF is added).
    pub fn c(mut self, line: impl AsRef<[u8]>) -> Script {
        let mut line = line.as_ref().to_vec();
        line.extend_from_slice(b"\r\n");
        self.steps.push(Step::Expect(line));
        self
    }

    pub fn c_any(mut self) -> Script {
        self.steps.push(Step::ExpectAny);
        self
    }

    pub fn tls(mut self) -> Script {
        self.steps.push(Step::Tls);
        self
    }

    pub fn sleep(mut self, d: Duration) -> Script {
        self.steps.push(Step::Sleep(d));
        self
    }

    pub fn silence(mut self, d: Duration) -> Script {
        self.steps.push(Step::ExpectSilence(d));
        self
    }

    pub fn close(mut self) -> Script {
        self.steps.push(Step::Close);
        self
    }

    pub fn reset(mut self) -> Script {
        self.steps.push(Step::Reset);
        self
    }

    pub fn half_close(mut self) -> Script {
        self.steps.push(Step::HalfClose);
        self
    }

    /// The usual login with USER/PASS after greeting and CAPA, for tests of
    /// later phases.
    pub fn logged_in(capabilities: &[&str]) -> Script {
        let mut capa = b"+OK\r\n".to_vec();
        for c in capabilities {
            capa.extend_from_slice(c.as_bytes());
            capa.extend_from_slice(b"\r\n");
        }
        capa.extend_from_slice(b".\r\n");
        Script::new()
            .s("+OK ready\r\n")
            .c("CAPA")
            .s(&capa)
            .c("USER alice")
            .s("+OK\r\n")
            .c("PASS secret")
            .s("+OK logged in\r\n")
            .c("CAPA")
            .s(&capa)
    }
}

/// What the client did.
#[derive(Debug, Clone, Default)]
pub struct Transcript {
    /// Every byte received from the client, per connection, in order.
    pub received: Vec<Vec<u8>>,
    /// Script mismatches; empty when the client did exactly what was expected.
    pub failures: Vec<String>,
}

impl Transcript {
    /// All bytes from all connections, as text (lossy), for assertions.
    pub fn all_text(&self) -> String {
        self.received
            .iter()
            .map(|r| String::from_utf8_lossy(r).into_owned())
            .collect::<Vec<_>>()
            .join("")
    }

    pub fn assert_ok(&self) {
        assert!(
            self.failures.is_empty(),
            "script failures: {:?}\nreceived: {:?}",
            self.failures,
            self.all_text()
        );
    }

    /// True when the client sent any credential-bearing command.
    pub fn sent_credentials(&self) -> bool {
        let text = self.all_text().to_ascii_uppercase();
        text.lines()
            .any(|l| l.starts_with("USER") || l.starts_with("PASS") || l.starts_with("AUTH") || l.starts_with("APOP"))
    }
}

pub struct ScriptedServer {
    pub port: u16,
    task: JoinHandle<()>,
    transcript: Arc<Mutex<Transcript>>,
}

impl ScriptedServer {
    /// Serves each script on one connection, in order. `identity` is the
    /// certificate used by `Step::Tls`.
    pub async fn start(identity: Option<native_tls::Identity>, scripts: Vec<Script>) -> ScriptedServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1");
        let port = listener.local_addr().expect("local addr").port();
        let transcript = Arc::new(Mutex::new(Transcript::default()));
        let shared = transcript.clone();
        let acceptor = identity
            .map(|id| async_native_tls::TlsAcceptor::from(native_tls::TlsAcceptor::new(id).expect("TLS acceptor")));
        let task = tokio::spawn(async move {
            for script in scripts {
                let Ok((tcp, _)) = listener.accept().await else {
                    return;
                };
                let index = {
                    let mut t = shared.lock().unwrap();
                    t.received.push(Vec::new());
                    t.received.len() - 1
                };
                run_script(tcp, script, acceptor.as_ref(), &shared, index).await;
            }
        });
        ScriptedServer { port, task, transcript }
    }

    /// A config for this server with short timeouts, so failing tests fail fast.
    pub fn config(&self, security: Security) -> ServerConfig {
        let mut config = ServerConfig::new("localhost", security).with_port(self.port);
        config.timeouts = Timeouts {
            connect: Duration::from_secs(5),
            greeting: Duration::from_secs(5),
            idle: Duration::from_secs(5),
            min_transfer_rate: 1024,
        };
        config
    }

    /// Waits for every script to finish (bounded) and returns what happened.
    pub async fn finish(self) -> Transcript {
        let _ = tokio::time::timeout(Duration::from_secs(10), self.task).await;
        self.transcript.lock().unwrap().clone()
    }
}

/// A plain or TLS server-side stream.
enum ServerStream {
    Plain(TcpStream),
    Tls(Box<async_native_tls::TlsStream<TcpStream>>),
    Gone,
}

impl AsyncRead for ServerStream {
    fn poll_read(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &mut ReadBuf<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_read(cx, buf),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_read(cx, buf),
            ServerStream::Gone => Poll::Ready(Ok(())),
        }
    }
}

impl AsyncWrite for ServerStream {
    fn poll_write(self: Pin<&mut Self>, cx: &mut Context<'_>, buf: &[u8]) -> Poll<std::io::Result<usize>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_write(cx, buf),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_write(cx, buf),
            ServerStream::Gone => Poll::Ready(Ok(buf.len())),
        }
    }

    fn poll_flush(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_flush(cx),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_flush(cx),
            ServerStream::Gone => Poll::Ready(Ok(())),
        }
    }

    fn poll_shutdown(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<std::io::Result<()>> {
        match self.get_mut() {
            ServerStream::Plain(s) => Pin::new(s).poll_shutdown(cx),
            ServerStream::Tls(s) => Pin::new(s.as_mut()).poll_shutdown(cx),
            ServerStream::Gone => Poll::Ready(Ok(())),
        }
    }
}

async fn run_script(
    tcp: TcpStream,
    script: Script,
    acceptor: Option<&async_native_tls::TlsAcceptor>,
    transcript: &Arc<Mutex<Transcript>>,
    index: usize,
) {
    let mut stream = ServerStream::Plain(tcp);
    let mut pending: Vec<u8> = Vec::new();
    let fail = |message: String| transcript.lock().unwrap().failures.push(message);
    let record = |bytes: &[u8]| transcript.lock().unwrap().received[index].extend_from_slice(bytes);

    for step in script.steps {
        match step {
            Step::Send(bytes) => {
                if stream.write_all(&bytes).await.is_err() || stream.flush().await.is_err() {
                    fail(format!("could not send {:?}", String::from_utf8_lossy(&bytes)));
                    return;
                }
            }
            Step::Expect(expected) => match read_line(&mut stream, &mut pending, &record).await {
                Some(line) if line == expected => {}
                Some(line) => {
                    fail(format!(
                        "expected {:?}, client sent {:?}",
                        String::from_utf8_lossy(&expected),
                        String::from_utf8_lossy(&line)
                    ));
                    return;
                }
                None => {
                    fail(format!(
                        "expected {:?}, client closed",
                        String::from_utf8_lossy(&expected)
                    ));
                    return;
                }
            },
            Step::ExpectAny => {
                if read_line(&mut stream, &mut pending, &record).await.is_none() {
                    fail("expected a line, client closed".into());
                    return;
                }
            }
            Step::Tls => {
                if !pending.is_empty() {
                    fail("client sent bytes before the TLS handshake".into());
                    return;
                }
                let Some(acceptor) = acceptor else {
                    fail("script asks for TLS but the server has no certificate".into());
                    return;
                };
                let ServerStream::Plain(tcp) = std::mem::replace(&mut stream, ServerStream::Gone) else {
                    fail("TLS twice".into());
                    return;
                };
                match acceptor.accept(tcp).await {
                    Ok(tls) => stream = ServerStream::Tls(Box::new(tls)),
                    // The client refusing our certificate ends the script;
                    // the test looks at the client's error.
                    Err(_) => return,
                }
            }
            Step::Sleep(d) => tokio::time::sleep(d).await,
            Step::ExpectSilence(d) => {
                if !pending.is_empty() {
                    fail(format!("client sent {:?} too early", String::from_utf8_lossy(&pending)));
                    return;
                }
                let mut buf = [0u8; 1024];
                if let Ok(Ok(n)) = tokio::time::timeout(d, stream.read(&mut buf)).await
                    && n > 0
                {
                    record(&buf[..n]);
                    fail(format!(
                        "client sent {:?} too early",
                        String::from_utf8_lossy(&buf[..n])
                    ));
                    return;
                }
            }
            Step::Close => {
                let _ = stream.shutdown().await;
                return;
            }
            Step::Reset => {
                // SO_LINGER 0: dropping the socket sends RST instead of FIN.
                match &stream {
                    ServerStream::Plain(tcp) => {
                        if tcp.set_zero_linger().is_err() {
                            fail("could not set SO_LINGER 0".into());
                        }
                    }
                    _ => fail("reset is for plain connections only".into()),
                }
                return;
            }
            Step::HalfClose => {
                if stream.shutdown().await.is_err() {
                    fail("could not close the sending side".into());
                    return;
                }
            }
        }
    }
    // Script done: record anything else the client sends until it hangs up.
    let mut buf = [0u8; 4096];
    loop {
        match tokio::time::timeout(Duration::from_secs(5), stream.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => record(&buf[..n]),
            _ => break,
        }
    }
}

/// Reads one LF-terminated line (bounded to 64 KiB), recording every byte.
async fn read_line(stream: &mut ServerStream, pending: &mut Vec<u8>, record: &impl Fn(&[u8])) -> Option<Vec<u8>> {
    loop {
        if let Some(lf) = pending.iter().position(|&b| b == b'\n') {
            let line: Vec<u8> = pending.drain(..=lf).collect();
            return Some(line);
        }
        if pending.len() > 64 * 1024 {
            return None;
        }
        let mut buf = [0u8; 4096];
        match tokio::time::timeout(Duration::from_secs(10), stream.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => {
                record(&buf[..n]);
                pending.extend_from_slice(&buf[..n]);
            }
            _ => return None,
        }
    }
}
