//! The text buffer: line breaks, whitespace, quote and list prefixes.

use super::{CAPTURE_BYTES, MAX_INDENT, MAX_QUOTE_MARKS, MAX_TEXT_BYTES};
use crate::text::is_unsafe_char;

pub(super) use crate::text::prefix_within as cut;

#[derive(Debug, Default, Clone, Copy)]
pub(super) struct Row {
    /// A cell of this row has shown something.
    pub(super) any: bool,
    /// The current cell has shown something.
    pub(super) current: bool,
}

/// The text being written: line breaks are requested and written lazily
/// (so runs collapse to one blank line and nothing trails), whitespace is
/// collapsed, each line starts with the quote and list prefix.
pub(super) struct Out {
    pub(super) text: String,
    pub(super) full: bool,
    /// '\n's ending `text` since the last visible character.
    newlines: u8,
    at_line_start: bool,
    /// 1: the next content starts a new line; 2: after a blank line.
    pending_breaks: u8,
    pending_space: bool,
    /// The marker of a list item whose content has not started yet.
    pub(super) marker: Option<String>,
    pub(super) quote: usize,
    pub(super) indent: usize,
    last_line_quote: usize,
    pub(super) hidden: usize,
    pub(super) rows: Vec<Row>,
    /// The visible text of the open link.
    pub(super) capture: Option<String>,
}

impl Out {
    pub(super) fn new() -> Out {
        Out {
            text: String::new(),
            full: false,
            newlines: 0,
            at_line_start: true,
            pending_breaks: 0,
            pending_space: false,
            marker: None,
            quote: 0,
            indent: 0,
            last_line_quote: 0,
            hidden: 0,
            rows: Vec::new(),
            capture: None,
        }
    }

    fn push(&mut self, s: &str) {
        if self.full {
            return;
        }
        let room = MAX_TEXT_BYTES - self.text.len();
        if s.len() <= room {
            self.text.push_str(s);
        } else {
            self.text.push_str(cut(s, room));
            self.full = true;
        }
    }

    fn push_clean(&mut self, s: &str) {
        let room = MAX_TEXT_BYTES.saturating_sub(self.text.len());
        let part = cut(s, room);
        if part.chars().any(|c| c != '\t' && is_unsafe_char(c)) {
            let clean: String = part
                .chars()
                .map(|c| if c != '\t' && is_unsafe_char(c) { '\u{FFFD}' } else { c })
                .collect();
            self.push(&clean);
        } else {
            self.push(part);
        }
        if part.len() < s.len() {
            self.full = true;
        }
    }

    /// The next content starts a new line (1) or a new paragraph (2).
    pub(super) fn block(&mut self, breaks: u8) {
        if self.marker.is_none() {
            self.pending_breaks = self.pending_breaks.max(breaks);
        }
    }

    pub(super) fn line_break(&mut self) {
        if self.hidden == 0 && self.marker.is_none() {
            self.pending_breaks = (self.pending_breaks + 1).min(2);
        }
    }

    pub(super) fn space(&mut self) {
        if self.hidden == 0 {
            self.pending_space = true;
        }
    }

    fn flush_breaks(&mut self) {
        if self.text.is_empty() {
            self.pending_breaks = 0;
        }
        if self.pending_breaks == 0 {
            return;
        }
        let want = self.pending_breaks;
        self.pending_breaks = 0;
        while self.newlines < want && !self.full {
            if self.newlines >= 1 {
                // A blank line keeps the quote marks both sides share.
                let marks = self.quote.min(self.last_line_quote).min(MAX_QUOTE_MARKS);
                for _ in 0..marks {
                    self.push(">");
                }
            }
            self.push("\n");
            self.newlines += 1;
        }
        self.at_line_start = true;
        self.pending_space = false;
    }

    /// Before a piece of visible content: pending breaks, then the line
    /// prefix, a cell separator or a space.
    fn begin(&mut self) {
        self.flush_breaks();
        if self.at_line_start {
            self.at_line_start = false;
            let marks = self.quote.min(MAX_QUOTE_MARKS);
            for _ in 0..marks {
                self.push(">");
            }
            if marks > 0 {
                self.push(" ");
            }
            let marker = self.marker.take();
            let indent = self.indent.min(MAX_INDENT);
            let indent = if marker.is_some() {
                indent.saturating_sub(1)
            } else {
                indent
            };
            for _ in 0..indent {
                self.push("  ");
            }
            if let Some(marker) = marker {
                self.push(&marker);
            }
            self.last_line_quote = self.quote;
        } else if self.rows.last().is_some_and(|r| r.any && !r.current) {
            self.push(" | ");
        } else if self.pending_space {
            self.push(" ");
        }
        self.pending_space = false;
        self.newlines = 0;
        if let Some(row) = self.rows.last_mut() {
            row.any = true;
            row.current = true;
        }
    }

    /// Visible text shown as is (no whitespace collapsing).
    pub(super) fn content(&mut self, s: &str) {
        if self.hidden > 0 || self.full || s.is_empty() {
            return;
        }
        let separate = self.pending_space || self.pending_breaks > 0 || self.at_line_start;
        self.begin();
        self.push_clean(s);
        if let Some(capture) = &mut self.capture
            && capture.len() < CAPTURE_BYTES
        {
            if separate && !capture.is_empty() {
                capture.push(' ');
            }
            let room = CAPTURE_BYTES.saturating_sub(capture.len());
            capture.push_str(cut(s, room));
        }
    }

    /// Character data: whitespace runs become one space.
    pub(super) fn text(&mut self, s: &str) {
        if self.hidden > 0 {
            return;
        }
        let mut rest = s;
        while !rest.is_empty() && !self.full {
            let space = rest.find(|c: char| !c.is_whitespace()).unwrap_or(rest.len());
            if space > 0 {
                self.pending_space = true;
                rest = &rest[space..];
                continue;
            }
            // A word longer than the room left fills the output: no need
            // to find where it ends.
            let window = cut(rest, MAX_TEXT_BYTES.saturating_sub(self.text.len()) + 4);
            let word = window.find(char::is_whitespace).unwrap_or(window.len());
            self.content(&rest[..word]);
            rest = &rest[word..];
        }
    }

    /// Preformatted text: spaces and line breaks kept.
    pub(super) fn pre_text(&mut self, s: &str) {
        if self.hidden > 0 {
            return;
        }
        let mut rest = s;
        while !rest.is_empty() && !self.full {
            match rest.find(['\n', '\r']) {
                None => {
                    self.content(rest);
                    break;
                }
                Some(i) => {
                    self.content(&rest[..i]);
                    self.hard_newline();
                    let skip = if rest[i..].starts_with("\r\n") { 2 } else { 1 };
                    rest = &rest[i + skip..];
                }
            }
        }
    }

    fn hard_newline(&mut self) {
        if self.hidden > 0 || self.text.is_empty() {
            return;
        }
        self.flush_breaks();
        self.push("\n");
        self.newlines = self.newlines.saturating_add(1);
        self.at_line_start = true;
        self.pending_space = false;
    }

    /// A link's `[n]`, right after its text (before any pending break).
    pub(super) fn reference(&mut self, reference: &str) {
        if self.hidden > 0 || self.full {
            return;
        }
        if self.at_line_start || self.marker.is_some() || self.text.is_empty() {
            self.content(reference);
            return;
        }
        self.push(" ");
        self.push(reference);
        self.newlines = 0;
    }
}
