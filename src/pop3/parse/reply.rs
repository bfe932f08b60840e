//! Status lines (`+OK` / `-ERR`), response codes and SASL continuations.

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;

use super::ParseError;
use super::text::sanitize;
use crate::pop3::types::{Reply, ResponseCode, Status};

/// Parses a status line (without its line end). The indicator is matched
/// case-insensitively: RFC 1939 wants upper case, some servers disagree.
pub fn parse_reply(line: &[u8]) -> Result<Reply, ParseError> {
    let (status, rest) = if starts_with_ignore_case(line, b"+OK") {
        (Status::Ok, &line[3..])
    } else if starts_with_ignore_case(line, b"-ERR") {
        (Status::Err, &line[4..])
    } else {
        return Err(ParseError::NotAStatusLine);
    };
    // `+OKAY` is not `+OK`: the indicator must end the line or be followed by a space.
    let rest = match rest {
        [] => rest,
        [b' ' | b'\t', tail @ ..] => tail,
        _ => return Err(ParseError::NotAStatusLine),
    };
    let (code, text) = parse_response_code(rest);
    Ok(Reply {
        status,
        code,
        text: sanitize(text),
    })
}

/// Splits an RFC 2449 §8 response code off the start of a status text.
/// `[SYS/TEMP] busy` gives `(Some(SysTemp), b"busy")`. Text that does not
/// start with a well-formed code is returned whole.
pub fn parse_response_code(text: &[u8]) -> (Option<ResponseCode>, &[u8]) {
    let Some(inner) = text.strip_prefix(b"[") else {
        return (None, text);
    };
    let Some(end) = memchr::memchr(b']', inner) else {
        return (None, text);
    };
    let code = &inner[..end];
    // resp-code = resp-level *("/" resp-level); resp-level = 1*rchar (alpha, digit, "-")
    let well_formed = !code.is_empty()
        && code.len() <= 64
        && code
            .split(|&b| b == b'/')
            .all(|level| !level.is_empty() && level.iter().all(|&b| b.is_ascii_alphanumeric() || b == b'-'));
    if !well_formed {
        return (None, text);
    }
    let upper = String::from_utf8_lossy(code).to_ascii_uppercase();
    let code = match upper.as_str() {
        "IN-USE" => ResponseCode::InUse,
        "LOGIN-DELAY" => ResponseCode::LoginDelay,
        "SYS/TEMP" => ResponseCode::SysTemp,
        "SYS/PERM" => ResponseCode::SysPerm,
        "AUTH" => ResponseCode::Auth,
        "UTF8" => ResponseCode::Utf8,
        _ => ResponseCode::Other(upper),
    };
    let rest = &inner[end + 1..];
    let rest = rest.strip_prefix(b" ").unwrap_or(rest);
    (Some(code), rest)
}

/// True for an RFC 5034 continuation: `+` alone or `+ ` followed by base64.
pub fn is_continuation(line: &[u8]) -> bool {
    line == b"+" || line.starts_with(b"+ ")
}

/// Decodes the base64 payload of a continuation line. An empty payload is an
/// empty challenge (RFC 5034 §4).
pub fn parse_continuation(line: &[u8]) -> Result<Vec<u8>, ParseError> {
    if !is_continuation(line) {
        return Err(ParseError::Malformed("not a continuation"));
    }
    let payload = line.get(2..).unwrap_or_default();
    let payload = payload.trim_ascii();
    if payload.is_empty() {
        return Ok(Vec::new());
    }
    BASE64.decode(payload).map_err(|_| ParseError::BadBase64)
}

fn starts_with_ignore_case(line: &[u8], prefix: &[u8]) -> bool {
    line.len() >= prefix.len() && line[..prefix.len()].eq_ignore_ascii_case(prefix)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reply(line: &str) -> Reply {
        parse_reply(line.as_bytes()).unwrap()
    }

    #[test]
    fn plain_status_lines() {
        assert_eq!(reply("+OK").status, Status::Ok);
        assert_eq!(reply("+OK hello there").text, "hello there");
        assert_eq!(reply("-ERR no").status, Status::Err);
        assert_eq!(reply("+ok lower").status, Status::Ok);
        assert_eq!(parse_reply(b"+OKAY"), Err(ParseError::NotAStatusLine));
        assert_eq!(parse_reply(b"* OK imap"), Err(ParseError::NotAStatusLine));
        assert_eq!(parse_reply(b""), Err(ParseError::NotAStatusLine));
    }

    #[test]
    fn response_codes() {
        let cases = [
            ("-ERR [IN-USE] locked", ResponseCode::InUse, "locked"),
            ("-ERR [LOGIN-DELAY] wait", ResponseCode::LoginDelay, "wait"),
            ("-ERR [SYS/TEMP] later", ResponseCode::SysTemp, "later"),
            ("-ERR [SYS/PERM] POP disabled", ResponseCode::SysPerm, "POP disabled"),
            ("-ERR [AUTH] bad password", ResponseCode::Auth, "bad password"),
            ("-ERR [auth] lower", ResponseCode::Auth, "lower"),
            ("+OK [UTF8] fine", ResponseCode::Utf8, "fine"),
            (
                "-ERR [SYS/TEMP/DISK] x",
                ResponseCode::Other("SYS/TEMP/DISK".into()),
                "x",
            ),
            ("-ERR [X-FOO]", ResponseCode::Other("X-FOO".into()), ""),
        ];
        for (line, code, text) in cases {
            let r = reply(line);
            assert_eq!(r.code, Some(code), "{line}");
            assert_eq!(r.text, text, "{line}");
        }
    }

    #[test]
    fn malformed_codes_stay_text() {
        assert_eq!(reply("-ERR [not a code] x").code, None);
        assert_eq!(reply("-ERR [unclosed").text, "[unclosed");
        assert_eq!(reply("-ERR []").code, None);
        assert_eq!(reply("-ERR [A//B]").code, None);
    }

    #[test]
    fn continuations() {
        assert!(is_continuation(b"+"));
        assert!(is_continuation(b"+ "));
        assert!(!is_continuation(b"+OK"));
        assert_eq!(parse_continuation(b"+ "), Ok(vec![]));
        assert_eq!(parse_continuation(b"+ aGk="), Ok(b"hi".to_vec()));
        assert_eq!(parse_continuation(b"+ !!"), Err(ParseError::BadBase64));
    }
}
