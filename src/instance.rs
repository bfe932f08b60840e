//! One running app per data directory.
//!
//! The first `postie` to open a data directory holds an exclusive lock on
//! `app.lock` in it (released by the kernel however the process ends) and
//! listens on a Unix socket beside it. A second `postie` finds the lock
//! taken, asks the first through the socket to bring its window to the
//! front, and leaves. The socket lives in the data directory, which only
//! its owner can enter, so no other user can send it anything.

use std::fs::{self, File, OpenOptions, TryLockError};
use std::io::{self, BufRead as _, BufReader, Read as _, Write as _};
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::time::Duration;

/// What a second instance sends, and what the first answers.
const RAISE: &[u8] = b"raise\n";
const RAISED: &str = "raised";
/// How long a second instance waits for the first to answer.
const ANSWER_TIMEOUT: Duration = Duration::from_secs(3);
/// The longest request line the first instance reads.
const MAX_REQUEST: u64 = 64;

/// The first instance: holds the lock while it lives.
#[derive(Debug)]
pub struct Instance {
    _lock: File,
    listener: Option<UnixListener>,
    socket: PathBuf,
}

/// What [`claim`] found.
#[derive(Debug)]
pub enum Claim {
    /// No other app has this data directory: this one does now.
    First(Instance),
    /// Another app has it; `raised` tells whether it answered and brought
    /// its window to the front.
    AlreadyRunning { raised: bool },
}

/// Takes the data directory for this app, or asks the app that has it to
/// show its window.
pub fn claim(data_dir: &Path) -> io::Result<Claim> {
    fs::create_dir_all(data_dir)?;
    let lock = OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(data_dir.join("app.lock"))?;
    let socket = socket_path(data_dir);
    match lock.try_lock() {
        Ok(()) => {}
        Err(TryLockError::WouldBlock) => {
            let raised = ask_to_raise(&socket).is_ok();
            return Ok(Claim::AlreadyRunning { raised });
        }
        Err(TryLockError::Error(error)) => return Err(error),
    }
    // We hold the lock, so a socket file left here belongs to an app that
    // has ended: replace it.
    match fs::remove_file(&socket) {
        Ok(()) => {}
        Err(error) if error.kind() == io::ErrorKind::NotFound => {}
        Err(error) => return Err(error),
    }
    // Without a socket (a path too long for one, say) the lock still keeps
    // a second app out; it just cannot raise this one's window.
    let listener = UnixListener::bind(&socket).ok();
    Ok(Claim::First(Instance {
        _lock: lock,
        listener,
        socket,
    }))
}

/// The socket's path: in the data directory when the path fits in a
/// socket address (108 bytes on Linux), else in the user's runtime
/// directory under a name derived from the data directory.
fn socket_path(data_dir: &Path) -> PathBuf {
    let beside = data_dir.join("app.sock");
    if beside.as_os_str().len() < 100 {
        return beside;
    }
    use sha2::Digest as _;
    let canonical = data_dir.canonicalize().unwrap_or_else(|_| data_dir.to_path_buf());
    let digest = sha2::Sha256::digest(canonical.as_os_str().as_encoded_bytes());
    let name: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
    let runtime = dirs::runtime_dir().unwrap_or_else(std::env::temp_dir);
    runtime.join(format!("postie-{name}.sock"))
}

fn ask_to_raise(socket: &Path) -> io::Result<()> {
    let mut stream = UnixStream::connect(socket)?;
    stream.set_read_timeout(Some(ANSWER_TIMEOUT))?;
    stream.set_write_timeout(Some(ANSWER_TIMEOUT))?;
    stream.write_all(RAISE)?;
    let mut answer = String::new();
    BufReader::new(stream.take(MAX_REQUEST)).read_line(&mut answer)?;
    if answer.trim_end() == RAISED {
        Ok(())
    } else {
        Err(io::Error::other("no answer"))
    }
}

impl Instance {
    /// The socket on which other instances ask to raise the window, to be
    /// watched by the app (once).
    pub fn take_listener(&mut self) -> Option<UnixListener> {
        self.listener.take()
    }
}

impl Drop for Instance {
    fn drop(&mut self) {
        // Only the lock holder ever creates the socket, and we still hold
        // the lock here.
        let _ = fs::remove_file(&self.socket);
    }
}

/// Serves one connection on the first instance's socket: true when it was
/// a well-formed request to raise the window (and it was answered).
/// Anything else is dropped. `stream` must come from the listener.
pub fn answer(stream: UnixStream) -> bool {
    let _ = stream.set_read_timeout(Some(ANSWER_TIMEOUT));
    let _ = stream.set_write_timeout(Some(ANSWER_TIMEOUT));
    let mut request = String::new();
    let Ok(reader) = stream.try_clone() else {
        return false;
    };
    if BufReader::new(reader.take(MAX_REQUEST))
        .read_line(&mut request)
        .is_err()
    {
        return false;
    }
    if request.as_bytes() != RAISE {
        return false;
    }
    let mut stream = stream;
    let _ = stream.write_all(format!("{RAISED}\n").as_bytes());
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Serves raise requests on `listener` in a thread, counting them.
    fn serve(listener: UnixListener, count: usize) -> std::thread::JoinHandle<usize> {
        std::thread::spawn(move || {
            let mut raised = 0;
            for stream in listener.incoming().take(count) {
                if let Ok(stream) = stream
                    && answer(stream)
                {
                    raised += 1;
                }
            }
            raised
        })
    }

    #[test]
    fn a_second_claim_raises_the_first() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Claim::First(mut first) = claim(dir.path()).expect("claim") else {
            panic!("the first claim must win");
        };
        let server = serve(first.take_listener().expect("a socket"), 1);
        match claim(dir.path()).expect("second claim") {
            Claim::AlreadyRunning { raised } => assert!(raised, "the first instance answered"),
            Claim::First(_) => panic!("two instances on one data dir"),
        }
        assert_eq!(server.join().expect("server thread"), 1);
    }

    #[test]
    fn the_data_dir_is_free_again_when_the_first_ends() {
        let dir = tempfile::tempdir().expect("temp dir");
        let first = claim(dir.path()).expect("claim");
        assert!(matches!(first, Claim::First(_)));
        drop(first);
        assert!(!dir.path().join("app.sock").exists(), "the socket is removed");
        assert!(matches!(claim(dir.path()).expect("claim again"), Claim::First(_)));
    }

    #[test]
    fn a_stale_socket_is_replaced() {
        let dir = tempfile::tempdir().expect("temp dir");
        // Left behind by an app that was killed: a socket nobody serves.
        let stale = UnixListener::bind(dir.path().join("app.sock")).expect("bind");
        drop(stale);
        let Claim::First(mut first) = claim(dir.path()).expect("claim") else {
            panic!("a stale socket does not mean a running app");
        };
        assert!(first.take_listener().is_some());
    }

    #[test]
    fn an_app_that_does_not_answer_is_still_running() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Claim::First(mut first) = claim(dir.path()).expect("claim") else {
            panic!("first");
        };
        // Its listener is gone (not served): the second must not start.
        drop(first.take_listener());
        assert!(matches!(
            claim(dir.path()).expect("second"),
            Claim::AlreadyRunning { raised: false }
        ));
    }

    #[test]
    fn garbage_on_the_socket_raises_nothing() {
        let dir = tempfile::tempdir().expect("temp dir");
        let Claim::First(mut first) = claim(dir.path()).expect("claim") else {
            panic!("first");
        };
        let server = serve(first.take_listener().expect("socket"), 2);
        let mut noisy = UnixStream::connect(dir.path().join("app.sock")).expect("connect");
        noisy.write_all(&[b'x'; 4096]).expect("write");
        drop(noisy);
        let mut wrong = UnixStream::connect(dir.path().join("app.sock")).expect("connect");
        wrong.write_all(b"quit\n").expect("write");
        drop(wrong);
        assert_eq!(server.join().expect("server"), 0);
    }

    #[test]
    fn long_data_dirs_put_the_socket_in_the_runtime_dir() {
        let long = Path::new("/tmp").join("d".repeat(150));
        let path = socket_path(&long);
        assert!(path.as_os_str().len() < 108, "{}", path.display());
        assert!(
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("postie-"))
        );
        assert_eq!(socket_path(&long), path, "the same dir gives the same socket");
    }
}
