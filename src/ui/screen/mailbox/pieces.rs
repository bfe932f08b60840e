//! Long text (a message body, its source) cut into pieces of a few KiB, of
//! which only as many are shown as the reader has scrolled to.
//!
//! Why: one text widget holding a 100 KiB body is shaped as a whole when
//! the message opens, and drawn glyph by glyph whenever any of it is
//! visible (the software renderer clips, it does not skip). Pieces bound
//! both: shaping covers what is shown so far, and drawing skips the pieces
//! out of view.

use std::ops::Range;

/// The longest piece, in bytes. Paragraphs longer than this are cut at a
/// line break, else at a space, else anywhere (on a character boundary).
const MAX_PIECE_BYTES: usize = 1024;
/// How much is shown when the message opens.
const FIRST_BYTES: usize = 8 * 1024;
/// How much more is shown each time the reader nears the end.
const MORE_BYTES: usize = 32 * 1024;

/// One piece of the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub range: Range<usize>,
    /// A blank line separates it from the piece before (a new paragraph).
    pub gap_before: bool,
}

/// A text in pieces, and how many of them are shown.
#[derive(Debug, Clone)]
pub struct Pieces {
    pieces: Vec<Piece>,
    shown: usize,
}

impl Pieces {
    pub fn new(text: &str) -> Pieces {
        let pieces = split(text, MAX_PIECE_BYTES);
        let shown = count_within(&pieces, 0, FIRST_BYTES);
        Pieces { pieces, shown }
    }

    /// The pieces shown now.
    pub fn shown(&self) -> &[Piece] {
        &self.pieces[..self.shown]
    }

    pub fn has_more(&self) -> bool {
        self.shown < self.pieces.len()
    }

    /// Shows some more; true when anything was added.
    pub fn show_more(&mut self) -> bool {
        let before = self.shown;
        self.shown = count_within(&self.pieces, self.shown, MORE_BYTES);
        self.shown != before
    }
}

/// The number of pieces shown after adding, from `from`, pieces up to
/// `budget` bytes (at least one, when any is left).
fn count_within(pieces: &[Piece], from: usize, budget: usize) -> usize {
    let mut used = 0;
    let mut end = from;
    while let Some(piece) = pieces.get(end) {
        let len = piece.range.len();
        if end > from && used + len > budget {
            break;
        }
        used += len;
        end += 1;
    }
    end
}

/// Cuts `text` into paragraphs (at blank lines), and paragraphs longer
/// than `max` bytes into pieces of at most `max` bytes. Runs of blank lines
/// become one gap; nothing else of the text is dropped.
pub fn split(text: &str, max: usize) -> Vec<Piece> {
    let max = max.max(4); // room for any one character
    let mut pieces = Vec::new();
    let mut gap_before = false;
    let mut start = 0;
    while start < text.len() {
        let end = text[start..].find("\n\n").map_or(text.len(), |i| start + i);
        let mut at = start;
        while at < end {
            let cut = cut_point(text, at, end, max);
            let piece = trim_newline(text, at..cut);
            if !piece.is_empty() {
                pieces.push(Piece {
                    range: piece,
                    gap_before: gap_before && !pieces.is_empty(),
                });
                gap_before = false;
            }
            at = cut;
        }
        // Skip the blank line(s) that end this paragraph.
        start = end;
        while text[start..].starts_with('\n') {
            start += 1;
            gap_before = true;
        }
    }
    pieces
}

/// Where the piece starting at `at` ends, for a paragraph ending at `end`.
fn cut_point(text: &str, at: usize, end: usize, max: usize) -> usize {
    if end - at <= max {
        return end;
    }
    let mut limit = at + max;
    while !text.is_char_boundary(limit) {
        limit -= 1;
    }
    let window = &text[at..limit];
    // After a line break (the piece shows it as its own end), else after a
    // space, else at the limit.
    if let Some(i) = window.rfind('\n').filter(|&i| i > 0) {
        return at + i + 1;
    }
    if let Some(i) = window.rfind(' ').filter(|&i| i > 0) {
        return at + i + 1;
    }
    limit
}

/// A piece without the line break it ends with (the next piece starts on a
/// new line anyway).
fn trim_newline(text: &str, range: Range<usize>) -> Range<usize> {
    if text[range.clone()].ends_with('\n') {
        range.start..range.end - 1
    } else {
        range
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(text: &'a str, pieces: &[Piece]) -> Vec<(&'a str, bool)> {
        pieces.iter().map(|p| (&text[p.range.clone()], p.gap_before)).collect()
    }

    #[test]
    fn paragraphs_become_pieces_with_gaps() {
        let text = "Hello,\n\nfirst line\nsecond line\n\n\n\nBye.\n";
        assert_eq!(
            texts(text, &split(text, 100)),
            [("Hello,", false), ("first line\nsecond line", true), ("Bye.", true)]
        );
    }

    #[test]
    fn long_paragraphs_are_cut_at_lines_then_spaces() {
        let text = "aaaa\nbbbb\ncccc";
        assert_eq!(texts(text, &split(text, 10)), [("aaaa\nbbbb", false), ("cccc", false)]);
        let text = "word word word";
        assert_eq!(texts(text, &split(text, 10)), [("word word ", false), ("word", false)]);
        let text = "ééééééé"; // 14 bytes, no break anywhere
        let pieces = split(text, 5);
        assert!(pieces.iter().all(|p| p.range.len() <= 5));
        assert_eq!(pieces.iter().map(|p| &text[p.range.clone()]).collect::<String>(), text);
    }

    #[test]
    fn nothing_but_line_breaks_is_lost() {
        let text: String = (0..3000)
            .map(|i| format!("line {i} with some words\n{}", if i % 7 == 0 { "\n" } else { "" }))
            .collect();
        let pieces = split(&text, 512);
        assert!(pieces.iter().all(|p| p.range.len() <= 512));
        let joined: String = pieces.iter().map(|p| &text[p.range.clone()]).collect();
        let strip = |s: &str| s.chars().filter(|c| *c != '\n').collect::<String>();
        assert_eq!(strip(&joined), strip(&text));
    }

    #[test]
    fn a_long_text_is_shown_a_part_at_a_time() {
        let text = "A paragraph of some length that repeats.\n\n".repeat(5000);
        let mut pieces = Pieces::new(&text);
        let shown = |p: &Pieces| p.shown().iter().map(|p| p.range.len()).sum::<usize>();
        assert!(shown(&pieces) <= FIRST_BYTES && shown(&pieces) > FIRST_BYTES / 2);
        assert!(pieces.has_more());
        let mut rounds = 0;
        while pieces.show_more() {
            rounds += 1;
        }
        assert!(!pieces.has_more());
        assert!(rounds >= text.len() / MORE_BYTES);
        assert_eq!(pieces.shown().len(), 5000);
        // A short text is shown whole at once.
        let short = Pieces::new("Hi.\n\nBye.");
        assert!(!short.has_more());
        assert_eq!(short.shown().len(), 2);
    }

    #[test]
    fn an_empty_text_has_no_pieces() {
        assert!(split("", 10).is_empty());
        assert!(split("\n\n\n", 10).is_empty());
        assert!(!Pieces::new("").has_more());
    }
}
