//! Server text is untrusted: make it safe to show in a UI, a log or an error.

/// Longest server text we keep for display; the rest is cut with an ellipsis.
const MAX_DISPLAY_CHARS: usize = 300;

/// Decodes bytes as UTF-8 (lossy) and neutralises everything that could
/// spoof a display: C0/C1 controls (ANSI escapes included), and bidi
/// overrides, embeddings and isolates. Each becomes U+FFFD.
pub fn sanitize(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let mut out = String::with_capacity(text.len().min(MAX_DISPLAY_CHARS * 4));
    for (count, c) in text.chars().enumerate() {
        if count == MAX_DISPLAY_CHARS {
            out.push('…');
            break;
        }
        out.push(if is_unsafe_char(c) { '\u{FFFD}' } else { c });
    }
    out.trim().to_owned()
}

/// Control characters and the Unicode bidi formatting characters.
pub(crate) fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(c,
            '\u{200E}' | '\u{200F}'          // LRM, RLM
            | '\u{202A}'..='\u{202E}'        // LRE, RLE, PDF, LRO, RLO
            | '\u{2066}'..='\u{2069}'        // LRI, RLI, FSI, PDI
            | '\u{061C}'                     // ALM
            | '\u{2028}' | '\u{2029}'        // line and paragraph separators
        )
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
