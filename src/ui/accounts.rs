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
                self.error = Some("The check was cancelled; nothing was deleted from the server.".into());
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
        if self.profile.demo || self.profile.email.is_empty() {
            self.account.settings.name.clone()
        } else {
            self.profile.email.clone()
        }
    }
}
