//! Plain data types of the POP3 protocol: what a server says, parsed.
//!
//! Nothing here does I/O; every type can be built and compared in tests.

use std::fmt;

/// A message number. RFC 1939 §5: valid only for the session that listed it.
pub type MessageNumber = u32;

/// `+OK` or `-ERR`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Ok,
    Err,
}

/// An RFC 2449 / RFC 3206 extended response code, the `[...]` after the status.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ResponseCode {
    /// `[IN-USE]`: the mailbox is locked by another session (temporary).
    InUse,
    /// `[LOGIN-DELAY]`: logged in too recently (temporary).
    LoginDelay,
    /// `[SYS/TEMP]`: a temporary server problem.
    SysTemp,
    /// `[SYS/PERM]`: a permanent problem; the text says what.
    SysPerm,
    /// `[AUTH]`: the credentials were wrong.
    Auth,
    /// `[UTF8]` (RFC 6856).
    Utf8,
    /// Any other code, kept as the server wrote it (upper-cased), e.g. `SYS/FOO`.
    Other(String),
}

impl fmt::Display for ResponseCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            ResponseCode::InUse => "IN-USE",
            ResponseCode::LoginDelay => "LOGIN-DELAY",
            ResponseCode::SysTemp => "SYS/TEMP",
            ResponseCode::SysPerm => "SYS/PERM",
            ResponseCode::Auth => "AUTH",
            ResponseCode::Utf8 => "UTF8",
            ResponseCode::Other(other) => other,
        };
        f.write_str(text)
    }
}

/// A status line: `+OK text` or `-ERR [CODE] text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Reply {
    pub status: Status,
    pub code: Option<ResponseCode>,
    /// The human text after the status and code, made safe to display
    /// (control and bidi characters replaced, lossy UTF-8).
    pub text: String,
}

impl Reply {
    pub fn is_ok(&self) -> bool {
        self.status == Status::Ok
    }
}

/// The server's greeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Greeting {
    pub text: String,
    pub code: Option<ResponseCode>,
    /// The APOP timestamp `<...>` with its angle brackets, byte-exact.
    pub apop_timestamp: Option<Vec<u8>>,
}

/// `LOGIN-DELAY n [USER]` (RFC 2449 §6.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoginDelay {
    pub seconds: u32,
    /// `USER`: the value may differ per user; ask again after login.
    pub varies_per_user: bool,
}

/// How long the server keeps messages (RFC 2449 §6.7).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Retention {
    Never,
    /// Days after retrieval. `Days(0)` means every retrieved message is deleted at QUIT.
    Days(u32),
}

/// `EXPIRE policy [USER]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Expire {
    pub retention: Retention,
    pub varies_per_user: bool,
}

/// What `CAPA` announced. Tags are matched case-insensitively (RFC 2449 §5).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Capabilities {
    pub top: bool,
    pub user: bool,
    pub uidl: bool,
    pub pipelining: bool,
    pub resp_codes: bool,
    pub auth_resp_code: bool,
    pub stls: bool,
    pub utf8: bool,
    pub lang: bool,
    /// SASL mechanism names, upper-cased, in the server's order.
    pub sasl: Vec<String>,
    pub login_delay: Option<LoginDelay>,
    pub expire: Option<Expire>,
    pub implementation: Option<String>,
    /// Tags this client does not know, kept for display (upper-cased, with arguments).
    pub other: Vec<String>,
}

impl Capabilities {
    pub fn has_sasl(&self, mechanism: &str) -> bool {
        self.sasl.iter().any(|m| m.eq_ignore_ascii_case(mechanism))
    }
}

/// `STAT`: message count and total size of the maildrop.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Stat {
    pub count: u32,
    pub size: u64,
}

/// One line of `LIST`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListEntry {
    pub message: MessageNumber,
    pub size: u64,
}

/// A unique-id as RFC 1939 §7 defines it: 1–70 characters in 0x21–0x7E.
/// Kept byte-exact; construction refuses anything else.
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Uidl(Box<str>);

impl Uidl {
    pub const MAX_LEN: usize = 70;

    pub fn new(bytes: &[u8]) -> Result<Uidl, UidlProblemKind> {
        if bytes.is_empty() {
            return Err(UidlProblemKind::Empty);
        }
        if bytes.len() > Self::MAX_LEN {
            return Err(UidlProblemKind::TooLong(bytes.len()));
        }
        if let Some(&b) = bytes.iter().find(|&&b| !(0x21..=0x7e).contains(&b)) {
            return Err(UidlProblemKind::InvalidByte(b));
        }
        // All bytes are printable ASCII, so this is valid UTF-8.
        let text = String::from_utf8_lossy(bytes).into_owned();
        Ok(Uidl(text.into_boxed_str()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0.into_string()
    }
}

impl fmt::Debug for Uidl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Uidl({:?})", &*self.0)
    }
}

impl fmt::Display for Uidl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One valid line of `UIDL`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UidlEntry {
    pub message: MessageNumber,
    pub uidl: Uidl,
}

/// Why a UIDL line was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UidlProblemKind {
    Empty,
    TooLong(usize),
    InvalidByte(u8),
    BadMessageNumber,
    MissingUidl,
}

impl fmt::Display for UidlProblemKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            UidlProblemKind::Empty => f.write_str("empty unique-id"),
            UidlProblemKind::TooLong(n) => write!(f, "unique-id of {n} characters (at most 70)"),
            UidlProblemKind::InvalidByte(b) => write!(f, "unique-id contains byte 0x{b:02x}"),
            UidlProblemKind::BadMessageNumber => f.write_str("invalid message number"),
            UidlProblemKind::MissingUidl => f.write_str("no unique-id"),
        }
    }
}

/// A UIDL line that broke RFC 1939 §7. Reported, never truncated or repaired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UidlProblem {
    /// The message number, when it could be read.
    pub message: Option<MessageNumber>,
    /// The unique-id bytes exactly as sent (may be empty).
    pub raw: Vec<u8>,
    pub kind: UidlProblemKind,
}

/// The full answer to `UIDL`: valid entries plus lines that broke the RFC.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UidlListing {
    pub entries: Vec<UidlEntry>,
    pub problems: Vec<UidlProblem>,
}
