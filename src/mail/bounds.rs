//! What the MIME parser is given: a message cut to sizes that keep its
//! work linear and its memory small, whatever a stranger wrote. The stored
//! bytes are never changed; only what is parsed for display and search.
//!
//! mail-parser 0.11 does two things whose cost grows with the square of
//! what a message holds: it merges RFC 2231 parameters by searching the
//! parameters already read, and it extends a continued parameter by
//! copying it whole. A Content-Type of 100,000 parameters took 36 s to
//! open (debug build). And each MIME part costs a few hundred bytes
//! parsed, so four megabytes of empty parts made a 100 MB tree. No real
//! message comes near these limits.

use std::borrow::Cow;

/// Longest Content-Type or Content-Disposition field parsed, folded lines
/// included. A long RFC 2231 file name takes about a kilobyte.
pub const MAX_PARAMETER_FIELD: usize = 8 * 1024;
/// Most MIME boundary lines parsed; the message is parsed up to the one
/// past this. Dovecot's own limit on parts is 10,000 too.
pub const MAX_BOUNDARY_LINES: usize = 10_000;

/// The bytes to parse: `raw` with each over-long Content-Type and
/// Content-Disposition field cut after its last whole parameter within
/// [`MAX_PARAMETER_FIELD`], and everything from the boundary line past
/// [`MAX_BOUNDARY_LINES`] left out. The flag is true when anything was
/// left out. Borrowed, with no copy, for every ordinary message.
pub fn bounded_for_parsing(raw: &[u8]) -> (Cow<'_, [u8]>, bool) {
    let mut out: Option<Vec<u8>> = None;
    let mut boundaries = 0usize;
    let mut at = 0usize;
    while at < raw.len() {
        let line_end = next_line(raw, at);
        let line = &raw[at..line_end];
        if line.starts_with(b"--") {
            boundaries += 1;
            if boundaries > MAX_BOUNDARY_LINES {
                return (Cow::Owned(out.unwrap_or_else(|| raw[..at].to_vec())), true);
            }
        }
        if is_parameter_field(line) {
            // The field runs on over the lines that start with white space.
            let mut field_end = line_end;
            while field_end < raw.len() && matches!(raw[field_end], b' ' | b'\t') {
                field_end = next_line(raw, field_end);
            }
            if field_end - at > MAX_PARAMETER_FIELD {
                let buffer = out.get_or_insert_with(|| raw[..at].to_vec());
                buffer.extend_from_slice(shortened_field(&raw[at..field_end]));
                buffer.extend_from_slice(if raw[..field_end].ends_with(b"\r\n") {
                    b"\r\n"
                } else {
                    b"\n"
                });
                at = field_end;
                continue;
            }
        }
        if let Some(buffer) = out.as_mut() {
            buffer.extend_from_slice(line);
        }
        at = line_end;
    }
    match out {
        Some(buffer) => (Cow::Owned(buffer), true),
        None => (Cow::Borrowed(raw), false),
    }
}

/// Where the line starting at `at` ends: just past its LF, or the end.
fn next_line(raw: &[u8], at: usize) -> usize {
    match raw[at..].iter().position(|&b| b == b'\n') {
        Some(offset) => at + offset + 1,
        None => raw.len(),
    }
}

/// A Content-Type or Content-Disposition header line (any case).
fn is_parameter_field(line: &[u8]) -> bool {
    [b"content-type:".as_slice(), b"content-disposition:".as_slice()]
        .iter()
        .any(|name| line.len() >= name.len() && line[..name.len()].eq_ignore_ascii_case(name))
}

/// The field cut to [`MAX_PARAMETER_FIELD`], back to before the `;` that
/// starts the first parameter that does not fit, without a line end.
fn shortened_field(field: &[u8]) -> &[u8] {
    let head = &field[..MAX_PARAMETER_FIELD];
    let cut = head.iter().rposition(|&b| b == b';').unwrap_or(head.len());
    let kept = &head[..cut];
    // Never end on a line break: the parser would read on into the next.
    let trimmed = kept.len() - kept.iter().rev().take_while(|b| b.is_ascii_whitespace()).count();
    &kept[..trimmed]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_messages_are_parsed_as_they_are() {
        let raw = b"From: a@example.org\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n\r\nhi\r\n--b--\r\n";
        let (bounded, cut) = bounded_for_parsing(raw);
        assert!(matches!(bounded, Cow::Borrowed(_)) && !cut);
    }

    /// Case 40: an RFC 2231 flood is cut after its last whole parameter
    /// within the limit; the header lines after it and the body stay.
    #[test]
    fn parameter_floods_are_cut_at_a_parameter() {
        let mut raw = b"Subject: flood\r\nContent-Type: text/plain; charset=utf-8".to_vec();
        for n in 0..100_000 {
            raw.extend_from_slice(format!(";\r\n p{n}*=us-ascii'en'%41").as_bytes());
        }
        raw.extend_from_slice(b"\r\nX-After: kept\r\n\r\nbody\r\n");
        let (bounded, cut) = bounded_for_parsing(&raw);
        assert!(cut);
        let text = String::from_utf8(bounded.into_owned()).unwrap();
        let field = text.split("\r\nX-After").next().unwrap();
        assert!(field.len() <= MAX_PARAMETER_FIELD + 20, "{}", field.len());
        assert!(field.ends_with("%41"), "{}", &field[field.len() - 40..]);
        assert!(text.ends_with("\r\nX-After: kept\r\n\r\nbody\r\n"));
        // Lower case, LF line ends and Content-Disposition too.
        let mut raw = b"content-disposition: attachment".to_vec();
        for n in 0..10_000 {
            raw.extend_from_slice(format!(";\n\tfilename*{n}*=%E2%80%AE{n}").as_bytes());
        }
        raw.extend_from_slice(b"\n\nbody\n");
        let (bounded, cut) = bounded_for_parsing(&raw);
        assert!(cut && bounded.len() < MAX_PARAMETER_FIELD + 10);
        assert!(bounded.ends_with(b"\n\nbody\n") && !bounded.ends_with(b"\r\n"));
    }

    /// Case 40: a million parts are parsed up to the limit's boundary line.
    #[test]
    fn parts_past_the_limit_are_left_out() {
        let mut raw = b"Content-Type: multipart/mixed; boundary=b\n\n".to_vec();
        for n in 0..20_000 {
            raw.extend_from_slice(format!("--b\n\npart {n}\n").as_bytes());
        }
        let (bounded, cut) = bounded_for_parsing(&raw);
        assert!(cut);
        let text = String::from_utf8(bounded.into_owned()).unwrap();
        assert_eq!(text.matches("\n--b\n").count(), MAX_BOUNDARY_LINES);
        assert!(text.ends_with(&format!("part {}\n", MAX_BOUNDARY_LINES - 1)));
        let readable = crate::mail::readable(&raw);
        assert!(readable.truncated);
    }
}
