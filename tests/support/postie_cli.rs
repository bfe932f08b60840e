//! The `postie` binary run as a child process, and the account on a test
//! Dovecot that the command-line tests add to its data directory.
#![allow(dead_code)]

use std::path::Path;
use std::process::Command;

use super::dovecot::{ALICE, ALICE_PASSWORD, Dovecot};

/// `postie --data-dir DATA_DIR`, in English: the words the tests look for
/// are English ones.
pub fn postie(data_dir: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_postie"));
    command.env("LC_ALL", "C.UTF-8").arg("--data-dir").arg(data_dir);
    command
}

/// Runs `postie` (a command from [`postie`], with whatever else the test
/// sets) as `account add dove`: ALICE on `dovecot`'s TLS port, her
/// password from a command, the server's certificate trusted, and `extra`
/// options (such as `--delete-after-download`). Fails the test unless it
/// succeeds.
#[track_caller]
pub fn add_dove(mut postie: Command, dovecot: &Dovecot, extra: &[&str]) {
    let port = dovecot.tls_port.to_string();
    let fingerprint = dovecot.fingerprint().to_string();
    let password = format!("printf '%s' '{ALICE_PASSWORD}'");
    let added = postie
        .args([
            "account",
            "add",
            "dove",
            "--host",
            "localhost",
            "--port",
            &port,
            "--user",
            ALICE,
            "--password-command",
            &password,
            "--trust-cert",
            &fingerprint,
        ])
        .args(extra)
        .output()
        .unwrap();
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
}
