//! Desktop integration: the application id the window and its menu entry
//! share, and putting that entry, the icons and the AppStream metainfo
//! under the user's XDG data directory (`postie install-desktop`).
//!
//! The files are built into the binary, so a `cargo install`ed `postie`
//! can install them with no source tree around.

use std::io::Write as _;
use std::path::{Path, PathBuf};

/// The application id: the window's app id (X11 WM_CLASS, Wayland app_id),
/// the .desktop file's name and `StartupWMClass`, the icon's name and the
/// AppStream id. They must agree for the desktop to group the window under
/// its menu entry.
pub const APP_ID: &str = "io.github.postie.Postie";

pub const DESKTOP_ENTRY: &str = include_str!("../assets/desktop/io.github.postie.Postie.desktop");
pub const METAINFO: &str = include_str!("../assets/desktop/io.github.postie.Postie.metainfo.xml");
const ICON_SVG: &[u8] = include_bytes!("../assets/desktop/io.github.postie.Postie.svg");
const ICON_PNGS: &[(u32, &[u8])] = &[
    (32, include_bytes!("../assets/desktop/io.github.postie.Postie-32.png")),
    (48, include_bytes!("../assets/desktop/io.github.postie.Postie-48.png")),
    (64, include_bytes!("../assets/desktop/io.github.postie.Postie-64.png")),
    (128, include_bytes!("../assets/desktop/io.github.postie.Postie-128.png")),
    (256, include_bytes!("../assets/desktop/io.github.postie.Postie-256.png")),
];

/// Every file installed under `data_home`, with its contents. The menu
/// entry starts `executable` by its full path: a `cargo install`ed binary
/// is in ~/.cargo/bin, which the desktop session's PATH often lacks.
fn files(data_home: &Path, executable: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut files = vec![
        (
            data_home.join("applications").join(format!("{APP_ID}.desktop")),
            desktop_entry_for(executable).into_bytes(),
        ),
        (
            data_home.join("metainfo").join(format!("{APP_ID}.metainfo.xml")),
            METAINFO.as_bytes().to_vec(),
        ),
        (
            data_home
                .join("icons/hicolor/scalable/apps")
                .join(format!("{APP_ID}.svg")),
            ICON_SVG.to_vec(),
        ),
    ];
    for (size, png) in ICON_PNGS {
        files.push((
            data_home.join(format!("icons/hicolor/{size}x{size}/apps/{APP_ID}.png")),
            png.to_vec(),
        ));
    }
    files
}

/// The menu entry with `Exec` (and `TryExec`) naming `executable`.
pub fn desktop_entry_for(executable: &Path) -> String {
    let exec = exec_argument(&executable.to_string_lossy());
    let mut entry = String::new();
    for line in DESKTOP_ENTRY.lines() {
        if line.starts_with("Exec=") {
            entry.push_str(&format!(
                "TryExec={}\nExec={exec}\n",
                escape_value(&executable.to_string_lossy())
            ));
        } else {
            entry.push_str(line);
            entry.push('\n');
        }
    }
    entry
}

/// A program path as the Desktop Entry spec wants it in `Exec`: quoted,
/// with `"`, `` ` ``, `$` and `\` escaped inside the quotes, when it has
/// anything but plain characters; then escaped as a string value.
fn exec_argument(path: &str) -> String {
    let plain = path.chars().all(|c| c.is_ascii_alphanumeric() || "/._+-".contains(c));
    if plain {
        return path.to_owned();
    }
    let mut quoted = String::from("\"");
    for c in path.chars() {
        match c {
            '"' | '`' | '$' | '\\' => {
                quoted.push('\\');
                quoted.push(c);
            }
            // '%' starts a field code in Exec.
            '%' => quoted.push_str("%%"),
            c => quoted.push(c),
        }
    }
    quoted.push('"');
    escape_value(&quoted)
}

/// A string value of a desktop entry: backslashes doubled, and the
/// characters that would end or break the line escaped.
fn escape_value(value: &str) -> String {
    let mut out = String::new();
    for c in value.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c => out.push(c),
        }
    }
    out
}

/// Installs the menu entry, icons and metainfo under `data_home`; returns
/// the files written. Each is written whole or not at all.
pub fn install(data_home: &Path, executable: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut written = Vec::new();
    for (path, contents) in files(data_home, executable) {
        let dir = path.parent().unwrap_or(data_home);
        std::fs::create_dir_all(dir)?;
        let mut file = tempfile::NamedTempFile::new_in(dir)?;
        file.write_all(&contents)?;
        file.persist(&path).map_err(|e| e.error)?;
        written.push(path);
    }
    Ok(written)
}

/// Removes what `install` put under `data_home`; returns the files that
/// were there. Directories are left (they are shared with other apps).
pub fn uninstall(data_home: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for (path, _) in files(data_home, Path::new("postie")) {
        match std::fs::remove_file(&path) {
            Ok(()) => removed.push(path),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e),
        }
    }
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key<'a>(entry: &'a str, key: &str) -> Option<&'a str> {
        entry.lines().find_map(|line| line.strip_prefix(key)?.strip_prefix('='))
    }

    #[test]
    fn the_ids_agree() {
        assert_eq!(key(DESKTOP_ENTRY, "StartupWMClass"), Some(APP_ID));
        assert_eq!(key(DESKTOP_ENTRY, "Icon"), Some(APP_ID));
        assert!(METAINFO.contains(&format!("<id>{APP_ID}</id>")));
        assert!(METAINFO.contains(&format!(
            "<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"
        )));
    }

    #[test]
    fn exec_names_the_binary_safely() {
        let entry = desktop_entry_for(Path::new("/home/sam/.cargo/bin/postie"));
        assert_eq!(key(&entry, "Exec"), Some("/home/sam/.cargo/bin/postie"));
        assert_eq!(key(&entry, "TryExec"), Some("/home/sam/.cargo/bin/postie"));
        assert_eq!(entry.matches("Exec=").count(), 2, "one Exec and one TryExec");
        // Spaces and specials: quoted, escaped inside the quotes, then
        // escaped again as a string value.
        let entry = desktop_entry_for(Path::new("/opt/My Apps/$x/po\"stie%"));
        assert_eq!(key(&entry, "Exec"), Some(r#""/opt/My Apps/\\$x/po\\"stie%%""#));
        // A newline in a path cannot add a line to the entry.
        let entry = desktop_entry_for(Path::new("/tmp/a\nExec=evil"));
        assert_eq!(entry.lines().filter(|l| l.starts_with("Exec=")).count(), 1);
    }

    #[test]
    fn install_then_uninstall_leaves_nothing() {
        let home = tempfile::tempdir().unwrap();
        let written = install(home.path(), Path::new("/usr/bin/postie")).unwrap();
        assert_eq!(written.len(), 3 + ICON_PNGS.len());
        for path in &written {
            assert!(path.starts_with(home.path()) && path.is_file(), "{}", path.display());
        }
        // Installing again replaces the files.
        assert_eq!(install(home.path(), Path::new("/usr/bin/postie")).unwrap(), written);
        assert_eq!(uninstall(home.path()).unwrap(), written);
        assert!(written.iter().all(|p| !p.exists()));
        assert!(uninstall(home.path()).unwrap().is_empty());
    }
}
