//! `postie export`: messages out as an mbox file (mboxrd) or a Maildir.

use std::fs::{self, File, OpenOptions};
use std::io::{BufWriter, Write as _};
use std::path::{Path, PathBuf};

use super::{CliError, account_id, open_store};
use crate::store::{MessageFilter, MessageSummary, SortOrder, Store};

pub fn run(
    data_dir: &Path,
    mbox: Option<PathBuf>,
    maildir: Option<PathBuf>,
    account: Option<&str>,
) -> Result<i32, CliError> {
    let store = open_store(data_dir)?;
    let account = account.map(|name| account_id(&store, name)).transpose()?;
    let messages = store.list_messages(&MessageFilter {
        account,
        sort: SortOrder::DateAscending,
        ..MessageFilter::default()
    })?;
    let written = match (mbox, maildir) {
        (Some(path), _) => export_mbox(&store, &messages, &path)?,
        (None, Some(dir)) => export_maildir(&store, &messages, &dir)?,
        (None, None) => return Err(CliError(crate::t!("cli-export-needs-target"))),
    };
    let count: usize = written;
    eprintln!("postie: {}", crate::t!("cli-export-done", count = count));
    Ok(0)
}

fn export_mbox(store: &Store, messages: &[MessageSummary], path: &Path) -> Result<usize, CliError> {
    // Never overwrite: an existing file may be someone's only archive.
    let file = OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(path)
        .map_err(|e| {
            let path = path.display().to_string();
            let error = e.to_string();
            CliError(crate::t!("cli-export-file-exists", path = path, error = error))
        })?;
    let mut out = BufWriter::new(file);
    for message in messages {
        let Some(raw) = store.raw_message(message.id)? else {
            continue;
        };
        let sender = if message.from_address.is_empty() {
            "MAILER-DAEMON"
        } else {
            &message.from_address
        };
        let sender: String = sender.chars().filter(|c| !c.is_whitespace()).collect();
        let date = jiff::Timestamp::from_second(message.received_at)
            .map(|t| t.strftime("%a %b %e %H:%M:%S %Y").to_string())
            .unwrap_or_default();
        writeln!(out, "From {sender} {date}")?;
        out.write_all(&mboxrd_quote(&raw))?;
        writeln!(out)?;
    }
    out.flush()?;
    out.get_ref().sync_all()?;
    Ok(messages.len())
}

/// LF line ends, and every line matching `^>*From ` gets one more `>`.
fn mboxrd_quote(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len() + 64);
    for line in raw.split_inclusive(|&b| b == b'\n') {
        let content = line.strip_suffix(b"\n").unwrap_or(line);
        let content = content.strip_suffix(b"\r").unwrap_or(content);
        let unquoted = content
            .iter()
            .position(|&b| b != b'>')
            .map_or(&content[..0], |i| &content[i..]);
        if unquoted.starts_with(b"From ") {
            out.push(b'>');
        }
        out.extend_from_slice(content);
        out.push(b'\n');
    }
    out
}

fn export_maildir(store: &Store, messages: &[MessageSummary], dir: &Path) -> Result<usize, CliError> {
    for sub in ["tmp", "new", "cur"] {
        fs::create_dir_all(dir.join(sub))?;
    }
    let pid = std::process::id();
    for message in messages {
        let Some(raw) = store.raw_message(message.id)? else {
            continue;
        };
        let unique = format!("{}.P{pid}Q{}.postie", message.received_at, message.id);
        let flags = format!(
            "{}{}",
            if message.starred { "F" } else { "" },
            if message.unread { "" } else { "S" }
        );
        let temporary = dir.join("tmp").join(&unique);
        let mut file = File::create(&temporary)?;
        file.write_all(&lf_only(&raw))?;
        file.sync_all()?;
        let target = dir.join("cur").join(format!("{unique}:2,{flags}"));
        if target.exists() {
            fs::remove_file(&temporary)?;
            let path = target.display().to_string();
            return Err(CliError(crate::t!("cli-export-maildir-not-empty", path = path)));
        }
        fs::rename(&temporary, &target)?;
    }
    File::open(dir.join("cur"))?.sync_all()?;
    Ok(messages.len())
}

fn lf_only(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'\r' && raw.get(i + 1) == Some(&b'\n') {
            i += 1;
            continue;
        }
        out.push(raw[i]);
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mboxrd_quoting() {
        let raw = b"Subject: x\r\n\r\nFrom here\r\n>From there\r\nnot From\r\n";
        assert_eq!(mboxrd_quote(raw), b"Subject: x\n\n>From here\n>>From there\nnot From\n");
    }
}
