//! The real thing in a real window: `postie demo` under Xvfb, with a
//! screenshot that must show a drawn app, not an empty screen.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Kills the process when the test ends, however it ends.
struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// Starts Xvfb on a display it picks itself (`-displayfd`: tests running
/// at the same time never race for one) and returns it with its number.
fn start_xvfb() -> (Running, u32) {
    let mut child = Command::new("Xvfb")
        // -noreset: by default the server resets when its last client
        // leaves (a screenshot), and a client connecting during the reset
        // is refused.
        .args([
            "-displayfd",
            "1",
            "-noreset",
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("Xvfb must be installed (tests/run.sh installs the xvfb package)");
    let stdout = child.stdout.take().expect("Xvfb's stdout");
    let server = Running(child);
    // Xvfb writes the display number once it accepts connections.
    let mut line = String::new();
    std::io::BufRead::read_line(&mut std::io::BufReader::new(stdout), &mut line).expect("Xvfb's display number");
    let display = line
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("Xvfb did not start: {line:?}"));
    (server, display)
}

/// The screen's pixels, from `xwd -root` (ZPixmap, 32 bits per pixel).
fn screenshot(display: u32) -> Vec<u32> {
    let output = Command::new("xwd")
        .args(["-root", "-silent", "-display", &format!(":{display}")])
        .output()
        .expect("xwd must be installed (tests/run.sh installs the x11-apps package)");
    assert!(
        output.status.success(),
        "xwd failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    parse_xwd(&output.stdout)
}

fn parse_xwd(bytes: &[u8]) -> Vec<u32> {
    let field = |i: usize| u32::from_be_bytes(bytes[i * 4..i * 4 + 4].try_into().unwrap()) as usize;
    let header_size = field(0);
    let bits_per_pixel = field(11);
    let bytes_per_line = field(12);
    let height = field(5);
    let width = field(4);
    let colormap_entries = field(19);
    assert_eq!(bits_per_pixel, 32, "a 24-bit screen is stored as 32 bits per pixel");
    let pixels = &bytes[header_size + colormap_entries * 12..];
    let mut out = Vec::with_capacity(width * height);
    for row in pixels.chunks(bytes_per_line).take(height) {
        for pixel in row.chunks_exact(4).take(width) {
            out.push(u32::from_le_bytes(pixel.try_into().unwrap()) & 0x00ff_ffff);
        }
    }
    out
}

/// True when the screen shows a drawn app: many colours (text is
/// anti-aliased) and no single colour covering nearly everything.
fn looks_drawn(pixels: &[u32]) -> bool {
    let mut counts = std::collections::HashMap::new();
    for pixel in pixels {
        *counts.entry(*pixel).or_insert(0usize) += 1;
    }
    let most = counts.values().copied().max().unwrap_or(0);
    counts.len() > 64 && most < pixels.len() * 9 / 10
}

#[test]
fn postie_demo_draws_a_window_under_xvfb() {
    let (_xvfb, display) = start_xvfb();
    let blank = screenshot(display);
    assert!(!looks_drawn(&blank), "an empty Xvfb screen is blank");

    let runtime_dir = tempfile::tempdir().unwrap();
    let app = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("demo")
        .env("DISPLAY", format!(":{display}"))
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime_dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("start postie demo");
    let mut app = Running(app);

    let deadline = Instant::now() + Duration::from_secs(90);
    loop {
        if let Some(status) = app.0.try_wait().unwrap() {
            let mut error = String::new();
            if let Some(mut stderr) = app.0.stderr.take() {
                let _ = std::io::Read::read_to_string(&mut stderr, &mut error);
            }
            panic!("postie demo exited ({status}) before drawing: {error}");
        }
        if looks_drawn(&screenshot(display)) {
            break;
        }
        assert!(Instant::now() < deadline, "postie demo drew nothing within 90 seconds");
        std::thread::sleep(Duration::from_millis(250));
    }

    // The window's class is the application id the menu entry names in
    // StartupWMClass, so the desktop groups the window under it.
    let tree = Command::new("xwininfo")
        .args(["-root", "-tree", "-display", &format!(":{display}")])
        .output()
        .expect("xwininfo must be installed (tests/run.sh installs the x11-utils package)");
    let tree = String::from_utf8_lossy(&tree.stdout);
    let id = postie::desktop::APP_ID;
    assert!(
        tree.contains(&format!("(\"{id}\" \"{id}\")")),
        "no window of class {id}:\n{tree}"
    );
}

/// Starts the app on `data_dir` in `display`, waits until it has drawn.
fn start_app(display: u32, data_dir: &Path, runtime_dir: &Path) -> Running {
    let app = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("--data-dir")
        .arg(data_dir)
        .env("DISPLAY", format!(":{display}"))
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime_dir)
        .env("LC_ALL", "C.UTF-8")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start postie");
    let mut app = Running(app);
    let deadline = Instant::now() + Duration::from_secs(90);
    while !looks_drawn(&screenshot(display)) {
        assert!(app.0.try_wait().unwrap().is_none(), "postie exited before drawing");
        assert!(Instant::now() < deadline, "postie drew nothing within 90 seconds");
        std::thread::sleep(Duration::from_millis(250));
    }
    app
}

#[test]
fn a_second_postie_on_the_same_data_dir_raises_the_first_and_leaves() {
    let (_xvfb, display) = start_xvfb();
    let data_dir = tempfile::tempdir().unwrap();
    let runtime_dir = tempfile::tempdir().unwrap();
    let mut first = start_app(display, data_dir.path(), runtime_dir.path());

    let started = Instant::now();
    let second = Command::new(env!("CARGO_BIN_EXE_postie"))
        .arg("--data-dir")
        .arg(data_dir.path())
        .env("DISPLAY", format!(":{display}"))
        .env_remove("WAYLAND_DISPLAY")
        .env("XDG_RUNTIME_DIR", runtime_dir.path())
        .env("LC_ALL", "C.UTF-8")
        .output()
        .expect("run a second postie");
    let said = String::from_utf8_lossy(&second.stderr);
    assert!(second.status.success(), "{}: {said}", second.status);
    assert!(
        said.contains("Postie is already open for") && said.contains("brought to the front"),
        "the second tells the user, and the first answered: {said}"
    );
    assert!(started.elapsed() < Duration::from_secs(15), "{:?}", started.elapsed());
    // One window, and the first app still runs.
    assert!(first.0.try_wait().unwrap().is_none(), "the first app is still open");
    let tree = Command::new("xwininfo")
        .args(["-root", "-tree", "-display", &format!(":{display}")])
        .output()
        .expect("xwininfo");
    let id = postie::desktop::APP_ID;
    let windows = String::from_utf8_lossy(&tree.stdout)
        .lines()
        .filter(|line| line.contains(&format!("(\"{id}\" \"{id}\")")))
        .count();
    assert_eq!(windows, 1, "exactly one Postie window");

    // Once the first is gone, the data dir is free again.
    let _ = first.0.kill();
    let _ = first.0.wait();
    let again = start_app(display, data_dir.path(), runtime_dir.path());
    drop(again);
}
