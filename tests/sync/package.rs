//! The Debian package: `cargo deb` (configured in Cargo.toml's
//! `[package.metadata.deb]`) packs the app, and dpkg-deb checks what went
//! in, where, with which permissions and control fields; then the packed
//! binary runs and the packed menu entry and metainfo validate.
//!
//! The package is made with `--no-build --profile dev` from the `postie`
//! binary this `cargo test` has just built (never stale), so the suite needs
//! no release build of its own (one costs 8-10 minutes on CI's 2 cores):
//! the layout, the control fields and the dependencies are those of a
//! release package; only the binary is the unoptimized one.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use postie::desktop::APP_ID;

const ICON_SIZES: [u32; 5] = [32, 48, 64, 128, 256];

/// Runs `command` and returns its standard output; panics with its output
/// when it cannot start or fails.
fn run(command: &mut Command, hint: &str) -> String {
    let program = command.get_program().to_string_lossy().into_owned();
    let output = command
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("{program} could not be started ({hint}): {e}"));
    assert!(
        output.status.success(),
        "{command:?} failed ({}; {hint}):\n{}{}",
        output.status,
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap_or_else(|e| panic!("{program} printed non-UTF-8: {e}"))
}

/// The target dir this test was built in (`CARGO_TARGET_DIR` or
/// `target/`): the debug binary is `<target>/debug/postie`.
fn target_dir() -> PathBuf {
    let debug_binary = Path::new(env!("CARGO_BIN_EXE_postie"));
    debug_binary
        .parent()
        .and_then(Path::parent)
        .unwrap_or_else(|| panic!("no target dir above {}", debug_binary.display()))
        .to_path_buf()
}

/// Makes the .deb into `out` and returns its path.
fn build_deb(out: &Path) -> PathBuf {
    let target = target_dir();
    let cargo = std::env::var_os("CARGO")
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| "cargo".into());
    run(
        Command::new(cargo)
            // `target/release/postie` in the assets is the dev profile's
            // target/debug/postie here: the binary `CARGO_BIN_EXE_postie`
            // names. cargo-deb warns that it prefers release profiles.
            .args(["deb", "--locked", "--no-build", "--fast"])
            .args(["--profile", "dev", "--output"])
            .arg(out)
            .env("CARGO_TARGET_DIR", &target)
            .current_dir(env!("CARGO_MANIFEST_DIR")),
        "cargo-deb must be installed: tests/run.sh installs it with `cargo install --locked cargo-deb`",
    );
    let debs: Vec<PathBuf> = std::fs::read_dir(out)
        .expect("read the output dir")
        .map(|entry| entry.expect("read the output dir").path())
        .filter(|path| path.extension().is_some_and(|e| e == "deb"))
        .collect();
    assert_eq!(debs.len(), 1, "cargo deb should write one .deb: {debs:?}");
    debs.into_iter().next().expect("one .deb")
}

/// The control fields `dpkg-deb --info` prints (one space in, `Name: value`),
/// without the Description's continuation lines.
fn control_fields(info: &str) -> BTreeMap<String, String> {
    info.lines()
        .filter_map(|line| line.strip_prefix(' '))
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| line.split_once(": "))
        .filter(|(name, _)| !name.is_empty() && name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'))
        .map(|(name, value)| (name.to_owned(), value.trim().to_owned()))
        .collect()
}

/// The package names in a relationship field (`a (>= 1), b | c`).
fn package_names(field: &str) -> BTreeSet<String> {
    field
        .split([',', '|'])
        .filter_map(|alternative| alternative.split_whitespace().next())
        .map(str::to_owned)
        .collect()
}

/// Every file the package installs, each with its source in this repo (None
/// for the binary), and whether it is executable.
fn expected_files() -> Vec<(String, Option<PathBuf>, bool)> {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let desktop = repo.join("assets/desktop");
    let mut files = vec![
        ("usr/bin/postie".to_owned(), None, true),
        (
            format!("usr/share/applications/{APP_ID}.desktop"),
            Some(desktop.join(format!("{APP_ID}.desktop"))),
            false,
        ),
        (
            format!("usr/share/metainfo/{APP_ID}.metainfo.xml"),
            Some(desktop.join(format!("{APP_ID}.metainfo.xml"))),
            false,
        ),
        (
            format!("usr/share/icons/hicolor/scalable/apps/{APP_ID}.svg"),
            Some(desktop.join(format!("{APP_ID}.svg"))),
            false,
        ),
        (
            "usr/share/doc/postie/README.md".to_owned(),
            Some(repo.join("README.md")),
            false,
        ),
        (
            "usr/share/doc/postie/copyright".to_owned(),
            Some(repo.join("LICENSE")),
            false,
        ),
    ];
    for size in ICON_SIZES {
        files.push((
            format!("usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png"),
            Some(desktop.join(format!("{APP_ID}-{size}.png"))),
            false,
        ));
    }
    files
}

/// A PNG's width and height, from its IHDR chunk.
fn png_size(png: &[u8]) -> (u32, u32) {
    assert!(
        png.len() >= 24 && png.starts_with(b"\x89PNG\r\n\x1a\n") && &png[12..16] == b"IHDR",
        "not a PNG"
    );
    let be = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    (be(16), be(20))
}

#[test]
fn deb_package_holds_the_app_menu_entry_icons_and_docs() {
    let out = tempfile::tempdir().expect("temp dir");
    let deb = build_deb(out.path());
    let version = env!("CARGO_PKG_VERSION");
    let architecture = run(
        Command::new("dpkg").arg("--print-architecture"),
        "dpkg is part of every Debian system",
    );
    let architecture = architecture.trim();
    assert_eq!(
        deb.file_name().and_then(|n| n.to_str()),
        Some(format!("postie_{version}-1_{architecture}.deb").as_str())
    );

    // The control fields.
    let dpkg_deb_hint = "dpkg-deb comes with dpkg";
    let info = run(Command::new("dpkg-deb").arg("--info").arg(&deb), dpkg_deb_hint);
    let fields = control_fields(&info);
    let field = |name: &str| {
        fields
            .get(name)
            .unwrap_or_else(|| panic!("no {name} field in dpkg-deb --info:\n{info}"))
            .as_str()
    };
    assert_eq!(field("Package"), "postie");
    let (upstream, revision) = field("Version")
        .rsplit_once('-')
        .unwrap_or_else(|| panic!("Version {} has no Debian revision", field("Version")));
    assert_eq!(upstream, version, "the package's version is the crate's");
    assert_eq!(revision, "1");
    assert_eq!(field("Architecture"), architecture);
    assert_eq!(field("Section"), "mail");
    assert_eq!(field("Priority"), "optional");
    let maintainer = field("Maintainer");
    assert!(
        maintainer.contains(" <") && maintainer.ends_with('>'),
        "Maintainer is `Name <address>`: {maintainer}"
    );
    assert_eq!(field("Description"), env!("CARGO_PKG_DESCRIPTION"));
    assert!(
        info.contains("\n  Postie downloads mail from POP3 accounts exactly once"),
        "the extended description follows the summary:\n{info}"
    );
    let depends = package_names(field("Depends"));
    // libc6 comes only from dpkg-shlibdeps reading the binary ($auto): its
    // absence means cargo-deb could not run it (package dpkg-dev).
    for needed in ["libc6", "libxkbcommon-x11-0", "libx11-xcb1"] {
        assert!(
            depends.contains(needed),
            "Depends lacks {needed} (dpkg-shlibdeps, from dpkg-dev, finds libc6): {}",
            field("Depends")
        );
    }
    assert!(
        package_names(field("Recommends")).contains("xdg-desktop-portal"),
        "{}",
        field("Recommends")
    );

    // The files: exactly these, owned by root, with these permissions.
    let contents = run(Command::new("dpkg-deb").arg("--contents").arg(&deb), dpkg_deb_hint);
    let mut listed = BTreeMap::new();
    for line in contents.lines() {
        let columns: Vec<&str> = line.split_whitespace().collect();
        assert!(columns.len() >= 6, "unexpected dpkg-deb --contents line: {line}");
        let (mode, owner, path) = (columns[0], columns[1], columns[5..].join(" "));
        assert!(
            owner == "0/0" || owner == "root/root",
            "{path} is owned by {owner}, not root"
        );
        let path = path
            .strip_prefix("./")
            .unwrap_or_else(|| panic!("{path} is not under ./"))
            .to_owned();
        if mode.starts_with('d') {
            assert_eq!(mode, "drwxr-xr-x", "{path}");
        } else {
            assert!(mode.starts_with('-'), "{path} is not a regular file: {line}");
            listed.insert(path, mode.to_owned());
        }
    }
    let expected = expected_files();
    assert_eq!(
        listed.keys().cloned().collect::<BTreeSet<_>>(),
        expected
            .iter()
            .map(|(path, _, _)| path.clone())
            .collect::<BTreeSet<_>>(),
        "the package's files"
    );
    for (path, _, executable) in &expected {
        let want = if *executable { "-rwxr-xr-x" } else { "-rw-r--r--" };
        assert_eq!(listed[path], want, "{path}");
    }

    // Unpacked: every data file is the repo's, byte for byte, and each
    // icon has its directory's size.
    let root = tempfile::tempdir().expect("temp dir");
    run(
        Command::new("dpkg-deb").arg("-x").arg(&deb).arg(root.path()),
        dpkg_deb_hint,
    );
    for (path, source, _) in &expected {
        let Some(source) = source else { continue };
        let packed = std::fs::read(root.path().join(path)).unwrap_or_else(|e| panic!("read {path}: {e}"));
        let original = std::fs::read(source).unwrap_or_else(|e| panic!("read {}: {e}", source.display()));
        assert!(packed == original, "{path} differs from {}", source.display());
    }
    for size in ICON_SIZES {
        let png = std::fs::read(
            root.path()
                .join(format!("usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png")),
        )
        .expect("read the icon");
        assert_eq!(png_size(&png), (size, size), "the {size}x{size} icon");
    }

    // The packed binary runs.
    let said = run(
        Command::new(root.path().join("usr/bin/postie")).arg("--version"),
        "the packed binary",
    );
    assert_eq!(said, format!("postie {version}\n"));

    // The menu entry starts `postie` from PATH (/usr/bin), and the desktop's
    // validators accept the entry and the metainfo.
    let entry_path = root.path().join(format!("usr/share/applications/{APP_ID}.desktop"));
    let entry = std::fs::read_to_string(&entry_path).expect("read the menu entry");
    let exec: Vec<&str> = entry.lines().filter_map(|l| l.strip_prefix("Exec=")).collect();
    assert_eq!(exec.len(), 1, "one Exec line:\n{entry}");
    assert_eq!(
        exec[0].split_whitespace().next(),
        Some("postie"),
        "Exec starts the installed postie:\n{entry}"
    );
    assert!(
        entry
            .lines()
            .all(|l| !l.starts_with("TryExec=") || l == "TryExec=postie"),
        "{entry}"
    );
    assert!(entry.lines().any(|l| l == format!("Icon={APP_ID}")), "{entry}");
    run(
        Command::new("desktop-file-validate").arg(&entry_path),
        "desktop-file-validate must be installed (package desktop-file-utils; tests/run.sh installs it)",
    );
    run(
        Command::new("appstreamcli")
            .args(["validate", "--no-net"])
            .arg(root.path().join(format!("usr/share/metainfo/{APP_ID}.metainfo.xml"))),
        "appstreamcli must be installed (package appstream; tests/run.sh installs it)",
    );
}
