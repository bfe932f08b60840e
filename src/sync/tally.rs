//! Counting what a fetch found, over all its sessions.

use std::collections::HashSet;

use super::FetchReport;

/// Counts over all sessions of one fetch. Later sessions may list the same
/// messages again, so what was already here or skipped is counted once per
/// UIDL.
#[derive(Default)]
pub(super) struct Tally {
    pub(super) already_had: FastSet,
    /// Counted without remembering the UIDLs: a first session with a long
    /// listing is the only one, so nothing can be counted twice.
    pub(super) already_had_counted: usize,
    pub(super) already_had_without_uidl: usize,
    pub(super) skipped: FastSet,
    pub(super) skipped_without_uidl: usize,
    pub(super) skipped_counted: usize,
    /// Stored during this fetch: a later session lists them as known, but
    /// they are new to the user.
    pub(super) stored: FastSet,
}

pub(super) type FastSet = HashSet<String, foldhash::fast::RandomState>;

impl Tally {
    pub(super) fn write_to(&self, report: &mut FetchReport) {
        report.already_had = self.already_had.difference(&self.stored).count()
            + self.already_had_counted
            + self.already_had_without_uidl;
        report.skipped = self.skipped.len() + self.skipped_without_uidl + self.skipped_counted;
    }
}
