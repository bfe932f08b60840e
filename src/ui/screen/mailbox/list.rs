//! The message list: which messages (folder, account, search, sort), loaded
//! a page at a time, and drawn only where the viewport is (a store of
//! 100,000 messages builds a few dozen rows, never 100,000).

use std::borrow::Cow;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};

use iced::widget::{Space, button, column, container, row, scrollable, text};
use iced::{Alignment, Element, Length};

use super::Message;
use crate::store::{AccountId, Folder, MessageFilter, MessageId, MessageSummary, SortOrder};
use crate::ui::format;
use crate::ui::icons::{Icon, accent_icon, icon};
use crate::ui::style::{self, ROW_HEIGHT, size, space};

/// Rows fetched per query.
pub const PAGE: u64 = 100;
/// Pages kept around the viewport; farther ones are dropped.
const KEPT_PAGES: u64 = 8;
/// Rows drawn beyond each edge of the viewport, so scrolling shows no gaps.
const OVERSCAN: u64 = 6;

pub const LIST_ID: &str = "message-list";

/// Which messages the list shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Query {
    pub folder: Folder,
    /// `None`: every account.
    pub account: Option<AccountId>,
    pub sort: SortOrder,
    pub search: String,
}

impl Query {
    pub fn filter(&self, page: u64) -> MessageFilter {
        MessageFilter {
            account: self.account,
            folder: Some(self.folder),
            sort: self.sort,
            offset: page * PAGE,
            limit: Some(PAGE),
        }
    }

    pub fn is_search(&self) -> bool {
        !self.search.trim().is_empty()
    }
}

/// The list's contents as far as they are loaded.
#[derive(Debug, Default)]
pub struct List {
    /// Bumped whenever the query or the data changes: answers to an older
    /// generation are dropped.
    pub generation: u64,
    /// `generation`, shared with the store thread so that it can skip the
    /// queries a newer one has replaced.
    latest: Arc<AtomicU64>,
    pub total: Option<u64>,
    /// Loaded pages, with the generation they were loaded in.
    pages: BTreeMap<u64, (u64, Vec<MessageSummary>)>,
    /// Pages asked for in this generation.
    requested: BTreeSet<u64>,
    /// Scroll position and viewport height, in pixels.
    pub offset: f32,
    pub height: f32,
}

impl List {
    pub fn latest_generation(&self) -> Arc<AtomicU64> {
        self.latest.clone()
    }

    /// Forgets everything: a new query or changed data.
    pub fn reset(&mut self) {
        self.generation += 1;
        self.latest.store(self.generation, Ordering::Relaxed);
        self.total = None;
        self.pages.clear();
        self.requested.clear();
    }

    /// Keeps the rows but marks them to be refreshed (new mail, flags).
    pub fn refresh(&mut self) {
        self.generation += 1;
        self.latest.store(self.generation, Ordering::Relaxed);
        self.requested.clear();
    }

    pub fn get(&self, index: u64) -> Option<&MessageSummary> {
        self.pages
            .get(&(index / PAGE))
            .and_then(|(_, page)| page.get(usize::try_from(index % PAGE).ok()?))
    }

    pub fn position_of(&self, id: MessageId) -> Option<u64> {
        self.pages
            .iter()
            .find_map(|(page, (_, rows))| rows.iter().position(|m| m.id == id).map(|i| page * PAGE + i as u64))
    }

    pub fn store_page(&mut self, page: u64, rows: Vec<MessageSummary>) {
        self.pages.insert(page, (self.generation, rows));
        let visible = self.visible_pages();
        let center = (visible.0 + visible.1) / 2;
        self.pages.retain(|p, _| p.abs_diff(center) <= KEPT_PAGES);
    }

    /// Rows on screen (with overscan), as an index range.
    pub fn visible_rows(&self) -> (u64, u64) {
        let total = self.total.unwrap_or(0);
        let first = (self.offset / ROW_HEIGHT).floor().max(0.0) as u64;
        let shown = (self.height.max(ROW_HEIGHT * 10.0) / ROW_HEIGHT).ceil() as u64;
        let start = first.saturating_sub(OVERSCAN);
        let end = (first + shown + OVERSCAN).min(total);
        (start.min(end), end)
    }

    fn visible_pages(&self) -> (u64, u64) {
        let (start, end) = self.visible_rows();
        (start / PAGE, end.saturating_sub(1) / PAGE)
    }

    /// Pages on screen that are neither loaded nor asked for; marks them asked.
    pub fn pages_to_load(&mut self) -> Vec<u64> {
        if self.total.is_none() {
            return Vec::new();
        }
        let (first, last) = self.visible_pages();
        let generation = self.generation;
        let wanted: Vec<u64> = (first..=last)
            .filter(|p| !self.requested.contains(p))
            .filter(|p| self.pages.get(p).is_none_or(|(loaded, _)| *loaded < generation))
            .collect();
        self.requested.extend(&wanted);
        wanted
    }

    pub fn view<'a>(
        &'a self,
        selected: &'a BTreeSet<MessageId>,
        show_account: bool,
        now: &jiff::Zoned,
    ) -> Element<'a, Message> {
        let total = self.total.unwrap_or(0);
        if self.total == Some(0) {
            return container(text(crate::t!("list-empty")).style(style::muted))
                .center(Length::Fill)
                .into();
        }
        let (start, end) = self.visible_rows();
        let mut rows = column![Space::new().height(start as f32 * ROW_HEIGHT)];
        for index in start..end {
            rows = rows.push(match self.get(index) {
                Some(message) => message_row(index, message, selected.contains(&message.id), show_account, now),
                None => Space::new().height(ROW_HEIGHT).into(),
            });
        }
        rows = rows.push(Space::new().height(total.saturating_sub(end) as f32 * ROW_HEIGHT));
        scrollable(rows.width(Length::Fill))
            .spacing(2)
            .id(LIST_ID)
            .on_scroll(Message::Scrolled)
            .height(Length::Fill)
            .into()
    }
}

/// A line of text that takes the room left and is cut off at its edge,
/// never spilling over the date or size beside it.
fn one_line<'a>(line: text::Text<'a>) -> Element<'a, Message> {
    container(line.wrapping(text::Wrapping::None))
        .width(Length::Fill)
        .clip(true)
        .into()
}

fn message_row<'a>(
    index: u64,
    message: &'a MessageSummary,
    selected: bool,
    show_account: bool,
    now: &jiff::Zoned,
) -> Element<'a, Message> {
    let strong = |t: text::Text<'a>| if message.unread { t.font(style::STRONG_FONT) } else { t };
    let sender: Cow<'a, str> = if message.parse_failed {
        crate::t!("list-unreadable-message").into()
    } else {
        message.sender().into()
    };
    let subject: Cow<'a, str> = if message.subject.is_empty() {
        crate::t!("mailbox-no-subject").into()
    } else {
        message.subject.as_str().into()
    };
    let date = format::list_date(message.date.unwrap_or(message.received_at), now);
    let mut top = row![one_line(strong(text(sender).size(size::BODY)))]
        .spacing(space::S)
        .align_y(Alignment::Center);
    if message.has_attachments {
        top = top.push(icon(Icon::Paperclip, 14.0));
    }
    if message.starred {
        top = top.push(accent_icon(Icon::StarFilled, 14.0));
    }
    top = top.push(text(date).size(size::SMALL).style(style::muted));
    let mut bottom = row![one_line(strong(text(subject).size(size::BODY)))].spacing(space::S);
    if show_account {
        bottom = bottom.push(
            text(message.account_name.as_str())
                .size(size::SMALL)
                .style(style::muted),
        );
    }
    bottom = bottom.push(text(format::size(message.size)).size(size::SMALL).style(style::muted));
    let marker = if message.unread {
        container(Space::new().width(6).height(6)).style(|theme: &iced::Theme| container::Style {
            background: Some(theme.extended_palette().primary.base.color.into()),
            border: iced::Border {
                radius: 3.0.into(),
                ..iced::Border::default()
            },
            ..container::Style::default()
        })
    } else {
        container(Space::new().width(6).height(6))
    };
    button(
        row![marker, column![top, bottom].spacing(2).width(Length::Fill)]
            .spacing(space::S)
            .align_y(Alignment::Center),
    )
    .on_press(Message::RowClicked(index, message.id))
    .padding([space::XS, space::M])
    .height(ROW_HEIGHT)
    .width(Length::Fill)
    .style(style::row_button(selected))
    .into()
}
