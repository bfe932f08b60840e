//! One background worker per account, as an iced subscription: it checks
//! for mail now and then (and on demand), runs the sync engine on tokio,
//! and reports progress. The UI talks to it only through messages.

use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use iced::futures::channel::mpsc;
use iced::futures::{SinkExt as _, Stream, StreamExt as _};

use crate::pop3::CertificateProblem;
use crate::store::{AccountId, AccountState, Store, unix_now};
use crate::sync::{FetchError, FetchOptions, FetchReport, Fetcher, Progress};

/// What identifies a worker: one per account and data directory.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct WorkerKey {
    pub data_dir: PathBuf,
    pub account: AccountId,
}

/// What a worker tells the app.
#[derive(Debug, Clone)]
pub enum Event {
    /// The worker runs; here is how to steer it.
    Ready(Controller),
    Started,
    Progress(Progress),
    Finished(Box<FetchSummary>),
    Cancelled,
    /// When the next automatic check is due (Unix time), if ever.
    NextCheck(Option<i64>),
}

/// An event from one account's worker.
#[derive(Debug, Clone)]
pub struct WorkerEvent {
    pub account: AccountId,
    pub event: Event,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Control {
    FetchNow,
    Cancel,
    /// The check interval changed: work out the next check again.
    Reschedule,
    /// The app is closing: bring a running fetch to a safe stop.
    Stop,
}

/// How long a stopping fetch may take to reach a safe point before it is
/// dropped anyway. Dropping is safe too (a commit in flight finishes or
/// rolls back whole; nothing is deleted without QUIT); this only saves
/// downloaded mail from being fetched again.
const STOP_GRACE: Duration = Duration::from_secs(15);

/// Steers one worker.
#[derive(Debug, Clone)]
pub struct Controller(mpsc::Sender<Control>);

impl Controller {
    pub fn fetch_now(&self) {
        self.send(Control::FetchNow);
    }

    pub fn cancel(&self) {
        self.send(Control::Cancel);
    }

    pub fn reschedule(&self) {
        self.send(Control::Reschedule);
    }

    /// Asks a running fetch to stop at the next safe point; it then
    /// reports [`Event::Finished`] as usual.
    pub fn stop(&self) {
        self.send(Control::Stop);
    }

    fn send(&self, control: Control) {
        // A full queue means the worker already has this to do.
        let _ = self.0.clone().try_send(control);
    }
}

/// The outcome of a fetch, as the UI shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FetchSummary {
    pub at: i64,
    pub new: usize,
    pub deleted_on_server: usize,
    pub skipped: usize,
    /// One sentence for the status bar, when the fetch failed.
    pub error: Option<String>,
    /// The certificate to offer to trust, when that is why it failed.
    pub certificate: Option<CertificateProblem>,
    /// The password was refused: do not try again by itself.
    pub auth_rejected: bool,
    /// The server refused for good (`[SYS/PERM]`): do not try again by
    /// itself either; `error` has the server's words.
    pub permanent: bool,
    /// Not before this time (Unix): the server asked for a delay.
    pub retry_at: Option<i64>,
    pub postponed_until: Option<i64>,
    pub warnings: Vec<String>,
}

impl FetchSummary {
    fn from_report(report: &FetchReport, at: i64) -> FetchSummary {
        let certificate = match &report.error {
            Some(FetchError::Pop3(error)) => error.certificate_problem().cloned(),
            _ => None,
        };
        FetchSummary {
            at,
            new: report.new,
            deleted_on_server: report.deleted_on_server,
            skipped: report.skipped,
            error: report.error.as_ref().map(ToString::to_string),
            certificate,
            auth_rejected: report.error.as_ref().is_some_and(FetchError::is_auth_rejected),
            permanent: report.error.as_ref().is_some_and(FetchError::is_permanent),
            retry_at: report
                .error
                .as_ref()
                .and_then(FetchError::retry_after)
                .map(|delay| at.saturating_add(i64::try_from(delay.as_secs()).unwrap_or(i64::MAX))),
            postponed_until: report.postponed_until,
            warnings: report.warnings.clone(),
        }
    }
}

/// The worker for `key`, as a stream for `Subscription::run_with`.
pub fn run(key: &WorkerKey) -> impl Stream<Item = WorkerEvent> + use<> {
    let key = key.clone();
    iced::stream::channel(100, async move |output: mpsc::Sender<WorkerEvent>| {
        // Its own tokio task, so a busy UI (backpressure on `output`) never
        // stalls a download. Aborted when the subscription goes away.
        let task = tokio::spawn(work(key, output));
        let _abort = AbortOnDrop(task.abort_handle());
        let _ = task.await;
    })
}

struct AbortOnDrop(tokio::task::AbortHandle);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}

async fn work(key: WorkerKey, mut output: mpsc::Sender<WorkerEvent>) {
    let account = key.account;
    let (controls, mut control) = mpsc::channel(8);
    let emit = |event| WorkerEvent { account, event };
    if output.send(emit(Event::Ready(Controller(controls)))).await.is_err() {
        return;
    }
    let progress_output = output.clone();
    let fetcher = Fetcher::new(key.data_dir.clone()).with_progress(Arc::new(move |progress: Progress| {
        // Progress is lossy: a full queue drops an update, never blocks.
        let _ = progress_output.clone().try_send(WorkerEvent {
            account,
            event: Event::Progress(progress),
        });
    }));
    // The first check comes right away, as the app starts.
    let mut next_check = Some(unix_now());
    let mut stop_after_rejection = false;
    // Failed checks in a row: each one after the first waits longer.
    let mut failures: u32 = 0;
    loop {
        let _ = output.send(emit(Event::NextCheck(next_check))).await;
        let wait = async {
            match next_check {
                Some(at) => tokio::time::sleep(seconds_until(at)).await,
                None => std::future::pending().await,
            }
        };
        tokio::select! {
            () = wait => {}
            control = control.next() => match control {
                // Asked for (also by saving the account's settings): tried
                // even after a refused password.
                Some(Control::FetchNow) => {}
                Some(Control::Reschedule) => {
                    if !stop_after_rejection {
                        next_check = schedule(&key, failures, None).await;
                    }
                    continue;
                }
                Some(Control::Cancel | Control::Stop) => continue,
                None => return,
            },
        }

        let Some(account_record) = load_account(&key).await else {
            return; // The account was removed.
        };
        let _ = output.send(emit(Event::Started)).await;
        let options = FetchOptions::default();
        let stop = options.stop.clone();
        let started_at = unix_now();
        let fetch = fetcher.fetch(&account_record, &options);
        tokio::pin!(fetch);
        // Far away until a stop is asked for.
        let mut give_up_at = tokio::time::Instant::now() + Duration::from_secs(365 * 86_400);
        let report = loop {
            tokio::select! {
                report = &mut fetch => break Some(report),
                () = tokio::time::sleep_until(give_up_at) => break None,
                control = control.next() => match control {
                    // Dropping the fetch closes the connection without
                    // QUIT: the server deletes nothing; committed mail stays.
                    Some(Control::Cancel) => break None,
                    Some(Control::Stop) => {
                        stop.stop();
                        give_up_at = tokio::time::Instant::now() + STOP_GRACE;
                    }
                    Some(_) => {}
                    None => return,
                },
            }
        };
        if report.as_ref().is_some_and(|r| r.new > 0) {
            tell_about_new_mail(&key, started_at).await;
        }
        let summary = report.as_ref().map(|r| FetchSummary::from_report(r, unix_now()));
        stop_after_rejection = summary.as_ref().is_some_and(|s| s.auth_rejected || s.permanent);
        match &summary {
            Some(summary) if summary.error.is_some() => failures = failures.saturating_add(1),
            Some(_) => failures = 0,
            // Cancelled: says nothing about the server.
            None => {}
        }
        let postponed = summary
            .as_ref()
            .and_then(|s| s.postponed_until.into_iter().chain(s.retry_at).max());
        let event = match summary {
            Some(summary) => Event::Finished(Box::new(summary)),
            None => Event::Cancelled,
        };
        if output.send(emit(event)).await.is_err() {
            return;
        }
        // A refused password is not tried again on a timer: servers lock
        // accounts that keep failing. Nor is a permanent refusal
        // ([SYS/PERM], RFC 3206), whose words the status bar shows. No
        // check is due until the user asks for one or changes the account.
        next_check = if stop_after_rejection {
            None
        } else {
            schedule(&key, failures, postponed).await
        };
    }
}

/// A desktop notification of what this fetch brought, when the account
/// wants one. Shown on its own task: a slow or missing notification
/// service never holds up the worker.
async fn tell_about_new_mail(key: &WorkerKey, since: i64) {
    let key = key.clone();
    let notice = tokio::task::spawn_blocking(move || {
        let store = Store::open(&key.data_dir).ok()?;
        let profile = store.account_profile(key.account).ok()?;
        if !profile.notify_new_mail {
            return None;
        }
        let account = store.account(key.account).ok().flatten()?;
        let arrivals = store.arrivals_since(key.account, since).ok()?;
        crate::ui::notify::notice_for(&crate::ui::accounts::label_for(&account, &profile), &arrivals)
    })
    .await
    .ok()
    .flatten();
    if let Some(notice) = notice {
        tokio::spawn(async move {
            if let Err(error) = crate::ui::notify::show(notice).await {
                tracing::debug!(target: "postie::ui", %error, "no desktop notification");
            }
        });
    }
}

async fn load_account(key: &WorkerKey) -> Option<crate::account::Account> {
    let key = key.clone();
    tokio::task::spawn_blocking(move || Store::open(&key.data_dir).ok()?.account(key.account).ok().flatten())
        .await
        .ok()
        .flatten()
}

/// The next automatic check (see [`next_check_at`]). `None` when
/// automatic checks are off.
async fn schedule(key: &WorkerKey, failures_in_a_row: u32, postponed_until: Option<i64>) -> Option<i64> {
    let key = key.clone();
    let found = tokio::task::spawn_blocking(move || {
        let store = Store::open(&key.data_dir).ok()?;
        let profile = store.account_profile(key.account).ok()?;
        let state = store.account_state(key.account).ok()?;
        Some((profile.check_interval_minutes, state))
    })
    .await
    .ok()
    .flatten();
    let (minutes, state) = found?;
    next_check_at(unix_now(), minutes, failures_in_a_row, &state, postponed_until)
}

/// The longest wait that failed checks in a row stretch the interval to
/// (an account's own longer interval is kept as it is).
pub const BACKOFF_CAP_SECONDS: i64 = 60 * 60;

/// When the next automatic check is due, for a check that ended at `now`:
/// the account's interval, doubled for each failed check in a row after
/// the first, up to [`BACKOFF_CAP_SECONDS`]; and never before the server's
/// LOGIN-DELAY allows a login. `None` when automatic checks are off.
pub fn next_check_at(
    now: i64,
    interval_minutes: u32,
    failures_in_a_row: u32,
    state: &AccountState,
    postponed_until: Option<i64>,
) -> Option<i64> {
    if interval_minutes == 0 {
        return None;
    }
    let interval = i64::from(interval_minutes) * 60;
    let doublings = failures_in_a_row.saturating_sub(1).min(16);
    let wait = interval
        .saturating_mul(1 << doublings)
        .min(interval.max(BACKOFF_CAP_SECONDS));
    let mut next = now.saturating_add(wait);
    if let (Some(last), Some(delay)) = (state.last_login_at, state.login_delay_seconds) {
        next = next.max(last.saturating_add(i64::from(delay)));
    }
    if let Some(until) = postponed_until {
        next = next.max(until);
    }
    Some(next)
}

fn seconds_until(at: i64) -> Duration {
    Duration::from_secs(u64::try_from(at - unix_now()).unwrap_or(0))
}
