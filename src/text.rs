//! Text from strangers (servers, message headers, bodies) made safe to show:
//! no control characters (ANSI escapes, NUL, bare CR) and no bidi
//! formatting characters that could make one thing look like another.

/// Replaces control and bidi formatting characters with U+FFFD, turns runs
/// of whitespace (line breaks included) into one space, trims, and cuts at
/// `max_chars` with an ellipsis.
pub fn one_line(text: &str, max_chars: usize) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut count = 0;
    let mut pending_space = false;
    for c in text.chars() {
        if c.is_whitespace() {
            pending_space = !out.is_empty();
            continue;
        }
        if count >= max_chars {
            out.push('…');
            return out;
        }
        if pending_space {
            out.push(' ');
            count += 1;
            pending_space = false;
        }
        out.push(if is_unsafe_char(c) { '\u{FFFD}' } else { c });
        count += 1;
    }
    out
}

/// Like [`one_line`] for bytes that may not be UTF-8 (decoded lossily).
pub fn one_line_bytes(bytes: &[u8], max_chars: usize) -> String {
    one_line(&String::from_utf8_lossy(bytes), max_chars)
}

/// Keeps line breaks (as `\n`) and tabs, neutralises every other control
/// and bidi character: for multi-line text such as a message body.
pub fn multi_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' if chars.peek() == Some(&'\n') => {}
            '\r' | '\n' => out.push('\n'),
            '\t' => out.push('\t'),
            c if is_unsafe_char(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// The longest prefix of `s` of at most `max` bytes that ends on a
/// character boundary.
pub fn prefix_within(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// Control characters and the Unicode bidi formatting characters.
pub fn is_unsafe_char(c: char) -> bool {
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
    fn one_line_neutralises_and_folds() {
        assert_eq!(one_line("  a\r\n  b\tc  ", 100), "a b c");
        assert_eq!(one_line("x\u{1b}[31my", 100), "x\u{FFFD}[31my");
        assert_eq!(one_line("invoice\u{202E}fdp.exe", 100), "invoice\u{FFFD}fdp.exe");
        assert_eq!(one_line("abcdef", 3), "abc…");
        assert_eq!(one_line_bytes(b"a\xffb", 10), "a\u{FFFD}b");
    }

    #[test]
    fn multi_line_keeps_lines() {
        assert_eq!(multi_line("a\r\nb\rc\n\u{0}d"), "a\nb\nc\n\u{FFFD}d");
    }
}
