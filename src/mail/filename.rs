//! File names from strangers (attachment names) made safe to save under.
//!
//! A sender chooses the name; it must not choose the directory (no path,
//! drive or UNC prefix survives), hide the real extension (no bidi
//! overrides such as U+202E), break on Windows (reserved characters and
//! device names), or overwrite anything ([`unused_path`]).

use std::path::{Path, PathBuf};

use crate::text::is_unsafe_char;
use crate::text::prefix_within as cut;

/// Longest file name produced, in bytes (common file systems allow 255).
pub const MAX_NAME_BYTES: usize = 200;
/// Extensions longer than this are not kept apart when a name is cut.
const MAX_EXTENSION_BYTES: usize = 20;
/// The name when nothing of the sender's is left, if the translation of
/// "attachment" is unusable as a file name.
const FALLBACK: &str = "attachment";
/// Numbered names tried before falling back to a unique one.
const MAX_TRIES: u32 = 10_000;

/// The name a file may be saved under: the base name only, without
/// control, bidi or Windows-reserved characters (those printable ones
/// become '_'), no dots or spaces at either end, never a Windows device
/// name, at most [`MAX_NAME_BYTES`] bytes (the extension kept), and
/// "attachment" (in the user's language) when nothing is left.
pub fn safe_file_name(name: &str) -> String {
    // The last component of a path in either style ("C:\x\y", "\\server\share\y", "../y").
    let base = name
        .rsplit(['/', '\\'])
        .find(|part| !part.trim().is_empty())
        .unwrap_or("");
    // A drive-relative name ("C:evil.exe").
    let base = match base.as_bytes() {
        [drive, b':', ..] if drive.is_ascii_alphabetic() => &base[2..],
        _ => base,
    };
    let cleaned: String = base
        .chars()
        .filter(|&c| !is_unsafe_char(c))
        .map(|c| {
            if matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*') {
                '_'
            } else {
                c
            }
        })
        .collect();
    let mut name = trim_ends(&cleaned).to_owned();
    if name.len() > MAX_NAME_BYTES {
        name = shorten(&name, MAX_NAME_BYTES);
    }
    if name.is_empty() {
        return fallback_name();
    }
    if is_reserved(&name) {
        name.insert(0, '_');
        if name.len() > MAX_NAME_BYTES {
            name = shorten(&name, MAX_NAME_BYTES);
        }
    }
    name
}

/// `dir/name` (with `name` made safe) if nothing is there yet, else the
/// first free `dir/name (1).ext`, `dir/name (2).ext`… Never a path that
/// exists (a dangling symbolic link counts as existing) and always directly
/// inside `dir`. Another process can still create the file in between:
/// open the result with `create_new(true)`.
pub fn unused_path(dir: &Path, name: &str) -> PathBuf {
    let name = safe_file_name(name);
    let first = dir.join(&name);
    if is_free(&first) {
        return first;
    }
    let (stem, extension) = split_extension(&name);
    for n in 1..=MAX_TRIES {
        let candidate = dir.join(numbered(stem, extension, &n.to_string()));
        if is_free(&candidate) {
            return candidate;
        }
    }
    // Thousands of copies: a name no one has used.
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let mut counter = 0u32;
    loop {
        let tag = format!("{}-{nanos}-{counter}", std::process::id());
        let candidate = dir.join(numbered(stem, extension, &tag));
        if is_free(&candidate) {
            return candidate;
        }
        counter = counter.wrapping_add(1);
    }
}

/// "attachment" in the user's language, as a file name. A translation with
/// anything but letters, digits, spaces, hyphens and underscores (or none)
/// gives the English word.
pub(super) fn fallback_name() -> String {
    let name = crate::t!("mail-attachment-file-name");
    let usable = !name.trim().is_empty()
        && name.len() <= 64
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, ' ' | '-' | '_'));
    if usable {
        name.trim().to_owned()
    } else {
        FALLBACK.to_owned()
    }
}

fn is_free(path: &Path) -> bool {
    // symlink_metadata: a dangling link exists too (writing would follow it).
    matches!(std::fs::symlink_metadata(path), Err(e) if e.kind() == std::io::ErrorKind::NotFound)
}

/// "stem (tag).ext", the stem cut so that the whole stays within the limit.
fn numbered(stem: &str, extension: Option<&str>, tag: &str) -> String {
    let suffix = format!(" ({tag})");
    let extension_len = extension.map_or(0, |e| e.len() + 1);
    let room = MAX_NAME_BYTES.saturating_sub(suffix.len() + extension_len);
    let mut name = trim_ends(cut(stem, room)).to_owned();
    if name.is_empty() {
        name.push_str(&fallback_name());
    }
    name.push_str(&suffix);
    if let Some(extension) = extension {
        name.push('.');
        name.push_str(extension);
    }
    name
}

fn trim_ends(name: &str) -> &str {
    name.trim_matches(|c: char| c == '.' || c.is_whitespace())
}

/// ("archive.tar", Some("gz")); no extension for names without a dot or
/// with an implausibly long "extension".
fn split_extension(name: &str) -> (&str, Option<&str>) {
    match name.rsplit_once('.') {
        Some((stem, extension))
            if !stem.is_empty() && !extension.is_empty() && extension.len() <= MAX_EXTENSION_BYTES =>
        {
            (stem, Some(extension))
        }
        _ => (name, None),
    }
}

/// Cuts `name` to `max` bytes keeping its extension.
fn shorten(name: &str, max: usize) -> String {
    let (stem, extension) = split_extension(name);
    match extension {
        Some(extension) => {
            let stem = trim_ends(cut(stem, max - extension.len() - 1));
            if stem.is_empty() {
                trim_ends(cut(name, max)).to_owned()
            } else {
                format!("{stem}.{extension}")
            }
        }
        None => trim_ends(cut(name, max)).to_owned(),
    }
}

/// Windows device names, whatever the extension ("CON", "nul.txt",
/// "COM1.tar.gz", "LPT¹").
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or(name);
    let stem = stem.trim_end_matches([' ', '.']).to_ascii_uppercase();
    if matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL" | "CONIN$" | "CONOUT$") {
        return true;
    }
    let Some(number) = stem.strip_prefix("COM").or_else(|| stem.strip_prefix("LPT")) else {
        return false;
    };
    let mut chars = number.chars();
    matches!((chars.next(), chars.next()), (Some('0'..='9' | '¹' | '²' | '³'), None))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_are_stripped() {
        assert_eq!(safe_file_name("../../.ssh/authorized_keys"), "authorized_keys");
        assert_eq!(safe_file_name("C:\\Windows\\evil.exe"), "evil.exe");
        assert_eq!(safe_file_name("C:evil.exe"), "evil.exe");
        assert_eq!(safe_file_name("\\\\server\\share\\doc.pdf"), "doc.pdf");
        assert_eq!(safe_file_name("/etc/passwd"), "passwd");
        assert_eq!(safe_file_name("dir/report.pdf/"), "report.pdf");
        assert_eq!(safe_file_name("..\\..\\x.bat"), "x.bat");
    }

    #[test]
    fn dangerous_characters_are_removed() {
        let name = safe_file_name("invoice\u{202E}fdp.exe");
        assert!(!name.contains('\u{202E}'));
        assert_eq!(name, "invoicefdp.exe");
        assert_eq!(safe_file_name("a\u{0}b\r\n\u{1b}[c.txt"), "ab[c.txt");
        assert_eq!(safe_file_name("Re: <what>? \"x\" | y*.txt"), "Re_ _what__ _x_ _ y_.txt");
        assert_eq!(safe_file_name("  .hidden.  "), "hidden");
        assert_eq!(safe_file_name("report.pdf. . "), "report.pdf");
    }

    #[test]
    fn reserved_names_are_prefixed() {
        assert_eq!(safe_file_name("CON.txt"), "_CON.txt");
        assert_eq!(safe_file_name("NUL"), "_NUL");
        assert_eq!(safe_file_name("nul.tar.gz"), "_nul.tar.gz");
        assert_eq!(safe_file_name("com1.log"), "_com1.log");
        assert_eq!(safe_file_name("LPT9"), "_LPT9");
        assert_eq!(safe_file_name("Lpt¹.txt"), "_Lpt¹.txt");
        assert_eq!(safe_file_name("CONSOLE.txt"), "CONSOLE.txt");
        assert_eq!(safe_file_name("COM10"), "COM10");
        assert_eq!(safe_file_name("aux .txt"), "_aux .txt");
    }

    #[test]
    fn empty_names_fall_back() {
        for name in [
            "",
            "   ",
            ".",
            "..",
            "...",
            "/",
            "\\\\",
            "C:",
            "../..",
            "\u{202E}",
            "\u{0}\u{1}",
        ] {
            assert_eq!(safe_file_name(name), "attachment", "{name:?}");
        }
    }

    #[test]
    fn long_names_are_cut_keeping_the_extension() {
        let long = format!("{}.pdf", "a".repeat(1000));
        let name = safe_file_name(&long);
        assert_eq!(name.len(), MAX_NAME_BYTES);
        assert!(name.ends_with("aaa.pdf"));
        let wide = format!("{}.txt", "é".repeat(1000));
        let name = safe_file_name(&wide);
        assert!(name.len() <= MAX_NAME_BYTES && name.ends_with("é.txt"), "{name}");
        let no_extension = "b".repeat(1000);
        assert_eq!(safe_file_name(&no_extension).len(), MAX_NAME_BYTES);
        let long_extension = format!("x.{}", "c".repeat(1000));
        assert_eq!(safe_file_name(&long_extension).len(), MAX_NAME_BYTES);
        let reserved = format!("CON.{}", "d".repeat(1000));
        assert!(safe_file_name(&reserved).len() <= MAX_NAME_BYTES);
    }

    #[test]
    fn unused_path_never_overwrites_or_escapes() {
        let dir = tempfile::tempdir().unwrap();
        let dir = dir.path();
        let first = unused_path(dir, "report.pdf");
        assert_eq!(first, dir.join("report.pdf"));
        std::fs::write(&first, b"1").unwrap();
        let second = unused_path(dir, "report.pdf");
        assert_eq!(second, dir.join("report (1).pdf"));
        std::fs::write(&second, b"2").unwrap();
        assert_eq!(unused_path(dir, "report.pdf"), dir.join("report (2).pdf"));
        std::fs::write(dir.join("README"), b"").unwrap();
        assert_eq!(unused_path(dir, "README"), dir.join("README (1)"));
        // A dangling symbolic link is not free: writing would follow it.
        #[cfg(unix)]
        {
            std::os::unix::fs::symlink(dir.join("nowhere"), dir.join("link.txt")).unwrap();
            assert_eq!(unused_path(dir, "link.txt"), dir.join("link (1).txt"));
        }
        for hostile in [
            "../../etc/passwd",
            "..",
            "/",
            "C:\\Windows\\system32\\x.dll",
            "\\\\host\\share\\y",
            "sub/dir/z",
            "",
        ] {
            let path = unused_path(dir, hostile);
            assert_eq!(path.parent(), Some(dir), "{hostile:?} gave {path:?}");
            assert!(!path.exists());
        }
        let long = format!("{}.txt", "n".repeat(1000));
        let a = unused_path(dir, &long);
        std::fs::write(&a, b"").unwrap();
        let b = unused_path(dir, &long);
        assert_ne!(a, b);
        assert!(b.file_name().unwrap().len() <= MAX_NAME_BYTES);
        assert!(b.to_string_lossy().ends_with(" (1).txt"));
    }

    proptest::proptest! {
        #[test]
        fn any_name_is_made_safe(name in proptest::prelude::any::<String>()) {
            let safe = safe_file_name(&name);
            assert!(!safe.is_empty() && safe.len() <= MAX_NAME_BYTES, "{safe:?}");
            assert!(!safe.contains(['/', '\\', '<', '>', ':', '"', '|', '?', '*']), "{safe:?}");
            assert!(!safe.chars().any(is_unsafe_char), "{safe:?}");
            assert_eq!(trim_ends(&safe), safe);
            assert!(!is_reserved(&safe), "{safe:?}");
            assert_eq!(safe_file_name(&safe), safe);
        }
    }
}
