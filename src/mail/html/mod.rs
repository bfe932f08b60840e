//! HTML bodies as plain text for the reader pane.
//!
//! Nothing is ever fetched: images become their alt text (tracking pixels
//! nothing), embedded content a placeholder, forms their button labels, and
//! every link its visible text followed by a number whose real target is in
//! [`HtmlText::links`] (`[1] https://real.target` at the end of the reader).
//!
//! The input is a stranger's. The tokenizer here is a single forward pass
//! over the bytes (memchr to find markup), with no recursion, that only
//! keeps the few attributes rendering needs; the element stack is bounded
//! ([`MAX_DEPTH`]) and every search in it looks at a bounded number of
//! frames; the output is capped ([`MAX_TEXT_BYTES`], [`MAX_LINKS`]). Time is
//! linear in the input and memory bounded by it, whatever the nesting.
//!
//! Why not html5ever's tokenizer: it checks each attribute against every
//! earlier one of the same tag, so one tag with n attributes costs n²
//! (160,000 attributes in a 1 MB tag took 10.5 s in an optimised build; a
//! 4 MiB message would take minutes). The tokenizer here follows the WHATWG
//! tokenizer states that matter for text (tags, attributes and quoting,
//! comments, bogus comments, raw text and RCDATA elements, character
//! references with the full named table from the `entities` crate).
//!
//! Decisions:
//! - Dropped with their content: script, style, title, template, svg,
//!   select, noembed, noframes, and the head's metadata. `<noscript>` is
//!   shown: scripts never run here, so its content is what a reader without
//!   scripts (and most mail clients) shows, and it gets the same treatment
//!   as any other markup (no fetching).
//! - iframe, frame, embed, object, applet, video and audio become
//!   "[embedded content not shown]" (their fallback content is dropped).
//! - The placeholders ("[image]", "[embedded content not shown]", the
//!   truncation note) are in the user's language (`mail-html-…` messages).
//! - Elements hidden by the sender (the `hidden` attribute, `display:none`,
//!   `visibility:hidden`, `opacity:0`, or a zero height with
//!   `overflow:hidden`, the usual pre-header trick) are not shown, as a
//!   browser would not show them. `font-size:0` is not taken as hidden:
//!   layout templates use it on containers whose children set their own.
//! - Only http, https and mailto targets become links; anything else
//!   (javascript:, data:, file:, relative URLs that have no base here) shows
//!   its text only. Targets are given as the WHATWG URL parser normalises
//!   them (what a browser would actually open: international host names in
//!   punycode, tricks like backslashes or embedded tabs resolved).
//! - A link is `deceptive` when its visible text names a host (a URL, a
//!   host name or an e-mail address) other than the target's ("www." aside),
//!   or when an http(s) target carries a user name (`https://bank.com@evil.net`).
//!   Links with no visible text are not listed (nobody can click them).

mod css;
mod entities;
mod lexer;
mod links;
mod output;
mod render;
mod tag;
#[cfg(test)]
mod tests;

use lexer::{Lexer, Token};
use render::{Raw, Renderer};

/// Longest text produced; the rest of the message is cut with a note.
pub const MAX_TEXT_BYTES: usize = 1024 * 1024;
/// Most links listed; further links show their text only.
pub const MAX_LINKS: usize = 1000;
/// Deepest element stack kept; deeper elements still render, but their
/// styling (hidden, quotes, lists) is not tracked.
pub const MAX_DEPTH: usize = 256;
/// Frames looked at when searching the stack for an open element.
const SCAN_LIMIT: usize = 64;
const RULE: &str = "————————————————————";
const LINK_TEXT_CHARS: usize = 200;
const CAPTURE_BYTES: usize = 4 * LINK_TEXT_CHARS;
const TARGET_CHARS: usize = 2048;
/// Longer hrefs (inline data, mostly) are not links.
const MAX_HREF_BYTES: usize = 32 * 1024;
const LABEL_CHARS: usize = 200;
const MAX_QUOTE_MARKS: usize = 16;
const MAX_INDENT: usize = 8;
/// Only the start of a style attribute is read.
const STYLE_BYTES: usize = 4096;

/// An HTML body as text, with the links it contains.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HtmlText {
    /// Safe to display: no control or bidi characters; `\n` line breaks.
    pub text: String,
    /// `text` refers to `links[i]` as `[i + 1]`.
    pub links: Vec<Link>,
}

/// A link as the reader lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The visible text (one line, safe to display, bounded).
    pub text: String,
    /// Where it really goes: an http, https or mailto URL as a browser
    /// would resolve it (bounded; ASCII).
    pub target: String,
    /// The visible text names another host than the target's.
    pub deceptive: bool,
}

/// Renders an HTML document or fragment as readable plain text.
pub fn html_to_text(html: &str) -> HtmlText {
    html_to_text_after(html, Vec::new())
}

/// Like [`html_to_text`] for a later HTML part of a message whose earlier
/// parts listed `earlier_links`: its links are numbered after them, and
/// the returned list holds all of them.
pub fn html_to_text_after(html: &str, earlier_links: Vec<Link>) -> HtmlText {
    let mut lexer = Lexer::new(html);
    let mut r = Renderer::continuing(earlier_links);
    while !r.out.full {
        let Some(token) = lexer.next_token() else { break };
        match token {
            Token::Text(text) => r.text(text),
            Token::End(tag) => r.end(tag),
            Token::Start(tag) => match r.start(&tag) {
                Raw::No => {}
                Raw::Drop(name) => {
                    lexer.raw_text(name);
                }
                Raw::Text(name) => {
                    let text = lexer.raw_text(name);
                    r.text(text);
                }
                Raw::Pre(name) => {
                    let text = lexer.raw_text(name);
                    r.raw_pre(text);
                }
                Raw::Rest => {
                    let text = lexer.rest();
                    r.raw_pre(text);
                }
                Raw::DropRest => {
                    lexer.rest();
                }
            },
        }
    }
    r.finish()
}
