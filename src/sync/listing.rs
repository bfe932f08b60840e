//! What the server lists, and whether it is the listing the last session
//! already handled.

use std::collections::HashMap;

use super::FetchError;
use super::plan::{self, Listed};
use crate::account::{AccountSettings, ServerPolicy};
use crate::pop3::{Error as Pop3Error, Session};
use crate::store::ListingSnapshot;

pub(super) struct Listing {
    pub(super) messages: Vec<Listed>,
    pub(super) uidl_supported: bool,
    pub(super) shared_uidls: usize,
}

/// UIDL and LIST, joined by message number.
pub(super) async fn list_messages(session: &mut Session, uidl_announced: bool) -> Result<Listing, FetchError> {
    let (uidls, list) = session.uidl_and_list_all().await?;
    let (uidls, uidl_supported) = match uidls {
        Ok(listing) => (listing.entries, true),
        // No CAPA UIDL and -ERR: a server without UIDL (RFC 1939 makes it optional).
        Err(Pop3Error::CommandFailed { .. }) if !uidl_announced => (Vec::new(), false),
        // It said it supports UIDL and then failed: a server problem. Never
        // read that as "no messages".
        Err(Pop3Error::CommandFailed { text, .. }) => return Err(FetchError::ListingFailed(text)),
        Err(e) => return Err(e.into()),
    };
    let list = match list {
        Ok(list) => list,
        Err(Pop3Error::CommandFailed { text, .. }) => return Err(FetchError::ListingFailed(text)),
        Err(e) => return Err(e.into()),
    };
    let mut messages = join_by_number(uidls, list);
    let shared_uidls = plan::drop_shared_uidls(&mut messages);
    Ok(Listing {
        messages,
        uidl_supported,
        shared_uidls,
    })
}

/// Policies for which an unchanged listing can mean nothing to do: the
/// others act on local changes (trash) or on every listed message.
pub(super) fn snapshot_applies(policy: ServerPolicy) -> bool {
    matches!(policy, ServerPolicy::Keep | ServerPolicy::DeleteAfterDays(_))
}

/// True when this listing is the one the last session handled completely
/// and the policy has nothing due: every message is stored (or skipped by
/// size, as before), nothing is to be deleted.
pub(super) fn nothing_to_do(
    snapshot: &ListingSnapshot,
    digest: &[u8; 32],
    listing: &Listing,
    policy: ServerPolicy,
    now: i64,
) -> bool {
    snapshot.digest == *digest
        && snapshot_applies(policy)
        && listing.uidl_supported
        && listing.messages.iter().all(|m| m.uidl.is_some())
        && snapshot.next_due.is_none_or(|due| now < due)
}

/// A digest of what decides a plan on the server side: every message's
/// number, size and UIDL, and the account's policy and size limit.
pub(super) fn listing_digest(settings: &AccountSettings, listing: &[Listed]) -> [u8; 32] {
    use sha2::Digest as _;
    let mut hasher = sha2::Sha256::new();
    hasher.update(settings.policy.kind().as_bytes());
    hasher.update(settings.policy.days().unwrap_or(0).to_le_bytes());
    if let Some(limit) = settings.size_limit {
        hasher.update(limit.max_bytes.to_le_bytes());
        hasher.update(limit.over.as_str().as_bytes());
    }
    for message in listing {
        hasher.update(message.number.to_le_bytes());
        hasher.update(message.size.to_le_bytes());
        hasher.update(message.uidl.as_deref().unwrap_or("").as_bytes());
        hasher.update([0]);
    }
    hasher.finalize().into()
}

/// Joins UIDL and LIST by message number. Servers list in ascending order,
/// so a merge does it without a hash map; any other order falls back to one.
///
/// A number the UIDL listing gives twice (a broken server, or a byte
/// changed on a plain-text line) has no trustworthy UIDL: it gets none,
/// and its message is handled by content. Taking either UIDL could make
/// another message pass for one already stored, and be deleted unstored.
fn join_by_number(uidls: Vec<crate::pop3::UidlEntry>, list: Vec<crate::pop3::ListEntry>) -> Vec<Listed> {
    let sorted =
        uidls.windows(2).all(|w| w[0].message < w[1].message) && list.windows(2).all(|w| w[0].message < w[1].message);
    if sorted {
        let mut uidls = uidls.into_iter().peekable();
        return list
            .into_iter()
            .map(|entry| {
                while uidls.next_if(|u| u.message < entry.message).is_some() {}
                let uidl = uidls
                    .next_if(|u| u.message == entry.message)
                    .map(|u| u.uidl.into_string());
                Listed {
                    number: entry.message,
                    size: entry.size,
                    uidl,
                }
            })
            .collect();
    }
    let mut by_number: HashMap<u32, Option<String>, foldhash::fast::RandomState> = HashMap::default();
    for entry in uidls {
        by_number
            .entry(entry.message)
            .and_modify(|uidl| *uidl = None)
            .or_insert_with(|| Some(entry.uidl.into_string()));
    }
    list.into_iter()
        .map(|entry| Listed {
            number: entry.message,
            size: entry.size,
            uidl: by_number.remove(&entry.message).flatten(),
        })
        .collect()
}
