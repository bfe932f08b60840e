//! `postie list | show | search | trash | restore | empty-trash`.

use std::io::Write as _;
use std::path::Path;

use super::output::{message_json, message_table, sender_line};
use super::{CliError, account_id, open_store};
use crate::mail::readable;
use crate::store::{Folder, MessageFilter, MessageSummary};

pub fn list(data_dir: &Path, account: Option<&str>, folder: Option<Folder>, json: bool) -> Result<i32, CliError> {
    let store = open_store(data_dir)?;
    let account = account.map(|name| account_id(&store, name)).transpose()?;
    let messages = store.list_messages(&MessageFilter {
        account,
        folder,
        ..MessageFilter::default()
    })?;
    print_messages(&messages, json)
}

pub fn search(data_dir: &Path, query: &str, json: bool) -> Result<i32, CliError> {
    let store = open_store(data_dir)?;
    let messages = store.search(query, &MessageFilter::default())?;
    print_messages(&messages, json)
}

fn print_messages(messages: &[MessageSummary], json: bool) -> Result<i32, CliError> {
    let mut out = std::io::stdout().lock();
    if json {
        let items: Vec<_> = messages.iter().map(message_json).collect();
        writeln!(out, "{}", serde_json::to_string_pretty(&items)?)?;
    } else if !messages.is_empty() {
        for line in message_table(messages) {
            writeln!(out, "{line}")?;
        }
    }
    Ok(0)
}

pub fn show(data_dir: &Path, id: i64, raw: bool) -> Result<i32, CliError> {
    let store = open_store(data_dir)?;
    if raw {
        let mut out = std::io::stdout().lock();
        if !store.copy_raw_message(id, &mut out)? {
            return Err(no_message(id));
        }
        out.flush()?;
        return Ok(0);
    }
    let Some(summary) = store.message(id)? else {
        return Err(no_message(id));
    };
    let bytes = store.raw_message(id)?.unwrap_or_default();
    let reader = readable(&bytes);
    let mut out = std::io::stdout().lock();
    let sender = sender_line(&summary);
    writeln!(out, "{}", crate::t!("cli-show-from", sender = sender))?;
    if !summary.to.is_empty() {
        writeln!(out, "{}", crate::t!("cli-show-to", to = summary.to.as_str()))?;
    }
    if !summary.cc.is_empty() {
        writeln!(out, "{}", crate::t!("cli-show-cc", cc = summary.cc.as_str()))?;
    }
    if let Some(date) = summary.date {
        let date = crate::i18n::full_date(date);
        writeln!(out, "{}", crate::t!("cli-show-date", date = date))?;
    }
    writeln!(
        out,
        "{}",
        crate::t!("cli-show-subject", subject = summary.subject.as_str())
    )?;
    if !summary.complete {
        let id = id.to_string();
        writeln!(out, "{}", crate::t!("cli-show-headers-only", id = id))?;
    }
    if summary.parse_failed {
        writeln!(out, "{}", crate::t!("cli-show-unreadable"))?;
    }
    for attachment in &reader.attachments {
        let name = if attachment.name.is_empty() {
            crate::t!("cli-show-attachment-no-name")
        } else {
            attachment.name.clone()
        };
        let size: usize = attachment.size;
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-show-attachment",
                name = name,
                content_type = attachment.content_type.as_str(),
                size = size
            )
        )?;
    }
    writeln!(out)?;
    writeln!(out, "{}", reader.body.trim_end())?;
    Ok(0)
}

pub fn trash(data_dir: &Path, ids: &[i64]) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    check_exist(&store, ids)?;
    store.move_to_trash(ids)?;
    Ok(0)
}

pub fn restore(data_dir: &Path, ids: &[i64]) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    check_exist(&store, ids)?;
    store.restore(ids)?;
    Ok(0)
}

pub fn empty_trash(data_dir: &Path) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    let removed = store.empty_trash(None)?;
    let count: usize = removed;
    eprintln!("postie: {}", crate::t!("cli-trash-emptied", count = count));
    Ok(0)
}

fn check_exist(store: &crate::store::Store, ids: &[i64]) -> Result<(), CliError> {
    for &id in ids {
        if store.message(id)?.is_none() {
            return Err(no_message(id));
        }
    }
    Ok(())
}

fn no_message(id: i64) -> CliError {
    let id = id.to_string();
    CliError(crate::t!("cli-no-such-message", id = id))
}
