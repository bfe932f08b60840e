//! Line framing: find one CRLF-terminated line in a buffer, with a bound.

use thiserror::Error;

/// RFC 2449 §4 limits a status line to 512 octets; real servers are sloppier,
/// so we allow 8 KiB and no more. Capability, LIST and UIDL lines share it.
pub const MAX_STATUS_LINE: usize = 8 * 1024;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Error)]
pub enum LineError {
    TooLong(usize),
}

impl std::fmt::Display for LineError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LineError::TooLong(limit) => {
                f.write_str(&crate::t!("error-protocol-line-too-long", limit = limit.to_string()))
            }
        }
    }
}

/// Returns the first complete line of `buf` without its line end, and the
/// number of bytes it took (line end included). `None` means more input is
/// needed. A line end is CRLF; a bare LF is accepted too because some servers
/// send one, and the CR is then simply absent.
pub fn split_line(buf: &[u8], max: usize) -> Result<Option<(&[u8], usize)>, LineError> {
    // Never search further than the limit: a flood of bytes without LF costs
    // at most `max` bytes of scanning per call.
    let window = &buf[..buf.len().min(max)];
    match memchr::memchr(b'\n', window) {
        Some(lf) => {
            let line = &buf[..lf];
            let line = line.strip_suffix(b"\r").unwrap_or(line);
            Ok(Some((line, lf + 1)))
        }
        None if buf.len() >= max => Err(LineError::TooLong(max)),
        None => Ok(None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_crlf_and_lf() {
        assert_eq!(split_line(b"+OK\r\nrest", 100), Ok(Some((&b"+OK"[..], 5))));
        assert_eq!(split_line(b"+OK\nrest", 100), Ok(Some((&b"+OK"[..], 4))));
        assert_eq!(split_line(b"+OK\r", 100), Ok(None));
        assert_eq!(split_line(b"", 100), Ok(None));
    }

    #[test]
    fn bounds_the_line() {
        assert_eq!(split_line(&[b'a'; 10], 10), Err(LineError::TooLong(10)));
        assert_eq!(split_line(b"aaaaaaaaa\n", 10), Ok(Some((&b"aaaaaaaaa"[..], 10))));
        assert_eq!(split_line(b"aaaaaaaaaa\n", 10), Err(LineError::TooLong(10)));
    }
}
