//! Character references: the named table and decoding.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use memchr::memchr;

/// A fixed table only looked up: a fast fixed hash is fine.
type EntityMap = HashMap<&'static str, &'static str, foldhash::fast::FixedState>;

struct EntityTable {
    /// "amp;" → "&".
    full: EntityMap,
    /// The legacy names that also work without ';': "amp" → "&".
    legacy: EntityMap,
    longest_legacy: usize,
}

fn entity_table() -> &'static EntityTable {
    static TABLE: OnceLock<EntityTable> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut full = EntityMap::default();
        let mut legacy = EntityMap::default();
        let mut longest_legacy = 0;
        for e in ::entities::ENTITIES.iter() {
            let name = e.entity.strip_prefix('&').unwrap_or(e.entity);
            if name.ends_with(';') {
                full.insert(name, e.characters);
            } else {
                longest_legacy = longest_legacy.max(name.len());
                legacy.insert(name, e.characters);
            }
        }
        EntityTable {
            full,
            legacy,
            longest_legacy,
        }
    })
}

/// Windows-1252 meanings of the numeric references &#128; to &#159;.
const C1_REPLACEMENTS: [char; 32] = [
    '\u{20AC}', '\u{81}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{8D}', '\u{017D}', '\u{8F}', '\u{90}', '\u{2018}', '\u{2019}',
    '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}',
    '\u{0153}', '\u{9D}', '\u{017E}', '\u{0178}',
];

enum CharRef {
    Str(&'static str),
    Char(char),
}

/// The character reference at `s[amp]` (an '&'): what it stands for and
/// how many bytes it spans, or `None` when it is literal text.
fn char_ref(s: &str, amp: usize, in_attribute: bool) -> Option<(CharRef, usize)> {
    let b = s.as_bytes();
    let mut i = amp + 1;
    if b.get(i) == Some(&b'#') {
        i += 1;
        let hex = matches!(b.get(i), Some(b'x' | b'X'));
        if hex {
            i += 1;
        }
        let digits = i;
        let radix = if hex { 16 } else { 10 };
        let mut value: u32 = 0;
        while let Some(d) = b.get(i).and_then(|&c| char::from(c).to_digit(radix)) {
            value = value.saturating_mul(radix).saturating_add(d).min(0x11_0000);
            i += 1;
        }
        if i == digits {
            return None;
        }
        if b.get(i) == Some(&b';') {
            i += 1;
        }
        let c = match value {
            0 | 0xD800..=0xDFFF | 0x11_0000.. => '\u{FFFD}',
            0x80..=0x9F => C1_REPLACEMENTS[(value - 0x80) as usize],
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        return Some((CharRef::Char(c), i - amp));
    }
    let start = i;
    while i < b.len() && b[i].is_ascii_alphanumeric() && i - start < 40 {
        i += 1;
    }
    if i == start {
        return None;
    }
    if b.get(i) == Some(&b';') {
        let common = match &b[start..i] {
            b"amp" => Some("&"),
            b"lt" => Some("<"),
            b"gt" => Some(">"),
            b"quot" => Some("\""),
            b"apos" => Some("'"),
            b"nbsp" => Some("\u{A0}"),
            _ => None,
        };
        if let Some(text) = common {
            return Some((CharRef::Str(text), i + 1 - amp));
        }
    }
    let table = entity_table();
    if b.get(i) == Some(&b';')
        && let Some(text) = table.full.get(&s[start..=i])
    {
        return Some((CharRef::Str(text), i + 1 - amp));
    }
    // The longest legacy name that is a prefix ("&notit" is "¬it").
    let longest = (i - start).min(table.longest_legacy);
    for end in (start + 1..=start + longest).rev() {
        if let Some(text) = table.legacy.get(&s[start..end]) {
            let next = b.get(end).copied();
            if in_attribute && next.is_some_and(|c| c == b'=' || c.is_ascii_alphanumeric()) {
                return None;
            }
            return Some((CharRef::Str(text), end - amp));
        }
    }
    None
}

/// Calls `f` with the pieces of `raw` once its character references are
/// decoded, until `f` returns false.
pub(super) fn for_each_decoded(raw: &str, in_attribute: bool, mut f: impl FnMut(&str) -> bool) {
    let b = raw.as_bytes();
    let mut start = 0;
    let mut i = 0;
    while let Some(off) = memchr(b'&', &b[i..]) {
        let amp = i + off;
        match char_ref(raw, amp, in_attribute) {
            Some((decoded, len)) => {
                if amp > start && !f(&raw[start..amp]) {
                    return;
                }
                let more = match decoded {
                    CharRef::Str(text) => f(text),
                    CharRef::Char(c) => f(c.encode_utf8(&mut [0; 4])),
                };
                if !more {
                    return;
                }
                i = amp + len;
                start = i;
            }
            None => i = amp + 1,
        }
    }
    if start < raw.len() {
        f(&raw[start..]);
    }
}

pub(super) fn decode_attribute(raw: &str) -> Cow<'_, str> {
    if !raw.contains('&') {
        return Cow::Borrowed(raw);
    }
    let mut out = String::with_capacity(raw.len());
    for_each_decoded(raw, true, |piece| {
        out.push_str(piece);
        true
    });
    Cow::Owned(out)
}
