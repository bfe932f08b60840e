//! `postie fetch`: one line (or JSON object) per account; exit status 0
//! only when every account succeeded.

use std::io::IsTerminal as _;
use std::path::Path;
use std::sync::Arc;

use serde_json::json;

use super::output::{local_date, rfc3339};
use super::{CliError, open_store};
use crate::sync::{FetchOptions, FetchReport, Fetcher, Progress};

pub fn run(data_dir: &Path, names: &[String], json: bool, dry_run: bool, full: &[i64]) -> Result<i32, CliError> {
    let mut store = open_store(data_dir)?;
    let mut accounts = store.accounts()?;
    if !names.is_empty() {
        for name in names {
            if !accounts.iter().any(|a| &a.settings.name == name) {
                return Err(CliError(format!(
                    "There is no account named '{name}'. See 'postie account list'."
                )));
            }
        }
        accounts.retain(|a| names.contains(&a.settings.name));
    }
    if accounts.is_empty() {
        return Err(CliError(
            "There are no accounts yet. Add one with 'postie account add'.".into(),
        ));
    }
    for &id in full {
        if !store.request_full_message(id)? {
            eprintln!("postie: message {id} is already complete.");
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
    let text = match progress.total {
        0 => format!("{}: {}", progress.account, progress.phase),
        total => format!(
            "{}: {} {} of {} ({} KiB)",
            progress.account,
            progress.phase,
            progress.done,
            total,
            progress.bytes / 1024
        ),
    };
    eprint!("\r\x1b[K{text}");
}

fn print_report(report: &FetchReport) {
    let name = &report.account;
    if let Some(error) = &report.error {
        println!("{name}: error: {error}");
    } else if let Some(until) = report.postponed_until {
        println!(
            "{name}: not checked: the server allows a login only every few minutes; next check after {}",
            local_date(until)
        );
    } else if let Some(dry) = &report.dry_run {
        println!(
            "{name}: dry run: {} to download, {} to delete on server, {} already had, {} skipped",
            dry.would_download.len(),
            dry.would_delete.len(),
            report.already_had,
            report.skipped
        );
        for deletion in &dry.would_delete {
            println!(
                "  would delete {} ({} bytes): {}",
                deletion.uidl,
                deletion.size,
                deletion.reason.describe()
            );
        }
    } else {
        let mut line = format!(
            "{name}: {} new, {} already had, {} deleted on server, {} skipped",
            report.new, report.already_had, report.deleted_on_server, report.skipped
        );
        if report.headers_only > 0 {
            line.push_str(&format!(" ({} headers only)", report.headers_only));
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
