//! The tokenizer: one forward pass from the input to tags and text.

use memchr::memchr;

use super::tag::Tag;

/// The attributes rendering uses (raw, references not yet decoded); the
/// first occurrence of each wins, as in HTML. All others are skipped.
#[derive(Debug, Default)]
pub(super) struct Attrs<'a> {
    pub(super) href: Option<&'a str>,
    pub(super) alt: Option<&'a str>,
    pub(super) style: Option<&'a str>,
    pub(super) width: Option<&'a str>,
    pub(super) height: Option<&'a str>,
    pub(super) value: Option<&'a str>,
    pub(super) kind: Option<&'a str>,
    pub(super) start: Option<&'a str>,
    pub(super) hidden: bool,
}

impl<'a> Attrs<'a> {
    fn set(&mut self, name: &[u8], value: &'a str) {
        let slot = if name.eq_ignore_ascii_case(b"href") {
            &mut self.href
        } else if name.eq_ignore_ascii_case(b"alt") {
            &mut self.alt
        } else if name.eq_ignore_ascii_case(b"style") {
            &mut self.style
        } else if name.eq_ignore_ascii_case(b"width") {
            &mut self.width
        } else if name.eq_ignore_ascii_case(b"height") {
            &mut self.height
        } else if name.eq_ignore_ascii_case(b"value") {
            &mut self.value
        } else if name.eq_ignore_ascii_case(b"type") {
            &mut self.kind
        } else if name.eq_ignore_ascii_case(b"start") {
            &mut self.start
        } else {
            if name.eq_ignore_ascii_case(b"hidden") {
                self.hidden = true;
            }
            return;
        };
        if slot.is_none() {
            *slot = Some(value);
        }
    }
}

pub(super) struct StartTag<'a> {
    pub(super) name: &'a str,
    pub(super) tag: Tag,
    pub(super) self_closing: bool,
    pub(super) attrs: Attrs<'a>,
}

pub(super) enum Token<'a> {
    /// Character data, references not yet decoded.
    Text(&'a str),
    Start(StartTag<'a>),
    End(Tag),
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0c)
}

/// One forward pass; every byte is looked at a bounded number of times.
/// Positions only ever stop at ASCII bytes or the end, so slices of the
/// `&str` are on character boundaries.
pub(super) struct Lexer<'a> {
    s: &'a str,
    pos: usize,
}

impl<'a> Lexer<'a> {
    pub(super) fn new(s: &'a str) -> Lexer<'a> {
        Lexer { s, pos: 0 }
    }

    pub(super) fn next_token(&mut self) -> Option<Token<'a>> {
        let b = self.s.as_bytes();
        loop {
            let start = self.pos;
            if start >= b.len() {
                return None;
            }
            let mut i = start;
            let lt = loop {
                match memchr(b'<', &b[i..]) {
                    None => break b.len(),
                    Some(off) if self.opens_markup(i + off) => break i + off,
                    Some(off) => i += off + 1,
                }
            };
            if lt > start {
                self.pos = lt;
                return Some(Token::Text(&self.s[start..lt]));
            }
            if let Some(token) = self.markup() {
                return Some(token);
            }
        }
    }

    fn opens_markup(&self, lt: usize) -> bool {
        let b = self.s.as_bytes();
        match b.get(lt + 1) {
            Some(c) if c.is_ascii_alphabetic() => true,
            Some(b'!' | b'?') => true,
            // "</" at the very end is text.
            Some(b'/') => lt + 2 < b.len(),
            _ => false,
        }
    }

    /// At a `<` that opens markup: a tag, or `None` after skipping a
    /// comment, a doctype or a bogus comment.
    fn markup(&mut self) -> Option<Token<'a>> {
        let b = self.s.as_bytes();
        let lt = self.pos;
        match b[lt + 1] {
            b'!' if b[lt + 2..].starts_with(b"--") => {
                self.comment(lt + 4);
                None
            }
            b'!' | b'?' => {
                self.bogus_comment(lt + 2);
                None
            }
            b'/' => {
                let c = b[lt + 2];
                if c.is_ascii_alphabetic() {
                    self.tag(lt + 2, false)
                } else {
                    if c == b'>' {
                        self.pos = lt + 3;
                    } else {
                        self.bogus_comment(lt + 2);
                    }
                    None
                }
            }
            _ => self.tag(lt + 1, true),
        }
    }

    fn bogus_comment(&mut self, from: usize) {
        let b = self.s.as_bytes();
        self.pos = memchr(b'>', &b[from..]).map_or(b.len(), |off| from + off + 1);
    }

    /// After `<!--`: up to `-->` or `--!>` (or `<!-->`, `<!--->`).
    fn comment(&mut self, from: usize) {
        let b = self.s.as_bytes();
        let rest = &b[from..];
        if rest.starts_with(b">") {
            self.pos = from + 1;
            return;
        }
        if rest.starts_with(b"->") {
            self.pos = from + 2;
            return;
        }
        let mut i = from;
        while let Some(off) = memchr(b'>', &b[i..]) {
            let gt = i + off;
            let before = &b[from..gt];
            if before.ends_with(b"--") || before.ends_with(b"--!") {
                self.pos = gt + 1;
                return;
            }
            i = gt + 1;
        }
        self.pos = b.len();
    }

    /// A start or end tag from its name on. A tag cut by the end of the
    /// input is dropped, as in HTML.
    fn tag(&mut self, name_start: usize, is_start: bool) -> Option<Token<'a>> {
        let s = self.s;
        let b = s.as_bytes();
        let len = b.len();
        let mut i = name_start;
        while i < len && !is_space(b[i]) && b[i] != b'/' && b[i] != b'>' {
            i += 1;
        }
        let name = &s[name_start..i];
        let mut attrs = Attrs::default();
        let mut self_closing = false;
        loop {
            while i < len && is_space(b[i]) {
                i += 1;
            }
            if i >= len {
                self.pos = len;
                return None;
            }
            match b[i] {
                b'>' => {
                    i += 1;
                    break;
                }
                b'/' => {
                    i += 1;
                    if b.get(i) == Some(&b'>') {
                        self_closing = true;
                        i += 1;
                        break;
                    }
                    continue;
                }
                _ => {}
            }
            // An attribute name (a leading '=' belongs to it).
            let name_start = i;
            i += 1;
            while i < len && !is_space(b[i]) && !matches!(b[i], b'/' | b'>' | b'=') {
                i += 1;
            }
            let attr_name = &b[name_start..i];
            while i < len && is_space(b[i]) {
                i += 1;
            }
            let mut value = "";
            if b.get(i) == Some(&b'=') {
                i += 1;
                while i < len && is_space(b[i]) {
                    i += 1;
                }
                if i >= len {
                    self.pos = len;
                    return None;
                }
                match b[i] {
                    quote @ (b'"' | b'\'') => {
                        let from = i + 1;
                        let Some(off) = memchr(quote, &b[from..]) else {
                            self.pos = len;
                            return None;
                        };
                        value = &s[from..from + off];
                        i = from + off + 1;
                    }
                    // A missing value; the '>' ends the tag.
                    b'>' => {}
                    _ => {
                        let from = i;
                        while i < len && !is_space(b[i]) && b[i] != b'>' {
                            i += 1;
                        }
                        value = &s[from..i];
                    }
                }
            }
            if is_start {
                attrs.set(attr_name, value);
            }
        }
        self.pos = i;
        let tag = Tag::from_name(name.as_bytes());
        Some(if is_start {
            Token::Start(StartTag {
                name,
                tag,
                self_closing,
                attrs,
            })
        } else {
            Token::End(tag)
        })
    }

    /// The content of a raw text element (script, style, textarea...) up
    /// to its end tag, which is left to be read as a token.
    pub(super) fn raw_text(&mut self, name: &str) -> &'a str {
        let b = self.s.as_bytes();
        let len = b.len();
        let start = self.pos;
        let mut i = start;
        while let Some(off) = memchr(b'<', &b[i..]) {
            let lt = i + off;
            let end = lt + 2 + name.len();
            if b.get(lt + 1) == Some(&b'/')
                && end <= len
                && b[lt + 2..end].eq_ignore_ascii_case(name.as_bytes())
                && (end == len || is_space(b[end]) || b[end] == b'/' || b[end] == b'>')
            {
                self.pos = lt;
                return &self.s[start..lt];
            }
            i = lt + 1;
        }
        self.pos = len;
        &self.s[start..]
    }

    pub(super) fn rest(&mut self) -> &'a str {
        let start = self.pos.min(self.s.len());
        self.pos = self.s.len();
        &self.s[start..]
    }
}
