//! Tag names: the known ones as constants, any other as a hash.

/// A tag name: a known one, or a hash of an unknown one (lower-cased).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Tag(u32);

const OTHER_BIT: u32 = 1 << 31;
pub(super) const OTHER_SLOTS: usize = 256;

macro_rules! tags {
    ($($id:ident = $name:literal),* $(,)?) => {
        #[allow(non_camel_case_types, clippy::upper_case_acronyms)]
        #[derive(Clone, Copy)]
        enum Known { $($id,)* }

        #[allow(dead_code)]
        impl Tag {
            $(pub(super) const $id: Tag = Tag(Known::$id as u32);)*
        }

        fn known_tag(lower: &[u8]) -> Option<Tag> {
            match lower {
                $($name => Some(Tag::$id),)*
                _ => None,
            }
        }

        pub(super) const KNOWN_TAGS: usize = [$(Known::$id),*].len();
    };
}

tags! {
    A = b"a", ADDRESS = b"address", APPLET = b"applet", AREA = b"area", ARTICLE = b"article",
    ASIDE = b"aside", AUDIO = b"audio", BASE = b"base", BASEFONT = b"basefont", BGSOUND = b"bgsound",
    BLOCKQUOTE = b"blockquote", BODY = b"body", BR = b"br", BUTTON = b"button", CAPTION = b"caption",
    CENTER = b"center", COL = b"col", DD = b"dd", DETAILS = b"details", DIALOG = b"dialog", DIR = b"dir",
    DIV = b"div", DL = b"dl", DT = b"dt", EMBED = b"embed", FIELDSET = b"fieldset",
    FIGCAPTION = b"figcaption", FIGURE = b"figure", FOOTER = b"footer", FORM = b"form", FRAME = b"frame",
    H1 = b"h1", H2 = b"h2", H3 = b"h3", H4 = b"h4", H5 = b"h5", H6 = b"h6", HEAD = b"head",
    HEADER = b"header", HGROUP = b"hgroup", HR = b"hr", HTML = b"html", IFRAME = b"iframe",
    IMAGE = b"image", IMG = b"img", INPUT = b"input", KEYGEN = b"keygen", LEGEND = b"legend", LI = b"li",
    LINK = b"link", LISTING = b"listing", MAIN = b"main", MARQUEE = b"marquee", MENU = b"menu",
    META = b"meta", NAV = b"nav", NOEMBED = b"noembed", NOFRAMES = b"noframes", OBJECT = b"object",
    OL = b"ol", P = b"p", PARAM = b"param", PLAINTEXT = b"plaintext", PRE = b"pre", SCRIPT = b"script",
    SECTION = b"section", SELECT = b"select", SOURCE = b"source", STYLE = b"style", SUMMARY = b"summary",
    SVG = b"svg", TABLE = b"table", TD = b"td", TEMPLATE = b"template", TEXTAREA = b"textarea",
    TH = b"th", TITLE = b"title", TR = b"tr", TRACK = b"track", UL = b"ul", VIDEO = b"video",
    WBR = b"wbr", XMP = b"xmp",
}

impl Tag {
    pub(super) fn from_name(name: &[u8]) -> Tag {
        let mut lower = [0u8; 12];
        if name.len() <= lower.len() {
            for (l, b) in lower.iter_mut().zip(name) {
                *l = b.to_ascii_lowercase();
            }
            if let Some(tag) = known_tag(&lower[..name.len()]) {
                return tag;
            }
        }
        // FNV-1a of the lower-cased name.
        let mut hash: u32 = 0x811c_9dc5;
        for b in name {
            hash ^= u32::from(b.to_ascii_lowercase());
            hash = hash.wrapping_mul(0x0100_0193);
        }
        Tag(OTHER_BIT | (hash & !OTHER_BIT))
    }

    pub(super) fn slot(self) -> usize {
        if self.0 & OTHER_BIT == 0 {
            self.0 as usize
        } else {
            KNOWN_TAGS + (self.0 as usize % OTHER_SLOTS)
        }
    }

    pub(super) fn is_heading(self) -> bool {
        matches!(self, Tag::H1 | Tag::H2 | Tag::H3 | Tag::H4 | Tag::H5 | Tag::H6)
    }

    /// Elements that have no content and no end tag.
    pub(super) fn is_void(self) -> bool {
        matches!(
            self,
            Tag::AREA
                | Tag::BASE
                | Tag::BASEFONT
                | Tag::BGSOUND
                | Tag::BR
                | Tag::COL
                | Tag::EMBED
                | Tag::FRAME
                | Tag::HR
                | Tag::IMAGE
                | Tag::IMG
                | Tag::INPUT
                | Tag::KEYGEN
                | Tag::LINK
                | Tag::META
                | Tag::PARAM
                | Tag::SOURCE
                | Tag::TRACK
                | Tag::WBR
        )
    }

    /// Start tags that close an open paragraph.
    pub(super) fn closes_p(self) -> bool {
        self.is_heading()
            || matches!(
                self,
                Tag::ADDRESS
                    | Tag::ARTICLE
                    | Tag::ASIDE
                    | Tag::BLOCKQUOTE
                    | Tag::CENTER
                    | Tag::DETAILS
                    | Tag::DIALOG
                    | Tag::DIR
                    | Tag::DIV
                    | Tag::DL
                    | Tag::FIELDSET
                    | Tag::FIGCAPTION
                    | Tag::FIGURE
                    | Tag::FOOTER
                    | Tag::FORM
                    | Tag::HEADER
                    | Tag::HGROUP
                    | Tag::HR
                    | Tag::MAIN
                    | Tag::MENU
                    | Tag::NAV
                    | Tag::OL
                    | Tag::P
                    | Tag::PRE
                    | Tag::SECTION
                    | Tag::SUMMARY
                    | Tag::TABLE
                    | Tag::UL
                    | Tag::LI
                    | Tag::DD
                    | Tag::DT
                    | Tag::LISTING
                    | Tag::XMP
                    | Tag::PLAINTEXT
            )
    }

    /// Blocks that start and end a line.
    pub(super) fn is_block(self) -> bool {
        matches!(
            self,
            Tag::ADDRESS
                | Tag::ARTICLE
                | Tag::ASIDE
                | Tag::CAPTION
                | Tag::CENTER
                | Tag::DD
                | Tag::DETAILS
                | Tag::DIALOG
                | Tag::DIV
                | Tag::DL
                | Tag::DT
                | Tag::FIELDSET
                | Tag::FIGCAPTION
                | Tag::FIGURE
                | Tag::FOOTER
                | Tag::FORM
                | Tag::HEADER
                | Tag::HGROUP
                | Tag::LEGEND
                | Tag::MAIN
                | Tag::NAV
                | Tag::SECTION
                | Tag::SUMMARY
                | Tag::TABLE
        )
    }
}

/// Start tags that end `<svg>` content (the HTML parser's breakout list).
pub(super) fn leaves_foreign_content(name: &str) -> bool {
    const NAMES: &[&str] = &[
        "b",
        "big",
        "blockquote",
        "body",
        "br",
        "center",
        "code",
        "dd",
        "div",
        "dl",
        "dt",
        "em",
        "embed",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "head",
        "hr",
        "i",
        "img",
        "li",
        "listing",
        "menu",
        "meta",
        "nobr",
        "ol",
        "p",
        "pre",
        "ruby",
        "s",
        "small",
        "span",
        "strong",
        "strike",
        "sub",
        "sup",
        "table",
        "tt",
        "u",
        "ul",
        "var",
    ];
    NAMES.iter().any(|n| n.eq_ignore_ascii_case(name))
}
