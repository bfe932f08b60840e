//! Fetching one account: the session loop and one session's steps.

use super::download::{Deletions, delete_on_server};
use super::listing::{list_messages, listing_digest, nothing_to_do, snapshot_applies};
use super::lock::AccountLock;
use super::plan::{self, PlanInput};
use super::store_handle::{StoreHandle, blocking};
use super::tally::Tally;
use super::{DryRun, FetchError, FetchOptions, FetchReport, Fetcher, Phase, Progress};
use crate::account::{Account, AccountSettings};
use crate::pop3::{Connection, Credentials, QuitOutcome, Retention, Secret, Security, ServerConfig};
use crate::store::{ListingSnapshot, ServerState};

/// The engine's connection settings for an account.
pub fn server_config_for(settings: &AccountSettings, options: &FetchOptions) -> ServerConfig {
    let mut config = ServerConfig::new(settings.host.clone(), settings.security).with_port(settings.port);
    config.pinned_certificate = settings.pinned_certificate;
    config.timeouts = options.timeouts;
    config
}

/// The engine's login settings for an account. Choosing security `plain`
/// is the account's explicit permission to send the password unencrypted.
pub fn credentials_for(settings: &AccountSettings, secret: Secret) -> Credentials {
    Credentials {
        username: settings.username.clone(),
        secret,
        method: settings.auth,
        allow_plaintext: settings.security == Security::Plain,
    }
}

/// The account's password, being fetched or at hand.
enum PendingSecret {
    Fetching(tokio::task::JoinHandle<Result<Secret, FetchError>>),
    Ready(Secret),
}

impl PendingSecret {
    async fn get(&mut self) -> Result<Secret, FetchError> {
        if let PendingSecret::Fetching(task) = self {
            let secret = task.await.map_err(|e| FetchError::Internal(e.to_string()))??;
            *self = PendingSecret::Ready(secret);
        }
        match self {
            PendingSecret::Ready(secret) => Ok(secret.clone()),
            PendingSecret::Fetching(_) => Err(FetchError::Internal(crate::t!("sync-internal-password-not-fetched"))),
        }
    }
}

/// How long a fetch waits for the account's lock before reporting another
/// fetch at work (see [`AccountLock::acquire_within`]).
const LOCK_PATIENCE: std::time::Duration = std::time::Duration::from_secs(1);

/// Listings of new mail up to this long may come from a server that caps
/// messages per session; another session then looks for more.
const SESSION_CAP_SUSPECT: usize = 1_000;

/// What one session learned that decides whether to run another.
struct SessionOutcome {
    /// New mail was stored and nothing listed was already known: a server
    /// that hands out a few hundred messages per session may have more.
    more_may_wait: bool,
}

impl Fetcher {
    /// Fetches one account. Never panics; failures are in the report.
    pub async fn fetch(&self, account: &Account, options: &FetchOptions) -> FetchReport {
        let mut report = FetchReport {
            account: account.settings.name.clone(),
            ..FetchReport::default()
        };
        let settings = &account.settings;
        tracing::info!(
            target: "postie::sync",
            account = %settings.name,
            host = %settings.host,
            port = settings.port,
            security = %settings.security,
            dry_run = options.dry_run,
            "fetch started"
        );
        let mut store = None;
        let result = self.fetch_account(account, options, &mut report, &mut store).await;
        match result {
            Ok(()) => {}
            // Stopped on request, with everything that arrived committed.
            Err(FetchError::Stopped) => report.stopped = true,
            Err(error) => report.error = Some(error),
        }
        // Remember how the check went, for the app's status bar. Failing to
        // record it must not hide the fetch's own outcome.
        if !options.dry_run
            && report.postponed_until.is_none()
            && !matches!(report.error, Some(FetchError::Busy))
            && let Some(mut store) = store
        {
            let id = account.id;
            let now = self.now();
            let error = report.error.as_ref().map(ToString::to_string);
            let _ = store.run(move |s| s.record_check(id, now, error.as_deref())).await;
        }
        log_outcome(&report);
        report
    }

    async fn fetch_account(
        &self,
        account: &Account,
        options: &FetchOptions,
        report: &mut FetchReport,
        store_slot: &mut Option<StoreHandle>,
    ) -> Result<(), FetchError> {
        let data_dir = self.data_dir.clone();
        let id = account.id;
        let _lock = blocking(move || {
            AccountLock::acquire_within(&data_dir, id, LOCK_PATIENCE).map_err(|e| FetchError::Store(e.into()))
        })
        .await?
        .ok_or(FetchError::Busy)?;
        let store = store_slot.insert(StoreHandle::open(self.data_dir.clone()).await?);

        let state = store.run(move |s| s.account_state(id)).await?;
        if let (Some(last), Some(delay)) = (state.last_login_at, state.login_delay_seconds) {
            let allowed = last.saturating_add(i64::from(delay));
            if self.now() < allowed {
                report.postponed_until = Some(allowed);
                return Ok(());
            }
        }

        // The password (a keyring call or a command) is fetched while the
        // connection is being set up; it is first needed to log in.
        let owned = account.clone();
        let mut secret = PendingSecret::Fetching(tokio::task::spawn_blocking(move || {
            crate::secrets::password_for(&owned).map_err(FetchError::from)
        }));
        let mut tally = Tally::default();
        for _ in 0..options.max_sessions.max(1) {
            if options.stop.is_stopped() {
                report.stopped = true;
                break;
            }
            let outcome = self
                .run_session(account, &mut secret, store, options, report, &mut tally)
                .await;
            tally.write_to(report);
            let outcome = outcome?;
            report.sessions += 1;
            let delay = store
                .run(move |s| s.account_state(id))
                .await?
                .login_delay_seconds
                .unwrap_or(0);
            if !outcome.more_may_wait || options.dry_run || delay > 0 {
                break;
            }
        }
        Ok(())
    }

    async fn run_session(
        &self,
        account: &Account,
        secret: &mut PendingSecret,
        store: &mut StoreHandle,
        options: &FetchOptions,
        report: &mut FetchReport,
        tally: &mut Tally,
    ) -> Result<SessionOutcome, FetchError> {
        let settings = &account.settings;
        let id = account.id;
        let name = settings.name.clone();
        let progress = |phase, done, total, bytes, total_bytes| Progress {
            account: name.clone(),
            phase,
            done,
            total,
            bytes,
            total_bytes,
        };
        self.report(progress(Phase::Connecting, 0, 0, 0, 0));

        let connection = Connection::open(&server_config_for(settings, options)).await?;
        let secret = secret.get().await?;
        let mut session = connection.authenticate(&credentials_for(settings, secret)).await?;
        let capabilities = session.capabilities().cloned();
        let login_delay = capabilities.as_ref().and_then(|c| c.login_delay).map(|d| d.seconds);
        let expire = capabilities.as_ref().and_then(|c| c.expire).map(|e| e.retention);
        let now = self.now();
        if let Some(warning) = plan::expire_warning(expire, settings.policy) {
            push_warning(report, warning);
        }

        self.report(progress(Phase::Listing, 0, 0, 0, 0));
        let uidl_announced = capabilities.as_ref().is_some_and(|c| c.uidl);
        // The login is recorded, and the last handled listing read, while
        // the server lists its messages.
        let snapshot = store.start(move |s| {
            s.record_login(id, now, login_delay, expire)?;
            s.listing_snapshot(id)
        })?;
        let listing = list_messages(&mut session, uidl_announced).await;
        let snapshot = store.finish(snapshot).await?;
        let listing = listing?;
        tracing::debug!(
            target: "postie::sync",
            account = %name,
            listed = listing.messages.len(),
            uidl = listing.uidl_supported,
            "listed the server's messages"
        );
        let digest = listing_digest(settings, &listing.messages);
        if !options.dry_run
            && let Some(snapshot) = snapshot.as_ref()
            && nothing_to_do(snapshot, &digest, &listing, settings.policy, now)
        {
            // The very listing the last session handled completely, with
            // nothing due: no need to compare it UIDL by UIDL.
            tracing::debug!(target: "postie::sync", account = %name, "same listing as last time; nothing to do");
            let had = listing.messages.len().saturating_sub(snapshot.skipped);
            if report.sessions == 0 {
                tally.already_had_counted += had;
                tally.skipped_counted = snapshot.skipped;
            } else {
                // A later session of this fetch lists what an earlier one
                // stored or skipped: count by UIDL so nothing counts twice.
                let skipped = &tally.skipped;
                let had: Vec<String> = listing
                    .messages
                    .iter()
                    .filter_map(|m| m.uidl.clone())
                    .filter(|u| !skipped.contains(u))
                    .collect();
                tally.already_had.extend(had);
            }
            session.quit().await;
            return Ok(SessionOutcome { more_may_wait: false });
        }
        let known = store.run(move |s| s.server_messages(id)).await?;
        let plan = plan::plan(&PlanInput {
            listing: &listing.messages,
            uidl_supported: listing.uidl_supported,
            known: &known,
            policy: settings.policy,
            size_limit: settings.size_limit,
            max_message_bytes: options.max_message_bytes,
            server_deletes_retrieved: expire == Some(Retention::Days(0)),
            now,
        })?;
        tracing::info!(
            target: "postie::sync",
            account = %name,
            listed = listing.messages.len(),
            to_download = plan.downloads.len(),
            to_delete = plan.deletions.len(),
            already_had = plan.already_had.len(),
            skipped = plan.skipped_count,
            "planned"
        );
        if listing.shared_uidls > 0 {
            push_warning(
                report,
                crate::t!("sync-warning-shared-uidls", count = listing.shared_uidls),
            );
        }
        if plan.without_uidl > listing.shared_uidls && listing.uidl_supported {
            let without_uidl: usize = plan.without_uidl - listing.shared_uidls;
            push_warning(report, crate::t!("sync-warning-no-valid-uidl", count = without_uidl));
        }
        if plan.uidls_changed_wholesale {
            push_warning(report, crate::t!("sync-warning-uidls-changed"));
        }
        for &(number, size) in &plan.too_large {
            push_warning(
                report,
                crate::t!(
                    "sync-warning-too-large",
                    number = number.to_string(),
                    size = crate::i18n::size(size),
                    limit = crate::i18n::size(options.max_message_bytes)
                ),
            );
        }
        if report.sessions == 0 && listing.messages.len() > SESSION_CAP_SUSPECT {
            tally.already_had_counted += plan.already_had.len();
        } else {
            let listed = &listing.messages;
            tally
                .already_had
                .extend(plan.already_had.iter().filter_map(|&i| listed[i].uidl.clone()));
        }
        tally.skipped.extend(plan.skipped.iter().map(|(uidl, _)| uidl.clone()));
        tally.skipped_without_uidl = tally.skipped_without_uidl.max(plan.skipped_count - plan.skipped.len());

        if options.dry_run {
            report.dry_run = Some(DryRun {
                would_download: plan.downloads.clone(),
                would_delete: plan.deletions.clone(),
            });
            // Leave without QUIT: a dry run changes nothing anywhere.
            session.abort().await;
            return Ok(SessionOutcome { more_may_wait: false });
        }

        let skipped = plan.skipped.clone();
        let reappeared = plan.reappeared.clone();
        let vanished = plan.vanished.clone();
        store
            .run(move |s| {
                s.record_skipped(
                    id,
                    &skipped.iter().map(|(u, n)| (u.as_str(), *n)).collect::<Vec<_>>(),
                    now,
                )?;
                s.set_server_state(id, &refs(&reappeared), ServerState::OnServer)?;
                s.set_server_state(id, &refs(&vanished), ServerState::Deleted)
            })
            .await?;

        let mut deletions = Deletions::default();
        let new_before = report.new;
        let committed = self
            .download(
                &mut session,
                store,
                account,
                &plan,
                options,
                report,
                tally,
                &mut deletions,
            )
            .await?;
        let stored_new = report.new - new_before;

        if !plan.deletions.is_empty() {
            self.report(progress(Phase::Deleting, 0, plan.deletions.len(), 0, 0));
            let items: Vec<(u32, Option<String>)> = plan
                .deletions
                .iter()
                .map(|d| (d.number, Some(d.uidl.clone())))
                .collect();
            delete_on_server(&mut session, store, id, items, &mut deletions, report).await?;
        }

        self.report(progress(Phase::Finishing, 0, 0, 0, 0));
        match session.quit().await {
            QuitOutcome::Confirmed => {
                report.deleted_on_server += deletions.count;
                let uidls = deletions.uidls;
                store
                    .run(move |s| s.set_server_state(id, &refs(&uidls), ServerState::Deleted))
                    .await?;
            }
            QuitOutcome::NotConfirmed(reason) if deletions.count > 0 => push_warning(
                report,
                crate::t!(
                    "sync-warning-quit-not-confirmed",
                    reason = reason.as_str(),
                    count = deletions.count
                ),
            ),
            QuitOutcome::NotConfirmed(reason) => {
                tracing::debug!(target: "postie::sync", account = %name, %reason, "QUIT not confirmed");
            }
        }
        // Remember this listing when it was handled completely, so that the
        // same listing next time needs no planning (see `nothing_to_do`).
        let handled = committed == plan.downloads.len() && deletions.count == 0 && plan.without_uidl == 0;
        let remember = (handled && snapshot_applies(settings.policy)).then_some(ListingSnapshot {
            digest,
            skipped: plan.skipped_count,
            next_due: plan.next_due,
        });
        if remember.is_some() || snapshot.is_some() {
            store
                .run(move |s| s.save_listing_snapshot(id, remember.as_ref()))
                .await?;
        }
        // A server that hands out a few hundred messages per session (Gmail
        // about 250) lists only new ones, and few of them. A long listing
        // of new mail is a first fetch, not a cap: no need to ask again.
        Ok(SessionOutcome {
            more_may_wait: stored_new > 0 && plan.known_listed == 0 && listing.messages.len() <= SESSION_CAP_SUSPECT,
        })
    }
}

pub(super) fn refs(items: &[String]) -> Vec<&str> {
    items.iter().map(String::as_str).collect()
}

/// What a fetch came to, in the log.
fn log_outcome(report: &FetchReport) {
    let account = &report.account;
    if let Some(error) = &report.error {
        tracing::warn!(
            target: "postie::sync",
            %account,
            %error,
            sessions = report.sessions,
            new = report.new,
            "fetch failed"
        );
    } else if let Some(until) = report.postponed_until {
        tracing::info!(target: "postie::sync", %account, until, "fetch postponed (the server's LOGIN-DELAY)");
    } else {
        tracing::info!(
            target: "postie::sync",
            %account,
            new = report.new,
            already_had = report.already_had,
            deleted_on_server = report.deleted_on_server,
            skipped = report.skipped,
            headers_only = report.headers_only,
            sessions = report.sessions,
            warnings = report.warnings.len(),
            dry_run = report.dry_run.is_some(),
            "fetch finished"
        );
    }
}

pub(super) fn push_warning(report: &mut FetchReport, warning: String) {
    if !report.warnings.contains(&warning) {
        tracing::warn!(target: "postie::sync", account = %report.account, %warning, "fetch warning");
        report.warnings.push(warning);
    }
}
