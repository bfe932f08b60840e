//! The server greeting and its APOP timestamp.

use super::ParseError;
use super::reply::parse_reply;
use crate::pop3::types::{Greeting, Status};

/// Parses the greeting line. `-ERR` is returned as the reply so the caller
/// can show the server's reason.
pub fn parse_greeting(line: &[u8]) -> Result<Result<Greeting, crate::pop3::types::Reply>, ParseError> {
    let reply = parse_reply(line)?;
    if reply.status == Status::Err {
        return Ok(Err(reply));
    }
    Ok(Ok(Greeting {
        text: reply.text,
        code: reply.code,
        apop_timestamp: apop_timestamp(line).map(<[u8]>::to_vec),
    }))
}

/// Finds the APOP timestamp (RFC 1939 §7: a msg-id such as
/// `<1896.697170952@dbc.mtview.ca.us>`) in one left-to-right pass, so a
/// hostile greeting of 200,000 `<` costs linear time. Returns the innermost
/// first `<...>` whose content is printable ASCII without spaces.
pub fn apop_timestamp(line: &[u8]) -> Option<&[u8]> {
    let mut open: Option<usize> = None;
    for (i, &b) in line.iter().enumerate() {
        match b {
            b'<' => open = Some(i),
            b'>' => {
                if let Some(start) = open {
                    let inner = &line[start + 1..i];
                    if !inner.is_empty() && inner.contains(&b'@') {
                        return Some(&line[start..=i]);
                    }
                    open = None;
                }
            }
            // Anything outside printable ASCII cannot be in a msg-id.
            b if !(0x21..=0x7e).contains(&b) => open = None,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_rfc_timestamp() {
        let line = b"+OK POP3 server ready <1896.697170952@dbc.mtview.ca.us>";
        let g = parse_greeting(line).unwrap().unwrap();
        assert_eq!(
            g.apop_timestamp.as_deref(),
            Some(&b"<1896.697170952@dbc.mtview.ca.us>"[..])
        );
    }

    #[test]
    fn no_timestamp() {
        assert_eq!(apop_timestamp(b"+OK Dovecot ready."), None);
        assert_eq!(apop_timestamp(b"+OK <no-at-sign>"), None);
        assert_eq!(apop_timestamp(b"+OK <a b@c>"), None);
    }

    #[test]
    fn hostile_angle_brackets_are_linear() {
        let mut line = b"+OK ".to_vec();
        line.extend(std::iter::repeat_n(b'<', 200_000));
        line.extend(b"1.2@host>");
        assert_eq!(apop_timestamp(&line), Some(&b"<1.2@host>"[..]));
        let only_open = vec![b'<'; 200_000];
        assert_eq!(apop_timestamp(&only_open), None);
    }

    #[test]
    fn err_greeting_is_reported() {
        let r = parse_greeting(b"-ERR [SYS/TEMP] go away").unwrap().unwrap_err();
        assert_eq!(r.text, "go away");
    }
}
