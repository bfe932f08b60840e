//! Multi-line responses: dot-unstuffing and terminator detection (RFC 1939 §3).
//!
//! [`BodyDecoder`] is a streaming decoder for message bodies (RETR, TOP). It
//! keeps only a two-byte state between calls, so the terminator `CRLF.CRLF`
//! is found whatever way the input is split into reads, lines of any length
//! stream through, and memory stays bounded by the caller's output buffer.

/// Where the decoder is within the current line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// At the first byte of a line.
    LineStart,
    /// Inside a line; copy up to the next LF.
    InLine,
    /// Saw `.` at line start: either stuffing or the terminator.
    Dot,
    /// Saw `.` CR at line start: the terminator if LF follows.
    DotCr,
    /// The terminator has been consumed.
    Done,
}

/// What one call to [`BodyDecoder::decode`] achieved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BodyProgress {
    /// Input bytes consumed (everything up to and including the terminator).
    pub consumed: usize,
    /// The terminator line was seen: the response is complete.
    pub finished: bool,
}

/// Streaming dot-unstuffer for one multi-line response body.
#[derive(Debug, Clone)]
pub struct BodyDecoder {
    state: State,
    limit: u64,
    /// Unstuffed bytes seen so far, including any beyond the limit.
    size: u64,
}

impl BodyDecoder {
    /// A decoder that stops delivering content after `limit` bytes. Content
    /// past the limit is still parsed (to find the terminator) but dropped.
    pub fn new(limit: u64) -> BodyDecoder {
        BodyDecoder {
            state: State::LineStart,
            limit,
            size: 0,
        }
    }

    /// Unstuffed size seen so far (counts bytes past the limit too).
    pub fn size(&self) -> u64 {
        self.size
    }

    /// The body grew past the limit; the content delivered is incomplete.
    pub fn over_limit(&self) -> bool {
        self.size > self.limit
    }

    pub fn is_finished(&self) -> bool {
        self.state == State::Done
    }

    /// Consumes bytes of `input`, appending unstuffed content to `out`, and
    /// stops right after the terminator. Bytes after it are left unconsumed:
    /// they belong to the next response.
    pub fn decode(&mut self, input: &[u8], out: &mut Vec<u8>) -> BodyProgress {
        let mut i = 0;
        while i < input.len() {
            match self.state {
                State::Done => break,
                State::LineStart => {
                    if input[i] == b'.' {
                        self.state = State::Dot;
                        i += 1;
                    } else {
                        self.state = State::InLine;
                    }
                }
                State::InLine => {
                    let rest = &input[i..];
                    match memchr::memchr(b'\n', rest) {
                        Some(lf) => {
                            self.emit(&rest[..=lf], out);
                            i += lf + 1;
                            self.state = State::LineStart;
                        }
                        None => {
                            self.emit(rest, out);
                            i = input.len();
                        }
                    }
                }
                State::Dot => match input[i] {
                    b'\r' => {
                        self.state = State::DotCr;
                        i += 1;
                    }
                    // A bare-LF server's terminator. A compliant server never
                    // sends a lone "." line as content: it would be stuffed.
                    b'\n' => {
                        self.state = State::Done;
                        i += 1;
                    }
                    // Stuffing: the first dot is dropped, the line goes on.
                    _ => self.state = State::InLine,
                },
                State::DotCr => {
                    if input[i] == b'\n' {
                        self.state = State::Done;
                        i += 1;
                    } else {
                        // ".\rX": the dot was stuffing; keep the CR.
                        self.emit(b"\r", out);
                        self.state = State::InLine;
                    }
                }
            }
        }
        BodyProgress {
            consumed: i,
            finished: self.state == State::Done,
        }
    }

    fn emit(&mut self, bytes: &[u8], out: &mut Vec<u8>) {
        self.size = self.size.saturating_add(bytes.len() as u64);
        // Past the limit nothing more is delivered; the caller learns from
        // `over_limit` that the content is incomplete and must drop it.
        if self.size <= self.limit {
            out.extend_from_slice(bytes);
        }
    }
}

/// Unstuffs one line of a line-oriented listing (CAPA, LIST, UIDL). Returns
/// `None` for the terminator line `.`.
pub fn unstuff_line(line: &[u8]) -> Option<&[u8]> {
    match line {
        b"." => None,
        [b'.', rest @ ..] => Some(rest),
        _ => Some(line),
    }
}

/// Dot-stuffs `content` and appends the terminator, as a server sends a
/// multi-line response body. Content is sent as is (its own line ends kept);
/// if it does not end with a line end, CRLF is added before the terminator.
pub fn dot_stuff(content: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(content.len() + content.len() / 64 + 5);
    let mut at_line_start = true;
    for &b in content {
        if at_line_start && b == b'.' {
            out.push(b'.');
        }
        out.push(b);
        at_line_start = b == b'\n';
    }
    if !at_line_start {
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(b".\r\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decode_all(input: &[u8]) -> (Vec<u8>, BodyProgress) {
        let mut out = Vec::new();
        let mut decoder = BodyDecoder::new(u64::MAX);
        let progress = decoder.decode(input, &mut out);
        (out, progress)
    }

    #[test]
    fn unstuffs_and_stops_at_terminator() {
        let (out, p) = decode_all(b"a\r\n..b\r\n.\r\n+OK next\r\n");
        assert_eq!(out, b"a\r\n.b\r\n");
        assert!(p.finished);
        assert_eq!(p.consumed, 11);
    }

    #[test]
    fn stuffed_lone_dot_and_dotdot() {
        let (out, _) = decode_all(b"..\r\n...\r\n..x\r\n.\r\n");
        assert_eq!(out, b".\r\n..\r\n.x\r\n");
    }

    #[test]
    fn empty_body() {
        let (out, p) = decode_all(b".\r\n");
        assert!(out.is_empty() && p.finished);
    }

    #[test]
    fn bare_lf_terminator_and_bare_cr() {
        let (out, p) = decode_all(b"a\n.\n");
        assert_eq!(out, b"a\n");
        assert!(p.finished);
        let (out, p) = decode_all(b".\rx\r\n.\r\n");
        assert_eq!(out, b"\rx\r\n");
        assert!(p.finished);
    }

    #[test]
    fn every_split_gives_the_same_result() {
        let wire = b"Subject: x\r\n\r\n..hidden\r\n.\r\n..\r\nend\r\n.\r\nNEXT";
        let expected = b"Subject: x\r\n\r\n.hidden\r\n";
        for split in 0..=wire.len() {
            let mut out = Vec::new();
            let mut d = BodyDecoder::new(u64::MAX);
            let p1 = d.decode(&wire[..split], &mut out);
            let consumed = if p1.finished {
                p1.consumed
            } else {
                let p2 = d.decode(&wire[split..], &mut out);
                split + p2.consumed
            };
            assert_eq!(out, expected, "split at {split}");
            assert_eq!(consumed, expected.len() + 4, "split at {split}");
        }
    }

    #[test]
    fn limit_drops_content_but_finds_terminator() {
        let mut out = Vec::new();
        let mut d = BodyDecoder::new(4);
        let p = d.decode(b"abc\r\ndef\r\n.\r\n", &mut out);
        assert!(p.finished);
        assert!(d.over_limit());
        assert_eq!(d.size(), 10);
        assert!(out.len() <= 4);
    }

    #[test]
    fn stuffing_round_trip() {
        let content = b".a\r\n.\r\n..\r\nb";
        let wire = dot_stuff(content);
        assert_eq!(wire, b"..a\r\n..\r\n...\r\nb\r\n.\r\n");
        let (out, _) = decode_all(&wire);
        assert_eq!(out, b".a\r\n.\r\n..\r\nb\r\n");
    }

    #[test]
    fn listing_lines() {
        assert_eq!(unstuff_line(b"."), None);
        assert_eq!(unstuff_line(b"..x"), Some(&b".x"[..]));
        assert_eq!(unstuff_line(b"1 abc"), Some(&b"1 abc"[..]));
    }
}
