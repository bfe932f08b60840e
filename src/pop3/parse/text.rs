//! Server text is untrusted: make it safe to show in a UI, a log or an error.

/// Longest server text we keep for display; the rest is cut with an ellipsis.
const MAX_DISPLAY_CHARS: usize = 300;

/// Decodes bytes as UTF-8 (lossy) and neutralises everything that could
/// spoof a display: C0/C1 controls (ANSI escapes included), and bidi
/// overrides, embeddings and isolates. Each becomes U+FFFD.
pub fn sanitize(bytes: &[u8]) -> String {
    crate::text::one_line_bytes(bytes, MAX_DISPLAY_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn neutralises_controls_and_bidi() {
        assert_eq!(sanitize(b"ok \x1b[31mred"), "ok \u{FFFD}[31mred");
        assert_eq!(sanitize("a\u{202E}b".as_bytes()), "a\u{FFFD}b");
        assert_eq!(sanitize(b"\xff\xfe"), "\u{FFFD}\u{FFFD}");
    }

    #[test]
    fn caps_length() {
        let long = vec![b'x'; 10_000];
        assert_eq!(sanitize(&long).chars().count(), MAX_DISPLAY_CHARS + 1);
    }
}
