//! STAT, LIST and UIDL answers (RFC 1939 §5, §7).

use super::{ParseError, next_field, parse_decimal};
use crate::pop3::types::{ListEntry, MessageNumber, Stat, Uidl, UidlEntry, UidlProblem, UidlProblemKind};

/// Parses the text of `+OK nn mm` (after the status indicator).
pub fn parse_stat(text: &[u8]) -> Result<Stat, ParseError> {
    let (count, rest) = next_field(text);
    let (size, _) = next_field(rest);
    Ok(Stat {
        count: parse_decimal(count).ok_or(ParseError::BadNumber)?,
        size: parse_decimal(size).ok_or(ParseError::BadNumber)?,
    })
}

/// Parses `n size`: one line of a LIST listing, or the text of `+OK n size`.
/// Trailing fields are allowed (RFC 1939 reserves them for extensions).
pub fn parse_list_line(line: &[u8]) -> Result<ListEntry, ParseError> {
    let (message, rest) = next_field(line);
    let (size, _) = next_field(rest);
    Ok(ListEntry {
        message: parse_message_number(message)?,
        size: parse_decimal(size).ok_or(ParseError::BadNumber)?,
    })
}

/// Parses `n uid`, one line of a UIDL listing. A line that breaks the RFC is
/// returned as a [`UidlProblem`] holding the exact bytes, never truncated.
pub fn parse_uidl_line(line: &[u8]) -> Result<UidlEntry, UidlProblem> {
    let (number, rest) = next_field(line);
    // The unique-id is the rest of the line: a space inside it is a problem to
    // report, not a reason to cut it short.
    let raw = rest.trim_ascii_end();
    let Ok(message) = parse_message_number(number) else {
        return Err(UidlProblem {
            message: None,
            raw: raw.to_vec(),
            kind: UidlProblemKind::BadMessageNumber,
        });
    };
    if raw.is_empty() {
        return Err(UidlProblem {
            message: Some(message),
            raw: Vec::new(),
            kind: UidlProblemKind::MissingUidl,
        });
    }
    match Uidl::new(raw) {
        Ok(uidl) => Ok(UidlEntry { message, uidl }),
        Err(kind) => Err(UidlProblem {
            message: Some(message),
            raw: raw.to_vec(),
            kind,
        }),
    }
}

/// The text of `+OK n uid`, the answer to `UIDL n`.
pub fn parse_uidl_single(text: &[u8]) -> Result<UidlEntry, UidlProblem> {
    parse_uidl_line(text)
}

/// Message numbers start at 1 (RFC 1939 §5).
fn parse_message_number(digits: &[u8]) -> Result<MessageNumber, ParseError> {
    match parse_decimal::<MessageNumber>(digits) {
        Some(0) | None => Err(ParseError::BadNumber),
        Some(n) => Ok(n),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stat() {
        assert_eq!(parse_stat(b"2 320"), Ok(Stat { count: 2, size: 320 }));
        assert_eq!(parse_stat(b"0 0"), Ok(Stat { count: 0, size: 0 }));
        assert_eq!(parse_stat(b"two 320"), Err(ParseError::BadNumber));
        assert_eq!(parse_stat(b"2"), Err(ParseError::BadNumber));
        assert_eq!(parse_stat(b"-1 5"), Err(ParseError::BadNumber));
    }

    #[test]
    fn list() {
        assert_eq!(parse_list_line(b"1 120"), Ok(ListEntry { message: 1, size: 120 }));
        assert_eq!(
            parse_list_line(b"3  999 extra"),
            Ok(ListEntry { message: 3, size: 999 })
        );
        assert_eq!(parse_list_line(b"0 1"), Err(ParseError::BadNumber));
        assert_eq!(parse_list_line(b"4294967296 1"), Err(ParseError::BadNumber));
    }

    #[test]
    fn uidl_valid() {
        let e = parse_uidl_line(b"1 whqtswO00WBw418f9t5JxYwZ").unwrap();
        assert_eq!(e.message, 1);
        assert_eq!(e.uidl.as_str(), "whqtswO00WBw418f9t5JxYwZ");
        let max = vec![b'~'; 70];
        let mut line = b"7 ".to_vec();
        line.extend(&max);
        assert_eq!(parse_uidl_line(&line).unwrap().uidl.as_str().len(), 70);
    }

    #[test]
    fn uidl_problems_keep_exact_bytes() {
        let long = vec![b'a'; 71];
        let mut line = b"2 ".to_vec();
        line.extend(&long);
        let p = parse_uidl_line(&line).unwrap_err();
        assert_eq!(p.kind, UidlProblemKind::TooLong(71));
        assert_eq!(p.raw, long);
        assert_eq!(p.message, Some(2));

        let p = parse_uidl_line(b"3 abc\x7fdef").unwrap_err();
        assert_eq!(p.kind, UidlProblemKind::InvalidByte(0x7f));
        assert_eq!(p.raw, b"abc\x7fdef");

        let p = parse_uidl_line(b"4 two words").unwrap_err();
        assert_eq!(p.kind, UidlProblemKind::InvalidByte(b' '));
        assert_eq!(p.raw, b"two words");

        assert_eq!(parse_uidl_line(b"5").unwrap_err().kind, UidlProblemKind::MissingUidl);
        assert_eq!(
            parse_uidl_line(b"x abc").unwrap_err().kind,
            UidlProblemKind::BadMessageNumber
        );
    }

    #[test]
    fn uidl_path_like_is_just_a_string() {
        let e = parse_uidl_line(b"1 ../../x").unwrap();
        assert_eq!(e.uidl.as_str(), "../../x");
    }
}
