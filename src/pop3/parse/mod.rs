//! The pure POP3 parser: bytes in, typed values out. No I/O, no async, no
//! allocation that the input does not bound. Each function is total: any
//! input gives a value or a [`ParseError`], never a panic.

mod capa;
mod dot;
mod greeting;
mod line;
mod listing;
mod reply;
mod text;

pub use capa::parse_capability_line;
pub use dot::{BodyDecoder, BodyProgress, dot_stuff, unstuff_line};
pub use greeting::{apop_timestamp, parse_greeting};
pub use line::{LineError, MAX_STATUS_LINE, split_line};
pub use listing::{parse_list_line, parse_stat, parse_uidl_line, parse_uidl_single};
pub use reply::{is_continuation, parse_continuation, parse_reply, parse_response_code};
pub use text::sanitize;

use thiserror::Error;

/// Why a line could not be parsed.
#[derive(Debug, Clone, PartialEq, Eq, Error)]
pub enum ParseError {
    NotAStatusLine,
    BadNumber,
    /// What is wrong, in technical English.
    Malformed(&'static str),
    BadBase64,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            ParseError::NotAStatusLine => crate::t!("error-parse-not-a-status-line"),
            ParseError::BadNumber => crate::t!("error-parse-bad-number"),
            ParseError::Malformed(detail) => {
                let detail: &str = detail;
                crate::t!("error-parse-malformed", detail = detail)
            }
            ParseError::BadBase64 => crate::t!("error-parse-bad-base64"),
        })
    }
}

/// Splits off the first space-separated field. Several spaces count as one:
/// RFC 1939 says one, but real servers are not always exact.
pub(crate) fn next_field(input: &[u8]) -> (&[u8], &[u8]) {
    let input = trim_start(input);
    match memchr::memchr(b' ', input) {
        Some(i) => (&input[..i], trim_start(&input[i..])),
        None => (input, &[]),
    }
}

fn trim_start(mut input: &[u8]) -> &[u8] {
    while let [b' ' | b'\t', rest @ ..] = input {
        input = rest;
    }
    input
}

/// A decimal number made only of ASCII digits, without overflow.
pub(crate) fn parse_decimal<T: TryFrom<u64>>(digits: &[u8]) -> Option<T> {
    if digits.is_empty() || digits.len() > 19 {
        return None;
    }
    let mut value: u64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        value = value.checked_mul(10)?.checked_add(u64::from(d - b'0'))?;
    }
    T::try_from(value).ok()
}
