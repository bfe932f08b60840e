//! Downloading a plan's messages: pipelined RETR into staging, commit in
//! batches (each while the next one downloads), and DELE only after a
//! batch's commit is known to have succeeded.

use std::collections::HashMap;

use super::fetch::{push_warning, refs};
use super::plan::{Download, Plan};
use super::staging::{Staged, StagingSink};
use super::store_handle::{InFlight, StoreHandle};
use super::tally::Tally;
use super::{FetchError, FetchOptions, FetchReport, Fetcher, Phase, Progress, StopSignal};
use crate::account::Account;
use crate::pop3::{BodyRequest, Session};
use crate::store::{Incoming, IngestResult, ServerState};

impl Fetcher {
    /// Downloads the plan's messages in batches. Each batch is committed on
    /// a blocking thread while the next one downloads; a batch's messages
    /// are deleted from the server only once its commit is known to have
    /// succeeded.
    #[allow(clippy::too_many_arguments)]
    pub(super) async fn download(
        &self,
        session: &mut Session,
        store: &mut StoreHandle,
        account: &Account,
        plan: &Plan,
        options: &FetchOptions,
        report: &mut FetchReport,
        tally: &mut Tally,
        deletions: &mut Deletions,
    ) -> Result<usize, FetchError> {
        let id = account.id;
        let mut committed = 0;
        let mut progress = Progress {
            account: account.settings.name.clone(),
            phase: Phase::Downloading,
            done: 0,
            total: plan.downloads.len(),
            bytes: 0,
            total_bytes: plan.downloads.iter().map(|d| d.size).sum(),
        };
        let temp_dir = self.data_dir.join("tmp");
        let mut committing: Option<Commit> = None;
        // Set when a stop interrupted a batch: the connection is mid-reply
        // and good for nothing but closing.
        let mut interrupted;
        for batch in batches(&plan.downloads, options.batch_messages, options.batch_bytes) {
            // Asked to stop between batches: settle what is in flight below,
            // then end the session normally.
            if options.stop.is_stopped() {
                break;
            }
            let retrieved = retrieve(
                session,
                batch,
                &temp_dir,
                report,
                &options.stop,
                options.max_message_bytes,
            )
            .await;
            interrupted = matches!(&retrieved, Ok(r) if r.interrupted);
            // Parse this batch on a blocking thread while the previous
            // batch's commit finishes on another.
            let (parsing, retrieved) = match retrieved {
                Ok(Retrieved {
                    incoming,
                    downloads,
                    bytes,
                    too_large,
                    ..
                }) => (Some(parse(incoming)), Ok((downloads, bytes, too_large))),
                Err(error) => (None, Err(error)),
            };
            // Settle the previous commit whatever happened to this batch:
            // nothing is deleted before its outcome is known.
            if let Some(commit) = committing.take() {
                committed += commit.downloads.len();
                let delete_now = self.settle(store, commit, plan, report, tally, &mut progress).await?;
                if retrieved.is_ok() && !interrupted && !delete_now.is_empty() {
                    delete_on_server(session, store, id, delete_now, deletions, report).await?;
                }
            }
            let (downloads, bytes, too_large) = retrieved?;
            if !too_large.is_empty() {
                let now = self.now();
                store
                    .run(move |s| {
                        let skipped: Vec<(&str, u64)> = too_large.iter().map(|(u, n)| (u.as_str(), *n)).collect();
                        s.record_skipped(id, &skipped, now)
                    })
                    .await?;
            }
            if interrupted {
                // Commit what arrived whole, and wait for it: the fetch
                // ends as soon as this commit is safe on disk.
                let now = self.now();
                let incoming = match parsing {
                    Some(parsing) => parsing.await.map_err(|e| FetchError::Internal(e.to_string()))??,
                    None => Vec::new(),
                };
                let commit = Commit {
                    in_flight: store.start(move |s| s.ingest(id, incoming, now))?,
                    batch_len: downloads.len(),
                    downloads,
                };
                self.settle(store, commit, plan, report, tally, &mut progress).await?;
                return Err(FetchError::Stopped);
            }
            tracing::debug!(
                target: "postie::sync",
                account = %progress.account,
                messages = downloads.len(),
                bytes,
                "batch downloaded"
            );
            progress.bytes += bytes;
            let incoming = match parsing {
                Some(parsing) => parsing.await.map_err(|e| FetchError::Internal(e.to_string()))??,
                None => Vec::new(),
            };
            let now = self.now();
            let in_flight = store.start(move |s| s.ingest(id, incoming, now))?;
            committing = Some(Commit {
                in_flight,
                downloads,
                batch_len: batch.len(),
            });
        }
        if let Some(commit) = committing.take() {
            committed += commit.downloads.len();
            let delete_now = self.settle(store, commit, plan, report, tally, &mut progress).await?;
            if !delete_now.is_empty() {
                delete_on_server(session, store, id, delete_now, deletions, report).await?;
            }
        }
        Ok(committed)
    }

    /// Waits for a batch's commit and counts it. Returns what may now be
    /// deleted from the server.
    async fn settle(
        &self,
        store: &mut StoreHandle,
        commit: Commit,
        plan: &Plan,
        report: &mut FetchReport,
        tally: &mut Tally,
        progress: &mut Progress,
    ) -> Result<Vec<(u32, Option<String>)>, FetchError> {
        let results = store.finish(commit.in_flight).await?;
        let mut delete_now = Vec::new();
        for (result, download) in results.iter().zip(&commit.downloads) {
            match result {
                IngestResult::Stored(_) | IngestResult::Completed(_) => {
                    report.new += 1;
                    if let Some(uidl) = &download.uidl {
                        tally.stored.insert(uidl.clone());
                    }
                    if !download.full {
                        report.headers_only += 1;
                    }
                }
                IngestResult::AlreadyHad(_) => match &download.uidl {
                    Some(uidl) => {
                        tally.already_had.insert(uidl.clone());
                    }
                    None => tally.already_had_without_uidl += 1,
                },
            }
            // Committed: only now may the server delete it.
            if plan.delete_after_commit && download.full {
                delete_now.push((download.number, download.uidl.clone()));
            }
        }
        progress.done += commit.batch_len;
        self.report(progress.clone());
        Ok(delete_now)
    }
}

/// Summarises a batch's messages on a blocking thread, starting now.
fn parse(mut incoming: Vec<Incoming>) -> tokio::task::JoinHandle<Result<Vec<Incoming>, FetchError>> {
    tokio::task::spawn_blocking(move || {
        for message in &mut incoming {
            message.summarize().map_err(|e| FetchError::Store(e.into()))?;
        }
        Ok(incoming)
    })
}

/// A batch being committed.
struct Commit {
    in_flight: InFlight<Vec<IngestResult>>,
    /// The downloads behind each incoming message, in the same order.
    downloads: Vec<Download>,
    batch_len: usize,
}

/// A downloaded batch, ready to commit.
struct Retrieved {
    incoming: Vec<Incoming>,
    downloads: Vec<Download>,
    bytes: u64,
    /// A stop cut the batch short: these are the messages that arrived
    /// whole before it, and the session cannot go on.
    interrupted: bool,
    /// `(uidl, size)` of messages that turned out too large to keep.
    too_large: Vec<(String, u64)>,
}

/// RETR (and TOP, for headers only) of one batch into staging.
async fn retrieve(
    session: &mut Session,
    batch: &[Download],
    temp_dir: &std::path::Path,
    report: &mut FetchReport,
    stop: &StopSignal,
    max_message_bytes: u64,
) -> Result<Retrieved, FetchError> {
    let mut sink = StagingSink::new(temp_dir.to_path_buf());
    let full: Vec<&Download> = batch.iter().filter(|d| d.full).collect();
    let partial: Vec<&Download> = batch.iter().filter(|d| !d.full).collect();
    // The limit holds whatever LIST said: a server that understates a
    // size cannot make the store refuse a commit, nor fill the disk.
    let limit = max_message_bytes;
    let requests = |list: &[&Download]| -> Vec<BodyRequest> {
        list.iter()
            .map(|d| BodyRequest::new(d.number, d.size).with_limit(limit))
            .collect()
    };
    // A stop drops the transfer where it is: the message arriving then is
    // discarded (its staging file is unnamed and vanishes); those already
    // whole in the sink are kept for the commit.
    let (full_requests, partial_requests) = (requests(&full), requests(&partial));
    let mut interrupted = tokio::select! {
        biased;
        result = session.retr_many(&full_requests, &mut sink) => { result?; false }
        () = stop.stopped() => true,
    };
    let full_finished = std::mem::take(&mut sink.finished);
    if !interrupted {
        interrupted = tokio::select! {
            biased;
            result = session.top_many(&partial_requests, 0, &mut sink) => { result?; false }
            () = stop.stopped() => true,
        };
    }
    let partial_finished = std::mem::take(&mut sink.finished);

    let mut incoming = Vec::new();
    let mut downloads = Vec::new();
    let mut too_large = Vec::new();
    for (finished, list) in [(full_finished, &full), (partial_finished, &partial)] {
        for (index, staged) in finished {
            let Some(download) = list.get(index) else {
                continue;
            };
            match staged {
                Staged::Complete { body, sha256 } => {
                    incoming.push(Incoming {
                        uidl: download.uidl.clone(),
                        body,
                        sha256,
                        complete: download.full,
                        summary: None,
                    });
                    downloads.push((*download).clone());
                }
                // Larger than it was listed, and than the store can hold:
                // nothing is kept, it stays on the server, and its real
                // size is remembered so the next fetch takes its headers.
                Staged::TooLarge { size } => {
                    push_warning(
                        report,
                        crate::t!(
                            "sync-warning-larger-than-listed",
                            number = download.number.to_string(),
                            listed = crate::i18n::size(download.size),
                            limit = crate::i18n::size(max_message_bytes)
                        ),
                    );
                    if let Some(uidl) = &download.uidl {
                        too_large.push((uidl.clone(), size));
                    }
                }
                // One message the server cannot deliver must not keep the
                // rest from arriving.
                Staged::Refused(reply) => push_warning(
                    report,
                    crate::t!(
                        "sync-warning-not-delivered",
                        number = download.number.to_string(),
                        text = reply.text.as_str()
                    ),
                ),
            }
        }
    }
    Ok(Retrieved {
        incoming,
        downloads,
        bytes: sink.bytes,
        interrupted,
        too_large,
    })
}

/// DELE sent this session, waiting for QUIT to confirm them.
#[derive(Default)]
pub(super) struct Deletions {
    /// UIDLs to mark deleted once QUIT is confirmed.
    pub(super) uidls: Vec<String>,
    /// DELEs the server accepted (with or without UIDL).
    pub(super) count: usize,
}

/// Marks the UIDLs `delete_pending` (committed first, so a crash leaves a
/// record), then sends DELE for each, pipelined.
pub(super) async fn delete_on_server(
    session: &mut Session,
    store: &mut StoreHandle,
    account: i64,
    items: Vec<(u32, Option<String>)>,
    deletions: &mut Deletions,
    report: &mut FetchReport,
) -> Result<(), FetchError> {
    let uidls: Vec<String> = items.iter().filter_map(|(_, u)| u.clone()).collect();
    store
        .run(move |s| s.set_server_state(account, &refs(&uidls), ServerState::DeletePending))
        .await?;
    let numbers: Vec<u32> = items.iter().map(|(n, _)| *n).collect();
    let uidl_of: HashMap<u32, Option<String>> = items.into_iter().collect();
    tracing::debug!(target: "postie::sync", messages = numbers.len(), "deleting on the server");
    for (number, result) in session.dele_many(&numbers).await? {
        match result {
            Ok(()) => {
                deletions.count += 1;
                if let Some(Some(uidl)) = uidl_of.get(&number) {
                    deletions.uidls.push(uidl.clone());
                }
            }
            Err(reply) => push_warning(
                report,
                crate::t!(
                    "sync-warning-delete-refused",
                    number = number.to_string(),
                    text = reply.text.as_str()
                ),
            ),
        }
    }
    Ok(())
}

/// Splits downloads into commit batches by count and size.
fn batches(downloads: &[Download], max_messages: usize, max_bytes: u64) -> Vec<&[Download]> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut bytes = 0u64;
    for (i, download) in downloads.iter().enumerate() {
        let count = i - start;
        if count > 0 && (count >= max_messages.max(1) || bytes + download.size > max_bytes) {
            out.push(&downloads[start..i]);
            start = i;
            bytes = 0;
        }
        bytes += download.size;
    }
    if start < downloads.len() {
        out.push(&downloads[start..]);
    }
    out
}
