//! `postie fetch`: one line (or JSON object) per account; exit status 0
//! only when every account succeeded.

use std::io::IsTerminal as _;
use std::path::Path;
use std::sync::Arc;

use serde_json::json;

use super::output::rfc3339;
use super::{CliError, no_account, open_store};
use crate::sync::{FetchOptions, FetchReport, Fetcher, Progress};

pub fn run(data_dir: &Path, names: &[String], json: bool, dry_run: bool, full: &[i64]) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    let mut accounts = store.accounts()?;
    if !names.is_empty() {
        for name in names {
            if !accounts.iter().any(|a| &a.settings.name == name) {
                return Err(no_account(name));
            }
        }
        accounts.retain(|a| names.contains(&a.settings.name));
    }
    if accounts.is_empty() {
        return Err(CliError(crate::t!("cli-no-accounts")));
    }
    for &id in full {
        if !store.request_full_message(id)? {
            let id = id.to_string();
            eprintln!("postie: {}", crate::t!("cli-fetch-already-complete", id = id));
        }
    }
    drop(store);

    let mut fetcher = Fetcher::new(data_dir.to_path_buf());
    if std::io::stderr().is_terminal() && !json {
        fetcher = fetcher.with_progress(Arc::new(show_progress));
    }
    let mut options = FetchOptions {
        dry_run,
        ..FetchOptions::default()
    };
    // Messages per commit: smaller commits lose less work to a crash on a
    // slow medium (and give tests many crash points).
    if let Some(batch) = std::env::var("POSTIE_COMMIT_BATCH").ok().and_then(|v| v.parse().ok()) {
        options.batch_messages = batch;
    }
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()?;
    if json {
        // The JSON's sentences (errors, warnings) stay English whatever
        // the locale, as all of `--json` does: tools read them. Nothing
        // else is printed from here on.
        crate::i18n::select(None);
    }
    let mut all_ok = true;
    for account in &accounts {
        let report = runtime.block_on(fetcher.fetch(account, &options));
        if std::io::stderr().is_terminal() && !json {
            eprint!("\r\x1b[K");
        }
        all_ok &= report.succeeded();
        if json {
            println!("{}", report_json(&report));
        } else {
            print_report(&report);
        }
    }
    Ok(if all_ok { 0 } else { 1 })
}

fn show_progress(progress: Progress) {
    let phase = progress.phase.to_string();
    let account = progress.account.as_str();
    let text = match progress.total {
        0 => crate::t!("cli-progress", account = account, phase = phase),
        total => {
            let done: usize = progress.done;
            let size = crate::i18n::size(progress.bytes);
            crate::t!(
                "cli-progress-count",
                account = account,
                phase = phase,
                done = done,
                total = total,
                size = size
            )
        }
    };
    eprint!("\r\x1b[K{text}");
}

fn print_report(report: &FetchReport) {
    let name = &report.account;
    let account = name.as_str();
    let already_had: usize = report.already_had;
    let skipped: usize = report.skipped;
    if let Some(error) = &report.error {
        let error = error.to_string();
        println!("{}", crate::t!("cli-fetch-error", account = account, error = error));
    } else if let Some(until) = report.postponed_until {
        let date = crate::i18n::full_date(until);
        println!("{}", crate::t!("cli-fetch-postponed", account = account, date = date));
    } else if let Some(dry) = &report.dry_run {
        let download: usize = dry.would_download.len();
        let delete: usize = dry.would_delete.len();
        println!(
            "{}",
            crate::t!(
                "cli-fetch-dry-run",
                account = account,
                download = download,
                delete = delete,
                already_had = already_had,
                skipped = skipped
            )
        );
        for deletion in &dry.would_delete {
            let size: u64 = deletion.size;
            // In the user's language; the JSON keeps `describe()`.
            let reason = deletion.reason.to_string();
            println!(
                "  {}",
                crate::t!(
                    "cli-fetch-would-delete",
                    uidl = deletion.uidl.as_str(),
                    size = size,
                    reason = reason
                )
            );
        }
    } else {
        let new: usize = report.new;
        let deleted: usize = report.deleted_on_server;
        let mut line = crate::t!(
            "cli-fetch-summary",
            account = account,
            new = new,
            already_had = already_had,
            deleted = deleted,
            skipped = skipped
        );
        if report.headers_only > 0 {
            let count: usize = report.headers_only;
            line.push(' ');
            line.push_str(&crate::t!("cli-fetch-headers-only", count = count));
        }
        println!("{line}");
    }
    for warning in &report.warnings {
        eprintln!("postie: {name}: {warning}");
    }
}

fn report_json(report: &FetchReport) -> serde_json::Value {
    let mut value = json!({
        "account": report.account,
        "new": report.new,
        "already_had": report.already_had,
        "deleted_on_server": report.deleted_on_server,
        "skipped": report.skipped,
        "headers_only": report.headers_only,
        "sessions": report.sessions,
        "error": report.error.as_ref().map(ToString::to_string),
        "warnings": report.warnings,
        "postponed_until": report.postponed_until.and_then(rfc3339),
    });
    if let Some(dry) = &report.dry_run {
        value["dry_run"] = json!({
            "would_download": dry.would_download.iter().map(|d| json!({
                "number": d.number, "uidl": d.uidl, "size": d.size, "full": d.full,
            })).collect::<Vec<_>>(),
            "would_delete": dry.would_delete.iter().map(|d| json!({
                "number": d.number, "uidl": d.uidl, "size": d.size, "reason": d.reason.describe(),
            })).collect::<Vec<_>>(),
        });
    }
    if let Some(problem) = report.error.as_ref().and_then(certificate_problem) {
        value["certificate_sha256"] = json!(problem.certificate.sha256.to_hex());
    }
    value
}

fn certificate_problem(error: &crate::sync::FetchError) -> Option<&crate::pop3::CertificateProblem> {
    match error {
        crate::sync::FetchError::Pop3(e) => e.certificate_problem(),
        _ => None,
    }
}
