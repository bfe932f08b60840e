//! The accounts as the app shows them: settings, profile, unread count,
//! and what its worker last reported.

use crate::account::Account;
use crate::store::AccountProfile;
use crate::sync::Progress;
use crate::ui::worker::{Controller, Event, FetchSummary};

/// What the status bar says about an account.
#[derive(Debug, Clone, Default)]
pub struct AccountStatus {
    pub controller: Option<Controller>,
    pub fetching: bool,
    pub progress: Option<Progress>,
    pub last_check: Option<i64>,
    pub next_check: Option<i64>,
    /// The last check's error, in one sentence.
    pub error: Option<String>,
    pub last: Option<FetchSummary>,
}

impl AccountStatus {
    /// Takes in a worker event. Returns true when new mail was stored (the
    /// list and the counts need a refresh).
    pub fn apply(&mut self, event: Event) -> bool {
        match event {
            Event::Ready(controller) => self.controller = Some(controller),
            Event::Started => {
                self.fetching = true;
                self.progress = None;
            }
            Event::Progress(progress) => self.progress = Some(progress),
            Event::Finished(summary) => {
                self.fetching = false;
                self.progress = None;
                self.last_check = Some(summary.at);
                self.error = summary.error.clone();
                let changed = summary.new > 0 || summary.deleted_on_server > 0;
                self.last = Some(*summary);
                return changed;
            }
            Event::Cancelled => {
                self.fetching = false;
                self.progress = None;
                self.error = Some(crate::t!("app-check-cancelled"));
                return true;
            }
            Event::NextCheck(next) => self.next_check = next,
        }
        false
    }
}

#[derive(Debug, Clone)]
pub struct AccountEntry {
    pub account: Account,
    pub profile: AccountProfile,
    pub unread: u64,
    pub status: AccountStatus,
}

impl AccountEntry {
    /// The sidebar's name for the account.
    pub fn label(&self) -> String {
        label_for(&self.account, &self.profile)
    }
}

/// An account's name as the sidebar (and a notification) shows it: the
/// address the user gave, else the account's name.
pub fn label_for(account: &Account, profile: &AccountProfile) -> String {
    if profile.demo || profile.email.is_empty() {
        account.settings.name.clone()
    } else {
        profile.email.clone()
    }
}
