//! The renderer: the element stack and what each element does to the text.

use std::collections::HashMap;

use super::css::{is_tiny, style};
use super::entities::{decode_attribute, for_each_decoded};
use super::lexer::{Attrs, StartTag};
use super::links::{is_deceptive, link_url};
use super::output::{Out, Row};
use super::tag::{KNOWN_TAGS, OTHER_SLOTS, Tag, leaves_foreign_content};
use super::{
    HtmlText, LABEL_CHARS, LINK_TEXT_CHARS, Link, MAX_DEPTH, MAX_HREF_BYTES, MAX_LINKS, RULE, SCAN_LIMIT, TARGET_CHARS,
};
use crate::text::{multi_line, one_line};

const FX_BREAK1: u8 = 1;
const FX_BREAK2: u8 = 2;
const FX_QUOTE: u8 = 4;
const FX_PRE: u8 = 8;
const FX_LIST: u8 = 16;
const FX_ROW: u8 = 32;
const FX_HIDDEN: u8 = 64;

#[derive(Debug, Clone, Copy)]
struct Frame {
    tag: Tag,
    /// What to undo when the element ends.
    fx: u8,
}

#[derive(Debug, Clone, Copy)]
struct List {
    ordered: bool,
    next: i64,
}

/// Content not rendered at all, up to the end tag of `tag`.
#[derive(Debug, Clone, Copy)]
struct Skip {
    tag: Tag,
    depth: u32,
    /// SVG: tags there are not HTML (no raw text), and some HTML start tags
    /// end it.
    foreign: bool,
}

/// What the tokenizer does after a start tag.
pub(super) enum Raw {
    No,
    /// Skip raw text up to the end tag of this name.
    Drop(&'static str),
    /// Raw text (RCDATA: references decoded) shown as text.
    Text(&'static str),
    /// Raw text shown as preformatted.
    Pre(&'static str),
    /// All the rest is preformatted text (`<plaintext>`).
    Rest,
    DropRest,
}

pub(super) struct Renderer {
    pub(super) out: Out,
    stack: Vec<Frame>,
    counts: Vec<u16>,
    /// Elements opened beyond MAX_DEPTH, not on the stack.
    overflow: usize,
    lists: Vec<List>,
    pre: usize,
    /// The first newline right after `<pre>` is not content.
    skip_newline: bool,
    skip: Option<Skip>,
    /// The href of the open link (raw), if it has one.
    link_href: Option<String>,
    links: Vec<Link>,
    numbers: HashMap<String, usize>,
    /// "[image]" and "[embedded content not shown]" in the user's
    /// language, looked up once per document.
    image_note: Option<String>,
    embedded_note: Option<String>,
}

impl Renderer {
    /// A renderer for a later part of the same message: links it meets are
    /// numbered after `earlier` (and a target listed there keeps its
    /// number), so one list serves every part.
    pub(super) fn continuing(earlier: Vec<Link>) -> Renderer {
        let mut renderer = Renderer::new();
        for (index, link) in earlier.iter().enumerate() {
            renderer.numbers.entry(link.target.clone()).or_insert(index + 1);
        }
        renderer.links = earlier;
        renderer
    }

    pub(super) fn new() -> Renderer {
        Renderer {
            out: Out::new(),
            stack: Vec::new(),
            counts: vec![0; KNOWN_TAGS + OTHER_SLOTS],
            overflow: 0,
            lists: Vec::new(),
            pre: 0,
            skip_newline: false,
            skip: None,
            link_href: None,
            links: Vec::new(),
            numbers: HashMap::new(),
            image_note: None,
            embedded_note: None,
        }
    }

    pub(super) fn finish(mut self) -> HtmlText {
        self.close_link();
        let full = self.out.full;
        let mut text = self.out.text;
        text.truncate(text.trim_end().len());
        if full {
            text.push_str("\n\n");
            text.push_str(&crate::t!("mail-html-truncated"));
        }
        HtmlText {
            text: multi_line(&text),
            links: self.links,
        }
    }

    pub(super) fn text(&mut self, raw: &str) {
        if self.skip.is_some() || self.out.hidden > 0 || self.out.full {
            self.skip_newline = false;
            return;
        }
        let mut raw = raw;
        if std::mem::take(&mut self.skip_newline) {
            raw = raw
                .strip_prefix("\r\n")
                .or_else(|| raw.strip_prefix(['\n', '\r']))
                .unwrap_or(raw);
        }
        let out = &mut self.out;
        let pre = self.pre > 0;
        for_each_decoded(raw, false, |piece| {
            if pre {
                out.pre_text(piece);
            } else {
                out.text(piece);
            }
            !out.full
        });
    }

    /// `<xmp>` and `<plaintext>`: raw text shown preformatted.
    pub(super) fn raw_pre(&mut self, raw: &str) {
        if self.skip.is_some() {
            return;
        }
        self.out.block(2);
        self.out.pre_text(raw);
        self.out.block(2);
    }

    pub(super) fn start(&mut self, t: &StartTag<'_>) -> Raw {
        self.skip_newline = false;
        if let Some(skip) = &mut self.skip {
            if skip.foreign {
                if !leaves_foreign_content(t.name) {
                    if t.tag == skip.tag && !t.self_closing {
                        skip.depth += 1;
                    }
                    return Raw::No;
                }
                self.skip = None;
            } else if skip.tag == Tag::SELECT && matches!(t.tag, Tag::SELECT | Tag::INPUT | Tag::TEXTAREA) {
                self.skip = None;
                if t.tag == Tag::SELECT {
                    return Raw::No;
                }
            } else {
                if t.tag == skip.tag {
                    skip.depth += 1;
                }
                return match raw_kind(t.tag) {
                    Some("plaintext") => Raw::DropRest,
                    Some(name) => Raw::Drop(name),
                    None => Raw::No,
                };
            }
        }
        let a = &t.attrs;
        match t.tag {
            Tag::HTML | Tag::HEAD | Tag::BODY => Raw::No,
            tag if tag.is_void() => {
                match tag {
                    Tag::BR => self.out.line_break(),
                    Tag::HR => {
                        self.close_p();
                        self.out.block(1);
                        self.out.content(RULE);
                        self.out.block(1);
                    }
                    Tag::IMG | Tag::IMAGE => self.image(a),
                    Tag::INPUT => self.input(a),
                    Tag::EMBED | Tag::FRAME => self.embedded(),
                    _ => {}
                }
                Raw::No
            }
            Tag::A => {
                self.open_link(a);
                Raw::No
            }
            Tag::SCRIPT => Raw::Drop("script"),
            Tag::STYLE => Raw::Drop("style"),
            Tag::TITLE => Raw::Drop("title"),
            Tag::NOEMBED => Raw::Drop("noembed"),
            Tag::NOFRAMES => Raw::Drop("noframes"),
            Tag::IFRAME => {
                self.embedded();
                Raw::Drop("iframe")
            }
            Tag::TEXTAREA => {
                self.out.space();
                Raw::Text("textarea")
            }
            Tag::XMP => {
                self.close_p();
                Raw::Pre("xmp")
            }
            Tag::PLAINTEXT => {
                self.close_p();
                Raw::Rest
            }
            Tag::SVG => {
                if !t.self_closing {
                    self.skip = Some(Skip {
                        tag: Tag::SVG,
                        depth: 1,
                        foreign: true,
                    });
                }
                Raw::No
            }
            Tag::TEMPLATE | Tag::SELECT | Tag::OBJECT | Tag::APPLET | Tag::VIDEO | Tag::AUDIO => {
                if matches!(t.tag, Tag::OBJECT | Tag::APPLET | Tag::VIDEO | Tag::AUDIO) {
                    self.embedded();
                }
                self.skip = Some(Skip {
                    tag: t.tag,
                    depth: 1,
                    foreign: false,
                });
                Raw::No
            }
            _ => {
                self.element(t);
                Raw::No
            }
        }
    }

    /// An element that is rendered and has an end tag.
    fn element(&mut self, t: &StartTag<'_>) {
        let tag = t.tag;
        if tag.closes_p() {
            self.close_p();
        }
        match tag {
            Tag::LI => self.close_nearest(&[Tag::LI], &[Tag::UL, Tag::OL, Tag::MENU, Tag::DIR, Tag::TABLE]),
            Tag::DD | Tag::DT => self.close_nearest(&[Tag::DD, Tag::DT], &[Tag::DL, Tag::TABLE]),
            Tag::TR => self.close_nearest(&[Tag::TR], &[Tag::TABLE]),
            Tag::TD | Tag::TH => self.close_nearest(&[Tag::TD, Tag::TH], &[Tag::TR, Tag::TABLE]),
            tag if tag.is_heading() && self.stack.last().is_some_and(|f| f.tag.is_heading()) => self.pop(),
            _ => {}
        }
        let fits = self.stack.len() < MAX_DEPTH;
        let mut fx = 0;
        if fits && (t.attrs.hidden || t.attrs.style.is_some_and(|s| style(s).hidden)) {
            fx |= FX_HIDDEN;
            self.out.hidden += 1;
        }
        match tag {
            Tag::P => fx |= FX_BREAK2,
            tag if tag.is_heading() => fx |= FX_BREAK2,
            Tag::BLOCKQUOTE => {
                fx |= FX_BREAK2;
                if fits {
                    fx |= FX_QUOTE;
                    self.out.block(2);
                    self.out.quote += 1;
                }
            }
            Tag::PRE | Tag::LISTING => {
                fx |= FX_BREAK2;
                if fits {
                    fx |= FX_PRE;
                    self.pre += 1;
                    self.skip_newline = true;
                }
            }
            Tag::UL | Tag::OL | Tag::MENU | Tag::DIR => {
                fx |= if self.lists.is_empty() { FX_BREAK2 } else { FX_BREAK1 };
                if fits {
                    fx |= FX_LIST;
                    let start = if tag == Tag::OL {
                        t.attrs
                            .start
                            .and_then(|s| leading_int(&decode_attribute(s)))
                            .unwrap_or(1)
                    } else {
                        1
                    };
                    self.lists.push(List {
                        ordered: tag == Tag::OL,
                        next: start,
                    });
                }
            }
            Tag::LI => fx |= FX_BREAK1,
            Tag::TR => {
                fx |= FX_BREAK1;
                if fits {
                    fx |= FX_ROW;
                }
            }
            Tag::TD | Tag::TH => {
                if let Some(row) = self.out.rows.last_mut() {
                    row.current = false;
                }
            }
            tag if tag.is_block() => fx |= FX_BREAK1,
            _ => {}
        }
        // Breaks before the element (a blockquote's came before its quote
        // marks changed, so the blank line before it has none).
        if fx & FX_BREAK2 != 0 {
            self.out.block(2);
        } else if fx & FX_BREAK1 != 0 {
            self.out.block(1);
        }
        if fx & FX_LIST != 0 {
            self.out.indent = self.lists.len();
        }
        if fx & FX_ROW != 0 {
            self.out.rows.push(Row::default());
        }
        if tag == Tag::LI {
            self.list_marker(&t.attrs);
        }
        if fits {
            self.stack.push(Frame { tag, fx });
            self.counts[tag.slot()] += 1;
        } else {
            self.overflow += 1;
        }
    }

    pub(super) fn end(&mut self, tag: Tag) {
        self.skip_newline = false;
        if let Some(skip) = &mut self.skip {
            if tag == skip.tag {
                skip.depth -= 1;
                if skip.depth == 0 {
                    self.skip = None;
                }
            }
            return;
        }
        match tag {
            Tag::A => self.close_link(),
            Tag::BR => self.out.line_break(),
            Tag::P if self.counts[Tag::P.slot()] == 0 => self.out.block(2),
            Tag::HTML | Tag::HEAD | Tag::BODY => {}
            tag if tag.is_void() || raw_kind(tag).is_some() => {}
            tag => {
                if self.overflow > 0 {
                    self.overflow -= 1;
                } else if self.counts[tag.slot()] > 0 {
                    let len = self.stack.len();
                    let found = self.stack[len.saturating_sub(SCAN_LIMIT)..]
                        .iter()
                        .rposition(|f| f.tag == tag)
                        .map(|i| i + len.saturating_sub(SCAN_LIMIT));
                    if let Some(i) = found {
                        self.pop_to(i);
                    }
                }
            }
        }
    }

    fn pop(&mut self) {
        let Some(f) = self.stack.pop() else { return };
        self.counts[f.tag.slot()] -= 1;
        if f.fx & FX_HIDDEN != 0 {
            self.out.hidden -= 1;
        }
        if f.fx & FX_QUOTE != 0 {
            self.out.quote -= 1;
        }
        if f.fx & FX_PRE != 0 {
            self.pre -= 1;
        }
        if f.fx & FX_LIST != 0 {
            self.lists.pop();
            self.out.indent = self.lists.len();
        }
        if f.fx & FX_ROW != 0 {
            self.out.rows.pop();
        }
        if f.tag == Tag::LI {
            // An item that showed nothing shows no marker either.
            self.out.marker = None;
        }
        if f.fx & FX_BREAK2 != 0 {
            self.out.block(2);
        } else if f.fx & FX_BREAK1 != 0 {
            self.out.block(1);
        }
    }

    fn pop_to(&mut self, index: usize) {
        while self.stack.len() > index {
            self.pop();
        }
    }

    /// Closes the nearest open element among `targets` unless one of
    /// `boundaries` comes first (HTML's implied end tags, simplified).
    fn close_nearest(&mut self, targets: &[Tag], boundaries: &[Tag]) {
        if targets.iter().all(|t| self.counts[t.slot()] == 0) {
            return;
        }
        let len = self.stack.len();
        for i in (len.saturating_sub(SCAN_LIMIT)..len).rev() {
            let tag = self.stack[i].tag;
            if targets.contains(&tag) {
                self.pop_to(i);
                return;
            }
            if boundaries.contains(&tag) {
                return;
            }
        }
    }

    fn close_p(&mut self) {
        self.close_nearest(
            &[Tag::P],
            &[
                Tag::TABLE,
                Tag::TD,
                Tag::TH,
                Tag::CAPTION,
                Tag::BUTTON,
                Tag::TEMPLATE,
                Tag::OBJECT,
                Tag::APPLET,
                Tag::MARQUEE,
            ],
        );
    }

    fn list_marker(&mut self, a: &Attrs<'_>) {
        if self.out.hidden > 0 {
            return;
        }
        let marker = match self.lists.last_mut() {
            Some(list) if list.ordered => {
                if let Some(value) = a.value.and_then(|v| leading_int(&decode_attribute(v))) {
                    list.next = value;
                }
                let n = list.next;
                list.next = list.next.saturating_add(1);
                format!("{n}. ")
            }
            _ => "• ".to_owned(),
        };
        self.out.marker = Some(marker);
    }

    fn image(&mut self, a: &Attrs<'_>) {
        if self.out.hidden > 0 || a.hidden {
            return;
        }
        let style = a.style.map(style).unwrap_or_default();
        if style.hidden || style.tiny || is_tiny(a.width) || is_tiny(a.height) {
            return;
        }
        let shown = match a.alt {
            None => self
                .image_note
                .get_or_insert_with(|| crate::t!("mail-html-image"))
                .clone(),
            Some(alt) => {
                let alt = one_line(&decode_attribute(alt), LABEL_CHARS);
                if alt.is_empty() {
                    // alt="" says the image is decoration.
                    return;
                }
                crate::t!("mail-html-image-described", alt = alt)
            }
        };
        self.out.space();
        self.out.content(&shown);
        self.out.space();
    }

    /// Forms are inert: buttons show their label, other fields nothing.
    fn input(&mut self, a: &Attrs<'_>) {
        if self.out.hidden > 0 || a.hidden || a.style.is_some_and(|s| style(s).hidden) {
            return;
        }
        let kind = a
            .kind
            .map(|k| decode_attribute(k).trim().to_ascii_lowercase())
            .unwrap_or_default();
        match kind.as_str() {
            "submit" | "button" | "reset" => {
                let label = a
                    .value
                    .map(|v| one_line(&decode_attribute(v), LABEL_CHARS))
                    .unwrap_or_default();
                if !label.is_empty() {
                    self.out.space();
                    self.out.content(&format!("[{label}]"));
                    self.out.space();
                }
            }
            "image" => self.image(a),
            _ => {}
        }
    }

    fn embedded(&mut self) {
        self.out.space();
        let note = self
            .embedded_note
            .get_or_insert_with(|| crate::t!("mail-html-embedded"));
        self.out.content(note);
        self.out.space();
    }

    fn open_link(&mut self, a: &Attrs<'_>) {
        self.close_link();
        self.link_href = a
            .href
            .filter(|h| h.len() <= MAX_HREF_BYTES)
            .map(|h| decode_attribute(h).into_owned());
        self.out.capture = Some(String::new());
    }

    fn close_link(&mut self) {
        let Some(captured) = self.out.capture.take() else {
            return;
        };
        let href = self.link_href.take();
        let text = one_line(&captured, LINK_TEXT_CHARS);
        if text.is_empty() {
            return;
        }
        let Some(url) = href.as_deref().and_then(link_url) else {
            return;
        };
        let target = one_line(url.as_str(), TARGET_CHARS);
        let deceptive = is_deceptive(&text, &url);
        let number = match self.numbers.get(&target) {
            Some(&n) if !deceptive && !self.links[n - 1].deceptive => n,
            _ => {
                if self.links.len() >= MAX_LINKS {
                    return;
                }
                self.links.push(Link {
                    text,
                    target: target.clone(),
                    deceptive,
                });
                let n = self.links.len();
                self.numbers.entry(target).or_insert(n);
                n
            }
        };
        self.out.reference(&format!("[{number}]"));
    }
}

/// The raw text elements, by the name their end tag is searched with.
fn raw_kind(tag: Tag) -> Option<&'static str> {
    Some(match tag {
        Tag::SCRIPT => "script",
        Tag::STYLE => "style",
        Tag::TITLE => "title",
        Tag::TEXTAREA => "textarea",
        Tag::XMP => "xmp",
        Tag::IFRAME => "iframe",
        Tag::NOEMBED => "noembed",
        Tag::NOFRAMES => "noframes",
        Tag::PLAINTEXT => "plaintext",
        _ => return None,
    })
}

/// A leading decimal integer, as list `start` and `value` attributes hold.
fn leading_int(s: &str) -> Option<i64> {
    let s = s.trim();
    let (negative, digits) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s.strip_prefix('+').unwrap_or(s)),
    };
    let end = digits.find(|c: char| !c.is_ascii_digit()).unwrap_or(digits.len());
    if end == 0 {
        return None;
    }
    let value = digits[..end.min(15)].parse::<i64>().ok()?;
    Some(if negative { -value } else { value })
}
