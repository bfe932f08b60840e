//! Deciding what a session does, as a pure function of what the server
//! listed, what the store knows, the account's policy and the clock.
//! No I/O: every rule here is tested without a server.

use std::collections::HashSet;

use crate::account::{OverSize, ServerPolicy, SizeLimit};
use crate::pop3::{MessageNumber, Retention};
use crate::store::{LocalCopy, ServerMessage, ServerState, UidlMap};

const DAY: i64 = 24 * 60 * 60;

/// One message as the server listed it in this session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub number: MessageNumber,
    pub size: u64,
    /// `None` when the server gave no usable UIDL: none at all, one that
    /// breaks RFC 1939, or one shared by several messages.
    pub uidl: Option<String>,
}

/// A message to download.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Download {
    pub number: MessageNumber,
    pub size: u64,
    pub uidl: Option<String>,
    /// False: headers only (TOP n 0), because of the size limit.
    pub full: bool,
}

/// A message to delete from the server this session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Deletion {
    pub number: MessageNumber,
    pub uidl: String,
    pub size: u64,
    pub reason: DeleteReason,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DeleteReason {
    /// Decided in an earlier session whose QUIT was not confirmed.
    Pending,
    /// Delete-after-download.
    Downloaded,
    /// Delete-after-N-days, and N days have passed.
    Aged,
    /// Delete-when-deleted-here, and it was.
    DeletedHere,
}

impl DeleteReason {
    /// The `$reason` selector of the `sync-delete-reason` message.
    pub fn key(self) -> &'static str {
        match self {
            DeleteReason::Pending => "pending",
            DeleteReason::Downloaded => "downloaded",
            DeleteReason::Aged => "aged",
            DeleteReason::DeletedHere => "deleted-here",
        }
    }

    /// Stable English, for `--json` output and logs; people read the
    /// `Display` form, in their language.
    pub fn describe(self) -> &'static str {
        match self {
            DeleteReason::Pending => "deletion not yet confirmed by the server",
            DeleteReason::Downloaded => "downloaded",
            DeleteReason::Aged => "kept for the chosen number of days",
            DeleteReason::DeletedHere => "deleted here",
        }
    }
}

impl std::fmt::Display for DeleteReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!("sync-delete-reason", reason = self.key()))
    }
}

/// What one session will do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub downloads: Vec<Download>,
    /// Known messages to delete this session.
    pub deletions: Vec<Deletion>,
    /// Delete each downloaded message once it is committed here.
    pub delete_after_commit: bool,
    /// Left on the server because of the size limit: `(uidl, size)` for
    /// those that have a UIDL, to remember them.
    pub skipped: Vec<(String, u64)>,
    pub skipped_count: usize,
    /// Larger than the store can hold, with no account limit that already
    /// said what to do: `(number, size)`. Only their headers are fetched,
    /// and the user is told.
    pub too_large: Vec<(MessageNumber, u64)>,
    /// Positions in the listing of messages already stored here.
    pub already_had: Vec<usize>,
    /// Known as on the server (or pending deletion) but no longer listed.
    pub vanished: Vec<String>,
    /// Known as deleted but listed again.
    pub reappeared: Vec<String>,
    /// Most of the known UIDLs vanished while as many new ones appeared:
    /// the server renumbered its mailbox. Content hashes keep this from
    /// making duplicates; the user is told.
    pub uidls_changed_wholesale: bool,
    /// Listed messages with no usable UIDL.
    pub without_uidl: usize,
    /// Listed messages known here, counting those the policy keeps.
    pub known_listed: usize,
    /// For delete-after-N-days: when the next kept message comes due
    /// (counting this session's downloads as downloaded now).
    pub next_due: Option<i64>,
}

impl Plan {
    /// Records that a message downloaded at `since` will come due.
    fn note_due(&mut self, policy: ServerPolicy, since: i64) {
        if let ServerPolicy::DeleteAfterDays(days) = policy {
            let due = since.saturating_add(i64::from(days) * DAY);
            self.next_due = Some(self.next_due.map_or(due, |d| d.min(due)));
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// Keeping mail on a server that cannot tell messages apart would
    /// download everything again each time.
    UidlRequired(ServerPolicy),
}

impl std::error::Error for PlanError {}

impl std::fmt::Display for PlanError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            PlanError::UidlRequired(policy) => {
                let days: u32 = policy.days().unwrap_or(0);
                f.write_str(&crate::t!(
                    "sync-error-uidl-required",
                    policy = policy.kind(),
                    days = days
                ))
            }
        }
    }
}

/// Everything the plan depends on.
pub struct PlanInput<'a> {
    pub listing: &'a [Listed],
    pub uidl_supported: bool,
    pub known: &'a UidlMap<ServerMessage>,
    pub policy: ServerPolicy,
    pub size_limit: Option<SizeLimit>,
    /// The largest message the store can hold (`store::MAX_MESSAGE_BYTES`;
    /// smaller in tests).
    pub max_message_bytes: u64,
    /// The server announced `EXPIRE 0`: it deletes every message RETR
    /// hands out when the session ends (RFC 2449 §6.7).
    pub server_deletes_retrieved: bool,
    pub now: i64,
}

pub fn plan(input: &PlanInput<'_>) -> Result<Plan, PlanError> {
    if !input.uidl_supported && input.policy != ServerPolicy::DeleteAfterDownload {
        return Err(PlanError::UidlRequired(input.policy));
    }
    let mut plan = Plan {
        // On an EXPIRE 0 server "keep" cannot be had: what is downloaded
        // goes at QUIT anyway. Deleting it after its commit, as
        // delete-after-download does, makes the records say so (deleted,
        // not vanished) and loses nothing: the commit comes first. Mail
        // downloaded before the server began to expire is left to the
        // account's policy, as the server leaves it too.
        delete_after_commit: input.policy == ServerPolicy::DeleteAfterDownload || input.server_deletes_retrieved,
        ..Plan::default()
    };
    let mut new_uidls = 0usize;
    // Known UIDLs expected on the server that the listing has: when that is
    // all of them (the usual case), nothing vanished and no set is needed.
    let mut expected_listed = 0usize;

    for (position, message) in input.listing.iter().enumerate() {
        let Some(uidl) = &message.uidl else {
            plan.without_uidl += 1;
            plan_new(&mut plan, message, message.size, input);
            continue;
        };
        let Some(known) = input.known.get(uidl) else {
            new_uidls += 1;
            plan_new(&mut plan, message, message.size, input);
            continue;
        };
        plan.known_listed += 1;
        if matches!(known.state, ServerState::OnServer | ServerState::DeletePending) {
            expected_listed += 1;
        }
        match known.state {
            ServerState::DeletePending => {
                plan.deletions.push(deletion(message, uidl, DeleteReason::Pending));
            }
            ServerState::Skipped => {
                // The limit may have changed since. The size recorded may
                // be larger than the listed one: what a RETR really
                // delivered from a server that understated it.
                let size = message.size.max(known.size.unwrap_or(0));
                plan_new(&mut plan, message, size, input);
            }
            ServerState::Deleted | ServerState::OnServer => {
                if known.state == ServerState::Deleted {
                    // A server that failed to delete, or a listing that
                    // missed it once: it is on the server, nothing more.
                    plan.reappeared.push(uidl.clone());
                }
                if known.headers_only && known.want_full && message.size > input.max_message_bytes {
                    // Asked for in full, but the store cannot hold it.
                    plan.too_large.push((message.number, message.size));
                } else if known.headers_only && known.want_full {
                    plan.downloads.push(Download {
                        number: message.number,
                        size: message.size,
                        uidl: Some(uidl.clone()),
                        full: true,
                    });
                    continue;
                }
                plan.already_had.push(position);
                // Never delete a message whose body is not here.
                if known.headers_only {
                    continue;
                }
                match policy_deletes(input.policy, known, input.now) {
                    Some(reason) => plan.deletions.push(deletion(message, uidl, reason)),
                    None => plan.note_due(input.policy, known.downloaded_at.unwrap_or(known.first_seen_at)),
                }
            }
        }
    }

    if plan.downloads.iter().any(|d| d.full) {
        plan.note_due(input.policy, input.now);
    }
    let still_expected = input
        .known
        .values()
        .filter(|k| matches!(k.state, ServerState::OnServer | ServerState::DeletePending))
        .count();
    if expected_listed < still_expected {
        let listed: HashSet<&str, foldhash::fast::RandomState> =
            input.listing.iter().filter_map(|m| m.uidl.as_deref()).collect();
        plan.vanished = input
            .known
            .iter()
            .filter(|(uidl, k)| {
                matches!(k.state, ServerState::OnServer | ServerState::DeletePending) && !listed.contains(uidl.as_str())
            })
            .map(|(uidl, _)| uidl.clone())
            .collect();
    }
    plan.vanished.sort();
    plan.uidls_changed_wholesale =
        still_expected >= 10 && plan.vanished.len() * 10 >= still_expected * 9 && new_uidls * 2 >= plan.vanished.len();
    Ok(plan)
}

/// Plans a message not stored here. `size` is the larger of the listed
/// size and any size seen before.
fn plan_new(plan: &mut Plan, message: &Listed, size: u64, input: &PlanInput<'_>) {
    let full = match input.size_limit {
        Some(limit) if size > limit.max_bytes => match limit.over {
            OverSize::Skip => {
                plan.skipped_count += 1;
                if let Some(uidl) = &message.uidl {
                    plan.skipped.push((uidl.clone(), size));
                }
                return;
            }
            OverSize::Headers => false,
        },
        // No message this large fits in the store: keep what can be kept,
        // its headers, so the user sees it arrived and can read it on the
        // server's webmail. It is never deleted there (headers only).
        _ if size > input.max_message_bytes => {
            plan.too_large.push((message.number, size));
            false
        }
        _ => true,
    };
    plan.downloads.push(Download {
        number: message.number,
        size: message.size,
        uidl: message.uidl.clone(),
        full,
    });
}

fn policy_deletes(policy: ServerPolicy, known: &ServerMessage, now: i64) -> Option<DeleteReason> {
    match policy {
        ServerPolicy::Keep => None,
        ServerPolicy::DeleteAfterDownload => Some(DeleteReason::Downloaded),
        ServerPolicy::DeleteAfterDays(days) => {
            let since = known.downloaded_at.unwrap_or(known.first_seen_at);
            (now.saturating_sub(since) >= i64::from(days) * DAY).then_some(DeleteReason::Aged)
        }
        ServerPolicy::DeleteWhenTrashed => {
            matches!(known.local, LocalCopy::Trash | LocalCopy::Gone).then_some(DeleteReason::DeletedHere)
        }
    }
}

fn deletion(message: &Listed, uidl: &str, reason: DeleteReason) -> Deletion {
    Deletion {
        number: message.number,
        uidl: uidl.to_owned(),
        size: message.size,
        reason,
    }
}

/// A sentence when the server's retention (RFC 2449 EXPIRE) is shorter than
/// what the account expects to keep there.
pub fn expire_warning(expire: Option<Retention>, policy: ServerPolicy) -> Option<String> {
    let Some(Retention::Days(days)) = expire else {
        return None;
    };
    if days == 0 && policy != ServerPolicy::DeleteAfterDownload {
        return Some(crate::t!("sync-warning-expire-zero"));
    }
    let wants = match policy {
        ServerPolicy::Keep | ServerPolicy::DeleteWhenTrashed => None,
        ServerPolicy::DeleteAfterDays(n) if n > days => Some(n),
        _ => return None,
    };
    Some(match wants {
        None => crate::t!("sync-warning-expire-days", days = days),
        Some(kept) => crate::t!("sync-warning-expire-sooner", days = days, kept = kept),
    })
}

/// Marks UIDLs that several messages share as unusable, so those
/// messages are handled by content instead (RFC 1939 §7 forbids reuse).
pub fn drop_shared_uidls(listing: &mut [Listed]) -> usize {
    let mut counts: std::collections::HashMap<&str, usize, foldhash::fast::RandomState> = Default::default();
    for message in listing.iter() {
        if let Some(uidl) = &message.uidl {
            *counts.entry(uidl.as_str()).or_default() += 1;
        }
    }
    let shared: Vec<usize> = listing
        .iter()
        .enumerate()
        .filter(|(_, m)| {
            m.uidl
                .as_deref()
                .is_some_and(|u| counts.get(u).copied().unwrap_or(0) > 1)
        })
        .map(|(i, _)| i)
        .collect();
    for &i in &shared {
        listing[i].uidl = None;
    }
    shared.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: i64 = 1_800_000_000;

    fn listed(number: u32, uidl: &str) -> Listed {
        Listed {
            number,
            size: 1000,
            uidl: Some(uidl.to_owned()),
        }
    }

    fn known(uidl: &str, state: ServerState, local: LocalCopy, downloaded_days_ago: i64) -> (String, ServerMessage) {
        (
            uidl.to_owned(),
            ServerMessage {
                message_id: Some(1),
                state,
                local,
                headers_only: false,
                want_full: false,
                size: Some(1000),
                first_seen_at: NOW - downloaded_days_ago * DAY,
                downloaded_at: Some(NOW - downloaded_days_ago * DAY),
            },
        )
    }

    fn run(listing: &[Listed], known: &[(String, ServerMessage)], policy: ServerPolicy) -> Plan {
        let known: UidlMap<_> = known.iter().cloned().collect();
        plan(&PlanInput {
            listing,
            uidl_supported: true,
            known: &known,
            policy,
            size_limit: None,
            max_message_bytes: u64::MAX,
            server_deletes_retrieved: false,
            now: NOW,
        })
        .unwrap()
    }

    #[test]
    fn new_messages_are_downloaded_known_ones_are_not() {
        let p = run(
            &[listed(1, "a"), listed(2, "b")],
            &[known("a", ServerState::OnServer, LocalCopy::Inbox, 1)],
            ServerPolicy::Keep,
        );
        assert_eq!(p.downloads.len(), 1);
        assert_eq!(p.downloads[0].uidl.as_deref(), Some("b"));
        assert_eq!(p.already_had, vec![0]);
        assert!(p.deletions.is_empty());
        assert!(!p.delete_after_commit);
    }

    #[test]
    fn each_policy_deletes_what_it_should() {
        let listing = [
            listed(1, "inbox-old"),
            listed(2, "inbox-new"),
            listed(3, "trash"),
            listed(4, "gone"),
        ];
        let state = [
            known("inbox-old", ServerState::OnServer, LocalCopy::Inbox, 40),
            known("inbox-new", ServerState::OnServer, LocalCopy::Inbox, 2),
            known("trash", ServerState::OnServer, LocalCopy::Trash, 2),
            known("gone", ServerState::OnServer, LocalCopy::Gone, 2),
        ];
        let deleted = |policy| -> Vec<String> {
            run(&listing, &state, policy)
                .deletions
                .into_iter()
                .map(|d| d.uidl)
                .collect()
        };
        assert!(deleted(ServerPolicy::Keep).is_empty());
        assert_eq!(deleted(ServerPolicy::DeleteAfterDownload).len(), 4);
        assert_eq!(deleted(ServerPolicy::DeleteAfterDays(30)), vec!["inbox-old"]);
        assert_eq!(deleted(ServerPolicy::DeleteAfterDays(1)).len(), 4);
        assert_eq!(deleted(ServerPolicy::DeleteWhenTrashed), vec!["trash", "gone"]);
        assert!(run(&listing, &state, ServerPolicy::DeleteAfterDownload).delete_after_commit);
    }

    #[test]
    fn pending_deletions_are_repeated_and_vanished_ones_settled() {
        let p = run(
            &[listed(1, "pending")],
            &[
                known("pending", ServerState::DeletePending, LocalCopy::Inbox, 1),
                known("done", ServerState::DeletePending, LocalCopy::Inbox, 1),
                known("kept", ServerState::OnServer, LocalCopy::Inbox, 1),
            ],
            ServerPolicy::Keep,
        );
        assert_eq!(p.deletions.len(), 1);
        assert_eq!(p.deletions[0].reason, DeleteReason::Pending);
        assert_eq!(p.vanished, vec!["done", "kept"]);
    }

    #[test]
    fn a_deleted_message_seen_again_is_not_deleted_under_keep() {
        let p = run(
            &[listed(1, "back")],
            &[known("back", ServerState::Deleted, LocalCopy::Inbox, 1)],
            ServerPolicy::Keep,
        );
        assert_eq!(p.reappeared, vec!["back"]);
        assert!(p.deletions.is_empty());
        assert!(p.downloads.is_empty());
    }

    #[test]
    fn headers_only_copies_are_never_deleted_and_can_be_completed() {
        let mut partial = known("big", ServerState::OnServer, LocalCopy::Inbox, 100);
        partial.1.headers_only = true;
        let p = run(
            &[listed(1, "big")],
            std::slice::from_ref(&partial),
            ServerPolicy::DeleteAfterDownload,
        );
        assert!(p.deletions.is_empty());
        assert!(p.downloads.is_empty());
        partial.1.want_full = true;
        let p = run(&[listed(1, "big")], &[partial], ServerPolicy::DeleteAfterDownload);
        assert_eq!(p.downloads.len(), 1);
        assert!(p.downloads[0].full);
    }

    #[test]
    fn size_limit_skips_or_takes_headers() {
        let listing = [
            Listed {
                number: 1,
                size: 5_000,
                uidl: Some("big".into()),
            },
            listed(2, "small"),
        ];
        let known = UidlMap::default();
        let mut input = PlanInput {
            listing: &listing,
            uidl_supported: true,
            known: &known,
            policy: ServerPolicy::Keep,
            size_limit: Some(SizeLimit {
                max_bytes: 2_000,
                over: OverSize::Skip,
            }),
            max_message_bytes: 3_000,
            server_deletes_retrieved: false,
            now: NOW,
        };
        let p = plan(&input).unwrap();
        assert_eq!(p.skipped, vec![("big".to_owned(), 5_000)]);
        assert_eq!(p.downloads.len(), 1);
        // The account's own choice is not a warning.
        assert!(p.too_large.is_empty());
        input.size_limit = Some(SizeLimit {
            max_bytes: 2_000,
            over: OverSize::Headers,
        });
        let p = plan(&input).unwrap();
        assert_eq!(p.downloads.iter().filter(|d| !d.full).count(), 1);
        assert!(p.too_large.is_empty());
    }

    /// Issue 6, the 1 GiB message: more than the store can hold is never
    /// RETRieved whatever the account says, only its headers; and a size
    /// seen in an earlier RETR (a server that understated it) counts.
    #[test]
    fn messages_the_store_cannot_hold_get_headers_only() {
        let listing = [
            Listed {
                number: 1,
                size: 5_000,
                uidl: Some("huge".into()),
            },
            listed(2, "small"),
            listed(3, "understated"),
        ];
        let mut known = UidlMap::default();
        known.insert(
            "understated".into(),
            ServerMessage {
                message_id: None,
                state: ServerState::Skipped,
                local: LocalCopy::Gone,
                headers_only: false,
                want_full: false,
                size: Some(9_000),
                first_seen_at: NOW,
                downloaded_at: None,
            },
        );
        let mut input = PlanInput {
            listing: &listing,
            uidl_supported: true,
            known: &known,
            policy: ServerPolicy::DeleteAfterDownload,
            size_limit: None,
            max_message_bytes: 3_000,
            server_deletes_retrieved: false,
            now: NOW,
        };
        let p = plan(&input).unwrap();
        let full: Vec<(u32, bool)> = p.downloads.iter().map(|d| (d.number, d.full)).collect();
        assert_eq!(full, vec![(1, false), (2, true), (3, false)]);
        assert_eq!(p.too_large, vec![(1, 5_000), (3, 9_000)]);
        assert!(p.deletions.is_empty());
        // Under an account limit that skips, it is skipped instead.
        input.size_limit = Some(SizeLimit {
            max_bytes: 4_000,
            over: OverSize::Skip,
        });
        let p = plan(&input).unwrap();
        assert_eq!(
            p.skipped,
            vec![("huge".to_owned(), 5_000), ("understated".to_owned(), 9_000)]
        );
        assert!(p.too_large.is_empty());
        // A headers-only copy asked for in full stays as it is.
        let mut known = known.clone();
        known.insert(
            "huge".into(),
            ServerMessage {
                message_id: Some(7),
                state: ServerState::OnServer,
                local: LocalCopy::Inbox,
                headers_only: true,
                want_full: true,
                size: Some(5_000),
                first_seen_at: NOW,
                downloaded_at: Some(NOW),
            },
        );
        input.known = &known;
        input.size_limit = None;
        let p = plan(&input).unwrap();
        assert!(p.downloads.iter().all(|d| d.number != 1));
        assert_eq!(p.too_large, vec![(1, 5_000), (3, 9_000)]);
    }

    #[test]
    fn servers_without_uidl() {
        let listing = [Listed {
            number: 1,
            size: 10,
            uidl: None,
        }];
        let known = UidlMap::default();
        let input = |policy| PlanInput {
            listing: &listing,
            uidl_supported: false,
            known: &known,
            policy,
            size_limit: None,
            max_message_bytes: u64::MAX,
            server_deletes_retrieved: false,
            now: NOW,
        };
        assert_eq!(
            plan(&input(ServerPolicy::Keep)),
            Err(PlanError::UidlRequired(ServerPolicy::Keep))
        );
        assert!(plan(&input(ServerPolicy::DeleteAfterDays(3))).is_err());
        let p = plan(&input(ServerPolicy::DeleteAfterDownload)).unwrap();
        assert_eq!(p.downloads.len(), 1);
        assert!(p.delete_after_commit);
    }

    #[test]
    fn shared_uidls_are_dropped() {
        let mut listing = vec![listed(1, "x"), listed(2, "y"), listed(3, "x")];
        assert_eq!(drop_shared_uidls(&mut listing), 2);
        assert_eq!(listing[0].uidl, None);
        assert_eq!(listing[1].uidl.as_deref(), Some("y"));
        assert_eq!(listing[2].uidl, None);
    }

    #[test]
    fn wholesale_uidl_change_is_detected() {
        let known: Vec<_> = (0..20)
            .map(|i| known(&format!("old{i}"), ServerState::OnServer, LocalCopy::Inbox, 1))
            .collect();
        let listing: Vec<_> = (0..20).map(|i| listed(i + 1, &format!("new{i}"))).collect();
        let p = run(&listing, &known, ServerPolicy::Keep);
        assert!(p.uidls_changed_wholesale);
        assert_eq!(p.vanished.len(), 20);
        let p = run(&listing[..1], &known[..1], ServerPolicy::Keep);
        assert!(!p.uidls_changed_wholesale);
    }

    #[test]
    fn next_due_for_delete_after_days() {
        let p = run(
            &[listed(1, "a"), listed(2, "b"), listed(3, "new")],
            &[
                known("a", ServerState::OnServer, LocalCopy::Inbox, 2),
                known("b", ServerState::OnServer, LocalCopy::Inbox, 5),
            ],
            ServerPolicy::DeleteAfterDays(7),
        );
        assert_eq!(p.next_due, Some(NOW + 2 * DAY));
        assert_eq!(run(&[listed(1, "a")], &[], ServerPolicy::Keep).next_due, None);
    }

    /// Case 15: on an `EXPIRE 0` server what is downloaded is deleted
    /// after its commit whatever the policy; mail stored before is left
    /// to the policy (here: kept).
    #[test]
    fn expire_zero_deletes_what_is_downloaded_and_only_that() {
        let listing = [listed(1, "old"), listed(2, "new")];
        let known: UidlMap<_> = [known("old", ServerState::OnServer, LocalCopy::Inbox, 3)]
            .into_iter()
            .collect();
        let input = |server_deletes_retrieved| PlanInput {
            listing: &listing,
            uidl_supported: true,
            known: &known,
            policy: ServerPolicy::Keep,
            size_limit: None,
            max_message_bytes: u64::MAX,
            server_deletes_retrieved,
            now: NOW,
        };
        let p = plan(&input(true)).unwrap();
        assert!(p.delete_after_commit);
        assert_eq!(p.downloads.iter().map(|d| d.number).collect::<Vec<_>>(), vec![2]);
        assert!(p.deletions.is_empty(), "the old message stays, as the server keeps it");
        assert!(!plan(&input(false)).unwrap().delete_after_commit);
    }

    #[test]
    fn expire_warnings() {
        assert!(expire_warning(Some(Retention::Days(0)), ServerPolicy::Keep).is_some());
        assert!(expire_warning(Some(Retention::Days(0)), ServerPolicy::DeleteAfterDownload).is_none());
        assert!(expire_warning(Some(Retention::Days(30)), ServerPolicy::Keep).is_some());
        assert!(expire_warning(Some(Retention::Days(30)), ServerPolicy::DeleteAfterDays(60)).is_some());
        assert!(expire_warning(Some(Retention::Days(30)), ServerPolicy::DeleteAfterDays(10)).is_none());
        assert!(expire_warning(Some(Retention::Never), ServerPolicy::Keep).is_none());
        assert!(expire_warning(None, ServerPolicy::Keep).is_none());
    }
}
